"""Who said it: the speaker words of a quotation resolved to an actor.

A name is linked through the entity found in the speaker's words; a pronoun (उन्होंने, उसने, वह)
refers to the last speaker named before it, else the last person named; a bare title (प्रवक्ता
ने कहा, गवर्नर ने कहा) refers to the last person named with that title; a quotation without a cue of
its own continues the one before it. Unnamed speakers (अधिकारियों, दुकान मालिक) stay as their words.
"""

from __future__ import annotations

from collections.abc import Sequence

from khabar.model import Actor, Entity, Quote
from khabar.quotes.find import FoundQuote, speaker_words

MAX_CONTINUATION_GAP = 2  # sentences between a quotation and the one it continues
_TITLE_WINDOW = 40  # characters before a name in which its title is looked for


def _actor_for_entity(e: Entity, text: str | None = None) -> Actor:
    if text is None or text == e.text:
        return Actor(text=e.text, id=e.id, name=e.name)
    return Actor(text=text, id=e.id, name=e.name, refers_to=e.text)


def _refer(surface: str, actor: Actor) -> Actor:
    return Actor(text=surface, id=actor.id, name=actor.name, code=actor.code,
                 refers_to=actor.refers_to or actor.text)


def _entity_in(entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    inside = [e for e in entities if start <= e.start and e.end <= end]
    if not inside:
        return None
    people = [e for e in inside if e.label == "PER"]
    return (people or inside)[-1]


def _last_person_before(entities: Sequence[Entity], pos: int) -> Entity | None:
    people = [e for e in entities if e.label == "PER" and e.end <= pos]
    return people[-1] if people else None


def _titled_before(text: str, entities: Sequence[Entity], title: str, pos: int) -> Entity | None:
    for e in reversed([e for e in entities if e.label == "PER" and e.end <= pos]):
        if title in text[max(0, e.start - _TITLE_WINDOW):e.start]:
            return e
    return None


def resolve_speakers(text: str, found: Sequence[FoundQuote], entities: Sequence[Entity]) -> list[Quote]:
    """Quotes with speakers resolved; ``entities`` may be empty (then names stay unlinked)."""
    words = speaker_words()
    quotes: list[Quote] = []
    history: list[tuple[FoundQuote, Actor | None]] = []
    for q in found:
        speaker: Actor | None = None
        if q.continues:
            prev = history[-1] if history else None
            if prev and q.sentence - prev[0].sentence <= MAX_CONTINUATION_GAP:
                speaker = prev[1]
        elif q.speaker_start is not None and q.speaker_end is not None:
            surface = text[q.speaker_start:q.speaker_end]
            kind = words.get(surface) or (words.get(surface.split()[-1]) if len(surface.split()) == 1 else None)
            if kind == "pronoun":
                named = next((a for _f, a in reversed(history)
                              if a is not None and (a.refers_to or a.text) not in words), None)
                person = _last_person_before(entities, q.speaker_start)
                if named is not None and (person is None or _position(history, named) >= person.start):
                    speaker = _refer(surface, named)
                elif person is not None:
                    speaker = _actor_for_entity(person, surface)
                elif named is not None:
                    speaker = _refer(surface, named)
                else:
                    speaker = Actor(text=surface)
            elif kind == "title":
                titled = _titled_before(text, entities, surface, q.speaker_start)
                speaker = _actor_for_entity(titled, surface) if titled else Actor(text=surface)
            else:
                entity = _entity_in(entities, q.speaker_start, q.speaker_end)
                speaker = _actor_for_entity(entity) if entity else Actor(text=surface)
        quotes.append(Quote(start=q.start, end=q.end, text=text[q.start:q.end], direct=q.direct, cue=q.cue,
                            speaker=speaker))
        history.append((q, speaker))
    return quotes


def _position(history: list[tuple[FoundQuote, Actor | None]], actor: Actor) -> int:
    for q, a in reversed(history):
        if a is actor:
            return q.speaker_start if q.speaker_start is not None else q.start
    return -1
