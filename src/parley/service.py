"""The one library API behind every interface (the CLI today, the HTTP server next).

Each function opens what it needs (the reader, the store), does one job and gives plain
data: a ``Record``, a report of what a batch did, tracked dataclasses with ``to_dict``,
or dicts. Interfaces parse their input, call one of these and render the result; they
never reach into ``read``, ``track`` or ``store`` themselves.

    read / read_all / bench             one report (or a corpus) in, records out
    add / stats                         reports into a store
    timeline / positions / commitments  the negotiation merged from the stored reports
    show / export                       one tracked item with its sentences; files out

Heavy modules are imported inside the functions, so importing ``parley.service`` is cheap.
"""

from __future__ import annotations

import calendar
import json
import re
import sys
from collections.abc import Callable, Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley import settings
from parley.errors import UsageError

if TYPE_CHECKING:
    from parley.batch import AddReport
    from parley.errors import InputError
    from parley.model import Quantity, Record
    from parley.store.db import Store
    from parley.track.model import Commitment, Position, TrackedMeeting
    from parley.track.negotiation import Tracker
    from parley.track.sources import StoredRecord

_DAY = re.compile(r"(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?")


# ------------------------------------------------------------------ reading

def read(source: Any) -> Record:
    """One report (a path, ``-``, or a ``RawDocument``) as a ``Record``."""
    from parley.reader.pipeline import read as read_one

    return read_one(source)


def read_all(source: str | Path) -> Iterator[Record | InputError]:
    """Every report in ``source`` (a file, a JSON Lines corpus, ``-``): a Record, or an InputError in a bad one's place."""
    from parley.reader.pipeline import read_all as read_many

    return read_many(source)


def bench(paths: list[str], *, repeat: int = 3, as_json: bool = False) -> dict[str, Any]:
    """Time ``read`` in-process against a bare sentence pass over the same texts (prints its table)."""
    from parley.reader.bench import run_bench

    return run_bench(paths, repeat=repeat, as_json=as_json)


# ------------------------------------------------------------------ the store

def add(paths: Iterable[str | Path], *, db: str | None = None, workers: int | str | None = None,
        engine: str = "local", scheduler: str | None = None,
        on_progress: Callable[[AddReport], None] | None = None) -> AddReport:
    """Read every report under ``paths`` and store each once; what was added, unchanged, skipped, failed.

    ``db`` and ``workers`` are settings (``parley.settings``): None takes ``$PARLEY_DB`` /
    ``$PARLEY_WORKERS``, else the default. The store is made if it does not exist.
    """
    from parley.batch import add_paths
    from parley.store.db import Store

    n_workers: int | None = settings.value("workers", workers)
    with Store(db) as store:
        report = add_paths(store, paths, workers=n_workers, engine=engine, scheduler=scheduler, on_progress=on_progress)
        store.track()  # merge what was added into the tracked tables (store/tracked.py)
        return report


