"""The commitments ledger, round 3: each exchange and each truce once, with its status.

Short reports written for these tests (invented parties ALD/BRD, invented wording).
"""

from __future__ import annotations

from parley.model import Quantity
from parley.track.negotiation import build_tracker
from parley.track.statements import describe_quantity
from tracker.build import report

# ------------------------------------------------------------ the figure as text


def test_a_figure_per_side_reads_number_noun_each() -> None:
    assert describe_quantity(Quantity(value=40, per_party=True, unit="detainees")) == "40 detainees each"
    assert describe_quantity(Quantity(value=157, per_party=True, unit="prisoners of war")) == "157 prisoners of war each"
    assert describe_quantity(Quantity(value=1200, per_party=True)) == "1,200 each"
    # near miss: a figure in all keeps no "each"
    assert describe_quantity(Quantity(value=40, unit="detainees")) == "40 detainees"
    assert describe_quantity(Quantity(value=1, per_party=True, unit="weeks")) == "1 week each"


# ------------------------------------------------------------ one sentence, one commitment

SAME = ("Aland and Borduria agreed that Aland stays determined to help bring about the swap of "
        "prisoners. Aland also offered to return the remains of soldiers.")


def test_an_offer_read_out_of_an_agreements_own_sentence_is_that_agreement() -> None:
    say = "Aland and Borduria agreed that Aland stays determined to help bring about the swap of prisoners."
    rec = report("o/1", "2046-04-01", SAME, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange", "say": say},
        {"act": "offer", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange", "say": say}))
    (c,) = build_tracker([rec]).commitments()
    assert c.statement.act == "agree" and [r.act for r in c.restated] == ["offer"]


def test_an_offer_in_a_sentence_of_its_own_stays_a_commitment_of_its_own() -> None:
    rec = report("o/2", "2046-04-01", SAME, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange",
         "say": "Aland and Borduria agreed that Aland stays determined"},
        {"act": "offer", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange",
         "say": "Aland also offered to return the remains of soldiers."}))
    assert sorted(c.statement.act for c in build_tracker([rec]).commitments()) == ["agree", "offer"]


def test_an_offer_folded_into_a_restated_agreement_follows_it_to_the_first() -> None:
    say = "Aland and Borduria agreed that Aland stays determined to help bring about the swap of prisoners."
    recs = [report("o/3", "2046-04-01", SAME, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange", "say": say},)),
        report("o/4", "2046-04-05", SAME, statements=(
            {"act": "agree", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange", "say": say},
            {"act": "offer", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange", "say": say}))]
    (c,) = build_tracker(recs).commitments()
    assert c.statement.date == "2046-04-01" and sorted(r.act for r in c.restated) == ["agree", "offer"]


# ------------------------------------------------------------ accusations of breach

TRUCE = ("Aland and Borduria agreed to a two-week truce on Tuesday. Borduria accused Aland on Wednesday of "
         "breaking the two-week truce. Aland said it was ready for a pause. The earlier pause was violated.")


def test_an_accusation_the_same_day_that_names_the_truces_figure_breaks_it() -> None:
    recs = [report("b/1", "2046-06-02", TRUCE, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "quantity": {"value": 2, "unit": "weeks"},
         "say": "Aland and Borduria agreed to a two-week truce on Tuesday."},)),
        report("b/2", "2046-06-02", TRUCE, statements=(
            {"act": "accuse", "actors": ["BRD"], "issue": "ceasefire", "quantity": {"value": 14, "unit": "days"},
             "say": "Borduria accused Aland on Wednesday of breaking the two-week truce."},))]
    (c,) = build_tracker(recs).commitments()
    assert c.status == "broken" and len(c.breaches) == 1


def test_a_same_day_accusation_without_the_figure_is_not_this_truces_breach() -> None:
    # near miss: the accusation of the day the truce is agreed, naming no figure, is about
    # something before it
    recs = [report("b/3", "2046-06-02", TRUCE, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "quantity": {"value": 2, "unit": "weeks"},
         "say": "Aland and Borduria agreed to a two-week truce on Tuesday."},
        {"act": "accuse", "actors": ["BRD"], "issue": "ceasefire", "say": "The earlier pause was violated."}))]
    (c,) = build_tracker(recs).commitments()
    assert c.status == "pending" and not c.breaches


def test_an_accusation_goes_to_the_truce_before_it_not_to_an_offer_of_its_own_day() -> None:
    recs = [report("b/4", "2046-07-01", TRUCE, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "quantity": {"value": 1, "unit": "week"},
         "say": "Aland and Borduria agreed to a two-week truce on Tuesday."},)),
        report("b/5", "2046-07-09", TRUCE, statements=(
            {"act": "offer", "actors": ["ALD"], "issue": "ceasefire", "say": "Aland said it was ready for a pause."},
            {"act": "accuse", "actors": ["ALD"], "issue": "ceasefire", "say": "The earlier pause was violated."}))]
    by_act = {c.statement.act: c for c in build_tracker(recs).commitments()}
    assert by_act["agree"].status == "broken" and len(by_act["agree"].breaches) == 1
    assert by_act["offer"].status == "pending" and not by_act["offer"].breaches


def test_blame_that_says_nothing_was_broken_is_no_breach() -> None:
    text = ("Aland and Borduria agreed to a truce. Aland criticized its allies for not helping. "
            "Aland accused Borduria of breaching the truce.")
    recs = [report("b/6", "2046-08-01", text, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "say": "Aland and Borduria agreed to a truce."},)),
        report("b/7", "2046-08-03", text, statements=(
            {"act": "accuse", "actors": ["ALD"], "issue": "ceasefire",
             "say": "Aland criticized its allies for not helping."},))]
    (c,) = build_tracker(recs).commitments()
    assert c.status == "pending" and not c.breaches
    recs.append(report("b/8", "2046-08-09", text, statements=(
        {"act": "accuse", "actors": ["ALD"], "issue": "ceasefire",
         "say": "Aland accused Borduria of breaching the truce."},)))
    (c,) = build_tracker(recs).commitments()
    assert c.status == "broken" and len(c.breaches) == 1


def test_a_step_dated_only_by_its_report_does_not_undo_an_accusation() -> None:
    text = "Aland and Borduria agreed to a pause. Borduria said the pause was violated. The pause took effect."
    recs = [report("b/9", "2046-09-01", text, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "say": "Aland and Borduria agreed to a pause."},)),
        report("b/10", "2046-09-04", text, statements=(
            {"act": "accuse", "actors": ["BRD"], "issue": "ceasefire", "say": "Borduria said the pause was violated."},)),
        report("b/11", "2046-09-12", text, statements=(
            {"act": "implement", "actors": ["ALD", "BRD"], "issue": "ceasefire", "say": "The pause took effect."},))]
    (c,) = build_tracker(recs).commitments()
    assert c.status == "broken" and len(c.steps) == 1
    # near miss: a step that gives its own day after the accusation is the pause kept after all
    recs[2] = report("b/12", "2046-09-12", text, statements=(
        {"act": "implement", "actors": ["ALD", "BRD"], "issue": "ceasefire", "date": "2046-09-10",
         "say": "The pause took effect."},))
    (c,) = build_tracker(recs).commitments()
    assert c.status == "carried out"
