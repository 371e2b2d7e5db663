"""Meetings, round 8: classes found on reports from other outlets and years (eval/unseen5,
eval/unseen6, the splitX half of dev), each rule pinned by sentences written for the test
(people, towns and venues invented; two Baltic states that no report is about), each with a
near miss that must not fire."""

from __future__ import annotations

import pytest
from tests.reports import heads, meetings, one

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


def test_a_town_told_as_owner_of_an_island_places_the_session():
    m = one("Estonian President Kaja Virk and Latvian Prime Minister Ivars Ozols met on Tuesday at the "
            "Amber Hotel on Vilnius's river island.")
    assert (m.place, m.venue) == ("Vilnius", "Amber Hotel")


def test_a_towns_people_after_on_are_no_place():
    # near miss: "on Vilnius's mayor" is no land part: the town places nothing
    m = one("Estonian President Kaja Virk and Latvian Prime Minister Ivars Ozols met on Tuesday at the "
            "Amber Hotel and called on Vilnius's mayor to host a fair.")
    assert m.place is None


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


# ------------------------------------------------ one signer for each side heads that side's table



@pytest.mark.parametrize("said", [
    "Estonian Foreign Minister Kaja Virk and Latvian Foreign Minister Ivars Ozols signed the accord on "
    "Monday after two days of talks in Port Ossa.",
    "Estonia and Latvia held talks in Port Ossa on Monday. The accord was signed by Estonia's foreign "
    "minister, Kaja Virk, and by Latvia's foreign minister, Ivars Ozols.",
])
def test_one_signer_for_each_side_heads_it(said: str):
    assert heads(said) == {"EST": "Kaja Virk", "LVA": "Ivars Ozols"}


def test_a_witness_of_the_signing_heads_no_side():
    # near miss: the Latvian only watched; one signer of one side is no pair of heads
    assert heads("Estonian Foreign Minister Kaja Virk signed the accord with Latvia on Monday after two "
                  "days of talks in Port Ossa, witnessed by Latvian envoy Ivars Ozols.") == {}


def test_two_signers_of_one_side_head_nothing():
    # near miss: two Estonians sign with one Latvian: who heads the Estonian side is not said
    assert "EST" not in heads(
        "Estonian ministers Kaja Virk and Mart Tamm and Latvian Foreign Minister Ivars Ozols signed the "
        "accord on Monday after two days of talks in Port Ossa.")


# ------------------------------------------------ "signed a truce", "signed a pact": a signing session

@pytest.mark.parametrize("said", [
    "Estonia and Latvia signed a fisheries truce on Thursday after months of talks in the Latvian capital.",
    "Estonia and Latvia signed a border pact on Thursday after months of talks in the Latvian capital.",
])
def test_a_signing_of_a_truce_or_pact_is_a_dated_session(said: str):
    m = one(said, "2025-06-13T09:00")
    assert (m.status, m.date, m.place) == ("held", "2025-06-12", "Riga")


def test_a_truce_signed_long_ago_told_as_a_noun_is_no_session():
    # near miss: "the truce signed in 1990" is a past deal's name, not a signing told now
    found = meetings("The truce signed by Estonia and Latvia has held, a minister said on Thursday.",
                     "2025-06-13T09:00")
    assert found == []


# ------------------------------- a day before the verb that holds the session: "yesterday held their"

@pytest.mark.parametrize(("said", "day"), [
    ("Estonia and Latvia yesterday held their first formal negotiating session on the islets in Vilnius.",
     "2025-06-10"),
    ("Estonia and Latvia on Monday opened a new round of border talks in Vilnius.", "2025-06-09"),
])
def test_a_day_before_the_verb_holding_the_session_is_its_day(said: str, day: str):
    m = one(said)
    assert (m.status, m.date, m.place) == ("held", day, "Vilnius")


def test_a_day_before_another_verb_is_not_the_sessions():
    # near miss: the day belongs to the complaint, a verb that holds no session
    found = meetings("Estonia on Monday complained about the slow pace of border talks in Vilnius.")
    assert all(m.date != "2025-06-09" for m in found)


