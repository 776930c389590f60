"""Quotes against gold: quote-span P/R/F1 (overlap) and speaker accuracy over gold quotes.

A speaker is right when the predicted quote matched to a gold quote names the gold speaker: its
linked canonical name, else the words it refers to (a resolved pronoun), else its own words, for
unnamed speakers given in Hindi ("अधिकारी" matches "अधिकारियों").
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any

from khabar.evaluation.corpora import gold_dev, project_gold_set
from khabar.evaluation.foundation import PRF
from khabar.evaluation.names import is_named
from khabar.evaluation.spans import analyze_gold, match_spans, to_clean
from khabar.kb.namekey import name_key
from khabar.model import Actor

__all__ = ["QuoteScores", "figures", "gold_dev", "project_gold", "score_quotes", "speaker_matches"]

_OBLIQUE = re.compile(r"(?:ियों|ियां|ओं|ों|ें|ाओं)$")
_OBLIQUE_I = re.compile(r"ियों$|ियां$")


@dataclass(frozen=True, slots=True)
class QuoteScores:
    spans: PRF
    speaker_right: int
    gold: int
    errors: tuple[str, ...]

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_right / self.gold if self.gold else 1.0


_GENITIVE = {"के": "का", "की": "का"}


def _norm(s: str) -> str:
    """Words compared without inflection: oblique plurals and the genitive's agreement
    ("परिवार के एक सदस्य" = "परिवार का एक सदस्य")."""
    s = unicodedata.normalize("NFC", s).replace("\u200d", "").replace("\u200c", "").casefold()
    return " ".join(_OBLIQUE.sub("", _OBLIQUE_I.sub("ी", _GENITIVE.get(w, w))) for w in s.split())


def _same_person_name(a: str, b: str) -> bool:
    """"Vijay Keshav Gokhale" and "Vijay Gokhale": one name's words within the other's, two at least."""
    wa, wb = a.casefold().split(), b.casefold().split()
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return len(short) >= 2 and short[0] == long_[0] and short[-1] == long_[-1] and set(short) <= set(long_)


def speaker_matches(gold: str, actor: Actor | None) -> bool:
    """The same speaker: the linked name, or the same words, or (for a person the knowledge base
    does not know) the same name across scripts by the phonetic name key."""
    if actor is None:
        return False
    g = _norm(gold)
    if any(candidate and _norm(candidate) == g for candidate in (actor.name, actor.refers_to, actor.text)):
        return True
    if is_named(gold, actor.id):
        return True  # another English name of the linked entity
    key = name_key(gold)
    if not key:
        return False
    if actor.name:
        return name_key(actor.name) == key or _same_person_name(actor.name, gold)  # Zelensky = Zelenskyy
    words = (actor.refers_to or actor.text).split()
    gold_words = gold.split()
    # the name is the last words of the speaker's words (डीसीपी राजीव रंजन), or a surname alone
    endings = {name_key(" ".join(words[i:])) for i in range(len(words))}
    return key in endings or (len(words) == 1 and name_key(gold_words[-1]) in endings)


def score_quotes(records: list[dict[str, Any]]) -> QuoteScores:
    tp = fp = fn = right = total = 0
    errors: list[str] = []
    for record in records:
        a = analyze_gold(record)
        gold = [(to_clean(a, q["start"], q["end"]), q["speaker"]) for q in record["quotes"]]
        found = list(a.quotes)
        pairs = match_spans([g[0] for g in gold], [(q.start, q.end) for q in found])
        tp += len(pairs)
        fn += len(gold) - len(pairs)
        fp += len(found) - len(pairs)
        total += len(gold)
        for gi, (span, speaker) in enumerate(gold):
            q = found[pairs[gi]] if gi in pairs else None
            if q is not None and speaker_matches(speaker, q.speaker):
                right += 1
            else:
                got = (q.speaker.name or q.speaker.refers_to or q.speaker.text) if q and q.speaker else None
                errors.append(f"{record['id']}: gold {speaker!r} found {got!r} "
                              f"{'(no quote)' if q is None else ''} {a.text[span[0]:span[1]][:60]!r}")
    return QuoteScores(PRF(tp, fp, fn), right, total, tuple(errors))


def project_gold() -> list[dict[str, Any]]:
    return project_gold_set("quotes-times")


def figures() -> dict[str, float]:
    out: dict[str, float] = {}
    for name, records in (("gold", project_gold()), ("golddev", gold_dev())):
        s = score_quotes(records)
        out[f"quotes_{name}_speaker_accuracy"] = s.speaker_accuracy
        out[f"quotes_{name}_span_f1"] = s.spans.f1
    return out
