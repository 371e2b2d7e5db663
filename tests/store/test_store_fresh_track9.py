"""The merge after ``Store.add`` in the same process (issue 9: add throughput with
tracking). The store keeps the item rows it has just written and ``track`` merges those
instead of reading them back; a full build fills emptied SQLite tables before their
indexes; the cycle collector is off during the merge. Each must leave the tracked tables
exactly as a merge from the stored rows leaves them. Invented reports (Ruritania RUR,
Borduria BRD, Grand Fenwick GFW)."""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import pytest
import sqlalchemy as sa
from tests.tracker.build import report

from parley.errors import StoreError
from parley.store import tracked
from parley.store.db import Store

MET = "Ruritanian and Bordurian envoys met in Strelsau on Monday, with Fenwick mediating."
SWAP = "They agreed to swap 250 prisoners each."
STEP = "Some 120 prisoners went home."
PAUSE = "Borduria offered a pause of about 3 to 5 days."


def _records() -> list[dict[str, Any]]:
    a = report("wire/1", "2044-02-01", f"{MET} {SWAP} {PAUSE} Envoy Ana Kovač spoke.",
               actors=({"name": "Ana Kovač", "party": "RUR", "roles": ["envoy"]},),
               meetings=({"date": "2044-01-31", "place": "Strelsau", "round": 2, "minutes": 95,
                          "parties": ["RUR", "BRD"], "mediators": ["GFW"], "heads": {"RUR": "Ana Kovač"},
                          "say": MET},),
               statements=({"act": "agree", "actors": ["RUR", "BRD"], "issue": "prisoner_exchange",
                            "quantity": {"value": 250, "unit": "prisoners", "per_party": True}, "say": SWAP},
                           {"act": "offer", "actors": ["BRD"], "issue": "ceasefire",
                            "quantity": {"low": 3, "high": 5, "unit": "days", "approximate": True},
                            "say": PAUSE})).record.to_dict()
    # two spans of evidence, format and chairs, a repeated item id (stored as s1~2)
    a["meetings"][0]["evidence"].append([a["document"]["text"].index(SWAP), a["document"]["text"].index(SWAP) + 10])
    a["meetings"][0]["format"] = ["in person"]
    a["meetings"][0]["chairs"] = ["GFW"]
    a["statements"].append({**a["statements"][0], "issue": "humanitarian"})
    b = report("wire/2", "2044-02-03", f"{STEP} {MET}",
               statements=({"act": "implement", "actors": ["RUR", "BRD"], "issue": "prisoner_exchange",
                            "date": "2044-02-02", "quantity": {"value": 120.0, "unit": "prisoners"},
                            "say": STEP},)).record.to_dict()
    c = report("wire/3", "2044-02-04", "Nothing was said.").record.to_dict()  # a report with no items
    return [a, b, c]


def test_the_rows_kept_at_add_are_the_items_read_back(store_url: str) -> None:
    with Store(store_url) as store:
        recs = _records()
        store.add(recs[0], path="wire/1")
        store.add_many([(r, f"wire/{i}", None) for i, r in enumerate(recs[1:], 2)])
        ids = sorted(store._fresh)
        assert len(ids) == 3
        kept = tracked.fresh_docs(store._fresh, ids)
        with store.engine.connect() as conn:
            read = tracked.load_docs(conn, ids)
        assert kept == read
        statements = [s for d in kept.values() for _, s, _ in d.statements]
        assert {i for d in kept.values() for i, _, _ in d.statements} >= {"s1", "s1~2"}
        assert any(s.quantity and s.quantity.value == 250.0 and type(s.quantity.value) is float for s in statements)
        store.track()
        assert store._fresh == {}  # merged: nothing kept after


def test_a_merge_of_what_the_store_kept_equals_a_merge_read_from_the_store(store_url: str) -> None:
    with Store(store_url) as store:
        for i, r in enumerate(_records()):
            store.add(r, path=f"wire/{i}")
        assert store._fresh
        store.track()
        with store.engine.connect() as conn:
            kept = tracked.dump(conn)
    with Store(store_url) as other:  # a new process: nothing kept, every row read back
        assert other._fresh == {}
        other.retrack()
        with other.engine.connect() as conn:
            assert tracked.dump(conn) == kept
    assert kept["track_meetings"] and kept["track_commitments"]


def test_a_batch_that_failed_is_not_kept(tmp_path: Path) -> None:
    # near miss: rows written in a transaction that rolled back are no report to merge
    bad = _records()[1]
    bad["actors"] = [{"id": "a1", "name": None, "kind": "person", "evidence": [[0, 4]]}]  # NOT NULL
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        with pytest.raises(StoreError):
            store.add_many([(_records()[0], "wire/1", None), (bad, "wire/2", None)])
        assert store._fresh == {}
        store.add(_records()[0], path="wire/1")
        assert len(store._fresh) == 1


def _indexes(url: str) -> list[tuple[str, str]]:
    eng = sa.create_engine(url)
    with eng.connect() as conn:
        got = conn.exec_driver_sql("SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name").all()
    eng.dispose()
    return [(r[0], r[1]) for r in got]


def test_a_full_build_made_before_its_indexes_gives_the_same_tables_and_indexes(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    dumps, indexes, texts = [], [], []
    for bulk in (10**9, 1):  # never, and for every table (written straight to the driver)
        monkeypatch.setattr(tracked, "BULK_ROWS", bulk)
        url = f"sqlite:///{tmp_path / f'b{bulk}.db'}"
        with Store(url) as store:
            for i, r in enumerate(_records()):
                store.add(r, path=f"wire/{i}")
            store.track()
            with store.engine.connect() as conn:
                dumps.append(tracked.dump(conn))
                # the stored text itself, JSON columns included, byte for byte
                texts.append({t.name: sorted(map(tuple, conn.exec_driver_sql(f"SELECT * FROM {t.name}").all()),
                                             key=repr) for t in tracked.TRACKED_TABLES})
            assert store.integrity_check() == "ok"
        indexes.append(_indexes(url))
    assert dumps[0] == dumps[1] and texts[0] == texts[1]
    assert any(row for row in texts[1]["track_statements"])
    assert indexes[0] == indexes[1] and any(n == "ix_track_mentions_kind_block" for n, _ in indexes[1])


def test_the_merge_leaves_the_cycle_collector_as_it_found_it(tmp_path: Path) -> None:
    for enabled in (True, False):
        (gc.enable if enabled else gc.disable)()
        try:
            with Store(f"sqlite:///{tmp_path / f'g{enabled}.db'}") as store:
                store.add(_records()[0], path="wire/1")
                store.track()
            assert gc.isenabled() is enabled
        finally:
            gc.enable()
