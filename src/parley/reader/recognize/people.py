"""Text -> people: names with their titles, roles and party, and every later mention.

No statistical NER is available offline (see the library survey), so a person is a run
of capitalized name tokens that survives three filters: titles, party words and
organization words are peeled off its edges; it is not a place, party or organization;
and it has person evidence (two or more name tokens, or a title right before one token).
Short mentions ("Novak") and transliterations (Koshevsky/Koshevskyy/Koshevskiy) link to
the fullest form in the report.

A person's party, in order of trust (``Actor.affiliation_source``):
``title``: a party word bound to the name (its title, apposition, "of X", "its envoy",
its delegation, a coordinated title, a signature line); ``table``: the office-holders
table by the report's date (``lexicon/officeholders``); ``context``: a party named before
the name in its clause, a possessor's party, or the outlet's home for an official.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left, insort
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from parley.lexicon import parties as party_lex
from parley.lexicon import people as lex
from parley.lexicon.officeholders import OfficeHolders, parse_day, table
from parley.lexicon.places import CITIES, VENUES
from parley.model import Actor, Span
from parley.names import fold_name
from parley.reader import rxcache as rxc
from parley.reader.mentions import PersonMention
from parley.reader.recognize.dates import MONTH_PATTERN
from parley.reader.recognize.sides import document_government, former_office_bodies, side_roles
from parley.reader.recognize.sides import document_sides as sides_of_document

# A name token: a capitalized word (with inner hyphens/apostrophes) or an initial ("J.").
_WORD = (r"(?:\p{Lu}\.){2,}(?=\s)|\p{Lu}\.(?=\s)|\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:[-’'][\p{L}\p{M}]+)*(?:[’']s\b)?"
         r"|(?:al|el|ad|ash|as|az|an|ar|at)-\p{Lu}[\p{Ll}\p{Lu}\p{M}]*(?:[’']s\b)?")  # "Omar al-Varani"
_PART = r"(?:bin|bint|ibn|al|de|da|di|del|della|van|von|der|den|la|le|du|dos|el)"
# A nickname in quotation marks between given name and surname: Ivo “The Hammer” Marek.
_NICK = r"[ \t]+[“\"]\p{Lu}[\p{L}\-]*(?:[ \t]\p{Lu}[\p{L}\-]*)?[”\"](?=[ \t]+\p{Lu})"
_RUN = rxc.lazy(rf"(?=\p{{Lu}})(?<![\p{{L}}\p{{M}}\-])(?:{_WORD})(?:(?:{_NICK})?[ \t]+(?:{_PART}[ \t]+)*(?:{_WORD}))*")
_TOKEN = rxc.lazy(rf"{_WORD}|{_PART}")
_NICK_FULL = rxc.lazy(r"[ \t][“\"]\p{Lu}[\p{L}\-]*(?:[ \t]\p{Lu}[\p{L}\-]*)?[”\"]")

# Multi-word names that look like people but are places, outlets or organizations. The
# multi-word cities and venues of lexicon/places.py are added below.
NON_PERSON_NAMES = frozenset({
    "Al Jazeera", "Fox News", "Sky News", "Wall Street", "Wall Street Journal", "New York Times",
    "Washington Post", "Financial Times", "Dow Jones", "Truth Social", "Middle East", "Gaza Strip",
    "West Bank", "Red Cross", "Red Crescent", "Nobel Prize", "Human Rights Watch", "Amnesty International",
    "Goldman Sachs", "Morgan Stanley", "Sharm el", "Hong Kong", "Los Angeles", "San Francisco", "Las Vegas",
    "Buenos Aires", "Sri Lanka", "Costa Rica", "Saudi Aramco", "Capitol Hill", "Silicon Valley", "Cold War",
    "Black Sea", "Red Sea", "Dead Sea", "Persian Gulf", "Nagorno Karabakh", "Sheikh Jarrah", "Khan Younis",
    "Deir al",
}) | frozenset(c for c in (*CITIES, *VENUES) if " " in c)

# First words of place names ("St Orlen", "Port Kessa").
PLACE_PREFIXES = frozenset({"St", "St.", "Ste", "San", "Santa", "Santo", "São", "Sao", "Port", "Mount", "Mt", "Mt.",
                            "Fort", "Lake", "Cape"})

# Titles that make a single capitalized word a person ("Secretary Varga", "Mr. Novak").
SINGLE_NAME_TITLES = frozenset({
    "President", "Secretary", "Envoy", "Chancellor", "Minister", "Mr.", "Ms.", "Mrs.", "Dr.", "Mr", "Ms",
    "Mrs", "Dr", "Gen.", "General", "Sheikh", "King", "Pope", "Speaker", "Senator", "Sen.", "Mayor",
    "Governor", "Gov.", "Ambassador", "Spokesman", "Premier", "Emir", "Prince", "Marshal", "Admiral",
    "Rep.", "Commander", "Chairman", "Director", "Leader",
})

# A name followed by one of these words names a building or a body, not a person.
_INSTITUTION_AFTER = rxc.lazy(r"\s+(?:\p{Lu}\p{L}+\s+)*(?:Palace|Hotel|Plant|Station|Fund|Group|Institute|Center|"
                                   r"Centre|University|Foundation|Company)\b")

# Where a name stands can tell that it names a thing, not a person: an operation or a
# programme ("Operation Northern Gale"), an employer ("an analyst at Harbor Analytics"), a
# place or an event at a place ("in Oslo's Vigeland Park", "at the White House Garden
# Party"), an event ("the Blue Horizon summit"), a source cited with its date ("(Daily
# Ledger, March 2)").
_THING_BEFORE = rxc.lazy(
    r"(?:\b(?:Operation|Exercise|Project|Programme|Program)\s+"
    r"|\b(?:analyst|fellow|researcher|professor|scholar|economist|strategist|expert|lecturer)\s+at\s+(?:the\s+)?)$")
_PLACE_BEFORE = rxc.lazy(
    r"\b(?:in|at|near|outside|inside)\s+(?:the\s+)?(?P<place>(?:\p{Lu}[\p{L}.\-]*(?:[’']s)?\s+){1,3})$")
# "Zambia's Fisheries Development Minister X": a capitalized run before a minister's title is its portfolio
_PORTFOLIO_AFTER = rxc.lazy(r"\s+(?:Deputy\s+|Assistant\s+|Cabinet\s+)?(?:Minister|Ministry|Secretary)\b")
_EVENT_AFTER = rxc.lazy(r"\s+(?:summit|conference|forum|festival|expo|parade|marathon|games|ceremony)\b")
_CITED_AFTER = rxc.lazy(rf",\s+(?:{MONTH_PATTERN})\s*\d")


def _names_a_thing(text: str, start: int, end: int) -> bool:
    if _EVENT_AFTER.match(text, end, end + 20) or _PORTFOLIO_AFTER.match(text, end, end + 30):
        return True
    if (text[start - 1:start] == "(" or text[start - 2:start] == "; ") and _CITED_AFTER.match(text, end, end + 20):
        return True
    lo = max(0, start - 60)
    if _THING_BEFORE.search(text, lo, start):
        return True
    m = _PLACE_BEFORE.search(text, lo, start)
    if m:
        place = " ".join(_strip_possessive(w) for w in m.group("place").split())
        return place in CITIES or place in VENUES or place in _PARTY_WORDS
    return False


_PARTY_WORDS = frozenset(party_lex.STATE_NAMES) | frozenset(party_lex.DEMONYMS) | frozenset(
    party_lex.CAPITALS) | frozenset(party_lex.ORGS)


@lru_cache(maxsize=4096)
def _surname_keys(tokens: tuple[str, ...]) -> frozenset[str]:
    """Every folded form a later short mention of this name may take."""
    keys = {_surname(tokens), fold_name(tokens[-1])}
    if len(tokens) > 2:
        keys.add(fold_name(" ".join(tokens[-2:])))
        if tokens[-2][:1].isupper() and tokens[-2] not in lex.NAME_PARTICLES and "-" not in tokens[-2]:
            # a paternal surname before the maternal one: "Ana Duarte Solis" is later "Duarte"
            keys.add(fold_name(tokens[-2]))
        if _SUFFIX.fullmatch(tokens[-1]):  # "Rubens" after "Dario Rubens Jr"
            keys.add(fold_name(tokens[-2]))
    return frozenset(keys)


@lru_cache(maxsize=4096)
def _surname(tokens: tuple[str, ...]) -> str:
    rest = [t for t in tokens[1:] if not t.endswith(".")] if len(tokens) > 1 else list(tokens)
    return fold_name(" ".join(rest)) if rest else fold_name(tokens[-1])


@dataclass
class _Person:
    key: str
    tokens: list[str]
    mentions: list[PersonMention] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)
    affiliation: str | None = None
    affiliation_strength: float = 0
    first_offset: int = 0
    possessors: list[str] = field(default_factory=list)
    evidence: bool = False  # something marks this name as a person's

    @property
    def name(self) -> str:
        return " ".join(self.tokens)

    @property
    def surname(self) -> str:
        return _surname(tuple(self.tokens))

    titled: bool = False  # a title stood right before one of its mentions ("President Novak")
    head_of_state: bool = False  # the table says: a head of state (of whichever party)

    def set_affiliation(self, code: str | None, strength: float) -> None:
        if code and strength > self.affiliation_strength:
            self.affiliation, self.affiliation_strength = code, strength

    @property
    def affiliation_source(self) -> str | None:
        if self.affiliation is None:
            return None
        if self.affiliation_strength >= TITLE:
            return "title"
        return "table" if self.affiliation_strength >= TABLE else "context"


# How sure an affiliation is, by where it came from: a party word bound to the name
# itself (its title, apposition, "of X", its delegation) beats the office-holders table,
# which beats the sentence around the name or the outlet's home.
CONTEXT, TABLE, TITLE = 1.0, 1.5, 2.0


@dataclass(frozen=True, slots=True)
class PeopleFound:
    actors: tuple[Actor, ...]
    mentions: tuple[PersonMention, ...]


_POSS = rxc.lazy(r"[’']s$")
_ADJ_TAIL = rxc.lazy(r"-\p{Ll}+$")
# "Oslo-based", "Award-winning" are words; "Hsiu-lan", "Jae-won" are given names of one or two
# syllables joined by a hyphen: a short head and a short tail that is no English word.
_SYLLABLE_NAME = rxc.lazy(r"\p{Lu}\p{Ll}{1,4}-\p{Ll}{1,4}")
_ENGLISH_TAILS = frozenset({"led", "run", "era", "old", "day", "year", "long", "wide", "like", "made", "born", "held",
                            "free", "back", "up", "off", "out", "hit", "war", "term", "time", "type",
                            "way", "bound", "rich", "poor", "only", "less", "full", "size", "left", "owned", "based",
                            "set", "kind", "ish", "sized", "level", "grade", "wise", "fold", "ward", "side", "area",
                            "zone", "city", "news", "age", "aged", "ruled", "sent", "hour", "week", "month",
                            "man", "men", "cum", "bred", "flag", "done", "down", "over", "ring"})
_BRAND = rxc.lazy(r"\p{Lu}\p{Ll}{3,}\p{Lu}")
_PREPOSITION_BEFORE = rxc.lazy(r"\b(?:on|at|in|to|from|with|by|for|of|into|onto|via)\s+(?:the\s+)?$")


def _adjective_like(base: str) -> bool:
    if not _ADJ_TAIL.search(base) or _ARABIC_PREFIX.match(base):
        return False
    return not (_SYLLABLE_NAME.fullmatch(base) and base.split("-")[1] not in _ENGLISH_TAILS)
_ARABIC_PREFIX = rxc.lazy(r"(?:al|el|bin|ibn)-")


def _strip_possessive(tok: str) -> str:
    return _POSS.sub("", tok) if tok.endswith("s") else tok


@lru_cache(maxsize=8192)
def _is_name_token(tok: str) -> bool:
    base = _strip_possessive(tok)
    if base in lex.NOT_NAME_WORDS or base in _PARTY_WORDS or base in CITIES or base in lex.HONORIFICS:
        return False
    if base.isupper() and len(base) > 1 and "." not in base:  # acronyms: CEO, NATO, GRU
        return False
    if _BRAND.match(base):
        return False  # "MarineTraffic", "PetroChina": a brand; names have short prefixes (McNeil, DeSantis)
    if _adjective_like(base):
        return False  # "Award-winning", "Oslo-based"
    return base.lower() not in lex.ROLE_HEADS


_ACRONYMS = frozenset({"US", "UN", "EU", "UK", "AP", "TV", "ET", "GMT", "UTC", "PM", "AM", "CEO", "MP"})


_CREDIT = rxc.lazy(r"(?P<title>[^\n.!?]{8,200}?)\s+by\s+(?P<names>[^\n.!?]{3,90})")


def _credit_line(text: str, start: int) -> bool:
    """The name stands in a line of its own that is a title with its authors: "The Plan
    Behind the Deal by Ann Varga and Ivo Marek" (title-cased, no sentence end)."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    le = len(text) if le < 0 else le
    m = _CREDIT.fullmatch(text, ls, le)
    if not m or start < m.start("names"):
        return False
    words = [w for w in m.group("title").split() if w[:1].isalpha()]
    capitalized = sum(1 for w in words if w[0].isupper())
    return len(words) >= 3 and capitalized >= 0.6 * len(words)


