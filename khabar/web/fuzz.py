"""``python -m khabar.web.fuzz``: schemathesis against the API's OpenAPI description; any
server error (5xx) fails the run.

schemathesis pins an older pytest than khabar's, so it lives in its own environment:
``python3 -m venv .venv-fuzz && .venv-fuzz/bin/pip install schemathesis==3.39.16 hypothesis==6.122.3``
(``--schemathesis`` names its executable). The server runs here, in a thread, over a store of the
sample articles and the first newsonair articles, with a token so that writes are exercised too.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from pathlib import Path

from khabar.web.samples import build, newsonair_items, sample_items
from khabar.web.server import running
from khabar.web.settings import Settings

TOKEN = "fuzz-token"  # noqa: S105 (a throwaway server's token)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m khabar.web.fuzz", description=__doc__)
    p.add_argument("--schemathesis", default=".venv-fuzz/bin/schemathesis", help="the schemathesis executable")
    p.add_argument("--examples", type=int, default=300, help="examples per operation (default 300)")
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    if not Path(args.schemathesis).exists():
        print(f"no {args.schemathesis}: see python -m khabar.web.fuzz --help", file=sys.stderr)  # noqa: T201
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "fuzz.db")
        build(db, sample_items() + newsonair_items(100))
        with running(Settings(db=db, token=TOKEN)) as url:
            return subprocess.call([
                args.schemathesis, "run", f"{url}/api/openapi.json", "--experimental=openapi-3.1",
                "--checks", "not_a_server_error", "-H", f"Authorization: Bearer {TOKEN}",
                "--hypothesis-max-examples", str(args.examples), "--hypothesis-seed", str(args.seed),
                "--hypothesis-suppress-health-check", "all", "--workers", "2"])


if __name__ == "__main__":
    sys.exit(main())
