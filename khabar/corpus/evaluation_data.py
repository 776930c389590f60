"""The newsonair articles as ingest input (JSON Lines), for tests and the benchmark."""

from __future__ import annotations

import json
from pathlib import Path

from khabar.evaluation.corpora import newsonair


def newsonair_records(limit: int | None = None) -> list[dict[str, str]]:
    """Hindi and English newsonair articles (ids hiNNNN / enNNNN), in date order."""
    news = sorted([*newsonair("hi"), *newsonair("en")], key=lambda n: (n.published, n.id))
    return [{"id": n.id, "text": n.text, "title": n.title, "url": n.url, "published": n.published,
             "lang": n.lang, "source": "newsonair"} for n in news[:limit]]


def newsonair_jsonl(path: Path, *, limit: int | None = None) -> int:
    records = newsonair_records(limit)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return len(records)
