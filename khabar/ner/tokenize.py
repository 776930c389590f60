"""Tokenizer for normalised Hindi text that keeps character offsets.

Punctuation is split off as single-character tokens; Devanagari combining marks,
zero-width joiners and the abbreviation sign stay inside words; abbreviations
with a dot (``डॉ.``, ``रु.``) and initials (``एस.``, ``U.``) keep their dot.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from khabar.ner.lexicon import ABBREVIATIONS, NOT_INITIALS

# Devanagari letters and marks (not dandas, not digits), ZWNJ/ZWJ, extended block.
_DEV = "\u0900-\u0963\u0970-\u097f\u200c\u200d\ua8e0-\ua8ff"
_TOKEN_RE = re.compile(
    rf"(?P<dev>[{_DEV}]+)(?P<ddot>\.|0(?![0-9\u0966-\u096f.,]))?"
    r"|(?P<num>[0-9\u0966-\u096f]+(?:[.,:][0-9\u0966-\u096f]+)*)"
    r"|(?P<lat>(?:[A-Za-z](?:\.(?=[A-Za-z]))?)+)(?P<ldot>\.)?"
    r"|(?P<word>(?:[^\W_]|[\u0300-\u036f])+)"
    r"|(?P<punct>\S)"
)
_VIRAMA = "\u094d"
_LATIN_ABBREVIATIONS = frozenset(
    {"Mr", "Mrs", "Ms", "Dr", "Prof", "St", "Jr", "Sr", "Gen", "Col", "Lt", "Capt", "Sgt", "No", "vs",
     "Inc", "Ltd", "Co", "Corp", "Govt", "Dept", "Rs", "Mt", "Ft", "Adv", "Hon", "Sh", "Smt"}
)


class Token(NamedTuple):
    """A token and its character offsets (end exclusive) in the source text."""

    text: str
    start: int
    end: int


def _is_initial(word: str) -> bool:
    """A single Devanagari syllable such as एस, डी, जी, श्री (without the dot)."""
    bare = word.replace("\u200c", "").replace("\u200d", "")
    if bare in NOT_INITIALS:
        return False
    if bare in ABBREVIATIONS:
        return True
    # one or two letters, optionally a vowel sign / nasal; no conjunct with virama
    letters = sum(1 for ch in bare if "\u0905" <= ch <= "\u0939" or "\u0958" <= ch <= "\u0961")
    return letters == 1 or (letters == 2 and _VIRAMA not in bare and len(bare) <= 3)


def tokenize(text: str) -> list[Token]:
    """Split ``text`` into tokens with offsets."""
    out: list[Token] = []
    append = out.append
    for m in _TOKEN_RE.finditer(text):
        kind = m.lastgroup
        start, end = m.span()
        if kind == "ddot":
            if m.group("ddot") == "0" and m.group("dev") not in ABBREVIATIONS:
                end -= 1
                append(Token(text[start:end], start, end))
                append(Token("0", end, end + 1))
            elif _is_initial(m.group("dev")):
                append(Token(m.group(), start, end))
            else:
                end -= 1
                append(Token(text[start:end], start, end))
                append(Token(".", end, end + 1))
            continue
        if kind == "ldot":
            lat = m.group("lat")
            # keep the dot for initials and dotted abbreviations (U.S.), not after a word
            if not (len(lat) == 1 or "." in lat or lat in _LATIN_ABBREVIATIONS):
                end -= 1
                out.append(Token(text[start:end], start, end))
                out.append(Token(".", end, end + 1))
                continue
        append(Token(m.group(), start, end))
    return out
