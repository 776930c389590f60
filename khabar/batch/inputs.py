"""Batch inputs: find the files, cut them into splits, and read the records of one split.

A *split* is the unit of work both engines hand to a worker process: a byte range of a JSON
Lines file, or every ``parts``-th record (row group for Parquet) of a CSV, compressed JSON Lines,
Parquet or WARC file. Splits are planned on the driver from file sizes alone (Parquet: its
footer), so planning reads no data; each worker opens its file itself, seeks, and streams.

Paths may be local or URIs that :mod:`pyarrow.fs` opens (``s3://``, ``hdfs://``, ``gs://``,
``file://``); on a cluster every executor must be able to open them.

Every record carries its *position* in its file, for the errors table: the byte offset of the
line (JSON Lines; the line number for compressed files), the 1-based data row (CSV), the 0-based
row (Parquet), the byte offset of the WARC record.
"""

from __future__ import annotations

import csv
import gzip
import io
import json
import math
import posixpath
import sys
from collections.abc import Iterable, Iterator, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import IO, Any

import pyarrow.fs as pafs  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from khabar.batch.options import ALIASES, FIELDS, InputOptions, InputUsageError
from khabar.errors import Problem
from khabar.io.records import Record, cell_date, cell_text, record_from_json
from khabar.model import ArticleError
from khabar.reader import content_id

KINDS = ("jsonl", "csv", "parquet", "warc")
_SUFFIXES = {
    ".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl",
    ".csv": "csv", ".tsv": "csv",
    ".parquet": "parquet", ".pq": "parquet",
    ".warc": "warc", ".arc": "warc",
}
_NO_ID = "\x00no-id"


@dataclass(frozen=True, slots=True)
class InputFile:
    path: str
    kind: str
    size: int

    @property
    def gzipped(self) -> bool:
        return self.path.lower().endswith(".gz")


@dataclass(frozen=True, slots=True)
class Split:
    """A piece of one file: bytes ``[start, end)`` (plain JSON Lines) or records ``i % parts == part``."""

    file: InputFile
    part: int = 0
    parts: int = 1
    start: int = 0
    end: int = -1


@dataclass(frozen=True, slots=True)
class Located:
    """One record (or the error reading it) and where it came from."""

    file: str
    position: int
    item: Record | ArticleError


# ---------------------------------------------------------------------------------------- files


def kind_of(path: str) -> str | None:
    name = path.lower()
    if name.endswith(".gz"):
        name = name[:-3]
    return _SUFFIXES.get(posixpath.splitext(name)[1])


def _filesystem(path: str) -> tuple[Any, str]:
    if "://" in path:
        scheme, rest = path.split("://", 1)
        if scheme in ("s3a", "s3n"):  # Hadoop's names for S3, as Spark users write them
            path = f"s3://{rest}"
        fs, inner = pafs.FileSystem.from_uri(path)
        return fs, str(inner)
    return pafs.LocalFileSystem(), path


def find_inputs(paths: Iterable[str]) -> list[InputFile]:
    """The input files: each file given, and the files of known kinds in each folder (sorted),
    local paths made absolute."""
    found: list[InputFile] = []
    for given in paths:
        # local paths made absolute: executors of a cluster do not share the driver's directory
        path = given if "://" in given else str(Path(given).absolute())
        fs, inner = _filesystem(path)
        info = fs.get_file_info(inner)
        if info.type == pafs.FileType.NotFound:
            raise InputUsageError(f"{path}: no such file or folder")
        if info.type == pafs.FileType.Directory:
            selector = pafs.FileSelector(inner, recursive=True)
            infos = sorted(fs.get_file_info(selector), key=lambda i: i.path)
            prefix = path[: len(path) - len(inner)] if "://" in path else ""
            for sub in infos:
                base = posixpath.basename(sub.path)
                kind = kind_of(sub.path)
                if sub.type == pafs.FileType.File and kind and not base.startswith((".", "_")):
                    found.append(InputFile(prefix + sub.path, kind, sub.size))
            continue
        kind = kind_of(path)
        if kind is None:
            raise InputUsageError(
                f"{path}: unknown kind of file; give .jsonl, .csv, .tsv, .parquet or .warc (optionally .gz)"
            )
        found.append(InputFile(path, kind, info.size))
    return found


