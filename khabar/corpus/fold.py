"""The folded form that search, dedup and stories compare: one spelling for spelling variants.

Hindi is written with optional marks: a nukta (ज़ / ज), chandrabindu or anusvara (हँसी / हंसी),
zero-width joiners, and Devanagari or ASCII digits. Folding removes the nukta, writes every
chandrabindu as an anusvara, drops invisible joiners, maps Indic digits to ASCII and lower-cases
Latin letters. Both the indexed text and a query are folded, so every variant finds every other.
"""

from __future__ import annotations

import re
import unicodedata

_NUKTA = "\u093c"
_TABLE = {
    ord(_NUKTA): None,
    0x0901: 0x0902,  # chandrabindu -> anusvara
    0x200B: None, 0x200C: None, 0x200D: None, 0x2060: None, 0xFEFF: None, 0x00AD: None,
    **{0x0966 + i: 0x30 + i for i in range(10)},  # Devanagari digits
}
# A word: letters, digits and the combining marks of the Indic scripts (Python's \w leaves the
# vowel signs out); the dandas (U+0964, U+0965) separate.
_WORD = re.compile(r"(?:[^\W_]|[\u0900-\u0963\u0966-\u0dff])+")


def fold(text: str) -> str:
    """``text`` with spelling variants made equal (see the module docstring)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", decomposed.translate(_TABLE)).lower()


def words(text: str) -> list[str]:
    """The folded words of ``text``, in order."""
    return _WORD.findall(fold(text))
