"""More habits of the news, each pinned by a short report written for the test."""

from __future__ import annotations

import parley
from parley.model import RawDocument, Record


def read(text: str, published: str = "2025-06-11T09:00", outlet: str = "Example Daily") -> Record:
    meta = (("title", "Test report"), ("published", published), ("outlet", outlet))
    return parley.read(RawDocument(content=text, kind="json", source="test", meta=meta))


def test_two_pairs_of_sides_in_one_sentence_are_two_meetings():
    rec = read("Markets watched talks between Ghana and Togo, as well as Honduras and El Salvador, "
               "in Windhoek on Tuesday.\n\nNo agreement was reported.")
    sides = sorted(tuple(sorted(m.parties)) for m in rec.meetings)
    assert ("GHA", "TGO") in sides
    assert all(set(s) != {"GHA", "TGO", "HND"} for s in sides)


def test_a_host_mediates_and_a_known_venue_gives_its_city():
    rec = read("On Monday, President Ann Example hosted Ghanaian Prime Minister Aram Vardanyan and "
               "Togolese President Elchin Mammadov at the White House, where both men signed "
               "a joint declaration for peace.", outlet="The White House")
    (m,) = rec.meetings
    assert m.venue == "White House" and m.place == "Washington"
    assert set(m.parties) == {"GHA", "TGO"} and m.mediators == ("USA",)
    assert ("agree", ("GHA", "TGO"), "peace_agreement") in {(s.act, tuple(sorted(s.actors)), s.issue)
                                                           for s in rec.statements}


def test_names_that_are_not_people_are_not_taken_for_people():
    rec = read("Ships crossed near Coral Reef and the Golden Shoal on Monday. Vessels anchored off "
               "Harbor Heights.\n\nForeign Minister Lena Petrosyan said the talks would resume.")
    names = [a.name for a in rec.actors if a.kind == "person"]
    assert names == ["Lena Petrosyan"]


def test_a_surname_named_again_makes_a_person_without_a_title():
    rec = read("The exchange freed Marek Novak among others.\n\nNovak was flown home on Tuesday.")
    assert [a.name for a in rec.actors if a.kind == "person"] == ["Marek Novak"]


def test_a_deadline_told_in_the_past_tense_looks_ahead():
    rec = read("The Ghanaian side has proposed a summit of the two leaders by the end of July, "
               "negotiator Aram Vardanyan said.")
    (s,) = [s for s in rec.statements if s.act == "propose"]
    assert s.issue == "leaders_meeting" and s.deadline == "2025-07-31"


def test_a_request_to_negotiate_is_not_a_negotiation():
    rec = read("Namibian Foreign Minister Anna Keller urged Ghana and Togo to engage in "
               "negotiations aimed at a ceasefire.")
    acts = {(s.act, s.issue) for s in rec.statements}
    assert ("request", "ceasefire") in acts
    assert not any(a == "discuss" for a, _i in acts)


def test_where_a_name_stands_tells_that_it_names_a_thing():
    rec = read("Operation Northern Gale continues on Monday, officials said.\n\n"
               "Lena Ortiz, an analyst at Harbor Analytics, said the front had not moved.\n\n"
               "Envoys were at the Elysee Palace Spring Fair and walked in Maputo's Vigeland Park.\n\n"
               "Delegates met at Iceland's Blue Horizon summit (Daily Ledger, March 2; Evening Post, March 4).")
    assert [a.name for a in rec.actors if a.kind == "person"] == ["Lena Ortiz"]
    assert "an analyst at Harbor Analytics" in rec.actors[0].roles or any(
        "analyst at Harbor Analytics" in r for r in rec.actors[0].roles)


def test_a_first_name_alone_later_is_no_evidence_of_a_person():
    rec = read("Critics praised Silver Falcon at the festival. It was the first Silver prize for the studio.")
    assert not [a for a in rec.actors if a.kind == "person"]


def test_a_contested_region_is_a_territory_issue_but_its_power_plant_is_not():
    rec = read("Malawi rejected any talks on Western Sahara, the foreign minister said.\n\n"
               "Ghana rejected a deal on the Essequibo power plant, officials said.")
    got = {(s.act, s.actors, s.issue) for s in rec.statements}
    assert ("reject", ("MWI",), "territory") in got
    assert ("reject", ("GHA",), "territory") not in got


def test_the_return_of_displaced_people_is_humanitarian():
    rec = read("Ghana demanded the return of Ghanaians to their villages, the ministry said.")
    assert ("demand", ("GHA",), "humanitarian") in {(s.act, s.actors, s.issue) for s in rec.statements}


def test_the_thought_of_agreeing_is_no_agreement():
    rec = read("Malawi and Bolivia each saw a reward for agreeing on a pullback of troops, analysts said.\n\n"
               "Malawi and Bolivia agreed on a pullback of troops on Friday, the mediator said.")
    agreed = [s for s in rec.statements if s.act == "agree"]
    assert [(s.actors, s.issue) for s in agreed] == [(("BOL", "MWI"), "territory")]
    assert len(agreed[0].evidence) == 1 and "Friday" in rec.document.text[agreed[0].evidence[0].start:
                                                                          agreed[0].evidence[0].end]
