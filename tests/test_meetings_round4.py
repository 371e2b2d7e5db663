"""Meetings and dates, round 4: each rule pinned by sentences written for the test (people
invented; states and cities of western Africa and South America that no dev report is about),
each with a near miss that must not fire."""

from __future__ import annotations

import parley
from parley.model import Meeting, RawDocument, Record, Statement
from parley.reader.mentions import DateMention
from parley.reader.recognize.dates import find_dates

WED = "2025-06-11T09:00"  # a Wednesday


def read(text: str, published: str = WED) -> Record:
    meta = (("title", "Test report"), ("published", published), ("outlet", "Example Daily"))
    return parley.read(RawDocument(content=text, kind="json", source="test", meta=meta))


def meetings(text: str, published: str = WED) -> list[Meeting]:
    return list(read(text, published).meetings)


def statements(text: str, published: str = WED) -> list[Statement]:
    return list(read(text, published).statements)


def date_of(text: str, expr: str, published: str = WED) -> DateMention:
    found = [d for d in find_dates(text, published) if expr in d.text]
    assert len(found) == 1, find_dates(text, published)
    return found[0]


# ---------------------------------------------------------------- dates: what is and is not a deadline

def test_a_month_before_the_noun_deadline_is_a_deadline_to_its_last_day():
    d = date_of("Accra has given Lome and Cotonou a September deadline to settle the dispute.", "September")
    assert (d.kind, d.value) == ("by", "2025-09-30")


def test_a_weekday_owning_the_noun_deadline_is_that_day():
    d = date_of("Friday's deadline for the handover of the border posts looms.", "Friday")
    assert (d.kind, d.value) == ("by", "2025-06-13")


def test_the_deadline_of_a_day_is_a_deadline():
    d = date_of("The mediators set a deadline of August 20 for the withdrawal.", "August 20")
    assert (d.kind, d.value) == ("by", "2025-08-20")


def test_near_miss_a_month_before_another_noun_is_no_date_at_all():
    assert not [d for d in find_dates("The September talks were cordial.", WED) if d.kind == "by"]


def test_before_a_day_that_owns_an_event_is_that_day_not_a_deadline():
    d = date_of("Minister Kofi Adjei said before Monday's meeting that Ghana would not yield.", "Monday")
    assert (d.kind, d.value) == ("on", "2025-06-09")


def test_near_miss_before_a_bare_day_is_still_a_deadline():
    d = date_of("Togo must withdraw its troops before Monday, Minister Kofi Adjei said.", "Monday")
    assert d.kind == "by" and d.value == "2025-06-16"


def test_near_miss_before_a_days_deadline_is_still_a_deadline():
    d = date_of("Togo must act before Friday's deadline.", "Friday")
    assert d.kind == "by" and d.value == "2025-06-13"


def test_a_weekday_deadline_counts_from_the_day_the_sentence_opens_on():
    # a Wednesday report: the warning was made on Monday, for that Monday's night
    text = "On Monday morning, Adjei warned that the truce would collapse by Monday night."
    assert date_of(text, "by Monday").value == "2025-06-09"


def test_near_miss_a_weekday_deadline_in_a_later_sentence_keeps_its_own_reading():
    text = "On Monday morning, Adjei spoke. The truce will collapse by Monday night."
    assert date_of(text, "by Monday").value == "2025-06-16"


def test_a_deadline_told_in_the_past_tense_takes_the_nearer_weekday():
    # said on a Wednesday: "by Thursday" is tomorrow, not six days ago
    assert date_of("Adjei said Togo must reply by Thursday.", "Thursday").value == "2025-06-12"


def test_near_miss_a_past_tense_deadline_nearer_behind_is_the_one_behind():
    # "by Tuesday" in a Wednesday report told in the past: yesterday is nearer than next week
    assert date_of("Adjei said Togo had to reply by Tuesday.", "Tuesday").value == "2025-06-10"


# ---------------------------------------------------------------- statements: the deadline an act sets

def _deadlines(text: str, act: str) -> set[str | None]:
    return {s.deadline for s in statements(text) if s.act == act}


def test_a_deadline_told_inside_the_trigger_bounds_the_demand():
    text = ("Ghana has given Togo a September deadline to withdraw its troops from the border, "
            "President Kwame Boateng said.")
    assert "2025-09-30" in _deadlines(text, "demand")


def test_near_miss_a_demand_without_a_date_has_no_deadline():
    text = "Ghana has demanded that Togo withdraw its troops from the border, President Kwame Boateng said."
    assert _deadlines(text, "demand") == {None}


