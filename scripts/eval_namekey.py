"""Measure the cross-script name key on Hindi-English name pairs.

Usage: python scripts/eval_namekey.py [--data ../shared/data/names] [--seed 1] [--show 0]

Prints, per source, "pairs whose keys match: X of N" and "false collisions among random pairs:
Y of M" (a random pair joins the English name of one record with the Hindi name of another whose
English name differs). Dakshina is used here for measuring only; nothing from it is shipped.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from khabar.kb.namekey import name_key


def _nfc(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).split())


def load_pairs(data: Path) -> dict[str, list[tuple[str, str]]]:
    pairs: dict[str, list[tuple[str, str]]] = {}
    with (data / "candidates-2021-hi-en.csv").open(encoding="utf-8") as fh:
        pairs["candidates"] = [
            (_nfc(r["name_english"]), _nfc(r["name_hindi"]))
            for r in csv.DictReader(fh)
            if r["name_english"].strip() and r["name_hindi"].strip()
        ]
    crick = json.loads((data / "cricketers-hi-en.json").read_text(encoding="utf-8"))
    seen: set[tuple[str, str]] = set()
    for r in crick:
        en, hi = r.get("english_name") or "", r.get("hindi_long_name") or ""
        if "," in en and r.get("slug"):
            en = str(r["slug"]).replace("-", " ").title()
        if en and hi:
            seen.add((_nfc(en), _nfc(hi)))
    pairs["cricketers"] = sorted(seen)
    with (data / "wikidata-hi-en-2015.tsv").open(encoding="utf-8") as fh:
        pairs["wikidata-labels"] = [
            (_nfc(r["en"]), _nfc(r["hi"])) for r in csv.DictReader(fh, delimiter="\t") if r["en"] and r["hi"]
        ]
    dk: list[tuple[str, str]] = []
    dak = data / "dakshina-hi-translit-train.tsv"
    if dak.exists():
        best: dict[str, tuple[int, str]] = {}
        with dak.open(encoding="utf-8") as fh:
            for line in fh:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 3:
                    continue
                hi, lat, cnt = parts[0], parts[1], int(parts[2])
                if hi not in best or cnt > best[hi][0]:
                    best[hi] = (cnt, lat)
        dk = [(lat, _nfc(hi)) for hi, (_, lat) in best.items()]
    pairs["dakshina-words (measure only)"] = dk
    return pairs


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(Path(__file__).resolve().parents[2] / "shared/data/names"))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--show", type=int, default=0, help="print this many mismatches per source")
    args = ap.parse_args()
    rng = random.Random(args.seed)  # noqa: S311 (sampling, not security)
    totals = [0, 0, 0, 0]
    for src, pairs in load_pairs(Path(args.data)).items():
        n = len(pairs)
        match = 0
        bad: list[tuple[str, str, str, str]] = []
        for en, hi in pairs:
            ke, kh = name_key(en), name_key(hi)
            if ke and ke == kh:
                match += 1
            elif len(bad) < args.show:
                bad.append((en, hi, ke, kh))
        m = min(20000, n * 2)
        coll = 0
        for _ in range(m):
            a, b = rng.randrange(n), rng.randrange(n)
            while pairs[a][0].lower() == pairs[b][0].lower():
                b = rng.randrange(n)
            if name_key(pairs[a][0]) == name_key(pairs[b][1]):
                coll += 1
        print(f"{src}: pairs whose keys match: {match} of {n} ({100 * match / max(n, 1):.1f}%)")
        print(f"{src}: false collisions among random pairs: {coll} of {m} ({100 * coll / max(m, 1):.2f}%)")
        for row in bad:
            print("   ", *row, sep="\t")
        if "dakshina" not in src:
            totals = [totals[0] + match, totals[1] + n, totals[2] + coll, totals[3] + m]
    print(f"all shippable sources: pairs whose keys match: {totals[0]} of {totals[1]}")
    print(f"all shippable sources: false collisions among random pairs: {totals[2]} of {totals[3]}")


if __name__ == "__main__":
    main()
