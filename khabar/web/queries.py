"""What the web pages and the JSON API read from the store: plain JSON-ready dicts.

Every page and its JSON twin are built from the same function here, so the two cannot drift.
Entities are named by their store key (a knowledge-base id, else ``~`` and the folded surface).
"""

from __future__ import annotations

import json
from collections import Counter
from typing import Any

from khabar.corpus.search import Filters, search
from khabar.store.store import Store

# PLOVER types on the cooperation and the conflict side (events.md); REQUEST is neither.
COOPERATION = frozenset({"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT"})
CONFLICT = frozenset({"ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"})
RELATED_OVER = 200  # related entities are counted over the entity's latest this many articles
_ART = "a.id, a.title, a.published, a.lang, a.source, a.url, a.story"


def _article_row(r: tuple[Any, ...]) -> dict[str, Any]:
    return {"id": r[0], "title": r[1], "published": r[2], "lang": r[3], "source": r[4], "url": r[5],
            "story": r[6]}


def periods(days: list[tuple[str, int]], *, most_days: int = 62) -> list[dict[str, Any]]:
    """Counts by day, or by month when they span more than ``most_days`` days."""
    if len(days) <= most_days:
        return [{"period": d, "mentions": n} for d, n in days]
    months: Counter[str] = Counter()
    for d, n in days:
        months[d[:7]] += n
    return [{"period": m, "mentions": n} for m, n in sorted(months.items())]


def side(event_type: str | None) -> str:
    if event_type in COOPERATION:
        return "cooperation"
    if event_type in CONFLICT:
        return "conflict"
    return "neutral"


def _marks(n: int) -> str:
    return ",".join("?" * n)


def river(store: Store, *, limit: int, offset: int) -> list[dict[str, Any]]:
    """The latest stories, newest last article first, with their outlets."""
    rows = store.execute("SELECT doc, n_articles FROM stories ORDER BY last_published DESC, id LIMIT ? OFFSET ?",
                         (limit, offset))
    stories = []
    for doc, n in rows:
        d: dict[str, Any] = json.loads(doc)
        stories.append({"id": d["id"], "title": d.get("title"), "first": d.get("first"), "last": d.get("last"),
                        "n_articles": int(n), "languages": d.get("languages", []),
                        "top_entities": d.get("top_entities", [])[:6], "events": d.get("events", [])[:5],
                        "outlets": []})
    if stories:
        ids = [s["id"] for s in stories]
        outlets: dict[str, list[str]] = {}
        for sid, source in store.execute(
                f"SELECT DISTINCT story, source FROM articles WHERE story IN ({_marks(len(ids))}) "  # noqa: S608
                "AND source IS NOT NULL ORDER BY source", ids):
            outlets.setdefault(str(sid), []).append(str(source))
        for s in stories:
            s["outlets"] = outlets.get(s["id"], [])
    return stories


def _entity_counts(store: Store, where: str, params: tuple[Any, ...], limit: int) -> list[dict[str, Any]]:
    rows = store.execute(
        "SELECT e.key, MAX(COALESCE(e.name, e.text)), MAX(e.label), COUNT(*) FROM entities e "  # noqa: S608
        f"JOIN articles a ON a.aid = e.aid WHERE {where} GROUP BY e.key ORDER BY COUNT(*) DESC, e.key LIMIT ?",
        (*params, limit))
    return [{"key": r[0], "name": r[1], "label": r[2], "mentions": int(r[3])} for r in rows]


def quotes(store: Store, where: str, params: tuple[Any, ...], limit: int) -> list[dict[str, Any]]:
    rows = store.execute(
        "SELECT a.id, a.published, a.lang, q.text, q.direct, q.cue, q.speaker_text, q.speaker_name, "  # noqa: S608
        f"q.speaker_key FROM quotes q JOIN articles a ON a.aid = q.aid WHERE {where} "
        "ORDER BY a.published DESC, a.aid, q.idx LIMIT ?", (*params, limit))
    return [{"article": r[0], "published": r[1], "lang": r[2], "text": r[3], "direct": bool(r[4]), "cue": r[5],
             "speaker": r[6], "speaker_name": r[7], "speaker_key": r[8]} for r in rows]


def events(store: Store, where: str, params: tuple[Any, ...], limit: int) -> list[dict[str, Any]]:
    rows = store.execute(
        "SELECT a.id, a.published, a.lang, v.doc, v.source_key, v.target_key FROM events v "  # noqa: S608
        f"JOIN articles a ON a.aid = v.aid WHERE {where} ORDER BY a.published DESC, a.aid, v.idx LIMIT ?",
        (*params, limit))
    out = []
    for r in rows:
        doc: dict[str, Any] = json.loads(r[3])
        out.append({"article": r[0], "published": r[1], "lang": r[2], "type": doc.get("type"),
                    "mode": doc.get("mode"), "side": side(doc.get("type")), "date": doc.get("date"),
                    "negated": doc.get("negated"), "modality": doc.get("modality"),
                    "source": doc.get("source"), "target": doc.get("target"),
                    "trigger": (doc.get("trigger") or {}).get("text"), "source_key": r[4], "target_key": r[5]})
    return out


