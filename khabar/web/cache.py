"""Rendered pages kept while the store does not change.

A page over stored articles (story, entity, pair, article) depends only on what ingest writes;
every such write moves ``articles.updated_at`` or adds a row, so the newest ``updated_at`` and
the largest ``aid`` (both read through an index) name the store's state. A cached page is served
only while that state is the one it was rendered in. Used from the event loop's thread only.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable

from khabar.store.store import Store


def state(store: Store) -> tuple[object, ...]:
    return tuple(store.execute("SELECT (SELECT MAX(updated_at) FROM articles), (SELECT MAX(aid) FROM articles)")[0])


class PageCache:
    def __init__(self, size: int = 2048) -> None:
        self.size = size
        self._pages: OrderedDict[str, tuple[tuple[object, ...], bytes, int]] = OrderedDict()

    def get(self, key: str, store: Store, render: Callable[[], tuple[bytes, int]]) -> tuple[bytes, int]:
        if self.size <= 0:
            return render()
        now = state(store)
        hit = self._pages.get(key)
        if hit is not None and hit[0] == now:
            self._pages.move_to_end(key)
            return hit[1], hit[2]
        body, status = render()
        self._pages[key] = (now, body, status)
        self._pages.move_to_end(key)
        while len(self._pages) > self.size:
            self._pages.popitem(last=False)
        return body, status
