"""Exports (JSON Lines, CSV, PLOVER with CAMEO codes) and the query commands over a
real store, end to end through ``parley add``."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from parley.track.export import cameo_code, export_csv, export_jsonl, plover_events, plover_of
from parley.track.negotiation import build_tracker

from .build import report
from .cases import valletta_round


def test_declared_and_carried_out_ceasefires_have_different_codes() -> None:
    assert cameo_code("agree", "ceasefire") == "0871"
    assert cameo_code("implement", "ceasefire") == "087"
    assert plover_of("0871") == ("RETREAT", "ceasefire")
    assert cameo_code("demand", "territory") == "105" and cameo_code("accuse", "nuclear") == "112"
    assert cameo_code("threaten", "other") == "130" and cameo_code("propose", "talks_format") == "036"


def test_plover_events_cover_meetings_and_statements() -> None:
    text = "They declared a truce. The truce held overnight."
    recs = [report("f/1", "2030-04-01", text, statements=(
        {"act": "agree", "actors": ["AAA", "BBB"], "issue": "ceasefire", "say": "They declared a truce."},
        {"act": "implement", "actors": ["AAA", "BBB"], "issue": "ceasefire", "date": "2030-04-02",
         "say": "The truce held overnight."}))]
    events = plover_events(build_tracker(recs + valletta_round()))
    kinds = {(e.get("act"), e.get("ceasefire")) for e in events}
    assert ("agree", "declared") in kinds and ("implement", "carried_out") in kinds
    meeting = next(e for e in events if e["id"].startswith("m-"))
    assert meeting["event_type"] == "CONSULT" and meeting["cameo"]["code"] == "046"
    assert all(e["sources"] and e["cameo"]["version"] == "CAMEO 1.1b3" for e in events)
    json.dumps(events)  # plain JSON


def test_jsonl_and_csv_exports(tmp_path: Path) -> None:
    recs = valletta_round()
    out = io.StringIO()
    assert export_jsonl(recs, out) == len(recs)
    lines = [json.loads(x) for x in out.getvalue().splitlines()]
    assert lines[0]["schema"] == "parley.record/1" and lines[0]["doc_id"] == recs[0].source.doc_id

    tracker = build_tracker(recs)
    counts = export_csv(recs, tracker, tmp_path / "csv")
    assert counts["sources"] == len(recs) and counts["meetings"] == 4
    with (tmp_path / "csv" / "meetings.csv").open() as f:
        rows = list(csv.DictReader(f))
    merged = {r["tracked_id"] for r in rows if r["place"] == "Valletta" and "RUS" in r["parties"]}
    assert len(merged) == 1  # the three accounts of one round share its tracked id
    assert {p.name for p in (tmp_path / "csv").iterdir()} == {
        "sources.csv", "actors.csv", "meetings.csv", "statements.csv", "quotes.csv"}


REPORTS = {
    "a.txt": ("REYKJAVIK, March 3 (Test Wire) - Icelandic and Uruguayan delegations met in Montevideo on Monday "
              "for talks on a ceasefire, officials said. The two sides agreed to exchange prisoners.\n"),
    "b.txt": ("Officials said delegations from Iceland and Uruguay held talks in Montevideo on Monday. "
              "Uruguay demanded a full ceasefire, while Iceland rejected it.\n"),
}


@pytest.fixture
def store_with_reports(tmp_path: Path) -> str:
    from parley.cli import main

    folder = tmp_path / "reports"
    folder.mkdir()
    for name, text in REPORTS.items():
        (folder / name).write_text(text, encoding="utf-8")
    url = f"sqlite:///{tmp_path / 'p.db'}"
    assert main(["add", str(folder), "--db", url, "--workers", "1"]) == 0
    return url


def test_commands_end_to_end_through_read(store_with_reports: str, capsys: pytest.CaptureFixture[str]) -> None:
    from parley.cli import main

    url = store_with_reports
    capsys.readouterr()
    assert main(["timeline", "--json", "--db", url]) == 0
    meetings = json.loads(capsys.readouterr().out)
    assert isinstance(meetings, list)
    for m in meetings:  # whatever extraction finds, every meeting keeps its reports
        assert m["sources"] and {"date", "place", "venue", "round", "status", "parties", "mediators"} <= set(m)
    # the same meeting is never listed twice for the same place and day
    keys = [(m["date"], m["place"], tuple(m["parties"])) for m in meetings if m["date"] and m["place"]]
    assert len(keys) == len(set(keys))
    for command in (["positions", "--json"], ["commitments", "--json"], ["timeline", "--parties", "ISL,URY"],
                    ["positions"], ["commitments"]):
        assert main([*command, "--db", url]) == 0
    capsys.readouterr()
    assert main(["export", "--format", "plover", "--db", url]) == 0
    assert isinstance(json.loads(capsys.readouterr().out), list)
    assert main(["show", "m-none", "--db", url]) == 4  # a usage error: no such id
