"""Meetings, round 6: classes found on the blind invented set (eval/unseen3) and checked against
the other diagnostic sets, each rule pinned by sentences written for the test (people and towns
invented, states of western Africa that no report is about), each with a near miss that must not fire."""

from __future__ import annotations

import pytest
from tests import reports
from tests.reports import WED, meetings, one

from parley.model import Record


def read(text: str, published: str | None = WED) -> Record:
    return reports.read(text, published)


# ------------------------------------------------- an act dated at the close of N days of talks

@pytest.mark.parametrize(("said", "first"), [
    ("Ghana and Togo settled their grazing quarrel on Tuesday, after two days of talks in Port Ossa.", "2025-06-09"),
    ("Ghana and Togo signed a truce on Tuesday, following three days of negotiations in Port Ossa.", "2025-06-08"),
])
def test_an_act_told_after_n_days_of_talks_dates_the_session_by_its_first_day(said: str, first: str):
    assert one(said).date == first


def test_near_miss_days_of_talks_told_with_their_opening_keep_the_opening():
    m = one("Ghana and Togo agreed on Tuesday to share the grazing lands, after two days of talks "
            "that began on Monday in Port Ossa.")
    assert m.date == "2025-06-09"


def test_near_miss_a_day_without_n_days_is_the_day_of_the_session():
    assert one("Ghana and Togo agreed on Tuesday to share the grazing lands at talks in Port Ossa.").date == "2025-06-10"


# ------------------------------------------------- go-betweens told by their role as a noun

@pytest.mark.parametrize("said", [
    "Ghana and Togo agreed on Tuesday to share the grazing lands at talks in Port Ossa under Senegalese mediation.",
    "Ghana and Togo agreed on Tuesday to share the grazing lands at talks in Port Ossa, Senegal's facilitator said.",
    "Ghana and Togo agreed on Tuesday to share the grazing lands at talks in Port Ossa, Senegal's chief mediator, "
    "Ama Dorrell, told reporters.",
])
def test_a_state_told_as_mediating_by_a_role_noun_is_the_go_between(said: str):
    m = one(said)
    assert m.mediators == ("SEN",) and m.parties == ("GHA", "TGO"), m


def test_near_miss_a_side_under_pressure_is_no_go_between():
    m = one("Ghana, Togo and Senegal met on Tuesday in Port Ossa under heavy pressure to share the grazing lands.")
    assert "SEN" not in m.mediators and "SEN" in m.parties, m


# ------------------------------------------------- a session with one side the tables know

def test_a_session_on_its_own_day_with_one_known_side_is_kept():
    # the other side is named by no table and by no short name of its own
    m = one("The government of Ghana and the hill herders' committee met on Tuesday in Port Ossa and agreed "
            "to a truce.")
    assert m.date == "2025-06-10" and m.parties == ("GHA",), m


def test_a_side_introduced_by_its_short_name_is_the_second_side():
    # "Full Name (ACR)": the short name is a party of its own (recognize), so both sides are known
    m = one("The government of Ghana and the Front of the Hills (FOH) met on Tuesday in Port Ossa and agreed "
            "to a truce.")
    assert m.date == "2025-06-10" and m.parties == ("FOH", "GHA"), m


def test_near_miss_a_one_sided_sighting_without_a_day_is_dropped():
    assert meetings("The government of Ghana said talks with the hill herders' committee were possible.") == []


# ------------------------------------------------- a past act at the close of a session: held

def test_a_session_closed_by_a_past_act_is_held_though_the_act_tells_a_future():
    m = one("Ghana and Togo signed a grazing pact on Tuesday that takes effect next month, at the close of "
            "the fourth round of talks in Port Ossa.")
    assert (m.status, m.date, m.round) == ("held", "2025-06-10", 4), m


def test_near_miss_an_act_to_come_at_the_end_of_a_session_leaves_it_scheduled():
    m = one("Ghana and Togo will sign the grazing pact on Friday, at the close of the fourth round of talks in "
            "Port Ossa.")
    assert (m.status, m.date) == ("scheduled", "2025-06-13"), m


# ------------------------------------------------- a body's envoy in a list of witnesses

def test_a_list_of_witnesses_with_a_bodys_envoy_makes_each_a_go_between():
    m = one("Ghana and Togo met on Tuesday in Port Ossa, in talks witnessed by the African Union's envoy and "
            "Senegal.")
    assert set(m.mediators) == {"AU", "SEN"} and m.parties == ("GHA", "TGO"), m


def test_an_act_told_after_n_days_of_talks_without_a_comma_dates_the_first_day():
    m = one("Negotiators for Ghana and Togo sealed the grazing accord on Tuesday evening after three days of "
            "talks in Port Ossa.")
    assert m.date == "2025-06-08", m


# ------------------------------------------------- a person who hosts, as the active subject

def test_an_office_holder_who_hosted_the_talks_makes_the_office_owner_the_go_between():
    rec = read("Ghana and Togo agreed on Tuesday to share the grazing lands at talks in Port Ossa. "
               "Senegal's trade minister, Ama Dorrell, hosted the talks at her lakeside lodge.")
    assert len(rec.meetings) == 1
    m = rec.meetings[0]
    assert m.mediators == ("SEN",) and m.parties == ("GHA", "TGO"), m


def test_near_miss_a_host_who_is_one_of_two_sides_stays_a_side():
    rec = read("Ghana and Togo agreed on Tuesday to share the grazing lands at talks in Port Ossa. "
               "Ghana's foreign minister, Ama Dorrell, hosted the talks.")
    assert [m.parties for m in rec.meetings] == [("GHA", "TGO")] and rec.meetings[0].mediators == ()