def test_the_day_of_a_meeting_told_after_before_is_no_deadline_of_the_demand():
    text = "Ghana demanded before Monday's meeting in Accra that Togo withdraw its troops from the border."
    assert _deadlines(text, "demand") == {None}


def test_the_day_of_a_summit_after_the_content_is_no_deadline_either():
    text = "Ghana demanded that Togo withdraw its troops from the border before Friday's summit."
    assert _deadlines(text, "demand") == {None}


def test_near_miss_a_demand_with_by_a_month_end_keeps_its_deadline():
    text = "Ghana demanded that Togo withdraw its troops from the border by the end of July."
    assert "2025-07-31" in _deadlines(text, "demand")


# ---------------------------------------------------------------- the author of the terms hosts: a mediator

def _one(text: str) -> Meeting:
    found = [m for m in meetings(text) if m.date]
    assert len(found) == 1, meetings(text)
    return found[0]


def test_the_author_of_the_framework_mediates_talks_in_its_own_city():
    text = ("Delegates from Ghana and Togo are set to begin negotiations in Cotonou on Saturday. The border was "
            "mentioned in the original truce framework drafted by Benin.")
    m = _one(text)
    assert set(m.parties) == {"GHA", "TGO"} and m.mediators == ("BEN",)


def test_near_miss_a_side_that_drafted_the_framework_is_no_mediator():
    text = ("Delegates from Ghana and Togo are set to begin negotiations in Cotonou on Saturday. The border was "
            "mentioned in the original truce framework drafted by Ghana.")
    assert _one(text).mediators == ()


def test_near_miss_the_author_does_not_mediate_talks_in_another_state():
    text = ("Delegates from Ghana and Togo are set to begin negotiations in Accra on Saturday. The border was "
            "mentioned in the original truce framework drafted by Benin.")
    assert _one(text).mediators == ()


# ---------------------------------------------------------------- a pronoun subject: the sides of the sentence before

def test_he_takes_the_side_of_the_subject_of_the_sentence_before():
    text = ("Ghana and Togo have fought over the border for years. Ghanaian President Kwame Boateng praised "
            "Benin on Monday. He met Beninese President Paul Houngbo in Cotonou on Tuesday.")
    m = _one(text)
    assert set(m.parties) == {"GHA", "BEN"} and m.date == "2025-06-10"


def test_he_will_travel_for_talks_takes_the_side_of_the_subject_before():
    text = ("Peru and Chile signed a trade pact last year. Ghanaian President Kwame Boateng criticized Togo "
            "on Monday. He will travel to Cotonou on Friday for talks with Beninese President Paul Houngbo.")
    m = _one(text)
    assert set(m.parties) == {"GHA", "BEN"} and m.status == "scheduled"


def test_they_take_the_coordinated_subject_before_not_the_most_named_pair():
    text = ("Peru and Chile signed a trade pact last year. Peru and Chile are neighbours. Ghanaian Foreign "
            "Minister Kofi Adjei and his Togolese counterpart Ama Dzifa spoke about the border on Sunday. "
            "They met in Cotonou on Tuesday.")
    m = _one(text)
    assert set(m.parties) == {"GHA", "TGO"}


def test_a_chain_of_pronouns_reaches_the_named_subject():
    text = ("Ghanaian President Kwame Boateng praised Benin on Monday. He also thanked the mediators. "
            "He met Beninese President Paul Houngbo in Cotonou on Tuesday.")
    assert set(_one(text).parties) == {"GHA", "BEN"}


def test_near_miss_he_inside_a_relative_clause_is_not_the_subject_of_the_talks():
    # "who mediated talks": the talks' subject is the relative pronoun, not "he"
    text = ("Ghanaian President Kwame Boateng praised Benin on Monday. Later he was meeting with the Beninese "
            "foreign minister, Paul Houngbo, who mediated talks in Lome on 6 February between Togo and Mali.")
    found = [m for m in meetings(text) if m.place == "Lome"]
    assert found and all("GHA" not in m.parties for m in found)


def test_near_miss_a_named_subject_keeps_its_own_side():
    text = ("Ghanaian President Kwame Boateng praised Benin on Monday. Togolese President Ama Dzifa met "
            "Beninese President Paul Houngbo in Cotonou on Tuesday.")
    assert set(_one(text).parties) == {"TGO", "BEN"}


# ---------------------------------------------------------------- status: called off, postponed

def test_a_session_told_as_postponed_with_no_new_day_is_not_held():
    text = "The talks between Ghana and Togo in Cotonou on Friday have been postponed."
    assert [m.status for m in meetings(text)] == ["cancelled"]


