#!/usr/bin/env python3
"""Validate gold JSONL files (gold/*.jsonl by default, or the paths given).

Checks, per record: valid JSON object, unique string `id`, string `text`, `published` a date or null;
for every span list present (`entities`, `quotes`, `times`, `events`): required keys, integer offsets
with 0 <= start < end <= len(text), no surrounding whitespace, and `text[start:end]` equal to the
span's surface field (`surface`, `text`, `speaker_text`, `trigger`); time values YYYY, YYYY-MM,
YYYY-MM-DD (a real date) or null; booleans where booleans are due.

Warnings (errors with --strict): the text changes under the pipeline's length-changing normalisation
(NFC, removal of invisible controls), so offsets would shift; duplicate spans in one list.

Usage: python scripts/check_gold.py [--strict] [FILE ...]     exit status 1 on errors
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
SPEAKER_KINDS = {"name", "pronoun", "title", "org", "unnamed"}

REQUIRED = {
    "entities": ("start", "end", "surface", "label"),
    "quotes": ("start", "end", "speaker", "speaker_start", "speaker_end", "cue", "direct"),
    "times": ("start", "end", "surface", "value"),
    "events": ("type",),
}


class Report:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.warnings: list[str] = []

    def error(self, where: str, msg: str) -> None:
        self.errors.append(f"{where}: {msg}")

    def warn(self, where: str, msg: str) -> None:
        self.warnings.append(f"{where}: {msg}")


def _is_int(x: Any) -> bool:
    return isinstance(x, int) and not isinstance(x, bool)


def check_span(
    rep: Report, where: str, text: str, start: Any, end: Any, surface: Any, *, optional: bool = False
) -> bool:
    """Check one [start, end) span against its surface string; return True if the offsets are usable."""
    if optional and start is None and end is None:
        return False
    if not (_is_int(start) and _is_int(end)):
        rep.error(where, f"offsets must be integers, got {start!r}, {end!r}")
        return False
    if not 0 <= start < end <= len(text):
        rep.error(where, f"offsets {start}-{end} out of range (text length {len(text)})")
        return False
    got = text[start:end]
    if got != got.strip():
        rep.error(where, f"span has surrounding whitespace: {got!r}")
    if surface is not None and got != surface:
        rep.error(where, f"text[{start}:{end}] = {got!r} but surface field = {surface!r}")
    return True


def check_value(rep: Report, where: str, value: Any) -> None:
    if value is None:
        return
    if not isinstance(value, str) or not VALUE.match(value):
        rep.error(where, f"time value {value!r} is not YYYY, YYYY-MM, YYYY-MM-DD or null")
        return
    parts = [int(p) for p in value.split("-")]
    try:
        dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        rep.error(where, f"time value {value!r} is not a real date")


def check_record(rep: Report, where: str, rec: Any, seen_ids: set[str]) -> None:
    if not isinstance(rec, dict):
        rep.error(where, "line is not a JSON object")
        return
    rid = rec.get("id")
    if not isinstance(rid, str) or not rid:
        rep.error(where, "missing or non-string id")
    elif rid in seen_ids:
        rep.error(where, f"duplicate id {rid!r}")
    else:
        seen_ids.add(rid)
        where = f"{where} [{rid}]"
    text = rec.get("text")
    if not isinstance(text, str):
        rep.error(where, "missing or non-string text")
        return
    pub = rec.get("published")
    if pub is not None:
        try:
            dt.date.fromisoformat(str(pub)[:10])
        except ValueError:
            rep.error(where, f"published {pub!r} is not an ISO date")
    normalised = unicodedata.normalize("NFC", INVISIBLE.sub("", text))
    if len(normalised) != len(text):
        rep.warn(where, "text changes length under NFC/invisible-character removal: offsets would shift")
    for field, keys in REQUIRED.items():
        items = rec.get(field)
        if items is None:
            continue
        if not isinstance(items, list):
            rep.error(where, f"{field} is not a list")
            continue
        seen_spans: set[tuple[Any, ...]] = set()
        for i, item in enumerate(items):
            w = f"{where} {field}[{i}]"
            if not isinstance(item, dict):
                rep.error(w, "not an object")
                continue
            missing = [k for k in keys if k not in item]
            if missing:
                rep.error(w, f"missing keys {missing}")
                continue
            if field == "entities":
                check_span(rep, w, text, item["start"], item["end"], item["surface"])
            elif field == "times":
                check_span(rep, w, text, item["start"], item["end"], item["surface"])
                check_value(rep, w, item["value"])
            elif field == "quotes":
                check_quote(rep, w, text, item)
            elif field == "events" and ("trigger_start" in item or "trigger_end" in item):
                check_span(
                    rep,
                    w,
                    text,
                    item.get("trigger_start"),
                    item.get("trigger_end"),
                    item.get("trigger"),
                    optional=True,
                )
            key = (item.get("start"), item.get("end"), item.get("label"), item.get("speaker"))
            if field != "events" and key in seen_spans:
                rep.warn(w, f"duplicate span {key}")
            seen_spans.add(key)


def check_quote(rep: Report, w: str, text: str, q: dict[str, Any]) -> None:
    check_span(rep, w, text, q["start"], q["end"], q.get("text"))
    if check_span(
        rep, w + " speaker", text, q["speaker_start"], q["speaker_end"], q.get("speaker_text"), optional=True
    ):
        if q["speaker_start"] < q["end"] and q["start"] < q["speaker_end"]:
            rep.warn(w, "speaker mention overlaps the quoted content")
    elif (q["speaker_start"] is None) != (q["speaker_end"] is None):
        rep.error(w, "speaker_start and speaker_end must both be set or both null")
    if not isinstance(q["direct"], bool):
        rep.error(w, f"direct must be a boolean, got {q['direct']!r}")
    if q["speaker"] is not None and not isinstance(q["speaker"], str):
        rep.error(w, "speaker must be a string or null")
    if q["cue"] is not None and not isinstance(q["cue"], str):
        rep.error(w, "cue must be a string or null")
    kind = q.get("speaker_kind")
    if kind is not None and kind not in SPEAKER_KINDS:
        rep.error(w, f"speaker_kind {kind!r} not in {sorted(SPEAKER_KINDS)}")


def check_file(rep: Report, path: Path) -> int:
    seen: set[str] = set()
    n = 0
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path.name}:{lineno}"
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                rep.error(where, f"invalid JSON: {exc}")
                continue
            check_record(rep, where, rec, seen)
            n += 1
    return n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("files", nargs="*", type=Path, help="gold JSONL files (default: gold/*.jsonl)")
    ap.add_argument("--strict", action="store_true", help="treat warnings as errors")
    args = ap.parse_args(argv)
    # stories*.jsonl hold pairs of newsonair article ids, not annotated texts: nothing to check here
    files: list[Path] = args.files or sorted(p for p in (ROOT / "gold").glob("*.jsonl")
                                             if not p.name.startswith("stories"))
    if not files:
        print("no gold files found", file=sys.stderr)
        return 1
    rep = Report()
    for path in files:
        n = check_file(rep, path)
        print(f"{path}: {n} records")
    for msg in rep.warnings[:50]:
        print("WARNING", msg)
    for msg in rep.errors[:200]:
        print("ERROR", msg)
    print(f"{len(rep.errors)} errors, {len(rep.warnings)} warnings")
    failed = bool(rep.errors) or (args.strict and bool(rep.warnings))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
