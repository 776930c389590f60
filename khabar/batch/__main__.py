"""``python -m khabar.batch ...`` is ``khabar batch ...``; this file is also the script to give
``spark-submit`` (see docs/batch.md)."""

from __future__ import annotations

import argparse
import sys

from khabar.cli import batch as batch_cmd


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m khabar.batch")
    commands = parser.add_subparsers(dest="command")
    batch_cmd.register(commands)
    args = parser.parse_args(["batch", *(sys.argv[1:] if argv is None else argv)])
    code: int = args.run(args)
    return code


if __name__ == "__main__":
    sys.exit(main())
