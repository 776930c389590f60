"""The local engine: every core of one machine, through worker processes.

Each worker analyses whole splits (:func:`khabar.batch.inputs.read_split` then
:func:`khabar.batch.rows.rows_of`) and writes its rows, per table and publication date, to a
staging folder; then the workers merge each partition's staging files into one sorted file.
The pipeline is built in the parent before the workers fork, so models load once per machine
(and once per worker where processes are spawned).
"""

from __future__ import annotations

import multiprocessing
import os
import shutil
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

import pyarrow.parquet as pq  # type: ignore[import-untyped]

from khabar.batch.inputs import Split, find_inputs, plan_splits, read_split
from khabar.batch.options import InputOptions
from khabar.batch.output import clear_tables, sort, to_arrow, write_file
from khabar.batch.rows import Row, rows_of
from khabar.batch.schema import BY_NAME, PARTITION, TABLES, UNKNOWN_DATE
from khabar.pipeline import default_pipeline
from khabar.reader import MAX_CHARS

STAGING = "_staging"
_T = TypeVar("_T")
_R = TypeVar("_R")


@dataclass(frozen=True)
class Summary:
    """What a batch run did: rows per table, splits, seconds."""

    engine: str
    workers: int
    splits: int
    rows: dict[str, int]
    seconds: float

    @property
    def articles(self) -> int:
        return self.rows.get("articles", 0)

    @property
    def errors(self) -> int:
        return self.rows.get("errors", 0)


def cpu_count() -> int:
    if hasattr(os, "sched_getaffinity"):
        return len(os.sched_getaffinity(0))
    return os.cpu_count() or 1


@dataclass(frozen=True)
class _Job:
    number: int
    split: Split
    options: InputOptions
    staging: str
    max_chars: int


def _analyse_split(job: _Job) -> Counter[str]:
    """Worker: analyse one split, write its rows to staging files; return rows per table."""
    by_part: dict[tuple[str, str], list[Row]] = defaultdict(list)
    counts: Counter[str] = Counter()
    for name, row in rows_of(read_split(job.split, job.options), max_chars=job.max_chars):
        table = BY_NAME[name]
        day = row[table.columns.index(PARTITION)] if table.partitioned else ""
        by_part[name, day].append(row)
        counts[name] += 1
    staging = Path(job.staging)
    for (name, day), rows in sorted(by_part.items()):
        table = BY_NAME[name]
        data = to_arrow(table, rows)
        folder = staging / name / (f"{PARTITION}={day}" if table.partitioned else "")
        if table.partitioned:
            data = data.drop_columns([PARTITION])
        write_file(folder / f"s{job.number:06d}.parquet", data)
    return counts


def _merge(job: tuple[str, str, str]) -> int:
    """Worker: merge the staging files of one partition into one sorted file in the output."""
    name, staged, final = job
    table = BY_NAME[name]
    files = sorted(Path(staged).glob("*.parquet"))
    data = pq.read_table([str(f) for f in files], schema=table.file_schema) if len(files) > 1 else (
        pq.read_table(str(files[0]), schema=table.file_schema)
    )
    write_file(Path(final) / "part-00000.parquet", sort(table, data))
    return int(data.num_rows)


def _warm() -> None:
    default_pipeline()


def _map(fn: Callable[[_T], _R], jobs: Sequence[_T], pool: multiprocessing.pool.Pool | None) -> Iterator[_R]:
    if pool is None:
        return map(fn, jobs)
    return pool.imap_unordered(fn, jobs)


def run_local(
    inputs: Iterable[str],
    output: str | Path,
    *,
    processes: int | None = None,
    options: InputOptions | None = None,
    max_chars: int = MAX_CHARS,
) -> Summary:
    """Analyse ``inputs`` with ``processes`` worker processes (default: every core) into ``output``."""
    started = time.perf_counter()
    options = options or InputOptions()
    workers = max(1, processes or cpu_count())
    out = Path(output)
    splits = plan_splits(find_inputs(inputs), options, min_splits=4 * workers if workers > 1 else 1)
    staging = out / STAGING
    shutil.rmtree(staging, ignore_errors=True)
    clear_tables(out)
    _warm()  # before forking, so that every worker inherits the loaded pipeline
    jobs = [_Job(i, s, options, str(staging), max_chars) for i, s in enumerate(splits)]
    context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
    pool = context.Pool(workers, initializer=_warm) if workers > 1 else None
    try:
        counts: Counter[str] = Counter()
        for part in _map(_analyse_split, jobs, pool):
            counts.update(part)
        merges: list[tuple[str, str, str]] = []
        for table in TABLES:
            (out / table.name).mkdir(parents=True, exist_ok=True)
            folder = staging / table.name
            if not folder.is_dir():
                continue
            if table.partitioned:
                merges.extend((table.name, str(d), str(out / table.name / d.name)) for d in sorted(folder.iterdir()))
            else:
                merges.append((table.name, str(folder), str(out / table.name)))
        for _ in _map(_merge, merges, pool):
            pass
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    shutil.rmtree(staging, ignore_errors=True)
    rows = {t.name: counts.get(t.name, 0) for t in TABLES}
    return Summary("local", workers, len(splits), rows, time.perf_counter() - started)


__all__ = ["UNKNOWN_DATE", "Summary", "cpu_count", "run_local"]
