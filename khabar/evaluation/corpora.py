"""Readers for the data sets in ../shared/data that evaluation and benchmarks use."""

from __future__ import annotations

import ast
import csv
import io
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any


def shared_dir() -> Path:
    """The shared folder: $KHABAR_SHARED, else ../shared beside the repository."""
    env = os.environ.get("KHABAR_SHARED")
    if env:
        return Path(env)
    return Path(__file__).resolve().parents[2].parent / "shared"


@dataclass(frozen=True, slots=True)
class NewsItem:
    id: str
    lang: str
    title: str
    published: str
    url: str
    text: str


def newsonair(lang: str) -> Iterator[NewsItem]:
    """Articles of newsonair/{hindi,english}.csv (UTF-16); text is the paragraphs joined by "\\n"."""
    name = {"hi": "hindi.csv", "en": "english.csv"}[lang]
    raw = (shared_dir() / "data" / "newsonair" / name).read_bytes().decode("utf-16")
    for i, row in enumerate(csv.DictReader(io.StringIO(raw))):
        paragraphs = ast.literal_eval(row["data"])
        published = datetime.strptime(row["date"].strip(), "%b %d, %Y").date().isoformat()
        yield NewsItem(
            id=f"{lang}{i:04d}", lang=lang, title=row["title"], published=published, url=row["link"],
            text="\n".join(p for p in paragraphs),
        )


def newsonair_all() -> list[NewsItem]:
    return [*newsonair("hi"), *newsonair("en")]


def gold_dev() -> list[dict[str, Any]]:
    path = shared_dir() / "data" / "newsonair" / "gold-dev.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def project_gold_set(name: str) -> list[dict[str, Any]]:
    """A gold set written for the project: gold/<name>.jsonl in the repository."""
    path = Path(__file__).resolve().parents[2] / "gold" / f"{name}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def seed_path() -> Path:
    return shared_dir() / "seed" / "000_bd98f42bff8ccfe6.txt"


def conll_sentences(path: Path) -> Iterator[list[tuple[str, str]]]:
    """Sentences of a token<TAB>tag (or token<space>tag) file, blank line between sentences."""
    sentence: list[tuple[str, str]] = []
    with path.open(encoding="utf-8") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if not line.strip():
                if sentence:
                    yield sentence
                    sentence = []
                continue
            parts = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
            token = parts[0]
            tag = parts[1].strip() if len(parts) > 1 else "O"
            sentence.append((token, tag))
    if sentence:
        yield sentence
