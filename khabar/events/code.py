"""The PLOVER coder: triggers from the lexicon, roles from postpositions and clause structure.

Triggers: for each sentence, the lexicon expressions whose first word (any of its alternatives)
starts a word of the sentence are tried; longer matches win over shorter overlapping ones.

Roles come from :mod:`khabar.events.roles`; descriptions, aims and re-mentions are left out by
:mod:`khabar.events.filters`.

Negation, future and possibility are read from the verb group after the trigger; the date from
the sentence's times, else the publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, timedelta

from khabar.events.actors import (
    article_country,
    country_actor,
    demonym_country,
    described,
    entity_actor,
    group_actor,
    groups,
)
from khabar.events.filters import (
    first_mentions,
    is_content,
    is_description,
    is_modifier_or_other_sense,
    is_participle,
    is_purpose,
    is_readiness,
)
from khabar.events.lexicon import Expression, Index, anchor_index, compile_expression, lexicon
from khabar.events.roles import (
    GENITIVES,
    HOME,
    KI,
    LAW_WORDS,
    MEETING_GROUPS,
    PARTICIPLE,
    PASSIVE,
    Hit,
    Roles,
    actor_name,
    clause_start,
)
from khabar.grammar import WORD_END
from khabar.grammar.phrases import np_before
from khabar.grammar.verbs import clause_after, is_hypothetical, is_negated, tense_of
from khabar.model import Actor, Article, Event, Span, Trigger

# Reporters and news outlets: talking to them is a statement ("आकाशवाणी से बातचीत में": an interview).
_PRESS = re.compile(r"(?:संवाददाताओं|पत्रकारों|मीडिया|मीडियाकर्मियों|प्रेस|(?:आकाशवाणी|दूरदर्शन)(?:\s+[\u0900-\u097f]+)?"
                    r"|एजेंसी|चैनल|अखबार|अख़बार)\s+से" + WORD_END)  # (आकाशवाणी जम्मू से: a station)

# "संवाददाता सम्मेलन", "प्रेस वार्ता": a press conference
_PRESS_BEFORE = re.compile(r"(?:संवाददाता|पत्रकार|प्रेस)\s*$")

_ACCEPT = re.compile(r"(?:.*\s)?(?:स्वीकार|मान|मानी|मानीं|माना|माने|मानेगा|मानेगी|मानेंगे|राजी|राज़ी|मंजूर|मंज़ूर)"
                     r"(?:\s|$)")

_ATTRIBUTIVE = re.compile(r"\s+(?:वाला|वाले|वाली|वालों)" + WORD_END)

# Events whose condemnation targets their doer.
_CONDEMNED = frozenset({"ASSAULT", "PROTEST", "COERCE", "MOBILIZE", "THREATEN", "SANCTION"})

# Types whose other party may be the doer of the कि clause after the trigger (accused, warned).
_COMPLEMENT_TARGET = frozenset({"ACCUSE", "THREATEN"})

_DEMONSTRATIVE = re.compile(r"(?<![\u0900-\u097f])(?:इस|उस|यह|वह|इन|उन)\s+$")

_VECTOR = re.compile(r"(?:\s+(?:लिया|ली|लिए|लीं|दिया|दी|दिए|दीं|गया|गई|गए|गईं|डाला|डाली|डाले|चुका|चुकी|चुके))+")

# Types where two conjoined doers (भारत और अमेरिका ने … हस्ताक्षर किए) act on each other.
_MUTUAL = frozenset({"CONSULT", "COOPERATE", "AGREE", "REJECT"})


_CONDEMNATION = re.compile(r"\s+(?:की|का|के)\s+(?:[\u0900-\u097f]+\s+)?(?:निंदा|निन्दा|आलोचना|भर्त्सना)"
                           r"" + WORD_END)
_DEVA = re.compile(r"[\u0900-\u0963\u0966-\u097f]+")
# What may follow the light verb की: auxiliaries, conjunctions, particles, a comma-less clause end.
_AFTER_LIGHT = frozenset({"है", "हैं", "थी", "थीं", "थे", "था", "गई", "गयी", "गईं", "जा", "जाएगी", "जाती", "जानी",
                          "और", "तथा", "एवं", "व", "लेकिन", "किंतु", "परंतु", "मगर", "तो", "भी", "ही", "कि", "जिसमें",
                          "जिसके", "जिससे", "जबकि", "नहीं", "न", "थीं।", "हुई",
                          # the correlative after a relative clause: "जिस तरह … हत्या की उससे …"
                          "उससे", "उसमें", "इससे", "इसमें"})


def _triggers(text: str, sentence: Span, expressions: tuple[Expression, ...], index: Index) -> list[Hit]:
    chunk = text[sentence.start:sentence.end]
    padded = " " + chunk
    by_anchor, always, longest, memo = index
    candidates = set(always)
    for word in set(chunk.split()):
        ids = memo.get(word)
        if ids is None:
            found: set[int] = set()
            for k in range(1, min(len(word), longest) + 1):
                found.update(by_anchor.get(word[:k], ()))
            ids = memo[word] = tuple(found)
            if len(memo) > 200_000:  # bounded: a long run meets many rare words
                memo.clear()
        candidates.update(ids)
    hits: list[Hit] = []
    for i in sorted(candidates):
        expr = expressions[i]
        for m in expr.pattern.finditer(padded):
            s = m.start()
            while s < m.end() and padded[s].isspace():
                s += 1
            hits.append(Hit(sentence.start + s - 1, sentence.start + m.end() - 1, expr))
    hits.sort(key=lambda h: (-(h.end - h.start), h.start))
    chosen: list[Hit] = []
    for h in hits:
        if all(h.end <= c.start or h.start >= c.end for c in chosen):
            chosen.append(h)
    chosen.sort(key=lambda h: h.start)
    kept: list[Hit] = []
    for i, h in enumerate(chosen):
        # "हमले की निंदा": a की before another trigger, or before a noun ("जाम की मुख्य वजह"), is a
        # genitive, not the light verb (हमला की): the event noun alone, or no event
        following = text[h.end:h.end + 24].split()[:1]
        before_trigger = i + 1 < len(chosen) and not text[h.end:chosen[i + 1].start].strip()
        if text[h.start:h.end].split()[-1] in GENITIVES and (before_trigger or (
                following and _DEVA.fullmatch(following[0]) and following[0] not in _AFTER_LIGHT)):
            noun = [x for x in hits if x.start == h.start and x.end < h.end and x.expression.nominal]
            if noun:
                kept.append(max(noun, key=lambda x: x.end))
            elif before_trigger:
                kept.append(h)
            continue
        kept.append(h)
    return kept


def _told_to(text: str, sentence: Span, hits: Sequence[Hit]) -> list[Hit]:
    """"X ने Y से कहा कि वे … दबाव डालें": telling someone that they should act (the subjunctive
    closing the कि clause) is a request; telling reporters is not."""
    found: list[Hit] = []
    for m in _SAID_TO.finditer(text, sentence.start, sentence.end):
        said = m.start(1)
        if _PRESS.search(text, max(sentence.start, said - 40), said) or any(h.start <= said < h.end for h in hits):
            continue
        end = _BECAUSE.search(text, m.end(), sentence.end)  # "… ध्यान न दें क्योंकि …": the told clause ends
        words = text[m.end():end.start() if end else sentence.end].rstrip(" ।.!?\"',").split()
        if words and words[-1] not in _NOT_SUBJUNCTIVE and (words[-1].endswith("ें") or words[-1] in _SUBJUNCTIVE):
            found.append(Hit(said, m.end(1), _TOLD))
    return found


def _inquiry_ordered(text: str, sentence: Span, hits: Sequence[Hit]) -> list[Hit]:
    """"हिंसा की जांच वरिष्ठ पुलिस अधिकारी से कराये जाने के आदेश दिये": an inquiry ordered, told at more
    length than the lexicon's "जांच के आदेश" (the one who orders it investigates)."""
    return [Hit(m.start(), m.end(), _INQUIRY) for m in _ORDERED.finditer(text, sentence.start, sentence.end)
            if not any(h.start < m.end() and m.start() < h.end for h in hits)]


