"""Sentence splitting for Hindi and English news.

A sentence ends at "।", "॥", "?", "!" and at "." as Hindi news often uses it, with the closing
quotation marks and brackets that follow the stop. A "." does not end a sentence after an
abbreviation (डॉ., श्री., Mr.), an initial or acronym letter (ए. के. सिंह, आई. ओ. ए., यू.एस.), a list
number at the start of a sentence ("1."), inside a number (6.5, 10.30, ६.५), in an ellipsis, or
before a lower-case Latin word. Nothing ends inside a quotation whose opening and closing marks
are both found in the paragraph, except at its very end (."  or ।"). Line breaks always end a
sentence, so a heading on its own line never joins a body sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from khabar.lang import word_list
from khabar.model import Span
from khabar.text.digits import DIGIT_CLASS
from khabar.text.quotemarks import quotation_spans

_STOP = re.compile(r"[।॥?!.]+[\"')\]]*")
_WORD_BEFORE = re.compile(r"[^\s\"'(\[]*$")
_WORD_AFTER = re.compile(r"[^\s]*")
_LIST_NUMBER = re.compile(rf"^(?:[{DIGIT_CLASS}]{{1,3}}|[ivxIVX]{{1,4}}|[a-zA-Z])$")
_LATIN_LETTER = re.compile(r"^[A-Z]$")


def _is_initial(word: str) -> bool:
    return word in word_list("hi", "letter_names") or bool(_LATIN_LETTER.match(word))


def _is_any_initial(word: str) -> bool:
    return _is_initial(word) or word in word_list("hi", "letter_names_ambiguous")


def _dot_ends_sentence(par: str, dot: int, end: int, sentence_start: int) -> bool:
    """Whether the single "." at ``par[dot]`` (its closing marks reach ``end``) ends a sentence."""
    word = _WORD_BEFORE.search(par, 0, dot)
    before = word.group(0) if word else ""
    next_word = _WORD_AFTER.match(par[end:].lstrip())
    upcoming = next_word.group(0).lstrip("\"'(") if next_word else ""
    if not before:
        return True
    if "." in before:  # यू.एस. / U.S. / e.g.
        return bool(upcoming[:1].isupper()) and before.lower() not in word_list("en", "abbreviations")
    if before in word_list("hi", "abbreviations") or before.lower() in word_list("en", "abbreviations"):
        return False
    if _is_initial(before):
        return False
    if before in word_list("hi", "letter_names_ambiguous"):
        prev = _WORD_BEFORE.search(par, 0, max(0, dot - len(before) - 1))
        prev_word = prev.group(0).rstrip(".") if prev else ""
        prev_is_initial = par[max(0, dot - len(before) - 2):dot - len(before)].startswith(".")
        if (prev_is_initial and _is_any_initial(prev_word)) or (
            upcoming.endswith(".") and _is_any_initial(upcoming.rstrip("."))
        ):
            return False
    if _LIST_NUMBER.match(before) and not par[sentence_start:dot - len(before)].strip():
        return False
    return not upcoming[:1].islower()


def split_paragraph(par: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` of one paragraph (a line without line breaks)."""
    regions = quotation_spans(par)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _STOP.finditer(par):
        stops = match.group(0).rstrip("\"')]")
        first = match.start()
        if any(a < first < b and first + len(stops) != b for a, b in regions):
            continue  # inside a quotation, not at its end
        end = match.end()
        # "है।अब" (no space after a danda) still ends; a "." or "?" glued to a word does not
        if end < len(par) and not par[end].isspace() and not stops.startswith(("।", "॥")):
            continue
        if stops == ".":
            if not _dot_ends_sentence(par, first, end, start):
                continue
        elif set(stops) == {"."}:
            continue  # an ellipsis
        if par[start:end].strip():
            spans.append((start, end))
        start = end
    if par[start:].strip():
        spans.append((start, len(par)))
    out = []
    for s, e in spans:
        while s < e and par[s].isspace():
            s += 1
        while e > s and par[e - 1].isspace():
            e -= 1
        if s < e:
            out.append((s, e))
    return out


def split_sentences(text: str, paragraphs: Iterable[Span]) -> list[Span]:
    """Sentences of ``text``, paragraph by paragraph; offsets into ``text``."""
    out: list[Span] = []
    for par in paragraphs:
        chunk = text[par.start:par.end]
        out.extend(Span(par.start + s, par.start + e) for s, e in split_paragraph(chunk))
    return out
