"""Round 4: a round told by one outlet with the wrong pair of parties is that round, not a
second meeting: the only account of its table at a place and day where at least three
accounts tell another process's session with a side in common joins that session."""

from __future__ import annotations

from pathlib import Path

from tests.store.test_store_tracked import _add, _dump
from tests.tracker.build import report

from parley.store.db import Store
from parley.track.negotiation import build_tracker
from parley.track.sources import StoredRecord


def _round(doc: str, parties: list[str], *, day: str = "2031-05-04", place: str = "Valletta") -> StoredRecord:
    names = {"ALD": "Aland", "BRD": "Borduria", "RUR": "Ruritania", "SYL": "Syldavia"}
    text = f"Envoys of {' and '.join(names[p] for p in parties)} met in {place} on {day} ({doc})."
    return report(doc, day, text, meetings=({"date": day, "place": place, "parties": parties,
                                             "say": f"met in {place} on {day}"},))


def _majority() -> list[StoredRecord]:
    return [_round(f"lone/{i}", ["ALD", "BRD"]) for i in range(3)]


def _sizes(records: list[StoredRecord]) -> list[tuple[str | None, int]]:
    return sorted((m.process, len(m.sources)) for m in build_tracker(records).timeline())


def test_the_only_account_with_a_wrong_pair_joins_the_session_three_others_tell() -> None:
    assert _sizes([*_majority(), _round("lone/x", ["BRD", "RUR"])]) == [("p-ald-brd", 4)]


def test_near_miss_no_side_in_common_stays_a_meeting_of_its_own() -> None:
    assert _sizes([*_majority(), _round("lone/x", ["RUR", "SYL"])]) == [("p-ald-brd", 3), ("p-rur-syl", 1)]


def test_near_miss_two_accounts_of_the_other_table_are_a_second_meeting() -> None:
    got = _sizes([*_majority(), _round("lone/x", ["BRD", "RUR"]), _round("lone/y", ["BRD", "RUR"])])
    assert got == [("p-ald-brd", 3), ("p-brd-rur", 2)]


def test_near_miss_a_session_told_by_two_does_not_take_it() -> None:
    got = _sizes([*_majority()[:2], _round("lone/x", ["BRD", "RUR"])])
    assert got == [("p-ald-brd", 2), ("p-brd-rur", 1)]


def test_near_miss_another_day_or_place_stays_apart() -> None:
    assert _sizes([*_majority(), _round("lone/x", ["BRD", "RUR"], day="2031-05-09")]) == [
        ("p-ald-brd", 3), ("p-brd-rur", 1)]
    assert _sizes([*_majority(), _round("lone/x", ["BRD", "RUR"], place="Porto")]) == [
        ("p-ald-brd", 3), ("p-brd-rur", 1)]


def test_the_store_added_one_by_one_equals_a_rebuild(tmp_path: Path) -> None:
    # the lone account first, the majority after it: the step must move it when the third arrives
    url = f"sqlite:///{tmp_path / 'lone.db'}"
    with Store(url) as store:
        for r in [_round("lone/x", ["BRD", "RUR"]), *_majority()]:
            _add(store, [r])
            store.track()
        incremental = _dump(url)
        store.retrack()
    assert _dump(url) == incremental
    assert len(incremental["track_meetings"]) == 1
