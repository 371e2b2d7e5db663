"""The tracker, round 6: conditional offers, steps told as past, the party filter of a
brokered commitment, and a warring host.

Timelines of short reports written for these tests (invented parties: Quorland QRL and
Vessaria VSR at war, Montaliq MTQ brokering; invented wording). The host rule needs a city
of the place lexicon, so Windhoek (code NAM) stands for any capital, and NAM for the
country at war with Quorland that hosts talks there. Each rule has a near miss that must not fire, and the
store gives what one in-memory rebuild gives.
"""

from __future__ import annotations

from pathlib import Path

from parley import service
from parley.store.db import Store
from parley.track.model import Commitment
from parley.track.negotiation import build_tracker
from parley.track.sources import StoredRecord
from tracker.build import report as _report


def report(doc: str, published: str, text: str, **items: object) -> StoredRecord:
    """A test report whose text is its own (the store keeps one document per text)."""
    return _report(doc, published, f"{text} Filed as {doc}.", **items)  # type: ignore[arg-type]


def _ledger(recs: list[StoredRecord]) -> tuple[Commitment, ...]:
    return build_tracker(recs).commitments()


def _offer(doc: str, day: str, say: str, text: str | None = None) -> StoredRecord:
    return report(doc, day, text or say, statements=(
        {"act": "offer", "actors": ["QRL"], "issue": "ceasefire", "say": say},))


# ------------------------------------------------------------ a conditional offer is no commitment

def test_an_offer_on_a_condition_is_no_commitment() -> None:
    for say in ("Quorland said it would halt the shelling of the port if Vessaria pulls its guns back.",
                "Quorland is ready to halt the shelling, but only if Vessaria does the same.",
                "Quorland would halt the shelling for a week, subject to Vessaria opening the river crossing.",
                "Quorland offered to halt the shelling in exchange for a lifting of the blockade."):
        assert _ledger([_offer("c/1", "2051-04-02", say)]) == (), say


def test_a_plain_offer_and_one_that_concedes_or_asks_are_commitments() -> None:
    # near misses: no condition; "even if" concedes; "asked if" asks
    for say in ("Quorland offered to halt the shelling of the port.",
                "Quorland said it would halt the shelling even if the talks stall.",
                "Quorland offered to halt the shelling, and reporters asked if Vessaria would follow."):
        (c,) = _ledger([_offer("c/2", "2051-04-02", say)])
        assert c.statement.act == "offer" and c.status == "pending", say


def test_a_conditional_offer_then_agreed_is_one_commitment_the_agreement() -> None:
    text = ("Quorland said it would halt the shelling if Vessaria pulls its guns back. "
            "Quorland and Vessaria agreed to halt the shelling.")
    recs = [_offer("c/3", "2051-04-02", "Quorland said it would halt the shelling if Vessaria pulls its guns back.",
                   text),
            report("c/4", "2051-04-05", text, statements=(
                {"act": "agree", "actors": ["QRL", "VSR"], "issue": "ceasefire",
                 "say": "Quorland and Vessaria agreed to halt the shelling."},))]
    (c,) = _ledger(recs)
    assert c.statement.act == "agree" and c.statement.actors == ("QRL", "VSR")


def test_a_step_does_not_carry_out_a_conditional_offer() -> None:
    # the conditional offer is gone, so an unrelated one-sided step has nothing to carry out
    text = ("Quorland said it would observe a pause if Vessaria commits. "
            "Quorland held its first talks with Vessaria in 2049.")
    recs = [_offer("c/5", "2051-04-02", "Quorland said it would observe a pause if Vessaria commits.", text),
            report("c/6", "2051-04-09", text, statements=(
                {"act": "implement", "actors": ["QRL"], "issue": "ceasefire",
                 "say": "Quorland held its first talks with Vessaria in 2049."},))]
    assert _ledger(recs) == ()


# ------------------------------------------------------------ a step its sentence places before the commitment