def _in_nickname(text: str, s: int, e: int) -> bool:
    """A token inside quotation marks between two names ("Ivo “The Hammer” Marek")."""
    lo = text.rfind("“", max(0, s - 25), s) if "“" in text[max(0, s - 25):s] else text.rfind('"', max(0, s - 25), s)
    if lo < 0 or any(ch in text[lo + 1:s] for ch in "”\""):
        return False
    hi = next((i for i in range(e, min(len(text), e + 25)) if text[i] in "”\""), -1)
    return hi >= 0 and bool(_NICK_FULL.fullmatch(text, max(0, lo - 1), hi + 1))


_PLACE_PREPOSITIONS = frozenset({"to", "of", "from", "in", "into", "with", "and", "for", "by", "at", "on",
                                 "against", "between", "visited", "visit", "toward", "towards", "across"})


def _last_word(text: str, pos: int) -> str:
    m = regex.search(r"(\w+)\W*$", text[max(0, pos - 30):pos])
    return m.group(1).lower() if m else ""


def _segments(text: str, start: int, end: int) -> list[tuple[int, int, list[tuple[int, int, str]]]]:
    """Split a capitalized run into maximal stretches of name tokens."""
    toks = [(m.start() + start, m.end() + start, m.group(0)) for m in _TOKEN.finditer(text[start:end])]
    near = text[max(0, start - 25):end]
    if "“" in near or '"' in near:  # a nickname needs a quotation mark before its token
        toks = [t for t in toks if not _in_nickname(text, t[0], t[1])]
    out: list[tuple[int, int, list[tuple[int, int, str]]]] = []
    cur: list[tuple[int, int, str]] = []
    for s, e, t in toks:
        particle = t in lex.NAME_PARTICLES
        if (_is_name_token(t) or (particle and cur)) and not (cur and _strip_possessive(cur[-1][2]) != cur[-1][2]):
            cur.append((s, e, t))
            continue
        if cur:
            out.append((cur[0][0], cur[-1][1], cur))
        cur = [(s, e, t)] if _is_name_token(t) else []
    if cur:
        out.append((cur[0][0], cur[-1][1], cur))
    at = {t[0]: k for k, t in reversed(list(enumerate(toks)))}  # token start -> its (first) index
    # two capitals right before a name are initials, not an acronym: "KT Varga"
    for i, (s0, e0, toks_) in enumerate(out):
        j = at.get(s0, -1)
        if j > 0:
            ps, pe, pt = toks[j - 1]
            if len(pt) == 2 and pt.isalpha() and pt.isupper() and pt not in _ACRONYMS and pe + 1 == s0 \
                    and not any(ps >= o[0] and pe <= o[1] for o in out):
                out[i] = (ps, e0, [(ps, pe, pt), *toks_])
    # a state's name between a title and a surname is a given name: "Defence Minister Jordan Vernon"
    # (not after "to": "Ambassador to Jordan Ivo Marek")
    for i, (s0, e0, toks_) in enumerate(out):
        j = at.get(s0, -1)
        if j > 1:
            ps, pe, pt = toks[j - 1]
            title = toks[j - 2][2]
            if pt in party_lex.STATE_NAMES and pt[0].isupper() and pt.isalpha() and not pt.isupper() \
                    and title in lex.CAPITAL_TITLES and title.lower() in lex.ROLE_HEADS and pe + 1 == s0:
                out[i] = (ps, e0, [(ps, pe, pt), *toks_])
        elif j == 1:
            # a state that is also a given name, first in its run, with a surname after it:
            # "Chad Hollis, a spokesman" (not "the envoy to Chad Ivo Marek")
            ps, pe, pt = toks[0]
            if pt in party_lex.GIVEN_NAME_STATES and pe + 1 == s0 and _last_word(text, ps) not in _PLACE_PREPOSITIONS:
                out[i] = (ps, e0, [(ps, pe, pt), *toks_])
    # a trailing particle is not part of a name
    cleaned = []
    for _s, _e, toks_ in out:
        while toks_ and toks_[-1][2] in lex.NAME_PARTICLES:
            toks_ = toks_[:-1]
        if len(toks_) >= 3 and _PORTFOLIO_BEFORE.search(text, max(0, toks_[0][0] - 40), toks_[0][0]):
            toks_ = toks_[1:]  # "Minister of Fisheries Ann Marie Varga": the portfolio is no given name
        if toks_:
            cleaned.append((toks_[0][0], toks_[-1][1], toks_))
    return cleaned


_PORTFOLIO_BEFORE = rxc.lazy(r"\b(?:Minister|Ministry|Secretary|Commissioner|Director)\s+(?:of|for)\s+(?:the\s+)?$")
_WORD_CHARS = frozenset(".’'-")


def _word_before(text: str, pos: int) -> tuple[int, int] | None:
    """(start, end) of the word that ends right before ``pos`` (white space between allowed)."""
    end = pos
    while end > 0 and text[end - 1] in " \t":
        end -= 1
    start = end
    while start > 0 and (text[start - 1].isalpha() or text[start - 1] in _WORD_CHARS
                         or unicodedata.category(text[start - 1]) == "Mn"):
        start -= 1
        if end - start > 40:
            return None
    return (start, end) if start < end else None
_STOP_LEFT = frozenset({"the", "a", "an", "and", "said", "says", "told", "with", "by", "to", "from", "for",
                        "as", "that", "who", "while", "when", "between", "including", "like", "on", "at", "in"})


_ENVOY_WORDS = frozenset({"ambassador", "envoy", "representative", "emissary", "delegate", "attaché", "attache"})


def _after_party_word(text: str, pos: int) -> bool:
    """The word before ``pos`` names a state or organization ("... of the United States and
    Prime Minister X": the "and" joins two people, not two titles)."""
    found = _word_before(text, pos)
    return found is not None and _strip_possessive(text[found[0]:found[1]]) in _PARTY_WORDS


_LEADING_LINKS = frozenset({"But", "And", "Or", "So", "Yet", "Then", "Meanwhile", "However", "Also", "Under", "Now"})


def _envoy_before(text: str, pos: int) -> bool:
    found = _word_before(text, pos)
    return found is not None and text[found[0]:found[1]].lower() in _ENVOY_WORDS


_EDITORIAL_BRACKET = rxc.lazy(r"\s*\\?\[\s*$")


def _role_before(text: str, start: int) -> tuple[str, list[str]]:
    """The role phrase right before a name and the party words in it: ("Foreign Minister", ["Turkish"])."""
    pos = start
    bracket = _EDITORIAL_BRACKET.search(text, max(0, start - 4), start)
    if bracket:
        pos = bracket.start()  # "the Bordurian Minister of Energy [Ivo Marek, who said]": an editor's insertion
    words: list[tuple[int, str]] = []
    while True:
        found = _word_before(text, pos)
        if found is None:
            break
        w_start, w_end = found
        w = text[w_start:w_end]
        gap = text[w_end:pos]
        if "\n" in gap or (words and gap.strip()):
            break
        base = _strip_possessive(w)
        low = base.lower()
        if w.endswith(".") and base not in lex.CAPITAL_TITLES and base not in lex.HONORIFICS \
                and not rxc.fullmatch(r"(?:\p{Lu}\.)+", base):
            break  # the end of the previous sentence
        capital_ok = w[0].isupper() and (
            base in lex.CAPITAL_TITLES or base in lex.NOT_NAME_WORDS or base in _PARTY_WORDS
            or (base.isupper() and len(base) > 1))
        to_state = low == "to" and bool(words) and _envoy_before(text, w_start)  # "Ambassador to Malta"
        ok = (
            capital_ok or low in lex.ROLE_HEADS or low in lex.ROLE_MODIFIERS or to_state
            or (low == "of" and words) or (low == "and" and words and words[0][1][0].isupper()
                                              and not _after_party_word(text, w_start))
        )
        if not ok or (low in _STOP_LEFT and low not in ("of", "and") and not to_state):
            break
        words.insert(0, (w_start, w))
        pos = w_start
        if len(words) >= 10:
            break
    # drop a leading "of"/"and", sentence links ("But Bordurian Crown Prince") and leading words
    # that are not title-like
    while words and (words[0][1].lower() in ("of", "and") or words[0][1] in _LEADING_LINKS):
        words.pop(0)
    long_title = _long_title_before(text, start)
    if long_title is not None and (not words or len(long_title[0]) > len(" ".join(w for _p, w in words))):
        return long_title
    if not words:
        return "", []
    # where an envoy is sent is not whom he acts for: "U.S. Ambassador to Malta"
    cut = next((i for i, (_p, w) in enumerate(words) if w == "to"), len(words))
    parties = [_strip_possessive(w) for _, w in words[:cut] if _strip_possessive(w) in _PARTY_WORDS]
    for (_p1, w1), (_p2, w2) in zip(words[:cut], words[1:cut], strict=False):
        if f"{w1} {_strip_possessive(w2)}" in party_lex.STATE_NAMES:
            parties.insert(0, f"{w1} {_strip_possessive(w2)}")  # "South Sudan foreign minister": not Sudan's
        elif f"{w1} {_strip_possessive(w2)}" in party_lex.DEMONYMS:
            parties.insert(0, f"{w1} {_strip_possessive(w2)}")  # "Bordurian Islander leader": not Borduria's
        elif f"{w1} {_strip_possessive(w2)}" in party_lex.STATE_BODIES and (w1, w2) == (words[0][1], words[1][1]):
            parties.insert(0, f"{w1} {_strip_possessive(w2)}")  # "State Department spokesperson": a body's
    pair = _word_before(text, words[0][0]) if words else None
    if pair is not None:
        two = f"{text[pair[0]:pair[1]]} {_strip_possessive(words[0][1])}"
        if two in _PARTY_WORDS:
            parties.insert(0, two)  # "Palestinian Authority Prime Minister ..."
        elif not parties:
            # a state of two or three words before a title in lower case: "the Sri Lanka
            # foreign minister X" (the walk stops at "Lanka", which is no title word)
            run = [text[pair[0]:pair[1]]]
            at = pair[0]
            for _ in range(2):
                prev = _word_before(text, at)
                if prev is None or not text[prev[0]:prev[1]][:1].isupper():
                    break
                run.insert(0, text[prev[0]:prev[1]])
                at = prev[0]
                name = _strip_possessive(" ".join(run))
                if name in party_lex.STATE_NAMES and " " in name:
                    parties.insert(0, name)
                    break
    # leading party words are the affiliation, not the role ("Turkish Foreign Minister")
    i = 0
    while i < len(words) and (_strip_possessive(words[i][1]) in _PARTY_WORDS
                              or words[i][1] in ("U.S.", "US")) and _strip_possessive(words[i][1]) == words[i][1]:
        i += 1
    role_words = [w for _, w in words[i:] if w not in lex.HONORIFICS]
    has_head = any(w.lower().rstrip(".") in lex.ROLE_HEADS or w.lower() in lex.ROLE_HEADS
                   or w in ("Secretary", "President", "Minister") for w in role_words)
    role = " ".join(role_words) if has_head else ""
    return role, parties


# A title with its portfolio in capitals right before the name: "Assistant Secretary of
# State for Regional Affairs X", "Minister of State for Foreign Affairs X", "Ministry of
# Maritime Affairs spokesperson X". The walk above stops at the first capital that is no
# title word; this reads the title from its head word on.
_LONG_TITLE = rxc.lazy(
    r"(?P<title>(?:(?:\p{Lu}[\p{L}\-]*|(?:\p{Lu}\.){2,})\s+){0,3}"
    r"(?P<head>Minister|Ministry|Secretary|Envoy|Representative|Commissioner|Director|Adviser|Advisor|Chief|Head)"
    r"\s+(?:of|for)\s+(?:the\s+)?(?:(?!(?:Minister|Ministry|Secretary|Envoy|Representative|Commissioner|Director|"
    r"Adviser|Advisor|Chief|Head)\b)\p{Lu}[\p{L}\-]+\s+(?:(?:of|for|and)\s+(?:the\s+)?)?){1,5}"
    r"(?:(?:[\p{Ll}\-]+)\s+)?)$")


