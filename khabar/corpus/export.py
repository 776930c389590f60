"""Export the store: ``articles``, ``stories``, ``entities``, ``events`` or ``quotes`` as JSON Lines,
CSV or Parquet.

Articles are the contract's objects plus ``story`` and ``duplicate_of``. In CSV and Parquet a
nested value (a list of spans, an actor) is written as its JSON text, so every table is flat;
Parquet needs pyarrow.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Literal

from khabar.store.store import Store

Table = Literal["articles", "stories", "entities", "events", "quotes"]
Format = Literal["jsonl", "csv", "parquet"]
TABLES: tuple[Table, ...] = ("articles", "stories", "entities", "events", "quotes")
FORMATS: tuple[Format, ...] = ("jsonl", "csv", "parquet")
ARTICLE_COLUMNS = ("id", "lang", "published", "title", "url", "source", "story", "duplicate_of", "text",
                   "boilerplate", "paragraphs", "headings", "sentences", "entities", "quotes", "events", "times",
                   "warnings")


def _paged(store: Store, sql: str, batch: int = 1000) -> Iterator[tuple[Any, ...]]:
    """Rows of ``sql`` (which selects a.aid first and has a ``a.aid > ?`` condition), in pages."""
    last = -1
    while True:
        rows = store.execute(sql, (last, batch))
        if not rows:
            return
        yield from rows
        last = int(rows[-1][0])


def rows(store: Store, table: Table) -> Iterator[dict[str, Any]]:
    """The objects of one table, in store order."""
    if table == "articles":
        yield from store.iter_articles()
    elif table == "stories":
        for (doc, n) in store.execute("SELECT doc, n_articles FROM stories ORDER BY first_published, id"):
            out: dict[str, Any] = json.loads(doc)
            out["n_articles"] = int(n)
            yield out
    elif table == "entities":
        for r in _paged(store, "SELECT a.aid, a.id, e.start_pos, e.end_pos, e.text, e.label, e.kb_id, e.name, "
                        "e.wikidata FROM articles a JOIN entities e ON e.aid = a.aid WHERE a.aid > ? "
                        "ORDER BY a.aid, e.idx LIMIT ?"):
            yield {"article": r[1], "start": r[2], "end": r[3], "text": r[4], "label": r[5], "id": r[6],
                   "name": r[7], "wikidata": r[8]}
    elif table == "events":
        for r in _paged(store, "SELECT a.aid, a.id, v.doc FROM articles a JOIN events v ON v.aid = a.aid "
                        "WHERE a.aid > ? ORDER BY a.aid, v.idx LIMIT ?"):
            yield {"article": r[1], **json.loads(r[2])}
    else:
        for r in _paged(store, "SELECT a.aid, a.id, q.start_pos, q.end_pos, q.text, q.direct, q.cue, "
                        "q.speaker_text, q.speaker_id, q.speaker_name FROM articles a JOIN quotes q ON q.aid = a.aid "
                        "WHERE a.aid > ? ORDER BY a.aid, q.idx LIMIT ?"):
            speaker = {"text": r[7], "id": r[8], "name": r[9]} if r[7] is not None else None
            yield {"article": r[1], "start": r[2], "end": r[3], "text": r[4], "direct": bool(r[5]), "cue": r[6],
                   "speaker": speaker}


def _flat(value: Any) -> Any:
    if isinstance(value, dict | list | tuple):
        return json.dumps(value, ensure_ascii=False)
    return value


def _columns(table: Table, first: dict[str, Any] | None) -> list[str]:
    if table == "articles":
        return list(ARTICLE_COLUMNS)
    return list(first) if first else []


def export(store: Store, table: Table, fmt: Format, out: IO[str] | Path) -> int:
    """Write ``table`` in ``fmt`` to ``out`` (a text stream, or a path; Parquet needs a path).
    Returns the number of objects written."""
    it = rows(store, table)
    if fmt == "jsonl":
        stream, close = (out.open("w", encoding="utf-8"), True) if isinstance(out, Path) else (out, False)
        n = 0
        try:
            for obj in it:
                stream.write(json.dumps(obj, ensure_ascii=False) + "\n")
                n += 1
        finally:
            if close:
                stream.close()
        return n
    first = next(it, None)
    columns = _columns(table, first)
    if fmt == "csv":
        stream, close = (out.open("w", encoding="utf-8", newline=""), True) if isinstance(out, Path) else (out, False)
        n = 0
        try:
            writer = csv.writer(stream)
            writer.writerow(columns)
            for obj in _chain(first, it):
                writer.writerow([_flat(obj.get(c)) for c in columns])
                n += 1
        finally:
            if close:
                stream.close()
        return n
    if not isinstance(out, Path):
        raise ValueError("Parquet is written to a file: give --output PATH")
    return _parquet(columns, _chain(first, it), out)


def _chain(first: dict[str, Any] | None, rest: Iterator[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    if first is not None:
        yield first
        yield from rest


def _parquet(columns: list[str], objs: Iterator[dict[str, Any]], path: Path, batch: int = 5000) -> int:
    try:
        import pyarrow as pa  # type: ignore[import-untyped]
        import pyarrow.parquet as pq  # type: ignore[import-untyped]
    except ImportError as e:  # pragma: no cover - pyarrow is pinned
        raise RuntimeError("Parquet export needs pyarrow (pip install pyarrow)") from e
    writer = None
    n = 0
    buffer: list[dict[str, Any]] = []

    def flush() -> None:
        nonlocal writer
        data = {c: [_cell(o.get(c)) for o in buffer] for c in columns}
        tbl = pa.table({c: pa.array(v, type=pa.string()) if _stringy(v) else pa.array(v) for c, v in data.items()})
        if writer is None:
            writer = pq.ParquetWriter(str(path), tbl.schema)
        writer.write_table(tbl.cast(writer.schema))
        buffer.clear()

    for obj in objs:
        buffer.append(obj)
        n += 1
        if len(buffer) >= batch:
            flush()
    if buffer or writer is None:
        if not columns:
            columns = ["id"]
        flush()
    if writer is not None:
        writer.close()
    return n


def _cell(value: Any) -> Any:
    return _flat(value)


def _stringy(values: list[Any]) -> bool:
    present = [v for v in values if v is not None]
    return not present or all(isinstance(v, str) for v in present) or len({type(v) for v in present}) > 1
