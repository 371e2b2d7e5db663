"""Positions told by several outlets, and what became of commitments.

Takes ``StatementMention``s; gives ``TrackedStatement``s (one per position or
step, every report kept, disagreeing figures flagged), ``Position``s (party x
issue over time) and ``Commitment``s (each agreement or offer with the steps
reported as carried out after it, and how far they got).

Accounts are one statement when they have the same act, the same parties and the
same issue, and fall within ``SAME_STATEMENT_GAP_DAYS`` of each other; two steps
carried out on explicitly different days (two stages of an exchange) never merge.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from parley.lexicon.acts import PEOPLE_UNIT_PATTERN
from parley.model import Quantity
from parley.track.model import (
    Cited,
    Commitment,
    Conflict,
    Position,
    Process,
    StatementMention,
    TrackedStatement,
    brokered,
    content_id,
)

# Outlets report one announcement over a few days (wire copy the same day,
# weeklies and explainers later); a restatement weeks later is a new data point in
# how the position moved, so it is kept apart. Chains are capped at
# ``MAX_STATEMENT_SPAN_DAYS`` so a position restated daily still shows its history.
SAME_STATEMENT_GAP_DAYS = 3
MAX_STATEMENT_SPAN_DAYS = 7
# Steps carried out count toward a commitment made up to this long before them: the
# stages of an agreed exchange can run over months.
COMMITMENT_HORIZON_DAYS = 365

COMMITMENT_ACTS = ("agree", "offer")
_EXCHANGE_ISSUES = ("prisoner_exchange", "remains_repatriation")
_ACT_RANK = {"agree": 0, "offer": 1, "implement": 2}

# Units that count people: numbers in these add up across the stages of an exchange.
_PEOPLE_UNITS = re.compile(PEOPLE_UNIT_PATTERN, re.I)
_DAYS_PER_UNIT = {"hour": 1 / 24, "day": 1.0, "week": 7.0, "month": 30.0, "year": 365.0}


def unit_family(unit: str | None) -> str | None:
    """``people``, ``days`` or the unit itself; None when the report gives none."""
    if not unit:
        return None
    u = unit.lower()
    if _PEOPLE_UNITS.search(u):
        return "people"
    if any(u.startswith(k) for k in _DAYS_PER_UNIT):
        return "days"
    return u


def _in_days(q: Quantity) -> tuple[float | None, float | None, float | None]:
    u = (q.unit or "").lower()
    f = next((v for k, v in _DAYS_PER_UNIT.items() if u.startswith(k)), 1.0)
    return tuple(None if x is None else round(x * f, 6) for x in (q.value, q.low, q.high))  # type: ignore[return-value]


def total(q: Quantity, n_sides: int) -> float | None:
    """The whole number a quantity stands for: ``1,200 each`` between two sides is 2,400."""
    if q.value is None:
        return None
    return q.value * n_sides if q.per_party else q.value


def same_figure(a: Quantity, b: Quantity, n_sides: int) -> bool:
    """Two figures agree: same numbers, the same length of time in other units, or the
    same total said per side in one report and in all in the other."""
    fa, fb = unit_family(a.unit), unit_family(b.unit)
    if fa == "days" and fb == "days":
        return _in_days(a) == _in_days(b)
    if (a.value, a.low, a.high) == (b.value, b.low, b.high) and a.per_party == b.per_party:
        return True
    ta, tb = total(a, n_sides), total(b, n_sides)
    return ta is not None and ta == tb


def _sides(actors: Sequence[str], issue: str) -> int:
    # an exchange has two sides even where a mediator is named among its actors
    return 2 if issue in _EXCHANGE_ISSUES else max(1, len(actors))


def describe_quantity(q: Quantity) -> str:
    """A figure as a reader writes it: ``1,200 each``, ``157 prisoners each``, ``24-48 hours``,
    ``at least 40 lives``, ``1 week``."""
    def n(x: float | None) -> str:
        return "" if x is None else (f"{int(x):,}" if float(x).is_integer() else str(x))

    if q.value is not None:
        core = n(q.value)
    elif q.low is not None and q.high is not None:
        core = f"{n(q.low)}-{n(q.high)}"
    else:
        core = ""
    approx = "~" if q.approximate else ""
    if q.value is None and (q.low is None) != (q.high is None):
        parts = [f"at least {approx}{n(q.low)}" if q.low is not None else f"up to {approx}{n(q.high)}"]
    else:
        parts = [(approx if core else "") + core]
    if q.unit:
        unit = q.unit
        if q.value == 1 and unit.endswith("s") and not unit.endswith("ss"):
            unit = unit[:-1]  # 1 weeks -> 1 week
        parts.append(unit)
    if q.per_party:
        parts.append("each")  # after the noun: "40 detainees each", never "40 each detainees"
    return " ".join(p for p in parts if p)


# ------------------------------------------------------------ merging

def _canonical(m: StatementMention) -> tuple:
    return (m.day or date.max, m.source.doc_id, m.statement.id)


def cluster_statements(mentions: Iterable[StatementMention]) -> list[list[StatementMention]]:
    by_key: dict[tuple, list[StatementMention]] = defaultdict(list)
    for m in mentions:
        s = m.statement
        by_key[(s.act, frozenset(s.actors), s.issue)].append(m)
    out: list[list[StatementMention]] = []
    for key in sorted(by_key, key=lambda k: (k[0], sorted(k[1]), k[2])):
        ms = sorted(by_key[key], key=_canonical)
        current: list[StatementMention] = []
        for m in ms:
            if current and _continues(current, m):
                current.append(m)
            else:
                if current:
                    out.append(current)
                current = [m]
        if current:
            out.append(current)
    return out


def _continues(group: list[StatementMention], m: StatementMention) -> bool:
    last = group[-1]
    if m.day is None or last.day is None:
        return m.day is None and last.day is None
    first_day = next(x.day for x in group if x.day is not None)
    assert first_day is not None
    if (m.day - last.day).days > SAME_STATEMENT_GAP_DAYS or (m.day - first_day).days > MAX_STATEMENT_SPAN_DAYS:
        return False
    if m.dated:
        # steps carried out on different days are different steps, however close
        for x in group:
            if x.dated and x.day is not None and abs((m.day - x.day).days) > 1:
                return False
    return True


def merge_statement_group(group: Sequence[StatementMention], process: str | None = None) -> TrackedStatement:
    s0 = group[0].statement
    conflicts: list[Conflict] = []
    n_sides = _sides(s0.actors, s0.issue)

    # figures: group agreeing figures, the one most reports give first
    figures: list[tuple[Quantity, set[str]]] = []
    for m in group:
        q = m.statement.quantity
        if q is None or (q.value is None and q.low is None and q.high is None):
            continue
        for known, docs in figures:
            if same_figure(known, q, n_sides):
                docs.add(m.source.doc_id)
                break
        else:
            figures.append((q, {m.source.doc_id}))
    figures.sort(key=lambda f: (-len(f[1]), min(f[1]), describe_quantity(f[0])))
    quantity = figures[0][0] if figures else None
    if len(figures) > 1:
        conflicts.append(Conflict(field="quantity", values=tuple(
            Cited(value=describe_quantity(q), sources=tuple(sorted(d))) for q, d in figures)))

    deadlines: dict[str, set[str]] = defaultdict(set)
    for m in group:
        if m.statement.deadline:
            deadlines[m.statement.deadline].add(m.source.doc_id)
    deadline = sorted(deadlines, key=lambda d: (-len(deadlines[d]), d))[0] if deadlines else None
    if len(deadlines) > 1:
        conflicts.append(Conflict(field="deadline", values=tuple(
            Cited(value=d, sources=tuple(sorted(deadlines[d])))
            for d in sorted(deadlines, key=lambda d: (-len(deadlines[d]), d)))))

    days = [m.day for m in group if m.day is not None]
    first = min(days).isoformat() if days else None
    speakers = tuple(sorted({m.speaker for m in group if m.speaker}))
    targets = tuple(sorted({t for m in group for t in m.statement.target}))
    ident = content_id("s", s0.act, ",".join(sorted(s0.actors)), s0.issue, first or "undated", process or "")
    return TrackedStatement(
        id=ident, process=process, dated=any(m.dated for m in group), act=s0.act, actors=tuple(sorted(s0.actors)), issue=s0.issue, date=first,
        quantity=quantity, deadline=deadline, speakers=speakers, targets=targets,
        mentions=tuple(group), conflicts=tuple(conflicts))


def merge_statements(mentions: Iterable[StatementMention], process: str | None = None,
                     ) -> tuple[TrackedStatement, ...]:
    """One block's statements (one process, act, parties and issue) merged."""
    merged = [merge_statement_group(g, process) for g in cluster_statements(mentions)]
    seen: dict[str, int] = defaultdict(int)
    out = []
    for s in merged:
        seen[s.id] += 1
        if seen[s.id] > 1:  # the same key restated within one day window twice over: keep ids apart
            s = replace(s, id=content_id("s", s.id, seen[s.id]))
        out.append(s)
    return tuple(out)


