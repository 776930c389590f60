from __future__ import annotations

from pathlib import Path

import pytest

from khabar import analyze
from khabar.boilerplate import KINDS, classify_line

GOLD = Path(__file__).resolve().parents[1] / "gold" / "boilerplate.tsv"


def _gold() -> list[tuple[str, str]]:
    rows = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            label, text = line.split("\t", 1)
            rows.append((label, text))
    return rows


@pytest.mark.parametrize(("label", "line"), _gold())
def test_each_labelled_line(label: str, line: str) -> None:
    kind = classify_line(line).kind
    if label == "body":
        assert kind is None, f"body text removed as {kind}"
    else:
        assert kind is not None, f"{label} line kept as body"


def test_every_kind_has_examples() -> None:
    labels = {label for label, _ in _gold()}
    assert set(KINDS) <= labels


def test_removed_lines_are_kept_verbatim_and_nothing_else_is_dropped() -> None:
    raw = (
        "पहला अनुच्छेद है और इसमें पूरी खबर है.\n"
        "ये भी पढ़ें : कोई और खबर\n"
        "दूसरा अनुच्छेद भी खबर का हिस्सा है.\n"
        "Advertisement\n"
        "हमें फ़ेसबुक पर फ़ॉलो करें\u200d"
    )
    a = analyze(raw)
    assert a.boilerplate == ("ये भी पढ़ें : कोई और खबर", "Advertisement", "हमें फ़ेसबुक पर फ़ॉलो करें\u200d")
    assert a.text == "पहला अनुच्छेद है और इसमें पूरी खबर है.\nदूसरा अनुच्छेद भी खबर का हिस्सा है."
