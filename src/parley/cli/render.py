"""A Record as a readable terminal summary (rich).

Every string that comes from a report passes through ``safe`` before it reaches the
terminal: control characters (an ANSI escape, a carriage return, a bell, the C1 range,
bidirectional overrides) are shown as visible escapes (``\\x1b``), never sent raw, and
rich's markup brackets are escaped, so a report cannot restyle, move or clear the screen.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import Any

from parley.model import Record, Statement

# C0 controls but tab and newline, DEL, C1 controls, and the bidi embeddings, overrides
# and isolates (they reorder what the terminal shows); line and paragraph separators.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")


def _visible(m: re.Match[str]) -> str:
    c = ord(m.group(0))
    return f"\\x{c:02x}" if c <= 0xFF else f"\\u{c:04x}"


def plain(text: object) -> str:
    """``text`` for a plain ``print`` to the terminal: control characters shown as escapes."""
    return _UNSAFE.sub(_visible, "" if text is None else str(text))


def safe(text: object) -> str:
    """``text`` as a string fit for the terminal: no raw control character, no rich markup."""
    from rich.markup import escape

    s = "" if text is None else str(text)
    return escape(_UNSAFE.sub(_visible, s))


def table(title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]) -> Any:
    """A rich table of ``rows`` (plain strings, made terminal-safe here). Columns empty in every row
    are left out, so that a narrow terminal gives their room to the others, and a day ("date") is
    never cut ("2025-…" is no date), nor a meeting's status."""
    from rich.table import Table

    keep = [i for i, _ in enumerate(columns) if any(r[i] for r in rows)]
    t = Table(title=title, title_justify="left")
    for i in keep:
        if columns[i] in ("date", "status"):
            t.add_column(columns[i], no_wrap=True, min_width=max(len(r[i]) for r in rows))
        else:
            t.add_column(columns[i])
    for r in rows:
        t.add_row(*(safe(r[i]) for i in keep))
    return t


def print_record(record: Record) -> None:
    from rich.console import Console

    console = Console()
    d = record.document
    names = {a.id: a.name for a in record.actors}
    console.print(f"[bold]{safe(d.title or '(untitled)')}[/bold]")
    meta = [x for x in (d.outlet, d.agency, d.published, d.dateline) if x]
    if meta:
        console.print(" · ".join(safe(x) for x in meta), style="dim")
    for w in d.warnings:
        console.print(f"warning: {safe(w)}", style="yellow")

    if record.meetings:
        console.print(table("Meetings", ("status", "date", "place", "venue", "round", "parties", "mediators",
                                         "chairs", "heads"),
                            [(m.status, m.date or "", m.place or "", m.venue or "", str(m.round or ""),
                              ", ".join(m.parties), ", ".join(m.mediators),
                              ", ".join(names.get(c, c) for c in m.chairs),
                              ", ".join(f"{p}: {names.get(a, a)}" for p, a in m.heads))
                             for m in record.meetings]))

    if record.actors:
        console.print(table("People", ("name", "party", "roles"),
                            [(a.name, a.affiliation or "", "; ".join(a.roles)) for a in record.actors]))

    if record.statements:
        by_party: dict[str, list[Statement]] = defaultdict(list)
        for s in record.statements:
            by_party["+".join(s.actors)].append(s)
        rows: list[tuple[str, ...]] = []
        for party, items in sorted(by_party.items()):
            for s in items:
                q = s.quantity
                num = ""
                if q:
                    num = (f"{q.low:g}-{q.high:g}" if q.low is not None and q.high is not None
                           else f"{q.value:g}" if q.value is not None else "")
                    num += f" {q.unit or ''}" + (" each" if q.per_party else "") + (" (approx.)" if q.approximate else "")
                dates = ", ".join(x for x in (f"by {s.deadline}" if s.deadline else "", s.date or "") if x)
                rows.append((party, s.act, s.issue, num.strip(), dates, names.get(s.speaker or "", "")))
        console.print(table("Statements by party", ("party", "act", "issue", "numbers", "dates", "speaker"), rows))

    if record.quotes:
        console.print("[bold]Who said what[/bold]")
        for quote in record.quotes:
            who = names.get(quote.speaker or "", "unattributed")
            console.print(f"  [cyan]{safe(who)}[/cyan]: “{safe(quote.text)}”", highlight=False)

    if record.diagnostics:
        console.print("[bold]Diagnostics[/bold]")
        for dg in record.diagnostics:
            where = ""
            if dg.evidence:
                words = " ".join(dg.evidence[0].of(d.text).split())
                where = f" [dim]« {safe(words[:80])}{'…' if len(words) > 80 else ''} »[/dim]"
            console.print(f"  [yellow]{dg.code}[/yellow] {safe(dg.message)}{where}", highlight=False)
