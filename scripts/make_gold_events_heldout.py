#!/usr/bin/env python3
"""Compile the held-out PLOVER event gold on real AIR articles into gold/events-heldout.jsonl.

The hand-written source gold/src/events-heldout.txt holds only article ids, short trigger spans
and labels (no article text); see its header for the line format and gold/EVENTS-HELDOUT.md for
how the articles were chosen and annotated. The article text is read from
../shared/data/newsonair/hindi.csv (UTF-16; ``data`` is a Python list literal of paragraphs,
joined with "\\n"), normalised with ``khabar.text.normalize.normalize`` and every offset is
computed here on that normalised text, never typed by hand. The output holds no article text:
a consumer re-reads the CSV and normalises it the same way.

    python scripts/make_gold_events_heldout.py           # write gold/events-heldout.jsonl, print counts
    python scripts/make_gold_events_heldout.py --check   # validate the written file, write nothing

--check recomputes everything from the source and the CSV, compares it with the written file and
checks ``text[trigger_start:trigger_end] == trigger`` for every event, the PLOVER type/mode
inventory, modality/negation/date formats, that no article is in newsonair/gold-dev.jsonl, and
that no trigger is long enough to be a copied sentence.
"""

from __future__ import annotations

import argparse
import ast
import collections
import csv
import datetime as dt
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.events.lexicon import PLOVER_MODES  # noqa: E402
from khabar.text.normalize import normalize  # noqa: E402  (text normaliser only)

SRC = ROOT / "gold" / "src" / "events-heldout.txt"
OUT = ROOT / "gold" / "events-heldout.jsonl"
DATA = ROOT.parent / "shared" / "data" / "newsonair"
CSV_PATH = DATA / "hindi.csv"
GOLD_DEV = DATA / "gold-dev.jsonl"

MAX_TRIGGER_WORDS = 8  # triggers are short spans, never sentences

MODES = PLOVER_MODES  # one table of PLOVER types and modes, the lexicon's
FLAGS = {"neg", "fut", "hyp"}
EVENT_KEYS = [
    "type",
    "mode",
    "source",
    "target",
    "trigger",
    "trigger_start",
    "trigger_end",
    "negated",
    "modality",
    "date",
]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class SourceError(ValueError):
    pass


# ---------------------------------------------------------------- articles


def load_articles() -> dict[str, dict]:
    """id -> {"published", "text"} for every row of hindi.csv (text normalised)."""
    raw = CSV_PATH.read_text(encoding="utf-16")
    rows = list(csv.DictReader(io.StringIO(raw)))
    out = {}
    for i, row in enumerate(rows):
        paragraphs = ast.literal_eval(row["data"])
        text = normalize("\n".join(paragraphs)).text
        published = dt.datetime.strptime(row["date"].strip(), "%b %d, %Y").date().isoformat()
        out[f"hi{i:04d}"] = {"published": published, "text": text}
    return out


def gold_dev_ids() -> set[str]:
    with GOLD_DEV.open(encoding="utf-8") as f:
        return {json.loads(line)["id"] for line in f if line.strip()}


# ---------------------------------------------------------------- source parsing


def _is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def find_whole(text: str, trigger: str, n: int) -> int:
    """Start of the n-th (1-based) occurrence of trigger not glued to a longer word."""
    seen = 0
    pos = text.find(trigger)
    while pos != -1:
        end = pos + len(trigger)
        before_ok = pos == 0 or not _is_word_char(text[pos - 1])
        after_ok = end == len(text) or not _is_word_char(text[end])
        if before_ok and after_ok:
            seen += 1
            if seen == n:
                return pos
        pos = text.find(trigger, pos + 1)
    raise SourceError(f"trigger {trigger!r}: whole-word occurrence #{n} not found (found {seen})")


def resolve_date(spec: str, published: str) -> str | None:
    """A dash means none; today / yday / tmrw relative to published; or an explicit YYYY-MM-DD."""
    if spec == "-":
        return None
    pub = dt.date.fromisoformat(published)
    relative = {"today": 0, "yday": -1, "tmrw": 1}
    if spec in relative:
        return (pub + dt.timedelta(days=relative[spec])).isoformat()
    if DATE_RE.match(spec):
        dt.date.fromisoformat(spec)
        return spec
    raise SourceError(f"bad date {spec!r}")


def actor(token: str) -> str | None:
    token = token.strip()
    return None if token in ("-", "") else token


def parse_event(line: str, article: dict) -> dict:
    parts = [p.strip() for p in line[1:].split("|")]
    if len(parts) != 5:
        raise SourceError(f"expected 5 '|' fields: {line!r}")
    head, actors, trig, flags_s, date_s = parts
    head_parts = head.split()
    etype = head_parts[0]
    mode = head_parts[1] if len(head_parts) > 1 and head_parts[1] != "-" else None
    if etype not in MODES:
        raise SourceError(f"unknown type {etype!r}")
    if mode is not None and mode not in MODES[etype]:
        raise SourceError(f"mode {mode!r} not valid for {etype}")
    if ">" not in actors:
        raise SourceError(f"actors need 'Source > Target': {line!r}")
    src_s, tgt_s = actors.split(">", 1)
    m = re.match(r"^(.*?)(?:#(\d+))?$", trig)
    trigger, n = m.group(1).strip(), int(m.group(2) or 1)
    flags = set() if flags_s == "-" else {f.strip() for f in flags_s.split(",")}
    if flags - FLAGS:
        raise SourceError(f"unknown flags {flags - FLAGS}")
    if {"fut", "hyp"} <= flags:
        raise SourceError("fut and hyp are exclusive")
    text = article["text"]
    start = find_whole(text, trigger, n)
    return {
        "type": etype,
        "mode": mode,
        "source": actor(src_s),
        "target": actor(tgt_s),
        "trigger": trigger,
        "trigger_start": start,
        "trigger_end": start + len(trigger),
        "negated": "neg" in flags,
        "modality": "future" if "fut" in flags else "hypothetical" if "hyp" in flags else "asserted",
        "date": resolve_date(date_s, article["published"]),
    }


