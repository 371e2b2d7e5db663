"""Numbers and what they count (stub: to be written)."""

from __future__ import annotations

from parley.mentions import QuantityMention


def find_quantities(text: str) -> list[QuantityMention]:
    return []
