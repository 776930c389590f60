"""The shape of an article: headline, boilerplate, sub-headings and paragraphs.

Input is normalised text whose lines are paragraphs. Boilerplate lines go to
``boilerplate``; a first line that is a headline (or repeats the given title) becomes the title;
short lines without final punctuation between paragraphs are sub-headings (and so are lines a web
page marks as headings). The body text is the remaining lines joined by "\\n", with a map from
each of its characters back to the raw input.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from khabar.boilerplate import classify_line
from khabar.model import Span
from khabar.text.normalize import Normalized

MAX_HEADING_WORDS = 15
MAX_HEADING_CHARS = 140
MAX_HEADLINE_WORDS = 25
MAX_HEADLINE_CHARS = 250
_FINAL_PUNCT = tuple("।॥.!,;:\"'")
_LIST_MARK = re.compile(r"^(?:[-–—•*>»▪●◦]|[0-9\u0966-\u096f]{1,3}[.)]|\([0-9a-zA-Z\u0900-\u097f]{1,3}\))\s*")
_LETTER = re.compile(r"[^\W\d_]")


@dataclass(frozen=True, slots=True)
class Layout:
    text: str
    source: tuple[int, ...]
    title: str | None
    boilerplate: tuple[str, ...]
    paragraphs: tuple[Span, ...]
    headings: tuple[Span, ...]


def _is_heading_shape(line: str, words: int) -> bool:
    return (
        0 < words <= MAX_HEADING_WORDS
        and len(line) <= MAX_HEADING_CHARS
        and not line.endswith(_FINAL_PUNCT)
        and not line.startswith(("\"", "'", "(", "["))
        and not _LIST_MARK.match(line)
        and bool(_LETTER.search(line))
    )


def _is_headline_shape(line: str) -> bool:
    words = len(line.split())
    return (
        0 < words <= MAX_HEADLINE_WORDS
        and len(line) <= MAX_HEADLINE_CHARS
        and not line.endswith(tuple("।॥.,;:"))
        and not _LIST_MARK.match(line)
        and bool(_LETTER.search(line))
    )


def _ends_like_paragraph(line: str) -> bool:
    return line.endswith(tuple("।॥.!?\"')")) or len(line.split()) > MAX_HEADING_WORDS


def lay_out(
    norm: Normalized,
    *,
    title: str | None = None,
    first_line_may_be_title: bool = True,
    marked_headings: Sequence[bool] | None = None,
) -> Layout:
    """Split ``norm`` into boilerplate, title, headings and paragraphs (see module docstring).

    ``marked_headings`` flags lines that the source marked as headings (HTML ``<h2>``), one per
    line of ``norm.text``.
    """
    text = norm.text
    bounds: list[tuple[int, int]] = []
    pos = 0
    for piece in text.split("\n"):
        bounds.append((pos, pos + len(piece)))
        pos += len(piece) + 1
    if not text:
        bounds = []

    boilerplate: list[str] = []
    kept: list[int] = []
    for i, (s, e) in enumerate(bounds):
        if classify_line(text[s:e]).is_boilerplate:
            boilerplate.append(norm.raw_text(s, e).strip() or text[s:e])
        else:
            kept.append(i)

    def line_at(i: int) -> str:
        s, e = bounds[i]
        return text[s:e]

    marked = list(marked_headings) if marked_headings is not None else [False] * len(bounds)
    if kept:
        first = line_at(kept[0])
        if title is not None and " ".join(first.split()) == " ".join(title.split()):
            kept.pop(0)  # the body repeats the title
        elif title is None and first_line_may_be_title and len(kept) > 1 and _is_headline_shape(first):
            title = first
            kept.pop(0)

    heading_idx: set[int] = set()
    for k, i in enumerate(kept):
        if marked[i]:
            heading_idx.add(i)
            continue
        if k == 0 or k == len(kept) - 1:
            continue
        current = line_at(i)
        if not _is_heading_shape(current, len(current.split())):
            continue
        prev, nxt = kept[k - 1], kept[k + 1]
        if prev in heading_idx or not _ends_like_paragraph(line_at(nxt)):
            continue
        heading_idx.add(i)

    pieces: list[str] = []
    source: list[int] = []
    paragraphs: list[Span] = []
    headings: list[Span] = []
    out_pos = 0
    for k, i in enumerate(kept):
        s, e = bounds[i]
        if k:
            pieces.append("\n")
            source.append(norm.source[s - 1])
            out_pos += 1
        pieces.append(text[s:e])
        source.extend(norm.source[s:e])
        span = Span(out_pos, out_pos + (e - s))
        (headings if i in heading_idx else paragraphs).append(span)
        out_pos += e - s
    return Layout(
        text="".join(pieces), source=tuple(source), title=title, boilerplate=tuple(boilerplate),
        paragraphs=tuple(paragraphs), headings=tuple(headings),
    )