# ------------------------------------------------------------ positions

def build_positions(statements: Iterable[TrackedStatement]) -> tuple[Position, ...]:
    """One row per process, party and issue: what that party did on it there, oldest first.
    Processes are kept apart, so a party's ceasefire acts in two conflicts are two rows."""
    rows: dict[tuple[str, str, str], list[TrackedStatement]] = defaultdict(list)
    for s in statements:
        for party in s.actors:
            rows[(s.process or "", party, s.issue)].append(s)
    out = []
    for (_process, party, issue), history in sorted(rows.items()):
        history.sort(key=lambda s: (s.date or "9999", s.act, s.id))
        out.append(Position(party=party, issue=issue, history=tuple(history)))
    return tuple(out)


def position_key(p: Position) -> tuple[str, str, str]:
    return (p.latest.process or "", p.party, p.issue)


# ------------------------------------------------------------ commitments

# A commitment stated again this soon, with the same figure and no step in between, is
# the same commitment told again (wire copy, explainers), not a new one.
RESTATEMENT_DAYS = 30
# Two accounts of a step with the same figure this close, one of them dated only by its
# report, are one step (the exchange of Friday told again on Monday).
SAME_STEP_DAYS = 3
BREACH_ACTS = ("accuse",)
LEDGER_ACTS = (*COMMITMENT_ACTS, "implement", *BREACH_ACTS)
UNNAMED_ISSUE = "other"  # the reader's issue for an act with no issue word
# One side's pledge told within this many days of an agreement it is party to, on the same
# issue and with no other figure ("A said it would keep to the truce"), is that agreement
# told from one side, not a second commitment.
SIDE_PLEDGE_DAYS = SAME_STATEMENT_GAP_DAYS
# An accusation breaks a commitment only where its sentence says something was broken:
# "accused B of violating the truce" is a breach; "criticized the allies for not helping",
# "accused A of undermining the talks" blame without saying what was broken.
_BREACH_WORDS = re.compile(r"\b(?:violat\w*|breach\w*|break(?:s|ing)?|broke|broken|reneg\w*|flout\w*)\b", re.I)