def _doer_of_condemned(text: str, hit: Hit, hits: Sequence[Hit], coded: Sequence[Event],
                       used: set[str]) -> Actor | None:
    """"भीड़ के हमले की निंदा की": condemning an event condemns its doer, the doer of the last
    event of that type coded so far (this one, or the first mention of an attack named again)."""
    condemned = _condemned_hit(text, hit, hits)
    if condemned is None:
        return None
    own = [ev for ev in coded if ev.trigger.start == condemned.start]
    if own and (own[-1].source is not None or own[-1].target is not None):
        # the condemned event was coded here with a party: its own doer, if it has one ("सुलेमानी की
        # हत्या की निंदा" with no killer named condemns no one named), not an earlier event's; a bare
        # "हमले की निंदा" is an attack told before
        return own[-1].source if own[-1].source is not None and \
            (own[-1].source.name or own[-1].source.text) not in used else None
    for ev in reversed(coded):
        if ev.type == condemned.expression.type and ev.source is not None and \
                (ev.source.name or ev.source.text) not in used:
            return ev.source
    return None


def _condemned_hit(text: str, hit: Hit, hits: Sequence[Hit]) -> Hit | None:
    """The event noun that ``hit`` condemns, in the genitive right before it ("हमले की निंदा")."""
    return next((h for h in hits if h.end <= hit.start and text[h.end:hit.start].split() in (["की"], ["का"], ["के"])
                 and h.expression.type in _CONDEMNED), None)


def _victim_of_condemned(text: str, hit: Hit, hits: Sequence[Hit], coded: Sequence[Event]) -> str | None:
    """The name of the one the event condemned right before ``hit`` ("हमलों की निंदा") was done to."""
    condemned = _condemned_hit(text, hit, hits)
    done = [ev for ev in coded if condemned is not None and ev.trigger.start == condemned.start]
    return actor_name(done[-1].target) if done and done[-1].target is not None else None


def _location(article: Article, floor: int, trigger: int) -> Actor | None:
    text = article.text
    for e in article.entities:
        if floor <= e.start < trigger and e.label == "LOC" and _IN_PLACE.match(text, e.end):
            return entity_actor(e, article.published)
    return None


def _aided_place(article: Article, sentence: Span, hit: Hit, sources: Sequence[Actor]) -> Actor | None:
    """Aid sent to no one named goes to the country it is sent into: "म्यांमार में … भारत ने राहत
    सामग्री पहुंचाई", "… वायुसेना का विमान यांगून भेजा" (a place named with में, or the
    destination right before the trigger)."""
    text = article.text
    own = {a.code[:3] for a in sources if a.code}
    for e in article.entities:
        if not (sentence.start <= e.start < hit.start) or e.label != "LOC":
            continue
        if text[e.end:e.end + 4] == " में" or not text[e.end:hit.start].strip():
            place = country_actor(e, article.published)
            if (place.code or "")[:3] not in own:
                return place
    return None


_NE = re.compile(r"\sने\s")
_AGAINST_POLICY = re.compile(r"(?<![\u0900-\u097f])(?:(?:कानून|कानूनों|अधिनियम|विधेयक|नीति|फैसले|निर्णय|निलंबन|जाने)\s+"
                             r"(?:के\s+(?:खिलाफ|ख़िलाफ़|विरोध\s+में)|का\s+विरोध)|(?:की|के)\s+(?:मांग|मांगों)\s+को\s+लेकर)"
                             r"" + WORD_END)
_THIS_DECISION = re.compile(r"(?<![\u0900-\u097f])(?:इस|उस)\s+(?:फैसले|फ़ैसले|निर्णय|आदेश)\s+को\s+$")
_TROOPS = re.compile(r"(?<![\u0900-\u097f])(?:([\u0900-\u097f]+)\s+)?(?:सैनिकों|सैनिक|सेनाओं|सैन्य\s+दल|सैन्यकर्मियों|जवानों)"
                     r"" + WORD_END)
_GREETING = re.compile(r"बधाई|शुभकामना|शुभकामनाएं|शुभकामनाओं")
_OCCASION = re.compile(r"(?<![\u0900-\u097f])(?:पर्व|त्योहार|त्यौहार|जयंती|नववर्ष|नव वर्ष|दिवस|अवसर)"
                       r"" + WORD_END)
_TO_HELP = re.compile(r"\s(?:की|के)\s+(?:मदद|सहायता|राहत)\s+के\s+(?:लिए|लिये)" + WORD_END)
_SHOULD = re.compile(r"(?<![\u0900-\u097f])चाहिए" + WORD_END)
_PETITION = re.compile(r"(?<![\u0900-\u097f])(?:याचिका|याचिकाएं|याचिकाओं|अर्जी|अर्ज़ी)(?:\s+को)?\s*$")
_ACCUSATION = re.compile(r"(?<![\u0900-\u097f])(?:आरोप|आरोपों)(?:\s+(?:से|को))?\s*$")
# A demand made ("मांग की", "मांग कर रहे हैं"), not a thing sought (सुझाव मांगे, रिपोर्ट मांगी) nor a passive.
_DEMANDED = re.compile(r"मांग\s+(?:की|कीं|कर|करते|करती|करेंगे|करेगी|करेगा)(?:\s+(?:है|हैं|थी|था|रहे|रही|रहा))*$")

# What a public call invites: suggestions, views, applications, tenders, entries.
_SUGGESTIONS = re.compile(r"(?<![\u0900-\u097f])(?:सुझाव|सुझावों|विचार|आवेदन|आवेदनों|निविदा|निविदाएं|निविदाओं|प्रविष्टियां"
                          r"|प्रविष्टियों|नामांकन|आपत्तियां|आपत्तियों)" + WORD_END + r"(?:\s+(?:और|व|तथा)\s+[\u0900-\u097f]+)?"
                          r"(?:\s+(?:देने|भेजने)\s+(?:का|के|की))?\s+$")

_RESPONSIBLE = "लिए|लिये जिम्मेदार|ज़िम्मेदार"  # the lexicon's "responsible for" (not "held responsible")
_CONSEQUENCES = "परिणाम|परिणामों|नतीजे|नतीजों|अंजाम भुगत~"  # the lexicon's "will face the consequences"
_COPULA = re.compile(r"\s+(?:है|हैं|था|थे|थी|थीं|हो|होगा|होगी|होंगे)" + WORD_END)
_COMPLAINTS = "शिकायत|शिकायतें|शिकायतों मिल~"
_AGAINST_BEFORE_COMPLAINT = re.compile(r"(?:के\s+खिलाफ|के\s+विरुद्ध|के\s+विरूद्ध)\s")

# A place of worship named before an attack or riot, with its worshippers (communities.tsv words).
_WORSHIPPERS = {"गुरुद्वारा": "सिख", "गुरुद्वारे": "सिख", "मंदिर": "हिंदू", "मंदिरों": "हिंदू", "मस्जिद": "मुस्लिम",
                "मस्जिदों": "मुस्लिम", "चर्च": "ईसाई", "गिरजाघर": "ईसाई"}
