from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

import pytest

from khabar import Article, Pipeline, PipelineError, Span
from khabar.pipeline import LanguageStage, SentenceStage


@dataclass(frozen=True)
class NeedsQuotesAndTimes:
    name: ClassVar[str] = "needs-both"
    requires: ClassVar[frozenset[str]] = frozenset({"quotes", "times"})
    assigns: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, article: Article) -> Article:
        return article


@dataclass(frozen=True)
class NeedsEvents:
    name: ClassVar[str] = "needs-events"
    requires: ClassVar[frozenset[str]] = frozenset({"events", "entities"})
    assigns: ClassVar[frozenset[str]] = frozenset()

    def __call__(self, article: Article) -> Article:
        return replace(article, warnings=("ran",))


def test_every_gap_is_named_at_once() -> None:
    with pytest.raises(PipelineError) as info:
        Pipeline([LanguageStage(), SentenceStage(), NeedsEvents(), NeedsQuotesAndTimes()])
    message = str(info.value)
    assert "'needs-events' needs entities, events" in message
    assert "'needs-both' needs quotes, times" in message


def test_a_complete_chain_runs_in_order() -> None:
    chain = Pipeline([LanguageStage(), SentenceStage()])
    assert chain.names == ("language", "sentences")
    text = "एक वाक्य है। दूसरा भी है।"
    a = chain(Article(id="x", text=text, paragraphs=(Span(0, len(text)),)))
    assert a.lang == "hi"
    assert a.sentence_texts() == ["एक वाक्य है।", "दूसरा भी है।"]
