"""The HTML pages, rendered on the server from the same queries as their JSON twins."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import quote, urlencode

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, select_autoescape

from khabar.corpus import watch as watching
from khabar.corpus.search import Filters
from khabar.store.store import Store
from khabar.web import queries
from khabar.web.cache import PageCache
from khabar.web.chart import bars
from khabar.web.deps import READ, StoreDep
from khabar.web.highlight import runs

HERE = Path(__file__).parent
PER_PAGE = 20
Text = Annotated[str | None, Query(max_length=500)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]


def _q(value: object) -> str:
    """A path segment or query value, percent-encoded (slashes included)."""
    return quote(str(value), safe="")


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(default=True),
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["q"] = _q
    env.filters["qs"] = lambda d: urlencode({k: v for k, v in d.items() if v not in (None, "")})
    return env


def render(name: str, code: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(environment().get_template(name).render(**context), status_code=code)


def cached(request: Request, store: Store, draw: Callable[[], HTMLResponse]) -> HTMLResponse:
    """``draw()``'s page, from the app's page cache while the store is unchanged (a 404 is not kept)."""
    pages: PageCache = request.app.state.pages

    def body() -> tuple[bytes, int]:
        resp = draw()
        return bytes(resp.body), resp.status_code

    content, status = pages.get(str(request.url.path), store, body)
    return HTMLResponse(content, status_code=status)


def build_router() -> APIRouter:
    r = APIRouter(dependencies=READ, include_in_schema=False)

    def missing(what: str) -> HTTPException:
        return HTTPException(404, f"no such {what}")

    @r.get("/", response_class=HTMLResponse)
    async def river(s: StoreDep, offset: Offset = 0) -> HTMLResponse:
        items = queries.river(s, limit=PER_PAGE, offset=offset)
        nxt = offset + PER_PAGE if len(items) == PER_PAGE else None
        return render("river.html", stories=items, offset=offset, next=nxt, prev=max(offset - PER_PAGE, 0),
                      twin=f"/api/stories?offset={offset}")

    @r.get("/story/{story_id}", response_class=HTMLResponse)
    async def story(request: Request, s: StoreDep, story_id: str) -> HTMLResponse:
        def draw() -> HTMLResponse:
            doc = queries.story(s, story_id)
            if doc is None:
                raise missing("story")
            chart = bars([(t["date"], {"articles": t["articles"]}) for t in doc["timeline"]], ("articles",))
            return render("story.html", s=doc, chart=chart, twin=f"/api/stories/{_q(story_id)}")

        return cached(request, s, draw)

    @r.get("/entity/{key}", response_class=HTMLResponse)
    async def entity(request: Request, s: StoreDep, key: str) -> HTMLResponse:
        def draw() -> HTMLResponse:
            doc = queries.entity(s, key)
            if doc is None:
                raise missing("entity")
            chart = bars([(m["period"], {"mentions": m["mentions"]}) for m in doc["timeline"]], ("mentions",))
            return render("entity.html", e=doc, chart=chart, twin=f"/api/entities/{_q(key)}")

        return cached(request, s, draw)

    @r.get("/pair", response_class=HTMLResponse)
    async def pair(s: StoreDep, one: Annotated[str, Query(min_length=1, max_length=500)],
             two: Annotated[str, Query(min_length=1, max_length=500)]) -> HTMLResponse:
        doc = queries.pair(s, one, two)
        chart = bars([(m["month"], {k: m[k] for k in ("cooperation", "neutral", "conflict")})
                      for m in doc["timeline"]], ("cooperation", "neutral", "conflict"))
        return render("pair.html", p=doc, chart=chart, twin=f"/api/pairs?{urlencode({'one': one, 'two': two})}")

    @r.get("/article/{article_id}", response_class=HTMLResponse)
    async def article(s: StoreDep, article_id: str) -> HTMLResponse:
        doc = queries.article(s, article_id)
        if doc is None:
            raise missing("article")
        return render("article.html", a=doc, runs=runs(doc), twin=f"/api/articles/{_q(article_id)}")

    @r.get("/search", response_class=HTMLResponse)
    async def search(s: StoreDep, q: Text = "", since: Text = None, until: Text = None, source: Text = None,
               lang: Text = None, entity: Text = None, event_type: Text = None, offset: Offset = 0) -> HTMLResponse:
        form = {"q": q or "", "since": since, "until": until, "source": source, "lang": lang, "entity": entity,
                "event_type": event_type}
        f = Filters(since=since, until=until, source=source, lang=lang, entity=entity, event_type=event_type)
        asked = any(form.values())
        hits = queries.search_hits(s, q or "", f, limit=PER_PAGE, offset=offset) if asked else []
        nxt = offset + PER_PAGE if len(hits) == PER_PAGE else None
        twin = "/api/search?" + urlencode({k: v for k, v in {**form, "offset": offset}.items() if v not in (None, "")})
        return render("search.html", form=form, hits=hits, facets=queries.facets(s), asked=asked, offset=offset,
                      next=nxt, twin=twin)

    @r.get("/watch", response_class=HTMLResponse)
    async def watch(s: StoreDep) -> HTMLResponse:
        news = [n.to_dict() for n in watching.check(s, peek=True, limit=50)]
        return render("watch.html", news=news, twin="/api/watches/news")

    return r
