"""The negotiation record: frozen data with spans.

Everything parley extracts from one report is a ``Record``. Offsets always index
``Document.text`` (half-open, Python string indices); only ``clean`` makes text.
``Record.to_dict`` gives the ``parley.record/1`` object of ``../shared/eval/SCHEMA.md``
and ``Record.from_dict`` reads it back, exactly.

This module imports nothing of parley's.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any

SCHEMA = "parley.record/1"

ACTS = (
    "propose", "demand", "offer", "request", "agree", "accept", "reject",
    "disagree", "discuss", "implement", "accuse", "threaten",
)
ISSUES = (
    "ceasefire", "prisoner_exchange", "remains_repatriation", "leaders_meeting",
    "talks_format", "peace_agreement", "territory", "security_guarantees",
    "sanctions", "humanitarian", "nuclear", "other",
)
MEETING_STATUSES = ("held", "ongoing", "scheduled", "proposed", "cancelled")
ACTOR_KINDS = ("person", "organization", "state")


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """A half-open character range ``[start, end)`` of ``Document.text``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not (0 <= self.start <= self.end):
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def of(self, text: str) -> str:
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def as_list(self) -> list[int]:
        return [self.start, self.end]


def _spans(items: Any) -> tuple[Span, ...]:
    return tuple(s if isinstance(s, Span) else Span(int(s[0]), int(s[1])) for s in items or ())


