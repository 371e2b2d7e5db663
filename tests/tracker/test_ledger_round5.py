"""The commitments ledger, round 5: one ledger per process, each truce and exchange once.

Timelines of short reports written for these tests (invented parties: Aland ALD and
Borduria BRD at war, Klopstokia KLP brokering; invented wording). Each rule has a near
miss that must not fire, and the store gives what one in-memory rebuild gives.
"""

from __future__ import annotations

from pathlib import Path

from parley import service
from parley.store.db import Store
from parley.track.model import Commitment
from parley.track.negotiation import build_tracker
from parley.track.sources import StoredRecord
from parley.track.statements import ledger_parents
from tracker.build import report as _report


def report(doc: str, published: str, text: str, **items: object) -> StoredRecord:
    """A test report whose text is its own (the store keeps one document per text)."""
    return _report(doc, published, f"{text} Filed as {doc}.", **items)  # type: ignore[arg-type]


def _ledger(recs: list[StoredRecord]) -> tuple[Commitment, ...]:
    return build_tracker(recs).commitments()


# ------------------------------------------------------------ one truce, two issues

LOCAL = ("Aland and Borduria agreed to a local truce so that engineers can mend the cooling lines of the "
         "reactor at Pelzow. The truce took effect on Friday. Aland and Borduria also agreed to open a "
         "corridor for the reactor's staff.")
LOCAL_SAY = ("Aland and Borduria agreed to a local truce so that engineers can mend the cooling lines of the "
             "reactor at Pelzow.")


def test_one_agreement_read_under_two_issues_is_one_commitment_under_the_truce() -> None:
    recs = [report("i/1", "2047-03-05", LOCAL, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "nuclear", "say": LOCAL_SAY},
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "say": LOCAL_SAY},
        {"act": "implement", "actors": ["ALD", "BRD"], "issue": "ceasefire", "date": "2047-03-07",
         "say": "The truce took effect on Friday."}))]
    (c,) = _ledger(recs)
    assert c.statement.issue == "ceasefire" and [r.issue for r in c.restated] == ["nuclear"]
    assert c.status == "carried out" and len(c.steps) == 1


def test_a_step_of_the_second_issue_counts_toward_the_one_commitment() -> None:
    recs = [report("i/2", "2047-03-05", LOCAL, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "nuclear", "say": LOCAL_SAY},
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "say": LOCAL_SAY},
        {"act": "implement", "actors": ["ALD", "BRD"], "issue": "nuclear", "date": "2047-03-07",
         "say": "The truce took effect on Friday."}))]
    (c,) = _ledger(recs)
    assert c.status == "carried out" and [s.issue for s in c.steps] == ["nuclear"]


def test_two_agreements_in_sentences_of_their_own_stay_two_commitments() -> None:
    # near miss: a second agreement on another issue, told in its own sentence
    recs = [report("i/3", "2047-03-05", LOCAL, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "say": LOCAL_SAY},
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "humanitarian",
         "say": "Aland and Borduria also agreed to open a corridor for the reactor's staff."}))]
    assert sorted(c.statement.issue for c in _ledger(recs)) == ["ceasefire", "humanitarian"]


# ------------------------------------------------------------ one truce, agreed with a broker by each side

BROKER = ("Delegations of Aland and Borduria met in Tarnow with Klopstokian mediators. "
          "Klopstokia and Aland agreed to halt strikes on power stations. "
          "Klopstokia and Borduria agreed to measures to halt strikes on power stations. "
          "Borduria halted its strikes on power stations on Monday. "
          "Klopstokia and Aland agreed to a grain deal.")


def _round(doc: str, day: str) -> StoredRecord:
    return report(doc, day, BROKER, meetings=(
        {"date": day, "place": "Tarnow", "parties": ["ALD", "BRD"], "mediators": ["KLP"],
         "say": "Delegations of Aland and Borduria met in Tarnow with Klopstokian mediators."},))


def _half(doc: str, day: str, side: str, *, issue: str = "ceasefire") -> StoredRecord:
    say = {"ALD": "Klopstokia and Aland agreed to halt strikes on power stations.",
           "BRD": "Klopstokia and Borduria agreed to measures to halt strikes on power stations."}[side]
    return report(doc, day, BROKER, statements=(
        {"act": "agree", "actors": ["KLP", side], "issue": issue, "say": say},))


def test_the_brokers_truce_with_each_side_apart_is_one_commitment_of_their_process() -> None:
    recs = [_round("k/1", "2047-05-01"), _half("k/2", "2047-05-02", "ALD"), _half("k/3", "2047-05-06", "BRD")]
    (c,) = _ledger(recs)
    assert c.statement.process == "p-ald-brd" and c.statement.actors == ("ALD", "BRD", "KLP")
    assert [r.actors for r in c.restated] == [("BRD", "KLP")] and c.status == "pending"


