"""Data reading and conlleval-style span scoring for the NER scripts and tests."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from khabar.evaluation.corpora import conll_sentences
from khabar.ner.features import normalize_word

IL_NER_LABELS: dict[str, str] = {"NEP": "PER", "NEL": "LOC", "NEO": "ORG"}
LABELS: tuple[str, ...] = ("PER", "LOC", "ORG")


def read_il_ner(path: Path, keep_other: bool = False) -> list[tuple[list[str], list[str]]]:
    """Read ``token<TAB>tag`` sentences; tags become BIO over PER/LOC/ORG.

    With ``keep_other`` the other IL-NER types are kept under their own names
    (they can help training); otherwise they are ``O``.
    """
    sents: list[tuple[list[str], list[str]]] = []
    for sentence in conll_sentences(path):
        words: list[str] = []
        tags: list[str] = []
        for token, raw in sentence:
            prefix, _, typ = raw.partition("-")
            lab = IL_NER_LABELS.get(typ) if typ else ""
            if lab is None:
                lab = typ if keep_other and typ in ("NEN", "NETI", "NEAR") else ""
            words.append(normalize_word(token.strip()) or token)
            tags.append(("I-" if prefix == "I" else "B-") + lab if lab else "O")
        sents.append((words, tags))
    return sents


def bio_spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """conlleval-style chunks: (start, end, label) over token indices, end exclusive."""
    spans: set[tuple[int, int, str]] = set()
    start = -1
    label = ""
    for i, t in enumerate([*tags, "O"]):
        p, _, lab = t.partition("-")
        if start >= 0 and (p != "I" or lab != label):
            spans.add((start, i, label))
            start = -1
        if p == "B" or (p == "I" and start < 0):
            start, label = i, lab
    return spans


@dataclass(frozen=True)
class Score:
    """Precision, recall and F1 with their counts."""

    tp: int
    pred: int
    gold: int

    @property
    def p(self) -> float:
        return self.tp / self.pred if self.pred else 0.0

    @property
    def r(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return 2 * self.p * self.r / (self.p + self.r) if self.p + self.r else 0.0


def score_spans(
    pairs: Iterable[tuple[set[tuple[int, int, str]], set[tuple[int, int, str]]]],
    labels: Sequence[str] = LABELS,
) -> dict[str, Score]:
    """Scores per label and ``"ALL"`` over (gold, predicted) span sets."""
    tp = dict.fromkeys([*labels, "ALL"], 0)
    npred = dict.fromkeys([*labels, "ALL"], 0)
    ngold = dict.fromkeys([*labels, "ALL"], 0)
    for gold, pred in pairs:
        gold = {s for s in gold if s[2] in labels}
        pred = {s for s in pred if s[2] in labels}
        for s in gold:
            ngold[s[2]] += 1
            ngold["ALL"] += 1
        for s in pred:
            npred[s[2]] += 1
            npred["ALL"] += 1
            if s in gold:
                tp[s[2]] += 1
                tp["ALL"] += 1
    return {k: Score(tp[k], npred[k], ngold[k]) for k in tp}


def format_scores(title: str, scores: dict[str, Score]) -> str:
    """A small text table."""
    lines = [f"{title}", f"{'label':6} {'P':>6} {'R':>6} {'F1':>6} {'gold':>6} {'pred':>6}"]
    for k, s in scores.items():
        lines.append(f"{k:6} {s.p:6.3f} {s.r:6.3f} {s.f1:6.3f} {s.gold:6d} {s.pred:6d}")
    return "\n".join(lines)
