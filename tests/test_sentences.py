from __future__ import annotations

import pytest

from khabar.text.sentences import split_paragraph


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_paragraph(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("बारिश हुई। नदी भर गई॥ क्या पुल टूटेगा? नहीं!", ["बारिश हुई।", "नदी भर गई॥", "क्या पुल टूटेगा?", "नहीं!"]),
        ("सरकार ने योजना बनाई है. काम कल से शुरू होगा.", ["सरकार ने योजना बनाई है.", "काम कल से शुरू होगा."]),
        ("डॉ. शर्मा और श्री. वर्मा आए. बैठक हुई.", ["डॉ. शर्मा और श्री. वर्मा आए.", "बैठक हुई."]),
        ("आई. ओ. ए. ने मान्यता दी. ए. के. सिंह अध्यक्ष बने.", ["आई. ओ. ए. ने मान्यता दी.", "ए. के. सिंह अध्यक्ष बने."]),
        ("यू.एस. के अधिकारी आए. वे लौट गए.", ["यू.एस. के अधिकारी आए.", "वे लौट गए."]),
        ("विकास दर 6.5 प्रतिशत रही. बैठक 10.30 बजे हुई.", ["विकास दर 6.5 प्रतिशत रही.", "बैठक 10.30 बजे हुई."]),
        ("दर ६.५ प्रतिशत रही. अब आगे.", ["दर ६.५ प्रतिशत रही.", "अब आगे."]),
        ("1. पहला बिंदु है. 2. दूसरा बिंदु है.", ["1. पहला बिंदु है.", "2. दूसरा बिंदु है."]),
        ("यह सब 2024. अगले साल फिर होगा.", ["यह सब 2024.", "अगले साल फिर होगा."]),
        ("के. चंद्रशेखर राव ने कहा. धन्यवाद मोदी जी. अब चलें.",
         ["के. चंद्रशेखर राव ने कहा.", "धन्यवाद मोदी जी.", "अब चलें."]),
        ("वह रुका... फिर चला गया.", ["वह रुका... फिर चला गया."]),
        ("बात पूरी हुई।अब अगला विषय है।", ["बात पूरी हुई।", "अब अगला विषय है।"]),
    ],
)
def test_hindi_rules(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_quotation_is_not_split_and_closing_mark_stays() -> None:
    text = 'मंत्री ने कहा, "हम जीतेंगे. हम लड़ेंगे." फिर वे चले गए. उसने कहा कि वह आएगा।" अब सब ठीक है।'
    assert sentences(text) == [
        'मंत्री ने कहा, "हम जीतेंगे. हम लड़ेंगे."',
        "फिर वे चले गए.",
        'उसने कहा कि वह आएगा।"',
        "अब सब ठीक है।",
    ]


def test_lost_opening_mark_does_not_glue_sentences() -> None:
    text = 'उसने इच्छा जाहिर की." किम ने कहा कि रूस "बड़ी जीत" हासिल करेगा.'
    assert sentences(text) == ['उसने इच्छा जाहिर की."', 'किम ने कहा कि रूस "बड़ी जीत" हासिल करेगा.']


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Smith met U.S. officials. They talked.", ["Mr. Smith met U.S. officials.", "They talked."]),
        ("J. K. Rowling wrote it. It sold well!", ["J. K. Rowling wrote it.", "It sold well!"]),
        ("Growth was 6.5 per cent. approx. half of it came late.",
         ["Growth was 6.5 per cent. approx. half of it came late."]),
        ('"We will win." He left.', ['"We will win."', "He left."]),
    ],
)
def test_english_rules(text: str, expected: list[str]) -> None:
    assert sentences(text) == expected


def test_spans_are_trimmed_and_cover_the_text() -> None:
    text = "  पहला वाक्य।   दूसरा वाक्य।  "
    spans = split_paragraph(text)
    assert [text[s:e] for s, e in spans] == ["पहला वाक्य।", "दूसरा वाक्य।"]
