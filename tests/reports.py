"""Shared builders for the tests that read a short invented report: one place for the
metadata a test report carries and for the speaker map the quote tests compare."""

from __future__ import annotations

import parley
from parley.model import RawDocument, Record


def read(text: str, published: str = "2024-05-01T09:00", title: str = "Test report") -> Record:
    """Read ``text`` as a crawled report of a test outlet, published at ``published``."""
    meta = (("title", title), ("published", published), ("outlet", "Example Daily"))
    return parley.read(RawDocument(content=text, kind="json", source="test", meta=meta))


def speakers(text: str, published: str = "2024-05-01T09:00") -> dict[str, str | None]:
    """Each quote's text -> its speaker's name (None: no speaker)."""
    rec = read(text, published)
    out = {}
    for q in rec.quotes:
        actor = rec.actor(q.speaker)
        out[q.text] = actor.name if actor else None
    return out