@dataclass(frozen=True, slots=True, kw_only=True)
class Document:
    """The article body and what the page says about it."""

    text: str
    title: str | None = None
    outlet: str | None = None
    agency: str | None = None
    published: str | None = None  # ISO 8601, as precise as the report gives
    dateline: str | None = None
    url: str | None = None
    language: str | None = "en"
    source: str | None = None  # the path or name the report was read from
    warnings: tuple[str, ...] = ()

    def check(self, span: Span) -> None:
        if span.end > len(self.text):
            raise ValueError(f"span [{span.start}, {span.end}) outside a text of {len(self.text)}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Quantity:
    value: float | None = None
    low: float | None = None
    high: float | None = None
    unit: str | None = None
    per_party: bool = False
    approximate: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": _num(self.value), "low": _num(self.low), "high": _num(self.high),
            "unit": self.unit, "per_party": self.per_party, "approximate": self.approximate,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> Quantity | None:
        if not d:
            return None
        return cls(value=d.get("value"), low=d.get("low"), high=d.get("high"), unit=d.get("unit"),
                   per_party=bool(d.get("per_party")), approximate=bool(d.get("approximate")))


def _num(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


@dataclass(frozen=True, slots=True, kw_only=True)
class Actor:
    id: str
    name: str
    kind: str = "person"
    aliases: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    affiliation: str | None = None
    evidence: tuple[Span, ...] = ()
    # how the affiliation was found: "title" (a demonym, possessive or "of X" bound to the
    # name), "table" (the office-holders table, by the report's date), "context" (a guess
    # from the sentence or the outlet); None when there is no affiliation
    affiliation_source: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in ACTOR_KINDS:
            raise ValueError(f"unknown actor kind {self.kind!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Meeting:
    id: str
    status: str = "held"
    date: str | None = None
    place: str | None = None
    venue: str | None = None
    round: int | None = None
    parties: tuple[str, ...] = ()
    mediators: tuple[str, ...] = ()
    chairs: tuple[str, ...] = ()  # actor ids
    heads: tuple[tuple[str, str], ...] = ()  # (party code, actor id)
    format: tuple[str, ...] = ()
    duration_minutes: int | None = None
    evidence: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        if self.status not in MEETING_STATUSES:
            raise ValueError(f"unknown meeting status {self.status!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Statement:
    id: str
    act: str
    actors: tuple[str, ...]
    issue: str
    speaker: str | None = None  # actor id
    target: tuple[str, ...] = ()
    quantity: Quantity | None = None
    deadline: str | None = None
    date: str | None = None
    condition: str | None = None
    evidence: tuple[Span, ...] = ()

    def __post_init__(self) -> None:
        if self.act not in ACTS:
            raise ValueError(f"unknown act {self.act!r}")
        if self.issue not in ISSUES:
            raise ValueError(f"unknown issue {self.issue!r}")


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    id: str
    text: str
    speaker: str | None = None  # actor id
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Diagnostic:
    """A coded note on what the reader could not settle: uncertainty as data, never an exception.

    ``code``: ``W1xx`` about what was extracted (W101 speaker unresolved, ...), ``W2xx`` about
    the document (W201 no article body, ...); ``item``: the id of the actor, meeting, statement
    or quote it is about, if any; ``evidence``: the words it points at.
    """

    code: str
    message: str
    item: str | None = None
    evidence: tuple[Span, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message, "item": self.item, "evidence": _ev(self.evidence)}

    @classmethod
    def from_value(cls, value: Diagnostic | dict[str, Any] | str) -> Diagnostic:
        """A Diagnostic from its dict, or from a coded line ("W101 speaker unresolved")."""
        if isinstance(value, Diagnostic):
            return value
        if isinstance(value, str):
            code, _, message = value.partition(" ")
            return cls(code=code, message=message.strip())
        return cls(code=str(value["code"]), message=str(value.get("message") or ""), item=value.get("item"),
                   evidence=_spans(value.get("evidence")))


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    document: Document
    actors: tuple[Actor, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    statements: tuple[Statement, ...] = ()
    quotes: tuple[Quote, ...] = ()
    # coded notes (``reader.diagnose``); a coded line ("W101 ...") is taken as a Diagnostic
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def __post_init__(self) -> None:
        if any(not isinstance(d, Diagnostic) for d in self.diagnostics):
            object.__setattr__(self, "diagnostics", tuple(Diagnostic.from_value(d) for d in self.diagnostics))
        n = len(self.document.text)
        items: tuple[Actor | Meeting | Statement | Quote | Diagnostic, ...] = (
            *self.actors, *self.meetings, *self.statements, *self.quotes, *self.diagnostics)
        for item in items:
            for sp in item.evidence:
                if sp.end > n:
                    raise ValueError(f"{type(item).__name__} {getattr(item, 'id', None) or getattr(item, 'code', '')}: "
                                     f"span {sp} outside the text ({n})")

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    # ------------------------------------------------------------ JSON
    def to_dict(self) -> dict[str, Any]:
        d = self.document
        return {
            "schema": SCHEMA,
            "document": {
                "title": d.title, "outlet": d.outlet, "agency": d.agency, "published": d.published,
                "dateline": d.dateline, "url": d.url, "language": d.language, "source": d.source,
                "warnings": list(d.warnings), "text": d.text,
            },
            "actors": [
                {"id": a.id, "name": a.name, "aliases": list(a.aliases), "kind": a.kind,
                 "roles": list(a.roles), "affiliation": a.affiliation,
                 "affiliation_source": a.affiliation_source, "evidence": _ev(a.evidence)}
                for a in self.actors
            ],
            "meetings": [
                {"id": m.id, "status": m.status, "date": m.date, "place": m.place, "venue": m.venue,
                 "round": m.round, "parties": list(m.parties), "mediators": list(m.mediators),
                 "chairs": list(m.chairs), "heads": dict(m.heads), "format": list(m.format),
                 "duration_minutes": m.duration_minutes, "evidence": _ev(m.evidence)}
                for m in self.meetings
            ],
            "statements": [
                {"id": s.id, "act": s.act, "actors": list(s.actors), "issue": s.issue, "speaker": s.speaker,
                 "target": list(s.target), "quantity": s.quantity.to_dict() if s.quantity else None,
                 "deadline": s.deadline, "date": s.date, "condition": s.condition, "evidence": _ev(s.evidence)}
                for s in self.statements
            ],
            "quotes": [
                {"id": q.id, "text": q.text, "speaker": q.speaker, "evidence": _ev(q.evidence)}
                for q in self.quotes
            ],
            "diagnostics": [dg.to_dict() for dg in self.diagnostics],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        if data.get("schema") != SCHEMA:
            raise ValueError(f"not a {SCHEMA} object: schema={data.get('schema')!r}")
        dd = data.get("document") or {}
        given: dict[str, Any] = {f.name: (tuple(dd.get(f.name) or ()) if f.name == "warnings" else dd.get(f.name))
                                 for f in fields(Document) if f.name in dd}
        doc = Document(**given)
        return cls(
            document=doc,
            actors=tuple(
                Actor(id=a["id"], name=a["name"], kind=a.get("kind") or "person", aliases=tuple(a.get("aliases") or ()),
                      roles=tuple(a.get("roles") or ()), affiliation=a.get("affiliation"),
                      affiliation_source=a.get("affiliation_source"), evidence=_spans(a.get("evidence")))
                for a in data.get("actors") or ()
            ),
            meetings=tuple(
                Meeting(id=m["id"], status=m.get("status") or "held", date=m.get("date"), place=m.get("place"),
                        venue=m.get("venue"), round=m.get("round"), parties=tuple(m.get("parties") or ()),
                        mediators=tuple(m.get("mediators") or ()), chairs=tuple(m.get("chairs") or ()),
                        heads=tuple((m.get("heads") or {}).items()), format=tuple(m.get("format") or ()),
                        duration_minutes=m.get("duration_minutes"), evidence=_spans(m.get("evidence")))
                for m in data.get("meetings") or ()
            ),
            statements=tuple(
                Statement(id=s["id"], act=s["act"], actors=tuple(s.get("actors") or ()), issue=s["issue"],
                          speaker=s.get("speaker"), target=tuple(s.get("target") or ()),
                          quantity=Quantity.from_dict(s.get("quantity")), deadline=s.get("deadline"),
                          date=s.get("date"), condition=s.get("condition"), evidence=_spans(s.get("evidence")))
                for s in data.get("statements") or ()
            ),
            quotes=tuple(
                Quote(id=q["id"], text=q["text"], speaker=q.get("speaker"), evidence=_spans(q.get("evidence")))
                for q in data.get("quotes") or ()
            ),
            diagnostics=tuple(Diagnostic.from_value(dg) for dg in data.get("diagnostics") or ()),
        )


def _ev(spans: tuple[Span, ...]) -> list[list[int]]:
    return [s.as_list() for s in spans]


# ------------------------------------------------------------ ingest types

@dataclass(frozen=True, slots=True, kw_only=True)
class RawDocument:
    """A report as it came in, before cleaning.

    ``content`` is decoded text (page text, HTML, or the ``text`` of a JSON object);
    ``kind`` says which: ``"text"``, ``"html"`` or ``"json"`` (then ``meta`` holds the
    object's other fields: title, url, published, outlet).
    """

    content: str
    kind: str = "text"
    source: str | None = None
    meta: tuple[tuple[str, Any], ...] = ()
    warnings: tuple[str, ...] = ()

    def get(self, key: str, default: Any = None) -> Any:
        return dict(self.meta).get(key, default)
