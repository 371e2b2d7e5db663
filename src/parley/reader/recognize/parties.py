"""Text -> PartyMentions: states, demonyms, capitals and metonyms, organizations.

One compiled alternation over the lexicon, longest names first, case-sensitive
(so "US" the state is not "us" the pronoun). Possessives ("Ukraine's") and compounds
("U.S.-Chile", "Chile-Bolivia", "US-led") are found as their parts.
"""

from __future__ import annotations

import re
from functools import lru_cache

from parley.lexicon import parties as lex
from parley.lexicon import people as people_lex
from parley.model import Span
from parley.reader.mentions import PartyMention
from parley.reader.recognize import sides


@lru_cache(maxsize=1)
def _pattern() -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    table: dict[str, tuple[str, str]] = {}
    for name, code in lex.STATE_NAMES.items():
        table[name] = (code, "state")
    for name, code in lex.DEMONYMS.items():
        table.setdefault(name, (code, "demonym"))
    for name, code in lex.CAPITALS.items():
        table.setdefault(name, (code, "capital"))
    for name, code in lex.ORGS.items():
        table.setdefault(name, (code, "organization"))
    alternation = "|".join(re.escape(n) for n in sorted(table, key=len, reverse=True))
    # (?<![\w.]) keeps "US" out of "USA"-like tokens and "U.S." whole; the tail allows 's, -led, -Chile.
    # every name starts with a capital: the lookahead lets the engine skip other positions fast
    return re.compile(rf"(?=[A-ZÀ-Þ])(?<![\w.])(?:{alternation})(?![\w]|\.\w)"), table


# Geographic nouns that make a state's name part of a region's: "the Niger Delta", "the Korea
# Strait" ("Valley", "Basin", "River" and "Lake" keep the state: lexicon KEEPS_STATE_AFTER).
_PLACE_AFTER = re.compile(r" (?:Delta|Peninsula|Strait|Highlands|Plateau|Corridor|Plains|Desert|Estuary)(?!\w)")


_GIVEN_NAME_NEXT = re.compile(r" ([A-Z]\.|[A-Z][a-z]+)(?!\w)")


def _introduced_mentions(text: str, taken: list[PartyMention]) -> list[PartyMention]:
    """Mentions of the sides a report introduces with a short name ("the Coastal Front (CF)"):
    the short name and the full name wherever they stand, outside the lexicon's matches; a
    lexicon match of one of those names takes the report's code ("(KIO)" over the table's)."""
    local = sides.acting_sides(text)
    if not local:
        return []
    alternation = "|".join(re.escape(n) for n in sorted(local, key=len, reverse=True))
    out: list[PartyMention] = []
    for m in re.finditer(rf"(?<![\w.])(?:{alternation})(?![\w]|\.\w)", text):
        if any(p.span.start < m.end() and m.start() < p.span.end for p in taken):
            continue
        tail = text[m.end() : m.end() + 2]
        how = "possessive" if tail in ("'s", "’s") else "organization"
        out.append(PartyMention(span=Span(m.start(), m.end()), text=m.group(0), code=local[m.group(0)], how=how))
    return out


# The last report's mentions: people (through ``sides.document_government``) and then
# ``recognize`` ask for the same text's, one after the other (issue 8).
# One (text, mentions) pair, read and replaced whole, so that two threads never mix reports.
_LAST: list[tuple[str, tuple[PartyMention, ...]]] = [("", ())]
CALLS = {"found": 0}  # how many times the mentions were found, not taken from ``_LAST`` (tests)


def find_parties(text: str) -> list[PartyMention]:
    last_text, last = _LAST[0]
    if last_text == text and text:
        return list(last)
    out = _find_parties(text)
    _LAST[0] = (text, tuple(out))
    return out


def _find_parties(text: str) -> list[PartyMention]:
    CALLS["found"] += 1
    pattern, table = _pattern()
    local = sides.acting_sides(text)
    out: list[PartyMention] = []
    for m in pattern.finditer(text):
        name = m.group(0)
        if name in lex.GIVEN_NAME_STATES:
            nxt = _GIVEN_NAME_NEXT.match(text, m.end())
            if nxt and nxt.group(1) not in people_lex.CAPITAL_TITLES and nxt.group(1) not in lex.KEEPS_STATE_AFTER:
                continue  # "Chad Hollis said": a person's given name ("Chad President X" is the state)
        if table[name][1] == "state" and _PLACE_AFTER.match(text, m.end()):
            continue  # "the Niger Delta": a region named after a state
        code, how = table[name]
        code = local.get(name, code) if how == "organization" else code
        tail = text[m.end() : m.end() + 2]
        if tail in ("'s", "’s"):
            how = "possessive"
        out.append(PartyMention(span=Span(m.start(), m.end()), text=name, code=code, how=how))
    if local:
        # a side's own longer name beats a state inside it ("the Niger Coast Front (NCF)")
        own = _introduced_mentions(text, [])
        out = [p for p in out if not any(o.span.start < p.span.end and p.span.start < o.span.end
                                         and o.span.end - o.span.start > p.span.end - p.span.start for o in own)]
        out.extend(_introduced_mentions(text, out))
    # "the government", "the rebels" in a report that names its movement (sides.py)
    out.extend(sides.side_noun_mentions(text, out))
    out.sort(key=lambda p: p.span.start)
    return out


_MEDIATED = re.compile(
    r"(?<![\w.])(?P<who>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)-(?:" + "|".join(lex.MEDIATION_SUFFIXES) + r")\b"
)


def find_mediation_adjectives(text: str) -> list[tuple[Span, str]]:
    """ "U.S.-brokered", "Turkish-hosted", "US-led": (span, party code) of the mediator."""
    out: list[tuple[Span, str]] = []
    if not any(f"-{suffix}" in text for suffix in lex.MEDIATION_SUFFIXES):
        return out  # the common case, found without running the pattern
    for m in _MEDIATED.finditer(text):
        code = lex.code_of(m.group("who"))
        if code:
            out.append((Span(m.start(), m.end()), code))
    return out
