"""Time expressions resolved to dates against the publication date (see :mod:`.recognize`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import ClassVar

from khabar.model import Article, TimeExpr
from khabar.times.recognize import TimeMatch, find_times

__all__ = ["TimeMatch", "TimeStage", "find_times"]


@dataclass(frozen=True, slots=True)
class TimeStage:
    """Adds ``times``: every time expression with its value (YYYY-MM-DD, YYYY-MM, YYYY or None)."""

    name: ClassVar[str] = "times"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences", "published"})
    assigns: ClassVar[frozenset[str]] = frozenset({"times"})

    def __call__(self, article: Article) -> Article:
        published = date.fromisoformat(article.published) if article.published else None
        found = find_times(article.text, published, [s.end for s in article.sentences])
        return replace(article, times=tuple(TimeExpr(t.start, t.end, t.text, t.value) for t in found))
