"""The PLOVER coder: triggers from the lexicon, roles from postpositions and clause structure.

For each sentence, every lexicon expression whose first word the sentence holds is tried; longer
matches win over shorter overlapping ones. Within the trigger's clause (back to a comma, कि,
लेकिन...), the doer is the noun phrase before ने (or an ergative pronoun, or द्वारा in a passive, or
an unmarked subject at the clause start); the other party is marked by को, से, के साथ, पर or के
खिलाफ, in the order the event type prefers, or by a genitive right before a nominal trigger (X की
यात्रा, X पर हमला). Negation, future and possibility are read from the verb group after the
trigger; the date from the sentence's times, else the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from khabar.events.actors import article_country, entity_actor, group_actor
from khabar.events.lexicon import Expression, lexicon
from khabar.grammar.phrases import np_before
from khabar.grammar.verbs import clause_after, is_hypothetical, is_negated, tense_of
from khabar.model import Actor, Article, Entity, Event, Span, Trigger

_CLAUSE_START = re.compile(r"[,;:]\s|\s(?:कि|लेकिन|जबकि|परंतु|किंतु|मगर|क्योंकि|ताकि|तथा)\s")
_PARTICIPLE = re.compile(r"\s+(?:करते|करती|देते|लेते|होते)?\s*(?:हुए|हुये)\s")
_MARKER = re.compile(
    r"(?<=\s)(?P<m>ने|को|से|के\s+साथ|पर|के\s+खिलाफ|के\s+ख़िलाफ़|के\s+विरुद्ध|द्वारा|की|के|का)(?=\s)"
)
_ERGATIVE = re.compile(r"(?<![\u0900-\u097f])(?:उन्होंने|उसने|इन्होंने|इसने|हमने)(?![\u0900-\u097f])")
_VECTOR = re.compile(r"(?:\s+(?:लिया|ली|लिए|लीं|दिया|दी|दिए|दीं|गया|गई|गए|गईं|डाला|डाली|डाले|चुका|चुकी|चुके))+")
_TARGET_MARKERS = {
    "CONSULT": ("से", "के साथ", "को", "की", "का", "के"),
    "REQUEST": ("से", "को"),
    "ACCUSE": ("पर", "के खिलाफ", "के ख़िलाफ़", "को", "की"),
    "ASSAULT": ("पर", "को", "के खिलाफ", "की"),
    "THREATEN": ("को", "के खिलाफ"),
    "SANCTION": ("पर", "के खिलाफ", "को"),
    "COERCE": ("को", "की"),
    "AID": ("को",),
    "SUPPORT": ("की", "का", "को"),
    "REJECT": ("को", "का", "की"),
    "AGREE": ("को", "का", "की"),
    "COOPERATE": ("के साथ", "से"),
}
_DEFAULT_TARGETS = ("को", "से", "पर", "के साथ", "के खिलाफ")
_POSTPOSITIONS = frozenset({"के", "की", "का", "को", "से", "में", "पर", "ने", "तक"})
# Words that show a phrase is not a party to an event (times, places in general, abstractions).
_NOT_ACTOR = frozenset({"दौरान", "बाद", "पहले", "लिए", "बारे", "तहत", "मामले", "मुद्दे", "समय", "साल", "दिन",
                        "आज", "कल", "इस", "उस", "यह", "वह", "जो", "बात", "तरह", "रूप"})
# Types where two conjoined doers (भारत और अमेरिका ने … हस्ताक्षर किए) act on each other.
_MUTUAL = frozenset({"CONSULT", "COOPERATE", "AGREE", "REJECT"})


@dataclass(frozen=True, slots=True)
class _Hit:
    start: int
    end: int
    expression: Expression


def _triggers(text: str, sentence: Span) -> list[_Hit]:
    chunk = text[sentence.start:sentence.end]
    padded = " " + chunk
    hits: list[_Hit] = []
    for expr in lexicon():
        if expr.anchor and expr.anchor not in chunk:
            continue
        for m in expr.pattern.finditer(padded):
            s = m.start()
            while s < m.end() and padded[s].isspace():
                s += 1
            hits.append(_Hit(sentence.start + s - 1, sentence.start + m.end() - 1, expr))
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    chosen: list[_Hit] = []
    for h in hits:
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            chosen.append(h)
    return sorted(chosen, key=lambda h: h.start)


def _clause_start(text: str, sentence: Span, pos: int) -> int:
    start = sentence.start
    for m in _CLAUSE_START.finditer(text, sentence.start, pos):
        start = m.end()
    return start


class _Roles:
    def __init__(self, article: Article, country: str | None) -> None:
        self.a = article
        self.country = country

    def actor(self, start: int, end: int) -> list[Actor]:
        """Actors named in ``[start, end)``: its entities (several when conjoined), else a group."""
        inside = [e for e in self.a.entities if start <= e.start and e.end <= end]
        text = self.a.text
        if inside:
            last = inside[-1]
            if text[last.end:end].strip() and (group := group_actor(text, last.end, end, self.country)):
                return [group]  # रूस की सेना: the army, not Russia
            conjoined = [e for e in inside if not text[e.end:end].strip() or _joined(text, e, inside)]
            return [entity_actor(e, self.a.published) for e in (conjoined or [last])]
        group = group_actor(text, start, end, self.country)
        if group is not None:
            return [group]
        words = text[start:end].split()
        if 1 <= len(words) <= 4 and not set(words) & _NOT_ACTOR:
            return [Actor(text=text[start:end])]  # a described party the tables do not know
        return []

    def roles(self, hit: _Hit, sentence: Span) -> tuple[list[Actor], Actor | None]:
        text = self.a.text
        floor = _clause_start(text, sentence, hit.start)
        sources: list[Actor] = []
        marked: list[tuple[str, int, int]] = []
        for m in _MARKER.finditer(text, floor, hit.start):
            np = np_before(text, m.start(), floor)
            if np is not None:
                marked.append((" ".join(m.group("m").split()), np[0], np[1]))
        for marker in ("ने", "द्वारा"):
            hits = [x for x in marked if x[0] == marker]
            if hits:
                sources = self.actor(hits[-1][1], hits[-1][2])
                break
        if not sources:
            ergative = list(_ERGATIVE.finditer(text, floor, hit.start))
            if ergative:
                sources = self._pronoun(ergative[-1].start())
        if not sources:
            sources = self._unmarked_subject(floor, hit.start)
        if not sources and _PARTICIPLE.match(text, hit.end):
            sources = self._subject_after(hit.end, sentence.end)
        used = {(s.text) for s in sources}
        target = None
        preferred = _TARGET_MARKERS.get(hit.expression.type, _DEFAULT_TARGETS)
        if hit.expression.length == 1:
            preferred = ("की", "का", "के", *preferred)  # a nominal trigger: X की यात्रा, X पर हमला
        for marker in (*preferred, *(m for m in _DEFAULT_TARGETS if m not in preferred)):
            for mk, s, e in reversed(marked):
                if mk != marker:
                    continue
                if mk in ("की", "का", "के") and not text[e:hit.start].strip().startswith(mk):
                    continue  # a genitive names the other party only right before the trigger
                actors = [x for x in self.actor(s, e) if x.text not in used]
                if actors:
                    target = actors[0]
                    break
            if target is not None:
                break
        return sources, target

    def _subject_after(self, start: int, end: int) -> list[Actor]:
        """"X की मेजबानी करते हुए पुतिन ने …": a participle's doer is the ने-subject that follows."""
        text = self.a.text
        ne = re.search(r"\sने\s", text[start:end])
        if ne is None:
            return []
        np = np_before(text, start + ne.start(), start)
        return self.actor(*np) if np else []

    def _pronoun(self, pos: int) -> list[Actor]:
        people = [e for e in self.a.entities if e.end <= pos and e.label in ("PER", "ORG")]
        return [entity_actor(people[-1], self.a.published)] if people else []

    def _unmarked_subject(self, floor: int, trigger: int) -> list[Actor]:
        """A subject without ने at the clause start: "किसान सड़कों पर उतरे", "रूस हमला कर सकता है"."""
        text = self.a.text
        first = [e for e in self.a.entities if floor <= e.start < trigger]
        if first:
            e = first[0]
            after = text[e.end:e.end + 6].split()
            lead = text[floor:e.start].split()
            if len(lead) <= 3 and not set(lead) & _POSTPOSITIONS and (not after or after[0] not in _POSTPOSITIONS):
                conjoined = [x for x in first if x is e or _joined(text, x, first) or
                             text[first[0].end:x.start].strip() in ("और", "तथा", ",")]
                return [entity_actor(x, self.a.published) for x in conjoined[:2]]
        words = text[floor:trigger].split()
        if words:
            head_end = floor + len(text[floor:trigger]) - len(text[floor:trigger].lstrip())
            group = group_actor(text, head_end, head_end + len(words[0]), self.country)
            if group is not None and (len(words) < 2 or words[1] not in ("के", "की", "का", "को", "से", "में", "पर")):
                return [group]
        return []


