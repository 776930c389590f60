"""The compiled knowledge base: loading, look-up, fuzzy search, dated roles, user additions."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any, TextIO

from .model import Entity, KBError, Role
from .namekey import name_key
from .normalize import norm_alias
from .userdata import entity_to_json, read_entities

__all__ = ["DEFAULT_KB_PATH", "KnowledgeBase", "khabar_home", "load_kb", "role_code"]

DEFAULT_KB_PATH = Path(__file__).resolve().parent / "data" / "kb.json.gz"
FORMAT = 1  # entities: JSON text per row; key_index: "KEY\ti,j" lines
_USER_FILE = "kb-user.jsonl"


def khabar_home() -> Path:
    """Directory for user data: $KHABAR_HOME, else ~/.local/share/khabar."""
    env = os.environ.get("KHABAR_HOME")
    return Path(env).expanduser() if env else Path.home() / ".local" / "share" / "khabar"


def _as_date(when: dt.date | dt.datetime | str | None) -> dt.date:
    if when is None:
        return dt.date.today()
    if isinstance(when, dt.datetime):
        return when.date()
    if isinstance(when, dt.date):
        return when
    try:
        return dt.date.fromisoformat(when[:10])
    except ValueError:
        raise KBError(f"bad date {when!r}: expected YYYY-MM-DD") from None


def role_code(entity: Entity, when: dt.date | dt.datetime | str | None = None) -> str | None:
    """The entity's CAMEO-style code on a date (today if None).

    Among dated roles that cover the date the one that began last wins; an undated role is the
    fallback; None when no role applies.
    """
    day = _as_date(when)
    best: Role | None = None
    fallback: str | None = None
    for r in entity.roles:
        if r.start is None and r.end is None:
            fallback = fallback or r.code
            continue
        if r.covers(day) and (
            best is None or (r.start or dt.date.min) >= (best.start or dt.date.min)
        ):
            best = r
    return best.code if best else fallback


def _edit1(a: str, b: str) -> bool:
    """True when a and b differ by at most one insertion, deletion or substitution."""
    la, lb = len(a), len(b)
    if abs(la - lb) > 1:
        return False
    if la > lb:
        a, b, la, lb = b, a, lb, la
    i = 0
    while i < la and a[i] == b[i]:
        i += 1
    if la == lb:
        return a[i + 1 :] == b[i + 1 :]
    return a[i:] == b[i + 1 :]


def _row_entity(text: str) -> Entity:
    row: list[Any] = json.loads(text)
    roles = tuple(
        Role(
            code,
            dt.date.fromisoformat(s) if s else None,
            dt.date.fromisoformat(e) if e else None,
        )
        for code, s, e in row[6]
    )
    return Entity(
        id=row[0],
        name=row[1],
        type=row[2],
        country=row[3] or None,
        wikidata=row[4] or None,
        aliases=tuple(row[5]),
        roles=roles,
        source=row[7],
    )


class KnowledgeBase:
    """Entities by id, alias (normalised) and phonetic name key; user additions merged over."""

    def __init__(self, data: dict[str, Any], home: Path | None = None) -> None:
        if data.get("format") != FORMAT:
            raise KBError(f"knowledge base format {data.get('format')!r}, expected {FORMAT}")
        self._rows: list[str] = data["entities"]
        self._cache: list[Entity | None] = [None] * len(self._rows)
        self._alias: dict[str, list[int]] = data["alias_index"]
        self._key_text: str = data["key_index"]
        self._key_map: dict[str, list[int]] | None = None
        self._weak: frozenset[str] = frozenset(data.get("weak", ()))
        self._plain: frozenset[str] = frozenset(data.get("plain_words", ()))
        self.sources: dict[str, Any] = data.get("sources", {})
        self._by_id: dict[str, int] = {}
        self._key_buckets: dict[str, list[str]] | None = None
        # user additions (override shipped entities with the same id)
        self._user: dict[str, Entity] = {}
        self._user_alias: dict[str, list[str]] = {}
        self._user_keys: dict[str, list[str]] = {}
        self.home = home if home is not None else khabar_home()
        user_file = self.home / _USER_FILE
        if user_file.exists():
            for ent in read_entities(user_file):
                self._add_memory(ent)

    # -- loading -------------------------------------------------------------------------------
    @classmethod
    def open(cls, path: str | Path | None = None, home: Path | None = None) -> KnowledgeBase:
        p = Path(path) if path else DEFAULT_KB_PATH
        try:
            with gzip.open(p, "rb") as fh:
                data = json.loads(fh.read())
        except OSError as exc:
            raise KBError(f"cannot read knowledge base {p}: {exc}") from None
        return cls(data, home)

    # -- access --------------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._rows) + sum(1 for i in self._user if self._index_of(i) is None)

    def _index_of(self, ident: str) -> int | None:
        if not self._by_id:
            # each row starts with ["<id>", so the id can be read without parsing the row
            self._by_id = {row[2 : row.index('"', 2)]: i for i, row in enumerate(self._rows)}
        return self._by_id.get(ident)

    @property
    def _keys(self) -> dict[str, list[int]]:
        if self._key_map is None:
            m: dict[str, list[int]] = {}
            for line in self._key_text.split("\n") if self._key_text else ():
                k, _, idx = line.partition("\t")
                m[k] = [int(x) for x in idx.split(",")]
            self._key_map = m
        return self._key_map

    def _entity(self, i: int) -> Entity:
        e = self._cache[i]
        if e is None:
            e = _row_entity(self._rows[i])
            self._cache[i] = e
        return self._user.get(e.id, e)

    def get(self, ident: str) -> Entity | None:
        """The entity with this id, or None."""
        if ident in self._user:
            return self._user[ident]
        i = self._index_of(ident)
        return None if i is None else self._entity(i)

    def entities(self) -> Iterable[Entity]:
        seen: set[str] = set()
        for i in range(len(self._rows)):
            e = self._entity(i)
            seen.add(e.id)
            yield e
        for ident, e in self._user.items():
            if ident not in seen:
                yield e

    def _collect(self, idxs: Iterable[int], uids: Iterable[str]) -> list[Entity]:
        out: dict[str, Entity] = {}
        for ident in uids:
            out.setdefault(ident, self._user[ident])
        for i in idxs:
            e = self._entity(i)
            out.setdefault(e.id, e)
        return list(out.values())

    def lookup(self, surface: str) -> list[Entity]:
        """Entities that have ``surface`` as a name or alias (after normalisation)."""
        key = norm_alias(surface)
        if not key:
            return []
        found = self._collect(self._alias.get(key, ()), self._user_alias.get(key, ()))
        # an entity whose user version dropped this alias no longer matches
        return [e for e in found if e.source != "user" or key in {norm_alias(a) for a in (e.name, *e.aliases)}]

    def alias_keys(self) -> Iterable[str]:
        """Every normalised alias key (shipped and user-added), for building matchers."""
        yield from self._alias
        yield from self._user_alias

    def is_ambiguous(self, surface: str) -> bool:
        """True for aliases that are also common words (आप, गया): link them only with context."""
        return norm_alias(surface) in self._weak

    def is_plain_word(self, word: str) -> bool:
        """True for a word that is almost never part of a name (कर्मी, खांसी, अज्ञात)."""
        return norm_alias(word) in self._plain

    def search(self, query: str, limit: int = 10) -> list[Entity]:
        """Fuzzy search across scripts: exact alias, then equal name key, then key one edit away."""
        return [e for e, _ in self.search_scored(query, limit)]

    def search_scored(self, query: str, limit: int = 10) -> list[tuple[Entity, float]]:
        scored: dict[str, tuple[Entity, float]] = {}

        def put(ents: Iterable[Entity], score: float) -> None:
            for e in ents:
                if e.id not in scored or scored[e.id][1] < score:
                    scored[e.id] = (e, score)

        put(self.lookup(query), 1.0)
        key = name_key(query)
        if key and (not scored or len(key) >= 5):  # a short sound key after an exact hit is noise
            put(self._collect(self._keys.get(key, ()), self._user_keys.get(key, ())), 0.8)
            if len(key) >= 5 and not scored:
                for k in self._near_keys(key):
                    put(self._collect(self._keys.get(k, ()), self._user_keys.get(k, ())), 0.5)

        def rank(item: tuple[Entity, float]) -> tuple[float, int, int, str]:
            e, s = item
            return (-s, 0 if e.source in ("curated", "user") else 1, -len(e.aliases), e.id)

        return sorted(scored.values(), key=rank)[:limit]

    def by_name_key(self, surface: str) -> list[Entity]:
        """Entities whose name key (cross-script, phonetic) equals that of ``surface``."""
        key = name_key(surface)
        if not key:
            return []
        return self._collect(self._keys.get(key, ()), self._user_keys.get(key, ()))

    def _near_keys(self, key: str) -> list[str]:
        if self._key_buckets is None:
            buckets: dict[str, list[str]] = {}
            for k in self._keys:
                buckets.setdefault(k[:1], []).append(k)
            self._key_buckets = buckets
        cands = list(self._key_buckets.get(key[:1], ()))
        cands.extend(k for k in self._user_keys if k[:1] == key[:1])
        return [k for k in cands if k != key and _edit1(k, key)]

    def role_code(self, entity: Entity, when: dt.date | dt.datetime | str | None = None) -> str | None:
        return role_code(entity, when)

    # -- user additions ------------------------------------------------------------------------
    def _add_memory(self, e: Entity) -> None:
        self._user[e.id] = e
        for a in (e.name, *e.aliases):
            k = norm_alias(a)
            if k and e.id not in self._user_alias.setdefault(k, []):
                self._user_alias[k].append(e.id)
            nk = name_key(a)
            if nk and e.id not in self._user_keys.setdefault(nk, []):
                self._user_keys[nk].append(e.id)

    def _persist(self, ents: list[Entity]) -> None:
        self.home.mkdir(parents=True, exist_ok=True)
        with (self.home / _USER_FILE).open("a", encoding="utf-8") as fh:
            for e in ents:
                fh.write(json.dumps(entity_to_json(e), ensure_ascii=False) + "\n")

    def add(self, entity: Entity) -> Entity:
        """Add (or override by id) an entity; it is saved in the user file under KHABAR_HOME."""
        e = entity if entity.source == "user" else _with_source(entity, "user")
        self._persist([e])
        self._add_memory(e)
        return e

    def import_file(self, path: str | Path) -> int:
        """Import entities from CSV/TSV (header: id,name,type,country,wikidata,aliases,roles) or
        JSON Lines. Every row is checked first: a bad row raises KBImportError and nothing is kept."""
        ents = read_entities(path)
        self._persist(ents)
        for e in ents:
            self._add_memory(e)
        return len(ents)

    def export(self, fh: TextIO, include_shipped: bool = False) -> int:
        """Write entities as JSON Lines (user additions only unless include_shipped)."""
        n = 0
        source: Iterable[Entity] = self.entities() if include_shipped else self._user.values()
        for e in source:
            fh.write(json.dumps(entity_to_json(e), ensure_ascii=False) + "\n")
            n += 1
        return n


def _with_source(e: Entity, source: str) -> Entity:
    return Entity(e.id, e.name, e.type, e.country, e.wikidata, e.aliases, e.roles, source)


@lru_cache(maxsize=1)
def load_kb() -> KnowledgeBase:
    """The shipped knowledge base with the user's additions merged over it (cached)."""
    return KnowledgeBase.open()
