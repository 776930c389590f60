"""Print each capability's figures on the data in ../shared: ``python -m khabar.evaluation``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from khabar.evaluation import entities, events, foundation, quotes, times


def collect() -> dict[str, float]:
    """Every figure the quality gate (tests/test_quality_gate.py) reads, by name."""
    figures = dict(foundation.seed_figures())
    for split in ("dev", "test"):
        for style, dots in (("", False), ("_dots", True)):
            prf = foundation.sentence_boundaries(split, dot_style=dots)
            figures[f"sentences_ilner_{split}{style}_f1"] = prf.f1
    bp = foundation.boilerplate_lines()
    figures["boilerplate_f1"] = bp.f1
    figures["boilerplate_precision"] = bp.precision
    figures.update(foundation.corpus_figures())
    figures.update(times.figures())
    figures.update(quotes.figures())
    figures.update(entities.figures())
    figures.update(events.figures())
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m khabar.evaluation", description=__doc__)
    parser.add_argument("--json", action="store_true", help="print the figures as one JSON object")
    args = parser.parse_args(argv)
    if args.json:
        print(json.dumps(collect(), indent=2, sort_keys=True))
        return 0
    print("== Structure of the seed article (../shared/seed, published 2023-09-14)")
    for key, value in foundation.seed_figures().items():
        print(f"  {key:32s} {value:g}")
    print("== Sentence boundaries: IL-NER sentences joined six to a paragraph (../shared/data/il-ner)")
    for split in ("dev", "test"):
        print(f"  {split:5s} {foundation.sentence_boundaries(split)}")
        print(f"  {split:5s} with every । written as '.': {foundation.sentence_boundaries(split, dot_style=True)}")
    print("== Boilerplate lines: gold/boilerplate.tsv (lines written for the project)")
    print(f"  {foundation.boilerplate_lines()}")
    print("== newsonair corpus: 542 Hindi + 603 English articles (../shared/data/newsonair)")
    for key, value in foundation.corpus_figures().items():
        print(f"  {key:32s} {value:g}")
    print("== Time expressions: spans (overlap) and values resolved against the publication date")
    for name, records in (("gold/quotes-times.jsonl (project)", times.project_gold()),
                          ("newsonair/gold-dev.jsonl (real news)", times.gold_dev())):
        s = times.score_times(records)
        print(f"  {name}: value accuracy {s.value_accuracy:.3f} ({s.value_right}/{s.gold}); spans {s.spans}")
    print("== Quotes: spans (overlap) and speakers (linked name, resolved pronoun or unnamed words)")
    for name, records in (("gold/quotes-times.jsonl (project)", quotes.project_gold()),
                          ("newsonair/gold-dev.jsonl (real news)", quotes.gold_dev())):
        q = quotes.score_quotes(records)
        print(f"  {name}: speaker accuracy {q.speaker_accuracy:.3f} ({q.speaker_right}/{q.gold}); spans {q.spans}")
    print("== Entities: exact spans per label, and linking accuracy on the mentions the gold links")
    titles = {"ilner_test": "IL-NER test split", "golddev": "newsonair/gold-dev.jsonl (real news)",
              "nernews": "gold/ner-news.jsonl (project)", "linking": "gold/linking.jsonl (project)"}
    for name, sc in entities.all_scores().items():
        link = ""
        if sc.linked_gold:
            link = (f"; linking accuracy {sc.linking_accuracy:.3f} ({sc.linked_right}/{sc.linked_gold}), "
                    f"NIL-aware {sc.nil_aware_accuracy:.3f} ({sc.nil_gold} gold entities not in the knowledge base)")
        print(f"  {titles[name]}: {sc.overall}{link}")
        for label, prf in sc.per_label.items():
            print(f"      {label} {prf}")
    print("== Events: PLOVER type, (type, source, target), modality, negation, date and actor codes")
    sets = [("gold/events.jsonl (project)", events.project_gold()),
            ("newsonair/gold-dev.jsonl (real news)", events.gold_dev())]
    sets += [(f"gold/events-{name}.jsonl (real news, annotated blind: {what})", events.news_gold(f"events-{name}"))
             for name, what in events.NEWS_SETS.items() if events.news_gold_exists(f"events-{name}")]
    if all(events.news_gold_exists(f"events-{name}") for name in events.RANDOM_TESTS):
        sets.append(("the random test sets pooled (" + ", ".join(events.RANDOM_TESTS) + ")",
                     [r for name in events.RANDOM_TESTS for r in events.news_gold(f"events-{name}")]))
    for name, records in sets:
        ev = events.score_events(records)
        print(f"  {name}: type {ev.by_type}")
        print(f"      (type, source, target) {ev.by_roles}")
        print(f"      on the {ev.by_type.tp} found with the gold's type: modality accuracy {ev.modality_accuracy:.3f} "
              f"({ev.modality_right}), negation accuracy {ev.negated_accuracy:.3f} ({ev.negated_right}), "
              f"date accuracy {ev.date_accuracy:.3f} ({ev.date_right}; a gold event without a date is dated by "
              f"the article)")
        if ev.codes_gold:
            print(f"      on the {ev.by_roles.tp} found with the gold's roles: CAMEO-style actor code accuracy "
                  f"{ev.code_accuracy:.3f} ({ev.codes_right} of the {ev.codes_gold} actors the gold codes)")
    for first, second, name, what in (
            (events.random_first(), events.random_second(), "events-random-test-b",
             "the random test articles (gold/events-random-test-b.jsonl scored against random-test and random-test-2"),
            (events.heldout_first(), events.heldout_second(), "events-heldout-b",
             "the held-out articles (gold/events-heldout-b.jsonl scored against the first")):
        if second is not None:
            _print_agreement(first, second, name, what)
    return 0


def _print_agreement(first: list[dict[str, Any]], second: list[dict[str, Any]], name: str, what: str) -> None:
    """Two blind annotations of the same articles, scored against each other as the coder is, and
    the coder against the second."""
    by_type, by_roles = events.agreement(first, second)
    print(f"  two blind annotators of {what}, as the coder is): type {by_type}")
    print(f"      (type, source, target) {by_roles}")
    ev = events.score_events(events.news_gold(name))
    print(f"  the coder against the second annotator: type {ev.by_type}")
    print(f"      (type, source, target) {ev.by_roles}")


if __name__ == "__main__":
    sys.exit(main())
