"""The tracker's merge kept in the store: tracked tables, updated block by block.

Takes the store's item rows (``actors``, ``meetings``, ``statements`` of each document)
and gives the tracked tables the queries read with SQL:

    track_processes        one row per negotiation (sides, mediators)
    track_people           one row per person (or organization) across reports
    track_meetings         one row per session, its reports in ``sources``
    track_statements       one row per position or step told by several outlets
    track_positions        process x party x issue, with ``track_position_history``
    track_commitments      the ledger: agreements and offers, with ``track_commitment_steps``
                           (steps carried out, restatements, accusations of breach)
    track_conflicts        details the reports disagree on, every value with its reports
    track_parties          party codes of each tracked item, for ``--parties`` in SQL
    track_mentions         every source item -> its block and its tracked id (the links)
    track_pending          documents stored but not merged yet
    track_registry         every table of parties seen (the processes derive from it)
    track_state            the rules version the tables were built with

``Store.add`` writes ``track_pending`` in the transaction that stores the report;
``track`` (run by ``parley add`` at the end of a batch, and by every query that finds
documents pending) merges them in one transaction: it re-merges only the blocks the
new reports touch (``parley.track.blocks``) and deletes their pending rows, so a crash
leaves them pending and the next run does the work again. A block's merge depends on
its own mentions alone, so any order and any batches give what ``retrack`` (every
document pending, every table emptied) gives.
"""

from __future__ import annotations

import functools
import gc
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from parley.model import Actor, Meeting, Quantity, Statement
from parley.names import fold_text
from parley.store.db import actors as actor_rows
from parley.store.db import documents, metadata
from parley.store.db import meetings as meeting_rows
from parley.store.db import quotes as quote_rows
from parley.store.db import statements as statement_rows
from parley.track.model import (
    Cited,
    Commitment,
    Conflict,
    Position,
    Process,
    TrackedActor,
    TrackedMeeting,
    TrackedStatement,
    brokered,
    content_id,
    meeting_order,
)
from parley.track.rules import RULES_VERSION
from parley.track.sources import SourceRef

if TYPE_CHECKING:
    from parley.track.blocks import DocItems, ProcessMap

CHUNK = 400  # ids per IN (...) list: well under every driver's limit on bound parameters

ID = sa.String(200)


def _fk() -> sa.ForeignKey:
    return sa.ForeignKey("documents.id", ondelete="CASCADE")


