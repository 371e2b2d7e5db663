"""The commands that ask the store: ``timeline``, ``positions``, ``commitments``,
``show`` and ``export``.

Takes an argparse sub-parser set (``register(sub)``, called by
``cli.store``); gives commands that open the existing store at ``--db`` (the same
setting as ``parley add``; one that is not there is refused), ask ``service`` for the
negotiation merged from its records and print a rich table, or JSON with ``--json``. Everything heavy is
imported inside the commands, so ``parley --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from parley import service
from parley.cli.store import add_db_option


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
    meetings = service.timeline(db=args.db, parties=args.parties, since=args.since, until=args.until)
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
    positions = service.positions(db=args.db, parties=args.parties)
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
    describe_quantity = service.describe_quantity
    commitments = service.commitments(db=args.db, parties=args.parties)
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
    data = service.show(args.id, db=args.db)
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


# ------------------------------------------------------------ export

def _export(args: argparse.Namespace) -> int:
    message = service.export(args.format, db=args.db, out=args.out, force=args.force)
    if message:
        print(f"parley: {message}", file=sys.stderr)
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
    p.add_argument("--since", metavar="DATE", help="only meetings on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)")
    p.add_argument("--until", metavar="DATE", help="only meetings on or before this day (YYYY-MM-DD, YYYY-MM or YYYY)")
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
    p.add_argument("--force", action="store_true", help="replace what --out names if it is there already")
    _common(p, parties=False, as_json=False)
    p.set_defaults(func=_export)