def story(store: Store, story_id: str) -> dict[str, Any] | None:
    rows = store.execute("SELECT doc FROM stories WHERE id = ?", (story_id,))
    if not rows:
        return None
    d: dict[str, Any] = json.loads(rows[0][0])
    arts = [_article_row(r) for r in store.execute(
        f"SELECT {_ART} FROM articles a WHERE a.story = ? ORDER BY a.published, a.aid LIMIT 500",  # noqa: S608
        (story_id,))]
    days = Counter(a["published"] or "undated" for a in arts)
    return {"id": story_id, "title": d.get("title"), "first": d.get("first"), "last": d.get("last"),
            "languages": d.get("languages", []), "outlets": sorted({a["source"] for a in arts if a["source"]}),
            "articles": arts, "timeline": [{"date": k, "articles": v} for k, v in sorted(days.items())],
            "entities": _entity_counts(store, "a.story = ?", (story_id,), 30),
            "quotes": quotes(store, "a.story = ?", (story_id,), 50),
            "events": events(store, "a.story = ?", (story_id,), 50)}


def entity(store: Store, key: str) -> dict[str, Any] | None:
    rows = (store.execute("SELECT name, label, wikidata, kb_id FROM entities WHERE key = ? AND name IS NOT NULL "
                          "LIMIT 1", (key,))
            or store.execute("SELECT text, label, wikidata, kb_id FROM entities WHERE key = ? LIMIT 1", (key,)))
    if not rows:
        return None
    name, label, wikidata, kb_id = rows[0]
    surfaces = [{"text": r[0], "mentions": int(r[1])} for r in store.execute(
        "SELECT text, COUNT(*) FROM entities WHERE key = ? GROUP BY text ORDER BY COUNT(*) DESC, text LIMIT 10",
        (key,))]
    days = [(str(r[0] or "undated"), int(r[1])) for r in store.execute(
        "SELECT substr(a.published, 1, 10), COUNT(*) FROM entities e JOIN articles a ON a.aid = e.aid "
        "WHERE e.key = ? GROUP BY 1 ORDER BY 1", (key,))]
    months = periods(days)
    related = [{"key": r[0], "name": r[1], "label": r[2], "articles": int(r[3])} for r in store.execute(
        "SELECT o.key, MAX(COALESCE(o.name, o.text)), MAX(o.label), COUNT(DISTINCT o.aid) FROM entities o "
        "WHERE o.aid IN (SELECT aid FROM entities WHERE key = ? ORDER BY aid DESC LIMIT ?) AND o.key <> ? "
        "GROUP BY o.key ORDER BY COUNT(DISTINCT o.aid) DESC, o.key LIMIT 15", (key, RELATED_OVER, key))]
    arts = [_article_row(r) for r in store.execute(
        f"SELECT {_ART} FROM articles a WHERE a.aid IN (SELECT aid FROM entities WHERE key = ?) "  # noqa: S608
        "ORDER BY a.published DESC, a.aid DESC LIMIT 20", (key,))]
    return {"key": key, "name": name, "label": label, "wikidata": wikidata, "kb_id": kb_id,
            "mentions": sum(m["mentions"] for m in months), "surfaces": surfaces, "timeline": months,
            "related": related, "articles": arts,
            "quotes": quotes(store, "q.speaker_key = ?", (key,), 50),
            "events": events(store, "v.aid IN (SELECT aid FROM entities WHERE key = ?) AND "
                                    "(v.source_key = ? OR v.target_key = ?)", (key, key, key), 50)}


def pair(store: Store, one: str, two: str) -> dict[str, Any]:
    found = events(store, "((v.source_key = ? AND v.target_key = ?) OR (v.source_key = ? AND v.target_key = ?))",
                     (one, two, two, one), 500)
    months: dict[str, Counter[str]] = {}
    for e in found:
        months.setdefault((e["published"] or "undated")[:7], Counter())[e["side"]] += 1
    names = {}
    for key in (one, two):
        rows = store.execute("SELECT COALESCE(name, text) FROM entities WHERE key = ? LIMIT 1", (key,))
        names[key] = rows[0][0] if rows else key
    totals = Counter(e["side"] for e in found)
    return {"one": {"key": one, "name": names[one]}, "two": {"key": two, "name": names[two]},
            "cooperation": totals["cooperation"], "conflict": totals["conflict"], "neutral": totals["neutral"],
            "timeline": [{"month": m, "cooperation": c["cooperation"], "conflict": c["conflict"],
                          "neutral": c["neutral"]} for m, c in sorted(months.items())],
            "events": found}


def article(store: Store, article_id: str) -> dict[str, Any] | None:
    doc = store.article_dict(article_id)
    if doc is None:
        return None
    keys = store.execute("SELECT e.idx, e.key FROM entities e JOIN articles a ON a.aid = e.aid WHERE a.id = ? "
                         "ORDER BY e.idx", (article_id,))
    by_idx = {int(i): str(k) for i, k in keys}
    for i, ent in enumerate(doc.get("entities", [])):
        ent["key"] = by_idx.get(i)
    return doc


def search_hits(store: Store, query: str, filters: Filters, *, limit: int, offset: int) -> list[dict[str, Any]]:
    return [h.to_dict() for h in search(store, query, filters, limit=limit, offset=offset)]


def facets(store: Store) -> dict[str, list[str]]:
    """The outlets and languages the search page offers as filters."""
    return {"sources": [str(r[0]) for r in store.execute(
                "SELECT DISTINCT source FROM articles WHERE source IS NOT NULL ORDER BY source LIMIT 100")],
            "langs": [str(r[0]) for r in store.execute(
                "SELECT DISTINCT lang FROM articles WHERE lang IS NOT NULL ORDER BY lang LIMIT 100")]}
