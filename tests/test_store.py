"""The store on SQLite and PostgreSQL: migrations, articles with history, round trips.

The PostgreSQL cases run when KHABAR_TEST_PG names a server (scripts/start_postgres.sh prints
one); each test gets its own schema, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import quote

import pytest

from khabar.model import Actor, Article, ArticleError, Entity, Event, Quote, Span, Trigger
from khabar.store import Store, open_store
from khabar.store.schema import MIGRATIONS, current_version, migrate

PG_ENV = "KHABAR_TEST_PG"


def _pg_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"{PG_ENV} is not set in CI (.ci/run starts PostgreSQL with scripts/start_postgres.sh)")
        pytest.skip(f"{PG_ENV} is not set (export {PG_ENV}=$(scripts/start_postgres.sh))")
    return url


def make_db(kind: str, tmp_path: Path) -> Iterator[str]:
    """A fresh store location of the given kind; yields its --db value."""
    if kind == "sqlite":
        yield str(tmp_path / "store.db")
        return
    import psycopg

    url = _pg_url()
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in url else "?"
    try:
        yield f"{url}{sep}options={quote(f'-csearch_path={schema}')}"
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def db(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    yield from make_db(request.param, tmp_path)


@pytest.fixture
def store(db: str) -> Iterator[Store]:
    s = open_store(db)
    yield s
    s.close()


def article(id_: str = "a1", text: str = "पहला वाक्य यहाँ है। दूसरा वाक्य भी।", **kw: object) -> Article:
    """A small hand-made article with one of every span kind."""
    actor = Actor(text="मंत्री", id="Q1", name="The Minister", code="IND")
    defaults: dict[str, object] = dict(  # noqa: C408 (keyword style reads like the dataclass)
        lang="hi", published="2024-03-05", title="शीर्षक", url=f"https://example.org/{id_}", source="example",
        paragraphs=(Span(0, len(text)),), sentences=(Span(0, 18), Span(19, len(text))),
        entities=(Entity(0, 5, text[0:5], "PER", id="Q1", name="The Minister", wikidata="Q1"),),
        quotes=(Quote(6, 11, text[6:11], direct=False, cue="कहा", speaker=actor),),
        events=(Event(type="CONSULT", mode="visit", trigger=Trigger(0, 5, text[0:5]), sentence=0, source=actor,
                      target=Actor(text="रूस", id="Q159", name="Russia")),),
    )
    defaults.update(kw)
    return Article(id=id_, text=text, **defaults)  # type: ignore[arg-type]


def test_migrations_are_recorded_and_idempotent(store: Store) -> None:
    assert current_version(store.db) == MIGRATIONS[-1].version
    assert migrate(store.db, now="x") == []
    assert store.execute("SELECT version FROM schema_migrations ORDER BY version") == [
        (m.version,) for m in MIGRATIONS]


def test_a_store_of_an_older_schema_is_migrated_on_open(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.db"
    with open_store(str(path)) as store:  # build the current schema, then undo the last migration
        pass
    db = sqlite3.connect(path)
    db.execute("DROP INDEX articles_story_published")
    db.execute("DELETE FROM schema_migrations WHERE version = 2")
    db.commit()
    db.close()
    with open_store(str(path)) as store:
        assert current_version(store.db) == MIGRATIONS[-1].version
        names = {str(r[0]) for r in store.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
        assert "articles_story_published" in names


def test_put_article_round_trips_losslessly(store: Store) -> None:
    a = article()
    with store.transaction():
        put = store.put_article(a, raw_hash="r1")
    assert put.outcome == "added"
    got = store.article_dict("a1")
    assert got is not None
    assert got.pop("story") is None and got.pop("duplicate_of") is None
    assert got == a.to_dict()
    counts = store.counts()
    assert (counts["articles"], counts["entities"], counts["quotes"], counts["events"]) == (1, 1, 1, 1)


def test_same_article_changes_nothing_update_keeps_history(store: Store) -> None:
    with store.transaction():
        store.put_article(article(), raw_hash="r1")
    with store.transaction():
        assert store.put_article(article(), raw_hash="r1").outcome == "unchanged"
    assert store.counts()["articles"] == 1 and store.counts()["article_history"] == 0
    newer = article(text="पहला वाक्य बदला है। दूसरा वाक्य भी।")
    with store.transaction():
        assert store.put_article(newer, raw_hash="r2").outcome == "updated"
    assert store.counts()["articles"] == 1 and store.counts()["article_history"] == 1
    assert store.counts()["entities"] == 1  # the old version's spans were replaced, not added to
    got = store.article_dict("a1")
    assert got is not None and got["text"] == newer.text
    (old_doc,) = store.execute("SELECT doc FROM article_history")[0]
    assert "पहला वाक्य यहाँ है" in old_doc


def test_update_by_url_under_a_new_id(store: Store) -> None:
    with store.transaction():
        store.put_article(article("v1", url="https://example.org/story"), raw_hash="r1")
        put = store.put_article(article("v2", text="नया पाठ है। और भी।", url="https://example.org/story"),
                                raw_hash="r2")
    assert put.outcome == "updated" and put.previous_id == "v1"
    assert [r[0] for r in store.execute("SELECT id FROM articles")] == ["v2"]
    assert [r[0] for r in store.execute("SELECT id FROM article_history")] == ["v1"]


def test_failed_transaction_leaves_nothing(store: Store) -> None:
    def fail() -> None:
        with store.transaction():
            store.put_article(article(), raw_hash="r1")
            raise RuntimeError("stop")

    with pytest.raises(RuntimeError):
        fail()
    assert store.counts()["articles"] == 0 and store.counts()["entities"] == 0


def test_errors_are_recorded_once(store: Store) -> None:
    err = ArticleError(id="bad", error="empty article", code="E001")
    for _ in range(2):
        with store.transaction():
            store.record_error(err, raw_hash="h", origin="x.jsonl")
    assert store.execute("SELECT record_id, code, origin FROM ingest_errors") == [("bad", "E001", "x.jsonl")]
    assert store.raw_hash_of("bad") == "h"


def test_sqlite_store_is_in_wal_mode(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "w.db")) as s:
        assert s.execute("PRAGMA journal_mode")[0][0] == "wal"