# A piece of every head word of _LONG_TITLE: a window without one cannot match (issue 8).
_LONG_TITLE_HEADS = ("Minist", "Secretary", "Envoy", "Representative", "Commissioner", "Director", "Advis", "Chief",
                     "Head")


def _long_title_before(text: str, start: int) -> tuple[str, list[str]] | None:
    window = text[max(0, start - 120):start]
    m = _LONG_TITLE.search(window) if any(h in window for h in _LONG_TITLE_HEADS) else None
    if not m:
        return None
    title_words = m.group("title").split()
    before_head = len(window[m.start("title"):m.start("head")].split())
    while before_head > 0 and not (title_words[0] in lex.CAPITAL_TITLES or _strip_possessive(title_words[0]) in _PARTY_WORDS
                               or title_words[0].lower() in lex.ROLE_MODIFIERS | lex.ROLE_HEADS
                               or title_words[0] in ("U.S.", "US") or title_words[0].isupper()):
        title_words.pop(0)  # "The UN Special Coordinator": the article is no part of the title
        before_head -= 1
    title = " ".join(title_words)
    tail = title_words[-1]
    if tail[0].islower() and tail.lower() not in lex.ROLE_HEADS:
        return None  # "... Affairs said": a lower-case word ends the title only as its head
    # the party is named before the head or in an "of" phrase, never after "for"/"to" (the
    # portfolio or the region an envoy is sent to: "Special Envoy for Borduria")
    parties: list[str] = []
    zone = rxc.split(r"(?<!\S)(?:for|to)(?!\S)", title)[0]
    for w in zone.split():
        base = _strip_possessive(w)
        if base in _PARTY_WORDS or base in ("U.S.", "US"):
            parties.append(base)
    return title, parties


# An apposition this long is still a role: "formerly chief of the Bordurian coast
# guard and now serving as head of the prime minister's office" is 17 words.
ROLE_MAX_WORDS = 22
_APPOSITION = rxc.lazy(
    r",\s+(?:(?:who\s+is|who\s+was|formerly|now|currently)\s+)?(?:the\s+|a\s+|an\s+|his\s+|her\s+)?"
    # a relative clause is no role: "X, who had met the Bordurian premier Y, said" ("who is" is read above)
    r"(?!and\b|or\b|but\b|while\b|who\b|whose\b|which\b)(?P<role>(?:[^,.;:“”\"()—–]|(?<=\b\p{Lu})\.(?=\p{Lu}))(?:[^,.;:“”\"()—–]|(?<=\b\p{Lu})\.(?=\p{Lu}|\s*[\p{Lu}]))"
    r"{1,159}?)(?=\s*(?:[,;:“”\"()—–]|\.(?<!\b\p{Lu}\.)|\s+who\s|\s+said\b|\s+told\b|$))"
)


_EMPLOYER_BEFORE = rxc.lazy(r"\b(?:at|of|for|with)\s+(?:the\s+)?$")  # "analyst at Harbor Analytics"


def _role_after(text: str, end: int) -> str:
    m = _APPOSITION.match(text, end, min(len(text), end + 160))
    if not m:
        return ""
    role = m.group("role").strip()
    words = role.replace("’s", "").replace("'s", "").split()
    if not words or len(words) > ROLE_MAX_WORDS:
        return ""
    for m2 in rxc.finditer(r"(\p{Lu}[\p{L}\-]+)\s+(\p{Lu}[\p{L}\-]+)", role):
        if _is_name_token(m2.group(1)) and _is_name_token(m2.group(2)) and not _EMPLOYER_BEFORE.search(
                role, 0, m2.start()):
            return ""  # "..., prominent critic Ann Varga": the start of another person
    head_zone = rxc.split(r"(?<!\S)(?:of|at|for|in|to|with)(?!\S)", role)[0].split()  # not the "in" of "son-in-law"
    if not any(w.lower().rstrip(".") in lex.ROLE_HEADS for w in head_zone):
        return ""
    return role


def find_people(text: str, home_party: str | None = None, published: str | None = None,
                officeholders: OfficeHolders | None = None) -> PeopleFound:
    """All people in ``text`` and their mentions.

    ``home_party``: the party of the outlet's own government (a US outlet's "Secretary of
    State Ann Varga" needs no "U.S."), given to officials with no other party.
    ``published``: the report's date (ISO), for the office-holders table;
    ``officeholders``: that table (the packaged one by default).
    """
    people: list[_Person] = []
    by_key: dict[str, _Person] = {}
    index = _PeopleIndex(people)
    mentions = _Mentions()
    singles: list[tuple[int, int, str, str]] = []  # (start, end, token, title-before)

    for run in _RUN.finditer(text):
        word = run.group(0)
        if " " not in word and "\t" not in word and not _is_name_token(word):
            continue  # most runs are one capitalized word that is no name ("The", "Russia")
        for s, e, toks in _segments(text, run.start(), run.end()):
            names = [t for _, _, t in toks]
            clean = [_strip_possessive(t) for t in names]
            full = " ".join(clean)
            e = toks[-1][0] + len(clean[-1])
            if any(" ".join(clean[:k]) in NON_PERSON_NAMES for k in range(1, len(clean) + 1)):
                continue
            before = text[max(0, s - 1):s]
            after = text[e:e + 1]
            if before in "“\"‘" and before and after in "”\"’" and after:
                continue  # a quoted title or nickname, not a person
            if _INSTITUTION_AFTER.match(text, e, e + 40):
                continue  # "... Power Plant", "... Foundation": a building or a body named after someone
            if clean[0] in PLACE_PREFIXES:
                continue  # "St Orlen", "San Remo": a place
            if _credit_line(text, s):
                continue  # "The Grand Plan Behind the Deal by Ann Varga": an author's credit, not a person of the report
            if len(clean) == 1:
                title = _title_before(text, s)
                singles.append((s, e, clean[0], title))
                continue
            if _names_a_thing(text, s, e):
                continue
            if any(len(t) == 1 for t in clean):
                continue
            role, role_parties = _role_before(text, s)
            key = fold_name(full)
            person = _match_person(by_key, index, clean)
            if person is None:
                person = _Person(key=key, tokens=clean, first_offset=s)
                index.add(person)
                by_key[key] = person
            elif len(clean) > len(person.tokens):
                person.tokens = clean
                index.reindex(person)
            mentions.add(s, e, full, person)
            if role or _title_before(text, s):
                person.titled = True
            _note_role(person, role, role_parties, text, e, s, mentions)
            if role or _PERSON_VERB_AFTER.match(text, e, min(len(text), e + 220)) or \
                    _PERSON_BEFORE.search(text[max(0, s - 40):s]) or _title_before(text, s) or \
                    _ROLE_OF_BEFORE.search(text[max(0, s - 140):s]) or \
                    text[max(0, s - 5):s].rstrip().endswith(tuple(lex.HONORIFICS)):
                person.evidence = True

    # single tokens: a surname of someone named in full, or a titled person of their own,
    # or a bare surname the report keeps using as a subject ("Novak hinted ...")
    counts: dict[str, int] = {}
    for _s, _e, tok, _t in singles:
        counts[tok] = counts.get(tok, 0) + 1
    subjects = {tok for s0, e0, tok, _t in singles
                if counts[tok] >= SUBJECT_MIN_COUNT and _SUBJECT_VERB.match(text, e0)
                and not _PREPOSITION_BEFORE.search(text, max(0, s0 - 12), s0)}
    for s, e, tok, title in singles:
        person = _match_surname(index, tok, s, mentions)
        if person is None and (title or tok in subjects):
            key = fold_name(tok)
            person = by_key.get(key)
            if person is None:
                person = _Person(key=key, tokens=[tok], first_offset=s, evidence=True)
                index.add(person)
                by_key[key] = person
        if person is None:
            continue
        mentions.add(s, e, tok, person)
        if title:
            person.titled = True
        role, role_parties = _role_before(text, s)
        _note_role(person, role, role_parties, text, e, s)

    _lowercase_prefixed_surnames(text, people, mentions)
    sides = _DocSides(text)
    _delegations(text, mentions, sides)
    _led_bodies(text, mentions, sides)
    _comma_roles(text, mentions, sides)
    _coordinated_titles(text, mentions)
    _respective_roles(text, mentions)
    _organization_roles(text, mentions, sides)
    _acting_for_organization(text, mentions, sides)
    _side_possessive_roles(text, mentions, sides)
    _roles_naming_a_short_name(people, sides)
    named_at = [(s0, e0) for s0, e0, _t, _p in mentions]
    for k, code in (side_roles(text, named_at) | former_office_bodies(text, named_at)).items():
        mentions[k][3].set_affiliation(code, ORG_ROLE)  # "KORVAN spokesman X" (sides.py)
    _from_table(people, published, officeholders)
    starts = frozenset(m[0] for m in mentions)
    home_head = [p for p in people if p.head_of_state and home_party is not None and p.affiliation == home_party]
    # possessive links: "Varga's son-in-law, Marek Novak" takes Varga's party
    for person in people:
        for owner in person.possessors:
            other = _match_surname(index, owner, person.first_offset, mentions)
            if other is not None and other is not person:
                person.set_affiliation(other.affiliation, CONTEXT)
        if person.affiliation is None and any(
                w.lower().rstrip(".") in OFFICIAL_HEADS | LEADER_HEADS for r in person.roles for w in r.split()):
            first = mentions.first_start(person)
            person.set_affiliation(_sentence_party(text, first, starts), CONTEXT)
        if person.affiliation is None and any(
                w.lower().rstrip(".") in LOCAL_HEADS for r in person.roles for w in r.split()):
            first = min(s0 for s0, _e, _t, q in mentions if q is person)
            person.set_affiliation(_state_of_locality(text, first, starts), CONTEXT)
        if person.affiliation is None and home_party and not _role_names_a_party(person.roles, home_party) and any(
                w.lower().rstrip(".") in OFFICIAL_HEADS for r in person.roles for w in r.split()) and not any(
                t in r.lower() for r in person.roles for t in NO_HOME_TITLES.get(home_party, ())) and not (
                home_head and person not in home_head and _head_of_state_title(person.roles)):
            # the outlet's own head of state is named here, by the table: another "President" is not it
            first = mentions.first_start(person)
            near = text[max(0, first - HOME_PARTY_WINDOW):first]
            near = near[max(near.rfind(". "), near.rfind("\n")) + 1:]  # this sentence only
            foreign = [w for w in _CAPWORDS.findall(near)
                       if ((c := party_lex.code_of(_strip_possessive(w))) and c != home_party)
                       or _strip_possessive(w) in lex.FOREIGN_MARKERS]
            if not foreign:
                person.set_affiliation(home_party, CONTEXT)
    _officials_of_the_government(text, people, mentions, sides, home_party)
    for person in people:
        if person.roles and person.affiliation_strength != TABLE and all(_no_party_role(r) for r in person.roles):
            # analysts, journalists, scholars act for no party ("Bordurian analyst", "a Ruritania expert")
            person.affiliation, person.affiliation_strength = None, 0
    ordered = sorted(mentions, key=lambda m: m[0])  # stable: a tie keeps the order found
    actors: list[Actor] = []
    out_mentions: list[PersonMention] = []
    # a name with nothing that marks a person (no title or role, no speech or person verb,
    # never named again by its surname) is more often a place, a ship or a programme
    for _s0, _e, tok, p in ordered:
        if tok != p.name and len(tok.split()) < len(p.tokens) and fold_name(tok) in _surname_keys(tuple(p.tokens)):
            p.evidence = True  # a later mention by surname: "Novak" after "Marek Novak"
    own: dict[int, list[tuple[int, int, str]]] = {}  # id(person) -> its mentions, in text order
    for s, e, t, p in ordered:
        own.setdefault(id(p), []).append((s, e, t))
    people = [p for p in people if id(p) in own and (p.evidence or p.roles or p.affiliation_strength >= TITLE)
              and not sides.names_a_side(p.name)]  # "ACT-Velka" a side the report names (sides.py), no person
    kept = {id(p) for p in people}
    ordered = [m for m in ordered if id(m[3]) in kept]
    people.sort(key=lambda p: own[id(p)][0][0])  # by the first mention
    ids = {id(p): f"a{i + 1}" for i, p in enumerate(people)}
    for s, e, t, p in ordered:
        out_mentions.append(PersonMention(span=Span(s, e), text=t, key=ids[id(p)]))
    for p in people:
        spans = tuple(Span(s, e) for s, e, _t in own[id(p)])
        aliases = tuple(dict.fromkeys(t for _s, _e, t in own[id(p)] if t != p.name))
        actors.append(Actor(id=ids[id(p)], name=p.name, kind="person", aliases=aliases,
                            roles=tuple(dict.fromkeys(p.roles)), affiliation=p.affiliation,
                            affiliation_source=p.affiliation_source, evidence=spans))
    return PeopleFound(actors=tuple(actors), mentions=tuple(out_mentions))