# An offer whose sentence sets a condition on it ("would pause if B commits", "ready to
# withdraw, but only if B does the same", "subject to B reopening the strait", "in exchange
# for a lifting of sanctions") is a proposal, not a commitment: it binds no one until it is
# agreed, and the agreement is then the commitment. "if" that asks ("asked if", "unclear
# if") or concedes ("even if", "as if") sets no condition.
_CONDITION_WORDS = re.compile(
    r"\b(?:if|unless|provided(?: that)?|providing|on (?:the )?conditions? (?:that|of)|as long as|so long as|"
    r"only when|subject to|contingent (?:up)?on|conditional (?:up)?on|in exchange for|in return for)\b", re.I)
_NO_CONDITION = re.compile(
    r"\b(?:even|as|asked|asking|asks|ask|wondered|wonder|unclear|clear|know|knows|see|decide|sure|whether)\s+if\b",
    re.I)


def conditional(s: TrackedStatement) -> bool:
    """An offer its own (first) sentence makes conditional: no commitment until agreed."""
    return s.act == "offer" and bool(s.text and _CONDITION_WORDS.search(_NO_CONDITION.sub(" ", s.text)))


# A step's sentence may place it in a month or a year ("the detainees went home in October",
# "the first pause was kept in 2031") before the day it is filed under (its
# report's day, or a weekday of it): an explainer's past. Such a step carries out no
# commitment made after that time, and is never listed as an exchange carried out at once
# (its day is not its date).
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                "october", "november", "december")
_PLACED = re.compile(
    r"\b(?:in|during)\s+(?:(?:early|mid|late)[- ]\s*)?(?:(?P<month>" + "|".join(_MONTH_NAMES) +
    r")(?:\s*,?\s*(?P<y1>(?:19|20)\d\d))?|(?P<y2>(?:19|20)\d\d))\b", re.I)


