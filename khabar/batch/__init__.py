"""Batch analysis of archives: records in (JSONL, CSV, Parquet, WARC), Parquet tables out.

Two engines run the same code (:func:`khabar.batch.rows.rows_of`) and write the same tables:
:func:`khabar.batch.local.run_local` (worker processes on one machine) and
:func:`khabar.batch.spark.run_spark` (Spark). Read a table back with
:func:`khabar.batch.output.read_table`. See docs/batch.md. The names below load on first use,
so that importing this package needs neither pyarrow nor pyspark.
"""

from __future__ import annotations

import importlib
from typing import Any

_LAZY = {
    "InputOptions": "khabar.batch.options",
    "InputUsageError": "khabar.batch.options",
    "Summary": "khabar.batch.local",
    "run_local": "khabar.batch.local",
    "run_spark": "khabar.batch.spark",
    "read_table": "khabar.batch.output",
    "TABLES": "khabar.batch.schema",
    "UNKNOWN_DATE": "khabar.batch.schema",
}

__all__ = sorted(_LAZY)


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
