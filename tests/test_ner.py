"""Tests for the Hindi named-entity recogniser (khabar.ner)."""

from __future__ import annotations

import time

import pytest

from khabar.ner import EntitySpan, Tagger, load_model, tokenize
from khabar.ner.model import MODEL_PATH

SENTENCE = (
    "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को लखनऊ में उत्तर प्रदेश पुलिस के "
    "अधिकारियों से मुलाकात की।"
)


def _spans(text: str) -> list[tuple[str, str]]:
    return [(text[s.start : s.end], s.label) for s in load_model().tag(text)]


def test_model_loads_fast() -> None:
    assert MODEL_PATH.stat().st_size < 10_000_000
    t0 = time.perf_counter()
    Tagger(MODEL_PATH)
    assert time.perf_counter() - t0 < 2.0


def test_load_model_is_cached() -> None:
    assert load_model() is load_model()


def test_tags_names_without_titles_and_case_markers() -> None:
    assert _spans(SENTENCE) == [
        ("नरेंद्र मोदी", "PER"),
        ("लखनऊ", "LOC"),
        ("उत्तर प्रदेश पुलिस", "ORG"),
    ]


def test_second_sentence_and_demonym() -> None:
    text = "राष्ट्रपति व्लादिमीर पुतिन ने मॉस्को में रूसी अधिकारियों से बात की।"
    spans = _spans(text)
    assert ("व्लादिमीर पुतिन", "PER") in spans
    assert ("मॉस्को", "LOC") in spans
    assert all(s != "रूसी" for s, _ in spans)


def test_offsets_are_valid() -> None:
    text = "  " + SENTENCE + "\nडॉ. मनमोहन सिंह ने दिल्ली में कहा.\n"
    spans = load_model().tag(text)
    assert spans
    for s in spans:
        assert isinstance(s, EntitySpan)
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start : s.end] == text[s.start : s.end].strip()
        assert s.label in {"PER", "LOC", "ORG"}
    assert [s.start for s in spans] == sorted(s.start for s in spans)


def test_span_is_frozen() -> None:
    span = EntitySpan(0, 1, "PER")
    with pytest.raises(AttributeError):
        span.start = 2  # type: ignore[misc]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "।", "123 456", "Hello world."])
def test_text_without_names(text: str) -> None:
    assert load_model().tag(text) == []


def test_tokenizer_offsets_and_abbreviations() -> None:
    text = "डॉ. एस.ए. बोबड़े ने कहा, \"जम्मू-कश्मीर में 2,000 लोग हैं.\""
    toks = tokenize(text)
    for t in toks:
        assert text[t.start : t.end] == t.text
    words = [t.text for t in toks]
    assert words[:4] == ["डॉ.", "एस.", "ए.", "बोबड़े"]
    assert "," in words
    assert "2,000" in words
    assert "-" in words
    assert words[-3:] == ["हैं", ".", '"']


def test_tokenizer_keeps_combining_marks_and_joiners() -> None:
    text = "नरेन्\u200dद्र मोदी"
    assert [t.text for t in tokenize(text)] == ["नरेन्\u200dद्र", "मोदी"]


def test_tokenizer_abbreviation_with_zero_and_latin_titles() -> None:
    words = [t.text for t in tokenize("प्रो0 राव और Mr. Rao आए। वर्ष 2020 में")]
    assert words[:2] == ["प्रो0", "राव"]
    assert "Mr." in words
    assert "2020" in words


def test_postprocess_rules() -> None:
    from khabar.ner.postprocess import is_acronym, trim

    words = ["श्री", "अमित", "शाह", "ने"]
    assert trim(words, 0, 4, "PER") == (1, 3)
    assert trim(["भारतीय"], 0, 1, "LOC") is None
    assert is_acronym("एनसीपी")
    assert is_acronym("सीबीआई")
    assert not is_acronym("सीमा")