track_state = sa.Table(
    "track_state", metadata,
    sa.Column("key", sa.String(40), primary_key=True),
    sa.Column("value", sa.Text),
)
track_pending = sa.Table(
    "track_pending", metadata,
    sa.Column("document_id", sa.String(64), _fk(), primary_key=True),
)
track_registry = sa.Table(
    "track_registry", metadata,
    sa.Column("entry", sa.String(500), primary_key=True, comment="m|parties|mediators or s|parties|"),
)
track_mentions = sa.Table(
    "track_mentions", metadata,
    sa.Column("document_id", sa.String(64), _fk(), primary_key=True),
    sa.Column("kind", sa.String(10), primary_key=True, comment="actor, meeting or statement"),
    sa.Column("item_id", sa.String(64), primary_key=True),
    sa.Column("base_block", sa.Text, nullable=False, comment="the block the item alone gives"),
    sa.Column("block", sa.Text, nullable=False, comment="the block it is merged in"),
    sa.Column("place_key", sa.Text),
    sa.Column("day", sa.String(10)),
    sa.Column("tracked_id", ID, comment="the tracked item it is a source of (NULL: not one)"),
    sa.Index("ix_track_mentions_kind_block", "kind", "block"),
    sa.Index("ix_track_mentions_tracked_id", "tracked_id"),
    sa.Index("ix_track_mentions_kind_place_day", "kind", "place_key", "day"),
    # the sources of a tracked item (counts, per-source pages) without a scan of its kind (0004)
    sa.Index("ix_track_mentions_kind_tracked_id", "kind", "tracked_id", "document_id"),
)
track_processes = sa.Table(
    "track_processes", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("sides", sa.JSON, nullable=False),
    sa.Column("mediators", sa.JSON, nullable=False),
)
track_people = sa.Table(
    "track_people", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("block", sa.Text, nullable=False),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(20)),
    sa.Column("names", sa.JSON),
    sa.Column("roles", sa.JSON),
    sa.Column("affiliation", sa.String(20)),
    sa.Column("sources", sa.JSON, comment="[[doc_id, url, path, title, outlet, published], ...]"),
    sa.Column("n_sources", sa.Integer),
    sa.Index("ix_track_people_block", "block"),
    sa.Index("ix_track_people_name", "name"),
)
track_meetings = sa.Table(
    "track_meetings", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("block", sa.Text, nullable=False),
    sa.Column("process", ID),
    sa.Column("date", sa.String(10)),
    sa.Column("end_date", sa.String(10)),
    sa.Column("place", sa.Text),
    sa.Column("venue", sa.Text),
    sa.Column("round", sa.Integer),
    sa.Column("status", sa.String(20)),
    sa.Column("parties", sa.JSON),
    sa.Column("mediators", sa.JSON),
    sa.Column("format", sa.JSON),
    sa.Column("duration_minutes", sa.Integer),
    sa.Column("heads", sa.JSON),
    sa.Column("chairs", sa.JSON),
    sa.Column("sources", sa.JSON),
    sa.Column("n_sources", sa.Integer),
    sa.Column("text", sa.Text, comment="the first sentence that tells it"),
    sa.Index("ix_track_meetings_block", "block"),
    sa.Index("ix_track_meetings_process_date", "process", "date"),
    sa.Index("ix_track_meetings_date", "date"),
)
track_statements = sa.Table(
    "track_statements", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("block", sa.Text, nullable=False),
    sa.Column("process", ID),
    sa.Column("act", sa.String(20), nullable=False),
    sa.Column("issue", sa.String(40), nullable=False),
    sa.Column("actors", sa.JSON),
    sa.Column("date", sa.String(10)),
    sa.Column("quantity", sa.JSON),
    sa.Column("deadline", sa.String(40)),
    sa.Column("speakers", sa.JSON),
    sa.Column("targets", sa.JSON),
    sa.Column("dated", sa.Boolean),
    sa.Column("sources", sa.JSON),
    sa.Column("n_sources", sa.Integer),
    sa.Column("text", sa.Text, comment="the first sentence that tells it"),
    sa.Index("ix_track_statements_block", "block"),
    sa.Index("ix_track_statements_process_issue", "process", "issue"),
    sa.Index("ix_track_statements_date", "date"),
)
track_positions = sa.Table(
    "track_positions", metadata,
    sa.Column("id", ID, primary_key=True),
    sa.Column("process", ID),
    sa.Column("party", sa.String(20), nullable=False),
    sa.Column("issue", sa.String(40), nullable=False),
    sa.Column("act", sa.String(20), nullable=False, comment="the latest act"),
    sa.Column("date", sa.String(10)),
    sa.Column("statement_id", ID, nullable=False, comment="the latest statement"),
    sa.Column("changes", sa.JSON),
    sa.Column("codes", sa.JSON, comment="every party its statements name"),
    # counted when the position is written (0005), so a page of positions reads no history
    sa.Column("history_total", sa.Integer, comment="how many statements its history holds"),
    sa.Column("sources_total", sa.Integer, comment="how many distinct reports tell its history"),
    sa.Index("ix_track_positions_party", "party"),
    sa.Index("ix_track_positions_process_issue", "process", "issue"),
)
track_position_history = sa.Table(
    "track_position_history", metadata,
    sa.Column("position_id", ID, primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("statement_id", ID, nullable=False),
)
track_commitments = sa.Table(
    "track_commitments", metadata,
    sa.Column("id", ID, primary_key=True, comment="the statement that made it"),
    sa.Column("process", ID),
    sa.Column("issue", sa.String(40), nullable=False),
    sa.Column("date", sa.String(10)),
    sa.Column("status", sa.String(30), nullable=False),
    sa.Column("target", sa.Float),
    sa.Column("done", sa.Float),
    sa.Column("per_party", sa.Boolean),
    sa.Index("ix_track_commitments_process_issue", "process", "issue"),
    sa.Index("ix_track_commitments_date", "date"),
)
track_commitment_steps = sa.Table(
    "track_commitment_steps", metadata,
    sa.Column("commitment_id", ID, primary_key=True),
    sa.Column("kind", sa.String(20), primary_key=True, comment="step, restated or breach"),
    sa.Column("statement_id", ID, primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False),
)
track_conflicts = sa.Table(
    "track_conflicts", metadata,
    sa.Column("kind", sa.String(10), primary_key=True),
    sa.Column("tracked_id", ID, primary_key=True),
    sa.Column("field", sa.String(40), primary_key=True),
    sa.Column("seq", sa.Integer, nullable=False),
    sa.Column("cited", sa.JSON, nullable=False, comment="[{value, sources: [doc ids]}, ...]"),
)
track_parties = sa.Table(
    "track_parties", metadata,
    sa.Column("kind", sa.String(10), primary_key=True),
    sa.Column("tracked_id", ID, primary_key=True),
    sa.Column("party", sa.String(20), primary_key=True),
    sa.Index("ix_track_parties_party_kind", "party", "kind"),
)

track_doc_codes = sa.Table(
    "track_doc_codes", metadata,
    sa.Column("code", sa.String(20), primary_key=True),
    sa.Column("document_id", sa.String(64), _fk(), primary_key=True),
    comment="every party code a report's meetings (parties, mediators) and statements (actors) name: "
            "the reports whose processes a new table of parties can change",
)

TRACKED_TABLES = (track_processes, track_people, track_meetings, track_statements, track_positions,
                  track_position_history, track_commitments, track_commitment_steps, track_conflicts,
                  track_parties, track_mentions, track_registry, track_doc_codes)


# ------------------------------------------------------------ small helpers

def _chunks(items: Sequence[Any], n: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i:i + n]


def _src_list(sources: Iterable[SourceRef]) -> list[list[str | None]]:
    return [[s.doc_id, s.url, s.path, s.title, s.outlet, s.published] for s in sources]


_REFS: dict[tuple[Any, ...], SourceRef] = {}  # one object per stored document, shared by the items citing it


def _src_refs(data: Any) -> tuple[SourceRef, ...]:
    out = []
    for d in data or ():
        key = tuple(d)
        ref = _REFS.get(key)
        if ref is None:
            ref = _REFS[key] = SourceRef(doc_id=d[0], url=d[1], path=d[2], title=d[3], outlet=d[4], published=d[5])
        out.append(ref)
    return tuple(out)


def _split_evidence(text: str | None) -> tuple[str, ...]:
    if not text:
        return ()
    return tuple(" ".join(t.split()) for t in text.split(" … "))


def state(conn: Connection) -> dict[str, str]:
    return {r.key: r.value for r in conn.execute(sa.select(track_state.c.key, track_state.c.value))}


def _set_state(conn: Connection, key: str, value: str) -> None:
    conn.execute(track_state.delete().where(track_state.c.key == key))
    conn.execute(track_state.insert().values(key=key, value=value))


def pending_count(conn: Connection) -> int:
    return int(conn.execute(sa.select(sa.func.count()).select_from(track_pending)).scalar() or 0)


def needs_tracking(conn: Connection) -> bool:
    """Documents wait to be merged, or the tables were built by other rules (a retrack is due)."""
    st = state(conn)
    has_docs = conn.execute(sa.select(documents.c.id).limit(1)).first() is not None
    if has_docs and st.get("rules_version") != RULES_VERSION:
        return True
    return pending_count(conn) > 0


def mark_pending(conn: Connection, doc_id: str) -> None:
    """In the transaction that stores the document: it waits to be merged."""
    conn.execute(track_pending.insert().values(document_id=doc_id))


# ------------------------------------------------------------ loading items

def _doc_sources(conn: Connection, doc_ids: Sequence[str]) -> dict[str, SourceRef]:
    out = {}
    for chunk in _chunks(list(doc_ids)):
        q = sa.select(documents.c.id, documents.c.url, documents.c.path, documents.c.title, documents.c.outlet,
                      documents.c.published).where(documents.c.id.in_(chunk))
        for r in conn.execute(q):
            out[r.id] = SourceRef(doc_id=r.id, url=r.url, path=r.path, title=r.title, outlet=r.outlet,
                                  published=r.published)
    return out


def _actor_of(r: Any) -> Actor:
    # the merge reads names, kinds, roles and parties; the evidence comes as its text
    return Actor(id=r.item_id, name=r.name, kind=r.kind or "person", roles=tuple(r.roles or ()),
                 affiliation=r.affiliation)


def _meeting_of(r: Any) -> Meeting:
    heads = r.heads or {}
    return Meeting(id=r.item_id, status=r.status or "held", date=r.date, place=r.place, venue=r.venue,
                   round=r.round, parties=tuple(r.parties or ()), mediators=tuple(r.mediators or ()),
                   chairs=tuple(r.chairs or ()), heads=tuple(heads.items() if isinstance(heads, dict) else heads),
                   format=tuple(r.format or ()), duration_minutes=r.duration_minutes)


def _statement_of(r: Any) -> Statement:
    q = None
    if r.quantity_value is not None or r.quantity_low is not None or r.quantity_high is not None or r.quantity_unit:
        q = Quantity(value=r.quantity_value, low=r.quantity_low, high=r.quantity_high, unit=r.quantity_unit,
                     per_party=bool(r.quantity_per_party), approximate=bool(r.quantity_approximate))
    return Statement(id=r.item_id, act=r.act, actors=tuple(r.actors or ()), issue=r.issue, speaker=r.speaker,
                     target=tuple(r.target or ()), quantity=q, deadline=r.deadline, date=r.date,
                     condition=r.condition)


def load_docs(conn: Connection, doc_ids: Sequence[str] | None) -> dict[str, DocItems]:
    """The items of these documents (None: of all), as the tracker takes them."""
    ids = list(doc_ids) if doc_ids is not None else [r[0] for r in conn.execute(sa.select(documents.c.id))]
    sources = _doc_sources(conn, ids)
    items: dict[str, dict[str, list[Any]]] = {d: {"a": [], "m": [], "s": []} for d in sources}
    a_cols = [actor_rows.c[c] for c in ("document_id", "item_id", "name", "kind", "roles", "affiliation")]
    m_cols = [c for c in meeting_rows.c if c.name != "evidence"]
    s_cols = [c for c in statement_rows.c if c.name != "evidence"]
    for chunk in _chunks(ids):
        for r in conn.execute(sa.select(*a_cols).where(actor_rows.c.document_id.in_(chunk))):
            # a person's sentences are read by ``show`` from the item rows; the merge needs none
            items[r.document_id]["a"].append((r.item_id, _actor_of(r), ()))
        for r in conn.execute(sa.select(*m_cols).where(meeting_rows.c.document_id.in_(chunk))):
            items[r.document_id]["m"].append((r.item_id, _meeting_of(r), _split_evidence(r.evidence_text)))
        for r in conn.execute(sa.select(*s_cols).where(statement_rows.c.document_id.in_(chunk))):
            items[r.document_id]["s"].append((r.item_id, _statement_of(r), _split_evidence(r.evidence_text)))
    return {d: _doc_items(sources[d], it) for d, it in items.items()}


def _item_order(x: tuple[str, Any, Any]) -> tuple[int, str]:
    return _id_order(x[0])


@functools.lru_cache(maxsize=4096)
def _id_order(item_id: str) -> tuple[int, str]:
    """a2 before a10: the number in the id, then the id (the same few ids recur in every report)."""
    head, _, tail = item_id.partition("~")
    digits = "".join(c for c in head if c.isdigit())
    return (int(digits) if digits else 0, item_id)


def _doc_items(source: SourceRef, it: dict[str, list[Any]]) -> DocItems:
    from parley.track.blocks import DocItems
    return DocItems(source=source, actors=tuple(sorted(it["a"], key=_item_order)),
                    meetings=tuple(sorted(it["m"], key=_item_order)),
                    statements=tuple(sorted(it["s"], key=_item_order)))


class _Row:
    """An item row the store has just written, read as a row read back from it."""

    def __init__(self, values: dict[str, Any]) -> None:
        self.__dict__.update(values)

    def __getattr__(self, name: str) -> Any:  # a column the row does not have
        raise AttributeError(name)


def _as_stored(row: dict[str, Any], floats: Sequence[str], ints: Sequence[str]) -> _Row:
    """The values a row read back gives: REAL columns as floats, INTEGER ones as ints
    (what SQLite's column affinity and PostgreSQL's types make of what was written)."""
    r = _Row(row)
    for name in floats:
        v = row[name]
        if v is not None and type(v) is int:
            setattr(r, name, float(v))
    for name in ints:
        v = row[name]
        if type(v) is float and v.is_integer():
            setattr(r, name, int(v))
    return r


def _numeric(table: sa.Table) -> tuple[list[str], list[str]]:
    return ([c.name for c in table.c if isinstance(c.type, sa.Float)],
            [c.name for c in table.c if isinstance(c.type, sa.Integer) and not isinstance(c.type, sa.Boolean)])


def fresh_docs(kept: dict[str, Any], doc_ids: Sequence[str]) -> dict[str, DocItems]:
    """The items of these documents (those ``Store`` kept when it stored them, see
    ``db.FRESH_DOCS_KEPT``) as ``load_docs`` gives them, without reading them back."""
    numeric = {t.name: _numeric(t) for t in (actor_rows, meeting_rows, statement_rows)}
    out = {}
    for d in doc_ids:
        source, rows = kept[d]
        it: dict[str, list[Any]] = {"a": [], "m": [], "s": []}
        for name, table_rows in rows:
            if name not in numeric:
                continue  # quotes: the merge reads none
            floats, ints = numeric[name]
            for row in table_rows:
                r = _as_stored(row, floats, ints)
                if name == "actors":
                    it["a"].append((r.item_id, _actor_of(r), ()))
                elif name == "meetings":
                    it["m"].append((r.item_id, _meeting_of(r), _split_evidence(r.evidence_text)))
                else:
                    it["s"].append((r.item_id, _statement_of(r), _split_evidence(r.evidence_text)))
        out[d] = _doc_items(SourceRef(**source), it)
    return out


def _load_pending(conn: Connection, pending: Sequence[str], fresh: dict[str, Any] | None) -> dict[str, DocItems]:
    """The pending documents' items, in ``pending``'s order: from ``fresh`` where the
    store kept them, the rest read from the store."""
    fresh = fresh or {}
    got = fresh_docs(fresh, [d for d in pending if d in fresh])
    got.update(load_docs(conn, [d for d in pending if d not in fresh]))
    return {d: got[d] for d in pending if d in got}


class DocCache:
    """Documents' items loaded once per merge, whichever blocks ask for them."""

    def __init__(self, conn: Connection, docs: dict[str, DocItems] | None = None) -> None:
        self.conn = conn
        self.docs: dict[str, DocItems] = dict(docs or {})

    def get(self, doc_ids: Iterable[str]) -> dict[str, DocItems]:
        want = sorted(set(doc_ids))
        missing = [d for d in want if d not in self.docs]
        if missing:
            self.docs.update(load_docs(self.conn, missing))
        return {d: self.docs[d] for d in want if d in self.docs}


# ------------------------------------------------------------ block assignment

def base_assignments(docs: Iterable[DocItems], pm: ProcessMap) -> dict[tuple[str, str, str], dict[str, Any]]:
    """(doc, kind, item) -> base block, place key and day of each item."""
    from parley.track.blocks import assign, meeting_place_day
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for d in docs:
        blocks = assign(d, pm)
        meetings = {i: m for i, m, _ in d.meetings}
        for (kind, item_id), block in blocks.items():
            place, day = meeting_place_day(meetings[item_id]) if kind == "meeting" else (None, None)
            out[(d.source.doc_id, kind, item_id)] = {"base_block": block, "place_key": place, "day": day}
    return out


def doc_codes(d: DocItems) -> set[str]:
    """The party codes a report's process assignment depends on (``blocks.assign``)."""
    out: set[str] = set()
    for _, m, _ in d.meetings:
        out.update(m.parties)
        out.update(m.mediators)
    for _, st, _ in d.statements:
        out.update(st.actors)
    return out


def _write_doc_codes(conn: Connection, docs: Iterable[DocItems], *, replace: bool, bulk: bool = False) -> None:
    docs = list(docs)
    if replace:
        for chunk in _chunks([d.source.doc_id for d in docs]):
            conn.execute(track_doc_codes.delete().where(track_doc_codes.c.document_id.in_(chunk)))
    (_bulk_insert if bulk else _insert)(conn, track_doc_codes, [{"code": c, "document_id": d.source.doc_id}
                                    for d in docs for c in sorted(doc_codes(d)) if c])


def changed_codes(old: ProcessMap, new: ProcessMap, new_entries: Iterable[str]) -> set[str]:
    """The party codes whose processes a change of the registry from ``old`` to ``new``
    can move: the codes of every process that appeared, went or changed its table, of
    the new entries, and the codes newly seen as mediators. An item that names none of
    them keeps its process (``ProcessMap.meeting_process`` / ``statement_process`` look
    only at processes whose codes include the item's own)."""
    out: set[str] = set()
    for pid in set(old.processes) | set(new.processes):
        a, b = old.processes.get(pid), new.processes.get(pid)
        if a != b or old.tables.get(pid) != new.tables.get(pid):
            for p in (a, b):
                if p is not None:
                    out.update(p.sides)
                    out.update(p.mediators)
    for e in new_entries:
        _, parties, mediators = e.split("|")
        out.update(c for c in (*parties.split(","), *mediators.split(",")) if c)
    out |= new.mediators - old.mediators
    return out


def _near_days(day: str) -> list[str]:
    d = date.fromisoformat(day)
    return [(d + timedelta(days=k)).isoformat() for k in range(-1, 2)]


# ------------------------------------------------------------ the step

@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector off for the merge, as it was after. The merge makes
    hundreds of thousands of objects that live until it ends, and every full collection
    walks all of them and the caller's heap besides (after a 10k ``parley add``, the
    reports kept for it): 15.6 s CPU for a 10k merge with the collector, 10.9 s without.
    What the merge leaves in cycles is collected when the collector is back on."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def track(conn: Connection, *, dialect: str, fresh: dict[str, Any] | None = None) -> dict[str, int]:
    """Merge the pending documents into the tracked tables (inside the caller's write
    transaction); what it did, in counts. ``fresh``: the item rows ``Store`` kept of the
    documents it stored (``fresh_docs``), so that those are not read back."""
    with _no_cycle_collection():
        return _track(conn, dialect=dialect, kept=fresh)


