"""Names from the knowledge base found in text: longest match over words.

Every alias of the knowledge base is a key (``khabar.kb.normalize.norm_alias``: nukta, chandrabindu,
hyphens and case do not matter). The matcher keeps, for each first word of a key, the longest
key length in words, so a text is scanned once with few look-ups. An abbreviation written as one
word of letter names (सीआरपीएफ) also matches spelled out letter by letter (सी आर पी एफ, सी.आर.पी.एफ.).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.kb import KnowledgeBase, load_kb
from khabar.kb.normalize import loose_key, norm_alias

_WORD = re.compile(r"[^\s,;:।॥?!\"'()\[\]{}<>|/\-–—]+")
MAX_WORDS = 8

# English letters as Hindi spells them (normalised: no nukta), for spelled-out abbreviations
LETTERS = frozenset(
    norm_alias(x)
    for x in (
        "ए", "बी", "सी", "डी", "ई", "एफ", "जी", "एच", "ऐच", "आई", "जे", "के", "एल", "एम", "एन", "ओ",
        "पी", "क्यू", "आर", "एस", "टी", "यू", "वी", "डब्ल्यू", "डबल्यू", "एक्स", "वाई", "वाय", "जेड",
        "ज़ेड", "जैड",
    )
)
_DEVA_WORD = re.compile(r"^[\u0900-\u097f]+$")
# a dotted abbreviation with a case marker typed onto it (आई.आर.जी.सी.ने)
_ABBREV_MARKER = re.compile(r"^(?:[\u0900-\u097f]{1,4}\.){2,}(ने|को|की|के|का|से|में|पर)$")
# a letter name with a zero for its dot, as typists write initials (आर0 के0 सिंह)
_ZERO_DOT = re.compile(r"^[\u0900-\u097f]{1,4}[0०]$")


@dataclass(frozen=True, slots=True)
class Word:
    start: int
    end: int
    key: str


@dataclass(frozen=True, slots=True)
class AliasMatch:
    start: int
    end: int
    first_word: int  # index of the first word of the match
    last_word: int  # index after the last word
    key: str  # the knowledge base's alias key


def words(text: str) -> list[Word]:
    """Words of ``text`` with offsets; hyphens separate words (रूस-डीपीआरके, किम जोंग-उन) and a final
    full stop is not part of a word, except after dotted letters (आई.ए.एस.)."""
    out = []
    for m in _WORD.finditer(text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] == ".":
            e -= 1
        if e < m.end() and "." in text[s:e] and e - s <= 24:
            e += 1  # an abbreviation keeps its last dot
        if e <= s:
            continue
        word = text[s:e]
        marker = _ABBREV_MARKER.match(word)
        if marker:
            cut = marker.start(1)
            out.append(Word(s, s + cut, norm_alias(word[:cut])))
            out.append(Word(s + cut, e, norm_alias(word[cut:])))
        elif _ZERO_DOT.match(word) and norm_alias(word[:-1]) in LETTERS:
            out.append(Word(s, e, norm_alias(word[:-1])))
        else:
            out.append(Word(s, e, norm_alias(word)))
    return out


def spelled_letters(key: str) -> list[str]:
    """The ways a one-word Devanagari key splits into letter names (सीबीआई -> ['सी बी आई'])."""
    if " " in key or not _DEVA_WORD.match(key) or len(key) > 24:
        return []
    n = len(key)
    ways: list[list[list[str]]] = [[] for _ in range(n + 1)]
    ways[0] = [[]]
    for i in range(n):
        if not ways[i]:
            continue
        for j in range(i + 1, min(n, i + 6) + 1):
            if key[i:j] in LETTERS:
                ways[j].extend([*w, key[i:j]] for w in ways[i][:4])
    return [" ".join(w) for w in ways[n] if len(w) >= 2]


class Gazetteer:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        keys: dict[str, str] = {k: k for k in kb.alias_keys()}
        for k in list(keys):
            first, _, rest = k.partition(" ")
            for spelled in spelled_letters(first):
                if not rest:
                    keys.setdefault(spelled, k)  # सीबीआई: सी बी आई
                elif spelled.count(" ") <= 2:
                    keys.setdefault(f"{spelled} {rest}", k)  # पीवी सिंधु: पी वी सिंधु
        longest: dict[str, int] = {}
        for key in keys:
            parts = key.split(" ")
            if parts[0] and len(parts) <= MAX_WORDS:
                longest[parts[0]] = max(longest.get(parts[0], 0), len(parts))
        self._longest = longest
        self._keys = keys
        # names of two or more Devanagari words also match loosely (कुदस फोर्स = कुद्स फोर्स); a loose
        # key that two different names share is left out
        loose: dict[str, str | None] = {}
        for key, target in keys.items():
            if " " in key and _DEVA_WORD.match(key.replace(" ", "")) and len(key.split(" ")) <= MAX_WORDS:
                lk = loose_key(key)
                seen = loose.get(lk, target)
                same = seen is not None and {e.id for e in kb.lookup(seen)} == {e.id for e in kb.lookup(target)}
                loose[lk] = seen if same else None
        self._loose = {k: v for k, v in loose.items() if v is not None}
        loose_longest: dict[str, int] = {}
        for key in self._loose:
            parts = key.split(" ")
            loose_longest[parts[0]] = max(loose_longest.get(parts[0], 0), len(parts))
        self._loose_longest = loose_longest

    def find(self, text: str, tokens: list[Word]) -> list[AliasMatch]:
        """Longest non-overlapping alias matches, left to right."""
        out: list[AliasMatch] = []
        i, n = 0, len(tokens)
        keys = self._keys
        while i < n:
            limit = self._longest.get(tokens[i].key.split(" ")[0], 0)
            hit = None
            for size in range(min(limit, n - i), 0, -1):
                key = " ".join(t.key for t in tokens[i:i + size])
                start, end = tokens[i].start, tokens[i + size - 1].end
                if key in keys and not self._crosses_break(text, start, end) and _cased_like_a_name(text[start:end]):
                    hit = AliasMatch(tokens[i].start, tokens[i + size - 1].end, i, i + size, keys[key])
                    break
            if hit is None:
                hit = self._loose_match(text, tokens, i)
            if hit:
                out.append(hit)
                i = hit.last_word
            else:
                i += 1
        return out

    def _loose_match(self, text: str, tokens: list[Word], i: int) -> AliasMatch | None:
        limit = self._loose_longest.get(loose_key(tokens[i].key), 0)
        for size in range(min(limit, len(tokens) - i), 1, -1):
            key = loose_key(" ".join(t.key for t in tokens[i:i + size]))
            start, end = tokens[i].start, tokens[i + size - 1].end
            if key in self._loose and not self._crosses_break(text, start, end):
                return AliasMatch(start, end, i, i + size, self._loose[key])
        return None

    @staticmethod
    def _crosses_break(text: str, start: int, end: int) -> bool:
        return any(ch in "\n,;।॥?!\"()" for ch in text[start:end])


_CONNECTORS = frozenset(
    {"of", "the", "and", "for", "de", "del", "da", "di", "al", "el", "bin", "von", "van", "la", "le"}
)


def _cased_like_a_name(surface: str) -> bool:
    """Latin-script names are capitalised: "is" is not Islamic State, "the villages" not a town.
    Devanagari has no case, so it always passes."""
    words = surface.split()
    if not any(ch.isascii() and ch.isalpha() for ch in surface):
        return True
    if not words[0][:1].isupper():
        return False
    return all(w[:1].isupper() or w.lower() in _CONNECTORS or not w[:1].isalpha() for w in words)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(load_kb())