# "Borduria's government ..., the country's president, Ivo Marek, said": the country is the
# state named last before; "the Emir of Borduria, Sheikh Ivo Marek": the state after "of".
_COUNTRYS_ROLE = rxc.lazy(r"\b(?:the|its)\s+(?:country|nation|state|kingdom|republic)[’']s\s+"
                               r"(?P<role>(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+),\s+(?:\p{Lu}[\p{L}.]*\s+)?$")
_ROLE_OF_STATE = rxc.lazy(r"\b(?:the\s+)?(?P<role>(?:\p{L}[\p{L}\-]*\s+){0,2}\p{L}[\p{L}\-]*)\s+of\s+(?:the\s+)?"
                               r"(?:(?:Republic|Kingdom|State|Federal\s+Republic|Islamic\s+Republic)\s+of\s+(?:the\s+)?)?"
                               r"(?P<who>\p{Lu}[\p{L}.\-]+(?:\s(?:and\s+(?:the\s+)?)?\p{Lu}[\p{L}.\-]+){0,3}),\s+"
                               r"(?:\p{Lu}[\p{L}.]*\s+){0,3}$")  # "of Trinidad and Tobago, X"


_LEADING_FUNCTION_WORDS = rxc.lazy(r"^(?:(?:of|the|The|at|by|to|with|from|and)\s+)+")
_ITS_ROLE = rxc.lazy(r"\b[Ii]ts\s+(?P<role>(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+)\s+(?:\p{Lu}[\p{L}.]*\s+)?$")


def _party_named_before_in_sentence(text: str, pos: int) -> str | None:
    """The party (state or organization) named last before ``pos`` in the same sentence."""
    lo = max(_last_full_stop(text, pos), text.rfind("\n", 0, pos), pos - 250, 0)
    last = None
    for w in _CAPWORDS.finditer(text, lo, pos):
        code = party_lex.code_of(_strip_possessive(w.group(0)))
        if code and _strip_possessive(w.group(0)) not in party_lex.DEMONYMS:
            last = code
    return last


def _state_named_before(text: str, pos: int) -> str | None:
    """The state (not an organization) named last in the 300 characters before ``pos``."""
    last = None
    for w in _CAPWORDS.finditer(text, max(0, pos - 300), pos):
        word = _strip_possessive(w.group(0))
        if word in party_lex.STATE_NAMES or word in party_lex.DEMONYMS:
            last = party_lex.code_of(word)
    return last


# "Varga's peace envoy, Lena Novak": the role and its owner stand before the comma.
_POSSESSOR_ROLE = rxc.lazy(
    r"(?:(?P<owner>\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*){0,2})[’']s|\b[Tt]he\s+(?P<owner2>\p{Lu}[\p{L}.\-]*))\s+"
    r"(?P<role>(?:[\p{Ll}\-]+\s+){0,3}[\p{Ll}\-]+"
    # "'s envoy to Borduria, ", "'s special envoy for the region, ", "'s envoy for the Coast of Aland, "
    r"(?:\s+(?:to|for|in|at|on)\s+(?:the\s+)?(?:[\p{L}.\-]+\s+){0,3}[\p{L}.\-]+)?),\s+$")

_OWNER_BEFORE = rxc.lazy(r"(?P<owner>\p{Lu}[\p{L}\-]+)[’']s\s+(?P<role>(?:[\p{Ll}\-]+\s+){0,3})$")
# "Prime Minister Ann Varga and Field Marshal Bo Lind, of Borduria": both are Borduria's.
_COORDINATED_OF = rxc.lazy(r"\s+and\s+(?:[\p{Lu}][\p{L}.\-]+\s+){1,6}[\p{Lu}][\p{L}\-]+,\s+of\s+(?:the\s+)?"
                                r"(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)*)")

# What marks a name as a person's: a verb of speech or of a person's doing right after it
# (an apposition in commas may stand between), or a speech verb or "according to" before it.
_PERSON_VERB_AFTER = rxc.lazy(
    r"[’']?s?\s*(?:,\s+(?:an?\s+(?:(?:ethnic|former|young|prominent|leading|senior|veteran)\s+)?\p{Lu}|\d{1,3},|"
    r"who\b|whose\b)|"  # ", an American ...", ", an ethnic Bordurian", ", 54,", ", who ..."
    r"(?:,[^,.;]{1,180},\s*)?(?:also\s+|later\s+|then\s+|has\s+|had\s+|have\s+|was\s+|is\s+|were\s+)?(?:"
    + "|".join(sorted(lex.SPEECH_VERBS)) + r"|met|meets|visited|arrived|travell?ed|signed|agreed|warned|accused|urged|"
    r"denied|insisted|led|headed|joined|resigned|died|killed|freed|released|sentenced|convicted|arrested|pardoned|"
    r"detained|spoke|wants|wanted|hinted|vowed|pledged|proposed|rejected|accepted|demanded|called|chaired|hosted|"
    r"who|whose)\b)")
_PERSON_BEFORE = rxc.lazy(r"\b(?:said|says|told|wrote|writes|added|asked|according to|by|with|and|including|his|her|is|was|(?:wife|husband|son|"
                               r"daughter|brother|sister|father|mother)(?:\s+of)?)\s+$")

# "the former head of the X organization, Ann Varga": a role of something, then the name.
_ROLE_OF_BEFORE = rxc.lazy(r"\b(?:" + "|".join(sorted(lex.ROLE_HEADS - {"son", "daughter", "wife", "husband"}))
                                + r")\s+of\b[^.;]{0,100}?,[\"”’]?\s*$")

# A bare surname used this often, and at least once right before a verb, is a person.
SUBJECT_MIN_COUNT = 2
_SUBJECT_VERB = rxc.lazy(
    r"[’']?s?\s+(?:also\s+|then\s+|later\s+|has\s+|had\s+|have\s+)?(?:"
    + "|".join(sorted(lex.SPEECH_VERBS)) + r"|hinted|met|signed|agreed|rejected|accepted|proposed|demanded"
    r"|urged|asked|wants|wanted|spoke|visited|arrived|ordered|threatened|insisted|vowed|pledged)\b")

# How near before a person's first mention (characters, same sentence) another party's
# name stops ``home_party``: "in Jordan ..., and Prime Minister Karim Zindari" is not the
# outlet's own. Only before: "Varga met the Bordurian delegation" leaves Varga the outlet's.
HOME_PARTY_WINDOW = 70
_CAPWORDS = rxc.lazy(r"\p{Lu}[\p{L}.’']+")

# Titles the outlet's own government does not have: an unmarked "Prime Minister" in a US
# outlet is someone else's.
NO_HOME_TITLES = {"USA": ("minister", "king", "queen", "emir", "amir", "crown prince", "sheikh", "sultan",
                          "chancellor", "premier", "managing director", "secretary-general", "secretary general")}
LEADER_HEADS = frozenset({"chancellor", "king", "queen", "emir", "premier", "prince", "sheikh", "leader"})
_CLAUSE_END = rxc.lazy(r"[.!?][\"”’]?\s+|\n|[,;:]\s")
_PREPOSED = rxc.lazy(r"\b(?:on|against|from|into|of|over|in|to|toward|towards|with|by|between|for|at|after|"
                          r"than|about|across)\s+(?:the\s+|a\s+|our\s+|its\s+)?(?:\w+\s+)?$")


_IN_PHRASE = rxc.lazy(r"\b(?:with|to|for|by|from|between|against|on|and)\s+(?:(?:the\s+)?[\p{Lu}][\p{L}.’'\-]*\s+|"
                           r"and\s+)*$")


# Heads of a city or region: they act for the state the place lies in.
LOCAL_HEADS = frozenset({"governor", "gov", "mayor"})
# "U.S. envoy", "D.C. The": a period after a single capital is an initial, not a sentence end.
_SENTENCE_START = rxc.lazy(r"(?<!\b\p{Lu})[.!?][\"”’]?\s+(?=\p{Lu})|\n")
_FULL_STOP = rxc.lazy(r"(?<!\b\p{Lu})\.\s")


def _last_full_stop(text: str, pos: int) -> int:
    """Where the last ". " before ``pos`` stands that is no initial ("the U.S. envoy"), or -1."""
    at = text.rfind(". ", 0, pos)
    while at > 0 and not _FULL_STOP.match(text, at):
        at = text.rfind(". ", 0, at)
    return at


def _state_of_locality(text: str, pos: int, starts: frozenset[int] = frozenset()) -> str | None:
    """ "... hurt in Ruritania's eastern region of X, local Governor Y said": a local head's
    state is the one party the sentence names before the name, prepositional phrases
    included (that is where the place is told); none when it names two."""
    bounds = [m.end() for m in _SENTENCE_START.finditer(text, max(0, pos - 600), pos)]
    lo = bounds[-1] if bounds else 0
    codes = _codes_between(text, lo, pos, starts)
    if not codes and bounds and "," not in text[lo:pos]:
        # "... drone impacts in the Ruritanian capital. City Mayor X said": the sentence before
        codes = _codes_between(text, bounds[-2] if len(bounds) >= 2 else max(0, pos - 600), lo, starts)
    return codes.pop() if len(codes) == 1 else None


def _codes_between(text: str, lo: int, hi: int, starts: frozenset[int]) -> set[str]:
    codes = set()
    for w in _CAPWORDS.finditer(text, lo, hi):
        if _titles_a_name(text, w.end(), hi, starts):
            continue
        code = party_lex.code_of(_strip_possessive(w.group(0)))
        if code:
            codes.add(code)
    return codes


def _sentence_party(text: str, pos: int, starts: frozenset[int] = frozenset()) -> str | None:
    """The one party the clause before ``pos`` names outside its prepositional phrases
    ("the year of Russia's war ... for President Ivan Petrov"), if exactly one.

    Only before the name: what follows it is what the person does or says ("President A
    said that Ruritania's proposal ...", "A met Bordurian envoys"). A party word that is
    another person's title ("Bordurian premier B and President A") is B's, not A's
    (``starts``: where the mentions of people begin).
    """
    lo = 0
    for m in _CLAUSE_END.finditer(text, max(0, pos - 300), pos):
        lo = m.end()
    if _IN_PHRASE.search(text[lo:pos]):
        return None  # "... sit down with Zindari and Vice President Ann Varga": the clause's subject is not hers
    codes = set()
    for w in _CAPWORDS.finditer(text, lo, pos):
        word = w.group(0)
        if _titles_a_name(text, w.end(), pos, starts):
            continue
        code = party_lex.code_of(_strip_possessive(word))
        # a possessive ("Russia's war") tells an owner wherever it stands; a plain name
        # inside a prepositional phrase ("strikes on Bordurian ports") does not
        if code and (word != _strip_possessive(word) or not _PREPOSED.search(text[max(lo, w.start() - 25):w.start()])):
            codes.add(code)
    return codes.pop() if len(codes) == 1 else None


_TITLE_WORD = rxc.lazy(r"\s+([\p{L}.\-]+)")


def _titles_a_name(text: str, end: int, pos: int, starts: frozenset[int]) -> bool:
    """Title words run from ``end`` up to the start of a person's name other than the one
    at ``pos``: "Bordurian [premier] B"."""
    at = end
    for _ in range(5):
        m = _TITLE_WORD.match(text, at)
        if not m:
            return False
        if m.start(1) in starts:
            return m.start(1) != pos
        w = m.group(1)
        if not (w in lex.CAPITAL_TITLES or w.lower() in lex.ROLE_HEADS or w.lower() in lex.ROLE_MODIFIERS):
            return False
        at = m.end()
    return False


# Role words that mark a government official (for ``home_party``).
OFFICIAL_HEADS = frozenset({"president", "secretary", "minister", "envoy", "adviser", "advisor", "spokesman",
                            "spokesperson", "spokeswoman", "ambassador", "aide", "official", "negotiator",
                            "director", "chief", "senator", "speaker", "sen", "rep", "representative",
                            "congressman", "congresswoman", "lawmaker", "chairman"})

