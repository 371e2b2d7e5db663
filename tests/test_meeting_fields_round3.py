"""Meeting fields, round 3: each rule pinned by sentences written for the test (people invented,
states and cities of southern and western Africa and South America that no dev report is about),
each with a near miss that must not fire."""

from __future__ import annotations

import parley
from parley.model import Meeting, RawDocument, Record


def read(text: str, published: str = "2025-06-11T09:00") -> Record:
    meta = (("title", "Test report"), ("published", published), ("outlet", "Example Daily"))
    return parley.read(RawDocument(content=text, kind="json", source="test", meta=meta))


def meetings(text: str, published: str = "2025-06-11T09:00") -> list[Meeting]:
    return list(read(text, published).meetings)


def dates(text: str, published: str = "2025-06-11T09:00") -> set[str | None]:
    return {m.date for m in meetings(text, published)}


# ---------------------------------------------------------------- an opening day before a speech verb is the words'

def test_an_opening_day_before_the_speaker_and_his_verb_is_the_day_of_the_words():
    # a Wednesday report: "On Sunday, X told journalists that he would meet Y" dates the words, not a meeting
    text = ("On Sunday, Ghanaian President Kwame Boateng told journalists that he would meet with "
            "Togolese President Kofi Mensah when the time was right.")
    assert dates(text) <= {None}


def test_an_opening_day_then_a_name_then_said_is_not_the_meeting_day():
    text = ("On Friday, Ghanaian President Kwame Boateng said he would probably meet Togolese President "
            "Kofi Mensah this week to discuss a way out of the war.")
    assert "2025-06-13" not in dates(text) and "2025-06-06" not in dates(text)


def test_near_miss_an_opening_day_with_the_speech_verb_after_the_session_is_the_meeting_day():
    text = ("On Tuesday, Ghanaian President Kwame Boateng met Togolese President Kofi Mensah in Accra, "
            "officials said.")
    assert dates(text) == {"2025-06-10"}


def test_near_miss_an_opening_day_that_owns_the_session_stays_across_a_speech_verb():
    text = ("Tuesday's talks in Accra, Ghanaian President Kwame Boateng said, brought Ghana and Togo "
            "closer to a deal.")
    assert "2025-06-10" in dates(text)


# ---------------------------------------------------------------- "Thursday's swap": the day of another noun

def test_a_day_that_owns_another_noun_is_not_the_day_of_the_talks():
    text = ("Yet the negotiations that produced Thursday's prisoner swap show that channels between "
            "Ghanaian and Togolese officials remain open.")
    assert "2025-06-05" not in dates(text)


def test_a_day_that_owns_a_vote_is_not_the_day_of_the_meeting():
    text = "Ghana and Togo met in Accra ahead of Friday’s vote on the border treaty."
    assert "2025-06-06" not in dates(text) and "2025-06-13" not in dates(text)


def test_near_miss_a_day_that_owns_the_negotiations_is_their_day():
    text = ("But Thursday's negotiations between Ghanaian and Togolese officials in Accra show that "
            "channels remain open.")
    assert dates(text) == {"2025-06-05"}


# ---------------------------------------------------------------- mediators, heads and venue told by a verb or a copula

_OPENING = "A third round of negotiations between Ghana and Togo kicked off in Windhoek on Wednesday. "


def only(text: str) -> Meeting:
    ms = meetings(text)
    assert len(ms) == 1, ms
    return ms[0]


def test_a_state_that_is_mediating_the_discussions_is_a_mediator():
    m = only(_OPENING + "Namibia is mediating the discussions, officials said.")
    assert "NAM" in m.mediators and "NAM" not in m.parties


def test_near_miss_a_state_that_is_not_mediating_is_no_mediator():
    m = only(_OPENING + "Namibia is not mediating the discussions, officials said.")
    assert "NAM" not in m.mediators


def test_talks_being_led_by_a_named_envoy_give_his_side_a_head():
    m = only(_OPENING + "The latest round of talks is being led by Ghanaian Envoy Kwame Boateng.")
    heads = dict(m.heads)
    assert "GHA" in heads


def test_near_miss_talks_being_watched_by_an_envoy_give_no_head():
    m = only(_OPENING + "The latest round of talks is being watched by Ghanaian Envoy Kwame Boateng.")
    assert "GHA" not in dict(m.heads)


def test_a_minister_who_heads_up_a_capitals_delegation_heads_that_side():
    m = only(_OPENING + "Togolese Foreign Minister Kofi Mensah heads up Lome's delegation at the talks.")
    assert "TGO" in dict(m.heads)


def test_near_miss_a_minister_who_heads_to_a_capital_heads_no_delegation():
    m = only(_OPENING + "Togolese Foreign Minister Kofi Mensah heads Lome's campaign against the talks.")
    assert "TGO" not in dict(m.heads)


