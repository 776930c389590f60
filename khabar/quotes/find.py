"""Find quotations, direct and reported, with their cue and the words that name the speaker.

Reported speech in Hindi news has a few shapes, all keyed on a speech cue (``speech_cues.txt``):

- ``X ने (…) कहा (है/था) कि CONTENT`` and the same with बताया, दावा किया, आरोप लगाया, चेतावनी दी…;
- ``X के अनुसार/मुताबिक, CONTENT``;  ``X का कहना/मानना है कि CONTENT``;
- ``CONTENT, X ने कहा।``;  ``X बोले, "CONTENT"``;  ``X ने Y को "CONTENT" बताया``.

Direct quotations are the spans between quotation marks (:mod:`khabar.text.quotemarks`); one
whose cue is in its sentence is attributed by it, one in a sentence without a cue continues the
quote before it, a short one without a cue is a scare quote and is left alone. A closing mark
whose opening the site lost ends a quotation that began with its sentence.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from khabar.grammar.phrases import np_before
from khabar.lang import word_list
from khabar.model import Span
from khabar.text.quotemarks import read_marks

_AUX = r"(?:\s+(?:है|हैं|था|थी|थे|थीं|गया|गई|गए|रहा|रही|रहे|जा\s+रहा|जाता|जाती))*"
_STOPS = "।॥.?!"
_ERGATIVE_PRONOUNS = re.compile(
    r"(?<![\u0900-\u097f])(?:उन्होंने|उन्होने|उसने|इन्होंने|इसने|हमने|मैंने|आपने)(?![\u0900-\u097f])"
)
MAX_LOST_MARK_CHARS = 600  # how far a quotation that lost its opening mark may run to its closing one
MAX_LEAD_IN_WORDS = 15  # "केसीएनए के अनुसार, बुधवार को बैठक के अंत में, "…"": the quotation is the content
MIN_DIRECT_WORDS = 3  # a shorter quotation without a cue is a scare quote ("बड़ी जीत")


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A quotation before its speaker is resolved: offsets into the article text."""

    start: int
    end: int
    direct: bool
    cue: str | None
    speaker_start: int | None  # the words naming the speaker in the quote's clause
    speaker_end: int | None
    sentence: int
    continues: bool = False  # no cue of its own: it goes on from the quotation before it


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    cues = sorted(word_list("hi", "speech_cues"), key=len, reverse=True)
    alt = "|".join(re.escape(unicodedata.normalize("NFC", c)).replace(r"\ ", r"\s+") for c in cues)
    return re.compile(rf"(?<![\w\u0900-\u0963])(?:{alt}){_AUX}(?![\w\u0900-\u0963])")


def _words_of(name: str) -> dict[str, str]:
    text = resources.files("khabar.lang").joinpath("hi", f"{name}.txt").read_text(encoding="utf-8")
    section, out = "", {}
    for line in text.splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("["):
            section = line.strip("[]")
        elif line:
            out[unicodedata.normalize("NFC", line)] = section
    return out


@lru_cache(maxsize=1)
def speaker_words() -> dict[str, str]:
    """Pronouns and titles: word -> "pronoun" | "title"."""
    return _words_of("speaker_words")


