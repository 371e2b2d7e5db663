"""Meetings, round 7: classes found on the invented set eval/unseen4 and checked against the other
sets, each rule pinned by sentences written for the test (people and towns invented, states of
western Africa that no report is about), each with a near miss that must not fire."""

from __future__ import annotations

import pytest
from tests.reports import heads, meetings, one

# ------------------------------- a past act told as closing a session, its own words in the future

@pytest.mark.parametrize(("said", "first"), [
    # the act's complement is a plan ("to hold a referendum"), the act and its session are past
    ("Ghana and Togo on Tuesday agreed to hold a referendum in October, after two days of talks "
     "in Port Ossa.", "2025-06-09"),
    # the words reported are a promise ("will reopen"), the saying closed the talks
    ("Togo will lower its tariffs on rice, the Ghanaian trade minister, Kofi Adjei-Mensah, told "
     "reporters on Tuesday after two days of talks in Port Ossa.", "2025-06-09"),
    ("Ghana and Togo on Monday agreed to set up a fisheries board next year, at the end of a meeting "
     "in Port Ossa.", "2025-06-09"),
])
def test_a_past_act_closing_a_session_keeps_it_held_and_in_the_past(said: str, first: str):
    m = one(said)
    assert (m.status, m.date) == ("held", first)


def test_a_modal_on_the_act_itself_leaves_the_session_to_come():
    # near miss: "will agree on Friday ..., after two days of talks": the act and its talks are to come
    m = one("Ghana and Togo will agree on Friday to open the border, after two days of talks in Port Ossa.")
    assert m.status == "scheduled"
    assert m.date is not None and m.date > "2025-06-11"


def test_the_acts_day_and_the_closing_sessions_place_are_one_session():
    m = one("Ghana and Togo on Monday agreed to set up a fisheries board next year, at the end of a "
            "meeting at the Coral Villas in Port Ossa.")
    assert (m.date, m.place, m.venue) == ("2025-06-09", "Port Ossa", "Coral Villas")


# ------------------------------------------- a session to come told by what was put off to it

@pytest.mark.parametrize(("said", "day"), [
    ("Ghana and Togo held talks in Port Ossa on Monday. The amnesty claim went to the third round, "
     "due to open on June 20 in Port Ossa.", "2025-06-20"),
    ("Ghana and Togo held talks in Port Ossa on Monday. Their fishing quarrel was deferred to a later "
     "round in Port Ossa on 24 June.", "2025-06-24"),
])
def test_a_round_an_issue_was_put_off_to_is_to_come(said: str, day: str):
    later = [m for m in meetings(said) if m.date == day]
    assert [m.status for m in later] == ["scheduled"]


def test_a_question_left_to_people_who_met_is_no_session_to_come():
    # near miss: "left to the delegations, who met ...": a past session, last week's day
    found = meetings("Ghana and Togo held talks in Port Ossa on Monday. The question of the fishermen "
                     "was left to the delegations, who met in Port Ossa on 2 June.")
    assert all(m.status == "held" for m in found)
    assert "2025-06-02" in {m.date for m in found}


# ----------------------------------------------------------------- venues by more head nouns

@pytest.mark.parametrize(("said", "venue"), [
    ("Ghana and Togo held talks at the Ministry of Foreign Affairs in Port Ossa on Monday.",
     "Ministry of Foreign Affairs"),
    ("Ghana and Togo held talks at the Harbour Secretariat on Monday.", "Harbour Secretariat"),
    ("Ghana and Togo held talks at the Kestrel Buildings on Monday.", "Kestrel Buildings"),
])
def test_a_venue_by_its_head_noun(said: str, venue: str):
    assert one(said).venue == venue


def test_a_ministry_named_outside_the_sessions_place_is_no_venue():
    # near miss: a ministry told as who acts, not where the talks sit
    assert one("Ghana and Togo held talks in Port Ossa on Monday; the Ministry of Trade will publish "
               "the figures.").venue is None


# --------------------------------------------------------- heads told through "side" and "represented"



@pytest.mark.parametrize("said", [
    "The government of Ghana and the Volta Front held talks in Port Ossa on Monday. The government side "
    "was headed by Interior Minister Kofi Adjei-Mensah.",
    "Ghana and Togo held talks in Port Ossa on Monday. Ghana's side was headed by Kofi Adjei-Mensah.",
])
def test_a_side_told_as_led_by_its_head(said: str):
    assert heads(said).get("GHA") == "Kofi Adjei-Mensah"


def test_the_government_represented_by_its_head_is_the_one_state_at_the_table():
    found = heads("The government of Ghana and the Volta Front held talks in Port Ossa on Monday. The "
                  "government was represented by the interior minister, Kofi Adjei-Mensah.")
    assert found == {"GHA": "Kofi Adjei-Mensah"}


def test_the_government_side_of_two_states_names_no_head():
    # near miss: two states at the table, "the government side" is neither for sure
    assert "GHA" not in heads("Ghana and Togo held talks in Port Ossa on Monday. The government side was "
                               "headed by the justice minister, Kofi Adjei-Mensah.")


# ------------------------------------------------ the day after a session's "hosted by" participle

def test_a_day_after_who_hosted_the_session_is_its_day():
    m = one("Ghana and Togo have agreed to share the river's water, after a meeting hosted by Benin "
            "in Lomé on Tuesday.")
    assert (m.date, m.place, m.mediators) == ("2025-06-10", "Lomé", ("BEN",))


def test_a_day_of_the_words_after_a_hosted_session_is_not_its_day():
    # near miss: the day belongs to the saying, told after a clause break
    found = meetings("Ghana and Togo have agreed to share the river's water after talks hosted by Benin, "
                     "Togo's foreign minister said on Tuesday.")
    assert all(m.date != "2025-06-10" for m in found)


# --------------------------------------------- co-chairs told as one side's minister and his counterpart

def test_co_chairs_who_are_a_minister_and_his_counterpart_are_sides():
    m = one("Ghana and Togo met in Port Ossa on Monday in talks co-chaired by Ghana's fisheries minister, "
            "Kofi Adjei-Mensah, and his Togolese counterpart, Ama Dzivenu.")
    assert (set(m.parties), m.mediators) == ({"GHA", "TGO"}, ())


def test_co_chairs_that_are_other_states_stay_go_betweens():
    # near miss: two states named as co-chairs, no "counterpart": they mediate
    m = one("Ghana and Togo met in Port Ossa on Monday in talks co-chaired by Benin and Niger.")
    assert set(m.mediators) == {"BEN", "NER"}


# ------------------------------------------------------------------- an act after "a day of talks"

def test_an_act_after_a_day_of_talks_dates_the_session_by_the_acts_day():
    m = one("Ghana and Togo agreed Tuesday to cut port fees, trade officials said, after a day of "
            "customs talks at the Lakeside Secretariat in Port Ossa.")
    assert (m.status, m.date) == ("held", "2025-06-10")


def test_a_modal_act_after_a_day_of_talks_is_still_to_come():
    # near miss: "will agree ... after a day of talks": both to come
    m = one("Ghana and Togo will agree on Friday to cut port fees, after a day of talks in Port Ossa.")
    assert m.status == "scheduled"