_WORSHIP = re.compile(r"(?<![\u0900-\u097f])(" + "|".join(_WORSHIPPERS) + r")" + WORD_END +
                      r"(?:\s+[^\s,।]+){0,3}?\s+(?:पर|में)\s")

# Hedges before a trigger, in its sentence; a likelihood after it; a perfect in the subjunctive.
_HEDGE = re.compile(r"(?<![\u0900-\u097f])(?:शायद|संभवतः|संभवत:|संभवतया)" + WORD_END)
_LIKELY = re.compile(r"\s+(?:जाने\s+|करने\s+)?की\s+(?:संभावना|आशंका)\s+(?:है|हैं|जताई|व्यक्त)" + WORD_END)
_MAY_HAVE = re.compile(r"(?<![\u0900-\u097f])(?:गया|गई|गए|गयी|गये|किया|दिया|लिया)\s+(?:हो|हों)\s*$")
_AFTER = re.compile(r"\s+के\s+बाद" + WORD_END)

# After a detention trigger, a state rather than an act: "हिरासत में हैं", "नजरबंद रहेंगे".
_HELD = re.compile(r"\s+(?:है|हैं|था|थे|थी|थीं|रहेगा|रहेंगे|रहेगी|रहे|रहा|रही)" + WORD_END)

_RELATIVE = re.compile(r"(?<![\u0900-\u097f])(?:जिसमें|जिनमें|जहां|जहाँ|जिसके|जिनके)" + WORD_END)


def _house(article: Article, floor: int, trigger: int) -> list[Actor]:
    """The legislature a resolution is passed in ("X विधानसभा में … पारित"): it passes it."""
    for e in article.entities:
        if floor <= e.start < trigger and e.label == "ORG" and article.text.startswith(" में", e.end):
            actor = entity_actor(e, article.published)
            if (actor.code or "").endswith("LEG"):
                return [actor]
    return []


def _asked_of(roles: Roles, floor: int, trigger: int, country: str | None) -> Actor | None:
    """Who a resolution about an act asks to do it: the act's doer ("विदेशी सैनिकों के देश छोड़ने से
    संबंधित प्रस्ताव": foreign troops), or, for a law to be undone (इस कानून को रद्द किये जाने से
    संबंधित), the government."""
    text = roles.a.text
    about = _ABOUT_AN_ACT.search(text, floor, trigger)
    if about is None:
        return None
    if _LAW_OBJECT.search(text, floor, about.start()):
        return described("सरकार", text[floor:about.start()].strip(), country)
    doer = _DOER_OF_ACT.search(text, floor, about.start())
    found = roles.actor(doer.start(1), doer.end(1)) if doer else []
    return found[0] if found else None


# "… छोड़ने से संबंधित …", "… किये जाने के बारे में …": what a resolution is about is an act.
_ABOUT_AN_ACT = re.compile(r"[\u0900-\u097f]{2,}ने\s+(?:से\s+(?:संबंधित|सम्बंधित|जुड़ा|जुड़े)|के\s+बारे\s+में)"
                           r"(?:\s+[^\s]+){0,3}\s+$")
# "इस कानून को रद्द किये जाने": a law as what is to be done away with.
_LAW_OBJECT = re.compile(r"(?:कानून|क़ानून|कानूनों|अधिनियम|विधेयक)\s+को\s+(?:[^\s]+\s+){1,3}$")
# "विदेशी सैनिकों के देश छोड़ने": the act's doer, in the genitive a word or two before it.
_DOER_OF_ACT = re.compile(r"(?<![\u0900-\u097f])((?:[^\s]+\s+)?[^\s]+)\s+के\s+(?:[^\s]+\s+)?[^\s]+\s*$")


def _embassy_country(article: Article, floor: int, trigger: int) -> Actor | None:
    """A protest outside a country's embassy is against that country ("पाकिस्तानी दूतावास के निकट",
    "अमरीकी दूतावास के बाहर", "चीन के उच्चायोग के सामने")."""
    text = article.text
    m = _OUTSIDE_EMBASSY.search(text, floor, trigger)
    if m is None:
        return None
    side = demonym_country(m.group(1))
    if side is not None:
        return Actor(text=m.group().strip(), name=side[0], code=side[1])
    for e in article.entities:
        if floor <= e.start and e.end <= m.start(2) and e.label == "LOC" and (e.id or "").startswith("country:") and \
                not text[e.end:m.start(2)].replace("के", "").strip():
            return country_actor(e, article.published)
    return None


_OUTSIDE_EMBASSY = re.compile(r"((?:[^\s]+\s+){1,2})(दूतावास|उच्चायोग)\s+(?:के|की)\s+(?:निकट|बाहर|सामने|पास|नजदीक|नज़दीक"
                              r"|समक्ष|करीब|क़रीब|आगे)" + WORD_END)


def _force(actor: Actor) -> bool:
    """An armed or police force: a military or police group, or a named organisation coded so."""
    return (actor.code or "")[-3:] in ("MIL", "COP")


# Weapons fired into a base, zone or area named in their clause strike it ("ग्रीन ज़ोन में दो मिसाइलें दागी
# गईं"); a test launch names no such place ("समुद्र में मिसाइलें दागीं").
_STRUCK = re.compile(r"(?:ठिकान|अड्ड|बेस|ज़ोन|जोन|शिविर|क्षेत्र|इलाक)[\u0900-\u097f]*\s+(?:में|पर)\s")


def _host_country(article: Article, place: Actor | None, hosts: Sequence[Actor]) -> Actor | None:
    """The country of ``place`` (a linked place), else of the first host with a country code."""
    for e in article.entities:
        if place is not None and e.text == place.text and e.label == "LOC":
            return country_actor(e, article.published)
    for h in hosts:
        for e in article.entities:
            if e.text == h.text and e.id:
                country = country_actor(e, article.published)
                if (country.id or "").startswith("country:"):
                    return country
    return None


def _partner_country(article: Article, floor: int, trigger: int, sources: Sequence[Actor]) -> Actor | None:
    """"भारत ने ईरान के चाबहार बंदरगाह के संचालन के लिए करार किया": an agreement about another
    country's place, with no partner named, is with that country (its first such name in the clause)."""
    own = {(s.code or "")[:3] for s in sources}
    for e in article.entities:
        if floor <= e.start < trigger and e.label == "LOC" and (e.id or "").startswith("country:") and \
                article.text[e.end:e.end + 4] in (" के ", " की ", " का "):
            country = country_actor(e, article.published)
            if (country.code or "")[:3] not in own and all(country.name != s.name for s in sources):
                return country
    return None


def _civilians(actors: Sequence[Actor]) -> bool:
    return bool(actors) and all((x.code or "").endswith("CVL") for x in actors)


def _group_list(text: str, start: int, end: int, country: str | None) -> list[Actor]:
    group = group_actor(text, start, end, country)
    return [group] if group is not None else []


def _visit_abroad(article: Article, place: Actor | None, travellers: Sequence[Actor]) -> bool:
    """Whether arriving at or leaving for ``place`` is a visit: a named place, in another country
    than the travellers', or (no traveller named) named as a country itself (जापान, not असम)."""
    if place is None or not (place.id or "").startswith("country:"):
        return False
    if travellers:
        return not any(t.code and t.code[:3] == (place.code or "")[:3] for t in travellers)
    return any(e.text == place.text and (e.id or "").startswith("country:") for e in article.entities)


