"""The sides a report introduces itself, read from how it names them (issue 8).

The lexicon knows the world's states and its well-known movements; a report on a smaller
process names its own sides, and says what they are as it names them:

- a short name after the full name: "the Coastal Front (CF)", "the Union of Hill Peoples,
  UHP," or "the Union of Hill Peoples, or UHP" (:func:`parley.lexicon.parties.introduced_parties`);
- a body's kind before its name: "the exiled opposition coalition KORVAN", "the opposition
  Velka-Sojuz", "the main opposition Lantern Party";
- its kind after its name, as an apposition: "KORVAN, an exiled coalition of five parties";
- a region's own administration: "Tessaly's provincial government", "Tessaly Premier X".

Each becomes a party whose code follows SCHEMA.md's rule for bodies that are no state: the
short upper-case name it is known by (the short name the report gives, else its one word in
upper case, else the initials of its words). ``document_sides`` gives them with the names the
lexicon's introduction rule finds; ``acting_sides`` those a clause's subject can stand for;
``side_noun_mentions`` the common nouns that stand for a side in such a report ("the
government", "the rebels", "the coalition").
"""

from __future__ import annotations

from functools import lru_cache

import regex

from parley.lexicon import parties as party_lex
from parley.lexicon import people as people_lex
from parley.model import Span
from parley.reader import rxcache as rxc
from parley.reader.mentions import PartyMention

# The kind of body a descriptor says a name is: its name follows ("the coalition KORVAN") or
# it follows the name in an apposition ("KORVAN, a coalition of ...").
BODY_NOUNS = ("coalition", "alliance", "movement", "group", "party", "front", "platform", "bloc",
              "confederation", "federation", "militia", "organisation", "organization", "union",
              "faction", "rebels", "insurgents", "guerrillas")
# The kinds as a name's capitalized head word ("the Confederation of ..."), beside the
# lexicon's PARTY_HEADS.
_KIND_HEADS = frozenset(k.capitalize() for k in BODY_NOUNS)
# Words that may stand before the kind ("the exiled opposition coalition").
_BODY_ADJECTIVES = ("main", "largest", "exiled", "armed", "ruling", "opposition", "rebel", "separatist",
                    "indigenous", "political", "umbrella", "militant", "insurgent", "islamist", "secessionist",
                    "opposing", "governing", "dissident", "breakaway", "regional", "ethnic", "student",
                    "civic", "civilian", "banned", "outlawed", "former", "largest", "new", "two-party",
                    "separatists'", "jihadist", "guerrilla", "pro-government", "pro-independence")
# A name: an upper-case short name ("KORVAN", "M-12", "ACT-Velka") or one to four capitalized
# words ("Lantern Party", "Velka Sojuz"); no name word may be a month or a weekday.
_NAME = (r"(?P<name>\p{Lu}[\p{Lu}\d]{1,9}(?:-\p{Lu}[\p{L}\d]+)?(?![\p{L}\d])"
         r"|\p{Lu}[\p{Ll}’']+(?:-\p{L}[\p{L}’']*)*(?:\s(?:(?:of|for|and|the)\s){0,2}\p{Lu}[\p{L}’'\-]+){0,5}"
         r"(?![\p{L}\d\-]))")
_KIND_BEFORE = rxc.lazy(
    r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)\s+(?:(?P<adj>" + "|".join(_BODY_ADJECTIVES) + r")\s+){0,3}"
    r"(?:(?P<kind>" + "|".join(BODY_NOUNS) + r")\s+|(?<=opposition\s))" + _NAME)
_KIND_AFTER = rxc.lazy(
    r"(?<![\p{L}\d.’'\-])" + _NAME + r",\s+(?:an?|the)\s+(?:(?:[\p{Ll}\-]+|\d+-\w+)\s+){0,3}"
    r"(?P<kind>" + "|".join(BODY_NOUNS) + r")\b")
