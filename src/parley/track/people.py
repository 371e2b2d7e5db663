"""One person across reports and transliterations.

Takes the actors of many records (``ActorMention``); gives ``TrackedActor``s and
a map from (doc id, record actor id) to the tracked actor's id.

Names are compared on the transliteration-folding keys of ``parley.names`` (the same
the reader links mentions with). Equal keys are not enough to merge: the first names
must agree (same name, same initial, or one side gives none) and the affiliations must
not differ. A surname that is only *like* another (Kerimov and Karimov: one letter
apart, so a fuzzy ratio of 0.86) merges only with the same first name and the same
party or a shared role word: string likeness alone never merges two people.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import replace
from difflib import SequenceMatcher
from functools import lru_cache

from parley.names import fold_text as _fold_text
from parley.names import fold_token
from parley.track.model import ActorMention, Cited, Conflict, TrackedActor, content_id

# The same names and roles come back in every report: folded once each (a pure function).
fold_text = lru_cache(maxsize=1 << 16)(_fold_text)

# Two folded surnames this alike (difflib ratio) are candidates for one person, if
# the context agrees. Set on transliteration pairs the folding does not reach:
# Haqqani/Hakkani 0.88, Hladkov/Gladkov 0.83, Petrov/Petrow (after w->v: equal);
# and kept above the ratio of different people's names that differ early:
# Kerimov/Karimov 0.86 is blocked by context, not by this threshold.
SURNAME_LIKENESS_MIN = 0.8

# Honorifics and particles that are not part of a name's identity.
_DROP_TOKENS = frozenset({
    "mr", "mrs", "ms", "dr", "sir", "sheikh", "jr", "sr", "seyed", "seyyed", "sayyid", "sayed", "said",
    "ayatollah", "emir", "prince", "king", "gen", "general", "col", "president", "secretary", "minister",
})
# A surname this short after folding ("J", "Yo" -> "o") says too little to merge on.
MIN_SURNAME_CHARS = 3
# Name particles: kept in the key but never taken as the surname on their own.
_PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "de", "van", "von", "der", "da", "abu", "ben"})

# Role words too common to show that two mentions are one person ("minister").
_WEAK_ROLE_WORDS = frozenset({
    "the", "of", "and", "for", "a", "an", "to", "s", "minister", "president", "head", "chief", "office",
    "deputy", "first", "senior", "former", "special", "state", "national", "council",
})

@lru_cache(maxsize=65536)
def name_tokens(name: str) -> tuple[str, ...]:
    """The folded words of a personal name, honorifics dropped."""
    words = [w for w in fold_text(name).split() if w not in _DROP_TOKENS]
    return tuple(fold_token(w) for w in words if w)


@lru_cache(maxsize=65536)
def surname_key(name: str) -> str:
    toks = [t for t in name_tokens(name) if t]
    while len(toks) > 1 and toks[-1] in _PARTICLES:
        toks.pop()
    return toks[-1] if toks else ""


@lru_cache(maxsize=65536)
def given_key(name: str) -> str | None:
    """The folded first name (honorifics dropped: ``Seyed Reza Tabari`` gives ``reza``);
    None for a surname alone. Only the first counts: in ``Karim bin Wadih Al Varna`` the
    father's name ``Wadih`` must not make him ``Wadih bin Omar Al Varna``."""
    toks = list(name_tokens(name))
    while len(toks) > 1 and toks[-1] in _PARTICLES:
        toks.pop()
    return toks[0] if len(toks) >= 2 else None


@lru_cache(maxsize=65536)
def full_key(name: str) -> str | None:
    """The whole folded name, for names of two words or more."""
    toks = name_tokens(name)
    return " ".join(toks) if len(toks) >= 2 else None


def given_names_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """One side gives no first name, or every first name of one agrees with every one of the other."""
    return all(first_names_agree(x, y) for x in a for y in b)


def first_names_agree(a: str, b: str) -> bool:
    """Same first name or same initial (``K. T. Varga``/``KT Varga``)."""
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    # Yevhen/Yevgeny, Hryhorii/Grigory: the folding leaves small differences in first names
    return a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= SURNAME_LIKENESS_MIN


def role_words(roles: Iterable[str]) -> frozenset[str]:
    words: set[str] = set()
    for r in roles:
        words.update(w for w in fold_text(r).split() if w not in _WEAK_ROLE_WORDS and len(w) > 2)
    return frozenset(words)


