#!/usr/bin/env python3
"""Build the second annotator's held-out event gold (gold/events-heldout-b.jsonl).

Source: the hand-written labels in gold/src/events-heldout-b.txt (ids, trigger spans and labels
only, no article text) and the article text from shared/data/newsonair/hindi.csv. Line format:

    # comment
    @ hiNNNN
    = TYPE mode | Source > Target | trigger#n | flags | date
    = NONE                          (an article with no political event)

- ``hiNNNN`` is the zero-based row NNNN of hindi.csv (UTF-16; columns time, date, title, link,
  data; ``data`` is a Python list literal of paragraphs). The text is the paragraphs joined with
  "\\n" and normalised with ``khabar.text.normalize.normalize``; every offset is computed on that
  normalised text, never typed by hand.
- ``published`` is the CSV ``date`` column as YYYY-MM-DD.
- ``mode``: ``-`` or omitted for none. An actor ``-`` is null.
- ``trigger#n``: the n-th whole-word occurrence of the trigger in the text (default 1).
- ``flags``: ``-`` or a comma list of ``neg``, ``fut``, ``hyp``.
- ``date``: ``-`` (null), ``YYYY-MM-DD``, ``today`` or ``yday`` (relative to ``published``).

Usage:

    .venv/bin/python scripts/make_gold_events_heldout_b.py          # write the JSONL, print counts
    .venv/bin/python scripts/make_gold_events_heldout_b.py --check  # rebuild, compare with the
                                                                    # written file, verify spans
"""

from __future__ import annotations

import argparse
import ast
import collections
import csv
import datetime as dt
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.events.lexicon import PLOVER_MODES  # noqa: E402
from khabar.text.normalize import normalize  # noqa: E402

SRC = ROOT / "gold" / "src" / "events-heldout-b.txt"
OUT = ROOT / "gold" / "events-heldout-b.jsonl"
DATA = Path(os.environ.get("KHABAR_DATA", ROOT.parent / "shared" / "data"))
CSV = DATA / "newsonair" / "hindi.csv"

EXPECTED_IDS = [
    "hi0047",
    "hi0232",
    "hi0015",
    "hi0182",
    "hi0062",
    "hi0524",
    "hi0032",
    "hi0404",
    "hi0508",
    "hi0488",
    "hi0226",
    "hi0465",
    "hi0299",
    "hi0097",
    "hi0497",
    "hi0492",
    "hi0425",
    "hi0517",
    "hi0363",
    "hi0273",
    "hi0229",
    "hi0472",
    "hi0514",
    "hi0185",
    "hi0155",
]
NEEDS_TARGET = {"COOPERATE", "AID", "SANCTION"}
FLAGS = {"neg", "fut", "hyp"}


class GoldError(Exception):
    """A problem in the source file or the data, with its line number where known."""


def _letterish(ch: str) -> bool:
    return unicodedata.category(ch)[0] in ("L", "M", "N")


def find_trigger(text: str, trigger: str, nth: int) -> int:
    """Start of the nth (1-based) whole-word occurrence of ``trigger`` in ``text``."""
    found = 0
    pos = text.find(trigger)
    while pos >= 0:
        end = pos + len(trigger)
        if (pos == 0 or not _letterish(text[pos - 1])) and (end == len(text) or not _letterish(text[end])):
            found += 1
            if found == nth:
                return pos
        pos = text.find(trigger, pos + 1)
    raise GoldError(f"trigger {trigger!r} occurrence {nth} not found as a whole word")