def build(articles: dict[str, dict]) -> list[dict]:
    records: list[dict] = []
    current: dict | None = None
    for lineno, raw in enumerate(SRC.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            if line.startswith("@"):
                aid = line[1:].strip()
                if aid not in articles:
                    raise SourceError(f"unknown article {aid!r}")
                if any(r["id"] == aid for r in records):
                    raise SourceError(f"duplicate article {aid}")
                current = {"id": aid, "published": articles[aid]["published"], "events": [], "_none": False}
                records.append(current)
            elif line.startswith("="):
                if current is None:
                    raise SourceError("event before any @ line")
                if line[1:].strip() == "NONE":
                    current["_none"] = True
                else:
                    current["events"].append(parse_event(line, articles[current["id"]]))
            else:
                raise SourceError(f"unexpected line {line!r}")
        except SourceError as exc:
            raise SourceError(f"{SRC.name}:{lineno}: {exc}") from None
    for rec in records:
        if rec["_none"] and rec["events"]:
            raise SourceError(f"{rec['id']}: NONE together with events")
        if not rec["_none"] and not rec["events"]:
            raise SourceError(f"{rec['id']}: no events and no NONE line")
        del rec["_none"]
        rec["events"].sort(key=lambda e: (e["trigger_start"], e["trigger_end"]))
    return records


# ---------------------------------------------------------------- validation


def validate(records: list[dict], articles: dict[str, dict]) -> list[str]:
    errors = []
    dev = gold_dev_ids()
    seen_ids = set()
    for rec in records:
        aid = rec.get("id")
        if set(rec) != {"id", "published", "events"}:
            errors.append(f"{aid}: keys {sorted(rec)}")
        if aid in seen_ids:
            errors.append(f"{aid}: duplicate")
        seen_ids.add(aid)
        if aid in dev:
            errors.append(f"{aid}: also in gold-dev.jsonl")
        art = articles.get(aid)
        if art is None:
            errors.append(f"{aid}: not a row of hindi.csv")
            continue
        if rec["published"] != art["published"]:
            errors.append(f"{aid}: published {rec['published']} != CSV {art['published']}")
        text = art["text"]
        for e in rec["events"]:
            where = f"{aid} {e.get('type')} {e.get('trigger')!r}"
            if list(e) != EVENT_KEYS:
                errors.append(f"{where}: keys {list(e)}")
                continue
            if e["type"] not in MODES or (e["mode"] is not None and e["mode"] not in MODES[e["type"]]):
                errors.append(f"{where}: bad type/mode {e['type']}/{e['mode']}")
            s, t = e["trigger_start"], e["trigger_end"]
            if not (isinstance(s, int) and isinstance(t, int) and 0 <= s < t <= len(text)):
                errors.append(f"{where}: bad offsets {s}:{t}")
            elif text[s:t] != e["trigger"]:
                errors.append(f"{where}: text[{s}:{t}] = {text[s:t]!r}")
            if len(e["trigger"].split()) > MAX_TRIGGER_WORDS or "\n" in e["trigger"]:
                errors.append(f"{where}: trigger too long for a span")
            if e["modality"] not in ("asserted", "future", "hypothetical"):
                errors.append(f"{where}: modality {e['modality']!r}")
            if not isinstance(e["negated"], bool):
                errors.append(f"{where}: negated not bool")
            if e["date"] is not None and not DATE_RE.match(e["date"]):
                errors.append(f"{where}: date {e['date']!r}")
            errors.extend(
                f"{where}: {k} {e[k]!r}"
                for k in ("source", "target")
                if e[k] is not None and (not isinstance(e[k], str) or not e[k].strip())
            )
    return errors


def counts(records: list[dict]) -> str:
    events = [e for r in records for e in r["events"]]
    per_type = collections.Counter(e["type"] for e in events)
    modality = collections.Counter(e["modality"] for e in events)
    lines = [
        f"articles / events: {len(records)} / {len(events)}",
        f"articles with no event: {sum(1 for r in records if not r['events'])}",
        "per type: " + ", ".join(f"{t} {per_type[t]}" for t in MODES if per_type[t]),
        "modality: " + ", ".join(f"{k} {v}" for k, v in sorted(modality.items())),
        f"negated: {sum(e['negated'] for e in events)}",
        f"with date: {sum(e['date'] is not None for e in events)}",
        f"null source: {sum(e['source'] is None for e in events)}, "
        f"null target: {sum(e['target'] is None for e in events)}",
    ]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="validate the written file only")
    args = ap.parse_args()
    articles = load_articles()
    try:
        records = build(articles)
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    if args.check:
        if not OUT.exists():
            print(f"error: {OUT} missing", file=sys.stderr)
            return 1
        lines = OUT.read_text(encoding="utf-8").splitlines()
        written = [json.loads(line) for line in lines if line.strip()]
        errors = validate(written, articles)
        if written != records:
            errors.append(f"{OUT.name} differs from what {SRC.name} compiles to; rerun without --check")
    else:
        errors = validate(records, articles)
    if errors:
        for err in errors:
            print(f"error: {err}", file=sys.stderr)
        return 1
    if not args.check:
        with OUT.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {OUT.relative_to(ROOT)}")
    else:
        print(f"{OUT.relative_to(ROOT)}: ok")
    print(counts(written if args.check else records))
    return 0


if __name__ == "__main__":
    sys.exit(main())
