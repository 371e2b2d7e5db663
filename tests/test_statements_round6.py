"""Round six on statements (issue 8): classes seen missing or wrong on reports from processes
the dev set does not have. Every sentence is written for the test; the parties are states the
lexicon knows and no shared report names, the people invented. Each rule has a near miss that
must not fire."""

from __future__ import annotations

import pytest

from test_statements_syntax import keys

# ---------------------------------------------------------------- a border that only says where


@pytest.mark.parametrize("sentence", [
    "Albania and Iceland agreed on Monday to open two new border crossings for lorries by next week.",
    "Iceland offered to reopen the border market to fishmongers on Saturdays, an official said.",
    "Albania and Iceland agreed to ban fishing trawlers near their border during the spawning season.",
])
def test_a_border_that_names_a_place_is_no_territorial_issue(sentence: str) -> None:
    found = keys(sentence)
    assert found, "the act itself is still read"
    assert "territory" not in {k[2] for k in found}


@pytest.mark.parametrize("sentence", [
    "Albania and Iceland agreed to redraw the border between their coastal provinces.",
    "Iceland rejected any change to the border, the minister said.",
    "Iceland said it would end the blockade if Albania handed over the two border districts.",
])
def test_the_border_itself_stays_territory(sentence: str) -> None:
    # near miss: the border is what the act is about
    assert "territory" in {k[2] for k in keys(sentence)}


# ---------------------------------------------------------------- a position that judges a thing refuses it


@pytest.mark.parametrize(("sentence", "key"), [
    ("Iceland's position is that the withdrawal is not open to negotiation.", ("reject", ("ISL",), "territory")),
    ("The Albanian government's position is that the old peace accord is void.",
     ("reject", ("ALB",), "peace_agreement")),
    ("Albania's position is that the naval drills are not a matter for negotiation.", ("reject", ("ALB",), "other")),
])
def test_a_position_that_a_thing_is_not_to_be_had_is_a_refusal(sentence: str, key: tuple) -> None:
    found = keys(sentence)
    assert key in found
    assert not any(k[0] == "demand" for k in found)


def test_a_position_on_what_another_party_cannot_do_stays_a_demand():
    # near miss: the negated content's subject is a party, so the position demands it of that party
    found = keys("The Albanian position is that Iceland cannot keep troops on the island.")
    assert ("demand", ("ALB",), "territory") in found
    assert not any(k[0] == "reject" for k in found)


def test_a_position_that_remains_reads_like_one_that_is():
    assert ("demand", ("ALB",), "ceasefire") in keys(
        "He repeated that Albania's position remains that a ceasefire must come before any vote.")


def test_a_demand_that_remains_an_obstacle_is_no_new_position():
    # near miss: "remains" with a noun, not a that-clause
    assert not any(k[0] == "demand" and k[2] == "other" for k in keys(
        "Albania's demand for the northern islands remains the main obstacle in the talks."))


# ---------------------------------------------------------------- a thing said not to be in play


@pytest.mark.parametrize(("sentence", "key"), [
    ("Albania said sanctions relief was not under consideration.", ("reject", ("ALB",), "sanctions")),
    ("Albania said a summit with Iceland was not on the agenda.", ("reject", ("ALB",), "leaders_meeting")),
])
def test_a_thing_not_under_consideration_is_rejected(sentence: str, key: tuple) -> None:
    assert key in keys(sentence)


def test_a_thing_under_consideration_is_no_refusal():
    # near miss: no negation
    assert not any(k[0] == "reject" for k in keys("Albania said the sanctions question was under consideration."))


# ---------------------------------------------------------------- two deeds, each with its own "to"


def test_two_deeds_each_with_its_own_to_are_two_offers():
    found = keys("Iceland undertook to rebuild the harbour and to free 30 detainees.")
    assert ("offer", ("ISL",), "prisoner_exchange") in found
    assert ("offer", ("ISL",), "other") in found


def test_a_second_deed_that_points_back_is_the_same_deed():
    # near miss: "to monitor it" is about the truce itself
    found = keys("Albania and Iceland agreed to extend their truce and to set up a joint team to monitor it.")
    assert ("agree", ("ALB", "ISL"), "ceasefire") in found
    assert not any(k[2] == "other" for k in found)


def test_a_deed_told_twice_without_its_own_to_keeps_the_named_issue():
    # near miss: no second "to": one deed
    found = keys("Albania urged Iceland to spare the grid and halt strikes on it.")
    assert not any(k[2] == "other" for k in found)


@pytest.mark.parametrize(("sentence", "key"), [
    ("The Icelandic envoy urged Albania to return to the negotiating table before the end of May.",
     ("request", ("ISL",), "talks_format")),
    ("Albania and Iceland agreed to a 30-day reduction of violence in the two coastal provinces.",
     ("agree", ("ALB", "ISL"), "ceasefire")),
])
def test_talks_resumed_and_violence_reduced_told_in_other_words(sentence: str, key: tuple) -> None:
    assert key in keys(sentence)


# ---------------------------------------------------------------- refusals to be bound; people held


def test_not_to_be_bound_by_a_deal_is_a_refusal():
    assert ("reject", ("ISL",), "prisoner_exchange") in keys(
        "Iceland said it would not be bound by the detainee accord signed in its absence.")


def test_to_be_bound_by_a_deal_is_no_refusal():
    # near miss: no negation
    assert not any(k[0] == "reject" for k in keys(
        "Iceland said it would be bound by the detainee accord."))


def test_people_held_under_a_law_are_prisoners():
    assert ("demand", ("ALB",), "prisoner_exchange") in keys(
        "Albania demanded that the 80 people held since the riots be freed.")


def test_people_held_in_high_regard_name_no_release():
    # near miss: "held" of people without a place, law or time of holding
    assert not any(k[2] == "prisoner_exchange" for k in keys(
        "Albania said it wanted the talks that people held dear to resume."))


# ---------------------------------------------------------------- proposals of a deed; a pronoun turned down


@pytest.mark.parametrize("sentence", [
    "The Albanian delegation proposed holding the referendum in the spring of 2040.",
    "Albania proposed to hold the referendum in the spring.",
])
def test_a_proposal_of_a_named_deed_is_a_proposal_of_other(sentence: str) -> None:
    assert ("propose", ("ALB",), "other") in keys(sentence)


def test_a_proposed_thing_no_issue_word_names_still_needs_one():
    # near miss: a noun, not a deed
    assert not any(k[0] == "propose" for k in keys("Albania proposed a referendum in the spring of 2040."))


def test_a_proposal_turned_down_by_its_pronoun_is_rejected():
    assert ("reject", ("ISL",), "ceasefire") in keys(
        "Albania proposed a ceasefire from Monday. Iceland turned it down.")


def test_a_proposal_turned_around_is_no_refusal():
    # near miss: another particle
    assert not any(k[0] == "reject" for k in keys(
        "Albania proposed a ceasefire from Monday. Iceland turned it around."))


# ---------------------------------------------------------------- a state's government named by its ruling movement


def test_a_states_movement_government_is_the_state():
    found = keys("Albania's Hamas administration and Iceland agreed on Sunday to extend the truce.")
    assert ("agree", ("ALB", "ISL"), "ceasefire") in found
    assert not any("HAMAS" in k[1] for k in found)


def test_a_state_and_a_movement_side_by_side_are_two_parties():
    # near miss: no governing head joins them
    assert ("agree", ("ALB", "HAMAS"), "ceasefire") in keys("Albania and Hamas agreed on Sunday to extend the truce.")
