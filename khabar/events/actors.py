"""Event actors: linked entities or described groups, each with a CAMEO-style code.

A named actor takes its code from the knowledge base's dated roles (Vladimir Putin in 2023 is
RUSGOV), else its country; a described group (पुलिस, किसान, सेना; ``actor_groups.tsv``) takes
the article's country and the group's sector (पुलिस in an Indian story is INDCOP).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.kb import load_kb
from khabar.model import Actor, Entity


@dataclass(frozen=True, slots=True)
class Group:
    word: str
    name: str
    sector: str


@lru_cache(maxsize=1)
def groups() -> dict[str, Group]:
    text = resources.files("khabar.lang").joinpath("hi", "actor_groups.tsv").read_text(encoding="utf-8")
    out = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            word, name, sector = line.split("\t")
            word = unicodedata.normalize("NFC", word)
            out[word] = Group(word, name, sector)
    return out


def article_country(entities: Sequence[Entity]) -> str | None:
    """The country an article is mostly about: the commonest country among its linked places."""
    kb = load_kb()
    counts: Counter[str] = Counter()
    for e in entities:
        if e.id and e.label == "LOC":
            entity = kb.get(e.id)
            if entity is not None and entity.country:
                counts[entity.country] += 1
    return counts.most_common(1)[0][0] if counts else None


def entity_actor(e: Entity, when: str | None) -> Actor:
    code = None
    if e.id:
        kb = load_kb()
        entity = kb.get(e.id)
        if entity is not None:
            code = kb.role_code(entity, when) or entity.country
    return Actor(text=e.text, id=e.id, name=e.name, code=code)


def group_actor(text: str, start: int, end: int, country: str | None) -> Actor | None:
    """A described group named in ``text[start:end]`` (its last group word heads the phrase)."""
    table = groups()
    words = text[start:end].split()
    for size in (2, 1):
        for i in range(len(words) - size, -1, -1):
            key = " ".join(words[i:i + size])
            group = table.get(key)
            if group is not None:
                code = f"{country}{group.sector}" if country else group.sector
                return Actor(text=text[start:end], name=group.name, code=code)
    return None