def _track(conn: Connection, *, dialect: str, kept: dict[str, Any] | None) -> dict[str, int]:
    from parley.track.blocks import ProcessMap, registry_entries
    from parley.track.statements import ledger_key, ledger_parents
    if dialect == "postgresql":
        conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": 0x747261636B})  # "track"
    st = state(conn)
    if st.get("rules_version") != RULES_VERSION:
        _reset(conn)
    pending = sorted(r[0] for r in conn.execute(sa.select(track_pending.c.document_id)))
    if not pending:
        return {"documents": 0}
    new_docs = _load_pending(conn, pending, kept)

    old_entries = {r[0] for r in conn.execute(sa.select(track_registry.c.entry))}
    new_entries = {e for d in new_docs.values() for e in registry_entries(d)} - old_entries
    for chunk in _chunks(sorted(new_entries)):
        conn.execute(track_registry.insert(), [{"entry": e} for e in chunk])
    pm = ProcessMap.of(old_entries | new_entries)

    # 1. blocks of every item: of the new documents, or of all when the processes changed
    tracked_before = conn.execute(sa.select(track_mentions.c.document_id).limit(1)).first() is not None
    if not tracked_before:
        # nothing merged yet (a new store, a retrack): every block at once, in memory
        counts = _full_build(conn, pm, new_docs)
        for chunk in _chunks(pending):
            conn.execute(track_pending.delete().where(track_pending.c.document_id.in_(chunk)))
        return {"documents": len(pending), **counts}
    _write_doc_codes(conn, new_docs.values(), replace=True)
    light = dict(new_docs)
    reassigned = 0
    if new_entries:
        # a new table of parties may change the process of the reports naming its codes,
        # and of those only: their blocks are computed again, the rest of the store is not read
        codes = changed_codes(ProcessMap.of(old_entries), pm, new_entries)
        others: set[str] = set()
        for chunk in _chunks(sorted(codes)):
            others.update(r[0] for r in conn.execute(
                sa.select(track_doc_codes.c.document_id).where(track_doc_codes.c.code.in_(chunk)).distinct()))
        others -= set(new_docs)
        reassigned = len(others)
        light.update(load_docs(conn, sorted(others)))
    cache = DocCache(conn, light)
    base = base_assignments(light.values(), pm)
    stored: dict[tuple[str, str, str], Any] = {}
    again = sorted(set(light) - set(new_docs))
    for chunk in _chunks(again):
        for r in conn.execute(sa.select(track_mentions).where(track_mentions.c.document_id.in_(chunk))):
            stored[(r.document_id, r.kind, r.item_id)] = r
    dirty: dict[str, set[str]] = {"actor": set(), "meeting": set(), "statement": set()}
    rows_new, rows_changed = [], []
    for key, a in base.items():
        old = stored.get(key)
        if old is None:
            rows_new.append({"document_id": key[0], "kind": key[1], "item_id": key[2], "block": a["base_block"],
                             "tracked_id": None, **a})
            dirty[key[1]].add(a["base_block"])
        elif old.base_block != a["base_block"]:
            rows_changed.append({"k_doc": key[0], "k_kind": key[1], "k_item": key[2], "base_block": a["base_block"],
                                 "block": a["base_block"], "place_key": a["place_key"], "day": a["day"]})
            dirty[key[1]] |= {old.block, a["base_block"]}
    for chunk in _chunks(rows_new):
        conn.execute(track_mentions.insert(), list(chunk))
    if rows_changed:
        conn.execute(track_mentions.update().where(
            track_mentions.c.document_id == sa.bindparam("k_doc"), track_mentions.c.kind == sa.bindparam("k_kind"),
            track_mentions.c.item_id == sa.bindparam("k_item")).values(
            base_block=sa.bindparam("base_block"), block=sa.bindparam("block"), place_key=sa.bindparam("place_key"),
            day=sa.bindparam("day")), rows_changed)

    # 2. accounts with no process join the one process that met there that day
    touched = {(r["place_key"], r["day"]) for r in (*rows_new, *rows_changed)
               if r.get("kind", r.get("k_kind")) == "meeting" and r["place_key"] and r["day"]}
    dirty["meeting"] |= _reattach(conn, touched)

    # 3. people (a new mention of a known person joins it where the merge would), then
    # every meeting and statement of a report whose people moved
    fresh: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for new_row in rows_new:
        if new_row["kind"] == "actor":
            fresh[new_row["base_block"]].append((new_row["document_id"], new_row["item_id"]))
    moved_blocks: set[str] = set()
    for changed in rows_changed:
        if changed["k_kind"] == "actor":
            moved_blocks |= {changed["base_block"], stored[(changed["k_doc"], "actor", changed["k_item"])].block}
    joined = _join_people(conn, {b: v for b, v in fresh.items() if b not in moved_blocks}, new_docs)
    dirty["actor"] -= joined
    moved_docs = _merge_people(conn, sorted(dirty["actor"]), cache)
    for chunk in _chunks(sorted(moved_docs | set(pending))):
        q = sa.select(track_mentions.c.kind, track_mentions.c.block).where(
            track_mentions.c.document_id.in_(chunk), track_mentions.c.kind.in_(("meeting", "statement"))).distinct()
        for r in conn.execute(q):
            dirty[r.kind].add(r.block)

    # 4. meetings and statements; positions and commitments of the statements that changed
    _merge_meetings(conn, sorted(dirty["meeting"]), cache)
    keys = _merge_statements(conn, sorted(dirty["statement"]), cache)
    parents = ledger_parents(pm.processes.values())
    ledgers = {ledger_key(k[0], parents) for k in keys}
    if new_entries:
        # a new table may make a bilateral process half of a brokered one (or no longer)
        before = ledger_parents(ProcessMap.of(old_entries).processes.values())
        for pair in set(before) | set(parents):
            if (before[pair].id if pair in before else None) != (parents[pair].id if pair in parents else None):
                ledgers |= {ledger_key(pair, before), ledger_key(pair, parents)}
    _rebuild_positions(conn, sorted(keys, key=lambda k: (k[0] or "", k[1])))
    _rebuild_ledgers(conn, sorted(ledgers), parents)

    _write_processes(conn, pm)
    for chunk in _chunks(pending):
        conn.execute(track_pending.delete().where(track_pending.c.document_id.in_(chunk)))
    return {"documents": len(pending), "reassigned_documents": reassigned, "people_joined": len(joined),
            "people_blocks": len(dirty["actor"]), "meeting_blocks": len(dirty["meeting"]),
            "statement_blocks": len(dirty["statement"])}


def _full_build(conn: Connection, pm: ProcessMap, docs: dict[str, DocItems]) -> dict[str, int]:
    """Every tracked table from these documents, merged block by block in memory and
    written once: what the incremental step gives, without reading back what it wrote."""
    from parley.track.blocks import (
        assign,
        attach_all,
        meeting_mention,
        meeting_place_day,
        merge_actor_block,
        merge_meeting_block,
        merge_statement_block,
        statement_mention,
    )
    from parley.track.model import ActorMention
    from parley.track.statements import LEDGER_ACTS, ledger_key, ledger_parents

    order = [docs[k] for k in sorted(docs)]
    blocks = {d.source.doc_id: assign(d, pm) for d in order}
    base = {d: dict(b) for d, b in blocks.items()}
    attach_all(order, blocks)

    actor_blocks: dict[str, list[ActorMention]] = defaultdict(list)
    for d in order:
        own = blocks[d.source.doc_id]
        for item_id, a, ev in d.actors:
            actor_blocks[own[("actor", item_id)]].append(ActorMention(source=d.source, actor=a, evidence=ev))
    actor_ids: dict[tuple[str, str], str] = {}
    people, conflicts, parties = [], [], []
    for b in sorted(actor_blocks):
        got, mapping = merge_actor_block(actor_blocks[b])
        actor_ids.update(mapping)
        for person in got:
            people.append({"id": person.id, "block": b, "name": person.name, "kind": person.kind,
                           "names": list(person.names), "roles": list(person.roles), "affiliation": person.affiliation,
                           "sources": _src_list(person.sources), "n_sources": len(person.sources)})
            conflicts += _conflict_rows("actor", person.id, person.conflicts)

    meeting_blocks: dict[str, list[Any]] = defaultdict(list)
    statement_blocks: dict[str, list[Any]] = defaultdict(list)
    for d in order:
        own = blocks[d.source.doc_id]
        for item_id, m, ev in d.meetings:
            mm = meeting_mention(d, m, ev, actor_ids)
            if mm is not None:
                meeting_blocks[own[("meeting", item_id)]].append(mm)
        for item_id, st, ev in d.statements:
            statement_blocks[own[("statement", item_id)]].append(statement_mention(d, st, ev, actor_ids))
    tracked_of: dict[tuple[str, str, str], str] = {(d, "actor", i): t for (d, i), t in actor_ids.items()}
    meetings = []
    for b in sorted(meeting_blocks):
        for tm in merge_meeting_block(b, meeting_blocks[b]):
            meetings.append(meeting_row(tm, b))
            conflicts += _conflict_rows("meeting", tm.id, tm.conflicts)
            parties += [{"kind": "meeting", "tracked_id": tm.id, "party": c} for c in sorted(tm.table)]
            for x in tm.mentions:
                tracked_of[(x.source.doc_id, "meeting", x.meeting.id)] = tm.id
    statements, by_key = [], defaultdict(list)
    for b in sorted(statement_blocks):
        for ts in merge_statement_block(b, statement_blocks[b]):
            statements.append(statement_row(ts, b))
            conflicts += _conflict_rows("statement", ts.id, ts.conflicts)
            parties += [{"kind": "statement", "tracked_id": ts.id, "party": c}
                        for c in sorted(set(ts.actors) | set(ts.targets))]
            by_key[(ts.process, ts.issue)].append(ts)
            for y in ts.mentions:
                tracked_of[(y.source.doc_id, "statement", y.statement.id)] = ts.id

    mentions = []
    for d in order:
        doc = d.source.doc_id
        meetings_of = {i: m for i, m, _ in d.meetings}
        for (kind, item_id), block in sorted(blocks[doc].items()):
            place, day = meeting_place_day(meetings_of[item_id]) if kind == "meeting" else (None, None)
            mentions.append({"document_id": doc, "kind": kind, "item_id": item_id, "base_block": base[doc][(kind, item_id)],
                             "block": block, "place_key": place, "day": day,
                             "tracked_id": tracked_of.get((doc, kind, item_id))})
    for table, rows in ((track_mentions, mentions), (track_people, people), (track_meetings, meetings),
                        (track_statements, statements), (track_conflicts, conflicts), (track_parties, parties)):
        _bulk_insert(conn, table, rows)
    parents = ledger_parents(pm.processes.values())
    ledgers: dict[str, list[TrackedStatement]] = defaultdict(list)
    for key in sorted(by_key, key=lambda k: (k[0] or "", k[1])):
        ordered = sorted(by_key[key], key=lambda s: (s.date or "9999", s.id))
        _write_positions(conn, key[0], ordered)
        ledgers[ledger_key(key[0], parents)] += [s for s in ordered if s.act in LEDGER_ACTS]
    by_parent = {p.id: p for p in parents.values()}
    for lk in sorted(ledgers):
        _write_ledger(conn, ledgers[lk], by_parent.get(lk))
    conn.execute(track_doc_codes.delete())  # a migration may have filled it for reports pending here
    _write_doc_codes(conn, order, replace=False, bulk=True)
    _write_processes(conn, pm)
    return {"people": len(people), "meetings": len(meetings), "statements": len(statements)}


def _write_processes(conn: Connection, pm: ProcessMap) -> None:
    conn.execute(track_processes.delete())
    rows = [{"id": p.id, "name": p.name, "sides": list(p.sides), "mediators": list(p.mediators)}
            for p in sorted(pm.processes.values(), key=lambda p: p.id)]
    _insert(conn, track_processes, rows)


def _reset(conn: Connection) -> None:
    """Empty the tracked tables and mark every document pending (a retrack)."""
    for t in TRACKED_TABLES:
        conn.execute(t.delete())
    conn.execute(track_pending.delete())
    conn.execute(track_pending.insert().from_select(["document_id"], sa.select(documents.c.id)))
    _set_state(conn, "rules_version", RULES_VERSION)


def retrack(conn: Connection, *, dialect: str, fresh: dict[str, Any] | None = None) -> dict[str, int]:
    _reset(conn)
    return track(conn, dialect=dialect, fresh=fresh)


def _reattach(conn: Connection, touched: set[tuple[str, str]]) -> set[str]:
    """Recompute the block of the no-process accounts near these places and days; the
    blocks that gained or lost one."""
    from parley.track.blocks import attach
    dirty: set[str] = set()
    by_place: dict[str, set[str]] = defaultdict(set)
    for place, day in touched:
        by_place[place].update(_near_days(day))
    for place, days in sorted(by_place.items()):
        wide = sorted({x for d in days for x in _near_days(d)})
        q = sa.select(track_mentions.c.document_id, track_mentions.c.item_id, track_mentions.c.base_block,
                      track_mentions.c.block, track_mentions.c.day).where(
            track_mentions.c.kind == "meeting", track_mentions.c.place_key == place, track_mentions.c.day.in_(wide))
        rows = list(conn.execute(q))
        near = [(r.base_block, r.day) for r in rows]
        for r in rows:
            if r.day not in days and not r.base_block.startswith("t:"):
                continue
            want = attach(r.base_block, place, r.day, near)
            if want != r.block:
                conn.execute(track_mentions.update().where(
                    track_mentions.c.document_id == r.document_id, track_mentions.c.kind == "meeting",
                    track_mentions.c.item_id == r.item_id).values(block=want))
                dirty |= {want, r.block}
    return dirty


