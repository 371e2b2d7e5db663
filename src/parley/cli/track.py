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
    sys.stdout.write(dumps_indented(obj))
    sys.stdout.write("\n")


def dumps_indented(obj: Any) -> str:
    """``json.dumps(obj, ensure_ascii=False, indent=2)``, character for character, about
    three times faster on the tracker's lists (a test pins the sameness).

    With ``indent`` Python 3.11's ``json`` leaves its C encoder for a pure-Python one of
    nested generators (two thirds of ``commitments --json`` on a 10k store); this walks the
    data once, appending to one list, and leaves every string to the C escaper. Anything
    that is not plain JSON data (a key of another type, a subclass, an unknown object) is
    handed to ``json.dumps`` itself, so odd input gives ``json``'s own answer or error.
    """
    parts: list[str] = []
    append = parts.append
    escape = _escape
    nls = ["\n"]

    def walk(o: Any, depth: int) -> None:
        t = type(o)
        if t is str:
            append(escape(o))
        elif o is None:
            append("null")
        elif o is True:
            append("true")
        elif o is False:
            append("false")
        elif t is int:
            append(int.__repr__(o))
        elif t is float:
            append(float.__repr__(o) if o == o and o not in _INFINITE else _float_text(o))
        elif t is list or t is tuple or t is dict:
            keyed = t is dict
            if not o:
                append("{}" if keyed else "[]")
                return
            if len(nls) <= depth + 1:
                nls.append("\n" + "  " * (depth + 1))
            inner = nls[depth + 1]
            append(("{" if keyed else "[") + inner)
            sep = "," + inner
            first = True
            for item in (o.items() if keyed else o):
                if first:
                    first = False
                else:
                    append(sep)
                if keyed:
                    k, item = item
                    if type(k) is not str:
                        raise _NotPlain
                    append(escape(k))
                    append(": ")
                walk(item, depth + 1)
            append(nls[depth] + ("}" if keyed else "]"))
        else:
            raise _NotPlain

    try:
        walk(obj, 0)
    except (_NotPlain, RecursionError):
        return json.dumps(obj, ensure_ascii=False, indent=2)
    return "".join(parts)


class _NotPlain(Exception):
    """Data ``dumps_indented`` leaves to ``json.dumps``."""


_escape = json.encoder.encode_basestring  # the C escaper json uses with ensure_ascii=False
_INFINITE = (float("inf"), float("-inf"))


def _float_text(o: float) -> str:
    return json.dumps(o)  # NaN, Infinity, -Infinity as json writes them


WIDE_COLUMNS = 220  # --wide: every column, lines as long as they need (pipe to ``less -S``)


def _console(wide: bool = False) -> Any:
    from rich.console import Console

    return Console(width=WIDE_COLUMNS) if wide else Console()


def _outlet(s: Any) -> str:
    return f"{s.outlet or s.title or s.path or s.doc_id}"


def _sources_cell(sources: Any, *, limit: int = 3) -> str:
    """How many reports, and the first few outlets (all with ``limit=0``)."""
    names = [_outlet(s) for s in sources]
    if limit and len(names) > limit:
        names = [*names[:limit], f"+{len(names) - limit} more"]
    return f"{len(sources)}: " + "; ".join(names) if sources else ""


def _conflicts_cell(conflicts: Any) -> str:
    return "; ".join(f"{c.field}: " + " / ".join(f"{v.value} ({len(v.sources)})" for v in c.values)
                     for c in conflicts)


# A column: header, how much room it needs at least, and whether a narrow terminal keeps it.
Column = tuple[str, int, bool]


def _table(title: str, columns: tuple[Column, ...], *, wide: bool, width: int, lines: bool = False,
           ) -> tuple[Any, list[int]]:
    """A rich table with the columns that fit ``width`` (all of them with ``wide``); cells
    wrap rather than being cut. Gives the table and the indexes of the columns kept."""
    from rich.table import Table

    keep = list(range(len(columns)))
    if not wide:
        keep = [i for i, c in enumerate(columns) if c[2]]
        used = 1 + sum(columns[i][1] + 3 for i in keep)
        for i, c in enumerate(columns):  # optional columns, in order, while there is room
            if i not in keep and used + c[1] + 3 <= width:
                keep.append(i)
                used += c[1] + 3
        keep.sort()
    t = Table(title=title, title_justify="left", show_lines=lines, expand=False)
    for i in keep:
        name = columns[i][0]
        t.add_column(name, min_width=len(name) if wide else None, overflow="fold")
    return t, keep