def test_a_step_of_the_brokered_process_carries_out_the_brokers_truce() -> None:
    step = report("k/4", "2047-05-09", BROKER, statements=(
        {"act": "implement", "actors": ["ALD", "BRD"], "issue": "ceasefire", "date": "2047-05-08",
         "say": "Borduria halted its strikes on power stations on Monday."},))
    recs = [_round("k/1", "2047-05-01"), _half("k/2", "2047-05-02", "ALD"), _half("k/3", "2047-05-06", "BRD"), step]
    (c,) = _ledger(recs)
    assert c.status == "carried out" and len(c.steps) == 1


def test_the_broker_and_one_side_alone_keep_their_commitment_in_their_own_process() -> None:
    # near miss: only one half is told; the brokered process's step does not reach it
    step = report("k/5", "2047-05-09", BROKER, statements=(
        {"act": "implement", "actors": ["ALD", "BRD"], "issue": "ceasefire", "date": "2047-05-08",
         "say": "Borduria halted its strikes on power stations on Monday."},))
    recs = [_round("k/1", "2047-05-01"), _half("k/2", "2047-05-02", "ALD"),
            report("k/6", "2047-05-03", BROKER, statements=(
                {"act": "agree", "actors": ["BRD", "KLP"], "issue": "sanctions",
                 "say": "Klopstokia and Borduria agreed to measures to halt strikes on power stations."},)), step]
    ledger = {c.statement.issue: c for c in _ledger(recs)}
    assert ledger["ceasefire"].statement.process == "p-ald-klp" and ledger["ceasefire"].status == "pending"
    assert ledger["sanctions"].statement.process == "p-brd-klp"


def test_without_a_brokered_process_the_two_bilateral_truces_stay_apart() -> None:
    # near miss: Klopstokia mediates no talks of Aland and Borduria
    recs = [_half("k/7", "2047-05-02", "ALD"), _half("k/8", "2047-05-06", "BRD")]
    assert sorted(c.statement.process for c in _ledger(recs)) == ["p-ald-klp", "p-brd-klp"]


def test_a_bilateral_process_is_half_of_one_brokered_process_only() -> None:
    procs = build_tracker([_round("k/1", "2047-05-01"), _half("k/2", "2047-05-02", "ALD"),
                           _half("k/3", "2047-05-06", "BRD")]).processes
    assert {k: v.id for k, v in ledger_parents(procs).items()} == {"p-ald-klp": "p-ald-brd", "p-brd-klp": "p-ald-brd"}


# ------------------------------------------------------------ one side's pledge within an agreement

PLEDGE = ("Aland and Borduria agreed to a ceasefire on Sunday. Aland said it would keep to the ceasefire. "
          "Aland offered to extend the ceasefire by ten days.")


def _pledge(doc: str, day: str, *, quantity: dict[str, object] | None = None,
            say: str = "Aland said it would keep to the ceasefire.") -> StoredRecord:
    s: dict[str, object] = {"act": "offer", "actors": ["ALD"], "issue": "ceasefire", "say": say}
    if quantity:
        s["quantity"] = quantity
    return report(doc, day, PLEDGE, statements=(s,))


def _truce(doc: str, day: str) -> StoredRecord:
    return report(doc, day, PLEDGE, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire",
         "say": "Aland and Borduria agreed to a ceasefire on Sunday."},))


def test_a_sides_pledge_days_after_its_agreement_is_that_agreement_told_again() -> None:
    (c,) = _ledger([_truce("p/1", "2047-07-01"), _pledge("p/2", "2047-07-02")])
    assert c.statement.act == "agree" and [r.act for r in c.restated] == ["offer"]


def test_a_pledge_the_same_day_folds_whatever_the_order_of_ids() -> None:
    (c,) = _ledger([_pledge("p/0", "2047-07-01"), _truce("p/9", "2047-07-01")])
    assert c.statement.act == "agree" and len(c.restated) == 1


def test_an_offer_weeks_later_or_with_a_figure_of_its_own_is_a_new_commitment() -> None:
    # near misses: an offer two weeks on; an offer with its own figure (ten more days)
    later = _ledger([_truce("p/3", "2047-07-01"), _pledge("p/4", "2047-07-15")])
    assert sorted(c.statement.act for c in later) == ["agree", "offer"]
    extend = _ledger([_truce("p/5", "2047-07-01"), _pledge(
        "p/6", "2047-07-02", quantity={"value": 10, "unit": "days"},
        say="Aland offered to extend the ceasefire by ten days.")])
    assert sorted(c.statement.act for c in extend) == ["agree", "offer"]


def test_an_offer_before_the_agreement_stays_its_own() -> None:
    # near miss: the offer that led to the agreement came first
    ledger = _ledger([_pledge("p/7", "2047-06-28"), _truce("p/8", "2047-07-01")])
    assert sorted(c.statement.act for c in ledger) == ["agree", "offer"]


# ------------------------------------------------------------ an exchange told only as done

SWAP = ("Aland and Borduria swapped 40 prisoners on Thursday. Aland freed 40 prisoners in the swap. "
        "Borduria released a pilot. Aland and Borduria agreed to swap 40 prisoners.")


