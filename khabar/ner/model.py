"""The linear-chain CRF tagger at run time (numpy inference, weights from crfsuite)."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from khabar.ner.features import ROLES, FeatureExtractor, fold, normalize_word, word_code
from khabar.ner.postprocess import NameTable, TokSpan, postprocess
from khabar.ner.tokenize import Token, tokenize

# a numpy .npz archive; the .bin name keeps it inside the package data of a wheel
MODEL_PATH = Path(__file__).parent / "model" / "ner.bin"
_SENTENCE_END = frozenset({"।", "॥", "?", "!", "."})

_MAX_CACHED_WORDS = 200_000  # about 30 MB of score rows

FloatArray = npt.NDArray[np.float32]


@dataclass(frozen=True)
class EntitySpan:
    """A named entity: ``text[start:end]`` with label PER, LOC or ORG."""

    start: int
    end: int
    label: str


def _split_lines(blob: str) -> list[str]:
    return blob.split("\n") if blob else []


class Tagger:
    """Tags Hindi text with PER/LOC/ORG spans."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        with np.load(path, allow_pickle=False) as z:
            self.weights: FloatArray = z["weights"].astype(np.float32)
            self.transitions: FloatArray = z["transitions"].astype(np.float32)
            labels = _split_lines(str(z["labels"]))
            attrs = _split_lines(str(z["attributes"]))
            cluster_lines = _split_lines(str(z["clusters"]))
            gaz_lines = _split_lines(str(z["gazetteer"]))
        self.labels: tuple[str, ...] = tuple(labels)
        self.attr_index: dict[str, int] = {a: i for i, a in enumerate(attrs)}
        clusters: dict[str, str] = {}
        for line in cluster_lines:
            word, _, code = line.partition("\t")
            clusters[word] = code
        gazetteer: dict[tuple[str, ...], str] = {}
        for line in gaz_lines:
            lab, _, name = line.partition("\t")
            gazetteer[tuple(name.split(" "))] = lab
        # the tagger keeps its own per-word cache (score rows), so the extractor keeps none
        self.extractor = FeatureExtractor(clusters, gazetteer, cache=False)
        self._use_span = any(a.startswith(("orgR=", "placeR=", "titleL=")) for a in attrs)
        self._reset_cache()
        self.prune_margin = 4.0
        self.postprocess = True
        self._fill_table = NameTable.for_fill(gazetteer)
        self._label_types: list[tuple[str, str]] = [
            (lab[0], lab[2:]) if lab != "O" else ("O", "") for lab in self.labels
        ]

    # ---------------------------------------------------------------- features
    def _reset_cache(self) -> None:
        """Row 0: no features; row 1: the sentence-boundary pseudo word."""
        n_lab = len(self.labels)
        self._rows: dict[str, int] = {}
        self._folded: list[str] = ["", ""]
        self._normal: list[str] = ["", ""]
        self._code: list[int] = [0, 0]
        self._gaz_start: list[bool] = [False, False]
        self._table = np.zeros((1024, len(ROLES), n_lab), dtype=np.float32)
        for r, off in enumerate(ROLES[1:], start=1):
            j = self.attr_index.get(f"{off:+d}BOUND", -1)
            if j >= 0:
                self._table[1, r] = self.weights[j]
        self._n_rows = 2

    def _bound_cache(self) -> None:
        """Start the word cache afresh once it is large (only between texts: rows stay valid)."""
        if self._n_rows >= _MAX_CACHED_WORDS:
            self._reset_cache()

    def _row(self, word: str) -> int:
        """Row of ``word`` in the table of per-role score vectors (computed once per type)."""
        row = self._rows.get(word)
        if row is not None:
            return row
        row = self._n_rows
        if row >= self._table.shape[0]:
            grown = np.zeros((row * 2, *self._table.shape[1:]), dtype=np.float32)
            grown[:row] = self._table[:row]
            self._table = grown
        get = self.attr_index.get
        roles: list[int] = []
        ids: list[int] = []
        for r, feats in enumerate(self.extractor.type_features(word)):
            for a in feats:
                i = get(a, -1)
                if i >= 0:
                    roles.append(r)
                    ids.append(i)
        if ids:
            np.add.at(self._table[row], roles, self.weights[ids])
        normal = normalize_word(word)
        folded = fold(normal)
        self._code.append(word_code(normal))
        self._normal.append(normal)
        self._folded.append(folded)
        self._gaz_start.append(folded in self.extractor.gaz_first)
        self._rows[word] = row
        self._n_rows = row + 1
        return row

    def _emissions(self, rows_l: list[int], sent_lengths: Sequence[int]) -> FloatArray:
        """Emission scores of all tokens of all sentences, stacked (tokens as table rows)."""
        n = len(rows_l)
        if n == 0:
            return np.zeros((0, len(self.labels)), dtype=np.float32)
        rows = np.asarray(rows_l, dtype=np.int64)
        lengths = np.asarray(sent_lengths, dtype=np.int64)
        ends = np.cumsum(lengths)
        first = np.repeat(ends - lengths, lengths)
        last = np.repeat(ends, lengths)  # exclusive sentence end per token
        i = np.arange(n)
        pos = i - first
        after = last - i  # tokens from i to the sentence end, i included
        zero, bound = 0, 1
        m1 = np.where(pos >= 1, rows[np.maximum(i - 1, 0)], bound)
        m2 = np.where(pos >= 2, rows[np.maximum(i - 2, 0)], np.where(pos == 1, bound, zero))
        p1 = np.where(after >= 2, rows[np.minimum(i + 1, n - 1)], bound)
        p2 = np.where(after >= 3, rows[np.minimum(i + 2, n - 1)], np.where(after == 2, bound, zero))
        tab = self._table
        em: FloatArray = tab[rows, 0] + tab[m1, 1] + tab[p1, 2] + tab[m2, 3] + tab[p2, 4]
        gaz_start = self._gaz_start
        folded = self._folded
        codes = self._code
        idx = self.attr_index
        weights = self.weights
        span_features = self.extractor.span_features
        gazetteer_features = self.extractor.gazetteer_features
        use_gaz = bool(self.extractor.gazetteer)
        use_span = self._use_span
        tok_ids: list[int] = []
        attr_ids: list[int] = []
        k = 0
        for ln in sent_lengths:
            srows = rows_l[k : k + ln]
            extra: list[list[str]] = []
            if use_span:
                extra = span_features([codes[r] for r in srows])
            if use_gaz and any(gaz_start[r] for r in srows):
                gz = gazetteer_features([folded[r] for r in srows])
                extra = gz if not extra else [a + b for a, b in zip(extra, gz, strict=True)]
            for t, fs in enumerate(extra):
                for a in fs:
                    j = idx.get(a, -1)
                    if j >= 0:
                        tok_ids.append(k + t)
                        attr_ids.append(j)
            k += ln
        if tok_ids:
            np.add.at(em, np.asarray(tok_ids, dtype=np.int64), weights[np.asarray(attr_ids, dtype=np.int64)])
        return em

    def _decode(self, emissions: FloatArray, lengths: Sequence[int]) -> npt.NDArray[np.int64]:
        """Viterbi per sentence, restricted to regions where a label other than O is plausible.

        Tokens whose O score beats every other label by ``prune_margin`` are fixed to O,
        which splits each sentence into short independent regions; all regions are then
        decoded together in one padded, vectorised Viterbi pass.
        """
        n_tok, n_lab = emissions.shape
        out = np.zeros(n_tok, dtype=np.int64)
        if n_tok == 0:
            return out
        gap = emissions[:, 0] - emissions[:, 1:].max(axis=1)
        cand = gap < self.prune_margin
        if not cand.any():
            return out
        # region boundaries: candidate runs grown by one token, never across sentences
        grow = cand.copy()
        grow[1:] |= cand[:-1]
        grow[:-1] |= cand[1:]
        sent_start = np.zeros(n_tok, dtype=bool)
        sent_end = np.zeros(n_tok, dtype=bool)
        pos = 0
        for ln in lengths:
            if ln:
                sent_start[pos] = True
                sent_end[pos + ln - 1] = True
            pos += ln
        # a sentence edge cuts a grown run
        grow_idx = np.flatnonzero(grow)
        brk = np.flatnonzero(
            (np.diff(grow_idx) != 1) | sent_start[grow_idx[1:]]
        )
        r_starts = np.concatenate(([grow_idx[0]], grow_idx[brk + 1]))
        r_ends = np.concatenate((grow_idx[brk] + 1, [grow_idx[-1] + 1]))
        n_reg = len(r_starts)
        r_len = r_ends - r_starts
        width = int(r_len.max())
        trans = self.transitions
        # O before / after the region inside the same sentence adds that transition
        pad = np.full((n_reg, width, n_lab), 0.0, dtype=np.float32)
        offs = np.arange(width)
        take = r_starts[:, None] + offs[None, :]
        valid = offs[None, :] < r_len[:, None]
        pad[valid] = emissions[take[valid]]
        delta = pad[:, 0].copy()
        has_prev = ~sent_start[r_starts]
        delta[has_prev] += trans[0]
        back = np.zeros((n_reg, width, n_lab), dtype=np.int64)
        s = np.empty((n_reg, n_lab, n_lab), dtype=np.float32)
        new = np.empty((n_reg, n_lab), dtype=np.float32)
        mask = np.broadcast_to(valid[:, :, None], (n_reg, width, n_lab))
        for i in range(1, width):
            np.add(delta[:, :, None], trans, out=s)
            s.argmax(axis=1, out=back[:, i])
            s.max(axis=1, out=new)
            new += pad[:, i]
            np.copyto(delta, new, where=mask[:, i])
        has_next = ~sent_end[r_ends - 1]
        delta[has_next] += trans[:, 0]
        cur = delta.argmax(axis=1)
        rows = np.arange(n_reg)
        path = np.zeros((n_reg, width), dtype=np.int64)
        for i in range(width - 1, -1, -1):
            v = valid[:, i]
            path[:, i] = cur
            if i:
                cur = np.where(v, back[rows, i, cur], cur)
        out[take[valid]] = path[valid]
        return out

    # ---------------------------------------------------------------- public
    def tag_tokens(self, sentences: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels for pre-tokenised sentences."""
        if not sentences:
            return []
        self._bound_cache()
        row = self._row
        lengths = [len(s) for s in sentences]
        path = self._decode(
            self._emissions([row(w) for s in sentences for w in s], lengths), lengths
        ).tolist()
        out: list[list[str]] = []
        pos = 0
        labels = self.labels
        for s in sentences:
            out.append([labels[k] for k in path[pos : pos + len(s)]])
            pos += len(s)
        return out

    def tag(self, text: str) -> list[EntitySpan]:
        """Entity spans in ``text`` (offsets into ``text``, titles and case markers trimmed)."""
        tokens = tokenize(text)
        if not tokens:
            return []
        sentences: list[list[Token]] = []
        cur: list[Token] = []
        prev_end = 0
        for tok in tokens:
            if cur and "\n" in text[prev_end : tok.start]:
                sentences.append(cur)
                cur = []
            cur.append(tok)
            prev_end = tok.end
            if tok.text in _SENTENCE_END:
                sentences.append(cur)
                cur = []
        if cur:
            sentences.append(cur)
        self._bound_cache()
        row = self._row
        srows = [[row(t.text) for t in s] for s in sentences]
        lengths = [len(s) for s in sentences]
        path = self._decode(self._emissions([r for s in srows for r in s], lengths), lengths)
        # spans straight from the label ids of the non-O tokens
        sent_of: list[int] = []
        local: list[int] = []
        for si, ln in enumerate(lengths):
            sent_of.extend([si] * ln)
            local.extend(range(ln))
        kinds = self._label_types
        spans: list[TokSpan] = []
        open_s, open_a, open_end, open_lab = -1, -1, -1, ""
        for g in np.flatnonzero(path).tolist():
            prefix, lab = kinds[path[g]]
            si, li = sent_of[g], local[g]
            if prefix == "I" and open_s == si and open_end == li and open_lab == lab:
                open_end = li + 1
                continue
            if open_s >= 0:
                spans.append((open_s, open_a, open_end, open_lab))
            open_s, open_a, open_end, open_lab = si, li, li + 1, lab
        if open_s >= 0:
            spans.append((open_s, open_a, open_end, open_lab))
        normal, fl = self._normal, self._folded
        words = [[normal[r] for r in s] for s in srows]
        folded = [[fl[r] for r in s] for s in srows]
        if self.postprocess:
            spans = postprocess(spans, words, folded, self.extractor.gazetteer, self._fill_table)
        return [
            EntitySpan(sentences[si][a].start, sentences[si][b - 1].end, lab)
            for si, a, b, lab in spans
        ]


@functools.lru_cache(maxsize=1)
def load_model() -> Tagger:
    """The shipped tagger, loaded once."""
    return Tagger(MODEL_PATH)
