"""Meetings merged the way the talks happened, round 3: timelines of short reports
written for these tests (invented parties ALD/BRD/SYL, invented wording; the host rule
needs a city of the place lexicon, so Reykjavik stands for any host city)."""

from __future__ import annotations

from parley.track.negotiation import build_tracker
from tracker.build import report

TEXT = ("Envoys of Aland and Borduria met in Reykjavik. Iceland hosted them. The talks were held in Reykjavik. "
        "The envoys are to meet again. Allies watched the talks.")
SAY = "Envoys of Aland and Borduria met in Reykjavik."


def meeting(doc: str, published: str, **m: object) -> object:
    m.setdefault("say", SAY)
    return report(doc, published, TEXT, meetings=(m,))


# ------------------------------------------------------------ a host or a body that is no side


def test_the_host_country_named_at_the_table_does_not_split_the_round() -> None:
    recs = [meeting("h/1", "2047-03-03", date="2047-03-02", place="Reykjavik", parties=["ALD", "BRD"]),
            meeting("h/2", "2047-03-03", date="2047-03-02", place="Reykjavik", parties=["ALD", "BRD", "ISL"])]
    (m,) = build_tracker(recs).timeline()
    assert m.process == "p-ald-brd" and m.parties == ("ALD", "BRD") and m.mediators == ("ISL",)
    assert len(m.sources) == 2


def test_a_host_that_is_one_of_two_sides_stays_a_side() -> None:
    # near miss: Iceland meeting Aland in Reykjavik is a meeting of Iceland and Aland
    (m,) = build_tracker([meeting("h/3", "2047-03-03", date="2047-03-02", place="Reykjavik",
                                  parties=["ALD", "ISL"])]).timeline()
    assert m.parties == ("ALD", "ISL") and m.process == "p-ald-isl"


def test_a_host_whose_delegation_has_a_head_stays_a_side() -> None:
    text = "Minister Ola Strandberg led Iceland's delegation in Reykjavik with Aland and Borduria."
    rec = report("h/4", "2047-03-03", text, actors=({"name": "Ola Strandberg", "party": "ISL"},), meetings=(
        {"date": "2047-03-02", "place": "Reykjavik", "parties": ["ALD", "BRD", "ISL"], "heads": {"ISL": "Ola Strandberg"},
         "say": "led Iceland's delegation in Reykjavik"},))
    (m,) = build_tracker([rec]).timeline()
    assert m.parties == ("ALD", "BRD", "ISL")


def test_an_alliance_named_beside_the_two_sides_is_no_side() -> None:
    recs = [meeting("n/1", "2047-04-02", date="2047-04-01", place="Porto", parties=["ALD", "BRD"]),
            meeting("n/2", "2047-04-02", date="2047-04-01", place="Porto", parties=["ALD", "BRD", "NATO"])]
    (m,) = build_tracker(recs).timeline()
    assert m.process == "p-ald-brd" and m.parties == ("ALD", "BRD") and len(m.sources) == 2


def test_a_body_with_one_side_only_is_kept_as_the_reader_gave_it() -> None:
    # near miss: a UN envoy meeting Aland's minister is that meeting; nothing to take out
    (m,) = build_tracker([meeting("n/3", "2047-04-02", date="2047-04-01", place="Porto",
                                  parties=["ALD", "UN"])]).timeline()
    assert m.parties == ("ALD", "UN")


# ------------------------------------------------------------ a session put off


def test_an_announced_session_held_days_later_is_that_session() -> None:
    recs = [meeting("s/1", "2047-05-01", date="2047-05-03", status="scheduled", parties=["ALD", "BRD"],
                    say="The envoys are to meet again."),
            meeting("s/2", "2047-05-07", date="2047-05-06", place="Reykjavik", parties=["ALD", "BRD"])]
    (m,) = build_tracker(recs).timeline()
    assert (m.date, m.end_date, m.status, len(m.sources)) == ("2047-05-06", None, "held", 2)
    assert [c.field for c in m.conflicts] == ["date"]


