"""What the recognizers find: mentions with spans into ``Document.text``.

Internal to the pipeline (the record's public types are in ``model``). Imports only ``model``.
"""

from __future__ import annotations

from dataclasses import dataclass

from parley.model import Quantity, Span


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention:
    """A date expression and what it resolves to against the publication date.

    ``kind``: ``"on"`` (a day: "on Wednesday", "May 16"), ``"by"`` (a deadline: "by the end
    of October"), ``"within"`` ("within two weeks": ``value`` is the last day), ``"since"``,
    ``"month"``/``"year"``/``"season"`` (vaguer: ``value`` is the first day, ``last`` the last day).
    ``value``: ISO date ``YYYY-MM-DD`` or None when it cannot be resolved.
    """

    span: Span
    text: str
    kind: str
    value: str | None
    last: str | None = None
    relative: bool = False  # resolved against the publication date (weekday, "yesterday")


@dataclass(frozen=True, slots=True, kw_only=True)
class QuantityMention:
    """A number with what it counts: "800 prisoners of war each", "24-48 hours"."""

    span: Span
    text: str
    quantity: Quantity


@dataclass(frozen=True, slots=True, kw_only=True)
class PartyMention:
    """A word standing for a party: "Russian", "Kyiv", "the Kremlin", "Hamas"."""

    span: Span
    text: str
    code: str
    how: str  # "demonym", "state", "capital", "metonym", "organization", "possessive"


@dataclass(frozen=True, slots=True, kw_only=True)
class PlaceMention:
    span: Span
    text: str
    name: str  # the city or country in ordinary form
    kind: str  # "city", "country", "venue", "region"
    country: str | None = None  # party code of the country it lies in


@dataclass(frozen=True, slots=True, kw_only=True)
class PersonMention:
    """One mention of a person; ``key`` is shared by every mention of the same person."""

    span: Span
    text: str
    key: str
