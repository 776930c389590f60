"""What is not an event, and what is one event mentioned again.

What is not coded (EVENTS.md conventions): the content of a demand, refusal, threat, promise or
acceptance (माफी मांगने से इनकार), an infinitive that is an aim or an instruction (बात करने के
लिए), talking to reporters, a visit verb (पहुंचे, शामिल हुए) or an approval without a named
party, and later mentions of an event already coded in the article (same type, agreeing actors;
bare event nouns with no party). Headlines are coded like body text: a headline comes first, so it
carries the event and the body's re-mention is dropped. "Will not accept" is a refusal (REJECT);
missiles fired at someone are an attack (ASSAULT heavy-weapons), not a test.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from khabar.events.roles import KI, Hit, actor_name
from khabar.grammar import WORD_END
from khabar.model import Event

_PURPOSE = re.compile(r"\s+(?:के\s+लिए|के\s+लिये|को\s+कहा|(?:की|का|के)\s+(?:कोई\s+)?(?:उम्मीद|संभावना|कोशिश|प्रयास|योजना|तैयारी"
                      r"|इच्छा|इरादा|अवसर|मौका|मौके|उद्देश्य|लक्ष्य|शिकायत|शिकायतें|शिकायतों|तौर-तरीकों|तौर-तरीके|तरीके|तरीकों"
                      r"|प्रक्रिया|उपाय|उपायों)|पर\s+(?:चर्चा|बातचीत|विचार|विचार-विमर्श)|के\s+बदले|के\s+एवज)" + WORD_END)

_DEVA_WORD = re.compile(r"[\u0900-\u097f]+")

# "सहायता देने या लेने की प्रक्रिया": one act or another, named in general
_EITHER = re.compile(r"\s+या\s+[\u0900-\u097f]+ने" + WORD_END)

# Words that may follow a finite verb (auxiliaries, conjunctions, particles).
_AFTER_VERB = frozenset({"है", "हैं", "था", "थे", "थी", "थीं", "और", "तथा", "एवं", "व", "हुए", "हुई", "तो", "भी",
                         "जहां", "जिसमें", "लेकिन", "किंतु", "परंतु", "कि", "या", "नहीं"})

# After an event noun: a fear or a prospect of it, not the event (हमलों का खतरा, हमले की आशंका); or
# the cause of something else, a background mention (हत्या से उत्पन्न संकट).
_PROSPECT = re.compile(r"\s+(?:(?:का|की|के)\s+(?:खतरा|खतरे|आशंका|आशंकाओं|डर|संभावना|संभावनाओं|संभावनाएं)"
                       r"|से\s+(?:उत्पन्न|उपजे|उपजी|पैदा\s+हुए|पैदा\s+हुई))" + WORD_END)

_LIGHT_INFINITIVE = re.compile(r"\s+(?:करने|कराने|करवाने)" + WORD_END)
_DECIDED = re.compile(r"\s+(?:का|के)\s+(?:निर्णय|फैसला|फ़ैसला|फैसले|फ़ैसले)" + WORD_END)
_ORDERED = re.compile(r"\s+(?:का|के)\s+(?:आदेश|निर्देश)" + WORD_END)
_AIM = re.compile(r"\s+(?:के\s+लिए|के\s+लिये)" + WORD_END)
_CHARGE_OF = re.compile(r"\s+में" + WORD_END)

# "के समर्थन में रैली", "समर्थन जुटाने": support as the aim of another act.
_IN_SUPPORT = re.compile(r"\s+(?:में|जुटा|मूल्य)")  # also न्यूनतम समर्थन मूल्य, a price

# An infinitive governed by a postposition names an act in general (यात्रा करने से बचें, यात्रा करने में
# सहायता), not one that happened.
_INFINITIVE_PHRASE = re.compile(r"\s+(?:से|में|संबंधी|सम्बन्धी)" + WORD_END)  # … जांच करने संबंधी निर्देश

# Event nouns that are too general to code on their own, with no party named (talks, a meeting,
# violence, attacks): real news re-mentions them in background sentences.
_PASSIVE_END = frozenset({"गया", "गई", "गए", "गये", "गयी"})

_BARE_NOUNS = frozenset({
    "शिखर सम्मेलन", "सम्मेलन", "युद्धविराम", "संघर्षविराम", "बातचीत", "बैठक", "वार्ता", "चर्चा", "हिंसा", "हमले", "हमलों",
    "आंदोलन", "प्रदर्शन", "समर्थन", "यात्रा", "दौरा", "दौरे", "जांच", "आरोप", "आरोपों", "मदद", "सहायता",
    "अनुरोध", "अपील", "आग्रह", "मांग",
})

# Events that frame another (a demand, refusal, threat, promise, acceptance): the framed event is
# their content and is not coded on its own (माफी मांगने से इनकार, यात्रा का न्योता, हमले की धमकी).
_FRAMING = frozenset({"REQUEST", "REJECT", "THREATEN", "AGREE"})

_CLAUSE_FRAMING = frozenset({"REQUEST", "THREATEN", "AGREE"})


def is_content(text: str, hit: Hit, hits: Sequence[Hit]) -> bool:
    """Whether ``hit`` is what another trigger of its sentence demands, refuses, threatens or
    promises: right before it (हमले की धमकी, माफी मांगने से इनकार) or in its कि clause (धमकी दी कि
    … हमला करेंगे; not after an accusation, whose content is coded)."""
    for other in hits:
        if other.start < hit.start and other.expression.type in _CLAUSE_FRAMING and \
                KI.search(text, other.end, hit.start):
            return True
    for other in hits:
        if other.start < hit.end or other.expression.type not in _FRAMING or other is hit:
            continue
        gap = text[hit.end:other.start].split()
        if gap and gap[0] in ("से", "का", "की", "के") and len(gap) <= 3:
            return True
        if 2 <= len(gap) <= 4 and gap[-1] in ("से", "का", "की", "के") and gap[-2].endswith("ने") and \
                not set(gap[:-1]) & _NOT_IN_TOPIC:
            return True  # "आंदोलन समाप्त करने की अपील": what is asked for is done to the event
        if text[hit.start:hit.end].split()[-1].endswith("ने") and gap[:1] in (["और"], ["तथा"]) and \
                len(gap) <= 16 and gap[-1] in ("का", "की", "के") and gap[-2].endswith("ने") and \
                not set(gap) & _FINITE_WORDS:
            return True  # "X का समर्थन नहीं करने और … आगे आने का आग्रह": one of two things asked for
        if other.expression.type == "AGREE" and gap and gap[-1] == "पर" and len(gap) <= 5 and \
                not set(gap[:-1]) & _NOT_IN_TOPIC:
            return True  # "चार दिन के संघर्षविराम और बंधकों की अदला-बदली पर राज़ी": what is agreed on
    # "यह आश्वासन मिलने के बाद … कि वे किसी प्रदर्शन में शामिल नहीं होंगे": a promise's content
    return _PROMISED.search(text, max(0, text.rfind("।", 0, hit.start)), hit.start) is not None


_PROMISED = re.compile(r"(?<![\u0900-\u097f])(?:आश्वासन|वादा|वादे|शर्त|शर्तों)" + WORD_END + r"[^।,]*\sकि\s")

_FINITE_WORDS = frozenset({"ने", "है", "हैं", "था", "थे", "थी", "कि", "किया", "गया", "गई", "गए"})

_NOT_IN_TOPIC = frozenset({"ने", "को", "से", "में", "है", "हैं", "था", "थे", "थी", "कि"})


def is_modifier_or_other_sense(text: str, hit: Hit) -> bool:
    """Words that look like an event and are not one: an event noun naming the kind of a proposal
    or of talks (युद्धविराम प्रस्ताव: the proposal is what is acted on), a seizure (दिल का दौरा),
    a weather warning (भारी बारिश की चेतावनी), the charge of legal cases (दंगों के 25 मामलों में),
    soldiers sent to a hospital (not a deployment), false or fraudulent promises (a deceit told),
    and an event noun in the name of a law."""
    first = text[hit.start:hit.end].split()[0]
    if hit.expression.nominal and _KIND_OF.match(text, hit.end):
        return True
    if hit.expression.type == "PROTEST" and _DISPLAY.search(text, max(0, hit.start - 30), hit.start):
        return True  # "आतिशबाजी का अद्भुत प्रदर्शन", "टीम का शानदार प्रदर्शन": a display, a performance
    if text.startswith("छेड़छाड़", hit.start) and _TAMPERED.search(text, max(0, hit.start - 60), hit.start):
        return True  # "संविधान की मूल भावना के साथ कोई छेड़छाड़": tampering with a thing, no assault
    if hit.expression.type == "AGREE" and text.startswith("स्वीकार", hit.start) and \
            _ACKNOWLEDGED.search(text, max(0, hit.start - 40), hit.start):
        return True  # "… खतरे को स्वीकार किया", "इस चुनौती को … स्वीकार करेगी": acknowledging, no agreement
    if hit.expression.type == "AGREE" and _FALSE_PROMISE.search(text, max(0, hit.start - 24), hit.start):
        return True  # "निवेशकों से … धोखाधड़ीपूर्ण वादे किए": a deceit told, no agreement with a party
    if hit.expression.type == "MOBILIZE" and _HOSPITAL.search(text, hit.start, hit.end):
        return True  # "घायल जवान को सेना अस्पताल भेजा गया": the wounded sent for care, no force deployed
    if hit.expression.nominal and _CASES_OF.match(text, hit.end):
        return True  # "दंगों के 25 मामलों में", "हत्या के मामले में": legal cases, the charge not the act
    if hit.expression.nominal and _IN_A_LAWS_NAME.match(text, hit.end):
        return True  # "दुष्कर्म और यौन अपराधों से बच्चों के संरक्षण अधिनियम": words of a law's name
    if first in ("दौरा", "दौरे") and (_SEIZURE_BEFORE.search(text, max(0, hit.start - 16), hit.start) or
                                    _SEIZURE_AFTER.match(text, hit.end)):
        return True
    return hit.expression.type == "THREATEN" and _WEATHER.search(text, max(0, hit.start - 80), hit.start) is not None


_KIND_OF = re.compile(r"\s+(?:प्रस्ताव|प्रस्तावों|समझौते|समझौता|योजना|वार्ता|पत्र|पत्रों|स्थल)" + WORD_END)
# Words that make प्रदर्शन a display or a performance, right before it.
_DISPLAY = re.compile(r"(?<![\u0900-\u097f])(?:अद्भुत|शानदार|बेहतरीन|बेहतर|खराब|ख़राब|उत्कृष्ट|निराशाजनक|दमदार|प्रभावशाली"
                      r"|आतिशबाजी\s+का|कौशल\s+का|क्षमता\s+का|ताकत\s+का|शक्ति\s+का)\s+(?:विरोध\s+)?$")

_TAMPERED = re.compile(r"(?<![\u0900-\u097f])(?:संविधान|भावना|सबूत|सबूतों|साक्ष्य|साक्ष्यों|दस्तावेज|दस्तावेजों|दस्तावेज़"
                       r"|आंकड़ों|ईवीएम|मशीन|मशीनों|रिकॉर्ड|इतिहास|तथ्यों|नक्शे)" + WORD_END
                       + r"[^।]*\s+(?:के\s+साथ|से)\s+(?:कोई\s+)?$")
_ACKNOWLEDGED = re.compile(r"(?<![\u0900-\u097f])(?:खतरे|खतरा|ख़तरे|चुनौती|चुनौतियों|तथ्य|तथ्यों|सच|सच्चाई|हकीकत|वास्तविकता)"
                           r"\s+(?:को\s+)?(?:[^\s।,]+\s+){0,3}$")
_FALSE_PROMISE = re.compile(r"(?<![\u0900-\u097f])(?:झूठे|झूठा|धोखाधड़ीपूर्ण|खोखले|लुभावने|चुनावी)\s+$")
_HOSPITAL = re.compile(r"(?<![\u0900-\u097f])(?:अस्पताल|अस्पतालों|चिकित्सालय)" + WORD_END)
# "के (25|कई|दो) मामलों/मामले": an event noun naming the charge of legal cases.
_CASES_OF = re.compile(r"\s+के\s+(?:[\d,]+\s+|कई\s+|अनेक\s+|सभी\s+|[\u0900-\u097f]+\s+)?(?:मामले|मामलों|मामला|केस)"
                       + WORD_END)

# An event noun followed, over nouns and genitives only, by अधिनियम or संहिता: part of a law's name.
_IN_A_LAWS_NAME = re.compile(r"(?:\s+(?!(?:ने|को|पर|में|बाद|पहले|लिए|लिये|दौरान|है|हैं|था|थे|थी|गया|गई|किया|कि|तहत)"
                             + WORD_END + r")[^\s।,;]+){0,7}?\s+(?:अधिनियम|संहिता)" + WORD_END)
_SEIZURE_BEFORE = re.compile(r"(?:दिल|हृदय|मिर्गी)\s+(?:का|के)\s*$")
_SEIZURE_AFTER = re.compile(r"\s+(?:पड़|पड़)")
_WEATHER = re.compile(r"(?<![\u0900-\u097f])(?:बारिश|वर्षा|बर्फबारी|हिमपात|तूफान|तूफ़ान|चक्रवात|शीतलहर|शीत\s+लहर|लू|कोहरे|"
                      r"कोहरा|ओलावृष्टि|बाढ़|भूस्खलन|हिमस्खलन|मौसम)" + WORD_END)


def is_description(text: str, hit: Hit, floor: int, sentence_start: int) -> bool:
    """What something does as a rule, in a relative clause ("ट्रांसपोंडर जो गहरे समुद्र में जाने में
    मदद करते हैं"), what one talked about ("योजनाओं पर बात की", no one talked with), or a
    memorandum or petition signed (no agreement between parties)."""
    first = text[hit.start:hit.end].split()[0]
    last = text[hit.start:hit.end].split()[-1]
    if last.endswith(("ते", "ती", "ता")) and _HABITUAL.match(text, hit.end) and _WHICH.search(text, floor, hit.start):
        return True
    before = text[floor:hit.start]
    if hit.expression.type == "CONSULT" and not hit.expression.nominal and before.endswith(" पर ") and \
            before.split()[-2:-1] not in (["फोन"], ["फ़ोन"], ["टेलीफोन"], ["टेलीफ़ोन"]) and \
            not _PARTNER.search(text, sentence_start, hit.start) and \
            not _MUTUAL_DOERS.search(before[:max(0, before.rfind(" ने "))]):
        return True
    return first == "हस्ताक्षर" and _SIGNED_ALONE.search(before) is not None


_HABITUAL = re.compile(r"\s+(?:है|हैं)(?=[\s।.,]|$)")
_WHICH = re.compile(r"(?<![\u0900-\u097f])(?:जो|जिसे|जिन्हें|जिससे|जिनसे)" + WORD_END)
# they talk with each other
_MUTUAL_DOERS = re.compile(r"(?<![\u0900-\u097f])(?:दोनों|और|तथा|एवं)" + WORD_END)
_PARTNER = re.compile(r"\s(?:से|के\s+साथ)\s")
_SIGNED_ALONE = re.compile(r"(?<![\u0900-\u097f])(?:ज्ञापन|याचिका|पत्र|अभियान)\s+पर\s+$")


def is_participle(text: str, hit: Hit) -> bool:
    """"चंद्रयान-2 से मिले अनुभवों": a participle before its noun (what was obtained), not a meeting."""
    if hit.expression.source != "से मिल~" or not text[hit.start:hit.end].endswith(("मिले", "मिली", "मिला")):
        return False
    after = text[hit.end:hit.end + 24].split()
    return bool(after) and _DEVA_WORD.fullmatch(after[0]) is not None and after[0] not in _AFTER_VERB


def is_purpose(text: str, hit: Hit) -> bool:
    """An infinitive trigger that names an aim, a hope or an instruction (बात करने के लिए, मिलने की
    उम्मीद, बात करने को कहा), not an event; a decision or an accusation (हमला करने का आरोप) is kept."""
    last = text[hit.start:hit.end].split()[-1]
    causative = _LIGHT_INFINITIVE.match(text, hit.end)
    if causative is not None and hit.expression.type not in _FRAMING:
        # "शिकायत दर्ज कराने के तौर-तरीकों": the act in general, its infinitive past the match
        return bool(_PURPOSE.match(text, causative.end()) or _INFINITIVE_PHRASE.match(text, causative.end()))
    if hit.expression.nominal and _PROSPECT.match(text, hit.end):
        return True  # हमलों का खतरा, हमले की आशंका: a fear, not an attack
    if hit.expression.nominal and _AIM.match(text, hit.end):
        return True  # "यूक्रेन के साथ बातचीत के लिए … शर्तें": talks as an aim, not held
    if hit.expression.type == "ACCUSE" and hit.expression.nominal and _CHARGE_OF.match(text, hit.end):
        return True  # "पार्टी विरोधी गतिविधियों के आरोप में निष्कासित": the grounds of another act
    if hit.expression.type == "SUPPORT" and hit.expression.nominal and _IN_SUPPORT.match(text, hit.end):
        return True  # "के समर्थन में रैली", "समर्थन जुटाने": the rally or the drive is the event
    if hit.expression.type in _FRAMING and last.endswith("ने") and _AIM.match(text, hit.end) and \
            not is_readiness(text, hit):
        return True  # "उनका पालन करने के लिए समयसीमा तय की": compliance as the aim of a deadline
    if hit.expression.type in ("CONCEDE", "RETREAT") and last.endswith("ने") and _ORDERED.match(text, hit.end):
        return True  # "इंटरनेट सेवा बहाल करने के आदेश दिए": what an order asks for (EVENTS.md rule 6)
    if hit.expression.type in _FRAMING and last.endswith("ने") and _DECIDED.match(text, hit.end):
        return True  # "सुझाव आमंत्रित करने का निर्णय लिया": the decision is news, the invitation is to come
    if hit.expression.type in _FRAMING or not last.endswith(("ने", "ना")) or len(last) < 4:
        return False
    if is_readiness(text, hit):
        return False  # "सहायता देने के लिए तैयार है": a readiness to act, coded as a possible act
    return bool(_PURPOSE.match(text, hit.end) or _INFINITIVE_PHRASE.match(text, hit.end)
                or _EITHER.match(text, hit.end))


def is_readiness(text: str, hit: Hit) -> bool:
    """"… देने के लिए तैयार है": the trigger names an act its doer is ready to do."""
    return _READY.match(text, hit.end) is not None


_READY = re.compile(r"\s+(?:के\s+लिए|के\s+लिये|को)\s+(?:पूरी\s+तरह\s+)?(?:तैयार|तत्पर|इच्छुक)" + WORD_END)


def first_mentions(events: list[Event], nominal: list[bool]) -> list[Event]:
    """Each real-world event once: a later mention of an event of the same type whose known actors
    agree with an earlier one (यह हिंसा, the talks again) is dropped, and so is a bare event noun
    with no party named (``nominal`` tells which events come from event nouns); the conjoined
    pairs of one trigger are all kept."""
    kept: list[Event] = []
    for ev, noun in zip(events, nominal, strict=True):
        filled = _fills(kept, ev) if noun else None
        if filled is not None:
            # "X ने खुद को उड़ा लिया, हमले में चार पुलिसकर्मियों की मौत हो गई": the attack named again
            # with its victims completes the first mention
            kept[filled] = replace(kept[filled], target=ev.target)
            continue
        first = _doer_told_later(kept, ev)
        if first is not None:
            # "कैम्प में हुए हमले में 24 लोग मारे गए … अरब के जनजातीय लोगों ने कैम्प पर धावा बोला और गोलियां
            # चलाईं": the attack told again with its doers is the first mention's (gold/EVENTS.md rule 1)
            k = kept[first]
            kept[first] = replace(k, source=ev.source, target=k.target or ev.target, mode=k.mode or ev.mode)
            continue
        again = any(k.type == ev.type and k.trigger != ev.trigger and k.negated == ev.negated and
                    # an arrest and a raid by one agency are two events
                    (k.mode == ev.mode or k.mode is None or ev.mode is None) and
                    # an arrest and the remand that follows it ("… गिरफ्तार किया गया और कल न्यायिक
                    # हिरासत में भेज दिया गया") are two events
                    _REMAND.search(k.trigger.text) is None and _REMAND.search(ev.trigger.text) is None and
                    (ev.source is None or actor_name(ev.source) == actor_name(k.source)) and
                    (ev.target is None or actor_name(ev.target) == actor_name(k.target)) and
                    # in one sentence only when both parties are named and the same (यात्रा पर … पहुंचे),
                    # or neither is, in one mode ("बारूदी सुरंग के विस्फोट में")
                    (k.sentence != ev.sentence or (ev.source is not None and ev.target is not None) or
                     (ev.source is None and ev.target is None and k.source is None and k.target is None and
                      k.mode == ev.mode))
                    for k in kept)
        if not again and ev.source is None and ev.mode is not None and ev.trigger.text.split()[-1] in _PASSIVE_END and \
                any(k.type == ev.type and k.mode == ev.mode and k.source is not None and k.sentence == ev.sentence - 1
                    and k.trigger.text.split()[0] == ev.trigger.text.split()[0] for k in kept):
            # "CBI ने अधिकारी और दो अन्य को गिरफ्तार किया … अधीक्षक, उपाध्यक्ष तथा खजांची को गिरफ्तार किया
            # गया": the same arrest, told again without its doer and with the people named otherwise
            again = True
        if not again and noun and ev.source is None and ev.target is None and ev.trigger.text in _BARE_NOUNS:
            again = True
        if not again:
            kept.append(ev)
    return kept


def _doer_told_later(kept: list[Event], ev: Event) -> int | None:
    """The earlier attack or riot, in one of the two sentences before, told with no doer, that
    ``ev`` (the same type, a doer named, no other target, a mode that fits) tells again."""
    if ev.type not in ("ASSAULT", "PROTEST") or ev.source is None:
        return None
    for i in range(len(kept) - 1, -1, -1):
        k = kept[i]
        if k.type == ev.type and k.source is None and 0 < ev.sentence - k.sentence <= 2 and \
                k.negated == ev.negated and (k.mode is None or k.mode == ev.mode) and \
                (k.target is None or ev.target is None or actor_name(k.target) == actor_name(ev.target)) and \
                not any(o.type == ev.type and o.source is not None and o.sentence > k.sentence for o in kept[i + 1:]):
            return i
    return None


_REMAND = re.compile(r"(?:हिरासत|जेल)\s+(?:में\s+)?भेज")


def _fills(kept: list[Event], ev: Event) -> int | None:
    """The earlier event of this or the previous sentence that ``ev`` (an event noun with a target
    only) names again and completes: same type, no target yet, no other doer."""
    if ev.target is None:
        return None
    for i in range(len(kept) - 1, -1, -1):
        k = kept[i]
        if k.sentence < ev.sentence - 1:
            break
        if k.type == ev.type and k.target is None and k.trigger != ev.trigger and \
                (ev.source is None or actor_name(ev.source) == actor_name(k.source)):
            return i
    return None
