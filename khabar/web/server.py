"""Running the app: in the foreground (``khabar serve``) or in a thread (tests, the demo's checks)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import uvicorn

from khabar.web.app import create_app
from khabar.web.settings import Settings


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def config(settings: Settings, *, host: str, port: int, log_level: str = "warning") -> uvicorn.Config:
    return uvicorn.Config(create_app(settings), host=host, port=port, log_level=log_level, access_log=False,
                          limit_concurrency=512, timeout_keep_alive=5, server_header=False)


def serve(settings: Settings, *, host: str = "127.0.0.1", port: int = 8000, log_level: str = "info") -> None:
    uvicorn.Server(config(settings, host=host, port=port, log_level=log_level)).run()


@contextmanager
def running(settings: Settings, *, host: str = "127.0.0.1", port: int | None = None) -> Iterator[str]:
    """A real server on localhost in a thread while the block runs; yields its base URL."""
    port = port or free_port(host)
    server = uvicorn.Server(config(settings, host=host, port=port))
    thread = threading.Thread(target=server.run, name="khabar-web", daemon=True)
    thread.start()
    deadline = time.monotonic() + 30
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            raise RuntimeError(f"the web server did not start on {host}:{port}")
        time.sleep(0.02)
    try:
        yield f"http://{host}:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
