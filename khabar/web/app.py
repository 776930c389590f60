"""The web application: ``create_app(settings)`` gives a FastAPI app serving the JSON API under
``/api/`` (OpenAPI at ``/api/openapi.json``), the HTML pages and their stylesheet.

Reads are open unless ``protect_reads``; writes need ``Authorization: Bearer <token>`` and are
refused when the server has no token. Every response carries a Content-Security-Policy that
allows nothing but this server's stylesheet: no script runs on any page.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from khabar import __version__
from khabar.web import api, pages
from khabar.web.cache import PageCache
from khabar.web.security import Guard
from khabar.web.settings import Settings
from khabar.web.stores import StorePool


def create_app(settings: Settings) -> FastAPI:
    pool = StorePool(settings.db)
    pool.get()  # open once now: a bad --db fails at start, not on the first request

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        pool.close()

    app = FastAPI(title="khabar", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  openapi_url="/api/openapi.json",
                  description="Articles, stories, entities, quotes, events, search, watch lists and analysis "
                              "on demand. Writes need `Authorization: Bearer <token>`.")

    app.state.pool = pool
    app.state.settings = settings
    app.state.pages = PageCache(settings.page_cache)
    app.include_router(api.build_router())
    app.include_router(pages.build_router())
    app.mount("/static", StaticFiles(directory=pages.HERE / "static"), name="static")

    def wants_html(request: Request) -> bool:
        return not request.url.path.startswith("/api") and "text/html" in request.headers.get("accept", "")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        if wants_html(request):
            resp: Response = pages.render("error.html", exc.status_code, status=exc.status_code, detail=exc.detail,
                                          twin=None)
        else:
            resp = JSONResponse({"detail": exc.detail}, exc.status_code)
        for k, v in (exc.headers or {}).items():
            resp.headers[k] = v
        return resp

    @app.exception_handler(RequestValidationError)
    async def bad_request(request: Request, exc: RequestValidationError) -> Response:
        if wants_html(request):
            return pages.render("error.html", 422, status=422, detail="the request's parameters are not valid",
                                twin=None)
        return JSONResponse({"detail": jsonable(exc.errors())}, 422)

    app.add_middleware(Guard, max_body=settings.max_body)
    return app


def jsonable(errors: object) -> object:
    from fastapi.encoders import jsonable_encoder

    return jsonable_encoder(errors, custom_encoder={BaseException: str})
