"""Stories: articles grouped as they arrive, across outlets and languages.

Each article gets features: linked entities (``e:`` + canonical name, when later stages give
them), events (``v:`` type), numbers (``n:``), names through a small bilingual
table (``t:``, :file:`data/names_hi_en.tsv`: a Hindi and an English report of one event meet
through what they name and their numbers, never through translation), consonant skeletons of
rarer Hindi words, of the table's names and of capitalised English words (``k:``,
khabar.corpus.names: सीतारमण and Sitharaman meet as "strmn"), and other content words (``w:``,
which only join articles of one language). Features are weighted by inverse document frequency
over the store. A new article looks up, through the ``article_features`` inverted index, the
articles of the last :data:`WINDOW_DAYS` days that share its rarer features (so the cost of
adding one stays flat as the store grows), and a small model (:mod:`khabar.corpus.pairs`, fitted
on hand-labelled pairs) gives the probability that each candidate reports one story with it. It
joins the story of the most probable one that reaches :data:`P_LINK` (:data:`P_LINK_SAME` for a
report in its own language), else starts a story
(nearest-neighbour linking; a story of :data:`MEAN_LINK_FROM` recent articles or more must also
be probable on average, :data:`MEAN_LINK`, unless one member is :data:`P_STRONG` probable, so that
stories do not grow by chaining). A near-duplicate joins its original's story, and an updated
article keeps its story. A report in the same language whose headline mostly repeats a candidate's
(:data:`TITLE_SAME`) is an updated version of it: a strong link, and when the article is also
strongly linked to another story, the two stories become one (the earlier version's story is
merged into the chosen one). A weather report is news of its day: it joins only a story begun the
day before it or later (:data:`WEATHER_DAYS`), so that daily bulletins do not chain into one
story for the season.
"""

from __future__ import annotations

import hashlib
import json
import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources

from khabar.corpus.fold import fold, words
from khabar.corpus.names import common_hindi, skeleton
from khabar.corpus.pairs import NEUTRAL, headline_overlap, pair_features, pair_model
from khabar.model import Actor, Article
from khabar.store.store import Store, actor_key, now_iso

WINDOW_DAYS = 3
P_LINK = 0.85  # the least probability (khabar.corpus.pairs) that joins an article to a story ...
P_LINK_SAME = 0.9  # ... (through a report in its own language, where the model is less precise) ...
MEAN_LINK = 1.0  # ... and the least mean over the story's recent members (in units of P_LINK) ...
MEAN_LINK_FROM = 7  # ... for a story of at least this many members in the window, unless one
P_STRONG = 0.95  # member is this probable
# A large thread (a law and every fight about it) must be resembled as a whole: at least as probable
# as P_LINK on average over its recent members. An article that shares a party and a country with
# one member (a condemnation of an attack abroad that cites the law) stays out. Replaying
# newsonair, the hand-labelled merged pairs that are unrelated fell from 64 to 44 of those still
# merged (1,395 -> 1,247), with 48 of 55 Hindi-English pairs and 5 of 5 updates still joined; the
# former setting (0.8 from 3 members) kept small stories from chaining, which the labelled pairs did
# not support (python -m khabar.corpus.evaluate).
# Headlines of one language that share this much (Jaccard over content words) report one story: an
# outlet's updated version of a report rewrites its body but keeps most of its headline. Of the
# hand-labelled same-language pairs, 32 of 33 at 0.3 or more belong together; but 0.3 also joins
# two engagements of one visit or campaign, whose headlines repeat the visitor and the place, and
# 0.4 raised the held-out pairwise precision (python -m khabar.corpus.evaluate).
TITLE_SAME = 0.4
# A weather report (its headline names the weather: data/weather_words.txt) is news of its day:
# one day's cold wave and the next day's rain are different reports of one region's weather, and
# daily bulletins would otherwise chain into one story for the whole season. A weather report joins
# only a story that began at most this many days before it.
WEATHER_DAYS = 1
MIN_SHARED = 2
MAX_FEATURES = 60
MAX_NEUTRAL = 40
MAX_KEYS = 60  # the rarest features retrieve candidates (fewer lose recall: 25 keys, 27 of 55 pairs)
COMMON = 0.08  # features in more than this share of articles do not retrieve candidates
_NUMBER = re.compile(r"^\d[\d.,]*$")
_HI_STOP = frozenset([
    "के", "में", "ने", "की", "को", "और", "से", "का", "लिए", "किया",
    "पर", "कहा", "है", "आज", "करने", "एक", "शुरू", "जारी", "लोगों", "दो",
    "कल", "दिया", "कर", "दी", "नहीं", "हैं", "साथ", "गया", "बीच", "हुए",
    "तक", "कि", "जाने", "देने", "हुई", "तीन", "करेंगे", "दिन", "रहे", "सभी",
    "कई", "करेगा", "बारे", "गए", "भी", "जाएगा", "होने", "इस", "रहा", "किसी",
    "पहला", "ले", "किये", "पहले", "नए", "वाले", "शामिल", "जा", "गये", "किए",
    "लेने", "बाद", "जाएगी", "करना", "अपने", "पास", "होगी", "वे", "लेकर", "तथा",
    "द्वारा", "प्रति", "अपनी", "उनके", "गई", "कुछ", "फिर", "चाहिए", "यह", "वह",
    "था", "थे", "थी", "हो", "जो", "भी", "एवं", "या", "इसके", "उन्होंने",
    "उसके", "अब", "बताया", "कहना",
])
_EN_STOP = frozenset([
    "the", "a", "an", "of", "to", "in", "on", "for", "and", "or", "is", "are", "was", "were",
    "be", "been", "by", "with", "at", "from", "as", "that", "this", "it", "its", "has", "have", "had",
    "will", "would", "said", "says", "not", "but", "also", "after", "over", "into", "about", "than", "more", "new",
    "two", "three", "their", "they", "he", "she", "his", "her", "which", "who", "all", "other", "up", "out",
    "there", "been", "being", "we", "our", "you",
])