def test_a_building_that_is_the_venue_for_the_talks_is_their_venue():
    m = only(_OPENING + "The residence of the Namibian ambassador to the African Union is expected to be the "
                        "venue for the talks.")
    assert m.venue is not None and m.venue.startswith("residence of the Namibian ambassador")


def test_the_venue_for_the_talks_was_a_named_hotel():
    m = only(_OPENING + "The venue for the talks was the Lakeside hotel, officials said.")
    assert m.venue == "Lakeside hotel"


def test_near_miss_a_venue_not_yet_known_and_the_venue_of_a_concert_are_no_venue():
    assert only(_OPENING + "The venue for the talks is not yet known.").venue is None
    assert only(_OPENING + "The residence of the Namibian ambassador was the venue for a concert on "
                           "Thursday.").venue is None


# ---------------------------------------------------------------- asides and hosts

def test_states_in_an_aside_about_the_host_are_not_sides():
    m = only("Namibia, which shares borders with Angola and Botswana, is set to host Ghanaian and Togolese "
             "leaders in Windhoek this weekend for ceasefire talks.")
    assert set(m.parties) == {"GHA", "TGO"}
    assert "AGO" not in m.parties and "BWA" not in m.parties


def test_a_host_set_to_host_two_sides_mediates():
    m = only("Namibia is set to host Ghanaian and Togolese leaders in Windhoek this weekend for ceasefire talks.")
    assert m.mediators == ("NAM",) and set(m.parties) == {"GHA", "TGO"}


def test_near_miss_a_host_set_to_host_one_guest_is_a_side():
    m = only("Namibia is set to host Ghanaian leaders in Windhoek this weekend for ceasefire talks.")
    assert m.mediators == () and set(m.parties) == {"GHA", "NAM"}


def test_a_state_that_holds_talks_in_its_own_capital_is_a_side_across_an_aside():
    m = only("Namibia, which has long mediated between Angola and Botswana, held talks with Ghana in "
             "Windhoek on Monday.")
    assert set(m.parties) == {"GHA", "NAM"}


def test_near_miss_an_aside_that_holds_the_session_word_keeps_its_sides():
    m = only("Ghana's president, who met Togolese President Kofi Mensah in Windhoek on Monday, said the "
             "border would reopen.")
    assert {"GHA", "TGO"} <= set(m.parties)


# ---------------------------------------------------------------- one session told as begun and as to come

def test_the_negotiations_told_as_to_come_on_the_day_they_began_are_that_session():
    ms = meetings(_OPENING + "Togolese Foreign Minister Kofi Mensah said the negotiations on Wednesday will "
                             "mostly centre on the border.")
    assert len(ms) == 1 and ms[0].place == "Windhoek"


def test_near_miss_new_negotiations_the_next_day_are_another_session():
    ms = meetings("Ghana and Togo held talks in Windhoek on Wednesday. Togolese Foreign Minister Kofi Mensah "
                  "said new negotiations on Thursday will mostly centre on the border.")
    assert {m.date for m in ms} == {"2025-06-11", "2025-06-12"}


# ---------------------------------------------------------------- one verb, several trips; a dash aside

def test_meeting_one_leader_in_one_city_on_one_day_and_another_elsewhere_later_is_two_meetings():
    ms = meetings("Ghanaian President Kwame Boateng has undertaken what he calls his peace missions, meeting "
                  "Togolese President Kofi Mensah in Lome on June 5 and Beninese President Paul Adjovi in "
                  "Cotonou on June 8.")
    got = {(m.date, m.place, m.parties) for m in ms}
    assert got == {("2025-06-05", "Lome", ("GHA", "TGO")), ("2025-06-08", "Cotonou", ("BEN", "GHA"))}


def test_near_miss_one_city_over_two_days_is_not_split_by_place():
    ms = meetings("Ghanaian President Kwame Boateng met Togolese President Kofi Mensah in Lome on June 5 and "
                  "June 6.")
    assert {m.place for m in ms} == {"Lome"}
    assert all(set(m.parties) == {"GHA", "TGO"} for m in ms)


def test_a_person_in_a_dash_aside_is_no_side():
    m = only("Ghanaian President Kwame Boateng – a longtime ally of Nigerian President Bola Adeyemi – met "
             "Togolese President Kofi Mensah in Lome on Monday.")
    assert set(m.parties) == {"GHA", "TGO"}


def test_near_miss_a_session_inside_the_dash_aside_keeps_its_sides():
    ms = meetings("Ghanaian President Kwame Boateng – who met Nigerian President Bola Adeyemi in Abuja on "
                  "Monday – said the border would reopen.")
    assert any({"GHA", "NGA"} <= set(m.parties) for m in ms)


# ---------------------------------------------------------------- "before Monday's talks had begun"; "met X before the talks"

