"""The tracker over invented multi-report cases: one meeting per session with every
report kept, conflicts side by side, one person across spellings, positions and
commitments with their steps, processes and stable ids."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.track.negotiation import build_tracker

from .build import report
from .cases import valletta_round


def test_one_round_told_three_ways_is_one_meeting_with_every_source() -> None:
    t = build_tracker(valletta_round())
    rus_ukr = t.timeline(parties=["RUS", "UKR"])
    assert len(rus_ukr) == 1
    m = rus_ukr[0]
    assert (m.date, m.end_date, m.place, m.venue, m.round, m.status) == (
        "2031-03-04", "2031-03-05", "Valletta", "Auberge de Castille", 2, "held")
    assert [s.outlet for s in m.sources] == ["Outlet A", "Outlet B", "Outlet C"]  # the undated report attached
    assert m.process == "p-rus-ukr"
    # one outlet seats the US at the table, another calls it the broker: both kept
    assert "USA" in m.table
    fields = {c.field: c for c in m.conflicts}
    assert {v.value for v in fields["duration_minutes"].values} == {55, 210}
    assert "role:USA" in fields and "date" in fields
    assert m.heads and t.actor(dict(m.heads)["UKR"]).name == "Timur Kerimov"


def test_same_place_same_day_other_parties_is_another_meeting() -> None:
    t = build_tracker(valletta_round())
    assert len(t.timeline()) == 2
    fin_usa = t.timeline(parties=["FIN"])
    assert len(fin_usa) == 1 and fin_usa[0].process == "p-fin-usa" and fin_usa[0].mediators == ("PRT",)
    assert t.timeline(since="2031-03-06") == fin_usa


def test_no_two_meetings_in_one_place_within_a_day_for_the_same_parties() -> None:
    t = build_tracker(valletta_round())
    ms = [m for m in t.timeline() if m.date]
    for i, a in enumerate(ms):
        for b in ms[i + 1:]:
            close = abs((_day(a.date) - _day(b.date)).days) <= 1
            assert not (close and a.place == b.place and a.table == b.table)


def test_different_cities_the_same_day_stay_apart_and_rounds_clash_is_kept() -> None:
    text = "Talks were held in Tirana on Monday. Talks were held in Chisinau on Monday. Round three, said one."
    a = report("x/1", "2032-01-06", text, meetings=(
        {"date": "2032-01-05", "place": "Tirana", "parties": ["ALB", "MDA"], "round": 3, "say": "Talks were held in Tirana"},
        {"date": "2032-01-05", "place": "Chisinau", "parties": ["ALB", "MDA"], "say": "Talks were held in Chisinau"}))
    b = report("x/2", "2032-01-06", text, meetings=(
        {"date": "2032-01-05", "place": "Tirana", "parties": ["ALB", "MDA"], "round": 4, "say": "Talks were held in Tirana"},))
    t = build_tracker([a, b])
    assert sorted(m.place for m in t.timeline()) == ["Chisinau", "Tirana"]
    tirana = next(m for m in t.timeline() if m.place == "Tirana")
    rounds = next(c for c in tirana.conflicts if c.field == "round")
    assert {v.value for v in rounds.values} == {3, 4} and len(tirana.sources) == 2


def test_an_undated_report_that_fits_two_sessions_joins_neither() -> None:
    text = "Envoys met in Reykjavik. Envoys met in Reykjavik again."
    r1 = report("y/1", "2033-05-01", text, meetings=(
        {"date": "2033-05-01", "place": "Reykjavik", "parties": ["AAA", "BBB"], "say": "Envoys met in Reykjavik."},))
    r2 = report("y/2", "2033-05-20", text, meetings=(
        {"date": "2033-05-20", "place": "Reykjavik", "parties": ["AAA", "BBB"], "say": "Envoys met in Reykjavik again."},))
    r3 = report("y/3", "2033-05-30", text, meetings=(
        {"place": "Reykjavik", "parties": ["AAA", "BBB"], "say": "Envoys met in Reykjavik."},))
    t = build_tracker([r1, r2, r3])
    # it tells of one of the two known sessions, not of a third: no meeting of its own
    assert [(m.date, len(m.sources)) for m in t.timeline()] == [("2033-05-01", 1), ("2033-05-20", 1)]
    # published the day after the second meeting, it means that one
    r4 = report("y/4", "2033-05-21", text, meetings=(
        {"place": "Reykjavik", "parties": ["AAA", "BBB"], "say": "Envoys met in Reykjavik."},))
    t = build_tracker([r1, r2, r4])
    assert [len(m.sources) for m in t.timeline()] == [1, 2]


def test_one_person_across_transliterations_but_not_a_namesake() -> None:
    text = ("Timur Kerimov spoke. Timur Kierimov spoke. Kerimov spoke. Rinat Karimov spoke. "
            "Filipp Sergiev spoke. Filip Sergiyev spoke. Petro Koshevskyy spoke. Koshevskiy spoke.")
    people = [
        ("Timur Kerimov", "UKR", ["defence minister"]), ("Timur Kierimov", "UKR", []), ("Kerimov", None, []),
        ("Rinat Karimov", "RUS", ["official"]), ("Filipp Sergiev", "RUS", ["envoy"]),
        ("Filip Sergiyev", "RUS", ["special envoy"]), ("Petro Koshevskyy", "UKR", ["President"]),
        ("Koshevskiy", "UKR", ["President"]),
    ]
    records = [report(f"p/{i}", "2030-01-01", text, actors=({"name": n, "party": p, "roles": r},))
               for i, (n, p, r) in enumerate(people)]
    t = build_tracker(records)
    groups = sorted(sorted(a.names) for a in t.actors)
    assert groups == [["Filip Sergiyev", "Filipp Sergiev"], ["Kerimov", "Timur Kerimov", "Timur Kierimov"],
                      ["Koshevskiy", "Petro Koshevskyy"], ["Rinat Karimov"]]


def test_alike_surnames_merge_only_with_context() -> None:
    text = "Ali Kerimov spoke. Ali Karimov spoke."
    same_party = [report("q/1", "2030-01-01", text, actors=({"name": "Ali Kerimov", "party": "AAA"},)),
                  report("q/2", "2030-01-01", text, actors=({"name": "Ali Karimov", "party": "BBB"},))]
    assert len(build_tracker(same_party).actors) == 2
    # the same first name is not enough without the same party or role either
    bare = [report("q/3", "2030-01-01", text, actors=({"name": "Ali Kerimov"},)),
            report("q/4", "2030-01-01", text, actors=({"name": "Ali Karimov"},))]
    assert len(build_tracker(bare).actors) == 2


def test_a_position_told_by_several_outlets_is_one_statement_with_its_figure_conflict() -> None:
    t = build_tracker(valletta_round())
    agreed = [s for s in t.statements if s.act == "agree"]
    assert len(agreed) == 1
    s = agreed[0]
    assert len(s.sources) == 3
    (conflict,) = s.conflicts
    assert conflict.field == "quantity"
    assert {v.value for v in conflict.values} == {"1,000 prisoners of war", "1,100 prisoners"}


def test_the_same_figure_said_each_or_in_all_is_no_conflict() -> None:
    text = "They agreed to swap 300 each. They agreed to swap 600 prisoners."
    recs = [report("r/1", "2030-02-01", text, statements=(
        {"act": "agree", "actors": ["AAA", "BBB"], "issue": "prisoner_exchange",
         "quantity": {"value": 300, "per_party": True}, "say": "They agreed to swap 300 each."},)),
        report("r/2", "2030-02-02", text, statements=(
            {"act": "agree", "actors": ["AAA", "BBB"], "issue": "prisoner_exchange",
             "quantity": {"value": 600, "unit": "prisoners"}, "say": "They agreed to swap 600 prisoners."},))]
    (s,) = build_tracker(recs).statements
    assert s.conflicts == () and len(s.sources) == 2


def test_commitment_with_the_stages_that_followed() -> None:
    t = build_tracker(valletta_round())
    (c,) = t.commitments()
    assert c.statement.act == "agree" and c.statement.date == "2031-03-04"
    assert [x.date for x in c.steps] == ["2031-03-07", "2031-03-10"]
    assert c.done == 700 and c.status == "partly carried out" and c.target in (1000, 1100)


def test_commitment_done_and_open() -> None:
    text = "They agreed to exchange 314 prisoners. 157 were exchanged for 157. Elbonia offered talks."
    recs = [report("c/1", "2030-06-05", text, statements=(
        {"act": "agree", "actors": ["AAA", "BBB", "CCC"], "issue": "prisoner_exchange",
         "quantity": {"value": 314, "unit": "prisoners"}, "say": "They agreed to exchange 314 prisoners."},
        {"act": "implement", "actors": ["AAA", "BBB"], "issue": "prisoner_exchange", "date": "2030-06-05",
         "quantity": {"value": 157, "per_party": True}, "say": "157 were exchanged for 157."},
        {"act": "offer", "actors": ["ELB"], "issue": "talks_format", "say": "Elbonia offered talks."}))]
    by_act = {c.statement.act: c for c in build_tracker(recs).commitments()}
    assert (by_act["agree"].status, by_act["agree"].done) == ("carried out", 314)
    assert (by_act["offer"].status, by_act["offer"].steps) == ("pending", ())


def test_a_step_counts_toward_the_latest_commitment_before_it_only() -> None:
    text = "They agreed a swap. They agreed another swap. A swap took place."
    recs = [report("d/1", "2030-01-01", text, statements=(
        {"act": "agree", "actors": ["AAA", "BBB"], "issue": "prisoner_exchange", "say": "They agreed a swap."},)),
        report("d/2", "2030-03-01", text, statements=(
            {"act": "agree", "actors": ["AAA", "BBB"], "issue": "prisoner_exchange",
             "say": "They agreed another swap."},)),
        report("d/3", "2030-03-05", text, statements=(
            {"act": "implement", "actors": ["AAA", "BBB"], "issue": "prisoner_exchange",
             "say": "A swap took place."},))]
    first, second = build_tracker(recs).commitments()
    assert (first.status, second.status) == ("pending", "carried out")


def test_positions_show_the_latest_act_and_how_it_changed() -> None:
    text = "Szohod rejected a truce. Szohod demanded a truce. Both agreed a truce."
    recs = [report("e/1", "2030-01-01", text, statements=(
        {"act": "reject", "actors": ["BRD"], "issue": "ceasefire", "say": "Szohod rejected a truce."},)),
        report("e/2", "2030-02-01", text, statements=(
            {"act": "demand", "actors": ["BRD"], "issue": "ceasefire", "say": "Szohod demanded a truce."},)),
        report("e/3", "2030-03-01", text, statements=(
            {"act": "agree", "actors": ["BRD", "RUR"], "issue": "ceasefire", "say": "Both agreed a truce."},))]
    t = build_tracker(recs)
    brd = next(p for p in t.positions() if (p.party, p.issue) == ("BRD", "ceasefire"))
    assert brd.changes == ("reject", "demand", "agree")
    assert (brd.latest.act, brd.latest.date) == ("agree", "2030-03-01")
    assert {p.party for p in t.positions(parties=["BRD", "RUR"])} == {"BRD", "RUR"}


def test_processes_fold_the_broker_out_of_the_sides() -> None:
    t = build_tracker(valletta_round())
    assert {p.id for p in t.processes} == {"p-rus-ukr", "p-fin-usa"}
    rus_ukr = t.process("p-rus-ukr")
    assert rus_ukr is not None and rus_ukr.mediators == ("USA",)
    assert all(s.process == "p-rus-ukr" for s in t.statements)


def test_show_finds_every_kind_of_item_with_its_sentences() -> None:
    from parley.track.negotiation import show_dict

    t = build_tracker(valletta_round())
    m = t.timeline(parties=["RUS", "UKR"])[0]
    data = show_dict(t, t.show(m.id))
    assert len(data["evidence"]) == 3
    assert "Klopstokian and Fenwickian delegations met in Valletta on Tuesday" in data["evidence"][0]["sentences"]
    person = next(a for a in t.actors if "Kerimov" in a.name)
    assert t.show(person.id) is person and len(show_dict(t, person)["evidence"]) == 3
    assert show_dict(t, t.show("p-rus-ukr"))["meetings"] == [m.id]
    assert t.show("m-nothing") is None


def test_ids_are_stable_and_unique() -> None:
    a, b = build_tracker(valletta_round()), build_tracker(valletta_round())
    ids = [x.id for x in (*a.meetings, *a.actors, *a.statements, *a.processes)]
    assert ids == [x.id for x in (*b.meetings, *b.actors, *b.statements, *b.processes)]
    assert len(ids) == len(set(ids))


def test_a_report_stored_twice_counts_once() -> None:
    recs = valletta_round()
    t = build_tracker(recs + recs[:2])
    assert [len(m.sources) for m in t.timeline(parties=["RUS", "UKR"])] == [3]


@settings(max_examples=30, deadline=None)
@given(st.randoms(use_true_random=False))
def test_merging_does_not_depend_on_the_order_of_reports(rnd: random.Random) -> None:
    recs = valletta_round()
    want = build_tracker(recs)
    rnd.shuffle(recs)
    got = build_tracker(recs)
    assert [m.to_dict() for m in got.timeline()] == [m.to_dict() for m in want.timeline()]
    assert [a.to_dict() for a in got.actors] == [a.to_dict() for a in want.actors]
    assert [c.to_dict() for c in got.commitments()] == [c.to_dict() for c in want.commitments()]


def _day(iso: str | None):  # noqa: ANN202
    from datetime import date

    assert iso is not None
    return date.fromisoformat(iso)


def test_an_account_naming_no_parties_joins_by_place_and_day() -> None:
    text = "Talks opened in Lisbon on Monday between Aland and Borduria. Talks in Lisbon went on."
    r1 = report("n/1", "2034-02-06", text, meetings=(
        {"date": "2034-02-06", "place": "Lisbon", "parties": ["AAA", "BBB"], "say": "Talks opened in Lisbon"},))
    r2 = report("n/2", "2034-02-07", text, meetings=(
        {"date": "2034-02-07", "place": "Lisbon", "say": "Talks in Lisbon went on."},))
    r3 = report("n/3", "2034-02-07", text, meetings=({"date": "2034-02-07", "say": "Talks in Lisbon went on."},))
    t = build_tracker([r1, r2, r3])
    # no parties and no place: nothing to tell which session it is, so it stands alone
    assert sorted(len(m.sources) for m in t.timeline()) == [1, 2]


def test_a_one_party_account_does_not_bridge_two_meetings_in_one_city() -> None:
    text = "Aland and Iceland met in Montevideo. Ruritania and Borduria met in Montevideo. The Icelandic team was in Montevideo."
    recs = [report("g/1", "2035-05-21", text, meetings=(
        {"date": "2035-05-21", "place": "Montevideo", "parties": ["ALD", "ISL"], "say": "Aland and Iceland met"},)),
        report("g/2", "2035-05-21", text, meetings=(
            {"date": "2035-05-21", "place": "Montevideo", "parties": ["BRD", "ISL", "RUR"], "say": "Ruritania and Borduria"},)),
        report("g/3", "2035-05-22", text, meetings=(
            {"date": "2035-05-21", "place": "Montevideo", "parties": ["ISL"], "say": "The Icelandic team was in Montevideo."},))]
    t = build_tracker(recs)
    # issue 9: a meeting merges only with meetings of its own process; an account whose one
    # party sits in two processes that met there that day cannot say which: it stays apart
    assert sorted(len(m.sources) for m in t.timeline()) == [1, 1, 1]
    assert {m.process for m in t.timeline()} == {"p-ald-isl", "p-brd-isl-rur", None}
