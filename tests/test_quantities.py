"""find_quantities: golden shapes planted in filler text, and properties on any input."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.reader.recognize.quantities import find_quantities, parse_number_words

FILLER_BEFORE = "After a long night of talks in the lakeside hotel, "
FILLER_AFTER = ", a negotiator told reporters on condition of anonymity."


def _only(text: str, expr: str):
    body = FILLER_BEFORE + text + FILLER_AFTER
    start = body.index(expr)
    found = [m for m in find_quantities(body) if m.span.start < start + len(expr) and start < m.span.end]
    assert len(found) == 1, found
    m = found[0]
    assert (m.span.start, m.span.end) == (start, start + len(expr)), (m.text, expr)
    assert body[m.span.start : m.span.end] == m.text
    return m.quantity


# (sentence, the expression, value, low, high, unit, per_party, approximate)
CASES = [
    ("the sides agreed to swap 800 prisoners of war each", "800 prisoners of war each",
     800, None, None, "prisoners of war", True, False),
    ("two dozen captives walked across the bridge", "two dozen captives", 24, None, None, "captives", False, False),
    ("Belgrade proposed three expert working groups", "three expert working groups", 3, None, None, "groups", False,
     False),
    ("twelve hundred soldiers were sent home", "twelve hundred soldiers", 1200, None, None, "soldiers", False, False),
    ("a dozen hostages were handed over", "a dozen hostages", 12, None, None, "hostages", False, False),
    ("the swaps freed thousands of political prisoners", "thousands of political prisoners",
     None, 1000, None, "prisoners", False, True),
    ("a pause of 24-48 hours on the front", "24-48 hours", None, 24, 48, "hours", False, False),
    ("between 20 and 30 monitors would deploy", "between 20 and 30 monitors", None, 20, 30, "monitors", False, False),
    ("a halt of two to three days was floated", "two to three days", None, 2, 3, "days", False, False),
    ("a two- to three-day halt was floated", "two- to three-day", None, 2, 3, "days", False, False),
    ("a 500-for-500 exchange was agreed", "500-for-500", 500, None, None, None, True, False),
    ("each side freed 157 captives at dawn", "157 captives", 157, None, None, "captives", True, False),
    ("they released 40 detainees apiece", "40 detainees apiece", 40, None, None, "detainees", True, False),
    ("the swap involved more than 2,000 people", "more than 2,000 people", 2000, None, None, "people", False, True),
    ("Belgrade offered to trade about 40 civilians held in the region", "about 40 civilians",
     40, None, None, "civilians", False, True),
    ("nearly 500 families were moved", "nearly 500 families", 500, None, None, "families", False, True),
    ("at least 12 medics were hurt", "at least 12 medics", 12, None, None, "medics", False, True),
    ("up to 40 observers may come", "up to 40 observers", 40, None, None, "observers", False, True),
    ("just over 600 trucks crossed", "just over 600 trucks", 600, None, None, "trucks", False, True),
    ("the bodies of 4,000 fallen Ghanaian soldiers were returned", "4,000 fallen Ghanaian soldiers",
     4000, None, None, "soldiers", False, False),
    ("Belgrade is ready to hand back 2,000 more", "2,000", 2000, None, None, None, False, False),
    ("they tabled a 12 point proposal", "12 point", 12, None, None, "points", False, False),
    ("they tabled a 15-point plan", "15-point", 15, None, None, "points", False, False),
    ("they backed a two-week ceasefire", "two-week", 2, None, None, "weeks", False, False),
    ("the guns fell silent for two weeks", "two weeks", 2, None, None, "weeks", False, False),
    ("the convoy brought back 314 prisoners", "314 prisoners", 314, None, None, "prisoners", False, False),
    ("the region lost 1.2 million residents", "1.2 million residents", 1_200_000, None, None, "residents", False, False),
    ("the fund pays $51 a day", "$51", 51, None, None, "USD", False, False),
    ("Lisbon pledged €50 million in aid", "€50 million", 50_000_000, None, None, "EUR", False, False),
    ("turnout rose by 16% in the region", "16%", 16, None, None, "%", False, False),
    ("donors shipped 150,000 metric tons of grain", "150,000 metric tons", 150_000, None, None, "metric tons",
     False, False),
    ("the envoy named 3 nuclear sites", "3 nuclear sites", 3, None, None, "sites", False, False),
    # the first plural is the head: the object after a verb is not what is counted
    ("the three delegates signed several documents", "three delegates", 3, None, None, "delegates", False, False),
    ("hundreds of thousands more fled", "hundreds of thousands", None, 100_000, None, None, False, True),
    ("the army held about 26,000 square km", "about 26,000 square km", 26_000, None, None, "square km",
     False, True),
]


@pytest.mark.parametrize(("sentence", "expr", "value", "low", "high", "unit", "per_party", "approximate"), CASES,
                         ids=[c[1] for c in CASES])
def test_planted_quantity(sentence, expr, value, low, high, unit, per_party, approximate):
    q = _only(sentence, expr)
    assert (q.value, q.low, q.high, q.unit, q.per_party, q.approximate) == (
        value, low, high, unit, per_party, approximate)


@pytest.mark.parametrize("text", [
    "The talks began in 2024 and have dragged on since 2022.",
    "The session opened at 4 p.m. and the memo was stamped 09:17.",
    "The first session was on July 23 and the next on Feb. 5.",
    "A third round is planned; it is the 9th attempt.",
    "One of the envoys left early.",
    "The two sides met again, and both sides claimed progress.",
    "Call the press office on +1 202-555-0100 for details.",
    "1. Ceasefire\n2. Exchange of prisoners\n",
    "The council passed Resolution 2231 without a vote.",
    "The 2026-27 budget sets aside funds for repairs.",
    "No one expected the two leaders to shake hands.",
    "Talks between the two neighbours through go-betweens went on.",
    "One official close to the file said so.",
    "One man wears a bright scarf.",
])
def test_not_quantities(text):
    assert find_quantities(text) == []


@pytest.mark.parametrize(("words", "value"), [
    ("two dozen", 24), ("twelve hundred", 1200), ("a dozen", 12), ("twenty-five", 25),
    ("two thousand five hundred", 2500), ("one hundred and fifty", 150), ("a million", 1_000_000),
    ("two three", None), ("", None),
])
def test_parse_number_words(words, value):
    assert parse_number_words(words) == value


def test_money_with_a_converted_figure():
    text = "The EU pledged €50 million (about $54.2 million) for the corridor."
    got = [(m.text, m.quantity.value, m.quantity.unit, m.quantity.approximate) for m in find_quantities(text)]
    assert got == [("€50 million", 50_000_000, "EUR", False), ("about $54.2 million", 54_200_000, "USD", True)]


# ------------------------------------------------------------------ properties

_NEWSY = st.lists(st.sampled_from([
    "1,500", "prisoners", "of", "war", "each", "about", "24-48", "hours", "two", "dozen", "thousands",
    "between", "and", "to", "$", "€50", "million", "16%", "2024", "July", "23", "the", "sides", "-for-",
    "one", "-", "a", "1.2", "more", "than", "apiece", "twelve", "hundred", "10-point", "p.m.", "9:30",
    ".", ",", "\n", "1.", "+1", "0", "99999999", "1e5", "½", "٣",
]), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=300), _NEWSY))
def test_never_raises_and_spans_hold(text):
    found = find_quantities(text)
    prev_end = 0
    for m in found:
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert text[m.span.start : m.span.end] == m.text
        assert m.span.start >= prev_end
        prev_end = m.span.end
        q = m.quantity
        assert q.value is not None or q.low is not None
