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
    """Time ``read`` in-process against bare spaCy tagger+parser passes over the same paragraphs (parley's BLAS and spaCy's defaults), with cold start and one read's peak memory; prints its table."""
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


# Lists are read a page at a time: the first ``LIST_LIMIT`` rows unless asked otherwise
# (``limit=None``: all), and a position's last ``HISTORY_SHOWN`` acts (its changes and
# counts are over the whole history). A 100k-report store has over 100,000 meetings.
LIST_LIMIT = 1000
HISTORY_SHOWN = 50


def timeline(*, db: str | None = None, parties: str | Iterable[str] | None = None, since: str | None = None,
             until: str | None = None, process: str | None = None) -> tuple[TrackedMeeting, ...]:
    """Meetings in date order (undated last), each with every report that tells it;
    ``parties``: all of them at the table; ``since``/``until``: dated within (inclusive)."""
    return timeline_page(db=db, parties=parties, since=since, until=until, process=process, limit=None)[0]


def timeline_page(*, db: str | None = None, parties: str | Iterable[str] | None = None, since: str | None = None,
                  until: str | None = None, process: str | None = None, limit: int | None = LIST_LIMIT,
                  offset: int = 0) -> tuple[tuple[TrackedMeeting, ...], int]:
    """``timeline`` from ``offset``, at most ``limit`` meetings (None: all); and how many there are."""
    from parley.store.tracked import query_timeline_page

    with _open_existing(db) as store, store.tracked() as conn:
        got, total = query_timeline_page(conn, codes=_codes(parties), since=_day(since, "--since"),
                                         until=_day(until, "--until", last=True), process=process, limit=limit,
                                         offset=offset)
    return tuple(got), total


def positions(*, db: str | None = None, parties: str | Iterable[str] | None = None, since: str | None = None,
              until: str | None = None, process: str | None = None) -> tuple[Position, ...]:
    """Process x party x issue: the latest act, its sources, and how it changed; with
    ``parties``, only the rows of those parties."""
    from parley.store.tracked import query_positions

    with _open_existing(db) as store, store.tracked() as conn:
        return tuple(query_positions(conn, codes=_codes(parties), process=process, since=_day(since, "--since"),
                                     until=_day(until, "--until", last=True)))


def positions_page(*, db: str | None = None, parties: str | Iterable[str] | None = None, since: str | None = None,
                   until: str | None = None, process: str | None = None, limit: int | None = LIST_LIMIT,
                   offset: int = 0, history: int | None = HISTORY_SHOWN) -> tuple[list[dict[str, Any]], int]:
    """``positions`` as the JSON the CLI prints, a page of them, and how many there are:
    each with its last ``history`` acts (None: all); ``changes``, ``sources_total`` and
    ``history_total`` count the whole history."""
    from parley.store.tracked import query_position_dicts

    with _open_existing(db) as store, store.tracked() as conn:
        return query_position_dicts(conn, codes=_codes(parties), process=process, since=_day(since, "--since"),
                                    until=_day(until, "--until", last=True), limit=limit, offset=offset,
                                    history=history)


def commitments(*, db: str | None = None, parties: str | Iterable[str] | None = None, since: str | None = None,
                until: str | None = None, process: str | None = None) -> tuple[Commitment, ...]:
    """The ledger: agreements and offers, the steps carried out since, and their status."""
    return commitments_page(db=db, parties=parties, since=since, until=until, process=process, limit=None)[0]


def commitments_page(*, db: str | None = None, parties: str | Iterable[str] | None = None,
                     since: str | None = None, until: str | None = None, process: str | None = None,
                     limit: int | None = LIST_LIMIT, offset: int = 0) -> tuple[tuple[Commitment, ...], int]:
    """``commitments`` from ``offset``, at most ``limit`` (None: all); and how many there are."""
    from parley.store.tracked import query_commitments_page

    with _open_existing(db) as store, store.tracked() as conn:
        got, total = query_commitments_page(conn, codes=_codes(parties), process=process,
                                            since=_day(since, "--since"), until=_day(until, "--until", last=True),
                                            limit=limit, offset=offset)
    return tuple(got), total


def describe_quantity(quantity: Quantity | None) -> str:
    """A quantity as a reader would write it ("1,200 each", "24-48 hours")."""
    from parley.track.statements import describe_quantity as describe

    return describe(quantity) if quantity else ""


