"""Text -> PlaceMentions: cities where talks sit and named venues.

Cities come from a curated lexicon (lexicon/places.py); venues are capitalized names
ending in a building word ("Lakeside Palace") or well-known venues ("Oval Office").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from parley.lexicon.places import CITIES, VENUE_HEADS, VENUES
from parley.model import Span
from parley.reader.mentions import PlaceMention

_CAP = r"[A-ZÀ-ÖØ-ÞÇĞİŞ][\w’'\-]*"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    names = sorted(set(CITIES) | set(VENUES), key=len, reverse=True)
    city = re.compile(r"(?=[A-ZÀ-Þ])(?<![\w.])(?:" + "|".join(re.escape(n) for n in names) + r")(?![\w])")
    heads = "|".join(sorted(VENUE_HEADS))
    venue = re.compile(rf"(?=[A-ZÀ-Þ])(?:{_CAP}\s+){{1,3}}(?:{heads})\b(?:\s+(?:des|de|of)\s+{_CAP}(?:\s+{_CAP})?)?"
                       rf"|(?:Palais|Château|Chateau)\s+(?:des|de|du)\s+{_CAP}")
    return city, venue


# Venue-looking names that are institutions, not places where talks sit.
_NOT_VENUES = re.compile(r"\b(?:Security Council|Crisis Group|Power Plant|Power Station|Research Center)\b")


def find_places(text: str) -> list[PlaceMention]:
    city, venue = _patterns()
    out: list[PlaceMention] = []
    taken: list[Span] = []
    for m in venue.finditer(text):
        name = m.group(0)
        words = name.split()
        while words and words[0] in ("The", "In", "At", "On", "A", "From", "Of"):
            words.pop(0)
        name = " ".join(words)
        if len(words) < 2 or _NOT_VENUES.search(name):
            continue
        start = m.end() - len(name) if m.group(0).endswith(name) else m.start()
        sp = Span(start, start + len(name))
        out.append(PlaceMention(span=sp, text=name, name=name, kind="venue"))
        taken.append(sp)
    taken_starts = [t.start for t in taken]  # the venues, in order and apart: a bisection finds the one a city may overlap
    for m in city.finditer(text):
        sp = Span(m.start(), m.end())
        i = bisect_left(taken_starts, sp.end) - 1
        if i >= 0 and taken[i].overlaps(sp):
            continue
        name = m.group(0)
        kind = "venue" if name in VENUES else "city"
        out.append(PlaceMention(span=sp, text=name, name="Kyiv" if name == "Kiev" else name, kind=kind,
                                country=CITIES.get(name)))
    out.sort(key=lambda p: p.span.start)
    return out