def test_near_miss_postponed_until_a_day_is_scheduled_for_that_day():
    text = "Talks between Ghana and Togo in Cotonou were postponed until Friday."
    assert [(m.status, m.date) for m in meetings(text)] == [("scheduled", "2025-06-13")]


def test_near_miss_a_postponement_in_an_aside_leaves_the_session_held():
    text = "The talks, postponed last week, were held in Cotonou on Monday between Ghana and Togo."
    assert [m.status for m in meetings(text)] == ["held"]


def test_the_meeting_called_off_in_a_clause_of_its_own_is_cancelled():
    text = "Ghana and Togo were set to meet in Cotonou on Friday, but the meeting was cancelled."
    assert [m.status for m in meetings(text)] == ["cancelled"]


def test_near_miss_a_meeting_to_come_with_a_clause_of_its_host_stays_scheduled():
    text = "Ghana and Togo will meet in Cotonou on Friday, and the meeting will be hosted by Benin."
    assert [m.status for m in meetings(text)] == ["scheduled"]


# ---------------------------------------------------------------- "hosted by" after the session word is no session of its own

def test_hosted_by_after_the_talks_is_one_session_with_day_place_and_host():
    text = "Talks between Ghana and Togo in Cotonou on Monday, hosted by Benin, ended without a deal."
    found = meetings(text)
    assert [(m.date, m.place, m.mediators) for m in found] == [("2025-06-09", "Cotonou", ("BEN",))]


def test_near_miss_a_host_as_the_subject_still_hosts():
    text = "Benin hosted Ghana and Togo in Cotonou on Monday."
    found = meetings(text)
    assert [(m.date, m.place, m.mediators) for m in found] == [("2025-06-09", "Cotonou", ("BEN",))]


# ---------------------------------------------------------------- belligerents named only in a war's name

def test_the_halves_of_a_wars_name_are_no_sides_of_a_meeting_of_two_others():
    text = ("Ghanaian President Kwame Boateng made comments about the ongoing Togo-Benin war after his "
            "meeting with Malian President Ama Keita on Monday.")
    assert [set(m.parties) for m in meetings(text)] == [{"GHA", "MLI"}]


def test_near_miss_talks_to_end_a_war_with_no_other_sides_keep_its_halves():
    text = "Talks to end the Togo-Benin war resumed in Accra on Monday."
    assert [set(m.parties) for m in meetings(text)] == [{"TGO", "BEN"}]


def test_near_miss_the_halves_of_a_pair_of_talks_are_sides():
    text = "Ghanaian President Kwame Boateng hosted the Togo-Benin talks in Accra on Monday."
    found = meetings(text)
    assert found and {"TGO", "BEN"} <= set(found[0].parties)


# ---------------------------------------------------------------- the lede's talks name the report's sides

def test_the_ledes_talks_with_two_others_give_the_dated_session_all_its_sides():
    text = ("Ghana voiced frustration with its stalled peace talks with Togo and Benin this week.\n\n"
            "Before Monday's talks in Accra had begun, Ghanaian President Kwame Boateng told reporters that "
            "Togo's demands were unacceptable.\n\n"
            "Togolese and Ghanaian negotiators met in Accra on Monday.")
    found = [m for m in meetings(text) if m.date == "2025-06-09"]
    assert len(found) == 1 and set(found[0].parties) == {"GHA", "TGO", "BEN"}


def test_near_miss_talks_told_after_the_lede_do_not_add_sides():
    text = ("Togolese and Ghanaian negotiators met in Accra on Monday.\n\n"
            "The border remains closed.\n\n"
            "Ghana is frustrated with its peace talks with Togo and Benin, an aide said.")
    found = [m for m in meetings(text) if m.date == "2025-06-09"]
    assert len(found) == 1 and set(found[0].parties) == {"GHA", "TGO"}


def test_near_miss_a_lede_naming_fewer_sides_removes_none():
    text = ("Ghana voiced frustration with its stalled peace talks with Togo this week.\n\n"
            "Togolese, Beninese and Ghanaian negotiators met in Dakar on Monday.")
    found = [m for m in meetings(text) if m.date == "2025-06-09"]
    assert len(found) == 1 and set(found[0].parties) == {"GHA", "TGO", "BEN"}


# ---------------------------------------------------------------- heads: a delegation led by, across a dash; the sender's delegation

def _heads(text: str) -> dict[str, str]:
    r = read(text)
    names = {a.id: a.name for a in r.actors}
    m = next(m for m in r.meetings if m.date)
    return {code: names[key] for code, key in m.heads}


