"""Entities against gold: P/R/F1 per label on exact spans, and linking accuracy.

Sets: IL-NER test (PER = NEP, LOC = NEL, ORG = NEO; sentences as space-joined tokens), gold-dev
(real All India Radio news), gold/ner-news.jsonl and gold/linking.jsonl (written for the
project). Linking accuracy counts the gold mentions that carry a canonical name: right when the
recogniser found the same span (or one overlapping it) and linked it to that name or Wikidata id.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Any

from khabar.entities import find_entities
from khabar.evaluation.corpora import conll_sentences, gold_dev, project_gold_set, shared_dir
from khabar.evaluation.foundation import PRF
from khabar.evaluation.names import latin_names, norm_name
from khabar.evaluation.spans import analyze_gold, match_spans, to_clean
from khabar.kb import Entity as KBEntity
from khabar.kb import load_kb

LABELS = ("PER", "LOC", "ORG")
_IL_NER = {"NEP": "PER", "NEL": "LOC", "NEO": "ORG"}


@dataclass(frozen=True, slots=True)
class EntityScores:
    per_label: dict[str, PRF]
    linked_right: int
    linked_gold: int
    # NIL-aware: a gold entity the knowledge base does not hold is right when left unlinked
    nil_aware_right: int = 0
    nil_gold: int = 0

    @property
    def nil_aware_accuracy(self) -> float:
        return self.nil_aware_right / self.linked_gold if self.linked_gold else 1.0

    @property
    def overall(self) -> PRF:
        return PRF(*(sum(getattr(p, f) for p in self.per_label.values()) for f in ("tp", "fp", "fn")))

    @property
    def linking_accuracy(self) -> float:
        return self.linked_right / self.linked_gold if self.linked_gold else 1.0


def _score(gold: list[tuple[int, int, str]], found: list[tuple[int, int, str]], counts: Counter[str]) -> None:
    g, f = set(gold), set(found)
    for label in LABELS:
        gl = {x for x in g if x[2] == label}
        fl = {x for x in f if x[2] == label}
        counts[label + "tp"] += len(gl & fl)
        counts[label + "fp"] += len(fl - gl)
        counts[label + "fn"] += len(gl - fl)


def _prf(counts: Counter[str]) -> dict[str, PRF]:
    return {label: PRF(counts[label + "tp"], counts[label + "fp"], counts[label + "fn"]) for label in LABELS}


def _same_name(gold: dict[str, Any], name: str | None, wikidata: str | None, entity: KBEntity | None = None) -> bool:
    if gold.get("wikidata") and wikidata and gold["wikidata"] == wikidata:
        return True
    if bool(name) and norm_name(gold["name"]) == norm_name(name):
        return True
    return norm_name(gold["name"]) in latin_names(entity)


def _kb_names() -> tuple[set[str], set[str]]:
    """English names and Wikidata ids the knowledge base holds (to tell NIL gold entities)."""
    kb = load_kb()
    names, qids = set(), set()
    for e in kb.entities():
        names |= latin_names(e)
        if e.wikidata:
            qids.add(e.wikidata)
    return names, qids


def score_records(records: list[dict[str, Any]]) -> EntityScores:
    counts: Counter[str] = Counter()
    right = total = nil_right = nil_total = 0
    kb = load_kb()
    kb_names, kb_qids = _kb_names()
    for record in records:
        a = analyze_gold(record)
        found = find_entities(a.text, a.published)
        gold = []
        for e in record["entities"]:
            s, t = to_clean(a, e["start"], e["end"])
            gold.append((s, t, e["label"], e))
        _score([g[:3] for g in gold], [(e.start, e.end, e.label) for e in found], counts)
        pairs = match_spans([(g[0], g[1]) for g in gold], [(e.start, e.end) for e in found])
        for gi, g in enumerate(gold):
            if not g[3].get("name"):
                continue
            total += 1
            hit = found[pairs[gi]] if gi in pairs else None
            linked = kb.get(hit.id) if hit is not None and hit.id else None
            if hit is not None and _same_name(g[3], hit.name, hit.wikidata, linked):
                right += 1
                nil_right += 1
                continue
            in_kb = norm_name(g[3]["name"]) in kb_names or g[3].get("wikidata") in kb_qids
            if not in_kb:
                nil_total += 1
                nil_right += hit is not None and hit.id is None
    return EntityScores(_prf(counts), right, total, nil_right, nil_total)


def score_il_ner(split: str = "test") -> EntityScores:
    counts: Counter[str] = Counter()
    path = shared_dir() / "data" / "il-ner" / f"hindi-{split}.txt"
    for sentence in conll_sentences(path):
        text, gold, pos = "", [], 0
        open_span: list[Any] | None = None
        for token, tag in sentence:
            start = pos if not text else pos + 1
            text = f"{text} {token}" if text else token
            pos = start + len(token)
            kind = tag[2:] if tag[:2] in ("B-", "I-") else None
            label = _IL_NER.get(kind or "")
            if tag.startswith("I-") and open_span is not None and open_span[2] == label:
                open_span[1] = pos
                continue
            if open_span is not None:
                gold.append(tuple(open_span))
                open_span = None
            if label:
                open_span = [start, pos, label]
        if open_span is not None:
            gold.append(tuple(open_span))
        found = [(e.start, e.end, e.label) for e in find_entities(text)]
        _score(gold, found, counts)
    return EntityScores(_prf(counts), 0, 0)


def project_gold(name: str) -> list[dict[str, Any]]:
    return project_gold_set(name)


def all_scores() -> dict[str, EntityScores]:
    return {
        "ilner_test": score_il_ner("test"),
        "golddev": score_records(gold_dev()),
        "nernews": score_records(project_gold("ner-news")),
        "linking": score_records(project_gold("linking")),
    }


def figures(scores: dict[str, EntityScores] | None = None) -> dict[str, float]:
    scores = scores or all_scores()
    out: dict[str, float] = {}
    for name, s in scores.items():
        out[f"entities_{name}_f1"] = s.overall.f1
        if s.linked_gold:
            out[f"linking_{name}_accuracy"] = s.linking_accuracy
            out[f"linking_{name}_nil_aware_accuracy"] = s.nil_aware_accuracy
    return out
