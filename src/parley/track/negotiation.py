"""Many reports, one negotiation: the tracker.

Takes stored records (``Iterable[StoredRecord]``, from the store or built in
memory); gives a ``Tracker``: the meetings (each session once, with every report
that tells it), the people (one per person across spellings), the positions and
steps (one per position, every outlet kept), the negotiation processes they
group into, and the questions the commands ask of them: ``timeline``,
``positions``, ``commitments``, ``show``.

Pure functions over records: no database, so it runs the same on SQLite and
PostgreSQL and in tests; of parley's own modules only ``model``, the store's data
types and the party lexicon (for process names) are used. The steps, each in its own module:

1. people: ``tracker_names.merge_actors``;
2. meetings: ``tracker_meetings.cluster_meetings`` then ``merge_group``;
3. processes: the sides of each meeting (``assign_processes`` below);
4. statements, positions, commitments: ``tracker_statements``.

Ids derive from content (a process, a day, a place), so two runs over the same
reports, in any order, give the same ids.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from parley.lexicon.parties import party_name
from parley.model import Record, Span
from parley.track.meetings import cluster_meetings, fold_place, meeting_id, merge_group
from parley.track.model import (
    ActorMention,
    Commitment,
    MeetingMention,
    Position,
    Process,
    StatementMention,
    TrackedActor,
    TrackedMeeting,
    TrackedStatement,
    content_id,
    parse_day,
    source_dict,
    unique_sources,
)
from parley.track.people import merge_actors
from parley.track.sources import SourceRef, StoredRecord
from parley.track.statements import build_commitments, build_positions, merge_statements


@dataclass(frozen=True, slots=True, kw_only=True)
class Tracker:
    meetings: tuple[TrackedMeeting, ...]
    actors: tuple[TrackedActor, ...]
    statements: tuple[TrackedStatement, ...]
    processes: tuple[Process, ...]
    sources: tuple[SourceRef, ...]

    # ------------------------------------------------------------ questions
    def timeline(self, parties: Iterable[str] | None = None, since: str | date | None = None,
                 ) -> tuple[TrackedMeeting, ...]:
        """Meetings in date order, undated last; ``parties``: everyone given sits at the table;
        ``since``: on or after that day (undated meetings are then left out)."""
        codes = _codes(parties)
        since_day = parse_day(since) if isinstance(since, str) else since
        out = []
        for m in self.meetings:
            if codes and not codes <= m.table:
                continue
            if since_day is not None and (m.date is None or date.fromisoformat(m.date) < since_day):
                continue
            out.append(m)
        return tuple(sorted(out, key=_meeting_order))

    def positions(self, parties: Iterable[str] | None = None) -> tuple[Position, ...]:
        """Party x issue: each party's statements on each issue over time."""
        return build_positions(self._statements_for(parties))

    def commitments(self, parties: Iterable[str] | None = None) -> tuple[Commitment, ...]:
        """Each agreement or offer with the steps carried out after it, and its status."""
        # steps are matched over all statements, so a filter never hides the steps of a commitment it shows
        wanted = {s.id for s in self._statements_for(parties)}
        return tuple(c for c in build_commitments(self.statements) if c.statement.id in wanted)

    def show(self, ident: str) -> TrackedMeeting | TrackedActor | TrackedStatement | Process | None:
        for group in (self.meetings, self.actors, self.statements, self.processes):
            for item in group:
                if item.id == ident:
                    return item
        return None

    def actor(self, ident: str | None) -> TrackedActor | None:
        return next((a for a in self.actors if a.id == ident), None) if ident else None

    def process(self, ident: str | None) -> Process | None:
        return next((p for p in self.processes if p.id == ident), None) if ident else None

    def _statements_for(self, parties: Iterable[str] | None) -> tuple[TrackedStatement, ...]:
        codes = _codes(parties)
        if not codes:
            return self.statements
        tables = {p.id: set(p.sides) | set(p.mediators) for p in self.processes}
        out = []
        for s in self.statements:
            if codes <= (set(s.actors) | set(s.targets)) or codes <= tables.get(s.process or "", set()):
                out.append(s)
        return tuple(out)


def _codes(parties: Iterable[str] | str | None) -> frozenset[str]:
    if parties is None:
        return frozenset()
    if isinstance(parties, str):
        parties = parties.split(",")
    return frozenset(p.strip().upper() for p in parties if p.strip())


