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

import json
import sys
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from parley.batch import AddReport
    from parley.errors import InputError
    from parley.model import Quantity, Record
    from parley.track.model import Commitment, Position, TrackedMeeting
    from parley.track.negotiation import Tracker
    from parley.track.sources import StoredRecord


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

def add(paths: Iterable[str | Path], *, db: str | None = None, workers: int | None = None, engine: str = "local",
        scheduler: str | None = None, on_progress: Callable[[AddReport], None] | None = None) -> AddReport:
    """Read every report under ``paths`` and store each once; what was added, unchanged, skipped, failed."""
    from parley.batch import add_paths
    from parley.store.db import Store

    with Store(db) as store:
        report = add_paths(store, paths, workers=workers, engine=engine, scheduler=scheduler, on_progress=on_progress)
        store.track()  # merge what was added into the tracked tables (store/tracked.py)
        return report


def estimate_inputs(paths: Iterable[str | Path]) -> int | None:
    """How many inputs ``add`` will see (files and JSON Lines lines), for a progress bar; None if unknown."""
    from parley.batch import estimate_inputs as estimate

    return estimate(paths)


def stats(*, db: str | None = None) -> dict[str, int]:
    """Counts of stored documents, actors, meetings, statements and quotes."""
    from parley.store.db import Store

    with Store(db) as store:
        return store.stats()


def iter_stored(db: str | None = None) -> Iterator[StoredRecord]:
    """Every stored record, streamed."""
    from parley.store.db import Store

    with Store(db) as store:
        yield from store.iter_records()


def tracker(db: str | None = None) -> Tracker:
    """The negotiation merged from every stored report, in memory (the tracked tables
    hold the same merge; the queries below read those)."""
    from parley.track.negotiation import build_tracker

    return build_tracker(iter_stored(db))


def retrack(*, db: str | None = None) -> dict[str, int]:
    """Rebuild the tracked tables from the stored records (after the tracker's rules change)."""
    from parley.store.db import Store

    with Store(db) as store:
        return store.retrack()


def _codes(parties: str | Iterable[str] | None) -> frozenset[str]:
    if parties is None:
        return frozenset()
    if isinstance(parties, str):
        parties = parties.split(",")
    return frozenset(p.strip().upper() for p in parties if p.strip())


def _day(value: str | None, what: str) -> str | None:
    if not value:
        return None
    from parley.track.model import parse_day

    day = parse_day(value)
    if day is None:
        from parley.errors import UsageError

        raise UsageError(f"{what}: not a date (YYYY-MM-DD): {value!r}")
    return day.isoformat()


# ------------------------------------------------------------------ the negotiation

def timeline(*, db: str | None = None, parties: str | Iterable[str] | None = None, since: str | None = None,
             until: str | None = None, process: str | None = None) -> tuple[TrackedMeeting, ...]:
    """Meetings in date order (undated last), each with every report that tells it;
    ``parties``: all of them at the table; ``since``/``until``: dated within (inclusive)."""
    from parley.store.db import Store
    from parley.store.tracked import query_timeline
    from parley.track.blocks import meeting_order

    with Store(db) as store, store.tracked() as conn:
        got = query_timeline(conn, codes=_codes(parties), since=_day(since, "--since"), until=_day(until, "--until"),
                             process=process)
    return tuple(sorted(got, key=meeting_order))


def positions(*, db: str | None = None, parties: str | Iterable[str] | None = None, since: str | None = None,
              until: str | None = None, process: str | None = None) -> tuple[Position, ...]:
    """Process x party x issue: the latest act, its sources, and how it changed; with
    ``parties``, only the rows of those parties."""
    from parley.store.db import Store
    from parley.store.tracked import query_positions

    with Store(db) as store, store.tracked() as conn:
        return tuple(query_positions(conn, codes=_codes(parties), process=process, since=_day(since, "--since"),
                                     until=_day(until, "--until")))


def commitments(*, db: str | None = None, parties: str | Iterable[str] | None = None, since: str | None = None,
                until: str | None = None, process: str | None = None) -> tuple[Commitment, ...]:
    """The ledger: agreements and offers, the steps carried out since, and their status."""
    from parley.store.db import Store
    from parley.store.tracked import query_commitments

    with Store(db) as store, store.tracked() as conn:
        return tuple(query_commitments(conn, codes=_codes(parties), process=process, since=_day(since, "--since"),
                                       until=_day(until, "--until")))


def describe_quantity(quantity: Quantity | None) -> str:
    """A quantity as a reader would write it ("1,200 each", "24-48 hours")."""
    from parley.track.statements import describe_quantity as describe

    return describe(quantity) if quantity else ""


def show(ident: str, *, db: str | None = None) -> dict[str, Any]:
    """One meeting, actor, statement or process as JSON, with the sentences it came from grouped by report."""
    import sqlalchemy as sa

    from parley.errors import NotFound
    from parley.store.db import Store
    from parley.store.tracked import evidence_of, find_item, track_meetings, track_statements

    with Store(db) as store, store.tracked() as conn:
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


def export(fmt: str, *, db: str | None = None, out: str | None = None) -> str:
    """Write the store as JSON Lines, CSV tables or PLOVER events; a one-line summary of what was written.

    ``out`` is a file for jsonl and plover (None or ``-``: standard output) and a folder for csv
    (default ``./parley-csv``).
    """
    from parley.track import export as exporter

    if fmt not in EXPORT_FORMATS:
        from parley.errors import UsageError

        raise UsageError(f"unknown export format {fmt!r} (one of {', '.join(EXPORT_FORMATS)})")
    to_stdout = not out or out == "-"
    if fmt == "jsonl":
        if to_stdout:
            n = exporter.export_jsonl(iter_stored(db), sys.stdout)
            return ""
        with Path(out).open("w", encoding="utf-8") as f:  # type: ignore[arg-type]
            n = exporter.export_jsonl(iter_stored(db), f)
        return f"wrote {n} records to {out}"
    from parley.store.db import Store
    from parley.store.tracked import load_meetings, load_statements, texts, tracked_ids

    with Store(db) as store, store.tracked() as conn:
        if fmt == "csv":
            out_dir = Path(out or "parley-csv")
            counts = exporter.export_csv(store.iter_records(), tracked_ids(conn), out_dir)
            return f"wrote {', '.join(f'{n} {t}' for t, n in counts.items())} to {out_dir}/"
        events = exporter.plover_events_of(load_meetings(conn), load_statements(conn), texts(conn))
    text = json.dumps(events, ensure_ascii=False, indent=2)
    if to_stdout:
        print(text)
        return ""
    Path(out).write_text(text + "\n", encoding="utf-8")  # type: ignore[arg-type]
    return f"wrote {len(events)} events to {out}"
