"""khabar batch without Spark: inputs and splits, rows, schemas, the local engine, the command."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")
pytest.importorskip("warcio")

from test_batch_fixtures import article_text, write_csv, write_jsonl, write_parquet, write_warc  # noqa: E402

from khabar.batch.inputs import (  # noqa: E402
    Located,
    find_inputs,
    plan_splits,
    read_split,
)
from khabar.batch.local import run_local  # noqa: E402
from khabar.batch.options import InputOptions, InputUsageError  # noqa: E402
from khabar.batch.output import read_table  # noqa: E402
from khabar.batch.rows import article_rows, flatten  # noqa: E402
from khabar.batch.schema import ARTICLES, ENTITIES, EVENTS, QUOTES, TABLES, UNKNOWN_DATE  # noqa: E402
from khabar.cli import batch as batch_cmd  # noqa: E402
from khabar.model import Actor, Article, Entity, Event, Quote, Span, Trigger  # noqa: E402
from khabar.reader import content_id  # noqa: E402


def _read_all(paths: list[str], options: InputOptions, min_splits: int = 1) -> list[Located]:
    return [loc for split in plan_splits(find_inputs(paths), options, min_splits=min_splits)
            for loc in read_split(split, options)]


def _key(loc: Located) -> tuple[str, int]:
    return loc.file, loc.position


# ------------------------------------------------------------------------------------ inputs


@pytest.mark.parametrize("split_bytes", [1, 7, 100, 613, 614, 615, 2000, 10**9])
def test_jsonl_byte_ranges_give_every_line_exactly_once(tmp_path: Path, split_bytes: int) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", 12)
    whole = _read_all([str(path)], InputOptions())
    pieces = _read_all([str(path)], InputOptions(split_bytes=split_bytes))
    assert [_key(x) for x in pieces] == [_key(x) for x in whole]
    assert [x.item for x in pieces] == [x.item for x in whole]
    assert len(whole) == 15  # 12 records and 3 bad lines
    lines = path.read_bytes().split(b"\n")
    offsets = [sum(len(line) + 1 for line in lines[:i]) for i in range(len(lines) - 1)]
    assert [x.position for x in whole] == offsets


def test_jsonl_ids_errors_and_defaults(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", 4)
    got = _read_all([str(path)], InputOptions(published="2024-05-09"))
    records = [x.item for x in got if not hasattr(x.item, "code")]
    errors = [x.item for x in got if hasattr(x.item, "code")]
    assert records[1].id == content_id(article_text(1))  # no id given: the content hash
    assert records[2].published == "2024-05-09"  # no date given: the default
    assert records[0].published == "2024-03-01"
    assert [e.code for e in errors] == ["E005", "E006"]
    assert "at byte" in errors[0].error
    assert errors[1].id == ""


def test_csv_like_newsonair(tmp_path: Path) -> None:
    path = write_csv(tmp_path / "n.csv", 5)
    got = _read_all([str(path)], InputOptions())
    assert [x.position for x in got] == [1, 2, 3, 4, 5]
    first = got[0].item
    assert first.content == article_text(100)  # the list literal's paragraphs, one a line
    assert first.published == "2024-03-04"
    assert first.url == "http://example.org/c/0"
    assert first.title == "शीर्षक 0"
    assert first.id == content_id(article_text(100))
    dealt = _read_all([str(path)], InputOptions(split_bytes=64))
    assert sorted(_key(x) for x in dealt) == [_key(x) for x in got]


def test_parquet_with_column_mapping(tmp_path: Path) -> None:
    path = write_parquet(tmp_path / "p.parquet", 5)
    options = InputOptions(columns=(("id", "doc"), ("text", "body"), ("published", "day")))
    got = _read_all([str(path)], options, min_splits=3)
    assert sorted(x.position for x in got) == [0, 1, 2, 3, 4]
    by_id = {x.item.id: x.item for x in got}
    assert by_id["p003"].content == article_text(203)
    assert by_id["p003"].published == "2024-04-02"


def test_warc_reads_html_responses_only(tmp_path: Path) -> None:
    path = write_warc(tmp_path / "w.warc.gz", 3)
    got = _read_all([str(path)], InputOptions())
    assert [x.item.url for x in got] == [f"http://example.org/news/{n}" for n in range(3)]
    assert all(x.item.html for x in got)
    assert b"<article>" in got[0].item.content
    assert len({x.item.id for x in got}) == 3
    dealt = _read_all([str(path)], InputOptions(split_bytes=100))
    assert sorted(_key(x) for x in dealt) == sorted(_key(x) for x in got)


def test_uris_read_through_pyarrow_filesystems(tmp_path: Path) -> None:
    path = write_jsonl(tmp_path / "a.jsonl", 6)
    write_csv(tmp_path / "b.csv", 2)
    plain = _read_all([str(tmp_path)], InputOptions(split_bytes=500))
    uri = _read_all([tmp_path.as_uri()], InputOptions(split_bytes=500))
    assert [x.item for x in uri] == [x.item for x in plain]
    assert [x.position for x in uri] == [x.position for x in plain]
    assert uri[0].file == path.as_uri()


def test_folders_and_unknown_files(tmp_path: Path) -> None:
    write_jsonl(tmp_path / "a.jsonl", 2, bad=False)
    (tmp_path / "notes.txt").write_text("not an input", encoding="utf-8")
    assert [f.kind for f in find_inputs([str(tmp_path)])] == ["jsonl"]
    with pytest.raises(InputUsageError):
        find_inputs([str(tmp_path / "notes.txt")])
    with pytest.raises(InputUsageError):
        find_inputs([str(tmp_path / "missing.jsonl")])


# -------------------------------------------------------------------------------------- rows


def _rich_article() -> Article:
    text = "राष्ट्रपति ने कहा कि दिल्ली में बैठक होगी।"
    putin = Actor(text="राष्ट्रपति", id="Q1", name="President", code="RUSGOV")
    return Article(
        id="x1", text=text, lang="hi", published="2024-06-01",
        sentences=(Span(0, len(text)),),
        entities=(Entity(21, 27, "दिल्ली", "LOC", "kb:delhi", "Delhi", "Q1353"),),
        quotes=(Quote(19, len(text) - 1, text[19:-1], False, "कहा", putin),),
        events=(Event("CONSULT", "meet", Trigger(34, 39, "बैठक"), 0, source=putin, location=Actor("दिल्ली")),),
    )


def test_article_rows_flatten_nested_objects() -> None:
    doc = _rich_article().to_dict()
    rows: dict[str, list[dict[str, object]]] = {}
    for name, row in article_rows(doc, "in.jsonl", 7):
        table = {t.name: t for t in TABLES}[name]
        assert len(row) == len(table.columns)
        rows.setdefault(name, []).append(dict(zip(table.columns, row, strict=True)))
    article = rows["articles"][0]
    assert article["article_id"] == "x1"
    assert (article["n_entities"], article["n_quotes"], article["n_events"]) == (1, 1, 1)
    assert article["sentences"] == [(0, len(doc["text"]))]
    assert article["extra"] is None
    entity = rows["entities"][0]
    assert (entity["entity_id"], entity["name"], entity["wikidata"], entity["entity_index"]) == ("kb:delhi", "Delhi", "Q1353", 0)
    quote = rows["quotes"][0]
    assert (quote["speaker_text"], quote["speaker_code"], quote["direct"]) == ("राष्ट्रपति", "RUSGOV", False)
    event = rows["events"][0]
    assert (event["source_code"], event["target_text"], event["location_text"]) == ("RUSGOV", None, "दिल्ली")
    assert (event["trigger_start"], event["trigger_text"], event["modality"]) == (34, "बैठक", "asserted")
    for table in (ARTICLES, ENTITIES, QUOTES, EVENTS):  # the rows fit the fixed schemas
        names = list(table.columns)
        pa.Table.from_pylist(rows[table.name], schema=table.schema).select(names)


def test_fields_the_schema_does_not_know_go_to_extra() -> None:
    doc = _rich_article().to_dict()
    doc["stories"] = ["s1"]
    doc["entities"][0]["confidence"] = 0.5
    doc["entities"][0]["place"] = {"lat": 28.6, "lon": 77.2}
    rows = dict(article_rows(doc, "in.jsonl", 0))
    article = dict(zip(ARTICLES.columns, rows["articles"], strict=True))
    entity = dict(zip(ENTITIES.columns, rows["entities"], strict=True))
    assert json.loads(str(article["extra"])) == {"stories": ["s1"]}
    assert json.loads(str(entity["extra"])) == {"confidence": 0.5, "place_lat": 28.6, "place_lon": 77.2}
    assert flatten({"a": {"b": {"c": 1}}, "d": None}) == {"a_b_c": 1, "d": None}


def test_article_without_date_goes_to_the_unknown_partition() -> None:
    doc = Article(id="y", text="एक छोटी ख़बर।").to_dict()
    row = dict(zip(ARTICLES.columns, dict(article_rows(doc, "f", 0))["articles"], strict=True))
    assert row["published"] == UNKNOWN_DATE


# ------------------------------------------------------------------------------ local engine


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("batch-in")
    write_jsonl(folder / "a.jsonl", 16)
    write_csv(folder / "b.csv", 4)
    write_warc(folder / "c.warc.gz", 2)
    return [str(folder)]


def test_local_engine_tables_errors_and_partitions(inputs: list[str], tmp_path: Path) -> None:
    summary = run_local(inputs, tmp_path, processes=1)
    assert summary.articles == 16 + 4 + 2
    assert summary.errors == 3
    articles = read_table(tmp_path, "articles")
    assert articles.num_rows == 22
    assert set(articles.column("published").to_pylist()) >= {"2024-03-01", "2024-03-04", UNKNOWN_DATE}
    errors = read_table(tmp_path, "errors").to_pylist()
    assert sorted(e["code"] for e in errors) == ["E001", "E005", "E006"]
    assert all(e["input_file"].endswith("a.jsonl") for e in errors)
    assert read_table(tmp_path, "quotes").num_rows == summary.rows["quotes"]
    for table in TABLES:  # the fixed schema, in every file
        for path in (tmp_path / table.name).rglob("*.parquet"):
            assert pq.read_schema(path).remove_metadata().equals(table.file_schema)
        layout = {p.name.split("=")[0] for p in (tmp_path / table.name).iterdir() if p.is_dir()}
        assert layout <= ({"published"} if table.partitioned else set())
    assert not (tmp_path / "_staging").exists()


def test_local_engine_gives_the_same_tables_with_more_processes(inputs: list[str], tmp_path: Path) -> None:
    one = run_local(inputs, tmp_path / "one", processes=1)
    two = run_local(inputs, tmp_path / "two", processes=2, options=InputOptions(split_bytes=700))
    assert two.splits > one.splits
    for table in TABLES:
        assert read_table(tmp_path / "one", table.name).equals(read_table(tmp_path / "two", table.name)), table.name


# ---------------------------------------------------------------------------------- command


def _cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(prog="khabar")
    batch_cmd.register(parser.add_subparsers(dest="command"))
    args = parser.parse_args(argv)
    code: int = args.run(args)
    return code


def test_command(inputs: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _cli(["batch", *inputs, "--output", str(tmp_path), "--processes", "1"]) == 1  # errors: exit 1
    assert "22 articles" in capsys.readouterr().err
    good = write_jsonl(tmp_path / "good.jsonl", 3, bad=False)
    assert _cli(["batch", str(good), "-o", str(tmp_path / "o2"), "--lang", "hi"]) == 0
    assert set(read_table(tmp_path / "o2", "articles").column("lang").to_pylist()) == {"hi"}
    assert _cli(["batch", str(good), "-o", str(tmp_path / "o3"), "--columns", "nonsense"]) == 2
    assert _cli(["batch", str(tmp_path / "nothing.jsonl"), "-o", str(tmp_path / "o4")]) == 2
