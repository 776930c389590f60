"""Event actors: linked entities or described groups, each with a CAMEO-style code.

A named actor takes its code from the knowledge base's dated roles (Vladimir Putin in 2023 is
RUSGOV), else its country; a described group (पुलिस, किसान, सेना; ``actor_groups.tsv``) takes
the article's country and the group's sector (पुलिस in an Indian story is INDCOP).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from types import MappingProxyType

from khabar.kb import load_kb
from khabar.model import Actor, Entity


@dataclass(frozen=True, slots=True)
class Group:
    word: str
    name: str
    sector: str
    community: bool = False  # named by an adjective (सिख): a group only at the head of its phrase


@lru_cache(maxsize=1)
def groups() -> dict[str, Group]:
    out = {}
    for table, community in (("actor_groups.tsv", False), ("communities.tsv", True)):
        text = resources.files("khabar.lang").joinpath("hi", table).read_text(encoding="utf-8")
        for line in text.splitlines():
            if line.strip() and not line.startswith("#"):
                word, name, sector = line.split("\t")
                word = unicodedata.normalize("NFC", word)
                out[word] = Group(word, name, sector, community)
    return out


def article_country(entities: Sequence[Entity]) -> str | None:
    """The country an article is mostly about: the commonest country among its linked places."""
    kb = load_kb()
    counts: Counter[str] = Counter()
    for e in entities:
        if e.id and e.label == "LOC":
            entity = kb.get(e.id)
            if entity is not None and entity.country:
                counts[entity.country] += 1
    return counts.most_common(1)[0][0] if counts else None


@lru_cache(maxsize=1)
def _titles() -> dict[tuple[str, str], tuple[tuple[str, str, str], ...]]:
    text = resources.files("khabar.kb").joinpath("data", "titles.tsv").read_text(encoding="utf-8")
    table: dict[tuple[str, str], list[tuple[str, str, str]]] = {}
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            country, title, holder, start, end = (line.split("\t") + [""] * 5)[:5]
            table.setdefault((country, title), []).append((holder, start.strip(), end.strip()))
    return {k: tuple(v) for k, v in table.items()}


def title_holder(title: str, country: str | None, when: str | None, text: str) -> Actor | None:
    """The person who held ``title`` (an English group name: "prime minister") in ``country`` on
    the day ``when`` (data/titles.tsv of khabar.kb), as ``text`` names them; None when unknown."""
    if not country or not when:
        return None
    day = when[:10]
    for holder, start, end in _titles().get((country, title), ()):
        if (not start or start <= day) and (not end or day <= end):
            kb = load_kb()
            entity = kb.get(holder)
            if entity is None:
                return None
            return Actor(text=text, id=entity.id, name=entity.name, code=kb.role_code(entity, when) or entity.country)
    return None


def title_of(person: str | None, when: str | None) -> tuple[str, str] | None:
    """The country and title (data/titles.tsv of khabar.kb) that ``person`` (a knowledge-base id)
    held on the day ``when``, else None."""
    if not person or not when:
        return None
    day = when[:10]
    for (country, title), holders in _titles().items():
        for holder, start, end in holders:
            if holder == person and (not start or start <= day) and (not end or day <= end):
                return country, title
    return None


def counterpart(person: Actor, phrase: str, when: str | None) -> Actor | None:
    """"उनके भारतीय समकक्ष": the one holding ``person``'s title in the country the phrase names
    (Marco Rubio's Indian counterpart in 2025 is S. Jaishankar); None when either is unknown."""
    held = title_of(person.id, when)
    side = demonym_country(phrase)
    if held is None or side is None or side[1] == held[0]:
        return None
    return title_holder(held[1], side[1], when, phrase)


def entity_actor(e: Entity, when: str | None) -> Actor:
    code = None
    if e.id:
        kb = load_kb()
        entity = kb.get(e.id)
        if entity is not None:
            code = kb.role_code(entity, when) or entity.country
    return Actor(text=e.text, id=e.id, name=e.name, code=code)


# Adjectives of country (not entities, see khabar/lang/hi/demonyms.txt): the country and its code,
# for a described group (रूसी सेना is RUSMIL) or a phrase that names only the country's side
# (जर्मन दूतावास के उप प्रमुख → Germany).
DEMONYMS: Mapping[str, tuple[str, str]] = MappingProxyType({
    "भारतीय": ("India", "IND"), "भारतीयों": ("India", "IND"), "अमेरिकी": ("United States", "USA"),
    "अमरीकी": ("United States", "USA"),
    "रूसी": ("Russia", "RUS"), "चीनी": ("China", "CHN"), "पाकिस्तानी": ("Pakistan", "PAK"),
    "ब्रिटिश": ("United Kingdom", "GBR"), "फ्रांसीसी": ("France", "FRA"), "जर्मन": ("Germany", "DEU"),
    "जापानी": ("Japan", "JPN"), "इजराइली": ("Israel", "ISR"), "इज़राइली": ("Israel", "ISR"),
    "इस्राइली": ("Israel", "ISR"), "फलस्तीनी": ("Palestine", "PSE"), "फ़लस्तीनी": ("Palestine", "PSE"),
    "फिलिस्तीनी": ("Palestine", "PSE"), "ईरानी": ("Iran", "IRN"), "इराकी": ("Iraq", "IRQ"),
    "यूक्रेनी": ("Ukraine", "UKR"), "यूक्रेनियाई": ("Ukraine", "UKR"), "कनाडाई": ("Canada", "CAN"),
    "बांग्लादेशी": ("Bangladesh", "BGD"), "नेपाली": ("Nepal", "NPL"), "श्रीलंकाई": ("Sri Lanka", "LKA"),
    "मालदीवी": ("Maldives", "MDV"), "मालदीव के": ("Maldives", "MDV"), "अफगान": ("Afghanistan", "AFG"),
    "अफ़ग़ान": ("Afghanistan", "AFG"), "सऊदी": ("Saudi Arabia", "SAU"), "तुर्की": ("Turkey", "TUR"),
    "सीरियाई": ("Syria", "SYR"), "उत्तर कोरियाई": ("North Korea", "PRK"), "दक्षिण कोरियाई": ("South Korea", "KOR"),
    "ऑस्ट्रेलियाई": ("Australia", "AUS"), "म्यांमार": ("Myanmar", "MMR"), "मिस्र": ("Egypt", "EGY"),
})


def demonym_country(text: str) -> tuple[str, str] | None:
    """The country whose adjective a phrase holds (two-word adjectives first), else None."""
    words = text.split()
    for i in range(len(words)):
        found = DEMONYMS.get(" ".join(words[i:i + 2])) or DEMONYMS.get(words[i])
        if found is not None:
            return found
    return None


def country_actor(e: Entity, when: str | None) -> Actor:
    """A place as the party of a visit: its country (a visit to Moscow is a visit to Russia)."""
    actor = entity_actor(e, when)
    if e.id and not e.id.startswith("country:"):
        kb = load_kb()
        entity = kb.get(e.id)
        country = kb.get(f"country:{entity.country}") if entity is not None and entity.country else None
        if country is not None:
            return Actor(text=e.text, id=country.id, name=country.name, code=country.country)
    return actor


def group_actor(text: str, start: int, end: int, country: str | None) -> Actor | None:
    """A described group named in ``text[start:end]`` (its last group word heads the phrase); its
    country is the one the phrase's adjective names (रूसी सेना), else ``country``."""
    table = groups()
    words = text[start:end].split()
    adjective = demonym_country(text[start:end])
    if adjective is not None:
        country = adjective[1]
    for last in range(len(words), 0, -1):  # the rightmost group word heads; two words before one
        for size in (2, 1):
            i = last - size
            if i < 0:
                continue
            key = " ".join(words[i:last])
            group = table.get(key)
            if group is not None and group.community and last < len(words) and words[last] not in AFTER_COMMUNITY:
                continue  # "सिख लड़की": the adjective of another noun, not the community acting
            if group is not None and last < len(words) and words[last] in THING_AFTER:
                continue  # "राष्ट्रीय नागरिक रजिस्टर", "नागरिक उड्डयन": a thing named, not the group
            if group is not None and group.community and i > 0 and _NUMERAL.fullmatch(words[i - 1]):
                continue  # "61 अरब", "दो अरब": a billion, not the Arabs
            if group is not None:
                if size == 1 and key in BODY_WORDS | _PEOPLE_WORDS and i > 0 and words[i - 1] in table:
                    # "किसान संगठनों": the farmers' bodies act for the farmers; "मुस्लिम समुदाय": the Muslims
                    key = words[i - 1]
                elif size == 1 and key in _PEOPLE_WORDS and i > 1 and words[i - 1] == "के" and words[i - 2] in _PLACES:
                    key = _PLACES[words[i - 2]]  # "गांवों के लोग": the villagers
                elif size == 1 and key in MEMBERS and "के" in words[:i] and \
                        (force := next((w for w in words[:i] if w in _FORCES), None)) is not None:
                    key = force  # "भारतीय सेना के दो जवान": the army's soldiers act and suffer as the army
                return described(key, text[start:end], country)
    return None


def described(word: str, text: str, country: str | None) -> Actor:
    """The described group of ``word`` (a key of actor_groups.tsv), as ``text`` names it, with
    ``country``'s code before its sector."""
    group = groups()[word]
    return Actor(text=text, name=group.name, code=f"{country}{group.sector}" if country else group.sector)


# Nouns that make the group word before them the name of a thing (नागरिक रजिस्टर, पुलिस अधिनियम).
THING_AFTER = frozenset({"रजिस्टर", "उड्डयन", "विमानन", "संहिता", "अधिनियम", "कानून"})

# Members of a force, and the forces they belong to ("सेना के जवान", "पुलिस के सिपाही").
MEMBERS = frozenset({"जवान", "जवानों", "सैनिक", "सैनिकों", "पुलिसकर्मी", "पुलिसकर्मियों"})
_FORCES = frozenset({"सेना", "पुलिस", "वायुसेना", "नौसेना"})

# Words for people in general, which a group word before them names (सिख समुदाय, अरब लोगों).
_PEOPLE_WORDS = frozenset({"लोग", "लोगों", "समुदाय", "समुदायों"})

# Places whose people ("गांवों के लोग") are a group of their own.
_PLACES = MappingProxyType({"गांव": "ग्रामीण", "गांवों": "ग्रामीणों", "गाँव": "ग्रामीण", "गाँवों": "ग्रामीणों"})

_NUMERAL = re.compile(r"[\d०-९.,]+|एक|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|बीस|पचास|सौ|हजार|हज़ार|लाख|करोड़")

# What may follow a community that heads its phrase: people, a conjunction, a postposition.
AFTER_COMMUNITY = _PEOPLE_WORDS | frozenset({"और", "तथा", "एवं", ",", "के", "की", "का", "को", "से", "में", "पर", "ने"})

# Words for a body of people, which a group word before them names (किसान संगठनों, डॉक्टर संघ); one
# tagged as a name by itself stands for that group too (khabar.events.roles).
BODY_WORDS = frozenset({"संगठन", "संगठनों", "संघ", "संघों", "यूनियन", "यूनियनों", "समिति", "परिषद", "मंच",
                        "एसोसिएशन", "महासंघ"})