_BETWEEN_TWO = re.compile(r"(?<![\u0900-\u097f])(?:दोनों|बीच)" + WORD_END)
_WITH_BEFORE = re.compile(r"\sके\s+साथ\s")
_IN_TALKS = re.compile(r"\s+में\s+(?=[^\s,।]+(?:\s+[^\s,।]+){0,4}\s+ने\s)")
_UNTIL = re.compile(r"\s+तक" + WORD_END)
_VERB_AND = re.compile(r"(?<![\u0900-\u097f])(?:है|हैं|था|थे|थी|गया|गई|गए|गये|गयी|किया|किए|किये|दिया|दिए|लिया)\s+और\s")


def _date(article: Article, sentence: Span, floor: int, names: frozenset[int], trigger_end: int) -> str | None:
    """The event's date: a time of its own clause (the one starting at ``floor``), a day before a
    month or a year; else the publication date (gold/EVENTS.md: "only from a time expression in the
    event's own clause"). A time that names a thing ("2015 के परमाणु समझौते": the agreement of
    2015) dates no event. An event inside a "… के बाद" adjunct is not dated by a time after it
    ("संकल्प पारित किये जाने के बाद कल … ने कहा": कल is when it was said)."""
    text = article.text
    for t in article.times:
        offset = _DAYS_APART.search(text, trigger_end, t.start) if t.value and len(t.value) == 10 and \
            trigger_end <= t.start < sentence.end else None
        if offset is not None and t.value:
            # "ड्रोन हमले में … मारे जाने के एक दिन बाद कल शाम": a day before कल
            apart = _COUNT[offset.group(1)] if offset.group(1) in _COUNT else int(offset.group(1))
            sign = -1 if offset.group(2) == "बाद" else 1
            return (date.fromisoformat(t.value) + timedelta(days=sign * apart)).isoformat()
    values = [t.value for t in article.times if sentence.start <= t.start < sentence.end and t.value and
              not _NAMES_A_THING.match(text, t.end) and clause_start(text, sentence, t.start, names) == floor and
              not (t.start > trigger_end and _AFTER_IT.search(text, trigger_end, t.start)) and
              # "31 जनवरी तक … आज मंजूरी दे सकती है": a deadline is not when it happens
              not _UNTIL.match(text, t.end) and
              # "मंगलवार को गिरफ्तार किया गया और कल … भेज दिया गया": the time of the verb before और
              not (t.end < trigger_end and _VERB_AND.search(text, t.end, trigger_end))]
    days = [v for v in values if len(v) == 10]
    return (days or values)[0] if values else article.published


