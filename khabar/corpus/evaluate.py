"""How well stories group articles: ``python -m khabar.corpus.evaluate``.

Ingests the newsonair Hindi and English articles (ids hiNNNN / enNNNN, as in gold-dev) into a
fresh store in date order and checks gold/stories.jsonl: pairs read by hand and labelled
"same" (cross-lingual reports of one event, or updated versions of one story) or "different"
(a random same-day sample of pairs, each read and found to report different events).
Prints how many "same" pairs share a story, how many "different" pairs were wrongly merged,
and the pairwise precision over the labelled pairs.

Pairwise precision proper (of the pairs the stories put together, how many belong together)
needs pairs sampled from what the stories merge: gold/stories-merged.jsonl holds random samples
of merged pairs, each read by hand and labelled ``same-event``, ``same-thread`` (different
events of one story a reader follows, e.g. a match and the next match of one series) or
``unrelated``. The command prints the precision over those labelled pairs that the stories
still merge. The sample is unbiased only for the version it was drawn from (its ``sample``
field); a change to the stories should add a sample of its own merged pairs. Samples marked
``held_out`` were never used to fit the pair model (scripts/train_story_pairs.py), so the
precision on them is the honest one.
"""

from __future__ import annotations

import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from khabar.corpus.ingest import ingest
from khabar.corpus.sources import Item
from khabar.evaluation.corpora import newsonair
from khabar.io.records import Record
from khabar.store.store import Store, open_store

GOLD = Path(__file__).resolve().parents[2] / "gold" / "stories.jsonl"
MERGED = GOLD.with_name("stories-merged.jsonl")
_LABELS = ("same-event", "same-thread", "unrelated")
FIRST_PICKED = 30  # the "30 Hindi-English pairs picked by hand": the file's first 30


