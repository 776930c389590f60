"""Event exports: one PLOVER-style JSON object per event, and a GDELT-like tab-separated table.

``event_records(article)`` gives the JSON objects (article id, url, dates, actors with codes,
type and mode, modality, the CAMEO root and quad class, evidence offsets and text);
``write_events(articles, out)`` writes them as JSON Lines; ``gdelt_rows(article)`` gives the
table's rows and ``write_gdelt(articles, out)`` the table itself, with the header ``GDELT_COLUMNS``.

PLOVER to CAMEO: each PLOVER type (refined by its mode where CAMEO splits it) is given the
nearest CAMEO root code (01-20):

==========  ========================================================================
AGREE       03 express intent to cooperate (promises, agreeing, accepting)
CONSULT     04 consult (meetings, visits, calls)
SUPPORT     05 engage in diplomatic cooperation (051 praise or endorse)
CONCEDE     08 yield (ease restrictions, retract, apologise as a concession)
COOPERATE   06 engage in material cooperation
AID         07 provide aid
RETREAT     08 yield (release, withdraw, ceasefire, resign, allow access)
REQUEST     02 appeal; mode yield/change 10 demand
ACCUSE      11 disapprove (criticise, accuse); mode investigate 09 investigate
REJECT      12 reject
THREATEN    13 threaten
PROTEST     14 protest
SANCTION    16 reduce relations (sanctions, expulsions, cutting ties); mode convict 17
            coerce (CAMEO 173, charge with legal action, is the nearest to a conviction)
MOBILIZE    15 exhibit force posture
COERCE      17 coerce
ASSAULT     18 assault; modes firearms, heavy-weapons, aerial, drone 19 fight; mode
            unconventional 20 unconventional mass violence; mode destroy 17 (CAMEO 1712,
            destroy property, is under coerce)
==========  ========================================================================

The quad class follows GDELT's use of the root: 01-05 verbal cooperation (1), 06-08 material
cooperation (2), 09-13 verbal conflict (3), 14-20 material conflict (4).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any, TextIO

from khabar.model import Actor, Article, Event

__all__ = ["GDELT_COLUMNS", "cameo_root", "event_records", "gdelt_rows", "quad_class", "write_events", "write_gdelt"]

_ROOTS: Mapping[str, str] = MappingProxyType({
    "AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "CONCEDE": "08", "COOPERATE": "06", "AID": "07",
    "RETREAT": "08", "REQUEST": "02", "ACCUSE": "11", "REJECT": "12", "THREATEN": "13", "PROTEST": "14",
    "SANCTION": "16", "MOBILIZE": "15", "COERCE": "17", "ASSAULT": "18",
})
_MODE_ROOTS: Mapping[tuple[str, str], str] = MappingProxyType({
    ("REQUEST", "yield"): "10", ("REQUEST", "change"): "10",
    ("ACCUSE", "investigate"): "09",
    ("SANCTION", "convict"): "17",
    ("ASSAULT", "firearms"): "19", ("ASSAULT", "heavy-weapons"): "19", ("ASSAULT", "aerial"): "19",
    ("ASSAULT", "drone"): "19", ("ASSAULT", "unconventional"): "20", ("ASSAULT", "destroy"): "17",
})

GDELT_COLUMNS = (
    "GlobalEventID", "ArticleID", "SQLDate", "Actor1Name", "Actor1Code", "Actor1KBID", "Actor2Name",
    "Actor2Code", "Actor2KBID", "PloverType", "PloverMode", "EventRootCode", "QuadClass", "IsNegated",
    "Modality", "ActionGeoName", "ActionGeoKBID", "SourceURL", "EvidenceStart", "EvidenceEnd", "EvidenceText",
)


def cameo_root(type_: str, mode: str | None = None) -> str:
    """The nearest CAMEO root code ("01".."20") of a PLOVER type and mode (see the module doc)."""
    if mode is not None and (type_, mode) in _MODE_ROOTS:
        return _MODE_ROOTS[(type_, mode)]
    try:
        return _ROOTS[type_]
    except KeyError:
        raise ValueError(f"not a PLOVER event type: {type_!r}") from None


def quad_class(root: str) -> int:
    """GDELT's quad class of a CAMEO root: 1 verbal cooperation, 2 material cooperation, 3 verbal
    conflict, 4 material conflict."""
    n = int(root)
    if not 1 <= n <= 20:
        raise ValueError(f"not a CAMEO root code: {root!r}")
    return 1 if n <= 5 else 2 if n <= 8 else 3 if n <= 13 else 4


def _actor(actor: Actor | None) -> dict[str, Any] | None:
    return actor.to_dict() if actor is not None else None


def _sentence(article: Article, event: Event) -> dict[str, Any] | None:
    if 0 <= event.sentence < len(article.sentences):
        s = article.sentences[event.sentence]
        return {"start": s.start, "end": s.end, "text": article.text[s.start:s.end]}
    return None


def event_records(article: Article) -> list[dict[str, Any]]:
    """One PLOVER-style JSON-ready object per event of an analysed article."""
    out = []
    for i, ev in enumerate(article.events):
        root = cameo_root(ev.type, ev.mode)
        out.append({
            "event_id": f"{article.id}-{i}",
            "article_id": article.id,
            "url": article.url,
            "published": article.published,
            "date": ev.date,
            "type": ev.type,
            "mode": ev.mode,
            "negated": ev.negated,
            "modality": ev.modality,
            "source": _actor(ev.source),
            "target": _actor(ev.target),
            "location": _actor(ev.location),
            "cameo_root": root,
            "quad_class": quad_class(root),
            "evidence": {
                "start": ev.trigger.start, "end": ev.trigger.end, "text": ev.trigger.text,
                "sentence": _sentence(article, ev),
            },
        })
    return out


def _cell(value: object) -> str:
    """A table cell: empty for None; tabs and line breaks inside text become spaces."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return " ".join(str(value).split("\t")).replace("\r", " ").replace("\n", " ")


def gdelt_rows(article: Article) -> list[list[str]]:
    """The GDELT-like rows (``GDELT_COLUMNS``) of an analysed article's events, as strings."""
    rows = []
    for record in event_records(article):
        # SQLDate is a whole day: the event's own date when it is one, else the publication date
        day = record["date"] if record["date"] and len(record["date"]) == 10 else record["published"]
        source, target, place = record["source"] or {}, record["target"] or {}, record["location"] or {}
        evidence = record["evidence"]
        row = [
            record["event_id"], record["article_id"], day.replace("-", "") if day else None,
            source.get("name") or source.get("text"), source.get("code"), source.get("id"),
            target.get("name") or target.get("text"), target.get("code"), target.get("id"),
            record["type"], record["mode"], record["cameo_root"], record["quad_class"], record["negated"],
            record["modality"], place.get("name") or place.get("text"), place.get("id"), record["url"],
            evidence["start"], evidence["end"], evidence["text"],
        ]
        rows.append([_cell(v) for v in row])
    return rows


def write_gdelt(articles: Iterable[Article], out: TextIO, header: bool = True) -> int:
    """Writes the table of all the articles' events to ``out`` (a header line first unless
    ``header`` is false); returns the number of event rows written."""
    count = 0
    if header:
        out.write("\t".join(GDELT_COLUMNS) + "\n")
    for article in articles:
        for row in gdelt_rows(article):
            out.write("\t".join(row) + "\n")
            count += 1
    return count


def write_events(articles: Iterable[Article], out: TextIO) -> int:
    """Writes one JSON object per event (:func:`event_records`) per line to ``out``; returns how
    many were written."""
    count = 0
    for article in articles:
        for record in event_records(article):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            count += 1
    return count
