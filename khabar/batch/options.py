"""Options of a batch run's inputs, kept apart from the readers so that the command line can
describe them without importing pyarrow."""

from __future__ import annotations

from dataclasses import dataclass

FIELDS = ("id", "text", "html", "url", "published", "lang", "source", "title")
# Column names tried, in order, for each record field when no mapping is given (CSV, Parquet).
ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("id", "article_id", "doc_id"),
    "text": ("text", "body", "content", "data", "article"),
    "html": ("html", "raw_html", "page"),
    "url": ("url", "link"),
    "published": ("published", "date", "published_at", "pubdate", "publish_date"),
    "lang": ("lang", "language"),
    "source": ("source", "site", "outlet"),
    "title": ("title", "headline"),
}
DATE_FORMATS = ("%b %d, %Y", "%B %d, %Y", "%d %b %Y", "%d %B %Y", "%Y/%m/%d")
SPLIT_BYTES = 64 * 1024 * 1024


class InputUsageError(ValueError):
    """An input path that cannot be used at all (missing, of an unknown kind)."""


@dataclass(frozen=True, slots=True)
class InputOptions:
    """How to read records: column mapping (CSV, Parquet), dates, defaults, split size."""

    columns: tuple[tuple[str, str], ...] = ()  # (record field, column name)
    date_formats: tuple[str, ...] = DATE_FORMATS
    published: str | None = None  # for records that give none
    lang: str | None = None  # skip identification
    encoding: str | None = None  # CSV without byte-order mark; default UTF-8
    split_bytes: int = SPLIT_BYTES
