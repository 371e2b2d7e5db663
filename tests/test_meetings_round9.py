"""Meetings, round 9: classes found on reports of dev's processes from other outlets (eval/unseen7)
and other years (eval/unseen6), each rule pinned by sentences written for the test (people, towns
and venues invented or Baltic, no report is about them), each with a near miss that must not fire.
Publication day: Wednesday 2025-06-11 (tests.reports.WED)."""

from __future__ import annotations

from tests.reports import meetings, one

# ------------------------------ "Two days of talks between A and B in X came to an end on Tuesday"


def test_days_of_talks_that_came_to_an_end_begin_on_their_first_day():
    m = one("Two days of talks between Estonian and Latvian delegations in the Lithuanian capital came to "
            "an end on Tuesday with a deal on fish.")
    assert (m.date, m.place) == ("2025-06-09", "Vilnius")
    assert set(m.parties) == {"EST", "LVA"}


def test_talks_that_came_to_an_end_without_a_count_of_days_keep_the_day_told():
    # near miss: no count of days: the day told is the only one known
    m = one("The talks between Estonian and Latvian delegations in Vilnius came to an end on Tuesday.")
    assert m.date == "2025-06-10"


# ------------------------------ "agreed on Tuesday, after four and a half hours of talks in X"


def test_hours_of_talks_an_act_closed_are_on_the_day_of_the_act():
    m = one("Estonian and Latvian officials agreed on Tuesday, after four and a half hours of talks in "
            "Vilnius, to set up teams.")
    assert (m.date, m.place) == ("2025-06-10", "Vilnius")


def test_hours_without_talks_do_not_date_later_talks():
    # near miss: the hours are not of talks; the talks to set up are no session held that day
    m = one("Estonian and Latvian officials agreed on Tuesday, after four hours, to set up teams for "
            "talks in Vilnius.")
    assert m.date is None


# ------------------------------ "the negotiators spent four hours at the Amber Palace on Tuesday"


def test_hours_negotiators_spent_are_a_session_with_its_day_and_place():
    m = one("Estonian and Latvian negotiators, meeting face to face for the first time in more than a "
            "fortnight, spent some three hours at the Amber Palace in Vilnius on Tuesday, and by the end "
            "of it a set of papers had been handed over.")
    assert (m.date, m.place, m.venue) == ("2025-06-10", "Vilnius", "Amber Palace")


def test_hours_negotiators_spent_date_the_round_they_were():
    m = one("Estonian and Latvian negotiators spent four hours on Saturday in the Amber Hotel in Vilnius, "
            "passing notes back and forth, in a second round of talks on fish.")
    assert (m.date, m.place, m.round) == ("2025-06-07", "Vilnius", 2)


def test_hours_a_leader_spent_elsewhere_are_no_session():
    # near miss: no negotiating subject: a visit, not a session
    assert meetings("The Estonian president spent two hours at the Amber Palace in Vilnius on Tuesday "
                    "with Latvian children.") == []


# ------------------------------ "initialed a deal on Tuesday, capping 21 days of negotiations at X"


def test_days_an_act_capped_begin_the_session_that_many_days_before():
    m = one("The presidents of Estonia and Latvia initialed an agreement on Tuesday to end a fish war, "
            "capping 21 days of negotiations at the Amber Palace in Vilnius that came close to collapse.")
    assert (m.date, m.place, m.venue) == ("2025-05-21", "Vilnius", "Amber Palace")


def test_days_after_which_an_act_came_far_from_it_do_not_date_the_session():
    # near miss: "after 21 days" far from the act's day, no capping: the day stays unknown
    m = one("The presidents of Estonia and Latvia initialed an agreement on Tuesday to end a fish war "
            "after 21 days of negotiations at the Amber Palace in Vilnius.")
    assert (m.date, m.venue) == (None, "Amber Palace")
