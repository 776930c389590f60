"""English names of a linked entity, for comparing with the English names the gold sets write."""

from __future__ import annotations

from khabar.kb import Entity as KBEntity
from khabar.kb import load_kb


def norm_name(name: object) -> str:
    return " ".join(str(name).casefold().split())


def latin_names(entity: KBEntity | None) -> set[str]:
    """An entity's English names: its canonical name and its Latin-script aliases (the gold names a
    person by any of them: Ramesh Pokhriyal Nishank is Ramesh Pokhriyal)."""
    if entity is None:
        return set()
    return {norm_name(a) for a in (entity.name, *entity.aliases) if a.isascii()}


def is_named(gold: str, entity_id: str | None) -> bool:
    """Whether ``gold`` is one of the English names of the knowledge-base entity ``entity_id``."""
    return bool(entity_id) and norm_name(gold) in latin_names(load_kb().get(str(entity_id)))
