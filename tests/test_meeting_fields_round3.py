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
    # a Wednesday report: "On Sunday, X told reporters that he would meet Y" dates the words, not a meeting
    text = ("On Sunday, Ghanaian President Kwame Boateng told reporters that he would meet with "
            "Togolese President Kofi Mensah at an appropriate time.")
    assert dates(text) <= {None}


def test_an_opening_day_then_a_name_then_said_is_not_the_meeting_day():
    text = ("On Friday, Ghanaian President Kwame Boateng said he would probably meet Togolese President "
            "Kofi Mensah this week to discuss ending the war.")
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
    text = ("But the negotiations that led to Thursday's prisoner swap show that channels between "
            "Ghanaian and Togolese officials remain open.")
    assert "2025-06-05" not in dates(text)


def test_a_day_that_owns_a_vote_is_not_the_day_of_the_meeting():
    text = "Ghana and Togo met in Accra ahead of Friday’s vote on the border treaty."
    assert "2025-06-06" not in dates(text) and "2025-06-13" not in dates(text)


def test_near_miss_a_day_that_owns_the_negotiations_is_their_day():
    text = ("But Thursday's negotiations between Ghanaian and Togolese officials in Accra show that "
            "channels remain open.")
    assert dates(text) == {"2025-06-05"}
