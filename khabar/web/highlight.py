"""An article's text cut into runs, each with the annotations over it, for in-place highlighting.

Entities, quotes, times and event triggers are spans that may nest or overlap; the text is cut at
every span boundary and each run carries the classes and explanations of every span covering it.
The runs are plain strings: the template escapes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from typing import Any


@dataclass(frozen=True, slots=True)
class Note:
    start: int
    end: int
    css: str
    explain: str
    link: str | None = None


@dataclass(frozen=True, slots=True)
class Run:
    text: str
    css: str
    explain: str
    link: str | None


def _actor(a: dict[str, Any] | None) -> str:
    if not a:
        return "?"
    return str(a.get("name") or a.get("text") or "?")


def notes(doc: dict[str, Any]) -> list[Note]:
    out: list[Note] = []
    for e in doc.get("entities", []):
        name = e.get("name") or e.get("text")
        link = str(e["key"]) if e.get("key") else None
        out.append(Note(e["start"], e["end"], f"ent {str(e.get('label', '')).lower()}",
                        f"{e.get('label')}: {name}" + (f" ({e['wikidata']})" if e.get("wikidata") else ""), link))
    for q in doc.get("quotes", []):
        who = _actor(q.get("speaker"))
        out.append(Note(q["start"], q["end"], "quote", f"{'direct' if q.get('direct') else 'reported'} quote by {who}"))
    out += [Note(t["start"], t["end"], "time", f"time: {t.get('value') or 'no value'}") for t in doc.get("times", [])]
    for v in doc.get("events", []):
        tr = v.get("trigger") or {}
        if "start" in tr:
            out.append(Note(tr["start"], tr["end"], "event",
                            f"event {v.get('type')}: {_actor(v.get('source'))} → {_actor(v.get('target'))}"
                            + (" (negated)" if v.get("negated") else "")
                            + (f", {v.get('modality')}" if v.get("modality") not in (None, "asserted") else "")))
    text_len = len(doc.get("text", ""))
    return [n for n in out if 0 <= n.start < n.end <= text_len]


def runs(doc: dict[str, Any]) -> list[Run]:
    text: str = doc.get("text", "")
    ns = notes(doc)
    cuts = sorted({0, len(text), *(n.start for n in ns), *(n.end for n in ns)})
    out: list[Run] = []
    for a, b in pairwise(cuts):
        over = [n for n in ns if n.start <= a and b <= n.end]
        link = next((n.link for n in over if n.link), None)
        out.append(Run(text[a:b], " ".join(n.css for n in over), "; ".join(n.explain for n in over), link))
    return out
