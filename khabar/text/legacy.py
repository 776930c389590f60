"""Legacy Hindi font encodings.

Devanagari typed in a font (Kruti Dev and its kind) that maps Latin letters to glyphs is
stored as Latin letters: the file holds "gS" for है and "esa" for में. Such text must be
converted to Unicode before analysis; this module only recognises it, to say so clearly.
"""

from __future__ import annotations

import re

# The commonest Hindi words as the Kruti Dev 010 keyboard types them: है हैं में की के का को से
# और ने कि यह पर भी नहीं एक था थी तो हो गया लिए इस साथ
_KRUTI_WORDS = frozenset(
    [
        "gS",
        "gSa",
        "esa",
        "dh",
        "ds",
        "dk",
        "dks",
        "ls",
        "vkSj",
        "us",
        "fd",
        ";g",
        "ij",
        "Hkh",
        "ugha",
        ",d",
        "Fkk",
        "Fkh",
        "rks",
        "gks",
        "x;k",
        "fy,",
        "bl",
        "lkFk",
        "gSA",
        "FkkA",
        "FkhA",
        "x;kA",
        "fd;k",
        "gqvk",
    ]
)
_TOKEN = re.compile(r"\S+")


def legacy_font_evidence(text: str) -> str | None:
    """A short description of the evidence if ``text`` looks like Kruti Dev-style Hindi, else None."""
    sample = text[:20000]
    tokens = _TOKEN.findall(sample)
    if len(tokens) < 5:
        return None
    ascii_tokens = sum(1 for t in tokens if t.isascii())
    if ascii_tokens < 0.8 * len(tokens):
        return None
    hits = [t for t in tokens if t.rstrip(",.") in _KRUTI_WORDS]
    if len(hits) >= max(3, 0.12 * len(tokens)):
        shown = ", ".join(dict.fromkeys(hits[:40]))
        return (
            f"{len(hits)} of {len(tokens)} words are Kruti Dev spellings of common Hindi words ({shown[:60]})"
        )
    return None
