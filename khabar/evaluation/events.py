"""Events against gold: P/R/F1 on type, and on (type, source, target).

A predicted event matches a gold event of the same type whose trigger it overlaps (one to one;
pairs whose actors also agree are made first, so that with conjoined actors, one event per pair
on one trigger, the order of the found events does not decide which pair is right). For (type,
source, target) the actors must match too: by linked canonical name, by a described group's
English name ("police"), by the words, or by a fuller or shorter canonical name of the same
linked person ("Ramesh Pokhriyal" = "Ramesh Pokhriyal Nishank"); no actor on both sides also
matches. Gold actors joined with "; " (several parties of one event) match any of them, and the
coder's other events on that trigger for the other parties count neither as right nor as wrong
(the coder writes one event per pair of conjoined parties, gold-dev one event listing them).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from khabar.evaluation.corpora import gold_dev, newsonair, project_gold_set
from khabar.evaluation.foundation import PRF
from khabar.evaluation.quotes import speaker_matches
from khabar.evaluation.spans import analyze_gold, overlaps, to_clean
from khabar.model import Actor, Event
from khabar.text.normalize import normalize

__all__ = ["EventScores", "figures", "gold_dev", "project_gold", "score_events"]


@dataclass(frozen=True, slots=True)
class EventScores:
    by_type: PRF
    by_roles: PRF
    errors: tuple[str, ...]
    # on the events found with the gold's type: how many carry the gold's modality and negation
    modality_right: int = 0
    negated_right: int = 0
    # … and the gold's date, where a gold event with no date of its own is dated by the article
    # (the coder's contract: the clause's time, else the publication date)
    date_right: int = 0
    # on the events found with the gold's roles: the actors the gold codes (source_code,
    # target_code; the project set has them, gold-dev does not) and how many the coder codes alike
    codes_gold: int = 0
    codes_right: int = 0

    @property
    def modality_accuracy(self) -> float:
        return self.modality_right / self.by_type.tp if self.by_type.tp else 0.0

    @property
    def negated_accuracy(self) -> float:
        return self.negated_right / self.by_type.tp if self.by_type.tp else 0.0

    @property
    def date_accuracy(self) -> float:
        return self.date_right / self.by_type.tp if self.by_type.tp else 0.0

    @property
    def code_accuracy(self) -> float:
        return self.codes_right / self.codes_gold if self.codes_gold else 0.0


def _actor_matches(gold: str | None, actor: Actor | None) -> bool:
    if not gold:
        return actor is None
    return any(speaker_matches(part.strip(), actor) or _group_matches(part, actor) or _name_variant(part, actor)
               for part in gold.split(";"))


def _name_variant(gold: str, actor: Actor | None) -> bool:
    """The same linked person under a fuller or shorter canonical name: every word of the shorter
    name (two words at least) is in the longer ("Ramesh Pokhriyal" = "Ramesh Pokhriyal Nishank",
    "Santosh Gangwar" = "Santosh Kumar Gangwar"). Only for linked actors, never for groups."""
    if actor is None or actor.id is None or not actor.name:
        return False
    a, g = _words(actor.name), _words(gold)
    short, long_ = (a, g) if len(a) <= len(g) else (g, a)
    return len(short) >= 2 and short < long_


def _words(name: str) -> set[str]:
    """A name's words without the punctuation around them ("Government of Punjab, India")."""
    return {w.strip(".,()'\"") for w in name.casefold().split()} - {""}


def _group_matches(gold: str, actor: Actor | None) -> bool:
    """A described group ("police") matches a gold description that has it as a word ("state
    police", "Delhi police"): the annotators describe groups more fully than the tables."""
    if actor is None or actor.id is not None or not actor.name:
        return False
    words = {_singular(w) for w in gold.casefold().replace("'", " ").split()}  # "doctors'" -> doctor
    return all(_singular(w) in words for w in actor.name.casefold().split())


def _singular(word: str) -> str:
    """An English plural's singular, near enough to compare ("families" = "family", "doctors" = "doctor")."""
    return word[:-3] + "y" if word.endswith("ies") and len(word) > 4 else word.rstrip("s")


def _roles_match(gold: dict[str, Any], event: Event) -> bool:
    return _actor_matches(gold.get("source"), event.source) and _actor_matches(gold.get("target"), event.target)


