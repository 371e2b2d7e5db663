"""``parley add`` on a folder that holds what a folder can hold besides reports: a FIFO, a
symlink to ``/dev/zero``, a JSON Lines "file" that is a FIFO. Run as a real process with
a timeout: the good reports are stored, the rest reported, in seconds, in little memory."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from parley.errors import InputError, TooLarge
from parley.reader.ingest import read_bytes
from parley.reader.ingest.files import CHUNK_BYTES, NotRegularFile, bounded_lines, open_regular, read_limited

from .conftest import report_text, write_reports

pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo") or not Path("/dev/zero").exists(),
                                reason="needs POSIX FIFOs and /dev/zero")


def _hostile_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "inbox"
    write_reports(folder, 3)
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(folder / "pipe.jsonl")
    (folder / "zero.txt").symlink_to("/dev/zero")
    (folder / "zero.json").symlink_to("/dev/zero")
    (folder / "null.jsonl").symlink_to("/dev/null")
    return folder


def test_add_stores_the_good_reports_and_reports_fifo_and_dev_zero(tmp_path: Path) -> None:
    folder = _hostile_folder(tmp_path)
    db = f"sqlite:///{tmp_path / 'p.db'}"
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "parley.cli", "add", str(folder), "--db", db, "--json",
                        "--workers", "1"], capture_output=True, text=True, timeout=60)
    took = time.monotonic() - t0
    out = json.loads(r.stdout)
    assert out["added"] == 3, (r.stdout, r.stderr)
    failed = {Path(f["input"]).name: f["reason"] for f in out["failures"]}
    assert set(failed) == {"pipe.txt", "pipe.jsonl", "zero.txt", "zero.json", "null.jsonl"}
    assert "FIFO" in failed["pipe.txt"] and "FIFO" in failed["pipe.jsonl"]
    assert "device" in failed["zero.txt"] and "symlink" in failed["zero.txt"]
    assert took < 30  # in practice about a second: nothing blocks, nothing is read whole


def test_reader_refuses_special_files_at_once(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "p")
    (tmp_path / "z").symlink_to("/dev/zero")
    for name in ("p", "z"):
        t0 = time.monotonic()
        with pytest.raises(NotRegularFile):
            read_bytes(tmp_path / name)
        with pytest.raises(NotRegularFile):
            open_regular(tmp_path / name)
        assert time.monotonic() - t0 < 1.0
    (tmp_path / "ok.txt").write_text("a report", encoding="utf-8")
    (tmp_path / "link.txt").symlink_to(tmp_path / "ok.txt")  # a link to a regular file is read
    assert read_bytes(tmp_path / "link.txt")[0] == b"a report"


def test_read_limited_stops_at_the_limit_whatever_the_size_says(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_bytes(b"x" * (3 * CHUNK_BYTES))
    assert read_limited(f, 3 * CHUNK_BYTES) == b"x" * (3 * CHUNK_BYTES)
    with pytest.raises(TooLarge):
        read_limited(f, 3 * CHUNK_BYTES - 1)

    class Endless:  # a stream that never ends, as /dev/zero or a growing file would be
        reads = 0

        def read(self, n: int) -> bytes:
            Endless.reads += 1
            return b"\0" * n

    from parley.reader.ingest.files import read_chunks

    data = read_chunks(Endless(), 10 * CHUNK_BYTES)  # type: ignore[arg-type]
    assert len(data) == 10 * CHUNK_BYTES + 1 and Endless.reads == 11


def test_bounded_lines_cuts_an_endless_line(tmp_path: Path) -> None:
    f = tmp_path / "c.jsonl"
    f.write_bytes(b'{"text": "one"}\n' + b"y" * 5000 + b"\n" + b'{"text": "two"}\n')
    with f.open("rb") as fh:
        lines = list(bounded_lines(fh, 100))
    assert [len(x) for x in lines] == [16, 101, 16]
    assert lines[2] == b'{"text": "two"}\n'


def test_missing_and_folder_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_bytes(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        read_bytes(tmp_path)
    (tmp_path / "dangling").symlink_to(tmp_path / "gone")
    with pytest.raises(InputError, match="cannot read"):
        read_bytes(tmp_path / "dangling")
    assert report_text(0)  # the shared fixture writer is the one the store tests use
