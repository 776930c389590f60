from __future__ import annotations

from pathlib import Path

import pytest

from khabar import InputError, analyze
from khabar.html import extract_page, looks_like_html

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "english-article.html"

PAGE = """<!doctype html><html lang="hi"><head><title>बाढ़ से जनजीवन ठप - खबर साइट</title>
<meta property="og:title" content="बाढ़ से जनजीवन ठप">
<meta property="og:site_name" content="खबर साइट">
<meta property="article:published_time" content="2024-07-02T09:00:00+05:30">
<link rel="canonical" href="https://khabar.example/desh/baadh-123"></head>
<body><nav><a href="/">होम</a> <a href="/desh">देश</a> <a href="/videsh">विदेश</a></nav>
<article><h1>बाढ़ से जनजीवन ठप</h1>
<p>लगातार बारिश के बाद नदी का पानी खतरे के निशान से ऊपर बह रहा है. प्रशासन ने निचले इलाकों को खाली कराया है.</p>
<h2>राहत शिविरों की स्थिति</h2>
<p>जिले में बीस राहत शिविर बनाए गए हैं. इनमें करीब पांच हजार लोग रह रहे हैं और उन्हें भोजन दिया जा रहा है.</p>
<p>यह भी पढ़ें- पहाड़ों पर भूस्खलन से रास्ते बंद</p>
<p><script>alert(1)</script>मौसम विभाग ने अगले दो दिन और बारिश की चेतावनी दी है और लोगों से सतर्क रहने को कहा है.</p>
</article><footer>© 2024 खबर साइट. सर्वाधिकार सुरक्षित.</footer></body></html>"""


def test_metadata_body_and_marked_headings() -> None:
    a = analyze(PAGE)
    assert a.title == "बाढ़ से जनजीवन ठप"
    assert a.published == "2024-07-02"
    assert a.url == "https://khabar.example/desh/baadh-123"
    assert a.source == "खबर साइट"
    assert a.lang == "hi"
    assert a.heading_texts() == ["राहत शिविरों की स्थिति"]
    assert any(b.startswith("यह भी पढ़ें") for b in a.boilerplate)
    assert "होम" not in a.text
    assert "alert" not in a.text
    assert "सर्वाधिकार" not in a.text
    assert len(a.sentences) == 5


def test_the_sample_page() -> None:
    a = analyze(SAMPLE.read_bytes())
    assert a.lang == "en"
    assert a.title == "Delhi and Haryana agree on a Yamuna clean-up plan"
    assert a.heading_texts() == ["Farmers worried"]
    assert "Advertisement" in a.boilerplate


def test_html_detection() -> None:
    assert looks_like_html(PAGE)
    assert looks_like_html("<p>एक</p><p>दो</p><p>तीन</p>")
    assert not looks_like_html("सरकार ने कहा कि 5 < 7 और 9 > 8.")


def test_a_page_without_text_is_a_clear_error() -> None:
    with pytest.raises(InputError) as info:
        extract_page("<html><body><script>var x = 1;</script></body></html>")
    assert info.value.code == "E009"
