"""The words of time expressions, read from ``khabar/lang/hi/times.tsv``."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True, slots=True)
class TimeLexicon:
    months: dict[str, int]
    weekdays: dict[str, int]
    days: dict[str, int]
    parts: tuple[str, ...]
    past: tuple[str, ...]
    next: tuple[str, ...]
    this: tuple[str, ...]
    units: dict[str, str]
    numbers: dict[str, int]
    holidays: dict[str, tuple[int, int]]
    fiscal: tuple[str, ...]


@lru_cache(maxsize=1)
def time_lexicon() -> TimeLexicon:
    text = resources.files("khabar.lang").joinpath("hi", "times.tsv").read_text(encoding="utf-8")
    rows: dict[str, dict[str, str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, word, value = [*line.split("\t"), "", ""][:3]
        rows.setdefault(kind, {})[unicodedata.normalize("NFC", word.strip())] = value.strip()

    def ints(kind: str) -> dict[str, int]:
        return {w: int(v) for w, v in rows.get(kind, {}).items()}

    holidays = {}
    for word, value in rows.get("holiday", {}).items():
        month, day = value.split("-")
        holidays[word] = (int(month), int(day))
    return TimeLexicon(
        months=ints("month"), weekdays=ints("weekday"), days=ints("day"),
        parts=tuple(rows.get("part", {})), past=tuple(rows.get("past", {})), next=tuple(rows.get("next", {})),
        this=tuple(rows.get("this", {})), units=dict(rows.get("unit", {})), numbers=ints("number"),
        holidays=holidays, fiscal=tuple(rows.get("fiscal", {})),
    )
