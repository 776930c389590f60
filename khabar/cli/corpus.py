"""``khabar ingest``, ``search``, ``watch`` and ``export``: the corpus store from the command line.

Every command takes ``--db`` (an SQLite file, default khabar.db, or a ``postgresql://`` URL).
Exit codes: 0 success, 1 some articles could not be ingested (recorded in the store), 2 usage.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from khabar.store.store import DEFAULT_DB, open_store


def _db(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", default=DEFAULT_DB,
                   help=f"the store: an SQLite file (default {DEFAULT_DB}) or a postgresql:// URL")


def register(commands: Any) -> None:
    p = commands.add_parser(
        "ingest", help="add articles (files, folders, .jsonl, .csv, web pages, feed URLs) to the store",
        description="Analyse and store articles. Folders are read recursively (.txt, .html, .jsonl, .csv); "
                    "http(s) URLs are RSS/Atom feeds or sitemaps. Running again skips what is stored; an "
                    "updated article replaces the old version, which is kept in its history.")
    p.add_argument("inputs", nargs="+", metavar="PATH", help='files, folders, feed URLs; "-" for JSON Lines on stdin')
    _db(p)
    p.add_argument("--columns", metavar="MAP", help="CSV column mapping, e.g. text=data,url=link,published=date")
    p.add_argument("--published", help="publication date for inputs that do not give one")
    p.add_argument("--lang", help="language code for inputs that do not give one")
    p.add_argument("--source", help="outlet name for inputs that do not give one")
    p.add_argument("--batch-size", type=int, default=50, help="articles per transaction (default 50)")
    p.add_argument("--no-stories", action="store_true", help="do not group articles into stories")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--allow-private", action="store_true",
                   help="let feed URLs reach private and loopback addresses (refused by default)")
    p.set_defaults(run=run_ingest)

    p = commands.add_parser("search", help="full-text search of the store, with filters",
                            description="Ranked full-text search over Hindi and English; spelling variants "
                                        "(nukta, chandrabindu, joiners) are equal. Prints JSON Lines.")
    p.add_argument("query", nargs="*", help="words that must all occur (none: newest first)")
    _db(p)
    p.add_argument("--since", help="published on or after this date")
    p.add_argument("--until", help="published on or before this date")
    p.add_argument("--source", help="outlet")
    p.add_argument("--lang", help="language code")
    p.add_argument("--entity", help="an entity: knowledge-base id, English name or surface form")
    p.add_argument("--event-type", help="a PLOVER event type")
    p.add_argument("--pair", nargs=2, metavar=("ACTOR", "ACTOR"), help="events between two actors")
    p.add_argument("--story", help="articles of one story")
    p.add_argument("--limit", type=int, default=20)
    p.add_argument("--format", choices=("jsonl", "text"), default="jsonl")
    p.set_defaults(run=run_search)

    p = commands.add_parser("watch", help="follow entities, queries, actor pairs and speakers",
                            description="watch add VALUE [--kind entity|query|pair|speaker]; watch list; "
                                        "watch remove ID; watch check: what is new since the last check.")
    _db(p)
    p.add_argument("action", choices=("add", "list", "remove", "check"))
    p.add_argument("value", nargs="?", help='what to watch (a pair: "Russia,North Korea"), or the id to remove')
    p.add_argument("--kind", choices=("entity", "query", "pair", "speaker"), default="query")
    p.add_argument("--peek", action="store_true", help="check without moving the mark")
    p.set_defaults(run=run_watch)

    p = commands.add_parser("export", help="write the store's articles, stories, entities, events or quotes",
                            description="Articles are the contract's objects plus story and duplicate_of.")
    p.add_argument("table", choices=("articles", "stories", "entities", "events", "quotes"))
    _db(p)
    p.add_argument("--format", choices=("jsonl", "csv", "parquet"), default="jsonl")
    p.add_argument("--output", "-o", type=Path, help="file to write (default standard output; Parquet needs one)")
    p.set_defaults(run=run_export)


class Progress:
    """A progress line on stderr: done/total, rate and time left."""

    def __init__(self, total: int | None, stream: TextIO, *, enabled: bool) -> None:
        self.total, self.stream, self.enabled = total, stream, enabled
        self.done, self.start, self.last = 0, time.monotonic(), 0.0

    def __call__(self, n: int) -> None:
        self.done += n
        now = time.monotonic()
        if self.enabled and (now - self.last > 0.2 or self.done == self.total):
            self.last = now
            rate = self.done / max(now - self.start, 1e-9)
            if self.total:
                width = 30
                filled = int(width * min(self.done, self.total) / self.total)
                left = (self.total - self.done) / rate if rate else 0.0
                line = (f"\r[{'#' * filled}{'.' * (width - filled)}] {self.done}/{self.total} "
                        f"{rate:.1f} articles/s, {int(left // 60)}:{int(left % 60):02d} left")
            else:
                line = f"\r{self.done} articles, {rate:.1f}/s"
            self.stream.write(line)
            self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            self.stream.write("\n")


def run_ingest(args: argparse.Namespace) -> int:
    from khabar.corpus.ingest import Defaults, ingest
    from khabar.corpus.sources import Item, parse_mapping, read_sources
    from khabar.io.records import read_jsonl

    try:
        mapping = parse_mapping(args.columns)
    except ValueError as e:
        print(f"khabar ingest: {e}", file=sys.stderr)
        return 2
    urls = [p for p in args.inputs if p.startswith(("http://", "https://"))]
    paths = [p for p in args.inputs if p not in urls and p != "-"]
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        print(f"khabar ingest: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return 2

    store = open_store(args.db)

    def items() -> Iterator[Item]:
        yield from read_sources(paths, mapping=mapping)
        if "-" in args.inputs:
            yield from (Item(r, "stdin") for r in read_jsonl(sys.stdin.buffer))
        if urls:
            from khabar.corpus.feeds import FetchPolicy, read_feeds

            yield from read_feeds(urls, FetchPolicy(allow_private=args.allow_private), store=store)

    total = None if urls or "-" in args.inputs else sum(1 for _ in read_sources(paths, mapping=mapping))
    progress = Progress(total, sys.stderr, enabled=(not args.quiet and sys.stderr.isatty()) or (total is not None
                        and not args.quiet))
    try:
        stats = ingest(store, items(), batch_size=max(1, args.batch_size),
                       defaults=Defaults(args.published, args.lang, args.source), progress=progress,
                       with_stories=not args.no_stories)
    finally:
        progress.close()
        store.close()
    for err in stats.errors:
        print(f"khabar ingest: {err.id}: {err.error}", file=sys.stderr)
    print(json.dumps(stats.as_dict()), file=sys.stderr)
    return 1 if stats.failed else 0


def run_search(args: argparse.Namespace) -> int:
    from khabar.corpus.search import Filters, search

    filters = Filters(since=args.since, until=args.until, source=args.source, lang=args.lang, entity=args.entity,
                      event_type=args.event_type, actor_pair=tuple(args.pair) if args.pair else None,
                      story=args.story)
    with open_store(args.db) as store:
        hits = search(store, " ".join(args.query), filters, limit=args.limit)
    for h in hits:
        if args.format == "text":
            print(f"{h.score:8.3f}  {h.published or '':10}  {h.lang or '':3} {h.id}  {h.title or ''}")
        else:
            print(json.dumps(h.to_dict(), ensure_ascii=False))
    return 0


def run_watch(args: argparse.Namespace) -> int:
    from khabar.corpus import watch

    with open_store(args.db) as store:
        if args.action == "add":
            if not args.value:
                print("khabar watch add: give what to watch", file=sys.stderr)
                return 2
            try:
                w = watch.add(store, args.kind, args.value)
            except ValueError as e:
                print(f"khabar watch: {e}", file=sys.stderr)
                return 2
            print(json.dumps({"id": w.id, "kind": w.kind, "value": w.value}, ensure_ascii=False))
        elif args.action == "list":
            for w in watch.list_watches(store):
                print(json.dumps({"id": w.id, "kind": w.kind, "value": w.value, "last_check": w.last_check},
                                 ensure_ascii=False))
        elif args.action == "remove":
            if not (args.value or "").isdigit():
                print("khabar watch remove: give the watch's id (see watch list)", file=sys.stderr)
                return 2
            if not watch.remove(store, int(args.value)):
                print(f"khabar watch: no watch {args.value}", file=sys.stderr)
                return 1
        else:
            for news in watch.check(store, peek=args.peek):
                print(json.dumps(news.to_dict(), ensure_ascii=False))
    return 0


def run_export(args: argparse.Namespace) -> int:
    from khabar.corpus.export import export

    if args.format == "parquet" and args.output is None:
        print("khabar export: Parquet needs --output FILE", file=sys.stderr)
        return 2
    with open_store(args.db) as store:
        n = export(store, args.table, args.format, args.output if args.output else sys.stdout)
    print(f"{n} {args.table} written", file=sys.stderr)
    return 0
