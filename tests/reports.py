"""Shared builders for the tests that read a short invented report: one place for the
metadata a test report carries and for the speaker map the quote tests compare."""

from __future__ import annotations

import parley
from parley.model import Document, Meeting, RawDocument, Record
from parley.reader.clean import clean

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


def heads(text: str, published: str | None = WED) -> dict[str, str]:
    """The heads of the one meeting of a short test report: party code -> the head's name."""
    rec = read(text, published)
    assert len(rec.meetings) == 1, rec.meetings
    out = {}
    for code, key in rec.meetings[0].heads:
        actor = rec.actor(key)
        out[code] = actor.name if actor else key
    return out


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


# --- pages: a short invented article that the chrome tests wrap in site chrome ----------------

P1 = ("Envoys of Ruritania and Borduria met in Vell on Tuesday for a third round of talks on the river border, "
      "officials from both delegations said.")
P2 = "The two delegations discussed the return of 140 detainees and a truce along the river."
P3 = "Minister Anna Kovic said the next round would be held in March."
BODY = "\n\n".join((P1, P2, P3))
HEAD = "Ruritania and Borduria end third round of river talks"


def clean_page(text: str, kind: str = "text", **meta: str) -> Document:
    """``clean`` of a page given as text (or ``kind``), with ``meta`` as the crawler's fields."""
    return clean(RawDocument(content=text, kind=kind, source="<t>", meta=tuple(meta.items())))


def lost_sentences(above: str, under: str, paras: list[list[str]], below: str) -> list[str]:
    """The sentences of ``paras`` (P1 first) that the cleaned page loses, when the body stands
    between ``above`` + the headline + ``under`` and ``below``: [] when the whole body is kept."""
    paras = [[P1, *paras[0]], *paras[1:]]
    body = "\n\n".join(" ".join(p) for p in paras)
    flat = " ".join(clean_page(f"{above}\n\n{HEAD}\n\n{under}\n\n{body}\n\n{below}").text.split())
    return [s for p in paras for s in p if " ".join(s.split()) not in flat]
