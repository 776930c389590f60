"""The article model: one object owns the clean text; everything else is a span over it.

An :class:`Article` holds the clean body text and tuples of small frozen span objects whose
``start``/``end`` are Python string indices (code points, end exclusive) into ``Article.text``.
Stages never mutate an article: they return a new one with :func:`dataclasses.replace`.
:meth:`Article.to_dict` gives the JSON object of the output contract (docs/contract.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Label = Literal["PER", "ORG", "LOC"]
Modality = Literal["asserted", "future", "hypothetical"]


@dataclass(frozen=True, slots=True)
class Span:
    """A character range ``[start, end)`` of the article text."""

    start: int
    end: int

    def to_list(self) -> list[int]:
        return [self.start, self.end]


@dataclass(frozen=True, slots=True)
class Actor:
    """Who takes part in a quote or an event: a surface form, linked where possible."""

    text: str
    id: str | None = None
    name: str | None = None
    code: str | None = None
    # For a pronoun or a bare title (उन्होंने, प्रवक्ता): the words that named the actor before.
    refers_to: str | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"text": self.text, "id": self.id, "name": self.name, "code": self.code}
        if self.refers_to is not None:
            out["refers_to"] = self.refers_to
        return out


@dataclass(frozen=True, slots=True)
class Entity:
    start: int
    end: int
    text: str
    label: str
    id: str | None = None
    name: str | None = None
    wikidata: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "label": self.label,
            "id": self.id, "name": self.name, "wikidata": self.wikidata,
        }


@dataclass(frozen=True, slots=True)
class Quote:
    start: int
    end: int
    text: str
    direct: bool
    cue: str | None = None
    speaker: Actor | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": self.start, "end": self.end, "text": self.text, "direct": self.direct,
            "cue": self.cue, "speaker": self.speaker.to_dict() if self.speaker else None,
        }


@dataclass(frozen=True, slots=True)
class Trigger:
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    mode: str | None
    trigger: Trigger
    sentence: int
    source: Actor | None = None
    target: Actor | None = None
    date: str | None = None
    location: Actor | None = None
    negated: bool = False
    modality: Modality = "asserted"

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type, "mode": self.mode,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "trigger": self.trigger.to_dict(), "sentence": self.sentence, "date": self.date,
            "location": self.location.to_dict() if self.location else None,
            "negated": self.negated, "modality": self.modality,
        }


@dataclass(frozen=True, slots=True)
class TimeExpr:
    start: int
    end: int
    text: str
    value: str | None

    def to_dict(self) -> dict[str, Any]:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value}


@dataclass(frozen=True, slots=True)
class Article:
    """One analysed article. ``text`` is the clean body; all offsets point into it."""

    id: str
    text: str
    lang: str = "und"
    published: str | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    boilerplate: tuple[str, ...] = ()
    paragraphs: tuple[Span, ...] = ()
    headings: tuple[Span, ...] = ()
    sentences: tuple[Span, ...] = ()
    entities: tuple[Entity, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[Event, ...] = ()
    times: tuple[TimeExpr, ...] = ()
    warnings: tuple[str, ...] = ()
    # Index into the text the article was made from, per character of ``text`` (see
    # khabar.text.normalize.OffsetMap); not serialised.
    source_offsets: tuple[int, ...] | None = field(default=None, repr=False, compare=False)

    def span_text(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def sentence_texts(self) -> list[str]:
        return [self.text[s.start:s.end] for s in self.sentences]

    def heading_texts(self) -> list[str]:
        return [self.text[s.start:s.end] for s in self.headings]

    def to_dict(self) -> dict[str, Any]:
        """The JSON object of the output contract."""
        out: dict[str, Any] = {
            "id": self.id,
            "lang": self.lang,
            "published": self.published,
            "title": self.title,
            "url": self.url,
            "source": self.source,
            "text": self.text,
            "boilerplate": list(self.boilerplate),
            "paragraphs": [p.to_list() for p in self.paragraphs],
            "headings": [h.to_list() for h in self.headings],
            "sentences": [s.to_list() for s in self.sentences],
            "entities": [e.to_dict() for e in self.entities],
            "quotes": [q.to_dict() for q in self.quotes],
            "events": [e.to_dict() for e in self.events],
            "times": [t.to_dict() for t in self.times],
        }
        if self.warnings:
            out["warnings"] = list(self.warnings)
        return out


@dataclass(frozen=True, slots=True)
class ArticleError:
    """An input that could not be analysed: the contract's ``{"id", "error"}`` object."""

    id: str
    error: str
    code: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "error": self.error, "code": self.code}