# "The Bordurian delegation included A, B and C": all of them act for that party; so does
# whoever leads a party's body ("the Bordurian army, led by General X", "Ruritania's
# government, headed by Prime Minister Y").
_DELEGATION = rxc.lazy(
    r"\b(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)(?:[’']s)?\s+(?:delegation|team|negotiating team|side|"
    r"army|armed forces|forces|military|navy|government|cabinet|ministry|mission|coalition)"
    r",?\s+(?:included|includes|comprised|comprises|was led by|is led by|was headed by|is headed by|consisted of|"
    r"(?:will|would|is\s+to|was\s+to)\s+be\s+(?:led|headed)\s+by|(?:has|had)\s+been\s+(?:led|headed)\s+by|"
    r"led by|headed by)"
    r"(?P<rest>[^.]*(?:(?:\.(?=\w)|(?<=\b(?:Dr|Mr|Ms|Mrs|Gen|Col|Lt|Maj|Capt|Sen|Prof))\.)[^.]*)*)")


# "Ruritania was represented by Interior Minister X": the one who represents a party acts for it.
_REPRESENTED = rxc.lazy(
    r"\b(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?)(?:,\s+(?:which|who)\s[^,.;]{1,120},)?\s+"
    r"(?:was|were|is|are|will be|would be|has been|had been)\s+"
    r"represented\s+(?:(?:at|in)\s+the\s+(?:[\p{Ll}\-]+\s+){1,3})?by"
    r"(?:\s+an?\s+(?:[\p{L}\-]+\s+){0,2}(?:team|delegation|panel)(?:\s+(?:headed|led)\s+by)?)?(?P<rest>[^.]*(?:(?:\.(?=\w)|(?<=\b(?:Dr|Mr|Ms|Mrs|Gen|Col|Lt|Maj|Capt|Sen|Prof))\.)[^.]*)*)")
# A gapped second member: "... was led by A, and Borduria's by B" / "and the Bordurian team by B".
_GAPPED = rxc.lazy(
    r",?\s+(?:and|while|whereas)\s+(?:for\s+)?(?:the\s+)?(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}.]+)?|"
    r"government|national|federal|army|military|rebel|opposition|insurgent)(?:[\u2019']s)?"
    r"(?:\s+(?:delegation|team|negotiating team|side|army|military|government|mission))?\s+by\b")
_MEMBERS_CUT = rxc.lazy(r"[(;]|\b(?:which|who|that|while|whereas|but|flew|arrived|met|said|says|will|would|has|have|had|is|"
                        r"was|were|sent|brought|chose|took|gave|made|held|spoke|told|\p{Ll}{3,}ed)\b")  # "(Daily Ledger, May 2)": a source, not a member


def _party_of_words(who: str) -> str | None:
    return party_lex.code_of(who) or party_lex.code_of(who.split()[-1])  # "An American", "The Bordurian"


def _members(text: str, mentions: list, code: str, lo: int, hi: int, strength: float = TITLE,
             sides: _DocSides | None = None) -> None:
    """The people named in ``text[lo:hi]`` act for ``code``; a gapped "and B's by Y" after
    them acts for B (and only the part before the gap for ``code``); ``sides`` also reads B
    as a short name the report introduced or a common noun ("and the rebel team by Y")."""
    while True:
        gap = _GAPPED.search(text, lo, hi)
        end = gap.start() if gap else hi
        cut = _MEMBERS_CUT.search(text, lo, end)
        stop = cut.start() if cut else end
        for s0, _e, _t, person in _starting_in(mentions, lo, stop):
            if lo <= s0 < stop:
                person.set_affiliation(code, strength)
        if not gap:
            return
        nxt = _party_of_words(gap.group("who"))
        if not nxt and sides is not None:
            nxt = sides.code(gap.group("who").split()[-1])
        if not nxt:
            return
        code, lo = nxt, gap.end()


# "Later the RLF, whose team is headed by X, walked out": X acts for the RLF.
_WHOSE_LED = rxc.lazy(
    r"(?P<who>\p{Lu}[\p{L}.\-]+(?:\s\p{Lu}[\p{L}.\-]+){0,3}),\s+whose\s+(?:delegation|team|negotiators|panel|side)\s+"
    r"(?:was|is|were|are|had been|has been)\s+(?:led|headed)\s+by(?P<rest>[^,.;]*)")


# A word each pattern of _delegations cannot match without: a report with none skips its search (issue 8).
_DELEGATION_WORDS = (("includ", "compris", "led", "headed", "consisted"), ("represented",), ("whose",))


def _delegations(text: str, mentions: list, sides: _DocSides | None = None) -> None:
    for rx, words in zip((_DELEGATION, _REPRESENTED, _WHOSE_LED), _DELEGATION_WORDS, strict=True):
        if not any(w in text for w in words):
            continue
        pos = 0
        # each match's members run to the sentence end; the next search starts inside them, so
        # "A's delegation was led by X, while B's side was chaired by Y" finds B's side too
        while (m := rx.search(text, pos)) is not None:
            pos = m.start("rest")
            code = _party_of_words(m.group("who"))
            if not code and sides is not None:
                code = sides.code(m.group("who").split()[-1])
            if code:
                _members(text, mentions, code, m.start("rest"), m.end("rest"), sides=sides)


# "the foreign ministers of Borduria and Ruritania, Ivo Marek and Ana Vasko": in that order.
_RESPECTIVE = rxc.lazy(
    r"\b(?:the|The)\s+(?P<role>(?:[\p{Ll}\-]+\s+){0,2}[\p{Ll}\-]+?)s\s+of\s+(?:the\s+)?(?P<a>\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)"
    r"\s+and\s+(?:the\s+)?(?P<b>\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?),\s+(?P<names>[^,.;]{3,80}?\s+and\s+[^,.;]{3,60}?)"
    r"(?=[,.;]|\s+(?:met|said|agreed|held|signed|spoke|talked|discussed)\b)")


def _respective_roles(text: str, mentions: list) -> None:
    for m in _RESPECTIVE.finditer(text):
        if not any(w in lex.ROLE_HEADS for w in m.group("role").split()):
            continue
        codes = [_party_named(m.group("a")), _party_named(m.group("b"))]
        lo, hi = m.start("names"), m.end("names")
        inside = sorted(((s0, p) for s0, _e, _t, p in _starting_in(mentions, lo, hi) if lo <= s0 < hi),
                        key=lambda x: x[0])
        people_in: list[_Person] = []
        for _s, p in inside:
            if all(p is not q for q in people_in):
                people_in.append(p)
        if len(people_in) != 2 or None in codes:
            continue
        for person, code in zip(people_in, codes, strict=True):
            person.set_affiliation(code, TITLE)
            person.roles.append(m.group("role"))


_AND_BEFORE = rxc.lazy(r",?\s+and\s+$")


def _coordinated_titles(text: str, mentions: list) -> None:
    """"Ruritanian Finance Minister A and Interior Minister B": B's title, of the same
    kind (its head word) and with no party of its own, shares A's demonym."""
    ordered = sorted(mentions, key=lambda m: m[0])
    for (_s0, e0, _t0, first), (s1, _e1, _t1, second) in zip(ordered, ordered[1:], strict=False):
        if first is second or second.affiliation_strength >= TITLE or first.affiliation_strength < TITLE + 1:
            continue
        role, parties = _role_before(text, s1)
        if not role or parties:
            continue
        at = text.rfind(role.split()[0], max(0, s1 - 120), s1)
        if at < 0 or not _AND_BEFORE.fullmatch(text, e0, at):
            continue
        head = role.split()[-1].lower()
        if any(r.split()[-1].lower() == head for r in first.roles if r):
            second.set_affiliation(first.affiliation, TITLE)


# Role heads of people who act for no party (ANNOTATING: analysts, journalists).
NO_PARTY_HEADS = frozenset({"analyst", "analysts", "expert", "researcher", "fellow", "professor", "scholar", "economist",
                            "strategist", "journalist", "reporter", "correspondent", "editor", "commentator",
                            "columnist", "historian", "lecturer"})


def _no_party_role(role: str) -> bool:
    head_zone = rxc.split(r"(?<!\S)(?:of|at|for|in|to|with|and)(?!\S)", role.lower())[0].split()
    return bool(head_zone) and head_zone[-1].strip(",.") in NO_PARTY_HEADS


def _from_table(people: list[_Person], published: str | None, holders: OfficeHolders | None) -> None:
    """Affiliations from the office-holders table, for people no title ties to a party: a
    full name on the report's date (or a name that only ever held office for one party);
    a bare surname only with a title beside it and one holder of it on that date."""
    if holders is None:
        holders = table()
    if not holders.rows:
        return
    day = parse_day(published)
    for person in people:
        if person.affiliation_strength >= TITLE:
            continue
        found = None
        tokens = person.tokens[:-1] if len(person.tokens) > 1 and _SUFFIX.fullmatch(person.tokens[-1]) else person.tokens
        if len(tokens) > 1:
            found = holders.party_of(" ".join(tokens), day)
        elif person.titled:  # "President Novak", "President Novak Jr."
            found = holders.party_of(tokens[0], day, surname_only=True)
        elif day is not None and (person.evidence or person.roles):
            # "Novak told reporters": a bare surname that acts as a person's, borne by exactly one
            # holder in office on the report's date; it adds no person evidence of its own
            found = holders.party_of(tokens[0], day, surname_only=True)
            if found is not None:
                person.set_affiliation(found[0], TABLE)
            continue
        if found is not None:
            person.head_of_state = found[1] == "head_of_state"
            person.set_affiliation(found[0], TABLE)
            person.evidence = True  # a name the table knows is a person's


def _role_names_a_party(roles: list[str], home: str) -> bool:
    """ "president of the Sahrawi Unity Movement": a role that names another people or party."""
    for r in roles:
        for w in _CAPWORDS.findall(r):
            base = _strip_possessive(w)
            if base in lex.FOREIGN_MARKERS or ((c := party_lex.code_of(base)) is not None and c != home):
                return True
    return False


def _head_of_state_title(roles: list[str]) -> bool:
    """ "President", "former President", not "Vice President" or "president of the bank"."""
    for r in roles:
        words = r.lower().replace("-", " ").split()
        if "president" in words and "vice" not in words and "of" not in words:
            return True
    return False


_SUFFIX = rxc.lazy(r"(?:Jr|Sr|II|III|IV)\.?")


def _title_before(text: str, start: int) -> str:
    m = rxc.search(r"(\p{Lu}[\p{L}.\-]*)\s+$", text[max(0, start - 30):start])
    if m and m.group(1) in SINGLE_NAME_TITLES:
        return m.group(1)
    return ""


class _PeopleIndex:
    """The people found so far (``people``, in the order found) by the keys the matchers ask
    for, so that matching a mention costs the people who share its name, not every person of
    the report (issue 7). A person is filed under the keys of its tokens when it is added and
    again when its tokens grow (``reindex``); a lookup keeps the entries whose person still
    has that key, in the order the people were found, which is what a walk over ``people``
    would meet first."""

    def __init__(self, people: list[_Person]) -> None:
        self.people = people
        self.rank: dict[int, int] = {}  # id(person) -> its place in people
        self.keys: dict[tuple[str, str], dict[int, _Person]] = {}  # (kind, key) -> people filed there

    def add(self, person: _Person) -> None:
        self.rank[id(person)] = len(self.people)
        self.people.append(person)
        self.reindex(person)

    def reindex(self, person: _Person) -> None:
        tokens = tuple(person.tokens)
        keys = [("surname", k) for k in _surname_keys(tokens)]
        if len(tokens) > 1:
            keys.append(("initial", _surname(tokens) + "\x00" + fold_name(tokens[0])[:1]))
            keys.extend(("tail", f"{k}\x00{fold_name(' '.join(tokens[-k:]))}") for k in range(1, len(tokens)))
        else:
            keys.append(("single", fold_name(tokens[0])))
        if len(tokens) == 2:
            keys.append(("first", fold_name(tokens[0])))
        for k in keys:
            self.keys.setdefault(k, {})[id(person)] = person

    def filed(self, kind: str, key: str) -> list[_Person]:
        """The people filed under ``key``, in the order found (some may no longer have it)."""
        found = self.keys.get((kind, key))
        return sorted(found.values(), key=lambda p: self.rank[id(p)]) if found else []


