"""Find time expressions in Hindi (and English) news text and resolve them to dates.

One regular expression, built from the lexicon, finds the expressions; each alternative is named
by the kind of value it gives. A value is resolved against the publication date, and the tense of
the clause decides the direction where the words alone do not (कल is yesterday in a past clause
and tomorrow in a future one; a weekday is the last one before publication, or the next one).
Without a publication date, only absolute dates (14 सितंबर 2023, 2023) get a value: nothing is
invented without an anchor.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from khabar.grammar.verbs import clause_after, points_forward
from khabar.text.digits import ascii_digits
from khabar.times.lexicon import TimeLexicon, time_lexicon

_W = r"\w\u0900-\u0963\u0966-\u097f"
_B = rf"(?<![{_W}])"
_E = rf"(?![{_W}])"
_D = "[0-9\u0966-\u096f]"
MIN_YEAR, MAX_YEAR = 1000, 2100
# Words after a four-digit number that make it a count, not a year ("2000 लोग").
_COUNT_NOUNS = re.compile(
    r"\s*(?:लोग|लोगों|करोड़|लाख|हजार|हज़ार|रुपये|रुपए|रु|डॉलर|मीटर|किलोमीटर|किमी|टन|मामले|मामलों|सीटें|सीटों|वोट|अंक|"
    r"मेगावाट|घर|गांव|गांवों|किलो|ग्राम|लीटर|प्रतिशत|फीसदी|फ़ीसदी|से\s+अधिक|से\s+ज्यादा|people|crore|lakh)"
)
_YEAR_AFTER_OK = re.compile(r"\s*(?:में|से|तक|के|की|का|को|और|ई\.|ईस्वी|,|\.|।|;|\)|$|वाले|वाली|वाला|में\s)")


@dataclass(frozen=True, slots=True)
class TimeMatch:
    start: int
    end: int
    text: str
    value: str | None


def _alt(words: object) -> str:
    items = sorted({str(w) for w in words}, key=len, reverse=True)  # type: ignore[attr-defined]
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in items)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    lx = time_lexicon()
    num = rf"(?:{_D}{{1,2}}|{_alt(lx.numbers)})"
    mon = rf"(?:{_alt(lx.months)})\.?"
    year = rf"{_D}{{4}}"
    wd = rf"(?:{_alt(lx.weekdays)})"
    part = rf"(?:{_alt(lx.parts)})"
    past, nxt, this = _alt(lx.past), _alt(lx.next), _alt(lx.this)
    rel = rf"(?:{past}|{nxt}|{this})"
    unit = rf"(?:{_alt(lx.units)})"
    clock = rf"(?:\s+(?:{_D}{{1,2}}(?:[:.]{_D}{{2}})?|{_alt(lx.numbers)})\s+बजे)"
    position = (
        r"(?:\s+के\s+(?:आरंभ|आरम्भ|शुरू|शुरुआत|अंत|आखिर|आखिरी\s+सप्ताह|अंतिम\s+सप्ताह|मध्य|पहले\s+सप्ताह"
        r"|दूसरे\s+पखवाड़े|पहले\s+पखवाड़े))?"
    )
    alternatives = [
        rf"(?P<fiscal>(?:{rel}\s+)?(?:{_alt(lx.fiscal)})(?:\s+{year}(?:-{_D}{{2,4}})?)?(?:\s+की\s+{rel}\s+तिमाही)?"
        rf"|{mon}\s*-\s*{mon}\s+तिमाही)",
        rf"(?P<numeric>{_D}{{1,2}}[/.-]{_D}{{1,2}}[/.-](?:{_D}{{4}}|{_D}{{2}}))",
        rf"(?P<range>{num}\s+(?:से|-)\s+{num}\s+{mon}(?:,?\s+{year})?)",
        rf"(?P<full>{num}\s+{mon},?\s+{year}|{mon}\s+{num},?\s+{year})",
        rf"(?P<relmonth>(?:{rel})\s+(?:साल|वर्ष)\s+(?:(?P<rmday>{num})\s+)?{mon})",
        rf"(?P<sameday>(?:{past})\s+(?:साल|वर्ष)\s+इसी\s+दिन)",
        rf"(?P<monthyear>{mon},?\s+{year})",
        rf"(?P<daymonth>{num}\s+{mon}|{mon}\s+{_D}{{1,2}}(?!{_D}))",
        rf"(?P<weekday>(?:(?P<wdrel>{past}|{nxt}|{this})\s+)?{wd}(?:\s+(?:को\s+)?(?:देर\s+)?{part})?{clock}?)",
        rf"(?P<relative>(?P<relword>{rel})\s+(?:(?P<relnum>{num}|{_D}+)\s+)?(?P<relunit>{unit}){position})",
        rf"(?P<ago>(?P<agonum>{num}|{_D}+)\s+(?P<agounit>{unit})\s+(?P<agodir>पहले|बाद))",
        rf"(?P<duration>(?:{num}|{_D}+|एक-दो|दो-तीन|कुछ\s+ही)(?:\s+से\s+(?:साढ़े\s+)?{num})?\s+{unit}"
        rf"|(?:रात|दिन)\s+भर|हाल\s+ही\s+में|दशकों|दशक)",
        rf"(?P<dayword>(?:{_alt(lx.days)})(?:\s+(?:देर\s+)?{part})?{clock}?)",
        rf"(?P<holiday>(?:{_D}+वें\s+)?(?:{_alt(lx.holidays)}))",
        rf"(?P<year>(?:(?:वर्ष|सन|साल)\s+)?{year}(?:-{_D}{{2,4}})?)",
        rf"(?P<month>{mon}{position})",
        rf"(?P<part>(?:देर\s+)?(?:सुबह|सवेरे|दोपहर|शाम|देर\s+रात){clock}?)",
    ]
    return re.compile(_B + "(?:" + "|".join(alternatives) + ")" + _E, re.IGNORECASE)


def _number(word: str, lx: TimeLexicon) -> int | None:
    word = ascii_digits(word.strip())
    if word.isdigit():
        return int(word)
    return lx.numbers.get(word)


def _month(word: str, lx: TimeLexicon) -> int | None:
    return lx.months.get(word.strip().rstrip(".").lower()) or lx.months.get(word.strip().rstrip("."))


def _find_month(text: str, lx: TimeLexicon) -> int | None:
    for token in re.split(r"[\s,\-]+", text):
        m = _month(token, lx)
        if m:
            return m
    return None


def _find_year(text: str) -> int | None:
    found = re.search(rf"{_D}{{4}}", text)
    return int(ascii_digits(found.group(0))) if found else None


def _safe_date(y: int, m: int, d: int) -> date | None:
    if not (1 <= m <= 12) or not (1 <= d <= calendar.monthrange(y, m)[1]):
        return None
    return date(y, m, d)


def _shift_month(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _month_day(month: int, day: int, anchor: date, future: bool) -> date | None:
    candidate = _safe_date(anchor.year, month, day)
    if candidate is None:
        return None
    if future and candidate < anchor:
        return _safe_date(anchor.year + 1, month, day)
    if not future and candidate > anchor:
        return _safe_date(anchor.year - 1, month, day)
    return candidate


def _day_in(s: str, lx: TimeLexicon) -> int | None:
    return next((n for t in re.split(r"[\s,]+", s) if (n := _number(t, lx)) and n <= 31), None)


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


class _Resolver:
    """Values of the matches in one sentence: one method a kind of expression."""

    def __init__(self, text: str, published: date | None, sentence_end: int) -> None:
        self.text = text
        self.published = published
        self.sentence_end = sentence_end
        self.lx = time_lexicon()

    def future(self, end: int) -> bool:
        return points_forward(clause_after(self.text, end, self.sentence_end))

    def resolve(self, m: re.Match[str]) -> str | None:
        kind = _kind(m)
        if kind in _ABSOLUTE:
            return _ABSOLUTE[kind](self, m)
        if self.published is None:
            return None  # nothing relative gets a value without an anchor
        return _RELATIVE[kind](self, m, self.published)

    # absolute expressions: no anchor needed
    def none(self, m: re.Match[str]) -> str | None:
        return None

    def numeric(self, m: re.Match[str]) -> str | None:
        parts = re.split(r"[/.-]", ascii_digits(m.group(0)))
        y = int(parts[2]) + (2000 if len(parts[2]) == 2 else 0)
        return _iso(_safe_date(y, int(parts[1]), int(parts[0])))

    def full(self, m: re.Match[str]) -> str | None:
        s = m.group(0)
        month, year, day = _find_month(s, self.lx), _find_year(s), _day_in(s, self.lx)
        return _iso(_safe_date(year, month, day)) if year and month and day else None

    def month_year(self, m: re.Match[str]) -> str | None:
        month, year = _find_month(m.group(0), self.lx), _find_year(m.group(0))
        return f"{year:04d}-{month:02d}" if month and year else None

    def year(self, m: re.Match[str]) -> str | None:
        if re.search(r"\d{4}-\d{2,4}", ascii_digits(m.group(0))):
            return None  # 2019-20: a fiscal year or a range
        y = _find_year(m.group(0))
        return f"{y:04d}" if y else None

    # relative expressions: resolved against the publication date p
    def range_(self, m: re.Match[str], p: date) -> str | None:
        if _find_year(m.group(0)):
            return self.month_year(m)
        return self.month(m, p)

    def month(self, m: re.Match[str], p: date) -> str | None:
        month = _find_month(m.group(0), self.lx)
        if not month:
            return None
        y = p.year + (month < p.month) if self.future(m.end()) else p.year - (month > p.month)
        return f"{y:04d}-{month:02d}"

    def rel_month(self, m: re.Match[str], p: date) -> str | None:
        rel = m.group(0).split()[0]
        y = p.year + (-1 if rel in self.lx.past else 1 if rel in self.lx.next else 0)
        month = _find_month(m.group(0), self.lx)
        if not month:
            return None
        if m.group("rmday"):
            day = _number(m.group("rmday"), self.lx)
            return _iso(_safe_date(y, month, day)) if day else None
        return f"{y:04d}-{month:02d}"

    def same_day(self, m: re.Match[str], p: date) -> str | None:
        return _iso(_safe_date(p.year - 1, p.month, p.day) or _safe_date(p.year - 1, p.month, p.day - 1))

    def day_month(self, m: re.Match[str], p: date) -> str | None:
        month, day = _find_month(m.group(0), self.lx), _day_in(m.group(0), self.lx)
        if not month or not day:
            return None
        return _iso(_month_day(month, day, p, self.future(m.end())))

    def holiday(self, m: re.Match[str], p: date) -> str | None:
        key = " ".join(re.sub(rf"^{_D}+वें\s+", "", m.group(0)).split())
        md = self.lx.holidays.get(key)
        return _iso(_month_day(md[0], md[1], p, self.future(m.end()))) if md else None

    def weekday(self, m: re.Match[str], p: date) -> str | None:
        wd = next((self.lx.weekdays[t] for t in m.group(0).lower().split() if t in self.lx.weekdays), None)
        if wd is None:
            return None
        rel = m.group("wdrel")
        future = rel in self.lx.next if rel and rel not in self.lx.this else self.future(m.end())
        if future:
            return _iso(p + timedelta(days=(wd - p.weekday()) % 7 or 7))
        return _iso(p - timedelta(days=(p.weekday() - wd) % 7))

    def _step(self, p: date, unit: str, n: int) -> str | None:
        if unit == "day":
            return _iso(p + timedelta(days=n))
        if unit == "month":
            y, mo = _shift_month(p, n)
            return f"{y:04d}-{mo:02d}"
        if unit == "year":
            return f"{p.year + n:04d}"
        return None  # weeks, decades, hours: no value in this scheme

    def relative(self, m: re.Match[str], p: date) -> str | None:
        if m.group("relnum"):
            return None  # पिछले दो साल: a duration
        rel = m.group("relword")
        step = -1 if rel in self.lx.past else 1 if rel in self.lx.next else 0
        return self._step(p, self.lx.units.get(" ".join(m.group("relunit").split()), ""), step)

    def ago(self, m: re.Match[str], p: date) -> str | None:
        n = _number(m.group("agonum"), self.lx)
        if not n:
            return None
        sign = -1 if m.group("agodir") == "पहले" else 1
        return self._step(p, self.lx.units.get(m.group("agounit"), ""), sign * n)

    def day_word(self, m: re.Match[str], p: date) -> str | None:
        word = m.group(0).split()[0].lower()
        offset = self.lx.days.get(word, 0)
        if word in ("कल", "परसों"):
            offset = offset if self.future(m.end()) else -offset
        return _iso(p + timedelta(days=offset))

    def part(self, m: re.Match[str], p: date) -> str | None:
        return _iso(p)


_ABSOLUTE = {
    "fiscal": _Resolver.none, "duration": _Resolver.none, "numeric": _Resolver.numeric,
    "full": _Resolver.full, "monthyear": _Resolver.month_year, "year": _Resolver.year,
}
_RELATIVE = {
    "range": _Resolver.range_, "relmonth": _Resolver.rel_month, "sameday": _Resolver.same_day,
    "daymonth": _Resolver.day_month, "holiday": _Resolver.holiday, "weekday": _Resolver.weekday,
    "relative": _Resolver.relative, "ago": _Resolver.ago, "dayword": _Resolver.day_word,
    "month": _Resolver.month, "part": _Resolver.part,
}


_KINDS = (
    "fiscal", "numeric", "range", "full", "relmonth", "sameday", "monthyear", "daymonth", "weekday", "relative",
    "ago", "duration", "dayword", "holiday", "year", "month", "part",
)


def _is_year_like(text: str, m: re.Match[str]) -> bool:
    """A bare four-digit number is a year only in a year's range and not followed by a count noun."""
    s = m.group(0)
    if re.match(r"(?:वर्ष|सन|साल)\s", s):
        return True
    y = _find_year(s)
    if y is None or not (MIN_YEAR <= y <= MAX_YEAR):
        return False
    after = text[m.end():m.end() + 20]
    if _COUNT_NOUNS.match(after):
        return False
    return bool(_YEAR_AFTER_OK.match(after)) or "-" in s


