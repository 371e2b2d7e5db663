"""One test per merging rule of issue 9, each over short reports written for it
(invented parties ALD/BRD/RUR/SYL, invented people and places' dates)."""

from __future__ import annotations

from parley.track.negotiation import build_tracker

from .build import report

# ------------------------------------------------------------ people


def test_a_bare_surname_joins_the_person_most_reports_mean() -> None:
    text = "Anna Kovic spoke. Petra Kovic spoke. Kovic spoke."
    recs = [report(f"k/a{i}", "2040-01-01", text, actors=({"name": "Anna Kovic", "party": "ALD",
                                                          "roles": ["foreign minister"]},)) for i in range(3)]
    recs.append(report("k/p", "2040-01-01", text, actors=({"name": "Petra Kovic", "party": "BRD"},)))
    # once two Kovics exist, later bare mentions must not each become a person of their own
    recs += [report(f"k/b{i}", "2040-01-02", text, actors=({"name": "Kovic", "say": "Kovic spoke."},))
             for i in range(4)]
    recs.append(report("k/bp", "2040-01-02", text, actors=({"name": "Kovic", "party": "BRD", "say": "Kovic spoke."},)))
    t = build_tracker(recs)
    by_name = {a.name: a for a in t.actors}
    assert sorted(by_name) == ["Anna Kovic", "Petra Kovic"]
    assert len(by_name["Anna Kovic"].sources) == 7 and len(by_name["Petra Kovic"].sources) == 2


def test_a_tie_between_two_namesakes_stays_apart() -> None:
    text = "Anna Kovic spoke. Petra Kovic spoke. Kovic spoke."
    recs = [report("t/a", "2040-01-01", text, actors=({"name": "Anna Kovic"},)),
            report("t/p", "2040-01-01", text, actors=({"name": "Petra Kovic"},)),
            report("t/b", "2040-01-02", text, actors=({"name": "Kovic", "say": "Kovic spoke."},))]
    assert len(build_tracker(recs).actors) == 3  # nothing tells which Kovic: no guess


def test_one_full_name_is_one_person_even_where_an_outlet_slips_on_the_party() -> None:
    text = "Marek Dunn spoke. Marek J. Dunn spoke."
    recs = [report(f"d/{i}", "2040-02-01", text, actors=({"name": "Marek Dunn", "party": "ALD"},)) for i in range(3)]
    recs.append(report("d/x", "2040-02-01", text, actors=({"name": "Marek Dunn", "party": "BRD"},)))
    recs.append(report("d/j", "2040-02-01", text, actors=({"name": "Marek J. Dunn", "party": "ALD",
                                                          "say": "Marek J. Dunn spoke."},)))
    (a,) = build_tracker(recs).actors
    assert a.affiliation == "ALD" and len(a.sources) == 5
    assert [c.field for c in a.conflicts] == ["affiliation"]


# ------------------------------------------------------------ meetings


def test_meetings_merge_only_within_their_process() -> None:
    text = "Aland and Borduria met in Porto. Ruritania and Sylvania met in Porto."
    recs = [report("p/1", "2041-03-02", text, meetings=(
        {"date": "2041-03-02", "place": "Porto", "parties": ["ALD", "BRD"], "say": "Aland and Borduria met"},)),
        report("p/2", "2041-03-02", text, meetings=(
            {"date": "2041-03-02", "place": "Porto", "parties": ["RUR", "SYL"], "say": "Ruritania and Sylvania"},)),
        report("p/3", "2041-03-03", text, meetings=(
            {"date": "2041-03-02", "place": "Porto", "parties": ["ALD", "BRD"], "say": "Aland and Borduria met"},))]
    t = build_tracker(recs)
    assert sorted((m.process, len(m.sources)) for m in t.timeline()) == [("p-ald-brd", 2), ("p-rur-syl", 1)]


def test_a_round_and_a_preview_a_year_later_in_another_city_stay_apart() -> None:
    text = "Aland and Borduria held talks in Porto. Talks are planned in Faro next week."
    recs = [report("y/1", "2041-05-10", text, meetings=(
        {"date": "2041-05-10", "place": "Porto", "parties": ["ALD", "BRD"], "say": "held talks in Porto"},)),
        report("y/2", "2042-05-08", text, meetings=(
            {"date": "2042-05-15", "status": "scheduled", "place": "Faro", "parties": ["ALD", "BRD"],
             "say": "Talks are planned in Faro next week."},))]
    t = build_tracker(recs)
    assert [(m.date, m.place, m.status) for m in t.timeline()] == [
        ("2041-05-10", "Porto", "held"), ("2042-05-15", "Faro", "scheduled")]


