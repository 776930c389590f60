"""``khabar analyze``: articles in, the contract's JSON Lines (or a readable view) out."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any, TextIO

from khabar.cli.pretty import render
from khabar.events.export import GDELT_COLUMNS, event_records, gdelt_rows
from khabar.io.records import Record, read_inputs
from khabar.model import Article, ArticleError
from khabar.pipeline import analyze_record
from khabar.reader import MAX_CHARS


def register(commands: Any) -> None:
    p = commands.add_parser(
        "analyze",
        help="analyse articles (.txt, .html, .jsonl files or JSON Lines on standard input)",
        description=(
            "Analyse articles: .txt (one article), .html/.htm (one web page), .jsonl (one JSON object "
            'a line: {"id", "text" or "html", "url", "published", "lang", "source", "title"}); '
            'no file or "-" reads JSON Lines from standard input. Writes one JSON object a line, in '
            "input order; an input that cannot be analysed gives an object with an \"error\" field."
        ),
    )
    p.add_argument("inputs", nargs="*", metavar="FILE", help='input files; "-" for standard input')
    p.add_argument("--format", choices=("jsonl", "pretty", "events", "gdelt"), default="jsonl",
                   help="jsonl: the output contract (default); pretty: for people; events: one PLOVER-style "
                        "JSON object per event; gdelt: a GDELT-like tab-separated event table")
    p.add_argument("--published", help="publication date (ISO 8601) for inputs that do not give one")
    p.add_argument("--url", help="source url for inputs that do not give one")
    p.add_argument("--lang", help="language code, to skip identification (for example hi)")
    p.add_argument("--max-chars", type=int, default=MAX_CHARS,
                   help=f"refuse articles longer than this many characters (default {MAX_CHARS:,})")
    p.set_defaults(run=run)


def _with_defaults(record: Record, args: argparse.Namespace) -> Record:
    from dataclasses import replace

    return replace(
        record,
        published=record.published or args.published,
        url=record.url or args.url,
        lang=record.lang or args.lang,
    )


def _write(result: Article | ArticleError, fmt: str, out: TextIO) -> None:
    if fmt == "pretty":
        out.write(render(result))
    elif fmt == "events":
        if isinstance(result, Article):
            for record in event_records(result):
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    elif fmt == "gdelt":
        if isinstance(result, Article):
            for row in gdelt_rows(result):
                out.write("\t".join(row) + "\n")
    else:
        out.write(json.dumps(result.to_dict(), ensure_ascii=False) + "\n")


def run(args: argparse.Namespace) -> int:
    out = sys.stdout
    failures = 0
    if args.format == "gdelt":
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    for item in read_inputs(args.inputs, sys.stdin.buffer):
        result = item if isinstance(item, ArticleError) else analyze_record(
            _with_defaults(item, args), max_chars=args.max_chars
        )
        if isinstance(result, ArticleError):
            failures += 1
            print(f"khabar: {result.id}: {result.error}", file=sys.stderr)
        _write(result, args.format, out)
        out.flush()
    return 1 if failures else 0
