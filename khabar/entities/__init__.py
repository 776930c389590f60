"""People, organisations and places: found by the knowledge base and the statistical model,
linked to canonical entities (see :mod:`.gazetteer`, :mod:`.link`, :mod:`khabar.ner`).

Order of trust: a name the knowledge base knows (its longest alias in the text) wins over the
model; the model adds names the knowledge base does not know (without titles before them); a place
followed by पुलिस/विधानसभा is an organisation, and by सरकार only when the knowledge base knows that
government; demonyms are never entities; an alias that is also a common word (आप, किम) counts only
in context (the model agrees, a title before it, a party word after it, or alone in brackets);
a short later mention of a person (पुतिन, मुर्मू) takes the identity of the full one named before.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from typing import ClassVar

from khabar.entities.gazetteer import LETTERS, AliasMatch, Word, gazetteer, spelled_letters, words
from khabar.entities.link import best_candidate, link_surface
from khabar.kb import Entity as KBEntity
from khabar.kb import KnowledgeBase, load_kb
from khabar.kb.normalize import norm_alias
from khabar.lang import word_list
from khabar.model import Article, Entity

__all__ = ["EntityStage", "find_entities"]

# suffixes after which the place alone is tagged unless the knowledge base knows the whole name
_SOFT_SUFFIXES = frozenset(norm_alias(w) for w in ("सरकार", "सरकारों", "प्रशासन", "टीम", "क्रिकेट टीम"))
# words after a weak organisation alias that make it the organisation (आप नेता, आप सरकार)
_ORG_CONTEXT = frozenset(
    norm_alias(w)
    for w in (
        "नेता", "नेताओं", "विधायक", "विधायकों", "सांसद", "सांसदों", "सरकार", "प्रवक्ता", "संयोजक",
        "पार्टी", "कार्यकर्ता", "कार्यकर्ताओं", "उम्मीदवार", "प्रत्याशी", "प्रमुख", "अध्यक्ष", "सुप्रीमो",
    )
)
# words that are a country before a postposition and an adjective before a noun (तुर्की के / तुर्की सेना)
_COUNTRY_OR_ADJECTIVE = frozenset(norm_alias(w) for w in ("तुर्की", "सऊदी"))
_POSTPOSITIONS = frozenset(
    norm_alias(w) for w in ("के", "की", "का", "में", "से", "ने", "को", "पर", "और", "तथा", "एवं", "व", "तक")
)
# words before a weak organisation alias that make it the organisation (समाचार एजेंसी तास)
_ORG_BEFORE = frozenset(norm_alias(w) for w in ("एजेंसी", "अखबार", "समाचारपत्र", "कंपनी", "पार्टी", "संगठन"))
# postpositions after a weak place alias that make it the place (पूर्वोत्तर में, not पूर्वोत्तर राज्यों)
_LOC_CONTEXT = frozenset(
    norm_alias(w) for w in ("में", "के", "की", "का", "से", "शहर", "जिले", "जिला", "कस्बे", "इलाके")
)
# titles of address before a surname alone (श्री सिंह)
_HONORIFICS = frozenset(norm_alias(w) for w in ("श्री", "श्रीमती", "सुश्री", "डॉ", "डॉक्टर", "जनाब"))
# words after संसद that make it part of a compound, not the institution (संसद सदस्य)
_NOT_AFTER = {norm_alias("संसद"): frozenset(norm_alias(w) for w in ("सदस्य", "सदस्यों", "सदस्यता"))}
# words before कांग्रेस that make it a congress of scientists or players, not the party
_NOT_BEFORE = {
    norm_alias("कांग्रेस"): frozenset(norm_alias(w) for w in ("विज्ञान", "शतरंज", "विश्व", "अंतरराष्ट्रीय")),
    # a state's election commission is not the Election Commission of India
    norm_alias("चुनाव आयोग"): frozenset({norm_alias("राज्य")}),
    norm_alias("निर्वाचन आयोग"): frozenset({norm_alias("राज्य")}),
}
# words after a name that make it part of an event's name, which is not tagged (एटीपी कप, ऑस्ट्रेलिया ओपन)
_EVENT_AFTER = frozenset(
    norm_alias(w)
    for w in ("कप", "ट्रॉफी", "ओपन", "चैंपियनशिप", "चैम्पियनशिप", "ग्रां प्री", "मैराथन", "मास्टर्स", "टूर्नामेंट")
)
# words after a place that make a named site of it, with the derived English name (if any)
_SITE_AFTER = {
    ("रेलवे", "स्टेशन"): "{} railway station",
    ("हवाई", "अड्डा"): "", ("हवाई", "अड्डे"): "", ("एयरपोर्ट",): "",
}


@dataclass(slots=True)
class _Mention:
    start: int
    end: int
    label: str
    entity: KBEntity | None
    source: str  # "kb", "model", "coref"
    name: str | None = None  # a derived canonical name (Bhopal Police) when entity is None


@lru_cache(maxsize=1)
def _model() -> object | None:
    try:
        from khabar.ner import load_model
    except ImportError:  # the model is an optional part
        return None
    return load_model()


@lru_cache(maxsize=8)
def _keyed(name: str) -> frozenset[str]:
    return frozenset(norm_alias(w) for w in word_list("hi", name))


@lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    text = resources.files(__package__).joinpath("titles.txt").read_text(encoding="utf-8")
    return frozenset(
        norm_alias(line.split("#", 1)[0]) for line in text.splitlines() if line.split("#", 1)[0].strip()
    )


def _model_spans(text: str) -> list[tuple[int, int, str]]:
    model = _model()
    if model is None:
        return []
    return [(s.start, s.end, s.label) for s in model.tag(text)]  # type: ignore[attr-defined]


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _is_demonym(text: str, start: int, end: int) -> bool:
    return norm_alias(text[start:end]) in _keyed("demonyms")


def _starts_with_demonym(text: str, start: int, end: int) -> bool:
    first = text[start:end].split(" ", 1)[0]
    two = " ".join(text[start:end].split(" ")[:2])
    return norm_alias(first) in _keyed("demonyms") or norm_alias(two) in _keyed("demonyms")


def _extend_org(text: str, toks: list[Word], last_word: int) -> int:
    """Words after a place that make it an organisation (दिल्ली पुलिस): how many (0 if none)."""
    suffixes = _keyed("org_suffixes")
    for size in (2, 1):
        if last_word + size <= len(toks):
            key = " ".join(t.key for t in toks[last_word:last_word + size])
            gap = text[toks[last_word - 1].end:toks[last_word].start]
            if key in suffixes and gap == " ":
                return size
    return 0


def _site_after(text: str, toks: list[Word], last_word: int) -> tuple[int, str] | None:
    """A site named after the place before it (चंडीगढ़ रेलवे स्टेशन): its word count and name pattern."""
    for words_after, pattern in _SITE_AFTER.items():
        size = len(words_after)
        if (
            last_word + size <= len(toks)
            and tuple(t.key for t in toks[last_word:last_word + size]) == words_after
            and text[toks[last_word - 1].end:toks[last_word].start] == " "
        ):
            return size, pattern
    return None


def _plain_name(name: str) -> str:
    """"Punjab, India" -> "Punjab"; "Bijapur (Chhattisgarh)" -> "Bijapur"."""
    return name.split(" (", 1)[0].split(",", 1)[0].strip()


def _weak_ok(text: str, toks: list[Word], m: AliasMatch, candidates: list[KBEntity], model_hit: str | None) -> bool:
    """An alias that is also a common word counts only in context."""
    if model_hit is not None:
        return True
    before = text[:m.start].rstrip(" ")
    after = text[m.end:].lstrip(" ")
    if before.endswith("(") and after.startswith(")"):
        return True  # (भाषा), आम आदमी पार्टी (आप)
    types = {e.type for e in candidates}
    if "PER" in types and m.first_word > 0 and toks[m.first_word - 1].key in _titles():
        return True  # नेता किम, राष्ट्रपति शी
    nxt = toks[m.last_word].key if m.last_word < len(toks) else ""
    gap = text[m.end:toks[m.last_word].start] if m.last_word < len(toks) else ""
    if gap != " ":
        return False
    if "ORG" in types and m.first_word > 0 and toks[m.first_word - 1].key in _ORG_BEFORE:
        return True  # समाचार एजेंसी तास
    if "LOC" in types and nxt in _LOC_CONTEXT:
        return True  # पूर्वोत्तर में, गया के
    return "ORG" in types and nxt in _ORG_CONTEXT


def _country_here(text: str, toks: list[Word], m: AliasMatch) -> bool:
    """तुर्की before a postposition or a break is the country, before a noun the adjective."""
    if m.key not in _COUNTRY_OR_ADJECTIVE:
        return False
    if m.last_word >= len(toks) or text[m.end:toks[m.last_word].start].strip():
        return True
    return toks[m.last_word].key in _POSTPOSITIONS


def _local_country(kb: KnowledgeBase, text: str, toks: list[Word], first_word: int) -> str | None:
    """The country in "<country> के <name>" right before a mention (रूस के विदेश मंत्रालय)."""
    if first_word < 2 or toks[first_word - 1].key not in ("के", "की", "का"):
        return None
    for size in (3, 2, 1):
        if first_word - 1 - size < 0:
            continue
        span = toks[first_word - 1 - size:first_word - 1]
        found = [e for e in kb.lookup(" ".join(t.key for t in span)) if e.type == "LOC" and e.country]
        if found:
            return found[0].country
    return None


# Languages the statistical model was trained for (Devanagari news); others get the knowledge base only.
MODEL_LANGUAGES = frozenset({"hi", "mr", "ne", "und"})


_INDIAN = frozenset({"भारतीय"})


def _foreign_demonym_before(prev_key: str) -> bool:
    """Whether the word before a name is another country's demonym (अमेरिकी, सीरियाई)."""
    return bool(prev_key) and prev_key in _keyed("demonyms") and prev_key not in {norm_alias(w) for w in _INDIAN}


