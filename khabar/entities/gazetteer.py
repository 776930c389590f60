"""Names from the knowledge base found in text: longest match over words.

Every alias of the knowledge base is a key (``khabar.kb.normalize.norm_alias``: nukta, chandrabindu,
hyphens and case do not matter). The matcher keeps, for each first word of a key, the longest
key length in words, so a text is scanned once with few look-ups.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from khabar.kb import KnowledgeBase, load_kb
from khabar.kb.normalize import norm_alias

_WORD = re.compile(r"[^\s,;:।॥?!\"'()\[\]{}<>|/\-–—]+")
MAX_WORDS = 8


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
    key: str


def words(text: str) -> list[Word]:
    """Words of ``text`` with offsets; hyphens separate words (रूस-डीपीआरके, किम जोंग-उन) and a final
    full stop is not part of a word."""
    out = []
    for m in _WORD.finditer(text):
        s, e = m.start(), m.end()
        while e > s and text[e - 1] == ".":
            e -= 1
        if e > s:
            out.append(Word(s, e, norm_alias(text[s:e])))
    return out


class Gazetteer:
    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        longest: dict[str, int] = {}
        for key in kb.alias_keys():
            parts = key.split(" ")
            if parts[0] and len(parts) <= MAX_WORDS:
                longest[parts[0]] = max(longest.get(parts[0], 0), len(parts))
        self._longest = longest
        self._keys = frozenset(kb.alias_keys())

    def find(self, text: str, tokens: list[Word]) -> list[AliasMatch]:
        """Longest non-overlapping alias matches, left to right."""
        out: list[AliasMatch] = []
        i, n = 0, len(tokens)
        while i < n:
            limit = self._longest.get(tokens[i].key.split(" ")[0], 0)
            hit = None
            for size in range(min(limit, n - i), 0, -1):
                key = " ".join(t.key for t in tokens[i:i + size])
                if key in self._keys and not self._crosses_break(text, tokens[i].start, tokens[i + size - 1].end):
                    hit = AliasMatch(tokens[i].start, tokens[i + size - 1].end, i, i + size, key)
                    break
            if hit:
                out.append(hit)
                i = hit.last_word
            else:
                i += 1
        return out

    @staticmethod
    def _crosses_break(text: str, start: int, end: int) -> bool:
        return any(ch in "\n,;।॥?!\"()" for ch in text[start:end])


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer(load_kb())