def code_events(article: Article) -> list[Event]:
    """PLOVER events of an analysed article (entities and times should be there already)."""
    out: list[Event] = []
    nominal: list[bool] = []
    # a report that links no place is about its language's home (a Hindi one: India)
    country = article_country(article.entities) or HOME.get(article.lang or "")
    roles = Roles(article, country)
    text = article.text
    expressions = lexicon()
    by_first = anchor_index(expressions)
    for index, sentence in enumerate(article.sentences):
        hits = _triggers(text, sentence, expressions, by_first)
        hits = sorted([*hits, *_told_to(text, sentence, hits), *_inquiry_ordered(text, sentence, hits)],
                      key=lambda h: h.start)
        for hit in hits:
            floor = clause_start(text, sentence, hit.start, roles.names)
            if is_content(text, hit, hits) or is_purpose(text, hit) or _ATTRIBUTIVE.match(text, hit.end) or \
                    is_participle(text, hit) or is_modifier_or_other_sense(text, hit) or \
                    is_description(text, hit, floor, sentence.start):
                continue  # "से मिलने वाले अनुदान", "हमला करने वाले": a description, not an event
            later = [h for h in hits if h.start > hit.end]
            if (PARTICIPLE.match(text, hit.end) and any(h.expression.type == hit.expression.type for h in later)) or \
                    (text[hit.start:hit.end].endswith(" कर") and any(h.expression is hit.expression for h in later)):
                # "अभिभाषण का बहिष्कार करते हुए सदन से वॉकआउट किया", "प्रस्ताव पारित कर … का प्रस्ताव पारित
                # किया": one act, told twice
                continue
            end = hit.end
            vector = _VECTOR.match(text, end)
            if vector and vector.end() <= sentence.end:
                end = vector.end()
            verb_group = clause_after(text, hit.start, sentence.end)
            before = text[max(sentence.start, hit.start - 12):hit.start]
            negated = is_negated(text[hit.start:end]) or is_negated(_head_words(verb_group)) or \
                before.rstrip().endswith(("नहीं", " न"))
            if text.startswith("बरी", hit.start):
                negated = not negated  # "बरी कर दिया": acquitted, a conviction negated (EVENTS.md rule 8)
            killing = hit.expression.source == _KILLED
            killed_by = _KILLED_BY.search(text, floor, hit.start) if killing else None
            if killing and killed_by is None:
                continue  # "मारे जाने" with no one named who killed: a death, not an attack coded here
            if hit.expression.source in _ACTION_PROMISED and not (
                    _AGAINST_BEFORE.search(text, max(sentence.start, hit.start - 12), hit.start) and
                    _WILL_BE_DONE.match(text, hit.end)):
                continue  # action taken, or planned, against no one: no threat
            if _SHOULD.search(verb_group):
                continue  # "विद्यार्थियों को हिंसा में लिप्त नहीं होना चाहिए": advice, nothing done
            if is_hypothetical(verb_group) or _HEDGE.search(text, sentence.start, hit.start) or \
                    is_readiness(text, hit) or _LIKELY.match(text, end) or _MAY_HAVE.search(verb_group):
                # "शायद", "संभवतः … मार गिराया गया हो", "रिहा किए जाने की संभावना है": maybe
                modality = "hypothetical"
            elif tense_of(verb_group) == "future" and not (hit.expression.nominal and _AFTER.match(text, hit.end)):
                # (an event noun before "के बाद" happened before what the clause says will happen:
                # "भीड़ के हमले के बाद की स्थिति का जायजा लेने के लिए शिष्टमंडल भेजेगी")
                modality = "future"
            else:
                modality = "asserted"
            if hit.expression.nominal and _DEMONSTRATIVE.search(text, max(sentence.start, hit.start - 6), hit.start) \
                    and any(ev.type == hit.expression.type for ev in out):
                continue  # "इस हमले के बाद": the attack already coded, named again
            sources, target = roles.roles(hit, sentence)
            etype, mode = hit.expression.type, hit.expression.mode
            if hit.expression is _INQUIRY:
                # the one inquired into is the genitive right before जांच ("कंपनी की जांच"), no one else
                of = np_before(text, hit.start - len("की "), floor) if text.endswith("की ", 0, hit.start) else None
                found = roles.actor(*of) if of else []
                target, roles.more_targets = (found[0] if found else None), []
            if etype == "REJECT" and hit.expression.source == "विरोध {कर}" and \
                    _civilians(sources or _group_list(text, floor, hit.start, country)):
                etype, mode = "PROTEST", "demo"  # "गांवों के लोग … का विरोध कर रहे हैं": people oppose by protesting
            if hit.expression.source in _PROTESTING:
                # "हड़ताली डॉक्टरों", "प्रदर्शनकारी किसानों": the adjective's noun protests (a noun by
                # itself, प्रदर्शनकारी सड़कों पर उतरे, is the protesters, no event of its own)
                noun = text[hit.end:sentence.end].split()[:1]
                noun_end = hit.end + 1 + len(noun[0]) if noun else hit.end
                group = group_actor(text, hit.end, noun_end, country) if noun else None
                if group is not None:
                    sources, target = [replace(group, text=text[hit.start:noun_end])], None
                elif hit.expression.source == "प्रदर्शनकारी":
                    continue
            unknown = _UNKNOWN.search(text, max(sentence.start, hit.start - 8), hit.start) \
                if etype == "ASSAULT" and not sources and hit.expression.nominal else None
            if unknown is not None:
                # "अज्ञात हवाई हमले में": an attack by someone unknown (an aircraft, if from the air)
                from_air = any(w in text[hit.start:hit.end] for w in ("हवाई", "ड्रोन"))
                sources = [Actor(text=text[unknown.start():hit.end], code="UAF",
                                 name="unidentified aircraft" if from_air else "unidentified attackers")]
            if killed_by is not None and target is None:
                # "सुलेमानी को बगदाद में अमरीका द्वारा मारे जाने": the one killed, marked with को or के
                victim = list(_VICTIM.finditer(text, floor, killed_by.start()))
                np = np_before(text, victim[-1].start(), floor) if victim else None
                found = roles.actor(*np) if np else []
                target = found[0] if found else None
            accused_act = text[hit.start:end].split()[-1].endswith("ने") and _ACCUSED_OF.match(text, end) is not None
            accused = roles.accused(floor, hit.start) if accused_act else None
            if accused is not None:
                # "सीरियाई वायुसेना पर डूमा शहर में हमला करने का आरोप": the accused (the first पर) did
                # the act, to its own other party (a second पर), else to the place it names
                sources = [accused]
                if target is not None and actor_name(target) == actor_name(accused):
                    target = _location(article, floor, hit.start) if etype == "ASSAULT" else None
            if etype == "ACCUSE" and _OF_AN_ACT.search(text, floor, hit.start) and \
                    (on_whom := roles.accused(floor, hit.start)) is not None:
                target = on_whom  # "रूसी सेना पर … अस्पताल पर हमला करने का आरोप": the army is accused
            if target is None and etype in _COMPLEMENT_TARGET:
                target = roles.complement_doer(end, sentence.end, {a.name or a.text for a in sources})
            if target is None and etype == "ACCUSE" and hit.expression.source.endswith("एफआईआर दर्ज {कर}") and sources:
                # "पुलिस ने … प्राथमिकी दर्ज की" after "पुलिस ने X को गिरफ्तार कर लिया": the case is against
                # the one its filer arrested
                arrested = [ev.target for ev in out if ev.type == "COERCE" and ev.mode == "arrest" and ev.target and
                            actor_name(ev.source) == actor_name(sources[0])]
                target = arrested[-1] if arrested else None
            if target is not None and etype == "ACCUSE" and \
                    _victim_of_condemned(text, hit, hits, out) == actor_name(target):
                # "… दूतावास पर हुए हमलों की निंदा की": the one attacked is not the one condemned
                target = None
            if target is None and etype == "ACCUSE":
                target = _doer_of_condemned(text, hit, hits, out, {a.name or a.text for a in sources})
            if target is None and etype == "ACCUSE":
                target = roles.reported_doer(hit, sentence, floor, {a.name or a.text for a in sources})
            petition = _PETITION.search(text, max(sentence.start, hit.start - 12), hit.start)
            if target is None and etype == "REJECT" and petition is not None:
                # "… की याचिका खारिज कर दी": a petition refused refuses its petitioners
                target = described("याचिकाकर्ताओं", petition.group().split()[0], country)
            if target is None and etype in ("REJECT", "AGREE", "CONCEDE") and roles.last is not None and \
                    sentence.start <= roles.last[0] < hit.start and _THIS_DECISION.search(text, floor, hit.start):
                # "अदालत ने सज़ा सुनाई है और भारत इस फैसले को चुनौती देगा": the one who decided
                decider = [a for a in roles.last[1] if (a.name or a.text) not in {x.name or x.text for x in sources}]
                target = decider[0] if decider else None
            policy = _AGAINST_POLICY.search(text, floor, hit.end + 60) if etype == "PROTEST" else None
            if target is None and policy is not None:
                # "नए कानून के खिलाफ प्रदर्शन": a protest against a law or a decision, or a strike over a
                # demand (पेंशन की मांग को लेकर हड़ताल), is against the government
                target = described("सरकार", policy.group().strip(), country)
            if target is None and etype == "CONCEDE" and _APOLOGY.match(text, hit.start) and sources:
                # "सुप्रीम कोर्ट की फटकार के बाद रामदेव ने माफी मांगी": the apology goes to the one
                # who had accused the apologiser in the sentence
                accusers = [ev.source for ev in out if ev.sentence == index and ev.type == "ACCUSE" and
                            ev.source is not None and ev.target is not None and
                            actor_name(ev.target) == actor_name(sources[0])]
                target = accusers[-1] if accusers else None
            if target is None and etype == "PROTEST":
                target = _embassy_country(article, floor, hit.start)  # "पाकिस्तानी दूतावास के निकट प्रदर्शन"
            if target is None and etype == "PROTEST" and text.startswith("बंद ", hit.start):
                # "किसानों ने अमरावती बंद की घोषणा की": a shutdown (bandh) is called against the government
                target = described("सरकार", text[hit.start:hit.end], country)
            if etype == "PROTEST" and mode == "demo" and not sources and target is not None and target.id is None \
                    and target.name == "government":
                # "कानून के खिलाफ विरोध प्रदर्शन जारी है": a protest against the government with no one
                # named is the protesters'
                sources = [described("प्रदर्शनकारियों", text[hit.start:hit.end], country)]
            if target is None and etype == "COOPERATE" and sources:
                target = _partner_country(article, floor, hit.start, sources)
            troops = _TROOPS.search(text, floor, hit.start) if etype == "SANCTION" and "वापस" in \
                hit.expression.source else None
            if troops is not None:
                # "मालदीव से भारतीय सैनिकों का दल वापस बुला लिया जाएगा": troops called home retreat
                # (diplomats recalled are a sanction); with no one named, their country calls them
                etype, mode = "RETREAT", "withdraw"
                side = demonym_country(troops.group(1) or "")
                if not sources and side is not None:
                    sources = [Actor(text=troops.group().strip(), name=side[0], code=side[1])]
            if hit.expression.source == _COMPLAINTS and (not _AGAINST_BEFORE_COMPLAINT.search(
                    text, max(floor, hit.start - 60), hit.start) or text.startswith(" पर ", end)):
                # (… शिकायत मिलने पर मामला दर्ज किया: the complaint is why the case was filed)
                continue  # "जिलों से अफवाह फैलाने की शिकायतें मिली हैं": complaints against no one named
            if hit.expression.source == _RESPONSIBLE and not _COPULA.match(text, hit.end):
                continue  # "हिंसा के लिए जिम्मेदार लोगों के खिलाफ": those responsible, named by a demand
            if hit.expression.source == _RESPONSIBLE or (hit.expression.source == _CONSEQUENCES and not sources):
                # "उपमुख्यमंत्री ने कहा कि पीएफआई हिंसा के लिए जिम्मेदार है": the one said to be
                # responsible is accused, by the one who says it
                if hit.expression.source == _RESPONSIBLE:
                    target = sources[0] if sources else None
                else:
                    # "ट्रंप ने कहा कि … ईरान को गंभीर परिणाम भुगतने होंगे": the speaker threatens, now
                    modality = "asserted"
                sources = roles.reporter(sentence, hit.start)  # "उन्होंने कहा कि …": the one last named
                roles.more_targets = []
            worship = _WORSHIP.search(text, max(sentence.start, hit.start - 60), hit.start) \
                if target is None and etype in ("ASSAULT", "PROTEST") and mode != "demo" else None
            if worship is not None:
                # "गुरुद्वारा ननकाना साहिब पर भीड़ के हमले": an attack on a place of worship is on
                # the community that worships there
                target = described(_WORSHIPPERS[worship.group(1)], worship.group(1), country)
            speaker_in = _IN_TALKS.match(text, hit.end) if etype == "CONSULT" and hit.expression.nominal else None
            ne = text.find(" ने ", speaker_in.end(), sentence.end) if speaker_in is not None else -1
            np = np_before(text, ne + 1, speaker_in.end()) if speaker_in is not None and ne > 0 else None
            with_other = sources and _WITH_BEFORE.search(text, max(floor, hit.start - 40), hit.start)
            if np is not None and (talker := roles.actor(*np)) and (target is not None or with_other):
                # (only talks with another side named: "सम्मेलन में नेताओं ने …" is no two sides' talks)
                # "मैक्रों के साथ टेलीफोन पर बातचीत में रूहानी ने यह बात कही": the one who spoke in the
                # talks held them
                if target is None and with_other and actor_name(sources[0]) != actor_name(talker[0]):
                    target = sources[0]  # the other side the talks' phrase named ("मैक्रों के साथ")
                sources = talker
                if target is not None and actor_name(target) == actor_name(talker[0]):
                    target = None
            if hit.expression.source == _MARTYRED and any(
                    ev.sentence == index and ev.type in ("ASSAULT", "PROTEST") for ev in out):
                continue  # "… वाहन को आईईडी से उड़ा दिया, जिसमें आठ जवान शहीद हो गए": that attack's dead
            if hit.expression.source == _MARTYRED:
                # "सेना के दो जवान शहीद हो गये": soldiers killed in an attack are its target; who
                # attacked is told elsewhere or not at all
                target, sources = (sources[0] if sources else target), []
                roles.more_targets = []
            if target is None and etype == "AID":
                target = _aided_place(article, sentence, hit, sources)
            if etype == "AID" and target is None and not sources and not roles.more_targets:
                continue  # "यह … नीतियों में मदद करके": help by no one named to no one named
            if target is None and hit.expression.source in _TAKING_PART:
                target = roles.body_joined(hit, sentence, {a.name or a.text for a in sources})
                if target is None and (host := roles.home_host(sources)) is not None:
                    target, mode = host, "visit"
            kept = text[sentence.start:hit.start].split()[-2:]  # "… कानून का" पालन करेगा
            if hit.expression.source == "पालन {कर}" and kept[1:] == ["का"] and set(kept[:1]) & LAW_WORDS:
                continue  # "अमरीका सशस्त्र संघर्ष के कानून का पालन करेगा": keeping a law agrees with no party
            if etype == "CONSULT" and mode == "visit" and target is not None and target.id is None and \
                    target.name in _FACILITIES:
                continue  # "मंत्री आज अस्पताल का दौरा कर रहे हैं": a visit to a building, no one's host
            if mode == "investigate" and _ACCIDENT.search(text, floor, hit.start):
                continue  # "दुर्घटना के कारणों का पता लगाने के लिए जांच": an accident's inquiry accuses no one
            if hit.expression.source in _WEAK and (target is None or (etype == "AGREE" and (
                    target.id is None or (target.code or "").endswith("BUS")))):
                continue  # an approval agrees with a named party (not a company or "the government")
            if hit.expression.source == "मिलकर" and not (
                    len(sources) > 1 or (target is not None and text[:hit.start].rstrip().endswith("के साथ"))):
                continue  # "X और Y ने मिलकर …", "X ने Y के साथ मिलकर …": their cooperation; else a manner
            if etype == "CONSULT" and not hit.expression.nominal and target is None and not sources and \
                    not roles.more_targets and not _BETWEEN_TWO.search(text, floor, hit.start):
                # (talks "दोनों राष्ट्रपतियों के बीच" are between two, if unnamed)
                continue  # "सम्मेलन में … मुद्दों पर विचार-विमर्श किया जायेगा": talks among no one named
            if etype == "CONSULT" and hit.expression.nominal and target is None and len(sources) < 2 and \
                    not (sources and sources[0].id is None and sources[0].name in MEETING_GROUPS):
                # (the ministers or leaders of several countries meeting consult each other)
                continue  # "समीक्षा बैठक में", "मंत्रिमंडल की बैठक हुई": a body meeting by itself
            resolution = hit.expression.source in _RESOLUTIONS
            if resolution and not sources:
                sources = _house(article, floor, hit.start)  # "गुजरात विधानसभा में … प्रस्ताव पारित किया जाएगा"
            if resolution and (etype == "REQUEST" or target is not None):
                # (a resolution about no act keeps the other party it names)
                target = _asked_of(roles, floor, hit.start, country) or target
            if resolution and not sources and target is None:
                continue  # "जो राज्य प्रस्ताव पारित कर रहे हैं": resolutions in general, no one's in particular
            if resolution and _MOTION.search(text, max(sentence.start, hit.start - 16), hit.start):
                continue  # "धन्यवाद प्रस्ताव पारित": a motion of thanks demands nothing
            if etype == "REQUEST" and target is None and not roles.more_targets and not hit.expression.nominal \
                    and not resolution and not (_DEMANDED.match(text[hit.start:end]) and sources):
                # (a resolution stands by itself: "… से संबंधित प्रस्ताव पारित किया"; a demand made,
                # "लोगों ने … बहाल करने की भी मांग की", is one even with no one named it is made of)
                continue  # an appeal to no one named (बच्चों से … करने को कहा is advice, not a demand)
            if etype == "REQUEST" and _SUGGESTIONS.search(text, max(floor, hit.start - 40), hit.start):
                continue  # "लोगों से सुझाव आमंत्रित किये", "सुझाव देने का आग्रह": a public consultation, no demand
            if etype == "REQUEST" and target is not None and target.id is None and target.name == "officials" and \
                    not GENITIVES & set(target.text.split()):
                continue  # "उन्होंने अधिकारियों से कहा कि वे … ध्यान दें": instructing one's officials is administration
            if etype == "SUPPORT" and text.startswith("स्वागत", hit.start) and target is not None and \
                    any(e.label == "PER" and e.text == target.text for e in article.entities):
                # "X ने वियना में मोदी का स्वागत किया": a visitor welcomed is a visit to the host's
                # country (the place named, else the host's), not support
                host = _host_country(article, _location(article, floor, hit.start), sources)
                etype, mode, sources, target = "CONSULT", "visit", [target], host
            if etype == "SUPPORT" and _GREETING.match(text, hit.start) and (
                    _OCCASION.search(text, sentence.start, hit.start) or target is None or
                    (target.id is None and target.name in ("people", "citizens", "countrymen"))):
                continue  # festival greetings to the public (देशवासियों को शुभकामनाएं दीं) are no support of a party
            if etype == "SANCTION" and target is None and _ON_ITS_OWN.search(text, floor, hit.start):
                continue  # "वह अपनी गतिविधियों पर प्रतिबंध नहीं लगाएगा": limits on oneself sanction no one
            if etype == "REJECT" and _ACCUSATION.search(text, max(sentence.start, hit.start - 24), hit.start):
                continue  # "रूस ने इस आरोप से इनकार किया": denying an accusation is a statement (EVENTS.md rule 8)
            if hit.expression.source in _ARRIVING and \
                    _civilians(sources or _group_list(text, floor, hit.start, country)):
                continue  # "सैकड़ों लोग भागकर मिज़ोरम पहुंचे": people fleeing, not a visit
            if hit.expression.source in _ARRIVING and not (
                    _visit_abroad(article, target, sources) and target is not None and
                    target.text in text[max(sentence.start, hit.start - 40):hit.end + 40]):
                # arriving at or leaving for a place at home is travel, not a visit; and the place
                # is named by the verb ("व्यापार 85 अरब डॉलर तक पहुंच गया" reaches no country)
                continue
            if etype == "AGREE" and negated and modality == "future" and _ACCEPT.match(text[hit.start:end]):
                # "will not accept" is a refusal (gold/EVENTS.md rule 8); "has not accepted" (यह
                # प्रस्ताव अब तक स्वीकार नहीं किया, मांग नहीं मानी गई) is the agreement, negated
                etype, negated, modality = "REJECT", False, "asserted"
            if etype == "MOBILIZE" and mode != "weapons" and not sources and PASSIVE.match(text, hit.end):
                # "केंद्रीय बलों की कंपनियां तैनात की गईं": the deployed force is the source (EVENTS.md rule 4)
                sources = _group_list(text, floor, hit.end, country)
            helped = _TO_HELP.search(text, floor, hit.start) if etype == "MOBILIZE" and mode == "troops" else None
            if helped is not None:
                # "आग से प्रभावित समुदायों की मदद के लिए नौसैनिक पोत तैनात किए": help sent, not force shown
                etype, mode = "AID", None
                if target is None:
                    np = np_before(text, helped.start(), floor)
                    found = roles.actor(*np) if np else []
                    target = found[0] if found else None
                home_place = _location(article, floor, hit.start) if not sources and not _NE.search(
                    text, floor, hit.start) else None
                if home_place is not None and (home_place.id or "").startswith("country:"):
                    # "ऑस्ट्रेलिया में … की मदद के लिए नौसैनिक पोत तैनात किये": no one else named, the
                    # country's own forces help at home
                    sources = [home_place]
            sent = {g.sector for w in text[floor:hit.start].split() if (g := groups().get(w)) is not None} \
                if hit.expression.source == "रवाना {कर}" else set()
            if sent & {"CVL", "EDU"} and not sent & {"MIL", "COP"}:
                continue  # "पर्यटकों के पहले जत्थे को रवाना किया": civilians flagged off, no force sent
            if etype == "MOBILIZE" and mode == "troops" and _RELATIVE.search(text, max(sentence.start, floor - 12),
                                                                                hit.start):
                continue  # "दूतावास, जिसमें … सुरक्षा बल भी तैनात हैं": where forces are stationed, no deployment
            if etype == "MOBILIZE" and mode == "troops" and not _NE.search(text, floor, hit.start):
                # no one deploys: the forces named before the verb are deployed, each a source
                # ("सेना और असम राइफल्स की टुकड़ियों को तैनात करना पड़ा", "हर दो किलोमीटर पर पुलिस बल तैनात
                # रहेगा")
                forces = [*sources, target] if target is not None and _force(target) else sources
                if not forces:
                    np = np_before(text, hit.start, floor)
                    force = group_actor(text, *np, country) if np else None
                    forces = [force] if force is not None and _force(force) else []
                if forces and all(_force(f) for f in forces):
                    sources, target = forces, None
            if etype == "COERCE" and mode == "arrest" and sources and \
                    text[hit.start:end].split()[-1] in ("में", "नजरबंद", "नज़रबंद") and _HELD.match(text, end) and \
                    not _NE.search(text, floor, hit.start):
                # "उमर अब्दुल्ला अब भी हिरासत में हैं": in custody, the subjects are the detained (one event
                # each where several are joined); no one named holds them
                roles.more_targets = [*sources[1:], *roles.more_targets]
                target, sources = sources[0], []
            if etype == "ASSAULT" and modality == "future" and not negated and \
                    KI.search(text, max(sentence.start, hit.start - 120), hit.start):
                # "… इस बयान से … कि वे ईरान के स्थलों पर बमबारी करेंगे": violence one says one will
                # do is a threat of it, made now (gold/EVENTS.md rule 11)
                etype, mode, modality = "THREATEN", "violence", "asserted"
            if hit.expression.source in _THREAT_BY_WORDING and modality != "hypothetical":
                # "बख्शा नहीं जाएगा", "जवाब दिया जाएगा", "इस्तेमाल से इनकार नहीं किया": the future or the
                # negation is what is threatened; the threat is made, asserted (rule 11)
                modality, negated = "asserted", False
            if etype == "REJECT" and text.startswith("चुनौती", hit.start) and target is not None and any(
                    e.label == "PER" and (e.name == target.name or e.text == target.text) for e in article.entities):
                # "राहुल गांधी को चुनौती दी": a dare to a person (a decision challenged is refused)
                etype, mode = "REQUEST", None
            if etype == "AGREE" and text.startswith("सहमति", hit.start) and text[floor:hit.start].split()[-1:] == ["से"]:
                etype = "SUPPORT"  # "किसानों के आंदोलन से सहमति जताई": agreeing with a cause endorses it
            if etype == "MOBILIZE" and mode == "weapons" and (target is not None or
                                                              _STRUCK.search(text, floor, hit.start) is not None):
                etype, mode = "ASSAULT", "heavy-weapons"  # missiles fired at someone or into a place: an attack
            if hit.expression.type == "CONSULT" and (_PRESS.search(text, max(sentence.start, hit.start - 40), hit.start)
                                                     or _PRESS_BEFORE.search(text, sentence.start, hit.start)):
                continue  # talking to reporters is a statement, not a consultation
            location = _location(article, floor, hit.start)
            trigger = Trigger(hit.start, end, text[hit.start:end])
            targets = [target, *roles.more_targets]
            pairs: list[tuple[Actor | None, Actor | None]] = [(s, t) for s in sources for t in targets] or \
                [(None, t) for t in targets]
            if target is None and len(sources) == 2 and etype in _MUTUAL:
                pairs = [(sources[0], sources[1])]
            roles.pairs.extend(pairs)
            # (what one is accused of doing is not the doer the sentence goes on with)
            # (nor is the doer of an event noun inside another phrase: "अमेरिका के ड्रोन हमले में …")
            embedded = hit.expression.nominal and _EMBEDDED_NOUN.match(text, hit.end) is not None
            roles.last = (end, sources) if sources and accused is None and not embedded else roles.last
            for source, other in pairs:
                # an event condemned (हिंसक प्रदर्शन की कड़ी निंदा) happened: not a bare mention
                # nor is one that people died or were hurt in ("हिंसा में 48 लोग मारे गए")
                # (unless it names again an event just coded: "बारूदी सुरंग के विस्फोट में")
                nominal.append(hit.expression.nominal and not _CONDEMNATION.match(text, hit.end) and
                               not (source is None and other is None and _CASUALTIES.match(text, hit.end) and
                                    not any(h.expression.type == etype and h.end <= hit.start for h in hits)))
                out.append(Event(
                    type=etype, mode=mode, trigger=trigger, sentence=index,
                    source=source, target=other, date=_date(article, sentence, floor, roles.names, end),
                    location=location,
                    negated=negated, modality=modality,  # type: ignore[arg-type]
                ))
    return [_as_riot(ev) for ev in first_mentions(_encounters(out), nominal)]


