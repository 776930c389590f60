"""The fixed Parquet schema of each batch table (explicit pyarrow schemas).

Five tables: ``articles``, ``entities``, ``quotes`` and ``events`` (partitioned by ``published``,
``YYYY-MM-DD`` or :data:`UNKNOWN_DATE`) and ``errors`` (one unpartitioned table). Nested contract
objects are flattened into columns: an event's ``source`` actor becomes ``source_text``,
``source_id``, ``source_name``, ``source_code``; its trigger ``trigger_start`` ... Fields that
later stages add to the contract and this schema does not know yet are kept, as a JSON object,
in each table's ``extra`` column, so nothing is lost before the schema grows.
"""

from __future__ import annotations

from dataclasses import dataclass

import pyarrow as pa  # type: ignore[import-untyped]

UNKNOWN_DATE = "unknown"  # the partition of articles without a publication date
PARTITION = "published"

_SPAN = pa.struct([("start", pa.int32()), ("end", pa.int32())])
_TIME = pa.struct([("start", pa.int32()), ("end", pa.int32()), ("text", pa.string()), ("value", pa.string())])


def _actor(prefix: str) -> list[tuple[str, object]]:
    return [(f"{prefix}_{key}", pa.string()) for key in ("text", "id", "name", "code")]


@dataclass(frozen=True)
class Table:
    """One output table: its schema, how its rows are ordered, whether it is partitioned."""

    name: str
    schema: pa.Schema
    keys: tuple[str, ...]  # the row order within a partition (then every other scalar column)
    partitioned: bool = True
    # contract key -> column name, where the column name differs from the flattened key
    renames: tuple[tuple[str, str], ...] = ()

    @property
    def columns(self) -> tuple[str, ...]:
        return tuple(self.schema.names)

    @property
    def file_schema(self) -> pa.Schema:
        """The schema of the Parquet files: the partition column lives in the folder names."""
        if not self.partitioned:
            return self.schema
        return self.schema.remove(self.schema.get_field_index(PARTITION))

    @property
    def sort_columns(self) -> tuple[str, ...]:
        scalar = [f.name for f in self.schema if not pa.types.is_nested(f.type)]
        return (*self.keys, *(c for c in scalar if c not in self.keys))


ARTICLES = Table(
    "articles",
    pa.schema([
        ("article_id", pa.string()),
        ("input_file", pa.string()),
        ("input_position", pa.int64()),
        ("published", pa.string()),
        ("lang", pa.string()),
        ("title", pa.string()),
        ("url", pa.string()),
        ("source", pa.string()),
        ("text", pa.string()),
        ("boilerplate", pa.list_(pa.string())),
        ("paragraphs", pa.list_(_SPAN)),
        ("headings", pa.list_(_SPAN)),
        ("sentences", pa.list_(_SPAN)),
        ("times", pa.list_(_TIME)),
        ("warnings", pa.list_(pa.string())),
        ("n_entities", pa.int32()),
        ("n_quotes", pa.int32()),
        ("n_events", pa.int32()),
        ("extra", pa.string()),
    ]),
    keys=("article_id", "input_file", "input_position"),
)

ENTITIES = Table(
    "entities",
    pa.schema([
        ("article_id", pa.string()),
        ("published", pa.string()),
        ("entity_index", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
        ("label", pa.string()),
        ("entity_id", pa.string()),
        ("name", pa.string()),
        ("wikidata", pa.string()),
        ("extra", pa.string()),
    ]),
    keys=("article_id", "entity_index"),
    renames=(("id", "entity_id"),),
)

QUOTES = Table(
    "quotes",
    pa.schema([
        ("article_id", pa.string()),
        ("published", pa.string()),
        ("quote_index", pa.int32()),
        ("start", pa.int32()),
        ("end", pa.int32()),
        ("text", pa.string()),
        ("direct", pa.bool_()),
        ("cue", pa.string()),
        *_actor("speaker"),
        ("extra", pa.string()),
    ]),
    keys=("article_id", "quote_index"),
)

EVENTS = Table(
    "events",
    pa.schema([
        ("article_id", pa.string()),
        ("published", pa.string()),
        ("event_index", pa.int32()),
        ("type", pa.string()),
        ("mode", pa.string()),
        *_actor("source"),
        *_actor("target"),
        ("trigger_start", pa.int32()),
        ("trigger_end", pa.int32()),
        ("trigger_text", pa.string()),
        ("sentence", pa.int32()),
        ("date", pa.string()),
        *_actor("location"),
        ("negated", pa.bool_()),
        ("modality", pa.string()),
        ("extra", pa.string()),
    ]),
    keys=("article_id", "event_index"),
)

ERRORS = Table(
    "errors",
    pa.schema([
        ("input_file", pa.string()),
        ("input_position", pa.int64()),
        ("record_id", pa.string()),
        ("code", pa.string()),
        ("error", pa.string()),
    ]),
    keys=("input_file", "input_position"),
    partitioned=False,
)

TABLES: tuple[Table, ...] = (ARTICLES, ENTITIES, QUOTES, EVENTS, ERRORS)
BY_NAME: dict[str, Table] = {t.name: t for t in TABLES}
