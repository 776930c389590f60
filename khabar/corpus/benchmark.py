"""Corpus benchmark: ``python -m khabar.corpus.benchmark [--search-size N] [--db URL]``.

1. Ingest rate: the newsonair articles through the whole path (analysis, store, near-duplicates,
   stories) into a fresh store, one process on one core: articles per second.
2. Search latency: a store of ``--search-size`` articles (newsonair analysed once, replicated
   under new ids and dates), 200 queries of one or two title words, spelled with and without
   nukta: p50 and p95 in milliseconds.
3. Story clustering cost per article (duplicate check and story assignment) as the store grows:
   copies of newsonair shifted 12 days apart, timed per copy.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from khabar.corpus import dedup, stories
from khabar.corpus.evaluate import newsonair_items
from khabar.corpus.ingest import ingest
from khabar.corpus.search import search
from khabar.model import Article
from khabar.pipeline import analyze_record
from khabar.store.store import Store, open_store


def _articles() -> list[Article]:
    out = []
    for item in newsonair_items():
        a = analyze_record(item.record)  # type: ignore[arg-type]
        if isinstance(a, Article):
            out.append(a)
    return out


def _copy(a: Article, k: int) -> Article:
    day = (date.fromisoformat(a.published or "2020-01-01") + timedelta(days=12 * k)).isoformat()
    return replace(a, id=f"{a.id}-{k}", url=f"{a.url}&copy={k}", published=day)


def bench_ingest(db: str) -> float:
    with open_store(db) as store:
        items = newsonair_items()
        t = time.perf_counter()
        ingest(store, items, batch_size=50)
        return len(items) / (time.perf_counter() - t)


def fill(store: Store, base: list[Article], size: int, *, with_stories: bool) -> list[float]:
    """Add copies of ``base`` until the store holds ``size`` articles; per-copy cost of the
    story step per article (ms) when ``with_stories``. The copies are exact, so every copy would
    near-duplicate all earlier ones (a worst case no corpus has): the near-duplicate check runs
    but its answer is not used to join stories, and each copy is dated 12 days after the last."""
    costs: list[float] = []
    k = store.counts()["articles"] // len(base)
    while store.counts()["articles"] < size:
        spent = 0.0
        with store.transaction():
            for a in base:
                c = _copy(a, k)
                put = store.put_article(c, raw_hash=c.id)
                if with_stories:
                    t = time.perf_counter()
                    dup = dedup.index_article(store, put.aid, f"{c.title or ''}\n{c.text}", c.lang)
                    del dup
                    stories.assign(store, put.aid, c)
                    spent += time.perf_counter() - t
        costs.append(1000 * spent / len(base))
        k += 1
    return costs


def bench_search(store: Store, base: list[Article], n_queries: int = 200) -> tuple[float, float]:
    rng = random.Random(7)  # noqa: S311 (sampling queries, not secrets)
    queries = []
    for _ in range(n_queries):
        title = rng.choice(base).title or ""
        ws = [w for w in title.split() if len(w) > 3] or ["India"]
        q = " ".join(rng.sample(ws, min(len(ws), rng.choice((1, 2)))))
        queries.append(q.replace("\u093c", "") if rng.random() < 0.5 else q)
    times = []
    for q in queries:
        t = time.perf_counter()
        search(store, q, limit=20)
        times.append(1000 * (time.perf_counter() - t))
    times.sort()
    return statistics.median(times), times[int(0.95 * len(times)) - 1]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m khabar.corpus.benchmark")
    p.add_argument("--search-size", type=int, default=100_000)
    p.add_argument("--story-size", type=int, default=12_000)
    p.add_argument("--parts", default="ingest,stories,search", help="which measurements (comma-separated)")
    p.add_argument("--db", help="a postgresql:// URL to measure PostgreSQL (its tables must not exist yet)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        parts = set(args.parts.split(","))
        db = args.db or str(Path(tmp) / "ingest.db")
        if "ingest" in parts:
            rate = bench_ingest(db)
            print(f"ingest, full analysis + store + dedup + stories, one process: {rate:.1f} articles/s", flush=True)  # noqa: T201 (a command's output)
        base = _articles()
        with open_store(str(Path(tmp) / "stories.db")) as store:
            costs = fill(store, base, args.story_size if "stories" in parts else 0, with_stories=True)
            for i, c in enumerate(costs):
                print(f"story step per article with {i * len(base):>6} to {(i + 1) * len(base):>6} stored: "  # noqa: T201 (a command's output)
                      f"{c:.2f} ms", flush=True)
        if args.db or "search" not in parts:
            return 0
        with open_store(str(Path(tmp) / "search.db")) as store:
            t = time.perf_counter()
            fill(store, base, args.search_size, with_stories=False)
            n = store.counts()["articles"]
            print(f"search store: {n} articles built in {time.perf_counter() - t:.0f} s", flush=True)  # noqa: T201 (a command's output)
            p50, p95 = bench_search(store, base)
            print(f"search over {n} articles, 200 queries: p50 {p50:.1f} ms, p95 {p95:.1f} ms")  # noqa: T201 (a command's output)
    return 0


if __name__ == "__main__":
    sys.exit(main())