def _meeting_order(m: TrackedMeeting) -> tuple:
    return (m.date is None, m.date or "", fold_place(m.place) or "", m.id)


# ------------------------------------------------------------ building

def build_tracker(stored: Iterable[StoredRecord]) -> Tracker:
    """Merge stored records into one tracker; the order of ``stored`` does not matter."""
    by_doc: dict[str, StoredRecord] = {}
    for sr in stored:
        by_doc.setdefault(sr.source.doc_id, sr)  # the same report stored twice counts once
    records = [by_doc[k] for k in sorted(by_doc)]
    sources = {sr.source.doc_id: _source(sr) for sr in records}

    actor_mentions = [
        ActorMention(source=sources[sr.source.doc_id], actor=a, evidence=_texts(sr.record, a.evidence))
        for sr in records for a in sr.record.actors
    ]
    actors, actor_ids = merge_actors(actor_mentions)

    meeting_mentions = []
    for sr in records:
        src = sources[sr.source.doc_id]
        published = parse_day(src.published)
        for m in sr.record.meetings:
            meeting_mentions.append(MeetingMention(
                source=src, meeting=m, day=parse_day(m.date), published_on=published,
                place_key=fold_place(m.place), table=frozenset(m.parties) | frozenset(m.mediators),
                heads=tuple((p, actor_ids.get((src.doc_id, a), a)) for p, a in m.heads),
                chairs=tuple(actor_ids.get((src.doc_id, c), c) for c in m.chairs),
                evidence=_texts(sr.record, m.evidence)))
    meetings = [merge_group(g) for g in cluster_meetings(meeting_mentions)]

    statement_mentions = []
    for sr in records:
        src = sources[sr.source.doc_id]
        published = parse_day(src.published)
        for s in sr.record.statements:
            own = parse_day(s.date)
            statement_mentions.append(StatementMention(
                source=src, statement=s, day=own or published, dated=own is not None,
                speaker=actor_ids.get((src.doc_id, s.speaker)) if s.speaker else None,
                evidence=_texts(sr.record, s.evidence)))
    statements = merge_statements(statement_mentions)

    processes, meetings, statements = assign_processes(meetings, statements)
    return Tracker(meetings=tuple(sorted(meetings, key=_meeting_order)), actors=actors,
                   statements=tuple(sorted(statements, key=lambda s: (s.date or "9999", s.id))),
                   processes=processes, sources=unique_sources(sources.values()))


def _source(sr: StoredRecord) -> SourceRef:
    """The store's reference, its gaps filled from the record's own document."""
    s, d = sr.source, sr.record.document
    return SourceRef(doc_id=s.doc_id, url=s.url or d.url, path=s.path or d.source, title=s.title or d.title,
                     outlet=s.outlet or d.outlet, published=s.published or d.published)


def _texts(record: Record, spans: Sequence[Span]) -> tuple[str, ...]:
    text = record.document.text
    return tuple(" ".join(sp.of(text).split()) for sp in spans if sp.end <= len(text))


# ------------------------------------------------------------ processes

def _sides_of(m: TrackedMeeting) -> frozenset[str]:
    return frozenset(m.parties) if len(m.parties) >= 2 else m.table


def _reduce(sides: frozenset[str], known: set[frozenset[str]], mediators: set[str]) -> frozenset[str]:
    """The smallest known set of sides this one is, once the mediators at its table are
    taken out: US-Russia-Ukraine, where the US brokers, is Russia-Ukraine talks."""
    current = sides
    while True:
        smaller = [k for k in known if len(k) >= 2 and k < current and (current - k) <= mediators]
        if not smaller:
            return current
        current = min(smaller, key=lambda k: (len(k), sorted(k)))


def process_id(sides: Iterable[str]) -> str:
    return "p-" + "-".join(sorted(sides)).lower()


