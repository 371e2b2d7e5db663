"""Date expressions in a report, resolved against its publication date.

Takes the body text and ``Document.published`` (ISO 8601, or None); gives
``DateMention``s sorted by offset and never overlapping (the longest expression
wins). Every value is an ISO date ``YYYY-MM-DD`` or None.

What is found, and the kind it gets:

- a day: "on Wednesday", "Wednesday evening", "May 16", "23 July 2025",
  "Nov. 4, 2026", "2025-03-12", "today", "yesterday", "tomorrow", "tonight",
  "two days ago"; a run of days, "May 12-14, 2025" -> ``"on"``
  with ``value`` the first day and ``last`` the last one.
- a week: "this week", "last week", "next week", "earlier this week", "this
  weekend" (Saturday and Sunday) -> ``"week"``
  (``value`` the Monday, ``last`` the Sunday; "earlier this week" ends on the
  publication day). Weeks run Monday to Sunday.
- a month or part of one: "in August 2024", "in February", "earlier this month",
  "last month", "late May", "in early June", "mid-May", "the end of October" ->
  ``"month"``. Parts of a month are thirds: early = 1st-10th, mid = 11th-20th,
  late and "the end of" = 21st-last day.
- a year or part of one: "in 2019", "last year", "early 2024", "the end of the
  year" -> ``"year"``. Parts of a year: early = Jan-Apr, mid = May-Aug,
  late = Sep-Dec, "the end of" = December.
- a season: "this spring", "the summer of 2026" -> ``"season"`` (winter Y is
  December Y to February Y+1).
- a deadline, "by", "before", "until", "no later than" + any of the above ->
  ``"by"`` with ``value`` the last day of what follows ("by the end of October"
  -> 10-31, "by mid-May" -> 05-20, "by Friday" -> that Friday).
- "since" + any of the above -> ``"since"`` with ``value`` its first day.
- "within two weeks", "within 30 days", "in the coming days" -> ``"within"`` with
  ``value`` the last day counted from the publication day.

Tense. A weekday or a year-less date is resolved backwards (the most recent one
on or before the publication day) unless words just before it point ahead
("will", "expected", "scheduled", "next", "until" ...): then forwards, to the
next such day on or after the publication day. The publication day itself counts
both ways because wire style names the weekday even for the day of the report: a
Wednesday report saying talks "are expected to end on Wednesday" means that day
(a week later would be "next Wednesday", which is strictly after). A year-less day-and-month ("May 16") with no tense
cue is the latest one no more than ``DAY_LOOKAHEAD_DAYS`` after publication, so
a January report's "Dec. 20" is last December and its "Feb. 1" is next week.

``relative`` is True whenever the value depends on the publication date (a
weekday, "yesterday", a year taken from the publication date). With no usable
publication date those values are None; absolute dates still resolve.
Nothing here raises: odd input gives fewer mentions, never an exception.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from parley.model import Span
from parley.reader.mentions import DateMention

# ------------------------------------------------------------------ lexicon

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
    "july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
    "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
# Small counts that head "within two weeks", "three days ago". Larger ones come as digits.
COUNT_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60, "ninety": 90,
    "a couple of": 2, "a few": 3, "several": 3,
}
# Tens that head a compound count ("twenty-five years ago").
_TENS: dict[str, int] = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                         "eighty": 80, "ninety": 90}
# Seasons as (first month, number of months); winter starts in December of its year.
SEASONS: dict[str, tuple[int, int]] = {
    "spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3),
}
# Parts of a month as (first day, last day or None for the month's end).
MONTH_PARTS: dict[str, tuple[int, int | None]] = {
    "early": (1, 10), "beginning": (1, 10), "start": (1, 10),
    "mid": (11, 20), "middle": (11, 20),
    "late": (21, None), "end": (21, None),
    "first half": (1, 15), "second half": (16, None),
}
# Parts of a year as (first month, last month).
YEAR_PARTS: dict[str, tuple[int, int]] = {
    "early": (1, 4), "beginning": (1, 4), "start": (1, 4),
    "mid": (5, 8), "middle": (5, 8),
    "late": (9, 12), "end": (12, 12),
    "first half": (1, 6), "second half": (7, 12),
}
# "in the coming days" has no count; these are how far ahead we take it to reach.
COMING_SPAN_DAYS: dict[str, int] = {"hours": 1, "days": 7, "weeks": 28, "months": 91}

# A year-less "Feb. 1" with no tense cue is taken as at most this many days after the
# publication day. Set on the corpus: upcoming dates without a tense cue were within
# two weeks, while a past event named by its day ("the September 30 raid") in a
# July report would lie 83 days ahead.
DAY_LOOKAHEAD_DAYS = 45
# How far back (characters, clipped at the sentence start) we look for a tense cue.
TENSE_WINDOW_CHARS = 60
# Years we accept as years at all; outside this a 4-digit number is something else.
MIN_YEAR, MAX_YEAR = 1900, 2100

# Words just before a date that point to the future. The nearest cue wins, so
# "said on Tuesday that talks will resume on Friday" resolves each weekday apart.
FUTURE_CUES = frozenset({
    "will", "shall", "would", "expected", "scheduled", "rescheduled", "planned", "planning",
    "slated", "due", "next", "until", "till", "upcoming", "coming", "postponed", "delayed",
    # "the question was deferred to a later round on 24 June": put off to a day to come
    "deferred",
})
FUTURE_PAIRS = frozenset({
    ("is", "to"), ("are", "to"), ("was", "to"), ("were", "to"), ("to", "be"), ("plan", "to"),
    ("plans", "to"), ("set", "to"), ("set", "for"), ("agreed", "to"), ("aim", "to"), ("aims", "to"),
    ("hope", "to"), ("hopes", "to"), ("intend", "to"), ("intends", "to"), ("going", "to"),
    ("ready", "to"),
    # "agreed to open the ports and to meet again on May 3": the base form with "again" is a plan
    # (the past, "met again", is not a base form)
    ("meet", "again"), ("convene", "again"), ("sit", "again"), ("talk", "again"),
    # "Port talks to resume Friday" (a headline's infinitive), "agreed to reconvene Friday"
    ("to", "resume"), ("to", "reconvene"),
})
# Words that anchor an expression in the past; they only matter when nearer than a future cue.
PAST_CUES = frozenset({
    "said", "told", "announced", "met", "held", "was", "were", "had", "did", "signed", "began",
    "ended", "spoke", "wrote", "released", "returned", "arrived", "visited", "last", "earlier",
    "since", "ago", "reported", "posted", "added", "noted", "warned", "threatened", "insisted",
    "claimed", "confirmed", "stated", "declared", "urged", "asked", "accepted", "rejected",
    "launched", "struck", "killed", "started", "opened", "issued", "expired", "floated", "published",
    "tweeted", "offered", "proposed", "demanded", "agreed", "hosted", "left", "came", "went", "gave",
    "took", "sent", "attacked", "resumed", "concluded", "collapsed", "broke",
})
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "its", "their", "our"})
# "to be held", "has been postponed": a participle after these is not a past tense.
_BE_WORDS = frozenset({"be", "been", "being"})
# Abbreviations whose dot does not end a clause ("9 p.m. EST Thursday", "U.S. envoy").
_ABBREVIATIONS = frozenset({
    "mr", "mrs", "ms", "dr", "st", "gen", "sen", "rep", "gov", "lt", "col", "maj", "capt", "sgt",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "no", "vs",
    "prof", "inc", "corp", "co", "ltd", "jr", "sr",
})
PAST_PAIRS = frozenset({("took", "place")})

# ------------------------------------------------------------------ patterns
#
# Scanning a whole report with a pattern that may start anywhere is slow in Python's
# engine (about 1 ms per pattern per report), so each expression is found from an
# anchor word (a month, a weekday, "week", "today", "19"/"20" ...) located with
# str.find; the part after the anchor is matched there (CORE), and the words before
# it ("by the end of", "on", "next") are read from the few characters before it (LEFT,
# a pattern that must end exactly at the anchor).

_MONTH_FULL = r"January|February|March|April|May|June|July|August|September|October|November|December"
_MONTH_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
# A month name as news writes it: capitalized, abbreviations with or without a dot.
MONTH_PATTERN = rf"(?:{_MONTH_FULL}|{_MONTH_ABBR})\b\.?"
_WEEKDAY = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
_DAYNUM = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
# How far before an anchor its leading words may start ("no later than the end of ").
LEFT_CHARS = 34


def _ci(word: str) -> str:
    """``by`` -> ``[Bb]y``: a lower-case word that may open a sentence."""
    return f"[{word[0].upper()}{word[0]}]{word[1:]}"


_DEADLINE = "|".join(_ci(w) for w in ("no later than", "not later than", "by", "before", "until", "till"))
_PRE = (
    rf"(?:(?P<pre>{_DEADLINE}|{_ci('since')}|{_ci('as of')}|{_ci('on')}|{_ci('in')}|{_ci('during')}"
    rf"|{_ci('throughout')})(?:\s+at\s+(?:the\s+)?(?:least|latest))?\s+)?"
)
_MPART = (
    r"(?:(?P<part>early|late|mid|Early|Late|Mid)(?:-|\s+)"
    r"|(?:[Tt]he\s+|[Aa]t\s+the\s+)?(?P<part2>end|beginning|start|middle|first half|second half)\s+of\s+)"
)
_NOT_NUMBER_AFTER = r"(?![\d,]*\d|\s*(?:%|percent|per cent))"
_COUNT = (
    # "twenty-five years ago": a compound count whole, not its last word
    r"(?i:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)\b"
    r"|\d{1,3}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty-five|forty|fifty|sixty|ninety"
    r"|a couple of|a few|several)"
)


def _left(body: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![A-Za-z]){body}\Z")  # \Z, not $: "$" also matches before a final "\n"


# "July 9", "on Nov. 4, 2026", "Wednesday, July 9", "May 12-14, 2025", "May 30 - June 2".
_MDY_LEFT = _left(rf"{_PRE}(?:(?P<wd>{_WEEKDAY}),?\s+)?")
_MDY = re.compile(
    rf"(?P<mon>{MONTH_PATTERN})\s*(?P<d1>{_DAYNUM})\b"
    rf"(?:\s*(?:-|–|—|through|to)\s*(?:(?P<mon2>{MONTH_PATTERN})\s*)?(?P<d2>{_DAYNUM})\b(?![,.]?\d)"
    # "December 10 and 11": a run told with "and" only where nothing follows the second day
    # but a year or the clause's end ("May 12 and 14 people" is no run)
    rf"|\s+and\s+(?P<d2and>{_DAYNUM})\b(?=[,.;:)]|\s+{_YEAR}\b|\s*\Z))?"
    rf"(?:,?\s+(?P<year>{_YEAR})\b(?!-\d|[.,]\d))?(?![\d:])"
)
# "23 July 2025", "on the 5th of May", "23-25 March".
_DMY_LEFT = _left(
    rf"{_PRE}(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?<![\d.,])(?P<d1>{_DAYNUM})"
    rf"(?:\s*(?:-|–|\band\b)\s*(?P<d2>{_DAYNUM}))?\s+(?:of\s+)?"
)
_DMY = re.compile(rf"(?P<mon>{MONTH_PATTERN})(?:,?\s+(?P<year>{_YEAR})\b(?!-\d|[.,]\d))?")
# "in August 2024", "in February", "late May", "by the end of October", "last March".
_MONTH_LEFT = _left(rf"{_PRE}(?:(?P<rel>last|next|this|Last|Next|This)\s+)?{_MPART}?")
_MONTH = re.compile(
    rf"(?P<mon>{_MONTH_FULL})\b(?:,?\s+(?:of\s+)?(?P<year>{_YEAR})\b{_NOT_NUMBER_AFTER}(?!-\d))?(?!\s*\d)"
)
_ISO_LEFT = re.compile(r"(?<![\d-])\Z")
_ISO = re.compile(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?!\d)")
# "in 2019", "since late 2021", "mid-2025", "by the end of 2025".
_YEAR_LEFT = _left(rf"{_PRE}{_MPART}?")
_YEARONLY = re.compile(rf"(?P<year>{_YEAR})\b{_NOT_NUMBER_AFTER}(?![-–/]\d|s\b|'s|’s)")
# "this spring", "the summer of 2026", "in the spring".
_SEASON_LEFT = _left(
    rf"{_PRE}(?:(?P<the>the)\s+)?(?:(?P<rel>this|last|next|This|Last|Next|early|late|Early|Late)\s+)?"
)
_SEASON = re.compile(
    r"(?P<season>spring|summer|autumn|fall|winter|Spring|Summer|Autumn|Fall|Winter)\b"
    rf"(?:\s+(?:of\s+)?(?P<year>{_YEAR})\b{_NOT_NUMBER_AFTER})?"
)
# "on Wednesday", "Wednesday evening", "next Thursday", "late Tuesday", "Monday's".
_WEEKDAY_LEFT = _left(
    rf"{_PRE}(?:(?P<rel>next|last|this|coming|past|Next|Last|This|Coming)\s+)?"
    r"(?:(?P<early>early|late|Early|Late)\s+)?"
)
_WEEKDAY_RE = re.compile(rf"(?P<wd>{_WEEKDAY})(?!s\b)(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?")
# "today", "yesterday evening", "last night", "this morning", "the day before yesterday".
_DAYWORD_LEFT = _left(
    rf"{_PRE}(?:(?P<early>early|late|Early|Late)\s+)?"
    r"(?:(?P<dayrel>[Tt]he\s+day\s+(?:before|after)|[Ll]ast|[Tt]his)\s+)?"
)
_DAYWORD = re.compile(
    r"(?P<word>today|yesterday|tomorrow|tonight|night|morning|afternoon|evening"
    r"|Today|Yesterday|Tomorrow|Tonight)\b(?:\s+(?P<pod>morning|afternoon|evening|night)\b)?"
)
# "this week", "earlier this month", "last year", "the end of the year", "next weekend".
_PERIOD_LEFT = _left(
    rf"{_PRE}(?:(?P<part>early|late|Early|Late)\s+|(?:[Tt]he\s+|[Aa]t\s+the\s+)?"
    r"(?P<part2>end|beginning|start|middle|first half|second half)\s+of\s+)?"
    r"(?P<rel>(?:[Ee]arlier|[Ll]ater)\s+this|[Tt]his|[Ll]ast|[Nn]ext|[Tt]he\s+coming|[Tt]he\s+past|[Tt]he)\s+"
)
_PERIOD = re.compile(r"(?P<unit>week|weekend|month|year)\b")
# "within two weeks", "in the coming days", "over the next 30 days", "in two weeks' time", "two days ago".
_SPAN_LEFT = _left(
    r"(?:(?P<lead>(?:[Ww]ithin|[Ii]n|[Oo]ver|[Dd]uring)(?:\s+the)?(?:\s+(?:next|coming|following))?)\s+)?"
    rf"(?:(?P<count>{_COUNT})[\s-]+)?"
)
_SPAN = re.compile(r"(?P<unit>hours?|days?|weeks?|months?|years?)\b(?P<time>[’']?\s+time\b)?(?P<ago>\s+ago\b)?")

_DEADLINE_WORDS = ("by", "before", "until", "till", "no later than", "not later than")
_CLAUSE_END = re.compile(r"[.!?;:][\"'”’)\]]*\s|\n")
_PUBLISHED = re.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})")
_TOKEN_STRIP = "\"'“”‘’()[],.:;!?—–-"


# ------------------------------------------------------------------ calendar helpers

def parse_published(published: str | None) -> date | None:
    """The calendar day of an ISO 8601 publication stamp, as written; None if unusable."""
    if not published or not isinstance(published, str):
        return None
    m = _PUBLISHED.match(published)
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _add_months(day: date, months: int) -> date:
    y, m = divmod(day.month - 1 + months, 12)
    y += day.year
    return date(y, m + 1, min(day.day, calendar.monthrange(y, m + 1)[1]))


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def _count(word: str | None) -> int | None:
    if word is None:
        return None
    w = " ".join(word.lower().split())
    if w.isdigit():
        return int(w)
    tens, _, unit = w.replace("-", " ").partition(" ")
    if unit and tens in _TENS and COUNT_WORDS.get(unit, 10) < 10:
        return _TENS[tens] + COUNT_WORDS[unit]  # "twenty-five"
    return COUNT_WORDS.get(w)


def _tense(text: str, start: int) -> str | None:
    """``"future"``, ``"past"`` or None: the nearest tense cue in the words just before ``start``."""
    window = text[max(0, start - TENSE_WINDOW_CHARS):start]
    for m in reversed(list(_CLAUSE_END.finditer(window))):
        if window[m.start()] == ".":
            word = window[:m.start()].rsplit(None, 1)
            token = word[-1].lower() if word else ""
            if "." in token or token.strip(_TOKEN_STRIP) in _ABBREVIATIONS or len(token) == 1:
                continue  # "p.m.", "U.S.", "Feb.": not the end of a clause
        window = window[m.end():]
        break
    words = [w.strip(_TOKEN_STRIP).lower().replace("’", "'") for w in window.split()]
    for k in range(len(words) - 1, -1, -1):
        w = words[k]
        prev = words[k - 1] if k else ""
        if (prev, w) in FUTURE_PAIRS and (k + 1 >= len(words) or words[k + 1] not in _DETERMINERS):
            return "future"  # "agreed to meet", not "agreed to the deal"
        if w in FUTURE_CUES or w.endswith("'ll"):
            return "future"
        if ((prev, w) in PAST_PAIRS or w in PAST_CUES) and prev not in _BE_WORDS:
            return "past"
    return None


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    first: date | None
    last: date | None
    grain: str  # "on", "week", "month", "year", "season", "within"
    relative: bool
    pre: str | None


def _direction(pre: str | None, rel: str | None, text: str, start: int) -> str:
    """Which way a year-less or weekday expression points.

    ``"future"``, ``"past"``, ``"this"`` (this week's, this year's) or ``"neutral"``
    (no cue at all: weekdays and months then look back, day-and-month dates look
    ``DAY_LOOKAHEAD_DAYS`` ahead).
    """
    p = (pre or "").lower().split(" at ")[0]
    r = (rel or "").lower()
    if r in ("next", "coming"):
        return "future"
    if r in ("last", "past"):
        return "past"
    if r == "this":
        return "this"
    if p == "since":
        return "past"
    tense = _tense(text, start)
    if p in _DEADLINE_WORDS:
        # A deadline points ahead. Told in the past tense ("has proposed a summit by the end of
        # June") it still may: take the nearest such date to the publication, either side.
        return "nearest" if tense == "past" else "future"
    return tense or "neutral"


def _month_part(year: int, month: int, part: str | None) -> tuple[date, date]:
    end = _month_end(year, month)
    if not part:
        return date(year, month, 1), end
    lo, hi = MONTH_PARTS[part]
    return date(year, month, lo), (end if hi is None else date(year, month, hi))


def _year_part(year: int, part: str | None) -> tuple[date, date]:
    if not part:
        return date(year, 1, 1), date(year, 12, 31)
    lo, hi = YEAR_PARTS[part]
    return date(year, lo, 1), _month_end(year, hi)


def _part(m: _Hit) -> str | None:
    p = m.group("part") or m.group("part2")
    return p.lower() if p else None


def _pick_year_for_day(month: int, day: int, pub: date, direction: str) -> date | None:
    cands = []
    for y in (pub.year - 1, pub.year, pub.year + 1):
        try:
            cands.append(date(y, month, day))
        except ValueError:
            continue
    if not cands:
        return None
    if direction == "future":
        after = [c for c in cands if c >= pub]
        return after[0] if after else cands[-1]
    if direction == "nearest":
        return min(cands, key=lambda c: abs((c - pub).days))
    limit = pub if direction == "past" else pub + timedelta(days=DAY_LOOKAHEAD_DAYS)
    before = [c for c in cands if c <= limit]
    return before[-1] if before else cands[0]


def _pick_year_for_month(month: int, pub: date, direction: str, rel: str | None) -> int:
    r = (rel or "").lower()
    if r == "this":
        return pub.year
    if r == "last":
        return pub.year if month < pub.month else pub.year - 1
    if r == "next":
        return pub.year if month > pub.month else pub.year + 1
    if direction == "future":
        return pub.year if month >= pub.month else pub.year + 1
    if direction == "nearest":
        return min((pub.year - 1, pub.year, pub.year + 1), key=lambda y: abs((y - pub.year) * 12 + month - pub.month))
    return pub.year if month <= pub.month else pub.year - 1


# ------------------------------------------------------------------ one resolver per pattern

def _resolve_day_month(m: _Hit, text: str, pub: date | None) -> _Found | None:
    mon = MONTHS.get(m.group("mon").rstrip(".").lower())
    d1 = int(m.group("d1").rstrip("stndrh"))
    d2_s = m.group("d2") or m.group("d2and")
    d2 = int(d2_s.rstrip("stndrh")) if d2_s else None
    if mon is None:
        return None
    mon2 = MONTHS.get((m.groupdict().get("mon2") or "").rstrip(".").lower()) or mon
    year_s = m.group("year")
    relative = False
    if year_s:
        first = date(int(year_s), mon, d1)
    elif pub is None:
        first = None
        relative = True
        date(2000, mon, d1)  # still reject Feb. 30
    else:
        relative = True
        first = _pick_year_for_day(mon, d1, pub, _direction(m.group("pre"), None, text, m.start()))
    last = None
    if d2 is not None:
        if first is None:
            last = None
        else:
            y = first.year + (1 if mon2 < mon else 0)
            last = date(y, mon2, d2)
            if last <= first:
                return None
    return _Found(m.start(), m.end(), first, last, "on", relative, m.group("pre"))


def _resolve_iso(m: _Hit, text: str, pub: date | None) -> _Found | None:
    y = int(m.group("y"))
    if not MIN_YEAR <= y <= MAX_YEAR:
        return None
    day = date(y, int(m.group("m")), int(m.group("d")))
    return _Found(m.start(), m.end(), day, None, "on", False, None)


def _resolve_month(m: _Hit, text: str, pub: date | None) -> _Found | None:
    pre, rel, part = m.group("pre"), m.group("rel"), _part(m)
    year_s = m.group("year")
    mon_s = m.group("mon")
    if not (year_s or pre or rel or part):
        return None  # a bare "May" is as likely the modal verb or a name
    if mon_s == "May" and not (year_s or part or rel) and (pre or "").lower() not in ("in", "since", "by", "until", "before", "during", "throughout"):
        return None
    mon = MONTHS[mon_s.rstrip(".").lower()]
    if year_s:
        first, last = _month_part(int(year_s), mon, part)
        return _Found(m.start(), m.end(), first, last, "month", False, pre)
    if pub is None:
        return _Found(m.start(), m.end(), None, None, "month", True, pre)
    year = _pick_year_for_month(mon, pub, _direction(pre, None, text, m.start()), rel)
    first, last = _month_part(year, mon, part)
    return _Found(m.start(), m.end(), first, last, "month", True, pre)


def _resolve_year(m: _Hit, text: str, pub: date | None) -> _Found | None:
    pre, part = m.group("pre"), _part(m)
    if not (pre or part):
        return None  # "the 2019 floods", "2024 elections": not a date we can place
    if (pre or "").lower() in ("on",):
        return None
    year = int(m.group("year"))
    first, last = _year_part(year, part)
    return _Found(m.start(), m.end(), first, last, "year", False, pre)


def _resolve_season(m: _Hit, text: str, pub: date | None) -> _Found | None:
    season = m.group("season").lower()
    rel = (m.group("rel") or "").lower()
    year_s = m.group("year")
    if not (year_s or rel in ("this", "last", "next") or (m.group("the") and m.group("pre"))):
        return None
    if season == "fall" and not (year_s or rel):
        return None  # "in the fall of Kabul"
    start_month, n = SEASONS[season]
    if rel in ("early", "late"):
        rel = ""
    if year_s:
        year = int(year_s)
        relative = False
    elif pub is None:
        return _Found(m.start(), m.end(), None, None, "season", True, m.group("pre"))
    else:
        relative = True
        # the season whose year is the publication year, shifted by last/next or the tense
        year = pub.year if not (season == "winter" and pub.month <= 2) else pub.year - 1
        if rel == "last":
            year -= 1
        elif rel == "next":
            year += 1
        elif not rel:
            first_try = date(year, start_month, 1)
            d = _direction(m.group("pre"), None, text, m.start())
            if d == "future" and _add_months(first_try, n) <= pub:
                year += 1
            elif d != "future" and first_try > pub:
                year -= 1
    first = date(year, start_month, 1)
    last = _add_months(first, n) - timedelta(days=1)
    return _Found(m.start(), m.end(), first, last, "season", relative, m.group("pre"))


def _resolve_weekday(m: _Hit, text: str, pub: date | None) -> _Found | None:
    pre, rel = m.group("pre"), m.group("rel")
    if pub is None:
        return _Found(m.start(), m.end(), None, None, "on", True, pre)
    wd = WEEKDAYS[m.group("wd").lower()]
    direction = _direction(pre, rel, text, m.start())
    delta = (wd - pub.weekday()) % 7
    if direction == "this":
        day = pub + timedelta(days=wd - pub.weekday())
    elif direction == "future":
        day = pub + timedelta(days=delta if (rel or "").lower() not in ("next", "coming") else (delta or 7))
    elif (rel or "").lower() in ("last", "past"):
        day = pub - timedelta(days=((pub.weekday() - wd) % 7) or 7)
    elif direction == "nearest":
        # a deadline told in the past tense ("said they must agree by Thursday"): the nearer
        # of the two Thursdays, the coming one on a tie
        back = (pub.weekday() - wd) % 7
        day = pub + timedelta(days=delta) if delta <= back else pub - timedelta(days=back)
    else:
        day = pub - timedelta(days=(pub.weekday() - wd) % 7)
    return _Found(m.start(), m.end(), day, None, "on", True, pre)


def _resolve_dayword(m: _Hit, text: str, pub: date | None) -> _Found | None:
    word = m.group("word").lower()
    rel = " ".join((m.group("dayrel") or "").lower().split())
    if word in ("today", "tonight"):
        offset = 0
    elif word == "yesterday":
        offset = -2 if rel == "the day before" else -1
    elif word == "tomorrow":
        offset = 2 if rel == "the day after" else 1
    elif rel == "last" and word in ("night", "evening"):
        offset = -1
    elif rel == "this" and word != "night":
        offset = 0
    else:
        return None  # "morning", "evening" alone; "Wednesday evening" is the weekday's
    if rel.startswith("the day") and word not in ("yesterday", "tomorrow"):
        return None
    day = pub + timedelta(days=offset) if pub else None
    return _Found(m.start(), m.end(), day, None, "on", True, m.group("pre"))


def _resolve_period(m: _Hit, text: str, pub: date | None) -> _Found | None:
    rel = " ".join(m.group("rel").lower().split())
    unit = m.group("unit")
    part = _part(m)
    pre = m.group("pre")
    if rel == "the" and not part:
        return None  # "the week", "the year" alone say nothing
    if rel in ("the past", "the coming") and part:
        return None
    if pub is None:
        grain = "week" if unit.startswith("week") else unit
        return _Found(m.start(), m.end(), None, None, grain, True, pre)
    shift = {"last": -1, "the past": -1, "next": 1, "the coming": 1}.get(rel, 0)
    if unit == "week" or unit == "weekend":
        monday = pub - timedelta(days=pub.weekday()) + timedelta(weeks=shift)
        first, last = (monday + timedelta(days=5), monday + timedelta(days=6)) if unit == "weekend" else (
            monday, monday + timedelta(days=6))
        grain = "week"
    elif unit == "month":
        anchor = _add_months(pub.replace(day=1), shift)
        first, last = _month_part(anchor.year, anchor.month, part)
        grain = "month"
    else:
        first, last = _year_part(pub.year + shift, part)
        grain = "year"
    if rel == "earlier this":
        last = min(last, pub)
    elif rel == "later this":
        first = max(first, pub)
    return _Found(m.start(), m.end(), first, last, grain, True, pre)


_UNIT_DAYS = {"hour": 0, "day": 1, "week": 7}


def _span_end(pub: date, n: int, unit: str) -> date:
    unit = unit.rstrip("s")
    if unit == "month":
        return _add_months(pub, n)
    if unit == "year":
        return _add_months(pub, 12 * n)
    if unit == "hour":
        return pub + timedelta(days=-(-n // 24))
    return pub + timedelta(days=n * _UNIT_DAYS[unit])


def _resolve_span(m: _Hit, text: str, pub: date | None) -> _Found | None:
    if m.group("ago"):
        n = _count(m.group("count"))
        if n is None or m.group("lead"):
            return None
        end = None if pub is None else _span_end(pub, -n, m.group("unit").lower())
        return _Found(m.start(), m.end(), end, None, "on", True, None)
    lead = " ".join((m.group("lead") or "").lower().split())
    if not lead:
        return None
    n = _count(m.group("count"))
    unit = m.group("unit").lower()
    ahead = any(w in lead for w in ("next", "coming", "following"))
    in_time = lead == "in" and m.group("time") is not None and n is not None
    if not (lead.startswith("within") or ahead or in_time):
        return None  # "in two weeks of talks", "over 24 hours": a duration, not a date
    grain = "on" if in_time else "within"
    if n is None:
        if unit.endswith("s"):
            # "in the coming days", "within weeks": no count, so a calibrated reach
            days = COMING_SPAN_DAYS.get(unit)
            if days is None:
                return None
            end = None if pub is None else pub + timedelta(days=days)
            return _Found(m.start(), m.end(), end, None, grain, True, None)
        n = 1  # "within the next week"
    end = None if pub is None else _span_end(pub, n, unit)
    return _Found(m.start(), m.end(), end, None, grain, True, None)


_Resolver = Callable[["_Hit", str, "date | None"], "_Found | None"]
_MONTH_FAMILY = ((_MDY_LEFT, _MDY, _resolve_day_month, False), (_DMY_LEFT, _DMY, _resolve_day_month, True),
                 (_MONTH_LEFT, _MONTH, _resolve_month, False))
_YEAR_FAMILY = ((_ISO_LEFT, _ISO, _resolve_iso, True), (_YEAR_LEFT, _YEARONLY, _resolve_year, True))
_WEEKDAY_FAMILY = ((_WEEKDAY_LEFT, _WEEKDAY_RE, _resolve_weekday, False),)
_DAYWORD_FAMILY = ((_DAYWORD_LEFT, _DAYWORD, _resolve_dayword, False),)
_PERIOD_FAMILY = ((_PERIOD_LEFT, _PERIOD, _resolve_period, True), (_SPAN_LEFT, _SPAN, _resolve_span, False))
_SPAN_FAMILY = ((_SPAN_LEFT, _SPAN, _resolve_span, False),)
_SEASON_FAMILY = ((_SEASON_LEFT, _SEASON, _resolve_season, False),)

# Anchor strings found with str.find, and what may start there. "Mar" also finds
# "March", "Jun" finds "June"; "day" finds "days" (and "Monday", dropped at once).
ANCHORS: tuple[tuple[str, tuple[tuple[re.Pattern[str], re.Pattern[str], _Resolver, bool], ...]], ...] = (
    *((m, _MONTH_FAMILY) for m in ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                    "Nov", "Dec")),
    *((w, _WEEKDAY_FAMILY) for w in _WEEKDAY.split("|")),
    *((w, _DAYWORD_FAMILY) for w in ("today", "Today", "yesterday", "Yesterday", "tomorrow", "Tomorrow",
                                     "tonight", "Tonight", "night", "morning", "afternoon", "evening")),
    *((w, _PERIOD_FAMILY) for w in ("week", "month", "year")),
    *((w, _SPAN_FAMILY) for w in ("hour", "day")),
    *((w, _SEASON_FAMILY) for w in ("spring", "summer", "autumn", "fall", "winter", "Spring", "Summer",
                                    "Autumn", "Fall", "Winter")),
    ("19", _YEAR_FAMILY), ("20", _YEAR_FAMILY),
)


class _Hit:
    """A LEFT match and a CORE match read as one: the groups of both, from LEFT's start to CORE's end."""

    __slots__ = ("_groups", "_start", "_end")

    def __init__(self, left: re.Match[str] | None, core: re.Match[str], anchor: int) -> None:
        groups = dict(core.groupdict())
        if left is not None:
            for k, v in left.groupdict().items():
                if v is not None:
                    groups[k] = v
        self._groups = groups
        self._start = left.start() if left is not None else anchor
        self._end = core.end()

    def group(self, name: str) -> Any:  # as re.Match.group: str | Any, the pattern says which
        return self._groups.get(name)

    def set_pre(self, pre: str | None) -> None:
        self._groups["pre"] = pre

    def groupdict(self) -> dict[str, str | None]:
        return self._groups

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end


def _to_mention(text: str, f: _Found) -> DateMention:
    pre = (f.pre or "").lower().split(" at ")[0].strip()
    first, last = f.first, f.last
    if f.grain == "within":
        kind, value, last_out = "within", first, None
    elif pre in _DEADLINE_WORDS:
        kind, value, last_out = "by", (last or first), None
    elif pre == "since":
        kind, value, last_out = "since", first, None
    else:
        kind, value = f.grain, first
        last_out = last if last and last != first else None
        if f.grain in ("week", "month", "year", "season"):
            last_out = last
    return DateMention(span=Span(f.start, f.end), text=text[f.start:f.end], kind=kind,
                       value=_iso(value), last=_iso(last_out), relative=f.relative)


def find_dates(text: str, published: str | None) -> list[DateMention]:
    """Every date expression in ``text``, resolved against ``published``; sorted, non-overlapping."""
    if not text or not isinstance(text, str):
        return []
    pub = parse_published(published)
    found: list[_Found] = []
    seen: set[tuple[int, int]] = set()
    for needle, family in ANCHORS:
        digit = needle[0].isdigit()
        at = text.find(needle)
        while at != -1:
            before = text[at - 1] if at else " "
            if not (before.isdigit() if digit else before.isalpha()):
                for left_re, core_re, resolve, left_required in family:
                    core = core_re.match(text, at)
                    if core is None:
                        continue
                    left = left_re.search(text, max(0, at - LEFT_CHARS), at)
                    if left is None and left_required:
                        continue
                    hit = _Hit(left, core, at)
                    _deadline_context(hit, text)
                    key = (hit.start(), hit.end())
                    if key in seen or hit.end() <= hit.start():
                        continue
                    try:
                        f = resolve(hit, text, pub)
                    except (ValueError, OverflowError, KeyError):
                        continue  # "Feb. 30", a year out of range: not a date
                    if f is not None and f.end > f.start:
                        seen.add(key)
                        found.append(f)
            at = text.find(needle, at + 1)
    # longest first; on ties the earlier offset
    found.sort(key=lambda f: (f.start - f.end, f.start))
    kept = _non_overlapping(found)
    kept = _join_day_pairs(text, kept)
    _anchor_weekday_deadlines(text, kept)
    return [_to_mention(text, f) for f in kept]


_DAY_PAIR_JOIN = re.compile(r"\s+(?:and|to|through)\s+\Z")


def _join_day_pairs(text: str, kept: list[_Found]) -> list[_Found]:
    """"on 30 November and 1 December 2027": one run of days across a month's end, the year told
    once, after the second day. The first day takes that year (the one before when its month is
    later in the calendar) and the pair is one mention, its ``value`` the first day."""
    out: list[_Found] = []
    for f in kept:
        prev = out[-1] if out else None
        if prev is not None and prev.first is None and prev.relative and f.first and not f.relative:
            prev.first = _day_month_of(text[prev.start:prev.end], f.first.year)  # no publication date
        if (prev is not None and prev.grain == "on" and f.grain == "on" and prev.relative and not f.relative
                and prev.first and f.first and prev.last is None and f.last is None
                and (prev.pre or "").lower() not in _DEADLINE_WORDS and (f.pre or "") == ""
                and _DAY_PAIR_JOIN.match(text[prev.end:f.start])):
            year = f.first.year - (1 if (prev.first.month, prev.first.day) > (f.first.month, f.first.day) else 0)
            try:
                first = date(year, prev.first.month, prev.first.day)
            except ValueError:
                out.append(f)
                continue
            if 0 < (f.first - first).days <= RUN_MAX_DAYS:
                out[-1] = _Found(prev.start, f.end, first, f.first, "on", False, prev.pre)
                continue
        out.append(f)
    return out


_DAY_MONTH = re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{MONTH_PATTERN})|(?P<mon2>{MONTH_PATTERN})\s+(?P<d2>\d{{1,2}})\b")


def _day_month_of(said: str, year: int) -> date | None:
    """The day and month of a year-less date ("30 November"), in ``year``; None if none."""
    m = _DAY_MONTH.search(said)
    if m is None:
        return None
    mon = MONTHS.get((m.group("mon") or m.group("mon2") or "").rstrip(".").lower())
    day = int(m.group("d") or m.group("d2"))
    try:
        return date(year, mon, day) if mon else None
    except ValueError:
        return None


# The longest run of days read as one ("30 November and 1 December"); two days told further apart
# are two events.
RUN_MAX_DAYS = 7


_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s+(?=[A-Z“\"])|\n")


def _anchor_weekday_deadlines(text: str, kept: list[_Found]) -> None:
    """A weekday deadline told in a sentence that opens on a past day counts from that day:
    "On Tuesday morning he warned that they must agree by Tuesday night" (a Thursday report)
    is that Tuesday's night, not next week's. ``kept`` is sorted by offset."""
    last_day: _Found | None = None
    for f in kept:
        if last_day is not None and _SENTENCE_END.search(text, last_day.end, f.start):
            last_day = None
        pre = (f.pre or "").lower().split(" at ")[0].strip()
        if f.grain == "on" and pre not in _DEADLINE_WORDS and pre != "since" and f.first and f.relative:
            last_day = f
            continue
        if (pre in _DEADLINE_WORDS and last_day is not None and last_day.first and f.first and f.grain == "on"
                and f.relative and _WEEKDAY_ONLY.search(text, f.start, f.end)):
            day = last_day.first + timedelta(days=(f.first.weekday() - last_day.first.weekday()) % 7)
            f.first = day
            f.last = None


_WEEKDAY_ONLY = re.compile(rf"\b(?:{_WEEKDAY})\b")


# "a June deadline", "Friday's deadline", "the May 30 final deadline": a day or month before the noun
# "deadline" is the deadline's last day, as "by June" would be.
_DEADLINE_NOUN = re.compile(r"(?:[’']s)?\s+(?:(?:self-imposed|new|original|initial|final|firm|hard|informal)\s+)?"
                            r"deadlines?\b")
# "a deadline of June 30", "the deadline for Friday": the noun before the date.
_DEADLINE_BEFORE = re.compile(r"\bdeadlines?\s+(?:of|for|on|set\s+for)\s+\Z", re.I)
# "before Monday's meeting", "until Friday's vote": the day an event owns, told as the time of
# something else ("said before Monday's meeting"); no deadline of any act.
_EVENT_OWNED = re.compile(r"[’']s\s+(?:[^\s,;:]+\s+){0,3}?(?:talks|meetings?|negotiations|summit|session|round|"
                          r"vote|visit|call|speech|address|elections?|ceremony|signing|conference|briefing|"
                          r"hearing|debate|trip|attacks?|strikes?|rally|parade|announcement)\b")


def _deadline_context(hit: _Hit, text: str) -> None:
    """Read the words around a date that make it a deadline or take that away: "a June
    deadline" is one (as "by June"), "before Monday's meeting" is not (the meeting's day)."""
    pre = hit.group("pre")
    if pre and pre.lower() in _DEADLINE_WORDS:
        if _EVENT_OWNED.match(text, hit.end()):
            hit.set_pre(None)
        return
    if pre:
        return
    if _DEADLINE_NOUN.match(text, hit.end()) or _DEADLINE_BEFORE.search(text, max(0, hit.start() - 30),
                                                                         hit.start()):
        hit.set_pre("by")


def _non_overlapping(found: list[_Found]) -> list[_Found]:
    """Greedy over ``found`` in its order: each span kept unless it overlaps one kept before.

    The characters kept spans cover are marked in one bytearray: a span is checked and
    marked in its own length, so the whole pass is linear in the text (a date expression
    is a few words), where comparing with every kept span was quadratic in their number.
    """
    if not found:
        return []
    covered = bytearray(max(f.end for f in found))
    taken: list[_Found] = []
    for f in found:
        if covered.find(1, f.start, f.end) != -1:
            continue
        covered[f.start:f.end] = b"\x01" * (f.end - f.start)
        taken.append(f)
    taken.sort(key=lambda f: f.start)
    return taken
