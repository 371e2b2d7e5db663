"""Numbers in a report and what they count.

Takes the body text; gives ``QuantityMention``s (a span, its text and a
``model.Quantity``) sorted by offset and never overlapping. What is read:

- digits with separators and scale words: "1,200", "1.2 million", "€50 million",
  "$51", "16%", "150,000 metric tons";
- numbers in words: "two dozen" (24), "twelve hundred" (1200), "a dozen",
  "three"; a spelled-out number is kept only when a counted noun follows it,
  because bare "one", "two" are mostly pronouns in prose ("one of", "the two");
- vague plurals: "thousands of detainees" -> ``value`` None, ``low`` 1000,
  ``approximate`` True (likewise hundreds, dozens = 24, scores = 40, millions,
  "tens of thousands");
- ranges: "24-48 hours", "between 20 and 30", "two to three days", "two- to
  three-day" -> ``value`` None, ``low`` and ``high``;
- per party: "800 prisoners of war each", "apiece", "800-for-800", "each
  side released 157" -> ``per_party`` True;
- hedges before the number ("about", "more than", "at least", "up to" ...) ->
  ``approximate`` True, and the hedge is part of the span.

``unit`` is short: the counted noun ("4,000 fallen Bordurian soldiers" ->
"soldiers"), with "of war" / "of the dead" kept ("prisoners of war"); measure
words are plural ("a 12 point proposal", "15-point plan" -> "points";
"two-week ceasefire" -> "weeks"); money is "USD", "EUR" or "GBP"; percentages
"%". "2,000 more" has no unit (a later stage may borrow one).

Left out: years ("in 2024"), clock times ("4 p.m.", "09:17"), dates ("July 23",
"23 July"), ordinals ("9th"), labels ("Resolution 2231", "Phase 2"), list
numbering, phone numbers, and a spelled-out number that only names the parties
("the two sides", "both delegations"): those refer back to who talks, they are
not a figure the report gives. Nothing here raises.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from parley.model import Quantity, Span
from parley.reader.mentions import QuantityMention
from parley.reader.recognize.dates import MONTH_PATTERN, MONTHS

# ------------------------------------------------------------------ lexicon

UNIT_WORDS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS_WORDS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
SCALE_WORDS: dict[str, int] = {
    "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
}
# Scale suffixes written after digits; the short ones only count after a currency sign ("$5m").
SCALE_SUFFIXES: dict[str, int] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
    "trillion": 1_000_000_000_000, "k": 1_000, "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000,
    "tn": 1_000_000_000_000,
}
SHORT_SCALES = frozenset({"k", "m", "mn", "bn", "tn"})
# "thousands of ..." gives a floor, not a figure.
VAGUE_FLOORS: dict[str, int] = {
    "tens of thousands": 10_000, "hundreds of thousands": 100_000, "dozens": 24, "scores": 40,
    "hundreds": 100, "thousands": 1_000, "millions": 1_000_000,
}
CURRENCIES: dict[str, str] = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP"}
CURRENCY_NOUNS: dict[str, str] = {"dollars": "USD", "euros": "EUR", "euro": "EUR", "dollar": "USD"}
HEDGES = (
    "about", "around", "some", "nearly", "almost", "roughly", "approximately", "approx.",
    "more than", "over", "at least", "up to", "just over", "just under", "less than", "fewer than",
    "under", "close to", "an estimated", "estimated", "upwards of", "as many as", "at most",
    "no fewer than", "no more than", "well over", "more or less", "around about",
)
# Measure words: a number right before one of these counts it, and the unit is its plural.
MEASURES: dict[str, str] = {
    "point": "points", "week": "weeks", "day": "days", "hour": "hours", "minute": "minutes",
    "month": "months", "year": "years", "mile": "miles", "kilometre": "kilometres",
    "kilometer": "kilometers", "km": "km", "metre": "metres", "meter": "meters", "ton": "tons",
    "tonne": "tonnes", "stage": "stages", "phase": "phases", "step": "steps", "member": "members",
    "nation": "nations", "round": "rounds", "article": "articles", "clause": "clauses",
}
MULTIWORD_UNITS: tuple[str, ...] = (
    "metric tons", "metric tonnes", "square kilometres", "square kilometers", "square miles",
    "percentage points", "pounds sterling", "square km", "sq km", "sq miles",
)
# Plurals without an -s, and nouns in -s that are not plurals we should take.
IRREGULAR_PLURALS = frozenset({
    "people", "children", "men", "women", "personnel", "police", "staff", "dead", "wounded",
    "injured", "troops", "militia", "cattle", "aircraft", "feet", "teeth", "geese", "mice",
})
NOT_PLURALS = frozenset({
    "this", "was", "has", "does", "its", "his", "hers", "yes", "thus", "always", "perhaps",
    "whereas", "besides", "across", "unless", "towards", "afterwards", "says", "seems", "means",
    "news", "less", "series", "species", "ours", "theirs", "yours",
})
# Nouns counted one by one that may follow "one": "one hostage", "one person".
# Not "official" or "man": "one official said" refers to a source, it counts nothing.
SINGULAR_COUNTS = frozenset({
    "person", "child", "soldier", "hostage", "prisoner", "civilian", "detainee", "body", "captive",
})
# "the two sides", "both delegations": a reference to the parties, not a figure.
PARTY_NOUNS = frozenset({
    "side", "sides", "party", "parties", "country", "countries", "nation", "nations", "leader",
    "leaders", "delegation", "delegations", "government", "governments", "president", "presidents",
    "men", "teams", "negotiators", "states", "neighbours", "neighbors", "foes", "rivals",
    "adversaries", "capitals", "allies",
})
REFERRING_WORDS = frozenset({"the", "both", "these", "those", "all", "its", "their", "his", "her", "our"})
# Words that end the noun phrase after a number: we look for the counted noun before them.
STOP_WORDS = frozenset({
    "of", "in", "on", "at", "from", "to", "for", "with", "by", "and", "or", "but", "nor", "who",
    "whom", "whose", "that", "which", "were", "was", "are", "is", "be", "been", "being", "have",
    "has", "had", "will", "would", "could", "should", "can", "may", "might", "must", "did", "do",
    "does", "each", "apiece", "the", "a", "an", "this", "these", "those", "their", "his", "her",
    "its", "our", "your", "my", "as", "than", "per", "since", "during", "after", "before", "into",
    "over", "under", "about", "between", "including", "while", "when", "where", "if", "not", "no",
    "so", "because", "said", "says", "held", "it", "they", "he", "she", "we",
    "there", "here", "also", "already", "still", "only", "just", "then", "now", "ago", "later",
    "earlier", "more", "less", "fewer", "via", "through", "across", "against", "among", "amid",
    "without", "within", "toward", "towards", "near", "like", "despite", "beyond",
})
# Words we step over between the number and its noun ("2,000 more bodies").
SKIP_WORDS = frozenset({"more", "additional", "other", "extra", "further", "fewer", "new"})
# Words before a number that make it a label, not a count: "Resolution 2231", "Phase 2".
LABELS = (
    "No.", "Nos.", "no.", "Number", "number", "Resolution", "resolution", "Article", "article",
    "Section", "section", "Chapter", "chapter", "Phase", "phase", "Stage", "stage", "Round", "round",
    "Flight", "flight", "Route", "route", "Highway", "Room", "Page", "page", "Item", "item", "Point",
    "Decree", "decree", "Law", "Order", "Gate", "Camp", "Building", "Block", "Unit", "Code", "Model",
    "Level", "level", "Category", "Class", "Vol.", "p.", "pp.", "ID", "Covid", "COVID", "Minsk",
    "Sputnik", "Brigade", "Division", "Corps", "Regiment", "Battalion", "Channel", "version",
    "Version", "Day", "Week", "Part", "Top", "Apollo", "Boeing", "Airbus", "Patriot", "#", "Registration",
)
# The counted noun is looked for among this many words after the number.
UNIT_WINDOW_WORDS = 4
# How far back (characters) a hedge or "each side" may stand before the number.
PREFIX_WINDOW_CHARS = 40

# ------------------------------------------------------------------ patterns

_NUMWORD = "|".join(sorted([*UNIT_WORDS, *TENS_WORDS, "hundred", "dozen", *SCALE_WORDS], key=len, reverse=True))
_WORDNUM = (
    rf"(?:an?\s+(?=(?:dozen|hundred|thousand|million|billion)\b))?(?:{_NUMWORD})"
    rf"(?:(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion))\s+and\s+|\s+|-)(?:{_NUMWORD})\b)*"
)
_VAGUE = r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|dozens|scores|hundreds|thousands|millions"
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SCALE = r"(?:\s*(?P<scale>hundred|thousand|million|billion|trillion|bn|mn|tn|m|k)\b)?"


def _number(lookbehind: bool) -> str:
    lb_dig = r"(?<![\w.,/:\-#])" if lookbehind else ""
    lb_word = r"(?<![\w\-])" if lookbehind else r"\b"
    return (
        rf"(?P<cur>US\$|\$|€|£)?(?:{lb_dig}(?P<dig>{_DIGITS})(?![\d])"
        rf"|{lb_word}(?P<vague>{_VAGUE})(?:\s+of\b)?"
        rf"|{lb_word}(?P<word>{_WORDNUM})\b){_SCALE}"
    )


_CORE = re.compile(_number(True), re.IGNORECASE)
_NUM_AT = re.compile(_number(False), re.IGNORECASE)
_HEDGE_SET = frozenset(HEDGES)
_LABEL_SET = frozenset(LABELS)
_TAIL_WORDS = re.compile(r"\S+")
_OPENERS = "([\"“'‘"
_RANGE = re.compile(r"\s*(?:-|–|—)\s*(?=[\d$€£])|-?\s+(?:to|or)\s+", re.IGNORECASE)
_AND = re.compile(r"\s+and\s+", re.IGNORECASE)
_FOR = re.compile(r"-for-|\s+for\s+", re.IGNORECASE)
_PERCENT = re.compile(r"\s?%|\s+(?:percent|per\s+cent)\b", re.IGNORECASE)
_HYPHEN_WORD = re.compile(r"-(?P<w>[A-Za-z]+)\b")
_MEASURE_AFTER = re.compile(r"\s+(?P<w>" + "|".join(sorted(MEASURES, key=len, reverse=True)) + r")s?\b", re.IGNORECASE)
_MULTI_AFTER = re.compile(
    r"\s+(?P<w>" + "|".join(u.replace(" ", r"\s+") for u in MULTIWORD_UNITS) + r")\b", re.IGNORECASE
)
_WORD_AFTER = re.compile(r"\s+(?P<w>[A-Za-z][A-Za-z’']*(?:-[A-Za-z]+)*)")
_OF_TAIL = re.compile(r"\s+of\s+(?:the\s+)?(?:war|dead|fallen|deceased)\b", re.IGNORECASE)
_EACH_AFTER = re.compile(
    r"\s+(?:each(?:\s+side)?|apiece|per\s+side|(?:for|from|on)\s+each\s+side)\b"
    r"(?!\s+(?:day|week|month|year|time|other|of)\b)",
    re.IGNORECASE,
)
_TIME_AFTER = re.compile(
    r"\s*(?:[ap]\.m\.|[ap]m\b|[AP]M\b|GMT\b|UTC\b|CET\b|CEST\b|EST\b|EDT\b|BST\b|ET\b|local\s+time\b|o['’]clock\b|hrs\b)"
)
# Digits that belong to something else, read around each number rather than by a scan
# of the whole text (which costs more than all the rest together).
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?(?:\s*[-–]\s*\d{{1,2}})?\s+(?:of\s+)?{MONTH_PATTERN}")
_MONTH_NAMES = frozenset(name.capitalize() for name in MONTHS)
_PHONE_AT = re.compile(r"\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b")
_PHONE_TAIL = re.compile(r"-\d{4}\b")
_DIGIT_RUN = re.compile(r"\d+")
# Spelled-out numbers are found with str.find on the lower-cased text; longer words
# that contain these ("fourteen", "sixty", "thousands") are found through them.
WORD_ANCHORS = (
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "thirteen", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million",
    "billion", "dozen", "scores", "tens of",
)


# ------------------------------------------------------------------ parsing numbers

def parse_number_words(words: str) -> int | None:
    """"two dozen" -> 24, "twelve hundred" -> 1200, "a thousand" -> 1000; None if not one number.

    text2num reads the number (the library survey found it exact and conservative); the
    article for "one" ("a thousand") and a trailing "dozen" are read here, as it knows neither.
    """
    from text_to_num import text2num  # a compiled extension: imported when words need it

    tokens = [t for t in re.split(r"[\s-]+", words.lower()) if t]
    if tokens and tokens[0] in ("a", "an"):
        tokens[0] = "one"
    factor = 1
    if tokens and tokens[-1] == "dozen":
        factor, tokens = 12, tokens[:-1] or ["one"]
    if not tokens:
        return None
    try:
        return int(text2num(" ".join(tokens), "en")) * factor
    except ValueError:
        return None


def _digits_value(digits: str) -> Decimal | int | None:
    plain = digits.replace(",", "")
    if plain.isdigit():
        return int(plain)
    try:
        return Decimal(plain)
    except InvalidOperation:
        return None


def _as_number(value: Decimal | int | float) -> float:
    f = float(value)  # Decimal keeps 1.2 million exact
    return float(int(f)) if f.is_integer() else f


class _Num:
    """One number read at a position: its value, its end, and what it carried with it."""

    __slots__ = ("start", "end", "value", "currency", "kind", "has_scale", "scale")

    def __init__(self, m: re.Match[str]) -> None:
        self.start = m.start()
        self.currency = CURRENCIES.get((m.group("cur") or "").lower())
        self.value: float | None = None
        self.has_scale = False
        self.scale = 1
        self.end = m.end()
        if m.group("vague"):
            self.kind = "vague"
            self.value = float(VAGUE_FLOORS[" ".join(m.group("vague").lower().split())])
            self.end = m.end("vague")  # " of" is read with the unit
            return
        scale_word = (m.group("scale") or "").lower()
        if m.group("dig"):
            self.kind = "digits"
            base = _digits_value(m.group("dig"))
            num_end = m.end("dig")
        else:
            self.kind = "words"
            base = parse_number_words(m.group("word"))
            num_end = m.end("word")
        if base is None:
            return
        if scale_word and (scale_word not in SHORT_SCALES or (self.currency and m.start("scale") == num_end)):
            self.scale = SCALE_SUFFIXES[scale_word]
            base = Decimal(base) * self.scale if isinstance(base, Decimal) else base * self.scale
            self.has_scale = True
        else:
            self.end = num_end
        self.value = _as_number(base)


# ------------------------------------------------------------------ the counted noun

def _is_plural(word: str) -> bool:
    w = word.lower()
    if w in IRREGULAR_PLURALS:
        return True
    if w in NOT_PLURALS or len(w) < 4 or not w.endswith("s"):
        return False
    return not w.endswith(("ss", "us", "is", "'s", "’s"))


def _unit_after(text: str, pos: int) -> tuple[str | None, int]:
    """The counted noun after ``pos`` and where it ends; (None, pos) when there is none."""
    m = _PERCENT.match(text, pos)
    if m:
        return "%", m.end()
    m = _MULTI_AFTER.match(text, pos)
    if m:
        return " ".join(m.group("w").lower().split()), m.end()
    m = _HYPHEN_WORD.match(text, pos)
    if m:
        w = m.group("w").lower()
        if w in MEASURES:
            return MEASURES[w], m.end()
        if w.endswith("s") and w[:-1] in MEASURES:
            return MEASURES[w[:-1]], m.end()
        return "", pos  # "two-thirds", "two-state", "one-on-one": not a count at all
    m = _MEASURE_AFTER.match(text, pos)
    if m:
        return MEASURES[m.group("w").lower()], m.end()
    head: str | None = None
    head_end = pos
    first: tuple[str, int] | None = None
    at = pos
    for _ in range(UNIT_WINDOW_WORDS):
        m = _WORD_AFTER.match(text, at)
        if not m:
            break
        w = m.group("w")
        lw = w.lower()
        at = m.end()
        if lw in SKIP_WORDS and first is None:
            continue
        if lw in STOP_WORDS:
            break
        if first is None:
            first = (w, m.end())
        if _is_plural(w):
            # the first plural after the adjectives: "4,000 fallen Bordurian soldiers"; taking
            # the last one ran into the object ("the two camps gave differing accounts")
            head, head_end = w, m.end()
            break
    if head is None and first is not None and first[0].lower() in SINGULAR_COUNTS:
        head, head_end = first
    if head is None:
        return None, pos
    head = CURRENCY_NOUNS.get(head.lower(), head)
    if head[:1].isupper() and head.lower() in IRREGULAR_PLURALS:
        head = head.lower()
    tail = _OF_TAIL.match(text, head_end)
    if tail:
        head, head_end = head + " " + " ".join(tail.group(0).split()), tail.end()
    return head, head_end


# ------------------------------------------------------------------ context

def _belongs_elsewhere(text: str, start: int, dig_end: int, value: float | None) -> bool:
    """True when the digits at ``start`` are part of a date, a time, a phone number, a list mark."""
    after = text[dig_end:dig_end + 2]
    if after[:1] in (":", "/", "*", "×") and after[1:2].isdigit():
        return True  # 09:17, 7/24, 1024*768
    before = text[max(0, start - 2):start]
    if "+" in before or before[-1:] in ("*", "×"):
        return True
    if _PHONE_AT.match(text, start - 1 if before[-1:] == "(" else start):
        return True
    if dig_end - start == 3 and _PHONE_TAIL.match(text, dig_end):
        return True
    prev = text[max(0, start - 11):start].rstrip().rsplit(None, 1)
    if prev and prev[-1].rstrip(".") in _MONTH_NAMES:
        return True  # July 23, Feb. 5
    if value is not None and value <= 31 and _MONTH_AFTER.match(text, dig_end):
        return True  # 23 July, 5th of May
    if after[:1] in (".", ")") and after[1:2] in (" ", "\t"):
        line = text.rfind("\n", 0, start) + 1
        if not text[line:start].strip(" \t-*"):
            return True  # "1. Ceasefire" at the start of a line
    return False


class _Before:
    """The words just before a number: a hedge, a label, "each side", "the"."""

    __slots__ = ("hedge_start", "hedge", "between", "label", "last", "each_side")

    def __init__(self, text: str, start: int) -> None:
        lo = max(0, start - PREFIX_WINDOW_CHARS)
        chunk = text[lo:start]
        words = list(_TAIL_WORDS.finditer(chunk))[-6:]
        self.hedge_start: int | None = None
        self.hedge = self.between = self.label = self.each_side = False
        self.last = ""
        if not words:
            return
        tight = not chunk[-1:].isspace()  # "~30", "(about" glued to the number
        lowered = [w.group().lower() for w in words]
        self.last = lowered[-1].lstrip(_OPENERS)
        if not tight:
            self.label = words[-1].group().rstrip(":").lstrip(_OPENERS) in _LABEL_SET
            for k in (3, 2, 1):
                if len(words) < k:
                    continue
                phrase = " ".join(lowered[-k:])
                stripped = phrase.lstrip(_OPENERS)
                if stripped in _HEDGE_SET or stripped == "between":
                    self.hedge_start = lo + words[-k].start() + (len(phrase) - len(stripped))
                    self.hedge = stripped != "between"
                    self.between = stripped == "between"
                    break
        elif chunk.endswith("~"):
            self.hedge_start, self.hedge = start - 1, True
        for i, w in enumerate(lowered[:-1]):
            if w == "each" and lowered[i + 1].rstrip(",") in ("side", "party", "country") and len(lowered) - i <= 5:
                self.each_side = True


def _is_year(num: _Num, digits: str) -> bool:
    return (
        num.kind == "digits" and not num.currency and not num.has_scale and len(digits) == 4
        and digits.isdigit() and 1900 <= int(digits) <= 2100
    )


# ------------------------------------------------------------------ the recognizer

def _read_at(text: str, m: re.Match[str]) -> QuantityMention | None:
    """The mention that starts with the number ``m``; None when it is not a count we keep."""
    num = _Num(m)
    if num.value is None:
        return None
    digits = m.group("dig") or ""
    if digits and _belongs_elsewhere(text, m.start("dig"), m.end("dig"), num.value):
        return None
    ctx = _Before(text, num.start)
    if _is_year(num, digits) and not ctx.hedge:
        return None
    if num.kind == "digits":
        nxt = text[num.end:num.end + 1]
        if nxt.isalpha() or nxt.isdigit():
            return None  # "9th", "1990s", "10km", "5G"
        if _TIME_AFTER.match(text, num.end):
            return None
        if ctx.label:
            return None
        if len(digits) >= 5 and digits.isdigit() and not num.currency:
            # a long unseparated run is a code or an id more often than a count
            unit_probe, _ = _unit_after(text, num.end)
            if not unit_probe:
                return None
    start, end = num.start, num.end
    value: float | None = num.value
    low = high = None
    per_party = False
    approximate = num.kind == "vague"
    currency = num.currency
    if num.kind == "vague":
        low, value = value, None
        end = m.end()  # past the "of": "thousands of detainees"

    # a range: "24-48", "two to three", "between 20 and 30"
    rng = (_AND if ctx.between else _RANGE).match(text, end)
    if rng and num.kind != "vague":
        m2 = _NUM_AT.match(text, rng.end())
        if m2 and m2.group("vague") is None:
            second = _Num(m2)
            if second.value is not None and not (
                m2.group("dig") and _belongs_elsewhere(text, m2.start("dig"), m2.end("dig"), second.value)
            ) and (
                second.kind == num.kind or num.kind == "digits" or second.kind == "digits"
            ):
                lo_v = value
                if second.has_scale and not num.has_scale and lo_v is not None:
                    lo_v = lo_v * second.scale  # "20 to 30 million": the scale is said once
                nxt = text[second.end:second.end + 1]
                if lo_v is not None and lo_v < second.value and not (second.kind == "digits" and nxt.isalnum()):
                    low, high, value = lo_v, second.value, None
                    end = second.end
                    currency = currency or second.currency
    # "1,200-for-1,200": the same number for each side
    if low is None and num.kind != "vague":
        f = _FOR.match(text, end)
        if f:
            m2 = _NUM_AT.match(text, f.end())
            if m2 and m2.group("vague") is None:
                second = _Num(m2)
                if second.value is not None and second.value == value and not text[second.end:second.end + 1].isalnum():
                    per_party = True
                    end = second.end

    unit, unit_end = _unit_after(text, end)
    if unit == "":
        return None
    if unit is not None:
        end = unit_end
    if currency:
        unit = currency

    if num.kind == "words":
        if unit is None:
            return None
        if value == 1 and unit not in MEASURES.values() and unit.lower() not in SINGULAR_COUNTS:
            return None  # "one man wears", "one official familiar": a reference, not a count
        if unit.lower() in PARTY_NOUNS and (ctx.last in REFERRING_WORDS or value in (1, 2)):
            return None
    if num.kind == "vague" and unit is None and " of " not in m.group("vague").lower():
        return None  # "thousands" alone; "hundreds of thousands more" is kept

    if not per_party:
        each = _EACH_AFTER.match(text, end)
        if each:
            per_party = True
            end = each.end()
        elif ctx.each_side:
            per_party = True
    if ctx.hedge_start is not None:
        approximate = approximate or ctx.hedge
        start = ctx.hedge_start
    quantity = Quantity(value=value, low=low, high=high, unit=unit, per_party=per_party, approximate=approximate)
    return QuantityMention(span=Span(start, end), text=text[start:end], quantity=quantity)


def _candidates(text: str) -> list[int]:
    """Where a number may start: digit runs, currency signs, spelled-out number words."""
    starts: set[int] = set()
    for m in _DIGIT_RUN.finditer(text):
        at = m.start()
        prev = text[at - 1:at]
        if prev in ("$", "€", "£"):
            at -= 1
            if text[at - 2:at] in ("US", "us"):
                at -= 2
        starts.add(at)
    low = text.lower()
    if len(low) != len(text):
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    for needle in WORD_ANCHORS:
        at = low.find(needle)
        while at != -1:
            prev = low[at - 1:at]
            if not (prev.isalnum() or prev in ("-", "_")):
                starts.add(at)
                if low[at - 2:at] == "a " and not low[at - 3:at - 2].isalnum():
                    starts.add(at - 2)  # "a dozen", "a thousand"
                elif low[at - 3:at] == "an " and not low[at - 4:at - 3].isalnum():
                    starts.add(at - 3)
            at = low.find(needle, at + 1)
    return sorted(starts)


def find_quantities(text: str) -> list[QuantityMention]:
    """Every number in ``text`` with what it counts; sorted, non-overlapping."""
    if not text or not isinstance(text, str):
        return []
    out: list[QuantityMention] = []
    free_from = 0
    for at in _candidates(text):
        if at < free_from:
            continue
        m = _CORE.match(text, at)
        if m is None or m.end() == m.start():
            continue
        try:
            got = _read_at(text, m)
        except (ValueError, ArithmeticError, KeyError):
            continue
        if got is not None and got.span.start >= free_from:
            out.append(got)
            free_from = got.span.end
    return out