SWAPS = ("Quorland and Vessaria agreed to swap 30 prisoners. Quorland and Vessaria swapped 30 prisoners in March. "
         "Quorland and Vessaria swapped 30 prisoners in June. "
         "Quorland and Vessaria swapped 30 prisoners, the first swap since March. "
         "Twenty detainees of Quorland and Vessaria went home during a lull in November. "
         "Quorland and Vessaria swapped 20 captives on Saturday.")


def _agreed(doc: str, day: str) -> StoredRecord:
    return report(doc, day, SWAPS, statements=(
        {"act": "agree", "actors": ["QRL", "VSR"], "issue": "prisoner_exchange",
         "quantity": {"value": 30, "unit": "prisoners"}, "say": "Quorland and Vessaria agreed to swap 30 prisoners."},))


def _swapped(doc: str, day: str, say: str, value: int = 30, dated: str | None = None) -> StoredRecord:
    s: dict[str, object] = {"act": "implement", "actors": ["QRL", "VSR"], "issue": "prisoner_exchange",
                            "quantity": {"value": value, "unit": "prisoners"}, "say": say}
    if dated:
        s["date"] = dated
    return report(doc, day, SWAPS, statements=(s,))


def test_a_step_its_sentence_places_before_the_agreement_does_not_carry_it_out() -> None:
    recs = [_agreed("b/1", "2051-06-10"),
            _swapped("b/2", "2051-06-20", "Quorland and Vessaria swapped 30 prisoners in March.")]
    (c,) = _ledger(recs)
    assert c.statement.act == "agree" and c.status == "pending" and not c.steps


def test_a_step_placed_in_the_month_of_its_day_or_only_compared_with_a_month_carries_it_out() -> None:
    # near misses: "in June" is the step's own month; "the first swap since March" dates nothing
    for say in ("Quorland and Vessaria swapped 30 prisoners in June.",
                "Quorland and Vessaria swapped 30 prisoners, the first swap since March."):
        (c,) = _ledger([_agreed("b/3", "2051-06-10"), _swapped("b/4", "2051-06-20", say)])
        assert c.status == "carried out" and len(c.steps) == 1, say


def test_an_explainers_past_release_is_not_listed_as_an_exchange_done_that_day() -> None:
    past = _swapped("b/5", "2051-07-15", "Twenty detainees of Quorland and Vessaria went home during a lull in November.",
                    value=20, dated="2051-07-15")
    assert _ledger([past]) == ()
    # near miss: an exchange told as done on the report's own weekday is listed
    (c,) = _ledger([_swapped("b/6", "2051-07-15", "Quorland and Vessaria swapped 20 captives on Saturday.",
                             value=20, dated="2051-07-15")])
    assert c.statement.act == "implement" and c.status == "carried out"


def test_a_past_step_still_carries_out_an_older_commitment() -> None:
    # the rule compares with the commitment's day: an agreement of February, a swap told
    # in June as done in March, is carried out
    (c,) = _ledger([_agreed("b/7", "2051-02-10"),
                    _swapped("b/8", "2051-06-20", "Quorland and Vessaria swapped 30 prisoners in March.")])
    assert c.status == "carried out"


# ------------------------------------------------------------ --parties over the brokered commitment's parties

BROKER = ("Delegations of Quorland and Vessaria met in Port Selvan with Montaliqi mediators. "
          "Montaliq and Quorland agreed to halt strikes on dams. "
          "Montaliq and Vessaria agreed to measures to halt strikes on dams. "
          "Montaliq and Quorland agreed to a fishing deal.")


def _brokered_timeline() -> list[StoredRecord]:
    return [
        report("p/1", "2051-05-01", BROKER, meetings=(
            {"date": "2051-05-01", "place": "Port Selvan", "parties": ["QRL", "VSR"], "mediators": ["MTQ"],
             "say": "Delegations of Quorland and Vessaria met in Port Selvan with Montaliqi mediators."},)),
        report("p/2", "2051-05-02", BROKER, statements=(
            {"act": "agree", "actors": ["MTQ", "QRL"], "issue": "ceasefire",
             "say": "Montaliq and Quorland agreed to halt strikes on dams."},)),
        report("p/3", "2051-05-06", BROKER, statements=(
            {"act": "agree", "actors": ["MTQ", "VSR"], "issue": "ceasefire",
             "say": "Montaliq and Vessaria agreed to measures to halt strikes on dams."},)),
        report("p/4", "2051-05-07", BROKER, statements=(
            {"act": "agree", "actors": ["MTQ", "QRL"], "issue": "sanctions",
             "say": "Montaliq and Quorland agreed to a fishing deal."},)),
    ]