def test_a_former_office_holders_state_after_moderated_by_is_the_go_between():
    # (one side the tables know: the chair's state is not made a go-between by the count of sides)
    m = one("The government of Ghana and the hill herders' committee met on Tuesday in Port Ossa, in talks "
            "moderated by former Senegal trade minister Ama Dorrell.")
    assert m.mediators == ("SEN",) and m.parties == ("GHA",), m


def test_near_miss_a_former_minister_of_a_side_who_speaks_is_no_go_between():
    m = one("Ghana and Togo met on Tuesday in Port Ossa, former Ghanaian trade minister Ama Dorrell said.")
    assert m.mediators == () and m.parties == ("GHA", "TGO"), m


# ------------------------------------------------- "and to meet again on D": a plan

def test_a_coordinated_infinitive_of_meeting_again_is_a_session_to_come():
    found = meetings("Ghana and Togo met on Tuesday in Port Ossa. The envoys agreed to release the fishing "
                     "boats seized last month and to meet again on June 18.")
    assert [(m.status, m.date) for m in found] == [("held", "2025-06-10"), ("scheduled", "2025-06-18")], found


@pytest.mark.parametrize(("said", "value"), [
    ("They agreed to release the boats seized last month and to meet again on June 18.", "2025-06-18"),
    # near miss: the past form is no plan
    ("The boats were seized last month, and the envoys met again on June 2.", "2025-06-02"),
])
def test_meet_again_in_the_base_form_points_ahead(said: str, value: str):
    from parley.reader.recognize.dates import find_dates
    assert [d.value for d in find_dates(said, WED) if d.kind == "on"] == [value]


# ------------------------------------------------- towns the tables lack, after more session shapes

@pytest.mark.parametrize(("said", "town"), [
    ("The talks between Ghana and Togo were held on Tuesday at a UN base in Vellmouth.", "Vellmouth"),
    ("Ghana and Togo signed a grazing pact on Tuesday after consultations in Port Dunmere.", "Port Dunmere"),
    ("Ghana and Togo signed a grazing pact on Tuesday, at the close of talks in the Senegalese city of "
     "Vellmouth.", "Vellmouth"),
])
def test_a_town_after_a_base_consultations_or_a_demonyms_city_is_the_sessions(said: str, town: str):
    assert one(said).place == town


def test_near_miss_a_month_after_consultations_is_no_town():
    assert one("Ghana and Togo signed a grazing pact on Tuesday after consultations in June in Port Dunmere.").place != "June"


# ------------------------------------------------- a town told first, the day in the next sentence

def test_a_session_told_with_its_town_then_as_the_meeting_which_began_on_a_day_is_one():
    rec = read("Ghana and Togo have settled their grazing quarrel in talks held in the Senegalese city of "
               "Vellmouth. The session, which opened on Monday and closed on Tuesday, took place at a lakeside "
               "lodge.")
    assert [(m.date, m.place, m.parties) for m in rec.meetings] == [("2025-06-09", "Vellmouth", ("GHA", "TGO"))]


def test_near_miss_a_dated_session_two_sentences_later_stays_apart():
    rec = read("Ghana and Togo have settled their grazing quarrel in talks held in the Senegalese city of "
               "Vellmouth. The pact drew praise. The meeting of the African Union and Niger on Monday was "
               "about trade.")
    assert all(m.place != "Vellmouth" or m.date is None for m in rec.meetings), rec.meetings


def test_a_weekday_between_the_session_verb_and_the_unknown_town():
    assert one("The talks between Ghana and Togo opened Monday in Port Dunmere.").place == "Port Dunmere"


# ------------------------------------------------- a headline's infinitive: "Talks to resume Friday"

@pytest.mark.parametrize(("said", "value"), [
    ("Ghana-Togo grazing talks to resume Friday", "2025-06-13"),
    # near miss: the past tense looks back
    ("Ghana-Togo grazing talks resumed Monday", "2025-06-09"),
])
def test_a_headlines_infinitive_of_resuming_points_ahead(said: str, value: str):
    from parley.reader.recognize.dates import find_dates
    assert [d.value for d in find_dates(said, WED)] == [value]


def test_each_demonym_of_a_list_under_mediation_is_a_go_between():
    m = one("Ghana and Togo settled their grazing quarrel on Tuesday, after two days of talks in Port Ossa "
            "under Senegalese and Nigerien mediation.")
    assert set(m.mediators) == {"SEN", "NER"} and m.parties == ("GHA", "TGO"), m


# ------------------------------------------------- the main session's go-between telling the next round

def test_the_go_between_who_tells_the_next_round_is_no_side_of_it():
    rec = read("Ghana and Togo agreed on Tuesday on the grazing lands, at the close of the fourth round of talks "
               "in Port Ossa, the Senegalese mediator said. Senegalese envoy Ama Dorrell said the fifth round "
               "would be held in Port Ossa on June 24.")
    nxt = [m for m in rec.meetings if m.status == "scheduled"]
    assert [(m.date, m.parties, m.mediators) for m in nxt] == [("2025-06-24", ("GHA", "TGO"), ("SEN",))], rec.meetings


def test_near_miss_a_side_who_tells_the_next_round_stays_a_side():
    rec = read("Ghana and Togo agreed on Tuesday on the grazing lands, at the close of the fourth round of talks "
               "in Port Ossa, the Senegalese mediator said. Ghanaian envoy Ama Dorrell said the fifth round "
               "would be held in Port Ossa on June 24.")
    nxt = [m for m in rec.meetings if m.status == "scheduled"]
    assert len(nxt) == 1 and {"GHA", "TGO"} <= set(nxt[0].parties) and "GHA" not in nxt[0].mediators, rec.meetings
