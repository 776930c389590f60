"""Ingest: records in, stored articles out, safely.

Records are analysed (khabar.pipeline.analyze_record) and written in batches, one transaction a
batch, so a process killed at any point leaves the store as it was after the last whole batch;
the next run skips what is stored (by the fingerprint of each record as given) and carries on.
A record that cannot be analysed is recorded in ``ingest_errors`` and skipped. Each new or updated
article is indexed for near-duplicates (khabar.corpus.dedup) and put in a story
(khabar.corpus.stories) in the same transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

from khabar.corpus import dedup, stories
from khabar.corpus.sources import Item, raw_hash
from khabar.io.records import Record
from khabar.model import Article, ArticleError
from khabar.pipeline import analyze_record
from khabar.reader import MAX_CHARS
from khabar.store.store import Store

Analyzer = Callable[[Record], Article | ArticleError]


@dataclass(slots=True)
class IngestStats:
    seen: int = 0
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: int = 0  # stored already, not analysed again
    failed: int = 0
    errors: list[ArticleError] = field(default_factory=list)

    def as_dict(self) -> dict[str, int]:
        return {"seen": self.seen, "added": self.added, "updated": self.updated, "unchanged": self.unchanged,
                "skipped": self.skipped, "failed": self.failed}


@dataclass(frozen=True, slots=True)
class Defaults:
    published: str | None = None
    lang: str | None = None
    source: str | None = None


def _batches(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def ingest(
    store: Store,
    items: Iterable[Item],
    *,
    batch_size: int = 50,
    defaults: Defaults | None = None,
    analyzer: Analyzer | None = None,
    max_chars: int = MAX_CHARS,
    progress: Callable[[int], None] | None = None,
    with_stories: bool = True,
) -> IngestStats:
    """Store every record of ``items``; see the module docstring."""
    stats = IngestStats()

    def analyse(record: Record) -> Article | ArticleError:
        return analyzer(record) if analyzer else analyze_record(record, max_chars=max_chars)

    d = defaults or Defaults()
    for batch in _batches(items, batch_size):
        prepared: list[tuple[Item, str, Article | ArticleError]] = []
        for item in batch:
            stats.seen += 1
            rec = item.record
            if isinstance(rec, ArticleError):
                prepared.append((item, f"error:{rec.id}:{rec.code}", rec))
                continue
            rec = replace(rec, published=rec.published or d.published, lang=rec.lang or d.lang,
                          source=rec.source or d.source)
            fingerprint = raw_hash(rec)
            if store.raw_hash_of(rec.id) == fingerprint:
                stats.skipped += 1
                continue
            prepared.append((item, fingerprint, analyse(rec)))
        with store.transaction():
            for item, fingerprint, result in prepared:
                if isinstance(result, ArticleError):
                    store.record_error(result, raw_hash=fingerprint, origin=item.origin)
                    stats.failed += 1
                    stats.errors.append(result)
                    continue
                put = store.put_article(result, raw_hash=fingerprint)
                if put.outcome == "unchanged":
                    stats.unchanged += 1
                    continue
                stats.added += put.outcome == "added"
                stats.updated += put.outcome == "updated"
                dup = dedup.index_article(store, put.aid, f"{result.title or ''}\n{result.text}", result.lang)
                if with_stories:
                    stories.assign(store, put.aid, result, duplicate_of=dup)
        if progress:
            progress(len(batch))
    return stats
