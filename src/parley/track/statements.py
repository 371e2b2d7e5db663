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
    StatementMention,
    TrackedStatement,
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
_ACT_RANK = {"agree": 0, "offer": 1}

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
    def n(x: float | None) -> str:
        return "" if x is None else (f"{int(x):,}" if float(x).is_integer() else str(x))

    core = n(q.value) if q.value is not None else f"{n(q.low)}-{n(q.high)}"
    parts = [("~" if q.approximate else "") + core]
    if q.per_party:
        parts.append("each")
    if q.unit:
        parts.append(q.unit)
    return " ".join(parts)


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


def merge_statement_group(group: Sequence[StatementMention]) -> TrackedStatement:
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
    return TrackedStatement(
        id=content_id("s", s0.act, ",".join(sorted(s0.actors)), s0.issue, first or "undated"),
        process=None, act=s0.act, actors=tuple(sorted(s0.actors)), issue=s0.issue, date=first,
        quantity=quantity, deadline=deadline, speakers=speakers, targets=targets,
        mentions=tuple(group), conflicts=tuple(conflicts))


def merge_statements(mentions: Iterable[StatementMention]) -> tuple[TrackedStatement, ...]:
    merged = [merge_statement_group(g) for g in cluster_statements(mentions)]
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
    rows: dict[tuple[str, str], list[TrackedStatement]] = defaultdict(list)
    for s in statements:
        for party in s.actors:
            rows[(party, s.issue)].append(s)
    out = []
    for (party, issue), history in sorted(rows.items()):
        history.sort(key=lambda s: (s.date or "9999", s.act, s.id))
        out.append(Position(party=party, issue=issue, history=tuple(history)))
    return tuple(out)


# ------------------------------------------------------------ commitments

def _day(s: TrackedStatement) -> date | None:
    return date.fromisoformat(s.date) if s.date else None


def _parties_match(commitment: TrackedStatement, step: TrackedStatement) -> bool:
    common = set(commitment.actors) & set(step.actors)
    return len(common) >= min(2, len(commitment.actors), len(step.actors))


def build_commitments(statements: Iterable[TrackedStatement]) -> tuple[Commitment, ...]:
    """Each agreement or offer with the steps carried out after it.

    A step goes to the latest matching commitment made on or before its day (the
    same issue, the sides in common), agreements before offers: the exchanges
    after the July agreement count toward it, not toward an older one.
    """
    all_statements = list(statements)
    commitments = [s for s in all_statements if s.act in COMMITMENT_ACTS]
    steps = [s for s in all_statements if s.act == "implement"]
    assigned: dict[str, list[TrackedStatement]] = defaultdict(list)
    for step in sorted(steps, key=lambda s: (s.date or "9999", s.id)):
        sday = _day(step)
        if sday is None:
            continue
        fits = []
        for c in commitments:
            cday = _day(c)
            if cday is None or c.issue != step.issue or not _parties_match(c, step):
                continue
            if sday == cday and not any(m.dated for m in step.mentions):
                continue  # undated, told the day of the commitment: background ("had returned 7,000"), not a step
            if cday <= sday <= cday + timedelta(days=COMMITMENT_HORIZON_DAYS):
                fits.append(c)
        if fits:
            best = max(fits, key=lambda c: (c.date or "", -_ACT_RANK[c.act], c.id))
            assigned[best.id].append(step)

    out = []
    for c in sorted(commitments, key=lambda s: (s.date or "9999", s.id)):
        out.append(_progress(c, tuple(assigned.get(c.id, ()))))
    return tuple(out)


def _progress(c: TrackedStatement, steps: tuple[TrackedStatement, ...]) -> Commitment:
    q = c.quantity
    countable = q is not None and q.value is not None and unit_family(q.unit) in (None, "people")
    if not countable:
        status = "done" if steps else "open"
        return Commitment(statement=c, steps=steps, target=None, done=None, per_party=False, status=status)
    assert q is not None and q.value is not None
    per_party = q.per_party
    n_sides = _sides(c.actors, c.issue)
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
    if not steps:
        status = "open"
    elif done is not None and done >= q.value:
        status = "done"
    else:
        status = "partly done"
    return Commitment(statement=c, steps=steps, target=q.value, done=done, per_party=per_party, status=status)
