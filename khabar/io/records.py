"""Input records from files and streams, as the contract lists them.

- ``.txt``: one article (its first line may be the headline);
- ``.html`` / ``.htm``: one web page;
- ``.jsonl`` (or ``.json`` lines) and standard input: one JSON object a line, with ``id`` and
  ``text`` or ``html``, optionally ``url``, ``published``, ``lang``, ``source``, ``title``.

Reading never stops at a bad record: it yields an :class:`~khabar.model.ArticleError` for it and
goes on with the next.
"""

from __future__ import annotations

import ast
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import IO

from khabar.errors import Problem
from khabar.model import ArticleError
from khabar.reader import parse_published

JSONL_SUFFIXES = (".jsonl", ".ndjson", ".json")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_FIELDS = ("url", "published", "lang", "source", "title")


@dataclass(frozen=True, slots=True)
class Record:
    """One article as given: text (or HTML, or undecoded bytes) and its metadata."""

    id: str
    content: str | bytes
    html: bool | None = None
    url: str | None = None
    published: str | None = None
    lang: str | None = None
    source: str | None = None
    title: str | None = None


def _error(id_: str, problem: Problem, **details: object) -> ArticleError:
    return ArticleError(id=id_, error=problem.format(**details), code=problem.code)


def record_from_json(obj: object, *, line: int, default_id: str) -> Record | ArticleError:
    """A :class:`Record` from one parsed JSON value, or an error saying what is wrong with it."""
    if not isinstance(obj, dict):
        return _error(default_id, Problem.BAD_RECORD, line=line,
                      detail=f"expected a JSON object, got {type(obj).__name__}")
    raw_id = obj.get("id")
    id_ = str(raw_id) if raw_id is not None and raw_id != "" else default_id
    text, html = obj.get("text"), obj.get("html")
    content = text if text is not None else html
    if content is None:
        return _error(id_, Problem.BAD_RECORD, line=line, detail='the object has neither "text" nor "html"')
    if not isinstance(content, str):
        field = "text" if text is not None else "html"
        return _error(id_, Problem.BAD_RECORD, line=line,
                      detail=f'"{field}" must be a string, got {type(content).__name__}')
    meta: dict[str, str | None] = {}
    for key in _FIELDS:
        value = obj.get(key)
        if value is not None and not isinstance(value, str):
            return _error(id_, Problem.BAD_RECORD, line=line,
                          detail=f'"{key}" must be a string, got {type(value).__name__}')
        meta[key] = value or None
    return Record(id=id_, content=content, html=True if text is None else None, **meta)


def read_jsonl(lines: Iterable[str | bytes], *, name: str = "stdin") -> Iterator[Record | ArticleError]:
    """Records of a JSON Lines stream; blank lines are skipped."""
    for number, raw in enumerate(lines, start=1):
        default_id = f"{name}:{number}"
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as e:
                yield _error(default_id, Problem.BAD_JSON, line=number, detail=f"not UTF-8 ({e.reason})")
                continue
        elif number == 1:
            raw = raw.lstrip("\ufeff")
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError as e:
            yield _error(default_id, Problem.BAD_JSON, line=number, detail=f"{e.msg} at column {e.colno}")
            continue
        yield record_from_json(obj, line=number, default_id=default_id)


def read_path(path: Path) -> Iterator[Record | ArticleError]:
    """Records of one file, chosen by its suffix (see the module docstring)."""
    suffix = path.suffix.lower()
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as fh:
                yield from read_jsonl(fh, name=path.name)
            return
        data = path.read_bytes()
    except OSError as e:
        yield _error(path.name, Problem.UNREADABLE, detail=f"{path}: {e.strerror or e}")
        return
    yield Record(id=path.name, content=data, html=True if suffix in HTML_SUFFIXES else None)


def read_inputs(paths: Iterable[str], stdin: IO[bytes]) -> Iterator[Record | ArticleError]:
    """Records of every path in order; "-" (or no path at all) reads JSON Lines from ``stdin``."""
    paths = list(paths) or ["-"]
    for p in paths:
        if p == "-":
            yield from read_jsonl(stdin, name="stdin")
            continue
        path = Path(p)
        if path.is_dir():
            yield _error(path.name, Problem.UNREADABLE, detail=f"{path}: a folder (give the files in it)")
            continue
        yield from read_path(path)


# Dates as scraped news sites and their CSV dumps write them (newsonair: "Jan 07, 2020").
DATE_FORMATS = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%d/%m/%Y", "%Y/%m/%d")


def cell_text(value: str) -> str:
    """A cell holding a Python or JSON list literal of paragraphs (as scraped CSVs do), joined by
    newlines; any other text as it is."""
    stripped = value.strip()
    if len(stripped) > 1 and stripped[0] == "[" and stripped[-1] == "]":
        try:
            parsed = ast.literal_eval(stripped)
        except (ValueError, SyntaxError, MemoryError, RecursionError):
            return value
        if isinstance(parsed, list) and all(isinstance(p, str) for p in parsed):
            return "\n".join(parsed)
    return value


def cell_date(value: object, formats: Iterable[str] = DATE_FORMATS) -> str | None:
    """``YYYY-MM-DD`` from an ISO date or one written in ``formats``; else the value as text (the
    reader then warns and leaves the date empty)."""
    if value is None or value == "" or isinstance(value, date):
        return parse_published(value)
    text = str(value).strip()
    try:
        return parse_published(text)
    except ValueError:
        pass
    for fmt in formats:
        try:
            return datetime.strptime(text, fmt).date().isoformat()
        except ValueError:
            continue
    return text
