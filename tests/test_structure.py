from __future__ import annotations

from khabar import analyze

ARTICLE = """बाढ़ से तीन जिलों में जनजीवन ठप
लगातार बारिश के बाद नदी का पानी खतरे के निशान से ऊपर बह रहा है. प्रशासन ने निचले इलाकों को खाली कराया है.
राहत शिविरों की स्थिति
जिले में बीस राहत शिविर बनाए गए हैं. इनमें करीब पांच हजार लोग रह रहे हैं.
आगे क्या होगा
मौसम विभाग ने अगले दो दिन और बारिश की चेतावनी दी है."""


def test_headline_from_first_line_and_subheadings() -> None:
    a = analyze(ARTICLE)
    assert a.title == "बाढ़ से तीन जिलों में जनजीवन ठप"
    assert a.heading_texts() == ["राहत शिविरों की स्थिति", "आगे क्या होगा"]
    assert len(a.paragraphs) == 3
    assert not a.text.startswith("बाढ़ से तीन")  # the headline is the title, not body text


def test_heading_is_never_inside_a_sentence() -> None:
    a = analyze(ARTICLE)
    for h in a.headings:
        for s in a.sentences:
            assert s.end <= h.start or s.start >= h.end


def test_given_title_wins_and_repeated_title_line_is_dropped_from_body() -> None:
    a = analyze("बाढ़ से जनजीवन ठप\nपानी बढ़ रहा है. लोग परेशान हैं.", title="बाढ़ से जनजीवन ठप")
    assert a.title == "बाढ़ से जनजीवन ठप"
    assert a.text == "पानी बढ़ रहा है. लोग परेशान हैं."


def test_first_line_that_is_a_sentence_is_not_a_headline() -> None:
    a = analyze("पहली पंक्ति एक पूरा वाक्य है.\nदूसरी पंक्ति भी एक वाक्य है.")
    assert a.title is None
    assert len(a.sentences) == 2


def test_short_line_at_the_end_is_not_a_heading() -> None:
    a = analyze("पहला वाक्य है. दूसरा वाक्य है.\nनई दिल्ली से संवाददाता")
    assert a.headings == ()


def test_list_items_are_not_headings() -> None:
    a = analyze("योजना के तीन हिस्से हैं.\n1. सड़कें\n2. पुल\nसभी काम अगले साल पूरे होंगे.")
    assert a.headings == ()
