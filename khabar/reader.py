"""From raw input (text, HTML or bytes) to an :class:`~khabar.model.Article` with its layout.

This is the part of the analysis that makes the article: decoding, checks on what the input is,
HTML extraction, normalisation, boilerplate and structure. The stages of
:mod:`khabar.pipeline` then add spans to it.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime

from khabar.errors import InputError, Problem
from khabar.html import extract_page, looks_like_html
from khabar.io.decode import check_not_binary, decode_bytes
from khabar.model import Article
from khabar.structure import lay_out
from khabar.text.legacy import legacy_font_evidence
from khabar.text.normalize import normalize

MAX_CHARS = 2_000_000  # a news article is far shorter; larger inputs are refused, not truncated


def content_id(text: str) -> str:
    """A stable id for an article that has none: a hash of its content."""
    return "h" + hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()


def date_in_boilerplate(lines: tuple[str, ...]) -> str | None:
    """The date of a byline or timestamp line ("Updated: March 12, 2025 06:45 pm IST")."""
    from khabar.boilerplate import classify_line
    from khabar.times import find_times

    for line in lines:
        if classify_line(line).kind in ("timestamp", "byline"):
            for t in find_times(normalize(line).text, None):
                if t.value and len(t.value) == 10:
                    return t.value
    return None


def parse_published(value: str | date | None) -> str | None:
    """``YYYY-MM-DD`` from an ISO 8601 date or date-time; raise ValueError when it is not one."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
    except ValueError:
        return date.fromisoformat(text[:10]).isoformat()


def read_article(
    raw: str | bytes,
    *,
    id: str | None = None,
    url: str | None = None,
    published: str | date | None = None,
    lang: str | None = None,
    title: str | None = None,
    source: str | None = None,
    html: bool | None = None,
    max_chars: int = MAX_CHARS,
) -> Article:
    """Make the article of one input; raise :class:`InputError` for input that is not an article."""
    warnings: list[str] = []
    if isinstance(raw, bytes):
        decoded = decode_bytes(raw)
        text = decoded.text
        warnings.extend(decoded.warnings)
    else:
        text = raw
        check_not_binary(text)
    if len(text) > max_chars:
        raise InputError(Problem.TOO_LARGE, size=len(text), limit=max_chars)
    evidence = legacy_font_evidence(text)
    if evidence:
        raise InputError(Problem.LEGACY_FONT, detail=evidence)

    marked = None
    if html or (html is None and looks_like_html(text)):
        page = extract_page(text, url=url)
        title = title or page.title
        url = url or page.url
        source = source or page.site
        published = published or page.published
        body = "\n".join(page.lines)
        marked = page.heading
    else:
        body = text
    try:
        published_day = parse_published(published)
    except ValueError:
        warnings.append(f"published {published!r} is not an ISO 8601 date; left empty")
        published_day = None

    norm = normalize(body)
    if marked is not None:
        # page lines were joined with "\n" and are non-empty, so normalised lines match them 1:1
        marked = marked if norm.text.count("\n") + 1 == len(marked) else None
    clean_title = " ".join(normalize(title).text.split()) if title else None
    # A given title, even an empty one, means the first line is body text, not a headline to guess.
    layout = lay_out(norm, title=clean_title or None, first_line_may_be_title=title is None,
                     marked_headings=marked)
    if not layout.text.strip():
        raise InputError(Problem.EMPTY)
    if published_day is None:
        published_day = date_in_boilerplate(layout.boilerplate)
        if published_day is not None:
            warnings.append(f"publication date {published_day} read from the page's byline or timestamp line")
    return Article(
        id=id if id is not None else content_id(text),
        text=layout.text,
        lang=lang or "und",
        published=published_day,
        title=layout.title,
        url=url,
        source=source,
        boilerplate=layout.boilerplate,
        paragraphs=layout.paragraphs,
        headings=layout.headings,
        warnings=tuple(warnings),
        source_offsets=layout.source,  # into ``body`` (for HTML, the extracted lines)
    )
