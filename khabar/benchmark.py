"""Speed and memory of ``analyze`` over the newsonair corpus, against a baseline of the same run.

``python -m khabar.benchmark`` runs each measurement in a fresh process pinned to one core: the
baseline (read the 1,145 articles, NFC, whitespace split) and the full analysis. It prints
articles per second, the ratio of the two, and each process's peak memory (max RSS). The machines
are shared and noisy, so the ratio is the figure to compare across runs.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import time
import unicodedata
from collections.abc import Callable

from khabar.evaluation.corpora import NewsItem, newsonair_all


def _pin_one_core() -> None:
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def _baseline(items: list[NewsItem]) -> int:
    tokens = 0
    for item in items:
        tokens += len(unicodedata.normalize("NFC", item.text).split())
    return tokens


def _foundation(items: list[NewsItem]) -> int:
    """Issue 2's stages only: reading, cleaning, structure, language, sentences."""
    from khabar.pipeline import LanguageStage, Pipeline, SentenceStage
    from khabar.reader import read_article

    pipe = Pipeline([LanguageStage(), SentenceStage()])
    sentences = 0
    for item in items:
        a = pipe(read_article(item.text, title=item.title, published=item.published, url=item.url, id=item.id))
        sentences += len(a.sentences)
    return sentences


def _analyze(items: list[NewsItem]) -> int:
    from khabar.pipeline import analyze

    sentences = 0
    for item in items:
        a = analyze(item.text, title=item.title, published=item.published, url=item.url, id=item.id)
        sentences += len(a.sentences)
    return sentences


_WORKERS: dict[str, Callable[[list[NewsItem]], int]] = {
    "baseline": _baseline, "foundation": _foundation, "analyze": _analyze,
}


def worker(name: str, repeat: int) -> dict[str, float]:
    """Run one measurement in this process and return its figures."""
    _pin_one_core()
    started = time.perf_counter()
    items = newsonair_all()
    read_seconds = time.perf_counter() - started
    fn = _WORKERS[name]
    if name != "baseline":
        fn(items[:20])  # load models and lazily built resources before timing
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn(items)
        best = min(best, time.perf_counter() - t0)
    seconds = best + (read_seconds if name == "baseline" else 0.0)
    return {
        "articles": len(items),
        "seconds": seconds,
        "articles_per_second": len(items) / seconds,
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def _spawn(name: str, repeat: int) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-m", "khabar.benchmark", "--worker", name, "--repeat", str(repeat)],
        check=True, capture_output=True, text=True,
    )
    result: dict[str, float] = json.loads(out.stdout)
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m khabar.benchmark", description=__doc__)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the corpus; the best counts")
    parser.add_argument("--worker", choices=sorted(_WORKERS), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        print(json.dumps(worker(args.worker, args.repeat)))
        return 0
    base = _spawn("baseline", args.repeat)
    rows = [("baseline (read + NFC + split)", base)]
    rows.append(("foundation (clean, structure, sentences, language)", _spawn("foundation", args.repeat)))
    rows.append(("analyze (all stages)", _spawn("analyze", args.repeat)))
    print(f"newsonair: {int(base['articles'])} articles, one core, best of {args.repeat} passes")
    for label, r in rows:
        ratio = r["articles_per_second"] / base["articles_per_second"]
        print(f"  {label:52s} {r['articles_per_second']:>8,.0f} articles/s  ratio {ratio:.4f}"
              f"  peak RSS {r['peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
