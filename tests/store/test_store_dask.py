"""``parley add --engine dask``: extraction on a real Dask LocalCluster stores exactly
what the local run stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.batch import add_paths
from parley.store.db import Store

pytest.importorskip("distributed")


def test_dask_engine_stores_the_same_as_local(tmp_path: Path, corpus: Path) -> None:
    local, dask = (f"sqlite:///{tmp_path / n}" for n in ("local.db", "dask.db"))
    with Store(local) as store:
        expected = add_paths(store, [corpus], workers=1)
        want = [(s.source, s.record) for s in store.iter_records()]
    with Store(dask) as store:
        got_report = add_paths(store, [corpus], workers=2, engine="dask")
        got = [(s.source, s.record) for s in store.iter_records()]
        again = add_paths(store, [corpus], workers=2, engine="dask")
    assert (got_report.added, got_report.skipped, got_report.failed) == (expected.added, expected.skipped, 0)
    assert got == want
    assert (again.added, again.unchanged) == (0, expected.added)


def test_dask_scheduler_address_is_used(tmp_path: Path, corpus: Path) -> None:
    """Pointing --scheduler at a running cluster, as one would at a real one."""
    from distributed import LocalCluster

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            Store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        r = add_paths(store, [corpus], engine="dask", scheduler=cluster.scheduler_address)
        assert (r.added, r.failed) == (9, 0)


def test_unreachable_scheduler_is_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from parley import batch
    from parley.errors import StoreError

    monkeypatch.setattr(batch, "DASK_CONNECT_TIMEOUT_S", 2)
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store, pytest.raises(StoreError, match="cannot reach"):
        add_paths(store, [tmp_path], engine="dask", scheduler="tcp://127.0.0.1:1")