def _row(t: Any, keep: list[int], cells: tuple[str, ...]) -> None:
    t.add_row(*(cells[i] for i in keep))


# ------------------------------------------------------------ timeline

def _limit(args: argparse.Namespace) -> int | None:
    return args.limit or None  # 0: all


def _paged(args: argparse.Namespace, shown: int, total: int, what: str) -> None:
    """A line on stderr when the list printed is not all of it."""
    if shown < total:
        first = args.offset + 1 if shown else args.offset
        print(f"parley: {what} {first:,}-{args.offset + shown:,} of {total:,} shown "
              f"(--limit 0 for all, --offset to page)", file=sys.stderr)


def _timeline(args: argparse.Namespace) -> int:
    meetings, total = service.timeline_page(db=args.db, parties=args.parties, since=args.since, until=args.until,
                                            process=args.process, limit=_limit(args), offset=args.offset)
    _paged(args, len(meetings), total, "meetings")
    if args.json:
        _print_json([m.to_dict() for m in meetings])
        return 0
    console = _console(args.wide)
    cols: tuple[Column, ...] = (("date", 10, True), ("place", 12, True), ("parties", 9, True),
                                ("status", 9, True), ("sources", 14, True), ("id", 13, False),
                                ("round", 5, False), ("mediators", 9, False), ("process", 12, False),
                                ("conflicts", 20, False))
    t, keep = _table(f"Timeline: {_of(len(meetings), total)} meetings", cols, wide=args.wide, width=console.width, lines=True)
    for m in meetings:
        day = (m.date or "undated") + (f" to {m.end_date[5:]}" if m.end_date else "")
        where = ", ".join(x for x in (m.venue, m.place) if x)
        _row(t, keep, (day, where, " ".join(m.parties), m.status, _sources_cell(m.sources, limit=0 if args.wide else 2),
                       m.id, str(m.round or ""), " ".join(m.mediators), m.process or "",
                       _conflicts_cell(m.conflicts)))
    console.print(t)
    return 0


# ------------------------------------------------------------ positions

def _of(shown: int, total: int) -> str:
    return f"{shown:,}" if shown == total else f"{shown:,} of {total:,}"


def _positions(args: argparse.Namespace) -> int:
    positions, total = service.positions_page(db=args.db, parties=args.parties, since=args.since, until=args.until,
                                              process=args.process, limit=_limit(args), offset=args.offset,
                                              history=args.history or None)
    _paged(args, len(positions), total, "positions")
    if args.json:
        _print_json(positions)
        return 0
    console = _console(args.wide)
    cols: tuple[Column, ...] = (("party", 5, True), ("issue", 12, True), ("latest", 8, True), ("date", 10, True),
                                ("how it changed", 20, True), ("reports", 7, False), ("process", 12, False),
                                ("statement", 13, False))
    t, keep = _table(f"Positions: {_of(len(positions), total)} party x issue", cols, wide=args.wide,
                     width=console.width)
    for p in positions:
        n = p["history_total"]
        changes = " → ".join(p["changes"]) + (f" ({n} acts)" if n > 1 else "")
        _row(t, keep, (p["party"], p["issue"].replace("_", " "), p["act"], p["date"] or "", changes,
                       str(p["sources_total"]), p["process"] or "", p["statement"]))
    console.print(t)
    return 0


# ------------------------------------------------------------ commitments

