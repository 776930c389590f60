"""Request dependencies: the thread's store and the token checks, read from the app's state."""

from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, Header, HTTPException, Request

from khabar.store.store import Store
from khabar.web.settings import Settings
from khabar.web.stores import StorePool


async def get_store(request: Request) -> Store:
    """The event loop thread's store: for ``async`` endpoints only (they run in that thread).
    A blocking endpoint (in the thread pool) calls :func:`thread_store` instead."""
    return thread_store(request)


def thread_store(request: Request) -> Store:
    pool: StorePool = request.app.state.pool
    return pool.get()


def _settings(request: Request) -> Settings:
    settings: Settings = request.app.state.settings
    return settings


def _allowed(settings: Settings, authorization: str | None) -> bool:
    if not settings.token or not authorization:
        return False
    scheme, _, given = authorization.partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.encode(), settings.token.encode())


async def require_read(request: Request,
                 authorization: Annotated[str | None, Header(include_in_schema=False)] = None) -> None:
    settings = _settings(request)
    if settings.protect_reads and not _allowed(settings, authorization):
        raise HTTPException(401, "this server needs a token to read", headers={"WWW-Authenticate": "Bearer"})


async def require_write(request: Request,
                  authorization: Annotated[str | None, Header(include_in_schema=False)] = None) -> None:
    settings = _settings(request)
    if not settings.token:
        raise HTTPException(403, "this server takes no writes: start it with --token or $KHABAR_TOKEN")
    if not _allowed(settings, authorization):
        raise HTTPException(401, "a write needs the token", headers={"WWW-Authenticate": "Bearer"})


StoreDep = Annotated[Store, Depends(get_store)]
READ = [Depends(require_read)]
WRITE = [Depends(require_write)]
