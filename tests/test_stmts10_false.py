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