_DIRECTIONS = frozenset({"पूर्वी", "पश्चिमी", "उत्तरी", "दक्षिणी", "उत्तर", "दक्षिण", "पूर्व", "पश्चिम", "मध्य"})


def find_entities(text: str, published: str | None = None, lang: str = "und") -> list[Entity]:
    """Entity mentions of ``text``, linked where the knowledge base knows them."""
    kb = load_kb()
    toks = words(text)
    model = _model_spans(text) if lang in MODEL_LANGUAGES else []
    model_at = {(s, e): lab for s, e, lab in model}
    mentions: list[_Mention] = []
    vetoed: list[tuple[int, int]] = []
    countries: set[str] = set()

    # a person's name the model found whole is not broken up by a place name inside it (भवानी
    # प्रसाद मिश्र, रेखा जैन, केदारनाथ अग्रवाल): the knowledge base's place inside it yields
    intact = [(s, e) for s, e, lab in model if lab == "PER" and len(text[s:e].split()) >= 2]
    # and a region the model found with its direction (पूर्वी लद्दाख, उत्तर गुजरात) keeps it
    intact += [(s, e) for s, e, lab in model if lab == "LOC" and text[s:e].split()[0] in _DIRECTIONS
               and len(text[s:e].split()) == 2]
    for m in gazetteer().find(text, toks):
        candidates = kb.lookup(m.key)
        if any(s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in intact) and \
                all(c.type == "LOC" for c in candidates):
            continue
        model_hit = model_at.get((m.start, m.end))
        if kb.is_ambiguous(m.key) and not _weak_ok(text, toks, m, candidates, model_hit):
            continue
        if _is_demonym(text, m.start, m.end) and not _country_here(text, toks, m):
            continue
        nxt = toks[m.last_word].key if m.last_word < len(toks) else ""
        prev = toks[m.first_word - 1].key if m.first_word > 0 else ""
        in_event = nxt in _EVENT_AFTER and all(e.type != "PER" for e in candidates)
        if nxt in _NOT_AFTER.get(m.key, ()) or prev in _NOT_BEFORE.get(m.key, ()) or in_event:
            vetoed.append((m.start, m.end))  # the model may not tag it either
            continue
        local = _local_country(kb, text, toks, m.first_word)
        entity = best_candidate(candidates, model_hit, {local} if local else countries)
        if entity is None:
            continue
        foreign = _foreign_demonym_before(prev) or (local is not None and local != "IND")
        if foreign and entity.country == "IND" and entity.type == "ORG":
            # अमेरिकी संसद, सीरियाई वायुसेना, ईरान की संसद: another country's, not India's
            vetoed.append((m.start, m.end))
            continue
        start, end, label, name = m.start, m.end, entity.type, None
        if entity.type == "PER" and m.last_word - m.first_word > 1 and toks[m.first_word].key in _titles():
            start = toks[m.first_word + 1].start  # an alias written with its title (डॉ. जितेंद्र सिंह)
        site = _site_after(text, toks, m.last_word) if entity.type == "LOC" else None
        if site is not None:
            size, pattern = site
            end = toks[m.last_word + size - 1].end
            sites = [e for e in kb.lookup(text[start:end]) if e.type == "LOC"]
            if sites:
                entity = sites[0]
            else:
                name = pattern.format(_plain_name(entity.name)) if pattern else None
                mentions.append(_Mention(start, end, "LOC", None, "kb", name))
                continue
        extra = _extend_org(text, toks, m.last_word) if entity.type == "LOC" else 0
        if extra:
            whole = best_candidate(
                [e for e in kb.lookup(text[start:toks[m.last_word + extra - 1].end]) if e.type == "ORG"],
                "ORG", countries,
            )
            suffix = " ".join(t.key for t in toks[m.last_word:m.last_word + extra])
            if whole is not None or suffix not in _SOFT_SUFFIXES:
                if entity.country:
                    countries.add(entity.country)
                if whole is None and suffix == "पुलिस":
                    name = f"{_plain_name(entity.name)} Police"
                end = toks[m.last_word + extra - 1].end
                label, entity = "ORG", whole
        if entity is not None and entity.type == "LOC" and entity.country:
            countries.add(entity.country)
        mentions.append(_Mention(start, end, label, entity, "kb", name))

    titles = _titles()
    tok_starts = [t.start for t in toks]
    for s, e, label in model:
        # a title before the name is not part of it (डॉ. जितेंद्र सिंह, स्ट्राइकर सुनील छेत्री)
        first = bisect_left(tok_starts, s)
        inner = [t for t in toks[first:bisect_left(tok_starts, e, first)] if t.end <= e]
        while inner and inner[0].key in titles:
            inner.pop(0)
        if not inner:
            continue
        s = inner[0].start
        span = (s, e)
        if any(_overlap((m.start, m.end), span) for m in mentions) or any(_overlap(v, span) for v in vetoed):
            continue
        if _is_demonym(text, s, e):
            continue
        entity = link_surface(kb, text[s:e], label, countries)
        if entity is None and _starts_with_demonym(text, s, e):
            continue
        if entity is None and len(inner) == 1 and spelled_letters(inner[0].key.replace(" ", "")):
            continue  # an unknown abbreviation is as often a scheme or a term (एनईपी, ओडीएफ) as a body
        if entity is None and all(kb.is_plain_word(t.key) for t in inner):
            continue  # ordinary words (जनगणना कर्मी, काली खांसी)
        mentions.append(_Mention(s, e, entity.type if entity else label, entity, "model"))

    mentions.sort(key=lambda m: m.start)
    _corefer(text, toks, mentions)
    mentions.sort(key=lambda m: m.start)
    mentions = _merge_adjacent(text, mentions)
    return [
        Entity(m.start, m.end, text[m.start:m.end], m.label, m.entity.id if m.entity else None,
               m.entity.name if m.entity else m.name, m.entity.wikidata if m.entity else None)
        for m in mentions
    ]


