"""The tracker's data: one negotiation told by many reports.

Takes nothing; gives the frozen types the tracker builds (``tracker``) and the
commands render (``query_commands``, ``export``): a ``Mention`` is one report's
account of an item, a ``Tracked*`` is the merged item with every mention kept,
and a ``Conflict`` keeps details the reports disagree on side by side with the
reports that give each value. Ids are derived from content, so the same reports
give the same ids on every run.

This module knows ``model`` and ``store.base`` only.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from parley.model import Actor, Meeting, Quantity, Statement
from parley.track.places import fold_place
from parley.track.sources import SourceRef


def content_id(prefix: str, *parts: object) -> str:
    """A short stable id from content: ``prefix-`` and 10 hex digits of a sha1."""
    h = hashlib.sha1("\x1f".join("" if p is None else str(p) for p in parts).encode("utf-8"))
    return f"{prefix}-{h.hexdigest()[:10]}"


def parse_day(value: str | None) -> date | None:
    """The calendar day of an ISO date or date-time (``2026-02-05T09:17Z``); None if there is none."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def source_dict(src: SourceRef) -> dict[str, Any]:
    return {"doc_id": src.doc_id, "url": src.url or src.path, "path": src.path, "title": src.title,
            "outlet": src.outlet, "published": src.published}


@dataclass(frozen=True, slots=True, kw_only=True)
class Cited:
    """One value of a detail and the reports (doc ids) that give it."""

    value: Any
    sources: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "sources": list(self.sources)}


@dataclass(frozen=True, slots=True, kw_only=True)
class Conflict:
    """A detail the reports disagree on: every value, none overwritten."""

    field: str
    values: tuple[Cited, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "values": [v.to_dict() for v in self.values]}


# ------------------------------------------------------------ actors

@dataclass(frozen=True, slots=True, kw_only=True)
class ActorMention:
    source: SourceRef
    actor: Actor
    evidence: tuple[str, ...]  # the text of each evidence span


@dataclass(frozen=True, slots=True, kw_only=True)
class TrackedActor:
    id: str
    name: str  # the fullest form the reports use
    kind: str
    names: tuple[str, ...]  # every spelling seen
    roles: tuple[str, ...]
    affiliation: str | None
    mentions: tuple[ActorMention, ...]
    conflicts: tuple[Conflict, ...] = ()
    # the reports, where the item was read back from the store without its mentions
    source_refs: tuple[SourceRef, ...] = ()

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return self.source_refs or unique_sources(m.source for m in self.mentions)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "names": list(self.names),
                "roles": list(self.roles), "affiliation": self.affiliation,
                "sources": [source_dict(s) for s in self.sources],
                "conflicts": [c.to_dict() for c in self.conflicts]}


# ------------------------------------------------------------ meetings

@dataclass(frozen=True, slots=True, kw_only=True)
class MeetingMention:
    source: SourceRef
    meeting: Meeting
    day: date | None  # the meeting's date as this report gives it
    published_on: date | None  # the report's publication day
    place_key: str | None  # the place folded for comparison
    table: frozenset[str]  # parties and mediators: everyone at the table
    heads: tuple[tuple[str, str], ...]  # party code -> tracked actor id
    chairs: tuple[str, ...]  # tracked actor ids
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TrackedMeeting:
    id: str
    process: str | None
    date: str | None  # first day (ISO)
    end_date: str | None  # last day where reports give later days of the same session
    place: str | None
    venue: str | None
    round: int | None
    status: str
    parties: tuple[str, ...]
    mediators: tuple[str, ...]
    format: tuple[str, ...]
    duration_minutes: int | None
    heads: tuple[tuple[str, str], ...]
    chairs: tuple[str, ...]
    mentions: tuple[MeetingMention, ...]
    conflicts: tuple[Conflict, ...] = ()
    # the reports, where the item was read back from the store without its mentions
    source_refs: tuple[SourceRef, ...] = ()

    @property
    def table(self) -> frozenset[str]:
        return frozenset(self.parties) | frozenset(self.mediators)

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return self.source_refs or unique_sources(m.source for m in self.mentions)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "process": self.process, "date": self.date, "end_date": self.end_date,
                "place": self.place, "venue": self.venue, "round": self.round, "status": self.status,
                "parties": list(self.parties), "mediators": list(self.mediators), "format": list(self.format),
                "duration_minutes": self.duration_minutes, "heads": dict(self.heads), "chairs": list(self.chairs),
                "sources": [source_dict(s) for s in self.sources],
                "conflicts": [c.to_dict() for c in self.conflicts]}


# ------------------------------------------------------------ statements

@dataclass(frozen=True, slots=True, kw_only=True)
class StatementMention:
    source: SourceRef
    statement: Statement
    day: date | None  # when it was said or done: its date, else the report's publication day
    dated: bool  # True when ``day`` is the statement's own date, not the publication day
    speaker: str | None  # tracked actor id
    evidence: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class TrackedStatement:
    id: str
    process: str | None
    act: str
    actors: tuple[str, ...]
    issue: str
    date: str | None  # first day it was reported said or done
    quantity: Quantity | None  # the value most reports give
    deadline: str | None
    speakers: tuple[str, ...]  # tracked actor ids
    targets: tuple[str, ...]
    mentions: tuple[StatementMention, ...]
    dated: bool = True  # some report gives its own date (not only the day it was published)
    conflicts: tuple[Conflict, ...] = ()
    # the reports, where the item was read back from the store without its mentions
    source_refs: tuple[SourceRef, ...] = ()
    # the first sentence it was read from, where it was read back without its mentions
    # (the store keeps it as the row's text)
    first_text: str | None = None

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return self.source_refs or unique_sources(m.source for m in self.mentions)

    @property
    def text(self) -> str | None:
        """The first sentence it was read from (of its first report, in merge order)."""
        return next((t for m in self.mentions for t in m.evidence), None) or self.first_text

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "process": self.process, "act": self.act, "actors": list(self.actors),
                "issue": self.issue, "date": self.date,
                "quantity": self.quantity.to_dict() if self.quantity else None,
                "deadline": self.deadline, "speakers": list(self.speakers), "target": list(self.targets),
                "dated": self.dated, "sources": [source_dict(s) for s in self.sources],
                "conflicts": [c.to_dict() for c in self.conflicts]}


