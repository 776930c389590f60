"""Span rules applied after the CRF: contract span trimming, name patterns, gazetteer
fill-in and document-level consistency.

All rules work on token spans ``(sentence, start, end, label)`` (token indices, end
exclusive) over the document's folded tokens.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Mapping, Sequence

from khabar.ner.lexicon import (
    ACRONYM_LOC,
    ACRONYM_NOT_ORG,
    CASE_MARKERS,
    DEMONYMS,
    LETTER_NAMES,
    TITLES,
)

TokSpan = tuple[int, int, int, str]

_EDGE_PUNCT = frozenset("-–—,;:()[]{}\"'‘’“”/|।॥?!.")
# A place name followed by one of these is an organisation ("दिल्ली पुलिस").
ORG_HEADS: frozenset[str] = frozenset(
    {"पुलिस", "विश्वविद्यालय", "विधानसभा", "यूनिवर्सिटी", "हाईकोर्ट", "विधानपरिषद"}
)
_ORG_HEADS2: frozenset[tuple[str, str]] = frozenset(
    {("उच्च", "न्यायालय"), ("हाई", "कोर्ट"), ("नगर", "निगम"), ("विधान", "परिषद")}
)
# Not names by the contract, although IL-NER tags them as organisations.
_GENERIC_ORG: frozenset[tuple[str, ...]] = frozenset(
    {("केंद्र", "सरकार"), ("राज्य", "सरकार"), ("सरकार",), ("केंद्र",)}
)
_MIN_SURNAME = 3
_INDIA_PART_OF = frozenset({"ऑफ", "आफ", "ऑल", "आल", "खेलो"})
_ACRONYM_RE = re.compile(
    "^(?:" + "|".join(sorted(LETTER_NAMES, key=len, reverse=True)) + "|के|एक्स)+$"
)


@functools.lru_cache(maxsize=65536)
def is_acronym(word: str) -> bool:
    """A word spelt as Devanagari letter names: एनसीपी, सीबीआई."""
    return len(word) >= 3 and _ACRONYM_RE.match(word) is not None
# A place followed by one of these is the name of a site ("बगदाद हवाई अड्डे").
_SITE_HEADS: dict[tuple[str, ...], int] = {
    ("हवाई", "अड्डे"): 2, ("हवाई", "अड्डा"): 2, ("हवाईअड्डे",): 1, ("हवाईअड्डा",): 1,
    ("एयरपोर्ट",): 1, ("रेलवे", "स्टेशन"): 2, ("घाटी",): 1, ("साहिब",): 1, ("साहेब",): 1,
}


def _is_initial(tok: str) -> bool:
    return tok.endswith(".") and 1 < len(tok) <= 5


def trim(words: Sequence[str], a: int, b: int, label: str) -> tuple[int, int] | None:
    """Drop titles, case markers and edge punctuation; ``None`` if nothing is left."""
    while a < b and (
        words[a] in _EDGE_PUNCT
        or (b - a > 1 and (words[a] in TITLES or (label == "PER" and words[a] in DEMONYMS)))
    ):
        a += 1
    while b > a and (words[b - 1] in _EDGE_PUNCT or (b - a > 1 and words[b - 1] in CASE_MARKERS)):
        b -= 1
    if a >= b:
        return None
    if b - a == 1 and (words[a] in DEMONYMS or words[a] in TITLES or words[a] in CASE_MARKERS):
        return None
    return a, b


def _covered(spans: Sequence[TokSpan], sentences: Sequence[Sequence[str]]) -> list[list[bool]]:
    cov = [[False] * len(s) for s in sentences]
    for s, a, b, _ in spans:
        for k in range(a, b):
            cov[s][k] = True
    return cov


class NameTable:
    """Names (folded token tuples) with labels, for longest-match lookup."""

    def __init__(self, names: Mapping[tuple[str, ...], str]) -> None:
        self.names = dict(names)
        lens: dict[str, set[int]] = {}
        for k in self.names:
            lens.setdefault(k[0], set()).add(len(k))
        self.lens: dict[str, tuple[int, ...]] = {
            k: tuple(sorted(v, reverse=True)) for k, v in lens.items()
        }

    @classmethod
    def for_fill(cls, gazetteer: Mapping[tuple[str, ...], str]) -> NameTable:
        """Organisations and places, and people with at least two name parts."""
        return cls({k: v for k, v in gazetteer.items()
                    if v in ("LOC", "ORG") or (v == "PER" and len(k) > 1)})


def _fill(spans: list[TokSpan], folded: Sequence[Sequence[str]], nt: NameTable) -> None:
    """Add longest matches of the table over tokens no span covers."""
    if not nt.names:
        return
    table, first_lens = nt.names, nt.lens
    cov = _covered(spans, folded)
    for s, sent in enumerate(folded):
        n = len(sent)
        cs = cov[s]
        i = 0
        while i < n:
            lens = first_lens.get(sent[i])
            if lens is None or cs[i]:
                i += 1
                continue
            hit = 0
            for ln in lens:
                j = i + ln
                if j > n or any(cs[i:j]):
                    continue
                lab = table.get(tuple(sent[i:j]))
                if lab is not None:
                    spans.append((s, i, j, lab))
                    hit = j
                    break
            i = hit if hit else i + 1


def postprocess(
    spans: list[TokSpan],
    words: Sequence[Sequence[str]],
    folded: Sequence[Sequence[str]],
    gazetteer: Mapping[tuple[str, ...], str],
    fill: NameTable,
) -> list[TokSpan]:
    """Apply the rules; ``words`` are normalised tokens, ``folded`` their folded forms."""
    out: list[TokSpan] = []
    for s, a, b, lab in spans:
        sent = words[s]
        fs = folded[s]
        # place + organisation head word -> organisation
        if lab == "LOC" and b < len(sent):
            if sent[b] in ORG_HEADS:
                lab, b = "ORG", b + 1
            elif b + 1 < len(sent) and (sent[b], sent[b + 1]) in _ORG_HEADS2:
                lab, b = "ORG", b + 2
        elif lab == "LOC" and b < len(sent):
            for head, size in _SITE_HEADS.items():
                if tuple(fs[b : b + size]) == head:
                    b += size
                    break
        # initials before a person name: "एम. वेंकैया नायडू", "एस जयशंकर"; "गुरु" is part of a name
        if lab == "PER":
            while a > 0 and (_is_initial(sent[a - 1]) or sent[a - 1] in LETTER_NAMES):
                a -= 1
            if a > 0 and sent[a - 1] == "गुरु":
                a -= 1
        # "इंडिया" inside a name we did not get whole ("स्टेट बैंक ऑफ इंडिया", "ऑल इंडिया ...")
        if lab == "LOC" and b - a == 1 and a > 0 and fs[a] == "इंडिया" and fs[a - 1] in _INDIA_PART_OF:
            continue
        t = trim(sent, a, b, lab)
        if t is None:
            continue
        a, b = t
        if lab == "ORG":
            key = tuple(fs[a:b])
            if key in _GENERIC_ORG:
                continue
            # "पाकिस्तान सरकार" -> the country (the contract tags the place)
            if (
                b - a > 1
                and fs[b - 1] == "सरकार"
                and fs[a : b - 1] != ["भारत"]
                and gazetteer.get(tuple(fs[a : b - 1])) == "LOC"
            ):
                lab, b = "LOC", b - 1
            # "भाजपा सरकार" -> the party; "डीएमके पार्टी" -> the party
            if b - a > 1 and fs[b - 1] in ("सरकार", "पार्टी") and gazetteer.get(tuple(fs[a : b - 1])) == "ORG":
                b -= 1
        out.append((s, a, b, lab))
    # gazetteer names the model left out (organisations and places, multi-word people)
    _fill(out, folded, fill)
    # acronyms nobody tagged are mostly organisations
    cov = _covered(out, words)
    for s, sent in enumerate(words):
        for i, w in enumerate(sent):
            if not cov[s][i] and is_acronym(w) and w not in ACRONYM_NOT_ORG:
                out.append((s, i, i + 1, "LOC" if w in ACRONYM_LOC else "ORG"))
    # document consistency: names found once are names everywhere in the article
    votes: dict[tuple[str, ...], Counter[str]] = {}
    for s, a, b, lab in out:
        key = tuple(folded[s][a:b])
        votes.setdefault(key, Counter())[lab] += 1
        if lab == "PER" and b - a > 1 and len(folded[s][b - 1]) >= _MIN_SURNAME:
            votes.setdefault((folded[s][b - 1],), Counter())["PER"] += 1
    doc_table = {
        k: c.most_common(1)[0][0]
        for k, c in votes.items()
        if not (len(k) == 1 and (k[0] in CASE_MARKERS or k[0] in DEMONYMS or k[0] in TITLES))
    }
    _fill(out, folded, NameTable(doc_table))
    out = [sp for sp in out if tuple(folded[sp[0]][sp[1] : sp[2]]) not in _GENERIC_ORG]
    out.sort()
    return out
