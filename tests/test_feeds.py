"""Feeds and sitemaps from a real HTTP server on localhost (allowed by the option)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from khabar.corpus.feeds import Fetcher, FetchError, FetchPolicy, check_address, parse_feed, read_feeds
from khabar.corpus.ingest import ingest
from khabar.store import open_store

PAGE = ("<html><head><title>{t}</title></head><body><article><h1>{t}</h1><p>{b} The council met on Tuesday "
        "and agreed the plan after a long debate, members said.</p><p>Work starts next month.</p></article>"
        "</body></html>")


def _site(base: str) -> dict[str, bytes]:
    rss = (f'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
           f'<item><title>Bridge repaired</title><link>{base}/news/1.html</link>'
           f'<pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate></item>'
           f'<item><title>Park opened</title><link>{base}/news/2.html</link></item>'
           f'<item><title>Hidden</title><link>{base}/private/3.html</link></item>'
           f'<item><title>Missing</title><link>{base}/news/404.html</link></item></channel></rss>')
    atom = (f'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title>'
            f'<entry><title>Market day</title><link href="{base}/news/4.html"/><updated>2024-01-05T08:00:00Z</updated>'
            f'</entry></feed>')
    index = (f'<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             f'<sitemap><loc>{base}/sitemap-news.xml</loc></sitemap></sitemapindex>')
    news = (f'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
            f'<url><loc>{base}/news/5.html</loc><lastmod>2024-01-06</lastmod></url></urlset>')
    pages = {f"/news/{i}.html": PAGE.format(t=t, b=t + ".").encode()
             for i, t in ((1, "Bridge repaired"), (2, "Park opened"), (4, "Market day"), (5, "Library extended"))}
    return {"/robots.txt": b"User-agent: *\nDisallow: /private/\n", "/feed.xml": rss.encode(),
            "/atom.xml": atom.encode(), "/sitemap.xml": index.encode(), "/sitemap-news.xml": news.encode(),
            "/private/3.html": PAGE.format(t="x", b="x").encode(), **pages}


@pytest.fixture
def server() -> Iterator[tuple[str, list[str]]]:
    log: list[str] = []
    files: dict[str, bytes] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            log.append(self.path)
            body = files.get(self.path)
            if body is None:
                self.send_response(404)
                self.end_headers()
                return
            etag = f'"{hash(body) & 0xFFFF:x}"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(200)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args: object) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    base = f"http://127.0.0.1:{httpd.server_address[1]}"
    files.update(_site(base))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield base, log
    httpd.shutdown()
    httpd.server_close()


FAST = FetchPolicy(allow_private=True, min_interval=0.0, timeout=5)


def test_private_addresses_are_refused_by_default(server: tuple[str, list[str]]) -> None:
    base, log = server
    with pytest.raises(FetchError, match="private or local"):
        check_address(base + "/feed.xml", allow_private=False)
    with pytest.raises(FetchError, match="only http"):
        check_address("file:///etc/passwd", allow_private=True)
    items = list(read_feeds([base + "/feed.xml"], FetchPolicy()))
    assert len(items) == 1 and "private or local" in items[0].record.error  # type: ignore[union-attr]
    assert log == []


def test_rss_atom_sitemap_ingest_with_robots_and_conditional_get(server: tuple[str, list[str]],
                                                                 tmp_path: Path) -> None:
    base, log = server
    urls = [base + "/feed.xml", base + "/atom.xml", base + "/sitemap.xml"]
    with open_store(str(tmp_path / "f.db")) as store:
        stats = ingest(store, read_feeds(urls, FAST, store=store))
        assert stats.added == 4 and stats.failed == 2, stats.as_dict()  # robots-disallowed page, and a 404
        got = store.article_dict(base + "/news/1.html")
        assert got is not None and got["published"] == "2024-01-02" and got["title"] == "Bridge repaired"
        assert "/private/3.html" not in log
        assert log.count("/robots.txt") == 1
        log.clear()
        again = ingest(store, read_feeds(urls, FAST, store=store))
        assert again.added == 0 and store.counts()["articles"] == 4
        assert not any(p.startswith("/news/") for p in log)  # unchanged feeds: 304, pages not refetched


def test_size_cap_and_rate_limit(server: tuple[str, list[str]]) -> None:
    base, _ = server
    with pytest.raises(FetchError, match="larger than"):
        Fetcher(FetchPolicy(allow_private=True, min_interval=0.0, max_bytes=10)).get(base + "/feed.xml")
    import time

    f = Fetcher(FetchPolicy(allow_private=True, min_interval=0.3))
    t = time.monotonic()
    for _ in range(3):
        f.get(base + "/atom.xml")
    assert time.monotonic() - t >= 0.6  # robots.txt, then three gets, 0.3 s apart per host


def test_parse_feed_kinds() -> None:
    kind, entries = parse_feed(b'<rss><channel><item><link>/a</link></item></channel></rss>', "http://x.org/f")
    assert kind == "feed" and entries[0].url == "http://x.org/a"
    with pytest.raises(FetchError):
        parse_feed(b"<html><body>no</body></html>", "http://x.org/")
