"""The project's gold sets stay well formed: offsets in range, span texts equal their surfaces, and
the texts are already in the normal form the pipeline gives (so gold offsets are pipeline offsets)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from khabar.text.normalize import normalize

REPO = Path(__file__).resolve().parents[1]
# The gold sets of annotated texts (gold/stories.jsonl holds pairs of article ids, not texts).
GOLD = [REPO / "gold" / f"{name}.jsonl" for name in ("events", "linking", "ner-news", "quotes-times")]


def test_check_gold_passes_strictly() -> None:
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "check_gold.py"), "--strict", *map(str, GOLD)],
                            capture_output=True, text=True, timeout=120, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 errors" in result.stdout + result.stderr


@pytest.mark.parametrize("path", GOLD, ids=[p.name for p in GOLD])
def test_gold_offsets_survive_normalisation(path: Path) -> None:
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = record["text"]
        assert len(normalize(text).text) == len(text), record["id"]


def test_the_news_event_gold_sets_rebuild_from_their_sources_and_the_shared_articles() -> None:
    # gold/events-{heldout,heldout-b,random-test,dev2}.jsonl hold no text: their offsets are checked
    # against ../shared's articles by the one builder of those sets
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "make_gold_events_news.py"), "--check-all"],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.count(": ok") >= 2, result.stdout


def _news_builder() -> Any:
    spec = importlib.util.spec_from_file_location("make_gold_events_news", REPO / "scripts" / "make_gold_events_news.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks its module up by name
    spec.loader.exec_module(module)
    return module


def test_the_news_event_builder_keeps_development_and_test_articles_apart() -> None:
    builder = _news_builder()
    dev, test = builder.SETS["dev2"], builder.SETS["heldout"]
    assert not set(dev.ids) & set(test.ids)
    # an article of a test set written into the development set is refused, as is a foreign id
    errors = builder.set_errors(dev, [{"id": test.ids[0]}, {"id": dev.ids[0]}], partial=True)
    assert errors == [f"{test.ids[0]}: not an article of set dev2", f"{test.ids[0]}: also in heldout",
                      f"{test.ids[0]}: also in heldout-b"]
    # a whole set must cover its articles; a part need not
    assert builder.set_errors(dev, [{"id": dev.ids[0]}], partial=True) == []
    assert len(builder.set_errors(dev, [{"id": dev.ids[0]}], partial=False)) == len(dev.ids) - 1


def test_agreement_scores_a_second_annotation_as_the_coder_is_scored() -> None:
    from khabar.evaluation.events import agreement

    def ev(kind: str, start: int, source: str | None, target: str | None) -> dict[str, object]:
        return {"type": kind, "trigger_start": start, "trigger_end": start + 5, "source": source, "target": target}

    first = [{"id": "a1", "events": [ev("ASSAULT", 0, "police", "protesters"), ev("COERCE", 20, "police", None)]},
             {"id": "a2", "events": []}]
    type_f1, roles_f1 = agreement(first, first)
    assert (type_f1.f1, roles_f1.f1) == (1.0, 1.0)
    # the second annotator found the attack with another target, missed the arrest, added a protest
    second = [{"id": "a1", "events": [ev("ASSAULT", 2, "Delhi Police", "students"), ev("PROTEST", 40, None, None)]}]
    type_f1, roles_f1 = agreement(first, second)
    assert (type_f1.tp, type_f1.fp, type_f1.fn) == (1, 1, 1)
    assert (roles_f1.tp, roles_f1.fp, roles_f1.fn) == (0, 2, 2)


def test_a_gold_labels_type_and_mode_are_plovers() -> None:
    from khabar.events.lexicon import type_and_mode

    assert type_and_mode("ASSAULT firearms") == ("ASSAULT", "firearms")
    assert type_and_mode("REQUEST -") == type_and_mode("REQUEST") == ("REQUEST", None)
    for bad, why in (("ATTACK", "unknown type"), ("ASSAULT flying", "not a mode of ASSAULT"), ("", "no type")):
        with pytest.raises(ValueError, match=why):
            type_and_mode(bad)
