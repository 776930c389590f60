"""Watch lists: what is new since the last check, per entity, query, pair and speaker."""

from __future__ import annotations

import pytest
from test_store import article, db  # noqa: F401 (fixture)

from khabar.corpus import watch
from khabar.store import open_store


def test_watch_check_reports_only_what_is_new(db: str) -> None:  # noqa: F811
    with open_store(db) as store:
        with store.transaction():
            store.put_article(article("old", text="पुरानी खबर यहाँ है। कुछ और।"), raw_hash="1")
        watch.add(store, "query", "खबर")
        watch.add(store, "entity", "Q1")
        watch.add(store, "pair", "Q1,Q159")
        watch.add(store, "speaker", "The Minister")
        assert [n.articles for n in watch.check(store)] == [[], [], [], []]
        with store.transaction():
            store.put_article(article("new", text="नई खबर आई है। और भी।"), raw_hash="2")
        news = {n.watch.kind: n for n in watch.check(store, peek=True)}
        assert [a["id"] for a in news["query"].articles] == ["new"]
        assert [a["id"] for a in news["entity"].articles] == ["new"]
        assert [q["article"] for q in news["entity"].quotes] == ["new"]
        assert [e["article"] for e in news["pair"].events] == ["new"]
        assert [q["article"] for q in news["speaker"].quotes] == ["new"]
        assert len(watch.check(store)[0].articles) == 1  # peek did not move the mark
        assert all(not n.articles for n in watch.check(store))  # this check did
        assert watch.remove(store, watch.list_watches(store)[0].id)
        assert len(watch.list_watches(store)) == 3


def test_a_pair_needs_two_actors(db: str) -> None:  # noqa: F811
    with open_store(db) as store, pytest.raises(ValueError, match="two actors"):
        watch.add(store, "pair", "Russia")
