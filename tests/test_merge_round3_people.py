"""People, round 3: a middle name is the same person (invented names)."""

from __future__ import annotations

from parley.track.negotiation import build_tracker
from tracker.build import report


def test_a_name_with_a_middle_name_is_the_same_person_whatever_body_a_report_gives() -> None:
    text = "Anna Kovic spoke. Anna Maria Kovic spoke."
    recs = [report("m/1", "2048-01-01", text, actors=({"name": "Anna Kovic", "party": "UN"},)),
            report("m/2", "2048-01-02", text, actors=({"name": "Anna Maria Kovic", "party": "IAEA",
                                                       "say": "Anna Maria Kovic"},))]
    (a,) = build_tracker(recs).actors
    assert a.name == "Anna Maria Kovic" and len(a.sources) == 2
    assert [c.field for c in a.conflicts] == ["affiliation"]


def test_two_middle_names_that_differ_are_two_people() -> None:
    # near miss: neither name is the other with words added
    text = "Omar bin Tariq Varna spoke. Omar bin Karim Varna spoke."
    recs = [report("m/3", "2048-01-01", text, actors=({"name": "Omar bin Tariq Varna", "party": "ALD"},)),
            report("m/4", "2048-01-02", text, actors=({"name": "Omar bin Karim Varna", "party": "BRD",
                                                       "say": "Omar bin Karim Varna"},))]
    assert len(build_tracker(recs).actors) == 2


def test_another_first_name_is_another_person() -> None:
    text = "Anna Kovic spoke. Petra Maria Kovic spoke."
    recs = [report("m/5", "2048-01-01", text, actors=({"name": "Anna Kovic", "party": "UN"},)),
            report("m/6", "2048-01-02", text, actors=({"name": "Petra Maria Kovic", "party": "IAEA",
                                                       "say": "Petra Maria Kovic"},))]
    assert len(build_tracker(recs).actors) == 2
