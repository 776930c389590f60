#!/usr/bin/env python3
"""Compile the hand-written PLOVER event gold sets on real AIR articles into gold/*.jsonl.

One builder for every event set annotated on ../shared/data/newsonair/hindi.csv after gold-dev
(see SETS below and gold/EVENTS-HELDOUT.md, gold/EVENTS-DEV2.md):

- ``heldout`` and ``heldout-b``: 25 hand-picked articles, annotated twice, each time blind (test);
- ``random-test`` and ``random-test-2``: 12 and 24 articles drawn at random, annotated blind (test);
- ``random-test-b``: the 36 random test articles annotated again, blind to the first annotation;
- ``random-test-3``: 36 more articles drawn at random after the session's rules were written (test);
- ``dev2`` to ``dev5``: 36 articles each drawn at random, annotated blind, to develop on.

Each source file gold/src/<set>.txt holds only article ids, short trigger spans and labels, never
article text:

    # comment
    @ hiNNNN                              article = row NNNN of hindi.csv (zero-based)
    = TYPE mode | Source > Target | trigger#n | flags | date
    = NONE                                an article with no political event

mode / actor / flags / date: "-" for none. trigger#n: the n-th whole-word occurrence (default 1).
flags: a comma list of neg, fut, hyp. date: YYYY-MM-DD, today, yday or tmrw (against published).

The article text is read from hindi.csv (UTF-16; ``data`` is a Python list literal of paragraphs,
joined with "\\n") and normalised with ``khabar.text.normalize.normalize``; every offset is
computed on that text here, never typed by hand. The output holds no article text.

    python scripts/make_gold_events_news.py --set dev2            # write gold/events-dev2.jsonl
    python scripts/make_gold_events_news.py --set dev2 --check    # rebuild, compare, validate
    python scripts/make_gold_events_news.py --check-all           # --check of every set
    python scripts/make_gold_events_news.py --show hi0027         # print an article as annotated

--check recomputes everything from the source and the CSV, compares it with the written file and
checks ``text[trigger_start:trigger_end] == trigger`` for every event, the PLOVER type/mode
inventory, modality/negation/date formats, the set's article list, that no article is in
newsonair/gold-dev.jsonl or in both a development and a test set, and that no trigger is long
enough to be a copied sentence. ``--src FILE --partial`` validates one annotator's part of a set.
"""

from __future__ import annotations

import argparse
import ast
import collections
import csv
import dataclasses
import datetime as dt
import io
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.events.lexicon import PLOVER_MODES, type_and_mode  # noqa: E402
from khabar.text.normalize import normalize  # noqa: E402  (text normaliser only)

DATA = ROOT.parent / "shared" / "data" / "newsonair"
CSV_PATH = DATA / "hindi.csv"
GOLD_DEV = DATA / "gold-dev.jsonl"

MAX_TRIGGER_WORDS = 8  # triggers are short spans, never sentences
MODES = PLOVER_MODES  # one table of PLOVER types and modes, the lexicon's
FLAGS = {"neg", "fut", "hyp"}
EVENT_KEYS = [
    "type", "mode", "source", "target", "trigger", "trigger_start", "trigger_end", "negated", "modality", "date",
]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
NEEDS_TARGET = {"COOPERATE", "AID", "SANCTION"}

