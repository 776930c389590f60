"""Events against gold: P/R/F1 on type, and on (type, source, target).

A predicted event matches a gold event of the same type whose trigger it overlaps (one to one).
For (type, source, target) the actors must match too: by linked canonical name, by a described
group's English name ("police"), or by the words; no actor on both sides also matches. Gold
actors joined with "; " (several doers of one event) match any of them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.evaluation.corpora import gold_dev
from khabar.evaluation.foundation import PRF, REPO
from khabar.evaluation.quotes import speaker_matches
from khabar.evaluation.spans import analyze_gold, overlaps, to_clean
from khabar.model import Actor

__all__ = ["EventScores", "figures", "gold_dev", "project_gold", "score_events"]


@dataclass(frozen=True, slots=True)
class EventScores:
    by_type: PRF
    by_roles: PRF
    errors: tuple[str, ...]


def _actor_matches(gold: str | None, actor: Actor | None) -> bool:
    if not gold:
        return actor is None
    return any(speaker_matches(part.strip(), actor) or _group_matches(part, actor) for part in gold.split(";"))


def _group_matches(gold: str, actor: Actor | None) -> bool:
    """A described group ("police") matches a gold description that has it as a word ("state
    police", "Delhi police"): the annotators describe groups more fully than the tables."""
    if actor is None or actor.id is not None or not actor.name:
        return False
    words = {w.strip("'s").rstrip("s") for w in gold.casefold().replace("'", " ").split()}
    return all(w.rstrip("s") in words for w in actor.name.casefold().split())


def score_events(records: list[dict[str, Any]]) -> EventScores:
    t_tp = t_fp = t_fn = r_tp = 0
    errors: list[str] = []
    for record in records:
        a = analyze_gold(record)
        gold = [(to_clean(a, e["trigger_start"], e["trigger_end"]), e) for e in record["events"]]
        found = list(a.events)
        used_gold: set[int] = set()
        for ev in found:
            span = (ev.trigger.start, ev.trigger.end)
            gi = next((i for i, (g, ge) in enumerate(gold)
                       if i not in used_gold and ge["type"] == ev.type and overlaps(g, span)), None)
            if gi is None:
                t_fp += 1
                errors.append(f"{record['id']}: extra {ev.type} {ev.trigger.text!r}")
                continue
            used_gold.add(gi)
            t_tp += 1
            ge = gold[gi][1]
            if _actor_matches(ge.get("source"), ev.source) and _actor_matches(ge.get("target"), ev.target):
                r_tp += 1
            else:
                got_s = ev.source and (ev.source.name or ev.source.text)
                got_t = ev.target and (ev.target.name or ev.target.text)
                errors.append(f"{record['id']}: {ev.type} {ev.trigger.text!r} gold {ge.get('source')!r}->"
                              f"{ge.get('target')!r} found {got_s!r}->{got_t!r}")
        t_fn += len(gold) - len(used_gold)
        errors.extend(f"{record['id']}: missed {ge['type']} {ge['trigger']!r}"
                      for i, (_g, ge) in enumerate(gold) if i not in used_gold)
    found_total = t_tp + t_fp
    gold_total = t_tp + t_fn
    return EventScores(PRF(t_tp, t_fp, t_fn), PRF(r_tp, found_total - r_tp, gold_total - r_tp), tuple(errors))


def project_gold() -> list[dict[str, Any]]:
    path = Path(REPO) / "gold" / "events.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def figures() -> dict[str, float]:
    out: dict[str, float] = {}
    for name, records in (("gold", project_gold()), ("golddev", gold_dev())):
        s = score_events(records)
        out[f"events_{name}_type_f1"] = s.by_type.f1
        out[f"events_{name}_roles_f1"] = s.by_roles.f1
    return out