_NAME_BEFORE_YEAR = re.compile(r"(?:अधिनियम|विधेयक|कानून|नियम|नियमावली|संशोधन|नीति|act|bill)[\s\-–]*$", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*(?:की\s+(?:उम्र|आयु|अवस्था)|के\s+(?:थे|थीं|थी|हैं|है)|की\s+थीं|की\s+थी)")
_EVENT_ANCHOR = re.compile(r"के\s+$")


def _kind(m: re.Match[str]) -> str:
    return next(k for k in _KINDS if m.group(k) is not None)


def find_times(text: str, published: date | None, sentence_ends: list[int] | None = None) -> list[TimeMatch]:
    """Time expressions in ``text`` with values resolved against ``published``."""
    out: list[TimeMatch] = []
    ends = sorted(sentence_ends or [len(text)])
    for m in _pattern().finditer(text):
        kind = _kind(m)
        if kind == "year" and not _is_year_like(text, m):
            continue
        if kind == "month" and not _month_is_time(text, m):
            continue
        if kind == "year" and _NAME_BEFORE_YEAR.search(text[max(0, m.start() - 20):m.start()]):
            continue  # a year inside the name of a law (अधिनियम 2019)
        if kind in ("duration", "ago") and _AGE_AFTER.match(text, m.end()):
            continue  # an age (90 वर्ष के थे)
        sentence_end = next((e for e in ends if e >= m.end()), len(text))
        value = _Resolver(text, published, sentence_end).resolve(m)
        if kind == "ago" and _EVENT_ANCHOR.search(text[max(0, m.start() - 6):m.start()]):
            value = None  # "X के एक दिन बाद": counted from an event, not from publication
        out.append(TimeMatch(m.start(), m.end(), m.group(0), value))
    return out


_MONTH_AFTER_OK = re.compile(r"\s*(?:में|से|तक|के|की|का|को|,|\.|।|और|$|महीने|माह|मास)")


def _month_is_time(text: str, m: re.Match[str]) -> bool:
    """A bare month name (मई, जून) only where it reads as a time: before a postposition."""
    return bool(_MONTH_AFTER_OK.match(text[m.end():m.end() + 12]))
