"""Throughput of ``khabar batch``: articles per second for each engine on 1 and 2 cores.

``python -m khabar.batch.benchmark`` replicates the newsonair corpus (1,145 articles) to
``--articles`` records (default 20,000; each copy gets its own id) in one JSON Lines file, then
runs each configuration in a fresh process whose CPU affinity, inherited by its worker processes
and the JVM, is limited to that many cores: the local engine with 1 and 2 processes, and Spark
with ``local[1]`` and ``local[2]``. With ``--repeat N`` each engine runs N rounds of its 1-core
and 2-core configurations back to back, so that each round's ratio compares runs made minutes
apart (a shared machine's speed drifts between runs); it prints each round's ratio and their
median, and the fastest run of each configuration. A run is timed
from planning to the last table written; Spark's session start-up (the JVM) is timed apart, since
a cluster pays it once, not per batch. It prints, for each, articles/s; "cores busy", the CPU
seconds of the run's whole process tree over its wall-clock seconds (how many cores it actually
got); the machine's load average around the run (other work on a shared machine takes cores from
the measurement); and then the 1 -> 2 core ratios.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from khabar.evaluation.corpora import newsonair_all


def _say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_corpus(path: Path, articles: int) -> int:
    items = newsonair_all()
    with path.open("w", encoding="utf-8") as fh:
        for n in range(articles):
            item = items[n % len(items)]
            record = {"id": f"{item.id}-{n // len(items)}", "text": item.text, "title": item.title,
                      "published": item.published, "url": item.url}
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    return articles


def _pin(cores: int) -> None:
    if hasattr(os, "sched_setaffinity"):
        available = sorted(os.sched_getaffinity(0))
        os.sched_setaffinity(0, set(available[:cores]))


def _tree_cpu_seconds(root: int) -> float:
    """CPU seconds (user + system) of a process and all its descendants, alive or reaped (Linux
    /proc; 0 elsewhere). Read before Spark stops, while the JVM and its Python workers live."""
    proc = Path("/proc")
    if not proc.is_dir():
        return 0.0
    stats: dict[int, tuple[int, float]] = {}
    for entry in proc.iterdir():
        if not entry.name.isdigit():
            continue
        try:
            fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        # fields[1] is the parent; fields[11:15] are utime, stime, cutime, cstime (clock ticks)
        stats[int(entry.name)] = (int(fields[1]), float(sum(int(x) for x in fields[11:15])))
    tree, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        for pid, (ppid, _) in stats.items():
            if ppid == parent and pid not in tree:
                tree.add(pid)
                frontier.append(pid)
    ticks = float(os.sysconf("SC_CLK_TCK"))
    return sum(stats[pid][1] for pid in tree if pid in stats) / ticks


def worker(engine: str, cores: int, source: str, output: str, pin: bool) -> dict[str, float]:
    """One measurement, in this process (and its children)."""
    if pin:
        _pin(cores)
    startup = 0.0
    if engine == "spark":
        from khabar.batch.spark import run_spark, session

        t0 = time.perf_counter()
        spark = session(f"local[{cores}]", app_name="khabar batch benchmark")
        spark.sparkContext.parallelize([0], 1).count()  # the JVM and a first Python worker are up
        startup = time.perf_counter() - t0
        cpu0 = _tree_cpu_seconds(os.getpid())
        summary = run_spark([source], output, spark=spark)
        cpu = _tree_cpu_seconds(os.getpid()) - cpu0
        spark.stop()
    else:
        from khabar.batch.local import run_local

        cpu0 = _tree_cpu_seconds(os.getpid())
        summary = run_local([source], output, processes=cores)
        cpu = _tree_cpu_seconds(os.getpid()) - cpu0
    return {"articles": summary.articles, "errors": summary.errors, "seconds": summary.seconds,
            "startup": startup, "splits": summary.splits, "cpu": cpu}


def _measure(engine: str, cores: int, source: Path, tmp: Path, no_pin: bool) -> dict[str, float]:
    """One configuration, in a fresh process; with the load average around it."""
    command = [sys.executable, "-m", "khabar.batch.benchmark", "--worker", engine, str(cores),
               str(source), str(tmp / f"out-{engine}-{cores}")]
    if no_pin:
        command.append("--no-pin")
    load = os.getloadavg()[0]
    done = subprocess.run(command, check=True, capture_output=True, text=True)
    run: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    run["load"] = max(load, os.getloadavg()[0])
    return run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m khabar.batch.benchmark", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000, help="records in the input (default 20,000)")
    parser.add_argument("--engines", default="local,spark", help="comma-separated: local, spark")
    parser.add_argument("--repeat", type=int, default=1, help="rounds of 1-core and 2-core runs per engine")
    parser.add_argument("--no-pin", action="store_true", help="do not limit each run's CPU affinity")
    parser.add_argument("--worker", nargs=4, metavar=("ENGINE", "CORES", "INPUT", "OUTPUT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.worker:
        engine, cores, source, output = args.worker
        _say(json.dumps(worker(engine, int(cores), source, output, not args.no_pin)))
        return 0
    engines = {e.strip() for e in args.engines.split(",") if e.strip()}
    results: dict[tuple[str, int], dict[str, float]] = {}
    with tempfile.TemporaryDirectory(prefix="khabar-batch-bench-") as tmp:
        source = Path(tmp) / "newsonair-replicated.jsonl"
        write_corpus(source, args.articles)
        size_mb = source.stat().st_size / 2**20
        _say(f"input: newsonair replicated to {args.articles:,} articles ({size_mb:.0f} MiB JSON Lines); "
             f"machine: {os.cpu_count()} cores; each run in a fresh process"
             + ("" if args.no_pin else " limited to its number of cores"))
        rounds: dict[str, list[float]] = {}
        for engine in ("local", "spark"):
            if engine not in engines:
                continue
            runs: dict[int, list[dict[str, float]]] = {1: [], 2: []}
            for _ in range(max(1, args.repeat)):
                for cores in (1, 2):
                    runs[cores].append(_measure(engine, cores, source, Path(tmp), args.no_pin))
                one, two = runs[1][-1], runs[2][-1]
                rounds.setdefault(engine, []).append(
                    (two["articles"] / two["seconds"]) / (one["articles"] / one["seconds"]))
            for cores in (1, 2):
                result = min(runs[cores], key=lambda r: r["seconds"])
                results[engine, cores] = result
                label = (f"{engine} {cores} process" + ("es" if cores > 1 else "")) if engine == "local" else (
                    f"spark local[{cores}]"
                )
                extra = f"  (+ {result['startup']:.1f} s session start-up)" if engine == "spark" else ""
                _say(f"  {label:<20} {result['articles'] / result['seconds']:>8,.1f} articles/s   "
                     f"{result['seconds']:>7.1f} s   {int(result['splits'])} splits   "
                     f"cores busy {result['cpu'] / result['seconds']:.2f}   load average {result['load']:.1f}{extra}")
    for engine in ("local", "spark"):
        if (engine, 1) in results and (engine, 2) in results:
            one, two = results[engine, 1], results[engine, 2]
            ratio = (two["articles"] / two["seconds"]) / (one["articles"] / one["seconds"])
            per_cpu = [r["articles"] / r["cpu"] if r["cpu"] else 0.0 for r in (one, two)]
            efficiency = per_cpu[1] / per_cpu[0] if per_cpu[0] else 0.0
            _say(f"  {engine}: 1 -> 2 cores speed-up {ratio:.2f}x (wall clock, fastest runs); cores busy "
                 f"{one['cpu'] / one['seconds']:.2f} -> {two['cpu'] / two['seconds']:.2f}; articles per CPU "
                 f"second {per_cpu[0]:.0f} -> {per_cpu[1]:.0f} ({efficiency:.2f} of one core's)")
            if len(rounds.get(engine, [])) > 1:
                _say(f"  {engine}: speed-up of each round " + ", ".join(f"{r:.2f}x" for r in rounds[engine])
                     + f"; median {statistics.median(rounds[engine]):.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
