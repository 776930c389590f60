"""Parquet output shared by the engines: arrow tables from rows, the partition layout, reading back.

Layout of an output folder ``DIR``::

    DIR/articles/published=2020-01-07/part-*.parquet     (and entities, quotes, events)
    DIR/articles/published=unknown/part-*.parquet        articles without a publication date
    DIR/errors/part-*.parquet                            one table, not partitioned

Within each file rows are sorted by the table's ``sort_columns`` (nulls first, as Spark sorts),
so the same input gives the same files' contents whichever engine wrote them.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]
import pyarrow.dataset as ds  # type: ignore[import-untyped]
import pyarrow.parquet as pq  # type: ignore[import-untyped]

from khabar.batch.rows import Row
from khabar.batch.schema import BY_NAME, PARTITION, TABLES, Table


def to_arrow(table: Table, rows: Sequence[Row], *, schema: Any = None) -> Any:
    """A pyarrow table of ``rows`` (tuples in schema order)."""
    schema = schema if schema is not None else table.schema
    columns = list(zip(*rows, strict=True)) if rows else [() for _ in schema]
    arrays = [pa.array(list(col), type=field.type) for col, field in zip(columns, schema, strict=True)]
    return pa.Table.from_arrays(arrays, schema=schema)


def sort(table: Table, data: Any) -> Any:
    keys = [(c, "ascending", "at_start") for c in table.sort_columns if c in data.column_names]
    return data.sort_by(keys) if keys else data


def clear_tables(output: Path) -> None:
    """Remove the tables of an earlier run from ``output`` (and nothing else there)."""
    for table in TABLES:
        shutil.rmtree(output / table.name, ignore_errors=True)


def write_file(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    pq.write_table(data, path, compression="zstd")


def read_table(output: str | Path, name: str) -> Any:
    """One table of an output folder, with its full schema (``published`` included), sorted;
    whichever engine wrote it."""
    table = BY_NAME[name]
    folder = Path(output) / name
    if not folder.is_dir():
        return table.schema.empty_table()
    partitioning = (
        ds.partitioning(pa.schema([(PARTITION, pa.string())]), flavor="hive") if table.partitioned else None
    )
    files = sorted(str(p) for p in folder.rglob("*.parquet") if not p.name.startswith((".", "_")))
    if not files:
        return table.schema.empty_table()
    dataset = ds.dataset(files, format="parquet", partitioning=partitioning, partition_base_dir=str(folder))
    data = dataset.to_table()
    data = pa.Table.from_arrays(
        [data.column(f.name).cast(f.type) for f in table.schema], schema=table.schema
    )
    return sort(table, data)