def _head_words(verb_group: str) -> str:
    """The first half of a verb group (and 12 characters more), cut at a word's end: a cut inside
    "सम्पतन ने" would leave a "न" that reads as a negation."""
    cut = len(verb_group) // 2 + 12
    head = verb_group[:cut]
    return head if cut >= len(verb_group) or verb_group[cut] == " " else head.rsplit(" ", 1)[0]


def _encounters(events: list[Event]) -> list[Event]:
    """"पुलिस ने मुठभेड़ के बाद तीन आतंकवादियों को गिरफ्तार किया": an encounter named with no party is
    between the parties of the next act of its sentence."""
    out = list(events)
    for i, ev in enumerate(out):
        if ev.source is None and ev.target is None and ev.trigger.text in _ENCOUNTER:
            after = next((x for x in out[i + 1:] if x.sentence == ev.sentence and x.source and x.target), None)
            if after is not None:
                out[i] = replace(ev, source=after.source, target=after.target)
    return out


def _as_riot(ev: Event) -> Event:
    """"भीड़ के हमले": a mob's violence is a riot, PROTEST in PLOVER. (Only now, after re-mentions
    are dropped: "हमले की निंदा" later names the same attack.)"""
    if ev.type == "ASSAULT" and ev.source is not None and ev.source.id is None and ev.source.name == "mob":
        return replace(ev, type="PROTEST", mode="riot")
    return ev