def placed_before(s: TrackedStatement) -> date | None:
    """The last day of the earliest month or year the statement's (first) sentence places
    it in, where that ends before the statement's own day; None otherwise. A month without
    a year is the last such month on or before the day (what is told as done is past)."""
    day = _day(s)
    if day is None or not s.text:
        return None
    ends = []
    for m in _PLACED.finditer(s.text):
        year_text = m.group("y1") or m.group("y2")
        if m.group("month"):
            month = _MONTH_NAMES.index(m.group("month").lower()) + 1
            year = int(year_text) if year_text else (day.year if month <= day.month else day.year - 1)
        else:
            month, year = 12, int(year_text)
        first_next = date(year + (month == 12), month % 12 + 1, 1)
        ends.append(first_next - timedelta(days=1))
    end = min(ends, default=None)
    return end if end is not None and end < date(day.year, day.month, 1) else None


def speaks_of_breach(s: TrackedStatement) -> bool:
    # the first sentence only: what the store keeps of a statement read back without its
    # mentions, so that the store's ledger and a rebuild agree
    return bool(s.text and _BREACH_WORDS.search(s.text))


def _day(s: TrackedStatement) -> date | None:
    return date.fromisoformat(s.date) if s.date else None


def _parties_match(commitment: TrackedStatement, step: TrackedStatement) -> bool:
    common = set(commitment.actors) & set(step.actors)
    return len(common) >= min(2, len(commitment.actors), len(step.actors))


def _same_or_none(a: Quantity | None, b: Quantity | None, n_sides: int) -> bool:
    """No figure on one side, the same figure, or one side's share of it ("314 prisoners"
    and "157 for 157": reports differ on whether a swap's number is per side)."""
    if a is None or b is None or same_figure(a, b, n_sides):
        return True
    if a.value is None or b.value is None or n_sides < 2:
        return False
    if unit_family(a.unit) not in (None, "people") or unit_family(b.unit) not in (None, "people"):
        return False
    return a.value * n_sides == b.value or b.value * n_sides == a.value


def ledger_parents(processes: Iterable[Process]) -> dict[str, Process]:
    """Bilateral processes whose ledger is kept with a brokered one: the process of one side
    and its broker (``p-ald-usa``) -> the process of the two sides that broker mediates
    (``p-ald-brd`` with the US among its mediators), where only one such process fits.

    A broker agrees a truce with each side apart (one statement with each, days apart);
    the two are one commitment of the brokered process (``_parallel``), while everything
    else of the bilateral process stays its own."""
    procs = {p.id: p for p in processes}
    fits: dict[str, set[str]] = defaultdict(set)
    for p in procs.values():
        if len(p.sides) != 2:
            continue
        for side in p.sides:
            for broker in p.mediators:
                pair = "p-" + "-".join(sorted((side, broker))).lower()
                if pair in procs and pair != p.id:
                    fits[pair].add(p.id)
    parents = {pair: procs[next(iter(into))] for pair, into in fits.items() if len(into) == 1}
    # one level only: a brokered process is nobody's bilateral half
    return {pair: parent for pair, parent in parents.items() if pair not in {q.id for q in parents.values()}}


def ledger_key(process: str | None, parents: dict[str, Process]) -> str:
    """The ledger a statement's commitments are kept in: its process, or the brokered
    process its bilateral process is half of."""
    own = process or ""
    return parents[own].id if own in parents else own


def build_commitments(statements: Iterable[TrackedStatement], processes: Iterable[Process] = (),
                      ) -> tuple[Commitment, ...]:
    """Each agreement or offer with the steps carried out after it, one ledger per process
    (with the bilateral halves of a brokered process, ``ledger_parents``).

    A step goes to the latest matching commitment made on or before its day (the
    same process and issue, the sides in common), agreements before offers: the
    exchanges after the July agreement count toward it, not toward an older one. An
    accusation of breach on the same issue after a commitment is a step of its own kind.
    """
    parents = ledger_parents(processes)
    by_parent = {p.id: p for p in parents.values()}
    by_key: dict[str, list[TrackedStatement]] = defaultdict(list)
    for s in statements:
        if s.act in LEDGER_ACTS:
            by_key[ledger_key(s.process, parents)].append(s)
    out: list[Commitment] = []
    for key in sorted(by_key):
        out.extend(_ledger(by_key[key], by_parent.get(key)))
    out.sort(key=lambda c: (c.statement.date or "9999", c.statement.id))
    return tuple(out)