HELDOUT_IDS = [
    "hi0015", "hi0032", "hi0047", "hi0062", "hi0097", "hi0155", "hi0182", "hi0185", "hi0226", "hi0229",
    "hi0232", "hi0273", "hi0299", "hi0363", "hi0404", "hi0425", "hi0465", "hi0472", "hi0488", "hi0492",
    "hi0497", "hi0508", "hi0514", "hi0517", "hi0524",
]
# Drawn at random, one article per story (stories as khabar.corpus groups the newsonair corpus), in
# two rounds (gold/EVENTS-DEV2.md). Round 1, random.Random(20261130): random-test, 12 articles on no
# story of gold-dev or the held-out set, then dev2, 36 articles outside gold-dev on no story of a
# test set. Round 2, random.Random(202611302): random-test-2, 24 articles on no story of gold-dev or
# of any set above (hi0372 and hi0416, whose coder output earlier notes discuss, left out), then
# dev3, 36 articles on no story of a test set or of dev2.
RANDOM_TEST_IDS = [
    "hi0000", "hi0048", "hi0082", "hi0086", "hi0120", "hi0139", "hi0170", "hi0251", "hi0261", "hi0282",
    "hi0294", "hi0499",
]
RANDOM_TEST_2_IDS = [
    "hi0029", "hi0094", "hi0116", "hi0123", "hi0157", "hi0165", "hi0202", "hi0211", "hi0212", "hi0214",
    "hi0245", "hi0285", "hi0289", "hi0292", "hi0353", "hi0361", "hi0387", "hi0391", "hi0406", "hi0419",
    "hi0444", "hi0494", "hi0525", "hi0528",
]
DEV2_IDS = [
    "hi0027", "hi0044", "hi0046", "hi0087", "hi0113", "hi0161", "hi0162", "hi0168", "hi0198", "hi0209",
    "hi0219", "hi0231", "hi0235", "hi0240", "hi0241", "hi0252", "hi0265", "hi0270", "hi0300", "hi0307",
    "hi0319", "hi0325", "hi0343", "hi0366", "hi0384", "hi0389", "hi0395", "hi0398", "hi0427", "hi0441",
    "hi0453", "hi0461", "hi0477", "hi0500", "hi0509", "hi0513",
]
DEV3_IDS = [
    "hi0001", "hi0011", "hi0019", "hi0025", "hi0081", "hi0100", "hi0105", "hi0125", "hi0148", "hi0189",
    "hi0199", "hi0206", "hi0218", "hi0246", "hi0255", "hi0259", "hi0264", "hi0324", "hi0332", "hi0374",
    "hi0377", "hi0381", "hi0390", "hi0392", "hi0411", "hi0412", "hi0417", "hi0448", "hi0452", "hi0456",
    "hi0462", "hi0473", "hi0507", "hi0516", "hi0531", "hi0538",
]
# Round 3, random.Random(202611303): dev4, 36 articles outside gold-dev on no story of any set above.
DEV4_IDS = [
    "hi0023", "hi0035", "hi0037", "hi0063", "hi0064", "hi0071", "hi0084", "hi0147", "hi0149", "hi0167",
    "hi0174", "hi0177", "hi0188", "hi0190", "hi0247", "hi0272", "hi0275", "hi0276", "hi0295", "hi0306",
    "hi0321", "hi0323", "hi0328", "hi0370", "hi0373", "hi0375", "hi0382", "hi0394", "hi0397", "hi0400",
    "hi0463", "hi0468", "hi0471", "hi0482", "hi0496", "hi0518",
]
# Round 4, random.Random(202611304), after this session's rules: random-test-3, 36 articles on no
# story of gold-dev or of any set above, leaving out the 52 articles whose coder output the session
# read while checking its rules; then dev5, 36 articles outside gold-dev on no story of a test set
# or of a development set.
RANDOM_TEST_3_IDS = [
    "hi0004", "hi0008", "hi0009", "hi0012", "hi0058", "hi0090", "hi0101", "hi0103", "hi0122", "hi0126",
    "hi0128", "hi0132", "hi0141", "hi0153", "hi0156", "hi0178", "hi0180", "hi0181", "hi0204", "hi0221",
    "hi0233", "hi0258", "hi0271", "hi0312", "hi0351", "hi0356", "hi0367", "hi0410", "hi0421", "hi0445",
    "hi0484", "hi0505", "hi0520", "hi0521", "hi0532", "hi0539",
]
DEV5_IDS = [
    "hi0003", "hi0007", "hi0013", "hi0016", "hi0020", "hi0030", "hi0083", "hi0093", "hi0099", "hi0110",
    "hi0127", "hi0145", "hi0160", "hi0184", "hi0186", "hi0193", "hi0205", "hi0208", "hi0216", "hi0222",
    "hi0243", "hi0253", "hi0293", "hi0304", "hi0341", "hi0364", "hi0385", "hi0386", "hi0414", "hi0431",
    "hi0443", "hi0466", "hi0467", "hi0511", "hi0537", "hi0540",
]


@dataclasses.dataclass(frozen=True)
class GoldSet:
    name: str
    ids: tuple[str, ...]
    test: bool  # a test set is never read while writing rules

    @property
    def src(self) -> Path:
        return ROOT / "gold" / "src" / f"events-{self.name}.txt"

    @property
    def out(self) -> Path:
        return ROOT / "gold" / f"events-{self.name}.jsonl"


