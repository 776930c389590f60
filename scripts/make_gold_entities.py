#!/usr/bin/env python3
"""Build the project's entity gold sets from marked-up sources and check them.

Sources (all written for this project; see gold/ENTITIES.md):

- ``gold/src/<set>.txt``: records. A record starts with a header line ``@ <id> <YYYY-MM-DD>``;
  the following non-empty lines are its text (joined with ``\\n``). Lines starting with ``#`` are comments.
  Every entity mention is written inline as ``[[surface|key]]`` (key from a registry) or
  ``[[surface|LABEL|Canonical English name|QID]]`` (QID may be ``-`` or left out).
- ``gold/src/<set>.entities.tsv``: the registry: ``key<TAB>label<TAB>name<TAB>qid-or-<TAB>primary Hindi
  spelling<TAB>flags`` (flags: ``obscure``, ``everyday``, comma separated, may be empty). The
  ner-news set may also use the linking registry's keys.

Output: ``gold/<set>.jsonl``, one object per record:
``{"id", "published", "text", "entities": [{"start", "end", "surface", "label", "name", "wikidata"}]}``.

Usage::

    python scripts/make_gold_entities.py            # build both sets, run the checks, print statistics
    python scripts/make_gold_entities.py --check    # build in memory only; exit 1 if any file differs

The checks: text is NFC without invisible controls, text[start:end] == surface, no span starts with a title
or ends with a case marker, no demonym is tagged, one name per QID and one label/QID per name, and
every annotated surface is annotated wherever else it occurs as a whole word (misses are listed,
with an allow-list for words that are also common nouns or pronouns).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"
SRC = GOLD / "src"
SETS = ("linking", "ner-news")
LABELS = frozenset({"PER", "ORG", "LOC"})
MARK = re.compile(r"\[\[([^\[\]|]+)\|([^\[\]]+?)\]\]|\{\{([^{}\[\]|]+)\}\}")
HEADER = re.compile(r"^@\s+(\S+)\s+(\d{4}-\d{2}-\d{2})\s*$")
QID = re.compile(r"^Q[1-9][0-9]*$")

TITLES = (
    "श्री ",
    "श्रीमती ",
    "डॉ ",
    "डॉ. ",
    "राष्ट्रपति ",
    "प्रधानमंत्री ",
    "मुख्यमंत्री ",
    "मंत्री ",
    "जज ",
    "न्यायमूर्ति ",
    "सांसद ",
    "विधायक ",
    "कप्तान ",
    "कोच ",
    "राज्यपाल ",
    "उपराज्यपाल ",
    "जस्टिस ",
    "अयातुल्ला ",
    "उपराष्ट्रपति ",
    "महासचिव ",
    "प्रवक्ता ",
)
NAMES_LIKE_TITLES = frozenset({"राष्ट्रपति भवन", "श्री राम जन्मभूमि तीर्थ क्षेत्र ट्रस्ट"})
NAMES_LIKE_CASE = frozenset({"आंग सान सू की"})  # the name itself ends in the syllable की
CASE_ENDINGS = (" ने", " को", " का", " की", " के", " से", " में", " पर", " तक", " वाले")
DEMONYMS = frozenset(
    {
        "रूसी",
        "भारतीय",
        "अमेरिकी",
        "अमरीकी",
        "चीनी",
        "पाकिस्तानी",
        "यूक्रेनी",
        "ईरानी",
        "इजराइली",
        "इस्राइली",
        "ब्रिटिश",
        "फ्रांसीसी",
        "जापानी",
        "कोरियाई",
        "उत्तर कोरियाई",
        "दक्षिण कोरियाई",
        "बांग्लादेशी",
        "नेपाली",
        "अफगान",
        "जर्मन",
        "इराकी",
        "सऊदी",
        "फलस्तीनी",
        "बिहारी",
        "पंजाबी",
        "बंगाली",
        "कश्मीरी",
        "मराठी",
        "गुजराती",
    }
)
# Words that are also ordinary Hindi words: an unannotated occurrence is not reported.
AMBIGUOUS = frozenset({"आप", "किम", "शाह", "सिंह", "राज", "ईडी"})
INVISIBLE = re.compile("[\u200b-\u200f\u2060\ufeff\u00ad]")


@dataclass(frozen=True)
class RegistryEntry:
    key: str
    label: str
    name: str
    wikidata: str | None
    primary: str
    flags: frozenset[str]


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    surface: str
    label: str
    name: str
    wikidata: str | None
    key: str | None
    flags: frozenset[str]


@dataclass(frozen=True)
class Record:
    id: str
    published: str
    text: str
    mentions: tuple[Mention, ...]
    untagged_names: tuple[tuple[int, int], ...]  # {{...}}: names of events, laws, schemes (nothing inside tagged)


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def load_registry(path: Path) -> dict[str, RegistryEntry]:
    reg: dict[str, RegistryEntry] = {}
    if not path.exists():
        return reg
    for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        line = raw.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        if len(cols) < 5:
            raise SystemExit(f"{path}:{n}: need 5-6 tab-separated columns, got {len(cols)}: {line!r}")
        key, label, name, qid, primary = cols[:5]
        flags = frozenset(f for f in (cols[5].split(",") if len(cols) > 5 else []) if f)
        if label not in LABELS:
            raise SystemExit(f"{path}:{n}: bad label {label!r}")
        if qid not in ("-", "") and not QID.match(qid):
            raise SystemExit(f"{path}:{n}: bad QID {qid!r}")
        if key in reg:
            raise SystemExit(f"{path}:{n}: duplicate key {key!r}")
        reg[key] = RegistryEntry(key, label, name, None if qid in ("-", "") else qid, nfc(primary), flags)
    return reg


Parsed = tuple[str, str, str | None, str | None, frozenset[str]]


def parse_mark(body: str, reg: dict[str, RegistryEntry], where: str) -> Parsed:
    parts = [p.strip() for p in body.split("|")]
    if len(parts) == 1:
        key = parts[0]
        if key not in reg:
            raise SystemExit(f"{where}: unknown registry key {key!r}")
        e = reg[key]
        return e.label, e.name, e.wikidata, key, e.flags
    if parts[0] not in LABELS or len(parts) > 4:
        raise SystemExit(f"{where}: bad inline mark {body!r}")
    label, name = parts[0], parts[1]
    qid = parts[2] if len(parts) >= 3 and parts[2] not in ("", "-") else None
    if qid is not None and not QID.match(qid):
        raise SystemExit(f"{where}: bad QID {qid!r}")
    flags = frozenset(f for f in (parts[3].split(",") if len(parts) == 4 else []) if f)
    return label, name, qid, None, flags


Converted = tuple[str, tuple[Mention, ...], tuple[tuple[int, int], ...]]


def convert(marked: str, reg: dict[str, RegistryEntry], where: str) -> Converted:
    out: list[str] = []
    mentions: list[Mention] = []
    untagged: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for m in MARK.finditer(marked):
        plain = marked[pos : m.start()]
        out.append(plain)
        length += len(plain)
        if m.group(3) is not None:
            name = m.group(3)
            untagged.append((length, length + len(name)))
            out.append(name)
            length += len(name)
            pos = m.end()
            continue
        surface = m.group(1)
        label, name, qid, key, flags = parse_mark(m.group(2), reg, where)
        mentions.append(Mention(length, length + len(surface), surface, label, name, qid, key, flags))
        out.append(surface)
        length += len(surface)
        pos = m.end()
    out.append(marked[pos:])
    text = "".join(out)
    if any(x in text for x in ("[[", "]]", "{{", "}}", "|")):
        raise SystemExit(f"{where}: unconverted markup left in text: {text!r}")
    return text, tuple(mentions), tuple(untagged)


def read_set(name: str, reg: dict[str, RegistryEntry]) -> list[Record]:
    path = SRC / f"{name}.txt"
    records: list[Record] = []
    head: tuple[str, str] | None = None
    lines: list[str] = []

    def flush() -> None:
        if head is None:
            return
        where = f"{path.name}:{head[0]}"
        body = nfc("\n".join(lines))  # the pipeline's normalisation: precomposed nukta letters decompose
        if INVISIBLE.search(body):
            raise SystemExit(f"{where}: invisible control character in text")
        text, mentions, untagged = convert(body, reg, where)
        if not text.strip():
            raise SystemExit(f"{where}: empty record")
        records.append(Record(head[0], head[1], text, mentions, untagged))

    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if line.startswith("#") or not line:
            continue
        h = HEADER.match(line)
        if h:
            flush()
            head, lines = (h.group(1), h.group(2)), []
        elif line.startswith("@"):
            raise SystemExit(f"{path}: bad header {line!r}")
        else:
            if head is None:
                raise SystemExit(f"{path}: text before the first header")
            lines.append(" ".join(line.split()))
    flush()
    ids = Counter(r.id for r in records)
    dup = [i for i, c in ids.items() if c > 1]
    if dup:
        raise SystemExit(f"{path}: duplicate ids {dup}")
    return records


def is_word_char(ch: str) -> bool:
    return unicodedata.category(ch)[0] in "LMN"


def check(records: list[Record], setname: str) -> list[str]:
    problems: list[str] = []
    qid_names: dict[str, set[str]] = defaultdict(set)
    name_info: dict[str, set[tuple[str, str | None]]] = defaultdict(set)
    surfaces: dict[str, set[str]] = defaultdict(set)
    for r in records:
        prev_end = -1
        for m in r.mentions:
            if r.text[m.start : m.end] != m.surface:
                problems.append(f"{r.id}: offsets do not give the surface {m.surface!r}")
            if m.start < prev_end:
                problems.append(f"{r.id}: overlapping mentions at {m.start}")
            prev_end = m.end
            if m.surface != m.surface.strip() or not m.surface:
                problems.append(f"{r.id}: surface with outer spaces {m.surface!r}")
            if (m.start > 0 and is_word_char(r.text[m.start - 1])) or (
                m.end < len(r.text) and is_word_char(r.text[m.end])
            ):
                problems.append(f"{r.id}: span {m.surface!r} cuts a word")
            if m.surface.startswith(TITLES) and m.surface not in NAMES_LIKE_TITLES:
                problems.append(f"{r.id}: span starts with a title: {m.surface!r}")
            if m.surface.endswith(CASE_ENDINGS) and m.surface not in NAMES_LIKE_CASE:
                problems.append(f"{r.id}: span ends with a case marker: {m.surface!r}")
            if m.surface in DEMONYMS:
                problems.append(f"{r.id}: demonym tagged: {m.surface!r}")
            if m.wikidata:
                qid_names[m.wikidata].add(m.name)
            name_info[m.name].add((m.label, m.wikidata))
            surfaces[m.surface].add(m.name)
    for q, names in qid_names.items():
        if len(names) > 1:
            problems.append(f"{setname}: {q} has several names {sorted(names)}")
    for n, info in name_info.items():
        if len(info) > 1:
            problems.append(f"{setname}: {n!r} has several label/QID pairs {sorted(info, key=str)}")
    # Missed mentions: an annotated surface that also occurs unannotated as a whole word.
    for r in records:
        covered = [(m.start, m.end) for m in r.mentions] + list(r.untagged_names)
        for surf in surfaces:
            if surf in AMBIGUOUS:
                continue
            start = 0
            while True:
                i = r.text.find(surf, start)
                if i < 0:
                    break
                j = i + len(surf)
                start = i + 1
                if (i > 0 and is_word_char(r.text[i - 1])) or (j < len(r.text) and is_word_char(r.text[j])):
                    continue
                if any(a <= i and j <= b for a, b in covered):
                    continue
                problems.append(f"{r.id}: unannotated occurrence of {surf!r} at {i}")
    return problems


def to_json(r: Record) -> str:
    obj = {
        "id": r.id,
        "published": r.published,
        "text": r.text,
        "entities": [
            {
                "start": m.start,
                "end": m.end,
                "surface": m.surface,
                "label": m.label,
                "name": m.name,
                "wikidata": m.wikidata,
            }
            for m in r.mentions
        ],
    }
    return json.dumps(obj, ensure_ascii=False)


def stats(records: list[Record], reg: dict[str, RegistryEntry]) -> dict[str, object]:
    mentions = [m for r in records for m in r.mentions]
    first_surface: dict[str, str] = {}
    for m in mentions:
        first_surface.setdefault(m.name, m.surface)
    by_name_primary: dict[str, str] = {}
    flags_by_name: dict[str, frozenset[str]] = {}
    for e in reg.values():
        by_name_primary.setdefault(e.name, e.primary)
        flags_by_name.setdefault(e.name, e.flags)
    variants = 0
    variant_examples: Counter[tuple[str, str]] = Counter()
    for m in mentions:
        primary = by_name_primary.get(m.name, first_surface[m.name])
        if m.surface != primary:
            variants += 1
            variant_examples[(m.name, m.surface)] += 1
    distinct = {m.name for m in mentions}
    obscure = sum(1 for m in mentions if "obscure" in m.flags | flags_by_name.get(m.name, frozenset()))
    everyday = sum(1 for m in mentions if "everyday" in m.flags | flags_by_name.get(m.name, frozenset()))
    return {
        "records": len(records),
        "mentions": len(mentions),
        "distinct_entities": len(distinct),
        "variant_or_short_form_mentions": variants,
        "distinct_variant_surfaces": len(variant_examples),
        "per_label": dict(sorted(Counter(m.label for m in mentions).items())),
        "distinct_per_label": dict(
            sorted(Counter(next(m.label for m in mentions if m.name == n) for n in distinct).items())
        ),
        "with_wikidata": sum(1 for m in mentions if m.wikidata),
        "obscure_mentions": obscure,
        "everyday_name_mentions": everyday,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="do not write; exit 1 if the files are out of date")
    ap.add_argument("--sets", nargs="*", default=list(SETS), choices=SETS)
    args = ap.parse_args()
    base_reg = load_registry(SRC / "linking.entities.tsv")
    status = 0
    for name in args.sets:
        reg = dict(base_reg)
        if name != "linking":
            extra = load_registry(SRC / f"{name}.entities.tsv")
            clash = set(extra) & set(reg)
            if clash:
                raise SystemExit(f"{name}: registry keys defined twice: {sorted(clash)}")
            reg.update(extra)
        records = read_set(name, reg)
        problems = check(records, name)
        for p in problems:
            print("PROBLEM", p)
        if problems:
            status = 1
        out = GOLD / f"{name}.jsonl"
        content = "".join(to_json(r) + "\n" for r in records)
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != content:
                print(f"{out} is out of date")
                status = 1
        else:
            out.write_text(content, encoding="utf-8")
        print(name, json.dumps(stats(records, reg), ensure_ascii=False))
    return status


if __name__ == "__main__":
    sys.exit(main())
