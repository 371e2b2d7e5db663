"""``Store.add_many``: several reports in one transaction, all of them or none."""

from __future__ import annotations

import pytest
import sqlalchemy as sa
from tests.tracker.build import report

from parley.errors import StoreError
from parley.store import tracked
from parley.store.db import Store


def _records() -> list[dict]:
    t1 = "Aland and Borduria met in Lisbon on Monday. Minister Anna Kovic led Aland's team."
    t2 = "Talks in Lisbon went on on Tuesday. Kovic said progress was made."
    return [
        report("batch/1", "2034-02-06", t1, actors=({"name": "Anna Kovic", "party": "ALD"},),
               meetings=({"date": "2034-02-06", "place": "Lisbon", "parties": ["ALD", "BRD"],
                          "say": "Aland and Borduria met in Lisbon on Monday."},)).record.to_dict(),
        report("batch/2", "2034-02-07", t2, actors=({"name": "Kovic", "party": "ALD"},),
               meetings=({"date": "2034-02-07", "place": "Lisbon",
                          "say": "Talks in Lisbon went on on Tuesday."},)).record.to_dict(),
    ]


def _counts(store: Store) -> tuple[int, int, int]:
    with store.engine.connect() as conn:
        docs = conn.execute(sa.text("SELECT count(*) FROM documents")).scalar()
        items = conn.execute(sa.text("SELECT count(*) FROM actors")).scalar()
        return int(docs or 0), int(items or 0), tracked.pending_count(conn)


def test_a_failure_on_the_last_report_stores_none_of_the_batch(store_url: str) -> None:
    good = _records()
    bad = report("batch/3", "2034-02-08", "Ruritania and Borduria met in Bern.",
                 meetings=({"date": "2034-02-08", "place": "Bern", "parties": ["BRD", "RUR"],
                            "say": "Ruritania and Borduria met in Bern."},)).record.to_dict()
    bad["actors"] = [{"id": "a1", "name": None, "kind": "person", "evidence": [[0, 9]]}]  # NOT NULL in the store
    with Store(store_url) as store:
        with pytest.raises(StoreError, match="nothing of the batch was stored"):
            store.add_many([(good[0], "in/1", "k1"), (good[1], "in/2", "k2"), (bad, "in/3", "k3")])
        assert _counts(store) == (0, 0, 0)
        assert store.known(["k1", "k2", "k3"]) == (set(), set())
        # the same good reports alone: stored, pending for the merge, each once
        got = store.add_many([(good[0], "in/1", "k1"), (good[1], "in/2", "k2"), (good[0], "in/1b", None)])
        assert [s for s, _ in got] == ["added", "added", "unchanged"]
        assert got[2][1] == got[0][1]
        assert _counts(store) == (2, 2, 2)
        assert store.known(["k1", "k2"])[0] == {"k1", "k2"}


def test_a_near_miss_batch_of_good_reports_is_what_single_adds_store(tmp_path) -> None:
    one, many = f"sqlite:///{tmp_path / 'one.db'}", f"sqlite:///{tmp_path / 'many.db'}"
    recs = _records()
    with Store(one) as a:
        singles = [a.add(r, path=f"in/{i}") for i, r in enumerate(recs)]
        a.track()
        with a.engine.connect() as conn:
            dump_a = tracked.dump(conn)
    with Store(many) as b:
        batch = b.add_many([(r, f"in/{i}", None) for i, r in enumerate(recs)])
        b.track()
        with b.engine.connect() as conn:
            dump_b = tracked.dump(conn)
    assert batch == singles
    assert dump_a == dump_b and dump_a["track_meetings"]
