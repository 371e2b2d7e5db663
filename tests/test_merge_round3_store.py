"""Round 3's rules give the same timeline and ledger from a real SQLite store as from one
in-memory rebuild (the store reads statements back without their mentions)."""

from __future__ import annotations

import inspect
from pathlib import Path

import test_merge_round3_ledger as ledger
import test_merge_round3_meetings as meetings
from parley import service
from parley.store.db import Store
from parley.track.negotiation import build_tracker
from parley.track.sources import StoredRecord


def _reports_of(module: object) -> list[StoredRecord]:
    """Every report the module's tests build, collected by running them with a recorder."""
    got: list[StoredRecord] = []
    real = module.build_tracker  # type: ignore[attr-defined]

    def recording(recs: list[StoredRecord]) -> object:
        got.extend(recs)
        return real(recs)

    module.build_tracker = recording  # type: ignore[attr-defined]
    try:
        for name, fn in inspect.getmembers(module, inspect.isfunction):
            if name.startswith("test_") and not inspect.signature(fn).parameters:
                fn()
    finally:
        module.build_tracker = real  # type: ignore[attr-defined]
    seen: dict[str, StoredRecord] = {}
    for sr in got:
        seen.setdefault(sr.source.doc_id, sr)
    return list(seen.values())


def _check(tmp_path: Path, records: list[StoredRecord]) -> None:
    url = f"sqlite:///{tmp_path / 'parley.db'}"
    with Store(url) as store:
        for sr in records:
            store.add(sr.record.to_dict(), path=sr.source.url)
        store.track()
        memory = build_tracker(store.iter_records())
    assert [m.to_dict() for m in service.timeline(db=url)] == [m.to_dict() for m in memory.timeline()]
    assert [c.to_dict() for c in service.commitments(db=url)] == [c.to_dict() for c in memory.commitments()]
    service.close_stores()


def test_the_ledger_rules_read_the_same_from_the_store(tmp_path: Path) -> None:
    records = _reports_of(ledger)
    assert len(records) >= 10
    _check(tmp_path, records)


def test_the_meeting_rules_read_the_same_from_the_store(tmp_path: Path) -> None:
    records = _reports_of(meetings)
    assert len(records) >= 20
    _check(tmp_path, records)