# ----------------------------------------------- a mediation resumed or opened is a session

def test_a_mediation_resumed_on_a_day_in_a_town_is_a_session():
    m = one("Estonia and Latvia resumed mediation over their lake border on 2 June 2025 in Vilnius.")
    assert (m.status, m.date, m.place) == ("held", "2025-06-02", "Vilnius")


def test_a_mediation_praised_is_no_session():
    # near miss: "praised the mediation" tells no session opened or held
    assert meetings("Estonia on 2 June praised Sweden's mediation over the lake border in Vilnius.") == []


# ------------------------------- the future of what was said is not the session's ("said after the round")

def test_a_future_told_as_said_after_a_round_leaves_the_round_held():
    m = one("The fund will pay out 40 million euros over five years, the Estonian and Latvian ministries said after the "
            "fourth round in Vilnius, which began on Monday.")
    assert (m.status, m.place, m.round) == ("held", "Vilnius", 4)


def test_a_round_the_future_governs_is_to_come():
    # near miss: no speech verb between: the round itself is what will come
    m = one("Estonia and Latvia will hold the fourth round in Vilnius, the ministry said on Monday.")
    assert m.status == "scheduled"


# ------------------------------------ a former office-holder who chairs: not his state at the table

def test_a_former_president_chairing_for_a_body_brings_the_body_not_his_state():
    m = one("Estonia and Latvia held talks in Vilnius on Monday. The talks were mediated by a European "
            "Union panel chaired by former Swedish president Lars Berg.")
    assert "SWE" not in m.mediators and "SWE" not in m.parties


def test_a_sitting_minister_chairing_for_a_body_brings_his_state():
    # near miss: a minister in office chairs for his state beside the body, a go-between too
    m = one("Estonia and Latvia held talks in Vilnius on Monday. The talks were mediated by a European "
            "Union panel chaired by Swedish Foreign Minister Lars Berg.")
    assert "SWE" in m.mediators


# --------------------------------- a retreat the city table knows is the place ("the summit at Camp David")

def test_a_summit_at_a_retreat_the_city_table_knows_is_placed_there():
    m = one("The Baltic summit at Camp David ended without an agreement on Monday, Estonian and Latvian "
            "officials said.")
    assert m.place == "Camp David"


def test_a_retreat_named_as_a_deal_is_no_place():
    # near miss: "the Camp David accords" name a deal, no session told now
    assert meetings("Estonia and Latvia said on Monday the Camp David accords showed a way forward.") == []


# ------------------------------------------- "has hosted A and B ... since 2 June": the session's first day

@pytest.mark.parametrize("said", [
    "Swedish Prime Minister Lars Berg, who has hosted Estonian President Kaja Virk and Latvian Prime "
    "Minister Ivars Ozols at his lakeside residence in Vilnius since 2 June 2025, spoke on Tuesday.",
    "Estonia and Latvia have been holding talks in Vilnius since 2 June 2025, officials said.",
])
def test_a_session_under_way_since_a_day_began_that_day(said: str):
    assert "2025-06-02" in {m.date for m in meetings(said)}


def test_a_day_since_which_something_else_happened_is_no_sessions_day():
    # near miss: "since 2 June" is when the shelling began, not a session
    found = meetings("Estonia and Latvia held talks in Vilnius on Monday about the shelling that has gone "
                     "on since 2 June 2025.")
    assert "2025-06-02" not in {m.date for m in found}


# ----------------------------------- "at the Amber Hotel, where the talks opened": the talks' house

def test_a_house_a_where_clause_gives_the_talks_is_their_venue():
    m = one("The Swedish envoy read the closing statement at the Amber Hotel, where the talks between "
            "Estonia and Latvia opened on Monday.")
    assert (m.date, m.venue) == ("2025-06-09", "Amber Hotel")


def test_a_house_told_apart_from_the_talks_is_not_their_venue():
    # near miss: the house is where the envoy spoke; the talks sit in a clause of their own
    m = one("The Swedish envoy spoke at the Amber Hotel; the talks between Estonia and Latvia opened in "
            "Vilnius on Monday.")
    assert m.venue is None


