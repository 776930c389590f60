"""Noun phrases of Hindi clauses, found by walking back from a postposition (ने, को, से, के अनुसार)."""

from __future__ import annotations

from khabar.lang import word_list

MAX_NP_WORDS = 8
_BREAKS = ',;:"\'()।॥?!\n'  # not ".": inside a sentence it marks abbreviations (आई.आर.जी.सी.)


def np_before(text: str, end: int, floor: int, max_words: int = MAX_NP_WORDS) -> tuple[int, int] | None:
    """The noun phrase ending at ``end`` (exclusive): words back to a clause break or a word that
    cannot be inside a noun phrase (``speaker_np_stops.txt``: postpositions, verbs, conjunctions)."""
    stops = word_list("hi", "speaker_np_stops")
    while end > floor and text[end - 1] == " ":
        end -= 1
    pos = start = end
    count = 0
    while pos > floor and count < max_words:
        j = pos
        while j > floor and text[j - 1] == " ":
            j -= 1
        if j <= floor or text[j - 1] in _BREAKS:
            break
        i = j
        while i > floor and not text[i - 1].isspace() and text[i - 1] not in _BREAKS:
            i -= 1
        if text[i:j] in stops:
            break
        start = pos = i
        count += 1
    while start < end and text[start] == " ":
        start += 1
    return (start, end) if start < end else None