# "X में", "X शहर में": in the place X.
_IN_PLACE = re.compile(r"(?:\s+(?:शहर|नगर|इलाके|क्षेत्र|जिले|ज़िले|प्रांत))?\s+में" + WORD_END)
# An accusation of an act (… करने का आरोप): the trigger follows the act's infinitive.
_OF_AN_ACT = re.compile(r"[\u0900-\u097f]{2,}ने\s+(?:का|के)\s+$")
# An act named as what someone is accused of (… करने का आरोप).
_ACCUSED_OF = re.compile(r"\s+(?:का|के)\s+(?:आरोप|आरोपों)" + WORD_END)
_APOLOGY = re.compile(r"(?:माफी|माफ़ी|क्षमा)" + WORD_END)

# "… के (एक दिन) बाद": the end of an adjunct that places the main event after this one.
_AFTER_IT = re.compile(r"\sके\s+(?:[^\s]+\s+){0,2}(?:बाद|पहले|उपरांत)" + WORD_END)

# "… के एक दिन बाद कल": the event N days before (or after) the time that follows.
_DAYS_APART = re.compile(r"\sके\s+(एक|दो|तीन|चार|पांच|पाँच|छह|सात|\d{1,2})\s+(?:दिन|दिनों)\s+(बाद|पहले)\s+$")
_COUNT = {"एक": 1, "दो": 2, "तीन": 3, "चार": 4, "पांच": 5, "पाँच": 5, "छह": 6, "सात": 7}