def test_a_date_of_another_event_never_makes_a_meeting() -> None:
    # "prisoners taken after October 7" read as a meeting scheduled for that day, years before the report
    text = "Aland will free prisoners taken after October 7, 2039, in talks with Borduria."
    recs = [report("e/1", "2042-01-20", text, meetings=(
        {"date": "2039-10-07", "status": "scheduled", "parties": ["ALD", "BRD"], "say": "in talks with Borduria"},))]
    assert build_tracker(recs).timeline() == ()
    # a scheduled meeting days ahead of its report is one
    recs = [report("e/2", "2042-01-20", text, meetings=(
        {"date": "2042-01-25", "status": "scheduled", "parties": ["ALD", "BRD"], "say": "in talks with Borduria"},))]
    assert [m.date for m in build_tracker(recs).timeline()] == ["2042-01-25"]


def test_a_held_meeting_dated_after_its_report_keeps_no_date() -> None:
    # a chronology's "ended on March 7" with no year, given a year that puts it after the report
    text = "The talks in Porto ended on March 7."
    recs = [report("h/1", "2042-03-01", text, meetings=(
        {"date": "2042-03-07", "status": "held", "place": "Porto", "parties": ["ALD", "BRD"],
         "say": "The talks in Porto ended on March 7."},))]
    (m,) = build_tracker(recs).timeline()
    assert m.date is None and m.place == "Porto"


def test_one_side_and_its_broker_is_the_brokered_process() -> None:
    text = "Aland and Borduria met in Bern with Ruritania mediating. Aland's team arrived in Bern with Ruritanian mediators."
    recs = [report("b/1", "2043-04-01", text, meetings=(
        {"date": "2043-04-01", "place": "Bern", "parties": ["ALD", "BRD"], "mediators": ["RUR"],
         "say": "Aland and Borduria met in Bern"},)),
        report("b/2", "2043-04-01", text, meetings=(
            {"date": "2043-04-01", "place": "Bern", "parties": ["ALD"], "mediators": ["RUR"],
             "say": "Aland's team arrived in Bern"},))]
    (m,) = build_tracker(recs).timeline()
    assert m.process == "p-ald-brd" and len(m.sources) == 2


def test_an_account_naming_no_party_joins_the_one_process_that_met_there_that_day() -> None:
    text = "Aland and Borduria met in Faro. Talks in Faro resumed. Ruritania and Sylvania met in Faro."
    one = report("n/1", "2043-06-02", text, meetings=(
        {"date": "2043-06-02", "place": "Faro", "parties": ["ALD", "BRD"], "say": "Aland and Borduria met in Faro."},))
    bare = report("n/2", "2043-06-03", text, meetings=(
        {"date": "2043-06-03", "place": "Faro", "say": "Talks in Faro resumed."},))
    assert sorted(len(m.sources) for m in build_tracker([one, bare]).timeline()) == [2]
    other = report("n/3", "2043-06-02", text, meetings=(
        {"date": "2043-06-02", "place": "Faro", "parties": ["RUR", "SYL"], "say": "Ruritania and Sylvania met"},))
    assert sorted(len(m.sources) for m in build_tracker([one, bare, other]).timeline()) == [1, 1, 1]


# ------------------------------------------------------------ processes, positions, --parties


def _two_conflicts() -> list:
    text = ("Aland and Borduria met in Porto. Aland agreed a truce with Borduria. "
            "Aland and Sylvania met in Faro. Aland demanded a truce from Sylvania. Ruritania called for calm.")
    return [report("c/1", "2044-01-10", text, meetings=(
        {"date": "2044-01-10", "place": "Porto", "parties": ["ALD", "BRD"], "mediators": ["RUR"],
         "say": "Aland and Borduria met in Porto."},), statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "say": "Aland agreed a truce with Borduria."},
        {"act": "request", "actors": ["RUR"], "issue": "ceasefire", "say": "Ruritania called for calm."})),
        report("c/2", "2044-01-12", text, meetings=(
            {"date": "2044-01-12", "place": "Faro", "parties": ["ALD", "SYL"], "say": "Aland and Sylvania met in Faro."},),
            statements=({"act": "demand", "actors": ["ALD"], "issue": "ceasefire",
                         "say": "Aland demanded a truce from Sylvania."},))]


