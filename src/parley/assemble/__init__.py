"""Mentions + what was said -> the Record: actors, meetings, statements, quotes."""

from __future__ import annotations

from parley.assemble.meetings import find_meetings
from parley.assemble.statements import find_statements
from parley.attribute import Said
from parley.model import Document, Record
from parley.recognize import Mentions
from parley.segment import Parts


def assemble(doc: Document, parts: Parts, mentions: Mentions, said: Said) -> Record:
    meetings = find_meetings(doc, parts, mentions, said.actors)
    statements = find_statements(doc, parts, mentions, said, meetings)
    return Record(document=doc, actors=said.actors, meetings=tuple(meetings), statements=tuple(statements),
                  quotes=said.quotes)
