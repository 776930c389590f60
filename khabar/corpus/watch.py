"""Following: watch lists of entities, queries, actor pairs and speakers, and what is new.

``add`` stores a watch; ``check`` reports, for every watch, what arrived since its last check
(articles, the stories they belong to, events and quotes) and moves its mark to now. An entity
watch matches articles naming it and quotes it speaks; a pair watch matches events between the
two actors (either way round); a query watch is a full-text search; a speaker watch, quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

from khabar.corpus.search import Filters, Hit, actor_keys, search
from khabar.store.store import Store, now_iso

Kind = Literal["entity", "query", "pair", "speaker"]
KINDS: tuple[Kind, ...] = ("entity", "query", "pair", "speaker")
EPOCH = "0000"


@dataclass(frozen=True, slots=True)
class Watch:
    id: int
    kind: str
    value: str
    last_check: str | None

    def pair(self) -> tuple[str, str]:
        sep = "|" if "|" in self.value else ","
        one, _, two = self.value.partition(sep)
        return one.strip(), two.strip()


@dataclass(slots=True)
class News:
    watch: Watch
    articles: list[dict[str, Any]] = field(default_factory=list)
    stories: list[dict[str, Any]] = field(default_factory=list)
    events: list[dict[str, Any]] = field(default_factory=list)
    quotes: list[dict[str, Any]] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"watch": {"id": self.watch.id, "kind": self.watch.kind, "value": self.watch.value,
                          "since": self.watch.last_check},
                "articles": self.articles, "stories": self.stories, "events": self.events, "quotes": self.quotes}


def add(store: Store, kind: Kind, value: str) -> Watch:
    if kind not in KINDS:
        raise ValueError(f"unknown watch kind {kind!r}: one of {', '.join(KINDS)}")
    if kind == "pair" and not any(sep in value for sep in "|,"):
        raise ValueError('a pair watch names two actors: "Russia,North Korea"')
    with store.transaction():
        store.execute("INSERT INTO watches (kind, value, created_at, last_check) VALUES (?, ?, ?, ?) "
                      "ON CONFLICT (kind, value) DO NOTHING", (kind, value, now_iso(), now_iso()))
    return next(w for w in list_watches(store) if w.kind == kind and w.value == value)


def remove(store: Store, watch_id: int) -> bool:
    with store.transaction():
        found = store.execute("SELECT id FROM watches WHERE id = ?", (watch_id,))
        store.execute("DELETE FROM watches WHERE id = ?", (watch_id,))
    return bool(found)


def list_watches(store: Store) -> list[Watch]:
    return [Watch(int(r[0]), str(r[1]), str(r[2]), r[3])
            for r in store.execute("SELECT id, kind, value, last_check FROM watches ORDER BY id")]


def _events(store: Store, since: str, keys: list[str],
            pair: tuple[list[str], list[str]] | None) -> list[dict[str, Any]]:
    import json

    if pair:
        one, two = pair
        rows = store.execute(
            "SELECT a.id, v.doc FROM events v JOIN articles a ON a.aid = v.aid WHERE a.updated_at > ? AND ("
            "(v.source_key IN (?, ?) AND v.target_key IN (?, ?)) OR "
            "(v.source_key IN (?, ?) AND v.target_key IN (?, ?))) ORDER BY a.published, a.aid, v.idx",
            (since, *one, *two, *two, *one))
    else:
        rows = store.execute(
            "SELECT a.id, v.doc FROM events v JOIN articles a ON a.aid = v.aid WHERE a.updated_at > ? AND "
            "(v.source_key IN (?, ?) OR v.target_key IN (?, ?)) ORDER BY a.published, a.aid, v.idx",
            (since, *keys, *keys))
    return [{"article": r[0], **json.loads(r[1])} for r in rows]


def _quotes(store: Store, since: str, keys: list[str]) -> list[dict[str, Any]]:
    rows = store.execute(
        "SELECT a.id, q.text, q.speaker_text, q.speaker_name, q.start_pos, q.end_pos FROM quotes q "
        "JOIN articles a ON a.aid = q.aid WHERE a.updated_at > ? AND (q.speaker_key IN (?, ?) OR q.speaker_id = ? "
        "OR LOWER(q.speaker_name) = ?) ORDER BY a.published, a.aid, q.idx",
        (since, *keys, keys[0], keys[0].lower()))
    return [{"article": r[0], "text": r[1], "speaker": r[2], "speaker_name": r[3], "start": r[4], "end": r[5]}
            for r in rows]


def _hits(store: Store, ids: list[str]) -> list[Hit]:
    out: list[Hit] = []
    for i in ids:
        out += [Hit(str(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], 0.0) for r in store.execute(
            "SELECT id, title, published, lang, source, url, story FROM articles WHERE id = ?", (i,))]
    return out


def check(store: Store, *, peek: bool = False, limit: int = 200) -> list[News]:
    """What is new for every watch since its last check; moves the marks unless ``peek``."""
    now = now_iso()
    out: list[News] = []
    for w in list_watches(store):
        since = w.last_check or EPOCH
        news = News(w)
        if w.kind == "query":
            hits = search(store, w.value, Filters(changed_after=since), limit=limit)
        elif w.kind == "entity":
            hits = search(store, "", Filters(entity=w.value, changed_after=since), limit=limit)
            news.events = _events(store, since, actor_keys(w.value), None)
            news.quotes = _quotes(store, since, actor_keys(w.value))
        elif w.kind == "pair":
            one, two = w.pair()
            hits = search(store, "", Filters(actor_pair=(one, two), changed_after=since), limit=limit)
            news.events = _events(store, since, [], (actor_keys(one), actor_keys(two)))
        else:
            news.quotes = _quotes(store, since, actor_keys(w.value))
            hits = _hits(store, sorted({str(q["article"]) for q in news.quotes}))
        news.articles = [h.to_dict() for h in hits]
        story_ids = sorted({h.story for h in hits if h.story})
        for sid in story_ids:
            rows = store.execute("SELECT id, title, first_published, last_published, n_articles FROM stories "
                                 "WHERE id = ?", (sid,))
            news.stories += [{"id": r[0], "title": r[1], "first": r[2], "last": r[3], "n_articles": r[4]} for r in rows]
        out.append(news)
    if not peek:
        with store.transaction():
            store.execute("UPDATE watches SET last_check = ?", (now,))
    return out
