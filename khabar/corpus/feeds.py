"""Feeds: RSS, Atom and sitemaps by URL, fetched politely, as ingest records.

Politeness and safety (:class:`FetchPolicy`): robots.txt is obeyed (its Crawl-delay too); one
request per host per ``min_interval`` seconds; a timeout on every request; responses larger than
``max_bytes`` are refused; conditional GET (ETag / Last-Modified, remembered in the store's
``feed_state``) so an unchanged feed costs one short answer; and URLs whose host resolves to a
private, loopback, link-local or otherwise non-public address are refused, redirects included,
unless ``allow_private`` is set (tests use a server on localhost that way). A feed item's page is
fetched and becomes an HTML record (id and url: the page's URL; title and date from the feed).
A page or feed that cannot be fetched becomes an error record and the run goes on.
"""

from __future__ import annotations

import email.utils
import ipaddress
import socket
import time
import urllib.error
import urllib.request
import urllib.robotparser
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from khabar import __version__
from khabar.corpus.sources import Item
from khabar.errors import Problem
from khabar.io.records import Record
from khabar.model import ArticleError
from khabar.store.store import Store, now_iso

USER_AGENT = f"khabar/{__version__} (+https://github.com/khabar)"


class FetchError(Exception):
    """A URL that could not or may not be fetched."""


@dataclass(frozen=True, slots=True)
class FetchPolicy:
    allow_private: bool = False
    timeout: float = 15.0
    max_bytes: int = 10_000_000
    min_interval: float = 1.0
    user_agent: str = USER_AGENT
    max_sitemap_depth: int = 2
    max_items: int = 1000


@dataclass(frozen=True, slots=True)
class Response:
    url: str
    status: int
    body: bytes
    headers: dict[str, str]


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    title: str | None = None
    published: str | None = None


