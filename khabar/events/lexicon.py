"""The Hindi PLOVER lexicon (``khabar/lang/hi/plover.tsv``) compiled to patterns.

Each line is ``TYPE<TAB>mode<TAB>expression``; the expression syntax is described at the top of
the file. A user file ``$KHABAR_HOME/plover.tsv`` in the same format adds expressions without
touching the code. Patterns are indexed by their first literal word so that a sentence is only
tried against the expressions whose first word it holds.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from khabar.kb import khabar_home

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
    "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)
# The modes each type may carry (shared/docs/events.md).
PLOVER_MODES: dict[str, frozenset[str]] = {
    "AGREE": frozenset(), "SUPPORT": frozenset(), "CONCEDE": frozenset(), "COOPERATE": frozenset(), "AID": frozenset(),
    "CONSULT": frozenset({"visit", "third-party", "multilateral", "phone"}),
    "RETREAT": frozenset({"withdraw", "release", "disarm", "ceasefire", "access", "resign"}),
    "REQUEST": frozenset({"assist", "change", "yield", "meet"}),
    "ACCUSE": frozenset({"disapprove", "investigate", "allege"}),
    "REJECT": frozenset({"assist", "change", "yield", "meet"}),
    "THREATEN": frozenset({"restrict", "arrest", "relations", "expel", "territory", "violence"}),
    "PROTEST": frozenset({"demo", "riot", "strike", "hunger", "boycott", "obstruct", "vandalize"}),
    "SANCTION": frozenset({"convict", "expel", "withdraw", "discontinue"}),
    "MOBILIZE": frozenset({"troops", "weapons", "police", "militia"}),
    "COERCE": frozenset({"seize", "restrict", "censor", "curfew", "martial-law", "arrest", "deport", "withhold",
                         "misinformation", "cyber"}),
    "ASSAULT": frozenset({"abduct", "beat", "torture", "sexual", "targeted", "destroy", "primitive", "firearms",
                          "explosives", "suicide-attack", "aerial", "drone", "heavy-weapons", "crowd-control",
                          "unconventional"}),
}
_W = r"\u0900-\u0963\u0966-\u097f\w"
_NEG = r"(?:\s+(?:नहीं|न))?"
_GAP = r"(?:\s+[^\s।॥.?!,;]+){0,4}?"
_STEM_ENDINGS = "(?:ेंगे|ेंगी|ेगा|ेगी|ाया|ाये|ाकर|ाईं|ाई|ायीं|ायी|ाए|कर|ना|ने|नी|ते|ती|ता|ीं|ें|या|ये|ए|ईं|ई|ा|ी|े|ो)?"
# Forms of the light verbs: the first is the stem; the rest are listed because they are irregular.
_LIGHT = {
    "कर": "कर करना करने करनी करते करती करता किया किए किये की कीं करेगा करेगी करेंगे करेंगी करें करे करके करवाया",
    "दे": "दे देना देने देनी देते देती देता दिया दिए दिये दी दीं देगा देगी देंगे देंगी दें दे देकर",
    "ले": "ले लेना लेने लेते लेती लेता लिया लिए लिये ली लीं लेगा लेगी लेंगे लें लेकर",
    "हो": "हो होना होने होते होती होता हुआ हुए हुई हुईं होगा होगी होंगे होंगी हों होकर",
    "जा": "जा जाना जाने जाते जाती जाता गया गए गये गई गयी गईं जाएगा जाएगी जाएंगे जाएं जाकर",
    "मान": "मान माना माने मानी मानते मानती मानता मानेगा मानेंगे मानकर",
    "मांग": "मांग मांगा मांगे मांगी मांगीं मांगने मांगते मांगती मांगता मांगेगा मांगेंगे मांगकर",
    "बुला": "बुला बुलाया बुलाए बुलाये बुलाई बुलाने बुलाते बुलाता बुलाएगा बुलाएंगे",
}
_VERB_ENDINGS = ("ा", "ी", "ीं", "े", "ें", "ना", "ने", "नी", "ते", "ती", "ता", "ेगा", "ेगी", "ेंगे", "ेंगी",
                 "ाया", "ाए", "ाये", "ाई", "ाईं", "ाने", "ाते", "ाता", "ाती", "ाएगा", "ाएंगे", "कर",
                 # stems that end in a vowel sign (जता, लगा, पहुंचा): जताई, लगाया, पहुंचाए
                 "या", "ये", "ई", "ईं", "ए", "एं", "एगा", "एगी", "एंगे", "ओ",
                 "यी", "यीं")  # पहुंचायी, लगायी: the spelling of ई after a vowel that agency copy uses


@dataclass(frozen=True, slots=True, eq=False)
class Expression:
    type: str
    mode: str | None
    source: str  # the expression as written
    pattern: re.Pattern[str]
    anchor: str  # a literal first word, for the index
    anchors: tuple[str, ...]  # the literal forms of all alternatives of the first word
    length: int  # number of words, to prefer longer matches
    nominal: bool = False  # no verb in it (हमला, यात्रा): an event noun


def _light_forms(stem: str) -> str:
    forms = _LIGHT.get(stem)
    if forms is None:
        forms = " ".join([stem, *(stem + e for e in _VERB_ENDINGS)])
    return "|".join(sorted(set(forms.split()), key=len, reverse=True))


def _word_regex(word: str) -> tuple[str, list[str]]:
    """Regex for one word of an expression, and its literal first forms (for the index)."""
    if word == "…":
        return _GAP, []
    alternatives = word.split("|")
    parts, literals = [], []
    for alt in alternatives:
        alt = unicodedata.normalize("NFC", alt)
        if alt.startswith("{") and alt.endswith("}"):
            parts.append(rf"{_NEG}\s+(?:{_light_forms(alt[1:-1])})")
            continue
        if alt.endswith("~"):
            stem = re.escape(alt[:-1])
            parts.append(rf"{_NEG}\s+{stem}{_STEM_ENDINGS}")
            literals.append(alt[:-1])
        elif alt.endswith("*"):
            parts.append(rf"\s+{re.escape(alt[:-1])}[{_W}]*")
            literals.append(alt[:-1])
        else:
            parts.append(r"\s+" + re.escape(alt).replace(r"\ ", r"\s+"))
            literals.append(alt.split()[0])
    return "(?:" + "|".join(parts) + ")", literals


def compile_expression(type_: str, mode: str | None, source: str) -> Expression:
    words = source.split()
    # "{X}|{Y}" alternatives of light verbs are written as separate words joined by "|"
    merged: list[str] = []
    for w in words:
        if merged and (w.startswith("|") or merged[-1].endswith("|")):
            merged[-1] += w
        else:
            merged.append(w)
    regexes: list[str] = []
    firsts: list[str] = []
    for i, w in enumerate(merged):
        rx, literals = _word_regex(w)
        regexes.append(rx)
        if i == 0:
            # a first word with a light-verb or gap alternative has no literal: always tried
            firsts = literals if len(literals) == len(w.split("|")) else []
    # every word's regex starts with white space: patterns are matched against " " + sentence
    pattern = re.compile("".join(regexes) + rf"(?![{_W}])")
    nominal = not any(w.endswith("~") or "{" in w for w in merged)
    anchor = firsts[0] if firsts else ""
    return Expression(type_, mode or None, source, pattern, anchor, tuple(firsts), len(merged), nominal)


def type_and_mode(head: str) -> tuple[str, str | None]:
    """A gold label's head, "ASSAULT firearms" or "REQUEST" or "REQUEST -", as a PLOVER type and
    mode; ValueError when either is not PLOVER's."""
    words = head.split()
    if not words:
        raise ValueError("no type")
    etype = words[0]
    mode = words[1] if len(words) > 1 and words[1] != "-" else None
    if etype not in PLOVER_MODES:
        raise ValueError(f"unknown type {etype!r}")
    if mode is not None and mode not in PLOVER_MODES[etype]:
        raise ValueError(f"mode {mode!r} is not a mode of {etype}")
    return etype, mode


