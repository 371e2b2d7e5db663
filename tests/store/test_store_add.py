"""``parley add``: folders, JSON Lines, stdin; idempotent; skips what is not a report; never
stopped by one bad file; the same results with any number of workers."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from parley.batch import AddReport, add_paths, estimate_inputs, iter_inputs
from parley.store.db import Store

from .conftest import report_text, write_reports


def ids_and_paths(url: str) -> list[tuple[str, str | None]]:
    with Store(url) as store:
        return sorted((s.source.doc_id, s.source.path) for s in store.iter_records())


def test_add_folder_then_again_adds_nothing(store_url: str, corpus: Path) -> None:
    with Store(store_url) as store:
        first = add_paths(store, [corpus], workers=1)
        assert (first.added, first.unchanged, first.skipped, first.failed) == (9, 0, 2, 0)
        assert {Path(n).name for n, _ in first.skips} == {"README.md", "manifest.jsonl"}
        assert first.done == estimate_inputs([corpus]) == 9 + 1 + 9  # the progress bar ends full
        second = add_paths(store, [corpus], workers=1)
        assert (second.added, second.unchanged, second.skipped, second.failed) == (0, 9, 2, 0)
        assert store.stats()["documents"] == 9


def test_same_report_under_another_name_is_unchanged(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    a = tmp_path / "a.txt"
    a.write_text(report_text(1), encoding="utf-8")
    b = tmp_path / "copy" / "b.txt"  # same words, other line breaks: the cleaned text is the same
    b.parent.mkdir()
    b.write_text(report_text(1).replace("\n\n", "\n\n\n") + "\n", encoding="utf-8")
    with Store(url) as store:
        r = add_paths(store, [a, b], workers=1)
    assert (r.added, r.unchanged) == (1, 1)


def test_json_lines_corpus(store_url: str, tmp_path: Path) -> None:
    lines = tmp_path / "reports.jsonl"
    rows = [{"url": f"https://news.example/{i}", "text": report_text(i)} for i in range(5)]
    rows.insert(2, {"id": "not-a-report"})
    lines.write_text("".join(json.dumps(r) + "\n" for r in rows) + "\n{broken\n", encoding="utf-8")
    with Store(store_url) as store:
        r = add_paths(store, [lines], workers=1)
        assert (r.added, r.skipped, r.failed) == (5, 1, 1)
        assert r.failures[0][0].endswith("reports.jsonl:8") and "malformed" in r.failures[0][1]
        again = add_paths(store, [lines], workers=1)
        assert (again.added, again.unchanged) == (0, 5)
        paths = sorted(s.source.path for s in store.iter_records())
    assert paths == [f"{lines}:{n}" for n in (1, 2, 4, 5, 6)]


def test_one_bad_file_never_stops_the_batch(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    write_reports(folder, 4)
    (folder / "broken.json").write_text('{"text": "unterminated', encoding="utf-8")
    (folder / "empty.txt").write_text("   \n", encoding="utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    (folder / "notes.txt").write_bytes(b"\x00\x01\x02 binary junk")
    url = f"sqlite:///{tmp_path / 'p.db'}"
    with Store(url) as store:
        r = add_paths(store, [folder, tmp_path / "missing.txt"], workers=2)
        assert r.added == 4
        failed = {Path(n).name: why for n, why in r.failures}
        assert set(failed) == {"broken.json", "missing.txt"}
        assert all("\n" not in why for why in failed.values())
        assert {Path(n).name for n, _ in r.skips} >= {"photo.png", "empty.txt"}
        assert r.seen == 4 + 2 + r.skipped
        assert store.stats()["documents"] == 4


def test_workers_store_the_same_as_one_process(tmp_path: Path, corpus: Path) -> None:
    one, two = (f"sqlite:///{tmp_path / n}" for n in ("one.db", "two.db"))
    for url, workers in ((one, 1), (two, 2)):
        with Store(url) as store:
            r = add_paths(store, [corpus], workers=workers)
            assert (r.added, r.skipped, r.failed) == (9, 2, 0)
    assert ids_and_paths(one) == ids_and_paths(two)
    with Store(one) as a, Store(two) as b:
        assert [s.record for s in a.iter_records()] == [s.record for s in b.iter_records()]


def test_iter_inputs_streams(tmp_path: Path) -> None:
    """Inputs come one at a time: taking the first does not read the rest."""
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as f:
        for i in range(2000):
            f.write(json.dumps({"text": report_text(i)}) + "\n")
    it = iter_inputs([big])
    first = next(it)
    assert first.name == f"{big}:1"
    assert sum(1 for _ in it) == 1999


def parley(*args: str, cwd: Path, stdin: str | None = None, env: dict[str, str] | None = None
           ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "parley.cli", *args], cwd=cwd, input=stdin, text=True,
                          capture_output=True, timeout=120, env={**os.environ, **(env or {})})


def test_cli_add_stats_and_stdin(tmp_path: Path, corpus: Path) -> None:
    db = f"sqlite:///{tmp_path / 'cli.db'}"
    r = parley("add", str(corpus), "--db", db, "--json", "--workers", "2", cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["added"] == 9
    lines = "".join(json.dumps({"text": report_text(i)}) + "\n" for i in (40, 41))
    r = parley("add", "-", "--db", db, "--json", cwd=tmp_path, stdin=lines)
    assert json.loads(r.stdout)["added"] == 2, r.stderr
    r = parley("add", "-", "--db", db, "--json", cwd=tmp_path, stdin=report_text(42))
    assert json.loads(r.stdout)["added"] == 1, r.stderr
    r = parley("stats", "--json", cwd=tmp_path, env={"PARLEY_DB": db})
    assert json.loads(r.stdout)["documents"] == 12


def test_cli_reports_failures_in_one_line_each(tmp_path: Path) -> None:
    (tmp_path / "bad.json").write_text("{nope", encoding="utf-8")
    (tmp_path / "good.txt").write_text(report_text(3), encoding="utf-8")
    r = parley("add", "bad.json", "good.txt", "--db", "p.db", "--quiet", cwd=tmp_path)
    assert r.returncode == 1
    assert "added 1, unchanged 0, skipped 0, failed 1" in r.stderr
    assert "failed: bad.json: malformed JSON" in r.stderr and "Traceback" not in r.stderr
    assert (tmp_path / "p.db").exists()


def test_cli_bad_store_is_one_line(tmp_path: Path) -> None:
    r = parley("stats", "--db", "postgresql+psycopg://nobody:pw@127.0.0.1:1/none", cwd=tmp_path)
    assert r.returncode == 3 and "E200" in r.stderr and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_report_counts_as_json() -> None:
    r = AddReport(added=2)
    r.fail("x.json", "malformed JSON")
    assert r.to_dict()["failures"] == [{"input": "x.json", "reason": "malformed JSON"}]


@pytest.mark.parametrize("workers", [0, -1])
def test_workers_must_be_positive(tmp_path: Path, workers: int) -> None:
    from parley.errors import StoreError

    with Store(f"sqlite:///{tmp_path / 'p.db'}") as store, pytest.raises(StoreError):
        add_paths(store, [tmp_path], workers=workers)


def test_progress_total_counts_a_folder_under_a_hidden_one(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # issue 9: a bar showed "70/0" where a folder of the path given starts with a dot
    write_reports(tmp_path / ".cache" / "wire", 3)
    (tmp_path / ".cache" / "wire" / ".skipped.json").write_text("{}", encoding="utf-8")
    monkeypatch.chdir(tmp_path / ".cache")
    assert estimate_inputs(["../.cache/wire"]) == 3
    assert estimate_inputs([str(tmp_path / ".cache" / "wire")]) == 3
