"""Property tests: any string gives valid offsets, and analysis never raises anything but InputError."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from khabar import InputError, analyze

# Text drawn from the characters news is made of, plus everything else Unicode has.
NEWSY = st.text(
    alphabet=st.one_of(
        st.sampled_from(list("कखगघचजटडतदनपबमयरलवसहािीुूेैोौंँः़्।॥०१२३४५६७८९ .?!\"'“”‘’\n\t\u200c\u200d\u00a0|-:,()")),
        st.characters(),
    ),
    max_size=400,
)


def assert_clear(error: InputError) -> None:
    assert error.code.startswith("E")
    assert str(error)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow], deadline=None)
@given(NEWSY)
def test_any_string_gives_valid_offsets_or_a_clear_error(raw: str) -> None:
    try:
        a = analyze(raw)
    except InputError as e:
        assert_clear(e)
        return
    n = len(a.text)
    assert a.text.strip()
    for span in (*a.sentences, *a.paragraphs, *a.headings):
        assert 0 <= span.start < span.end <= n
    starts = [s.start for s in a.sentences]
    assert starts == sorted(starts)
    for s1, s2 in zip(a.sentences, a.sentences[1:], strict=False):
        assert s1.end <= s2.start
    assert a.source_offsets is not None
    assert len(a.source_offsets) == n
    assert all(0 <= i < len(raw) for i in a.source_offsets)
    assert a.to_dict()["text"] == a.text


@settings(max_examples=100, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_give_an_article_or_a_clear_error(raw: bytes) -> None:
    try:
        a = analyze(raw)
    except InputError as e:
        assert_clear(e)
        return
    assert a.text