# A region's own administration: "Tessaly's provincial government", "Tessaly Premier X".
_REGION_GOVERNMENT = rxc.lazy(
    r"(?<![\p{L}\d.’'\-])(?P<name>\p{Lu}[\p{Ll}’'\-]+)(?:[’']s)\s+(?:(?:own|elected|autonomous)\s+)?"
    r"(?:provincial|regional|state|autonomous|county|district|island|territorial)\s+"
    r"(?:government|administration|authorities|assembly|executive)\b")
_REGION_HEAD = rxc.lazy(r"(?<![\p{L}\d.’'\-])(?P<name>\p{Lu}[\p{Ll}’'\-]+)\s+(?:Provincial\s+)?(?:Premier|Governor)\s+\p{Lu}")
# Words a name in those places must not be: the start of a sentence's other words, time words.
_NO_NAME = frozenset({"The", "A", "An", "In", "On", "At", "By", "For", "And", "But", "Its", "Their", "This",
                      "That", "These", "Those", "It", "He", "She", "They", "We", "I", "If", "As", "Mr", "Ms",
                      "Mrs", "Dr", "President", "Prime", "Minister", "Deputy", "Chairman", "Secretary", "General",
                      "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                      "February", "March", "April", "May", "June", "July", "August", "September", "October",
                      "November", "December", "Premier", "Governor", "Leader", "Party", "Front", "Movement"})
# Capitalized words after a kind that say it is no body's name but a sentence's next part
# ("the group On Tuesday", "the coalition The"): the name's first word.
_SENTENCE_WORDS = frozenset({"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"})


def _code(name: str) -> str:
    """SCHEMA.md's code for a body that is no state: its short name as the report writes it in
    upper case ("ACT-Velka" is ACT-VELKA), else the initials of its words ("Lantern Party" is LP)."""
    words = name.split()
    if len(words) == 1:
        return name.upper()
    return "".join(w[0] for w in words if w[0].isupper()).upper()


# Words that make a name no side's: a rights group, a think tank, a company or a school.
NO_SIDE_WORDS = frozenset({"Rights", "Watch", "Institute", "Center", "Centre", "Foundation", "University",
                           "Company", "Bank", "Agency", "Crisis", "Research", "Studies", "Press", "News",
                           "Times", "Post", "Radio", "Television", "TV", "Associated"})


def _known(name: str) -> bool:
    """A name the lexicon already files: a state, demonym, capital or organization, or a word of
    a title ("President", "Minister") or a person's given name."""
    words = name.split()
    first = words[0]
    if NO_SIDE_WORDS & set(words):
        return True
    if party_lex.code_of(name) is not None or first in _NO_NAME or first in people_lex.CAPITAL_TITLES:
        return True
    # "Bordurian officials" is no name; "the Nepalese Congress" (a demonym and a party's head word) is
    return party_lex.code_of(first) is not None and not (len(words) > 1 and words[-1] in party_lex.PARTY_HEADS)


def _trim(name: str) -> str:
    """A run of capitalized words ends before a word that starts the next part ("Lantern Party
    Tuesday"), a title ("Lantern Party leader" is cut by case already) or a possessive."""
    words = name.split()
    out: list[str] = []
    for w in words:
        if w in _SENTENCE_WORDS or (w in people_lex.CAPITAL_TITLES and out and out[-1] not in _LINKS):
            break  # "Lantern Party Chairman X"; "Alliance for Justice" keeps its portfolio word
        out.append(w)
        if w.endswith(("’s", "'s")):
            out[-1] = w[:-2]
            break
    while out and out[-1] in _LINKS:
        out.pop()
    return " ".join(out)


_LINKS = frozenset({"of", "for", "and", "the"})