def _ledger(items: list[TrackedStatement], parent: Process | None = None) -> list[Commitment]:
    """The commitments of one process (all its issues; with ``parent``, the brokered process
    whose bilateral halves are among ``items``)."""
    order = sorted(items, key=lambda s: (s.date or "9999", s.id))
    # agreements before offers of the same day, so that a side's pledge finds the agreement;
    # a conditional offer is a proposal, no commitment until agreed
    made = sorted((s for s in order if s.act in COMMITMENT_ACTS and not conditional(s)),
                  key=lambda s: (s.date or "9999", _ACT_RANK[s.act], s.id))
    steps = [s for s in order if s.act == "implement"]
    breaches = [s for s in order if s.act in BREACH_ACTS and speaks_of_breach(s)]

    # restatements fold into the commitment they repeat; first, an offer read out of the
    # very sentences of an agreement ("A and B agreed that A remains committed to ...") is
    # that agreement, not a second commitment, and one agreement read under two issues
    # ("a local truce to repair the lines of the nuclear plant") is one commitment
    heads: list[TrackedStatement] = []
    restated: dict[str, list[TrackedStatement]] = defaultdict(list)
    made, folded = _fold_same_sentences(made)
    made, across = _fold_across_issues(made)
    folded += across
    issues: dict[str, set[str]] = defaultdict(set)
    for c, into in across:
        issues[into.id].add(c.issue)
    head_of: dict[str, str] = {}
    for c in made:
        cday = _day(c)
        prev: TrackedStatement | None = None
        for h in reversed(heads):
            hday = _day(h)
            if h.issue != c.issue or hday is None or cday is None:
                continue
            pledge = h.act == "agree" and c.act == "offer" and h.process == c.process and set(c.actors) < set(h.actors)
            if h.act != c.act and not pledge:
                continue
            if not (_same_track(h, c, parent) if h.act == c.act else pledge):
                continue
            if (cday - hday).days > (SIDE_PLEDGE_DAYS if pledge else RESTATEMENT_DAYS):
                if pledge:
                    continue
                break
            between = any(hday < (_day(x) or date.max) < cday for x in steps
                          if x.issue == h.issue and x.process in (h.process, c.process) and _parties_match(h, x))
            n = _sides(h.actors, h.issue)
            # a pledge with a figure the agreement lacks ("to extend it by ten days") is new
            figure = (c.quantity is None or (h.quantity is not None and same_figure(h.quantity, c.quantity, n))
                      if pledge else _same_or_none(h.quantity, c.quantity, n))
            if not between and figure:
                prev = h
            break
        if prev is None:
            heads.append(c)
            head_of[c.id] = c.id
        else:
            restated[prev.id].append(c)
            head_of[c.id] = prev.id
    for c, into in folded:
        restated[head_of[into.id]].append(c)
    for key in restated:
        restated[key].sort(key=lambda s: (s.date or "9999", s.id))

    # what each commitment covers: its issues, its processes (a brokered one's halves and the
    # brokered process itself) and its parties; a step counts only in its own process
    reach: dict[str, tuple[set[str], set[str | None], set[str]]] = {}
    for c in heads:
        told = [c, *restated.get(c.id, ())]
        procs: set[str | None] = {x.process for x in told}
        if parent is not None and len(procs) > 1:
            procs.add(parent.id)
        reach[c.id] = ({c.issue} | issues[c.id] | {x.issue for x in told}, procs, {a for x in told for a in x.actors})

    def owner(x: TrackedStatement, candidates: list[TrackedStatement], *, background_check: bool,
              breach: bool = False) -> TrackedStatement | None:
        xday = _day(x)
        if xday is None or x.issue == UNNAMED_ISSUE:
            return None  # an act with no issue word ties to nothing in particular
        before = placed_before(x)  # its sentence places it earlier than its day
        fits = []
        for c in candidates:
            cday = _day(c)
            its_issues, its_procs, its_parties = reach[c.id]
            if cday is None or x.issue not in its_issues or x.process not in its_procs:
                continue
            if before is not None and before < cday:
                continue  # done before the commitment was made: not its step
            if not _parties_match(c, x) and not (len(its_procs) > 1 and set(x.actors) <= its_parties):
                continue
            if background_check and xday == cday and not x.dated and c.act != "implement":
                continue  # undated, told the day of the commitment: background ("had returned 7,000"), not a step
            if breach and xday == cday and not _names_the_figure(c, x):
                # an accusation the day a commitment is made breaks an older one ("the truce
                # they agreed last month was violated"), unless it names this one's figure
                # ("violating the two-week truce")
                continue
            if cday <= xday <= cday + timedelta(days=COMMITMENT_HORIZON_DAYS):
                fits.append(c)
        return max(fits, key=lambda c: (c.date or "", -_ACT_RANK[c.act], c.id)) if fits else None

    assigned: dict[str, list[TrackedStatement]] = defaultdict(list)
    unowned: list[TrackedStatement] = []
    for step in steps:
        got = owner(step, heads, background_check=True)
        if got is not None:
            assigned[got.id].append(step)
        else:
            unowned.append(step)
    # an exchange told only as done ("A and B swapped 24 prisoners"), with no agreement
    # before it in its process, is a commitment carried out at once: it is listed, once,
    # with its other accounts as its steps
    done_at_once: list[TrackedStatement] = []
    for step in unowned:
        if step.issue in _EXCHANGE_ISSUES and len(set(step.actors)) >= 2 and _day(step) is not None \
                and placed_before(step) is None:
            reach[step.id] = ({step.issue}, {step.process}, set(step.actors))
            got = owner(step, done_at_once, background_check=True)
            if got is None:
                done_at_once.append(step)
                assigned[step.id].append(step)
            else:
                assigned[got.id].append(step)
    for step in unowned:
        if step.id not in reach:
            got = owner(step, done_at_once, background_check=True)
            if got is not None:
                assigned[got.id].append(step)
    accused: dict[str, list[TrackedStatement]] = defaultdict(list)
    for b in breaches:
        got = owner(b, heads + done_at_once, background_check=False, breach=True)
        if got is not None:
            accused[got.id].append(b)
    out = []
    for c in heads + done_at_once:
        again = tuple(restated.get(c.id, ()))
        head = brokered(c, again, parent.id) if parent is not None else c
        out.append(_progress(head, _distinct_steps(assigned.get(c.id, []), c), again, tuple(accused.get(c.id, ()))))
    return out


