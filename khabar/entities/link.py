"""Mentions to knowledge-base entities: candidates by alias, then by name key; one identity per
name within an article (पुतिन after व्लादिमीर पुतिन, किम after किम जोंग उन)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from khabar.kb import Entity as KBEntity
from khabar.kb import KnowledgeBase, name_key

_RANK_SOURCE = {"user": 0, "curated": 1}
HOME_COUNTRY = "IND"
_DEVA = re.compile("[\u0900-\u097f]")
_WORD_BREAK = re.compile(r"[\s\-‐‑–—]+")


def _n_words(name: str) -> int:
    """Words of a name; a hyphen separates words too (अब्दुल-महदी, Abdul-Mahdi)."""
    return len([w for w in _WORD_BREAK.split(name) if w])


def best_candidate(candidates: Sequence[KBEntity], label: str | None, countries: set[str]) -> KBEntity | None:
    """The most likely of several entities sharing a name: type, then context, then prior."""
    if not candidates:
        return None

    def rank(e: KBEntity) -> tuple[int, int, int, int, int, int]:
        return (
            0 if label is None or e.type == label else 1,
            0 if e.country and e.country in countries else 1,
            _RANK_SOURCE.get(e.source, 2),
            0 if e.country == HOME_COUNTRY else 1,  # Hindi news: विदेश मंत्रालय is India's by default
            0 if e.wikidata else 1,
            -len(e.aliases),
        )

    return min(candidates, key=rank)


def link_surface(kb: KnowledgeBase, surface: str, label: str | None, countries: set[str]) -> KBEntity | None:
    """The entity a surface names: an exact alias, else a name-key match of the same type."""
    found = best_candidate(kb.lookup(surface), label, countries)
    if found is not None:
        return found
    if len(surface) < 4 or len(surface.split()) < 2:
        return None  # a single word's sound key collides too often (सोमनाथ ~ Soe Myint)
    n_words = _n_words(surface)
    key = name_key(surface)
    same_key = [
        e for e in kb.by_name_key(surface)
        if (label is None or e.type == label)
        and any(_n_words(a) == n_words and name_key(a) == key for a in (e.name, *e.aliases))
        and (e.source in _RANK_SOURCE or any(_DEVA.search(a) for a in e.aliases) or e.country in countries)
    ]  # the same words spelled otherwise (not रमा देवी ~ रामदेव), of an entity with Hindi names or of a
    # country the article names
    return best_candidate(same_key, label, countries)