def _match_person(by_key: dict[str, _Person], index: _PeopleIndex, tokens: list[str]) -> _Person | None:
    key = fold_name(" ".join(tokens))
    if key in by_key:
        return by_key[key]
    first, last = fold_name(tokens[0]), fold_name(" ".join(tokens[1:]))
    if tokens[0] in lex.NAME_PARTICLES or tokens[0] in ("Al", "El", "Bin", "Abu"):
        # "Al Nouri" after "Samir bin Jamil Al Nouri": a family name, not a new person
        tail = fold_name(" ".join(tokens))
        for p in index.filed("tail", f"{len(tokens)}\x00{tail}"):
            if len(p.tokens) > len(tokens) and fold_name(" ".join(p.tokens[-len(tokens):])) == tail:
                return p
    if len(tokens) == 2 and not _SUFFIX.fullmatch(tokens[-1]):
        # "Lemos Ka" after "Rui Lemos Ka", "Duarte Solis" after "Ana Duarte Solis": both surnames
        tail = fold_name(" ".join(tokens))
        for p in index.filed("tail", f"2\x00{tail}"):
            if len(p.tokens) > 2 and fold_name(" ".join(p.tokens[-2:])) == tail:
                return p
    # the first person found who has this surname and initial, or is this one token
    hits = [p for p in index.filed("initial", last + "\x00" + first[:1])
            if len(p.tokens) > 1 and p.surname == last and fold_name(p.tokens[0])[:1] == first[:1]]
    hits += [p for p in index.filed("single", fold_name(tokens[-1]))
             if len(p.tokens) == 1 and fold_name(p.tokens[0]) == fold_name(tokens[-1])]
    return min(hits, key=lambda p: index.rank[id(p)]) if hits else None


class _Mentions(list[tuple[int, int, str, _Person]]):
    """The mentions found so far, in the order found, with each person's (start, place) kept
    sorted, so that a person's latest mention before an offset, or its first, is a bisection,
    and (built when asked) every (start, place), for the mentions starting in a range."""

    def __init__(self) -> None:
        super().__init__()
        self.of: dict[int, list[tuple[int, int]]] = {}  # id(person) -> sorted (start, place in this list)
        self._by_start: list[tuple[int, int]] = []

    def add(self, s: int, e: int, text: str, person: _Person) -> None:
        insort(self.of.setdefault(id(person), []), (s, len(self)))
        self.append((s, e, text, person))

    def latest_before(self, person: _Person, offset: int) -> tuple[int, int] | None:
        """(start, place) of the person's last mention starting before ``offset`` (of those
        with that start, the first found), or None."""
        own = self.of.get(id(person), [])
        i = bisect_left(own, (offset, -1)) - 1
        return own[bisect_left(own, (own[i][0], -1))] if i >= 0 else None

    def first_start(self, person: _Person) -> int:
        return self.of[id(person)][0][0]

    def starting_in(self, lo: int, hi: int) -> list[tuple[int, int, str, _Person]]:
        """The mentions with lo <= start < hi, by start (ties in the order found)."""
        if len(self._by_start) != len(self):
            self._by_start = sorted((m[0], i) for i, m in enumerate(self))
        i, j = bisect_left(self._by_start, (lo, -1)), bisect_left(self._by_start, (hi, -1))
        return [self[k] for _s, k in self._by_start[i:j]]


def _starting_in(mentions: list, lo: int, hi: int) -> list:
    """The mentions that start in [lo, hi), by start: a bisection on a ``_Mentions``."""
    if isinstance(mentions, _Mentions):
        return mentions.starting_in(lo, hi)
    return sorted((m for m in mentions if lo <= m[0] < hi), key=lambda m: m[0])


def _match_surname(index: _PeopleIndex, tok: str, offset: int, mentions: _Mentions) -> _Person | None:
    f = fold_name(tok)
    candidates = [p for p in index.filed("surname", f) if f in _surname_keys(tuple(p.tokens))]
    if not candidates:
        # "Qiu" after "Qiu Ming", "Mateo" after "Mateo Ortiz": a first token, if only one has it
        firsts = [p for p in index.filed("first", f) if len(p.tokens) == 2 and fold_name(p.tokens[0]) == f]
        return firsts[0] if len(firsts) == 1 else None
    if len(candidates) == 1:
        return candidates[0]
    # several people share the surname: the one mentioned most recently before this point
    # (people have distinct keys, so a candidate is its own and no other's mention)
    best, best_at = candidates[0], (-1, 0)
    for p in candidates:
        at = mentions.latest_before(p, offset)
        if at is not None and (at[0] > best_at[0] or (at[0] == best_at[0] and at[1] < best_at[1])):
            best, best_at = p, at
    return best


def _party_named(words: str) -> str | None:
    """The party named by the start of ``words`` ("Malta. The two ..." -> MLT, "the United States")."""
    words = words.split(". ")[0]
    parts = words.split()
    for k in range(len(parts), 0, -1):
        code = party_lex.code_of(" ".join(parts[:k]).rstrip("."))
        if code:
            return code
    return None


_WHO_HEADS = rxc.lazy(r",\s+who\s+(?:heads|leads|led|headed|chairs|chaired)\s+(?:the\s+)?(?P<who>\p{Lu}[\p{L}.]+)(?:[’']s)?\s+"
                           r"(?P<what>delegation|team|negotiating team|negotiators|side|mission|government)\b")
_SIGNATURE_ROLE = rxc.lazy(
    r"(?:[ \t]{2,}|[ \t]*\n(?:[ \t]*\n)?[ \t]*)(?P<role>\p{Lu}[\p{L}\-]*(?:[ \t]+\p{Lu}[\p{L}\-]*){0,3}"
    r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?[^\n]{1,80}?)?)(?=[ \t]{2,}|[ \t]*\n|$)")


def _note_role(person: _Person, role: str, role_parties: list[str], text: str, end: int,
               start: int | None = None, mentions: list | None = None) -> None:
    if start is not None:
        # each pattern below needs a word or mark in the stretch before the name; without it
        # the search cannot match and is not run
        w60 = text[max(0, start - 60):start]
        w80 = text[max(0, start - 80):start]
        comma = "," in w80
        pm = _OWNER_BEFORE.search(w60) if "’s" in w60 or "'s" in w60 else None
        if pm and any(w in lex.ROLE_HEADS for w in pm.group("role").split()):
            owner = pm.group("owner")
            code = party_lex.code_of(owner)
            if code is None:
                person.possessors.append(owner)
            if not role:  # "Novak's envoys Ann Varga and ...": her role is his envoy
                role = pm.group("role").strip()
        im = _ITS_ROLE.search(w80) if "its" in w80 or "Its" in w80 else None
        if im and any(w in lex.ROLE_HEADS for w in im.group("role").split()):
            # "Hamas said its negotiator Ivo Marek ...": "its" is the party named last before
            owner_code = _party_named_before_in_sentence(text, max(0, start - 80) + im.start())
            person.set_affiliation(owner_code, TITLE)
            if not role:
                role = im.group("role")
        cm = _COUNTRYS_ROLE.search(w80) if comma else None
        if cm and any(w in lex.ROLE_HEADS for w in cm.group("role").split()):
            person.set_affiliation(_state_named_before(text, max(0, start - 80) + cm.start()), TITLE)
            if not role:
                role = cm.group("role")
        om = _ROLE_OF_STATE.search(w80) if comma and "of" in w80 else None
        if om and " and " in om.group("who") and party_lex.code_of(om.group("who")) is None:
            om = None  # "the foreign ministers of A and B, X and Y": two states, not one ("Trinidad and Tobago")
        if om and any(w.lower() in lex.ROLE_HEADS for w in om.group("role").split()):
            person.set_affiliation(_party_named(om.group("who")), TITLE)
            if not role:  # "of the Prime Minister of the Republic of X, Y": the role starts at its title
                role = _LEADING_FUNCTION_WORDS.sub("", om.group("role"))
        # "Varga's peace envoy, Lena Novak", "the Kremlin spokesperson, Ivan Petrov"
        m = _POSSESSOR_ROLE.search(w80) if comma else None
        if m and mentions and _apposition_of_the_name_before(text, mentions, person, max(0, start - 80) + m.start()):
            m = None  # "A, the Ruritanian president, B, ...": the role is A's apposition
        if m and any(w in lex.ROLE_HEADS for w in m.group("role").split()):
            owner = m.group("owner") or m.group("owner2")
            code = party_lex.code_of(owner)
            if code:
                person.set_affiliation(code, TITLE)
            else:  # a person owns the role: "President Ann Varga's aide" is Varga's
                person.possessors.append(owner.split()[-1])
            if not role:
                role = m.group("role")
    if role:
        person.roles.append(role)
    for w in role_parties:
        code = party_lex.code_of(w)
        if code:
            person.set_affiliation(code, TITLE + 1)
            break
    after = _role_after(text, end)
    if not after:
        line_start = text.rfind("\n", 0, start if start is not None else end) + 1
        alone = start is not None and not text[line_start:start].strip()  # the name stands on a line of its own
        sm = _SIGNATURE_ROLE.match(text, end, min(len(text), end + 120)) if alone else None
        heads = [w for w in sm.group("role").split() if w[0].isupper() and w.lower() in lex.ROLE_HEADS] if sm else []
        if sm and len(heads) == 1 and \
                sm.group("role").split()[0].lower().rstrip(".") in lex.ROLE_HEADS | {"prime", "vice", "crown"}:
            after = sm.group("role")  # a signature: "Ann Varga\nPresident of the Republic of Borduria"
    if after:
        person.roles.append(after)
        owner_m = rxc.match(r"(\p{Lu}[\p{L}\-]+)[’']s\s", after)
        if owner_m and not party_lex.code_of(owner_m.group(1)):
            person.possessors.append(owner_m.group(1))
        for w in rxc.finditer(r"[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)*", after):
            # "the Bordurian Naval Command": the party that starts the run
            run = _strip_possessive(w.group(0))
            code = party_lex.code_of(run) or party_lex.code_of(_strip_possessive(run.split()[0]))
            if code and not rxc.search(r"\bto\s+(?:the\s+)?$", after[:w.start()]):  # "envoy to Borduria"
                person.set_affiliation(code, TITLE)
                break
    hm = _WHO_HEADS.match(text, end, min(len(text), end + 120))
    if hm:  # "Ivo Marek, who heads the Bordurian delegation, said"
        person.set_affiliation(_party_named(hm.group("who")), TITLE)
        if not after:
            person.roles.append(f"head of the {hm.group('who')} {hm.group('what')}")
    m = rxc.match(r",?\s+of\s+(?:the\s+)?([\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)*)", text[end:end + 60])
    if m:
        person.set_affiliation(_party_named(m.group(1)), TITLE)
    cm = _COORDINATED_OF.match(text, end, min(len(text), end + 120))
    if cm:
        person.set_affiliation(_party_named(cm.group("who")), TITLE)


# --- Sides named by a common noun or a short name (round 5) -------------------------------

# Common nouns for the sides of an internal conflict: "the government delegation", "the army
# team", "the federal delegation" are the state's; "the rebel team", "the opposition delegation"
# are the one movement the report names.
GOVERNMENT_WORDS = frozenset({"government", "federal", "national", "army", "military", "state", "regime", "junta"})
MOVEMENT_WORDS = frozenset({"rebel", "rebels", "insurgent", "insurgents", "opposition", "movement", "group",
                            "guerrilla", "guerrillas", "militia", "separatist", "separatists"})
# Roles that stand between the sides rather than for one of them: the government's state is
# never guessed for them.
BETWEEN_HEADS = frozenset({"envoy", "envoys", "mediator", "facilitator", "ambassador", "representative",
                           "co-chair", "co-chairman", "co-chairwoman", "secretary-general", "rapporteur",
                           "observer", "coordinator", "chair", "chairman", "chairwoman"})


MOVEMENT_LEAD = 3
LED_SIDE = TITLE + 0.5  # below a demonym or state in the title itself (TITLE + 1)