def test_a_partys_acts_in_two_conflicts_are_two_positions() -> None:
    t = build_tracker(_two_conflicts())
    rows = [(p.latest.process, p.party, p.latest.act) for p in t.positions() if p.party == "ALD"]
    assert rows == [("p-ald-brd", "ALD", "agree"), ("p-ald-syl", "ALD", "demand")]


def test_parties_filter_lists_only_the_rows_of_those_parties() -> None:
    t = build_tracker(_two_conflicts())
    rows = t.positions(parties=["ALD", "BRD"])
    assert {p.party for p in rows} == {"ALD", "BRD"}  # not the mediator's row
    assert {p.latest.process for p in rows} == {"p-ald-brd"}  # not Aland's other conflict
    assert [m.process for m in t.timeline(parties=["ALD", "BRD"])] == ["p-ald-brd"]


# ------------------------------------------------------------ the commitments ledger


def test_an_agreement_told_again_is_one_commitment_and_each_step_counts_once() -> None:
    text = ("Aland and Borduria agreed to swap 300 prisoners. They agreed to a 150-for-150 swap. "
            "The swap took place on Friday, 150 for 150. Last week's swap returned 150 for 150.")
    recs = [report("l/1", "2045-03-01", text, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange",
         "quantity": {"value": 300, "unit": "prisoners"}, "say": "Aland and Borduria agreed to swap 300 prisoners."},)),
        report("l/2", "2045-03-05", text, statements=(
            {"act": "agree", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange",
             "quantity": {"value": 150, "per_party": True}, "say": "They agreed to a 150-for-150 swap."},)),
        report("l/3", "2045-03-10", text, statements=(
            {"act": "implement", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange", "date": "2045-03-10",
             "quantity": {"value": 150, "per_party": True}, "say": "The swap took place on Friday, 150 for 150."},)),
        report("l/4", "2045-03-12", text, statements=(
            {"act": "implement", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange",
             "quantity": {"value": 150, "per_party": True}, "say": "Last week's swap returned 150 for 150."},))]
    (c,) = build_tracker(recs).commitments()
    assert len(c.restated) == 1 and len(c.sources) == 2
    assert len(c.steps) == 1 and c.done == 300 and c.status == "carried out"


def test_an_accusation_of_breach_after_the_steps_marks_it_broken() -> None:
    text = "Aland and Borduria agreed a truce. The truce held. Aland accused Borduria of breaking the truce."
    recs = [report("x/1", "2045-05-01", text, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "say": "Aland and Borduria agreed a truce."},)),
        report("x/2", "2045-05-03", text, statements=(
            {"act": "implement", "actors": ["ALD", "BRD"], "issue": "ceasefire", "date": "2045-05-02",
             "say": "The truce held."},))]
    (c,) = build_tracker(recs).commitments()
    assert c.status == "carried out"
    recs.append(report("x/3", "2045-05-09", text, statements=(
        {"act": "accuse", "actors": ["ALD"], "issue": "ceasefire",
         "say": "Aland accused Borduria of breaking the truce."},)))
    (c,) = build_tracker(recs).commitments()
    assert c.status == "broken" and [b.act for b in c.breaches] == ["accuse"]


def test_a_swap_of_n_carried_out_as_n_for_n_is_n_each() -> None:
    text = "They agreed to swap 24 prisoners. 24 were exchanged for 24."
    recs = [report("s/1", "2045-08-01", text, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange",
         "quantity": {"value": 24, "unit": "prisoners"}, "say": "They agreed to swap 24 prisoners."},
        {"act": "implement", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange", "date": "2045-08-01",
         "quantity": {"value": 24, "per_party": True}, "say": "24 were exchanged for 24."}))]
    (c,) = build_tracker(recs).commitments()
    assert (c.target, c.done, c.per_party, c.status) == (24, 24, True, "carried out")


def test_quantities_read_as_written() -> None:
    from parley.model import Quantity
    from parley.track.statements import describe_quantity

    assert describe_quantity(Quantity(low=40, approximate=True, unit="lives")) == "at least ~40 lives"
    assert describe_quantity(Quantity(value=1, unit="weeks")) == "1 week"
    assert describe_quantity(Quantity(value=2, unit="weeks")) == "2 weeks"
    assert describe_quantity(Quantity(low=24, high=48, unit="hours")) == "24-48 hours"
