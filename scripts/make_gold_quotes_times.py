#!/usr/bin/env python3
"""Build gold/quotes-times.jsonl from the marked-up source gold/src/quotes-times.txt.

The source is written by hand; every offset and every relative date value is computed here,
never typed. Markup (see gold/README.md for the full description):

    # <id> <published YYYY-MM-DD> <style>
    text line with <q1>quoted content</q1>, speaker mention <s1>उन्होंने</s1>,
    and times <t d-1>कल</t>, <t wd->बुधवार</t>, <t 2023-09-14>14 सितंबर 2023</t>
    @1 Speaker Name | kind | cue | d        (d = direct, i = indirect)
    ! free-text note

A speaker mention may serve several quotes: <s1,2>...</s1,2>.

Usage: python scripts/make_gold_quotes_times.py [SRC] [OUT]
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SRC = ROOT / "gold" / "src" / "quotes-times.txt"
OUT = ROOT / "gold" / "quotes-times.jsonl"

KINDS = {"name", "pronoun", "title", "org", "unnamed"}

WEEKDAYS = {
    "सोमवार": 0,
    "मंगलवार": 1,
    "बुधवार": 2,
    "गुरुवार": 3,
    "बृहस्पतिवार": 3,
    "शुक्रवार": 4,
    "शनिवार": 5,
    "रविवार": 6,
}
MONTHS = {
    "जनवरी": 1,
    "फरवरी": 2,
    "फ़रवरी": 2,
    "मार्च": 3,
    "अप्रैल": 4,
    "अप्रेल": 4,
    "मई": 5,
    "जून": 6,
    "जुलाई": 7,
    "अगस्त": 8,
    "सितंबर": 9,
    "सितम्बर": 9,
    "अक्टूबर": 10,
    "अक्तूबर": 10,
    "नवंबर": 11,
    "नवम्बर": 11,
    "दिसंबर": 12,
    "दिसम्बर": 12,
}
NUMBER_WORDS = {
    "पहली": 1,
    "एक": 1,
    "दो": 2,
    "तीन": 3,
    "चार": 4,
    "पांच": 5,
    "पाँच": 5,
    "छह": 6,
    "सात": 7,
    "आठ": 8,
    "नौ": 9,
    "दस": 10,
    "पंद्रह": 15,
    "बीस": 20,
}
DEVANAGARI_DIGITS = str.maketrans("०१२३४५६७८९", "0123456789")
INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")
TAG = re.compile(r"<(/?)([qst])([0-9,]*)(?: ([^>]*))?>")
LITERAL = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class MarkupError(Exception):
    pass


def _norm(s: str) -> str:
    return unicodedata.normalize("NFC", INVISIBLE.sub("", s))


def _shift_month(year: int, month: int, delta: int) -> str:
    m0 = year * 12 + (month - 1) + delta
    return f"{m0 // 12:04d}-{m0 % 12 + 1:02d}"


def _month_in(surface: str) -> int | None:
    for name, num in MONTHS.items():
        if _norm(name) in surface:
            return num
    return None


def _day_in(surface: str) -> int | None:
    digits = re.search(r"\d{1,2}", surface.translate(DEVANAGARI_DIGITS))
    if digits:
        return int(digits.group())
    for tok in surface.split():
        if tok in NUMBER_WORDS:
            return NUMBER_WORDS[tok]
    return None


def resolve(rule: str, surface: str, published: dt.date) -> str | None:
    """Turn a rule from the markup into a value against the publication date."""
    if rule == "-":
        return None
    if LITERAL.match(rule):
        return rule
    m = re.fullmatch(r"d([+-]\d+|0)", rule)
    if m:
        return (published + dt.timedelta(days=int(m.group(1)))).isoformat()
    m = re.fullmatch(r"m([+-]\d+|0)", rule)
    if m:
        return _shift_month(published.year, published.month, int(m.group(1)))
    m = re.fullmatch(r"y([+-]\d+|0)", rule)
    if m:
        return f"{published.year + int(m.group(1)):04d}"
    if rule in ("wd-", "wd+"):
        found = [wd for name, wd in WEEKDAYS.items() if name in surface]
        if len(found) != 1:
            raise MarkupError(f"no single weekday in {surface!r}")
        if rule == "wd-":
            back = (published.weekday() - found[0]) % 7
            return (published - dt.timedelta(days=back)).isoformat()
        ahead = (found[0] - published.weekday()) % 7 or 7
        return (published + dt.timedelta(days=ahead)).isoformat()
    if rule in ("md-", "md+"):
        month, day = _month_in(surface), _day_in(surface)
        if month is None or day is None:
            raise MarkupError(f"no day and month in {surface!r}")
        year = published.year
        cand = dt.date(year, month, day)
        if rule == "md-" and cand > published:
            cand = dt.date(year - 1, month, day)
        if rule == "md+" and cand < published:
            cand = dt.date(year + 1, month, day)
        return cand.isoformat()
    if rule in ("mon-", "mon+"):
        month = _month_in(surface)
        if month is None:
            raise MarkupError(f"no month in {surface!r}")
        year = published.year
        if rule == "mon-" and month > published.month:
            year -= 1
        if rule == "mon+" and month < published.month:
            year += 1
        return f"{year:04d}-{month:02d}"
    raise MarkupError(f"unknown time rule {rule!r}")


def parse_text(raw: str) -> tuple[str, list[dict[str, Any]]]:
    """Strip the tags; return plain text and the spans (kind, key, start, end, arg)."""
    out: list[str] = []
    pos = 0
    length = 0
    open_: dict[tuple[str, str], tuple[int, str | None]] = {}
    spans: list[dict[str, Any]] = []
    for m in TAG.finditer(raw):
        chunk = raw[pos : m.start()]
        out.append(chunk)
        length += len(chunk)
        pos = m.end()
        closing, kind, key, arg = m.group(1) == "/", m.group(2), m.group(3), m.group(4)
        if not closing:
            if (kind, key) in open_:
                raise MarkupError(f"nested <{kind}{key}> in {raw[:60]!r}")
            open_[(kind, key)] = (length, arg)
        else:
            if (kind, key) not in open_:
                raise MarkupError(f"unopened </{kind}{key}> in {raw[:60]!r}")
            start, arg0 = open_.pop((kind, key))
            spans.append({"kind": kind, "key": key, "start": start, "end": length, "arg": arg0})
    out.append(raw[pos:])
    if open_:
        raise MarkupError(f"unclosed tags {sorted(open_)} in {raw[:60]!r}")
    text = "".join(out)
    if "<" in text or ">" in text:
        raise MarkupError(f"stray angle bracket in {text[:80]!r}")
    return text, spans


def build_record(header: str, lines: list[str], attrs: list[str], notes: list[str]) -> dict[str, Any]:
    parts = header[1:].split()
    if len(parts) != 3:
        raise MarkupError(f"bad header {header!r}")
    pid, pub, style = parts
    published = dt.date.fromisoformat(pub)
    raw = "\n".join(_norm(line.strip()) for line in lines if line.strip())
    text, spans = parse_text(raw)
    speakers: dict[str, dict[str, str | bool]] = {}
    for a in attrs:
        m = re.fullmatch(r"@(\d+)\s+(.+)", a.strip())
        if not m:
            raise MarkupError(f"{pid}: bad attribute line {a!r}")
        fields = [f.strip() for f in m.group(2).split("|")]
        if len(fields) != 4 or fields[1] not in KINDS or fields[3] not in ("d", "i"):
            raise MarkupError(f"{pid}: bad attribute line {a!r}")
        speakers[m.group(1)] = {
            "speaker": _norm(fields[0]),
            "speaker_kind": fields[1],
            "cue": _norm(fields[2]),
            "direct": fields[3] == "d",
        }
    q_spans = {s["key"]: s for s in spans if s["kind"] == "q"}
    s_spans: dict[str, dict[str, Any]] = {}
    for s in spans:
        if s["kind"] == "s":
            for k in s["key"].split(","):
                if k in s_spans:
                    raise MarkupError(f"{pid}: two speaker mentions for quote {k}")
                s_spans[k] = s
    if set(q_spans) != set(speakers):
        raise MarkupError(f"{pid}: quotes {sorted(q_spans)} vs attributes {sorted(speakers)}")
    quotes = []
    for key in sorted(q_spans, key=lambda k: q_spans[k]["start"]):
        q, sp = q_spans[key], s_spans.get(key)
        if sp is None:
            raise MarkupError(f"{pid}: quote {key} has no speaker mention")
        quotes.append(
            {
                "start": q["start"],
                "end": q["end"],
                "text": text[q["start"] : q["end"]],
                "speaker": speakers[key]["speaker"],
                "speaker_start": sp["start"],
                "speaker_end": sp["end"],
                "speaker_text": text[sp["start"] : sp["end"]],
                "speaker_kind": speakers[key]["speaker_kind"],
                "cue": speakers[key]["cue"],
                "direct": speakers[key]["direct"],
            }
        )
    extra = set(s_spans) - set(q_spans)
    if extra:
        raise MarkupError(f"{pid}: speaker mentions without quotes {sorted(extra)}")
    times = []
    for t in sorted((s for s in spans if s["kind"] == "t"), key=lambda s: s["start"]):
        surface = text[t["start"] : t["end"]]
        rule = (t["arg"] or "").strip()
        times.append(
            {
                "start": t["start"],
                "end": t["end"],
                "surface": surface,
                "value": resolve(rule, surface, published),
                "rule": rule,
            }
        )
    rec: dict[str, Any] = {
        "id": pid,
        "published": pub,
        "style": style,
        "text": text,
        "quotes": quotes,
        "times": times,
    }
    if notes:
        rec["notes"] = " ".join(n[1:].strip() for n in notes)
    return rec


def parse_source(src: str) -> list[dict[str, Any]]:
    records: list[dict[str, Any]] = []
    header: str | None = None
    lines: list[str] = []
    attrs: list[str] = []
    notes: list[str] = []

    def flush() -> None:
        if header is not None:
            records.append(build_record(header, lines, attrs, notes))

    for line in src.splitlines():
        if line.startswith("%"):  # comment
            continue
        if line.startswith("# "):
            flush()
            header, lines, attrs, notes = line, [], [], []
        elif line.startswith("@"):
            attrs.append(line)
        elif line.startswith("!"):
            notes.append(line)
        elif header is not None:
            lines.append(line)
        elif line.strip():
            raise MarkupError(f"text before the first header: {line!r}")
    flush()
    ids = [r["id"] for r in records]
    dupes = {i for i in ids if ids.count(i) > 1}
    if dupes:
        raise MarkupError(f"duplicate ids {sorted(dupes)}")
    return records


def summary(records: list[dict[str, Any]]) -> list[str]:
    """Category counts reported in gold/README.md."""
    quotes = [(r, q) for r in records for q in r["quotes"]]
    times = [t for r in records for t in r["times"]]
    marks = "\"'\u201c\u201d\u2018\u2019"

    def missing_mark(text: str, q: dict[str, Any]) -> bool:
        before = text[q["start"] - 1] if q["start"] > 0 else ""
        after = text[q["end"]] if q["end"] < len(text) else ""
        return bool(q["direct"]) and (before == "" or before not in marks or after == "" or after not in marks)

    def multi(q: dict[str, Any]) -> bool:
        return bool(re.search(r"[.।?!]\s+\S", q["text"]))

    kinds: dict[str, int] = {}
    for _, q in quotes:
        kinds[q["speaker_kind"]] = kinds.get(q["speaker_kind"], 0) + 1
    n_missing = sum(missing_mark(r["text"], q) for r, q in quotes)
    n_multi_or_missing = sum(q["direct"] and (multi(q) or missing_mark(r["text"], q)) for r, q in quotes)
    kal = [t for t in times if t["surface"].startswith("कल")]
    wd = [t for t in times if t["rule"].startswith("wd")]
    explicit = [
        t
        for t in times
        if t["rule"][:2] in ("md", "mo") or (LITERAL.match(t["rule"]) and re.search(r"[0-9०-९]{4}", t["surface"]))
    ]
    gran = {"day": 0, "month": 0, "year": 0, "null": 0}
    for t in times:
        v = t["value"]
        gran["null" if v is None else {10: "day", 7: "month", 4: "year"}[len(v)]] += 1
    return [
        f"quotes {len(quotes)}: direct {sum(q['direct'] for _, q in quotes)}, kinds {kinds}",
        f"  direct multi-sentence or missing mark {n_multi_or_missing} (missing mark {n_missing})",
        f"times {len(times)}: {gran}",
        f"  कल {len(kal)} (past {sum(t['rule'] == 'd-1' for t in kal)}, "
        f"future {sum(t['rule'] == 'd+1' for t in kal)}), weekdays {len(wd)} "
        f"(past {sum(t['rule'] == 'wd-' for t in wd)}, future {sum(t['rule'] == 'wd+' for t in wd)}), "
        f"explicit dates {len(explicit)}",
    ]


def main(argv: list[str]) -> int:
    src = Path(argv[1]) if len(argv) > 1 else SRC
    out = Path(argv[2]) if len(argv) > 2 else OUT
    records = parse_source(src.read_text(encoding="utf-8"))
    with out.open("w", encoding="utf-8") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    nq = sum(len(r["quotes"]) for r in records)
    nt = sum(len(r["times"]) for r in records)
    print(f"{out}: {len(records)} passages, {nq} quotes, {nt} times")
    for line in summary(records):
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
