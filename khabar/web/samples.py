"""Stores for the demo, the tests and the benchmark: the project's sample articles and newsonair
(read in place from the shared folder, when it is there)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from khabar.corpus.ingest import IngestStats, ingest
from khabar.corpus.sources import Item, read_sources
from khabar.evaluation.corpora import shared_dir
from khabar.store.store import open_store

SAMPLES = Path(__file__).resolve().parents[2] / "samples"


def newsonair_items(limit: int | None = None, *, langs: tuple[str, ...] = ("hi", "en")) -> list[Item]:
    """newsonair's articles (oldest first), or none when the shared folder is missing."""
    from khabar.corpus.evaluate import newsonair_items as all_items

    if not (shared_dir() / "data" / "newsonair").is_dir():
        return []
    items = [i for i in all_items() if getattr(i.record, "lang", None) in langs]
    return items[:limit] if limit is not None else items


def sample_items() -> list[Item]:
    return list(read_sources([str(SAMPLES)])) if SAMPLES.is_dir() else []


def build(db: str, items: Iterable[Item], *, batch_size: int = 50) -> IngestStats:
    with open_store(db) as store:
        return ingest(store, items, batch_size=batch_size)
