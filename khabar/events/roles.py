"""Who did what to whom: the roles of an event from postpositions and clause structure.

Roles, within the trigger's clause (back to a comma, कि, लेकिन...):

- the doer is the noun phrase before ने (an earlier one when the last names no actor), or द्वारा
  in a passive, or an ergative pronoun (उन्होंने: the last doer named before), or an unmarked
  subject at the clause start (a person after titles: "श्रीलंका के विदेश मंत्री X … पहुंचे"; a
  described group whose head is the phrase's last words: "विपक्षी गठबंधन के दल"; वह/वे: the
  speaker), or the ने-doer after a participle ("… ठुकराते हुए मुख्यमंत्री ने"), or the doer of the
  sentence's previous event or clause unless a कि lies between (reported speech: the speaker is
  not the doer of what is reported). An agentless passive reported by a speaker ("मंत्रालय ने कहा
  कि शुल्क लगाया जाएगा") takes the speaker's side as doer.
- the other party is the genitive right before a noun trigger (X की आलोचना की, X का समर्थन), else
  a phrase marked by को, से, के साथ, पर or के खिलाफ in the order the event type prefers; object
  pronouns (उन्हें) pass over the clause's own doer. "A और B के बीच" gives both parties;
  "दोनों नेताओं ने" the two parties of the last event that had both. A visit's other party is
  the country of the place visited (मोदी की रूस यात्रा, "यात्रा पर आज मॉस्को रवाना होंगे").
- an event noun inside another clause (हिंसा की निंदा, हवाई हमले में) does not take the clause's
  doer: only the phrase right before it (रूस का हमला, X पर हमला, X की गिरफ्तारी) or द्वारा.
- actors are linked entities, described groups (``actor_groups.tsv``; a bare title such as
  गृहमंत्री is the person the article introduced with it, a bare head noun such as निदेशालय the
  organisation named before with it), or a country's side named by its adjective (जर्मन दूतावास);
  other phrases are not actors.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from khabar.events.actors import (
    AFTER_COMMUNITY,
    BODY_WORDS,
    MEMBERS,
    THING_AFTER,
    counterpart,
    country_actor,
    demonym_country,
    entity_actor,
    group_actor,
    groups,
    title_holder,
)
from khabar.events.lexicon import Expression
from khabar.grammar import WORD_END
from khabar.grammar.phrases import np_before
from khabar.kb import load_kb
from khabar.lang import word_list
from khabar.model import Actor, Article, Entity, Span

_CLAUSE_START = re.compile(r"[,;:]\s|\s(?:कि|लेकिन|जबकि|परंतु|किंतु|मगर|क्योंकि|ताकि|तथा|तो)\s")

PARTICIPLE = re.compile(r"\s+(?:करते|करती|देते|लेते|होते)?\s*(?:हुए|हुये)" + WORD_END)

_MARKER = re.compile(
    r"(?<=\s)(?P<m>ने|को|से|तक|के\s+साथ|पर|के\s+खिलाफ|के\s+ख़िलाफ़|के\s+विरुद्ध|के\s+आसपास|की\s+ओर|की\s+तरफ|के\s+पास\s+से|द्वारा|की|के|का)(?=\s)"
)

_NE = re.compile(r"\sने(?=\s)")

_COMPARATIVE = re.compile(r"\s+(?:अधिक|ज्यादा|ज़्यादा|कम|ऊपर)" + WORD_END)

_PRONOUN = re.compile(r"उन्होंने|उसने|इन्होंने|इसने|वह|वे|उन्हें|उसे|उनके|उसके|उनकी|उसकी|उनका|उसका|उन|उस")

# The country a bare title belongs to in an article that names no country: a Hindi news report's
# "नेता प्रतिपक्ष" is India's.
HOME: Mapping[str, str] = MappingProxyType({"hi": "IND"})

_TITLES = frozenset({"prime minister", "president", "chief minister", "minister", "home minister",
                     "foreign minister", "defence minister", "finance minister", "governor", "lieutenant governor",
                     "vice president", "leader of the opposition"})

# Event nouns whose genitive is their doer (रूस का हमला); for the others it is the one affected
# (नेता की गिरफ्तारी, हिंसा की निंदा).
_AGENT_GENITIVE = frozenset({"ASSAULT", "PROTEST", "MOBILIZE", "AID", "COOPERATE", "RETREAT", "THREATEN", "REQUEST",
                             "SUPPORT", "AGREE", "REJECT", "CONCEDE"})

# Event nouns whose genitive is their maker whatever their type: कनाडा के आरोप, जर्मनी की टिप्पणी
# (but भारत की आलोचना is criticism of India).
_AGENT_NOUNS = frozenset({"आरोप", "आरोपों", "टिप्पणी", "टिप्पणियों", "आलोचनात्मक", "फटकार", "शिकायत", "शिकायतों", "दावे",
                          "दावों"})

# An event noun followed by a postposition is a phrase inside another clause (हिंसा की निंदा).
# Event nouns whose genitive is the one acted on (X की हत्या: X was killed), where other attack
# nouns take their doer (X का हमला).
_PATIENT_NOUNS = frozenset({"हत्या", "हत्याओं", "अपहरण", "पिटाई", "हिरासत", "गिरफ्तारी", "रिहाई"})

_EMBEDDED = re.compile(r"\s+(?:में|की|का|के|को|पर|से|ने)" + WORD_END)

_AND = re.compile(r"\s(?:और|तथा|एवं)\s")

# Types whose पर phrase is the topic (agreeing on, talking about), not the other party.
_TOPIC_ON = frozenset({"AGREE", "CONSULT", "COOPERATE"})

# The end of an adverbial phrase that may open a clause before its subject.
_ADJUNCT_END = re.compile(r"\s(?:में|के\s+लिए|के\s+लिये|के\s+बाद|के\s+दौरान|के\s+तहत|के\s+मुताबिक|के\s+अनुसार|से\s+पहले"
                          r"|के\s+बावजूद|के\s+(?:खिलाफ|ख़िलाफ़|विरोध\s+में)"
                          r"|[\u0900-\u097f]{2,}ने\s+पर|(?:इस|उस)\s+दौरान)(?=\s)")  # … होने पर: a condition

# A phrase ending in an oblique infinitive (रखने, करने): an act, not an actor.
_INFINITIVE_END = re.compile(r"[\u0900-\u097f]{2,}ने\s*$")

_DESTINATION = re.compile(r"(?:\s+[^\s,।]+){1,4}?\s+(?:रवाना|पहुंच|पहुँच|जाएंगे|जाएगा|जाएगी|गए|गये|आएंगे|आए|आये)")

# A place or time phrase may stand before an unmarked subject ("समारोह में X के नेता शामिल हुए").
_ADJUNCT = frozenset({"में", "के", "की", "का"})
# Words of a law or a rule: a country's adjective in its name (भारतीय दंड संहिता) names no party, and
# keeping one (… कानून का पालन करेगा) agrees with no party.
LAW_WORDS = frozenset({"संहिता", "अधिनियम", "कानून", "क़ानून", "कानूनों", "क़ानूनों", "नियम", "नियमों", "संविधान",
                       "विधेयक", "धारा", "धाराओं"})
# Group words that are also adjectives of the group after them (आंदोलनकारी किसान, प्रदर्शनकारी छात्र).
_ADJECTIVAL = frozenset({"आंदोलनकारी", "प्रदर्शनकारी", "हड़ताली"})

# Groups that stand for the country they belong to (its leaders, its delegation).
_LED_BY = re.compile(r"नेतृत्व\s+(?:वाले|वाली|वाला)" + WORD_END)

_SIDES = frozenset({"leader", "leaders", "delegation"})
_WHERE = re.compile(r"(?:\s+(?:शहर|नगर|इलाके|क्षेत्र|जिले|ज़िले|प्रांत|राज्य))?\s+में" + WORD_END)
_IN_THE_STATEMENT = re.compile(r"(?<![\u0900-\u097f])(?:इस|उस|अपने)\s+(?:बयान|वक्तव्य|संदेश)\s+में\s")
_DOER_OF = re.compile(r"[\u0900-\u097f]{2,}ने\s+(?:वाले|वाली|वाला|वालों)" + WORD_END)
_BOTH_SIDES = re.compile(r"(?<![\u0900-\u097f])दोनों\s+(?:पक्षों|देशों)$")
_THESE_TWO = re.compile(r"(?:इन|उन)\s+दोनों\s+(?:नेताओ\S*|नेता|मंत्रियों|व्यक्तियों|लोगों)")
_PARTY_WORKERS = frozenset({"कार्यकर्ता", "कार्यकर्ताओं"})
_MINISTERS = frozenset({"minister", "ministers", "foreign ministers"})
_TITLE_OF: Mapping[str, str] = MappingProxyType({"foreign ministers": "foreign minister"})  # plural group names
# Groups whose meeting is a consultation among its members (विदेश मंत्रियों की बैठक), where a body
# meeting by itself (मंत्रिमंडल की बैठक) is not.
MEETING_GROUPS = frozenset({"ministers", "foreign ministers", "leaders"})
_DONE_ON = re.compile(r"\sपर\s+(?:किए|किये|की)\s+(?:गए|गये|गई|गयी)\s*$")
# "X के दो गुटों के बीच": two factions of one group
_FACTIONS = re.compile(r"(?<![\u0900-\u097f])([\u0900-\u097f]+)\s+के\s+(?:दो\s+)?(?:गुटों|पक्षों|समूहों|धड़ों)\s+के\s+बीच")
# Nouns that make a पर phrase a topic ("X के मुद्दे पर"), never a party.
_TOPIC_NOUNS = frozenset({"मुद्दे", "मुद्दों", "मामले", "मामलों", "विषय", "विषयों", "सवाल", "सवालों", "बारे"})
# "X की ओर से": from X's side (the one an invitation, offer or statement comes from)
_FROM_SIDE = re.compile(r"\s(?:की|के)\s+ओर\s+से\s+(?:[^\s]+\s+)?$")
# Acts whose noun takes its doer as a genitive (X की हड़ताल), in any clause.
_OWNED_ACTS = frozenset({"PROTEST", "CONSULT"})

# "उन्हें पीछे हटने पर मजबूर किया": the one forced does the act it is forced into
_FORCED = re.compile(r"\s+(?:पर|के\s+लिए|के\s+लिये)\s+(?:मजबूर|विवश|बाध्य)" + WORD_END)
# "अनशन पर बैठे कार्यकर्ता सोनम वांगचुक ने": the one sitting on a protest does it
_SITTING = re.compile(r"\s+पर\s+(?:बैठे|बैठी|बैठा)\s+")
_SAT = re.compile(r"\sपर\s+(?:बैठे|बैठी|बैठा)$")  # the trigger itself: "धरने पर बैठे"

_OBJECT_PRONOUN = re.compile(r"(?<![\u0900-\u097f])(?:उन्हें|उसे|इन्हें|इसे)" + WORD_END)

KI = re.compile(r"\sकि\s")

# "X के (इस) बयान / दावे / घोषणा": a statement, its owner marked by the genitive before it
_STATEMENT = re.compile(r"\s(?:के|की)\s+(?:इस\s+|उस\s+)?(?:बयान|दावे|घोषणा)(?=\s)")

# A death reported after an attack noun: "… की मौत", "… मारे गए", "… मारे जाने".
_DEATH = re.compile(r"\s(?:(?:की\s+)?मौत|मारे\s+ग|मारे\s+जा|मारा\s+गया|मारी\s+गई)")

_KI_AFTER = re.compile(r"(?:\s+(?:है|हैं|था|थी|थे))?\s+कि\s+(?:अगर\s+|यदि\s+)?")

# A proposal, demand or plea: refusing or accepting it refuses or accepts its maker.
_PROPOSAL = re.compile(r"(?<![\u0900-\u097f])(?:प्रस्ताव|सुझाव|मांग|मांगें|मांगों|मांगे|याचिका|याचिकाएं|अर्जी|अर्ज़ी|अपील|अपीलें"
                       r"|अपीलों|पेशकश|शर्त|शर्तें|निमंत्रण|न्योता|न्यौता|अनुरोध|आग्रह|योजना)" + WORD_END)

_PROPOSAL_TARGET = frozenset({"REJECT", "AGREE", "CONCEDE"})

_BETWEEN = re.compile(r"\sके\s+(?:बीच|दरम्यान)(?=\s)")
_COUNTERPART = re.compile(r"समकक्ष(?:ों)?" + WORD_END)

_BOTH = re.compile(r"\s*दोनों\s")
_BOTH_BETWEEN = re.compile(r"(?<![\u0900-\u097f])दोनों\s+([\u0900-\u097f]+)\s*$")

_BOTH_NE = re.compile(r"दोनों\s+(?:[^\s]+\s+)?ने\s")

PASSIVE = re.compile(r"(?:\s+(?:नहीं|कर|की|किया|किए|किये|दिया|दी|दिए|लिया|ली|लिए))*"
                      r"\s+(?:जाएगा|जाएगी|जाएंगे|जायेगा|जायेगी|गया|गई|गए|गयी|जा\s+रह|जाता|जाती|जाते)")

_BY_DOER = re.compile(r"\sद्वारा\s")
_ON = re.compile(r"\sपर\s")

_NUMBER = re.compile(r"(?:\d+|दो|तीन|चार|पांच|पाँच|छह|सात|आठ|नौ|दस|दोनों|तीनों|चारों)")

_ERGATIVE = re.compile(r"(?<![\u0900-\u097f])(?:उन्होंने|उसने|इन्होंने|इसने|हमने)" + WORD_END)

_TARGET_MARKERS = {
    "CONSULT": ("से", "के साथ", "को", "की", "का", "के"),
    "REQUEST": ("से", "को"),
    "ACCUSE": ("पर", "के खिलाफ", "के ख़िलाफ़", "को", "की"),
    "ASSAULT": ("पर", "को", "के खिलाफ", "की"),
    "THREATEN": ("को", "के खिलाफ"),
    "SANCTION": ("पर", "के खिलाफ", "को"),
    "COERCE": ("को", "की", "के पास से"),  # "एक यात्री के पास से … ज़ब्त किया": seized from the passenger
    "AID": ("को", "तक"),  # "फंसे लोगों तक दवाइयां गिराईं": aid reaches them
    "SUPPORT": ("की", "का", "को"),
    "REJECT": ("को", "का", "की"),
    "AGREE": ("को", "का", "की"),
    "COOPERATE": ("के साथ", "से"),
    "MOBILIZE": ("के आसपास", "की ओर", "की तरफ", "के खिलाफ", "पर"),  # ताइवान के आसपास … रवाना
}

# Events whose other party may head a chain of genitives (X की सदस्यता की दावेदारी का समर्थन).
_CHAIN_TARGET = frozenset({"SUPPORT", "REJECT", "ACCUSE", "AGREE"})

_GIVE = re.compile(r"(?<![\u0900-\u097f])(?:दिया|दी|दिए|दिये|दीं|देंगे|देगा|देगी|देने|दे)" + WORD_END)

_DEFAULT_TARGETS = ("को", "से", "पर", "के साथ", "के खिलाफ")

GENITIVES = frozenset({"के", "की", "का"})

_AUXILIARIES = frozenset({"है", "हैं", "था", "थे", "थी", "हो", "गया", "गई", "गए", "गये", "हुआ", "हुई", "हुए"})
# Words that close a clause before "और" (a finite verb or its auxiliary).
_FINITE = _AUXILIARIES | frozenset({"किया", "की", "कीं", "किए", "किये", "दिया", "दी", "दिए", "लिया", "ली", "कहा"})

_POSTPOSITIONS = frozenset({"के", "की", "का", "को", "से", "में", "पर", "ने", "तक"})
# Words after a place's name that make it the name of a thing ("इराक स्थित", "नई दिल्ली घोषणापत्र").
_NAME_OF_A_THING = frozenset({"स्थित", "घोषणापत्र", "घोषणा-पत्र", "संधि", "समझौते", "समझौता"})
# Words after a genitive that make it a place, not the other party ("गांधी प्रतिमा के सामने धरना"; but
# one surrenders "पुलिस के सामने", to the police).
_NOT_GENITIVE_HEAD = _POSTPOSITIONS | frozenset({"सामने", "पास", "बाहर", "भीतर", "अंदर", "निकट", "नजदीक", "नज़दीक",
                                                 "समीप", "पीछे", "ऊपर", "नीचे"})


@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    expression: Expression


def clause_start(text: str, sentence: Span, pos: int, names: frozenset[int] = frozenset()) -> int:
    """Where the clause holding ``pos`` starts; a comma between two names (``names``: where names
    end and start) joins a list, it does not end a clause."""
    start = sentence.start
    for m in _CLAUSE_START.finditer(text, sentence.start, pos):
        if text[m.start()] == "," and ((m.start() in names and m.end() in names) or _listed(text, m.start(), pos)):
            continue
        if m.group().strip() == "तथा" and _nouns_joined(text, m.start(), m.end()):
            continue  # "कर ढांचे तथा निर्यात के मुद्दों पर": a list of nouns, not a second clause
        start = m.end()
    return start


def _nouns_joined(text: str, start: int, end: int) -> bool:
    """Whether the words on both sides of a conjunction at ``[start, end)`` are nouns (neither a
    verb, an auxiliary nor a postposition)."""
    stops = word_list("hi", "speaker_np_stops") | _POSTPOSITIONS | _FINITE
    before = text[max(0, start - 30):start].split()[-1:]
    after = text[end:end + 30].split()[:1]
    return bool(before and after) and before[0] not in stops and after[0] not in stops


def _listed(text: str, comma: int, pos: int) -> bool:
    """A comma of a list of nouns ("रक्षा, अंतरिक्ष और परमाणु ऊर्जा के क्षेत्र में"): the next word or
    three lead to और or तथा, and neither they nor the word before the comma is a verb or a
    postposition."""
    stops = word_list("hi", "speaker_np_stops") | _POSTPOSITIONS
    before = text[max(0, comma - 30):comma].split()[-1:]
    after = text[comma + 1:pos].split()[:4]
    if not before or before[0] in stops:
        return False
    for i, w in enumerate(after):
        if w in ("और", "तथा", "औऱ"):  # (औऱ: a typing slip seen in agency copy)
            return i > 0 and i + 1 < len(after) and after[i + 1] not in stops
        if w in stops:
            return False
    return False


class Roles:
    def __init__(self, article: Article, country: str | None) -> None:
        self.a = article
        self.country = country
        self._subject_list: list[tuple[int, list[Actor]]] | None = None
        self.names = frozenset(p for e in article.entities for p in (e.start, e.end))
        self.pairs: list[tuple[Actor | None, Actor | None]] = []  # (source, target) of events so far
        self.last: tuple[int, list[Actor]] | None = None  # the last event's trigger end and doers
        self.more_targets: list[Actor] = []  # conjoined targets after the first, of the last roles() call

    @property
    def subjects(self) -> list[tuple[int, list[Actor]]]:
        if self._subject_list is None:
            self._subject_list = self._subjects()
        return self._subject_list

    def _subjects(self) -> list[tuple[int, list[Actor]]]:
        """Every ने-marked doer of the article with its position: pronouns resolve to the last one."""
        text = self.a.text
        out: list[tuple[int, list[Actor]]] = []
        for sentence in self.a.sentences:
            for m in _NE.finditer(text, sentence.start, sentence.end):
                np = np_before(text, m.start() + 1, sentence.start)
                if np is not None:
                    actors = self.actor(np[0], np[1], resolve=False)
                    if actors:
                        out.append((np[0], actors))
        return out

    def actor(self, start: int, end: int, resolve: bool = True, exclude: frozenset[str] = frozenset()) -> list[Actor]:
        """Actors named in ``[start, end)``: its entities (several when conjoined), else a group."""
        text = self.a.text
        # a phrase that starts inside a name starts with it ("जो बाइडेन ने": the phrase is not "बाइडेन")
        start = min([start, *(e.start for e in self.a.entities if e.start < start < e.end)])
        start = self._extend_list(start)
        including = _INCLUDING.search(text, start, end)
        if including is not None and any(start <= e.start and e.end <= including.start() for e in self.a.entities):
            # "भाजपा, कांग्रेस और माकपा सहित सभी दलों ने": those named act (the rest are not named),
            # the whole list of them
            end = including.start()
            start = self._list_start(start)
        # "इराक स्थित अमरीकी ठिकाने": a place, not the party; "नई दिल्ली घोषणापत्र": a document's name
        inside = [e for e in self.a.entities if start <= e.start and e.end <= end
                  and not set(text[e.end:e.end + 12].split()[:1]) & _NAME_OF_A_THING]
        if inside:
            last = inside[-1]
            rest = text[last.end:end].split()
            if _LED_BY.search(text, last.end, end) and rest[:1] not in (["और"], ["तथा"]):
                # "डीएमके के नेतृत्व वाले विपक्ष ने": the group acts under the one that leads it
                return [entity_actor(last, self.a.published)]
            if rest and (group := group_actor(text, last.end, end, self.country)):
                force = entity_actor(last, self.a.published)
                if last.label == "ORG" and rest[0] in GENITIVES and rest[-1] in MEMBERS and \
                        (force.code or "")[-3:] in ("MIL", "COP"):
                    return [force]  # "भारतीय सेना के दो जवान": the army's soldiers, as the army
                if rest[0] in ("और", "तथा") and len(rest) <= 4:
                    # "चंदा कोचर और उनके परिवार": the one named leads the group joined to it
                    return [self._named_or_described(last)]
                if last.label == "ORG" and last.id and rest in (["सरकार"], ["पार्टी"], ["दल"]):
                    # "महाविकास अघाड़ी सरकार", "भाजपा सरकार": the party's or alliance's government is
                    # it; "डीएमके पार्टी": the party named
                    return [entity_actor(last, self.a.published)]
                if last.label == "LOC" and group.name in _TITLES and (last.id or "").startswith("country:"):
                    # "श्रीलंका के नए राष्ट्रपति": the one who held the country's title that day
                    holder = title_holder(group.name, country_actor(last, self.a.published).code,
                                          self.a.published, text[start:end])
                    if holder is not None:
                        return [holder]
                listed = [e for e in inside if e is last or _joined(text, e, inside)]
                if rest[-1] in _PARTY_WORKERS and rest[:-1] in ([], ["के"]) and all(_party(e) for e in listed):
                    # "भाजपा और कांग्रेस कार्यकर्ताओं ने": a party's workers act for the party
                    return [entity_actor(e, self.a.published) for e in listed]
                if last.label == "LOC" and group.name in _MINISTERS and len(listed) > 1:
                    # "भारत और पाकिस्तान के विदेश मंत्रियों": each country's minister that day, where
                    # all are known
                    holders = self._holders(listed, end)
                    if holders is not None:
                        return holders
                if last.label == "LOC" and (group.name in _SIDES or (group.name in _MINISTERS and len(listed) > 1)):
                    # "बांग्लादेश, श्रीलंका और नेपाल के नेता": the countries themselves; so too the
                    # ministers of several countries (one country's ministers are its ministers)
                    return [entity_actor(e, self.a.published) for e in listed]
                if last.label == "LOC" and len(listed) > 1 and (group.code or "").endswith("MIL"):
                    # "भारत और चीन की सेनाओं ने": each country's army
                    return [replace(group, code=(country_actor(e, self.a.published).code or "")[:3] + "MIL")
                            for e in listed]
                owner = country_actor(last, self.a.published).code if last.label == "LOC" and \
                    rest[0] in GENITIVES and (last.id or "").startswith("country:") else None
                if owner and demonym_country(text[last.end:end]) is None:
                    # "मालदीव के उच्चायुक्त": the country's envoy (MDVGOV), not one of the article's country
                    group = group_actor(text, last.end, end, owner) or group
                return [group]  # रूस की सेना: the army, not Russia
            conjoined = [e for e in inside if not text[e.end:end].strip() or _joined(text, e, inside)]
            return [self._named_or_described(e) for e in (conjoined or [last])]
        if text[start:end].strip() == "आप":
            # "आप ने": the Aam Aadmi Party where the article names it, not the pronoun "you"
            party = [e for e in self.a.entities if e.name == "Aam Aadmi Party" and e.start < start]
            if party:
                return [replace(entity_actor(party[-1], self.a.published), text="आप")]
        if resolve and _PRONOUN.fullmatch(text[start:end].strip()):
            return self.pronoun(start, exclude)
        if resolve and _BOTH_SIDES.search(text[start:end].strip()) and (sides := self._two_sides()):
            # "वह दोनों पक्षों से इसकी अपील करता है": the two parties one act was last done to
            return sides
        if resolve and _THESE_TWO.fullmatch(text[start:end].strip()):
            return self._last_two_people(start)  # "इन दोनों नेताओं के खिलाफ": the two named before
        if resolve and _NUMBER.fullmatch(text[start:end].strip()):
            # "तीन आरोपियों को सज़ा सुनाई, जबकि दो को बरी कर दिया": two of the group named before
            return self._last_group(start, exclude)
        group = group_actor(text, start, end, self.country)
        joined = self._joined_groups(start, end)
        if len(joined) > 1:
            return joined  # "राज्य पुलिस और केंद्रीय बलों ने": each group
        if group is not None and group.name in _TITLES:
            # the person the article introduced with the title, else its holder on the day
            home = (group.code or "")[:3] if len(group.code or "") > 3 else HOME.get(self.a.lang or "")
            holder = self._title_holder(text[start:end].split()[-1], start) or \
                title_holder(group.name, home, self.a.published, text[start:end])
            if holder is not None:
                return [replace(holder, text=text[start:end])]
        if (same := self._named_before(text[start:end].split()[-1], start)) is not None:
            return [replace(same, text=text[start:end])]  # निदेशालय: the प्रवर्तन निदेशालय named before
        if group is not None:
            return [group]
        side = demonym_country(text[start:end]) if not set(text[start:end].split()) & LAW_WORDS else None
        if side is not None:  # जर्मन दूतावास के उप प्रमुख को: Germany's side (भारतीय दंड संहिता: a law, no side)
            return [Actor(text=text[start:end], name=side[0], code=side[1])]
        return []

    def _subject_after_and(self, start: int, trigger: int) -> tuple[Actor, int] | None:
        """A clause after "… किया है और" with a subject of its own: the name right after और, not
        followed by a postposition (and where it ends)."""
        text = self.a.text
        joins = [m for m in re.finditer(r"\sऔर\s", text[start:trigger])
                 if text[:start + m.start()].split()[-1:] and text[:start + m.start()].split()[-1] in _FINITE]
        if not joins:
            return None
        after = start + joins[-1].end()
        first = [e for e in self.a.entities if e.start == after and e.end < trigger]
        if not first or text[first[0].end:trigger].split()[:1] in ([p] for p in _POSTPOSITIONS):
            return None
        return entity_actor(first[0], self.a.published), first[0].end

    def _joined_groups(self, start: int, end: int) -> list[Actor]:
        """The groups of a phrase that joins them with और or तथा, when every part is one."""
        text = self.a.text
        cuts = list(re.finditer(r"\s(?:और|तथा)\s", text[start:end]))
        if not cuts:
            return []
        bounds = [start, *(x for m in cuts for x in (start + m.start(), start + m.end())), end]
        spans = list(zip(bounds[::2], bounds[1::2], strict=True))
        if any(len(text[a:b].split()) > 5 or set(text[a:b].split()) & (_POSTPOSITIONS - GENITIVES | _AUXILIARIES)
               for a, b in spans):
            return []  # a clause, not a list ("छात्रों का आंदोलन हिंसक हो गया और प्रदर्शनकारियों")
        parts = [group_actor(text, a, b, self.country) for a, b in spans]
        return [p for p in parts if p is not None] if all(parts) else []

    def _named_or_described(self, e: Entity) -> Actor:
        """A name the knowledge base links, else the group it describes (कस्टम विभाग, tagged as a
        name but linked to nothing, is the customs department), else the words."""
        text = self.a.text
        if e.id is None and (group := group_actor(text, e.start, e.end, self.country)) is not None:
            return replace(group, text=e.text)
        if e.id is None and e.text in BODY_WORDS:
            # "डॉक्टर संगठन" with only संगठन tagged: the body of the group named right before it
            before = text[max(0, e.start - 30):e.start].split()[-1:]
            start = e.start - len(before[0]) - 1 if before else e.start
            if before and text[start:e.start] == before[0] + " " and \
                    (group := group_actor(text, start, start + len(before[0]), self.country)) is not None:
                return replace(group, text=text[start:e.end])
        return entity_actor(e, self.a.published)

    def _nominal_roles(self, hit: Hit, marked: list[tuple[str, int, int]],
                       sentence: Span) -> tuple[list[Actor], Actor | None]:
        """An event noun inside a clause (हिंसा की निंदा, हवाई हमले में): the clause's doer is not
        its doer. Its parties are the phrase right before it (X का हमला, X पर हमला, X की
        गिरफ्तारी) or an agent with द्वारा."""
        text = self.a.text
        sources: list[Actor] = []
        target = None
        etype = hit.expression.type
        for mk, s, e in reversed(marked):
            if mk == "द्वारा":
                sources = self.actor(s, e)
                break
        between = [m for m in _BETWEEN.finditer(text, sentence.start, hit.start)
                   if len(text[m.end():hit.start].split()) <= 1]
        if not sources and between:
            # "अरब और गैर-अरब लोगों के बीच छिटपुट झड़पों में": the two sides
            pair = self._between(clause_start(text, sentence, hit.start, self.names), hit.start)
            if pair is not None:
                return pair
        done_on = _DONE_ON.search(text, max(sentence.start, hit.start - 30), hit.start)
        if done_on is not None:
            # "X के Y पर किए गए हमले": Y is attacked, and X (a genitive before Y) attacks
            np = np_before(text, done_on.start(), sentence.start)
            owner = [m for m in _MARKER.finditer(text, np[0], np[1]) if m.group("m") in GENITIVES] if np else []
            if np and owner:  # "उसके रिवोल्यूशनरी गार्ड्स के [इराक स्थित अमरीकी ठिकानों]": after the genitive
                np = (owner[-1].end() + 1, np[1])
            struck = self.actor(*np, resolve=False) if np else []
            if not struck and np:
                side = demonym_country(text[np[0]:np[1]])
                struck = [Actor(text=text[np[0]:np[1]], name=side[0], code=side[1])] if side else []
            doers: list[Actor] = []
            if owner:
                by = np_before(text, owner[-1].start(), sentence.start)
                doers = self.actor(*by) if by else []
            if struck:
                return doers, struck[0]
        before = text[max(sentence.start, hit.start - 24):hit.start].split()
        side = demonym_country(before[-1]) if before else None
        if side is not None and not sources:  # अमरीकी ड्रोन हमले: the United States' attack
            sources = [Actor(text=before[-1], name=side[0], code=side[1])]
        for mk, s, e in reversed(marked):
            gap = text[e:hit.start].split()
            if gap[:1] == [mk] and gap[-1:] == ["में"] and self._place_between(e, hit.start):
                gap = gap[:1]  # "हनियेह की तेहरान में हत्या": a place between the party and the event
            if not gap or gap[0] != mk or len(gap) > 2 or set(gap[1:]) & _POSTPOSITIONS:
                continue
            actors = self.actor(s, e)
            if not actors:
                break
            if mk in GENITIVES and (etype in _AGENT_GENITIVE or _first_word(text, hit) in _AGENT_NOUNS) and \
                    _first_word(text, hit) not in _PATIENT_NOUNS:
                if side is None:
                    sources = sources or actors  # रूस का हमला, किसानों का आंदोलन
            elif mk in GENITIVES or mk in ("पर", "के खिलाफ", "के ख़िलाफ़", "को", "से"):
                target = actors[0]  # X की गिरफ्तारी, X पर हमला
            break
        if etype == "ASSAULT" and target is None and text[hit.end:hit.end + 5].strip().startswith("में"):
            killed = self._killed(hit, sentence)  # "… हमले में सुलेमानी की मौत": the one killed
            if killed is not None and all(actor_name(killed) != actor_name(x) for x in sources):
                target = killed
        if etype == "ACCUSE" and sources and target is None and _first_word(text, hit) in _AGENT_NOUNS:
            # "भारत ने कनाडा के आरोपों को खारिज किया": the one who answers an accusation is the accused
            named = {a.name or a.text for a in sources}
            for pos, actors in self.subjects:
                if sentence.start <= pos < sentence.end and (actors[0].name or actors[0].text) not in named:
                    target = actors[0]
                    break
        return sources, target

    def _place_between(self, start: int, end: int) -> bool:
        """Whether ``text[start:end]`` is a genitive, one place name and में."""
        text = self.a.text
        places = [e for e in self.a.entities if start < e.start and e.end < end and e.label == "LOC"]
        return len(places) == 1 and len(text[start:places[0].start].split()) == 1 and \
            text[places[0].end:end].split() == ["में"]

    def _killed(self, hit: Hit, sentence: Span) -> Actor | None:
        """Who an attack killed: "हमले में X की मौत हो गई", "X की … हमले में मौत", "हमले में X मारे
        गए" (the person named last before the death, else a group right before it, else the one a
        pronoun such as उसकी stands for)."""
        text = self.a.text
        death = _DEATH.search(text, hit.end, min(sentence.end, hit.end + 120))
        if death is None:
            return None
        people = [e for e in self.a.entities if sentence.start <= e.start and e.end <= death.start() and
                  e.label == "PER" and not (hit.start <= e.start < hit.end)]
        if people:
            return entity_actor(people[-1], self.a.published)
        words = text[hit.end:death.start()].split()
        if words and _PRONOUN.fullmatch(words[-1]):
            # उसकी मौत: the person named last before
            earlier = [e for e in self.a.entities if e.end <= sentence.start and e.label == "PER"]
            return entity_actor(earlier[-1], self.a.published) if earlier else None
        start = death.start() - len(" ".join(words[-3:])) - 1
        group = group_actor(text, max(hit.end, start), death.start(), self.country)
        # "हिंसा में 48 लोग मारे गए": people counted are no party (gold/EVENTS.md: "हमले में 30 मारे गए"
        # has none); a group with an identity is ("चार पुलिसकर्मियों की मौत")
        return None if group is not None and group.name == "people" else group

    def _between(self, floor: int, trigger: int) -> tuple[list[Actor], Actor | None] | None:
        """"A और B के बीच वार्ता": both parties, the first named as source."""
        text = self.a.text
        found = list(_BETWEEN.finditer(text, floor, trigger))
        if not found:
            return None
        factions = _FACTIONS.search(text, floor, found[-1].end())
        if factions is not None:
            # "विद्यार्थियों के दो गुटों के बीच झड़पें": one group on each side
            group = group_actor(text, factions.start(1), factions.end(1), self.country)
            if group is not None:
                return [group], group
        both = _BOTH_BETWEEN.search(text, floor, found[-1].start())
        if both is not None:
            # "दोनों देशों के बीच समझौतों पर हस्ताक्षर किए गए": the two named before
            return self._both(both.start(), [both.group(1)])
        # (a place where it happens is no side: "सूडान में पश्चिमी दारफुर प्रांत में अरब और …")
        inside = [e for e in self.a.entities if floor <= e.start and e.end <= found[-1].start() and
                  not _WHERE.match(text, e.end)]
        joins = list(_AND.finditer(text, inside[0].end, found[-1].start())) if inside else []
        if len(inside) == 1 and joins and _COUNTERPART.search(text, joins[-1].end(), found[-1].start()):
            # "अमेरिकी विदेश मंत्री मार्को रुबियो और उनके भारतीय समकक्ष के बीच": the holder of the
            # same title in the country named, on the day
            person = entity_actor(inside[0], self.a.published)
            other = counterpart(person, text[joins[-1].end():found[-1].start()], self.a.published)
            return ([person], other) if other is not None else None
        if len(inside) < 2:
            return self._groups_between(floor, found[-1].start()) if not inside else None
        holders = self._holders(inside[-2:], found[-1].start())
        if holders is not None:
            return [holders[0]], holders[1]  # "भारत और पाकिस्तान के विदेश मंत्रियों के बीच"
        if joins:
            # "अमेरिकी राष्ट्रपति बाइडेन और चीन के राष्ट्रपति शी के बीच": the head of each side; the
            # left side ends no further back than a postposition ("कतर की मध्यस्थता में इज़राइल और हमास")
            left = [e for e in inside if e.end <= joins[-1].start() and
                    not set(text[e.end:joins[-1].start()].split()) & (_POSTPOSITIONS - GENITIVES)]
            right = [e for e in inside if e.start >= joins[-1].end()]
            if left and right:
                return [entity_actor(_head(left), self.a.published)], entity_actor(_head(right), self.a.published)
        return [entity_actor(inside[-2], self.a.published)], entity_actor(inside[-1], self.a.published)

    def _groups_between(self, floor: int, end: int) -> tuple[list[Actor], Actor | None] | None:
        """"हिंदू और मुस्लिम समुदायों के बीच", "अरब और गैर-अरब लोगों के बीच": a group on each side of
        और (the noun after the second one serves both)."""
        text = self.a.text
        np = np_before(text, end, floor)
        joins = list(_AND.finditer(text, np[0], np[1])) if np else []
        if not np or not joins:
            return None
        left = group_actor(text, np[0], joins[-1].start(), self.country)
        right = group_actor(text, joins[-1].end(), np[1], self.country)
        if left is None or right is None or left.name == right.name:
            return None
        return [left], right

    def _holders(self, countries: Sequence[Entity], end: int) -> list[Actor] | None:
        """"भारत और पाकिस्तान के विदेश मंत्रियों": the holder of the title in each country that day,
        where the phrase after the last country (up to ``end``) names a title and all are known."""
        text = self.a.text
        if not all((e.id or "").startswith("country:") for e in countries) or \
                text[countries[-1].end:end].split()[:1] not in ([g] for g in GENITIVES):
            return None
        group = group_actor(text, countries[-1].end, end, self.country)
        if group is None or group.name not in _MINISTERS | _TITLES:
            return None
        found = [title_holder(_TITLE_OF.get(group.name, group.name), country_actor(e, self.a.published).code,
                              self.a.published, e.text) for e in countries]
        return [h for h in found if h is not None] if all(found) else None

    def _both(self, pos: int, kind: list[str]) -> tuple[list[Actor], Actor | None] | None:
        """"दोनों नेताओं ने": the last two people named before (दोनों देशों: countries), the first
        named as source; else the two parties of the last event that had both."""
        label = {"नेताओं": "PER", "नेता": "PER", "देशों": "LOC", "देश": "LOC"}.get(kind[0] if kind else "")
        if label is not None:
            named: list[Actor] = []
            for e in reversed(self.a.entities):
                if e.end > pos or not e.id or (label == "PER" and e.label != "PER"):
                    continue
                # दोनों देशों: the countries named, or those of the people named (मोदी: India)
                actor = entity_actor(e, self.a.published) if label == "PER" else country_actor(e, self.a.published)
                if (label == "PER" or (actor.id or "").startswith("country:")) and \
                        all(actor.name != x.name for x in named):
                        named.append(actor)
                if len(named) == 2:
                    return [named[1]], named[0]
        for source, target in reversed(self.pairs):
            if source is not None and target is not None:
                return [source], target
        return None

    def reporter(self, sentence: Span, pos: int) -> list[Actor]:
        """Who says what ``pos`` is in: the ने-doer before the last कि of the sentence before
        ``pos``, or the one "उन्होंने" there refers to; [] when the sentence reports no one."""
        said = [m.start() for m in KI.finditer(self.a.text, sentence.start, pos)]
        if not said:
            return []
        speaker = [actors for p, actors in self.subjects if sentence.start <= p < said[-1]]
        if speaker:
            return speaker[-1]
        they = self.a.text.find("उन्होंने", sentence.start, said[-1])
        return self.pronoun(they) if they >= 0 else []

    def _speakers_country(self, pos: int, phrase: str) -> Actor | None:
        """The country of the one who speaks at ``pos`` (the last doer named before it), from the
        knowledge base, as ``phrase`` names it."""
        speaker = self.pronoun(pos)
        kb = load_kb()
        person = kb.get(speaker[0].id) if len(speaker) == 1 and speaker[0].id else None
        if person is None or person.type != "PER" or not person.country:
            return None
        country = kb.get(f"country:{person.country}")
        return Actor(text=phrase, id=country.id, name=country.name, code=country.country) if country else None

    def _list_start(self, start: int) -> int:
        """Where the list that ends a phrase starting at ``start`` begins, over items joined by a
        comma, और or तथा: names, or a few words the NER did not take for one ("भाजपा, कांग्रेस,
        कम्युनिस्ट पार्टी और माकपा सहित …")."""
        text = self.a.text
        stops = word_list("hi", "speaker_np_stops") | _POSTPOSITIONS | _FINITE
        pos = start + len(text[start:]) - len(text[start:].lstrip())
        if text.startswith(("और ", "तथा "), pos):
            pos -= 1  # the phrase opens with the conjunction: the item before it is the list's
        else:
            join = _LIST_JOIN_END.search(text[max(0, pos - 8):pos])
            if join is None:
                return start
            pos -= len(join.group())
        while True:
            item = _LIST_ITEM_END.search(text[max(0, pos - 60):pos])
            if item is None:
                return start
            first = pos - len(item.group(1))
            words = item.group(1).split()
            name = next((e for e in self.a.entities if first <= e.start and e.end == pos), None)
            if name is not None:
                first = name.start  # "अमरीकी विदेश मंत्री माईक पोम्पियो": the name ends the item
            elif not words or set(words) & stops or len(words) > 3:
                return start
            start = first
            join = _LIST_JOIN_END.search(text[max(0, first - 8):first])
            if join is None:
                return start
            pos = first - len(join.group())

    def _extend_list(self, start: int) -> int:
        """"अमेरिका, जापान और ऑस्ट्रेलिया ने": the phrase reaches back over the comma-joined names."""
        text = self.a.text
        while start >= 2 and text[start - 2:start] == ", ":
            before = [e for e in self.a.entities if e.end == start - 2]
            if not before:
                break
            start = before[0].start
        return start

    def _named_before(self, head: str, pos: int) -> Actor | None:
        """A bare head noun (निदेशालय, आयोग, पार्टी) refers to the last organisation named before
        whose name ends with it."""
        if len(head) < 3:
            return None
        for e in reversed(self.a.entities):
            if e.end <= pos and e.label == "ORG" and e.id and " " in e.text and e.text.split()[-1] == head:
                return entity_actor(e, self.a.published)
        return None

    def _title_holder(self, title: str, pos: int) -> Actor | None:
        """A bare title (गृहमंत्री ने) names the person the article introduced with it (गृहमंत्री अमित शाह)."""
        text = self.a.text
        for e in reversed(self.a.entities):
            if e.end > pos or e.label != "PER":
                continue
            lead = text[max(0, e.start - 40):e.start].split()
            lead = [w for w in lead if w not in ("श्री", "श्रीमती", "डॉ.", "डॉक्टर")]
            if lead and lead[-1] == title:
                return entity_actor(e, self.a.published)
        return None

    def pronoun(self, pos: int, exclude: frozenset[str] = frozenset()) -> list[Actor]:
        """उन्होंने/वे: the last doer named before (ने-marked), else the last person or organisation;
        an object pronoun (उन्हें, उन पर) passes over the clause's own doer (``exclude``)."""
        if exclude:
            for label in ("PER", "ORG", "LOC"):  # a person first: उन्हें is mostly someone
                for e in reversed(self.a.entities):
                    if e.end <= pos and e.label == label:
                        actor = entity_actor(e, self.a.published)
                        if (actor.name or actor.text) not in exclude:
                            return [actor]
            # "अदालत ने आरोपी की अर्ज़ी नामंज़ूर कर दी और उसे हिरासत में भेज दिया": the group named
            # last in the sentence
            # उन्हें/उन is plural more often than not: a group in the plural (अभियुक्तों) first
            return self._last_group(pos, exclude, plural=self.a.text.startswith(("उन्हें", "उन "), pos))
        owner = self._statement_owner(pos)
        if owner:
            return owner
        earlier = [actors for p, actors in self.subjects if p < pos]
        if earlier:
            return earlier[-1]
        people = [e for e in self.a.entities if e.end <= pos and e.label in ("PER", "ORG")]
        return [entity_actor(people[-1], self.a.published)] if people else []

    def _two_sides(self) -> list[Actor]:
        """The two other parties of the last act done by one doer to two ("भारत ने ईरान और अमरीका
        से … को कहा": Iran and the United States)."""
        for (s1, t1), (s2, t2) in zip(reversed(self.pairs[:-1]), reversed(self.pairs[1:]), strict=True):
            if s1 is not None and t1 is not None and t2 is not None and actor_name(s1) == actor_name(s2) and \
                    actor_name(t1) != actor_name(t2):
                return [t1, t2]
        return []

    def _last_two_people(self, pos: int) -> list[Actor]:
        """The last two people the sentence before ``pos`` names, by name or by a title held that
        day ("प्रधानमंत्री और केन्द्रीय गृहमंत्री"); none unless there are two."""
        text = self.a.text
        begin = max(text.rfind("।", 0, pos), text.rfind("\n", 0, pos))
        if begin < 0:
            return []
        prev = max(text.rfind("।", 0, begin), text.rfind("\n", 0, begin)) + 1
        found: list[tuple[int, Actor]] = [(e.start, entity_actor(e, self.a.published)) for e in self.a.entities
                                          if prev <= e.start and e.end <= begin and e.label == "PER"]
        home = HOME.get(self.a.lang or "")
        for m in re.finditer(r"\S+", text[prev:begin]):
            at = prev + m.start()
            if any(e.start <= at < e.end for e in self.a.entities):
                continue
            group = group_actor(text, at, prev + m.end(), self.country)
            if group is not None and group.name in _TITLES:
                holder = title_holder(group.name, home, self.a.published, m.group())
                if holder is not None:
                    found.append((at, holder))
        found.sort(key=lambda x: x[0])
        return [actor for _, actor in found[-2:]] if len(found) >= 2 else []

    def _last_group(self, pos: int, exclude: frozenset[str], plural: bool = False) -> list[Actor]:
        """The group named last before ``pos`` in its sentence (one in the plural first, when
        ``plural``), other than those in ``exclude``."""
        text = self.a.text
        begin = max(text.rfind("।", 0, pos), text.rfind("\n", 0, pos)) + 1
        words = list(re.finditer(r"\S+", text[begin:pos]))
        for wanted in ((True, False) if plural else (False,)):
            for m in reversed(words):
                if wanted and not m.group().endswith("ों"):
                    continue
                group = group_actor(text, begin + m.start(), begin + m.end(), self.country)
                if group is not None and group.name not in exclude:
                    return [group]
        return []

    def _statement_owner(self, pos: int) -> list[Actor]:
        """"ट्रंप के इस बयान से … कि वे …": a pronoun in what a statement says is the one whose
        statement it is."""
        text = self.a.text
        begin = max(text.rfind("।", 0, pos), text.rfind("\n", 0, pos)) + 1
        ki = [m.start() for m in KI.finditer(text, begin, pos)]
        if not ki and _IN_WHICH.search(text, begin, pos):
            # "… मौर्य के बयान के बाद आया है, जिसमें उन्होंने कहा था": the statement's maker
            ki = [pos]
        if not ki:
            return []
        said = list(_STATEMENT.finditer(text, begin, ki[-1]))
        if not said:
            return []
        np = np_before(text, said[-1].start(), begin)
        return self.actor(*np, resolve=False) if np else []

    def roles(self, hit: Hit, sentence: Span) -> tuple[list[Actor], Actor | None]:
        self.more_targets = []
        text = self.a.text
        floor = clause_start(text, sentence, hit.start, self.names)
        sources: list[Actor] = []
        marked: list[tuple[str, int, int]] = []
        for m in _MARKER.finditer(text, floor, hit.start):
            if m.group("m") == "से" and _COMPARATIVE.match(text, m.end()):
                continue  # "40 से अधिक भारतीयों": a comparison, not a party
            if m.group("m") == "से" and _RELATED.match(text, m.end()) and \
                    hit.expression.type in ("CONSULT", "COOPERATE"):
                # "व्यापारियों से जुड़े मुद्दों पर विचार-विमर्श": what the topic concerns, not a partner (what
                # is seized "… से जुड़ी संपत्ति" still names whose it is)
                continue
            stop = m.start()
            if text[floor:stop].rstrip().endswith(")") and "(" in text[floor:stop]:
                stop = text.rindex("(", floor, stop)  # "संगठन (ओपीसीडब्ल्यू) ने": the name before the brackets
            np = np_before(text, stop, floor)
            if np is not None:
                marked.append((" ".join(m.group("m").split()), np[0], np[1]))
        after_adjunct = [m.end() for m in _AFTER_ADJUNCT.finditer(text, floor, hit.start)]
        if after_adjunct and not hit.expression.nominal and hit.expression.type in _OWN_PARTIES_ONLY:
            # "उनका देश [… सुलेमानी की हत्या के बाद] तनाव कम करने के लिए प्रतिबद्ध है": the parties of
            # an adjunct before the trigger are its inner event's (the doer marked with ने stays). A
            # concession, threat, sanction or blow after it is mostly to the same party, and keeps it.
            marked = [x for x in marked if x[0] in ("ने", "द्वारा") or x[1] >= after_adjunct[-1]]
        opening = text[hit.start:hit.end].split()[0]
        if opening in ("से", "को") or (opening == "साथ" and text[max(floor, hit.start - 3):hit.start] == "के "):
            # "लोगों से मिलेंगे", "X को कहा", "X के साथ खड़ा": the trigger opens with the marker
            stop = hit.start - 3 if opening == "साथ" else hit.start
            np = np_before(text, stop, floor)
            if np is not None:
                marked.append(("के साथ" if opening == "साथ" else opening, np[0], np[1]))
        sitting = _SITTING.match(text, hit.end) or _SAT.search(text, hit.start, hit.end)
        if hit.expression.type == "PROTEST" and sitting is not None:
            sitter = self._phrase_after(sitting.end(), sentence.end)
            if sitter:
                return sitter, None
        bare = text[hit.start:hit.end] in _VAGUE_NOUNS
        if hit.expression.nominal and hit.expression.type != "CONSULT" and (_EMBEDDED.match(text, hit.end) or bare):
            # "हिंसा होना शर्मनाक है": a vague event noun takes no clause doer either
            return self._nominal_roles(hit, marked, sentence)
        source_span: tuple[int, int] | None = None
        for marker in ("ने", "द्वारा"):
            for x in reversed([x for x in marked if x[0] == marker]):
                sources = self.actor(x[1], x[2])
                if sources:
                    source_span = (x[1], x[2])
                    break
            if sources:
                break
        if source_span is not None and (fresh := self._subject_after_and(source_span[1], hit.start)):
            # "अदालत ने सज़ा सुनाई है और भारत इस फैसले को चुनौती देगा": the later clause, its own subject
            sources, source_span = [fresh[0]], None
            marked = [x for x in marked if x[1] >= fresh[1]]
        if not sources:
            ergative = list(_ERGATIVE.finditer(text, floor, hit.start))
            if ergative:
                sources = self.pronoun(ergative[-1].start())
        passive_verb = PASSIVE.match(text, hit.end)
        # a perfective participle before जाना (माना जाएगा, किया गया); a bare stem with it is a
        # compound verb, no passive (पीछे हट गई, राज़ी हो गए)
        passive = passive_verb is not None and \
            (text[hit.start:passive_verb.end()].split()[-2:-1] or [""])[0][-1:] in ("ा", "े", "ी", "ए", "ई")
        if not sources and not passive:
            # (a passive's unmarked phrase is what is done, not the doer: "… प्रस्ताव नहीं माना जाएगा")
            sources = self._unmarked_subject(floor, hit.start)
        if not sources:
            # "संसद की सुरक्षा में चूक के मामले में पुलिस … गिरफ्तार कर सकती है": the subject after
            # the adjuncts that open the clause (from the space before it: "इस दौरान वे …" opens one)
            adjunct = [m.end() for m in _ADJUNCT_END.finditer(text, max(0, floor - 1), hit.start)]
            if hit.expression.type in _TOPIC_ON:
                # "युद्धविराम समझौते पर इज़राइल की कैबिनेट मुहर लगा सकती है": what is agreed on opens the clause
                adjunct = sorted([*adjunct, *(x[2] + len(" पर") for x in marked if x[0] == "पर")])
            # a marked phrase that is itself one of the adjuncts (… होने पर) does not stop the search
            # nor one that a genitive chain joins to an adjunct ("संसद से सांसदों के निलंबन के खिलाफ")
            first_marked = min((x[2] for x in marked if x[0] not in GENITIVES and
                                not any(text[x[2]:a].strip() == x[0] or _into_adjunct(text[x[2]:a], x[0])
                                        for a in adjunct)), default=hit.start)
            adjunct = [a for a in adjunct if a <= first_marked]
            for i in range(len(adjunct) - 1, -1, -1):
                a = adjunct[i]
                if text[a:hit.start].split()[:1] in (["यह"], ["ये"]):
                    break
                sources = self._unmarked_subject(a, hit.start)
                if sources or text[a:hit.start].strip():
                    break
                # an adjunct right before the trigger: the subject may stand before it (… के खिलाफ X
                # देशभर में प्रदर्शन करेंगे)
                if i > 0:
                    sources = self._unmarked_subject(adjunct[i - 1], a)
                    break
        if not sources and PARTICIPLE.match(text, hit.end):
            sources = self._subject_after(hit.end, sentence.end)
        if passive and not sources and KI.search(text, sentence.start, floor):
            # "अदालत ने कहा कि अभियुक्तों ने … नहीं किया था, इसलिए उन्हें बरी किया जाता है": a passive
            # with no agent in a later clause of what is reported is the speaker's side
            sources = self.reporter(sentence, floor)
        if passive and not sources and _IN_THE_STATEMENT.search(text, floor, hit.start):
            # "इस बयान में अमरीका के मित्र देशों को भी चेतावनी दी गयी है": the statement's maker, the last
            # doer named before
            earlier = [actors for p, actors in self.subjects if p < floor]
            sources = earlier[-1] if earlier else []
        if not sources and self.last is not None and sentence.start <= self.last[0] < hit.start and \
                not KI.search(text, self.last[0], hit.start):
            sources = self.last[1]  # "नेता खेद जताएंगे, लेकिन इस्तीफा नहीं देंगे": the same doer
        if not sources and floor > sentence.start and not text[floor - 4:floor].strip().endswith("कि"):
            # "X ने A किया, और B पर चर्चा की": a later clause shares the doer (not after कि)
            earlier = [actors for p, actors in self.subjects if sentence.start <= p < floor]
            if earlier:
                sources = earlier[-1]
        # "A और B के बीच बातचीत हुई": both parties, even where A also reads as an unmarked subject
        pair = self._between(floor, hit.start) if source_span is None else None
        if pair is not None:
            return pair
        both = _BOTH_NE.search(text, floor, hit.start) or (_BOTH.match(text, floor, hit.start) if not sources else None)
        if both is not None:
            pair = self._both(hit.start, text[text.index("दोनों", both.start()) + 5:hit.start].split()[:1])
            if pair is not None:
                return pair
        if not sources and PASSIVE.match(text, hit.end) and text[floor - 4:floor].strip().endswith("कि"):
            # "मंत्रालय ने कहा कि शुल्क लगाया जाएगा": the speaker's side does what it announces
            earlier = [actors for p, actors in self.subjects if sentence.start <= p < floor]
            if earlier:
                sources = earlier[-1]
        etype = hit.expression.type
        sent_by = _FROM_SIDE.search(text, max(floor, hit.start - 30), hit.start)
        if hit.expression.nominal and sent_by is not None:
            # "अमेरिकी राष्ट्रपति ट्रंप की ओर से औपचारिक निमंत्रण मिलने की पुष्टि की": the one it
            # comes from acts; the clause's subject receives it
            np = np_before(text, sent_by.start(), floor)
            giver = self.actor(*np) if np else []
            if giver:
                receiver = sources[0] if sources and (sources[0].name or sources[0].text) != \
                    (giver[0].name or giver[0].text) else None
                return giver, receiver
        if not sources and hit.expression.nominal and etype in _OWNED_ACTS:
            # "बिजली कर्मचारियों की हड़ताल", "छात्रों का आंदोलन": the genitive right before a
            # protest noun names who protests
            owner = [(s, e) for mk, s, e in marked if mk in GENITIVES and text[e:hit.start].split() == [mk]]
            sources = self.actor(*owner[-1]) if owner else []
        used = {s.name or s.text for s in sources}
        target = None
        preferred = _TARGET_MARKERS.get(etype, _DEFAULT_TARGETS)
        if etype == "SANCTION" and "वापस" in hit.expression.source:
            preferred = ("से", *preferred)  # "राजनयिकों को रूस से वापस बुलाया": recalled from Russia
        if not hit.expression.source.split()[0].endswith("~"):
            # a trigger that starts with a noun: X की यात्रा, X की आलोचना की, X का समर्थन किया
            preferred = ("की", "का", "के", *preferred)
        if _GIVE.search(text[hit.start:hit.end]) and "को" in preferred:
            # "X को … का निमंत्रण दिया": what is given goes to the one marked with को
            preferred = ("को", *(m for m in preferred if m != "को"))
        heads = _NOT_GENITIVE_HEAD - {"सामने"} if etype == "RETREAT" else _NOT_GENITIVE_HEAD
        # the subject's own phrase ("पुलिस का एक अधिकारी … जांच करेगा") names no other party
        at = text.find(sources[0].text, floor, hit.start) if sources and source_span is None and \
            len(sources[0].text.split()) > 1 else -1
        subject_span = (at, at + len(sources[0].text)) if at >= 0 else None
        for marker in (*preferred, *(m for m in _DEFAULT_TARGETS if m not in preferred)):
            for mk, s, e in reversed(marked):
                if mk != marker or (source_span and s < source_span[1] and source_span[0] < e) or \
                        (subject_span and subject_span[0] <= s and e < subject_span[1]):
                    continue
                gap = text[e:hit.start].split()
                if mk in ("की", "का", "के") and (gap[:1] != [mk] or len(gap) > 2 or set(gap[1:]) & heads) \
                        and not (etype in _CHAIN_TARGET and _genitive_chain(gap)):
                    continue  # a genitive names the other party only right before the trigger
                if _INFINITIVE_END.search(text, s, e) and \
                        (mk == "पर" or not any(s <= x.start < e for x in self.a.entities)):
                    # "शांति बनाए रखने की अपील", "यूक्रेन युद्ध के दो साल पूरे होने पर": an act or a time, not a party
                    continue
                if mk in GENITIVES and etype == "REQUEST":
                    continue  # "गृह मंत्री के बयान की मांग", "विपक्ष की मांग": what is asked, or who asks
                # (what is stopped, "म्यांमार को दी जाने वाली सहायता पर रोक", still names whom it hurts)
                doer_of = _DOER_OF.search(text, e, hit.start) if mk in ("को", "से", "पर") and \
                    etype in ("AGREE", "SUPPORT", "REJECT") else None
                if doer_of is not None and not any(e < e2 < doer_of.start() and m2 not in GENITIVES
                                                   for m2, _s2, e2 in marked):
                    continue  # "यूक्रेन को … मदद देने वाले विधेयक को मंजूरी दी": the party of the modifier's act
                if source_span is not None and e <= source_span[0] and _OBJECT_PRONOUN.search(
                        text, source_span[1], hit.start) and _ADJUNCT_END.search(text, e, source_span[0]):
                    # "उप मंत्रियों द्वारा मोदी के खिलाफ की गई टिप्पणियों के बाद सरकार ने उन्हें निलंबित
                    # किया": a phrase of the opening adjunct, where the clause names its own object
                    continue
                if mk == "पर" and text[s:e].split()[-1:] and text[s:e].split()[-1] in _TOPIC_NOUNS:
                    continue  # "मणिपुर के मुद्दे पर राजनीति करने का आरोप": the topic, not the accused
                if mk == "पर" and etype in _TOPIC_ON:
                    continue  # "संघर्षविराम पर राज़ी", "सुरक्षा पर चर्चा": the topic, not a party
                if text[s:e].strip() in ("एक-दूसरे", "एक दूसरे") and sources:
                    target = sources[0]  # "छात्रों ने एक-दूसरे पर पथराव किया": each side on the other
                    break
                actors = [x for x in self.actor(s, e, exclude=frozenset(used)) if (x.name or x.text) not in used]
                if not actors and mk == "पर" and (side := self._demonym_tail(s, e)) is not None:
                    actors = [side]  # "भारत अमेरिकी कृषि उत्पादों पर शुल्क घटा सकता है": the United States
                if actors:
                    target = actors[0]
                    self.more_targets = actors[1:]  # "X और Y से मुलाकात": one event per pair
                    break
            if target is not None:
                break
        agents = [(s, e) for mk, s, e in marked if mk == "द्वारा" and source_span is not None and e <= source_span[0]]
        if etype == "ACCUSE" and agents:
            # "एजेंसियों द्वारा नेताओं के ठिकानों पर छापे मारे जाने की कांग्रेस ने निंदा की": the
            # one whose act is condemned, not the ones it was done to
            found = [x for x in self.actor(*agents[-1]) if (x.name or x.text) not in used]
            target = found[0] if found else target
        if target is None and hit.expression.mode == "vandalize" and text[floor:hit.start].endswith(" में "):
            # "भीड़ ने पुलिस चौकी में तोड़फोड़ की": what is vandalised is the other party
            np = np_before(text, hit.start - len("में "), floor)
            found = [x for x in self.actor(*np) if (x.name or x.text) not in used] if np else []
            target = found[0] if found else None
        first_end = hit.start + len(text[hit.start:hit.end].split()[0])
        if etype in _PROPOSAL_TARGET:
            # the proposal may open the trigger itself (मांगें मान लीं); a proposal named right
            # before the trigger makes its maker the other party ("गाज़ा पर अमेरिकी प्रस्ताव के खिलाफ
            # वीटो": the United States, not the topic)
            target = self._proposer(marked, floor, first_end, used, hit.start) or target
        if target is None and text[hit.start:first_end] in groups() and first_end < hit.end and \
                text[first_end:hit.end].split()[:1] not in (["में"], ["का"], ["की"], ["के"]):
            # "तीन इज़राइली बंधकों को रिहा किया": the trigger opens with the ones it acts on (but not
            # "अदालत में दस्तक दी": where the act is done)
            target = self._group_opening(floor, hit.start, first_end)
        if target is None:
            objects = list(_OBJECT_PRONOUN.finditer(text, floor, hit.start))
            by = list(_BY_DOER.finditer(text, sentence.start, objects[-1].start())) if objects else []
            np = np_before(text, by[-1].start() + 1, sentence.start) if by else None
            doers = [x for x in self.actor(*np) if (x.name or x.text) not in used] if np else []
            if doers:
                # "तीन उप मंत्रियों द्वारा की गई टिप्पणियों के बाद सरकार ने उन्हें निलंबित किया": the
                # doers of the act the sentence opens with
                target = doers[0]
            elif objects:  # "मोदी ने उन्हें फोन कर बधाई दी": the one named before, not the doer
                resolved = self.pronoun(objects[-1].start(), frozenset(used) or frozenset({""}))
                target = resolved[0] if resolved else None
        if etype == "CONSULT" and hit.expression.mode == "visit":
            place = [e for e in self.a.entities if e.label == "LOC" and floor <= e.start and
                     e.end <= hit.start and not text[e.end:hit.start].strip()]
            if not place and target is None:
                # "यात्रा पर आज मॉस्को रवाना होंगे": the destination after the trigger
                after = _DESTINATION.match(text, hit.end)
                place = [e for e in self.a.entities if e.label == "LOC" and after is not None and
                         hit.end <= e.start < after.end()]
            if place:
                target = country_actor(place[-1], self.a.published)  # मोदी की रूस यात्रा
                if not sources:  # "प्रधानमंत्री मोदी की पेरिस यात्रा": the one whose visit it is
                    owner = [(s, e) for mk, s, e in marked if mk in GENITIVES and
                             text[e:place[-1].start].split() == [mk]]
                    sources = self.actor(*owner[-1]) if owner else []
                # "विदेश मंत्री कल जापान पहुंचेंगे": the place is where the visitor goes, not who
                sources = [x for x in sources if x.text != place[-1].text]
            if target is not None and not sources and target.code and len(target.code) > 3:
                sources, target = [target], None  # पुतिन की यात्रा: the visitor
        if _FORCED.match(text, hit.end) and _INFINITIVE_END.search(text, hit.start, hit.end):
            # "उन्हें पीछे हटने पर मजबूर किया": the one marked with को (or the object pronoun) acts
            forced = self._forced(floor, hit.start)
            if forced:
                sources, target = forced, None
        return sources, target

    def reported_doer(self, hit: Hit, sentence: Span, floor: int, used: set[str]) -> Actor | None:
        """"जेल प्रशासन ने कार्यकर्ता को रिहा नहीं किया है, उनके वकील ने आरोप लगाया": an accusation
        that closes the sentence after what it says accuses the doer of the clause before it."""
        text = self.a.text
        if floor <= sentence.start or set(text[hit.end:sentence.end].split()) - _AUXILIARIES - {"।", "."}:
            return None
        if not text[sentence.start:floor].rstrip().endswith(","):
            return None
        earlier = [actors for p, actors in self.subjects if sentence.start <= p < floor]
        doers = earlier[0] if earlier else self._unmarked_subject(sentence.start, floor)
        found = [x for x in doers if (x.name or x.text) not in used]
        return found[0] if found else None

    def _demonym_tail(self, start: int, end: int) -> Actor | None:
        """The country a phrase's words after its last name belong to (अमेरिकी कृषि उत्पादों)."""
        text = self.a.text
        tail = max([start, *(x.end for x in self.a.entities if start <= x.start and x.end <= end)])
        side = demonym_country(text[tail:end]) if tail > start else None
        return Actor(text=text[tail:end].strip(), name=side[0], code=side[1]) if side is not None else None

    def _forced(self, floor: int, trigger: int) -> list[Actor]:
        """The one forced: the object pronoun or the phrase marked with को, three words at most
        before the act."""
        text = self.a.text
        pronoun = [m.start() for m in _OBJECT_PRONOUN.finditer(text, floor, trigger)
                   if len(text[m.end():trigger].split()) <= 3]
        marked = [m for m in _MARKER.finditer(text, floor, trigger)
                  if m.group("m") == "को" and len(text[m.end():trigger].split()) <= 3]
        if pronoun and (not marked or pronoun[-1] > marked[-1].start()):
            # "सैनिकों पर हमला कर उन्हें … पर मजबूर किया": the one the clause's last event acted on
            if self.last is not None and floor <= self.last[0] < pronoun[-1] and self.pairs and self.pairs[-1][1]:
                return [self.pairs[-1][1]]
            return []
        np = np_before(text, marked[-1].start(), floor) if marked else None
        return self.actor(*np) if np is not None else []

    def _phrase_after(self, start: int, end: int) -> list[Actor]:
        """The doer named right after ``start`` (titles and a group before a name allowed), up to
        its postposition: "… पर बैठे पर्यावरण कार्यकर्ता सोनम वांगचुक ने"."""
        text = self.a.text
        words = text[start:end].split()
        stop = next((i for i, w in enumerate(words[:7]) if w in _POSTPOSITIONS or w in ("द्वारा",)), None)
        if not stop:
            return []
        phrase_end = start + len(text[start:end]) - len(text[start:end].lstrip())
        phrase_end += len(" ".join(words[:stop]))
        return self.actor(start, phrase_end)

    def _group_opening(self, floor: int, start: int, first_end: int) -> Actor | None:
        text = self.a.text
        words = text[floor:start].split()
        lead: list[str] = []
        for w in reversed(words[-3:]):
            if w in _POSTPOSITIONS or w in ("ने", "द्वारा"):
                break
            lead.insert(0, w)
        begin = start - len(" ".join(lead)) - 1 if lead else start
        if text[begin:start].strip() != " ".join(lead):
            begin = start
        return group_actor(text, begin, first_end, self.country)

    def _proposer(self, marked: list[tuple[str, int, int]], floor: int, trigger: int, used: set[str],
                  start: int) -> Actor | None:
        """"X का प्रस्ताव ठुकरा दिया", "अमेरिकी सुझाव नामंज़ूर", "डॉक्टरों की मांगें मान लीं": the
        party whose proposal, demand or plea is refused or accepted."""
        text = self.a.text
        # the noun two words at most before the trigger, or opening it
        found = [m for m in _PROPOSAL.finditer(text, floor, trigger)
                 if m.end() > start or len(text[m.end():min(trigger, start)].split()) <= 2]
        if not found:
            return None
        noun = found[-1]
        before = text[floor:noun.start()].split()
        side = demonym_country(before[-1]) if before else None
        if side is not None:
            return Actor(text=text[noun.start():noun.end()], name=side[0], code=side[1])
        if before and before[-1] in ("अंतरराष्ट्रीय", "अंतर्राष्ट्रीय"):
            # "युद्धविराम की अंतरराष्ट्रीय अपीलों को ठुकरा दिया": the world's, no one country's
            return Actor(text=f"{before[-1]} {text[noun.start():noun.end()]}", name="international community",
                         code="IGO")
        for mk, s, e in reversed(marked):
            if mk not in GENITIVES or e > noun.start() or len(text[e:noun.start()].split()) > 6:
                continue
            # where the subject and the owner read as one phrase from the clause start ("राज्य सरकार
            # केंद्र के प्रस्ताव को ठुकरा सकती है"), the owner is its last group (केंद्र), another
            # party even when described by the same name as the doer
            merged = not text[floor:s].strip() and len(text[s:e].split()) > 1
            actors = [x for x in self.actor(s, e) if (x.name or x.text) not in used or (merged and x.id is None)]
            if actors:
                return actors[0]
        return None

    def complement_doer(self, start: int, end: int, used: set[str]) -> Actor | None:
        """"X ने आरोप लगाया कि Y ने …", "धमकी दी कि अगर Y ने …": the one accused or warned is the
        doer of the कि clause that follows the trigger."""
        text = self.a.text
        ki = _KI_AFTER.match(text, start)
        if ki is None:
            return None
        begin = ki.end()
        ne = _NE.search(text, begin, end)
        if ne is not None:
            np = np_before(text, ne.start() + 1, begin)
            actors = [x for x in self.actor(*np) if (x.name or x.text) not in used] if np else []
            return actors[0] if actors else None
        # "आरोप लगाया कि कांग्रेस लोगों को गुमराह कर रही है": a subject opening the clause
        first = next((e for e in self.a.entities if begin <= e.start < end), None)
        if first is None or text[begin:first.start].strip():
            return None
        after = text[first.end:first.end + 8].split()
        if after and after[0] in _POSTPOSITIONS - GENITIVES:
            return None
        actor = entity_actor(first, self.a.published)
        return actor if (actor.name or actor.text) not in used else None

    def accused(self, floor: int, trigger: int) -> Actor | None:
        """"X ने Y पर … करने का आरोप लगाया": the one accused, named by the first पर of the clause."""
        text = self.a.text
        on = _ON.search(text, floor, trigger)
        np = np_before(text, on.start(), floor) if on is not None else None
        found = self.actor(*np) if np else []
        return found[0] if found else None

    def home_host(self, guests: Sequence[Actor]) -> Actor | None:
        """"समारोह में बांग्लादेश और नेपाल के नेता शामिल हुए": foreign countries taking part in a
        ceremony that a report in Hindi names no place for visit the home country (India)."""
        home = HOME.get(self.a.lang or "")
        if not home or not guests or not all((g.id or "").startswith("country:") and g.code != home for g in guests):
            return None
        entity = load_kb().get(f"country:{home}")
        return Actor(text="", id=entity.id, name=entity.name, code=home) if entity is not None else None

    def body_joined(self, hit: Hit, sentence: Span, used: set[str]) -> Actor | None:
        """"ब्रिक्स शिखर सम्मेलन में भाग लिया": taking part in a body's meeting is consulting that
        body (the organisation named in the में phrase right before the trigger)."""
        text = self.a.text
        before = text[sentence.start:hit.start].rstrip()
        if not before.endswith(" में"):
            return None
        end = len(before) - len(" में") + sentence.start
        bodies = [e for e in self.a.entities if e.label == "ORG" and e.end <= end and
                  len(text[e.end:end].split()) <= 3 and not set(text[e.end:end].split()) & _POSTPOSITIONS]
        if not bodies:
            return None
        actor = entity_actor(bodies[-1], self.a.published)
        return actor if (actor.name or actor.text) not in used else None

    def _subject_after(self, start: int, end: int) -> list[Actor]:
        """"X की मेजबानी करते हुए पुतिन ने …": a participle's doer is the ने-subject that follows."""
        text = self.a.text
        ne = re.search(r"\sने\s", text[start:end])
        if ne is None:
            return []
        np = np_before(text, start + ne.start(), start)
        return self.actor(*np) if np else []

    def _owned_group(self, pos: int, trigger: int) -> int | None:
        """Where a group owned by the name ending at ``pos`` ends ("… की तटरक्षक सेनाएं"), else None."""
        rest = self.a.text[pos:trigger].split()
        if len(rest) < 2 or rest[0] not in GENITIVES:
            return None
        table = groups()
        for n in (2, 1):
            if len(rest) > n and " ".join(rest[1:1 + n]) in table:
                return pos + len(self.a.text[pos:trigger]) - len(self.a.text[pos:trigger].lstrip()) + \
                    len(" ".join(rest[:1 + n]))
        return None

    def _group_after_genitives(self, first: Sequence[Entity], trigger: int) -> int | None:
        """Where a subject that opens with names ends in a group joined to them by genitives
        ("आंध्रप्रदेश राजधानी क्षेत्र अमरावती के 29 गांवों के लोग"): after the last group word that
        follows a genitive, before any other postposition; None when there is none."""
        text = self.a.text
        stops = _POSTPOSITIONS - GENITIVES
        chain = [first[0]]
        for x in first[1:]:
            if x.start >= trigger or set(text[chain[-1].end:x.start].split()) & stops:
                break
            chain.append(x)
        if any(x.label != "LOC" for x in chain):
            return None  # a person or a body named in the phrase is no place that opens it
        table = groups()
        seen = False
        end = None
        words = list(re.finditer(r"\S+", text[chain[-1].end:trigger]))
        for i, m in enumerate(words):
            word = m.group()
            if word in stops:
                break
            following = words[i + 1].group() if i + 1 < len(words) else ""
            if word in GENITIVES:
                seen = True
            elif seen and word in table and following not in _POSTPOSITIONS:
                # (a group before a postposition is marked, not the subject: "बंधकों की", "खिलाड़ी पर")
                end = chain[-1].end + m.end()
        return end

    def _unmarked_subject(self, floor: int, trigger: int) -> list[Actor]:
        """A subject without ने at the clause start: "किसान सड़कों पर उतरे", "रूस हमला कर सकता है"."""
        text = self.a.text
        first = [e for e in self.a.entities if floor <= e.start < trigger]
        for e in first:
            # "श्रीलंका के विदेश मंत्री दिनेश गुणावर्धने … पहुंचे": the named person after titles
            lead = text[floor:e.start].split()
            after = text[e.end:e.end + 6].split()
            if e.label != "PER" or len(lead) > 5 or set(lead) & (_POSTPOSITIONS - GENITIVES) or \
                    (after and after[0] in _POSTPOSITIONS):
                continue
            if lead and lead[-1] in GENITIVES:
                continue
            return [self._named_or_described(e)]
        if first:
            e = first[0]
            after = text[e.end:e.end + 6].split()
            lead = text[floor:e.start].split()
            if len(lead) <= 4 and not set(lead) & (_POSTPOSITIONS - _ADJUNCT) and \
                    (not after or after[0] not in _POSTPOSITIONS or
                     (after[0] in GENITIVES and self._group_after_genitives(first, trigger) is not None)):
                conjoined = [x for x in first if x is e or _joined(text, x, first) or
                             text[first[0].end:x.start].strip() in ("और", "तथा", ",")][:2]
                listed = [e]
                for x in first[1:]:  # "बांग्लादेश, श्रीलंका, मालदीव और नेपाल": the whole list
                    if text[listed[-1].end:x.start].strip() not in ("और", "तथा", ","):
                        break
                    listed.append(x)
                owned = self._owned_group(listed[-1].end, trigger) or self._group_after_genitives(first, trigger)
                if owned is not None:
                    # "भारत और श्रीलंका की तटरक्षक सेनाएं … गश्त करेंगी": the countries' forces act;
                    # "अमरावती के 29 गांवों के लोग … विरोध कर रहे हैं": the people, not the place
                    return self.actor(e.start, owned)
                return [self._named_or_described(x) for x in conjoined]
        words = text[floor:trigger].split()
        if len(words) > 1 and words[0] in _OUR and words[1] == "देश" and \
                (home := self._speakers_country(floor, " ".join(words[:2]))):
            return [home]  # "पोम्पियो ने कहा कि उनका देश … प्रतिबद्ध है": the speaker's country
        skip = 1 if words[:1] in (["अब"], ["फिर"]) else 0  # "कि अब वह …"
        if words[skip:skip + 1] in (["वह"], ["वे"], ["यह"], ["ये"]) and \
                (len(words) < skip + 2 or words[skip + 1] not in _POSTPOSITIONS):
            found = self.pronoun(floor)  # "X ने कहा कि वह … पालन करेगा": the speaker
            if words[skip] in ("यह", "ये"):
                # "यह (सूचकांक) … मदद करके": यह points to a thing or a body, never to a person
                people = {e.text for e in self.a.entities if e.label == "PER"}
                found = [x for x in found if x.text not in people and (x.refers_to or "") not in people]
            return found
        head = floor + len(text[floor:trigger]) - len(text[floor:trigger].lstrip())
        while len(words) > 1 and words[0] in _TIME_WORDS:
            # "आज सुबह भारतीय सेना के दो जवान शहीद हो गये": the subject after the time
            head = text.index(words[1], head + len(words[0]))
            words = words[1:]
        for n in (6, 5, 4, 3, 2, 1):
            if len(words) < n or set(words[:n]) & (_POSTPOSITIONS - GENITIVES) or words[n - 1] in GENITIVES:
                continue
            if len(words) > n and words[n] in _POSTPOSITIONS:
                continue  # a marked phrase, not the subject
            if len(words) > n and words[n] in THING_AFTER:
                continue  # "राष्ट्रीय नागरिक रजिस्टर": a thing named, not the group
            end = head + len(" ".join(words[:n]))
            if text[head:end] != " ".join(words[:n]):
                continue
            if any(e.start > end and not text[end:e.start].strip() for e in first):
                continue  # "प्रधानमंत्री मोदी की …": a title of the name that follows, not a subject
            table = groups()
            if words[n - 1] in table and table[words[n - 1]].community and len(words) > n and \
                    words[n] not in AFTER_COMMUNITY:
                continue  # "एक सिख लड़की का": the community describes the noun after it
            if words[n - 1] in table or " ".join(words[max(0, n - 2):n]) in table:
                # the phrase's head (its last word or two) is a group: विपक्षी गठबंधन के दल
                if n > 1 and words[n - 1] in _ADJECTIVAL and len(words) > n and \
                        (words[n - 2] in table or " ".join(words[max(0, n - 3):n - 1]) in table):
                    # "खाप पंचायतें आंदोलनकारी किसानों के समर्थन में": the adjective opens the next phrase
                    end = head + len(" ".join(words[:n - 1]))
                return self.actor(head, end)
        return []


def _party(e: Entity) -> bool:
    """A political party: an organisation the knowledge base codes as a party (ruling or in
    opposition) at some time."""
    entity = load_kb().get(e.id) if e.id and e.label == "ORG" else None
    return entity is not None and any(r.code[3:] in ("PTY", "OPP") for r in entity.roles)


def _into_adjunct(gap: str, marker: str) -> bool:
    """Whether the words after a ``marker`` phrase up to an adjunct's end are a genitive chain into
    it ("से [विपक्ष के सांसदों के निलंबन के खिलाफ]"): the marked phrase belongs to the adjunct."""
    words = gap.split()
    return marker == "से" and len(words) > 4 and words[0] == marker and words[-2] in GENITIVES and \
        not set(words[1:]) & (_POSTPOSITIONS - GENITIVES) and bool(set(words[2:-2]) & GENITIVES)

def _genitive_chain(gap: Sequence[str]) -> bool:
    """"भारत की [स्थायी सदस्यता की दावेदारी का] समर्थन": the words between a genitive and the
    trigger are nouns joined by genitives only, and end with one."""
    words = " ".join(gap)
    while (adverb := _ADVERB_END.search(words)) is not None:  # "… का एक बार फिर समर्थन"
        words = words[:adverb.start()]
    chain = words.split()
    return 3 <= len(chain) <= 7 and chain[0] in GENITIVES and chain[-1] in GENITIVES and \
        not set(chain) & (_POSTPOSITIONS - GENITIVES)


_ADVERB_END = re.compile(r"\s(?:एक\s+बार\s+फिर|फिर\s+से|फिर|भी|खुलकर|पूरी\s+तरह)$")


def _first_word(text: str, hit: Hit) -> str:
    words = text[hit.start:hit.end].split()
    return words[0] if words else ""


def _head(entities: Sequence[Entity]) -> Entity:
    """The head of a phrase's names: its last person, else its last name (चीन के राष्ट्रपति शी)."""
    people = [e for e in entities if e.label == "PER"]
    return (people or list(entities))[-1]


def _joined(text: str, e: Entity, inside: Sequence[Entity]) -> bool:
    """Whether ``e`` is one of conjoined names (रूस और चीन): followed by और or a comma and another."""
    rest = text[e.end:e.end + 6]
    return rest.startswith((" और ", ", ", " तथा ")) and any(o.start > e.start for o in inside)

# The end of an "after"/"before" adjunct: "… के साथ बैठक के बाद", "… से पहले".
_AFTER_ADJUNCT = re.compile(r"\s(?:के\s+बाद|के\s+पहले|से\s+पहले)" + WORD_END)
_OWN_PARTIES_ONLY = frozenset({"AGREE", "SUPPORT", "REQUEST", "ACCUSE", "REJECT", "CONSULT", "COOPERATE", "AID"})
_RELATED = re.compile(r"\s*(?:जुड़े|जुड़ी|जुड़ा|संबंधित|सम्बंधित|सम्बन्धित|संबद्ध)" + WORD_END)  # (texts are NFC)
_TIME_WORDS = frozenset({"आज", "कल", "सुबह", "शाम", "रात", "दोपहर", "तड़के", "देर"})
_OUR = frozenset({"उनका", "उनके", "हमारा", "हमारे", "उसका", "उसके"})
_IN_WHICH = re.compile(r",\s*(?:जिसमें|जिनमें)\s+$")

# The join that ends a text before a list item, and the last item of a list (_list_start).
_LIST_JOIN_END = re.compile(r"(?:,|\sऔर|\sतथा)\s*$")
_LIST_ITEM_END = re.compile(r"(?:^|[,।\n]|\sऔर\s|\sतथा\s)\s*([^,।\n]*?)$")
_INCLUDING = re.compile(r"\s(?:सहित|समेत)" + WORD_END)

# Event nouns too vague to take the clause's doer as theirs (हिंसा फैला रहे हैं, हिंसा होना).
_VAGUE_NOUNS = frozenset({"हिंसा", "हमले", "हमलों", "झड़पों", "झड़प", "तनाव"})


def actor_name(actor: Actor | None) -> str | None:
    return actor.name or actor.text if actor is not None else None
