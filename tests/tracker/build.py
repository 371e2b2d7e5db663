"""Build stored records for the tracker tests from short reports written for them.

Each report is a few sentences in our own words; items point at their sentence by
text, so the evidence spans are real offsets into the report.
"""

from __future__ import annotations

import hashlib
from typing import Any

from parley.model import Actor, Document, Meeting, Quantity, Record, Span, Statement
from parley.track.sources import SourceRef, StoredRecord


def span(text: str, piece: str) -> tuple[Span, ...]:
    start = text.index(piece)
    return (Span(start, start + len(piece)),)


def report(doc: str, published: str, text: str, *, outlet: str = "Test Wire", title: str | None = None,
           actors: tuple[dict[str, Any], ...] = (), meetings: tuple[dict[str, Any], ...] = (),
           statements: tuple[dict[str, Any], ...] = ()) -> StoredRecord:
    """A stored report; items give ``say``: the sentence of the text they come from."""
    acts = tuple(Actor(id=f"a{i}", name=a["name"], kind=a.get("kind", "person"), roles=tuple(a.get("roles", ())),
                       affiliation=a.get("party"), evidence=span(text, a.get("say", a["name"])))
                 for i, a in enumerate(actors, 1))
    ids = {a.name: a.id for a in acts}
    meets = tuple(Meeting(id=f"m{i}", status=m.get("status", "held"), date=m.get("date"), place=m.get("place"),
                          venue=m.get("venue"), round=m.get("round"), parties=tuple(m.get("parties", ())),
                          mediators=tuple(m.get("mediators", ())), duration_minutes=m.get("minutes"),
                          heads=tuple((p, ids[n]) for p, n in m.get("heads", {}).items()),
                          evidence=span(text, m["say"]))
                  for i, m in enumerate(meetings, 1))
    stmts = tuple(Statement(id=f"s{i}", act=s["act"], actors=tuple(s["actors"]), issue=s["issue"],
                            quantity=Quantity(**s["quantity"]) if s.get("quantity") else None,
                            date=s.get("date"), speaker=ids.get(s.get("speaker", "")),
                            evidence=span(text, s["say"]))
                  for i, s in enumerate(statements, 1))
    document = Document(text=text, title=title or f"{outlet}: {text[:40]}", outlet=outlet, published=published,
                        url=f"https://news.example/{doc}")
    record = Record(document=document, actors=acts, meetings=meets, statements=stmts)
    doc_id = hashlib.sha1(doc.encode()).hexdigest()[:16]
    return StoredRecord(source=SourceRef(doc_id=doc_id, url=document.url, title=document.title, outlet=outlet,
                                         published=published), record=record)
