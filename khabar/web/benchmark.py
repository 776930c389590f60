"""``python -m khabar.web.benchmark``: latency of the story and entity pages under load.

A store of the newsonair corpus (built once, or ``--db``) is served by ``khabar serve`` in one
process; this process is the load: ``--clients`` concurrent clients (default 20), each on its own
keep-alive connection, request story pages (every story, shuffled) and entity pages (the most
mentioned entities) one after another. Prints p50/p95/p99 per page kind and the request rate.
"""

from __future__ import annotations

import argparse
import asyncio
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

from khabar.store.store import open_store
from khabar.web.server import free_port


def targets(db: str, *, n_entities: int) -> dict[str, list[str]]:
    with open_store(db) as store:
        stories = [f"/story/{quote(str(r[0]), safe='')}" for r in store.execute("SELECT id FROM stories")]
        entities = [f"/entity/{quote(str(r[0]), safe='')}" for r in store.execute(
            "SELECT key FROM entities GROUP BY key ORDER BY COUNT(*) DESC LIMIT ?", (n_entities,))]
    return {"story": stories, "entity": entities}


async def _get(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, host: str, path: str) -> int:
    """One GET on a keep-alive connection; the whole body is read. A small client on purpose: the
    load generator must cost far less than the server it measures."""
    writer.write(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nAccept: text/html\r\n\r\n".encode())
    head = await reader.readuntil(b"\r\n\r\n")
    status = int(head.split(b" ", 2)[1])
    length = 0
    for line in head.split(b"\r\n"):
        if line.lower().startswith(b"content-length:"):
            length = int(line.split(b":", 1)[1])
    await reader.readexactly(length)
    return status


async def _load(base: str, paths: list[str], clients: int, requests: int) -> tuple[list[float], float]:
    host, _, port = base.removeprefix("http://").partition(":")
    queue = list(paths)
    random.Random(11).shuffle(queue)  # noqa: S311 (an order, not a secret)
    todo = [queue[i % len(queue)] for i in range(requests)]
    times: list[float] = []

    async def client() -> None:
        reader, writer = await asyncio.open_connection(host, int(port))
        try:
            while todo:
                path = todo.pop()
                t = time.perf_counter()
                status = await _get(reader, writer, host, path)
                times.append(1000 * (time.perf_counter() - t))
                if status != 200:
                    raise RuntimeError(f"{path}: {status}")
        finally:
            writer.close()

    t = time.perf_counter()
    await asyncio.gather(*(client() for _ in range(clients)))
    return times, time.perf_counter() - t


def _pct(xs: list[float], p: float) -> float:
    s = sorted(xs)
    return s[min(len(s) - 1, int(p * len(s)))]


def _wait(base: str, proc: subprocess.Popen[bytes]) -> None:
    import httpx

    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("the server stopped")
        try:
            if httpx.get(base + "/api/stories?limit=1", timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        time.sleep(0.1)
    raise RuntimeError("the server did not start")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m khabar.web.benchmark", description=__doc__)
    p.add_argument("--db", help="a store to serve (default: newsonair, built in a temporary folder)")
    p.add_argument("--clients", type=int, default=20)
    p.add_argument("--requests", type=int, default=2000, help="requests per page kind (default 2000)")
    p.add_argument("--entities", type=int, default=300, help="how many of the most mentioned entities")
    p.add_argument("--no-cache", action="store_true", help="render every page afresh (no page cache)")
    args = p.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db
        if db is None:
            from khabar.web.samples import build, newsonair_items

            items = newsonair_items()
            if not items:
                print("no newsonair corpus in the shared folder", file=sys.stderr)  # noqa: T201
                return 2
            db = str(Path(tmp) / "newsonair.db")
            t = time.perf_counter()
            build(db, items)
            print(f"store: {len(items)} newsonair articles, built in {time.perf_counter() - t:.0f} s", flush=True)  # noqa: T201
        port = free_port()
        base = f"http://127.0.0.1:{port}"
        server = subprocess.Popen(
            [sys.executable, "-c", "import sys; from khabar.web.server import serve; from khabar.web.settings "
             "import Settings; serve(Settings(db=sys.argv[1], page_cache=int(sys.argv[3])), port=int(sys.argv[2]), "
             "log_level='warning')", db, str(port), str(0 if args.no_cache else 2048)])
        try:
            _wait(base, server)
            pages = targets(db, n_entities=args.entities)
            print(f"{len(pages['story'])} stories, {len(pages['entity'])} entities; {args.clients} concurrent "  # noqa: T201
                  f"clients, {args.requests} requests per kind, page cache {'off' if args.no_cache else 'on'}, "
                  f"server in process {server.pid}", flush=True)
            asyncio.run(_load(base, pages["story"] + pages["entity"], args.clients, 200))  # warm up
            for kind, paths in pages.items():
                times, spent = asyncio.run(_load(base, paths, args.clients, args.requests))
                print(f"{kind} page: p50 {statistics.median(times):.1f} ms, p95 {_pct(times, 0.95):.1f} ms, "  # noqa: T201
                      f"p99 {_pct(times, 0.99):.1f} ms, {len(times) / spent:.0f} requests/s", flush=True)
        finally:
            server.terminate()
            server.wait(timeout=10)
    return 0


if __name__ == "__main__":
    sys.exit(main())