class _DocSides:
    """What a report's common nouns for sides stand for: the state whose government faces
    the movements the report names, and that movement when it is the only one."""

    def __init__(self, text: str) -> None:
        self.local = sides_of_document(text)  # the report's own sides (sides.py, issue 8)
        self.government = document_government(text)
        counts: dict[str, int] = {}
        for name, code in self.local.items():
            if code not in party_lex.STATES and (code in party_lex.MOVEMENT_COUNTRY or code not in party_lex.ORGS.values()):
                counts[code] = counts.get(code, 0) + len(regex.findall(rf"(?<![\w.]){regex.escape(name)}(?!\w)", text))
        for name, code in party_lex.MOVEMENT_NAMES.items():
            if name in text and name not in self.local:  # counted above, under the report's short name
                n = len(regex.findall(rf"(?<![\w.]){regex.escape(name)}(?!\w)", text))
                if n:
                    counts[code] = counts.get(code, 0) + n
        ranked = sorted(counts.items(), key=lambda kv: -kv[1])
        # the movement: the only one named, or one named at least MOVEMENT_LEAD times as often
        # as the next (a report on one rebel group that mentions another in passing)
        lead = len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] >= MOVEMENT_LEAD * ranked[1][1])
        self.movement = ranked[0][0] if ranked and lead else None

    def names_a_side(self, name: str) -> bool:
        """Whether ``name`` is a side's name the report introduces, or words of one ("Delta
        Avengers" of "the Coast Delta Avengers (CDA)")."""
        return any(name == n or f" {name} " in f" {n} " for n in self.local if n[:1].isupper())

    def code(self, word: str) -> str | None:
        """A word of a side's name: a short name the report introduced, a lexicon party, or
        a common noun for the government or the movement."""
        base = _strip_possessive(word.strip(",.;:"))
        if base in self.local:
            return self.local[base]
        code = party_lex.code_of(base)
        if code:
            return code
        low = base.lower()
        if low in GOVERNMENT_WORDS:
            return self.government
        if low in MOVEMENT_WORDS:
            return self.movement
        # a head word of one name the report introduced: "the Front" for "the Ruritanian
        # Liberation Front (RLF)", when no other introduced name has it
        heads = {code for name, code in self.local.items() if " " in name and base in name.split()[1:]}
        return heads.pop() if len(heads) == 1 and base[:1].isupper() else None


_SUBORDINATE = rxc.lazy(r"\b(?:provided\s+that|if|unless|although|though|because|until|so\s+long\s+as|as\s+long\s+as|"
                        r"whereas|that)\s+(?:the\s+)?$")


def _main_clause_party_before(text: str, pos: int, local: dict[str, str] | None = None) -> str | None:
    """The party named last before ``pos`` in its sentence whose clause is no condition or
    subordinate clause ("..., provided that Ruritania recognises ..." is skipped); ``local``
    adds the short names the report introduced."""
    lo = max(_last_full_stop(text, pos), text.rfind("\n", 0, pos), pos - 250, 0)
    last = None
    for w in _CAPWORDS.finditer(text, lo, pos):
        word = _strip_possessive(w.group(0))
        code = (local or {}).get(word) or party_lex.code_of(word)
        if not code or word in party_lex.DEMONYMS:
            continue
        clause_start = max(text.rfind(",", lo, w.start()), text.rfind(";", lo, w.start()), lo)
        if _SUBORDINATE.search(text, clause_start, w.start()):
            continue
        last = code
    return last


_SIDE_NOUN_BEFORE = rxc.lazy(r"\b(?P<noun>\p{Ll}+)\s+(?:\p{Ll}+\s+){0,2}$")


def _owner_of_its(text: str, pos: int, sides: _DocSides | None = None) -> str | None:
    """ "its"/"their" at ``pos``: a side's common noun just before it ("the rebels named their
    negotiator"), else the party named last before it in its sentence, else the first party
    of the sentence before ("Borduria wants a port. Its team was led by")."""
    near = _SIDE_NOUN_BEFORE.search(text, max(0, pos - 40), pos)
    if sides is not None and near and near.group("noun") in GOVERNMENT_WORDS | MOVEMENT_WORDS:
        return sides.code(near.group("noun"))  # "the rebels named their ...": the rebels' or no one's
    # the party named last before, outside a condition or subordinate clause: "Borduria is
    # ready ..., provided that Ruritania ..., according to its lead negotiator" is Borduria's
    code = _main_clause_party_before(text, pos, sides.local if sides is not None else None)
    if code:
        return code
    bounds = [m.end() for m in _SENTENCE_START.finditer(text, max(0, pos - 400), min(len(text), pos + 1))
              if m.end() <= pos]  # one character more: the lookahead needs the capital at ``pos``
    if not bounds:
        return None
    hi = bounds[-1]
    lo = bounds[-2] if len(bounds) >= 2 else max(0, pos - 400)
    for w in _CAPWORDS.finditer(text, lo, hi):
        word = _strip_possessive(w.group(0).rstrip("."))
        code = party_lex.code_of(word)
        if code and word not in party_lex.DEMONYMS:
            return code
    return None


# "The state delegation was headed by X", "the rebel team, led by its adviser, X",
# "Its team was led by X", "the negotiating team of the Government of Borduria was led by X",
# "the opposition panel under X", "the talks were led for Borduria by X and for Ruritania by Y".
_BODY_LED = rxc.lazy(
    r"\b(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+(?:(?P<own>[\p{L}\-]+(?:[’']s)?)\s+)?"
    r"(?P<noun>delegation|team|panel|side|negotiating team|negotiators|mission)"
    r"(?:\s+of\s+(?:the\s+)?(?:[Gg]overnment\s+of\s+(?:the\s+)?(?:[Rr]epublic\s+of\s+(?:the\s+)?)?)?"
    r"(?P<of>\p{Lu}[\p{L}.\-]+(?:\s\p{Lu}[\p{L}.\-]+){0,3})(?:\s+\((?P<short>[\p{Lu}\d\-]{2,10})\))?)?"
    r",?\s+(?:(?:was|is|were|are|will be|would be|has been|had been)\s+)?"
    r"(?:led|headed|chaired|represented|under)\s+(?:by\s+)?"
    r"(?P<rest>[^.]*(?:(?:\.(?=\w)|(?<=\b(?:Dr|Mr|Ms|Mrs|Gen|Col|Lt|Maj|Capt|Sen|Prof))\.)[^.]*)*)")
_FOR_BY = rxc.lazy(
    r"\b(?:led|headed|represented|chaired)\s+for\s+(?:the\s+)?(?P<who>\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)\s+by"
    r"(?P<rest>[^.]*(?:(?:\.(?=\w)|(?<=\b(?:Dr|Mr|Ms|Mrs|Gen|Col|Lt|Maj|Capt|Sen|Prof))\.)[^.]*)*)")
# "X headed the army delegation", "X, who leads the rebel team": the head of a side.
_HEADS_SIDE = rxc.lazy(
    r"(?:,\s+who)?\s+(?:heads|headed|leads|led|chairs|chaired)\s+(?:the|a|its)\s+(?P<own>[\p{L}\-]+(?:[’']s)?)\s+"
    r"(?P<noun>delegation|team|panel|side|negotiating team|negotiators|mission)\b")


def _led_bodies(text: str, mentions: list, sides: _DocSides) -> None:
    pos = 0
    while (m := _BODY_LED.search(text, pos)) is not None:
        pos = m.start("rest")
        det, own = m.group("det").lower(), m.group("own")
        if m.group("of"):
            code = _party_named(m.group("of")) or sides.code(m.group("of")) or sides.code(m.group("short") or "") \
                or sides.code(m.group("of").split()[-1])
        elif own and own.lower() not in ("new", "two", "other", "same", "first", "second"):
            code = sides.code(own)
        elif det in ("its", "their"):
            code = _owner_of_its(text, m.start(), sides)
        else:
            code = None
        nxt = _BODY_LED.search(text, m.start("rest"), m.end("rest"))
        hi = nxt.start() if nxt else m.end("rest")  # "..., and the rebel panel under Y": Y is not ours
        if code:
            # the side a person leads outranks a guess from "its" in the same sentence
            _members(text, mentions, code, m.start("rest"), hi, LED_SIDE, sides)
    for m in _FOR_BY.finditer(text):
        code = _party_of_words(m.group("who"))
        if code:
            _members(text, mentions, code, m.start("rest"), m.end("rest"))
    for _s0, e0, _t, person in mentions:
        hm = _HEADS_SIDE.match(text, e0, min(len(text), e0 + 80))
        if hm and person.affiliation_strength < TITLE:
            person.set_affiliation(sides.code(hm.group("own")), TITLE)


# "the UN co-chair, X", "its deputy commander, X", "the government envoy, X", "His
# Bordurian counterpart, X", "the Deputy Envoy of the Secretary-General, Dr. X":
# a role in lower case (with party words) between a determiner and a comma before the name.
_COMMA_ROLE = rxc.lazy(
    r"(?<![\p{L}\-])(?P<det>[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Ww]hose|[Aa]n?|"
    r"\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?[’']s)\s+"
    r"(?P<role>(?:(?:(?:\p{Lu}\.){2,}|[\p{L}’'\-]+)\s+){0,8}[\p{L}\-]+),\s+"
    r"(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$")
_ROLE_STOPS = frozenset({"said", "says", "told", "was", "is", "were", "are", "has", "have", "had", "and", "but",
                         "who", "which", "that", "when", "while", "after", "before", "met", "with", "by", "from",
                         "will", "would", "could", "on", "as"})
# A name in apposition to a role is closed by a comma, a sentence end, a bracket or a dash.
_APPOSITION_CLOSES = rxc.lazy(r"[’']?s?\s*(?:[,.;:)\]—–]|$|\s+who\b)")
_OWNER_BEFORE_WHOSE = rxc.lazy(r"(?P<who>\p{Lu}[\p{L}.\-]+(?:\s\p{Lu}[\p{L}.\-]+){0,2}),\s+$")
_ROLE_GOES_ON = rxc.lazy(r"\b(?:of|for|at)\s+$")
_UN_TITLE = rxc.lazy(r"\b(?:of\s+the\s+)?Secretary-General\b(?!\s+of\b)")


def _comma_role_of(text: str, start: int) -> tuple[str, str, int] | None:
    """(determiner, role, where the determiner starts) of a role that ends in a comma before ``start``."""
    lo = max(0, start - 120)
    window = text[lo:start]
    if "," not in window[-10:]:  # ", " or ", Ms. "
        return None
    # every determiner is tried (overlapped), the nearest first; one that follows "of"/"for"
    # continues a longer role: "the Deputy Envoy of the Secretary-General, Dr. X"
    found = None
    for m in sorted(_COMMA_ROLE.finditer(window, overlapped=True), key=lambda m: -m.start()):
        role = m.group("role")
        words = role.split()
        if any(w.lower() in _ROLE_STOPS for w in words):
            continue
        head_zone = rxc.split(r"(?<!\S)(?:of|for|to|at|in)(?!\S)", role)[0].split()
        if not head_zone or head_zone[-1].lower().rstrip(",") not in lex.ROLE_HEADS:
            continue
        found = (m.group("det"), role, lo + m.start("det"))
        if not _ROLE_GOES_ON.search(window, 0, m.start()):
            break
    return found


_COMMA_BETWEEN = rxc.lazy(r"\s*,\s*")


def _apposition_of_the_name_before(text: str, mentions: list, person: _Person, at: int) -> bool:
    """The role before the comma is already the apposition of the name before it: in "A, the
    Ruritanian president, B, the Bordurian president, ..." the first role is A's, not B's."""
    return any(p is not person and e1 <= at and _COMMA_BETWEEN.fullmatch(text, e1, at)
               for _s1, e1, _t1, p in mentions)


def _comma_roles(text: str, mentions: list, sides: _DocSides) -> None:
    done: set[int] = set()
    for s0, e0, _t, person in sorted(mentions, key=lambda m: m[0]):
        if id(person) in done:
            continue
        if not _APPOSITION_CLOSES.match(text, e0):
            continue  # "According to a senior official, Novak had ...": the name opens a clause
        found = _comma_role_of(text, s0)
        if found is None:
            title, _parties = _role_before(text, s0)  # "its lead negotiator, Minister of Fisheries X"
            at_title = text.rfind(title, max(0, s0 - 160), s0) if title else -1
            found = _comma_role_of(text, at_title) if at_title > 0 else None
        if found is None:
            continue
        det, role, at = found
        if _apposition_of_the_name_before(text, mentions, person, at):
            continue
        done.add(id(person))
        person.evidence = True
        if role not in person.roles:
            person.roles.append(role)
        if person.affiliation_strength >= LED_SIDE:
            continue
        low_det = det.lower()
        code = _owner_of_its(text, at, sides) if low_det in ("its", "their") else None
        if low_det == "whose":  # "Borduria, whose foreign minister, X, received them"
            owner = _OWNER_BEFORE_WHOSE.search(text, max(0, at - 80), at)
            code = _party_named(owner.group("who")) if owner else None
        if code is None and low_det.endswith(("'s", "’s")):
            word = _word_before(text, at)
            if word is not None and text[word[0]:word[1]][:1].isupper():
                code = _party_named(f"{text[word[0]:word[1]]} {det[:-2]}")  # "South Sudan's negotiator, X"
            code = code or _party_named(det[:-2]) or sides.code(det)  # "Borduria's Minister of State, X"
        cut = rxc.split(r"(?<!\S)to(?!\S)", role)[0]  # "envoy to Borduria" is not Borduria's
        words = cut.split()
        for i, w in enumerate(words if code is None else ()):
            code = _party_named(" ".join(words[i:i + 3])) or sides.code(w)  # "the United States Special Coordinator"
            if code:
                break
        if code is None and _UN_TITLE.search(role):
            code = "UN"  # "the Deputy Envoy of the Secretary-General": the UN's
        if code is None and low_det in ("his", "her"):
            before = [p for s1, _e1, _t1, p in mentions if s1 < at and p is not person]
            if before:
                person.possessors.append(before[-1].tokens[-1])  # "His deputy, X": the last person's
        if code:
            # the nearest determiner's role outranks a longer reading of the same stretch
            # ("At the Bordurian talks the government envoy, X": not the talks' owner)
            person.set_affiliation(code, LED_SIDE)