def _swap(doc: str, day: str, actors: list[str], say: str, *, value: int | None = 40) -> StoredRecord:
    s: dict[str, object] = {"act": "implement", "actors": actors, "issue": "prisoner_exchange", "date": day,
                            "say": say}
    if value:
        s["quantity"] = {"value": value, "unit": "prisoners"}
    return report(doc, day, SWAP, statements=(s,))


def test_an_exchange_told_only_as_done_is_listed_once_as_carried_out() -> None:
    recs = [_swap("x/1", "2047-09-04", ["ALD", "BRD"], "Aland and Borduria swapped 40 prisoners on Thursday."),
            _swap("x/2", "2047-09-04", ["ALD"], "Aland freed 40 prisoners in the swap.")]
    (c,) = _ledger(recs)
    assert c.statement.act == "implement" and c.status == "carried out" and len(c.steps) == 1
    assert c.target == 40 and c.done == 40


def test_a_release_by_one_side_alone_is_no_exchange_of_its_own() -> None:
    # near miss: one side frees someone, no agreement, no second side
    assert _ledger([_swap("x/3", "2047-09-04", ["BRD"], "Borduria released a pilot.", value=None)]) == ()


def test_an_exchange_after_its_agreement_is_that_agreements_step() -> None:
    # near miss: an agreement is told, so the swap is its step, not a second entry
    agreed = report("x/4", "2047-09-01", SWAP, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "prisoner_exchange",
         "quantity": {"value": 40, "unit": "prisoners"}, "say": "Aland and Borduria agreed to swap 40 prisoners."},))
    (c,) = _ledger([agreed, _swap("x/5", "2047-09-04", ["ALD", "BRD"],
                                  "Aland and Borduria swapped 40 prisoners on Thursday.")])
    assert c.statement.act == "agree" and c.status == "carried out" and len(c.steps) == 1


# ------------------------------------------------------------ the catch-all issue ties nothing

def test_an_accusation_with_no_issue_word_breaks_no_agreement_with_none() -> None:
    text = "Aland and Borduria agreed to go on. Borduria said Aland violated its word."
    recs = [report("o/1", "2047-10-01", text, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "other", "say": "Aland and Borduria agreed to go on."},)),
        report("o/2", "2047-10-05", text, statements=(
            {"act": "accuse", "actors": ["BRD"], "issue": "other", "say": "Borduria said Aland violated its word."},))]
    (c,) = _ledger(recs)
    assert c.status == "pending" and not c.breaches
    # near miss: the same accusation on a named issue breaks the agreement on it
    recs = [report("o/3", "2047-10-01", text, statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "say": "Aland and Borduria agreed to go on."},)),
        report("o/4", "2047-10-05", text, statements=(
            {"act": "accuse", "actors": ["BRD"], "issue": "ceasefire", "say": "Borduria said Aland violated its word."},))]
    (c,) = _ledger(recs)
    assert c.status == "broken"


# ------------------------------------------------------------ the store gives the rebuild's ledger

def _all_timelines() -> list[list[StoredRecord]]:
    k_step = report("k/4", "2047-05-09", BROKER, statements=(
        {"act": "implement", "actors": ["ALD", "BRD"], "issue": "ceasefire", "date": "2047-05-08",
         "say": "Borduria halted its strikes on power stations on Monday."},))
    return [
        [_round("k/1", "2047-05-01"), _half("k/2", "2047-05-02", "ALD"), _half("k/3", "2047-05-06", "BRD"), k_step],
        [_truce("p/1", "2047-07-01"), _pledge("p/2", "2047-07-02"), _pledge("p/0", "2047-07-01")],
        [_swap("x/1", "2047-09-04", ["ALD", "BRD"], "Aland and Borduria swapped 40 prisoners on Thursday."),
         _swap("x/2", "2047-09-04", ["ALD"], "Aland freed 40 prisoners in the swap.")],
        [report("i/1", "2047-03-05", LOCAL, statements=(
            {"act": "agree", "actors": ["ALD", "BRD"], "issue": "nuclear", "say": LOCAL_SAY},
            {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "say": LOCAL_SAY}))],
    ]


def test_the_store_keeps_the_ledger_a_rebuild_gives_one_batch_or_one_by_one(tmp_path: Path) -> None:
    recs = [r for t in _all_timelines() for r in t]
    # four timelines, five entries: together, Aland's pledges fit two processes (their
    # reports do not say which) and stay outside the truce they would fold into alone
    assert len(_ledger(recs)) == 5
    memory = None
    for how in ("batch", "one by one", "brokered process last"):
        url = f"sqlite:///{tmp_path / (how.replace(' ', '-') + '.db')}"
        order = recs if how != "brokered process last" else [*recs[1:], recs[0]]
        with Store(url) as store:
            for sr in order:
                store.add(sr.record.to_dict(), path=sr.source.url)
                if how != "batch":
                    store.track()
            store.track()
            if memory is None:  # the store's own sources (its doc ids), merged in memory
                memory = [c.to_dict() for c in build_tracker(store.iter_records()).commitments()]
        assert [c.to_dict() for c in service.commitments(db=url)] == memory, how
        service.close_stores()
    assert memory is not None and any(c["actors"] == ["ALD", "BRD", "KLP"] for c in memory)
