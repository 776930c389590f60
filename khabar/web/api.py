"""The JSON API under ``/api/``: reads open by default, writes behind the token.

Lists are pages: ``{"items": [...], "limit", "offset", "next"}`` where ``next`` is the URL of the
following page or null. Every HTML page has its twin here (the page links to it).
"""

from __future__ import annotations

from typing import Annotated, Any, Literal
from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Path, Query, Request
from pydantic import BaseModel, Field

from khabar.corpus import watch as watching
from khabar.corpus.search import Filters
from khabar.errors import KhabarError
from khabar.web import queries
from khabar.web.deps import READ, WRITE, StoreDep, thread_store
from khabar.web.settings import MAX_BODY, MAX_LIMIT

Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT)]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
Text = Annotated[str | None, Query(max_length=500)]
Doc = dict[str, Any]


class ArticleIn(BaseModel):
    """An article to analyse (and, for POST /api/articles, to store): text or HTML."""

    text: str | None = Field(None, max_length=MAX_BODY)
    html: str | None = Field(None, max_length=MAX_BODY)
    id: str | None = Field(None, max_length=500)
    url: str | None = Field(None, max_length=2000)
    published: str | None = Field(None, max_length=40)
    lang: str | None = Field(None, max_length=20)
    source: str | None = Field(None, max_length=200)
    title: str | None = Field(None, max_length=2000)


class WatchIn(BaseModel):
    kind: Literal["entity", "query", "pair", "speaker"] = "query"
    value: str = Field(min_length=1, max_length=500)


def page(request: Request, items: list[Doc], limit: int, offset: int) -> Doc:
    nxt = None
    if len(items) == limit:
        params = dict(request.query_params)
        params.update(limit=str(limit), offset=str(offset + limit))
        nxt = f"{request.url.path}?{urlencode(params)}"
    return {"items": items, "limit": limit, "offset": offset, "next": nxt}


def _found(doc: Doc | None, what: str) -> Doc:
    if doc is None:
        raise HTTPException(404, f"no such {what}")
    return doc


def _content(body: ArticleIn) -> tuple[str, bool]:
    if body.text is not None and body.html is None:
        return body.text, False
    if body.html is not None and body.text is None:
        return body.html, True
    raise HTTPException(422, 'give exactly one of "text" and "html"')


