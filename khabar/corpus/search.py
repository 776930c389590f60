"""Search the store: ranked full text over Hindi and English, with filters.

The title and body are indexed in their folded form (khabar.corpus.fold) and the query is folded
the same way, so nukta, chandrabindu/anusvara and joiner variants find each other. SQLite ranks
with FTS5's BM25 (title weighted 5 to 1); PostgreSQL with ``ts_rank`` over a weighted tsvector.
Every word of the query must occur; without filters, SQLite ranks the :data:`RANKED_MATCHES`
most recently stored matches (so that a query of very common words stays fast). Filters:
publication dates, outlet (``source``), language, an entity (knowledge-base id, English name or
surface form), an event type, and an actor pair (an event whose source and target are the two
actors, in either order).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from khabar.corpus.fold import fold, words
from khabar.store.store import Store

RANKED_MATCHES = 5000


@dataclass(frozen=True, slots=True)
class Filters:
    since: str | None = None
    until: str | None = None
    source: str | None = None
    lang: str | None = None
    entity: str | None = None
    event_type: str | None = None
    actor_pair: tuple[str, str] | None = None
    story: str | None = None
    changed_after: str | None = None  # stored or updated after this time (ISO 8601, UTC)


@dataclass(frozen=True, slots=True)
class Hit:
    id: str
    title: str | None
    published: str | None
    lang: str | None
    source: str | None
    url: str | None
    story: str | None
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "published": self.published, "lang": self.lang,
                "source": self.source, "url": self.url, "story": self.story, "score": round(self.score, 4)}


def actor_keys(value: str) -> list[str]:
    """The keys (khabar.store.store.actor_key) under which an actor given by a user may be stored."""
    return [value, "~" + fold(value)]


def _filters(f: Filters) -> tuple[list[str], list[Any]]:
    where: list[str] = []
    params: list[Any] = []
    if f.since:
        where.append("a.published >= ?")
        params.append(f.since)
    if f.until:
        where.append("a.published <= ?")
        params.append(f.until)
    if f.changed_after:
        where.append("a.updated_at > ?")
        params.append(f.changed_after)
    for column, value in (("a.source", f.source), ("a.lang", f.lang), ("a.story", f.story)):
        if value:
            where.append(f"{column} = ?")
            params.append(value)
    if f.entity:
        where.append("EXISTS (SELECT 1 FROM entities e WHERE e.aid = a.aid AND "
                     "(e.kb_id = ? OR e.wikidata = ? OR e.key = ? OR LOWER(e.name) = ?))")
        params += [f.entity, f.entity, "~" + fold(f.entity), f.entity.lower()]
    if f.event_type:
        where.append("EXISTS (SELECT 1 FROM events v WHERE v.aid = a.aid AND v.type = ?)")
        params.append(f.event_type.upper())
    if f.actor_pair:
        one, two = actor_keys(f.actor_pair[0]), actor_keys(f.actor_pair[1])
        where.append("EXISTS (SELECT 1 FROM events v WHERE v.aid = a.aid AND ("
                     "(v.source_key IN (?, ?) AND v.target_key IN (?, ?)) OR "
                     "(v.source_key IN (?, ?) AND v.target_key IN (?, ?))))")
        params += [*one, *two, *two, *one]
    return where, params


def _match(terms: list[str]) -> str:
    return " ".join('"' + t.replace('"', '""') + '"' for t in terms)


def search(store: Store, query: str = "", filters: Filters | None = None, *, limit: int = 20,
           offset: int = 0) -> list[Hit]:
    """Articles matching ``query`` (every word) and ``filters``, best first; without a query,
    the newest first."""
    where, params = _filters(filters or Filters())
    terms = words(query)
    cols = "a.id, a.title, a.published, a.lang, a.source, a.url, a.story"
    if not terms:
        clause = f"WHERE {' AND '.join(where)}" if where else ""
        rows = store.execute(f"SELECT {cols}, 0.0 FROM articles a {clause} "  # noqa: S608
                             "ORDER BY a.published DESC, a.aid DESC LIMIT ? OFFSET ?", (*params, limit, offset))
    elif store.dialect == "sqlite" and not where:
        # Rank the most recently stored RANKED_MATCHES matches: FTS5 walks its lists newest
        # first and stops there, which bounds the cost of a query of very common words.
        rows = store.execute(
            f"SELECT {cols}, m.score FROM (SELECT rowid AS aid, -bm25(article_search, 5.0, 1.0) AS score "  # noqa: S608
            "FROM article_search WHERE article_search MATCH ? ORDER BY rowid DESC LIMIT ?) m "
            "JOIN articles a ON a.aid = m.aid ORDER BY m.score DESC, a.aid DESC LIMIT ? OFFSET ?",
            (_match(terms), RANKED_MATCHES, limit, offset))
    elif store.dialect == "sqlite":
        extra = "".join(f" AND {w}" for w in where)
        rows = store.execute(
            f"SELECT {cols}, -bm25(article_search, 5.0, 1.0) AS score FROM article_search "  # noqa: S608
            f"JOIN articles a ON a.aid = article_search.rowid WHERE article_search MATCH ?{extra} "
            "ORDER BY bm25(article_search, 5.0, 1.0) LIMIT ? OFFSET ?", (_match(terms), *params, limit, offset))
    else:
        extra = "".join(f" AND {w}" for w in where)
        rows = store.execute(
            f"SELECT {cols}, ts_rank(s.tsv, q) AS score FROM article_search s "  # noqa: S608
            f"JOIN articles a ON a.aid = s.aid, plainto_tsquery('simple', ?) q WHERE s.tsv @@ q{extra} "
            "ORDER BY score DESC, a.aid LIMIT ? OFFSET ?", (" ".join(terms), *params, limit, offset))
    return [Hit(str(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], float(r[7] or 0.0)) for r in rows]
