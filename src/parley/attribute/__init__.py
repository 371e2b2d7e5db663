"""Quotes and reported speech -> who said them."""

from __future__ import annotations

from dataclasses import dataclass

from parley.model import Document, Quote
from parley.recognize import Mentions
from parley.segment import Parts


@dataclass(frozen=True, slots=True)
class Said:
    quotes: tuple[Quote, ...]
    sentence_speaker: dict[int, str]  # sentence index -> actor id of who says it (quotes, reported speech)


def attribute(doc: Document, parts: Parts, mentions: Mentions) -> Said:
    return Said(quotes=(), sentence_speaker={})
