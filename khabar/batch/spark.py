"""The Spark engine: the same analysis (:func:`khabar.batch.rows.rows_of`) on a Spark cluster.

The driver lists the input files and plans splits (:func:`khabar.batch.inputs.plan_splits`,
from file sizes, reading no data); each split becomes one Spark partition. On the executors,
``mapPartitions`` streams each split's records through the analysis: the pipeline, with its
models and knowledge base, is built once per Python worker process (``default_pipeline`` is
cached, and Spark reuses its Python workers between tasks: ``spark.python.worker.reuse``, on by
default), never per article. The rows are kept (memory, then disk) so the analysis runs once,
and each table is written with Spark's own Parquet writer, partitioned by ``published`` and
sorted within each partition exactly as the local engine sorts.

Runs unchanged under ``spark-submit`` (see docs/batch.md): without ``--master`` it uses the
session that spark-submit configured.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa  # type: ignore[import-untyped]

from khabar.batch.inputs import Split, find_inputs, plan_splits, read_split
from khabar.batch.local import Summary
from khabar.batch.options import InputOptions
from khabar.batch.rows import TableRow, rows_of
from khabar.batch.schema import PARTITION, TABLES
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


def _tagged(row: TableRow) -> tuple[Any, ...]:
    name, values = row
    return (name, *(values if n == name else None for n in _NAMES))


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
    """The function each executor runs on a partition of splits (for ``mapPartitions``)."""

    def run(splits: Iterable[Split]) -> Iterator[TableRow]:
        default_pipeline()  # once per executor Python worker: cached for all later tasks there
        for split in splits:
            yield from rows_of(read_split(split, options), max_chars=max_chars)

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
    analysed = sc.parallelize(splits, max(1, len(splits))).mapPartitions(analyse_partition(options, max_chars))
    # One frame holds the rows of every table, each in its own struct column, so that the rows
    # cross from Python to the JVM once; the tables are then selected from it in the JVM alone.
    union = spark.createDataFrame(analysed.map(_tagged), union_schema(), verifySchema=False)
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
