"""stmts10: what fires wrongly: the one asked in a passive, a condition told by inversion, an
attribute read as an issue; and issue words for a state's status and for peacekeepers. Every
sentence is written for the test; the parties are states the lexicon knows, the people invented.
Each rule has a near miss that must not fire (or must still fire)."""

from __future__ import annotations

from test_statements_syntax import keys

TALKS = "Uruguay and Mongolia held talks in Lima. "


def test_the_one_asked_in_a_passive_makes_no_request() -> None:
    found = keys("The Red Cross, which was asked in May to supervise an exchange of detainees, said it was ready.")
    assert not any(k[0] == "request" for k in found)


def test_near_miss_a_passive_ask_by_a_named_party_is_its_request() -> None:
    found = keys("The Red Cross was asked by Uruguay to supervise an exchange of detainees.")
    assert ("request", ("URY",), "prisoner_exchange") in found


def test_a_condition_told_by_inversion_is_no_request() -> None:
    found = keys(TALKS + "Chile said it was ready to send monitors to the border, should both parties request it.")
    assert not any(k[0] == "request" for k in found)


def test_near_miss_should_as_a_modal_still_reads() -> None:
    found = keys(TALKS + "Chile said both parties should request monitors.")
    assert any(k[0] == "request" for k in found)


def test_an_armed_neighbour_is_no_nuclear_issue() -> None:
    found = keys("Uruguay and Mongolia agreed on Saturday to stop all firing on land, in the air and at sea, "
                 "ending the worst fighting between the nuclear-armed neighbours in years.")
    assert ("agree", ("MNG", "URY"), "ceasefire") in found
    assert not any(k[2] == "nuclear" for k in found)


def test_near_miss_a_nuclear_programme_is_still_nuclear() -> None:
    found = keys("Uruguay and Mongolia agreed on Saturday to limit the nuclear programme.")
    assert ("agree", ("MNG", "URY"), "nuclear") in found


def test_a_neutral_status_is_a_security_guarantee() -> None:
    found = keys("Uruguay would accept a neutral, non-nuclear status if other states guaranteed it.")
    assert not any(k[2] == "nuclear" for k in found)
    found = keys("Uruguay accepted a neutral, non-nuclear status on Monday.")
    assert ("accept", ("URY",), "security_guarantees") in found


def test_troops_deployed_as_peacekeepers_are_a_security_guarantee() -> None:
    found = keys("Mongolia would not accept troops from European countries being deployed to Uruguay as "
                 "peacekeepers.")
    assert ("reject", ("MNG",), "security_guarantees") in found


def test_near_miss_troops_pulled_back_stay_territory() -> None:
    found = keys("Mongolia rejected pulling its troops back from the valley.")
    assert not any(k[2] == "security_guarantees" for k in found)


def test_a_source_who_asked_not_to_be_named_makes_no_request() -> None:
    found = keys("Under the terms, which were read out by a Chilean official who asked not to be named, a "
                 "ceasefire is to take effect at noon.")
    assert not any(k[0] == "request" for k in found)


def test_near_miss_an_anonymous_source_tells_a_real_request() -> None:
    found = keys("A Chilean official, who asked not to be identified, said Chile had asked Mongolia to release "
                 "the prisoners.")
    assert ("request", ("CHL",), "prisoner_exchange") in found


def test_the_two_sides_of_a_table_of_three_are_the_pair_in_the_quarrel() -> None:
    found = keys("Talks between Uruguayan, Mongolian and Chilean delegations ended on Thursday, though on the "
                 "question of the valley, which Mongolia wants Uruguay to give up, the two sides remained as far "
                 "apart as ever.")
    assert ("disagree", ("MNG", "URY"), "other") in found
    assert not any(k[0] == "disagree" and "CHL" in k[1] for k in found)


def test_a_passive_agreement_takes_the_issue_of_the_thing_agreed() -> None:
    found = keys("Uruguay and Mongolia each handed over 300 prisoners on Sunday, completing an exchange of 1,000 "
                 "people for 1,000 that had been agreed when the two delegations met in Lima on May 16, the first "
                 "direct talks between them in years.")
    assert ("agree", ("MNG", "URY"), "prisoner_exchange") in found
    assert ("agree", ("MNG", "URY"), "talks_format") not in found


def test_near_miss_it_was_agreed_takes_the_issue_after() -> None:
    found = keys("Uruguay and Mongolia met in Lima on Monday. It was agreed to hold a new round of talks.")
    assert ("agree", ("MNG", "URY"), "talks_format") in found


def test_a_condition_after_provided_that_is_no_acceptance_of_its_subject() -> None:
    found = keys("Uruguay said it would accept the ceasefire, provided that Mongolia accepted it too.")
    assert ("accept", ("URY",), "ceasefire") in found
    assert ("accept", ("MNG",), "ceasefire") not in found


def test_near_miss_a_deal_that_provided_for_an_acceptance_is_no_condition() -> None:
    found = keys("The accord provided that Mongolia accepted the ceasefire.")
    assert ("accept", ("MNG",), "ceasefire") in found