def test_a_delegation_led_by_across_a_dash_has_its_head():
    text = ("Ghana and Togo held talks in Dakar on Monday. The Togolese delegation – led by Foreign Minister "
            "Ama Dzifa – arrived on Sunday.")
    assert _heads(text) == {"TGO": "Ama Dzifa"}


def test_an_unnamed_sides_delegation_led_by_an_aide_is_the_aides_side():
    text = ("Ghana and Togo held talks in Dakar on Monday. An expanded delegation – led by Togolese President "
            "Paul Houngbo's aide, Ama Dzifa – arrived on Sunday.")
    assert _heads(text) == {"TGO": "Ama Dzifa"}


def test_the_senders_delegation_headed_by_a_minister():
    text = "Ghana and Togo held talks in Dakar on Monday. Ghana sent a delegation headed by Defence Minister Kofi Adjei."
    assert _heads(text) == {"GHA": "Kofi Adjei"}


def test_near_miss_a_dash_aside_with_no_led_by_names_no_head():
    text = ("Ghana and Togo held talks in Dakar on Monday. The Togolese delegation – which included Foreign "
            "Minister Ama Dzifa – arrived on Sunday.")
    assert _heads(text) == {}


# ---------------------------------------------------------------- "led by" is no past tense of the session

def test_a_delegation_led_by_someone_that_will_travel_is_scheduled():
    text = "A Ghanaian delegation led by Kofi Adjei will travel to Dakar on Friday for talks with Togo."
    assert [(m.status, m.date) for m in meetings(text)] == [("scheduled", "2025-06-13")]


def test_near_miss_a_delegation_that_led_the_talks_on_friday_is_held():
    text = "Ghanaian Foreign Minister Kofi Adjei led talks with Togo in Dakar on Friday."
    assert [(m.status, m.date) for m in meetings(text)] == [("held", "2025-06-06")]


# ---------------------------------------------------------------- "The meeting ..." told after the scene it names

def test_the_meeting_that_opens_a_sentence_is_the_scene_told_just_before():
    text = ("President Boateng thanked President Dzifa for the work of the Ghanaian and Togolese teams in "
            "Dakar on June 3. The meeting of those senior envoys brought a truce closer.")
    assert [(m.date, m.place, set(m.parties)) for m in meetings(text)] == [("2025-06-03", "Dakar", {"GHA", "TGO"})]


def test_near_miss_a_sentence_after_the_scene_with_no_session_word_is_no_meeting():
    text = ("President Boateng thanked President Dzifa for the work of the Ghanaian and Togolese teams in "
            "Dakar on June 3. The truce held.")
    assert meetings(text) == []


def test_near_miss_the_meeting_told_as_to_come_takes_no_day_of_the_scene():
    text = ("President Boateng thanked President Dzifa for the work of the Ghanaian and Togolese teams in "
            "Dakar on June 3. The meeting of the two presidents is expected next month.")
    assert all(m.date != "2025-06-03" for m in meetings(text))


# ---------------------------------------------------------------- the sides a session word names itself

def _sides(text: str) -> list[set[str]]:
    return [set(m.parties) for m in meetings(text)]


def test_a_commenter_on_the_pair_named_talks_is_no_side():
    assert _sides("Ghanaian President Kwame Boateng praised the Togo-Benin talks in Accra on Monday.") == [{"TGO", "BEN"}]


def test_talks_between_two_in_the_capital_of_one_keep_the_host_as_a_side():
    assert _sides("Ghana welcomed Monday's talks between Togo and Benin in Lome.") == [{"TGO", "BEN"}]


def test_the_speaker_of_a_report_on_talks_between_two_others_is_no_side():
    text = ("Ghana and Togo held talks in Dakar on Monday. Ghanaian officials said separate talks between "
            "Mali and Niger in Bamako on Tuesday had failed.")
    assert _sides(text) == [{"GHA", "TGO"}, {"MLI", "NER"}]


def test_near_miss_a_host_of_talks_between_two_stays_their_mediator():
    found = meetings("Ghana hosted talks between Togo and Benin in Accra on Monday.")
    assert [(set(m.parties), m.mediators) for m in found] == [({"TGO", "BEN"}, ("GHA",))]


def test_near_miss_talks_with_one_named_side_keep_the_sides_of_the_sentence():
    assert _sides("Ghana held talks with Togo in Dakar on Monday.") == [{"GHA", "TGO"}]


# ---------------------------------------------------------------- rounds and days of talks

def _rounds(text: str) -> list[tuple[str | None, str | None, int | None]]:
    return sorted(((m.date, m.place, m.round) for m in meetings(text)), key=str)


