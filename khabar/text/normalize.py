"""Normalisation of raw text that keeps offsets honest.

Every character of the normalised text remembers where it came from in the raw text
(:class:`Normalized.source`), so evidence can be traced back and gold annotations made on raw
text can be carried onto the clean text.

What changes, and why:
- Unicode NFC. Devanagari letters with a nukta are composition exclusions, so NFC writes
  क़ (U+0958) as क + ़ (U+0915 U+093C): one spelling for both input forms.
- Invisible characters are removed: zero-width joiner and non-joiner, zero-width space, word
  joiner, byte-order marks, soft hyphens, bidirectional controls, C0/C1 control characters and
  lone surrogates.
- Every Unicode space becomes " "; runs of spaces and tabs become one space; every line break
  (CR, LF, CRLF, NEL, U+2028/2029, VT, FF) becomes "\\n"; lines are stripped and blank lines
  dropped, so paragraphs are the lines of the text.
- Quotation-mark variants become ASCII: “ ” „ ‟ « » ″ ＂ → '"', ‘ ’ ‚ ‛ ′ ＇ → "'".
- A vertical bar typed for a danda after Devanagari ("है |") becomes "।".
Devanagari digits stay as written; :mod:`khabar.text.digits` reads them where numbers matter.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass

_DELETE = (
    [0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD, 0x200E, 0x200F, 0x061C, 0xFFFD]
    + list(range(0x202A, 0x202F))
    + list(range(0x2066, 0x206A))
    + [c for c in range(0x20) if c not in (0x09, 0x0A, 0x0B, 0x0C, 0x0D)]
    + [0x7F]
    + [c for c in range(0x80, 0xA0) if c != 0x85]
    + list(range(0xD800, 0xE000))  # lone surrogates: not characters, cannot even be encoded
)
_SPACES = [0x09, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x202F, 0x205F, 0x3000]
_BREAKS = [0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029]
_DOUBLE_QUOTES = "“”„‟«»″＂〝〞"
_SINGLE_QUOTES = "‘’‚‛′＇"

_TABLE: dict[int, str | None] = dict.fromkeys(_DELETE)
_TABLE.update(dict.fromkeys(_SPACES, " "))
_TABLE.update(dict.fromkeys(_BREAKS, "\n"))
_TABLE.update({ord(c): '"' for c in _DOUBLE_QUOTES})
_TABLE.update({ord(c): "'" for c in _SINGLE_QUOTES})

_SPECIAL = re.compile(
    "[" + "".join(re.escape(chr(c)) for c in sorted(_TABLE)) + "]"
)
_TOKEN = re.compile(r"[^\s]+|[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+|\s+")
_DANDA_BAR = re.compile(r"(?<=[\u0900-\u097F]) ?\|(?= *$| +[\u0900-\u097F])", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Normalized:
    """Normalised text and, per character, its index in the raw text."""

    text: str
    source: tuple[int, ...]
    raw: str = ""

    def raw_text(self, start: int, end: int) -> str:
        """The raw text that the clean span ``[start, end)`` came from, verbatim (with the
        invisible characters that were removed right after it)."""
        s, e = self.to_source(start, end)
        while e < len(self.raw) and not self.raw[e].isspace() and ord(self.raw[e]) in _TABLE:
            e += 1
        return self.raw[s:e]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """The raw span that the clean span ``[start, end)`` came from."""
        if start >= end:
            pos = self.source[start] if start < len(self.source) else self._raw_end()
            return pos, pos
        return self.source[start], self.source[end - 1] + 1

    def from_source(self, start: int, end: int) -> tuple[int, int]:
        """The clean span covering the raw span ``[start, end)`` (gold offsets on raw text)."""
        lo = bisect.bisect_left(self.source, start)
        hi = bisect.bisect_left(self.source, end)
        return lo, max(lo, hi)

    def _raw_end(self) -> int:
        return self.source[-1] + 1 if self.source else 0


def _cluster_map(token: str, pos: int) -> tuple[str, list[int]] | None:
    """The cleaned token and, per character, its exact raw index: removals and replacements are
    one character for one, and NFC is applied per cluster (a base letter and its combining marks),
    each output character mapped into its cluster. None when clusters interact under NFC."""
    chars: list[tuple[str, int]] = []
    for j, ch in enumerate(token):
        t = _TABLE.get(ord(ch), ch)
        if t:
            chars.append((t, pos + j))
    text_out: list[str] = []
    offsets: list[int] = []
    i = 0
    while i < len(chars):
        k = i + 1
        while k < len(chars) and unicodedata.combining(chars[k][0]):
            k += 1
        cluster = "".join(c for c, _ in chars[i:k])
        first, last = chars[i][1], chars[k - 1][1]
        if unicodedata.is_normalized("NFC", cluster):
            text_out.append(cluster)
            offsets.extend(o for _, o in chars[i:k])
        else:
            done = unicodedata.normalize("NFC", cluster)
            text_out.append(done)
            offsets.extend([first] * (len(done) - 1) + [last] if done else [])
        i = k
    result = "".join(text_out)
    if not unicodedata.is_normalized("NFC", result):
        return None
    return result, offsets


def _clean_token(token: str) -> str:
    if _SPECIAL.search(token):
        token = token.translate(_TABLE)
    if not token.isascii() and not unicodedata.is_normalized("NFC", token):
        token = unicodedata.normalize("NFC", token)
    return token


# Text that needs no change at all: no special character, no stray white space, NFC.
_UNCLEAN_SPACE = re.compile(r"[ \t]{2,}|^[ \t]|[ \t]$|\n[ \t]*\n|\n[ \t]*$|\t|^\n", re.MULTILINE)


def _already_clean(raw: str) -> bool:
    return (
        _SPECIAL.search(raw) is None
        and "|" not in raw
        and _UNCLEAN_SPACE.search(raw) is None
        and not raw.endswith("\n")
        and (raw.isascii() or unicodedata.is_normalized("NFC", raw))
    )


def normalize(raw: str) -> Normalized:
    """Normalise ``raw`` (see the module docstring), keeping a map back to it."""
    if _already_clean(raw):
        return Normalized(text=raw, source=tuple(range(len(raw))), raw=raw)
    return normalize_tokens(raw)


def normalize_tokens(raw: str) -> Normalized:
    """The general path of :func:`normalize`, token by token (also for text already clean)."""
    original = raw
    raw = _DANDA_BAR.sub(lambda m: m.group(0).replace("|", "।"), raw)
    pieces: list[str] = []
    source: list[int] = []
    pending_space = -1  # raw index of a space run waiting for a following word
    pending_break = -1  # raw index of a line break waiting for a following word
    for match in _TOKEN.finditer(raw):
        token = match.group(0)
        pos = match.start()
        if token.isspace():
            cleaned_ws = token.translate(_TABLE)
            if "\n" in cleaned_ws:
                if pending_break < 0:
                    pending_break = pos + cleaned_ws.index("\n")
            elif pending_space < 0:
                pending_space = pos
            continue
        cleaned = _clean_token(token)
        if "\n" in cleaned or " " in cleaned:
            # a control character turned into a break or space inside a token: re-tokenise it
            sub = normalize(cleaned)
            if not sub.text:
                continue
            cleaned, offsets = sub.text, [pos + min(i, len(token) - 1) for i in sub.source]
        elif not cleaned:
            continue
        elif len(cleaned) == len(token):
            offsets = list(range(pos, pos + len(token)))
        else:
            exact = _cluster_map(token, pos)
            if exact is not None and exact[0] == cleaned:
                offsets = exact[1]
            else:
                # no exact map: map each character into the token's range, the last one onto the
                # token's last character so that a span's source covers the token
                last = len(token) - 1
                offsets = [pos + min(i, last) for i in range(len(cleaned) - 1)] + [pos + last]
        if pieces:
            if pending_break >= 0:
                pieces.append("\n")
                source.append(pending_break)
            elif pending_space >= 0:
                pieces.append(" ")
                source.append(pending_space)
        pending_space = pending_break = -1
        pieces.append(cleaned)
        source.extend(offsets)
    text = "".join(pieces)
    return Normalized(text=text, source=tuple(source), raw=original)