def test_the_party_filter_reads_the_brokered_commitments_parties(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'brokered.db'}"
    with Store(url) as store:
        for sr in _brokered_timeline():
            store.add(sr.record.to_dict(), path=sr.source.url)
        store.track()
    try:
        by_process = [c.statement.id for c in service.commitments(db=url, process="p-qrl-vsr")]
        assert len(by_process) == 1
        both = service.commitments(db=url, parties="QRL,VSR")
        assert [c.statement.id for c in both] == by_process
        assert both[0].statement.actors == ("MTQ", "QRL", "VSR")
        # the half restated under it names the other side: listed under that side alone too
        assert [c.statement.id for c in service.commitments(db=url, parties="VSR")] == by_process
        # near miss: the broker's own deal with one side is no commitment of the two sides
        assert "sanctions" not in {c.statement.issue for c in both}
        assert {c.statement.issue for c in service.commitments(db=url, parties="MTQ,QRL")} >= {"sanctions"}
    finally:
        service.close_stores()


# ------------------------------------------------------------ a warring host is a side, not a mediator

HOSTED = ("Quorland met its hosts in Windhoek with Montaliq. Envoys of Quorland and the hosts met in Port Selvan "
          "with Montaliqi mediators. Envoys of Quorland and Montaliq met in Port Selvan with the hosts as mediators.")
HOSTED_SAY = "Quorland met its hosts in Windhoek with Montaliq."


def _hosted(doc: str = "w/1") -> StoredRecord:
    return report(doc, "2051-09-03", HOSTED, meetings=(
        {"date": "2051-09-02", "place": "Windhoek", "parties": ["QRL", "NAM", "MTQ"], "say": HOSTED_SAY},))


def _brokered_elsewhere(doc: str = "w/2") -> StoredRecord:
    return report(doc, "2051-08-03", HOSTED, meetings=(
        {"date": "2051-08-02", "place": "Port Selvan", "parties": ["NAM", "QRL"], "mediators": ["MTQ"],
         "say": "Envoys of Quorland and the hosts met in Port Selvan with Montaliqi mediators."},))


def _hosted_meeting(recs: list[StoredRecord]) -> dict[str, object]:
    (m,) = [m for m in build_tracker(recs).meetings if m.place == "Windhoek"]
    return {"process": m.process, "parties": set(m.parties), "mediators": set(m.mediators)}


def test_a_host_at_war_with_a_guest_stays_a_side_of_its_war() -> None:
    m = _hosted_meeting([_hosted(), _brokered_elsewhere()])
    assert m["process"] == "p-nam-qrl" and "NAM" in m["parties"]  # type: ignore[operator]
    assert "NAM" not in m["mediators"]  # type: ignore[operator]


def test_a_host_with_no_war_told_elsewhere_is_the_mediator_as_before() -> None:
    # near miss: nothing else tells that the host is at war with a guest
    m = _hosted_meeting([_hosted()])
    assert m["process"] == "p-mtq-qrl" and m["mediators"] == {"NAM"}


def test_a_host_that_brokers_the_guests_talks_elsewhere_is_their_mediator() -> None:
    # near miss: the host mediates talks of the two others in another city
    elsewhere = report("w/3", "2051-08-03", HOSTED, meetings=(
        {"date": "2051-08-02", "place": "Port Selvan", "parties": ["MTQ", "QRL"], "mediators": ["NAM"],
         "say": "Envoys of Quorland and Montaliq met in Port Selvan with the hosts as mediators."},))
    m = _hosted_meeting([_hosted(), elsewhere])
    assert m["process"] == "p-mtq-qrl" and m["mediators"] == {"NAM"}


# ------------------------------------------------------------ the store gives the rebuild

