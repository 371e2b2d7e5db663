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

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from parley.model import Record, Span
from parley.names import fold_text
from parley.track.blocks import (
    DocItems,
    ProcessMap,
    assign,
    attach_all,
    meeting_mention,
    merge_actor_block,
    merge_meeting_block,
    merge_statement_block,
    registry_entries,
    statement_mention,
    unique_item_ids,
)
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
    meeting_order,
    parse_day,
    source_dict,
    statement_order,
    unique_sources,
)
from parley.track.sources import SourceRef, StoredRecord
from parley.track.statements import build_commitments, build_positions


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
        """Process x party x issue: each party's statements on each issue over time; with
        ``parties``, only the rows of those parties, in processes where they all sit."""
        codes = _codes(parties)
        rows = build_positions(self._statements_for(parties))
        return tuple(p for p in rows if not codes or p.party in codes)

    def commitments(self, parties: Iterable[str] | None = None) -> tuple[Commitment, ...]:
        """Each agreement or offer with the steps carried out after it, and its status."""
        # steps are matched over all statements, so a filter never hides the steps of a commitment it shows
        wanted = {s.id for s in self._statements_for(parties)}
        codes = _codes(parties)
        return tuple(c for c in build_commitments(self.statements, self.processes)
                     if c.statement.id in wanted and (not codes or set(c.statement.actors) & codes))

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
        return tuple(s for s in self.statements if statement_fits(s, codes, tables))


def statement_fits(s: TrackedStatement, codes: frozenset[str], tables: dict[str, set[str]]) -> bool:
    """A statement of the parties asked for: theirs, in a process where they all sit (or
    naming them all itself)."""
    if not set(s.actors) & codes:
        return False
    return codes <= (set(s.actors) | set(s.targets)) or codes <= tables.get(s.process or "", set())


def _codes(parties: Iterable[str] | str | None) -> frozenset[str]:
    if parties is None:
        return frozenset()
    if isinstance(parties, str):
        parties = parties.split(",")
    return frozenset(p.strip().upper() for p in parties if p.strip())


_meeting_order = meeting_order


# ------------------------------------------------------------ building

def doc_items(sr: StoredRecord) -> DocItems:
    """A stored record's items under the store's item ids, with their evidence text."""
    r = sr.record
    src = _source(sr)

    def keyed(items: Sequence[Any]) -> list[tuple[str, Any, tuple[str, ...]]]:
        ids = unique_item_ids(x.id for x in items)
        return [(i, replace(x, id=i), _texts(r, x.evidence)) for i, x in zip(ids, items, strict=True)]

    return DocItems(source=src, actors=tuple(keyed(r.actors)), meetings=tuple(keyed(r.meetings)),
                    statements=tuple(keyed(r.statements)))


def build_tracker(stored: Iterable[StoredRecord]) -> Tracker:
    """Merge stored records into one tracker; the order of ``stored`` does not matter.

    The same blocks the store merges (``track.blocks``), all of them at once.
    """
    by_doc: dict[str, StoredRecord] = {}
    for sr in stored:
        by_doc.setdefault(sr.source.doc_id, sr)  # the same report stored twice counts once
    return build_from_items([doc_items(by_doc[k]) for k in sorted(by_doc)])


def build_from_items(docs: Sequence[DocItems]) -> Tracker:
    pm = ProcessMap.of(e for d in docs for e in registry_entries(d))
    blocks = {d.source.doc_id: assign(d, pm) for d in docs}
    attach_all(docs, blocks)

    actor_blocks: dict[str, list[ActorMention]] = defaultdict(list)
    for d in docs:
        for item_id, a, ev in d.actors:
            actor_blocks[blocks[d.source.doc_id][("actor", item_id)]].append(
                ActorMention(source=d.source, actor=a, evidence=ev))
    actors: list[TrackedActor] = []
    actor_ids: dict[tuple[str, str], str] = {}
    for key in sorted(actor_blocks):
        got, mapping = merge_actor_block(actor_blocks[key])
        actors.extend(got)
        actor_ids.update(mapping)

    meeting_blocks: dict[str, list[MeetingMention]] = defaultdict(list)
    statement_blocks: dict[str, list[StatementMention]] = defaultdict(list)
    for d in docs:
        own = blocks[d.source.doc_id]
        for item_id, m, ev in d.meetings:
            mm = meeting_mention(d, m, ev, actor_ids)
            if mm is not None:
                meeting_blocks[own[("meeting", item_id)]].append(mm)
        for item_id, s, ev in d.statements:
            statement_blocks[own[("statement", item_id)]].append(statement_mention(d, s, ev, actor_ids))
    meetings = [m for key in sorted(meeting_blocks) for m in merge_meeting_block(key, meeting_blocks[key])]
    statements = [s for key in sorted(statement_blocks) for s in merge_statement_block(key, statement_blocks[key])]
    actors.sort(key=lambda a: (fold_text(a.name), a.id))
    return Tracker(meetings=tuple(sorted(meetings, key=meeting_order)), actors=tuple(actors),
                   statements=tuple(sorted(statements, key=statement_order)),
                   processes=tuple(sorted(pm.processes.values(), key=lambda p: p.id)),
                   sources=unique_sources(d.source for d in docs))


def _source(sr: StoredRecord) -> SourceRef:
    """The store's reference, its gaps filled from the record's own document."""
    s, d = sr.source, sr.record.document
    return SourceRef(doc_id=s.doc_id, url=s.url or d.url, path=s.path or d.source, title=s.title or d.title,
                     outlet=s.outlet or d.outlet, published=s.published or d.published)


def _texts(record: Record, spans: Sequence[Span]) -> tuple[str, ...]:
    text = record.document.text
    return tuple(" ".join(sp.of(text).split()) for sp in spans if sp.end <= len(text))


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