@lru_cache(maxsize=8)
def _described(text: str) -> tuple[tuple[str, str], ...]:
    """(name, code) of the bodies a report names with their kind, and the regions it names
    with their own administration."""
    out: dict[str, str] = {}
    for m in _KIND_BEFORE.finditer(text):
        name = _trim(m.group("name"))
        if not name or _known(name):
            continue
        if " " in name and not m.group("kind") and not party_lex.PARTY_HEADS & set(name.split()):
            # "the opposition Lantern Party": after "opposition" alone, a name of many words ends
            # in a party's head word; a short name of one word needs none
            continue
        out.setdefault(name, _code(name))
    for m in _KIND_AFTER.finditer(text):
        name = _trim(m.group("name"))
        if text.startswith(("’s", "'s"), m.end()) or not (name.isupper() or " " in name):
            continue  # "However, the party's spokesman": a sentence's first word, no name
        if name and not _known(name) and _at_clause_start(text, m.start()):
            out.setdefault(name, _code(name))
    for pattern in (_REGION_GOVERNMENT, _REGION_HEAD):
        for m in pattern.finditer(text):
            name = m.group("name")
            if not _known(name):
                out.setdefault(name, _code(name))
    return tuple(out.items())


def _at_clause_start(text: str, pos: int) -> bool:
    """An apposition names a body at the start of a sentence or clause, or after "the"/"and"."""
    before = text[max(0, pos - 6):pos]
    return pos == 0 or regex.search(r"(?:^|[.;:!?\"“”(\n]\s*|,\s+|\b(?:the|and|by|with)\s+)$", before) is not None


@lru_cache(maxsize=8)
def document_sides(text: str) -> dict[str, str]:
    """Every name of a side the report introduces, with its code: the lexicon's introductions
    ("Full Name (FN)", "Full Name, FN,") and the bodies named with their kind."""
    out = dict(party_lex.introduced_parties(text))
    for name, code in _described(text):
        if any(n != name and n.startswith(name + " ") for n in out):
            continue  # the start of a name the report introduces in full
        # a name the report also introduces with a short name keeps that code
        out.setdefault(name, out.get(name, code))
    # a short name said after its long one ("the Lantern Party (LP)") is one side with it
    return out


@lru_cache(maxsize=8)
def acting_sides(text: str) -> dict[str, str]:
    """The names of :func:`document_sides` a statement's subject can stand for: an introduced
    name with a party's head word ("Front", "Council"), one the report calls ruling or
    opposition ("the ruling Tide Congress (TC)"), and every body named with its kind."""
    out = dict(party_lex.acting_parties(text))
    found = party_lex.introduced_parties(text)
    for name, code in found.items():
        if code in out.values() or code in party_lex.STATES or " " not in name:
            continue
        if _KIND_HEADS & set(name.split()):
            # "the Confederation of Highland Peoples (CHP)": a body's kind as its head word
            out.update({n: c for n, c in found.items() if c == code})
            continue
        if regex.search(rf"\b(?:ruling|opposition|governing|rebel|armed|separatist)\s+(?:the\s+)?{regex.escape(name)}",
                        text):
            out.update({n: c for n, c in found.items() if c == code})
    for name, code in _described(text):
        out.setdefault(name, code)
    # "the State Organization for Oil Marketing (SOOM)", "the National Gas Company": a state's
    # own body or a company is no side of its own
    bodies = {c for n, c in out.items() if n.split()[0] == "State" or COMPANY_WORDS & set(n.split())}
    return {n: c for n, c in out.items() if c not in bodies}


# Words that make an introduced name a company's.
COMPANY_WORDS = frozenset({"Company", "Corporation", "Enterprise", "Enterprises", "Holding", "Holdings"})


# Common nouns that stand for a side in a report that names it: "the government", "the
# transitional authorities", "the junta" (the state
# whose government faces the movement, or the one government named), "the rebels", "the
# coalition" (the one movement the report names, or names far more often than another).
GOVERNMENT_NOUNS = rxc.lazy(
    r"\b[Tt]he\s+(?:(?:[Ff]ederal|[Cc]entral|[Nn]ational|[Tt]ransitional|[Ii]nterim|[Uu]nion|[Cc]oalition)\s+)?"
    r"(?:[Gg]overnment|authorities|junta|regime)(?![\p{L}\-]|[’']s|\s+\p{Lu})(?!\s+of\b)(?!\s+(?:delegation|team|side|negotiators?|forces|troops|army)\b)")
