"""The Spark engine: the same analysis (:func:`khabar.batch.rows.rows_of`) on a Spark cluster.

The driver lists the input files and plans splits (:func:`khabar.batch.inputs.plan_splits`,
from file sizes, reading no data); each split becomes one Spark partition. On the executors,
``mapInArrow`` streams each split's records through the analysis: the pipeline, with its
models and knowledge base, is built once per Python worker process (``default_pipeline`` is
cached, and Spark reuses its Python workers between tasks: ``spark.python.worker.reuse``, on by
default), never per article. The rows cross from Python to the JVM as Arrow record batches
(columnar, converted in C++ on the Python side and read without unpickling in the JVM: with
pickled rows the JVM spent about as much CPU as the analysis itself). The rows are kept
(memory, then disk) so the analysis runs once,
and each table is written with Spark's own Parquet writer, partitioned by ``published`` and
sorted within each partition exactly as the local engine sorts.

Runs unchanged under ``spark-submit`` (see docs/batch.md): without ``--master`` it uses the
session that spark-submit configured.
"""

from __future__ import annotations

import os
import pickle
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]

from khabar.batch.inputs import Split, find_inputs, plan_splits, read_split
from khabar.batch.local import Summary
from khabar.batch.options import InputOptions
from khabar.batch.output import to_arrow
from khabar.batch.rows import Row, TableRow, rows_of
from khabar.batch.schema import BY_NAME, PARTITION, TABLES, Table
from khabar.pipeline import default_pipeline
from khabar.reader import MAX_CHARS


def spark_type(kind: Any) -> Any:
    """The Spark SQL type of a pyarrow type (the few kinds the batch schemas use)."""
    from pyspark.sql import types as st

    if pa.types.is_string(kind):
        return st.StringType()
    if pa.types.is_int32(kind):
        return st.IntegerType()
    if pa.types.is_int64(kind):
        return st.LongType()
    if pa.types.is_boolean(kind):
        return st.BooleanType()
    if pa.types.is_float64(kind):
        return st.DoubleType()
    if pa.types.is_list(kind):
        return st.ArrayType(spark_type(kind.value_type), True)
    if pa.types.is_struct(kind):
        return st.StructType([st.StructField(f.name, spark_type(f.type), True) for f in kind])
    raise TypeError(f"no Spark type for {kind}")


def spark_schema(schema: Any) -> Any:
    from pyspark.sql import types as st

    return st.StructType([st.StructField(f.name, spark_type(f.type), True) for f in schema])


_NAMES = tuple(t.name for t in TABLES)


def union_schema() -> Any:
    """``table`` (the row's table name) and one struct column per table."""
    from pyspark.sql import types as st

    fields = [st.StructField("table", st.StringType(), False)]
    fields += [st.StructField(t.name, spark_schema(t.schema), True) for t in TABLES]
    return st.StructType(fields)


BATCH_ROWS = 2_000  # rows of one table per Arrow record batch sent to the JVM


@lru_cache(maxsize=1)
def union_arrow_schema() -> Any:
    """The Arrow twin of :func:`union_schema`."""
    fields = [pa.field("table", pa.string(), nullable=False)]
    fields += [pa.field(t.name, pa.struct(list(t.schema)), nullable=True) for t in TABLES]
    return pa.schema(fields)


def union_batch(table: Table, rows: list[Row]) -> Any:
    """One record batch of the union frame holding ``rows`` of ``table`` (other columns null)."""
    schema = union_arrow_schema()
    data = to_arrow(table, rows)
    own = pa.StructArray.from_arrays([c.combine_chunks() for c in data.columns], fields=list(table.schema))
    columns = [pa.array([table.name] * len(rows), pa.string())]
    columns += [own if t.name == table.name else pa.nulls(len(rows), schema.field(t.name).type) for t in TABLES]
    return pa.RecordBatch.from_arrays(columns, schema=schema)


