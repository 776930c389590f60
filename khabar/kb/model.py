"""Records of the knowledge base: frozen dataclasses shared with the rest of khabar."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

__all__ = ["ENTITY_TYPES", "Entity", "KBError", "KBImportError", "Role", "parse_date", "parse_role"]

ENTITY_TYPES = ("PER", "ORG", "LOC")
_CODE_RE = re.compile(r"^[A-Z0-9]{3,24}$")


class KBError(Exception):
    """A problem with the knowledge base or with data given to it."""


class KBImportError(KBError):
    """A row of a user file could not be imported; the message says which row and why."""


@dataclass(frozen=True, slots=True)
class Role:
    """A CAMEO-style actor code held between two dates (inclusive; None means open)."""

    code: str
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)

    def to_text(self) -> str:
        if self.start is None and self.end is None:
            return self.code
        s = self.start.isoformat() if self.start else ""
        e = self.end.isoformat() if self.end else ""
        return f"{self.code} {s}..{e}"


@dataclass(frozen=True, slots=True)
class Entity:
    """A person, organisation or place with its names and dated roles."""

    id: str
    name: str
    type: str
    country: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = field(default_factory=tuple)
    roles: tuple[Role, ...] = field(default_factory=tuple)
    source: str = ""


def parse_date(text: str) -> dt.date:
    """Parse YYYY-MM-DD, YYYY-MM or YYYY (the first day of the period)."""
    t = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t):
            return dt.date.fromisoformat(t)
        if re.fullmatch(r"\d{4}-\d{2}", t):
            return dt.date(int(t[:4]), int(t[5:7]), 1)
        if re.fullmatch(r"\d{4}", t):
            return dt.date(int(t), 1, 1)
    except ValueError as exc:
        raise KBError(f"bad date {text!r}: {exc}") from None
    raise KBError(f"bad date {text!r}: expected YYYY-MM-DD")


def parse_role(text: str) -> Role:
    """Parse "CODE", "CODE 2012-05-07..", "CODE ..2008-05-07" or "CODE 2000-05-07..2008-05-07"."""
    parts = text.strip().split()
    if not parts or len(parts) > 2:
        raise KBError(f"bad role {text!r}: expected 'CODE' or 'CODE START..END'")
    code = parts[0]
    if not _CODE_RE.match(code):
        raise KBError(f"bad role code {code!r}: expected 3 to 24 capital letters or digits")
    if len(parts) == 1:
        return Role(code)
    span = parts[1]
    if ".." not in span:
        raise KBError(f"bad role dates {span!r}: expected START..END (either side may be empty)")
    s_txt, e_txt = span.split("..", 1)
    start = parse_date(s_txt) if s_txt else None
    end = parse_date(e_txt) if e_txt else None
    if start and end and end < start:
        raise KBError(f"bad role dates {span!r}: end before start")
    return Role(code, start, end)
