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
RECENT_SPEAKER_SENTENCES = 3  # a pronoun this close to a quotation refers to its speaker
_TITLE_WINDOW = 40  # characters before a name in which its title is looked for


def _actor_for_entity(e: Entity, text: str | None = None) -> Actor:
    if text is None or text == e.text:
        return Actor(text=e.text, id=e.id, name=e.name)
    return Actor(text=text, id=e.id, name=e.name, refers_to=e.text)


def _refer(surface: str, actor: Actor) -> Actor:
    return Actor(text=surface, id=actor.id, name=actor.name, code=actor.code,
                 refers_to=actor.refers_to or actor.text)


_MANAGEMENT = frozenset({"प्रशासन", "प्रबंधन", "नेतृत्व", "कार्यालय", "सचिवालय"})


def _is_title(word: str) -> bool:
    """A title word, also with a prefix (महानिदेशक, उपायुक्त, उपराज्यपाल end with निदेशक, आयुक्त,
    राज्यपाल)."""
    words = speaker_words()
    if words.get(word) == "title":
        return True
    return any(kind == "title" and len(t) >= 4 and word.endswith(t) for t, kind in words.items())


def _head_entity(text: str, entities: Sequence[Entity], start: int, end: int) -> Entity | None:
    """The entity that heads the speaker's words: the one that ends them. In "व्हाइट हाउस के प्रवक्ता"
    the head is the spokesperson, not the White House."""
    inside = [e for e in entities if start <= e.start and e.end <= end]
    if not inside:
        return None
    last = inside[-1]
    tail = text[last.end:end].split()
    if not tail:
        return last
    # "जेएनयू प्रशासन", "कंपनी प्रबंधन": an organisation followed by a word for its own management
    if last.label == "ORG" and all(w in _MANAGEMENT for w in tail):
        return last
    return None


def _full_name(entities: Sequence[Entity], short: Entity) -> Entity | None:
    """An earlier, longer mention of a person whose last or first word this one is (गुप्ता after
    जे.पी. गुप्ता), when the knowledge base knows neither."""
    for e in reversed([e for e in entities if e.label == "PER" and e.end <= short.start]):
        words = e.text.split()
        if len(words) > 1 and short.text in (words[-1], words[0]):
            return e
    return None


def _org_before(entities: Sequence[Entity], noun: str, pos: int) -> Entity | None:
    """The organisation a bare noun (पार्टी, मंत्रालय) refers to: the last one named with it."""
    orgs = [e for e in entities if e.label == "ORG" and e.end <= pos]
    for e in reversed(orgs):
        if noun in e.text:
            return e
    if noun in _MANAGEMENT and orgs:
        return orgs[-1]  # प्रशासन ने कहा: the administration of the organisation last named
    return None


def _recent_speaker(surface: str, q: FoundQuote, history: list[tuple[FoundQuote, Actor | None]]) -> Actor | None:
    words = speaker_words()
    for prev, actor in reversed(history):
        if q.sentence - prev.sentence > RECENT_SPEAKER_SENTENCES:
            return None
        if actor is not None and (actor.refers_to or actor.text) not in words and (
            actor.name or actor.refers_to
        ):
            return _refer(surface, actor)
    return None


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
            last_word = surface.split()[-1] if surface.split() else ""
            entity = _head_entity(text, entities, q.speaker_start, q.speaker_end)
            if kind == "pronoun":
                speaker = _antecedent(surface, q, history, entities)
            elif entity is not None:
                speaker = _actor_for_entity(entity)
                full = _full_name(entities, entity) if entity.id is None and entity.label == "PER" else None
                if full is not None:
                    speaker = Actor(text=entity.text, refers_to=full.text)
            elif kind == "title" or _is_title(last_word):
                titled = _titled_before(text, entities, surface, q.speaker_start) or (
                    _titled_before(text, entities, last_word, q.speaker_start) if last_word != surface else None
                )
                if titled is not None:
                    speaker = _actor_for_entity(titled, surface)
                else:
                    speaker = _recent_speaker(surface, q, history) or Actor(text=surface)
            elif kind == "org" or words.get(last_word) == "org":
                org = _org_before(entities, last_word, q.speaker_start)
                speaker = _actor_for_entity(org, surface) if org else Actor(text=surface)
            else:
                speaker = Actor(text=surface)
        quotes.append(Quote(start=q.start, end=q.end, text=text[q.start:q.end], direct=q.direct, cue=q.cue,
                            speaker=speaker))
        history.append((q, speaker))
    return quotes


def _antecedent(surface: str, q: FoundQuote, history: list[tuple[FoundQuote, Actor | None]],
                entities: Sequence[Entity]) -> Actor:
    """Whom a pronoun speaker refers to: the speaker of a recent quotation (speakers go on
    speaking), else the last person named before it."""
    words = speaker_words()
    for prev, actor in reversed(history):
        if q.sentence - prev.sentence > RECENT_SPEAKER_SENTENCES:
            break
        if actor is not None and (actor.refers_to or actor.text) not in words:
            return _refer(surface, actor)
    person = _last_person_before(entities, q.speaker_start if q.speaker_start is not None else q.start)
    if person is not None:
        return _actor_for_entity(person, surface)
    named = next((a for _f, a in reversed(history) if a is not None and (a.refers_to or a.text) not in words), None)
    return _refer(surface, named) if named is not None else Actor(text=surface)
