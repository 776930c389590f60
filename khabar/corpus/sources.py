"""Where ingest's records come from: files, folders (recursively), JSON Lines, CSV and web pages.

A CSV file gives one article a row. Its columns are found by name (``id``, ``text`` or ``data`` or
``body``, ``html``, ``url`` or ``link``, ``published`` or ``date``, ``title``, ``lang``, ``source``)
or named by a mapping such as ``text=data,url=link``. A cell holding a Python-style list of
paragraphs (the newsonair crawler's ``data`` column) becomes the paragraphs joined by newlines.
Dates like "Jan 07, 2020" become ISO dates. Rows without an id get the url, else file:row.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from khabar.errors import InputError, Problem
from khabar.io.decode import decode_bytes
from khabar.io.records import HTML_SUFFIXES, JSONL_SUFFIXES, Record, cell_date, cell_text, read_path
from khabar.model import ArticleError

CSV_SUFFIXES = (".csv", ".tsv")
SUFFIXES = (*JSONL_SUFFIXES, *HTML_SUFFIXES, *CSV_SUFFIXES, ".txt")
FIELDS = ("id", "text", "html", "url", "published", "title", "lang", "source")
_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "guid"), "text": ("text", "data", "body", "content"), "html": ("html",),
    "url": ("url", "link"), "published": ("published", "date", "pubdate"), "title": ("title", "headline"),
    "lang": ("lang", "language"), "source": ("source", "outlet", "site"),
}


@dataclass(frozen=True, slots=True)
class Item:
    """A record (or a reader's error) and where it came from."""

    record: Record | ArticleError
    origin: str


def parse_mapping(spec: str | None) -> dict[str, str]:
    """``"text=data,url=link"`` -> {"text": "data", "url": "link"}; raises ValueError on a bad spec."""
    out: dict[str, str] = {}
    for part in (spec or "").split(","):
        if not part.strip():
            continue
        field, sep, column = part.partition("=")
        field = field.strip()
        if not sep or field not in FIELDS or not column.strip():
            raise ValueError(f"bad column mapping {part!r}: write FIELD=COLUMN with FIELD one of {', '.join(FIELDS)}")
        out[field] = column.strip()
    return out


def expand(paths: Iterable[str]) -> Iterator[Path]:
    """Files of ``paths``; folders are walked recursively for the suffixes ingest reads."""
    for p in paths:
        path = Path(p)
        if path.is_dir():
            yield from sorted(f for f in path.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield path


def read_csv(path: Path, mapping: Mapping[str, str] | None = None) -> Iterator[Record | ArticleError]:
    """Records of a CSV (or TSV) file; see the module docstring."""
    try:
        text = decode_bytes(path.read_bytes()).text
    except OSError as e:
        yield ArticleError(id=path.name, error=Problem.UNREADABLE.format(detail=f"{path}: {e.strerror or e}"),
                           code=Problem.UNREADABLE.code)
        return
    except InputError as e:
        yield ArticleError(id=path.name, error=str(e), code=e.code)
        return
    reader = csv.DictReader(io.StringIO(text), delimiter="\t" if path.suffix.lower() == ".tsv" else ",")
    columns = {c.strip().lower(): c for c in reader.fieldnames or ()}
    chosen: dict[str, str] = {}
    for field in FIELDS:
        if mapping and field in mapping:
            chosen[field] = mapping[field]
            continue
        for alias in _ALIASES[field]:
            if alias in columns:
                chosen[field] = columns[alias]
                break
    for row_no, row in enumerate(reader, start=1):
        def get(field: str, row: dict[str, str] = row) -> str | None:
            value = row.get(chosen[field]) if field in chosen else None
            return value if value else None

        body, html = get("text"), get("html")
        url = get("url")
        rid = get("id") or url or f"{path.name}:{row_no}"
        if body is None and html is None:
            yield ArticleError(id=rid, error=Problem.BAD_RECORD.format(
                line=row_no, detail="the row has no text (give --columns text=COLUMN)"),
                code=Problem.BAD_RECORD.code)
            continue
        published = get("published")
        yield Record(
            id=rid, content=cell_text(body) if body is not None else html or "",
            html=True if body is None else None, url=url, published=cell_date(published) if published else None,
            lang=get("lang"), source=get("source"), title=get("title"),
        )


def read_sources(paths: Iterable[str], *, mapping: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Every record of every file under ``paths``."""
    for path in expand(paths):
        origin = str(path)
        if path.suffix.lower() in CSV_SUFFIXES:
            records: Iterator[Record | ArticleError] = read_csv(path, mapping)
        else:
            records = read_path(path)
        for r in records:
            yield Item(r, origin)


def raw_hash(record: Record) -> str:
    """A fingerprint of a record as given (content and metadata): ingest skips what it has seen."""
    h = hashlib.sha256()
    content = record.content.encode() if isinstance(record.content, str) else record.content
    h.update(content)
    for value in (record.url, record.published, record.lang, record.source, record.title, str(record.html)):
        h.update(b"\x00" + (value or "").encode())
    return h.hexdigest()