MOVEMENT_NOUNS = rxc.lazy(
    r"\b[Tt]he\s+(?P<noun>rebels|insurgents|guerrillas|coalition|alliance|movement|front|opposition|separatists|"
    r"militia|group)(?![\p{L}\-]|[’']s|\s+\p{Lu})(?!\s+(?:delegation|team|side|negotiators?|leaders?|spokesm[ae]n|"
    r"spokeswoman|chief|'s|’s)\b)")
# A movement named this many times as often as the next is the one "the rebels" stands for.
MOVEMENT_LEAD = 3


@lru_cache(maxsize=8)
def _non_state_sides(text: str) -> tuple[tuple[str, int], ...]:
    """(code, times named) of the sides of a report that are neither a state nor a body of
    states, most named first: those it introduces and the lexicon's movements it names."""
    counts: dict[str, int] = {}
    named: set[str] = set()
    for name, code in acting_sides(text).items():
        if code in party_lex.STATES or code in party_lex.ORGS.values() and code not in party_lex.MOVEMENT_COUNTRY:
            continue
        named.add(name)
        counts[code] = counts.get(code, 0) + len(regex.findall(rf"(?<![\w.]){regex.escape(name)}(?![\w])", text))
    for name, code in party_lex.MOVEMENT_NAMES.items():
        if name in text and name not in named:
            n = len(regex.findall(rf"(?<![\w.]){regex.escape(name)}(?![\w])", text))
            if n:
                counts[code] = counts.get(code, 0) + n
    return tuple(sorted(counts.items(), key=lambda kv: -kv[1]))


def document_movement(text: str) -> str | None:
    """The one side of a report that is neither a state nor a body of states: the only one it
    names, or one named MOVEMENT_LEAD times as often as the next."""
    ranked = _non_state_sides(text)
    if len(ranked) == 1 or (len(ranked) > 1 and ranked[0][1] >= MOVEMENT_LEAD * ranked[1][1]):
        return ranked[0][0]
    return None


# The state a report names this many times as often as the next is the one "the government"
# of its internal conflict stands for, where nothing closer says which.
GOVERNMENT_LEAD = 2


@lru_cache(maxsize=8)
def document_government(text: str) -> str | None:
    """The state "the government" stands for (:func:`document_government_of`, over the
    report's own party mentions)."""
    from parley.reader.recognize.parties import find_parties  # parties imports this module

    return document_government_of(text, [p for p in find_parties(text) if p.how != "metonym"])