def _one_of_joined(ev: Event, gold: list[tuple[tuple[int, int], dict[str, Any]]], pairs: dict[int, int]) -> bool:
    """Whether ``ev`` is one more pair of a gold event whose parties gold joins with "; " and that
    another found event on the same trigger already matched: the coder writes one event per pair
    of conjoined parties (भारत ने अमरीका और ईरान से … कहा: two events), gold-dev one event with
    "United States; Iran"."""
    span = (ev.trigger.start, ev.trigger.end)
    for gi in set(pairs.values()):
        g, ge = gold[gi]
        joined = ";" in (ge.get("source") or "") or ";" in (ge.get("target") or "")
        if joined and ge["type"] == ev.type and overlaps(g, span) and _roles_match(ge, ev):
            return True
    return False


def score_events(records: list[dict[str, Any]]) -> EventScores:
    t_tp = t_fp = t_fn = r_tp = modality_right = negated_right = date_right = codes_gold = codes_right = 0
    errors: list[str] = []
    for record in records:
        a = analyze_gold(record)
        gold = [(to_clean(a, e["trigger_start"], e["trigger_end"]), e) for e in record["events"]]
        found = list(a.events)
        used_gold: set[int] = set()
        pairs: dict[int, int] = {}  # found index -> gold index
        # one to one, actor-consistent pairs first: with conjoined actors (one event per pair, same
        # trigger) the order of the found events must not decide which pair is right
        for need_roles in (True, False):
            for fi, ev in enumerate(found):
                if fi in pairs:
                    continue
                span = (ev.trigger.start, ev.trigger.end)
                gi = next((i for i, (g, ge) in enumerate(gold)
                           if i not in used_gold and ge["type"] == ev.type and overlaps(g, span)
                           and (not need_roles or _roles_match(ge, ev))), None)
                if gi is not None:
                    pairs[fi] = gi
                    used_gold.add(gi)
        absorbed = {fi for fi, ev in enumerate(found) if fi not in pairs and _one_of_joined(ev, gold, pairs)}
        for fi, ev in enumerate(found):
            gi = pairs.get(fi)
            if fi in absorbed:
                continue  # another pair of conjoined parties that gold lists in one event ("A; B")
            if gi is None:
                t_fp += 1
                errors.append(f"{record['id']}: extra {ev.type} {ev.trigger.text!r}")
                continue
            t_tp += 1
            ge = gold[gi][1]
            modality_right += ev.modality == ge.get("modality", "asserted")
            negated_right += ev.negated == bool(ge.get("negated"))
            date_right += ev.date == (ge.get("date") or (record.get("published") or "")[:10] or None)
            if _roles_match(ge, ev):
                r_tp += 1
                for side, actor in (("source", ev.source), ("target", ev.target)):
                    if ge.get(side) and f"{side}_code" in ge:
                        codes_gold += 1
                        codes_right += (actor.code if actor else None) == ge[f"{side}_code"]
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
    return EventScores(PRF(t_tp, t_fp, t_fn), PRF(r_tp, found_total - r_tp, gold_total - r_tp), tuple(errors),
                       modality_right, negated_right, date_right, codes_gold, codes_right)


def project_gold() -> list[dict[str, Any]]:
    return project_gold_set("events")


NEWS_SETS = {
    "heldout": "25 hand-picked articles outside gold-dev's stories (test)",
    "random-test": "12 articles drawn at random (test)",
    "random-test-2": "24 more articles drawn at random (test)",
    "dev2": "36 articles drawn at random, to develop on",
    "dev3": "36 more articles drawn at random, to develop on",
    "dev4": "36 more articles drawn at random, to develop on",
    "dev5": "36 more articles drawn at random, to develop on",
    "random-test-3": "36 articles drawn at random after this session's rules (test)",
}
# The sets drawn at random and pooled: every test article the coder meets as a feed brings them.
RANDOM_TESTS = ("random-test", "random-test-2")


def news_gold(name: str = "events-heldout") -> list[dict[str, Any]]:
    """A gold set of events on newsonair Hindi articles, annotated blind to the coder
    (scripts/make_gold_events_news.py): ``events-heldout`` (gold/EVENTS-HELDOUT.md, 25 articles
    outside gold-dev, never read while writing rules; ``events-heldout-b`` the same articles by a
    second blind annotator), ``events-random-test`` and ``events-random-test-2`` (12 and 24 random
    articles, test sets; ``events-random-test-b`` both again by other blind annotators) and
    ``events-random-test-3``, 36 more drawn after the rules were written) and ``events-dev2`` to
    ``-dev5`` (36 random articles each, to develop on; gold/EVENTS-DEV2.md). The files hold no text:
    each article's text is read from ../shared and normalised, as its offsets were computed."""
    news = {n.id: n for n in newsonair("hi")}
    return [{**r, "title": news[r["id"]].title, "text": normalize(news[r["id"]].text).text}
            for r in project_gold_set(name)]


