"""A readable view of an analysed article for people (``--format pretty``)."""

from __future__ import annotations

import textwrap

from khabar.model import Article, ArticleError

_RULE = "─" * 72


def render(result: Article | ArticleError) -> str:
    """The article as text: headline, metadata, headings and numbered sentences, boilerplate apart."""
    if isinstance(result, ArticleError):
        return f"{_RULE}\n✗ {result.id}: {result.error} [{result.code}]\n"
    a = result
    lines = [_RULE]
    lines.append(f"# {a.title}" if a.title else "# (no headline)")
    meta = [f"id {a.id}", f"lang {a.lang}"]
    if a.published:
        meta.append(f"published {a.published}")
    if a.source:
        meta.append(f"source {a.source}")
    if a.url:
        meta.append(a.url)
    lines.append("  ".join(meta))
    lines.extend(f"! {warning}" for warning in a.warnings)
    lines.append("")
    heading_starts = {h.start: h for h in a.headings}
    sentences = list(enumerate(a.sentences, start=1))
    blocks = sorted([(p.start, "p", p) for p in a.paragraphs] + [(h.start, "h", h) for h in a.headings])
    for _start, kind, span in blocks:
        if kind == "h" and span.start in heading_starts:
            lines.append(f"## {a.span_text(span)}")
            continue
        for number, s in sentences:
            if span.start <= s.start < span.end:
                body = textwrap.fill(a.span_text(s), width=100, subsequent_indent="      ")
                lines.append(f"[{number:>2}] {body}")
        lines.append("")
    if a.times:
        lines.append("Times:")
        lines.extend(f"  ⏱ {t.text} = {t.value or '?'}" for t in a.times)
        lines.append("")
    if a.boilerplate:
        lines.append("Removed as boilerplate:")
        lines.extend(f"  ✂ {b}" for b in a.boilerplate)
    return "\n".join(lines).rstrip() + "\n"