def build_router() -> APIRouter:
    r = APIRouter(prefix="/api")
    reads, writes = READ, WRITE

    @r.get("/stories", dependencies=reads, summary="The latest stories (the river)")
    async def stories(request: Request, s: StoreDep, limit: Limit = 20, offset: Offset = 0) -> Doc:
        return page(request, queries.river(s, limit=limit, offset=offset), limit, offset)

    @r.get("/stories/{story_id}", dependencies=reads, summary="A story: articles, timeline, entities, quotes, events")
    async def story(s: StoreDep, story_id: str) -> Doc:
        return _found(queries.story(s, story_id), "story")

    @r.get("/entities", dependencies=reads, summary="Entities by number of mentions")
    async def entities(request: Request, s: StoreDep, limit: Limit = 20, offset: Offset = 0) -> Doc:
        rows = s.execute("SELECT key, MAX(COALESCE(name, text)), MAX(label), COUNT(*) FROM entities GROUP BY key "
                         "ORDER BY COUNT(*) DESC, key LIMIT ? OFFSET ?", (limit, offset))
        items = [{"key": k, "name": n, "label": lab, "mentions": int(c)} for k, n, lab, c in rows]
        return page(request, items, limit, offset)

    @r.get("/entities/{key}", dependencies=reads, summary="An entity: mentions over time, quotes, events, related")
    async def entity(s: StoreDep, key: str) -> Doc:
        return _found(queries.entity(s, key), "entity")

    @r.get("/pairs", dependencies=reads, summary="Two actors: their events over time, cooperation against conflict")
    async def pairs(s: StoreDep, one: Annotated[str, Query(min_length=1, max_length=500)],
              two: Annotated[str, Query(min_length=1, max_length=500)]) -> Doc:
        return queries.pair(s, one, two)

    @r.get("/articles", dependencies=reads, summary="Articles, newest first")
    async def articles(request: Request, s: StoreDep, limit: Limit = 20, offset: Offset = 0) -> Doc:
        return page(request, queries.search_hits(s, "", Filters(), limit=limit, offset=offset), limit, offset)

    @r.get("/articles/{article_id}", dependencies=reads, summary="A stored article: the contract's object")
    async def article(s: StoreDep, article_id: str) -> Doc:
        return _found(queries.article(s, article_id), "article")

    @r.post("/articles", dependencies=writes, status_code=201, summary="Analyse and store an article (token)")
    def add_article(request: Request, body: ArticleIn) -> Doc:
        from khabar.corpus.ingest import ingest
        from khabar.corpus.sources import Item, raw_hash
        from khabar.io.records import Record

        content, html = _content(body)
        rid = body.id or "api-" + raw_hash(Record(id="", content=content, html=html))[:16]
        rec = Record(id=rid, content=content, html=html, url=body.url, published=body.published, lang=body.lang,
                     source=body.source, title=body.title)
        stats = ingest(thread_store(request), [Item(rec, "api")])
        if stats.errors:
            raise HTTPException(422, stats.errors[0].error)
        return {"id": rid, **stats.as_dict()}

    @r.get("/quotes", dependencies=reads, summary="Quotes, newest first; optionally of one speaker (entity key)")
    async def quote_list(request: Request, s: StoreDep, speaker: Text = None, limit: Limit = 20,
                         offset: Offset = 0) -> Doc:
        where, params = ("q.speaker_key = ?", (speaker,)) if speaker else ("1 = 1", ())
        items = queries.quotes(s, where, params, limit + offset)[offset:]
        return page(request, items, limit, offset)

    @r.get("/events", dependencies=reads, summary="Events, newest first; by PLOVER type and actor (entity key)")
    async def event_list(request: Request, s: StoreDep, type: Text = None, actor: Text = None,
                   limit: Limit = 20, offset: Offset = 0) -> Doc:
        where, params = ["1 = 1"], []
        if type:
            where.append("v.type = ?")
            params.append(type.upper())
        if actor:
            where.append("(v.source_key = ? OR v.target_key = ?)")
            params += [actor, actor]
        items = queries.events(s, " AND ".join(where), tuple(params), limit + offset)[offset:]
        return page(request, items, limit, offset)

    @r.get("/search", dependencies=reads, summary="Full-text search with filters")
    async def search(request: Request, s: StoreDep, q: Text = "", since: Text = None, until: Text = None,
                     source: Text = None, lang: Text = None, entity: Text = None, event_type: Text = None,
                     story: Text = None, limit: Limit = 20, offset: Offset = 0) -> Doc:
        f = Filters(since=since, until=until, source=source, lang=lang, entity=entity, event_type=event_type,
                    story=story)
        return page(request, queries.search_hits(s, q or "", f, limit=limit, offset=offset), limit, offset)

    @r.get("/watches", dependencies=reads, summary="The watch list")
    async def watches(s: StoreDep) -> Doc:
        return {"items": [{"id": w.id, "kind": w.kind, "value": w.value, "last_check": w.last_check}
                          for w in watching.list_watches(s)]}

    @r.get("/watches/news", dependencies=reads, summary="What is new for each watch (marks stay)")
    async def watch_news(s: StoreDep) -> Doc:
        return {"items": [n.to_dict() for n in watching.check(s, peek=True, limit=50)]}

    @r.post("/watches", dependencies=writes, status_code=201, summary="Watch an entity, query, pair or speaker (token)")
    async def watch_add(s: StoreDep, body: WatchIn) -> Doc:
        try:
            w = watching.add(s, body.kind, body.value)
        except ValueError as e:
            raise HTTPException(422, str(e)) from e
        return {"id": w.id, "kind": w.kind, "value": w.value, "last_check": w.last_check}

    @r.delete("/watches/{watch_id}", dependencies=writes, summary="Stop watching (token)")
    async def watch_remove(s: StoreDep, watch_id: Annotated[int, Path(ge=0, le=2**62)]) -> Doc:
        if not watching.remove(s, watch_id):
            raise HTTPException(404, "no such watch")
        return {"removed": watch_id}

    @r.post("/watches/check", dependencies=writes, summary="What is new, and move every watch's mark (token)")
    async def watch_check(s: StoreDep) -> Doc:
        return {"items": [n.to_dict() for n in watching.check(s, limit=50)]}

    @r.post("/analyze", dependencies=reads, summary="Analyse text or HTML: the contract's JSON")
    def analyze(body: ArticleIn) -> Doc:
        from khabar.pipeline import analyze as run

        content, html = _content(body)
        try:
            doc = run(content, html=html, url=body.url, published=body.published, lang=body.lang,
                      title=body.title, id=body.id, source=body.source)
        except (KhabarError, ValueError) as e:
            raise HTTPException(422, str(e)) from e
        return doc.to_dict()

    return r
