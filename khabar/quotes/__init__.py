"""Quotations with their speakers (see :mod:`.find` and :mod:`.speakers`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from khabar.model import Article
from khabar.quotes.find import FoundQuote, find_quotes
from khabar.quotes.speakers import resolve_speakers

__all__ = ["FoundQuote", "QuoteStage", "find_quotes", "resolve_speakers"]


@dataclass(frozen=True, slots=True)
class QuoteStage:
    """Adds ``quotes``; uses ``entities`` when an entity stage ran before it, to link speakers."""

    name: ClassVar[str] = "quotes"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences", "paragraphs"})
    assigns: ClassVar[frozenset[str]] = frozenset({"quotes"})

    def __call__(self, article: Article) -> Article:
        names = tuple((e.start, e.end) for e in article.entities if e.label in ("PER", "ORG"))
        found = find_quotes(article.text, article.sentences, article.paragraphs, names)
        return replace(article, quotes=tuple(resolve_speakers(article.text, found, article.entities)))
