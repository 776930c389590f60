"""The project's gold sets stay well formed: offsets in range, span texts equal their surfaces, and
the texts are already in the normal form the pipeline gives (so gold offsets are pipeline offsets)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

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


def test_the_held_out_event_gold_rebuilds_from_its_source_and_the_shared_articles() -> None:
    # gold/events-heldout.jsonl holds no text: its offsets are checked against ../shared's articles
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "make_gold_events_heldout.py"), "--check"],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


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


def test_the_second_held_out_annotation_rebuilds_from_its_source_and_the_shared_articles() -> None:
    result = subprocess.run([sys.executable, str(REPO / "scripts" / "make_gold_events_heldout_b.py"), "--check"],
                            capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
