"""Fit the story pair model (khabar/corpus/data/story_pairs.json) on the hand-labelled pairs.

    .venv/bin/python scripts/train_story_pairs.py [--dry-run]

Replays what ingest computes for story clustering over the newsonair articles in date order
(features, idf so far, each article's masses) and, when the later article of a labelled pair
arrives, computes the pair's inputs exactly as stories.assign would see them. Labels:
gold/stories.jsonl ("same" = 1, "different" = 0) and gold/stories-merged.jsonl (same-event or
same-thread = 1, unrelated = 0; samples marked "held_out" are left out). Prints five-fold
cross-validated precision on the merged pairs and recall on the "same" pairs at several
thresholds, then fits on all pairs and writes the model.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.corpus import stories  # noqa: E402
from khabar.corpus.evaluate import GOLD, MERGED, newsonair_items  # noqa: E402
from khabar.corpus.pairs import fit_split, headline_overlap, pair_features  # noqa: E402
from khabar.model import Article  # noqa: E402
from khabar.pipeline import analyze_record  # noqa: E402

OUT = ROOT / "khabar" / "corpus" / "data" / "story_pairs.json"


def labelled() -> list[tuple[str, str, int, str]]:
    pairs = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            pairs.append((p["a"], p["b"], int(p["label"] == "same"), "gold"))
    seen = set()
    for line in MERGED.read_text(encoding="utf-8").splitlines():
        if line.strip():
            p = json.loads(line)
            key = (min(p["a"], p["b"]), max(p["a"], p["b"]))
            if p.get("held_out"):
                continue  # a sample kept for measuring the model, never for fitting it
            if key not in seen:
                seen.add(key)
                pairs.append((p["a"], p["b"], int(p["label"] != "unrelated"), "merged"))
    return pairs


def replay(pairs: list[tuple[str, str, int, str]]) -> list[list[float]]:
    """Each labelled pair's inputs, computed when its later article arrives."""
    items = newsonair_items()
    order = {it.record.id: i for i, it in enumerate(items)}
    waiting: dict[str, list[int]] = {}
    for k, (a, b, _, _) in enumerate(pairs):
        waiting.setdefault(max(a, b, key=lambda x: order[x]), []).append(k)
    df: Counter[str] = Counter()
    n = 0
    kept: dict[str, tuple[set[str], tuple[float, float], str, str, frozenset[str]]] = {}
    rows: list[list[float]] = [[] for _ in pairs]
    for it in items:
        article = analyze_record(it.record)  # type: ignore[arg-type]
        if not isinstance(article, Article):
            continue
        feats = stories.features(article)
        idf = {f: math.log((n + 1) / (df[f] + 1)) + 1.0 for f in feats}
        ranked = stories.ranked_features(feats, idf)
        masses = stories.masses(ranked, idf)
        day = (article.published or "")[:10]
        title = stories.title_words(article.title)
        kept[article.id] = (set(ranked), masses, article.lang, day, title)
        for k in waiting.get(article.id, []):
            a, b, _, _ = pairs[k]
            other = kept[b if a == article.id else a]
            shared = set(ranked) & other[0]
            days = abs((date.fromisoformat(day) - date.fromisoformat(other[3])).days)
            same = article.lang == other[2]
            rows[k] = pair_features(shared, idf, masses, other[1], same, days, headline_overlap(title, other[4], same))
        df.update(feats)
        n += 1
    return rows


def main() -> int:
    import numpy as np

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dry-run", action="store_true", help="print the cross-validation, write nothing")
    ap.add_argument("--out", type=Path, default=OUT, help="where to write the model (default: the package's)")
    args = ap.parse_args()
    pairs = labelled()
    rows = replay(pairs)
    y = np.array([p[2] for p in pairs])
    merged = np.array([p[3] == "merged" for p in pairs])
    gold_same = np.array([p[3] == "gold" and p[2] == 1 for p in pairs])
    order = np.random.default_rng(0).permutation(len(pairs))
    folds = np.array_split(order, 5)
    prob = np.zeros(len(pairs))
    for k in range(5):
        test = folds[k]
        train = np.concatenate([folds[j] for j in range(5) if j != k])
        model = fit_split([rows[i] for i in train], [int(y[i]) for i in train])
        for i in test:
            prob[i] = model.probability(rows[i])
    print(f"{len(pairs)} labelled pairs; merged pairs that belong together: {y[merged].mean():.3f}")
    for t in (0.6, 0.7, 0.8, 0.85, 0.9):
        keep = merged & (prob >= t)
        print(f"cross-validated, threshold {t}: merged pairs kept {int(keep.sum())} of {int(merged.sum())}, "
              f"precision {y[keep].mean():.3f}; 'same' pairs kept {int((gold_same & (prob >= t)).sum())} "
              f"of {int(gold_same.sum())}")
    model = fit_split(rows, [int(v) for v in y])
    if not args.dry_run:
        args.out.write_text(model.to_json() + "\n", encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
