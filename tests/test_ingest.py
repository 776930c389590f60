"""khabar ingest: every input kind, idempotence, updates, errors, and surviving SIGKILL."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import time
from contextlib import closing
from pathlib import Path

import pytest
from test_store import db, make_db  # noqa: F401 (fixture)

from khabar.corpus.ingest import ingest
from khabar.corpus.sources import parse_mapping, read_sources
from khabar.store import open_store

HINDI = "राज्य सरकार ने आज नई बस सेवा शुरू की। मंत्री ने कहा कि इससे गाँवों के लोगों को लाभ होगा।\nपहले दिन 40 बसें चलीं।"
ENGLISH = "The state government started a new bus service today. The minister said villages would benefit.\n40 buses ran."
HTML = ("<html><head><title>Rain closes schools</title></head><body><article><h1>Rain closes schools</h1>"
        "<p>Heavy rain closed schools across the district on Monday, officials said.</p>"
        "<p>Classes will resume when the water recedes, the education office added.</p></article></body></html>")

CLI = (
    "import sys, argparse\n"
    "from khabar.cli import corpus\n"
    "p = argparse.ArgumentParser(prog='khabar'); c = p.add_subparsers(dest='command'); corpus.register(c)\n"
    "a = p.parse_args(sys.argv[1:]); sys.exit(a.run(a))\n"
)


def run_cli(*args: str, check: bool = True) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", CLI, *args], capture_output=True, text=True, check=check,
                          timeout=300)


def write_inputs(folder: Path) -> None:
    (folder / "sub").mkdir(parents=True)
    (folder / "one.txt").write_text("बस सेवा शुरू\n\n" + HINDI, encoding="utf-8")
    (folder / "sub" / "page.html").write_text(HTML, encoding="utf-8")
    lines = [{"id": "j1", "text": ENGLISH, "published": "2024-05-01", "lang": "en"},
             {"id": "j2", "text": ""},  # empty: fails, is recorded
             {"id": "j3", "text": HINDI + " दूसरा संस्करण।", "url": "https://example.org/j3"}]
    (folder / "sub" / "batch.jsonl").write_text("\n".join(json.dumps(x, ensure_ascii=False) for x in lines),
                                                encoding="utf-8")
    rows = "headline,body,link,day\n" + "\n".join(
        f'"Bus news {i}","{ENGLISH} Route {i} opened.","https://example.org/c{i}","Jan 0{i}, 2020"'
        for i in range(1, 4))
    (folder / "feed.csv").write_text(rows, encoding="utf-8")


def test_ingest_everything_twice(db: str, tmp_path: Path) -> None:  # noqa: F811
    write_inputs(tmp_path / "in")
    mapping = parse_mapping("text=body,title=headline,url=link,published=day")
    with open_store(db) as store:
        first = ingest(store, read_sources([str(tmp_path / "in")], mapping=mapping))
        assert (first.added, first.failed) == (7, 1), first.as_dict()
        counts = store.counts()
        second = ingest(store, read_sources([str(tmp_path / "in")], mapping=mapping))
        assert second.added == 0 and second.updated == 0 and second.skipped == 8  # the failed one too
        assert store.counts() == counts
        assert counts["ingest_errors"] == 1
        csv_article = store.article_dict("https://example.org/c2")
        assert csv_article is not None
        assert csv_article["published"] == "2020-01-02" and csv_article["title"] == "Bus news 2"
        assert store.article_dict("page.html") is not None


def test_updated_version_replaces_and_keeps_history(db: str, tmp_path: Path) -> None:  # noqa: F811
    path = tmp_path / "a.jsonl"
    with open_store(db) as store:
        for text in (HINDI, HINDI + " बाद में किराया भी घटाया गया।"):
            path.write_text(json.dumps({"id": "x", "text": text}, ensure_ascii=False), encoding="utf-8")
            ingest(store, read_sources([str(path)]))
        assert store.counts()["articles"] == 1 and store.counts()["article_history"] == 1
        got = store.article_dict("x")
        assert got is not None and "किराया" in got["text"]


def test_bad_column_mapping_is_refused() -> None:
    with pytest.raises(ValueError, match="FIELD=COLUMN"):
        parse_mapping("words")


def test_cli_ingest_reports_and_exits_1_on_failures(tmp_path: Path) -> None:
    write_inputs(tmp_path / "in")
    out = run_cli("ingest", "--db", str(tmp_path / "s.db"), "--quiet", str(tmp_path / "in"), check=False)
    assert out.returncode == 1
    assert '"failed": 1' in out.stderr and "j2" in out.stderr


@pytest.mark.slow
def test_newsonair_twice_same_counts(shared: Path, tmp_path: Path) -> None:
    folder = shared / "data" / "newsonair"
    files = [str(folder / "hindi.csv"), str(folder / "english.csv")]
    with open_store(str(tmp_path / "n.db")) as store:
        ingest(store, read_sources(files), batch_size=100)
        counts = store.counts()
        assert counts["articles"] == 542 + 603 and counts["ingest_errors"] == 0
        again = ingest(store, read_sources(files), batch_size=100)
        assert again.skipped == 1145 and store.counts() == counts


def _expected(source: Path) -> dict[str, str]:
    from khabar.corpus.sources import read_sources
    from khabar.model import Article
    from khabar.pipeline import analyze_record

    out: dict[str, str] = {}
    for item in read_sources([str(source)]):
        result = analyze_record(item.record)  # type: ignore[arg-type]
        assert isinstance(result, Article)
        out[result.id] = _stable(result.to_dict())
    return out


def _stable(doc: dict[str, object]) -> str:
    """The parts of an article that the foundation fixes (later stages may still change the rest)."""
    return json.dumps({k: doc[k] for k in ("id", "text", "title", "published", "url", "lang", "sentences")},
                      ensure_ascii=False, sort_keys=True)


def _count(kind: str, db_url: str) -> int:
    """Articles stored so far, read without the store's migrations (the writer is running)."""
    try:
        if kind == "sqlite":
            import sqlite3

            with closing(sqlite3.connect(db_url, timeout=5)) as conn:
                return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        import psycopg

        with psycopg.connect(db_url) as pg:
            row = pg.execute("SELECT COUNT(*) FROM articles").fetchone()
            return int(row[0]) if row else 0
    except Exception:  # noqa: BLE001 (no table yet)
        return 0


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_sigkill_at_random_points_loses_and_doubles_nothing(kind: str, shared: Path, tmp_path: Path) -> None:
    from khabar.corpus.evaluation_data import newsonair_jsonl

    source = tmp_path / "news.jsonl"
    newsonair_jsonl(source, limit=300)
    expected = _expected(source)
    rng = random.Random(20240601)
    for db_url in make_db(kind, tmp_path):
        kills = 0
        for _ in range(6):
            # kill when the store has reached a random count short of the end, a random moment
            # later (inside a batch, between batches or in a commit), so every kill hits real work
            target = min(_count(kind, db_url) + rng.randint(5, 40), len(expected) - 5)
            proc = subprocess.Popen([sys.executable, "-c", CLI, "ingest", "--db", db_url, "--quiet",
                                     "--batch-size", "7", str(source)],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            while proc.poll() is None and _count(kind, db_url) < target:
                time.sleep(0.02)
            time.sleep(rng.uniform(0.0, 0.3))
            if proc.poll() is None:
                proc.send_signal(signal.SIGKILL)
                kills += 1
            proc.wait()
        assert kills >= 5
        done = run_cli("ingest", "--db", db_url, "--quiet", str(source))
        assert done.returncode == 0
        with open_store(db_url) as store:
            rows = store.execute("SELECT id, doc, story FROM articles")
            ids = [r[0] for r in rows]
            assert len(ids) == len(set(ids)) == len(expected)  # nothing lost, nothing doubled
            for id_, doc, story in rows:  # nothing corrupt
                assert _stable(json.loads(doc)) == expected[id_]
                assert story
            n_entities = sum(len(json.loads(d)["entities"]) for _, d, _ in rows)
            assert store.counts()["entities"] == n_entities
            assert store.counts()["article_history"] == 0
            if kind == "sqlite":
                assert store.execute("PRAGMA integrity_check") == [("ok",)]
                assert store.execute("SELECT COUNT(*) FROM article_search")[0][0] == len(ids)
            else:
                assert store.execute("SELECT COUNT(*) FROM article_search")[0][0] == len(ids)