def show(ident: str, *, db: str | None = None) -> dict[str, Any]:
    """One meeting, actor, statement or process as JSON, with the sentences it came from grouped by report."""
    import sqlalchemy as sa

    from parley.errors import NotFound
    from parley.store.tracked import (
        evidence_count,
        evidence_of,
        find_item,
        sources_total,
        track_meetings,
        track_statements,
    )

    with _open_existing(db) as store, store.tracked() as conn:
        found = find_item(conn, ident, sources=SOURCES_SHOWN)
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
        # one person told by thousands of reports: the first SOURCES_SHOWN of them, and how many
        data = _capped(item.to_dict())
        data["sources_total"] = sources_total(conn, kind, ident)
        data["evidence"] = evidence_of(conn, kind, ident, limit=SOURCES_SHOWN)
        data["evidence_total"] = evidence_count(conn, kind, ident)
        return data


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

import gc  # noqa: E402 - this block's own imports
import threading  # noqa: E402
from contextlib import contextmanager  # noqa: E402

CACHE_ENTRIES = 256  # merged trackers, lists and processes kept, per store and filter
# Set by the server process (``parley serve``) only: a library caller's objects are its own.
FREEZE_KEPT = False
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
        if FREEZE_KEPT:
            # What is kept here is long-lived: out of the cyclic collector's sight, so that a full
            # collection (hundreds of ms once a 10k store's lists are kept) does not stall a request.
            gc.freeze()
        return value


@contextmanager
def _tracked(db: str | None) -> Iterator[Any]:
    """A connection to the tracked tables of the served store, merged up to date first."""
    with _store(db).tracked() as conn:
        yield conn


def stats_view(*, db: str | None = None) -> dict[str, int]:
    """``stats`` of the served store, kept until the store changes (five counts over the
    item tables take a while on a 100k store)."""
    return _cached(db, "stats", lambda: _store(db).stats())  # type: ignore[no-any-return]


def _in_range(day: str | None, since: str | None, until: str | None) -> bool:
    if not since and not until:
        return True
    if not day:
        return False
    return (not since or day[:10] >= since) and (not until or day[:10] <= until)


def timeline_view(*, db: str | None = None, parties: str | None = None, since: str | None = None,
                  until: str | None = None, process: str | None = None, limit: int | None = LIST_LIMIT,
                  offset: int = 0) -> list[dict[str, Any]]:
    """``parley timeline --json`` with these filters (and ``--limit``/``--offset``)."""
    return timeline_view_page(db=db, parties=parties, since=since, until=until, process=process, limit=limit,
                              offset=offset)[0]


