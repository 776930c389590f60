"""Normalisation of names for alias look-up (not phonetic: see namekey for that)."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = ["loose_key", "norm_alias"]

_NUKTA = "\u093c"
_VIRAMA = "\u094d"
_NASALS = set("ङञणनम")
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_PUNCT_RE = re.compile(r"[\s\-‐‑‒–—_.,:;'\"`’‘“”()\[\]/]+")


_STOPS = set("कखगघचछजझटठडढतथदधपफबभशषसह")


def _is_deva_consonant(ch: str) -> bool:
    """A non-nasal stop or sibilant/h: letters before which a nasal is also written as anusvara
    (एजेन्सी = एजेंसी, सिन्हा = सिंहा)."""
    return ch in _STOPS


@lru_cache(maxsize=262144)
def norm_alias(text: str) -> str:
    """Key for exact alias look-up.

    Unicode NFC, invisible characters removed, Latin lower-cased without accents, punctuation and
    hyphens read as spaces; in Devanagari the nukta is dropped, candrabindu counts as anusvara and
    a nasal consonant with virama before a consonant counts as anusvara (सम्भल = संभल).
    """
    t = unicodedata.normalize("NFD", text.translate(_INVISIBLE))
    out: list[str] = []
    n = len(t)
    i = 0
    while i < n:
        ch = t[i]
        if ch == _NUKTA:
            i += 1
            continue
        if ch == "\u0901":
            out.append("\u0902")
            i += 1
            continue
        if (
            ch in _NASALS
            and i + 2 < n
            and t[i + 1] == _VIRAMA
            and _is_deva_consonant(t[i + 2])
        ):
            out.append("\u0902")
            i += 2
            continue
        if unicodedata.combining(ch) and not ("\u0900" <= ch <= "\u097f"):
            i += 1  # Latin accents
            continue
        out.append(ch)
        i += 1
    s = unicodedata.normalize("NFC", "".join(out)).casefold()
    s = s.replace("&", " and ").replace("अंतर्राष्ट्रीय", "अंतरराष्ट्रीय")  # both spellings are common
    return " ".join(_PUNCT_RE.sub(" ", s).split())


# Vowel length and the virama are what hand-typed Hindi names vary most: कुदस/कुद्स,
# रिवॉल्यूश्नरी/रिवोल्यूशनरी, गार्डस/गार्ड्स. A loose key forgets them.
_LOOSE = str.maketrans({"\u094d": None, "ी": "ि", "ू": "ु", "ई": "इ", "ऊ": "उ", "ॉ": "ो", "ऑ": "ओ"})


@lru_cache(maxsize=262144)
def loose_key(key: str) -> str:
    """A looser key of an alias key (from ``norm_alias``): no virama, short and long vowels alike,
    ॉ as ो, and in a name of three words or more a last word's oblique ending े as ा (बगदाद हवाई
    अड्डे = बगदाद हवाई अड्डा; two words are too short for it: लाल किले is also a plain phrase).
    Only for names of two or more words, where such a match is rarely a different name."""
    s = key.translate(_LOOSE)
    if s.endswith("े") and s.count(" ") >= 2:
        s = s[:-1] + "ा"
    return s
