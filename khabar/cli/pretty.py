"""A readable view of an analysed article for people (``--format pretty``).

Headline and metadata first; then the body, heading by heading, with numbered sentences. Inside
a sentence, entities are marked [name|Canonical Name] and times ⟨words=value⟩; under it come its
quotes (❝ … ❞ with the speaker) and its events (⚑ TYPE/mode source → target). The removed
boilerplate is shown apart at the end.
"""

from __future__ import annotations

import textwrap

from khabar.model import Actor, Article, ArticleError, Span

_RULE = "─" * 72
_WIDTH = 100


def _actor(a: Actor | None) -> str:
    if a is None:
        return "?"
    label = a.name or a.text
    if a.refers_to:
        label = f"{a.text} = {a.name or a.refers_to}"
    return f"{label} [{a.code}]" if a.code else label


def _marked(a: Article, s: Span) -> str:
    """The sentence with entities and times marked in place."""
    marks: list[tuple[int, int, str]] = []
    for e in a.entities:
        if s.start <= e.start and e.end <= s.end:
            tag = f"{e.label}:{e.name}" if e.name else e.label
            marks.append((e.start, e.end, f"[{e.text}|{tag}]"))
    for t in a.times:
        if s.start <= t.start and t.end <= s.end and not any(m[0] < t.end and t.start < m[1] for m in marks):
            marks.append((t.start, t.end, f"⟨{t.text}={t.value or '?'}⟩"))
    out, pos = [], s.start
    for start, end, label in sorted(marks):
        if start < pos:
            continue
        out.append(a.text[pos:start])
        out.append(label)
        pos = end
    out.append(a.text[pos:s.end])
    return "".join(out)


def _sentence_lines(a: Article, number: int, s: Span) -> list[str]:
    lines = [textwrap.fill(f"[{number:>2}] {_marked(a, s)}", width=_WIDTH, subsequent_indent="     ")]
    for q in a.quotes:
        if s.start <= q.start < s.end:
            cue = f", {q.cue}" if q.cue else ""
            text = q.text if len(q.text) <= 90 else q.text[:87] + "…"
            lines.append(f"     ❝{text}❞ — {_actor(q.speaker)}{cue}")
    for e in a.events:
        if e.sentence == number - 1:
            kind = f"{e.type}/{e.mode}" if e.mode else e.type
            flags = [f for f, on in (("not", e.negated), (e.modality, e.modality != "asserted")) if on]
            extra = f" ({', '.join(flags)})" if flags else ""
            when = f" {e.date}" if e.date else ""
            lines.append(f"     ⚑ {kind}: {_actor(e.source)} → {_actor(e.target)} «{e.trigger.text}»{when}{extra}")
    return lines


def render(result: Article | ArticleError) -> str:
    """The article as text for people (see the module docstring)."""
    if isinstance(result, ArticleError):
        return f"{_RULE}\n✗ {result.id}: {result.error} [{result.code}]\n"
    a = result
    lines = [_RULE, f"# {a.title}" if a.title else "# (no headline)"]
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
    numbered = list(enumerate(a.sentences, start=1))
    blocks = sorted([(p.start, "p", p) for p in a.paragraphs] + [(h.start, "h", h) for h in a.headings])
    for _start, kind, span in blocks:
        if kind == "h":
            lines.append(f"## {a.span_text(span)}")
            continue
        for number, s in numbered:
            if span.start <= s.start < span.end:
                lines.extend(_sentence_lines(a, number, s))
        lines.append("")
    if a.boilerplate:
        lines.append("Removed as boilerplate:")
        lines.extend(f"  ✂ {b}" for b in a.boilerplate)
    return "\n".join(lines).rstrip() + "\n"
