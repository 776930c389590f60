"""The command line, run as a real process."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def run(exe: str, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([exe, *args], input=stdin, capture_output=True, text=True, timeout=120, check=False)


def test_txt_html_and_jsonl_in_input_order(tmp_path: Path, khabar_exe: str) -> None:
    jsonl = tmp_path / "two.jsonl"
    jsonl.write_text(
        json.dumps({"id": "a", "text": "पहला लेख है।", "published": "2024-01-02T10:00:00+05:30"}, ensure_ascii=False)
        + "\n"
        + json.dumps({"id": "b", "html": "<html><body><article><p>दूसरा लेख एक वेब पेज से आया है और इसमें"
                      " पूरा एक वाक्य है।</p></article></body></html>", "title": "शीर्षक"}, ensure_ascii=False)
        + "\n",
        encoding="utf-8",
    )
    result = run(khabar_exe, "analyze", str(REPO / "samples" / "hindi-article.txt"), str(jsonl),
                 str(REPO / "samples" / "english-article.html"))
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == ["hindi-article.txt", "a", "b", "english-article.html"]
    assert out[1]["published"] == "2024-01-02"
    assert out[2]["title"] == "शीर्षक"
    assert out[2]["text"].startswith("दूसरा लेख")
    for o in out:
        assert set(o) >= {"id", "lang", "published", "title", "text", "boilerplate", "headings", "sentences",
                          "entities", "quotes", "events", "times"}
        for start, end in o["sentences"] + o["headings"]:
            assert 0 <= start < end <= len(o["text"])


def test_standard_input_and_defaults(khabar_exe: str) -> None:
    line = json.dumps({"id": "x", "text": "यह एक वाक्य है। यह दूसरा है।"}, ensure_ascii=False)
    result = run(khabar_exe, "analyze", "--published", "2023-09-14", stdin=line + "\n")
    assert result.returncode == 0
    obj = json.loads(result.stdout)
    assert obj["published"] == "2023-09-14"
    assert obj["lang"] == "hi"
    assert len(obj["sentences"]) == 2
    assert run(khabar_exe, "analyze", "-", stdin=line).returncode == 0


def test_pretty_format_shows_headline_headings_sentences_and_boilerplate(khabar_exe: str) -> None:
    result = run(khabar_exe, "analyze", "--format", "pretty", str(REPO / "samples" / "hindi-article.txt"))
    assert result.returncode == 0
    text = result.stdout
    assert "# यमुना की सफाई पर दिल्ली और हरियाणा में सहमति" in text
    assert "## योजना में क्या है" in text
    assert "[ 1] [नई दिल्ली|LOC:New Delhi]:" in text
    assert "published 2025-03-12" in text  # read from the page's timestamp line
    assert "❝" in text and "⚑" in text and "⟨" in text
    assert "Removed as boilerplate:" in text
    assert "✂ ये भी पढ़ें" in text


def test_usage_errors_exit_2(khabar_exe: str) -> None:
    assert run(khabar_exe).returncode == 2
    assert run(khabar_exe, "analyze", "--format", "xml").returncode == 2


def test_event_exports(khabar_exe: str, seed_text: str) -> None:
    line = json.dumps({"id": "seed", "text": seed_text, "published": "2023-09-14", "url": "https://example.in/a"},
                      ensure_ascii=False)
    events = run(khabar_exe, "analyze", "--format", "events", stdin=line)
    assert events.returncode == 0
    records = [json.loads(x) for x in events.stdout.splitlines()]
    assert records and all(r["article_id"] == "seed" and r["url"] == "https://example.in/a" for r in records)
    assert any(r["type"] == "REQUEST" and r["cameo_root"] == "02" for r in records)
    table = run(khabar_exe, "analyze", "--format", "gdelt", stdin=line)
    rows = [r.split("\t") for r in table.stdout.splitlines()]
    assert rows[0][0] == "GlobalEventID" and len(rows) == len(records) + 1
    assert all(len(r) == len(rows[0]) for r in rows)
