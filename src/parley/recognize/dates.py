"""Date expressions resolved against the publication date (stub: to be written)."""

from __future__ import annotations

from parley.mentions import DateMention


def find_dates(text: str, published: str | None) -> list[DateMention]:
    return []