def _joined(text: str, e: Entity, inside: Sequence[Entity]) -> bool:
    """Whether ``e`` is one of conjoined names (रूस और चीन): followed by और or a comma and another."""
    rest = text[e.end:e.end + 6]
    return rest.startswith((" और ", ", ", " तथा ")) and any(o.start > e.start for o in inside)


def _location(article: Article, floor: int, trigger: int) -> Actor | None:
    text = article.text
    for e in article.entities:
        if floor <= e.start < trigger and e.label == "LOC" and text[e.end:e.end + 4] == " में":
            return entity_actor(e, article.published)
    return None


def _date(article: Article, sentence: Span) -> str | None:
    values = [t.value for t in article.times if sentence.start <= t.start < sentence.end and t.value]
    days = [v for v in values if len(v) == 10]
    return (days or values)[0] if values else article.published


def code_events(article: Article) -> list[Event]:
    """PLOVER events of an analysed article (entities and times should be there already)."""
    out: list[Event] = []
    country = article_country(article.entities)
    roles = _Roles(article, country)
    text = article.text
    for index, sentence in enumerate(article.sentences):
        for hit in _triggers(text, sentence):
            end = hit.end
            vector = _VECTOR.match(text, end)
            if vector and vector.end() <= sentence.end:
                end = vector.end()
            verb_group = clause_after(text, hit.start, sentence.end)
            before = text[max(sentence.start, hit.start - 12):hit.start]
            negated = is_negated(text[hit.start:end]) or is_negated(verb_group[: len(verb_group) // 2 + 12]) or \
                before.rstrip().endswith(("नहीं", " न"))
            if is_hypothetical(verb_group) or "शायद" in text[sentence.start:hit.start]:
                modality = "hypothetical"
            elif tense_of(verb_group) == "future":
                modality = "future"
            else:
                modality = "asserted"
            sources, target = roles.roles(hit, sentence)
            floor = _clause_start(text, sentence, hit.start)
            location = _location(article, floor, hit.start)
            trigger = Trigger(hit.start, end, text[hit.start:end])
            pairs: list[tuple[Actor | None, Actor | None]] = [(s, target) for s in sources] or [(None, target)]
            if target is None and len(sources) == 2 and hit.expression.type in _MUTUAL:
                pairs = [(sources[0], sources[1])]
            for source, other in pairs:
                out.append(Event(
                    type=hit.expression.type, mode=hit.expression.mode, trigger=trigger, sentence=index,
                    source=source, target=other, date=_date(article, sentence), location=location,
                    negated=negated, modality=modality,  # type: ignore[arg-type]
                ))
    return out
