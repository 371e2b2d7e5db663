"""The commands that ask the store: ``timeline``, ``positions``, ``commitments``,
``show`` and ``export``.

Takes an argparse sub-parser set (``register(sub)``, called by
``store.commands``); gives commands that open the store at ``--db`` (the same
option, and default, as ``parley add``), build the ``Tracker`` over its
records and print a rich table, or JSON with ``--json``. Everything heavy is
imported inside the commands, so ``parley --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from parley.store.commands import add_db_option

if TYPE_CHECKING:
    from parley.store.base import StoredRecord
    from parley.store.tracker import Tracker

def iter_stored(url: str | None) -> Iterator[StoredRecord]:
    """Every record in the store at ``url`` (None: ``$PARLEY_DB``, else ./parley.db), streamed."""
    from parley.store.db import Store

    with Store(url) as store:
        yield from store.iter_records()


def load_tracker(url: str | None) -> Tracker:
    from parley.store.tracker import build_tracker

    return build_tracker(iter_stored(url))


def _print_json(obj: Any) -> None:
    print(json.dumps(obj, ensure_ascii=False, indent=2))


def _console() -> Any:
    from rich.console import Console

    return Console()


def _sources_cell(sources: Any) -> str:
    return "\n".join(f"{s.outlet or s.title or s.path or s.doc_id}"[:40] for s in sources)


def _conflicts_cell(conflicts: Any) -> str:
    return "; ".join(f"{c.field}: " + " / ".join(f"{v.value} ({len(v.sources)})" for v in c.values)
                     for c in conflicts)


# ------------------------------------------------------------ timeline

def _timeline(args: argparse.Namespace) -> int:
    tracker = load_tracker(args.db)
    meetings = tracker.timeline(parties=args.parties, since=args.since)
    if args.json:
        _print_json([m.to_dict() for m in meetings])
        return 0
    t = _table(f"Timeline: {len(meetings)} meetings",
               ("id", "date", "place", "round", "status", "parties", "mediators", "sources", "conflicts"), lines=True)
    for m in meetings:
        day = (m.date or "") + (f"…{m.end_date[5:]}" if m.end_date else "")
        where = ", ".join(x for x in (m.venue, m.place) if x)
        t.add_row(m.id, day, where, str(m.round or ""), m.status, ",".join(m.parties), ",".join(m.mediators),
                  _sources_cell(m.sources), _conflicts_cell(m.conflicts))
    _console().print(t)
    return 0


def _table(title: str, columns: tuple[str, ...], lines: bool = False) -> Any:
    """A rich table with these columns (imported here: the CLI starts without rich.table)."""
    from rich.table import Table

    t = Table(title=title, title_justify="left", show_lines=lines)
    for col in columns:
        t.add_column(col)
    return t


# ------------------------------------------------------------ positions

def _positions(args: argparse.Namespace) -> int:
    tracker = load_tracker(args.db)
    positions = tracker.positions(parties=args.parties)
    if args.json:
        _print_json([p.to_dict() for p in positions])
        return 0
    t = _table(f"Positions: {len(positions)} party x issue",
               ("party", "issue", "latest", "date", "sources", "how it changed"))
    for p in positions:
        last = p.latest
        t.add_row(p.party, p.issue, last.act, last.date or "", str(len(last.sources)), " → ".join(p.changes))
    _console().print(t)
    return 0


# ------------------------------------------------------------ commitments

def _commitments(args: argparse.Namespace) -> int:
    from parley.store.tracker_statements import describe_quantity

    tracker = load_tracker(args.db)
    commitments = tracker.commitments(parties=args.parties)
    if args.json:
        _print_json([c.to_dict() for c in commitments])
        return 0
    t = _table(f"Commitments: {len(commitments)}",
               ("id", "date", "act", "parties", "issue", "committed", "done so far", "status", "steps"), lines=True)
    for c in commitments:
        s = c.statement
        committed = describe_quantity(s.quantity) if s.quantity else ""
        done = "" if c.done is None else f"{c.done:,.0f}" + (" each" if c.per_party else "")
        steps = "\n".join(f"{x.date or '?'} {describe_quantity(x.quantity) if x.quantity else ''}".strip() for x in c.steps)
        t.add_row(s.id, s.date or "", s.act, ",".join(s.actors), s.issue, committed, done, c.status, steps)
    _console().print(t)
    return 0


# ------------------------------------------------------------ show

def _show(args: argparse.Namespace) -> int:
    from parley.errors import ParleyError

    tracker = load_tracker(args.db)
    item = tracker.show(args.id)
    if item is None:
        raise ParleyError(f"no meeting, actor, statement or process has the id {args.id!r}")
    data = show_dict(tracker, item)
    if args.json:
        _print_json(data)
        return 0
    console = _console()
    head = {k: v for k, v in data.items() if k not in ("evidence", "sources", "meetings", "statements")}
    console.print(f"[bold]{data.get('id')}[/bold]")
    for k, v in head.items():
        if v not in (None, [], {}, "") and k != "id":
            console.print(f"  {k}: {json.dumps(v, ensure_ascii=False) if not isinstance(v, str) else v}")
    for ev in data.get("evidence", []):
        src = ev["source"]
        console.print(f"\n[bold]{src.get('title') or src.get('url') or src['doc_id']}[/bold]", highlight=False)
        meta = " · ".join(str(x) for x in (src.get("outlet"), src.get("published"), src.get("url")) if x)
        if meta:
            console.print(meta, style="dim", highlight=False)
        for sentence in ev["sentences"]:
            console.print(f"  › {sentence}", highlight=False)
    for key in ("meetings", "statements"):
        for row in data.get(key, []):
            console.print(f"  {key[:-1]} {row}", highlight=False)
    return 0


def show_dict(tracker: Tracker, item: Any) -> dict[str, Any]:
    """One item as JSON, with the sentences it came from grouped by report."""
    from parley.store.tracker_model import Process, source_dict

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


# ------------------------------------------------------------ export

def _export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from parley.store import export

    url = args.db
    if args.format == "jsonl":
        if args.out and args.out != "-":
            with Path(args.out).open("w", encoding="utf-8") as f:
                n = export.export_jsonl(iter_stored(url), f)
            print(f"parley: wrote {n} records to {args.out}", file=sys.stderr)
        else:
            export.export_jsonl(iter_stored(url), sys.stdout)
        return 0
    tracker = load_tracker(url)
    if args.format == "csv":
        out_dir = Path(args.out or "parley-csv")
        counts = export.export_csv(iter_stored(url), tracker, out_dir)
        print(f"parley: wrote {', '.join(f'{n} {t}' for t, n in counts.items())} to {out_dir}/", file=sys.stderr)
        return 0
    events = export.plover_events(tracker)
    text = json.dumps(events, ensure_ascii=False, indent=2)
    if args.out and args.out != "-":
        Path(args.out).write_text(text + "\n", encoding="utf-8")
        print(f"parley: wrote {len(events)} events to {args.out}", file=sys.stderr)
    else:
        print(text)
    return 0


# ------------------------------------------------------------ registering

def _common(p: argparse.ArgumentParser, *, parties: bool = True, as_json: bool = True) -> None:
    add_db_option(p)
    if parties:
        p.add_argument("--parties", help="comma-separated party codes that must all be at the table, e.g. RUS,UKR")
    if as_json:
        p.add_argument("--json", action="store_true", help="print JSON instead of a table")


def register(sub: Any) -> None:
    """Add the query commands to ``parley``'s sub-parsers."""
    p = sub.add_parser("timeline", help="meetings in date order, each with every report that tells it")
    _common(p)
    p.add_argument("--since", help="only meetings on or after this date (YYYY-MM-DD)")
    p.set_defaults(func=_timeline)

    p = sub.add_parser("positions", help="party x issue: the latest act, its sources, and how it changed")
    _common(p)
    p.set_defaults(func=_positions)

    p = sub.add_parser("commitments", help="agreements and offers, the steps carried out since, and their status")
    _common(p)
    p.set_defaults(func=_commitments)

    p = sub.add_parser("show", help="one meeting, actor, statement or process with the sentences it came from")
    p.add_argument("id", help="an id from timeline, positions or commitments (m-…, a-…, s-…, p-…)")
    _common(p, parties=False)
    p.set_defaults(func=_show)

    p = sub.add_parser("export", help="records as JSON Lines, CSV tables, or PLOVER-style events with CAMEO codes")
    p.add_argument("--format", choices=("jsonl", "csv", "plover"), default="jsonl")
    p.add_argument("--out", help="a file (jsonl, plover) or a folder (csv); default: standard output / ./parley-csv")
    _common(p, parties=False, as_json=False)
    p.set_defaults(func=_export)