def timeline_view_page(*, db: str | None = None, parties: str | None = None, since: str | None = None,
                       until: str | None = None, process: str | None = None, limit: int | None = LIST_LIMIT,
                       offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    """``timeline_view`` and how many meetings there are in all."""
    def build() -> tuple[list[dict[str, Any]], int]:
        got, total = timeline_page(db=db, parties=parties, since=since, until=until, process=process, limit=limit,
                                   offset=offset)
        return [m.to_dict() for m in got], total

    return _cached(db, f"timeline_view|{parties}|{since}|{until}|{process}|{limit}|{offset}",  # type: ignore[no-any-return]
                   build)


def positions_view(*, db: str | None = None, parties: str | None = None, since: str | None = None,
                   until: str | None = None, process: str | None = None, limit: int | None = LIST_LIMIT,
                   offset: int = 0) -> list[dict[str, Any]]:
    """``parley positions --json``; ``since``/``until`` on the latest act's day, ``process`` on its statement."""
    return positions_view_page(db=db, parties=parties, since=since, until=until, process=process, limit=limit,
                               offset=offset)[0]


def positions_view_page(*, db: str | None = None, parties: str | None = None, since: str | None = None,
                        until: str | None = None, process: str | None = None, limit: int | None = LIST_LIMIT,
                        offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    def build() -> tuple[list[dict[str, Any]], int]:
        found = _cached(db, f"positions|{parties}|{process}",
                        lambda: positions_page(db=db, parties=parties, process=process, limit=None)[0])
        kept = [p for p in found if _in_range(p["date"], since, until)]
        start = max(0, offset)
        return (kept[start:] if limit is None else kept[start:start + limit]), len(kept)

    return _cached(db, f"positions_view|{parties}|{since}|{until}|{process}|{limit}|{offset}",  # type: ignore[no-any-return]
                   build)


def commitments_view(*, db: str | None = None, parties: str | None = None, since: str | None = None,
                     until: str | None = None, process: str | None = None, limit: int | None = LIST_LIMIT,
                     offset: int = 0) -> list[dict[str, Any]]:
    """``parley commitments --json``, each with ``deadline`` and ``committed`` (as a reader writes it);
    ``since``/``until`` on the commitment's day."""
    return commitments_view_page(db=db, parties=parties, since=since, until=until, process=process, limit=limit,
                                 offset=offset)[0]


def commitments_view_page(*, db: str | None = None, parties: str | None = None, since: str | None = None,
                          until: str | None = None, process: str | None = None, limit: int | None = LIST_LIMIT,
                          offset: int = 0) -> tuple[list[dict[str, Any]], int]:
    def build() -> tuple[list[dict[str, Any]], int]:
        found, total = commitments_page(db=db, parties=parties, since=since, until=until, process=process,
                                        limit=limit, offset=offset)
        return [{**c.to_dict(), "deadline": c.statement.deadline, "committed": describe_quantity(c.statement.quantity)}
                for c in found], total

    return _cached(db, f"commitments_view|{parties}|{since}|{until}|{process}|{limit}|{offset}",  # type: ignore[no-any-return]
                   build)


def _statement_brief(s: Any) -> dict[str, Any]:
    return {"id": s.id, "date": s.date, "act": s.act, "actors": list(s.actors), "issue": s.issue,
            "quantity": describe_quantity(s.quantity), "sources": len(s.sources)}


# A tracked item told by thousands of reports (a head of state over a 100k store) would
# make a page of megabytes: its own sources and its sources' values and sentences are
# cut to the first this many (oldest report first); ``sources_total`` and
# ``per_source_total`` say how many there are.
SOURCES_SHOWN = 200


def _capped(data: dict[str, Any]) -> dict[str, Any]:
    sources = data.get("sources") or []
    data["sources_total"] = len(sources)
    if len(sources) > SOURCES_SHOWN:
        data["sources"] = sources[:SOURCES_SHOWN]
    return data


def processes(*, db: str | None = None) -> list[dict[str, Any]]:
    """Every negotiation: its sides and mediators, first and last meeting, counts, latest developments."""
    return _cached(db, "processes", lambda: _processes(db))  # type: ignore[no-any-return]


def _processes(db: str | None) -> list[dict[str, Any]]:
    from parley.store.tracked import latest_statements, process_summaries

    out = []
    with _tracked(db) as conn:
        for row in process_summaries(conn):
            p = row.pop("process")
            latest = latest_statements(conn, p.id, limit=3)
            out.append({**p.to_dict(), "first_meeting": row["first_meeting"], "last_meeting": row["last_meeting"],
                        "meetings": row["meetings"], "statements": row["statements"], "sources": row["sources"],
                        "last_activity": row["last_activity"], "latest": [_statement_brief(s) for s in latest]})
    out.sort(key=lambda p: (-(p["meetings"] + p["statements"]), p["id"]))
    return out


def process(ident: str, *, db: str | None = None, recent: int = 10) -> dict[str, Any]:
    """One negotiation in full: its meetings, positions, commitments, latest statements and quotes."""
    from parley.errors import NotFound

    if not any(p["id"] == ident for p in processes(db=db)):
        raise NotFound(f"no process has the id {ident!r}")
    return _cached(db, f"process|{ident}|{recent}", lambda: _process(db, ident, recent))  # type: ignore[no-any-return]


def _process(db: str | None, ident: str, recent: int) -> dict[str, Any]:
    """The process page's data: its latest ``LIST_LIMIT`` meetings (``timeline_total`` says
    how many there are), positions with their last acts, the first page of its ledger."""
    from parley.store.tracked import (
        latest_quotes,
        latest_statements,
        query_position_dicts,
        query_timeline_page,
    )

    summary = next(x for x in processes(db=db) if x["id"] == ident)
    n = summary["meetings"]
    with _tracked(db) as conn:
        meets, total = query_timeline_page(conn, codes=frozenset(), since=None, until=None, process=ident,
                                           limit=LIST_LIMIT, offset=max(0, n - LIST_LIMIT))
        found, _ = query_position_dicts(conn, codes=frozenset(), process=ident, history=HISTORY_SHOWN)
        latest = latest_statements(conn, ident, limit=recent)
        quotes = latest_quotes(conn, ident, recent)
    return {**summary,
            "timeline": [m.to_dict() for m in meets], "timeline_total": total,
            "positions": found,
            "commitments": commitments_view(db=db, process=ident),
            "recent_statements": [_statement_brief(s) for s in latest],
            "quotes": quotes}


def _per_source(rows: list[Any], kind: str, values: Callable[[Any], dict[str, Any]]) -> list[dict[str, Any]]:
    from parley.store.tracked import evidence_sentences, source_of
    from parley.track.model import source_dict

    return [{"source": source_dict(source_of(r)), "item_id": r.item_id, "kind": kind,
             "sentences": evidence_sentences(r.evidence_text), "values": values(r)} for r in rows]


def meeting(ident: str, *, db: str | None = None) -> dict[str, Any]:
    """One meeting: the merged values, their conflicts, and each source's own values and sentences."""
    return _cached(db, f"meeting|{ident}", lambda: _meeting(db, ident))  # type: ignore[no-any-return]


def _meeting(db: str | None, ident: str) -> dict[str, Any]:
    from parley.errors import NotFound
    from parley.store.tracked import load_meetings, mentions_of, names_of, track_meetings

    with _tracked(db) as conn:
        got = load_meetings(conn, track_meetings.c.id == ident)
        if not got:
            raise NotFound(f"no meeting has the id {ident!r}")
        m = got[0]
        names = names_of(conn, {*m.chairs, *(x for _, x in m.heads)})
        total, rows = mentions_of(conn, "meeting", ident, limit=SOURCES_SHOWN)
    per_source = _per_source(rows, "meeting", lambda x: {
        "date": x.date, "status": x.status, "place": x.place, "venue": x.venue, "round": x.round,
        "parties": list(x.parties or ()), "mediators": list(x.mediators or ()), "format": list(x.format or ()),
        "duration_minutes": x.duration_minutes})
    return {**_capped(m.to_dict()), "names": names, "per_source": per_source, "per_source_total": total,
            "conflict_fields": [c.field for c in m.conflicts]}


def person(ident: str, *, db: str | None = None) -> dict[str, Any]:
    """One actor: names, roles and party as each source gives them, the meetings they led, what they said."""
    return _cached(db, f"person|{ident}", lambda: _person(db, ident))  # type: ignore[no-any-return]


def _person(db: str | None, ident: str) -> dict[str, Any]:
    from parley.errors import NotFound
    from parley.store.tracked import (
        latest_statements,
        load_actors,
        meetings_led_by,
        mentions_of,
        track_people,
    )
    from parley.track.model import meeting_order, statement_order

    with _tracked(db) as conn:
        got = load_actors(conn, track_people.c.id == ident)
        if not got:
            raise NotFound(f"no person or organization has the id {ident!r}")
        a = got[0]
        total, rows = mentions_of(conn, "actor", ident, limit=SOURCES_SHOWN)
        led_by = sorted(meetings_led_by(conn, ident), key=meeting_order)
        said = sorted(latest_statements(conn, speaker=ident), key=statement_order)
    per_source = _per_source(rows, "actor", lambda x: {
        "name": x.name, "kind": x.kind, "roles": list(x.roles or ()), "affiliation": x.affiliation})
    led = [{"id": m.id, "date": m.date, "place": m.place, "round": m.round, "status": m.status,
            "as": "chair" if a.id in m.chairs else "head"} for m in led_by]
    return {**_capped(a.to_dict()), "per_source": per_source, "per_source_total": total, "meetings": led,
            "statements": [_statement_brief(s) for s in said], "conflict_fields": [c.field for c in a.conflicts]}


def statement(ident: str, *, db: str | None = None) -> dict[str, Any]:
    """One position or step: the merged values, and each source's act, figures, dates and sentences."""
    return _cached(db, f"statement|{ident}", lambda: _statement(db, ident))  # type: ignore[no-any-return]


def _statement(db: str | None, ident: str) -> dict[str, Any]:
    from parley.errors import NotFound
    from parley.model import Quantity
    from parley.store.tracked import (
        actor_tracked_ids,
        load_statements,
        mentions_of,
        names_of,
        track_statements,
    )

    with _tracked(db) as conn:
        got = load_statements(conn, track_statements.c.id == ident)
        if not got:
            raise NotFound(f"no statement has the id {ident!r}")
        s = got[0]
        total, rows = mentions_of(conn, "statement", ident, limit=SOURCES_SHOWN)
        speaker_ids = actor_tracked_ids(conn, [(r.document_id, r.speaker) for r in rows if r.speaker])
        names = names_of(conn, {*s.speakers, *speaker_ids.values()})

    def values(x: Any) -> dict[str, Any]:
        q = None
        if x.quantity_value is not None or x.quantity_low is not None or x.quantity_high is not None \
                or x.quantity_unit:
            q = Quantity(value=x.quantity_value, low=x.quantity_low, high=x.quantity_high, unit=x.quantity_unit,
                         per_party=bool(x.quantity_per_party), approximate=bool(x.quantity_approximate))
        tid = speaker_ids.get((x.document_id, x.speaker)) if x.speaker else None
        return {"act": x.act, "actors": list(x.actors or ()), "issue": x.issue, "quantity": describe_quantity(q),
                "deadline": x.deadline, "date": x.date, "condition": x.condition,
                "speaker": names.get(tid) if tid else None}

    per_source = _per_source(rows, "statement", values)
    for entry, r in zip(per_source, rows, strict=True):
        entry["speaker_id"] = speaker_ids.get((r.document_id, r.speaker)) if r.speaker else None
    speakers = {x: names[x] for x in s.speakers if x in names}
    return {**_capped(s.to_dict()), "quantity_text": describe_quantity(s.quantity), "speaker_names": speakers,
            "per_source": per_source, "per_source_total": total, "conflict_fields": [c.field for c in s.conflicts]}


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
    from parley.store.tracked import tracked_of_doc

    rec, did = sr.record, sr.source.doc_id
    with _tracked(db) as conn:
        tracked_of = tracked_of_doc(conn, did)
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
                      "tracked": tracked_of.get(("actor", a.id))})
    for m in rec.meetings:
        where = ", ".join(x for x in (m.venue, m.place) if x)
        label = " · ".join(x for x in (m.date or "undated", where, f"round {m.round}" if m.round else "") if x)
        items.append({"kind": "meeting", "id": m.id, "spans": spans(m.evidence), "label": label,
                      "detail": f"{m.status}; " + ", ".join(m.parties) + (
                          f"; mediators {', '.join(m.mediators)}" if m.mediators else ""),
                      "tracked": tracked_of.get(("meeting", m.id))})
    for s in rec.statements:
        label = f"{','.join(s.actors)} {s.act} {s.issue}"
        detail = "; ".join(x for x in (describe_quantity(s.quantity), f"by {s.deadline}" if s.deadline else "",
                                       f"said by {name(s.speaker)}" if s.speaker and name(s.speaker) else "") if x)
        items.append({"kind": "statement", "id": s.id, "spans": spans(s.evidence), "label": label, "detail": detail,
                      "tracked": tracked_of.get(("statement", s.id))})
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

    # ranked over every match (bm25), which grows with the store: the same question is kept
    # until the store changes
    return _cached(db, f"search|{limit}|{q}", lambda: run(_store(db), q, limit=limit))  # type: ignore[no-any-return]


MAX_POST_BYTES = 5_000_000


def add_reports(body: bytes, *, db: str | None = None) -> dict[str, Any]:
    """Reports given as a JSON object, a JSON array or JSON Lines (each with a ``text``), stored.

    Every report is read before any is stored: one that cannot be read (malformed JSON, no
    text, empty) raises its ``InputError`` and nothing of the body is stored. The reports are
    then stored in one transaction: a store failure on any of them stores none (``StoreError``).
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
    batch = [(record.to_dict(), raw.source, "http:" + hashlib.sha256(raw.content.encode("utf-8")).hexdigest())
             for record, raw in records]
    results = _store(db).add_many(batch)  # one transaction: the whole body or nothing of it
    stored = [{"doc_id": doc_id, "status": status, "title": record.document.title}
              for (record, _), (status, doc_id) in zip(records, results, strict=True)]
    return {"added": sum(1 for s in stored if s["status"] == "added"),
            "unchanged": sum(1 for s in stored if s["status"] == "unchanged"), "reports": stored}
