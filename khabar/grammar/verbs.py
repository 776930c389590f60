"""Tense, negation and modality of Hindi verb groups, read from their endings.

The verb group closes a Hindi clause and carries tense (future -गा/-गी/-गे), possibility
(सकता/सकती/सकते, शायद) and negation (नहीं, न, मत). Stages ask about the words that follow a point
in a sentence, up to the end of its clause.
"""

from __future__ import annotations

import re
from typing import Literal

from khabar.grammar import WORD_END

Tense = Literal["future", "past"]

_FUTURE_ENDINGS = (
    "ेगा", "ेगी", "ेंगे", "ेंगी", "ेगे", "ोगा", "ोगी", "ोगे", "ोंगे", "ोंगी", "ूंगा", "ूंगी", "ूँगा", "ूँगी", "ऊंगा", "ऊँगा",
    "एगा", "एगी", "एंगे", "एँगे", "एंगी", "ओगे", "येगा", "येगी", "येंगे", "ायेगा", "ायेगी", "ायेंगे",
)
_FUTURE_WORDS = frozenset({"will", "shall", "आगामी"})
_GOING_TO = re.compile(r"(?:ने|ना)\s+(?:वाला|वाली|वाले)\s+(?:है|हैं|हो)|ने\s+जा\s+(?:रहा|रही|रहे)\s+(?:है|हैं)")
# Words that point a clause forward without a future verb: "can", "upcoming", "expected", "planned".
_FORWARD = re.compile(
    r"(?<![\u0900-\u097f])(?:सकता|सकती|सकते|सकतीं|होने\s+वाले|होने\s+वाली|होने\s+वाला|उम्मीद\s+है|संभावना\s+है"
    r"|आसार\s+हैं|आसार\s+है|कार्यक्रम\s+है|प्रस्तावित|आगामी)" + WORD_END
)
_HYPOTHETICAL = re.compile(
    r"(?<![\u0900-\u097f])(?:सकता|सकती|सकते|सकतीं|शायद|संभवतः|संभवत:|could|might|may)" + WORD_END
)
_NEGATION = re.compile(r"(?<![\u0900-\u097f])(?:नहीं|नही|न|ना|मत|not|never|no)" + WORD_END)
# "… सज़ा सुनाई है और भारत … देगा": और after an auxiliary opens the next clause
_AND_AFTER_VERB = "|".join(rf"(?<=\s{w})\sऔर\s" for w in ("है", "हैं", "था", "थे", "थी", "गया", "गई", "गए"))
_CLAUSE_END = re.compile(r"[,;।॥?!]|\.(?:\s|$)|\s(?:कि|लेकिन|जबकि|परंतु|किंतु|मगर|क्योंकि|ताकि|जब|तब"
                         r"|जिसके|जिसमें|जिससे|जिनके|जिनमें|जिनसे)\s|" + _AND_AFTER_VERB)  # (… जिसके तहत: a relative)
_WORD = re.compile(r"[^\s,;।॥?!.\"'()]+")


def clause_after(text: str, start: int, limit: int | None = None) -> str:
    """The words from ``start`` to the end of their clause (or ``limit``)."""
    end = len(text) if limit is None else limit
    match = _CLAUSE_END.search(text, start, end)
    return text[start:match.start() if match else end]


def is_future_word(word: str) -> bool:
    return word.endswith(_FUTURE_ENDINGS) or word.lower() in _FUTURE_WORDS


def tense_of(words: str) -> Tense | None:
    """"future" when the words hold a future verb form, "past" when they hold any other verb-like
    word, None for an empty string."""
    if not words.strip():
        return None
    if _GOING_TO.search(words) or any(is_future_word(w) for w in _WORD.findall(words)):
        return "future"
    return "past"


def points_forward(words: str) -> bool:
    """Whether a clause speaks of what is still to come: a future verb, or "can", "upcoming",
    "expected" (for placing its dates, not for an event's modality)."""
    return tense_of(words) == "future" or bool(_FORWARD.search(words))


def is_hypothetical(words: str) -> bool:
    return bool(_HYPOTHETICAL.search(words))


def is_negated(words: str) -> bool:
    return bool(_NEGATION.search(words))