# A time followed by a genitive and a noun names a thing, not when the event happened.
_NAMES_A_THING = re.compile(r"\s+(?:के|की|का)\s+(?!(?:दौरान|बाद|पहले|बीच|अंत|शुरू|आसपास|तक)"
                            + WORD_END + ")")
_ACCIDENT = re.compile(r"(?<![\u0900-\u097f])(?:दुर्घटना|दुर्घटनाओं|हादसे|हादसा|हादसों)" + WORD_END)

# Threats made by the wording of what is threatened (its future or its negation is the threat).
# "… के खिलाफ कार्रवाई की जाएगी": action promised against someone, a threat.
_ACTION_PROMISED = frozenset({"कार्रवाई की", "सख्त|सख़्त|कड़ी|कठोर कार्रवाई की"})
_THREAT_BY_WORDING = frozenset({"बख्शा|बख़्शा नहीं {जा}", "जवाब दिया जाएगा", "जवाबी कार्रवाई {कर}",
                                "इस्तेमाल|प्रयोग से इनकार|इंकार नहीं {कर}", *_ACTION_PROMISED})
_AGAINST_BEFORE = re.compile(r"(?:\sपर|खिलाफ|ख़िलाफ़)\s+$")
_WILL_BE_DONE = re.compile(r"\s+(?:जाएगी|जायेगी|जाएंगी)" + WORD_END)

# Adjectives that say their noun is protesting (EVENTS.md rule 2).
_PROTESTING = frozenset({"हड़ताली", "प्रदर्शनकारी"})

# "… से (भी) कहा (है) कि": what one is told, a request when its verb is a subjunctive.
_SAID_TO = re.compile(r"\sसे\s+(?:भी\s+|ही\s+)?(कहा)(?:\s+(?:है|था|हैं|थे))?\s+कि\s")
_TOLD = compile_expression("REQUEST", None, "कह~")
_SUBJUNCTIVE = frozenset({"करे", "दे", "ले", "रहे", "जाए", "जाये", "पाए", "बरते", "रखे", "डाले"})
_BECAUSE = re.compile(r"[,;]|\s(?:क्योंकि|लेकिन|परंतु|किंतु|ताकि|जबकि)\s")
_NOT_SUBJUNCTIVE = frozenset({"हैं", "में", "हें", "थें"})

# "अमरीका द्वारा [बगदाद में] मारे जाने": the killer named with द्वारा, a few words before.
_KILLED = "मारे|मारा|मारी जाने|जाना"  # the lexicon's expression
_MARTYRED = "शहीद {हो}"  # the lexicon's expression
_KILLED_BY = re.compile(r"[^\s]+\s+द्वारा\s+(?:[^\s]+\s+){0,3}$")
_VICTIM = re.compile(r"\s(?:को|के)\s")
_EMBEDDED_NOUN = re.compile(r"\s+(?:में|की|का|के|को|पर|से)" + WORD_END)
# "अपने … पर": on one's own things.
_ON_ITS_OWN = re.compile(r"(?<![\u0900-\u097f])(?:अपने|अपनी|अपना)\s+(?:[^\s]+\s+){0,12}?पर\s+(?:[^\s]+\s+){0,3}$")
_UNKNOWN = re.compile(r"(?<![\u0900-\u097f])अज्ञात\s+$")

_CASUALTIES = re.compile(r"\s+में\s+(?:[^\s।,]+\s+){0,6}?(?:मारे\s+ग|मारी\s+ग|मारा\s+ग|की\s+मौत|घायल|हताहत)")

# Armed encounters (between police or troops and militants).
_ENCOUNTER = frozenset({"मुठभेड़", "मुठभेड़ों"})

# "जांच … कराये जाने के आदेश दिये": an inquiry ordered (up to eight words between).
_ORDERED = re.compile(r"(?<![\u0900-\u097f])(?:जांच|जाँच)(?:\s+[^\s।,;]+){1,8}?\s+(?:कराने|कराए|कराये|कराई|करने|किए|किये)"
                      r"(?:\s+जाने)?\s+के\s+आदेश\s+(?:दिए|दिये|दिया|दे\s+दिए|दे\s+दिये)" + WORD_END)
_INQUIRY = compile_expression("ACCUSE", "investigate", "जांच … के आदेश {दे}")

# A legislature's resolutions (a demand, or support), and the motions that are neither.
_RESOLUTIONS = frozenset({"प्रस्ताव|संकल्प पारित {कर}", "समर्थन में|का प्रस्ताव|संकल्प पारित {कर}"})
_MOTION = re.compile(r"(?<![\u0900-\u097f])(?:धन्यवाद|शोक|अविश्वास|विश्वास|विश्वासमत)\s+$")

# Arriving or leaving: a visit only to a named country.
_ARRIVING = frozenset({"पहुंच~|पहुँच~", "रवाना {हो}"})

# Described groups that are buildings or places: visiting one consults no party.
_FACILITIES = frozenset({"hospital", "hospitals", "building", "buildings", "villages"})

# Taking part (in a body's meeting): the body is the other party.
_TAKING_PART = frozenset({"शामिल {हो}", "हिस्सा|भाग {ले}"})

# Expressions that are a visit or a meeting only with a named place or party (पहुंचे, शामिल हुए).
_WEAK = frozenset({"पहुंच~|पहुँच~", "रवाना {हो}", "शामिल {हो}", "हिस्सा|भाग {ले}",
                   # an approval is an agreement only with a party (a cabinet approving a scheme is not)
                   "मंजूर|मंज़ूर {कर}", "मंजूरी|मंज़ूरी|स्वीकृति {दे}"})
