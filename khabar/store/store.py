"""The corpus store: articles with their analysis, kept whole and indexed.

One :class:`Store` wraps a backend (SQLite file or PostgreSQL) whose schema :mod:`schema`
migrates. :meth:`Store.put_article` is the one writer of articles: an article seen before with
the same text changes nothing; an updated version (same id, or same url under a new id, with
other text) replaces it and the old version goes to ``article_history``.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal

from khabar.corpus.fold import fold, words
from khabar.model import Actor, Article, ArticleError
from khabar.store.backend import Backend, Row, connect
from khabar.store.schema import migrate

DEFAULT_DB = "khabar.db"
Outcome = Literal["added", "updated", "unchanged"]


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds")


def text_hash(article: Article) -> str:
    return hashlib.sha256(f"{article.title or ''}\n{article.text}".encode()).hexdigest()


def actor_key(actor: Actor | None) -> str | None:
    """What identifies an actor across articles: its knowledge-base id, else its folded surface."""
    if actor is None:
        return None
    return actor.id or f"~{fold(actor.name or actor.text)}"


@dataclass(frozen=True, slots=True)
class PutResult:
    aid: int
    outcome: Outcome
    previous_id: str | None = None


class Store:
    """A corpus store; open one with :func:`open_store`."""

    def __init__(self, db: Backend) -> None:
        self.db = db
        migrate(db, now=now_iso())

    @property
    def dialect(self) -> str:
        return self.db.dialect

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        with self.db.transaction():
            yield

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[Row]:
        return self.db.execute(sql, params)

    # -- reading -------------------------------------------------------------------------------
    def raw_hash_of(self, record_id: str) -> str | None:
        rows = self.db.execute("SELECT raw_hash FROM articles WHERE id = ?", (record_id,))
        if rows:
            return str(rows[0][0])
        rows = self.db.execute("SELECT raw_hash FROM ingest_errors WHERE record_id = ? ORDER BY id DESC LIMIT 1",
                               (record_id,))
        return str(rows[0][0]) if rows else None

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for table in ("articles", "article_history", "entities", "quotes", "events", "stories",
                      "watches", "ingest_errors"):
            out[table] = int(self.db.execute(f"SELECT COUNT(*) FROM {table}")[0][0])  # noqa: S608 (fixed names)
        return out

    def article_dict(self, article_id: str) -> dict[str, Any] | None:
        rows = self.db.execute("SELECT doc, story, duplicate_of FROM articles WHERE id = ?", (article_id,))
        if not rows:
            return None
        return _export_dict(rows[0])

    def iter_articles(self, *, batch: int = 500) -> Iterator[dict[str, Any]]:
        """Every stored article as the contract's object plus ``story`` and ``duplicate_of``."""
        last = 0
        while True:
            rows = self.db.execute("SELECT aid, doc, story, duplicate_of FROM articles WHERE aid > ? "
                                   "ORDER BY aid LIMIT ?", (last, batch))
            if not rows:
                return
            for row in rows:
                yield _export_dict(row[1:])
            last = int(rows[-1][0])

    # -- writing -------------------------------------------------------------------------------
    def record_error(self, error: ArticleError, *, raw_hash: str, origin: str | None) -> None:
        self.db.execute(
            "INSERT INTO ingest_errors (record_id, origin, raw_hash, error, code, at) VALUES (?, ?, ?, ?, ?, ?) "
            "ON CONFLICT (record_id, raw_hash) DO NOTHING",
            (error.id, origin, raw_hash, error.error, error.code, now_iso()),
        )

    def put_article(self, article: Article, *, raw_hash: str) -> PutResult:
        """Add or update one article (call inside :meth:`transaction`)."""
        th = text_hash(article)
        doc = json.dumps(article.to_dict(), ensure_ascii=False)
        now = now_iso()
        rows = self.db.execute("SELECT aid, id, text_hash, version, url, doc FROM articles WHERE id = ?",
                               (article.id,))
        if not rows and article.url:
            rows = self.db.execute("SELECT aid, id, text_hash, version, url, doc FROM articles WHERE url = ? "
                                   "ORDER BY aid LIMIT 1", (article.url,))
        if rows:
            aid, old_id, old_hash, version, old_url, old_doc = rows[0]
            if old_hash == th:
                if old_id == article.id:  # the same text again: remember the raw form, nothing else
                    self.db.execute("UPDATE articles SET raw_hash = ? WHERE aid = ?", (raw_hash, aid))
                return PutResult(int(aid), "unchanged", old_id)
            self.db.execute(
                "INSERT INTO article_history (aid, version, id, url, text_hash, doc, replaced_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)", (aid, version, old_id, old_url, old_hash, old_doc, now))
            self.db.execute(
                "UPDATE articles SET id = ?, url = ?, source = ?, lang = ?, published = ?, title = ?, raw_hash = ?, "
                "text_hash = ?, version = ?, doc = ?, updated_at = ? WHERE aid = ?",
                (article.id, article.url, article.source, article.lang, article.published, article.title,
                 raw_hash, th, int(version) + 1, doc, now, aid))
            self._delete_children(int(aid))
            self._insert_children(int(aid), article)
            return PutResult(int(aid), "updated", str(old_id))
        rows = self.db.execute(
            "INSERT INTO articles (id, url, source, lang, published, title, raw_hash, text_hash, version, doc, "
            "ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?) RETURNING aid",
            (article.id, article.url, article.source, article.lang, article.published, article.title,
             raw_hash, th, doc, now, now))
        aid = int(rows[0][0])
        self._insert_children(aid, article)
        return PutResult(aid, "added")

    def _delete_children(self, aid: int) -> None:
        for table in ("entities", "quotes", "events", "article_search", "lsh_bands"):
            self.db.execute(f"DELETE FROM {table} WHERE " + ("rowid" if table == "article_search"  # noqa: S608
                            and self.dialect == "sqlite" else "aid") + " = ?", (aid,))

    def _insert_children(self, aid: int, a: Article) -> None:
        self.db.executemany(
            "INSERT INTO entities (aid, idx, start_pos, end_pos, text, label, kb_id, name, wikidata, key) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, i, e.start, e.end, e.text, e.label, e.id, e.name, e.wikidata,
              actor_key(Actor(text=e.text, id=e.id, name=e.name)))
             for i, e in enumerate(a.entities)])
        self.db.executemany(
            "INSERT INTO quotes (aid, idx, start_pos, end_pos, text, direct, cue, speaker_text, speaker_id, "
            "speaker_name, speaker_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, i, q.start, q.end, q.text, int(q.direct), q.cue,
              q.speaker.text if q.speaker else None, q.speaker.id if q.speaker else None,
              q.speaker.name if q.speaker else None, actor_key(q.speaker))
             for i, q in enumerate(a.quotes)])
        self.db.executemany(
            "INSERT INTO events (aid, idx, type, mode, source_text, source_key, target_text, target_key, date, "
            "negated, modality, doc) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(aid, i, e.type, e.mode, e.source.text if e.source else None, actor_key(e.source),
              e.target.text if e.target else None, actor_key(e.target), e.date, int(e.negated), e.modality,
              json.dumps(e.to_dict(), ensure_ascii=False))
             for i, e in enumerate(a.events)])
        title, body = " ".join(words(a.title or "")), " ".join(words(a.text))
        if self.dialect == "sqlite":
            self.db.execute("INSERT INTO article_search (rowid, title, body) VALUES (?, ?, ?)", (aid, title, body))
        else:
            self.db.execute(
                "INSERT INTO article_search (aid, tsv) VALUES (?, setweight(to_tsvector('simple', ?), 'A') || "
                "setweight(to_tsvector('simple', ?), 'D'))", (aid, title, body))


def _export_dict(row: Row) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(row[0])
    doc["story"] = row[1]
    doc["duplicate_of"] = row[2]
    return doc


def open_store(db: str | None = None) -> Store:
    """The store at ``db``: an SQLite file path (default ``khabar.db``) or a ``postgresql://`` URL."""
    return Store(connect(db or DEFAULT_DB))