def test_a_second_day_of_talks_is_dated_by_its_first_day_and_is_no_round():
    assert _rounds("Ghana and Togo held a second day of talks in Cotonou on Tuesday.") == [
        ("2025-06-09", "Cotonou", None)]


def test_the_second_day_of_talks_is_no_second_round():
    text = "On Tuesday, the second day of talks between Ghana and Togo in Cotonou ended without a deal."
    assert _rounds(text) == [("2025-06-09", "Cotonou", None)]


def test_near_miss_the_second_round_of_talks_is_a_round():
    text = "On Tuesday, the second round of talks between Ghana and Togo in Cotonou ended without a deal."
    assert [r for _d, _p, r in _rounds(text)] == [2]


def test_a_round_told_before_its_earlier_rounds_keeps_its_number_and_day():
    text = "Ghana and Togo held a fourth round of negotiations in Cotonou on Monday, after three earlier rounds in Accra."
    assert _rounds(text) == [("2025-06-09", "Cotonou", 4), (None, "Accra", 1), (None, "Accra", 2), (None, "Accra", 3)]


def test_a_round_of_talks_is_one_session_word_with_its_day_and_place():
    text = "On Tuesday, the second round of talks between Ghana and Togo in Cotonou ended without a deal."
    assert _rounds(text) == [("2025-06-10", "Cotonou", 2)]


# ---------------------------------------------------------------- a day inside an aside is the aside's event's

def test_the_day_of_an_arrival_told_in_an_aside_is_not_the_meetings():
    text = ("Ghanaian Foreign Minister Kofi Adjei, who arrived in Dakar on Sunday, met his Togolese "
            "counterpart Ama Dzifa on Monday.")
    assert [m.date for m in meetings(text)] == ["2025-06-09"]


def test_near_miss_the_only_day_told_in_an_aside_still_dates_the_meeting():
    text = ("Ghanaian Foreign Minister Kofi Adjei, who arrived in Dakar on Sunday, met his Togolese "
            "counterpart Ama Dzifa at the airport.")
    assert [m.date for m in meetings(text)] == ["2025-06-08"]


# ---------------------------------------------------------------- a side meeting; a possessive host is a side

def test_a_meeting_on_the_sidelines_is_its_own_with_the_day_and_place_it_is_beside():
    text = ("Ghana and Togo held talks in Dakar on Monday. On the sidelines, the Ghanaian foreign minister "
            "also met his Malian counterpart.")
    assert sorted(((m.date, m.place, set(m.parties)) for m in meetings(text)), key=str) == sorted([
        ("2025-06-09", "Dakar", {"GHA", "TGO"}), ("2025-06-09", "Dakar", {"GHA", "MLI"})], key=str)


def test_a_sidelines_meeting_told_with_its_place_takes_the_day_it_is_beside():
    text = ("Ghana and Togo held talks in Dakar on Monday. Ghanaian Foreign Minister Kofi Adjei later met "
            "Malian Foreign Minister Ama Keita in Dakar on the sidelines.")
    assert ("2025-06-09", "Dakar", {"GHA", "MLI"}) in [(m.date, m.place, set(m.parties)) for m in meetings(text)]


def test_near_miss_the_sidelines_of_a_named_forum_place_the_session_itself():
    text = "Ghanaian Foreign Minister Kofi Adjei met his Malian counterpart on the sidelines of the Dakar Peace Forum on Monday."
    assert [(m.date, set(m.parties)) for m in meetings(text)] == [("2025-06-09", {"GHA", "MLI"})]


def test_the_possessive_of_the_host_is_a_side_of_a_meeting_with_one_other():
    text = "Ghana and Togo held talks in Dakar on Monday. Mali's president met Niger's leader in Bamako on Tuesday."
    assert ("2025-06-10", {"MLI", "NER"}) in [(m.date, set(m.parties)) for m in meetings(text)]


# ---------------------------------------------------------------- "a day after X on Sunday"

def test_talks_that_came_a_day_after_an_event_on_a_day_are_on_the_next_day():
    text = "Ghana and Togo met in Dakar. The talks came a day after Togo shelled the border on Sunday."
    assert [m.date for m in meetings(text)] == ["2025-06-09"]


def test_talks_two_days_before_a_vote_on_a_day_are_two_days_earlier():
    text = "Ghana and Togo met in Dakar. The talks took place two days before the vote on Thursday."
    assert [m.date for m in meetings(text)] == ["2025-06-03"]


def test_near_miss_a_day_told_after_a_comma_keeps_its_own_reading():
    text = "Ghana and Togo met in Dakar on Tuesday, two days after the ceasefire expired on Sunday."
    assert [m.date for m in meetings(text)] == ["2025-06-10"]
