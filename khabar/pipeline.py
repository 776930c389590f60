"""The analysis pipeline: stages that each add spans to an article.

A stage is a callable taking an :class:`~khabar.model.Article` and returning a new one; it
declares the article fields it ``requires`` and those it ``assigns``. :class:`Pipeline` checks
the whole chain once, when it is built, and names every gap at once.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from functools import lru_cache
from typing import ClassVar, Protocol

from khabar.errors import InputError, PipelineError
from khabar.io.records import Record
from khabar.langid import identify
from khabar.model import Article, ArticleError
from khabar.reader import MAX_CHARS, read_article
from khabar.text.sentences import split_sentences

# What the reader (khabar.reader.read_article) fills in before any stage runs.
READER_ASSIGNS = frozenset(
    {"id", "text", "published", "title", "url", "source", "boilerplate", "paragraphs", "headings"}
)


class Stage(Protocol):
    name: ClassVar[str]
    requires: ClassVar[frozenset[str]]
    assigns: ClassVar[frozenset[str]]

    def __call__(self, article: Article) -> Article: ...


@dataclass(frozen=True, slots=True)
class SentenceStage:
    """Sentences of the paragraphs (khabar.text.sentences)."""

    name: ClassVar[str] = "sentences"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "paragraphs"})
    assigns: ClassVar[frozenset[str]] = frozenset({"sentences"})

    def __call__(self, article: Article) -> Article:
        return replace(article, sentences=tuple(split_sentences(article.text, article.paragraphs)))


@dataclass(frozen=True, slots=True)
class LanguageStage:
    """Language of the whole article (khabar.langid), unless the input gave one."""

    name: ClassVar[str] = "language"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    assigns: ClassVar[frozenset[str]] = frozenset({"lang"})

    def __call__(self, article: Article) -> Article:
        if article.lang != "und":
            return article
        return replace(article, lang=identify(article.text))


class Pipeline:
    """An ordered, checked chain of stages."""

    def __init__(self, stages: Sequence[Stage]) -> None:
        available = set(READER_ASSIGNS)
        gaps = []
        for stage in stages:
            missing = sorted(stage.requires - available)
            if missing:
                needs = ", ".join(missing)
                gaps.append(f"stage {stage.name!r} needs {needs}, which no stage before it assigns")
            available |= stage.assigns
        if gaps:
            raise PipelineError("; ".join(gaps) + ". Reorder the stages or add the missing ones.")
        self.stages = tuple(stages)

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(stage.name for stage in self.stages)

    def __call__(self, article: Article) -> Article:
        for stage in self.stages:
            article = stage(article)
        return article


@lru_cache(maxsize=1)
def default_pipeline() -> Pipeline:
    """The full analysis, built once per process."""
    from khabar.entities import EntityStage
    from khabar.events import EventStage
    from khabar.quotes import QuoteStage
    from khabar.times import TimeStage

    return Pipeline([LanguageStage(), SentenceStage(), EntityStage(), TimeStage(), QuoteStage(), EventStage()])


def analyze(
    text: str | bytes,
    *,
    url: str | None = None,
    published: str | date | None = None,
    lang: str | None = None,
    title: str | None = None,
    id: str | None = None,
    source: str | None = None,
    html: bool | None = None,
    max_chars: int = MAX_CHARS,
) -> Article:
    """Analyse one article: plain text, a web page (detected, or ``html=True``) or raw bytes.

    Raises :class:`khabar.errors.InputError` (with a catalogue code) for input that is not an
    article: empty, binary, undecodable, in a legacy font encoding, or over ``max_chars``.
    """
    article = read_article(
        text, id=id, url=url, published=published, lang=lang, title=title, source=source, html=html,
        max_chars=max_chars,
    )
    return default_pipeline()(article)


INTERNAL_ERROR = "E999"
_log = logging.getLogger(__name__)


def analyze_record(record: Record, *, max_chars: int = MAX_CHARS) -> Article | ArticleError:
    """Analyse one input record; bad input gives an :class:`ArticleError`, never an exception,
    so that one broken article never stops a batch."""
    try:
        return analyze(
            record.content, id=record.id, url=record.url, published=record.published, lang=record.lang,
            title=record.title, source=record.source, html=record.html, max_chars=max_chars,
        )
    except InputError as e:
        return ArticleError(id=record.id, error=str(e), code=e.code)
    except Exception as e:  # noqa: BLE001 (a bug on one article must not lose the others)
        _log.exception("internal error on article %s", record.id)
        return ArticleError(
            id=record.id, error=f"internal error ({type(e).__name__}: {e}); please report it",
            code=INTERNAL_ERROR,
        )
