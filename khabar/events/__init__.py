"""Political events coded in PLOVER, natively in Hindi (see :mod:`.code`, :mod:`.lexicon`)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import ClassVar

from khabar.events.code import code_events
from khabar.events.lexicon import PLOVER_TYPES, lexicon
from khabar.model import Article

__all__ = ["PLOVER_TYPES", "EventStage", "code_events", "lexicon"]


@dataclass(frozen=True, slots=True)
class EventStage:
    """Adds ``events``: PLOVER type and mode, actors with codes, trigger, modality, date."""

    name: ClassVar[str] = "events"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "sentences", "entities", "times"})
    assigns: ClassVar[frozenset[str]] = frozenset({"events"})

    def __call__(self, article: Article) -> Article:
        return replace(article, events=tuple(code_events(article)))