def test_a_session_held_weeks_after_the_announced_day_is_another() -> None:
    recs = [meeting("s/3", "2047-05-01", date="2047-05-03", status="scheduled", parties=["ALD", "BRD"],
                    say="The envoys are to meet again."),
            meeting("s/4", "2047-05-20", date="2047-05-19", place="Reykjavik", parties=["ALD", "BRD"])]
    assert [m.status for m in build_tracker(recs).timeline()] == ["scheduled", "held"]


def test_an_announcement_for_a_day_something_was_held_is_of_that_day() -> None:
    recs = [meeting("s/5", "2047-05-01", date="2047-05-03", status="scheduled", place="Reykjavik",
                    parties=["ALD", "BRD"], say="The envoys are to meet again."),
            meeting("s/6", "2047-05-04", date="2047-05-03", place="Reykjavik", parties=["ALD", "BRD"]),
            meeting("s/7", "2047-05-08", date="2047-05-07", place="Reykjavik", parties=["ALD", "BRD"])]
    assert [(m.date, len(m.sources)) for m in build_tracker(recs).timeline()] == [("2047-05-03", 2),
                                                                                  ("2047-05-07", 1)]


def test_the_day_it_was_held_wins_over_the_day_it_was_announced_for() -> None:
    recs = [meeting("d/1", "2047-06-01", date="2047-06-10", status="scheduled", place="Reykjavik",
                    parties=["ALD", "BRD"], say="The envoys are to meet again."),
            meeting("d/2", "2047-06-12", date="2047-06-11", place="Reykjavik", parties=["ALD", "BRD"])]
    (m,) = build_tracker(recs).timeline()
    assert (m.date, m.end_date) == ("2047-06-11", None)


# ------------------------------------------------------------ undated accounts


def test_an_undated_account_months_on_means_the_one_session_held_there() -> None:
    recs = [meeting("u/1", "2047-01-11", date="2047-01-10", place="Reykjavik", parties=["ALD", "BRD"]),
            meeting("u/2", "2047-09-01", place="Reykjavik", parties=["ALD", "BRD"], say="The talks were held in Reykjavik.")]
    (m,) = build_tracker(recs).timeline()
    assert m.date == "2047-01-10" and len(m.sources) == 2


def test_an_undated_account_that_fits_two_sessions_makes_no_third() -> None:
    recs = [meeting("u/3", "2047-01-11", date="2047-01-10", place="Reykjavik", parties=["ALD", "BRD"]),
            meeting("u/4", "2047-02-11", date="2047-02-10", place="Reykjavik", parties=["ALD", "BRD"]),
            meeting("u/5", "2047-02-20", place="Reykjavik", parties=["ALD", "BRD"], say="The talks were held in Reykjavik.")]
    assert [(m.date, len(m.sources)) for m in build_tracker(recs).timeline()] == [("2047-01-10", 1),
                                                                                  ("2047-02-10", 1)]


def test_an_undated_account_its_own_report_tells_apart_is_another_session() -> None:
    text = "Envoys of Aland and Borduria met in Reykjavik. Later the talks were held in Reykjavik."
    recs = [report("u/6", "2047-09-01", text, meetings=(
        {"date": "2047-01-10", "place": "Reykjavik", "parties": ["ALD", "BRD"], "say": "Envoys of Aland"},
        {"place": "Reykjavik", "parties": ["ALD", "BRD"], "say": "Later the talks were held in Reykjavik."}))]
    assert [m.date for m in build_tracker(recs).timeline()] == ["2047-01-10", None]


