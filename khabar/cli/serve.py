"""``khabar serve``: the JSON API and the web interface over a store."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from khabar.store.store import DEFAULT_DB


def register(commands: Any) -> None:
    from khabar.web.settings import MAX_BODY, TOKEN_ENV

    p = commands.add_parser(
        "serve", help="serve the JSON API (/api/) and the web interface over a store",
        description="Serve the store: web pages (river of stories, story, entity, actor pair, article, search, "
                    "watch list), each with a JSON twin under /api/, the OpenAPI description at "
                    "/api/openapi.json, and analysis on demand (POST /api/analyze). Writes need the token.")
    p.add_argument("--db", default=DEFAULT_DB,
                   help=f"the store: an SQLite file (default {DEFAULT_DB}) or a postgresql:// URL")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port (default 8000)")
    p.add_argument("--token", help=f"the token writes need (default ${TOKEN_ENV}; none: writes are refused)")
    p.add_argument("--protect-reads", action="store_true", help="reads need the token too")
    p.add_argument("--max-body", type=int, default=MAX_BODY,
                   help=f"largest request body in bytes (default {MAX_BODY:,})")
    p.add_argument("--log-level", default="info", choices=("critical", "error", "warning", "info", "debug"))
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from khabar.web.server import serve
    from khabar.web.settings import Settings

    settings = Settings.from_env(args.db, token=args.token, protect_reads=args.protect_reads,
                                 max_body=args.max_body)
    if settings.protect_reads and not settings.token:
        print("khabar serve: --protect-reads needs a token (--token or $KHABAR_TOKEN)", file=sys.stderr)
        return 2
    print(f"khabar: serving {args.db} at http://{args.host}:{args.port}/ (API: /api/, "
          f"OpenAPI: /api/openapi.json)", flush=True)
    serve(settings, host=args.host, port=args.port, log_level=args.log_level)
    return 0