class _Group:
    """Mentions believed to be one person, with what the merge test needs."""

    __slots__ = ("full", "given", "mentions", "parties", "roles", "surname")

    def __init__(self, m: ActorMention) -> None:
        self.mentions = [m]
        self.surname = surname_key(m.actor.name)
        self.given = {g for g in [given_key(m.actor.name)] if g}
        self.full = {f for f in [full_key(m.actor.name)] if f}
        self.parties = {m.actor.affiliation} if m.actor.affiliation else set()
        self.roles = set(role_words(m.actor.roles))

    def absorb(self, other: _Group) -> None:
        self.mentions.extend(other.mentions)
        self.given |= other.given
        self.full |= other.full
        self.parties |= other.parties
        self.roles |= other.roles


def _is_fuller(short: str, long: str) -> bool:
    """``long`` is ``short`` with middle names added: same first and last word, every word
    of ``short`` in ``long`` in order (``Anna Kovic``, ``Anna Maria Kovic``)."""
    s, t = short.split(), long.split()
    if len(s) < 2 or len(t) <= len(s) or s[0] != t[0] or s[-1] != t[-1]:
        return False
    rest = iter(t)
    return all(w in rest for w in s)


def _compatible(a: _Group, b: _Group) -> bool:
    if a.full & b.full:
        return True  # the same full name: one person even where reports give different parties
    if any(_is_fuller(x, y) or _is_fuller(y, x) for x in a.full for y in b.full):
        return True  # the same name with a middle name: as one full name (the bodies may differ)
    if len(a.surname) < MIN_SURNAME_CHARS or len(b.surname) < MIN_SURNAME_CHARS:
        return False
    if a.parties and b.parties and not (a.parties & b.parties):
        return False
    if not given_names_agree(frozenset(a.given), frozenset(b.given)):
        return False
    if a.surname == b.surname:
        return True
    # only alike: demand a first name in common and the same party or a shared role word
    if SequenceMatcher(None, a.surname, b.surname).ratio() < SURNAME_LIKENESS_MIN:
        return False
    same_given = any(x == y for x in a.given for y in b.given)
    return same_given and bool((a.parties & b.parties) or (a.roles & b.roles))


def _fit(h: _Group, g: _Group) -> tuple[int, int, int, int]:
    """How well a mention fits a group: the same first name, party, role words, then size."""
    same_given = int(bool(h.given & g.given))
    same_party = int(bool(h.parties & g.parties))
    same_role = int(bool(h.roles & g.roles))
    return (same_given, same_party, same_role, len(h.mentions))


def _best(pool: list[_Group], g: _Group) -> _Group | None:
    """The group a mention joins among those it fits.

    One fits: that one. Several (a bare "Kerimov" once "Timur Kerimov" and "Rinat Kerimov"
    exist): the one it agrees with best on first name, party and role, then the one most
    reports mean by that name, if it leads clearly (twice the mentions of the next); a
    tie stays apart rather than guess.
    """
    if not pool:
        return None
    if len(pool) == 1:
        return pool[0]
    ranked = sorted(pool, key=lambda h: _fit(h, g), reverse=True)
    a, b = _fit(ranked[0], g), _fit(ranked[1], g)
    if a[:3] > b[:3] or a[3] >= 2 * b[3]:
        return ranked[0]
    return None


@lru_cache(maxsize=65536)
def person_block(name: str, kind: str) -> str:
    """The block a name is merged in: people whose names could be one person share it.

    People: the folded surname reduced to its consonant skeleton (Kerimov, Kierimov,
    Karimov: ``krmv``), so transliterations meet while the merge rules decide; others:
    the folded name.
    """
    if kind != "person":
        return "o:" + fold_text(name)
    sur = surname_key(name)
    if len(sur) < MIN_SURNAME_CHARS:
        return "p:" + sur
    skel = sur[0] + "".join(c for c in sur[1:] if c not in "aeiouyhwj")
    skel = skel.replace("q", "k").replace("c", "k")
    out: list[str] = []
    for ch in skel:
        if not out or out[-1] != ch:
            out.append(ch)
    return "p:" + "".join(out)