# -------------------- a signing told on its own ("the accord was signed at", "the signing ceremony at")

def test_an_accord_signed_at_a_hall_houses_the_session_told_just_before():
    m = one("Estonia and Latvia signed a border accord in Vilnius on Monday. The accord was signed at the "
            "Amber Hall by Estonia's foreign minister, Kaja Virk, and Latvia's foreign minister, Ivars Ozols.")
    assert (m.date, m.place, m.venue) == ("2025-06-09", "Vilnius", "Amber Hall")


def test_a_signing_ceremony_at_a_hotel_is_the_sessions_house():
    m = one("Estonia and Latvia signed a border accord in Vilnius on Monday. The signing ceremony at the "
            "Amber Hotel was carried out by Estonian Foreign Minister Kaja Virk and Latvian Foreign "
            "Minister Ivars Ozols.")
    assert m.venue == "Amber Hotel"


def test_a_hall_of_a_session_with_other_sides_is_not_its_house():
    # near miss: the next sentence's signing is between other sides: another session
    found = meetings("Estonia and Latvia signed a border accord in Vilnius on Monday. A grain deal was "
                     "signed at the Amber Hall by Sweden and Norway.")
    first = [m for m in found if m.date == "2025-06-09"]
    assert len(first) == 1 and first[0].venue is None


# ------------------------- "at the Rose Garden of the Amber Palace": the palace is where the session sits

def test_a_part_of_a_named_house_places_the_session_in_the_house():
    m = one("Estonia and Latvia signed a border accord on Monday in Vilnius. Estonian chief negotiator Kaja "
            "Virk and Latvian panel chairman Ivars Ozols signed the accord at the Rose Garden of the Amber "
            "Palace.")
    assert m.venue == "Amber Palace"


def test_a_house_after_of_with_no_part_before_is_not_where():
    # near miss: "a model of the Amber Palace" is a thing shown, not where anyone sat
    m = one("Estonia and Latvia signed a border accord on Monday in Vilnius, and were given a model of the "
            "Amber Palace.")
    assert m.venue is None


# ----------------------------- a signing by the same sides told again, far down a page, is the same one

FILLER = " ".join(f"Update {i}: crowds gathered in the square and music played." for i in range(8))


def test_a_signing_told_again_far_on_is_the_one_signing():
    found = meetings("Estonia and Latvia signed the border accord in Vilnius this morning. " + FILLER + " Estonian "
                     "chief negotiator Kaja Virk and Latvian panel chairman Ivars Ozols signed the accord at the "
                     "Amber Palace.")
    assert [(m.date, m.venue) for m in found] == [("2025-06-11", "Amber Palace")]


def test_talks_told_far_on_at_a_house_are_not_the_signing():
    # near miss: far down the page, talks (no signing) at a house: not folded into the signing
    found = meetings("Estonia and Latvia signed the border accord in Vilnius this morning. " + FILLER + " Estonia "
                     "and Latvia held talks at the Amber Palace.")
    signing = [m for m in found if m.date == "2025-06-11"]
    assert len(signing) == 1 and signing[0].venue is None


# ------------------------------- "under the mediation of the EU panel led by former president X"

def test_a_body_under_whose_mediation_talks_sit_is_the_go_between():
    m = one("Estonia and Latvia held talks in Vilnius on Monday under the mediation of the European Union.")
    assert "EU" in m.mediators and set(m.parties) == {"EST", "LVA"}


def test_a_former_president_leading_a_bodys_panel_is_no_side():
    m = one("Estonia and Latvia held talks in Vilnius on Monday under the mediation of a European Union "
            "panel led by former Swedish president Lars Berg.")
    assert set(m.parties) == {"EST", "LVA"} and "SWE" not in m.mediators


def test_the_mediation_praised_in_a_session_sentence_makes_no_go_between():
    # near miss: "praised the mediation of" tells who was thanked, not under whom the talks sat
    m = one("Estonia and Latvia held talks in Vilnius on Monday and praised the earlier work of Sweden.")
    assert m.mediators == ()