def document_government_of(text: str, taken: list[PartyMention]) -> str | None:
    """The state "the government" stands for: the one state the report names as "the Xn
    government" / "X's government", else :func:`parley.lexicon.parties.government_state`
    with the sides this module reads; else, in a report that names a side of its own that is
    no state (an internal conflict), the state of ``taken`` (its party mentions) named
    GOVERNMENT_LEAD times as often as any other."""
    named = party_lex.governments_named(text)
    if len(named) == 1:
        return named.pop()  # the report's own words over the table's country of a movement
    code = party_lex.government_state(text, document_sides(text))
    if code is not None or not _non_state_sides(text):
        return code
    counts: dict[str, int] = {}
    for p in taken:
        if p.code in party_lex.STATES:
            counts[p.code] = counts.get(p.code, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if ranked and (len(ranked) == 1 or ranked[0][1] >= GOVERNMENT_LEAD * ranked[1][1]):
        return ranked[0][0]
    return None


def side_noun_mentions(text: str, taken: list[PartyMention]) -> list[PartyMention]:
    """ "the government", "the Federal Government", "the rebels", "the coalition" as mentions
    of the side they stand for in a report that names both a government's state and one
    movement (none where the report names no movement the nouns could stand for: a report on
    two states' talks keeps "the government" unresolved, as its sentence decides)."""
    if not _non_state_sides(text):
        return []
    movement = document_movement(text)
    government = document_government_of(text, taken)
    out: list[PartyMention] = []
    found: list[tuple[int, int, str]] = []
    if government is not None:
        found += [(m.start(), m.end(), government) for m in GOVERNMENT_NOUNS.finditer(text)]
    if movement is not None:
        found += [(m.start(), m.end(), movement) for m in MOVEMENT_NOUNS.finditer(text)]
    for start, end, code in found:
        # the noun itself, not "the": the article belongs to the phrase
        start += 4
        if any(p.span.start < end and start < p.span.end for p in taken):
            continue
        # a metonym: the clause's subject may be it, the counts of who the main sides are leave it out
        out.append(PartyMention(span=Span(start, end), text=text[start:end], code=code, how="metonym"))
    return out


# "KORVAN spokesman X", "Tessaly Premier X", "the ACT-Velka chairman, X": a role right before a
# name, led by a side's name; "X, of KORVAN", "X, a leader of the Lantern Party": one after it.
_ROLE_WORDS = r"(?:[\p{L}\-]+\s+){0,3}?[\p{L}\-]+"
_OWNER_BEFORE = rxc.lazy(r"(?<![\p{L}\d.’'\-])(?P<owner>\p{Lu}[\p{L}\d’'\-]*(?:\s\p{Lu}[\p{L}\d’'\-]*){0,4}?)"
                         r"(?:[’']s)?\s+(?P<role>" + _ROLE_WORDS + r"),?\s+(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$")
_OWNER_AFTER = rxc.lazy(r",\s+(?:(?:an?|the)\s+(?P<role>" + _ROLE_WORDS + r")\s+)?of\s+(?:the\s+)?"
                        r"(?P<owner>\p{Lu}[\p{L}\d’'\-]*(?:\s+(?:of\s+|for\s+|the\s+)*\p{Lu}[\p{L}\d’'\-]*){0,5})")


# Words that may stand with a role's head word in a side's role ("chief negotiator", "deputy
# secretary-general", "youth wing leader").
_ROLE_MODIFIERS = frozenset({"chief", "senior", "deputy", "vice", "lead", "top", "general", "former", "acting",
                             "interim", "political", "military", "foreign", "party", "national", "regional",
                             "provincial", "press", "youth", "wing", "women's", "executive", "special", "principal",
                             "joint", "co-", "assistant", "external", "relations", "affairs", "council", "bureau",
                             "first", "second", "parliamentary", "legal", "field", "exiled", "opposition"})


def _role_of_side(role: str | None) -> bool:
    """A role of a side's own ("spokesman", "chief negotiator"): a role's head word with its
    modifiers only, no verb or clause between ("KORVAN insists that Minister X" is none)."""
    if role is None:
        return True
    words = [w.lower() for w in role.split()]
    return any(w in people_lex.ROLE_HEADS for w in words) and all(
        w in people_lex.ROLE_HEADS or w in _ROLE_MODIFIERS for w in words)


def side_roles(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """For people named at ``spans`` (start, end): the side, of those the report introduces and
    that are no state, whose role the report gives right before or after the name ("KORVAN
    spokesman X", "X, of KORVAN"). Keys are places in ``spans``."""
    local = {n: c for n, c in document_sides(text).items() if c not in party_lex.STATES}
    if not local:
        return {}
    out: dict[int, str] = {}
    for i, (start, end) in enumerate(spans):
        lo = max(0, start - 120, text.rfind("\n", 0, start) + 1)
        m = _OWNER_BEFORE.search(text, lo, start)
        if m and _role_of_side(m.group("role")):
            owner = regex.sub(r"^(?:The|A|An)\s+", "", m.group("owner"))
            if owner in local:
                out[i] = local[owner]
                continue
        a = _OWNER_AFTER.match(text, end, min(len(text), end + 120))
        if a and _role_of_side(a.group("role")):
            words = a.group("owner").split()
            code = next((local[n] for k in range(len(words), 0, -1) if (n := " ".join(words[:k])) in local), None)
            if code:
                out[i] = code
    return out


# "the panel, with former Zamunian president X as its chair", "the mediation of the Lakes Union, whose
# facilitator is the former Zamunian president X": a former office's demonym gives way to the
# body of states whose mediation the sentence gives the person.
_FORMER_OFFICE = rxc.lazy(r"\bformer\s+(?P<demonym>(?-i:\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+)?))\s+(?:(?:deputy|vice)[\s-]+)?"
                          r"(?:(?:prime\s+)?minister|president|head\s+of\s+state|premier|chancellor|foreign\s+minister|"
                          r"leader)\s+$", regex.I)
# A mediation word that titles another name of the sentence is that person's ("... and the
# Lakes Union envoy Ann Varga"): it gives no body to a former head of state listed beside her.
TITLE_REACH = 30
_MEDIATION_WORDS = rxc.lazy(r"\b(?:mediat\w*|facilitat\w*|chair\w*|panel|envoy|on\s+behalf\s+of|appointed\s+by|"
                            r"special\s+representative|convened\s+by)\b", regex.I)
_BODY_POSSESSIVE = rxc.lazy(r"\b[Tt]he\s+(?:group|bloc|body|organi[sz]ation|community|union|forum|commission)[’']s\s+"
                            r"(?:chair\w*|facilitator|mediator|envoy|head|secretary-general)\b")


def _bodies_of_states(text: str, lo: int, hi: int) -> list[str]:
    """The codes of bodies of states (the lexicon's organizations that are neither a state nor a
    movement) named in text[lo:hi], in order."""
    out: list[str] = []
    for m in regex.finditer(r"(?<![\w.])\p{Lu}[\p{L}\-]*(?:\s+(?:of\s+|for\s+|the\s+|and\s+)*\p{Lu}[\p{L}\-]*){0,6}",
                            text[lo:hi]):
        words = m.group(0).split()
        for i in range(len(words)):
            for k in range(len(words), i, -1):
                code = party_lex.ORGS.get(" ".join(words[i:k]))
                if code and code not in party_lex.STATES and code not in party_lex.MOVEMENT_COUNTRY \
                        and code not in party_lex.STATE_BODIES.values():
                    out.append(code)
                    break
            else:
                continue
            break
    return out


# How far back "the group's chair" looks for the body it names (a few paragraphs).
BODY_BACK = 1500


def _titles_another(text: str, pos: int, starts: list[int]) -> bool:
    """A name of ``starts`` follows ``pos`` within a title's reach, with no mark between."""
    return any(0 <= s0 - pos <= TITLE_REACH and not rxc.search(r"[,.;:()]", text[pos:s0]) for s0 in starts)


def former_office_bodies(text: str, spans: list[tuple[int, int]]) -> dict[int, str]:
    """For people named at ``spans`` after "former <demonym> <office>": the body of states whose
    mediation their sentence gives them (its chair, facilitator, "on behalf of"), named in
    that sentence or, where the sentence says "the group's chair", last before it."""
    out: dict[int, str] = {}
    for i, (start, end) in enumerate(spans):
        m = _FORMER_OFFICE.search(text, max(0, start - 60), start)
        if not m or party_lex.code_of(m.group("demonym")) not in party_lex.STATES:
            continue
        lo = max(text.rfind(". ", 0, start) + 2, text.rfind("\n", 0, start) + 1, 0)
        hi = min([k for k in (text.find(". ", end), text.find("\n", end)) if k >= 0] or [len(text)])
        others = [s0 for j, (s0, _e0) in enumerate(spans) if j != i and lo <= s0 < hi]
        if not any(not _titles_another(text, w.end(), others) for w in _MEDIATION_WORDS.finditer(text, lo, hi)):
            continue
        bodies = _bodies_of_states(text, lo, hi)
        if not bodies and _BODY_POSSESSIVE.search(text, lo, start):
            # "The group's chair, former ... X": the body of states named last before
            bodies = _bodies_of_states(text, max(0, lo - BODY_BACK), lo)[-1:]
        if len(set(bodies)) == 1:
            out[i] = bodies[0]
    return out
