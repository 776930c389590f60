from __future__ import annotations

import unicodedata

from hypothesis import given
from hypothesis import strategies as st

from khabar.text.digits import ascii_digits, parse_int
from khabar.text.normalize import normalize, normalize_tokens


def test_nukta_letters_have_one_spelling() -> None:
    precomposed = "\u095b\u0930\u0942\u0930"  # ज़रूर with the precomposed letter
    decomposed = "\u091c\u093c\u0930\u0942\u0930"
    assert normalize(precomposed).text == normalize(decomposed).text == decomposed


def test_invisible_characters_are_removed_and_offsets_follow() -> None:
    raw = "सप्\u200dताह के\u200c बाद\u200b आज\u00ad"
    norm = normalize(raw)
    assert norm.text == "सप्ताह के बाद आज"
    start = norm.text.index("बाद")
    s, e = norm.to_source(start, start + 3)
    assert normalize(raw[s:e]).text == "बाद"  # the whole raw token, its invisible mark included


def test_control_characters_and_spaces() -> None:
    norm = normalize("पहला\x07 शब्द\u00a0दूसरा\u2003तीसरा\t\tचौथा")
    assert norm.text == "पहला शब्द दूसरा तीसरा चौथा"


def test_line_breaks_become_single_newlines() -> None:
    norm = normalize("  पहली पंक्ति  \r\n\r\n\r\nदूसरी\u2028तीसरी\n  \n")
    assert norm.text == "पहली पंक्ति\nदूसरी\nतीसरी"


def test_quotation_mark_variants() -> None:
    assert normalize("“बड़ी जीत” ‘हां’ «नहीं» don’t").text == "\"बड़ी जीत\" 'हां' \"नहीं\" don't"


def test_bar_typed_as_danda() -> None:
    assert normalize("यह सही है | अब आगे").text == "यह सही है । अब आगे"
    assert normalize("By सीमा | Updated").text == "By सीमा | Updated"  # a separator stays


def test_devanagari_digits_are_kept_and_read() -> None:
    assert normalize("१२०० करोड़").text.startswith("१२००")
    assert ascii_digits("२०२३-०९-१४") == "2023-09-14"
    assert parse_int("१,२००") == 1200
    assert parse_int("12a") is None


def test_from_source_maps_gold_offsets_onto_clean_text() -> None:
    raw = "पिछले सप्\u200dताह\u00a0बैठक हुई"
    norm = normalize(raw)
    s, e = norm.from_source(raw.index("बैठक"), raw.index("बैठक") + 4)
    assert norm.text[s:e] == "बैठक"


@given(st.text())
def test_any_string_keeps_a_consistent_offset_map(raw: str) -> None:
    norm = normalize(raw)
    assert len(norm.source) == len(norm.text)
    assert all(0 <= i < len(raw) for i in norm.source)
    assert list(norm.source) == sorted(norm.source)
    assert unicodedata.is_normalized("NFC", norm.text)
    assert "\u200d" not in norm.text
    assert "\u200c" not in norm.text
    assert normalize(norm.text).text == norm.text  # idempotent


@given(st.text(alphabet=st.sampled_from(list("कखग़ािीं़् \n\t.।|ab\u200d\u00a0\"“")), max_size=60))
def test_fast_path_agrees_with_the_general_path(raw: str) -> None:
    fast, slow = normalize(raw), normalize_tokens(raw)
    assert fast.text == slow.text
    assert fast.source == slow.source


@given(st.text(alphabet=st.sampled_from(list("कखगािीुे्-")), min_size=1, max_size=30), st.data())
def test_removed_invisibles_keep_every_other_character_mapped_exactly(clean: str, data: st.DataObject) -> None:
    positions = data.draw(st.lists(st.integers(0, len(clean)), max_size=4))
    raw = clean
    for p in sorted(positions, reverse=True):
        raw = raw[:p] + "\u200d" + raw[p:]
    norm = normalize(raw)
    assert norm.text == clean
    assert all(raw[j] == clean[i] for i, j in enumerate(norm.source))
