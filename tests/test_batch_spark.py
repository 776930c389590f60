"""khabar batch on a real Spark session (local mode): the same tables as the local engine.

One session for the module, small inputs. Needs pyspark and Java 17 (CI has both).
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest


def _missing() -> str | None:
    for module in ("pyarrow", "warcio", "pyspark"):
        if importlib.util.find_spec(module) is None:
            return f"{module} is not installed"
    return None if shutil.which("java") else "Spark needs Java (17) on the PATH"


if (_why := _missing()) is not None:
    if os.environ.get("CI"):  # CI installs pyspark and has Java: missing them there is a failure
        pytest.fail(f"the Spark tests cannot run in CI: {_why}", pytrace=False)
    pytest.skip(_why, allow_module_level=True)

from test_batch_fixtures import write_csv, write_jsonl, write_parquet, write_warc  # noqa: E402

from khabar.batch.local import run_local  # noqa: E402
from khabar.batch.options import InputOptions  # noqa: E402
from khabar.batch.output import read_table  # noqa: E402
from khabar.batch.schema import TABLES  # noqa: E402

pytestmark = pytest.mark.slow

OPTIONS = InputOptions(columns=(("id", "doc"), ("text", "body"), ("published", "day")), split_bytes=1500)


@pytest.fixture(scope="module")
def spark() -> Iterator[Any]:
    from khabar.batch.spark import session

    s = session("local[2]", app_name="khabar batch tests")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("spark-in")
    write_jsonl(folder / "a.jsonl", 20)
    write_csv(folder / "b.csv", 4)
    write_parquet(folder / "c.parquet", 4)
    write_warc(folder / "d.warc.gz", 2)
    return [str(folder)]


def test_spark_and_local_engines_write_identical_tables(spark: Any, inputs: list[str], tmp_path: Path) -> None:
    from khabar.batch.spark import run_spark

    by_spark = run_spark(inputs, tmp_path / "spark", spark=spark, options=OPTIONS)
    by_local = run_local(inputs, tmp_path / "local", processes=2, options=OPTIONS)
    assert by_spark.rows == by_local.rows
    assert by_spark.articles == 20 + 4 + 4 + 2
    assert by_spark.errors == 3  # the malformed line, the empty article, the non-object
    assert by_spark.splits > 4
    for table in TABLES:
        ours, theirs = read_table(tmp_path / "local", table.name), read_table(tmp_path / "spark", table.name)
        assert ours.num_rows == theirs.num_rows, table.name
        assert ours.equals(theirs), table.name
    errors = read_table(tmp_path / "spark", "errors").to_pylist()
    assert sorted(e["code"] for e in errors) == ["E001", "E005", "E006"]
    # the files are sorted the same way within each partition, so a file-by-file reader agrees too
    day = "published=2024-03-01"
    import pyarrow.parquet as pq

    spark_file = next((tmp_path / "spark" / "articles" / day).glob("part-*.parquet"))
    local_file = next((tmp_path / "local" / "articles" / day).glob("part-*.parquet"))
    assert pq.read_table(spark_file).column("article_id").to_pylist() == (
        pq.read_table(local_file).column("article_id").to_pylist()
    )


def test_spark_reads_its_own_tables_back(spark: Any, inputs: list[str], tmp_path: Path) -> None:
    from khabar.batch.spark import run_spark

    run_spark(inputs, tmp_path, spark=spark, options=OPTIONS)
    frame = spark.read.parquet(str(tmp_path / "articles"))
    assert frame.count() == 30
    assert {"published", "article_id", "sentences"} <= set(frame.columns)
    rerun = run_spark(inputs, tmp_path, spark=spark, options=OPTIONS)  # overwrites, never appends
    assert spark.read.parquet(str(tmp_path / "articles")).count() == rerun.articles == 30
