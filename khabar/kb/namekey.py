"""Cross-script phonetic name key for Devanagari and Latin names.

``name_key`` reduces a name to a skeleton of consonant classes, so that spellings of one name in
Devanagari and in Latin letters usually give the same key:

* vowels are dropped (Devanagari leaves the short ``a`` unwritten and Latin writes it, so vowels
  cannot be compared), except that a vowel starting a word is kept as ``A``;
* consonants that Hindi and English spellings of one name swap are merged into one class:
  aspirated and plain stops, retroflex and dental stops, ``v``/``w``/``b``, ``s``/``sh``,
  ``j``/``z``; ``f``/``ph``/``फ`` form one class and ``p``/``प`` another;
* ``y`` inside a word is a glide and is dropped, and so is ``h`` (Sinha/सिन्हा, Delhi/दिल्ली);
  a repeated consonant counts once; ज्ञ is ``GN``, सिंह is ``SNG`` (Singh), ऋ and ृ are ``R``;
* a single Latin letter (an initial such as "K." or "S") is read the way Hindi writes it (के, एस).

The key is a plain ASCII string without spaces; it is empty for a name with no letters.
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

__all__ = ["name_key", "name_key_tokens"]

# Devanagari consonants (base letters, without nukta) to classes.
_DEVA_CONS: dict[str, str] = {
    "क": "K", "ख": "K", "ग": "G", "घ": "G", "ङ": "N",
    "च": "C", "छ": "C", "ज": "J", "झ": "J", "ञ": "N",
    "ट": "T", "ठ": "T", "ड": "D", "ढ": "D", "ण": "N",
    "त": "T", "थ": "T", "द": "D", "ध": "D", "न": "N",
    "प": "P", "फ": "F", "ब": "B", "भ": "B", "म": "M",
    "य": "Y", "र": "R", "ल": "L", "ळ": "L", "व": "B",
    "श": "S", "ष": "S", "स": "S", "ह": "H", "ऱ": "R", "ऴ": "L", "ऩ": "N",
}
# Consonant + nukta (after NFC decomposition).
_DEVA_NUKTA: dict[str, str] = {
    "क": "K", "ख": "K", "ग": "G", "ज": "J", "ड": "R", "ढ": "R", "फ": "F", "य": "Y",
}
_DEVA_INDEP_VOWELS = set("अआइईउऊऌएऐओऔऍऎऑऒॲ")
_DEVA_RI = set("ऋॠृॄ")
_DEVA_VOWEL_SIGNS = set("ािीुूृॄेैोौॅॆॉॊॢॣ")
_VIRAMA = "्"
_NUKTA = "़"
_ANUSVARA = "ं"
_CHANDRABINDU = "ँ"
_VISARGA = "ः"
_LABIALS = {"P", "F", "B", "M"}

# How Hindi writes the name of each Latin letter (used for initials).
_LETTER_NAMES: dict[str, str] = {
    "a": "e", "b": "bi", "c": "si", "d": "di", "e": "i", "f": "ef", "g": "ji", "h": "ech",
    "i": "ai", "j": "je", "k": "ke", "l": "el", "m": "em", "n": "en", "o": "o", "p": "pi",
    "q": "kyu", "r": "ar", "s": "es", "t": "ti", "u": "yu", "v": "vi", "w": "dablyu",
    "x": "eks", "y": "vai", "z": "jed",
}
_LATIN_VOWELS = set("aeiou")
_LATIN_DIGRAPHS: dict[str, str] = {
    "ch": "C", "sh": "S", "ph": "F", "kh": "K", "gh": "G", "th": "T", "dh": "D",
    "bh": "B", "jh": "J", "ck": "K", "zh": "J", "rh": "R", "wh": "B",
}
_LATIN_SINGLE: dict[str, str] = {
    "b": "B", "d": "D", "f": "F", "g": "G", "j": "J", "k": "K", "l": "L", "m": "M",
    "n": "N", "p": "P", "q": "K", "r": "R", "s": "S", "t": "T", "v": "B", "w": "B",
    "z": "J", "h": "H",
}


def _is_devanagari(ch: str) -> bool:
    return "\u0900" <= ch <= "\u097f"


def _split_words(text: str) -> list[str]:
    words: list[str] = []
    cur: list[str] = []
    for ch in text:
        if ch.isalpha() or unicodedata.category(ch) in ("Mn", "Mc"):
            cur.append(ch)
        else:
            if cur:
                words.append("".join(cur))
                cur = []
    if cur:
        words.append("".join(cur))
    return words


def _deva_word(word: str) -> list[str]:
    out: list[str] = []
    n = len(word)
    i = 0
    while i < n:
        ch = word[i]
        if ch == "ज" and word[i + 1 : i + 3] == _VIRAMA + "ञ":
            out.extend(["G", "N"])  # ज्ञ is said gy or gn (ज्ञान, gyan)
            i += 3
            continue
        if ch in _DEVA_RI:
            out.append("R")
            i += 1
            continue
        if ch == "ह" and i > 0 and word[i - 1] == _ANUSVARA and out and out[-1] == "N":
            out.append("G")  # सिंह is written Singh
            i += 1
            continue
        if ch in _DEVA_CONS:
            if i + 1 < n and word[i + 1] == _NUKTA:
                cls = _DEVA_NUKTA.get(ch, _DEVA_CONS[ch])
                i += 1
            else:
                cls = _DEVA_CONS[ch]
            if cls == "Y" and out:
                # य inside a word is a glide: dropped (विजय, इंडिया, टोक्यो).
                i += 1
                continue
            out.append(cls)
        elif ch in _DEVA_INDEP_VOWELS:
            if i == 0:
                out.append("A")
        elif ch == _ANUSVARA:
            nxt = word[i + 1] if i + 1 < n else ""
            nxt_cls = _DEVA_CONS.get(nxt, "")
            out.append("M" if nxt_cls in _LABIALS else "N")
        elif ch == "ॐ":
            out.extend(["A", "M"])
        # vowel signs, virama, chandrabindu, visarga, nukta alone: no sound class
        i += 1
    return out


def _latin_word(word: str) -> list[str]:
    w = "".join(
        c for c in unicodedata.normalize("NFKD", word.lower()) if not unicodedata.combining(c)
    )
    w = w.replace("ß", "ss")
    if len(w) == 1 and w in _LETTER_NAMES:
        w = _LETTER_NAMES[w]
    out: list[str] = []
    n = len(w)
    i = 0
    while i < n:
        ch = w[i]
        nxt = w[i + 1] if i + 1 < n else ""
        if ch in _LATIN_VOWELS:
            if i == 0:
                out.append("A")
            i += 1
            continue
        if ch == "y":
            if i == 0 and nxt in _LATIN_VOWELS:
                out.append("Y")
            elif i == 0:
                out.append("A")
            i += 1
            continue
        if ch == "x":
            out.extend(["S"] if i == 0 else ["K", "S"])
            i += 1
            continue
        if ch == "t" and w[i + 1 : i + 3] == "ch":
            i += 1  # tch (Fletcher, Mitchell)
            continue
        if ch == "c":
            if nxt == "h" and i + 2 < n and w[i + 2] in "rl":
                out.append("K")  # chr, chl (Chris)
                i += 2
                continue
            if nxt == "h":
                out.append("C")
                i += 2
                continue
            if nxt == "k":
                out.append("K")
                i += 2
                continue
            out.append("S" if nxt in ("e", "i", "y") else "K")
            i += 1
            continue
        pair = w[i : i + 2]
        if pair in _LATIN_DIGRAPHS:
            out.append(_LATIN_DIGRAPHS[pair])
            i += 2
            continue
        if ch == "h":
            # h after a consonant marks aspiration (handled above) or is silent.
            if i > 0 and w[i - 1] not in _LATIN_VOWELS and w[i - 1] not in "ynm":
                i += 1
                continue
            out.append("H")
            i += 1
            continue
        if ch == "w" and i > 0 and w[i - 1] in _LATIN_VOWELS and nxt not in _LATIN_VOWELS:
            i += 1  # "ow", "aw" at a syllable end are vowels (Moscow)
            continue
        if ch in _LATIN_SINGLE:
            out.append(_LATIN_SINGLE[ch])
        i += 1
    return out


def _word_key(classes: list[str]) -> str:
    # h inside a word is weak in both scripts (Sinha/सिन्हा, Delhi/दिल्ली, White/व्हाइट)
    return _collapse([c for j, c in enumerate(classes) if c != "H" or j == 0])


def _collapse(classes: list[str]) -> str:
    res: list[str] = []
    for c in classes:
        if res and res[-1] == c and c != "A":
            continue
        res.append(c)
    return "".join(res)


@lru_cache(maxsize=65536)
def name_key_tokens(name: str) -> tuple[str, ...]:
    """The key of each word of ``name`` (words split at spaces, hyphens and punctuation)."""
    text = unicodedata.normalize("NFC", name)
    text = unicodedata.normalize("NFD", text) if any(_is_devanagari(c) for c in text) else text
    keys: list[str] = []
    for word in _split_words(text):
        k = _word_key(_deva_word(word)) if any(_is_devanagari(c) for c in word) else _word_key(_latin_word(word))
        if k:
            keys.append(k)
    return tuple(keys)


def name_key(name: str) -> str:
    """Phonetic key of a Devanagari or Latin name; equal keys suggest the same name."""
    return _collapse(list("".join(name_key_tokens(name))))