def session(master: str | None = None, *, app_name: str = "khabar batch") -> Any:
    """The active Spark session, or a new one; ``master`` (``local[2]``) for runs outside
    spark-submit. In local mode the Python workers run this interpreter."""
    from pyspark.sql import SparkSession

    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
        if master.startswith("local"):
            builder = builder.config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "8")
            # Spark starts its Python workers from $PYSPARK_PYTHON (default: python3 on the PATH)
            os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    return builder.getOrCreate()


def analyse_partition(options: InputOptions, max_chars: int) -> Callable[[Iterable[Split]], Iterator[TableRow]]:
    """The rows of a partition of splits, as ``(table, row)`` pairs."""

    def run(splits: Iterable[Split]) -> Iterator[TableRow]:
        default_pipeline()  # once per executor Python worker: cached for all later tasks there
        for split in splits:
            yield from rows_of(read_split(split, options), max_chars=max_chars)

    return run


def analyse_batches(options: InputOptions, max_chars: int) -> Callable[[Iterable[Any]], Iterator[Any]]:
    """The function each executor runs for ``mapInArrow``: record batches of pickled splits (one
    ``split`` binary column) in, record batches of the union frame out."""
    analyse = analyse_partition(options, max_chars)

    def splits_of(batches: Iterable[Any]) -> Iterator[Split]:
        for batch in batches:
            for blob in batch.column(0).to_pylist():
                yield pickle.loads(blob)  # noqa: S301 (written by this driver: the plan, not user data)

    def run(batches: Iterable[Any]) -> Iterator[Any]:
        pending: dict[str, list[Row]] = {name: [] for name in _NAMES}
        for name, row in analyse(splits_of(batches)):
            rows = pending[name]
            rows.append(row)
            if len(rows) >= BATCH_ROWS:
                yield union_batch(BY_NAME[name], rows)
                pending[name] = []
        for name, rows in pending.items():
            if rows:
                yield union_batch(BY_NAME[name], rows)

    return run


def _target(output: str | Path, name: str) -> str:
    text = str(output)
    base = text if "://" in text else str(Path(text).resolve())
    return base.rstrip("/") + "/" + name


def run_spark(
    inputs: Iterable[str],
    output: str | Path,
    *,
    spark: Any = None,
    master: str | None = None,
    options: InputOptions | None = None,
    max_chars: int = MAX_CHARS,
) -> Summary:
    """Analyse ``inputs`` on Spark into ``output`` (a local folder or a URI Spark can write)."""
    from pyspark import StorageLevel

    started = time.perf_counter()
    options = options or InputOptions()
    spark = spark or session(master)
    sc = spark.sparkContext
    workers = int(sc.defaultParallelism)
    splits = plan_splits(find_inputs(inputs), options, min_splits=4 * workers if workers > 1 else 1)
    # one split per partition; the splits travel pickled (they name files, options and ranges)
    planned = sc.parallelize([(pickle.dumps(s),) for s in splits], max(1, len(splits)))
    frame = spark.createDataFrame(planned, "split binary")
    # One frame holds the rows of every table, each in its own struct column, so that the rows
    # cross from Python to the JVM once; the tables are then selected from it in the JVM alone.
    union = frame.mapInArrow(analyse_batches(options, max_chars), union_schema())
    union = union.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        counts = {r["table"]: r["count"] for r in union.groupBy("table").count().collect()}  # analysis runs here
        for table in TABLES:
            frame = union.filter(union["table"] == table.name).select(f"{table.name}.*")
            order = list(table.sort_columns)
            if table.partitioned:
                frame = frame.repartition(PARTITION).sortWithinPartitions(PARTITION, *order)
                writer = frame.write.partitionBy(PARTITION)
            else:
                writer = frame.coalesce(1).sortWithinPartitions(*order).write
            writer.mode("overwrite").parquet(_target(output, table.name))
    finally:
        union.unpersist()
    tallies = {t.name: int(counts.get(t.name, 0)) for t in TABLES}
    return Summary("spark", workers, len(splits), tallies, time.perf_counter() - started)