def test_before_a_days_talks_had_begun_dates_the_talks_on_that_day_past():
    # a Wednesday report: the talks "had begun" on the Monday just gone, not the next one
    ms = meetings("Before Monday’s talks in Windhoek between Ghana and Togo had begun, Ghanaian President "
                  "Kwame Boateng told a news agency that ceding the region would not be accepted.")
    assert [(m.date, m.place, m.status) for m in ms] == [("2025-06-09", "Windhoek", "held")]


def test_near_miss_before_a_days_talks_told_ahead_keeps_the_coming_day():
    ms = meetings("Before Monday’s talks in Windhoek between Ghana and Togo, Ghanaian President Kwame Boateng "
                  "will meet the press.")
    assert {m.date for m in ms} == {"2025-06-16"}


def test_sides_of_a_meeting_told_before_the_talks_are_not_the_talks_sides():
    ms = meetings("Ghana and Togo held talks in Windhoek on Monday. Togolese representatives also met with "
                  "Angolan, Zambian and Malawian representatives before the talks in Windhoek.")
    assert len(ms) == 1 and set(ms[0].parties) == {"GHA", "TGO"}


def test_near_miss_sides_named_with_the_talks_themselves_stay():
    ms = meetings("Ghana and Togo held talks in Windhoek on Monday. Angolan and Zambian observers attended "
                  "the talks in Windhoek.")
    assert {"GHA", "TGO"} <= set(ms[0].parties)


def test_near_miss_a_meeting_told_after_after_with_its_own_day_keeps_its_sides():
    ms = meetings("Ghanaian and Togolese negotiators are set to resume talks in Lusaka on Friday after a "
                  "meeting in Windhoek on Monday.")
    assert {m.date for m in ms if set(m.parties) == {"GHA", "TGO"}} == {"2025-06-09", "2025-06-13"}


# ---------------------------------------------------------------- the report's session with a broker and no side; "met pushback"

def test_brokered_talks_with_no_side_named_are_between_the_reports_two_sides():
    m = only("Ghana and Togo traded accusations on Monday. The latest deadline follows Namibian-brokered "
             "trilateral talks in Windhoek that ended without progress, both camps holding on to "
             "demands that cannot be reconciled. Togo is pressing Ghana to withdraw from the border region.")
    assert set(m.parties) == {"GHA", "TGO"} and m.mediators == ("NAM",)


def test_near_miss_brokered_talks_with_a_side_named_keep_their_sides():
    ms = meetings("Ghana and Togo traded accusations on Monday. Namibian-brokered talks with Angola in Windhoek "
                  "produced no breakthrough. Togo is pressing Ghana to withdraw from the border region.")
    assert all("TGO" not in m.parties for m in ms)


def test_remarks_that_met_pushback_in_a_city_are_no_meeting():
    assert meetings("Ghana and Togo agreed a deal on Sunday. Those remarks met pushback in Accra.") == []
    assert meetings("Ghana and Togo agreed a deal on Sunday. The plan met with stiff resistance in Lome.") == []


def test_near_miss_a_president_who_met_a_president_in_a_city_is_a_meeting():
    ms = meetings("Ghana and Togo agreed a deal on Sunday. Ghanaian President Kwame Boateng met Togolese "
                  "President Kofi Mensah in Accra on Monday.")
    assert [(m.date, m.place) for m in ms] == [("2025-06-09", "Accra")]


# ---------------------------------------------------------------- a visit to a leader; the place of a war

def test_a_visit_to_a_named_president_is_a_meeting():
    m = only("Ghanaian President Kwame Boateng visited Beninese President Paul Adjovi in Cotonou on Monday.")
    assert (m.date, m.place, set(m.parties)) == ("2025-06-09", "Cotonou", {"BEN", "GHA"})


def test_near_miss_a_visit_to_a_camp_is_no_meeting():
    assert meetings("Ghanaian President Kwame Boateng visited a refugee camp in Cotonou on Monday.") == []


def test_a_state_named_as_where_a_quoted_conflict_is_does_not_place_the_meetings():
    text = ("Ghanaian President Kwame Boateng met Togolese President Kofi Mensah on Monday. Boateng said the "
            "sessions had left a “common impression” that “the military conflict” in Mali "
            "“will widen.” Refugees in Bamako fled.")
    assert all(m.place is None for m in meetings(text))


def test_near_miss_talks_in_a_state_are_placed_in_its_city_the_report_names():
    text = ("Ghanaian President Kwame Boateng met Togolese President Kofi Mensah on Monday. The two "
            "leaders will hold talks in Mali next week. Refugees in Bamako fled.")
    assert "Bamako" in {m.place for m in meetings(text)}


def test_near_miss_a_day_that_owns_talks_after_a_dotted_word_is_their_day():
    # "Wednesday's A.U.-brokered talks": the session noun after words of any shape
    ms = meetings("Ghana and Togo agreed at Wednesday's A.U.-brokered talks in Accra to reopen the border.")
    assert {m.date for m in ms} == {"2025-06-11"}
