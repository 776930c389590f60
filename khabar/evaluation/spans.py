"""Scoring helpers: carrying gold offsets onto the clean text, and matching spans."""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import Any

from khabar.model import Article
from khabar.pipeline import analyze


def analyze_gold(record: dict[str, Any]) -> Article:
    """Analyse a gold record's text as the pipeline would (its title given, so no headline is guessed)."""
    return analyze(record["text"], published=record.get("published"), title=record.get("title") or "",
                   id=record["id"])


def to_clean(article: Article, start: int, end: int) -> tuple[int, int]:
    """The clean-text span for a span of the raw text the article was made from."""
    source = article.source_offsets or ()
    lo = bisect.bisect_left(source, start)
    hi = bisect.bisect_left(source, end)
    return lo, max(lo, hi)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def match_spans(gold: Sequence[tuple[int, int]], found: Sequence[tuple[int, int]]) -> dict[int, int]:
    """A one-to-one matching of gold to found spans: exact matches first, then overlaps."""
    pairs: dict[int, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            for fi, f in enumerate(found):
                if fi in used:
                    continue
                if (f == g) if exact else overlaps(f, g):
                    pairs[gi] = fi
                    used.add(fi)
                    break
    return pairs
