"""Mentions + what was said -> the Record: actors, meetings, statements, quotes."""

from __future__ import annotations

from parley.model import Diagnostic, Document, Record
from parley.reader.assemble.meetings import find_meetings
from parley.reader.assemble.statements import find_statements
from parley.reader.attribute import Said
from parley.reader.recognize import Mentions
from parley.reader.segment import Parts
from parley.reader.syntax import Parse


def assemble(doc: Document, parts: Parts, mentions: Mentions, said: Said,
             parses: dict[int, Parse] | None = None) -> Record:
    """``parses``: the parsed sentences (reader/syntax.parse); left out, statements parse what they need."""
    meetings = find_meetings(doc, parts, mentions, said.actors, parses)
    doubts: list[Diagnostic] = []
    statements = find_statements(doc, parts, mentions, said, meetings, parses, doubts)
    return Record(document=doc, actors=said.actors, meetings=tuple(meetings), statements=tuple(statements),
                  quotes=said.quotes, diagnostics=tuple(doubts))