def merge_actors(mentions: Iterable[ActorMention]) -> tuple[tuple[TrackedActor, ...], dict[tuple[str, str], str]]:
    """Group actor mentions into people (and organizations, states); order-independent."""
    ms = sorted(mentions, key=lambda m: (-len(name_tokens(m.actor.name)), fold_text(m.actor.name),
                                         m.source.doc_id, m.actor.id))
    groups: list[_Group] = []
    by_kind_surname: dict[tuple[str, str], list[_Group]] = defaultdict(list)
    people_by_initial: dict[str, list[_Group]] = defaultdict(list)
    people_by_full: dict[str, list[_Group]] = defaultdict(list)
    # one full name is one person whatever party a report gives it (a slip of one
    # outlet must not split a president): mentions of one full name start as one group
    units: list[_Group] = []
    by_full: dict[str, _Group] = {}
    for m in ms:
        f = full_key(m.actor.name) if m.actor.kind == "person" else None
        if f and f in by_full:
            by_full[f].absorb(_Group(m))
            continue
        unit = _Group(m)
        if f:
            by_full[f] = unit
        units.append(unit)
    for g in units:
        m = g.mentions[0]
        if m.actor.kind != "person":
            key = ("org", fold_text(m.actor.name))
            found = by_kind_surname.get(key)
            if found:
                found[0].absorb(g)
            else:
                by_kind_surname[key].append(g)
                groups.append(g)
            continue
        # Fullest names come first, so a bare surname ("Kerimov") meets the full names it may
        # belong to; it joins only when exactly one person fits, otherwise it stays apart.
        # only people whose surname starts or ends alike (Qasimi/Ghasimi, Alfarsi/Farsi),
        # or who share a full name, can be one person: an index keeps this near linear on
        # large stores
        near = {id(h): h for h in people_by_initial.get(g.surname[:1], ())}
        near.update({id(h): h for h in people_by_initial.get("~" + g.surname[-3:], ())})
        for f in g.full:
            near.update({id(h): h for h in people_by_full.get(f, ())})
        candidates = [h for h in near.values() if _compatible(h, g)]
        exact = [h for h in candidates if h.surname == g.surname]
        target = _best(exact or candidates, g) or g
        if target is g:
            groups.append(g)
            people_by_initial[g.surname[:1]].append(g)
            people_by_initial["~" + g.surname[-3:]].append(g)
        else:
            target.absorb(g)
        for f in g.full:
            if target not in people_by_full[f]:
                people_by_full[f].append(target)

    actors: list[TrackedActor] = []
    mapping: dict[tuple[str, str], str] = {}
    taken: set[str] = set()
    groups.sort(key=lambda g: min((m.source.doc_id, m.actor.id) for m in g.mentions))
    for g in groups:
        actor = _tracked(g)
        first = min((m.source.doc_id, m.actor.id) for m in g.mentions)
        actor = replace(actor, id=_unique_id(actor.id, taken, *first))
        actors.append(actor)
        for m in g.mentions:
            mapping[(m.source.doc_id, m.actor.id)] = actor.id
    actors.sort(key=lambda a: (fold_text(a.name), a.id))
    return tuple(actors), mapping


def _unique_id(base: str, taken: set[str], *more: object) -> str:
    """``base``, or a longer content id where two items would otherwise share it."""
    ident = base
    if ident in taken:
        ident = content_id(base[0], base, *more)
    taken.add(ident)
    return ident


def _tracked(g: _Group) -> TrackedActor:
    names = Counter(m.actor.name for m in g.mentions)
    # the fullest spelling, then the most used, then alphabetical: stable across runs
    name = sorted(names, key=lambda n: (-len(name_tokens(n)), -names[n], n))[0]
    kind = Counter(m.actor.kind for m in g.mentions).most_common(1)[0][0]
    affs: dict[str, set[str]] = defaultdict(set)
    for m in g.mentions:
        if m.actor.affiliation:
            affs[m.actor.affiliation].add(m.source.doc_id)
    affiliation = sorted(affs, key=lambda a: (-len(affs[a]), a))[0] if affs else None
    conflicts: tuple[Conflict, ...] = ()
    if len(affs) > 1:
        conflicts = (Conflict(field="affiliation", values=tuple(
            Cited(value=a, sources=tuple(sorted(affs[a]))) for a in sorted(affs, key=lambda a: (-len(affs[a]), a)))),)
    roles: list[str] = []
    seen_roles: set[str] = set()
    for m in sorted(g.mentions, key=lambda m: (m.source.published or "", m.source.doc_id)):
        for r in m.actor.roles:
            if fold_text(r) not in seen_roles:
                seen_roles.add(fold_text(r))
                roles.append(r)
    # the id rests on the folded surname and first initial: adding reports that spell the
    # name differently does not change it
    given = sorted(g.given)
    ident = (kind, g.surname, given[0][0] if given else "") if kind == "person" else (kind, fold_text(name))
    return TrackedActor(id=content_id("a", *ident, affiliation or ""), name=name, kind=kind,
                        names=tuple(sorted(names)), roles=tuple(roles), affiliation=affiliation,
                        mentions=tuple(g.mentions), conflicts=conflicts)
