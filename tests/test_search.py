"""Search: spelling variants are equal, filters narrow, results are ranked."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from test_store import article, db  # noqa: F401 (fixture)

from khabar.corpus.fold import fold, words
from khabar.corpus.search import Filters, search
from khabar.model import Actor, Event, Trigger
from khabar.store import Store, open_store

TEXTS = {
    # nukta and chandrabindu written in full; the queries below leave them out, and the reverse
    "n1": ("ज़िला अदालत ने फ़ैसला सुनाया", "ज़िला अदालत ने आज ज़मीन के मामले में फ़ैसला सुनाया। वकीलों ने हँसकर स्वागत किया।"),
    "n2": ("जिला प्रशासन की बैठक", "जिला प्रशासन ने बाढ़ पर बैठक की। अधिकारी हंसते हुए बाहर आए।"),
    "e1": ("Court rules on land case", "The district court ruled on the land case today, lawyers said."),
}


@pytest.fixture
def filled(db: str) -> Iterator[Store]:  # noqa: F811
    with open_store(db) as store, store.transaction():
        for i, (id_, (title, text)) in enumerate(TEXTS.items()):
            lang = "en" if id_.startswith("e") else "hi"
            events = (Event(type="ACCUSE", mode=None, trigger=Trigger(0, 3, text[0:3]), sentence=0,
                            source=Actor(text="रूस", id="Q159"), target=Actor(text="यूक्रेन", id="Q212")),) \
                if id_ == "n2" else ()
            store.put_article(article(id_, text=text, title=title, lang=lang, published=f"2024-01-0{i + 1}",
                                      source="air" if lang == "hi" else "wire", events=events, sentences=(),
                                      quotes=(), entities=()), raw_hash=id_)
        yield store


def test_fold_makes_variants_equal() -> None:
    assert fold("ज़िला") == fold("जिला") == fold("\u095b" + "िला")
    assert fold("हँसी") == fold("हंसी")
    assert fold("कि\u200dसान") == fold("किसान")
    assert words("२०२० में") == ["2020", "में"]


@pytest.mark.parametrize(("query", "expected"), [
    ("जिला", {"n1", "n2"}), ("ज़िला", {"n1", "n2"}), ("फैसला", {"n1"}), ("हंसकर", {"n1"}), ("हँसते", {"n2"}),
    ("court", {"e1"}), ("COURT land", {"e1"}), ("जमीन फ़ैसला", {"n1"}),
])
def test_variants_find_each_other(filled: Store, query: str, expected: set[str]) -> None:
    assert {h.id for h in search(filled, query)} == expected


def test_filters_and_ranking(filled: Store) -> None:
    assert [h.id for h in search(filled, "जिला", Filters(since="2024-01-02"))] == ["n2"]
    assert [h.id for h in search(filled, "जिला", Filters(until="2024-01-01"))] == ["n1"]
    assert [h.id for h in search(filled, "", Filters(source="wire"))] == ["e1"]
    assert [h.id for h in search(filled, "", Filters(lang="hi"))] == ["n2", "n1"]  # newest first
    assert [h.id for h in search(filled, "", Filters(event_type="accuse"))] == ["n2"]
    assert [h.id for h in search(filled, "", Filters(actor_pair=("Q212", "Q159")))] == ["n2"]
    assert [h.id for h in search(filled, "", Filters(entity="Q1"))] == []
    hits = search(filled, "जिला")
    assert hits[0].score >= hits[1].score