_ACCORDING = re.compile(r"\s(?:के\s+अनुसार|के\s+मुताबिक|के\s+मुताबिक़|के\s+हवाले\s+से)\s*,?\s*")
_SAYING = re.compile(r"\s(?:का|की|के)\s+(?:कहना|मानना)\s+(?:है|था|थी|हैं)\s+कि\s+")
_SAYING_PRONOUN = re.compile(r"(?:उनका|उसका|इनका|उनकी|उसकी)\s+(?:कहना|मानना)\s+(?:है|था|थी|हैं)\s+कि\s+")
_KI = re.compile(r"^\s*[,:]?\s*कि\s+")
_LEAD_IN = re.compile(r"^\s*[,:]\s*")
_NE = re.compile(r"(?:\sने|(?<=[\u0900-\u097f.])ने)(?=\s)")
# "X ने Y से CONTENT की अपील की", "… से संयम बरतने को कहा": the content is what Y is asked to do.
_ASKED = re.compile(r"\s(?:से|को)\s+(?P<content>.+?)\s+(?:की|का|को)\s*$")
_ASKING_CUES = ("अपील", "आग्रह", "अनुरोध", "आह्वान", "कहा", "सलाह", "निर्देश", "गुजारिश", "निवेदन")


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Strip spaces, a final stop and quotation marks from a content span."""
    while start < end and text[start] in " \"'":
        start += 1
    while end > start and text[end - 1] in " \"'":
        end -= 1
    while end > start and text[end - 1] in _STOPS:
        end -= 1
    while end > start and text[end - 1] in " \"'":
        end -= 1
    return start, end


@dataclass(frozen=True, slots=True)
class _Paragraph:
    """What a sentence needs to know of its paragraph: marks that lost their partner, and names."""

    end: int
    pairs: list[tuple[int, int]]
    orphan_closes: list[int]
    orphan_opens: list[int]
    names: list[tuple[int, int]]  # people and organisations named in it


class _Sentence:
    def __init__(self, text: str, index: int, span: Span, par: _Paragraph) -> None:
        self.text = text
        self.index = index
        self.start, self.end = span.start, span.end
        self.par = par
        self.pairs = [p for p in par.pairs if span.start <= p[0] < span.end]
        self.orphan_closes = [c for c in par.orphan_closes if span.start <= c < span.end]

    def inside_quote(self, pos: int) -> bool:
        return any(a < pos < b for a, b in self.pairs)

    def content(self, start: int, direct_ok: bool = True) -> tuple[int, int, bool]:
        """The content of a reported quote from ``start`` to the sentence end."""
        if direct_ok:
            for a, b in self.pairs:
                # a quotation that closes the sentence is the content, after a short lead-in
                if a >= start and self.end - b <= 3 and len(self.text[start:a].split()) <= MAX_LEAD_IN_WORDS:
                    return a + 1, b, True
        s, e = _trim(self.text, start, self.end)
        return s, e, False

    def quotes(self) -> list[FoundQuote]:
        text, out = self.text, []
        used: list[tuple[int, int]] = []
        for cue in _cue_pattern().finditer(text, self.start, self.end):
            if self.inside_quote(cue.start()) or any(a <= cue.start() < b for a, b in used):
                continue
            found = self._reported(cue)
            if found:
                out.append(found)
                used.append((found.start, found.end))
        for pattern in (_ACCORDING, _SAYING):
            for m in pattern.finditer(text, self.start, self.end):
                if self.inside_quote(m.start()) or any(a <= m.start() < b for a, b in used):
                    continue
                np = np_before(text, m.start(), self.start)
                s, e, direct = self.content(m.end())
                if np and e > s:
                    cue_words = " ".join(m.group(0).strip(" ,").split())
                    out.append(FoundQuote(s, e, direct, cue_words, np[0], np[1], self.index))
                    used.append((s, e))
        for m in _SAYING_PRONOUN.finditer(text, self.start, self.end):
            if any(a <= m.start() < b for a, b in used):
                continue
            s, e, direct = self.content(m.end())
            if e > s:
                cue_words = " ".join(m.group(0).split()[1:3])
                out.append(FoundQuote(s, e, direct, cue_words, m.start(), m.start() + len(m.group(0).split()[0]),
                                      self.index))
                used.append((s, e))
        for a, b in self.pairs:
            if any(x <= a < y or a <= x < b for x, y in used):
                continue
            words = len(text[a + 1:b].split())
            if words >= MIN_DIRECT_WORDS:
                out.append(FoundQuote(a + 1, b, True, None, None, None, self.index, continues=True))
        for c in self.orphan_closes:
            if any(x <= c <= y for x, y in used) or any(a < c <= b for a, b in self.pairs):
                continue
            s, e = _trim(text, self.start, c)
            if len(text[s:e].split()) >= MIN_DIRECT_WORDS and self.end - c <= 3:
                out.append(FoundQuote(s, e, True, None, None, None, self.index, continues=True))
        return sorted(out, key=lambda q: q.start)

    def _reported(self, cue: re.Match[str]) -> FoundQuote | None:
        text = self.text
        cue_text = " ".join(cue.group(0).split())
        speaker = self._speaker_before(cue.start())
        after = text[cue.end():self.end]
        ki = _KI.match(after)
        if speaker is None:
            return None
        if ki:
            s, e, direct = self.content(cue.end() + ki.end())
        else:
            lead = _LEAD_IN.match(after)
            direct_after = next(((a, b) for a, b in self.pairs if a >= cue.end()
                                 and not text[cue.end():a].strip(" ,:")), None)
            between = next(((a, b) for a, b in self.pairs if speaker[1] <= a and b < cue.start()), None)
            content_before = self._content_before_comma(speaker[0], cue.start())
            if direct_after and (lead or not text[cue.end():direct_after[0]].strip()):
                s, e, direct = direct_after[0] + 1, direct_after[1], True
            elif between:
                s, e, direct = between[0] + 1, between[1], True
            elif content_before:
                s, e, direct = content_before
            elif (asked := self._asked(speaker[1], cue.start(), cue_text)) is not None:
                s, e, direct = asked
            elif lead and (lost := self._lost_mark(cue.end() + lead.end())) is not None:
                s, e, direct = lost
            else:
                return None
        if e - s < 2:
            return None
        return FoundQuote(s, e, direct, cue_text, speaker[0], speaker[1], self.index)

    def _lost_mark(self, start: int) -> tuple[int, int, bool] | None:
        """``X ने कहा, CONTENT."`` or ``X बोले, 'CONTENT``: a quotation after a cue and a comma whose
        opening (or closing) mark the site lost; it ends at the lone closing mark later in the
        paragraph, or at the paragraph's end after a lone opening mark."""
        text = self.text
        opening = next((o for o in self.par.orphan_opens if start <= o <= start + 1), None)
        if opening is not None:
            s, e = _trim(text, opening + 1, self.par.end)
            return (s, e, True) if e > s else None
        close = next((c for c in self.par.orphan_closes if c > start), None)
        if close is not None and close - start <= MAX_LOST_MARK_CHARS:
            s, e = _trim(text, start, close)
            return (s, e, True) if len(text[s:e].split()) >= MIN_DIRECT_WORDS else None
        return None

    def _asked(self, speaker_end: int, cue_start: int, cue_text: str) -> tuple[int, int, bool] | None:
        """"X ने Y से CONTENT की अपील की": the appeal's content, between the addressee and the cue."""
        if not cue_text.startswith(_ASKING_CUES):
            return None
        m = _ASKED.search(self.text, speaker_end, cue_start)
        if m is None or self.inside_quote(m.start()):
            return None
        s, e = m.start("content"), m.end("content")
        return (s, e, False) if len(self.text[s:e].split()) >= 2 else None

    def _content_before_comma(self, speaker_start: int, cue_start: int) -> tuple[int, int, bool] | None:
        """``CONTENT, X ने कहा।`` and ``"CONTENT" उन्होंने कहा।``: content ends just before the speaker."""
        text = self.text
        head = text[self.start:speaker_start].rstrip()
        if not head or text[cue_start:self.end].strip(" " + _STOPS + "\"'").count(" ") > 3:
            return None
        for a, b in self.pairs:
            if b >= speaker_start - 3 and b < speaker_start:
                return a + 1, b, True
        if head.endswith(","):
            s, e = _trim(text, self.start, self.start + len(head) - 1)
            if len(text[s:e].split()) >= MIN_DIRECT_WORDS:
                return s, e, False
        return None

    def _speaker_before(self, cue_start: int) -> tuple[int, int] | None:
        """The speaker of a cue: the noun phrase before the nearest ने (or a pronoun like उन्होंने)."""
        text = self.text
        floor = self.start
        region = text[floor:cue_start]
        best: tuple[int, int] | None = None
        for m in _ERGATIVE_PRONOUNS.finditer(region):
            pos = floor + m.start()
            if not self.inside_quote(pos) and (best is None or pos > best[0]):
                best = (pos, floor + m.end())
        ne = None
        for m in _NE.finditer(region):
            pos = floor + m.start()
            if self.inside_quote(pos) or text[pos:pos + 4].strip() != "ने":
                continue
            if text[pos] != " " and text[pos - 1:pos] != ".":
                continue  # part of a pronoun like उन्होंने, found above (but आई.आर.जी.सी.ने is a name)
            ne = pos
        if ne is not None and (best is None or ne > best[0]):
            np = np_before(text, ne, floor)
            if np:
                return np
        if best is not None:
            return best
        # X बोले / X कहते हैं: the subject stands before the cue, maybe with a manner between
        # (शिवकुमार भावुक होकर बोले): the words before, else the last name before the cue
        cue_word = text[cue_start:cue_start + 4]
        if cue_word.startswith(("बोल", "कहत")):
            np = np_before(text, cue_start, floor)
            if np is not None:
                return np
            named = [n for n in self.par.names if floor <= n[0] and n[1] <= cue_start]
            return named[-1] if named else None
        return None


def find_quotes(text: str, sentences: tuple[Span, ...], paragraphs: tuple[Span, ...],
                names: tuple[tuple[int, int], ...] = ()) -> list[FoundQuote]:
    """Quotations of an article, in text order; ``names`` are the spans of people and
    organisations found in it (optional: they help find speakers far from their cue)."""
    out: list[FoundQuote] = []
    for par in paragraphs:
        marks = read_marks(text[par.start:par.end])
        context = _Paragraph(
            end=par.end,
            pairs=[(par.start + a, par.start + b) for a, b in marks.pairs],
            orphan_closes=[par.start + c for c in marks.orphan_closes],
            orphan_opens=[par.start + o for o in marks.orphan_opens],
            names=[n for n in names if par.start <= n[0] < par.end],
        )
        for index, span in enumerate(sentences):
            if par.start <= span.start < par.end:
                out.extend(_Sentence(text, index, span, context).quotes())
    return out