def _mentions_in(conn: Connection, kind: str, blocks: Sequence[str]) -> list[Any]:
    out: list[Any] = []
    for chunk in _chunks(list(blocks)):
        out.extend(conn.execute(sa.select(track_mentions.c.document_id, track_mentions.c.item_id,
                                          track_mentions.c.block, track_mentions.c.tracked_id).where(
            track_mentions.c.kind == kind, track_mentions.c.block.in_(chunk))))
    return out


def _set_tracked(conn: Connection, kind: str, ids: dict[tuple[str, str], str | None]) -> None:
    rows = [{"k_doc": d, "k_item": i, "tid": t} for (d, i), t in ids.items()]
    for chunk in _chunks(rows, 2000):
        conn.execute(track_mentions.update().where(
            track_mentions.c.document_id == sa.bindparam("k_doc"), track_mentions.c.kind == kind,
            track_mentions.c.item_id == sa.bindparam("k_item")).values(tracked_id=sa.bindparam("tid")), list(chunk))


def _delete_tracked(conn: Connection, table: sa.Table, kind: str, blocks: Sequence[str]) -> list[str]:
    ids: list[str] = []
    for chunk in _chunks(list(blocks)):
        ids.extend(r[0] for r in conn.execute(sa.select(table.c.id).where(table.c.block.in_(chunk))))
    for chunk in _chunks(ids):
        conn.execute(table.delete().where(table.c.id.in_(chunk)))
        conn.execute(track_conflicts.delete().where(track_conflicts.c.kind == kind,
                                                    track_conflicts.c.tracked_id.in_(chunk)))
        conn.execute(track_parties.delete().where(track_parties.c.kind == kind, track_parties.c.tracked_id.in_(chunk)))
    return ids


def _conflict_rows(kind: str, tid: str, conflicts: Iterable[Conflict]) -> list[dict[str, Any]]:
    return [{"kind": kind, "tracked_id": tid, "field": c.field, "seq": i, "cited": [v.to_dict() for v in c.values]}
            for i, c in enumerate(conflicts)]


