"""The ``khabar`` command: thin wrappers over the library's public functions.

Exit codes: 0 success, 1 some inputs could not be analysed (their error objects were still
written), 2 usage error.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from khabar import __version__
from khabar.cli import analyze as analyze_cmd
from khabar.cli import batch as batch_cmd
from khabar.cli import corpus as corpus_cmd
from khabar.cli import kb as kb_cmd
from khabar.cli import serve as serve_cmd


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="khabar",
        description="Turn raw news articles (Hindi first) into structured, linked knowledge.",
    )
    parser.add_argument("--version", action="version", version=f"khabar {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    commands.required = True
    analyze_cmd.register(commands)
    corpus_cmd.register(commands)
    kb_cmd.register(commands)
    batch_cmd.register(commands)
    serve_cmd.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        code: int = args.run(args)
    except BrokenPipeError:  # `khabar analyze … | head`
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("interrupted", file=sys.stderr)
        return 130
    return code


if __name__ == "__main__":
    sys.exit(main())
