#!/usr/bin/env python3
"""Compile the hand-written PLOVER event gold set (gold/src/events.txt) into gold/events.jsonl.

The source is a small line format written by hand (see gold/EVENTS.md for the conventions):

    # comment
    @ ev001 2024-03-12
    text of the item (one or more lines; lines are joined with "\\n")
    = TYPE mode | Source [CODE] > Target [CODE] | trigger#n | flags | date
    = NONE                     (an item that holds no event)

- ``mode`` may be omitted or ``-``; an actor is ``-`` for none, its ``[CODE]`` is optional.
- ``trigger#n`` picks the n-th whole-word occurrence of the trigger in the text (default 1).
- ``flags``: ``-`` or a comma list of ``neg``, ``fut``, ``hyp``.
- ``date``: ``-`` (null), ``YYYY-MM-DD``, ``today``, ``yday``, ``tmrw``, ``+Nd``/``-Nd`` (days from
  the published date), ``last:mon`` (latest Monday on or before the published date) or
  ``next:mon`` (first Monday on or after it).

Offsets are computed here, never typed by hand, on the text as the pipeline normalises it;
every event is checked (``text[trigger_start:trigger_end] == trigger``, type/mode in the scheme,
actor codes well formed). Usage:

    python scripts/make_gold_events.py            # write gold/events.jsonl and print counts
    python scripts/make_gold_events.py --check    # only validate, write nothing
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import re
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.events.lexicon import PLOVER_MODES, type_and_mode  # noqa: E402
from khabar.text.normalize import normalize  # noqa: E402

SRC = ROOT / "gold" / "src" / "events.txt"
OUT = ROOT / "gold" / "events.jsonl"

MODES = PLOVER_MODES  # one table of PLOVER types and modes, the lexicon's
NEEDS_TARGET = {"COOPERATE", "AID", "SANCTION"}
SECTORS = {
    "GOV",
    "MIL",
    "COP",
    "JUD",
    "LEG",
    "PTY",
    "OPP",
    "REB",
    "SPY",
    "UAF",
    "BUS",
    "CVL",
    "LAB",
    "EDU",
    "MED",
    "JRN",
    "REL",
    "REF",
    "CRM",
    "ELI",
}
CODE_RE = re.compile(r"^(?:[A-Z]{3})+$")
WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
FLAGS = {"neg", "fut", "hyp"}


class GoldError(Exception):
    """A problem in the source file, with its line number."""


@dataclass(frozen=True)
class Actor:
    name: str | None
    code: str | None


def _letterish(ch: str) -> bool:
    cat = unicodedata.category(ch)
    return cat[0] in ("L", "M", "N")


def find_trigger(text: str, trigger: str, nth: int) -> int:
    """Start of the nth (1-based) whole-word occurrence of ``trigger`` in ``text``."""
    found = 0
    pos = text.find(trigger)
    while pos >= 0:
        end = pos + len(trigger)
        before_ok = pos == 0 or not _letterish(text[pos - 1])
        after_ok = end == len(text) or not _letterish(text[end])
        if before_ok and after_ok:
            found += 1
            if found == nth:
                return pos
        pos = text.find(trigger, pos + 1)
    raise GoldError(f"trigger {trigger!r} occurrence {nth} not found as a whole word")


def resolve_date(spec: str, published: dt.date) -> str | None:
    if spec == "-":
        return None
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", spec):
        dt.date.fromisoformat(spec)
        return spec
    if spec == "today":
        return published.isoformat()
    if spec == "yday":
        return (published - dt.timedelta(days=1)).isoformat()
    if spec == "tmrw":
        return (published + dt.timedelta(days=1)).isoformat()
    m = re.fullmatch(r"([+-])(\d+)d", spec)
    if m:
        days = int(m.group(2)) * (1 if m.group(1) == "+" else -1)
        return (published + dt.timedelta(days=days)).isoformat()
    m = re.fullmatch(r"(last|next):(mon|tue|wed|thu|fri|sat|sun)", spec)
    if m:
        want = WEEKDAYS.index(m.group(2))
        if m.group(1) == "last":
            delta = (published.weekday() - want) % 7
            return (published - dt.timedelta(days=delta)).isoformat()
        delta = (want - published.weekday()) % 7
        return (published + dt.timedelta(days=delta)).isoformat()
    raise GoldError(f"bad date spec {spec!r}")


def parse_actor(raw: str) -> Actor:
    raw = raw.strip()
    if raw in ("-", ""):
        return Actor(None, None)
    m = re.fullmatch(r"(.*?)\s*(?:\[([A-Z]*|-)\])?", raw)
    assert m is not None
    name = m.group(1).strip()
    code = m.group(2)
    if code in (None, "", "-"):
        code = None
    elif (
        not CODE_RE.match(code)
        or code[:3] in SECTORS
        or (len(code) > 3 and code[3:6] not in SECTORS and code[:3] not in ("IGO", "NGO"))
    ):
        raise GoldError(f"bad actor code {code!r}")
    if not name:
        raise GoldError(f"actor without a name: {raw!r}")
    return Actor(unicodedata.normalize("NFC", name), code)


def parse_event(line: str, text: str, published: dt.date) -> dict[str, object]:
    parts = [p.strip() for p in line.split("|")]
    if len(parts) != 5:
        raise GoldError(f"event needs 5 '|' fields, got {len(parts)}")
    head, actors, trig, flags, date = parts
    try:
        etype, mode = type_and_mode(head)
    except ValueError as exc:
        raise GoldError(str(exc)) from None
    if ">" not in actors:
        raise GoldError("actors need 'source > target'")
    src_raw, tgt_raw = actors.split(">", 1)
    source, target = parse_actor(src_raw), parse_actor(tgt_raw)
    if etype in NEEDS_TARGET and target.name is None:
        raise GoldError(f"{etype} needs a target")
    nth = 1
    m = re.fullmatch(r"(.*?)#(\d+)", trig)
    if m:
        trig, nth = m.group(1), int(m.group(2))
    trig = unicodedata.normalize("NFC", trig)
    start = find_trigger(text, trig, nth)
    end = start + len(trig)
    flagset = set() if flags == "-" else {f.strip() for f in flags.split(",")}
    if not flagset <= FLAGS or ("fut" in flagset and "hyp" in flagset):
        raise GoldError(f"bad flags {flags!r}")
    modality = "future" if "fut" in flagset else "hypothetical" if "hyp" in flagset else "asserted"
    event: dict[str, object] = {
        "type": etype,
        "mode": mode,
        "source": source.name,
        "target": target.name,
        "source_code": source.code,
        "target_code": target.code,
        "trigger": trig,
        "trigger_start": start,
        "trigger_end": end,
        "negated": "neg" in flagset,
        "modality": modality,
        "date": resolve_date(date, published),
    }
    assert text[start:end] == trig
    return event


def parse(path: Path) -> list[dict[str, object]]:
    items: list[dict[str, object]] = []
    seen: set[str] = set()
    cur: dict[str, object] | None = None
    text_lines: list[str] = []
    event_lines: list[tuple[int, str]] = []
    none_flag = False
    start_line = 0

    def flush() -> None:
        nonlocal cur, text_lines, event_lines, none_flag
        if cur is None:
            return
        raw = "\n".join(text_lines)
        text = normalize(raw).text
        if normalize(text).text != text:
            raise GoldError(f"line {start_line}: text does not normalise stably")
        if not text:
            raise GoldError(f"line {start_line}: empty text")
        if none_flag and event_lines:
            raise GoldError(f"line {start_line}: NONE together with events")
        if not none_flag and not event_lines:
            raise GoldError(f"line {start_line}: item without events needs '= NONE'")
        published = dt.date.fromisoformat(str(cur["published"]))
        events = []
        for lineno, line in event_lines:
            try:
                events.append(parse_event(line, text, published))
            except GoldError as exc:
                raise GoldError(f"line {lineno}: {exc}") from None
        cur["text"] = text
        cur["events"] = events
        items.append(cur)
        cur, text_lines, event_lines, none_flag = None, [], [], False

    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        stripped = line.strip()
        if stripped.startswith("#"):
            continue
        if not stripped:
            flush()
            continue
        if stripped.startswith("@"):
            flush()
            m = re.fullmatch(r"@\s+(\S+)\s+(\d{4}-\d{2}-\d{2})", stripped)
            if not m:
                raise GoldError(f"line {lineno}: bad header {stripped!r}")
            if m.group(1) in seen:
                raise GoldError(f"line {lineno}: duplicate id {m.group(1)}")
            seen.add(m.group(1))
            cur = {"id": m.group(1), "published": m.group(2)}
            start_line = lineno
            continue
        if cur is None:
            raise GoldError(f"line {lineno}: text outside an item")
        if stripped.startswith("="):
            body = stripped[1:].strip()
            if body == "NONE":
                none_flag = True
            else:
                event_lines.append((lineno, body))
            continue
        if event_lines or none_flag:
            raise GoldError(f"line {lineno}: text after the event lines")
        text_lines.append(stripped)
    flush()
    return items


def summary(items: list[dict[str, object]]) -> str:
    types: collections.Counter[str] = collections.Counter()
    modality: collections.Counter[str] = collections.Counter()
    modes: collections.Counter[str] = collections.Counter()
    negated = no_event = ending_dot = passages = 0
    n_events = 0
    for item in items:
        events = item["events"]
        assert isinstance(events, list)
        text = str(item["text"])
        no_event += not events
        ending_dot += text.rstrip().endswith(".")
        passages += "\n" in text or len(re.findall(r"[।.?!](?:\s|$)", text)) > 1
        for ev in events:
            n_events += 1
            types[ev["type"]] += 1
            modality[ev["modality"]] += 1
            modes[f"{ev['type']}/{ev['mode']}"] += 1
            negated += bool(ev["negated"])
    lines = [
        f"items {len(items)}, events {n_events}, items with no event {no_event}, "
        f"items ending with '.' {ending_dot}, multi-sentence items {passages}",
        "per type: " + ", ".join(f"{t} {types[t]}" for t in MODES),
        "per modality: " + ", ".join(f"{k} {v}" for k, v in sorted(modality.items())),
        f"negated: {negated}",
        "modes: " + ", ".join(f"{k} {v}" for k, v in sorted(modes.items())),
    ]
    return "\n".join(lines)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="validate only")
    ap.add_argument("--src", type=Path, default=SRC)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    try:
        items = parse(args.src)
    except GoldError as exc:
        print(f"{args.src}: {exc}", file=sys.stderr)
        return 1
    if not args.check:
        with args.out.open("w", encoding="utf-8") as fh:
            for item in items:
                fh.write(json.dumps(item, ensure_ascii=False) + "\n")
    print(summary(items))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
