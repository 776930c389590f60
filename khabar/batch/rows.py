"""The one function both engines run: input records in, rows of the five tables out.

:func:`rows_of` analyses each record with :func:`khabar.pipeline.analyze_record` (so a bad
record becomes an error row, never an exception) and turns the contract object
(:meth:`khabar.model.Article.to_dict`) into rows by the schemas of :mod:`khabar.batch.schema`.
It reads the contract generically: nested objects are flattened into ``prefix_key`` columns and
any field the schema does not know yet goes, as JSON, into the table's ``extra`` column.

A row is a plain tuple in the order of its table's schema; a nested struct value is a tuple
too, which both pyarrow and Spark accept.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]

from khabar.batch.inputs import Located
from khabar.batch.schema import ARTICLES, ENTITIES, ERRORS, EVENTS, QUOTES, UNKNOWN_DATE, Table
from khabar.model import ArticleError
from khabar.pipeline import analyze_record, default_pipeline
from khabar.reader import MAX_CHARS

Row = tuple[Any, ...]
TableRow = tuple[str, Row]  # (table name, row)

CHILDREN: tuple[tuple[str, Table], ...] = (("entities", ENTITIES), ("quotes", QUOTES), ("events", EVENTS))
_ARTICLE_OWN = frozenset({"id", "entities", "quotes", "events"})  # not copied into article columns


def flatten(obj: Mapping[str, Any], prefix: str = "") -> dict[str, Any]:
    """``{"source": {"text": "x"}}`` -> ``{"source_text": "x"}``; a null object stays one null key."""
    out: dict[str, Any] = {}
    for key, value in obj.items():
        name = f"{prefix}{key}"
        if isinstance(value, Mapping):
            out.update(flatten(value, name + "_"))
        else:
            out[name] = value
    return out


def _convert(value: Any, kind: Any) -> Any:
    """A contract value as the row value of an arrow type (struct -> tuple, list -> list)."""
    if value is None:
        return None
    if pa.types.is_struct(kind):
        names = [kind.field(i).name for i in range(kind.num_fields)]
        if isinstance(value, Mapping):
            return tuple(_convert(value.get(n), kind.field(i).type) for i, n in enumerate(names))
        return tuple(_convert(v, kind.field(i).type) for i, v in enumerate(value))
    if pa.types.is_list(kind):
        return [_convert(v, kind.value_type) for v in value]
    return value


def _extra(values: Mapping[str, Any], known: Iterable[str]) -> str | None:
    known = set(known)
    extra = {k: v for k, v in values.items() if k not in known and v is not None}
    return json.dumps(extra, ensure_ascii=False, sort_keys=True) if extra else None


def _row(table: Table, values: Mapping[str, Any]) -> Row:
    return tuple(_convert(values.get(f.name), f.type) for f in table.schema)


def article_rows(doc: Mapping[str, Any], file: str, position: int) -> Iterator[TableRow]:
    """Rows of one analysed article (its contract object) for the article and child tables."""
    article_id = str(doc["id"])
    published = doc.get("published") or UNKNOWN_DATE
    values: dict[str, Any] = {k: v for k, v in doc.items() if k not in _ARTICLE_OWN}
    values.update(
        article_id=article_id, input_file=file, input_position=position, published=published,
        **{f"n_{name}": len(doc.get(name) or ()) for name, _ in CHILDREN},
    )
    values["extra"] = _extra(values, ARTICLES.columns)
    yield ARTICLES.name, _row(ARTICLES, values)
    for key, table in CHILDREN:
        renames = dict(table.renames)
        index_column = table.columns[2]
        for index, item in enumerate(doc.get(key) or ()):
            flat = {renames.get(k, k): v for k, v in flatten(item).items()}
            flat["extra"] = _extra(flat, table.columns)
            flat.update({"article_id": article_id, "published": published, index_column: index})
            yield table.name, _row(table, flat)


def error_row(file: str, position: int, error: ArticleError) -> Row:
    return _row(ERRORS, {
        "input_file": file, "input_position": position, "record_id": error.id or None,
        "code": error.code, "error": error.error,
    })


def rows_of(items: Iterable[Located], *, max_chars: int = MAX_CHARS) -> Iterator[TableRow]:
    """Analyse every record and yield ``(table name, row)`` pairs, streaming."""
    default_pipeline()  # built (models and knowledge base loaded) once per process, then cached
    for located in items:
        item = located.item
        result = item if isinstance(item, ArticleError) else analyze_record(item, max_chars=max_chars)
        if isinstance(result, ArticleError):
            yield ERRORS.name, error_row(located.file, located.position, result)
        else:
            yield from article_rows(result.to_dict(), located.file, located.position)
