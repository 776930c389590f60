"""Bytes to text, with a clear error for what is not text.

UTF-8 first; byte-order marks (UTF-8, UTF-16, UTF-32, as in the newsonair CSV files) are
honoured; UTF-16 without a BOM is recognised by its zero bytes; other bytes are read as
Windows-1252 with a warning. Binary files (PDF, images, archives, anything full of control bytes)
and text in legacy Hindi font encodings are refused with a message saying so.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from khabar.errors import InputError, Problem

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"PK\x03\x04", "a ZIP archive or office document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"),
    (b"SQLite format 3", "an SQLite database"),
)
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str
    warnings: tuple[str, ...] = ()


def check_not_binary(text: str) -> None:
    """Raise if a string is full of control characters (a binary file read as text)."""
    sample = text[:8192]
    if sample and len(_CONTROL.findall(sample)) > max(8, len(sample) // 20):
        raise InputError(Problem.BINARY, detail="it is full of control characters")


# High bytes of UTF-16 code units in text: Latin-1 and ASCII, Devanagari, Arabic, punctuation.
_UTF16_HIGH = frozenset({0x00, 0x09, 0x06, 0x20})


def _utf16_without_bom(head: bytes) -> str | None:
    """"utf-16-le"/"utf-16-be" when ``head`` looks like UTF-16 text without a byte-order mark."""
    if len(head) < 8:
        return None
    head = head[: len(head) // 2 * 2]
    pairs = len(head) // 2
    for encoding, high in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if sum(1 for b in high if b in _UTF16_HIGH) > 0.9 * pairs and high.count(0) + high.count(9) > pairs / 2:
            return encoding
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Decode ``data`` to text or raise :class:`InputError` saying why it is not text."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise InputError(Problem.BINARY, detail=f"it starts like {what}")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom):].decode(encoding)
            except UnicodeDecodeError as e:
                detail = f"a {encoding} byte-order mark, then {e.reason}"
                raise InputError(Problem.DECODING, detail=detail) from e
            check_not_binary(text)
            return Decoded(text, encoding)
    encoding16 = _utf16_without_bom(data[:4096])
    if encoding16:
        encoding = encoding16
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError as e:
            raise InputError(Problem.BINARY, detail="it holds zero bytes") from e
        check_not_binary(text)
        return Decoded(text, encoding, (f"no byte-order mark: read as {encoding.upper()}",))
    head = data[:8192]
    control = sum(1 for b in head if b < 9 or 13 < b < 32)
    if control > max(8, len(head) // 20):
        raise InputError(Problem.BINARY, detail=f"{control} of its first {len(head)} bytes are control bytes")
    try:
        text = data.decode("utf-8")
        encoding = "utf-8"
        warnings: tuple[str, ...] = ()
    except UnicodeDecodeError as e:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            raise InputError(
                Problem.DECODING, detail=f"not UTF-8 ({e.reason} at byte {e.start}), nor Windows-1252"
            ) from e
        encoding = "cp1252"
        warnings = (f"not UTF-8 ({e.reason} at byte {e.start}): read as Windows-1252",)
    check_not_binary(text)
    return Decoded(text, encoding, warnings)
