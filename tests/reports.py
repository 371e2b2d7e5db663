"""Shared builders for the tests that read a short invented report: one place for the
metadata a test report carries and for the speaker map the quote tests compare."""

from __future__ import annotations

import parley
from parley.model import Meeting, RawDocument, Record

WED = "2025-06-11T09:00"  # a Wednesday: the meeting tests' publication day


def read(text: str, published: str | None = "2024-05-01T09:00", title: str = "Test report") -> Record:
    """Read ``text`` as a crawled report of a test outlet, published at ``published`` (None: no date)."""
    meta: tuple[tuple[str, str], ...] = (("title", title), ("outlet", "Example Daily"))
    if published:
        meta += (("published", published),)
    return parley.read(RawDocument(content=text, kind="json", source="test", meta=meta))


def meetings(text: str, published: str | None = WED) -> list[Meeting]:
    """The meetings of a short test report published on ``published``."""
    return list(read(text, published).meetings)


def one(text: str, published: str | None = WED) -> Meeting:
    """The one meeting of a short test report (the test fails when there are none or several)."""
    found = meetings(text, published)
    assert len(found) == 1, found
    return found[0]


def speakers(text: str, published: str = "2024-05-01T09:00") -> dict[str, str | None]:
    """Each quote's text -> its speaker's name (None: no speaker)."""
    rec = read(text, published)
    out = {}
    for q in rec.quotes:
        actor = rec.actor(q.speaker)
        out[q.text] = actor.name if actor else None
    return out