def assign_processes(meetings: Sequence[TrackedMeeting], statements: Sequence[TrackedStatement],
                     ) -> tuple[tuple[Process, ...], list[TrackedMeeting], list[TrackedStatement]]:
    """Group meetings and statements into processes by their sides; set their ids."""
    mediators = {c for m in meetings for mm in m.mentions for c in mm.meeting.mediators}
    mediators |= {c for m in meetings for c in m.mediators}
    known = {_sides_of(m) for m in meetings if len(_sides_of(m)) >= 2}
    for m in meetings:  # a code some report calls a mediator of this meeting is not a side of it
        brokered = _sides_of(m) - {c for mm in m.mentions for c in mm.meeting.mediators}
        if len(brokered) >= 2:
            known.add(brokered)
    # agreements and talks with no meeting in the reports still make a process (a ceasefire
    # agreed by phone); single-party statements never do
    for s in statements:
        if s.act in ("agree", "disagree", "discuss", "accept") and len(s.actors) >= 2:
            known.add(frozenset(s.actors))
    canon = {k: _reduce(k, known, mediators) for k in known}
    process_mediators: dict[frozenset[str], set[str]] = defaultdict(set)
    for k, c in canon.items():
        process_mediators[c] |= (k - c)

    out_meetings = []
    for m in meetings:
        sides = _sides_of(m)
        if len(sides) >= 2:
            key = canon.get(sides, sides)
        else:  # one side named: the process of that side, if only one has it
            having = {c for c in canon.values() if sides <= c}
            key = next(iter(having)) if len(having) == 1 else None
        pid = process_id(key) if key else None
        if key:
            process_mediators[key] |= set(m.mediators) | (set(m.parties) - key)
        m = replace(m, process=pid)
        out_meetings.append(replace(m, id=meeting_id(m)))
    out_meetings = _unique_meeting_ids(out_meetings)

    processes = {}
    for key in set(canon.values()):
        med = tuple(sorted(process_mediators[key] - key))
        name = "-".join(party_name(c) for c in sorted(key)) + " talks"
        processes[process_id(key)] = Process(id=process_id(key), sides=tuple(sorted(key)), mediators=med, name=name)

    # a statement belongs where its report's meetings are, else where its sides fit
    doc_processes: dict[str, Counter[str]] = defaultdict(Counter)
    for m in out_meetings:
        if m.process:
            for mm in m.mentions:
                doc_processes[mm.source.doc_id][m.process] += 1
    out_statements = []
    for s in statements:
        actors = set(s.actors)
        votes: Counter[str] = Counter()
        for sm in s.mentions:
            for pid, n in doc_processes.get(sm.source.doc_id, Counter()).items():
                p = processes[pid]
                if actors <= set(p.sides) | set(p.mediators):
                    votes[pid] += n
        pid = None
        if votes:
            pid = sorted(votes, key=lambda p: (-votes[p], p))[0]
        else:
            fits = [p.id for p in processes.values() if actors <= set(p.sides) | set(p.mediators)]
            exact = [p for p in fits if len(actors) >= 2 and set(processes[p].sides) == set(
                _reduce(frozenset(actors), known, mediators))]
            pick = exact or fits
            pid = pick[0] if len(pick) == 1 else None
        out_statements.append(replace(s, process=pid))
    return tuple(sorted(processes.values(), key=lambda p: p.id)), out_meetings, out_statements


def _unique_meeting_ids(meetings: list[TrackedMeeting]) -> list[TrackedMeeting]:
    """Two meetings sharing an id (two sessions the same day and place in one process that
    a report keeps apart) get ids that also rest on their first report."""
    counts = Counter(m.id for m in meetings)
    out = []
    for m in meetings:
        if counts[m.id] > 1:
            first = min((mm.source.doc_id, mm.meeting.id) for mm in m.mentions)
            m = replace(m, id=content_id("m", m.id, *first))
        out.append(m)
    return out


def show_dict(tracker: Tracker, item: Any) -> dict[str, Any]:
    """One tracked item as JSON, with the sentences it came from grouped by report."""
    if isinstance(item, Process):
        return {**item.to_dict(), "meetings": [m.id for m in tracker.meetings if m.process == item.id],
                "statements": [s.id for s in tracker.statements if s.process == item.id]}
    data = item.to_dict()
    by_doc: dict[str, dict[str, Any]] = {}
    for mention in item.mentions:
        entry = by_doc.setdefault(mention.source.doc_id, {"source": source_dict(mention.source), "sentences": []})
        for sentence in mention.evidence:
            if sentence not in entry["sentences"]:
                entry["sentences"].append(sentence)
    data["evidence"] = [by_doc[k] for k in sorted(by_doc, key=lambda d: (by_doc[d]["source"]["published"] or "", d))]
    return data
