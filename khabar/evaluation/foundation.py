"""Figures for the foundation: structure of the seed, sentence boundaries, boilerplate, language,
and validity of every offset over the newsonair corpus."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from khabar.boilerplate import classify_line
from khabar.errors import InputError
from khabar.evaluation.corpora import conll_sentences, newsonair_all, seed_path, shared_dir
from khabar.model import Article
from khabar.pipeline import analyze
from khabar.text.sentences import split_paragraph

REPO = Path(__file__).resolve().parents[2]

# The seed article's hand-checked structure (issue 2): its three sub-headings and the last words
# of each of its 11 body sentences.
SEED_HEADINGS = (
    "किम जोंग उन ने पुतिन से क्या कहा",
    "पुतिन ने उत्तर कोरिया के साथ सैन्य सहयोग के लिए संभावनाएं देखीं",
    "अमेरिकी अधिकारियों ने क्या कहा",
)
SEED_SENTENCE_ENDS = (
    "स्वीकार कर लिया है.", "जानकारी दी.", 'आमंत्रित किया."', 'इच्छा जाहिर की."', "चेतावनी दी थी.",
    "ध्यान दिया है.", '"संभावनाएं" देखीं.', "मदद कर सकता है.", 'उल्लंघन" बताया था.', "रुचि रखता है.",
    "में नवीनतम है.",
)
SEED_BOILERPLATE_STARTS = ("ये भी पढ़ें : महात्मा", "ये भी पढ़ें : \"रूस", "NDTV.in पर")


@dataclass(frozen=True, slots=True)
class PRF:
    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __str__(self) -> str:
        counts = f"tp {self.tp}, fp {self.fp}, fn {self.fn}"
        return f"P {self.precision:.3f}  R {self.recall:.3f}  F1 {self.f1:.3f}  ({counts})"


def seed_figures() -> dict[str, float]:
    text = seed_path().read_text(encoding="utf-8")
    a = analyze(text, published="2023-09-14", id="seed")
    sentences = a.sentence_texts()
    right = sum(1 for s, end in zip(sentences, SEED_SENTENCE_ENDS, strict=False) if s.endswith(end))
    return {
        "seed_sentences_exact": float(right if len(sentences) == len(SEED_SENTENCE_ENDS) else 0),
        "seed_sentences_found": float(len(sentences)),
        "seed_headings": float(sum(1 for h in a.heading_texts() if h in SEED_HEADINGS)),
        "seed_boilerplate": float(
            sum(1 for b in a.boilerplate if b.startswith(SEED_BOILERPLATE_STARTS)) - (len(a.boilerplate) - 3)
        ),
        "seed_lang_hi": float(a.lang == "hi"),
    }


_SPACE_BEFORE = re.compile(r" ([।॥.,?!:;)\]])")
_SPACE_AFTER = re.compile(r"([(\[]) ")


def _detokenize(tokens: list[str]) -> str:
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", " ".join(tokens)))


def sentence_boundaries(split: str = "dev", group: int = 6, *, dot_style: bool = False) -> PRF:
    """Boundary P/R/F1 on IL-NER sentences joined into paragraphs of ``group`` sentences.

    Only sentences that end with a stop ("।", "?", "!", ".") are used: the others are fragments
    (headlines, list items) that no splitter could end. With ``dot_style`` every "।" is written
    as "." first, as many Hindi sites do (the seed article): then abbreviations, initials and
    numbers decide.
    """
    path = shared_dir() / "data" / "il-ner" / f"hindi-{split}.txt"
    sentences = [_detokenize([t for t, _ in s]) for s in conll_sentences(path)]
    sentences = [s for s in sentences if s.endswith(("।", "?", "!", ".", "॥"))]
    if dot_style:
        sentences = [s.replace("।", ".") for s in sentences]
    tp = fp = fn = 0
    for i in range(0, len(sentences), group):
        chunk = sentences[i:i + group]
        par = " ".join(chunk)
        gold: set[int] = set()
        pos = 0
        for s in chunk[:-1]:
            pos += len(s)
            gold.add(pos)
            pos += 1
        found = {e for _s, e in split_paragraph(par)[:-1]}
        tp += len(gold & found)
        fp += len(found - gold)
        fn += len(gold - found)
    return PRF(tp, fp, fn)


def boilerplate_lines() -> PRF:
    """Removal P/R/F1 on the project's labelled lines (gold/boilerplate.tsv)."""
    tp = fp = fn = 0
    for line in (REPO / "gold" / "boilerplate.tsv").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        label, text = line.split("\t", 1)
        removed = classify_line(text).is_boilerplate
        gold = label != "body"
        tp += removed and gold
        fp += removed and not gold
        fn += gold and not removed
    return PRF(tp, fp, fn)


def _offsets_valid(a: Article) -> bool:
    n = len(a.text)
    spans = [*a.paragraphs, *a.headings, *a.sentences]
    ok = all(0 <= s.start < s.end <= n for s in spans)
    ok &= all(a.text[e.start:e.end] == e.text for e in a.entities)
    ok &= all(a.text[q.start:q.end] == q.text for q in a.quotes)
    ok &= all(a.text[t.start:t.end] == t.text for t in a.times)
    return ok and (a.source_offsets is None or len(a.source_offsets) == n)


def corpus_figures() -> dict[str, float]:
    """Errors, offset validity and language accuracy over all 1,145 newsonair articles."""
    items = newsonair_all()
    errors = invalid = lang_right = removed_lines = 0
    for item in items:
        try:
            a = analyze(item.text, title=item.title, published=item.published, url=item.url, id=item.id)
        except InputError:
            errors += 1
            continue
        invalid += not _offsets_valid(a)
        lang_right += a.lang == item.lang
        removed_lines += len(a.boilerplate)
    return {
        "newsonair_articles": float(len(items)),
        "newsonair_errors": float(errors),
        "newsonair_invalid_offsets": float(invalid),
        "newsonair_lang_accuracy": lang_right / len(items),
        "newsonair_lines_removed": float(removed_lines),
    }