@lru_cache(maxsize=1)
def name_table() -> dict[str, str]:
    """Hindi (folded) -> English key, from data/names_hi_en.tsv."""
    text = resources.files("khabar.corpus").joinpath("data/names_hi_en.tsv").read_text(encoding="utf-8")
    table: dict[str, str] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        hi, _, en = line.partition("\t")
        table[fold(hi.strip())] = en.strip().lower()
    return table


_CAPITALISED = re.compile(r"\b[A-Z][A-Za-z]+")


def _word_features(text: str, lang: str) -> set[str]:
    table = name_table()
    english = set(table.values())
    common = common_hindi()
    out: set[str] = set()
    if lang == "en":
        for w in _CAPITALISED.findall(text):
            if w.lower() not in _EN_STOP and len(sk := skeleton(w)) >= 2:
                out.add("k:" + sk)
    for w in words(text):
        if _NUMBER.match(w):
            value = w.replace(",", "")
            if len(value) >= 2:
                out.add("n:" + value)
        elif w in table:
            # a name the table knows meets its English form, and (through its skeleton) the
            # spellings the table lacks (खमेनी and Khamenei: "kmn")
            out.add("t:" + table[w])
            if w not in common and len(sk := skeleton(w)) >= 2:
                out.add("k:" + sk)
        elif lang == "en" and w in english:
            out.add("t:" + w)
        elif len(w) >= 3 and w not in _HI_STOP and w not in _EN_STOP:
            out.add("w:" + w)
            if lang != "en" and w not in common and len(sk := skeleton(w)) >= 2:
                out.add("k:" + sk)
    return out


def features(article: Article) -> set[str]:
    """The article's features (see the module docstring): title and lead paragraphs."""
    lead_end = article.paragraphs[2].end if len(article.paragraphs) > 2 else min(len(article.text), 1500)
    out = _word_features(f"{article.title or ''}\n{article.text[:lead_end]}", article.lang)
    for e in article.entities:
        if e.text[:1].islower():  # a lower-case Latin "entity" ("is", "up") is a common word mislinked
            continue
        if e.id and e.name:  # by canonical name: the knowledge base's duplicates (a country and
            out.add("e:" + fold(e.name))  # Phoenix's entry for it) are one feature
        else:
            out.add("e:" + (actor_key(Actor(text=e.text, id=e.id, name=e.name)) or ""))
    # what happens, by PLOVER type; not who did it to whom: the actor pairs moved stories with
    # every change of the event coder's roles (one table word for "sides" moved 579 merged pairs
    # of newsonair), and without them the model cross-validates as well (scripts/train_story_pairs.py)
    out.update("v:" + ev.type for ev in article.events)
    return out


def title_words(title: str | None) -> frozenset[str]:
    """Content words of a headline (folded; stop words and single letters left out)."""
    return frozenset(w for w in words(fold(title or "")) if len(w) > 1 and w not in _HI_STOP and w not in _EN_STOP)