def news_gold_exists(name: str) -> bool:
    return (Path(__file__).resolve().parents[2] / "gold" / f"{name}.jsonl").is_file()


def random_first() -> list[dict[str, Any]]:
    """The random test sets as first written (their events and ids, without the articles' text)."""
    return [r for name in RANDOM_TESTS for r in project_gold_set(f"events-{name}")]


def random_second() -> list[dict[str, Any]] | None:
    """gold/events-random-test-b.jsonl: the random test articles annotated again, blind to the
    first annotation and to the coder (None where absent)."""
    return project_gold_set("events-random-test-b") if news_gold_exists("events-random-test-b") else None


def heldout_first() -> list[dict[str, Any]]:
    """gold/events-heldout.jsonl as written (its events and ids, without the articles' text)."""
    return project_gold_set("events-heldout")


def heldout_second() -> list[dict[str, Any]] | None:
    """gold/events-heldout-b.jsonl: the same 25 articles annotated again, blind to the first
    annotation and to the coder, to measure how far two annotators agree (None where absent)."""
    return project_gold_set("events-heldout-b") if news_gold_exists("events-heldout-b") else None


def agreement(first: list[dict[str, Any]], second: list[dict[str, Any]]) -> tuple[PRF, PRF]:
    """Type and (type, source, target) F1 of a second annotation scored against the first, as the
    coder is scored: one-to-one pairs of a type on overlapping triggers, pairs with agreeing
    parties first; a party written the same or matched as :func:`_actor_matches` matches."""
    t_tp = t_fp = t_fn = r_tp = found_total = gold_total = 0
    by_id = {r["id"]: r for r in second}
    for record in first:
        gold = record["events"]
        found = by_id.get(record["id"], {"events": []})["events"]
        used: set[int] = set()
        pairs: dict[int, int] = {}
        for need_roles in (True, False):
            for fi, ev in enumerate(found):
                if fi in pairs:
                    continue
                gi = next((i for i, ge in enumerate(gold) if i not in used and ge["type"] == ev["type"] and
                           overlaps((ge["trigger_start"], ge["trigger_end"]), (ev["trigger_start"], ev["trigger_end"]))
                           and (not need_roles or _same_parties(ge, ev))), None)
                if gi is not None:
                    pairs[fi] = gi
                    used.add(gi)
        t_tp += len(pairs)
        t_fp += len(found) - len(pairs)
        t_fn += len(gold) - len(pairs)
        r_tp += sum(_same_parties(gold[gi], found[fi]) for fi, gi in pairs.items())
        found_total += len(found)
        gold_total += len(gold)
    return PRF(t_tp, t_fp, t_fn), PRF(r_tp, found_total - r_tp, gold_total - r_tp)


def _same_parties(gold: dict[str, Any], other: dict[str, Any]) -> bool:
    def as_actor(name: str | None) -> Actor | None:
        return Actor(text=name, name=name) if name else None

    return all(_actor_matches(gold.get(side), as_actor(other.get(side))) for side in ("source", "target"))


def figures() -> dict[str, float]:
    out: dict[str, float] = {}
    sets = [("gold", project_gold()), ("golddev", gold_dev())]
    sets += [(name.replace("-", ""), news_gold(f"events-{name}")) for name in NEWS_SETS
             if news_gold_exists(f"events-{name}")]
    if all(news_gold_exists(f"events-{name}") for name in RANDOM_TESTS):
        sets.append(("randompooled", [r for name in RANDOM_TESTS for r in news_gold(f"events-{name}")]))
    for name, records in sets:
        s = score_events(records)
        out[f"events_{name}_type_f1"] = s.by_type.f1
        out[f"events_{name}_roles_f1"] = s.by_roles.f1
        out[f"events_{name}_modality_accuracy"] = s.modality_accuracy
        out[f"events_{name}_negated_accuracy"] = s.negated_accuracy
        out[f"events_{name}_date_accuracy"] = s.date_accuracy
        if s.codes_gold:
            out[f"events_{name}_code_accuracy"] = s.code_accuracy
    return out