def _same_track(h: TrackedStatement, c: TrackedStatement, parent: Process | None) -> bool:
    """Two commitments that can be one: the same process and the sides in common; or, in a
    brokered ledger, the broker's commitment with one side and its commitment with the other
    (``_parallel``)."""
    if h.process == c.process:
        return _parties_match(h, c)
    return parent is not None and _parallel(h, c, parent)


def _parallel(h: TrackedStatement, c: TrackedStatement, parent: Process) -> bool:
    """The broker agreed the same thing with each side of ``parent`` apart: between them the
    two statements name both sides, and what they have in common is the broker alone."""
    if h.process == parent.id or c.process == parent.id:
        return False
    a, b = set(h.actors), set(c.actors)
    common = a & b
    return bool(common) and common <= set(parent.mediators) and set(parent.sides) <= a | b \
        and not (a & b & set(parent.sides))


def _names_the_figure(c: TrackedStatement, x: TrackedStatement) -> bool:
    return (c.quantity is not None and x.quantity is not None
            and same_figure(c.quantity, x.quantity, _sides(c.actors, c.issue)))


def _fold_same_sentences(made: list[TrackedStatement],
                         ) -> tuple[list[TrackedStatement], list[tuple[TrackedStatement, TrackedStatement]]]:
    """Offers read out of an agreement's sentence on the same issue with the same sides
    (the same first sentence, from reports that all tell the agreement): (commitments
    kept, [(offer, the agreement it is part of)])."""
    # the agreements by sentence, issue and process, in order (the first that fits is taken)
    agreements: dict[tuple[str, str, str | None], list[tuple[TrackedStatement, set[str]]]] = defaultdict(list)
    for c in made:
        if c.act == "agree" and (text := c.text):
            agreements[(text, c.issue, c.process)].append((c, {r.doc_id for r in c.sources}))
    kept: list[TrackedStatement] = []
    folded: list[tuple[TrackedStatement, TrackedStatement]] = []
    for c in made:
        if c.act != "agree" and (text := c.text):
            mine = {r.doc_id for r in c.sources}
            into = next((a for a, theirs in agreements.get((text, c.issue, c.process), ())
                         if mine <= theirs and _parties_match(a, c)), None)
            if into is not None:
                folded.append((c, into))
                continue
        kept.append(c)
    return kept, folded