@dataclass(frozen=True, slots=True, kw_only=True)
class Position:
    """What one party did on one issue over time (its statements, oldest first)."""

    party: str
    issue: str
    history: tuple[TrackedStatement, ...]

    @property
    def latest(self) -> TrackedStatement:
        """The last dated statement: an undated one (its report gives no day) sorts last in
        the history but says nothing of when, so it is the latest only where none is dated."""
        return next((s for s in reversed(self.history) if s.date), self.history[-1])

    @property
    def changes(self) -> tuple[str, ...]:
        """The sequence of acts with repeats in a row collapsed: how the position moved."""
        out: list[str] = []
        for s in self.history:
            if not out or out[-1] != s.act:
                out.append(s.act)
        return tuple(out)

    def to_dict(self) -> dict[str, Any]:
        last = self.latest
        return {"party": self.party, "issue": self.issue, "process": last.process, "act": last.act, "date": last.date,
                "statement": last.id, "sources": [source_dict(s) for s in last.sources],
                "changes": list(self.changes),
                "sources_total": len(unique_sources(x for s in self.history for x in s.sources)),
                "history": [{"date": s.date, "act": s.act, "statement": s.id, "actors": list(s.actors),
                             "sources": len(s.sources)} for s in self.history]}


COMMITMENT_STATUSES = ("pending", "partly carried out", "carried out", "broken")


def _step_dict(x: TrackedStatement, kind: str) -> dict[str, Any]:
    return {"id": x.id, "kind": kind, "act": x.act, "date": x.date, "actors": list(x.actors),
            "quantity": x.quantity.to_dict() if x.quantity else None,
            "sources": [source_dict(y) for y in x.sources]}


@dataclass(frozen=True, slots=True, kw_only=True)
class Commitment:
    """An agreement or offer, the steps reported as carried out after it, and the
    accusations that it was broken (``breaches``): the ledger of one commitment.

    ``restated``: later statements of the same commitment (the same figure, no step in
    between), kept as its sources rather than as commitments of their own."""

    statement: TrackedStatement
    steps: tuple[TrackedStatement, ...]
    target: float | None  # the committed number, on the basis of ``per_party``
    done: float | None  # the sum of the steps' numbers on the same basis; None if no step gives one
    per_party: bool
    status: str
    restated: tuple[TrackedStatement, ...] = ()
    breaches: tuple[TrackedStatement, ...] = ()

    @property
    def sources(self) -> tuple[SourceRef, ...]:
        return unique_sources(x for s in (self.statement, *self.restated) for x in s.sources)

    def to_dict(self) -> dict[str, Any]:
        s = self.statement
        return {"id": s.id, "act": s.act, "actors": list(s.actors), "issue": s.issue, "date": s.date,
                "process": s.process, "quantity": s.quantity.to_dict() if s.quantity else None,
                "deadline": s.deadline,
                "target": _num(self.target), "done": _num(self.done), "per_party": self.per_party,
                "status": self.status, "sources": [source_dict(x) for x in self.sources],
                "conflicts": [c.to_dict() for c in s.conflicts],
                "restated": [x.id for x in self.restated],
                "steps": [_step_dict(x, "carried out") for x in self.steps],
                "breaches": [_step_dict(x, "breach") for x in self.breaches]}


@dataclass(frozen=True, slots=True, kw_only=True)
class Process:
    """A negotiation: the meetings and statements of one set of sides."""

    id: str
    sides: tuple[str, ...]
    mediators: tuple[str, ...]
    name: str

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "sides": list(self.sides), "mediators": list(self.mediators)}


def unique_sources(sources: Any) -> tuple[SourceRef, ...]:
    """Each report once, oldest first (undated last), then by doc id: a stable order."""
    seen: dict[str, SourceRef] = {}
    for s in sources:
        seen.setdefault(s.doc_id, s)
    return tuple(sorted(seen.values(), key=lambda s: (s.published or "9999", s.doc_id)))


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def meeting_order(m: TrackedMeeting) -> tuple:
    """Dated meetings by day, then place; undated ones last."""
    return (m.date is None, m.date or "", fold_place(m.place) or "", m.id)


def statement_order(s: TrackedStatement) -> tuple:
    return (s.date or "9999", s.id)


def brokered(c: TrackedStatement, restated: Sequence[TrackedStatement], parent: str) -> TrackedStatement:
    """A commitment made with a broker by each side apart is the brokered process's, and
    binds everyone who made it; any other commitment is shown as it was made."""
    if all(x.process == c.process for x in restated):
        return c
    actors = tuple(sorted({a for x in (c, *restated) for a in x.actors}))
    return replace(c, process=parent, actors=actors)
