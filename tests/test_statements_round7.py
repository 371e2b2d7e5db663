"""Round seven on statements (issue 8): an act told of a matter no issue word names falls back
to ``other`` for disagreements and refusals. Every sentence is written for the test; the parties
are states the lexicon knows and no shared report names, the people invented. Each rule has a
near miss that must not fire."""

from __future__ import annotations

import pytest

from test_statements_syntax import keys

MET = "Albania and Iceland met in Reykjavik on Monday. "

# ---------------------------------------------------------------- a disagreement on a matter no issue word names


@pytest.mark.parametrize("sentence", [
    "Albania and Iceland did not agree on the harbour's operating rules.",
    MET + "They did not agree on the harbour's operating rules.",
    MET + "The two delegations could not agree over the ferry tolls.",
    MET + "The two delegations remain far apart on whether private ferries may use the port.",
    MET + "They remained far apart on the fishing quotas, an official said.",
])
def test_a_disagreement_on_a_named_matter_is_other(sentence: str) -> None:
    assert ("disagree", ("ALB", "ISL"), "other") in keys(sentence)


@pytest.mark.parametrize("sentence", [
    MET + "They remained far apart over the summer.",  # a time, no matter
    "Albania and Iceland clashed over the weekend, officials said.",
    "Albania did not agree to the harbour's operating rules.",  # one side: no disagreement
])
def test_no_disagreement_without_a_matter_or_a_second_side(sentence: str) -> None:
    assert "disagree" not in {k[0] for k in keys(sentence)}


def test_one_side_not_agreeing_to_a_thing_still_refuses_it() -> None:
    # near miss of "they did not agree on": "to" is one side's refusal, as before
    found = keys("Albania said on Monday that it would not agree to a ceasefire.")
    assert ("reject", ("ALB",), "ceasefire") in found
    assert "disagree" not in {k[0] for k in found}


def test_a_disagreement_with_an_issue_word_keeps_its_issue() -> None:
    found = keys(MET + "They did not agree on the ceasefire.")
    assert ("disagree", ("ALB", "ISL"), "ceasefire") in found
    assert ("disagree", ("ALB", "ISL"), "other") not in found


# ---------------------------------------------------------------- a refusal of a named thing or deed


@pytest.mark.parametrize(("sentence", "party"), [
    (MET + "The Icelandic government rejects any power-sharing, its spokesman, Ivo Brask, said later.", "ISL"),
    (MET + "Albania cannot accept a moratorium on all trawling licences, minister Tor Vell said.", "ALB"),
    (MET + "Minister Tor Vell of Iceland rejected Albania's call for an interim council.", "ISL"),
    (MET + "Minister Tor Vell of Iceland ruled out devolving harbour powers in the current session.", "ISL"),
])
def test_a_refusal_of_a_named_thing_is_other(sentence: str, party: str) -> None:
    assert ("reject", (party,), "other") in keys(sentence)


@pytest.mark.parametrize("sentence", [
    "Iceland rejected the accusations, the ministry said.",
    "Iceland rejected claims that its coastguard had fired first.",
    "Iceland rejects the idea that the region has given up on the talks.",
    "Iceland rejected it on Monday.",  # a pronoun with no antecedent act
])
def test_a_denial_is_no_refusal(sentence: str) -> None:
    assert "reject" not in {k[0] for k in keys(sentence)}


def test_a_refusal_with_an_issue_word_keeps_its_issue() -> None:
    found = keys("Iceland rejected the proposed ceasefire on Monday.")
    assert ("reject", ("ISL",), "ceasefire") in found
    assert ("reject", ("ISL",), "other") not in found


# ---------------------------------------------------------------- a release of things, a trade told "in exchange,"


@pytest.mark.parametrize("sentence", [
    "Albania will release at least 300 cubic metres of water per second into the lake, an Icelandic minister said.",
    "Iceland offered to release the frozen funds of the Albanian fishing board.",
    "In exchange, Albania undertook to issue at least 9,000 work permits for Icelanders each year.",
])
def test_a_release_of_things_or_a_trade_is_no_prisoner_exchange(sentence: str) -> None:
    found = keys(sentence)
    assert found, "the offer itself is still read"
    assert "prisoner_exchange" not in {k[2] for k in found}


@pytest.mark.parametrize("sentence", [
    "Albania offered to release 40 detainees held on the island.",
    "Albania said it would free the fishermen in exchange for the return of its sailors.",
])
def test_a_release_of_people_stays_a_prisoner_exchange(sentence: str) -> None:
    # near miss: people are released, and "in exchange for" them is a swap
    assert ("offer", ("ALB",), "prisoner_exchange") in keys(sentence)


# ---------------------------------------------------------------- a side that holds back its own deed until a thing is done


@pytest.mark.parametrize(("sentence", "party"), [
    ("Colombia and the FARC met on Monday. Ivo Brask, the FARC's chief negotiator, said the movement "
     "would not disarm until it had seats in the cabinet.", "FARC"),
    ("Iceland will not sign unless Albania opens its archives, the minister said.", "ISL"),
])
def test_a_deed_held_back_until_a_thing_is_done_demands_it(sentence: str, party: str) -> None:
    assert ("demand", (party,), "other") in keys(sentence)


@pytest.mark.parametrize("sentence", [
    "The ferry would not sail until the storm had passed, officials said.",  # no side
    "Talks will not resume until Albania opens its archives, the Icelandic minister said.",  # a held-back thing
    "Iceland kept its embassy shut until the spring, the minister said.",  # no refusal
])
def test_no_demand_of_other_without_a_side_holding_back_its_deed(sentence: str) -> None:
    assert not any(k[0] == "demand" and k[2] == "other" for k in keys(sentence))
