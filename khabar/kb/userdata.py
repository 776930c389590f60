"""Reading and writing user entities (CSV or JSON Lines) with clear errors for bad rows."""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any, TextIO

from .model import ENTITY_TYPES, Entity, KBError, KBImportError, Role, parse_date, parse_role

__all__ = ["entity_from_mapping", "entity_to_json", "read_entities", "slugify"]

_COUNTRY_RE = re.compile(r"^[A-Z]{3}$")
_QID_RE = re.compile(r"^Q[1-9][0-9]*$")
_ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9:_.\-/]{0,199}$")
FIELDS = ("id", "name", "type", "country", "wikidata", "aliases", "roles")


def slugify(name: str) -> str:
    s = re.sub(r"[^0-9a-z]+", "-", name.casefold()).strip("-")
    return s or "x"


def _str(value: Any, what: str) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise KBError(f"{what} must be text, got {type(value).__name__}")
    return value.strip()


def _role(value: Any) -> Role:
    if isinstance(value, str):
        return parse_role(value)
    if isinstance(value, Mapping):
        code = _str(value.get("code"), "role code")
        role = parse_role(code)
        start = _str(value.get("start"), "role start")
        end = _str(value.get("end"), "role end")
        s = parse_date(start) if start else None
        e = parse_date(end) if end else None
        if s and e and e < s:
            raise KBError(f"role {code}: end {end} before start {start}")
        return Role(role.code, s, e)
    raise KBError(f"a role must be text like 'RUSGOV 2012-05-07..' or an object, got {value!r}")


def entity_from_mapping(row: Mapping[str, Any], source: str = "user") -> Entity:
    """Build a validated Entity from a CSV row or JSON object; raises KBError saying what is wrong."""
    unknown = sorted(set(row) - set(FIELDS) - {"source"})
    if unknown:
        raise KBError(f"unknown field(s) {', '.join(unknown)}; allowed: {', '.join(FIELDS)}")
    name = _str(row.get("name"), "name")
    if not name:
        raise KBError("name is missing")
    etype = _str(row.get("type"), "type").upper()
    if etype not in ENTITY_TYPES:
        raise KBError(f"type {row.get('type')!r} is not one of {', '.join(ENTITY_TYPES)}")
    country = _str(row.get("country"), "country").upper()
    if country and not _COUNTRY_RE.match(country):
        raise KBError(f"country {country!r} is not an ISO 3166 alpha-3 code such as IND")
    qid = _str(row.get("wikidata"), "wikidata").upper()
    if qid and not _QID_RE.match(qid):
        raise KBError(f"wikidata {qid!r} is not a Wikidata id such as Q7747")
    ident = _str(row.get("id"), "id") or f"user:{slugify(name)}"
    if not _ID_RE.match(ident):
        raise KBError(f"id {ident!r} may hold only letters, digits and : _ . - /")
    raw_aliases = row.get("aliases")
    aliases: list[str]
    if raw_aliases is None or raw_aliases == "":
        aliases = []
    elif isinstance(raw_aliases, str):
        aliases = [a.strip() for a in raw_aliases.split("|")]
    elif isinstance(raw_aliases, list) and all(isinstance(a, str) for a in raw_aliases):
        aliases = [a.strip() for a in raw_aliases]
    else:
        raise KBError("aliases must be text separated by '|' or a list of texts")
    aliases = [a for a in dict.fromkeys(aliases) if a and a != name]
    raw_roles = row.get("roles")
    roles: list[Role]
    if raw_roles is None or raw_roles == "":
        roles = []
    elif isinstance(raw_roles, str):
        roles = [_role(r) for r in raw_roles.split(";") if r.strip()]
    elif isinstance(raw_roles, list):
        roles = [_role(r) for r in raw_roles]
    else:
        raise KBError("roles must be text like 'RUSGOV 2012-05-07..;RUSELI' or a list")
    return Entity(
        id=ident,
        name=name,
        type=etype,
        country=country or None,
        wikidata=qid or None,
        aliases=tuple(aliases),
        roles=tuple(roles),
        source=_str(row.get("source"), "source") or source,
    )


def entity_to_json(e: Entity) -> dict[str, Any]:
    return {
        "id": e.id,
        "name": e.name,
        "type": e.type,
        "country": e.country,
        "wikidata": e.wikidata,
        "aliases": list(e.aliases),
        "roles": [r.to_text() for r in e.roles],
        "source": e.source,
    }


def _rows(path: Path, fh: TextIO) -> Iterator[tuple[int, Mapping[str, Any]]]:
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        for lineno, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise KBImportError(f"{path}:{lineno}: not valid JSON ({exc.msg})") from None
            if not isinstance(obj, dict):
                raise KBImportError(f"{path}:{lineno}: expected a JSON object per line")
            yield lineno, obj
    elif suffix in (".csv", ".tsv"):
        reader = csv.DictReader(fh, delimiter="\t" if suffix == ".tsv" else ",")
        if reader.fieldnames is None or "name" not in reader.fieldnames:
            raise KBImportError(f"{path}:1: the header must name the columns, at least 'name' and 'type'")
        for row in reader:
            if None in row:
                raise KBImportError(f"{path}:{reader.line_num}: more values than header columns")
            yield reader.line_num, {k: v for k, v in row.items() if v is not None}
    else:
        raise KBImportError(f"{path}: unknown file type {suffix!r}; use .csv, .tsv or .jsonl")


def read_entities(path: str | Path, source: str = "user") -> list[Entity]:
    """Read and validate every row; raise KBImportError at the first bad row (nothing is kept)."""
    p = Path(path)
    out: list[Entity] = []
    try:
        with p.open(encoding="utf-8", newline="") as fh:
            for lineno, row in _rows(p, fh):
                try:
                    out.append(entity_from_mapping(row, source))
                except KBError as exc:
                    raise KBImportError(f"{p}:{lineno}: {exc}") from None
    except OSError as exc:
        raise KBImportError(f"{p}: cannot read ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise KBImportError(f"{p}: not UTF-8 text") from None
    return out
