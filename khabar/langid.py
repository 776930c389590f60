"""Language of a whole article: the script first, then CLD2 within a script.

Most Indian scripts belong to one language here (Gujarati, Gurmukhi for Punjabi, Tamil, Telugu,
Kannada, Malayalam, Odia), so the script decides. Devanagari (Hindi, Marathi, Nepali...),
Bengali-Assamese, Arabic (Urdu, Arabic, Persian) and Latin need CLD2 (pycld2), limited to the
languages of that script. Short strings are unreliable: identify whole articles, not names.
"""

from __future__ import annotations

import re

import pycld2

UNDETERMINED = "und"

_SCRIPT_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latin"),
    (0x0400, 0x04FF, "Cyrillic"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x0370, 0x03FF, "Greek"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x4E00, 0x9FFF, "Han"),
    (0x3040, 0x30FF, "Kana"),
    (0xAC00, 0xD7AF, "Hangul"),
)
_SINGLE_LANGUAGE = {
    "Gurmukhi": "pa", "Gujarati": "gu", "Oriya": "or", "Tamil": "ta", "Telugu": "te",
    "Kannada": "kn", "Malayalam": "ml", "Sinhala": "si", "Thai": "th", "Tibetan": "bo",
    "Greek": "el", "Hebrew": "he", "Kana": "ja", "Hangul": "ko",
}
# languages CLD2 may answer within a script, and the default when it cannot tell
_WITHIN = {
    "Devanagari": ({"hi", "mr", "ne", "sa", "kok", "mai", "bh", "new"}, "hi"),
    "Bengali": ({"bn", "as"}, "bn"),
    "Arabic": ({"ur", "ar", "fa", "ps", "sd", "ku"}, "ur"),
    "Cyrillic": ({"ru", "uk", "bg", "sr", "mk", "be", "kk", "ky", "mn", "tg"}, "ru"),
    "Han": ({"zh", "zh-Hant", "ja"}, "zh"),
    "Latin": (None, "en"),
}
_URDU_LETTERS = frozenset("ےٹڈڑںھ")
_SAMPLE = 8000


_SCRIPT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = tuple(
    (name, re.compile("[" + "".join(f"\\u{lo:04x}-\\u{hi:04x}" for lo, hi, n in _SCRIPT_RANGES if n == name)
                      + "]"))
    for name in dict.fromkeys(n for _lo, _hi, n in _SCRIPT_RANGES)
)
_NOT_LETTER = re.compile(r"[\W\d_]+")


def dominant_script(text: str) -> str | None:
    """The script of most letters in ``text`` (None when it has no letters)."""
    sample = _NOT_LETTER.sub("", text[:_SAMPLE])
    if not sample:
        return None
    best, best_count = None, 0
    for name, pattern in _SCRIPT_PATTERNS:
        count = len(pattern.findall(sample))
        if count > best_count:
            best, best_count = name, count
            if count * 2 > len(sample):
                break
    return best


def _cld2(text: str) -> list[str]:
    try:
        _reliable, _bytes, details = pycld2.detect(text[:_SAMPLE], isPlainText=True)
    except pycld2.error:
        return []
    return [code for _name, code, _pct, _score in details if code != "un"]


def identify(text: str) -> str:
    """ISO 639-1 code of the language of ``text`` ("und" when it cannot be told)."""
    script = dominant_script(text)
    if script is None:
        return UNDETERMINED
    if script in _SINGLE_LANGUAGE:
        return _SINGLE_LANGUAGE[script]
    if script not in _WITHIN:
        return UNDETERMINED
    allowed, default = _WITHIN[script]
    if script == "Arabic" and any(ch in _URDU_LETTERS for ch in text[:_SAMPLE]):
        return "ur"
    for code in _cld2(text):
        if allowed is None or code in allowed:
            return "zh" if code == "zh-Hant" else code
    return default
