"""People, organisations and places: found by the knowledge base and the statistical model,
linked to canonical entities (see :mod:`.gazetteer`, :mod:`.link`, :mod:`khabar.ner`).

Order of trust: a name the knowledge base knows (its longest alias in the text) wins over the
model; the model adds names the knowledge base does not know; a place followed by पुलिस/सरकार is
an organisation; demonyms are never entities; a short later mention of a person (पुतिन, किम) takes
the identity of the full one.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import lru_cache
from typing import ClassVar

from khabar.entities.gazetteer import Word, gazetteer, words
from khabar.entities.link import best_candidate, link_surface
from khabar.kb import Entity as KBEntity
from khabar.kb import load_kb
from khabar.kb.normalize import norm_alias
from khabar.lang import word_list
from khabar.model import Article, Entity

__all__ = ["EntityStage", "find_entities"]


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    label: str
    entity: KBEntity | None
    source: str  # "kb", "model", "coref"


@lru_cache(maxsize=1)
def _model() -> object | None:
    try:
        from khabar.ner import load_model
    except ImportError:  # the model is an optional part
        return None
    return load_model()


@lru_cache(maxsize=1)
def _keyed(name: str) -> frozenset[str]:
    return frozenset(norm_alias(w) for w in word_list("hi", name))


def _model_spans(text: str) -> list[tuple[int, int, str]]:
    model = _model()
    if model is None:
        return []
    return [(s.start, s.end, s.label) for s in model.tag(text)]  # type: ignore[attr-defined]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _is_demonym(text: str, start: int, end: int) -> bool:
    return norm_alias(text[start:end]) in _keyed("demonyms")


def _starts_with_demonym(text: str, start: int, end: int) -> bool:
    first = text[start:end].split(" ", 1)[0]
    two = " ".join(text[start:end].split(" ")[:2])
    return norm_alias(first) in _keyed("demonyms") or norm_alias(two) in _keyed("demonyms")


def _extend_org(text: str, toks: list[Word], last_word: int) -> int:
    """Words after a place that make it an organisation (दिल्ली पुलिस): how many (0 if none)."""
    suffixes = _keyed("org_suffixes")
    for size in (2, 1):
        if last_word + size <= len(toks):
            key = " ".join(t.key for t in toks[last_word:last_word + size])
            gap = text[toks[last_word - 1].end:toks[last_word].start]
            if key in suffixes and gap == " ":
                return size
    return 0


def find_entities(text: str, published: str | None = None) -> list[Entity]:
    """Entity mentions of ``text``, linked where the knowledge base knows them."""
    kb = load_kb()
    toks = words(text)
    model = _model_spans(text)
    mentions: list[_Mention] = []
    countries: set[str] = set()

    for m in gazetteer().find(text, toks):
        surface = text[m.start:m.end]
        candidates = kb.lookup(surface)
        model_hit = next((lab for s, e, lab in model if (s, e) == (m.start, m.end)), None)
        if kb.is_ambiguous(surface) and model_hit is None:
            continue  # आप, गया: a word before it is a name
        if _is_demonym(text, m.start, m.end):
            continue
        entity = best_candidate(candidates, model_hit, countries)
        if entity is None:
            continue
        start, end, label = m.start, m.end, entity.type
        extra = _extend_org(text, toks, m.last_word) if entity.type == "LOC" else 0
        if extra:
            end = toks[m.last_word + extra - 1].end
            label = "ORG"
            entity = best_candidate(kb.lookup(text[start:end]), "ORG", countries)
        if entity is not None and entity.type == "LOC" and entity.country:
            countries.add(entity.country)
        mentions.append(_Mention(start, end, label, entity, "kb"))

    for s, e, label in model:
        span = (s, e)
        covering = [m for m in mentions if _overlap((m.start, m.end), span)]
        if covering:
            continue
        if _is_demonym(text, s, e):
            continue
        entity = link_surface(kb, text[s:e], label, countries)
        if entity is None and _starts_with_demonym(text, s, e):
            continue
        mentions.append(_Mention(s, e, entity.type if entity else label, entity, "model"))

    mentions.sort(key=lambda m: m.start)
    _corefer(text, toks, mentions)
    mentions.sort(key=lambda m: m.start)
    return [
        Entity(m.start, m.end, text[m.start:m.end], m.label, m.entity.id if m.entity else None,
               m.entity.name if m.entity else None, m.entity.wikidata if m.entity else None)
        for m in mentions
    ]


def _corefer(text: str, toks: list[Word], mentions: list[_Mention]) -> None:
    """Short mentions of people named in full earlier: link unlinked ones, add missed ones."""
    stop = _keyed("name_stopwords")
    parts: dict[str, KBEntity] = {}
    for m in mentions:
        if m.entity is not None and m.label == "PER":
            for w in norm_alias(text[m.start:m.end]).split(" "):
                if len(w) >= 2 and w not in stop:
                    parts.setdefault(w, m.entity)
    if not parts:
        return
    for m in mentions:
        if m.entity is None and m.label == "PER":
            key = norm_alias(text[m.start:m.end])
            if key in parts:
                m.entity = parts[key]
    covered = [(m.start, m.end) for m in mentions]
    first_seen = {id(e): min(m.start for m in mentions if m.entity is e) for e in parts.values()}
    for t in toks:
        entity = parts.get(t.key)
        if entity is None or t.start < first_seen[id(entity)]:
            continue
        if any(_overlap((t.start, t.end), c) for c in covered):
            continue
        mentions.append(_Mention(t.start, t.end, "PER", entity, "coref"))
        covered.append((t.start, t.end))


@dataclass(frozen=True, slots=True)
class EntityStage:
    """Adds ``entities``: PER, ORG and LOC mentions with their knowledge-base identity."""

    name: ClassVar[str] = "entities"
    requires: ClassVar[frozenset[str]] = frozenset({"text"})
    assigns: ClassVar[frozenset[str]] = frozenset({"entities"})

    def __call__(self, article: Article) -> Article:
        return replace(article, entities=tuple(find_entities(article.text, article.published)))