@lru_cache(maxsize=1)
def _weather_terms() -> tuple[tuple[str, ...], ...]:
    text = resources.files("khabar.corpus").joinpath("data/weather_words.txt").read_text(encoding="utf-8")
    return tuple(tuple(words(line)) for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_weather(title: str | None) -> bool:
    """Whether a headline names the weather (a word or phrase of data/weather_words.txt)."""
    ws = words(title or "")
    return any(ws[i:i + len(t)] == list(t) for t in _weather_terms() for i in range(len(ws) - len(t) + 1))


def _same_headline(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a and b) and len(a & b) / len(a | b) >= TITLE_SAME


@dataclass(frozen=True, slots=True)
class Headline:
    """What an arriving article's headline tells the story step."""

    words: frozenset[str]  # content words (title_words)
    weather: bool  # a weather report (is_weather)


@dataclass(frozen=True, slots=True)
class Assignment:
    story: str
    new: bool
    score: float


def _day(article: Article) -> str:
    return (article.published or now_iso())[:10]


def _idf(store: Store, feats: Iterable[str]) -> tuple[dict[str, float], int]:
    fl = list(feats)
    n_rows = store.execute("SELECT value FROM meta WHERE key = 'n_featured'")
    n = int(n_rows[0][0]) if n_rows else 0
    df: dict[str, int] = {}
    for i in range(0, len(fl), 500):
        chunk = fl[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for f, d in store.execute(f"SELECT feature, df FROM feature_df WHERE feature IN ({marks})", chunk):  # noqa: S608
            df[str(f)] = int(d)
    return {f: math.log((n + 1) / (df.get(f, 0) + 1)) + 1.0 for f in fl}, n


def _bump_df(store: Store, feats: Iterable[str]) -> None:
    store.db.executemany("INSERT INTO feature_df (feature, df) VALUES (?, 1) "
                         "ON CONFLICT (feature) DO UPDATE SET df = feature_df.df + 1", [(f,) for f in feats])
    store.execute("INSERT INTO meta (key, value) VALUES ('n_featured', '1') ON CONFLICT (key) DO UPDATE "
                  "SET value = CAST(CAST(meta.value AS INTEGER) + 1 AS TEXT)")


def assign(store: Store, aid: int, article: Article, *, duplicate_of: str | None = None) -> Assignment:
    """Put the stored article ``aid`` into a story (call inside the transaction that wrote it)."""
    current = store.execute("SELECT story FROM articles WHERE aid = ?", (aid,))
    feats = features(article)
    idf, n = _idf(store, feats)
    day = _day(article)
    ranked = ranked_features(feats, idf)
    own = masses(ranked, idf)
    updated = bool(current and current[0][0])
    if updated:  # an updated version keeps its story
        story, score, new = str(current[0][0]), 0.0, False
    else:
        head = Headline(title_words(article.title), is_weather(article.title))
        story, score, new, merge = _choose(store, aid, ranked, idf, own, n, day, article.lang, duplicate_of,
                                           (P_LINK_SAME, P_LINK), head)
        _bump_df(store, feats)
        if merge is not None:
            store.execute("UPDATE articles SET story = ? WHERE story = ?", (story, merge))
            store.execute("DELETE FROM stories WHERE id = ?", (merge,))
    all_mass, neutral_mass = own
    store.execute("DELETE FROM article_features WHERE aid = ?", (aid,))
    store.db.executemany("INSERT INTO article_features (feature, aid, day) VALUES (?, ?, ?)",
                         [(f, aid, day) for f in ranked])
    store.execute("INSERT INTO article_masses (aid, mass_all, mass_neutral) VALUES (?, ?, ?) ON CONFLICT (aid) "
                  "DO UPDATE SET mass_all = excluded.mass_all, mass_neutral = excluded.mass_neutral",
                  (aid, all_mass, neutral_mass))
    store.execute("UPDATE articles SET story = ? WHERE aid = ?", (story, aid))
    _refresh_story(store, story, article)
    return Assignment(story, new, score)


def ranked_features(feats: Iterable[str], idf: dict[str, float]) -> list[str]:
    """The features kept for an article: the :data:`MAX_FEATURES` rarest, and the
    :data:`MAX_NEUTRAL` rarest language-neutral ones even when rarer words crowd them out (the
    countries and leaders a Hindi and an English report share are common, but they are all the
    two have in common)."""
    by_idf = sorted(feats, key=lambda f: (-idf[f], f))
    keep = set(by_idf[:MAX_FEATURES]) | set([f for f in by_idf if f.startswith(NEUTRAL)][:MAX_NEUTRAL])
    return [f for f in by_idf if f in keep]


def masses(ranked: list[str], idf: dict[str, float]) -> tuple[float, float]:
    """An article's idf mass over all its kept features and over the language-neutral ones."""
    return sum(idf[f] for f in ranked), sum(idf[f] for f in ranked if f.startswith(NEUTRAL))


def _choose(store: Store, aid: int, ranked: list[str], idf: dict[str, float], own: tuple[float, float], n: int,
            day: str, lang: str, duplicate_of: str | None, thresholds: tuple[float, float],
            head: Headline) -> tuple[str, float, bool, str | None]:
    """The story of the most similar article within the window, if similar enough (``thresholds``:
    for a candidate in the same language, and in the other); else a new story. A weather report
    joins only a story begun :data:`WEATHER_DAYS` before it or later."""
    title = head.words
    if duplicate_of:
        rows = store.execute("SELECT story FROM articles WHERE id = ?", (duplicate_of,))
        if rows and rows[0][0]:
            return str(rows[0][0]), 1.0, False, None
    floor = math.log((n + 1) / (COMMON * n + 1)) + 1.0 if n >= 50 else 0.0
    keys = [f for f in ranked if idf[f] > floor][:MAX_KEYS]
    best, best_score = None, 0.0
    if keys:
        start = (date.fromisoformat(day) - timedelta(days=WINDOW_DAYS)).isoformat()
        marks = ",".join("?" * len(keys))
        shared: dict[int, set[str]] = {}
        for f, other in store.execute(
                f"SELECT feature, aid FROM article_features WHERE feature IN ({marks}) AND day >= ? "  # noqa: S608
                "AND aid <> ?", (*keys, start, aid)):
            shared.setdefault(int(other), set()).add(str(f))
        candidates = [a for a, fs in shared.items() if len(fs) >= MIN_SHARED]
        _add_common(store, shared, candidates, [f for f in ranked if f not in set(keys)])
        per_story: dict[str, list[float]] = {}
        strong: dict[str, float] = {}  # the most probable pair in each story
        headline: dict[str, float] = {}  # stories holding an earlier version of this report
        model, here = pair_model(), date.fromisoformat(day)
        for other, (o_all, o_neutral, o_story, o_lang, o_day, o_title) in _article_info(store, candidates).items():
            # how likely the two report one story (khabar.corpus.pairs), in units of the threshold
            days = abs((here - date.fromisoformat(o_day)).days) if o_day else WINDOW_DAYS
            o_words = title_words(o_title)
            x = pair_features(shared[other], idf, own, (o_all, o_neutral), lang == o_lang, days,
                              headline_overlap(title, o_words, lang == o_lang))
            probability = model.probability(x)
            if lang == o_lang and _same_headline(title, o_words):
                probability = max(probability, P_STRONG)  # an updated version of one report
                if o_story:
                    headline[o_story] = max(headline.get(o_story, 0.0), probability)
            if o_story:
                per_story.setdefault(o_story, []).append(probability / thresholds[lang != o_lang])
                strong[o_story] = max(strong.get(o_story, 0.0), probability)
        if head.weather:
            since = (here - timedelta(days=WEATHER_DAYS)).isoformat()
            begun = _first_days(store, list(per_story))
            per_story = {k: v for k, v in per_story.items() if begun.get(k, day) >= since}
            headline = {k: v for k, v in headline.items() if k in per_story}
        recent = _recent_sizes(store, list(per_story), start)
        for story_id, scores in per_story.items():
            # the nearest member decides, but the article must also resemble the story's recent
            # members as a whole (mean over its members of the window, capped), so that stories do
            # not grow by chaining; members older than the window (a series' first previews) do
            # not count against a later report
            size = recent.get(story_id, 1)
            mean = sum(min(x, 1.5) for x in scores) / max(size, len(scores))
            large = size >= MEAN_LINK_FROM
            if max(scores) > best_score and (mean >= MEAN_LINK or not large or strong[story_id] >= P_STRONG):
                best, best_score = story_id, max(scores)
    if best is not None and best_score >= 1.0:
        # an updated report strongly linked to another story as well: the two are one story
        merge = max((x for x in headline if x != best and strong.get(best, 0.0) >= P_STRONG),
                    key=lambda x: (headline[x], x), default=None)
        return best, best_score, False, merge
    story = "s" + hashlib.sha1(f"{day}|{ranked[:20]}|{now_iso()}".encode()).hexdigest()[:12]  # noqa: S324
    return story, best_score, True, None


def _add_common(store: Store, shared: dict[int, set[str]], candidates: list[int], common: list[str]) -> None:
    """Add the common features candidates share (they count, but do not retrieve)."""
    if not common or not candidates:
        return
    for i in range(0, len(candidates), 300):
        chunk = candidates[i:i + 300]
        marks_a, marks_f = ",".join("?" * len(chunk)), ",".join("?" * len(common))
        for f, other in store.execute(
                f"SELECT feature, aid FROM article_features WHERE aid IN ({marks_a}) "  # noqa: S608
                f"AND feature IN ({marks_f})", (*chunk, *common)):
            shared[int(other)].add(str(f))


def _first_days(store: Store, stories: list[str]) -> dict[str, str]:
    """The day each story's first article was published."""
    out: dict[str, str] = {}
    for i in range(0, len(stories), 500):
        chunk = stories[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for sid, first in store.execute(f"SELECT id, first_published FROM stories WHERE id IN ({marks})",  # noqa: S608
                                        chunk):
            if first:
                out[str(sid)] = str(first)[:10]
    return out


def _recent_sizes(store: Store, stories: list[str], start: str) -> dict[str, int]:
    """Members of each story published on or after ``start`` (the window's first day)."""
    out: dict[str, int] = {}
    for i in range(0, len(stories), 500):
        chunk = stories[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for sid, k in store.execute(f"SELECT story, COUNT(*) FROM articles WHERE story IN ({marks}) "  # noqa: S608
                                    "AND published >= ? GROUP BY story", (*chunk, start)):
            out[str(sid)] = int(k)
    return out


def _article_info(store: Store, aids: list[int]) -> dict[int, tuple[float, float, str | None, str, str, str]]:
    """Masses, story, language, day and headline of stored articles."""
    out: dict[int, tuple[float, float, str | None, str, str, str]] = {}
    for i in range(0, len(aids), 500):
        chunk = aids[i:i + 500]
        marks = ",".join("?" * len(chunk))
        for a, m_all, m_neutral, story, lang, published, title in store.execute(
                f"SELECT m.aid, m.mass_all, m.mass_neutral, a.story, a.lang, a.published, a.title "  # noqa: S608
                f"FROM article_masses m JOIN articles a ON a.aid = m.aid WHERE m.aid IN ({marks})", chunk):
            out[int(a)] = (float(m_all), float(m_neutral), str(story) if story else None, str(lang or ""),
                           str(published or "")[:10], str(title or ""))
    return out


def _refresh_story(store: Store, story: str, article: Article) -> None:
    now = now_iso()
    rows = store.execute("SELECT id, title, published, lang FROM articles WHERE story = ? ORDER BY published, aid",
                         (story,))
    dates = [str(r[2]) for r in rows if r[2]]
    entities = Counter(str(k) for (k,) in store.execute(
        "SELECT e.name FROM entities e JOIN articles a ON a.aid = e.aid WHERE a.story = ? AND e.name IS NOT NULL",
        (story,)))
    events = Counter(str(k) for (k,) in store.execute(
        "SELECT v.type FROM events v JOIN articles a ON a.aid = v.aid WHERE a.story = ?", (story,)))
    names = Counter(str(f)[2:] for (f,) in store.execute(
        "SELECT f.feature FROM article_features f JOIN articles a ON a.aid = f.aid WHERE a.story = ? "
        "AND f.feature LIKE ?", (story, "t:%")))
    title = next((str(r[1]) for r in rows if r[1]), article.title or "")
    doc = {
        "id": story, "title": title, "first": dates[0] if dates else None, "last": dates[-1] if dates else None,
        "articles": [str(r[0]) for r in rows], "languages": sorted({str(r[3]) for r in rows}),
        "top_entities": [k for k, _ in entities.most_common(10)] or [k for k, _ in names.most_common(10)],
        "events": [k for k, _ in events.most_common(10)],
    }
    store.execute(
        "INSERT INTO stories (id, title, first_published, last_published, n_articles, doc, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET title = excluded.title, "
        "first_published = excluded.first_published, last_published = excluded.last_published, "
        "n_articles = excluded.n_articles, doc = excluded.doc, updated_at = excluded.updated_at",
        (story, title, doc["first"], doc["last"], len(rows), json.dumps(doc, ensure_ascii=False), now))