def plan_splits(files: Iterable[InputFile], options: InputOptions, *, min_splits: int = 1) -> list[Split]:
    """Cut the files into splits of about ``options.split_bytes``, and into at least ``min_splits``
    in all (so that every worker gets work), never reading their data."""
    files = list(files)
    total = sum(f.size for f in files)
    size = max(1, min(options.split_bytes, math.ceil(total / max(1, min_splits))))
    splits: list[Split] = []
    for f in files:
        n = max(1, math.ceil(f.size / size))
        if f.kind == "jsonl" and not f.gzipped:
            step = math.ceil(f.size / n) if f.size else 1
            for i in range(n):
                start, end = i * step, min(f.size, (i + 1) * step)
                splits.append(Split(f, start=start, end=-1 if i == n - 1 else end))
        elif f.kind == "parquet":
            with open_binary(f.path) as fh:
                groups = pq.ParquetFile(fh).metadata.num_row_groups
            n = max(1, min(n, groups))
            splits.extend(Split(f, part=i, parts=n) for i in range(n))
        else:
            splits.extend(Split(f, part=i, parts=n) for i in range(n))
    return splits


class _RawNative(io.RawIOBase):
    """A pyarrow file as a Python raw stream (for readline and text wrappers)."""

    def __init__(self, native: Any) -> None:
        self._f = native

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self._f.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def seek(self, offset: int, whence: int = 0) -> int:
        return int(self._f.seek(offset, whence))

    def tell(self) -> int:
        return int(self._f.tell())

    def close(self) -> None:
        self._f.close()
        super().close()


def open_binary(path: str) -> IO[bytes]:
    """A seekable, buffered binary stream of a local path or a pyarrow URI."""
    if "://" not in path:
        return Path(path).open("rb")
    fs, inner = _filesystem(path)
    return io.BufferedReader(_RawNative(fs.open_input_file(inner)), buffer_size=1 << 20)


# -------------------------------------------------------------------------------------- records


def _error(file: str, position: int, problem: Problem, record_id: str = "", **details: object) -> Located:
    return Located(file, position, ArticleError(id=record_id, error=problem.format(**details), code=problem.code))


def _with_id(record: Record, raw_id: str | None) -> Record:
    if raw_id:
        return replace(record, id=raw_id)
    content = record.content
    text = content if isinstance(content, str) else content.decode("utf-8", "surrogateescape")
    return replace(record, id=content_id(text))


def _apply_defaults(record: Record, options: InputOptions) -> Record:
    published = record.published or options.published
    lang = record.lang or options.lang
    if published == record.published and lang == record.lang:
        return record
    return replace(record, published=published, lang=lang)


def read_split(split: Split, options: InputOptions) -> Iterator[Located]:
    """The records of one split, in file order; problems become error records, never exceptions."""
    f = split.file
    try:
        if f.kind == "jsonl":
            yield from _jsonl(split, options)
        elif f.kind == "csv":
            yield from _csv(split, options)
        elif f.kind == "parquet":
            yield from _parquet(split, options)
        else:
            yield from _warc(split, options)
    except OSError as e:
        yield _error(f.path, -1, Problem.UNREADABLE, detail=f"{f.path}: {e.strerror or e}")


def _jsonl_record(file: str, position: int, raw: bytes, options: InputOptions, first: bool) -> Located | None:
    where = f"at byte {position}"
    try:
        line = raw.decode("utf-8-sig" if first else "utf-8")
    except UnicodeDecodeError as e:
        return _error(file, position, Problem.BAD_JSON, line=where, detail=f"not UTF-8 ({e.reason})")
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as e:
        return _error(file, position, Problem.BAD_JSON, line=where, detail=f"{e.msg} at column {e.colno}")
    raw_id = obj.get("id") if isinstance(obj, dict) else None
    item = record_from_json(obj, line=position, default_id=_NO_ID)
    if isinstance(item, ArticleError):
        message = item.error.replace(f"line {position}", f"the line {where}", 1)
        record_id = "" if item.id == _NO_ID else item.id
        return Located(file, position, ArticleError(id=record_id, error=message, code=item.code))
    has_id = raw_id is not None and raw_id != ""
    return Located(file, position, _apply_defaults(_with_id(item, item.id if has_id else None), options))


def _jsonl(split: Split, options: InputOptions) -> Iterator[Located]:
    f = split.file
    with open_binary(f.path) as fh:
        if f.gzipped:
            with gzip.open(fh, "rb") as lines:
                for number, raw in enumerate(lines, start=1):
                    if (number - 1) % split.parts == split.part:
                        found = _jsonl_record(f.path, number, raw, options, number == 1)
                        if found:
                            yield found
            return
        position = split.start
        if position > 0:
            fh.seek(position - 1)
            position += len(fh.readline()) - 1  # the line holding byte start-1 belongs to the split before
        while split.end < 0 or position < split.end:
            raw = fh.readline()
            if not raw:
                break
            found = _jsonl_record(f.path, position, raw, options, position == 0)
            if found:
                yield found
            position += len(raw)