# "In Szohod, Defence Minister X said": where an official speaks from, at the start of
# his sentence, is his state's capital.
_IN_CAPITAL = rxc.lazy(r"(?:^|[.!?\n]\s*|\d\d\s+\p{Lu}{2,4}\s+)In\s+(?P<where>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?),\s+"
                       r"(?:[\p{L}.\-]+\s+){0,6}$")


# "Borduria will pay for the monitors, according to Deputy Interior Minister X": the one the
# report cites for a party's act speaks for the party that is the sentence's subject.
_ACCORDING_TO = rxc.lazy(r"\baccording\s+to\s+(?:(?:the|its|their)\s+)?(?:[\p{L}.\-]+\s+){0,6}$")


_OPENING_PHRASE = rxc.lazy(r"(?:At|In|On|After|Before|During|Following|Since|From|With)\s[^,]{1,80},\s+")
_SENTENCE_OPENER = rxc.lazy(r"(?:The\s+)?(?P<who>\p{Lu}[\p{L}.\-]+(?:\s\p{Lu}[\p{L}.\-]+){0,3})")


def _first_party_of_sentence(text: str, pos: int) -> str | None:
    """The party that opens the sentence of ``pos`` (its first capitalized words, after an
    opening phrase such as "At the Bordurian talks,"), if any."""
    bounds = [m.end() for m in _SENTENCE_START.finditer(text, max(0, pos - 400), min(len(text), pos + 1))
              if m.end() <= pos]
    lo = bounds[-1] if bounds else max(0, pos - 400)
    opener = _OPENING_PHRASE.match(text, lo, pos)
    if opener:
        lo = opener.end()
    m = _SENTENCE_OPENER.match(text, lo, pos)
    return _party_named(_strip_possessive(m.group("who"))) if m else None


# "Borduria's foreign ministry said ... Foreign Minister X, who chaired the meeting": a
# minister of a portfolio whose ministry the report has just given an owner (within
# MINISTRY_WINDOW characters before, the distance of one or two sentences).
MINISTRY_WINDOW = 400
_PORTFOLIOS = {"foreign": ("foreign",), "defence": ("defence", "defense"), "defense": ("defence", "defense"),
               "interior": ("interior",), "justice": ("justice",), "finance": ("finance",)}
_MINISTRY_OWNER = rxc.lazy(
    r"(?P<owner>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?(?:[’']s)?)\s+(?P<what>[Ff]oreign|[Dd]efen[cs]e|[Ii]nterior|"
    r"[Jj]ustice|[Ff]inance)\s+[Mm]inistry\b")


def _officials_of_the_government(text: str, people: list[_Person], mentions: _Mentions, sides: _DocSides,
                                 home_party: str | None) -> None:
    """Officials still without a party: one who speaks "In <capital>," acts for that capital's
    state; in a report on a movement and the government it faces (``movements.csv``), a
    minister, adviser or spokesman who stands for no one between the sides acts for that
    government ("Fisheries Minister X" in a report on Borduria and its rebels)."""
    for person in people:
        if person.affiliation is not None or not person.roles:
            continue
        heads = {w.lower().rstrip(".,") for r in person.roles for w in r.split()}
        if not heads & (OFFICIAL_HEADS | LEADER_HEADS | {"general", "commander", "chairman"}):
            continue
        first = mentions.first_start(person)
        am = _ACCORDING_TO.search(text, max(0, first - 80), first)
        if am:
            code = _first_party_of_sentence(text, first)
            if code:
                person.set_affiliation(code, CONTEXT)
                continue
        portfolio = next((w for w in heads if w in _PORTFOLIOS), None)
        if portfolio and heads & {"minister", "ministers"}:
            owners = [m for m in _MINISTRY_OWNER.finditer(text, max(0, first - MINISTRY_WINDOW), first)
                      if m.group("what").lower() in _PORTFOLIOS[portfolio]]
            code = _party_named(_strip_possessive(owners[-1].group("owner"))) if owners else None
            if code:
                person.set_affiliation(code, CONTEXT)  # "Borduria's foreign ministry said ... Foreign Minister X"
                continue
        im = _IN_CAPITAL.search(text, max(0, first - 120), first)
        if im:
            code = party_lex.CAPITALS.get(im.group("where"))
            if code:
                person.set_affiliation(code, CONTEXT)
                continue
        if sides.government and home_party is None and sides.movement and not heads & BETWEEN_HEADS \
                and not heads & NO_PARTY_HEADS:
            person.set_affiliation(sides.government, CONTEXT)


# "... al-Wazani said": an Arabic surname with its article in lower case opens no capitalized
# run, so the reader never meets it alone. Where a person found in full ends in such a
# surname, its later lone uses are that person's mentions.
_LOWER_PREFIXED = rxc.lazy(r"(?:al|el|ad|an|ar|as|ash|at|az|ul)-\p{Lu}[\p{L}\p{M}’'\-]*")


def _lowercase_prefixed_surnames(text: str, people: list[_Person], mentions: _Mentions) -> None:
    covered = [(s0, e0) for s0, e0, _t, _p in mentions]
    for person in list(people):
        last = person.tokens[-1]
        if len(person.tokens) < 2 or not _LOWER_PREFIXED.fullmatch(last):
            continue
        for m in regex.finditer(rf"(?<![\p{{L}}\p{{M}}\-]){regex.escape(last)}(?![\p{{L}}\p{{M}}\-])", text):
            if any(s0 <= m.start() < e0 for s0, e0 in covered):
                continue
            mentions.add(m.start(), m.end(), last, person)
            covered.append((m.start(), m.end()))


# --- Roles of an organization (round 6) ---------------------------------------------------

# "LF secretary Dr. X", "UN Resident Coordinator for Borduria X", "the AU envoy,
# former Bordurian minister X": a title led by an organization's short name makes its holder
# act for that organization, over a state named after "for" or in a former post.
_ORG_ROLE = rxc.lazy(
    r"(?<![\p{L}\-])(?P<org>\p{Lu}{2,8})(?:[’']s)?\s+(?P<role>(?:[\p{L}\-]+\s+){0,4}?[\p{L}\-]+)"
    r"(?:\s+(?:for|on|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}\-]+\s+){0,2}\p{Lu}[\p{L}\-]+)?"
    r"(?:,\s+(?:a\s+)?former\s+(?:[\p{L}\-]+\s+){1,4}?|,\s+|\s+)"
    r"(?:(?:Chief|Dr|Mr|Ms|Mrs|Dame|Sir|General|Ambassador)\.?\s+)?$")
_ROLE_LINKS = frozenset({"for", "on", "of", "the", "to", "at", "in", "a", "an"})  # the portfolio is its own group
ORG_ROLE = TITLE + 1.5  # the organization's own title beats a demonym in a former post


def _organization_roles(text: str, mentions: list, sides: _DocSides) -> None:
    for s0, _e, _t, person in mentions:
        lo = max(_last_full_stop(text, s0), text.rfind("\n", 0, s0) + 1, s0 - 160, 0)
        m = _ORG_ROLE.search(text, lo, s0)
        if not m or m.end() != s0:
            continue
        words = m.group("role").split()
        if not any(w.lower() in lex.ROLE_HEADS for w in words) or any(w.lower() in _ROLE_STOPS | _ROLE_LINKS for w in words):
            continue
        org = m.group("org")
        code = sides.local.get(org) or party_lex.ORGS.get(org)
        if code and code not in party_lex.STATES:
            person.set_affiliation(code, ORG_ROLE)


# "X, a Ruritanian minister, on behalf of the Lakes Union", "X, in her capacity as chair of the
# LU Council", "X, present as chair of the Lakes Union": a person said after the name to act for
# an organization (not a state) acts for it, over a state's title or a demonym of a former post.
_ON_BEHALF_AFTER = rxc.lazy(
    r"(?:,\s+[^.;:!?()\n]{0,90}?)?,?\s+(?:on\s+behalf\s+of|(?:in\s+(?:his|her|their)\s+capacity|present)\s+as\s+"
    r"(?:the\s+)?(?:[\p{Ll}\-]+\s+){0,2}?(?:chair|chairman|chairwoman|chairperson|president|head|envoy|mediator|"
    r"facilitator)\s+of)\s+(?:the\s+)?(?P<org>\p{Lu}[\p{L}\-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}\-]*){0,5})")


def _organization_of_words(words: list[str], sides: _DocSides) -> str | None:
    """The organization the longest leading run of ``words`` names ("Lakes Union Council" is LU)."""
    for i in range(len(words), 0, -1):
        name = " ".join(words[:i])
        code = sides.local.get(name) or party_lex.ORGS.get(name)
        if code:
            return code if code not in party_lex.STATES else None
    return None


def _acting_for_organization(text: str, mentions: list, sides: _DocSides) -> None:
    starts = sorted(s0 for s0, _e, t, _p in mentions if not party_lex.code_of(t))  # not "Burkina Faso"
    for _s, e0, t, person in mentions:
        m = _ON_BEHALF_AFTER.match(text, e0, min(len(text), e0 + 220))
        if not m or party_lex.code_of(t):
            continue
        k = bisect_left(starts, e0)
        if k < len(starts) and starts[k] < m.start("org"):
            continue  # "X, with Y, present as chair of ...": the phrase is Y's
        code = _organization_of_words(m.group("org").split(), sides)
        if code:
            person.set_affiliation(code, ORG_ROLE)


# "the rebels' negotiator, X", "the party's negotiator X", "the government's envoy X": a role
# owned by a common noun for a side acts for what that noun stands for in the report.
_SIDE_POSSESSIVE = rxc.lazy(
    r"\b[Tt]he\s+(?P<noun>\p{Ll}+)(?:[’']s|s[’'])\s+(?P<role>(?:[\p{Ll}\-]+\s+){0,3}?[\p{Ll}\-]+)"
    r"(?:,\s+|\s+)(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$")
SIDE_OWNERS = frozenset({"party", "front"})  # a movement that is a party or a front, by its head word


def _side_possessive_roles(text: str, mentions: list, sides: _DocSides) -> None:
    for s0, _e, _t, person in mentions:
        m = _SIDE_POSSESSIVE.search(text, max(0, s0 - 100), s0)
        if not m or m.end() != s0 or person.affiliation_strength >= LED_SIDE:
            continue
        words = m.group("role").split()
        if words[-1] not in lex.ROLE_HEADS or any(w in _ROLE_STOPS for w in words):
            continue
        noun = m.group("noun")  # "the rebels'" backtracks to "rebel" + "s'"
        if noun in GOVERNMENT_WORDS:
            code = sides.government
        elif noun in MOVEMENT_WORDS or noun in SIDE_OWNERS:
            code = sides.movement
        else:
            continue
        person.set_affiliation(code, LED_SIDE)


def _roles_naming_a_short_name(people: list[_Person], sides: _DocSides) -> None:
    """ "X, the FLC's chief negotiator": a role that names a side by the short name the report
    introduced acts for that side (the lexicon's party words are read where the role is found)."""
    for person in people:
        if person.affiliation_strength >= TITLE:
            continue
        for role in person.roles:
            head = rxc.split(r"(?<!\S)(?:to|for|with|against)(?!\S)", role)[0]
            codes = {sides.local[w] for w in map(_strip_possessive, head.split()) if w in sides.local}
            codes -= set(party_lex.STATES)
            if len(codes) == 1:
                person.set_affiliation(codes.pop(), TITLE)
                break
