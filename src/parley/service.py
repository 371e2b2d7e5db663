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
        return add_paths(store, paths, workers=n_workers, engine=engine, scheduler=scheduler, on_progress=on_progress)


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
    """The negotiation merged from every stored report."""
    from parley.track.negotiation import build_tracker

    return build_tracker(iter_stored(db))


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


def timeline(*, db: str | None = None, parties: str | Iterable[str] | None = None,
             since: str | None = None, until: str | None = None) -> tuple[TrackedMeeting, ...]:
    """Meetings in date order, each with every report that tells it; ``since``/``until``
    (``YYYY-MM-DD``, ``YYYY-MM``, ``YYYY``, inclusive) keep the dated meetings in between."""
    first = day_bound(since, option="--since")
    end = day_bound(until, option="--until", last=True)
    meetings = tracker(db).timeline(parties=parties, since=first)
    if end is not None:
        meetings = tuple(m for m in meetings if m.date is not None and date.fromisoformat(m.date[:10]) <= end)
    return meetings


def positions(*, db: str | None = None, parties: str | Iterable[str] | None = None) -> tuple[Position, ...]:
    """Party x issue: the latest act, its sources, and how it changed."""
    return tracker(db).positions(parties=parties)


def commitments(*, db: str | None = None, parties: str | Iterable[str] | None = None) -> tuple[Commitment, ...]:
    """Agreements and offers, the steps carried out since, and their status."""
    return tracker(db).commitments(parties=parties)


def describe_quantity(quantity: Quantity | None) -> str:
    """A quantity as a reader would write it ("1,200 each", "24-48 hours")."""
    from parley.track.statements import describe_quantity as describe

    return describe(quantity) if quantity else ""


def show(ident: str, *, db: str | None = None) -> dict[str, Any]:
    """One meeting, actor, statement or process as JSON, with the sentences it came from grouped by report."""
    from parley.errors import NotFound
    from parley.track.negotiation import show_dict

    negotiation = tracker(db)
    item = negotiation.show(ident)
    if item is None:
        raise NotFound(f"no meeting, actor, statement or process has the id {ident!r}")
    return show_dict(negotiation, item)


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
    negotiation = tracker(db)
    if fmt == "csv":
        counts = exporter.export_csv(iter_stored(db), negotiation, out_dir)
        return f"wrote {', '.join(f'{n} {t}' for t, n in counts.items())} to {out_dir}/"
    events = exporter.plover_events(negotiation)
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