def load_articles(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-16", newline="") as fh:
        return list(csv.DictReader(fh))


def article(rows: list[dict[str, str]], art_id: str) -> tuple[str, str]:
    """(normalised text, published YYYY-MM-DD) of article ``hiNNNN``."""
    m = re.fullmatch(r"hi(\d{4})", art_id)
    if not m or int(m.group(1)) >= len(rows):
        raise GoldError(f"bad article id {art_id!r}")
    row = rows[int(m.group(1))]
    paragraphs = ast.literal_eval(row["data"])
    text = normalize("\n".join(paragraphs)).text
    published = dt.datetime.strptime(row["date"].strip(), "%b %d, %Y").date().isoformat()
    return text, published


def resolve_date(spec: str, published: str) -> str | None:
    if spec == "-":
        return None
    pub = dt.date.fromisoformat(published)
    if spec == "today":
        return pub.isoformat()
    if spec == "yday":
        return (pub - dt.timedelta(days=1)).isoformat()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", spec):
        return dt.date.fromisoformat(spec).isoformat()
    raise GoldError(f"bad date {spec!r}")


def parse_actor(raw: str) -> str | None:
    raw = raw.strip()
    if raw in ("", "-"):
        return None
    return unicodedata.normalize("NFC", raw)


def parse_event(line: str, text: str, published: str) -> dict[str, object]:
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 5:
        raise GoldError(f"event needs 5 '|' fields, got {len(parts)}")
    head, actors, trig, flags, date = parts
    words = head.split()
    if not words or len(words) > 2:
        raise GoldError(f"bad type/mode {head!r}")
    etype = words[0]
    mode = words[1] if len(words) > 1 and words[1] != "-" else None
    if etype not in PLOVER_MODES:
        raise GoldError(f"unknown type {etype!r}")
    if mode is not None and mode not in PLOVER_MODES[etype]:
        raise GoldError(f"mode {mode!r} is not a mode of {etype}")
    if actors.count(">") != 1:
        raise GoldError("actors need exactly one '>' (source > target)")
    src_raw, tgt_raw = actors.split(">")
    source, target = parse_actor(src_raw), parse_actor(tgt_raw)
    if etype in NEEDS_TARGET and target is None:
        raise GoldError(f"{etype} needs a target")
    nth = 1
    m = re.fullmatch(r"(.*?)#(\d+)", trig)
    if m:
        trig, nth = m.group(1), int(m.group(2))
    trig = unicodedata.normalize("NFC", trig.strip())
    if not trig:
        raise GoldError("empty trigger")
    start = find_trigger(text, trig, nth)
    end = start + len(trig)
    flagset = set() if flags == "-" else {f.strip() for f in flags.split(",")}
    if not flagset <= FLAGS or ("fut" in flagset and "hyp" in flagset):
        raise GoldError(f"bad flags {flags!r}")
    modality = "future" if "fut" in flagset else "hypothetical" if "hyp" in flagset else "asserted"
    if text[start:end] != trig:
        raise GoldError("offset check failed")
    return {
        "type": etype,
        "mode": mode,
        "source": source,
        "target": target,
        "trigger": trig,
        "trigger_start": start,
        "trigger_end": end,
        "negated": "neg" in flagset,
        "modality": modality,
        "date": resolve_date(date, published),
    }


def build(src: Path, rows: list[dict[str, str]]) -> list[dict[str, object]]:
    blocks: list[tuple[str, int, list[tuple[int, str]]]] = []
    for lineno, line in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
        s = line.strip()
        if not s or s.startswith("#"):
            continue
        if s.startswith("@"):
            m = re.fullmatch(r"@\s+(hi\d{4})", s)
            if not m:
                raise GoldError(f"line {lineno}: bad header {s!r}")
            blocks.append((m.group(1), lineno, []))
        elif s.startswith("="):
            if not blocks:
                raise GoldError(f"line {lineno}: event line before any '@' header")
            blocks[-1][2].append((lineno, s[1:].strip()))
        else:
            raise GoldError(f"line {lineno}: unexpected line (no article text belongs here)")
    ids = [b[0] for b in blocks]
    if len(set(ids)) != len(ids):
        raise GoldError("duplicate article id")
    if sorted(ids) != sorted(EXPECTED_IDS):
        raise GoldError(f"article ids differ from the held-out list: {sorted(set(ids) ^ set(EXPECTED_IDS))}")
    items = []
    for art_id, hline, lines in blocks:
        text, published = article(rows, art_id)
        bodies = [b for _, b in lines]
        if not lines:
            raise GoldError(f"line {hline}: {art_id} has no event lines (write '= NONE')")
        if "NONE" in bodies and len(bodies) > 1:
            raise GoldError(f"line {hline}: {art_id} mixes NONE with events")
        events = []
        for lineno, body in lines:
            if body == "NONE":
                continue
            try:
                events.append(parse_event(body, text, published))
            except GoldError as exc:
                raise GoldError(f"line {lineno} ({art_id}): {exc}") from None
        items.append({"id": art_id, "published": published, "events": events})
    return items


def verify_file(path: Path, rows: list[dict[str, str]]) -> list[str]:
    """Check every event of a written file against the article text; return problems."""
    problems = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        item = json.loads(line)
        text, published = article(rows, item["id"])
        if item["published"] != published:
            problems.append(f"{path.name}:{n} {item['id']}: published {item['published']} != {published}")
        problems.extend(
            f"{path.name}:{n} {item['id']}: span does not match {ev['trigger']!r}"
            for ev in item["events"]
            if text[ev["trigger_start"] : ev["trigger_end"]] != ev["trigger"]
        )
    return problems


def summary(items: list[dict[str, object]]) -> str:
    types: collections.Counter[str] = collections.Counter()
    modality: collections.Counter[str] = collections.Counter()
    negated = no_event = n_events = 0
    for item in items:
        events = item["events"]
        assert isinstance(events, list)
        no_event += not events
        for ev in events:
            n_events += 1
            types[ev["type"]] += 1
            modality[ev["modality"]] += 1
            negated += bool(ev["negated"])
    return "\n".join(
        [
            f"articles {len(items)}, events {n_events}, articles with no event {no_event}",
            "per type: " + ", ".join(f"{t} {types[t]}" for t in PLOVER_MODES if types[t]),
            "per modality: " + ", ".join(f"{k} {v}" for k, v in sorted(modality.items())),
            f"negated: {negated}",
        ]
    )


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="rebuild and compare with --out; write nothing")
    ap.add_argument("--src", type=Path, default=SRC)
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--csv", type=Path, default=CSV)
    args = ap.parse_args()
    rows = load_articles(args.csv)
    try:
        items = build(args.src, rows)
    except GoldError as exc:
        print(f"{args.src}: {exc}", file=sys.stderr)
        return 1
    lines = [json.dumps(item, ensure_ascii=False) for item in items]
    if args.check:
        if not args.out.exists():
            print(f"{args.out}: missing", file=sys.stderr)
            return 1
        written = args.out.read_text(encoding="utf-8").splitlines()
        problems = verify_file(args.out, rows)
        if [json.loads(x) for x in written] != [json.loads(x) for x in lines]:
            problems.append(f"{args.out.name}: differs from a rebuild of {args.src.name}")
        if problems:
            print("\n".join(problems), file=sys.stderr)
            return 1
        print(f"{args.out.name}: OK (matches rebuild, every trigger span verified)")
    else:
        args.out.write_text("".join(x + "\n" for x in lines), encoding="utf-8")
    print(summary(items))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
