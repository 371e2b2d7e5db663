"""Misuse gets one clear line and its exit status, never an empty answer or a traceback:
read-only commands on a store that is not there, dates that are not dates, export paths
that would overwrite or cannot be written, options argparse refuses."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from parley.cli import main

READ_ONLY = [["stats"], ["timeline"], ["positions"], ["commitments"], ["show", "m-1"], ["export"]]


def one_line(err: str) -> str:
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    return lines[0]


@pytest.fixture
def store(tmp_path: Path) -> str:
    """A real store with one report in it."""
    report = tmp_path / "r.txt"
    report.write_text("WINDHOEK - Bolivian and Chilean envoys met in Windhoek on May 6, 2031, officials said.\n",
                      encoding="utf-8")
    db = str(tmp_path / "parley.db")
    assert main(["add", str(report), "--db", db, "--workers", "1", "--quiet"]) == 0
    return db


@pytest.mark.parametrize("command", READ_ONLY, ids=lambda c: c[0])
def test_read_only_commands_refuse_a_store_that_is_not_there(tmp_path: Path, command: list[str],
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "parely.db"
    assert main([*command, "--db", str(typo)]) == 3
    line = one_line(capsys.readouterr().err)
    assert line.startswith("parley: E200 ") and "no store there" in line
    assert not typo.exists()  # and nothing was made


def test_a_file_that_is_not_a_parley_store_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    other = tmp_path / "other.db"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE notes (x TEXT)")
    conn.close()
    assert main(["timeline", "--db", str(other)]) == 3
    assert "not a parley store" in one_line(capsys.readouterr().err)
    text = tmp_path / "notes.db"
    text.write_text("not a database at all", encoding="utf-8")
    assert main(["stats", "--db", str(text)]) == 3
    assert one_line(capsys.readouterr().err).startswith("parley: E200 ")


def test_add_still_makes_a_new_store(tmp_path: Path, store: str) -> None:
    assert Path(store).is_file()


@pytest.mark.parametrize("option, value", [
    ("--since", "2026/01/01"), ("--since", "yesterday"), ("--until", "2026-13-01"), ("--until", "2026-02-30"),
    ("--since", "26-01-01"),
])
def test_dates_that_do_not_parse_are_refused(store: str, option: str, value: str,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["timeline", "--db", store, option, value]) == 4
    line = one_line(capsys.readouterr().err)
    assert line.startswith("parley: E300 ") and option in line and value in line


def test_dates_as_a_day_a_month_or_a_year(store: str, capsys: pytest.CaptureFixture[str]) -> None:
    def days(*args: str) -> list[str]:
        assert main(["timeline", "--db", store, "--json", *args]) == 0
        return [m["date"] for m in json.loads(capsys.readouterr().out)]

    assert days() == ["2031-05-06"]
    assert days("--since", "2031-05") == days("--since", "2031") == days("--until", "2031-05") == ["2031-05-06"]
    assert days("--since", "2031-05-07") == days("--until", "2031-04") == days("--until", "2031-05-05") == []
    assert days("--since", "2031-05-06", "--until", "2031-05-06") == ["2031-05-06"]


def test_export_never_overwrites_unless_forced(store: str, tmp_path: Path,
                                               capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "records.jsonl"
    out.write_text("keep me\n", encoding="utf-8")
    assert main(["export", "--db", store, "--out", str(out)]) == 4
    assert "--force" in one_line(capsys.readouterr().err)
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert main(["export", "--db", store, "--out", str(out), "--force"]) == 0
    assert json.loads(out.read_text(encoding="utf-8").splitlines()[0])["schema"] == "parley.record/1"


@pytest.mark.parametrize("fmt, name", [("jsonl", "no/such/folder/r.jsonl"), ("plover", "no/such/e.json"),
                                       ("csv", "no/such/tables")])
def test_export_into_a_missing_folder_is_refused(store: str, tmp_path: Path, fmt: str, name: str,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--db", store, "--format", fmt, "--out", str(tmp_path / name)]) == 4
    assert "no folder" in one_line(capsys.readouterr().err)
    assert not (tmp_path / "no").exists()


def test_csv_export_keeps_tables_already_there_unless_forced(store: str, tmp_path: Path,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "tables"
    assert main(["export", "--db", store, "--format", "csv", "--out", str(folder)]) == 0
    capsys.readouterr()
    assert main(["export", "--db", store, "--format", "csv", "--out", str(folder)]) == 4
    assert "--force" in one_line(capsys.readouterr().err)
    assert main(["export", "--db", store, "--format", "csv", "--out", str(folder), "--force"]) == 0


def test_an_option_argparse_refuses_is_one_usage_line(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as e:
        main(["export", "--format", "xml"])
    assert e.value.code == 4
    assert one_line(capsys.readouterr().err).startswith("parley: E300 argument --format")
