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
        return add_paths(store, paths, workers=workers, engine=engine, scheduler=scheduler, on_progress=on_progress)


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
    """The negotiation merged from every stored report."""
    from parley.track.negotiation import build_tracker

    return build_tracker(iter_stored(db))


# ------------------------------------------------------------------ the negotiation

def timeline(*, db: str | None = None, parties: str | Iterable[str] | None = None,
             since: str | None = None) -> tuple[TrackedMeeting, ...]:
    """Meetings in date order, each with every report that tells it."""
    return tracker(db).timeline(parties=parties, since=since)


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
    negotiation = tracker(db)
    if fmt == "csv":
        out_dir = Path(out or "parley-csv")
        counts = exporter.export_csv(iter_stored(db), negotiation, out_dir)
        return f"wrote {', '.join(f'{n} {t}' for t, n in counts.items())} to {out_dir}/"
    events = exporter.plover_events(negotiation)
    text = json.dumps(events, ensure_ascii=False, indent=2)
    if to_stdout:
        print(text)
        return ""
    Path(out).write_text(text + "\n", encoding="utf-8")  # type: ignore[arg-type]
    return f"wrote {len(events)} events to {out}"
