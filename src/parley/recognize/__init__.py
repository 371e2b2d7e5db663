"""Document + Parts -> Mentions: people, parties, places, dates, quantities.

Each recognizer takes the text and gives mentions with spans; ``recognize`` runs them
all and resolves people into actors (titles, short mentions, transliterations).
"""

from __future__ import annotations

from dataclasses import dataclass

from parley.mentions import DateMention, PartyMention, PersonMention, PlaceMention, QuantityMention
from parley.model import Actor, Document
from parley.segment import Parts


@dataclass(frozen=True, slots=True)
class Mentions:
    actors: tuple[Actor, ...]
    people: tuple[PersonMention, ...]  # every mention of a person; key -> Actor.id
    parties: tuple[PartyMention, ...]
    places: tuple[PlaceMention, ...]
    dates: tuple[DateMention, ...]
    quantities: tuple[QuantityMention, ...]

    def actor(self, actor_id: str | None) -> Actor | None:
        return next((a for a in self.actors if a.id == actor_id), None)


def recognize(doc: Document, parts: Parts) -> Mentions:
    from parley.recognize.dates import find_dates
    from parley.recognize.quantities import find_quantities

    return Mentions(
        actors=(),
        people=(),
        parties=(),
        places=(),
        dates=tuple(find_dates(doc.text, doc.published)),
        quantities=tuple(find_quantities(doc.text)),
    )
