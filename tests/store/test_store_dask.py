"""``parley add --engine dask``: extraction on a real Dask LocalCluster stores exactly
what the local run stores. Every cluster here takes free ports and no dashboard, so the
tests pass beside another Dask (or anything else) on 8786/8787."""

from __future__ import annotations

import socket
from collections.abc import Iterator
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

    with LocalCluster(n_workers=1, threads_per_worker=1, processes=True, host="127.0.0.1", scheduler_port=0,
                      dashboard_address=":0", scheduler_kwargs={"dashboard": False}) as cluster, \
            Store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        r = add_paths(store, [corpus], engine="dask", scheduler=cluster.scheduler_address)
        assert (r.added, r.failed) == (9, 0)


def test_unreachable_scheduler_is_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from parley import batch
    from parley.errors import StoreError

    monkeypatch.setattr(batch, "DASK_CONNECT_TIMEOUT_S", 2)
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store, pytest.raises(StoreError, match="cannot reach"):
        add_paths(store, [tmp_path], engine="dask", scheduler="tcp://127.0.0.1:1")


@pytest.fixture
def port_8787_taken() -> Iterator[None]:
    """Something else listens on Dask's default dashboard port (if something already does, so much the better)."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        sock.bind(("127.0.0.1", 8787))
        sock.listen()
    except OSError:
        pass  # taken already: the condition this test wants
    try:
        yield
    finally:
        sock.close()


def test_dask_engine_needs_no_fixed_port(tmp_path: Path, corpus: Path, port_8787_taken: None) -> None:
    # a warning ("Port 8787 is already in use") would fail the test: pytest turns warnings into errors
    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store:
        r = add_paths(store, [corpus], workers=1, engine="dask")
    assert (r.added, r.failed) == (9, 0)
