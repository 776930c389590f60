"""khabar serve: a real server on localhost over a small store (newsonair articles and written
ones carrying markup in their text, title and names). Escaping and the Content-Security-Policy on
every page, the JSON twins, pagination, the token on writes, request size limits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

import pytest

from khabar.corpus import dedup, stories
from khabar.corpus.sources import Item
from khabar.io.records import Record
from khabar.model import Actor, Article, Entity, Event, Quote, Span, Trigger
from khabar.store.store import open_store

for _extra in ("fastapi", "uvicorn", "jinja2", "httpx"):  # the server extra; CI without extras skips
    pytest.importorskip(_extra)

import httpx  # noqa: E402

from khabar.web.samples import build, newsonair_items  # noqa: E402
from khabar.web.server import running  # noqa: E402
from khabar.web.settings import Settings  # noqa: E402

TOKEN = "test-token-7"
ATTACK = "<script>alert(1)</script>"
# Written for these tests: a Hindi article whose title and text carry a script tag.
EVIL_TITLE = f"{ATTACK} दिल्ली में जल बोर्ड की बैठक"
EVIL_TEXT = (f"प्रधानमंत्री नरेंद्र मोदी ने सोमवार को दिल्ली में कहा कि {ATTACK} भारत अगले साल तक तैयार होगा।\n"
             "जल मंत्री ने बताया कि यमुना की सफाई का काम मार्च में शुरू होगा।")
# A hand-made article whose names and quote carry markup too (names come from users' knowledge bases).
NAME_ATTACK = '"><img src=x onerror=alert(2)>'
CRAFT_TEXT = "<b onmouseover=alert(3)>रामू</b> ने कहा कि काम पूरा होगा। रामू ने श्यामू से मुलाकात की।"


@dataclass(frozen=True)
class Site:
    url: str
    db: str
    evil: str           # the article with a script in its title and text
    craft: str          # the hand-made article with markup in its names
    craft_key: str      # its entity's key
    story: str          # the evil article's story
    big_story: str      # the largest story
    entity: str         # the most mentioned entity
    hindi_word: str     # a word of a Hindi newsonair title


def _craft() -> Article:
    text = CRAFT_TEXT
    name_end = text.index("</b>") + 4
    speaker = Actor(text=text[:name_end], id="kb:<script>x", name=NAME_ATTACK, code="<IND>")
    other = Actor(text="श्यामू", id="kb:shyamu", name="Shyamu </title><script>alert(5)</script>")
    k = text.index("श्यामू")
    meet = text.index("मुलाकात")
    return Article(
        id="craft-<1>", text=text, lang="hi", published="2024-02-02", title=f"रामू {NAME_ATTACK}",
        url="https://example.org/craft?a=<1>", source="<i>outlet</i>", paragraphs=(Span(0, len(text)),),
        sentences=(Span(0, text.index("।") + 1),),
        entities=(Entity(0, name_end, text[:name_end], "PER", id="kb:<script>x", name=NAME_ATTACK, wikidata="Q<1>"),
                  Entity(k, k + 6, text[k:k + 6], "PER", id="kb:shyamu", name=other.name)),
        quotes=(Quote(name_end + 11, text.index("।"), text[name_end + 11:text.index("।")], direct=False,
                      cue="कहा", speaker=speaker),),
        events=(Event(type="CONSULT", mode="meet", trigger=Trigger(meet, meet + 7, text[meet:meet + 7]), sentence=1,
                      source=speaker, target=other),),
    )


@pytest.fixture(scope="session")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    items = newsonair_items(14, langs=("hi",)) + newsonair_items(4, langs=("en",))
    if not items:
        import os

        if os.environ.get("CI"):
            pytest.fail("the shared data folder is missing in CI")
        pytest.skip("the shared data folder (newsonair) is not here")
    db = str(tmp_path_factory.mktemp("web") / "web.db")
    evil = Record(id="evil-1", content=EVIL_TEXT, html=False, title=EVIL_TITLE, published="2024-02-01", lang="hi",
                  source="written", url="https://example.org/evil")
    build(db, [*items, Item(evil, "test")])
    craft = _craft()
    with open_store(db) as store, store.transaction():
        put = store.put_article(craft, raw_hash="craft")
        dedup.index_article(store, put.aid, craft.text, craft.lang)
        stories.assign(store, put.aid, craft)
        store.execute("INSERT INTO watches (kind, value, created_at, last_check) VALUES ('query', ?, '0', NULL)",
                      ("alert",))
        story = store.execute("SELECT story FROM articles WHERE id = 'evil-1'")[0][0]
        big = store.execute("SELECT id FROM stories ORDER BY n_articles DESC, id LIMIT 1")[0][0]
        ent = store.execute("SELECT key FROM entities GROUP BY key ORDER BY COUNT(*) DESC, key LIMIT 1")[0][0]
        title = store.execute("SELECT title FROM articles WHERE lang = 'hi' AND id LIKE 'hi%' ORDER BY id LIMIT 1")[0][0]
    word = max(re.findall(r"[\u0900-\u097f]+", title), key=len)
    with running(Settings(db=db, token=TOKEN)) as url:
        yield Site(url, db, "evil-1", craft.id, "kb:<script>x", str(story), str(big), str(ent), word)


@pytest.fixture
def client(site: Site) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=site.url, timeout=30, headers={"accept": "text/html"}) as c:
        yield c


def pages(site: Site) -> dict[str, str]:
    def q(s: str) -> str:
        return quote(s, safe="")

    return {
        "river": "/", "story": f"/story/{q(site.story)}", "big story": f"/story/{q(site.big_story)}",
        "entity": f"/entity/{q(site.entity)}", "crafted entity": f"/entity/{q(site.craft_key)}",
        "article": f"/article/{q(site.evil)}", "crafted article": f"/article/{q(site.craft)}",
        "search": f"/search?q={q('alert')}", "hindi search": f"/search?q={q(site.hindi_word)}",
        "pair": f"/pair?one={q(site.craft_key)}&two=kb%3Ashyamu", "watch": "/watch",
    }


def test_every_page_renders_markup_inert_with_csp(site: Site, client: httpx.Client) -> None:
    for name, path in pages(site).items():
        r = client.get(path)
        assert r.status_code == 200, (name, r.status_code, r.text[:300])
        assert r.headers["content-type"].startswith("text/html")
        csp = r.headers["content-security-policy"]
        assert "default-src 'none'" in csp and "script-src" not in csp, name
        assert r.headers["x-content-type-options"] == "nosniff"
        body = r.text
        assert "<script" not in body.lower(), name
        assert "<img" not in body.lower(), name
        assert "<b onmouseover" not in body and " style=" not in body, name


def test_untrusted_text_is_shown_escaped(site: Site, client: httpx.Client) -> None:
    escaped = "&lt;script&gt;alert(1)&lt;/script&gt;"
    for name in ("article", "story", "search", "watch"):
        body = client.get(pages(site)[name]).text
        assert escaped in body, name
    crafted = client.get(pages(site)["crafted article"]).text
    assert "&lt;b onmouseover=alert(3)&gt;" in crafted and "&#34;&gt;&lt;img src=x onerror=alert(2)&gt;" in crafted
    entity = client.get(pages(site)["crafted entity"]).text
    assert "&lt;img src=x onerror=alert(2)&gt;" in entity
    assert "&lt;/title&gt;&lt;script&gt;alert(5)&lt;/script&gt;" in client.get(pages(site)["pair"]).text


def test_article_page_highlights_and_explains_in_place(site: Site, client: httpx.Client) -> None:
    doc = client.get(f"/api/articles/{site.evil}").json()
    body = client.get(pages(site)["article"]).text
    for e in doc["entities"]:
        assert f">{e['text']}</a>" in body, e
        if e["key"]:
            assert f'href="/entity/{quote(e["key"], safe="")}"' in body
    if doc["times"]:
        assert "time: " in body
    if doc["quotes"]:
        assert "quote by" in body


def test_every_page_has_a_json_twin(site: Site, client: httpx.Client) -> None:
    for name, path in pages(site).items():
        body = client.get(path).text
        found = re.search(r'<link rel="alternate" type="application/json" href="([^"]+)">', body)
        assert found, name
        twin = found.group(1).replace("&amp;", "&")
        r = client.get(twin, headers={"accept": "application/json"})
        assert r.status_code == 200, (name, twin)
        assert r.headers["content-type"] == "application/json"
        assert isinstance(r.json(), dict)


def test_api_reads(site: Site, client: httpx.Client) -> None:
    story = client.get(f"/api/stories/{quote(site.story, safe='')}").json()
    assert site.evil in [a["id"] for a in story["articles"]] and story["timeline"]
    ent = client.get(f"/api/entities/{quote(site.entity, safe='')}").json()
    assert ent["mentions"] > 0 and ent["timeline"] and ent["articles"]
    craft = client.get(f"/api/entities/{quote(site.craft_key, safe='')}").json()
    assert craft["name"] == NAME_ATTACK and craft["quotes"] and craft["events"][0]["side"] == "cooperation"
    pair = client.get("/api/pairs", params={"one": site.craft_key, "two": "kb:shyamu"}).json()
    assert pair["cooperation"] == 1 and pair["conflict"] == 0
    hits = client.get("/api/search", params={"q": site.hindi_word}).json()["items"]
    assert hits and all(h["lang"] == "hi" for h in hits[:1])
    assert client.get("/api/search", params={"q": site.hindi_word, "lang": "en"}).json()["items"] == []
    assert client.get("/api/quotes", params={"speaker": site.craft_key}).json()["items"]
    assert client.get("/api/events", params={"type": "consult"}).json()["items"]
    assert client.get("/api/entities").json()["items"][0]["key"] == site.entity
    assert client.get("/api/watches").json()["items"][0]["value"] == "alert"
    for missing in ("/api/stories/nope", "/api/entities/nope", "/api/articles/nope"):
        assert client.get(missing).status_code == 404
    assert client.get("/story/nope").status_code == 404


def test_pagination(site: Site, client: httpx.Client) -> None:
    first = client.get("/api/articles", params={"limit": 5}).json()
    assert len(first["items"]) == 5 and first["next"]
    second = client.get(first["next"]).json()
    assert second["offset"] == 5 and not {a["id"] for a in first["items"]} & {a["id"] for a in second["items"]}
    assert client.get("/api/articles", params={"limit": 1000}).status_code == 422
    assert client.get("/api/articles", params={"offset": -1}).status_code == 422
    last = client.get("/api/stories", params={"limit": 100}).json()
    assert last["next"] is None


def test_analysis_on_demand(client: httpx.Client) -> None:
    text = "प्रधानमंत्री नरेंद्र मोदी ने सोमवार को कहा कि भारत तैयार है।"
    doc = client.post("/api/analyze", json={"text": text, "published": "2024-01-01"}).json()
    assert {"id", "lang", "text", "entities", "quotes", "events", "times", "sentences"} <= set(doc)
    assert "Narendra Modi" in [e["name"] for e in doc["entities"]]
    html = client.post("/api/analyze", json={"html": "<html><body><p>" + text + "</p></body></html>"}).json()
    assert html["text"].strip() == text
    assert client.post("/api/analyze", json={"text": ""}).status_code == 422
    assert client.post("/api/analyze", json={}).status_code == 422


def test_writes_need_the_token(site: Site, client: httpx.Client) -> None:
    body = {"kind": "entity", "value": "kb:narendra-modi"}
    assert client.post("/api/watches", json=body).status_code == 401
    assert client.post("/api/watches", json=body, headers={"authorization": "Bearer wrong"}).status_code == 401
    auth = {"authorization": f"Bearer {TOKEN}"}
    made = client.post("/api/watches", json=body, headers=auth)
    assert made.status_code == 201
    wid = made.json()["id"]
    assert client.delete(f"/api/watches/{wid}").status_code == 401
    assert client.delete(f"/api/watches/{wid}", headers=auth).json() == {"removed": wid}
    assert client.delete(f"/api/watches/{wid}", headers=auth).status_code == 404
    art = {"text": "गाँव में नया पुल बनकर तैयार हुआ। लोगों ने खुशी जताई।", "published": "2024-03-01", "id": "w1"}
    assert client.post("/api/articles", json=art).status_code == 401
    added = client.post("/api/articles", json=art, headers=auth)
    assert added.status_code == 201 and added.json()["added"] == 1
    assert client.get("/api/articles/w1").json()["story"]


def test_no_token_no_writes_and_protected_reads(site: Site) -> None:
    with running(Settings(db=site.db)) as url:
        r = httpx.post(f"{url}/api/watches", json={"kind": "query", "value": "x"})
        assert r.status_code == 403
    with running(Settings(db=site.db, token=TOKEN, protect_reads=True)) as url:
        assert httpx.get(f"{url}/api/stories").status_code == 401
        assert httpx.get(f"{url}/").status_code == 401
        ok = httpx.get(f"{url}/api/stories", headers={"authorization": f"Bearer {TOKEN}"})
        assert ok.status_code == 200


def test_request_size_limits(site: Site) -> None:
    with running(Settings(db=site.db, token=TOKEN, max_body=10_000)) as url:
        big = {"text": "क" * 20_000}
        r = httpx.post(f"{url}/api/analyze", json=big)
        assert r.status_code == 413 and "content-security-policy" in r.headers

        def chunks() -> Iterator[bytes]:
            yield b'{"text": "'
            for _ in range(50):
                yield b"a" * 1000
            yield b'"}'

        r = httpx.post(f"{url}/api/analyze", content=chunks(), headers={"content-type": "application/json"})
        assert r.status_code == 413
        assert httpx.post(f"{url}/api/analyze", json={"text": "छोटा लेख है यह।"}).status_code == 200


def test_errors_are_pages_or_json_with_csp(client: httpx.Client) -> None:
    page = client.get("/nope/<script>")
    assert page.status_code == 404 and "<script" not in page.text and "content-security-policy" in page.headers
    api = client.get("/api/nope", headers={"accept": "application/json"})
    assert api.status_code == 404 and api.json()["detail"]
    assert client.get("/static/style.css").headers["content-type"].startswith("text/css")


def test_openapi_describes_the_api(client: httpx.Client) -> None:
    spec = client.get("/api/openapi.json").json()
    paths = set(spec["paths"])
    for p in ("/api/stories", "/api/stories/{story_id}", "/api/entities/{key}", "/api/search", "/api/watches",
              "/api/analyze", "/api/pairs", "/api/quotes", "/api/events", "/api/articles/{article_id}"):
        assert p in paths, p
    assert not any(not p.startswith("/api/") for p in paths)


def test_css_uses_local_fonts_only() -> None:
    css = (Path(__file__).resolve().parents[1] / "khabar" / "web" / "static" / "style.css").read_text()
    assert "Noto Sans Devanagari" in css and "url(" not in css and "@import" not in css


def test_cached_pages_follow_the_store(site: Site, client: httpx.Client) -> None:
    path = "/entity/kb%3Anarendra-modi"
    before = client.get(path).text
    count = int(re.search(r"(\d+) mentions", before).group(1))  # type: ignore[union-attr]
    art = {"text": "प्रधानमंत्री नरेंद्र मोदी ने आज नए अस्पताल का उद्घाटन किया।", "published": "2024-03-02", "id": "w2"}
    assert client.post("/api/articles", json=art, headers={"authorization": f"Bearer {TOKEN}"}).status_code == 201
    after = client.get(path).text
    assert f"{count + 1} mentions" in after


def test_khabar_serve_command(site: Site) -> None:
    import subprocess
    import sys
    import time

    from khabar.web.server import free_port

    port = free_port()
    code = ("import sys, argparse\nfrom khabar.cli import serve\n"
            "p = argparse.ArgumentParser(prog='khabar'); c = p.add_subparsers(dest='command'); serve.register(c)\n"
            "a = p.parse_args(sys.argv[1:]); sys.exit(a.run(a))\n")
    proc = subprocess.Popen([sys.executable, "-c", code, "serve", "--db", site.db, "--port", str(port),
                             "--log-level", "warning"], stdout=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/api/stories?limit=1", timeout=2)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline and proc.poll() is None, "khabar serve did not start"
                time.sleep(0.1)
        assert r.status_code == 200 and r.json()["items"]
        assert httpx.post(f"http://127.0.0.1:{port}/api/watches", json={"value": "x"}).status_code == 403
    finally:
        proc.terminate()
        out, _ = proc.communicate(timeout=10)
    assert f"http://127.0.0.1:{port}/" in out


def test_postgresql_store_serves_every_page(tmp_path: Path) -> None:
    from contextlib import contextmanager

    from test_store import make_db

    with contextmanager(make_db)("postgresql", tmp_path) as db:
        evil = Record(id="evil-1", content=EVIL_TEXT, html=False, title=EVIL_TITLE, published="2024-02-01",
                      lang="hi", source="written")
        build(db, [*newsonair_items(4, langs=("hi",)), Item(evil, "test")])
        craft = _craft()
        with open_store(db) as store, store.transaction():
            put = store.put_article(craft, raw_hash="craft")
            stories.assign(store, put.aid, craft)
            story = str(store.execute("SELECT story FROM articles WHERE id = 'evil-1'")[0][0])
            ent = str(store.execute("SELECT key FROM entities GROUP BY key ORDER BY COUNT(*) DESC, key LIMIT 1")[0][0])
        site = Site("", db, "evil-1", craft.id, "kb:<script>x", story, story, ent, "दिल्ली")
        with running(Settings(db=db, token=TOKEN)) as url, httpx.Client(base_url=url, timeout=30) as c:
            for name, path in pages(site).items():
                r = c.get(path, headers={"accept": "text/html"})
                assert r.status_code == 200, (name, r.text[:300])
                assert "<script" not in r.text.lower() and "<img" not in r.text.lower(), name
            assert c.get("/api/search", params={"q": "दिल्ली"}).json()["items"]
            assert c.get(f"/api/entities/{quote(ent, safe='')}").json()["mentions"] > 0
