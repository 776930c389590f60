"""``khabar batch``: an archive of articles in, Parquet tables of articles, entities, quotes,
events and errors out (khabar.batch), on this machine's cores or on Spark."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from khabar.batch.options import DATE_FORMATS, FIELDS, SPLIT_BYTES, InputOptions, InputUsageError
from khabar.reader import MAX_CHARS


def register(commands: Any) -> None:
    p = commands.add_parser(
        "batch",
        help="analyse an archive (JSONL, CSV, Parquet, WARC) into Parquet tables, locally or on Spark",
        description=(
            "Analyse every article of the inputs (files or folders of .jsonl, .csv/.tsv, .parquet, "
            ".warc, each optionally .gz) and write Parquet tables to DIR: articles, entities, quotes "
            "and events partitioned by publication date (published=YYYY-MM-DD, or published=unknown), "
            "and errors for records that could not be analysed. Exit code 1 when the errors table "
            "is not empty. See docs/batch.md for running under spark-submit."
        ),
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="files or folders (local paths or URIs)")
    p.add_argument("--output", "-o", required=True, metavar="DIR",
                   help="output folder; its five table folders are replaced")
    p.add_argument("--engine", choices=("local", "spark"), default="local",
                   help="local: worker processes on this machine (default); spark: a Spark session")
    p.add_argument("--processes", type=int, default=None,
                   help="local engine: worker processes (default: every core)")
    p.add_argument("--master", default=None,
                   help="spark engine: master URL such as local[4]; omit under spark-submit")
    p.add_argument("--columns", default="", metavar="FIELD=COLUMN,...",
                   help="CSV/Parquet column for each record field ("
                   + ", ".join(FIELDS) + "); unmapped fields use common column names")
    p.add_argument("--date-format", action="append", default=None, metavar="FORMAT",
                   help="strptime format of non-ISO publication dates (repeatable; default: "
                   + "; ".join(f.replace("%", "%%") for f in DATE_FORMATS) + ")")
    p.add_argument("--published", help="publication date (ISO 8601) for records that do not give one")
    p.add_argument("--lang", help="language code for every record, to skip identification")
    p.add_argument("--encoding", help="encoding of CSV files without a byte-order mark (default UTF-8)")
    p.add_argument("--split-mb", type=float, default=SPLIT_BYTES / 2**20,
                   help=f"size of the pieces inputs are cut into, in MiB (default {SPLIT_BYTES // 2**20})")
    p.add_argument("--max-chars", type=int, default=MAX_CHARS,
                   help=f"refuse articles longer than this many characters (default {MAX_CHARS:,})")
    p.set_defaults(run=run)


def parse_columns(text: str) -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    for item in filter(None, (part.strip() for part in text.split(","))):
        field, sep, column = item.partition("=")
        if not sep or field.strip() not in FIELDS or not column.strip():
            raise InputUsageError(f"--columns: {item!r} is not FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}")
        pairs.append((field.strip(), column.strip()))
    return tuple(pairs)


def options_of(args: argparse.Namespace) -> InputOptions:
    return InputOptions(
        columns=parse_columns(args.columns),
        date_formats=tuple(args.date_format) if args.date_format else DATE_FORMATS,
        published=args.published,
        lang=args.lang,
        encoding=args.encoding,
        split_bytes=max(1, int(args.split_mb * 2**20)),
    )


def run(args: argparse.Namespace) -> int:
    try:
        options = options_of(args)
        if args.engine == "spark":
            from khabar.batch.spark import run_spark

            summary = run_spark(args.inputs, args.output, master=args.master, options=options,
                                max_chars=args.max_chars)
        else:
            from khabar.batch.local import run_local

            summary = run_local(args.inputs, args.output, processes=args.processes, options=options,
                                max_chars=args.max_chars)
    except InputUsageError as e:
        print(f"khabar batch: {e}", file=sys.stderr)
        return 2
    counts = ", ".join(f"{n:,} {name}" for name, n in summary.rows.items())
    rate = summary.articles / summary.seconds if summary.seconds else 0.0
    print(
        f"khabar batch: {counts} in {summary.seconds:.1f} s ({rate:,.1f} articles/s; {summary.engine}, "
        f"{summary.workers} worker(s), {summary.splits} split(s)) -> {args.output}",
        file=sys.stderr,
    )
    if summary.errors:
        print(f"khabar batch: {summary.errors:,} record(s) could not be analysed; see {args.output}/errors",
              file=sys.stderr)
    return 1 if summary.errors else 0
