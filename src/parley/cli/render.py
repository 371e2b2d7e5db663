"""A Record as a readable terminal summary (rich)."""

from __future__ import annotations

from collections import defaultdict

from parley.model import Record, Statement


def print_record(record: Record) -> None:
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    console = Console()
    d = record.document
    names = {a.id: a.name for a in record.actors}
    console.print(f"[bold]{d.title or '(untitled)'}[/bold]")
    meta = [x for x in (d.outlet, d.agency, d.published, d.dateline) if x]
    if meta:
        console.print(" · ".join(meta), style="dim")

    if record.meetings:
        t = Table(title="Meetings", title_justify="left")
        for col in ("status", "date", "place", "venue", "round", "parties", "mediators", "chairs", "heads"):
            t.add_column(col)
        for m in record.meetings:
            t.add_row(m.status, m.date or "", m.place or "", m.venue or "", str(m.round or ""),
                      ", ".join(m.parties), ", ".join(m.mediators),
                      ", ".join(names.get(c, c) for c in m.chairs),
                      ", ".join(f"{p}: {names.get(a, a)}" for p, a in m.heads))
        console.print(t)

    if record.actors:
        t = Table(title="People", title_justify="left")
        for col in ("name", "party", "roles"):
            t.add_column(col)
        for a in record.actors:
            t.add_row(a.name, a.affiliation or "", "; ".join(a.roles))
        console.print(t)

    if record.statements:
        by_party: dict[str, list[Statement]] = defaultdict(list)
        for s in record.statements:
            by_party["+".join(s.actors)].append(s)
        t = Table(title="Statements by party", title_justify="left")
        for col in ("party", "act", "issue", "numbers", "dates", "speaker"):
            t.add_column(col)
        for party, items in sorted(by_party.items()):
            for s in items:
                q = s.quantity
                num = ""
                if q:
                    num = (f"{q.low:g}-{q.high:g}" if q.low is not None and q.high is not None
                           else f"{q.value:g}" if q.value is not None else "")
                    num += f" {q.unit or ''}" + (" each" if q.per_party else "") + (" (approx.)" if q.approximate else "")
                dates = ", ".join(x for x in (f"by {s.deadline}" if s.deadline else "", s.date or "") if x)
                t.add_row(party, s.act, s.issue, num.strip(), dates, names.get(s.speaker or "", ""))
        console.print(t)

    if record.quotes:
        console.print("[bold]Who said what[/bold]")
        for quote in record.quotes:
            who = names.get(quote.speaker or "", "unattributed")
            console.print(f"  [cyan]{who}[/cyan]: “{quote.text}”")

    if record.diagnostics:
        console.print("[bold]Diagnostics[/bold]")
        for dg in record.diagnostics:
            where = ""
            if dg.evidence:
                words = " ".join(dg.evidence[0].of(d.text).split())
                where = f" [dim]« {escape(words[:80])}{'…' if len(words) > 80 else ''} »[/dim]"
            console.print(f"  [yellow]{dg.code}[/yellow] {escape(dg.message)}{where}", highlight=False)
