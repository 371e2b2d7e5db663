"""One report in, one Record out. Reads like its table of contents."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from parley.errors import InputError
from parley.model import RawDocument, Record
from parley.reader.assemble import assemble
from parley.reader.attribute import attribute
from parley.reader.clean import clean
from parley.reader.diagnose import diagnose
from parley.reader.recognize import recognize
from parley.reader.segment import segment
from parley.reader.syntax import parse, select


def extract(raw: RawDocument) -> Record:
    doc = clean(raw)
    parts = segment(doc)
    mentions = recognize(doc, parts)
    said = attribute(doc, parts, mentions)
    parses = parse(doc.text, select(doc.text, parts, mentions))  # only the sentences that can carry an act
    record = assemble(doc, parts, mentions, said, parses)
    return diagnose(record, parts, mentions)


def read(source: str | Path | RawDocument) -> Record:
    """Read one report (a path, ``-`` for stdin, or a RawDocument) into its Record.

    A JSON Lines file gives its first report; use ``read_all`` for every one.
    """
    if isinstance(source, RawDocument):
        return extract(source)
    for item in read_all(source):
        if isinstance(item, InputError):
            raise item
        return item
    raise InputError(f"{source}: no report in it")


def read_all(source: str | Path) -> Iterator[Record | InputError]:
    """Every report in a file (JSON Lines: one per line); a bad one yields its error in its place."""
    from parley.reader.ingest import iter_reports

    for raw in iter_reports(source):
        if isinstance(raw, InputError):
            yield raw
            continue
        try:
            yield extract(raw)
        except InputError as e:
            yield e