def _all_timelines() -> list[StoredRecord]:
    text = ("Quorland said it would observe a pause if Vessaria commits. "
            "Quorland held its first talks with Vessaria in 2049.")
    return [
        _hosted(), _brokered_elsewhere(),  # the host's war told after its hosted talks
        *_brokered_timeline(),
        _agreed("b/1", "2051-06-10"), _swapped("b/2", "2051-06-20", "Quorland and Vessaria swapped 30 prisoners in March."),
        _swapped("b/5", "2051-07-15", "Twenty detainees of Quorland and Vessaria went home during a lull in November.",
                 value=20, dated="2051-07-15"),
        _offer("c/5", "2051-04-02", "Quorland said it would observe a pause if Vessaria commits.", text),
        _offer("c/2", "2051-04-03", "Quorland offered to halt the shelling of the port."),
        _stance("t/1", "2051-03-02", "demand", "Quorland demanded the return of the river islands on Monday."),
        _stance("t/2", "2051-03-20", "offer", "Quorland said it could give up the islands."),
        _stance("t/3", None, "demand", "Quorland demanded the islands again."),
    ]


def test_the_store_gives_the_rebuild_one_batch_or_one_by_one(tmp_path: Path) -> None:
    recs = _all_timelines()
    memory = None
    for how in ("batch", "one by one"):
        url = f"sqlite:///{tmp_path / (how.replace(' ', '-') + '.db')}"
        with Store(url) as store:
            for sr in recs:
                store.add(sr.record.to_dict(), path=sr.source.url)
                if how != "batch":
                    store.track()
            store.track()
            if memory is None:
                tracker = build_tracker(store.iter_records())
                memory = ([c.to_dict() for c in tracker.commitments()], [m.to_dict() for m in tracker.meetings],
                          [p.to_dict() for p in tracker.positions()])
        got = ([c.to_dict() for c in service.commitments(db=url)], [m.to_dict() for m in service.timeline(db=url)],
               [p.to_dict() for p in service.positions(db=url)])
        assert got[0] == memory[0], how
        assert sorted(got[1], key=lambda m: m["id"]) == sorted(memory[1], key=lambda m: m["id"]), how
        key = lambda p: (p["process"] or "", p["party"], p["issue"])  # noqa: E731
        assert sorted(got[2], key=key) == sorted(memory[2], key=key), how
        service.close_stores()
    assert memory is not None
    hosted = [m for m in memory[1] if m["place"] == "Windhoek"]
    assert [m["process"] for m in hosted] == ["p-nam-qrl"]


# ------------------------------------------------------------ a position's latest act is its last dated one

STANCE = ("Quorland demanded the return of the river islands on Monday. Quorland demanded the islands again. "
          "Quorland said it could give up the islands.")


def _stance(doc: str, published: str | None, act: str, say: str, dated: str | None = None) -> StoredRecord:
    s: dict[str, object] = {"act": act, "actors": ["QRL"], "issue": "territory", "say": say}
    if dated:
        s["date"] = dated
    rec = report(doc, published or "2051-01-01", STANCE, statements=(s,))
    if published is None:  # a report with no day of its own: its statement is undated
        from dataclasses import replace
        rec = replace(rec, source=replace(rec.source, published=None),
                      record=replace(rec.record, document=replace(rec.record.document, published=None)))
    return rec


def test_an_undated_statement_is_not_the_latest_act_of_a_position() -> None:
    recs = [_stance("t/1", "2051-03-02", "demand", "Quorland demanded the return of the river islands on Monday."),
            _stance("t/2", "2051-03-20", "offer", "Quorland said it could give up the islands."),
            _stance("t/3", None, "demand", "Quorland demanded the islands again.")]
    (p,) = build_tracker(recs).positions()
    assert len(p.history) == 3 and p.history[-1].date is None
    assert p.latest.act == "offer" and p.latest.date == "2051-03-20"
    assert p.to_dict()["act"] == "offer"


def test_a_position_told_only_undated_keeps_its_last_statement_as_latest() -> None:
    # near miss: nothing is dated, so the last statement is the latest
    (p,) = build_tracker([_stance("t/4", None, "demand", "Quorland demanded the islands again.")]).positions()
    assert p.latest.act == "demand" and p.latest.date is None