def check_address(url: str, *, allow_private: bool) -> None:
    """Raise :class:`FetchError` unless ``url`` is http(s) to a public address (or private ones are allowed)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError(f"{url}: only http and https URLs are fetched")
    if allow_private:
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or (443 if parts.scheme == "https" else 80))
    except socket.gaierror as e:
        raise FetchError(f"{url}: cannot resolve {parts.hostname} ({e})") from e
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%")[0])
        if not addr.is_global or addr.is_multicast:
            raise FetchError(f"{url}: {parts.hostname} is a private or local address ({addr}); "
                             "pass --allow-private to fetch it")


class _Redirects(urllib.request.HTTPRedirectHandler):
    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy

    def redirect_request(self, req: Any, fp: Any, code: int, msg: str, headers: Any, newurl: str) -> Any:
        check_address(newurl, allow_private=self.policy.allow_private)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


@dataclass
class Fetcher:
    """Polite HTTP GETs (see the module docstring); keeps per-host state for one run."""

    policy: FetchPolicy = field(default_factory=FetchPolicy)
    store: Store | None = None
    _last: dict[str, float] = field(default_factory=dict)
    _robots: dict[str, urllib.robotparser.RobotFileParser] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._opener = urllib.request.build_opener(_Redirects(self.policy))

    def _wait(self, host: str, interval: float) -> None:
        last = self._last.get(host)
        if last is not None:
            delay = last + interval - time.monotonic()
            if delay > 0:
                time.sleep(delay)
        self._last[host] = time.monotonic()

    def _raw(self, url: str, headers: dict[str, str]) -> Response:
        check_address(url, allow_private=self.policy.allow_private)
        host = urlsplit(url).netloc
        robots = self._robots.get(host)
        delay = robots.crawl_delay(self.policy.user_agent) if robots else None
        self._wait(host, max(self.policy.min_interval, float(delay or 0)))
        req = urllib.request.Request(url, headers={"User-Agent": self.policy.user_agent, **headers})  # noqa: S310
        try:
            # the scheme is http(s), checked above; redirects are checked by _Redirects
            with self._opener.open(req, timeout=self.policy.timeout) as resp:
                body = resp.read(self.policy.max_bytes + 1)
                status, final, hdrs = resp.status, resp.geturl(), {k.lower(): v for k, v in resp.headers.items()}
        except urllib.error.HTTPError as e:
            if e.code == 304:
                return Response(url, 304, b"", {})
            return Response(url, e.code, b"", {})
        except (urllib.error.URLError, TimeoutError, OSError) as e:
            raise FetchError(f"{url}: {getattr(e, 'reason', e)}") from e
        if len(body) > self.policy.max_bytes:
            raise FetchError(f"{url}: larger than {self.policy.max_bytes:,} bytes")
        return Response(final, status, body, hdrs)

    def allowed(self, url: str) -> bool:
        parts = urlsplit(url)
        host = parts.netloc
        if host not in self._robots:
            rp = urllib.robotparser.RobotFileParser()
            try:
                resp = self._raw(f"{parts.scheme}://{host}/robots.txt", {})
            except FetchError:
                resp = Response(url, 404, b"", {})
            if resp.status in (401, 403):
                rp.disallow_all = True  # type: ignore[attr-defined]
            elif resp.status == 200:
                rp.parse(resp.body.decode("utf-8", "replace").splitlines())
            else:
                rp.allow_all = True  # type: ignore[attr-defined]
            self._robots[host] = rp
        return self._robots[host].can_fetch(self.policy.user_agent, url)

    def get(self, url: str, *, conditional: bool = False) -> Response:
        """GET ``url`` if robots.txt allows it; with ``conditional``, a 304 for an unchanged resource."""
        if not self.allowed(url):
            raise FetchError(f"{url}: disallowed by robots.txt")
        headers: dict[str, str] = {}
        if conditional and self.store is not None:
            rows = self.store.execute("SELECT etag, last_modified FROM feed_state WHERE url = ?", (url,))
            if rows:
                if rows[0][0]:
                    headers["If-None-Match"] = str(rows[0][0])
                if rows[0][1]:
                    headers["If-Modified-Since"] = str(rows[0][1])
        resp = self._raw(url, headers)
        if resp.status >= 400:
            raise FetchError(f"{url}: HTTP {resp.status}")
        if conditional and self.store is not None and resp.status != 304:
            with self.store.transaction():
                self.store.execute(
                    "INSERT INTO feed_state (url, etag, last_modified, fetched_at, status) VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified, "
                    "fetched_at = excluded.fetched_at, status = excluded.status",
                    (url, resp.headers.get("etag"), resp.headers.get("last-modified"), now_iso(), resp.status))
        return resp


def _date(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    try:
        return email.utils.parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError):
        return value[:10] if len(value) >= 10 and value[4] == "-" else None


def _local(tag: object) -> str:
    return str(tag).rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _child_text(el: Any, name: str) -> str | None:
    for child in el:
        if _local(child.tag) == name and child.text and child.text.strip():
            return str(child.text).strip()
    return None


def parse_feed(body: bytes, base_url: str) -> tuple[str, list[FeedEntry]]:
    """("feed" | "sitemap" | "sitemapindex", entries) of an RSS, Atom or sitemap document."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=True)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as e:
        raise FetchError(f"{base_url}: not XML ({e})") from e
    if root is None:
        raise FetchError(f"{base_url}: empty document")
    kind = _local(root.tag)
    entries: list[FeedEntry] = []
    if kind in ("urlset", "sitemapindex"):
        for el in root:
            loc = _child_text(el, "loc")
            if not loc:
                continue
            title = next((_child_text(n, "title") for n in el.iter() if _local(n.tag) == "news"), None)
            published = next((_child_text(n, "publication_date") for n in el.iter() if _local(n.tag) == "news"), None)
            entries.append(FeedEntry(urljoin(base_url, loc), title, _date(published or _child_text(el, "lastmod"))))
        return ("sitemap" if kind == "urlset" else "sitemapindex"), entries
    for el in root.iter():
        name = _local(el.tag)
        if name == "item":  # RSS
            link = _child_text(el, "link") or _child_text(el, "guid")
            if link:
                entries.append(FeedEntry(urljoin(base_url, link), _child_text(el, "title"),
                                         _date(_child_text(el, "pubDate") or _child_text(el, "date"))))
        elif name == "entry":  # Atom
            href = None
            for child in el:
                if _local(child.tag) == "link" and child.get("rel", "alternate") == "alternate":
                    href = child.get("href")
                    break
            if href:
                entries.append(FeedEntry(urljoin(base_url, href), _child_text(el, "title"),
                                         _date(_child_text(el, "published") or _child_text(el, "updated"))))
    if kind not in ("rss", "feed", "RDF") and not entries:
        raise FetchError(f"{base_url}: neither a feed nor a sitemap (root element {kind!r})")
    return "feed", entries


def _error(url: str, message: str) -> Item:
    return Item(ArticleError(id=url, error=Problem.UNREADABLE.format(detail=message), code=Problem.UNREADABLE.code),
                url)


def read_feeds(urls: Iterable[str], policy: FetchPolicy | None = None, *, store: Store | None = None,
               fetcher: Fetcher | None = None) -> Iterator[Item]:
    """HTML records of the pages every feed or sitemap in ``urls`` lists (see the module docstring).
    Pages already stored are not fetched again."""
    f = fetcher or Fetcher(policy or FetchPolicy(), store)
    todo = [(u, 0) for u in urls]
    seen: set[str] = set()
    while todo:
        url, depth = todo.pop(0)
        try:
            resp = f.get(url, conditional=True)
            if resp.status == 304:
                continue
            kind, entries = parse_feed(resp.body, resp.url)
        except FetchError as e:
            yield _error(url, str(e))
            continue
        if kind == "sitemapindex":
            if depth < f.policy.max_sitemap_depth:
                todo += [(e.url, depth + 1) for e in entries]
            continue
        for entry in entries[:f.policy.max_items]:
            if entry.url in seen:
                continue
            seen.add(entry.url)
            if store is not None and store.execute("SELECT 1 FROM articles WHERE id = ? OR url = ?",
                                                   (entry.url, entry.url)):
                continue
            try:
                page = f.get(entry.url)
            except FetchError as e:
                yield _error(entry.url, str(e))
                continue
            yield Item(Record(id=entry.url, content=page.body, html=True, url=entry.url,
                              published=entry.published, title=entry.title), url)