# Where one agreement is read under two issues, the one kept is the first here: what can be
# carried out and counted (a truce, an exchange) before what it serves.
_ISSUE_PRECEDENCE = ("ceasefire", "prisoner_exchange", "remains_repatriation", "humanitarian")


def _fold_across_issues(made: list[TrackedStatement],
                        ) -> tuple[list[TrackedStatement], list[tuple[TrackedStatement, TrackedStatement]]]:
    """One commitment read under several issues from one sentence (same act, parties,
    process and day, the same first sentence): one commitment, under the issue of
    ``_ISSUE_PRECEDENCE`` (else the first by name); (kept, [(folded, the one kept)])."""
    groups: dict[tuple, list[TrackedStatement]] = defaultdict(list)
    for c in made:
        if c.text and c.date:
            groups[(c.act, tuple(sorted(set(c.actors))), c.process or "", c.date, c.text)].append(c)
    folded: list[tuple[TrackedStatement, TrackedStatement]] = []
    gone: set[str] = set()
    for group in groups.values():
        if len({c.issue for c in group}) < 2:
            continue
        rank = {issue: i for i, issue in enumerate(_ISSUE_PRECEDENCE)}
        keep = min(group, key=lambda c: (rank.get(c.issue, len(rank)), c.issue, c.id))
        for c in group:
            if c is not keep and c.issue != keep.issue:
                folded.append((c, keep))
                gone.add(c.id)
    return [c for c in made if c.id not in gone], folded


def _distinct_steps(steps: list[TrackedStatement], c: TrackedStatement) -> tuple[TrackedStatement, ...]:
    """Each step once: a later account with the same figure, a few days on and dated
    only by its report, is the same step told again."""
    n = _sides(c.actors, c.issue)
    out: list[TrackedStatement] = []
    for s in steps:
        sday = _day(s)
        dup = False
        for k in out:
            kday = _day(k)
            if sday is None or kday is None or abs((sday - kday).days) > SAME_STEP_DAYS:
                continue
            figure = ((s.quantity is None and k.quantity is None)
                      or (s.quantity is not None and k.quantity is not None and same_figure(s.quantity, k.quantity, n)))
            # told again later, dated by its report; or the same day with one side of it named
            nested = set(s.actors) <= set(k.actors) or set(k.actors) <= set(s.actors)
            if figure and ((not s.dated or not k.dated) or (nested and abs((sday - kday).days) <= 1)):
                dup = True
                break
        if not dup:
            out.append(s)
    return tuple(out)


def _progress(c: TrackedStatement, steps: tuple[TrackedStatement, ...], restated: tuple[TrackedStatement, ...] = (),
              breaches: tuple[TrackedStatement, ...] = ()) -> Commitment:
    # a step dated only by the report that tells it ("the truce took effect", told a week
    # on) says nothing of whether it came after an accusation: only dated steps undo one
    last_step = max((s.date or "" for s in steps if s.dated), default="")
    broken = any((b.date or "") > last_step for b in breaches)
    q = c.quantity
    countable = q is not None and q.value is not None and unit_family(q.unit) in (None, "people")
    if not countable:
        status = "broken" if broken else "carried out" if steps else "pending"
        return Commitment(statement=c, steps=steps, target=None, done=None, per_party=False, status=status,
                          restated=restated, breaches=breaches)
    assert q is not None and q.value is not None
    per_party = q.per_party
    n_sides = _sides(c.actors, c.issue)
    # "swap 24 prisoners" carried out as "24 for 24": the agreement was 24 each
    if not per_party and steps and all(
            s.quantity is not None and s.quantity.per_party and s.quantity.value == q.value for s in steps
            if s.quantity is not None and s.quantity.value is not None) and any(
            s.quantity is not None and s.quantity.per_party for s in steps):
        per_party = True
    done = None
    for step in steps:
        sq = step.quantity
        if sq is None or sq.value is None or unit_family(sq.unit) not in (None, "people"):
            continue
        amount = total(sq, n_sides)
        assert amount is not None
        if per_party:
            amount = amount / n_sides
        done = (done or 0) + amount
    if broken:
        status = "broken"
    elif not steps:
        status = "pending"
    elif done is not None and done >= q.value:
        status = "carried out"
    else:
        status = "partly carried out"
    return Commitment(statement=c, steps=steps, target=q.value, done=done, per_party=per_party, status=status,
                      restated=restated, breaches=breaches)