def _parse(text: str) -> list[Expression]:
    out = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 3 or cols[0] not in PLOVER_TYPES:
            raise ValueError(f"plover lexicon line {number}: expected TYPE<TAB>mode<TAB>expression, got {line!r}")
        mode = cols[1].strip()
        if mode and mode not in PLOVER_MODES[cols[0]]:
            raise ValueError(f"plover lexicon line {number}: {cols[0]} has no mode {mode!r}")
        out.append(compile_expression(cols[0], mode or None, cols[2].strip()))
    return out


@lru_cache(maxsize=1)
def lexicon() -> tuple[Expression, ...]:
    shipped = resources.files("khabar.lang").joinpath("hi", "plover.tsv").read_text(encoding="utf-8")
    expressions = _parse(shipped)
    user = Path(khabar_home()) / "plover.tsv"
    if user.exists():
        expressions.extend(_parse(user.read_text(encoding="utf-8")))
    return tuple(expressions)


# (first-word literal -> expression indexes, always-tried indexes, longest literal, a memo of the
# indexes each sentence word selects, filled as words are met)
Index = tuple[dict[str, tuple[int, ...]], tuple[int, ...], int, dict[str, tuple[int, ...]]]


@lru_cache(maxsize=4)
def anchor_index(expressions: tuple[Expression, ...]) -> Index:
    """Indexes of ``expressions`` (:func:`lexicon`) by the literal forms their first word starts
    with, the expressions to try always (no literal first word), and the longest literal's length."""
    by_anchor: dict[str, list[int]] = {}
    always: list[int] = []
    for i, expr in enumerate(expressions):
        if not expr.anchors:
            always.append(i)
        for a in set(expr.anchors):
            by_anchor.setdefault(a, []).append(i)
    longest = max((len(a) for a in by_anchor), default=0)
    return {a: tuple(ids) for a, ids in by_anchor.items()}, tuple(always), longest, {}
