"""Reliability of ``parley add`` as real processes: killed with kill -9 mid-run, and two
writers on one store at once. Nothing committed is lost, nothing is stored twice, and
the SQLite file passes its integrity check."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import sqlalchemy as sa

from parley.store.db import Store

from .conftest import write_reports

N_REPORTS = 60


SLOW_ADD = Path(__file__).with_name("slow_add.py")  # parley with a pause after each stored report


def start_add(folder: Path, url: str, *extra: str, pause_s: float = 0.0) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, str(SLOW_ADD), str(pause_s), "add", str(folder), "--db", url, "--json", *extra],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,  # its own process group, so that a failed test can clean up after it
    )


def children_of(pid: int) -> list[int]:
    """The pids whose parent is ``pid`` (Linux /proc)."""
    out = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if int(fields[1]) == pid:
            out.append(int(stat.parent.name))
    return out


def alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"  # a zombie has exited; only its parent's wait is missing


def count_documents(url: str) -> int:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            if not sa.inspect(conn).has_table("documents"):
                return 0
            return conn.execute(sa.text("SELECT count(*) FROM documents")).scalar() or 0
    finally:
        engine.dispose()


def assert_stored_once(url: str) -> None:
    with Store(url) as store:
        assert store.stats()["documents"] == N_REPORTS
        assert store.integrity_check() == "ok"
        with store.engine.connect() as conn:
            ids = conn.execute(sa.text("SELECT count(DISTINCT id), count(DISTINCT url) FROM documents")).one()
            records = conn.execute(sa.text("SELECT count(*) FROM records")).scalar()
            orphans = conn.execute(sa.text(
                "SELECT count(*) FROM documents d LEFT JOIN records r ON r.document_id = d.id "
                "WHERE r.document_id IS NULL")).scalar()
        assert tuple(ids) == (N_REPORTS, N_REPORTS) and records == N_REPORTS and orphans == 0
        urls = sorted(s.source.url for s in store.iter_records())
    assert urls == sorted(f"https://news.example/talks/{i}" for i in range(N_REPORTS))


def test_kill_9_mid_run_then_rerun_finishes_the_job(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    write_reports(folder, N_REPORTS)
    proc = start_add(folder, store_url, "--workers", "2", pause_s=0.05)
    deadline = time.monotonic() + 60
    try:
        while count_documents(store_url) < 10:
            assert proc.poll() is None, f"finished before it could be killed: {proc.stderr.read()}"
            assert time.monotonic() < deadline, "no report committed within 60 s"
            time.sleep(0.02)
    finally:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    committed = count_documents(store_url)
    assert 10 <= committed < N_REPORTS

    rerun = start_add(folder, store_url, "--workers", "1")
    out, err = rerun.communicate(timeout=120)
    assert rerun.returncode == 0, err
    report = json.loads(out)
    assert report["failed"] == 0
    assert report["added"] == N_REPORTS - committed and report["unchanged"] == committed
    assert_stored_once(store_url)


def test_two_writers_at_once_no_errors_no_duplicates(store_url: str, tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    write_reports(folder, N_REPORTS)
    # Both open the new store at the same moment too: the migration must run once.
    writers = [start_add(folder, store_url, "--workers", w, pause_s=0.02) for w in ("1", "2")]
    reports = []
    for proc in writers:
        out, err = proc.communicate(timeout=180)
        assert proc.returncode == 0, err
        assert "Traceback" not in err
        reports.append(json.loads(out))
    assert [r["failed"] for r in reports] == [0, 0]
    assert sum(r["added"] for r in reports) == N_REPORTS
    assert sum(r["unchanged"] for r in reports) == N_REPORTS
    assert_stored_once(store_url)


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads the process table from /proc")
@pytest.mark.parametrize("engine", [("--workers", "2"), ("--engine", "dask", "--workers", "1")],
                         ids=["local", "dask"])
def test_workers_exit_when_the_parent_is_killed(tmp_path: Path, engine: tuple[str, ...]) -> None:
    """kill -9 of the parent alone (not its process group): the pool workers must not live on."""
    if "dask" in engine:
        pytest.importorskip("distributed")
    folder = tmp_path / "reports"
    write_reports(folder, N_REPORTS)
    url = f"sqlite:///{tmp_path / 'parley.db'}"
    proc = start_add(folder, url, *engine, pause_s=0.05)
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while count_documents(url) < 3:
            assert proc.poll() is None, f"finished before it could be killed: {proc.stderr.read()}"
            assert time.monotonic() < deadline, "no report committed within 60 s"
            time.sleep(0.02)
        # the pool's workers, and whatever multiprocessing started beside them (its resource tracker)
        workers = children_of(proc.pid)
        assert len(workers) >= 2, workers
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)  # not communicate(): live workers would hold its pipes open
        deadline = time.monotonic() + 10
        while any(alive(p) for p in workers) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in workers if alive(p)], "workers outlived their parent"
    finally:
        for p in workers:
            if alive(p):
                os.kill(p, signal.SIGKILL)
        if proc.poll() is None:
            proc.kill()
        proc.communicate(timeout=30)
