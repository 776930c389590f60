"""Feature extraction shared by training and tagging.

Most features depend on one word only, so they are computed once per word type and
role (the word itself, or a neighbour at offset -2, -1, +1, +2) and cached; the rest
are gazetteer span matches over the sentence.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from khabar.ner.lexicon import (
    CASE_MARKERS,
    DEMONYMS,
    ORG_SUFFIXES,
    PLACE_SUFFIXES,
    POSTPOSITIONS,
    TITLES,
)

ROLES: tuple[int, ...] = (0, -1, 1, -2, 2)
_BREAKERS = frozenset({"है", "हैं", "था", "थी", "थे", "कि", "जो", "यह", "वह", "इस", "उस", "एक"})
_ZW = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff"), None)
_NASAL_RE = re.compile("[\u0919\u091e\u0923\u0928\u092e]\u094d(?=[\u0915-\u0939])")
_DEV_RE = re.compile("[\u0900-\u097f]")
_LAT_RE = re.compile("[A-Za-z]")
_DIGIT_RE = re.compile(r"^[0-9\u0966-\u096f.,:]+$")
_ACRONYM_END = (
    "ई", "ए", "सी", "पी", "डी", "टी", "एस", "एम", "आर", "बी", "यू", "जी", "एफ", "एन", "ओ", "के", "एल", "एच", "वी",
)


def normalize_word(word: str) -> str:
    """NFC without zero-width characters (what the pipeline's normaliser gives)."""
    return unicodedata.normalize("NFC", word.translate(_ZW))


def fold(word: str) -> str:
    """A spelling-insensitive key: no nukta, chandrabindu as anusvara, nasal+virama as anusvara."""
    w = normalize_word(word).replace("\u093c", "").replace("\u0901", "\u0902")
    folded: str = _NASAL_RE.sub("\u0902", w)
    return folded


def _shape(word: str) -> str:
    if _DIGIT_RE.match(word):
        return "num"
    if all(unicodedata.category(ch)[0] in "PS" for ch in word):
        return "punct"
    has_dev = bool(_DEV_RE.search(word))
    has_lat = bool(_LAT_RE.search(word))
    if has_dev and not has_lat:
        return "dev"
    if has_lat and not has_dev:
        if word.isupper():
            return "LAT"
        if word[:1].isupper():
            return "Lat"
        return "lat"
    return "mix"


CODE_ORG, CODE_PLACE, CODE_TITLE, CODE_BREAK = 1, 2, 4, 8
_ORG_R = [f"orgR={k}" for k in range(6)]
_PLACE_R = [f"placeR={k}" for k in range(5)]
_TITLE_L = [f"titleL={k}" for k in range(5)]


def word_code(w: str) -> int:
    """Bit flags of a normalised word for ``FeatureExtractor.span_features``."""
    code = 0
    if w in ORG_SUFFIXES:
        code |= CODE_ORG
    if w in PLACE_SUFFIXES:
        code |= CODE_PLACE
    if w in TITLES:
        code |= CODE_TITLE
    if w in POSTPOSITIONS or w in _BREAKERS or _shape(w) in ("punct", "num"):
        code |= CODE_BREAK
    return code


def _classes(w: str) -> list[str]:
    out: list[str] = []
    if w in TITLES:
        out.append("title")
    if w in POSTPOSITIONS:
        out.append("post")
    if w in CASE_MARKERS:
        out.append("case")
    if w in ORG_SUFFIXES:
        out.append("orgsuf")
    if w in PLACE_SUFFIXES:
        out.append("placesuf")
    if w in DEMONYMS:
        out.append("demonym")
    return out


class FeatureExtractor:
    """Turns token sequences into crfsuite-style attribute lists."""

    def __init__(
        self,
        clusters: Mapping[str, str],
        gazetteer: Mapping[tuple[str, ...], str],
        cache: bool = True,
    ) -> None:
        self.use_cache = cache
        self.clusters = clusters
        self.gazetteer = gazetteer
        self.max_gaz = max((len(k) for k in gazetteer), default=0)
        lens: dict[str, set[int]] = {}
        for k in gazetteer:
            lens.setdefault(k[0], set()).add(len(k))
        self.gaz_first = frozenset(lens)
        self.gaz_lens: dict[str, tuple[int, ...]] = {
            k: tuple(sorted(v, reverse=True)) for k, v in lens.items()
        }
        tok_classes: dict[str, set[str]] = {}
        for name, lab in gazetteer.items():
            for pos, tok in enumerate(name):
                where = "U" if len(name) == 1 else ("F" if pos == 0 else ("L" if pos == len(name) - 1 else "M"))
                tok_classes.setdefault(tok, set()).add(lab + where)
        self.gaz_tokens: dict[str, tuple[str, ...]] = {
            k: tuple(sorted(v)) for k, v in tok_classes.items()
        }
        self._cache: dict[str, tuple[tuple[str, ...], ...]] = {}

    def type_features(self, word: str) -> tuple[tuple[str, ...], ...]:
        """Features of one word type, one tuple per role in ``ROLES``."""
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        w = normalize_word(word)
        f = fold(w)
        lw = f.lower()
        shape = _shape(w)
        cl = self.clusters.get(f, "")
        classes = _classes(w)
        own: list[str] = ["b", "w=" + lw, "sh=" + shape]
        if shape in ("dev", "Lat", "LAT", "lat", "mix"):
            n = len(f)
            own += ["p1=" + f[:1], "p2=" + f[:2], "p3=" + f[:3],
                    "s1=" + f[-1:], "s2=" + f[-2:], "s3=" + f[-3:], "s4=" + f[-4:],
                    "len=" + str(min(n, 10))]
            if f.endswith(".") or "." in f:
                out_dot = "dot"
                own.append(out_dot)
            if shape == "dev" and n <= 6 and f.endswith(_ACRONYM_END) and "\u094d" not in f:
                own.append("acr")
        coarse, _, fine = cl.partition("/")
        if cl:
            own += ["cc=" + coarse, "c=" + fine]
        else:
            own.append("c=none")
        own += ["cls=" + c for c in classes]
        gt = self.gaz_tokens.get(f, ())
        own += ["gt=" + g for g in gt]
        roles: list[tuple[str, ...]] = [tuple(own)]
        for off in ROLES[1:]:
            p = f"{off:+d}"
            feats = [p + "w=" + lw]
            if cl:
                feats.append(p + "cc=" + coarse)
            feats += [p + "cls=" + c for c in classes]
            if abs(off) == 1:
                feats += [p + "gt=" + g for g in gt]
            if abs(off) == 1:
                feats.append(p + "sh=" + shape)
                if shape == "dev":
                    feats.append(p + "s3=" + f[-3:])
                if cl:
                    feats.append(p + "c=" + fine)
            roles.append(tuple(feats))
        res = tuple(roles)
        if self.use_cache:
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[word] = res
        return res

    def gazetteer_features(self, folded: Sequence[str]) -> list[list[str]]:
        """B-/I-/U- gazetteer match features (longest match) per token."""
        n = len(folded)
        out: list[list[str]] = [[] for _ in range(n)]
        gz = self.gazetteer
        gaz_lens = self.gaz_lens
        for i in range(n):
            lens = gaz_lens.get(folded[i])
            if lens is None:
                continue
            for ln in lens:
                if i + ln > n:
                    continue
                lab = gz.get(tuple(folded[i : i + ln]))
                if lab is None:
                    continue
                if ln == 1:
                    out[i].append("gzU=" + lab)
                else:
                    out[i].append("gzB=" + lab)
                    for k in range(i + 1, i + ln):
                        out[k].append("gzI=" + lab)
                break
        return out

    @staticmethod
    def span_features(codes: Sequence[int]) -> list[list[str]]:
        """Distance to the next organisation/place head word and to the previous title,
        counted over name-like tokens only (no punctuation or postposition in between).
        ``codes`` are ``word_code`` values of the sentence's tokens."""
        n = len(codes)
        out: list[list[str]] = [[] for _ in range(n)]
        org = place = 0
        for i in range(n - 1, -1, -1):
            c = codes[i]
            if org:
                out[i].append(_ORG_R[min(org, 5)])
            if place:
                out[i].append(_PLACE_R[min(place, 4)])
            if c & CODE_ORG:
                org = 1
            elif c & CODE_BREAK:
                org = 0
            elif org:
                org += 1
            if c & CODE_PLACE:
                place = 1
            elif c & CODE_BREAK:
                place = 0
            elif place:
                place += 1
        title = 0
        for i in range(n):
            c = codes[i]
            if title:
                out[i].append(_TITLE_L[min(title, 4)])
            if c & CODE_TITLE:
                title = 1
            elif c & CODE_BREAK:
                title = 0
            elif title:
                title += 1
        return out

    def sentence_features(self, words: Sequence[str]) -> list[list[str]]:
        """All attributes of every token of one sentence (used in training)."""
        n = len(words)
        tf = [self.type_features(w) for w in words]
        out: list[list[str]] = []
        for i in range(n):
            feats = list(tf[i][0])
            for r, off in enumerate(ROLES[1:], start=1):
                j = i + off
                if 0 <= j < n:
                    feats.extend(tf[j][r])
                elif j == -1 or j == n:
                    feats.append(f"{off:+d}BOUND")
            out.append(feats)
        spf = self.span_features([word_code(normalize_word(w)) for w in words])
        for i in range(n):
            out[i].extend(spf[i])
        if self.gazetteer:
            gzf = self.gazetteer_features([fold(w) for w in words])
            for i in range(n):
                if gzf[i]:
                    out[i].extend(gzf[i])
        return out
