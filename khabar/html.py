"""Main text and metadata of a web page, through trafilatura, as lines for the same cleaning.

trafilatura finds the article body and the page's title, date, url and site name; its XML output
keeps paragraphs and sub-headings apart, so headings marked up in the page stay headings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import trafilatura
from lxml import etree

from khabar.errors import InputError, Problem

_HTML_SNIFF = re.compile(r"^\s*(?:<!doctype\s+html|<html|<head|<body|<article|<\?xml[^>]*>\s*<html)", re.I)
_TAG = re.compile(r"<(?:p|div|br|h[1-6]|span|a|article|section)\b[^>]*>", re.I)


@dataclass(frozen=True, slots=True)
class Page:
    """What a web page gives: metadata, and body lines with a flag for each heading."""

    lines: tuple[str, ...]
    heading: tuple[bool, ...]
    title: str | None
    published: str | None
    url: str | None
    site: str | None


def looks_like_html(text: str) -> bool:
    """Whether a string is a web page rather than plain text."""
    head = text[:2000]
    return bool(_HTML_SNIFF.match(head)) or len(_TAG.findall(head)) >= 3


def _text(el: etree._Element) -> str:
    return " ".join("".join(el.itertext()).split())


def extract_page(html: str, *, url: str | None = None) -> Page:
    """Parse ``html``; raise :class:`InputError` when it holds no article text."""
    try:
        xml = trafilatura.extract(
            html, url=url, output_format="xml", with_metadata=True, include_comments=False,
            include_tables=True, favor_recall=True, deduplicate=False,
        )
    except (ValueError, TypeError, etree.LxmlError) as e:  # trafilatura lets parser errors through
        raise InputError(Problem.BAD_HTML, detail=f"the page could not be parsed: {e}") from e
    if not xml:
        fallback = trafilatura.html2txt(html) or ""
        found = tuple(line for line in (" ".join(x.split()) for x in fallback.splitlines()) if line)
        if not found:
            raise InputError(Problem.BAD_HTML, detail="no text found in the page")
        return Page(lines=found, heading=(False,) * len(found), title=None, published=None, url=url,
                    site=None)
    root = etree.fromstring(xml.encode("utf-8"))
    title = root.get("title") or None
    lines: list[str] = []
    heading: list[bool] = []
    main = root.find("main")
    for el in main if main is not None else ():
        if el.tag == "list":
            items = [_text(item) for item in el.iter("item")]
            lines.extend(x for x in items if x)
            heading.extend(False for x in items if x)
            continue
        text = _text(el)
        if not text:
            continue
        is_head = el.tag == "head"
        if is_head and title and text == title and not lines:
            continue  # the page's own headline, already the title
        lines.append(text)
        heading.append(is_head)
    if not lines:
        raise InputError(Problem.BAD_HTML, detail="the extractor found no paragraphs")
    return Page(
        lines=tuple(lines), heading=tuple(heading), title=title, published=root.get("date") or None,
        url=root.get("url") or url, site=root.get("sitename") or root.get("hostname") or None,
    )