def _mapping(header: Iterable[str], options: InputOptions) -> dict[str, str]:
    """Record field -> column: the given mapping where the file has that column, else the first
    alias present in the header (so one mapping serves inputs of different shapes)."""
    columns = list(header)
    given = dict(options.columns)
    mapping: dict[str, str] = {}
    lowered = {c.strip().lower(): c for c in columns}
    for field in FIELDS:
        if field in given and given[field] in columns:
            mapping[field] = given[field]
            continue
        for alias in ALIASES[field]:
            if alias in lowered:
                mapping[field] = lowered[alias]
                break
    return mapping


def _text_value(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | date):
        return value.isoformat()
    text = str(value)
    return text or None


def record_from_row(
    row: Mapping[str, object], mapping: Mapping[str, str], file: str, position: int, options: InputOptions
) -> Located:
    """A record from one CSV or Parquet row, through the column mapping."""
    def get(field: str) -> object:
        column = mapping.get(field)
        return row.get(column) if column else None

    raw_id = _text_value(get("id"))
    text, html = get("text"), get("html")
    content = text if text not in (None, "") else html
    if content in (None, ""):
        return _error(file, position, Problem.BAD_RECORD, raw_id or "", line=f"row {position}",
                      detail='no text: the "text" and "html" columns are empty or missing')
    if not isinstance(content, str | bytes):
        content = str(content)
    if isinstance(content, str) and content is text:
        content = cell_text(content)
    record = Record(
        id=_NO_ID,
        content=content,
        html=True if content is html else None,
        url=_text_value(get("url")),
        published=cell_date(get("published"), options.date_formats),
        lang=_text_value(get("lang")),
        source=_text_value(get("source")),
        title=_text_value(get("title")),
    )
    return Located(file, position, _apply_defaults(_with_id(record, raw_id), options))


def _encoding(head: bytes, options: InputOptions) -> str:
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    if head.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    return options.encoding or "utf-8"


def _csv(split: Split, options: InputOptions) -> Iterator[Located]:
    f = split.file
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    with open_binary(f.path) as raw, (gzip.open(raw, "rb") if f.gzipped else nullcontext(raw)) as stream:
        head = getattr(stream, "peek", lambda n: b"")(4)[:4]
        text = io.TextIOWrapper(stream, encoding=_encoding(head, options), newline="")
        delimiter = "\t" if f.path.lower().removesuffix(".gz").endswith(".tsv") else ","
        reader = csv.DictReader(text, delimiter=delimiter)
        try:
            mapping = _mapping(reader.fieldnames or (), options)
            for number, row in enumerate(reader, start=1):
                if (number - 1) % split.parts == split.part:
                    yield record_from_row(row, mapping, f.path, number, options)
        except (csv.Error, UnicodeDecodeError) as e:
            yield _error(f.path, reader.line_num, Problem.BAD_RECORD, line=f"CSV line {reader.line_num}",
                         detail=f"the file cannot be read on from here ({e})")


def _parquet(split: Split, options: InputOptions) -> Iterator[Located]:
    f = split.file
    with open_binary(f.path) as fh:
        pf = pq.ParquetFile(fh)
        mapping = _mapping(pf.schema_arrow.names, options)
        columns = sorted(set(mapping.values()) & set(pf.schema_arrow.names))
        offset = 0
        for group in range(pf.metadata.num_row_groups):
            rows = pf.metadata.row_group(group).num_rows
            if group % split.parts == split.part:
                for i, row in enumerate(pf.read_row_group(group, columns=columns).to_pylist()):
                    yield record_from_row(row, mapping, f.path, offset + i, options)
            offset += rows


def _warc(split: Split, options: InputOptions) -> Iterator[Located]:
    from warcio.archiveiterator import ArchiveIterator  # type: ignore[import-untyped]
    from warcio.exceptions import ArchiveLoadFailed  # type: ignore[import-untyped]

    f = split.file
    with open_binary(f.path) as fh:
        records = ArchiveIterator(fh)
        number, position = -1, 0
        try:
            for rec in records:
                if rec.rec_type != "response" or not rec.http_headers:
                    continue
                status = rec.http_headers.get_statuscode() or ""
                ctype = (rec.http_headers.get_header("Content-Type") or "").lower()
                if not status.startswith("2") or "html" not in ctype:
                    continue
                number += 1  # the pages (HTML responses) are dealt out to the splits
                if number % split.parts != split.part:
                    continue
                body: bytes = rec.content_stream().read()
                position = records.get_record_offset()  # (reads the record to its end: after the body)
                record = Record(id=_NO_ID, content=body, html=True,
                                url=rec.rec_headers.get_header("WARC-Target-URI"))
                yield Located(f.path, position, _apply_defaults(_with_id(record, None), options))
        except ArchiveLoadFailed as e:
            yield _error(f.path, position, Problem.BAD_RECORD, line="WARC record",
                         detail=f"the archive cannot be read on from here ({e})")