def _insert(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    for chunk in _chunks(rows, 1000):
        conn.execute(table.insert(), list(chunk))


# From this many rows on, the full build fills an emptied SQLite table before its indexes:
# 185k mentions (10k reports) took 4.4 s CPU into four live secondary indexes (a b-tree
# insert per row and index, in no order) and 1.6 s with the indexes made after the rows.
BULK_ROWS = 5000


def _bulk_insert(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """Rows into a table the full build has just emptied. On SQLite, with many rows, the
    table's own indexes (those with SQL of their own, not the primary key's) are dropped
    first and made again afterwards from their stored SQL, in the same transaction: the
    schema after is what it was, and a crash rolls back both. PostgreSQL inserts as
    ``_insert`` does (dropping an index there would lock readers out for the rebuild)."""
    if conn.dialect.name != "sqlite" or len(rows) < BULK_ROWS:
        _insert(conn, table, rows)
        return
    found = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                 "AND sql IS NOT NULL ORDER BY name", (table.name,)).all()
    for name, _ in found:
        conn.exec_driver_sql(f'DROP INDEX "{name}"')
    _sqlite_insert(conn, table, rows)
    for _, sql in found:
        conn.exec_driver_sql(sql)


def _sqlite_insert(conn: Connection, table: sa.Table, rows: list[dict[str, Any]]) -> None:
    """``_insert`` on SQLite, straight to the driver: the values SQLAlchemy would bind
    (JSON columns as ``json.dumps`` text, ``null`` for None, as ``sa.JSON`` writes them;
    the rest as they are), without its per-row parameter processing (a third of the
    write of 185k mentions). Every row has the first row's keys, as ``_insert`` needs."""
    cols = list(rows[0])
    is_json = [isinstance(table.c[c].type, sa.JSON) for c in cols]
    quote = conn.dialect.identifier_preparer.quote
    sql = (f"INSERT INTO {quote(table.name)} ({', '.join(quote(c) for c in cols)}) "
           f"VALUES ({', '.join('?' for _ in cols)})")
    dumps = json.dumps
    for chunk in _chunks(rows, 5000):
        conn.exec_driver_sql(sql, [tuple(dumps(r[c]) if j else r[c] for c, j in zip(cols, is_json, strict=True))
                                   for r in chunk])


def _join_people(conn: Connection, fresh: dict[str, list[tuple[str, str]]], new_docs: dict[str, DocItems]) -> set[str]:
    """The people blocks whose new mentions (doc id, item id) join the block's one person
    (or organization) without a re-merge; their rows are updated here.

    A block qualifies only where the whole merge (``people.merge_actors``) would give the
    same people with the new mentions added to the one there: each new mention repeats a
    spelling that person was already told by; a person's full name, or bare surname (the
    person's own, read after every full name), brings no party and no role word that its
    full names' mentions did not already give; the name, party, roles and id it is shown
    with stay (the spellings counted); nor does the order in which the merge meets the
    names change. Any doubt: the block is merged again whole, as before."""
    from parley.track.people import full_key, name_tokens, surname_key

    if not fresh:
        return set()
    people: dict[str, list[Any]] = defaultdict(list)
    blocks = sorted(fresh)
    for chunk in _chunks(blocks):
        for r in conn.execute(sa.select(track_people.c.id, track_people.c.block, track_people.c.name,
                                        track_people.c.kind, track_people.c.names, track_people.c.roles,
                                        track_people.c.affiliation).where(track_people.c.block.in_(chunk))):
            people[r.block].append(r)
    new_ids = sorted(new_docs)
    joined: set[str] = set()
    for b in blocks:
        rows = people.get(b, [])
        if len(rows) != 1:
            continue
        g = rows[0]
        names = list(g.names or ())
        person = b.startswith("p:")
        plan: list[tuple[str, Actor, list[str]]] = []  # (doc, actor, the spellings whose mentions must cover it)
        full_names = [n for n in names if full_key(n)]
        for doc_id, item_id in fresh[b]:
            a = next((x for i, x, _ in new_docs[doc_id].actors if i == item_id), None)
            if a is None or a.name not in names or (a.kind or "person") != (g.kind or "person"):
                break
            if a.affiliation and a.affiliation != g.affiliation:
                break
            if not person:
                plan.append((doc_id, a, []))  # one organization per block: the merge compares nothing
                continue
            f = full_key(a.name)
            if f is None:
                # a bare surname: read after every full name; it joins the person whose first
                # name read (the fullest) has its surname, if those full names cover it
                if not full_names:
                    break
                first = min(full_names, key=lambda n: (-len(name_tokens(n)), fold_text(n)))
                if surname_key(a.name) != surname_key(first) or len(surname_key(a.name)) < 3:
                    break
                plan.append((doc_id, a, full_names))
                continue
            same = [n for n in names if full_key(n) == f]
            folds = sorted(fold_text(n) for n in same)
            width = len(name_tokens(a.name))
            if any(full_key(n) != f and len(name_tokens(n)) == width and folds[0] < fold_text(n) < folds[-1]
                   for n in names):
                break  # another name the merge would meet between two spellings of this one
            plan.append((doc_id, a, same))
        else:
            if plan and _join_person(conn, g, plan, new_ids):
                joined.add(b)
    return joined


def _join_person(conn: Connection, g: Any, plan: list[tuple[str, Actor, list[str]]], new_ids: Sequence[str]) -> bool:
    """Add these new mentions to person ``g`` if the stored mentions of the spellings given
    with each cover its party and role words, the name shown stays the most used fullest
    spelling, and the roles shown keep their order; False (nothing written) otherwise."""
    from parley.track.people import name_tokens, role_words

    m = track_mentions
    first_doc = conn.execute(sa.select(sa.func.min(m.c.document_id)).where(
        m.c.kind == "actor", m.c.tracked_id == g.id)).scalar()
    if first_doc is None or any(doc_id <= first_doc for doc_id, _, _ in plan):
        return False
    names = list(g.names or ())
    is_person = (g.kind or "person") == "person"
    kinds = sa.or_(actor_rows.c.kind.is_(None), actor_rows.c.kind.in_(("person", ""))) if is_person else \
        actor_rows.c.kind == g.kind
    # the spelling shown: fullest, then most used, then alphabetical (``people._tracked``)
    if any(a.name != g.name and len(name_tokens(a.name)) >= len(name_tokens(g.name)) for _, a, _ in plan):
        counts: Counter[str] = Counter()
        for chunk in _chunks(names):
            counts.update({r[0]: int(r[1]) for r in conn.execute(
                sa.select(actor_rows.c.name, sa.func.count()).where(
                    actor_rows.c.name.in_(chunk), kinds, actor_rows.c.document_id.not_in(new_ids))
                .group_by(actor_rows.c.name))})
        counts.update(a.name for _, a, _ in plan)
        if sorted(names, key=lambda n: (-len(name_tokens(n)), -counts[n], n))[0] != g.name:
            return False
    raw = conn.execute(sa.text("SELECT sources FROM track_people WHERE id = :id"), {"id": g.id}).scalar()
    listed: list[list[Any]] = json.loads(raw) if isinstance(raw, str) else list(raw or [])
    shown_folds = {fold_text(r) for r in g.roles or ()}
    sources = _doc_sources(conn, sorted({d for d, _, _ in plan}))
    needed = {fold_text(r) for _, a, _ in plan for r in a.roles}
    if not needed <= shown_folds:
        return False  # a role the person is not shown with yet
    first_told = _roles_first_told(conn, g.id, listed, needed) if needed else {}
    for doc_id, a, spellings in sorted(plan, key=lambda x: (sources[x[0]].published or "", x[0])):
        key = (sources[doc_id].published or "", doc_id)
        if any(first_told.get(fold_text(r), key) >= key for r in a.roles):
            return False  # it would be the first report to give one of its roles
        need_party = a.affiliation
        need_roles = set(role_words(a.roles))
        if spellings and (need_party or need_roles):
            q = (sa.select(actor_rows.c.affiliation, actor_rows.c.roles)
                 .where(actor_rows.c.name.in_(spellings), actor_rows.c.document_id.not_in(new_ids), kinds))
            if need_party and not need_roles:
                q = q.where(actor_rows.c.affiliation == need_party).limit(1)
            seen_party, seen_roles = False, set[str]()
            for r in conn.execute(q):
                seen_party = seen_party or r.affiliation == need_party
                seen_roles |= role_words(r.roles or ())
                if (seen_party or not need_party) and need_roles <= seen_roles:
                    break
            if not ((seen_party or not need_party) and need_roles <= seen_roles):
                return False
    # the person's reports, its party's reports, and the new mentions' tracked id
    listed += [[s.doc_id, s.url, s.path, s.title, s.outlet, s.published] for s in sources.values()]
    listed.sort(key=lambda d: (d[5] or "9999", d[0]))
    conn.execute(track_people.update().where(track_people.c.id == g.id).values(sources=listed,
                                                                                 n_sources=len(listed)))
    parties = [d for d, a, _ in plan if a.affiliation]
    if parties:
        tc = track_conflicts
        row = conn.execute(sa.select(tc.c.cited).where(
            tc.c.kind == "actor", tc.c.tracked_id == g.id, tc.c.field == "affiliation")).first()
        if row is not None:
            cited = [dict(v) for v in row.cited]
            for v in cited:
                if v["value"] == g.affiliation:
                    v["sources"] = sorted({*v["sources"], *parties})
            conn.execute(tc.update().where(tc.c.kind == "actor", tc.c.tracked_id == g.id,
                                           tc.c.field == "affiliation").values(cited=cited))
    _set_tracked(conn, "actor", {(doc_id, a.id): g.id for doc_id, a, _ in plan})
    return True


def _roles_first_told(conn: Connection, person: str, listed: list[list[Any]], wanted: set[str],
                      step: int = 200) -> dict[str, tuple[str, str]]:
    """Folded role -> (day, doc id) of the first of the person's reports, in the order its
    roles are read (``people._tracked``: undated first, then by day), that gives it; read
    a few reports at a time until every wanted role is found."""
    order = sorted(listed, key=lambda d: (d[5] or "", d[0]))
    found: dict[str, tuple[str, str]] = {}
    m = track_mentions
    for i in range(0, len(order), step):
        part = order[i:i + step]
        rows: dict[str, list[Any]] = defaultdict(list)
        q = (sa.select(actor_rows.c.document_id, actor_rows.c.roles)
             .join(m, sa.and_(m.c.document_id == actor_rows.c.document_id, m.c.item_id == actor_rows.c.item_id,
                              m.c.kind == "actor"))
             .where(m.c.tracked_id == person, actor_rows.c.document_id.in_([d[0] for d in part])))
        for r in conn.execute(q):
            rows[r.document_id].append(r.roles or ())
        for d in part:
            for roles in rows.get(d[0], ()):
                for role in roles:
                    found.setdefault(fold_text(role), (d[5] or "", d[0]))
        if wanted <= set(found):
            break
    return found


def _merge_people(conn: Connection, blocks: Sequence[str], cache: DocCache) -> set[str]:
    """Re-merge these people blocks; the documents whose people got another tracked id."""
    from parley.track.blocks import merge_actor_block
    if not blocks:
        return set()
    mentions = _mentions_in(conn, "actor", blocks)
    docs = cache.get(r.document_id for r in mentions)
    from parley.track.model import ActorMention

    by_block: dict[str, list[ActorMention]] = defaultdict(list)
    block_of = {(r.document_id, r.item_id): r.block for r in mentions}
    old = {(r.document_id, r.item_id): r.tracked_id for r in mentions}
    for d in docs.values():
        for item_id, a, ev in d.actors:
            b = block_of.get((d.source.doc_id, item_id))
            if b is not None:
                by_block[b].append(ActorMention(source=d.source, actor=a, evidence=ev))
    _delete_tracked(conn, track_people, "actor", blocks)
    people, conflicts, ids = [], [], {}
    for b in sorted(by_block):
        got, mapping = merge_actor_block(by_block[b])
        ids.update(mapping)
        for person in got:
            people.append({"id": person.id, "block": b, "name": person.name, "kind": person.kind,
                           "names": list(person.names), "roles": list(person.roles), "affiliation": person.affiliation,
                           "sources": _src_list(person.sources), "n_sources": len(person.sources)})
            conflicts += _conflict_rows("actor", person.id, person.conflicts)
    _insert(conn, track_people, people)
    _insert(conn, track_conflicts, conflicts)
    _set_tracked(conn, "actor", {k: ids.get(k) for k in old})
    return {k[0] for k in old if old[k] != ids.get(k)}


def _actor_ids(conn: Connection, doc_ids: Sequence[str]) -> dict[tuple[str, str], str]:
    out = {}
    for chunk in _chunks(list(doc_ids)):
        q = sa.select(track_mentions.c.document_id, track_mentions.c.item_id, track_mentions.c.tracked_id).where(
            track_mentions.c.kind == "actor", track_mentions.c.document_id.in_(chunk))
        for r in conn.execute(q):
            if r.tracked_id:
                out[(r.document_id, r.item_id)] = r.tracked_id
    return out


def _merge_meetings(conn: Connection, blocks: Sequence[str], cache: DocCache) -> None:
    from parley.track.blocks import meeting_mention, merge_meeting_block
    if not blocks:
        return
    for chunk in _chunks(list(blocks), 50):
        mentions = _mentions_in(conn, "meeting", chunk)
        doc_ids = sorted({r.document_id for r in mentions})
        docs = cache.get(doc_ids)
        actor_ids = _actor_ids(conn, doc_ids)
        block_of = {(r.document_id, r.item_id): r.block for r in mentions}
        by_block: dict[str, list[Any]] = defaultdict(list)
        for d in docs.values():
            for item_id, m, ev in d.meetings:
                b = block_of.get((d.source.doc_id, item_id))
                if b is None:
                    continue
                mm = meeting_mention(d, m, ev, actor_ids)
                if mm is not None:
                    by_block[b].append(mm)
        _delete_tracked(conn, track_meetings, "meeting", chunk)
        rows, conflicts, parties, ids = [], [], [], {}
        for b in sorted(by_block):
            for tm in merge_meeting_block(b, by_block[b]):
                rows.append(meeting_row(tm, b))
                conflicts += _conflict_rows("meeting", tm.id, tm.conflicts)
                parties += [{"kind": "meeting", "tracked_id": tm.id, "party": c} for c in sorted(tm.table)]
                for mm in tm.mentions:
                    ids[(mm.source.doc_id, mm.meeting.id)] = tm.id
        _insert(conn, track_meetings, rows)
        _insert(conn, track_conflicts, conflicts)
        _insert(conn, track_parties, parties)
        _set_tracked(conn, "meeting", {(r.document_id, r.item_id): ids.get((r.document_id, r.item_id))
                                       for r in mentions})


def meeting_row(m: TrackedMeeting, block: str) -> dict[str, Any]:
    text = next((t for mm in m.mentions for t in mm.evidence), None)
    return {"id": m.id, "block": block, "process": m.process, "date": m.date, "end_date": m.end_date,
            "place": m.place, "venue": m.venue, "round": m.round, "status": m.status, "parties": list(m.parties),
            "mediators": list(m.mediators), "format": list(m.format), "duration_minutes": m.duration_minutes,
            "heads": [list(h) for h in m.heads], "chairs": list(m.chairs), "sources": _src_list(m.sources),
            "n_sources": len(m.sources), "text": text}


def _merge_statements(conn: Connection, blocks: Sequence[str], cache: DocCache) -> set[tuple[str | None, str]]:
    """Re-merge these statement blocks; the (process, issue) keys whose positions and
    commitments must be built again."""
    from parley.track.blocks import block_process, merge_statement_block, statement_mention
    keys: set[tuple[str | None, str]] = set()
    for chunk in _chunks(list(blocks), 200):
        for b in chunk:
            _, act_actors_issue = b.split(":", 1)
            keys.add((block_process(b), act_actors_issue.rsplit("|", 1)[1]))
        mentions = _mentions_in(conn, "statement", chunk)
        doc_ids = sorted({r.document_id for r in mentions})
        docs = cache.get(doc_ids)
        actor_ids = _actor_ids(conn, doc_ids)
        block_of = {(r.document_id, r.item_id): r.block for r in mentions}
        by_block: dict[str, list[Any]] = defaultdict(list)
        for d in docs.values():
            for item_id, s, ev in d.statements:
                b = block_of.get((d.source.doc_id, item_id))
                if b is not None:
                    by_block[b].append(statement_mention(d, s, ev, actor_ids))
        _delete_tracked(conn, track_statements, "statement", chunk)
        rows, conflicts, parties, ids = [], [], [], {}
        for b in sorted(by_block):
            for ts in merge_statement_block(b, by_block[b]):
                rows.append(statement_row(ts, b))
                conflicts += _conflict_rows("statement", ts.id, ts.conflicts)
                parties += [{"kind": "statement", "tracked_id": ts.id, "party": c}
                            for c in sorted(set(ts.actors) | set(ts.targets))]
                for sm in ts.mentions:
                    ids[(sm.source.doc_id, sm.statement.id)] = ts.id
        _insert(conn, track_statements, rows)
        _insert(conn, track_conflicts, conflicts)
        _insert(conn, track_parties, parties)
        _set_tracked(conn, "statement", {(r.document_id, r.item_id): ids.get((r.document_id, r.item_id))
                                         for r in mentions})
    return keys


def statement_row(s: TrackedStatement, block: str) -> dict[str, Any]:
    text = next((t for sm in s.mentions for t in sm.evidence), None)
    return {"id": s.id, "block": block, "process": s.process, "act": s.act, "issue": s.issue,
            "actors": list(s.actors), "date": s.date, "quantity": s.quantity.to_dict() if s.quantity else None,
            "deadline": s.deadline, "speakers": list(s.speakers), "targets": list(s.targets), "dated": s.dated,
            "sources": _src_list(s.sources), "n_sources": len(s.sources), "text": text}


def _process_cond(col: Any, process: str | None) -> Any:
    return col.is_(None) if process is None else col == process


def _rebuild_positions(conn: Connection, keys: Sequence[tuple[str | None, str]]) -> None:
    for process, issue in keys:
        old_pos = [r[0] for r in conn.execute(sa.select(track_positions.c.id).where(
            _process_cond(track_positions.c.process, process), track_positions.c.issue == issue))]
        for chunk in _chunks(old_pos):
            conn.execute(track_positions.delete().where(track_positions.c.id.in_(chunk)))
            conn.execute(track_position_history.delete().where(track_position_history.c.position_id.in_(chunk)))
        statements = load_statements(conn, sa.and_(_process_cond(track_statements.c.process, process),
                                                   track_statements.c.issue == issue), conflicts=False)
        _write_positions(conn, process, statements)


def _ledger_processes(key: str, parents: dict[str, Process]) -> list[str | None]:
    """The processes whose commitments one ledger holds: its own, and its bilateral halves."""
    return [key or None, *sorted(pair for pair, parent in parents.items() if parent.id == key)]


def _in_processes(col: Any, processes: Sequence[str | None]) -> Any:
    named = [p for p in processes if p]
    conds = [col.in_(named)] if named else []
    if None in processes:
        conds.append(col.is_(None))
    return sa.or_(*conds)


def _rebuild_ledgers(conn: Connection, keys: Sequence[str], parents: dict[str, Process]) -> None:
    """The ledgers of these processes (``statements.ledger_key``) built again from their
    statements: one per process, every issue at once."""
    from parley.track.statements import LEDGER_ACTS, ledger_key
    by_parent = {p.id: p for p in parents.values()}
    for key in sorted({ledger_key(k or None, parents) for k in keys}):  # a half's ledger is its parent's
        procs = _ledger_processes(key, parents)
        old_com = [r[0] for r in conn.execute(sa.select(track_commitments.c.id).where(
            _in_processes(track_commitments.c.process, procs)))]
        for chunk in _chunks(old_com):
            conn.execute(track_commitments.delete().where(track_commitments.c.id.in_(chunk)))
            conn.execute(track_commitment_steps.delete().where(track_commitment_steps.c.commitment_id.in_(chunk)))
        statements = load_statements(conn, sa.and_(_in_processes(track_statements.c.process, procs),
                                                   track_statements.c.act.in_(LEDGER_ACTS)), conflicts=False)
        statements.sort(key=lambda s: (s.date or "9999", s.id))
        _write_ledger(conn, statements, by_parent.get(key))


def _write_positions(conn: Connection, process: str | None, statements: Sequence[TrackedStatement]) -> None:
    """The positions of one process and issue, from its statements (oldest first), written."""
    from parley.track.statements import build_positions
    pos_rows, hist_rows = [], []
    for p in build_positions(statements):
        pid = position_id(p)
        codes = sorted({c for s in p.history for c in (*s.actors, *s.targets)})
        pos_rows.append({"id": pid, "process": process, "party": p.party, "issue": p.issue, "act": p.latest.act,
                         "date": p.latest.date, "statement_id": p.latest.id, "changes": list(p.changes),
                         "codes": codes, "history_total": len(p.history),
                         "sources_total": len({src.doc_id for s in p.history for src in s.sources})})
        hist_rows += [{"position_id": pid, "seq": i, "statement_id": s.id} for i, s in enumerate(p.history)]
    _insert(conn, track_positions, pos_rows)
    _insert(conn, track_position_history, hist_rows)


def _write_ledger(conn: Connection, statements: Sequence[TrackedStatement], parent: Process | None) -> None:
    """The commitments of one ledger (a process, with its bilateral halves where ``parent``
    is the brokered process), written; each row under the process it is shown in."""
    from parley.track.statements import LEDGER_ACTS, _ledger
    com_rows, step_rows = [], []
    for c in _ledger([s for s in statements if s.act in LEDGER_ACTS], parent):
        com_rows.append({"id": c.statement.id, "process": c.statement.process, "issue": c.statement.issue,
                         "date": c.statement.date, "status": c.status, "target": c.target, "done": c.done,
                         "per_party": c.per_party})
        for kind, items in (("step", c.steps), ("restated", c.restated), ("breach", c.breaches)):
            step_rows += [{"commitment_id": c.statement.id, "kind": kind, "statement_id": x.id, "seq": i}
                          for i, x in enumerate(items)]
    _insert(conn, track_commitments, com_rows)
    _insert(conn, track_commitment_steps, step_rows)


def position_id(p: Position) -> str:
    return content_id("pos", p.latest.process or "", p.party, p.issue)


# ------------------------------------------------------------ reading the tables back

def _conflicts(conn: Connection, kind: str, ids: Sequence[str]) -> dict[str, tuple[Conflict, ...]]:
    found: dict[str, list[tuple[int, Conflict]]] = defaultdict(list)
    for chunk in _chunks(list(ids)):
        q = sa.select(track_conflicts).where(track_conflicts.c.kind == kind, track_conflicts.c.tracked_id.in_(chunk))
        for r in conn.execute(q):
            values = tuple(Cited(value=v["value"], sources=tuple(v["sources"])) for v in r.cited)
            found[r.tracked_id].append((r.seq, Conflict(field=r.field, values=values)))
    return {k: tuple(c for _, c in sorted(v, key=lambda x: x[0])) for k, v in found.items()}


def meeting_from_row(r: Any, conflicts: tuple[Conflict, ...]) -> TrackedMeeting:
    return TrackedMeeting(
        id=r.id, process=r.process, date=r.date, end_date=r.end_date, place=r.place, venue=r.venue, round=r.round,
        status=r.status, parties=tuple(r.parties or ()), mediators=tuple(r.mediators or ()),
        format=tuple(r.format or ()), duration_minutes=r.duration_minutes,
        heads=tuple((h[0], h[1]) for h in r.heads or ()), chairs=tuple(r.chairs or ()), mentions=(),
        conflicts=conflicts, source_refs=_src_refs(r.sources))


def statement_from_row(r: Any, conflicts: tuple[Conflict, ...]) -> TrackedStatement:
    return TrackedStatement(
        id=r.id, process=r.process, act=r.act, actors=tuple(r.actors or ()), issue=r.issue, date=r.date,
        quantity=Quantity.from_dict(r.quantity), deadline=r.deadline, speakers=tuple(r.speakers or ()),
        targets=tuple(r.targets or ()), mentions=(), dated=bool(r.dated), conflicts=conflicts,
        source_refs=_src_refs(r.sources), first_text=r.text)


def actor_from_row(r: Any, conflicts: tuple[Conflict, ...]) -> TrackedActor:
    return TrackedActor(id=r.id, name=r.name, kind=r.kind, names=tuple(r.names or ()), roles=tuple(r.roles or ()),
                        affiliation=r.affiliation, mentions=(), conflicts=conflicts, source_refs=_src_refs(r.sources))


def load_meetings(conn: Connection, where: Any = None) -> list[TrackedMeeting]:
    q = sa.select(track_meetings)
    if where is not None:
        q = q.where(where)
    rows = list(conn.execute(q))
    conf = _conflicts(conn, "meeting", [r.id for r in rows])
    return [meeting_from_row(r, conf.get(r.id, ())) for r in rows]


def load_statements(conn: Connection, where: Any = None, *, conflicts: bool = True) -> list[TrackedStatement]:
    q = sa.select(track_statements)
    if where is not None:
        q = q.where(where)
    rows = list(conn.execute(q))
    conf = _conflicts(conn, "statement", [r.id for r in rows]) if conflicts else {}
    return sorted((statement_from_row(r, conf.get(r.id, ())) for r in rows), key=lambda s: (s.date or "9999", s.id))


def load_actors(conn: Connection, where: Any = None) -> list[TrackedActor]:
    q = sa.select(track_people)
    if where is not None:
        q = q.where(where)
    rows = list(conn.execute(q))
    conf = _conflicts(conn, "actor", [r.id for r in rows])
    return [actor_from_row(r, conf.get(r.id, ())) for r in rows]


def load_processes(conn: Connection) -> list[Process]:
    return [Process(id=r.id, sides=tuple(r.sides), mediators=tuple(r.mediators), name=r.name)
            for r in conn.execute(sa.select(track_processes).order_by(track_processes.c.id))]


def _with_all(kind: str, codes: frozenset[str]) -> Any:
    """Ids of the tracked items of ``kind`` whose parties include every code."""
    return (sa.select(track_parties.c.tracked_id)
            .where(track_parties.c.kind == kind, track_parties.c.party.in_(sorted(codes)))
            .group_by(track_parties.c.tracked_id)
            .having(sa.func.count(sa.distinct(track_parties.c.party)) == len(codes)))


def _with_any(kind: str, codes: frozenset[str]) -> Any:
    return sa.select(track_parties.c.tracked_id).where(track_parties.c.kind == kind,
                                                       track_parties.c.party.in_(sorted(codes)))


def _page(items: Sequence[Any], limit: int | None, offset: int) -> Sequence[Any]:
    offset = max(0, offset)
    return items[offset:] if limit is None else items[offset:offset + limit]


def query_timeline(conn: Connection, *, codes: frozenset[str], since: str | None, until: str | None,
                   process: str | None) -> list[TrackedMeeting]:
    return query_timeline_page(conn, codes=codes, since=since, until=until, process=process)[0]


def query_timeline_page(conn: Connection, *, codes: frozenset[str], since: str | None, until: str | None,
                        process: str | None, limit: int | None = None,
                        offset: int = 0) -> tuple[list[TrackedMeeting], int]:
    """The meetings (in ``meeting_order``) from ``offset``, at most ``limit`` of them (None:
    all), and how many there are in all. Only the page's rows are read whole: the order is
    worked out from the ids, days and places alone."""
    from parley.track.places import fold_place

    conds: list[Any] = []
    if codes:
        conds.append(track_meetings.c.id.in_(_with_all("meeting", codes)))
    if since:
        conds.append(track_meetings.c.date >= since)
    if until:
        conds.append(track_meetings.c.date <= until)
    if process:
        conds.append(track_meetings.c.process == process)
    where = sa.and_(*conds) if conds else None
    if limit is None and offset <= 0:
        got = sorted(load_meetings(conn, where), key=meeting_order)
        return got, len(got)
    q = sa.select(track_meetings.c.id, track_meetings.c.date, track_meetings.c.place)
    if where is not None:
        q = q.where(where)
    folded: dict[str | None, str] = {}  # a few hundred places for tens of thousands of meetings

    def fold(place: str | None) -> str:
        got = folded.get(place)
        if got is None:
            got = folded[place] = fold_place(place) or ""
        return got

    keys = sorted((r.date is None, r.date or "", fold(r.place), r.id) for r in conn.execute(q))
    ids = [k[3] for k in _page(keys, limit, offset)]
    out: list[TrackedMeeting] = []
    for chunk in _chunks(ids):
        out += load_meetings(conn, track_meetings.c.id.in_(chunk))
    return sorted(out, key=meeting_order), len(keys)


def _tables(conn: Connection) -> dict[str, set[str]]:
    return {p.id: set(p.sides) | set(p.mediators) for p in load_processes(conn)}


def query_positions(conn: Connection, *, codes: frozenset[str], process: str | None,
                    since: str | None = None, until: str | None = None) -> list[Position]:
    """Every position with its whole history."""
    got, _ = query_positions_page(conn, codes=codes, process=process, since=since, until=until, history=None)
    return [p for p, _extra in got]


def _position_rows(conn: Connection, codes: frozenset[str], process: str | None) -> list[Any]:
    """The positions (id, process, party, issue, codes) of ``process`` whose table holds every
    party of ``codes`` (each position's own party among them)."""
    conds: list[Any] = []
    if codes:
        conds.append(track_positions.c.party.in_(sorted(codes)))
    if process:
        conds.append(track_positions.c.process == process)
    rows = list(conn.execute(sa.select(track_positions.c.id, track_positions.c.process, track_positions.c.party,
                                       track_positions.c.issue, track_positions.c.codes).where(*conds)))
    if codes:
        tables = _tables(conn)
        rows = [r for r in rows if codes <= tables.get(r.process or "", set()) or codes <= set(r.codes or ())]
    return rows


def query_positions_page(conn: Connection, *, codes: frozenset[str], process: str | None,
                         since: str | None = None, until: str | None = None, limit: int | None = None,
                         offset: int = 0, history: int | None = None,
                         ) -> tuple[list[tuple[Position, dict[str, Any]]], int]:
    """Positions (by process, party, issue) from ``offset``, at most ``limit`` (None: all),
    and how many there are. Each comes with the last ``history`` statements of its history
    (None: all) and, for the whole history, ``changes``, ``sources_total`` and
    ``history_total``: a position told by thousands of reports reads only its last acts."""
    rows = _position_rows(conn, codes, process)
    # every history entry's act and day (no JSON read): the filter, the changes, the counts
    hist: dict[str, list[tuple[int, str, str, str | None]]] = defaultdict(list)
    for chunk in _chunks([r.id for r in rows]):
        q = (sa.select(track_position_history.c.position_id, track_position_history.c.seq,
                       track_statements.c.id, track_statements.c.act, track_statements.c.date)
             .join(track_statements, track_statements.c.id == track_position_history.c.statement_id)
             .where(track_position_history.c.position_id.in_(chunk)))
        for h in conn.execute(q):
            if since and not (h.date or "") >= since:
                continue
            if until and not (h.date and h.date <= until):
                continue
            hist[h.position_id].append((h.seq, h.id, h.act, h.date))
    kept = sorted((r for r in rows if hist.get(r.id)), key=lambda r: (r.process or "", r.party, r.issue))
    page = list(_page(kept, limit, offset))
    shown: dict[str, list[str]] = {}
    for r in page:
        entries = sorted(hist[r.id])
        shown[r.id] = [e[1] for e in (entries if history is None else entries[-history:])]
    wanted = sorted({sid for v in shown.values() for sid in v})
    statements: dict[str, TrackedStatement] = {}
    for chunk in _chunks(wanted):
        for st in load_statements(conn, track_statements.c.id.in_(chunk), conflicts=False):
            statements[st.id] = st
    totals = _history_sources(conn, [r.id for r in page], since, until) if history is not None else {}
    out = []
    for r in page:
        entries = sorted(hist[r.id])
        changes: list[str] = []
        for e in entries:
            if not changes or changes[-1] != e[2]:
                changes.append(e[2])
        hist_items = tuple(statements[sid] for sid in shown[r.id] if sid in statements)
        if not hist_items:
            continue
        p = Position(party=r.party, issue=r.issue, history=hist_items)
        extra = {"changes": changes, "history_total": len(entries)}
        if history is not None:
            extra["sources_total"] = totals.get(r.id, 0)
        out.append((p, extra))
    return out, len(kept)


def query_position_dicts(conn: Connection, *, codes: frozenset[str], process: str | None,
                         since: str | None = None, until: str | None = None, limit: int | None = None,
                         offset: int = 0, history: int | None = None) -> tuple[list[dict[str, Any]], int]:
    """``Position.to_dict()`` of a page of positions (by process, party, issue), each with its
    last ``history`` acts (None: all), ``changes``, ``sources_total`` and ``history_total``
    over the whole history; and how many positions there are. Only each position's latest
    statement is read whole: a history entry needs its day, act, parties and count of
    reports, which the statements' own columns give."""
    from parley.track.model import source_dict

    rows = _position_rows(conn, codes, process)
    if not since and not until:
        return _counted_position_dicts(conn, [r.id for r in rows], limit=limit, offset=offset, history=history)
    ts = track_statements
    hist: dict[str, list[Any]] = defaultdict(list)
    for chunk in _chunks([r.id for r in rows]):
        q = (sa.select(track_position_history.c.position_id, track_position_history.c.seq, ts.c.id, ts.c.act,
                       ts.c.date, ts.c.actors, ts.c.n_sources)
             .join(ts, ts.c.id == track_position_history.c.statement_id)
             .where(track_position_history.c.position_id.in_(chunk)))
        for h in conn.execute(q):
            if since and not (h.date or "") >= since:
                continue
            if until and not (h.date and h.date <= until):
                continue
            hist[h.position_id].append(h)
    kept = sorted((r for r in rows if hist.get(r.id)), key=lambda r: (r.process or "", r.party, r.issue))
    page = list(_page(kept, limit, offset))
    for r in page:
        hist[r.id].sort(key=lambda h: h.seq)
    latest: dict[str, TrackedStatement] = {}
    for chunk in _chunks(sorted({hist[r.id][-1].id for r in page})):
        for st in load_statements(conn, ts.c.id.in_(chunk), conflicts=False):
            latest[st.id] = st
    totals = _history_sources(conn, [r.id for r in page], since, until)
    out = []
    for r in page:
        entries = hist[r.id]
        last = latest[entries[-1].id]
        changes: list[str] = []
        for e in entries:
            if not changes or changes[-1] != e.act:
                changes.append(e.act)
        shown = entries if history is None else entries[-history:]
        out.append({"party": r.party, "issue": r.issue, "process": last.process, "act": last.act, "date": last.date,
                    "statement": last.id, "sources": [source_dict(x) for x in last.sources], "changes": changes,
                    "sources_total": totals.get(r.id, 0),
                    "history": [{"date": e.date, "act": e.act, "statement": e.id, "actors": list(e.actors or ()),
                                 "sources": int(e.n_sources or 0)} for e in shown],
                    "history_total": len(entries)})
    return out, len(kept)


SOURCES_SHOWN = 200  # of the latest statement's reports, as ``show`` gives an item's (``sources_total``: all)


def _counted_position_dicts(conn: Connection, ids: Sequence[str], *, limit: int | None, offset: int,
                            history: int | None) -> tuple[list[dict[str, Any]], int]:
    """``query_position_dicts`` with no day filter, from the counts the positions were written
    with (``history_total``, ``sources_total``, ``changes``): only the page's last ``history``
    entries and each one's latest statement are read."""
    from parley.track.model import source_dict

    tp, h, ts = track_positions, track_position_history, track_statements
    rows: list[Any] = []
    for chunk in _chunks(list(ids)):
        rows += conn.execute(sa.select(tp).where(tp.c.id.in_(chunk)))
    kept = sorted((r for r in rows if r.history_total), key=lambda r: (r.process or "", r.party, r.issue))
    page = list(_page(kept, limit, offset))
    shown: dict[str, list[Any]] = defaultdict(list)
    for r in page:
        q = sa.select(h.c.seq, h.c.statement_id).where(h.c.position_id == r.id)
        if history is not None:
            q = q.where(h.c.seq >= r.history_total - history)
        shown[r.id] = sorted(conn.execute(q))
    wanted = sorted({x.statement_id for v in shown.values() for x in v})
    heads: dict[str, Any] = {}
    for chunk in _chunks(wanted):
        heads.update({x.id: x for x in conn.execute(sa.select(ts.c.id, ts.c.act, ts.c.date, ts.c.actors,
                                                                ts.c.n_sources).where(ts.c.id.in_(chunk)))})
    latest: dict[str, Any] = {}
    for chunk in _chunks(sorted({r.statement_id for r in page})):
        latest.update({x.id: x for x in conn.execute(sa.select(ts.c.id, ts.c.process, ts.c.sources).where(
            ts.c.id.in_(chunk)))})
    out = []
    for r in page:
        last = latest[r.statement_id]
        sources = last.sources or []
        entries = [heads[x.statement_id] for x in shown[r.id]]
        d = {"party": r.party, "issue": r.issue, "process": last.process, "act": r.act, "date": r.date,
             "statement": r.statement_id, "sources": [source_dict(x) for x in _src_refs(sources[:SOURCES_SHOWN])],
             "changes": list(r.changes or ()), "sources_total": int(r.sources_total or 0),
             "history": [{"date": e.date, "act": e.act, "statement": e.id, "actors": list(e.actors or ()),
                          "sources": int(e.n_sources or 0)} for e in entries],
             "history_total": int(r.history_total)}
        if len(sources) > SOURCES_SHOWN:
            d["latest_sources_total"] = len(sources)
        out.append(d)
    return out, len(kept)


def _history_sources(conn: Connection, position_ids: Sequence[str], since: str | None,
                     until: str | None) -> dict[str, int]:
    """Position id -> how many distinct reports tell the statements of its history (within
    ``since``/``until``, as the history is filtered), counted in SQL."""
    h, m, ts = track_position_history, track_mentions, track_statements
    out: dict[str, int] = {}
    for chunk in _chunks(list(position_ids)):
        q = (sa.select(h.c.position_id, sa.func.count(sa.distinct(m.c.document_id)))
             .join(m, sa.and_(m.c.tracked_id == h.c.statement_id, m.c.kind == "statement"))
             .where(h.c.position_id.in_(chunk)).group_by(h.c.position_id))
        if since or until:
            q = q.join(ts, ts.c.id == h.c.statement_id)
            if since:
                q = q.where(sa.func.coalesce(ts.c.date, "") >= since)
            if until:
                q = q.where(ts.c.date <= until)
        out.update({pid: int(n) for pid, n in conn.execute(q)})
    return out


def query_commitments(conn: Connection, *, codes: frozenset[str], process: str | None,
                      since: str | None = None, until: str | None = None) -> list[Commitment]:
    return query_commitments_page(conn, codes=codes, process=process, since=since, until=until)[0]


def query_commitments_page(conn: Connection, *, codes: frozenset[str], process: str | None,
                           since: str | None = None, until: str | None = None, limit: int | None = None,
                           offset: int = 0) -> tuple[list[Commitment], int]:
    """Commitments by day (undated last) from ``offset``, at most ``limit`` (None: all), and
    how many there are; the filter reads the statements' parties only, the page is read whole."""
    tc, ts, tcs = track_commitments, track_statements, track_commitment_steps
    conds: list[Any] = []
    if codes:
        # the parties of the commitment as shown: a brokered one (``brokered``) binds the
        # parties of every half, so a half restated under it counts for the filter too
        restated_by = sa.select(tcs.c.commitment_id).where(
            tcs.c.kind == "restated", tcs.c.statement_id.in_(_with_any("statement", codes)))
        conds.append(sa.or_(tc.c.id.in_(_with_any("statement", codes)), tc.c.id.in_(restated_by)))
    if process:
        conds.append(tc.c.process == process)
    if since:
        conds.append(tc.c.date >= since)
    if until:
        conds.append(tc.c.date <= until)
    if codes:
        q = (sa.select(tc.c.id, ts.c.date, ts.c.actors, ts.c.targets, tc.c.process, ts.c.process.label("own"))
             .join(ts, ts.c.id == tc.c.id).where(*conds))
    else:  # the order needs only the ids and days, which the ledger's own rows give
        q = sa.select(tc.c.id, tc.c.date).where(*conds)
    heads = list(conn.execute(q))
    if codes:
        tables = _tables(conn)
        actors = _shown_actors(conn, heads)
        heads = [h for h in heads if actors[h.id] & codes and (
            codes <= actors[h.id] | set(h.targets or ()) or codes <= tables.get(h.process or "", set()))]
    heads.sort(key=lambda h: (h.date or "9999", h.id))
    total = len(heads)
    ids = [h.id for h in _page(heads, limit, offset)]
    rows: list[Any] = []
    for chunk in _chunks(ids):
        rows += conn.execute(sa.select(tc).where(tc.c.id.in_(chunk)))
    steps: dict[str, list[Any]] = defaultdict(list)
    for chunk in _chunks([r.id for r in rows]):
        for step in conn.execute(sa.select(track_commitment_steps).where(
                track_commitment_steps.c.commitment_id.in_(chunk))):
            steps[step.commitment_id].append(step)
    wanted = sorted({r.id for r in rows} | {x.statement_id for v in steps.values() for x in v})
    statements: dict[str, TrackedStatement] = {}
    for chunk in _chunks(wanted):
        for st in load_statements(conn, track_statements.c.id.in_(chunk)):
            statements[st.id] = st
    out = []
    for r in rows:
        c = statements.get(r.id)
        if c is None:
            continue
        parts: dict[str, list[tuple[int, TrackedStatement]]] = defaultdict(list)
        for step in steps[r.id]:
            if step.statement_id in statements:
                parts[step.kind].append((step.seq, statements[step.statement_id]))
        got = {k: tuple(x for _, x in sorted(v, key=lambda t: t[0])) for k, v in parts.items()}
        if r.process != c.process and r.process:
            c = brokered(c, got.get("restated", ()), r.process)
        out.append(Commitment(statement=c, steps=got.get("step", ()), target=r.target, done=r.done,
                              per_party=bool(r.per_party), status=r.status, restated=got.get("restated", ()),
                              breaches=got.get("breach", ())))
    out.sort(key=lambda c: (c.statement.date or "9999", c.statement.id))
    return out, total


def _shown_actors(conn: Connection, heads: Sequence[Any]) -> dict[str, set[str]]:
    """The parties each commitment is shown with: its statement's, and for one kept under
    a brokered process other than its statement's own, those of every half restated under
    it (what ``brokered`` gives the commitment)."""
    out = {h.id: set(h.actors or ()) for h in heads}
    moved = [h.id for h in heads if h.process and h.process != h.own]
    st, ts = track_commitment_steps, track_statements
    for chunk in _chunks(moved):
        q = (sa.select(st.c.commitment_id, ts.c.actors, ts.c.process).join(ts, ts.c.id == st.c.statement_id)
             .where(st.c.kind == "restated", st.c.commitment_id.in_(chunk)))
        halves: dict[str, list[Any]] = defaultdict(list)
        for r in conn.execute(q):
            halves[r.commitment_id].append(r)
        own = {h.id: h.own for h in heads}
        for cid, rows in halves.items():
            if any(r.process != own[cid] for r in rows):  # as ``brokered``: only where a half is another's
                for r in rows:
                    out[cid] |= set(r.actors or ())
    return out


_TRACKED_OF = {"meeting": track_meetings, "actor": track_people, "statement": track_statements}


def find_item(conn: Connection, ident: str, *, sources: int | None = None) -> tuple[str, Any] | None:
    """The tracked item (or process) with this id, and its kind; with ``sources``, the item
    keeps only its first that many reports (``sources_total`` counts them all): a person told
    by tens of thousands of reports is read in a few milliseconds."""
    for kind, loader, table in (("meeting", load_meetings, track_meetings), ("actor", load_actors, track_people),
                                ("statement", load_statements, track_statements)):
        got = loader(conn, table.c.id == ident) if sources is None else _load_capped(conn, kind, ident, sources)
        if got:
            return kind, got[0]
    for p in load_processes(conn):
        if p.id == ident:
            return "process", p
    return None


def _load_capped(conn: Connection, kind: str, ident: str, n: int) -> list[Any]:
    from types import SimpleNamespace

    t = _TRACKED_OF[kind]
    rows = list(conn.execute(sa.select(*(c for c in t.c if c.name != "sources")).where(t.c.id == ident)))
    if not rows:
        return []
    r = SimpleNamespace(**rows[0]._mapping)
    r.sources = _listed_sources(conn, t.name, ident, n, by_day=False)
    conf = _conflicts(conn, kind, [ident]).get(ident, ())
    return [{"meeting": meeting_from_row, "actor": actor_from_row, "statement": statement_from_row}[kind](r, conf)]


def _listed_sources(conn: Connection, table: str, ident: str, n: int, *, by_day: bool) -> list[list[Any]]:
    """The first ``n`` entries of a tracked item's ``sources`` ([doc_id, url, path, title,
    outlet, published] each), in their order or (``by_day``) by publication day, then id:
    the list is read by the database's own JSON functions, not parsed whole in Python."""
    if by_day:
        # the list is kept oldest first, undated last (``unique_sources``): by day with the
        # undated first is its undated tail, then its head
        raw = conn.execute(sa.text(f"SELECT sources FROM {table} WHERE id = :id"), {"id": ident}).scalar()
        listed = json.loads(raw) if isinstance(raw, str) else (raw or [])
        undated = [d for d in listed if not d[5]][:n]
        return sorted([*undated, *(d for d in listed[:n] if d[5])], key=lambda d: (d[5] or "", d[0]))[:n]
    if conn.dialect.name == "postgresql":
        sql = (f"SELECT e.v::text FROM {table} AS t, json_array_elements(t.sources) WITH ORDINALITY AS e(v, i) "
               f"WHERE t.id = :id AND json_typeof(t.sources) = 'array' ORDER BY e.i LIMIT :n")
    else:
        sql = (f"SELECT e.value FROM {table} AS t, json_each(t.sources) AS e WHERE t.id = :id "
               f"AND json_type(t.sources) = 'array' ORDER BY e.key LIMIT :n")
    return [json.loads(v) for (v,) in conn.execute(sa.text(sql), {"id": ident, "n": n})]


def sources_total(conn: Connection, kind: str, ident: str) -> int:
    """How many reports a tracked item lists (its whole ``sources``: ``n_sources``)."""
    t = _TRACKED_OF[kind]
    return int(conn.execute(sa.select(t.c.n_sources).where(t.c.id == ident)).scalar() or 0)


def evidence_of(conn: Connection, kind: str, ident: str, *, limit: int | None = None) -> list[dict[str, Any]]:
    """The sentences a tracked item came from, grouped by report, oldest report first; with
    ``limit``, of the first that many reports only."""
    from parley.track.model import source_dict

    item = {"meeting": meeting_rows, "statement": statement_rows, "actor": actor_rows}[kind]
    q = (sa.select(track_mentions.c.document_id, item.c.evidence_text)
         .join(item, sa.and_(item.c.document_id == track_mentions.c.document_id,
                             item.c.item_id == track_mentions.c.item_id))
         .where(track_mentions.c.kind == kind, track_mentions.c.tracked_id == ident))
    if limit is not None:
        # the item's reports in order of publication, from its own list of them (each
        # [doc_id, url, path, title, outlet, published]): no look-up of every report it cites
        first = [d[0] for d in _listed_sources(conn, _TRACKED_OF[kind].name, ident, limit, by_day=True)]
        q = q.where(track_mentions.c.document_id.in_(first))
    rows = list(conn.execute(q))
    sources = _doc_sources(conn, sorted({r.document_id for r in rows}))
    by_doc: dict[str, dict[str, Any]] = {}
    for r in sorted(rows, key=lambda r: (r.document_id,)):
        entry = by_doc.setdefault(r.document_id, {"source": source_dict(sources[r.document_id]), "sentences": []})
        for sentence in _split_evidence(r.evidence_text):
            if sentence not in entry["sentences"]:
                entry["sentences"].append(sentence)
    return [by_doc[k] for k in sorted(by_doc, key=lambda d: (by_doc[d]["source"]["published"] or "", d))]


def evidence_count(conn: Connection, kind: str, ident: str) -> int:
    """How many reports a tracked item came from (as ``evidence_of`` groups them)."""
    return int(conn.execute(sa.select(sa.func.count(sa.distinct(track_mentions.c.document_id))).where(
        track_mentions.c.kind == kind, track_mentions.c.tracked_id == ident)).scalar() or 0)


def texts(conn: Connection) -> dict[str, str]:
    """Tracked meeting or statement id -> the first sentence that tells it."""
    out = {}
    for t in (track_meetings, track_statements):
        out.update({r.id: r.text for r in conn.execute(sa.select(t.c.id, t.c.text)) if r.text})
    return out


_TABLE_OF = {"actor": "actors", "meeting": "meetings", "statement": "statements"}


def tracked_ids(conn: Connection) -> dict[tuple[str, str, str], str]:
    """(table, doc id, item id) -> tracked id, for the exports."""
    return {(_TABLE_OF[r.kind], r.document_id, r.item_id): r.tracked_id for r in conn.execute(
        sa.select(track_mentions.c.kind, track_mentions.c.document_id, track_mentions.c.item_id,
                  track_mentions.c.tracked_id)) if r.tracked_id}


def dump(conn: Connection) -> dict[str, list[tuple[Any, ...]]]:
    """Every tracked table's rows, sorted, as plain values: to compare two stores."""
    out = {}
    for t in TRACKED_TABLES:
        rows = []
        for r in conn.execute(sa.select(t)):
            rows.append(tuple(json.dumps(v, sort_keys=True) if isinstance(v, list | dict) else v for v in r))
        out[t.name] = sorted(rows, key=repr)
    return out



# ------------------------------------------------------------ what the dashboard reads (service's serve block)

def process_summaries(conn: Connection) -> list[dict[str, Any]]:
    """Per process: counts of meetings and statements, first and last dated meeting, the
    number of reports behind them and the day of the latest activity, in SQL aggregates."""
    m = track_meetings
    s = track_statements
    meets = {r.process: r for r in conn.execute(
        sa.select(m.c.process, sa.func.count().label("n"), sa.func.min(m.c.date).label("first"),
                  sa.func.max(m.c.date).label("last")).group_by(m.c.process))}
    stmts = {r.process: r for r in conn.execute(
        sa.select(s.c.process, sa.func.count().label("n"), sa.func.max(s.c.date).label("last"))
        .group_by(s.c.process))}
    # reports behind a process: the documents of the mentions of its meetings and statements
    docs: dict[str | None, int] = {}
    items = sa.union_all(sa.select(m.c.id.label("tid"), m.c.process.label("process")),
                         sa.select(s.c.id.label("tid"), s.c.process.label("process"))).subquery()
    q = (sa.select(items.c.process, sa.func.count(sa.distinct(track_mentions.c.document_id)))
         .join(track_mentions, track_mentions.c.tracked_id == items.c.tid)
         .where(track_mentions.c.kind.in_(("meeting", "statement"))).group_by(items.c.process))
    for process, n in conn.execute(q):
        docs[process] = int(n)
    out = []
    for p in load_processes(conn):
        mr, sr = meets.get(p.id), stmts.get(p.id)
        last = max([x for x in ((mr.last if mr else None), (sr.last if sr else None)) if x], default=None)
        out.append({"process": p, "meetings": int(mr.n) if mr else 0, "statements": int(sr.n) if sr else 0,
                    "first_meeting": mr.first if mr else None, "last_meeting": mr.last if mr else None,
                    "sources": docs.get(p.id, 0), "last_activity": last})
    return out


def latest_statements(conn: Connection, process: str | None = None, *, speaker: str | None = None,
                      limit: int | None = None) -> list[TrackedStatement]:
    """Statements, newest first (by day, then id, as the pages order them); of one process
    or one speaker (a tracked person's id)."""
    q = sa.select(track_statements)
    if process is not None:
        q = q.where(track_statements.c.process == process)
    if speaker is not None:
        q = q.where(sa.cast(track_statements.c.speakers, sa.Text).like(f'%"{_like_safe(speaker)}"%'))
    q = q.order_by(sa.func.coalesce(track_statements.c.date, "").desc(), track_statements.c.id.desc())
    if limit is not None:
        q = q.limit(limit)
    rows = list(conn.execute(q))
    got = [statement_from_row(r, ()) for r in rows]
    if speaker is not None:
        got = [x for x in got if speaker in x.speakers]
    return got


def _like_safe(ident: str) -> str:
    return "".join(c for c in ident if c.isalnum() or c == "-")


def meetings_led_by(conn: Connection, person: str) -> list[TrackedMeeting]:
    """The meetings a tracked person chaired or headed a delegation at."""
    pat = f'%"{_like_safe(person)}"%'
    q = sa.select(track_meetings).where(sa.or_(sa.cast(track_meetings.c.chairs, sa.Text).like(pat),
                                               sa.cast(track_meetings.c.heads, sa.Text).like(pat)))
    got = [meeting_from_row(r, ()) for r in conn.execute(q)]
    return [m for m in got if person in m.chairs or person in {x for _, x in m.heads}]


def mentions_of(conn: Connection, kind: str, ident: str, *, limit: int | None = None) -> tuple[int, list[Any]]:
    """The source items of one tracked item, oldest report first: (how many, the rows).
    Each row has the report (``published``, ``url``, ...), the item's values and
    ``evidence_text``."""
    item = {"meeting": meeting_rows, "statement": statement_rows, "actor": actor_rows}[kind]
    cond = sa.and_(track_mentions.c.kind == kind, track_mentions.c.tracked_id == ident)
    total = int(conn.execute(sa.select(sa.func.count()).select_from(track_mentions).where(cond)).scalar() or 0)
    cols = [c for c in item.c if c.name not in ("document_id", "evidence")]
    q = (sa.select(track_mentions.c.document_id, documents.c.url, documents.c.path, documents.c.title,
                   documents.c.outlet, documents.c.published, *cols)
         .join(item, sa.and_(item.c.document_id == track_mentions.c.document_id,
                             item.c.item_id == track_mentions.c.item_id))
         .join(documents, documents.c.id == track_mentions.c.document_id)
         .where(cond)
         .order_by(sa.func.coalesce(documents.c.published, ""), track_mentions.c.document_id, item.c.item_id))
    if limit is not None:
        q = q.limit(limit)
    return total, list(conn.execute(q))


def source_of(r: Any) -> SourceRef:
    return SourceRef(doc_id=r.document_id, url=r.url, path=r.path, title=r.title, outlet=r.outlet,
                     published=r.published)


def evidence_sentences(text: str | None) -> list[str]:
    return list(dict.fromkeys(_split_evidence(text)))


def tracked_of_doc(conn: Connection, doc_id: str) -> dict[tuple[str, str], str]:
    """(kind, item id) -> tracked id, for one report's items."""
    q = sa.select(track_mentions.c.kind, track_mentions.c.item_id, track_mentions.c.tracked_id).where(
        track_mentions.c.document_id == doc_id)
    return {(r.kind, r.item_id): r.tracked_id for r in conn.execute(q) if r.tracked_id}


def names_of(conn: Connection, ids: Iterable[str]) -> dict[str, str]:
    """Tracked person id -> name."""
    out: dict[str, str] = {}
    for chunk in _chunks(sorted(set(ids))):
        out.update({r.id: r.name for r in conn.execute(
            sa.select(track_people.c.id, track_people.c.name).where(track_people.c.id.in_(chunk)))})
    return out


def process_documents(conn: Connection, process: str) -> Any:
    """A select of the ids of the reports behind a process's meetings and statements."""
    ids = sa.union(sa.select(track_meetings.c.id).where(track_meetings.c.process == process),
                   sa.select(track_statements.c.id).where(track_statements.c.process == process))
    return (sa.select(track_mentions.c.document_id).where(track_mentions.c.kind.in_(("meeting", "statement")),
                                                          track_mentions.c.tracked_id.in_(ids)).distinct())


def latest_quotes(conn: Connection, process: str, limit: int) -> list[dict[str, Any]]:
    """The quotes of the reports behind a process, newest report first, each with its
    speaker's name in the report and the speaker's tracked id."""
    from parley.track.model import source_dict

    speaker = actor_rows.alias("speaker")
    who = track_mentions.alias("who")
    q = (sa.select(quote_rows.c.document_id, quote_rows.c.item_id, quote_rows.c.text, speaker.c.name,
                   who.c.tracked_id, documents.c.url, documents.c.path, documents.c.title, documents.c.outlet,
                   documents.c.published)
         .join(documents, documents.c.id == quote_rows.c.document_id)
         .outerjoin(speaker, sa.and_(speaker.c.document_id == quote_rows.c.document_id,
                                     speaker.c.item_id == quote_rows.c.speaker))
         .outerjoin(who, sa.and_(who.c.document_id == quote_rows.c.document_id, who.c.kind == "actor",
                                 who.c.item_id == quote_rows.c.speaker))
         .where(quote_rows.c.document_id.in_(process_documents(conn, process)))
         .order_by(sa.func.coalesce(documents.c.published, "").desc(), quote_rows.c.document_id.desc(),
                   quote_rows.c.item_id.desc())
         .limit(limit))
    return [{"doc_id": r.document_id, "item_id": r.item_id, "text": r.text, "speaker": r.name,
             "speaker_id": r.tracked_id, "source": source_dict(source_of(r))} for r in conn.execute(q)]


def actor_tracked_ids(conn: Connection, pairs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """(doc id, actor item id) -> the tracked person, for these pairs."""
    want = set(pairs)
    got = _actor_ids(conn, sorted({d for d, _ in want}))
    return {k: v for k, v in got.items() if k in want}
