"""Boilerplate lines of news sites, found by general rules rather than one site's strings.

A line is boilerplate when it is one of these kinds (``KINDS``); it is removed from the body
and kept verbatim in ``Article.boilerplate``. Nothing else is dropped. Each rule looks at one
whole line and is written to hold for sites never seen: what marks a related-story link is
"… भी पढ़ें"/"Also Read" at its start, what marks a promotional line is an imperative addressed to
the reader (करें, पाएं, जुड़ें; follow, subscribe) about the site, an app or a social network.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

_WORD = r"\w\u0900-\u0963\u0966-\u097f"
# Python's \b sees a Devanagari vowel sign as a non-word character, so "कहा " has no \b after it;
# this boundary counts the whole Devanagari block (but the dandas) as word characters.
_BOUNDARY = rf"(?:(?<![{_WORD}])(?=[{_WORD}])|(?<=[{_WORD}])(?![{_WORD}]))"


def _rx(pattern: str) -> re.Pattern[str]:
    # Patterns are written with nukta letters; the text is NFC, so compile the NFC form.
    pattern = unicodedata.normalize("NFC", pattern).replace(r"\b", _BOUNDARY)
    return re.compile(pattern, re.IGNORECASE)


_READ = r"(?:पढ़ें|पढें|पढ़िए|पढ़िये|पढ़े|देखें|देखिए|देखिये)"
_RELATED = _rx(
    r"^[\s\-–—•*>»|]*(?:"
    rf"(?:ये|यह|इसे|इन्हें|इनको|इसको|यहां|यहाँ|ऐसी|ऐसे)\s+(?:भी\s+)?{_READ}"
    rf"|(?:और|अन्य|ज़रूर|जरूर|साथ\s+ही)\s+{_READ}"
    rf"|{_READ}\s*[:：\-–—|]"
    r"|(?:संबंधित|सम्बंधित|संबंधित)\s+(?:ख़बर|खबर|ख़बरें|खबरें|लेख|समाचार|वीडियो)"
    r"|also\s+(?:read|watch|see)\b|read\s+(?:also|more)\b|must\s+read\b|related\s*(?:news|stories|articles)?\s*[:：\-–—|]"
    r"|watch\s*(?:video)?\s*[:：\-–—|]"
    r")"
)
_IMPERATIVE = _rx(
    r"(?:ट्रैक|फॉलो|फ़ॉलो|फोलो|सब्सक्राइब|सबस्क्राइब|डाउनलोड|लाइक|शेयर|क्लिक|इंस्टॉल|ज्वाइन|जॉइन)\s+(?:करें|कीजिए|करे)"
    r"|(?:जुड़ें|जुड़े\s+रहें|पाएं|पायें|पढ़ते\s+रहें|देखते\s+रहें)(?:\s|$|[,।.!])"
    r"|\b(?:follow|subscribe|download|install|join|like)\s+(?:us|our|the|now|to|on|for)\b"
    r"|\bsign\s+up\b|\bclick\s+here\b|\bshare\s+(?:this|on)\b|\bget\s+(?:the\s+)?latest\b"
)
_CHANNEL = _rx(
    r"\b[\w-]+\.(?:com|in|net|org|co|tv|news|live)\b|ऐप|एप\b|\bapp\b|फेसबुक|फ़ेसबुक|facebook|ट्विटर|twitter"
    r"|इंस्टाग्राम|instagram|यूट्यूब|youtube|व्हाट्सऐप|व्हाट्सएप|व्हॉट्सऐप|whatsapp|टेलीग्राम|telegram"
    r"|गूगल\s+न्यूज़|गूगल\s+न्यूज|google\s+news|न्यूज़लेटर|न्यूजलेटर|newsletter|नोटिफिकेशन|notification"
    r"|चैनल|channel|ताज़ा|ताजा|ताज़ातरीन|ताजातरीन|लेटेस्ट|latest|अपडेट|updates?\b|ख़बरों|खबरों|न्यूज़|न्यूज"
)
_REPORTING = _rx(r"\b(?:कहा|बताया|said|says|told)\b")
_BYLINE = _rx(
    r"^(?:(?:by|written\s+by|edited\s+by|reported\s+by|posted\s+by|updated\s+by|curated\s+by|authored\s+by)"
    r"\s*[\s:：\-–—|]"
    r"|(?:author|edited|agency|लेखक|लेखिका|रिपोर्ट|रिपोर्टर|रिपोर्टिंग|संवाददाता|द्वारा|एडिटेड\s+बाय|संपादन|संपादित"
    r"|संपादक|लेखन|एजेंसी)\s*[:：\-–—|])"
)
_STAMP_WORD = _rx(
    r"^(?:updated|published|posted|last|modified|on|at|ist|am|pm|hrs|प्रकाशित|प्रकाशन|अपडेटेड|अपडेट|अंतिम"
    r"|तिथि|तारीख|दिनांक|समय|बजे|पर|को|date|time|edited|एडिटेड|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?"
    r"|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?"
    r"|dec(?:ember)?|mon(?:day)?|tue(?:sday)?|wed(?:nesday)?|thu(?:rsday)?|fri(?:day)?"
    r"|sat(?:urday)?"
    r"|sun(?:day)?|जनवरी|फरवरी|फ़रवरी|मार्च|अप्रैल|अप्रेल|मई|जून|जुलाई|अगस्त|सितंबर|सितम्बर|अक्टूबर|अक्तूबर"
    r"|नवंबर|नवम्बर|दिसंबर|दिसम्बर|सोमवार|मंगलवार|बुधवार|गुरुवार|बृहस्पतिवार|शुक्रवार|शनिवार|रविवार)$"
)
_STAMP_KEY = _rx(
    r"updated|published|posted|प्रकाशित|अपडेटेड|अपडेट|\d{1,2}:\d{2}|[०-९]{1,2}:[०-९]{2}|\b(?:am|pm|ist)\b"
)
_DIGIT = re.compile(r"[0-9\u0966-\u096f]")
_TAGS = _rx(
    r"^(?:tags?|टैग्स|टैग|topics?|विषय|keywords?|कीवर्ड्स|कीवर्ड|related\s+topics|hashtags?)\s*[:：\-–—|]"
)
_HASHTAG = re.compile(r"#\S+")
_ADVERT = _rx(
    r"^[\W_]*(?:advertisement|advertisment|advertising|ads?|sponsored|promoted|विज्ञापन|प्रायोजित"
    r"|story\s+continues\s+below(?:\s+this)?\s+advertisement|continue\s+reading\s+below"
    r"|scroll\s+(?:down\s+)?to\s+continue(?:\s+with\s+content)?|नीचे\s+स्क्रॉल\s+करें)[\W_]*$"
)
_PHOTO = _rx(
    r"^[\s(\[]*(?:photo|photos|image|images|pic|picture|file\s+photo|representational\s+(?:image|photo|picture)"
    r"|फोटो|फ़ोटो|तस्वीर|तस्वीरें|चित्र|इमेज|फाइल\s+फोटो|फ़ाइल\s+फ़ोटो|फाइल\s+तस्वीर|प्रतीकात्मक\s+(?:तस्वीर|फोटो|फ़ोटो|चित्र|इमेज)"
    r"|सांकेतिक\s+(?:तस्वीर|फोटो|फ़ोटो|चित्र))"
    r"(?:\s*(?:credit|credits|courtesy|source|साभार|सौजन्य|क्रेडिट|स्रोत))?\s*(?:[:：\-–—|)\]]|$)"
)
_PHOTO_ANYWHERE = _rx(
    r"getty\s+images|image\s+credit|photo\s+credit|फोटो\s+साभार|फ़ोटो\s+साभार|तस्वीर\s+साभार|फोटो\s+क्रेडिट"
    r"|फोटो\s+सौजन्य|©"
)
_COPYRIGHT = _rx(r"^[\s(\[]*(?:©|copyright|सर्वाधिकार|all\s+rights\s+reserved|disclaimer|अस्वीकरण)")
_CREDIT = _rx(
    r"^[(\[].*(?:इनपुट|input|सिंडीकेट|सिंडिकेट|syndicated|फीड|feed|संपादित\s+नहीं|not\s+been\s+edited"
    r"|भाषा|पीटीआई|pti|ians|आईएएनएस|एजेंसी)[^()\[\]]*[)\]][\s.।]*$"
)
_URL_ONLY = _rx(r"^\s*(?:https?://|www\.)\S+\s*$")
_SHARE_ONLY = _rx(
    r"^[\W_]*(?:share|शेयर|tweet|ट्वीट|comment|comments|कमेंट|टिप्पणी|टिप्पणियां|email|ईमेल|print|प्रिंट"
    r"|facebook|twitter|whatsapp|फेसबुक|ट्विटर|व्हाट्सऐप|linkedin|telegram)(?:[\W_]+(?:share|शेयर|tweet"
    r"|comment|comments|email|print|facebook|twitter|whatsapp|linkedin|telegram|फेसबुक|ट्विटर|व्हाट्सऐप"
    r"|ट्वीट|कमेंट|ईमेल|प्रिंट))*(?:\s+(?:करें|कीजिए|this|it|now))?[\W_]*$"
)

KINDS = ("related", "promo", "byline", "timestamp", "tags", "advertisement", "photo", "copyright",
         "credit", "link", "share")


@dataclass(frozen=True, slots=True)
class Verdict:
    """Why a line is boilerplate (``kind`` in :data:`KINDS`), or not (``kind`` is None)."""

    kind: str | None

    @property
    def is_boilerplate(self) -> bool:
        return self.kind is not None


_BODY = Verdict(None)


def _words(line: str) -> list[str]:
    return line.split()


def _is_timestamp(line: str, words: list[str]) -> bool:
    if len(words) > 14 or not _DIGIT.search(line) or not _STAMP_KEY.search(line):
        return False
    leftover = [
        w for w in (re.sub(r"[\W_]+", " ", w).strip() for w in words)
        if w and not _DIGIT.search(w) and not all(_STAMP_WORD.match(p) for p in w.split())
    ]
    return len(leftover) <= 3


def _is_tags(line: str, words: list[str]) -> bool:
    if _TAGS.match(line):
        return True
    return len(words) >= 2 and sum(1 for w in words if _HASHTAG.fullmatch(w.strip(",;"))) >= 0.6 * len(words)


def classify_line(line: str) -> Verdict:
    """The kind of boilerplate ``line`` is, or a verdict with ``kind`` None for body text."""
    stripped = line.strip()
    if not stripped:
        return _BODY
    words = _words(stripped)
    n = len(words)
    checks: tuple[tuple[str, bool], ...] = (
        ("related", n <= 40 and bool(_RELATED.match(stripped))),
        ("advertisement", n <= 8 and bool(_ADVERT.match(stripped))),
        ("link", bool(_URL_ONLY.match(stripped))),
        ("share", n <= 8 and bool(_SHARE_ONLY.match(stripped))),
        ("tags", n <= 60 and _is_tags(stripped, words)),
        ("copyright", n <= 30 and bool(_COPYRIGHT.match(stripped))),
        ("photo", n <= 15 and (bool(_PHOTO.match(stripped)) or bool(_PHOTO_ANYWHERE.search(stripped)))),
        ("credit", n <= 40 and bool(_CREDIT.match(stripped))),
        ("byline", n <= 12 and bool(_BYLINE.match(stripped)) and not _REPORTING.search(stripped)),
        ("timestamp", _is_timestamp(stripped, words)),
        (
            "promo",
            n <= 40
            and bool(_IMPERATIVE.search(stripped))
            and bool(_CHANNEL.search(stripped))
            and not _REPORTING.search(stripped)
            and '"' not in stripped,
        ),
    )
    for kind, hit in checks:
        if hit:
            return Verdict(kind)
    return _BODY
