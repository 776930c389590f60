"""Export: every table in every format; articles are the contract plus story and duplicate_of."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from test_store import article, db  # noqa: F401 (fixture)

from khabar.corpus import stories
from khabar.corpus.export import FORMATS, TABLES, export
from khabar.store import open_store


@pytest.mark.parametrize("fmt", FORMATS)
def test_export_every_table(db: str, tmp_path: Path, fmt: str) -> None:  # noqa: F811
    a = article()
    with open_store(db) as store:
        with store.transaction():
            put = store.put_article(a, raw_hash="r")
            stories.assign(store, put.aid, a)
        for table in TABLES:
            out = tmp_path / f"{table}.{fmt}"
            n = export(store, table, fmt, out)  # type: ignore[arg-type]
            assert n == 1, table
            if fmt == "jsonl":
                obj = json.loads(out.read_text(encoding="utf-8"))
                if table == "articles":
                    assert obj["story"] and obj["duplicate_of"] is None
                    assert {k: v for k, v in obj.items() if k not in ("story", "duplicate_of")} == a.to_dict()
            elif fmt == "csv":
                (row,) = csv.DictReader(io.StringIO(out.read_text(encoding="utf-8")))
                if table == "articles":
                    assert row["id"] == "a1" and json.loads(row["sentences"]) == [[0, 18], [19, len(a.text)]]
            else:
                import pyarrow.parquet as pq

                tbl = pq.read_table(out)
                assert tbl.num_rows == 1
                if table == "articles":
                    assert tbl.column("id").to_pylist() == ["a1"]