def _merge_adjacent(text: str, mentions: list[_Mention]) -> list[_Mention]:
    """Two mentions of the same person side by side are one (योगी आदित्य नाथ)."""
    out: list[_Mention] = []
    for m in mentions:
        last = out[-1] if out else None
        if (
            last is not None and m.entity is not None and last.entity is m.entity and m.label == "PER"
            and last.label == "PER" and text[last.end:m.start] == " "
        ):
            last.end = m.end
            continue
        out.append(m)
    return out


@lru_cache(maxsize=1)
def _not_name_parts() -> frozenset[str]:
    """Words of a full name that never stand for the person alone (सिंह, श्री, के)."""
    return _keyed("name_stopwords") | _titles() | LETTERS | _POSTPOSITIONS


def _corefer(text: str, toks: list[Word], mentions: list[_Mention]) -> None:
    """Short mentions of people named in full earlier: one-word mentions take the identity of the
    latest full name that holds the word (also an unknown one: then they stay unlinked rather than
    linking to a namesake), and missed one-word mentions are added."""
    skip = _not_name_parts()
    parts: dict[str, _Mention] = {}
    surnames: dict[str, _Mention] = {}  # last words, also common ones (सिंह), used after a title
    starts = {t.start: i for i, t in enumerate(toks)}
    for m in mentions:
        keys = norm_alias(text[m.start:m.end]).split(" ")
        i = starts.get(m.start, 0)
        after_title = i > 0 and toks[i - 1].key in _HONORIFICS
        if len(keys) == 1 and m.label == "PER" and after_title and keys[0] in surnames:
            m.entity = surnames[keys[0]].entity  # श्री सिंह after डॉ. जितेंद्र सिंह
            continue
        if len(keys) == 1 and m.label in ("PER", "LOC") and keys[0] in parts:
            full = parts[keys[0]]
            if m.label == "PER" or m.source != "kb" or m.entity is None or m.entity.type != "LOC" or (
                full.entity is not None
            ):
                m.entity, m.label = full.entity, "PER"
            continue
        if m.label == "PER" and len(keys) >= 2:
            surnames[keys[-1]] = m
            for w in keys:
                if len(w) >= 2 and w not in skip:
                    parts[w] = m
    if not parts:
        return
    covered = sorted((m.start, m.end) for m in mentions)
    added: list[_Mention] = []
    for i, t in enumerate(toks):
        named = parts.get(t.key)
        if named is None or named.entity is None or t.start < named.end:
            continue
        if any(_overlap((t.start, t.end), c) for c in covered):
            continue
        if _next_to_mention(text, toks, i, covered):
            continue  # नरेंद्र in नरेंद्र तोमर is part of another name
        added.append(_Mention(t.start, t.end, "PER", named.entity, "coref"))
    mentions.extend(added)


def _next_to_mention(text: str, toks: list[Word], i: int, covered: list[tuple[int, int]]) -> bool:
    for j in (i - 1, i + 1):
        if 0 <= j < len(toks):
            a, b = (toks[j], toks[i]) if j < i else (toks[i], toks[j])
            if text[a.end:b.start] == " " and any(_overlap((toks[j].start, toks[j].end), c) for c in covered):
                return True
    return False


@dataclass(frozen=True, slots=True)
class EntityStage:
    """Adds ``entities``: PER, ORG and LOC mentions with their knowledge-base identity."""

    name: ClassVar[str] = "entities"
    requires: ClassVar[frozenset[str]] = frozenset({"text", "lang"})
    assigns: ClassVar[frozenset[str]] = frozenset({"entities"})

    def __call__(self, article: Article) -> Article:
        return replace(article, entities=tuple(find_entities(article.text, article.published, article.lang)))