SETS = {
    s.name: s
    for s in (
        GoldSet("heldout", tuple(HELDOUT_IDS), test=True),
        GoldSet("heldout-b", tuple(HELDOUT_IDS), test=True),
        GoldSet("random-test", tuple(RANDOM_TEST_IDS), test=True),
        GoldSet("random-test-2", tuple(RANDOM_TEST_2_IDS), test=True),
        GoldSet("dev2", tuple(DEV2_IDS), test=False),
        GoldSet("dev3", tuple(DEV3_IDS), test=False),
        GoldSet("dev4", tuple(DEV4_IDS), test=False),
        GoldSet("dev5", tuple(DEV5_IDS), test=False),
        GoldSet("random-test-3", tuple(RANDOM_TEST_3_IDS), test=True),
        # the random test articles annotated a second time, blind to the first annotation
        GoldSet("random-test-b", tuple(RANDOM_TEST_IDS + RANDOM_TEST_2_IDS), test=True),
    )
}


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
    try:
        etype, mode = type_and_mode(head)
    except ValueError as exc:
        raise SourceError(str(exc)) from None
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


def build(src: Path, articles: dict[str, dict]) -> list[dict]:
    records: list[dict] = []
    current: dict | None = None
    for lineno, raw in enumerate(src.read_text(encoding="utf-8").splitlines(), 1):
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
            raise SourceError(f"{src.name}:{lineno}: {exc}") from None
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
            if e["type"] in NEEDS_TARGET and e["target"] is None:
                errors.append(f"{where}: {e['type']} needs a target")
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


def set_errors(gold: GoldSet, records: list[dict], partial: bool) -> list[str]:
    """The set's own article list, and no article in both a development and a test set."""
    ids = [r["id"] for r in records]
    errors = [f"{i}: not an article of set {gold.name}" for i in ids if i not in gold.ids]
    if not partial:
        errors += [f"{i}: article of set {gold.name} missing" for i in gold.ids if i not in ids]
    for other in SETS.values():
        if other.test != gold.test:
            errors += [f"{i}: also in {other.name}" for i in ids if i in other.ids]
    return errors


def show(articles: dict[str, dict], aid: str) -> int:
    art = articles.get(aid)
    if art is None:
        print(f"error: no article {aid!r} in {CSV_PATH}", file=sys.stderr)
        return 1
    print(f"{aid} published {art['published']}")
    for n, para in enumerate(art["text"].split("\n"), 1):
        print(f"[{n}] {para}")
    return 0


def run(gold: GoldSet, articles: dict[str, dict], *, check: bool, src: Path, partial: bool) -> int:
    try:
        records = build(src, articles)
    except SourceError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    errors = validate(records, articles) + set_errors(gold, records, partial)
    if check and not partial:
        if not gold.out.exists():
            errors.append(f"{gold.out} missing")
        else:
            lines = gold.out.read_text(encoding="utf-8").splitlines()
            written = [json.loads(line) for line in lines if line.strip()]
            errors += validate(written, articles)
            if written != records:
                errors.append(f"{gold.out.name} differs from what {src.name} compiles to; rerun without --check")
    if errors:
        for err in errors:
            print(f"error: {err}", file=sys.stderr)
        return 1
    if partial:
        print(f"{src}: ok ({len(records)} of the {len(gold.ids)} articles of {gold.name})")
    elif check:
        print(f"{gold.out.relative_to(ROOT)}: ok")
    else:
        with gold.out.open("w", encoding="utf-8") as f:
            for rec in records:
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        print(f"wrote {gold.out.relative_to(ROOT)}")
    print(counts(records))
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=sorted(SETS), help="the gold set to build or check")
    ap.add_argument("--check", action="store_true", help="validate the written file only")
    ap.add_argument("--check-all", action="store_true", help="--check every set that has a source")
    ap.add_argument("--src", type=Path, help="read this source instead of gold/src/events-<set>.txt")
    ap.add_argument("--partial", action="store_true", help="the source covers part of the set; write nothing")
    ap.add_argument("--show", metavar="ID", help="print one article's normalised text by paragraph")
    args = ap.parse_args()
    articles = load_articles()
    if args.show:
        return show(articles, args.show)
    if args.check_all:
        todo = [s for s in SETS.values() if s.src.exists()]
        return max(run(s, articles, check=True, src=s.src, partial=False) for s in todo)
    if args.set is None:
        ap.error("give --set, --check-all or --show")
    gold = SETS[args.set]
    return run(gold, articles, check=args.check or args.partial, src=args.src or gold.src, partial=args.partial)


if __name__ == "__main__":
    sys.exit(main())