def _commitments(args: argparse.Namespace) -> int:
    describe_quantity = service.describe_quantity
    commitments, total = service.commitments_page(db=args.db, parties=args.parties, since=args.since,
                                                  until=args.until, process=args.process, limit=_limit(args),
                                                  offset=args.offset)
    _paged(args, len(commitments), total, "commitments")
    if args.json:
        _print_json([c.to_dict() for c in commitments])
        return 0
    console = _console(args.wide)
    cols: tuple[Column, ...] = (("date", 10, True), ("parties", 9, True), ("issue", 12, True),
                                ("committed", 10, True), ("done", 8, True), ("status", 9, True),
                                ("steps", 16, False), ("act", 6, False), ("deadline", 10, False),
                                ("reports", 7, False), ("id", 13, False))
    t, keep = _table(f"Commitments: {_of(len(commitments), total)}", cols, wide=args.wide, width=console.width, lines=True)
    for c in commitments:
        s = c.statement
        committed = describe_quantity(s.quantity) if s.quantity else ""
        done = "" if c.done is None else f"{c.done:,.0f}" + (" each" if c.per_party else "")
        steps = [f"{x.date or '?'} {describe_quantity(x.quantity) if x.quantity else 'carried out'}".strip()
                 for x in c.steps]
        steps += [f"{x.date or '?'} breach ({' '.join(x.actors)})" for x in c.breaches]
        _row(t, keep, (s.date or "", " ".join(s.actors), s.issue.replace("_", " "), committed, done, c.status,
                       "\n".join(steps), s.act, s.deadline or "", str(len(c.sources)), s.id))
    console.print(t)
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
        p.add_argument("--since", metavar="DATE", help="only on or after this day (YYYY-MM-DD, YYYY-MM or YYYY)")
        p.add_argument("--until", metavar="DATE", help="only on or before this day (YYYY-MM-DD, YYYY-MM or YYYY)")
        p.add_argument("--process", help="only this process (an id like p-rus-ukr, from show or --json)")
        p.add_argument("--wide", action="store_true", help="every column, lines as long as they need")
        p.add_argument("--limit", type=_count, default=service.LIST_LIMIT, metavar="N",
                       help=f"at most N rows (default {service.LIST_LIMIT}; 0: all)")
        p.add_argument("--offset", type=_count, default=0, metavar="K", help="skip the first K rows (to page)")
    if as_json:
        p.add_argument("--json", action="store_true", help="print JSON instead of a table")


def _count(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"{text!r}: must be 0 or more")
    return n


def _retrack(args: argparse.Namespace) -> int:
    done = service.retrack(db=args.db)
    print(f"parley: merged {done.get('documents', 0)} reports again into the tracked tables", file=sys.stderr)
    return 0


def register(sub: Any) -> None:
    """Add the query commands to ``parley``'s sub-parsers."""
    p = sub.add_parser("timeline", help="meetings in date order, each with every report that tells it")
    _common(p)
    p.set_defaults(func=_timeline)

    p = sub.add_parser("positions", help="party x issue: the latest act, its sources, and how it changed")
    _common(p)
    p.add_argument("--history", type=_count, default=service.HISTORY_SHOWN, metavar="N",
                   help=f"each position's last N acts in --json (default {service.HISTORY_SHOWN}; 0: all); "
                        "its changes and counts are over all of them")
    p.set_defaults(func=_positions)

    p = sub.add_parser("commitments", help="agreements and offers, the steps carried out since, and their status")
    _common(p)
    p.set_defaults(func=_commitments)

    p = sub.add_parser("show", help="one meeting, actor, statement or process with the sentences it came from")
    p.add_argument("id", help="an id from timeline, positions or commitments (m-…, a-…, s-…, p-…)")
    _common(p, parties=False)
    p.set_defaults(func=_show)

    p = sub.add_parser("retrack", help="rebuild the tracked tables from the stored records (after a rules change)")
    _common(p, parties=False, as_json=False)
    p.set_defaults(func=_retrack)

    p = sub.add_parser("export", help="records as JSON Lines, CSV tables, or PLOVER-style events with CAMEO codes")
    p.add_argument("--format", choices=("jsonl", "csv", "plover"), default="jsonl")
    p.add_argument("--out", help="a file (jsonl, plover) or a folder (csv); default: standard output / ./parley-csv")
    p.add_argument("--force", action="store_true", help="replace what --out names if it is there already")
    _common(p, parties=False, as_json=False)
    p.set_defaults(func=_export)
