"""Quality is a gate: every figure of the evaluation stays at or above its pinned floor."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from khabar.evaluation.__main__ import collect

FLOORS = json.loads((Path(__file__).with_name("floors.json")).read_text(encoding="utf-8"))
# Figures that must stay at zero (counts of failures).
ZERO = ("newsonair_errors", "newsonair_invalid_offsets", "newsonair_lines_removed")


@pytest.fixture(scope="module")
def figures(shared: Path) -> dict[str, float]:
    return collect()


@pytest.mark.parametrize("name", sorted(k for k in FLOORS if not k.startswith("_")))
def test_figure_at_or_above_its_floor(figures: dict[str, float], name: str) -> None:
    assert figures[name] >= FLOORS[name], f"{name} fell to {figures[name]:.4f}, below its floor {FLOORS[name]}"


@pytest.mark.parametrize("name", ZERO)
def test_failure_counts_stay_zero(figures: dict[str, float], name: str) -> None:
    assert figures[name] == 0
