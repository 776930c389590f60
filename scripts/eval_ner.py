"""Evaluate the Hindi NER model: exact-span P/R/F1 per label on IL-NER test and gold-dev.

    PYTHONPATH=. .venv/bin/python scripts/eval_ner.py [--model PATH] [--split test|dev] [--errors N]

IL-NER: the test split's own tokens are tagged (PER=NEP, LOC=NEL, ORG=NEO, other tags O).
gold-dev: each article is normalised as the pipeline does (NFC, zero-width characters
removed), tagged with Tagger.tag, and the spans mapped back to the raw text's offsets.
Also prints load time and tagging speed on the gold-dev articles.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from khabar.ner.evaluation import bio_spans, format_scores, read_il_ner, score_spans  # noqa: E402
from khabar.ner.model import MODEL_PATH, Tagger  # noqa: E402
from khabar.ner.tokenize import tokenize  # noqa: E402

DATA = Path(os.environ.get("KHABAR_DATA", ROOT.parent / "shared" / "data"))
_INVISIBLE = {"\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad"}


def normalise_with_map(text: str) -> tuple[str, list[int]]:
    """Pipeline-style normalisation; ``pos[i]`` is the raw offset of normalised char ``i``."""
    out: list[str] = []
    pos: list[int] = []
    for i, ch in enumerate(text):
        if ch in _INVISIBLE:
            continue
        if ch.isspace() and ch != "\n":
            ch = " "
        for c in unicodedata.normalize("NFC", ch):
            out.append(c)
            pos.append(i)
    pos.append(len(text))
    return "".join(out), pos


def load_gold() -> list[dict[str, object]]:
    with (DATA / "newsonair" / "gold-dev.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--model", type=Path, default=MODEL_PATH)
    ap.add_argument("--split", default="test", choices=["test", "dev"])
    ap.add_argument("--errors", type=int, default=0, help="print N gold-dev errors")
    args = ap.parse_args()

    t0 = time.perf_counter()
    tagger = Tagger(args.model)
    load_s = time.perf_counter() - t0
    print(f"model {args.model} {args.model.stat().st_size / 1e6:.2f} MB, load {load_s:.2f}s")

    sents = read_il_ner(DATA / "il-ner" / f"hindi-{args.split}.txt")
    pred = tagger.tag_tokens([w for w, _ in sents])
    pairs = [(bio_spans(t), bio_spans(p)) for (_, t), p in zip(sents, pred, strict=True)]
    print(format_scores(f"IL-NER {args.split} (exact spans)", score_spans(pairs)))

    gold = load_gold()
    gpairs = []
    errors: list[str] = []
    norm = [normalise_with_map(str(d["text"])) for d in gold]
    for d, (text, pos) in zip(gold, norm, strict=True):
        raw = str(d["text"])
        g = {(int(e["start"]), int(e["end"]), str(e["label"])) for e in d["entities"]}  # type: ignore[attr-defined]
        p = {(pos[s.start], pos[s.end - 1] + 1, s.label) for s in tagger.tag(text)}
        gpairs.append((g, p))
        errors.extend(
            f"MISS {s[2]} {raw[s[0]:s[1]]!r} | {raw[max(0, s[0] - 20):s[1] + 20]!r}" for s in sorted(g - p)
        )
        errors.extend(
            f"FP   {s[2]} {raw[s[0]:s[1]]!r} | {raw[max(0, s[0] - 20):s[1] + 20]!r}" for s in sorted(p - g)
        )
    print(format_scores("newsonair gold-dev (exact spans)", score_spans(gpairs)))
    for line in errors[: args.errors]:
        print(line)

    # speed on one core (CPU time of this process), feature extraction included: the gold-dev
    # texts joined into articles of about 2,000 characters, tagged by a fresh tagger (cold:
    # every word type new) and again (warm: word-type caches filled, as in a long run)
    tagger = Tagger(args.model)
    texts: list[str] = []
    cur = ""
    for t, _ in norm:
        cur = f"{cur}\n{t}" if cur else t
        if len(cur) >= 2000:
            texts.append(cur)
            cur = ""
    ntok = sum(len(tokenize(t)) for t in texts)
    t0 = time.process_time()
    for t in texts:
        tagger.tag(t)
    cold = time.process_time() - t0
    t0 = time.process_time()
    for _ in range(5):
        for t in texts:
            tagger.tag(t)
    warm = (time.process_time() - t0) / 5
    print(
        f"speed: {len(texts)} articles of {sum(map(len, texts)) / len(texts):.0f} chars, {ntok} tokens; "
        f"cold {len(texts) / cold:.0f} articles/s ({ntok / cold:.0f} tokens/s), "
        f"warm {len(texts) / warm:.0f} articles/s ({ntok / warm:.0f} tokens/s)"
    )


if __name__ == "__main__":
    main()