def estimate_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many inputs ``add`` will see (files and JSON Lines lines), for a progress bar; None if unknown."""
    from parley.batch import estimate_inputs as estimate

    return estimate(paths)


def stats(*, db: str | None = None) -> dict[str, int]:
    """Counts of stored documents, actors, meetings, statements and quotes."""
    with _open_existing(db) as store:
        return store.stats()


def iter_stored(db: str | None = None) -> Iterator[StoredRecord]:
    """Every stored record, streamed."""
    with _open_existing(db) as store:
        yield from store.iter_records()


def _open_existing(db: str | None) -> Store:
    """The store at ``db`` for reading: one that does not exist is a StoreError, not a new empty store."""
    from parley.store.db import Store

    return Store(db, create=False)


def tracker(db: str | None = None) -> Tracker:
    """The negotiation merged from every stored report, in memory (the tracked tables
    hold the same merge; the queries below read those)."""
    from parley.track.negotiation import build_tracker

    return build_tracker(iter_stored(db))


def retrack(*, db: str | None = None) -> dict[str, int]:
    """Rebuild the tracked tables from the stored records (after the tracker's rules change)."""

    with _open_existing(db) as store:
        return store.retrack()


def _codes(parties: str | Iterable[str] | None) -> frozenset[str]:
    if parties is None:
        return frozenset()
    if isinstance(parties, str):
        parties = parties.split(",")
    return frozenset(p.strip().upper() for p in parties if p.strip())


def _day(value: str | None, what: str, *, last: bool = False) -> str | None:
    """An option's day as ISO text for the tracked tables' queries (see ``day_bound``)."""
    day = day_bound(value, option=what, last=last)
    return day.isoformat() if day else None


# ------------------------------------------------------------------ the negotiation

def day_bound(text: str | None, *, option: str = "--since", last: bool = False) -> date | None:
    """A day from ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``: the first day of a month or year, or with
    ``last`` its last day. Anything else is a UsageError naming ``option``."""
    if text is None:
        return None
    m = _DAY.fullmatch(text.strip())
    if m is None:
        raise UsageError(f"{option} {text!r}: not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = int(m["y"]), m["m"], m["d"]
    try:
        if day is not None:
            return date(year, int(month), int(day))
        if month is not None:
            first = date(year, int(month), 1)
            return (first.replace(day=calendar.monthrange(year, first.month)[1])) if last else first
        return date(year, 12, 31) if last else date(year, 1, 1)
    except ValueError as e:
        raise UsageError(f"{option} {text!r}: not a date ({e})") from None


def timeline(*, db: str | None = None, parties: str | Iterable[str] | None = None, since: str | None = None,
             until: str | None = None, process: str | None = None) -> tuple[TrackedMeeting, ...]:
    """Meetings in date order (undated last), each with every report that tells it;
    ``parties``: all of them at the table; ``since``/``until``: dated within (inclusive)."""
    from parley.store.tracked import query_timeline
    from parley.track.blocks import meeting_order

    with _open_existing(db) as store, store.tracked() as conn:
        got = query_timeline(conn, codes=_codes(parties), since=_day(since, "--since"), until=_day(until, "--until", last=True),
                             process=process)
    return tuple(sorted(got, key=meeting_order))


def positions(*, db: str | None = None, parties: str | Iterable[str] | None = None, since: str | None = None,
              until: str | None = None, process: str | None = None) -> tuple[Position, ...]:
    """Process x party x issue: the latest act, its sources, and how it changed; with
    ``parties``, only the rows of those parties."""
    from parley.store.tracked import query_positions

    with _open_existing(db) as store, store.tracked() as conn:
        return tuple(query_positions(conn, codes=_codes(parties), process=process, since=_day(since, "--since"),
                                     until=_day(until, "--until", last=True)))


def commitments(*, db: str | None = None, parties: str | Iterable[str] | None = None, since: str | None = None,
                until: str | None = None, process: str | None = None) -> tuple[Commitment, ...]:
    """The ledger: agreements and offers, the steps carried out since, and their status."""
    from parley.store.tracked import query_commitments

    with _open_existing(db) as store, store.tracked() as conn:
        return tuple(query_commitments(conn, codes=_codes(parties), process=process, since=_day(since, "--since"),
                                       until=_day(until, "--until", last=True)))


def describe_quantity(quantity: Quantity | None) -> str:
    """A quantity as a reader would write it ("1,200 each", "24-48 hours")."""
    from parley.track.statements import describe_quantity as describe

    return describe(quantity) if quantity else ""


def show(ident: str, *, db: str | None = None) -> dict[str, Any]:
    """One meeting, actor, statement or process as JSON, with the sentences it came from grouped by report."""
    import sqlalchemy as sa

    from parley.errors import NotFound
    from parley.store.tracked import evidence_of, find_item, track_meetings, track_statements

    with _open_existing(db) as store, store.tracked() as conn:
        found = find_item(conn, ident)
        if found is None:
            raise NotFound(f"no meeting, actor, statement or process has the id {ident!r}")
        kind, item = found
        if kind == "process":
            meetings = [r[0] for r in conn.execute(sa.select(track_meetings.c.id, track_meetings.c.date).where(
                track_meetings.c.process == ident).order_by(track_meetings.c.date.asc().nulls_last(),
                                                            track_meetings.c.id))]
            statements = [r[0] for r in conn.execute(sa.select(track_statements.c.id, track_statements.c.date).where(
                track_statements.c.process == ident).order_by(track_statements.c.date.asc().nulls_last(),
                                                              track_statements.c.id))]
            return {**item.to_dict(), "meetings": meetings, "statements": statements}
        return {**item.to_dict(), "evidence": evidence_of(conn, kind, ident)}


EXPORT_FORMATS = ("jsonl", "csv", "plover")


def export(fmt: str, *, db: str | None = None, out: str | None = None, force: bool = False) -> str:
    """Write the store as JSON Lines, CSV tables or PLOVER events; a one-line summary of what was written.

    ``out`` is a file for jsonl and plover (None or ``-``: standard output) and a folder for csv
    (default ``./parley-csv``). A file that is there already (for csv: a table file in the folder)
    is a UsageError unless ``force``; so is a folder to write into that does not exist. Both are
    checked before the store is read, so a refused export writes nothing.
    """
    from parley.track import export as exporter

    if fmt not in EXPORT_FORMATS:
        raise UsageError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    to_stdout = not out or out == "-"
    if fmt == "csv":
        out_dir = Path(out or "parley-csv")
        _check_csv_folder(out_dir, [f"{name}.csv" for name in exporter.CSV_TABLES], force)
    elif not to_stdout:
        _check_out_file(Path(str(out)), force)
    if fmt == "jsonl":
        if to_stdout:
            exporter.export_jsonl(iter_stored(db), sys.stdout)
            return ""
        with Path(str(out)).open("w", encoding="utf-8") as f:
            n = exporter.export_jsonl(iter_stored(db), f)
        return f"wrote {n} records to {out}"
    from parley.store.tracked import load_meetings, load_statements, texts, tracked_ids

    with _open_existing(db) as store, store.tracked() as conn:
        if fmt == "csv":
            out_dir = Path(out or "parley-csv")
            counts = exporter.export_csv(store.iter_records(), tracked_ids(conn), out_dir)
            return f"wrote {', '.join(f'{n} {t}' for t, n in counts.items())} to {out_dir}/"
        events = exporter.plover_events_of(load_meetings(conn), load_statements(conn), texts(conn))
    text = json.dumps(events, ensure_ascii=False, indent=2)
    if to_stdout:
        print(text)
        return ""
    Path(str(out)).write_text(text + "\n", encoding="utf-8")
    return f"wrote {len(events)} events to {out}"


def _check_out_file(path: Path, force: bool) -> None:
    if path.is_dir():
        raise UsageError(f"--out {path}: is a folder; give a file name")
    if path.exists() and not force:
        raise UsageError(f"--out {path}: the file exists; --force replaces it")
    if not path.parent.is_dir():
        raise UsageError(f"--out {path}: no folder {path.parent} to write into")


def _check_csv_folder(folder: Path, names: list[str], force: bool) -> None:
    if folder.exists() and not folder.is_dir():
        raise UsageError(f"--out {folder}: is a file; csv writes a folder of tables")
    if not folder.parent.is_dir():
        raise UsageError(f"--out {folder}: no folder {folder.parent} to make it in")
    there = [n for n in names if (folder / n).exists()]
    if there and not force:
        raise UsageError(f"--out {folder}: holds {', '.join(there)} already; --force replaces them")

# ================================================================== for `parley serve`
# Added for the web dashboard and its JSON API (src/parley/serve). They build on the
# functions above (timeline, positions, commitments, tracker: names, keyword arguments and
# to_dict() shapes are the contract) and give plain JSON-ready dicts.
#
#   timeline_view / positions_view / commitments_view   the CLI's lists, with until and process too
#   processes / process                                 the negotiations, and one in full
#   meeting / person / statement                        one tracked item, each source's values side by side
#   report                                              a stored report: text and every item with its spans
#   search / add_reports                                full text; reports in over HTTP
#
# A store opened here stays open (one engine per URL), and what the tracker merged is kept
# until the store changes (its count of documents or newest addition moves), so pages do
# not merge every report again on every request.

import threading  # noqa: E402 - this block's own imports
from dataclasses import dataclass as _dataclass  # noqa: E402

CACHE_ENTRIES = 256  # merged trackers, lists and processes kept, per store and filter
_STORES: dict[str, Any] = {}
_CACHE: dict[tuple[str, str], tuple[tuple[Any, ...], Any]] = {}
_LOCK = threading.RLock()


def _store(db: str | None) -> Any:
    """One open ``Store`` per URL for the life of the process."""
    from parley.store.db import Store, resolve_url

    url = resolve_url(db)
    with _LOCK:
        store = _STORES.get(url)
        if store is None:
            store = _STORES[url] = Store(url)
        return store


def close_stores() -> None:
    """Close the stores this block opened (a server's shutdown)."""
    with _LOCK:
        for store in _STORES.values():
            store.close()
        _STORES.clear()
        _CACHE.clear()
        _REPORTS.clear()


def store_version(db: str | None = None) -> tuple[Any, ...]:
    """What changes whenever a report is added: (documents, the newest one)."""
    import sqlalchemy as sa

    from parley.errors import StoreError

    store = _store(db)
    # SQLite: the newest rowid is one look-up (added_at comes after the text in each row, so
    # max(added_at) would read every report); PostgreSQL: the newest addition's time.
    newest = "max(rowid)" if store.dialect == "sqlite" else "max(added_at)"
    try:
        with store.engine.connect() as conn:
            row = conn.execute(sa.text(f"SELECT count(*), {newest} FROM documents")).one()
    except sa.exc.SQLAlchemyError as e:
        raise StoreError(f"{store.safe_url}: cannot read: {' '.join(str(e).split())[:200]}") from None
    return (int(row[0]), row[1])


def _cached(db: str | None, key: str, build: Callable[[], Any]) -> Any:
    """``build()``, kept while the store is unchanged."""
    url = _store(db).url
    version = store_version(db)
    with _LOCK:
        hit = _CACHE.pop((url, key), None)
        if hit is not None and hit[0] == version:
            _CACHE[(url, key)] = hit  # most recently used last
            return hit[1]
        value = build()
        _CACHE[(url, key)] = (version, value)
        while len(_CACHE) > CACHE_ENTRIES:  # the least recently used go first
            _CACHE.pop(next(iter(_CACHE)))
        return value


@_dataclass(frozen=True, slots=True)
class _Snapshot:
    """The tracker and the indexes the pages look things up by."""

    tracker: Any
    meetings: dict[str, Any]
    actors: dict[str, Any]
    statements: dict[str, Any]
    processes: dict[str, Any]
    tracked_of: dict[tuple[str, str, str], str]  # (doc id, kind, item id in the record) -> tracked id


def _snapshot(db: str | None) -> _Snapshot:
    def build() -> _Snapshot:
        t = tracker(db)
        tracked_of: dict[tuple[str, str, str], str] = {}
        for m in t.meetings:
            for mm in m.mentions:
                tracked_of[(mm.source.doc_id, "meeting", mm.meeting.id)] = m.id
        for a in t.actors:
            for am in a.mentions:
                tracked_of[(am.source.doc_id, "actor", am.actor.id)] = a.id
        for s in t.statements:
            for sm in s.mentions:
                tracked_of[(sm.source.doc_id, "statement", sm.statement.id)] = s.id
        return _Snapshot(tracker=t, meetings={m.id: m for m in t.meetings}, actors={a.id: a for a in t.actors},
                         statements={s.id: s for s in t.statements}, processes={p.id: p for p in t.processes},
                         tracked_of=tracked_of)

    return _cached(db, "snapshot", build)  # type: ignore[no-any-return]


def _in_range(day: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    if not day:
        return False
    return (not since or day[:10] >= since) and (not until or day[:10] <= until)


def timeline_view(*, db: str | None = None, parties: str | None = None, since: str | None = None,
                  until: str | None = None, process: str | None = None) -> list[dict[str, Any]]:
    """``parley timeline --json`` with these filters: ``timeline(...)``'s meetings as dicts,
    then ``until`` (on or before that day) and ``process`` applied."""
    def build() -> list[dict[str, Any]]:
        meetings = _cached(db, f"timeline|{parties}|{since}", lambda: timeline(db=db, parties=parties, since=since))
        return [m.to_dict() for m in meetings
                if (not until or (m.date and m.date[:10] <= until)) and (not process or m.process == process)]

    return _cached(db, f"timeline_view|{parties}|{since}|{until}|{process}", build)  # type: ignore[no-any-return]


def positions_view(*, db: str | None = None, parties: str | None = None, since: str | None = None,
                   until: str | None = None, process: str | None = None) -> list[dict[str, Any]]:
    """``parley positions --json``; ``since``/``until`` on the latest act's day, ``process`` on its statement."""
    def build() -> list[dict[str, Any]]:
        found = _cached(db, f"positions|{parties}", lambda: positions(db=db, parties=parties))
        return [p.to_dict() for p in found
                if _in_range(p.latest.date, since, until) and (not process or p.latest.process == process)]

    return _cached(db, f"positions_view|{parties}|{since}|{until}|{process}", build)  # type: ignore[no-any-return]


def commitments_view(*, db: str | None = None, parties: str | None = None, since: str | None = None,
                     until: str | None = None, process: str | None = None) -> list[dict[str, Any]]:
    """``parley commitments --json``, each with ``deadline`` and ``committed`` (as a reader writes it);
    ``since``/``until`` on the commitment's day."""
    def build() -> list[dict[str, Any]]:
        found = _cached(db, f"commitments|{parties}", lambda: commitments(db=db, parties=parties))
        out = []
        for c in found:
            s = c.statement
            if not _in_range(s.date, since, until) or (process and s.process != process):
                continue
            out.append({**c.to_dict(), "deadline": s.deadline, "committed": describe_quantity(s.quantity)})
        return out

    return _cached(db, f"commitments_view|{parties}|{since}|{until}|{process}", build)  # type: ignore[no-any-return]


def _statement_brief(s: Any) -> dict[str, Any]:
    return {"id": s.id, "date": s.date, "act": s.act, "actors": list(s.actors), "issue": s.issue,
            "quantity": describe_quantity(s.quantity), "sources": len(s.sources)}


def processes(*, db: str | None = None) -> list[dict[str, Any]]:
    """Every negotiation: its sides and mediators, first and last meeting, counts, latest developments."""
    return _cached(db, "processes", lambda: _processes(db))  # type: ignore[no-any-return]


def _processes(db: str | None) -> list[dict[str, Any]]:
    snap = _snapshot(db)
    out = []
    for p in snap.tracker.processes:
        meets = [m for m in snap.tracker.meetings if m.process == p.id]
        stmts = [s for s in snap.tracker.statements if s.process == p.id]
        dated = sorted(m.date for m in meets if m.date)
        docs = {src.doc_id for x in (*meets, *stmts) for src in x.sources}
        latest = sorted(stmts, key=lambda s: (s.date or "", s.id), reverse=True)[:3]
        out.append({**p.to_dict(), "first_meeting": dated[0] if dated else None,
                    "last_meeting": dated[-1] if dated else None, "meetings": len(meets),
                    "statements": len(stmts), "sources": len(docs),
                    "last_activity": max([*dated, *(s.date for s in stmts if s.date)], default=None),
                    "latest": [_statement_brief(s) for s in latest]})
    out.sort(key=lambda p: (-(p["meetings"] + p["statements"]), p["id"]))
    return out


def process(ident: str, *, db: str | None = None, recent: int = 10) -> dict[str, Any]:
    """One negotiation in full: its meetings, positions, commitments, latest statements and quotes."""
    from parley.errors import NotFound

    if ident not in _snapshot(db).processes:
        raise NotFound(f"no process has the id {ident!r}")
    return _cached(db, f"process|{ident}|{recent}", lambda: _process(db, ident, recent))  # type: ignore[no-any-return]


def _process(db: str | None, ident: str, recent: int) -> dict[str, Any]:
    from parley.track.statements import build_positions

    snap = _snapshot(db)
    p = snap.processes[ident]
    meets = [m for m in snap.tracker.meetings if m.process == p.id]
    stmts = [s for s in snap.tracker.statements if s.process == p.id]
    summary = next(x for x in processes(db=db) if x["id"] == p.id)
    docs = sorted({src.doc_id for x in (*meets, *stmts) for src in x.sources})
    return {**summary,
            "timeline": [m.to_dict() for m in meets],
            "positions": [x.to_dict() for x in build_positions(stmts)],
            "commitments": commitments_view(db=db, process=p.id),
            "recent_statements": [_statement_brief(s) for s in
                                  sorted(stmts, key=lambda s: (s.date or "", s.id), reverse=True)[:recent]],
            "quotes": _quotes_of(db, docs, recent)}


def _quotes_of(db: str | None, doc_ids: list[str], n: int) -> list[dict[str, Any]]:
    """The quotes of these reports, newest report first, with the speaker's name."""
    from parley.track.model import source_dict

    if not doc_ids:
        return []
    snap = _snapshot(db)
    out = []
    for sr in _store(db).iter_records(doc_ids=doc_ids):
        rec = sr.record
        for q in rec.quotes:
            speaker = rec.actor(q.speaker)
            out.append({"doc_id": sr.source.doc_id, "item_id": q.id, "text": q.text,
                        "speaker": speaker.name if speaker else None,
                        "speaker_id": snap.tracked_of.get((sr.source.doc_id, "actor", q.speaker or "")),
                        "source": source_dict(sr.source)})
    out.sort(key=lambda q: (q["source"]["published"] or "", q["doc_id"], q["item_id"]), reverse=True)
    return out[:n]


def _mention_source(mention: Any, kind: str, item_id: str) -> dict[str, Any]:
    from parley.track.model import source_dict

    return {"source": source_dict(mention.source), "item_id": item_id, "kind": kind,
            "sentences": list(dict.fromkeys(mention.evidence))}


def meeting(ident: str, *, db: str | None = None) -> dict[str, Any]:
    """One meeting: the merged values, their conflicts, and each source's own values and sentences."""
    return _cached(db, f"meeting|{ident}", lambda: _meeting(db, ident))  # type: ignore[no-any-return]


def _meeting(db: str | None, ident: str) -> dict[str, Any]:
    from parley.errors import NotFound

    snap = _snapshot(db)
    m = snap.meetings.get(ident)
    if m is None:
        raise NotFound(f"no meeting has the id {ident!r}")
    names = {a: snap.actors[a].name for a in {*m.chairs, *(x for _, x in m.heads)} if a in snap.actors}
    per_source = []
    for mm in sorted(m.mentions, key=lambda x: (x.source.published or "", x.source.doc_id, x.meeting.id)):
        x = mm.meeting
        per_source.append({**_mention_source(mm, "meeting", x.id), "values": {
            "date": x.date, "status": x.status, "place": x.place, "venue": x.venue, "round": x.round,
            "parties": list(x.parties), "mediators": list(x.mediators), "format": list(x.format),
            "duration_minutes": x.duration_minutes}})
    return {**m.to_dict(), "names": names, "per_source": per_source,
            "conflict_fields": [c.field for c in m.conflicts]}


def person(ident: str, *, db: str | None = None) -> dict[str, Any]:
    """One actor: names, roles and party as each source gives them, the meetings they led, what they said."""
    return _cached(db, f"person|{ident}", lambda: _person(db, ident))  # type: ignore[no-any-return]


def _person(db: str | None, ident: str) -> dict[str, Any]:
    from parley.errors import NotFound

    snap = _snapshot(db)
    a = snap.actors.get(ident)
    if a is None:
        raise NotFound(f"no person or organization has the id {ident!r}")
    per_source = []
    for am in sorted(a.mentions, key=lambda x: (x.source.published or "", x.source.doc_id, x.actor.id)):
        x = am.actor
        per_source.append({**_mention_source(am, "actor", x.id), "values": {
            "name": x.name, "kind": x.kind, "roles": list(x.roles), "affiliation": x.affiliation}})
    led = [{"id": m.id, "date": m.date, "place": m.place, "round": m.round, "status": m.status,
            "as": "chair" if a.id in m.chairs else "head"}
           for m in snap.tracker.meetings if a.id in m.chairs or a.id in {x for _, x in m.heads}]
    said = [_statement_brief(s) for s in snap.tracker.statements if a.id in s.speakers]
    return {**a.to_dict(), "per_source": per_source, "meetings": led, "statements": said,
            "conflict_fields": [c.field for c in a.conflicts]}


def statement(ident: str, *, db: str | None = None) -> dict[str, Any]:
    """One position or step: the merged values, and each source's act, figures, dates and sentences."""
    return _cached(db, f"statement|{ident}", lambda: _statement(db, ident))  # type: ignore[no-any-return]


def _statement(db: str | None, ident: str) -> dict[str, Any]:
    from parley.errors import NotFound

    snap = _snapshot(db)
    s = snap.statements.get(ident)
    if s is None:
        raise NotFound(f"no statement has the id {ident!r}")
    per_source = []
    for sm in sorted(s.mentions, key=lambda x: (x.source.published or "", x.source.doc_id, x.statement.id)):
        x = sm.statement
        speaker = snap.actors.get(sm.speaker) if sm.speaker else None
        per_source.append({**_mention_source(sm, "statement", x.id), "values": {
            "act": x.act, "actors": list(x.actors), "issue": x.issue, "quantity": describe_quantity(x.quantity),
            "deadline": x.deadline, "date": x.date, "condition": x.condition,
            "speaker": speaker.name if speaker else None}, "speaker_id": sm.speaker})
    speakers = {a: snap.actors[a].name for a in s.speakers if a in snap.actors}
    return {**s.to_dict(), "quantity_text": describe_quantity(s.quantity), "speaker_names": speakers,
            "per_source": per_source, "conflict_fields": [c.field for c in s.conflicts]}


REPORT_KINDS = ("actor", "meeting", "statement", "quote", "date", "quantity")
REPORT_CACHE = 256  # reports kept ready (with their dates and quantities found), the least recently used dropped
_REPORTS: dict[tuple[str, tuple[Any, ...], str], dict[str, Any]] = {}


def report(doc_id: str, *, db: str | None = None) -> dict[str, Any]:
    """A stored report: its document, its text, and every item with its evidence spans.

    Items are the record's actors, meetings, statements and quotes, and the dates and
    quantities the reader's recognizers find in the text (``d1``, ``n1``, ...); each has
    ``kind``, ``id``, ``label``, ``spans`` ([start, end] into ``text``), and ``tracked``
    (the id of the merged item it belongs to, where there is one).
    """
    from parley.errors import NotFound
    from parley.reader.recognize.dates import find_dates
    from parley.reader.recognize.quantities import find_quantities
    from parley.track.model import source_dict

    store = _store(db)
    key = (store.url, store_version(db), doc_id)
    with _LOCK:
        hit = _REPORTS.pop(key, None)
        if hit is not None:
            _REPORTS[key] = hit  # most recently used last
            return hit
    sr = store.get_record(doc_id)
    if sr is None:
        raise NotFound(f"no stored report has the id {doc_id!r}")
    snap = _snapshot(db)
    rec, did = sr.record, sr.source.doc_id
    text = rec.document.text

    def spans(ev: Any) -> list[list[int]]:
        return [sp.as_list() for sp in ev]

    def name(actor_id: str | None) -> str | None:
        a = rec.actor(actor_id)
        return a.name if a else None

    items: list[dict[str, Any]] = []
    for a in rec.actors:
        items.append({"kind": "actor", "id": a.id, "spans": spans(a.evidence), "label": a.name,
                      "detail": ", ".join(x for x in (a.affiliation, *a.roles) if x),
                      "tracked": snap.tracked_of.get((did, "actor", a.id))})
    for m in rec.meetings:
        where = ", ".join(x for x in (m.venue, m.place) if x)
        label = " · ".join(x for x in (m.date or "undated", where, f"round {m.round}" if m.round else "") if x)
        items.append({"kind": "meeting", "id": m.id, "spans": spans(m.evidence), "label": label,
                      "detail": f"{m.status}; " + ", ".join(m.parties) + (
                          f"; mediators {', '.join(m.mediators)}" if m.mediators else ""),
                      "tracked": snap.tracked_of.get((did, "meeting", m.id))})
    for s in rec.statements:
        label = f"{','.join(s.actors)} {s.act} {s.issue}"
        detail = "; ".join(x for x in (describe_quantity(s.quantity), f"by {s.deadline}" if s.deadline else "",
                                       f"said by {name(s.speaker)}" if s.speaker and name(s.speaker) else "") if x)
        items.append({"kind": "statement", "id": s.id, "spans": spans(s.evidence), "label": label, "detail": detail,
                      "tracked": snap.tracked_of.get((did, "statement", s.id))})
    for q in rec.quotes:
        items.append({"kind": "quote", "id": q.id, "spans": spans(q.evidence), "label": name(q.speaker) or "unattributed",
                      "detail": "", "tracked": None})
    for i, d in enumerate(find_dates(text, rec.document.published), 1):
        items.append({"kind": "date", "id": f"d{i}", "spans": [d.span.as_list()], "label": d.text,
                      "detail": f"{d.kind} {d.value or '?'}" + (f" to {d.last}" if d.last else ""), "tracked": None})
    for i, n in enumerate(find_quantities(text), 1):
        items.append({"kind": "quantity", "id": f"n{i}", "spans": [n.span.as_list()], "label": n.text,
                      "detail": describe_quantity(n.quantity), "tracked": None})
    for item in items:  # a span outside the text (a slip) is dropped, never shown at a wrong place;
        # the rest sorted, overlapping ones joined: each piece of text highlighted once per item
        merged: list[list[int]] = []
        for s0, e0 in sorted(sp for sp in item["spans"] if 0 <= sp[0] < sp[1] <= len(text)):
            if merged and s0 <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], e0)
            else:
                merged.append([s0, e0])
        item["spans"] = merged
    d = rec.document
    out = {"doc_id": did, "source": source_dict(sr.source),
           "document": {"title": d.title, "outlet": d.outlet, "agency": d.agency, "published": d.published,
                        "dateline": d.dateline, "url": d.url, "language": d.language},
           "diagnostics": [dg.to_dict() for dg in rec.diagnostics], "text": text, "items": items}
    with _LOCK:
        _REPORTS[key] = out
        while len(_REPORTS) > REPORT_CACHE:
            _REPORTS.pop(next(iter(_REPORTS)))
    return out


def search(q: str, *, db: str | None = None, limit: int = 20) -> dict[str, Any]:
    """Reports and quotes holding every word of ``q``, best first, each with its matching passage."""
    from parley.store.search import search as run

    return run(_store(db), q, limit=limit)


MAX_POST_BYTES = 5_000_000


def add_reports(body: bytes, *, db: str | None = None) -> dict[str, Any]:
    """Reports given as a JSON object, a JSON array or JSON Lines (each with a ``text``), stored.

    Every report is read before any is stored: one that cannot be read (malformed JSON, no
    text, empty) raises its ``InputError`` and nothing of the body is stored. Each stored
    report is then its own transaction, as in ``parley add``.
    """
    import hashlib

    from parley.errors import EmptyInput, InputError, MalformedInput, TooLarge
    from parley.reader.ingest import parse_text

    if len(body) > MAX_POST_BYTES:
        raise TooLarge(f"the body is over the {MAX_POST_BYTES // 1_000_000} MB limit")
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError:
        raise MalformedInput("the body is not UTF-8") from None
    if not text.strip():
        raise EmptyInput("the body is empty: send a JSON object, a JSON array or JSON Lines, each with a 'text'")
    if not text.lstrip("\ufeff \t\r\n").startswith(("{", "[")):
        raise MalformedInput("the body must be a JSON object, a JSON array or JSON Lines, each with a 'text'")
    raws = []
    for raw in parse_text(text, "<http>"):
        if isinstance(raw, InputError):
            raise raw
        raws.append(raw)
    records = [(read(raw), raw) for raw in raws]
    store = _store(db)
    stored = []
    for record, raw in records:
        key = "http:" + hashlib.sha256(raw.content.encode("utf-8")).hexdigest()
        status, doc_id = store.add(record.to_dict(), path=raw.source, key=key)
        stored.append({"doc_id": doc_id, "status": status, "title": record.document.title})
    return {"added": sum(1 for s in stored if s["status"] == "added"),
            "unchanged": sum(1 for s in stored if s["status"] == "unchanged"), "reports": stored}
