"""Document + Parts -> Mentions: people, parties, places, dates, quantities.

Each recognizer takes the text and gives mentions with spans; ``recognize`` runs them
all. People come resolved into actors (titles, short mentions, transliterations).
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass

from parley.lexicon.outlets import HOME_PARTY_OF_OUTLET
from parley.model import Actor, Document, Span
from parley.reader.mentions import DateMention, PartyMention, PersonMention, PlaceMention, QuantityMention
from parley.reader.segment import Parts


@dataclass(frozen=True, slots=True)
class Mentions:
    actors: tuple[Actor, ...]
    people: tuple[PersonMention, ...]  # every mention of a person; key -> Actor.id
    parties: tuple[PartyMention, ...]
    places: tuple[PlaceMention, ...]
    dates: tuple[DateMention, ...]
    quantities: tuple[QuantityMention, ...]
    mediation: tuple[tuple[Span, str], ...] = ()  # "U.S.-brokered": (span, mediator code)

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)

    def people_in(self, span: Span) -> list[PersonMention]:
        return _inside(self.people, span)

    def parties_in(self, span: Span) -> list[PartyMention]:
        return _inside(self.parties, span)

    def dates_in(self, span: Span) -> list[DateMention]:
        return _inside(self.dates, span)

    def places_in(self, span: Span) -> list[PlaceMention]:
        return _inside(self.places, span)

    def quantities_in(self, span: Span) -> list[QuantityMention]:
        return _inside(self.quantities, span)


def _inside(items: tuple, span: Span) -> list:
    """The items (sorted by start, as every recognizer gives them) lying inside ``span``."""
    lo = bisect_left(items, span.start, key=lambda m: m.span.start)
    out = []
    for k in range(lo, len(items)):  # not items[lo:], a copy of the whole tail per call (issue 7)
        m = items[k]
        if m.span.start >= span.end:
            break
        if m.span.end <= span.end:
            out.append(m)
    return out


def home_party(doc: Document) -> str | None:
    outlet = (doc.outlet or "").strip().lower()
    if outlet in HOME_PARTY_OF_OUTLET:
        return HOME_PARTY_OF_OUTLET[outlet]
    first = outlet.split(" (")[0]
    return HOME_PARTY_OF_OUTLET.get(first)


def recognize(doc: Document, parts: Parts) -> Mentions:
    from parley.reader.recognize.dates import find_dates
    from parley.reader.recognize.parties import find_mediation_adjectives, find_parties
    from parley.reader.recognize.people import find_people
    from parley.reader.recognize.places import find_places
    from parley.reader.recognize.quantities import find_quantities

    text = doc.text
    people = find_people(text, home_party=home_party(doc), published=doc.published)
    by_start = lambda m: m.span.start  # noqa: E731
    return Mentions(
        actors=people.actors,
        people=tuple(sorted(people.mentions, key=by_start)),
        parties=tuple(sorted(find_parties(text), key=by_start)),
        places=tuple(sorted(find_places(text), key=by_start)),
        dates=tuple(sorted(find_dates(text, doc.published), key=by_start)),
        quantities=tuple(sorted(find_quantities(text), key=by_start)),
        mediation=tuple(find_mediation_adjectives(text)),
    )
