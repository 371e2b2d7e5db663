"""The record's JSON shape is a public contract (SCHEMA.md): round-trips are exact."""

from __future__ import annotations

import pytest

from parley.model import Actor, Document, Meeting, Quantity, Quote, Record, Span, Statement


def make_record() -> Record:
    text = 'Alpha and Beta met in Windhoek. "We agreed," said Ann Varga.'
    return Record(
        document=Document(text=text, title="t", outlet="o", published="2025-01-02"),
        actors=(Actor(id="a1", name="Ann Varga", roles=("envoy",), affiliation="AAA", evidence=(Span(48, 57),)),),
        meetings=(Meeting(id="m1", date="2025-01-01", place="Windhoek", parties=("AAA", "BBB"),
                          heads=(("AAA", "a1"),), evidence=(Span(0, 29),)),),
        statements=(Statement(id="s1", act="agree", actors=("AAA", "BBB"), issue="ceasefire",
                              quantity=Quantity(low=24, high=48, unit="hours"), evidence=(Span(30, 58),)),),
        quotes=(Quote(id="q1", text="We agreed,", speaker="a1", evidence=(Span(30, 42),)),),
    )


def test_round_trip_is_exact():
    rec = make_record()
    assert Record.from_dict(rec.to_dict()) == rec


def test_schema_names_are_kept():
    d = make_record().to_dict()
    assert d["schema"] == "parley.record/1"
    assert set(d) >= {"document", "actors", "meetings", "statements", "quotes"}
    assert d["meetings"][0]["heads"] == {"AAA": "a1"}
    assert d["statements"][0]["quantity"] == {"value": None, "low": 24, "high": 48, "unit": "hours",
                                              "per_party": False, "approximate": False}


def test_span_outside_text_is_refused():
    with pytest.raises(ValueError):
        Record(document=Document(text="short"), quotes=(Quote(id="q", text="x", evidence=(Span(0, 50),)),))


@pytest.mark.parametrize("bad", [dict(act="hope", issue="ceasefire"), dict(act="agree", issue="weather")])
def test_vocabulary_is_closed(bad):
    with pytest.raises(ValueError):
        Statement(id="s", actors=("AAA",), **bad)