def _share(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


@dataclass(frozen=True, slots=True)
class StoryFigures:
    cross_joined: int
    cross_total: int
    update_joined: int
    update_total: int
    different_merged: int
    different_total: int
    n_articles: int
    n_stories: int
    largest_story: int
    cross_first_joined: int = 0  # of the first FIRST_PICKED cross-lingual pairs
    merged_pairs: int = 0  # pairs in the story graph
    sampled_merged: int = 0  # labelled merged-sample pairs that the stories merge ...
    sampled_related: int = 0  # ... of which same-event or same-thread
    sampled_same_event: int = 0
    held_out_merged: int = 0  # of those, pairs of samples the pair model was not fitted on ...
    held_out_related: int = 0  # ... and how many of them belong together
    latest_sample: str = ""  # the last held-out sample of the file, drawn from the current version ...
    latest_merged: int = 0  # ... its pairs the stories still merge ...
    latest_related: int = 0  # ... and how many of them belong together

    @property
    def pairwise_precision(self) -> float:
        """Of the labelled merged pairs the stories put together, the share that belong together."""
        return _share(self.sampled_related, self.sampled_merged)

    @property
    def held_out_precision(self) -> float:
        """Pairwise precision on the samples the pair model never saw (the honest figure)."""
        return _share(self.held_out_related, self.held_out_merged)

    @property
    def latest_precision(self) -> float:
        """Pairwise precision on the newest held-out sample: unbiased for the version it was drawn from."""
        return _share(self.latest_related, self.latest_merged)

    @property
    def event_precision(self) -> float:
        """The same, counting only reports of one event as right."""
        return _share(self.sampled_same_event, self.sampled_merged)

    @property
    def precision(self) -> float:
        joined = self.cross_joined + self.update_joined
        return _share(joined, joined + self.different_merged)

    @property
    def false_merge_rate(self) -> float:
        return _share(self.different_merged, self.different_total)


def newsonair_items() -> list[Item]:
    news = sorted([*newsonair("hi"), *newsonair("en")], key=lambda n: (n.published, n.id))
    return [Item(Record(id=n.id, content=n.text, url=n.url, published=n.published, lang=n.lang, title=n.title,
                        source="newsonair"), "newsonair") for n in news]


def figures(store: Store, gold: Path = GOLD, merged: Path = MERGED) -> StoryFigures:
    story = {str(i): str(s) for i, s in store.execute("SELECT id, story FROM articles")}
    counts: Counter[str] = Counter()
    for line in gold.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        pair = json.loads(line)
        kind = "different" if pair["label"] == "different" else pair["kind"]
        counts[kind + ":total"] += 1
        joined = story.get(pair["a"]) is not None and story.get(pair["a"]) == story.get(pair["b"])
        counts[kind + ":joined"] += joined
        if kind == "cross-lingual" and counts[kind + ":total"] <= FIRST_PICKED:
            counts["first:joined"] += joined
    sizes = Counter(story.values())
    sampled: Counter[str] = Counter()
    seen: set[tuple[str, str]] = set()
    held: list[dict[str, str]] = []  # every held-out line, repeats included
    for line in (merged.read_text(encoding="utf-8").splitlines() if merged.is_file() else []):
        if not line.strip():
            continue
        pair = json.loads(line)
        if pair.get("held_out"):
            held.append(pair)
        key = (min(pair["a"], pair["b"]), max(pair["a"], pair["b"]))
        if key in seen or story.get(pair["a"]) is None or story.get(pair["a"]) != story.get(pair["b"]):
            continue  # a pair in two samples counts once
        seen.add(key)
        sampled[pair["label"]] += 1
        if pair.get("held_out"):
            sampled["held:" + pair["label"]] += 1
    # the newest held-out sample alone (a pair also labelled in an earlier sample counts here too)
    latest = str(held[-1].get("sample", "")) if held else ""
    for pair in held:
        if pair.get("sample", "") == latest and story.get(pair["a"]) is not None and \
                story.get(pair["a"]) == story.get(pair["b"]):
            sampled["latest:merged"] += 1
            sampled["latest:related"] += pair["label"] != "unrelated"
    return StoryFigures(
        counts["cross-lingual:joined"], counts["cross-lingual:total"], counts["update:joined"],
        counts["update:total"], counts["different:joined"], counts["different:total"],
        len(story), len(sizes), max(sizes.values(), default=0), counts["first:joined"],
        sum(k * (k - 1) // 2 for k in sizes.values()), sum(sampled[k] for k in _LABELS),
        sampled["same-event"] + sampled["same-thread"], sampled["same-event"],
        sum(sampled["held:" + k] for k in _LABELS), sampled["held:same-event"] + sampled["held:same-thread"],
        latest, sampled["latest:merged"], sampled["latest:related"])


def evaluate(db: str | None = None) -> StoryFigures:
    with tempfile.TemporaryDirectory() as tmp:
        store = open_store(db or str(Path(tmp) / "stories.db"))
        try:
            ingest(store, newsonair_items(), batch_size=100)
            return figures(store)
        finally:
            store.close()


def main() -> int:
    f = evaluate(sys.argv[1] if len(sys.argv) > 1 else None)
    print(f"newsonair: {f.n_articles} articles in {f.n_stories} stories (largest {f.largest_story})")  # noqa: T201 (a command's output)
    print(f"Hindi-English pairs of one event sharing a story: {f.cross_joined} of {f.cross_total} "  # noqa: T201
          f"({f.cross_first_joined} of the first {FIRST_PICKED})")
    print(f"updated versions sharing a story: {f.update_joined} of {f.update_total}")  # noqa: T201 (a command's output)
    print(f"different-event pairs wrongly merged: {f.different_merged} of {f.different_total} "  # noqa: T201 (a command's output)
          f"({100 * f.false_merge_rate:.1f}%)")
    print(f"precision over gold/stories.jsonl's labelled pairs (not a sample of merged pairs): "  # noqa: T201
          f"{f.precision:.3f}")
    print(f"articles put together: {f.merged_pairs:,} pairs; hand-labelled samples of them still merged: "  # noqa: T201
          f"{f.sampled_merged}, pairwise precision {f.pairwise_precision:.3f} (same story), "
          f"{f.event_precision:.3f} (same event)")
    print(f"pairwise precision on the held-out samples (not used to fit the pair model): "  # noqa: T201
          f"{f.held_out_precision:.3f} of {f.held_out_merged} pairs")
    print(f"... on the newest held-out sample ({f.latest_sample}): "  # noqa: T201 (a command's output)
          f"{f.latest_precision:.3f} of {f.latest_merged} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
