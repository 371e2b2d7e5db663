"""Meetings, round 8: classes found on reports from other outlets and years (eval/unseen5,
eval/unseen6, the splitX half of dev), each rule pinned by sentences written for the test
(people, towns and venues invented; two Baltic states that no report is about), each with a
near miss that must not fire."""

from __future__ import annotations

import pytest
from tests.reports import meetings, one

# ------------------------------------ "The two men met ...": the session just told, at its venue

LEDE = ("Estonian President Kaja Virk and Latvian Prime Minister Ivars Ozols signed a fisheries pact "
        "on Tuesday at the end of their first meeting.")


@pytest.mark.parametrize("then", [
    "The two men met for an hour at the Amber Hotel before their aides joined them.",
    "Both leaders sat down at the Amber Hotel with only their interpreters present.",
])
def test_the_two_leaders_who_met_are_the_session_just_told(then: str):
    m = one(LEDE + " " + then)
    assert (m.date, m.venue) == ("2025-06-10", "Amber Hotel")
    assert set(m.parties) == {"EST", "LVA"}


def test_other_people_who_met_at_a_venue_are_not_the_session_just_told():
    # near miss: "two other envoys" points at no one told before: the lede's session keeps no venue
    found = meetings(LEDE + " Two other envoys of Estonia met at the Amber Hotel with a Swedish official.")
    lede = [m for m in found if m.date == "2025-06-10"]
    assert len(lede) == 1 and lede[0].venue is None


# ----------------------------------------- a possessive land after "on", "in": where, not who

def test_a_land_told_as_owner_of_an_island_is_where_not_a_side():
    m = one("Estonian President Kaja Virk and Latvian Prime Minister Ivars Ozols met on Tuesday at the "
            "Amber Hotel on Sweden's Gotland island.")
    assert set(m.parties) == {"EST", "LVA"}


def test_a_land_told_as_owner_of_an_envoy_is_a_side():
    # near miss: "Sweden's envoy" is a person of Sweden at the table
    m = one("Estonian President Kaja Virk met Sweden's envoy on Tuesday at the Amber Hotel in Port Ossa.")
    assert "SWE" in m.parties


# ------------------------ an act told before the session it closed: the act's venue and town

@pytest.mark.parametrize("said", [
    "Estonia and Latvia initialled the deal at the Amber Hotel in Port Ossa after three days of talks "
    "that began on Monday.",
    "Estonia and Latvia agreed on a truce at the Amber Hotel in Port Ossa at the close of talks that "
    "began on Monday.",
])
def test_the_venue_of_an_act_closing_a_session_is_the_sessions(said: str):
    m = one(said)
    assert (m.date, m.venue, m.place) == ("2025-06-09", "Amber Hotel", "Port Ossa")


def test_a_venue_of_an_act_told_apart_from_the_session_is_not_the_sessions():
    # near miss: the accord's venue, then talks told in a clause of their own (no "after", "at the close of")
    m = one("Estonia and Latvia agreed on a truce at the Amber Hotel, and their talks began in Port Ossa "
            "on Monday.")
    assert (m.date, m.venue) == ("2025-06-09", None)


# -------------------------------------------------- "in the Latvian capital": the capital's name

@pytest.mark.parametrize("said", [
    "Estonia and Latvia held talks in the Latvian capital on Monday.",
    "Estonia and Latvia held talks in Latvia's capital on Monday.",
])
def test_a_session_in_a_states_capital_sits_in_that_capital(said: str):
    m = one(said)
    assert (m.date, m.place) == ("2025-06-09", "Riga")


def test_capital_as_money_is_no_town():
    # near miss: "Latvian capital flows" are money, not a town
    found = meetings("Estonia and Latvia held talks on Monday on Latvian capital flows.")
    assert all(m.place != "Riga" for m in found)
