"""``python -m khabar.web.demo``: build a store from the project's sample articles (and
newsonair, where ../shared has it), then serve the web interface and print its address.

``--check`` starts the server, fetches every kind of page once, prints the address and what it
found, and stops (for CI and for a quick look that must not block)."""

from __future__ import annotations

import argparse
import sys
import time
from urllib.parse import quote

from khabar.web.samples import build, newsonair_items, sample_items
from khabar.web.settings import Settings


def build_demo_store(db: str) -> str:
    items = sample_items() + newsonair_items()
    t = time.perf_counter()
    stats = build(db, items)
    return (f"store {db}: {stats.added} added, {stats.skipped + stats.unchanged} already there, "
            f"{stats.failed} failed ({len(items)} inputs, {time.perf_counter() - t:.0f} s)")


def check(url: str, db: str) -> list[str]:
    import httpx

    from khabar.store.store import open_store

    with open_store(db) as store:
        story = store.execute("SELECT id FROM stories ORDER BY n_articles DESC, id LIMIT 1")
        entity = store.execute("SELECT key FROM entities GROUP BY key ORDER BY COUNT(*) DESC, key LIMIT 1")
        article = store.execute("SELECT id FROM articles ORDER BY aid LIMIT 1")
    paths = ["/", "/search?q=%E0%A4%A6%E0%A4%BF%E0%A4%B2%E0%A5%8D%E0%A4%B2%E0%A5%80", "/watch", "/api/stories"]
    paths += [f"/story/{quote(str(story[0][0]), safe='')}"] if story else []
    paths += [f"/entity/{quote(str(entity[0][0]), safe='')}"] if entity else []
    paths += [f"/article/{quote(str(article[0][0]), safe='')}"] if article else []
    out = []
    for path in paths:
        r = httpx.get(url + path, timeout=30)
        out.append(f"{r.status_code} {url}{path}")
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m khabar.web.demo", description=__doc__)
    p.add_argument("--db", default="demo.db", help="the store to build and serve (default demo.db)")
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8000)
    p.add_argument("--check", action="store_true", help="fetch each page once and stop instead of serving")
    args = p.parse_args(argv)
    print(build_demo_store(args.db), flush=True)  # noqa: T201 (a command's output)
    settings = Settings.from_env(args.db)
    if args.check:
        from khabar.web.server import running

        with running(settings, host=args.host, port=args.port) as url:
            lines = check(url, args.db)
        print("\n".join(lines))  # noqa: T201
        return 0 if all(line.startswith("200 ") for line in lines) else 1
    from khabar.web.server import serve

    print(f"khabar web interface: http://{args.host}:{args.port}/  (Ctrl-C stops it)", flush=True)  # noqa: T201
    serve(settings, host=args.host, port=args.port, log_level="warning")
    return 0


if __name__ == "__main__":
    sys.exit(main())
