"""Time expressions against gold: span P/R/F1 (overlap) and value accuracy over gold times."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from khabar.evaluation.corpora import gold_dev, project_gold_set

__all__ = ["figures", "gold_dev", "project_gold", "score_times"]
from khabar.evaluation.foundation import PRF
from khabar.evaluation.spans import analyze_gold, match_spans, to_clean


@dataclass(frozen=True, slots=True)
class TimeScores:
    spans: PRF
    value_right: int
    gold: int
    errors: tuple[str, ...]

    @property
    def value_accuracy(self) -> float:
        return self.value_right / self.gold if self.gold else 1.0


def score_times(records: list[dict[str, Any]]) -> TimeScores:
    tp = fp = fn = right = total = 0
    errors: list[str] = []
    for record in records:
        a = analyze_gold(record)
        gold = [(to_clean(a, t["start"], t["end"]), t["value"], t.get("surface", "")) for t in record["times"]]
        found = [((t.start, t.end), t.value, t.text) for t in a.times]
        pairs = match_spans([g[0] for g in gold], [f[0] for f in found])
        tp += len(pairs)
        fn += len(gold) - len(pairs)
        fp += len(found) - len(pairs)
        total += len(gold)
        for gi, g in enumerate(gold):
            f = found[pairs[gi]] if gi in pairs else None
            if f is not None and f[1] == g[1]:
                right += 1
            else:
                errors.append(f"{record['id']} {record.get('published')}: gold {g[2]!r}={g[1]} "
                              f"found {f[2] if f else None!r}={f[1] if f else '-'}")
    return TimeScores(PRF(tp, fp, fn), right, total, tuple(errors))


def project_gold() -> list[dict[str, Any]]:
    return project_gold_set("quotes-times")


def figures() -> dict[str, float]:
    out: dict[str, float] = {}
    for name, records in (("gold", project_gold()), ("golddev", gold_dev())):
        s = score_times(records)
        out[f"times_{name}_value_accuracy"] = s.value_accuracy
        out[f"times_{name}_span_f1"] = s.spans.f1
    return out
