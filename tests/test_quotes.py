from __future__ import annotations

import pytest

from khabar import analyze
from khabar.model import Entity
from khabar.quotes import find_quotes, resolve_speakers


def quotes(text: str) -> list[tuple[str, str | None, str | None, bool]]:
    a = analyze(text, title="")
    return [(q.text, q.cue, q.speaker.refers_to or q.speaker.text if q.speaker else None, q.direct) for q in a.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("मंत्री सुरेश यादव ने कहा कि सड़क अगले साल तक बन जाएगी।",
         [("सड़क अगले साल तक बन जाएगी", "कहा", "सुरेश यादव", False)]),
        ("पुलिस ने बताया है कि आरोपी को गिरफ्तार कर लिया गया है।",
         [("आरोपी को गिरफ्तार कर लिया गया है", "बताया है", "पुलिस", False)]),
        ("विपक्ष ने आरोप लगाया कि सरकार आंकड़े छिपा रही है.",
         [("सरकार आंकड़े छिपा रही है", "आरोप लगाया", "विपक्ष", False)]),
        ("मौसम विभाग के अनुसार, अगले दो दिन भारी बारिश होगी।",
         [("अगले दो दिन भारी बारिश होगी", "के अनुसार", "मौसम विभाग", False)]),
        ("दुकान मालिक का कहना है कि यह तीसरी चोरी है।",
         [("यह तीसरी चोरी है", "का कहना है कि", "दुकान मालिक", False)]),
        ("सरकार इस मामले में जल्द फैसला करेगी, मुख्यमंत्री ने कहा।",
         [("सरकार इस मामले में जल्द फैसला करेगी", "कहा", "मुख्यमंत्री", False)]),
        ('कप्तान रोहित बोले, "हम अगला मैच जरूर जीतेंगे."',
         [("हम अगला मैच जरूर जीतेंगे.", "बोले", "कप्तान रोहित", True)]),
        ('अदालत ने इस फैसले को "संविधान के मूल ढांचे के खिलाफ" बताया था.',
         [("संविधान के मूल ढांचे के खिलाफ", "बताया था", "अदालत", True)]),
        ('"हम किसी दबाव में नहीं झुकेंगे," उन्होंने कहा।', [("हम किसी दबाव में नहीं झुकेंगे,", "कहा", "उन्होंने", True)]),
    ],
)
def test_cue_shapes(text: str, expected: list[tuple[str, str | None, str | None, bool]]) -> None:
    got = quotes(text)
    assert [(q[0].rstrip(","), q[1], q[2], q[3]) for q in got] == [(e[0].rstrip(","), *e[1:]) for e in expected]


def test_multi_sentence_direct_quote_is_one_quote() -> None:
    text = 'सचिव ने कहा, "यह पहली बार है. दोनों राज्य साथ काम करेंगे. नदी साफ होगी."'
    got = quotes(text)
    assert len(got) == 1
    assert got[0][0] == "यह पहली बार है. दोनों राज्य साथ काम करेंगे. नदी साफ होगी."


def test_lost_opening_mark_continues_the_previous_quote() -> None:
    text = ('एजेंसी के अनुसार, "दोनों नेताओं ने लंबी बातचीत की."\n'
            'बैठक में क्या हुआ\n'
            'उन्होंने कई समझौतों पर सहमति जताई और आगे मिलने का फैसला किया."')
    a = analyze(text, title="")
    assert len(a.quotes) == 2
    second = a.quotes[1]
    assert second.text.startswith("उन्होंने कई समझौतों") and second.direct
    assert second.speaker is not None and second.speaker.text == "एजेंसी"


def test_scare_quotes_are_not_quotes() -> None:
    assert quotes('इस योजना को "गेम चेंजर" माना जा रहा है।') == []


def test_pronouns_and_titles_resolve_to_named_people() -> None:
    text = ("रिजर्व बैंक के गवर्नर शक्तिकांत दास ने कहा कि महंगाई काबू में है। उन्होंने बताया कि ब्याज दरें नहीं बदलेंगी। "
            "गवर्नर ने कहा कि विकास दर अच्छी रहेगी।")
    a = analyze(text, title="")
    name_at = text.index("शक्तिकांत दास")
    entities = (Entity(name_at, name_at + len("शक्तिकांत दास"), "शक्तिकांत दास", "PER", "Q1", "Shaktikanta Das"),)
    found = find_quotes(a.text, a.sentences, a.paragraphs)
    resolved = resolve_speakers(a.text, found, entities)
    assert [q.speaker.name if q.speaker else None for q in resolved] == ["Shaktikanta Das"] * 3
    assert resolved[1].speaker is not None and resolved[1].speaker.text == "उन्होंने"
    assert resolved[2].speaker is not None and resolved[2].speaker.text == "गवर्नर"


def test_seed_quotes(seed_text: str) -> None:
    a = analyze(seed_text, published="2023-09-14")

    def speaker_of(fragment: str) -> str | None:
        q = next(q for q in a.quotes if fragment in q.text)
        return q.speaker.name if q.speaker else None

    kcna = next(q for q in a.quotes if q.text.startswith("किम जोंग उन ने पुतिन को"))
    assert kcna.cue == "के अनुसार" and kcna.direct
    assert speaker_of("किम जोंग उन ने पुतिन को") == "Korean Central News Agency"
    assert speaker_of("पुतिन ने इस निमंत्रण") == "Korean Central News Agency"  # the opening mark was lost
    assert speaker_of("बड़ी जीत") == "Kim Jong Un"
    assert speaker_of("संभावनाएं") == "Vladimir Putin"
    satellite = next(q for q in a.quotes if q.text.endswith("मदद कर सकता है"))
    assert satellite.speaker is not None and satellite.speaker.text == "उन्होंने"
    assert satellite.speaker.name == "Vladimir Putin"
    assert speaker_of("काफी परेशान") == "Matthew Miller"
    assert speaker_of("मिसाइलें") == "Republic of Korea Army"
    missiles = next(q for q in a.quotes if "मिसाइलें" in q.text)
    assert missiles.speaker is not None and missiles.speaker.text == "दक्षिण कोरियाई सेना"
    for q in a.quotes:
        assert a.text[q.start:q.end] == q.text