def test_an_undated_announcement_months_on_does_not_join_an_old_session() -> None:
    # near miss: only a held account looks back that far
    recs = [meeting("u/7", "2047-01-11", date="2047-01-10", place="Reykjavik", parties=["ALD", "BRD"]),
            meeting("u/8", "2047-09-01", place="Reykjavik", status="scheduled", parties=["ALD", "BRD"],
                    say="The envoys are to meet again.")]
    assert [m.status for m in build_tracker(recs).timeline()] == ["held", "scheduled"]


# ------------------------------------------------------------ a side one report alone seats
# (Sylvania brokers other talks, so a table of Aland, Borduria and Sylvania is Aland-Borduria
# talks: the same process.)

BROKER = meeting("p/b", "2047-06-01", date="2047-06-01", place="Lima", parties=["RUR", "TAV"], mediators=["SYL"])


def test_a_side_one_report_of_many_seats_is_a_conflict_not_a_party() -> None:
    recs = [BROKER] + [meeting(f"p/{i}", "2047-07-02", date="2047-07-01", place="Porto", parties=["ALD", "BRD"])
                       for i in range(3)]
    recs.append(meeting("p/x", "2047-07-02", date="2047-07-01", place="Porto", parties=["ALD", "BRD", "SYL"]))
    (m,) = build_tracker(recs).timeline(parties=["ALD", "BRD"])
    assert m.parties == ("ALD", "BRD") and "party:SYL" in [c.field for c in m.conflicts] and len(m.sources) == 4


def test_a_side_two_reports_seat_stays() -> None:
    recs = [BROKER] + [meeting(f"q/{i}", "2047-07-02", date="2047-07-01", place="Porto", parties=["ALD", "BRD"])
                       for i in range(3)]
    recs += [meeting(f"q/x{i}", "2047-07-02", date="2047-07-01", place="Porto", parties=["ALD", "BRD", "SYL"])
             for i in range(2)]
    (m,) = build_tracker(recs).timeline(parties=["ALD", "BRD"])
    assert m.parties == ("ALD", "BRD", "SYL")


def test_a_table_with_one_side_more_joins_the_process_that_met_there_that_day() -> None:
    # Sylvania brokers nothing here: the three-side account is still the Aland-Borduria round
    recs = [meeting(f"t/{i}", "2047-08-02", date="2047-08-01", place="Porto", parties=["ALD", "BRD"])
            for i in range(3)]
    recs.append(meeting("t/x", "2047-08-02", date="2047-08-02", place="Porto", parties=["ALD", "BRD", "SYL"]))
    (m,) = build_tracker(recs).timeline()
    assert m.process == "p-ald-brd" and m.parties == ("ALD", "BRD") and len(m.sources) == 4


def test_a_table_with_one_side_more_elsewhere_or_later_stays_its_own() -> None:
    # near misses: another city the same day, or the same city a week on
    recs = [meeting("t/1", "2047-08-02", date="2047-08-01", place="Porto", parties=["ALD", "BRD"]),
            meeting("t/2", "2047-08-02", date="2047-08-01", place="Lima", parties=["ALD", "BRD", "SYL"]),
            meeting("t/3", "2047-08-09", date="2047-08-08", place="Porto", parties=["ALD", "BRD", "SYL"])]
    assert sorted((m.process, m.place) for m in build_tracker(recs).timeline()) == [
        ("p-ald-brd", "Porto"), ("p-ald-brd-syl", "Lima"), ("p-ald-brd-syl", "Porto")]


def test_a_table_with_one_side_more_beside_two_processes_there_joins_neither() -> None:
    recs = [meeting("t/4", "2047-08-02", date="2047-08-01", place="Porto", parties=["ALD", "BRD"]),
            meeting("t/5", "2047-08-02", date="2047-08-01", place="Porto", parties=["ALD", "SYL"]),
            meeting("t/6", "2047-08-02", date="2047-08-01", place="Porto", parties=["ALD", "BRD", "SYL"])]
    assert sorted(m.process for m in build_tracker(recs).timeline()) == ["p-ald-brd", "p-ald-brd-syl", "p-ald-syl"]
