"""Uncertainty as data: the coded diagnostics ``reader.diagnose`` adds to every record.

Reports here are invented, in our own words; each code has a near miss that must not fire.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from parley.model import Diagnostic, RawDocument, Record
from parley.reader.pipeline import extract


def read(text: str, **meta: str) -> Record:
    return extract(RawDocument(content=text, kind="json", meta=tuple(meta.items())))


def codes(record: Record, code: str) -> list[Diagnostic]:
    return [d for d in record.diagnostics if d.code == code]


def test_w101_a_quote_nobody_is_named_for() -> None:
    r = read("Envoys of Bolivia and Uruguay met in Windhoek on May 6, 2031.\n\n"
             "\"We will keep talking,\" one of the envoys said afterwards.")
    (d,) = codes(r, "W101")
    quote = r.quotes[0]
    assert quote.speaker is None and d.item == quote.id
    assert d.evidence and "We will keep talking" in d.evidence[0].of(r.document.text)


def test_w101_near_miss_a_named_speaker() -> None:
    r = read("Envoys of Bolivia and Uruguay met in Windhoek on May 6, 2031.\n\n"
             "\"We will keep talking,\" said Marta Ilvesi, the Uruguayan foreign minister.")
    assert r.quotes and r.quotes[0].speaker is not None
    assert codes(r, "W101") == []


TUESDAY = "Bolivian and Uruguayan negotiators met in Windhoek on Tuesday and agreed to exchange 200 prisoners each."


def test_w102_a_weekday_with_no_publication_date() -> None:
    r = read(TUESDAY)
    (d,) = codes(r, "W102")
    assert d.evidence[0].of(r.document.text) == "on Tuesday"
    assert d.item in {m.id for m in r.meetings} | {s.id for s in r.statements}
    assert r.meetings and r.meetings[0].date is None


def test_w102_near_misses_a_dated_report_or_an_absolute_date() -> None:
    assert codes(read(TUESDAY, published="2031-03-14"), "W102") == []
    assert codes(read(TUESDAY.replace("on Tuesday", "on May 6, 2031")), "W102") == []


# check-names: allow=CBS News (lexicon/outlets.py holds real outlets only; none of the reports comes from it)
def test_w103_party_from_the_outlet_not_from_the_words() -> None:
    text = "Secretary of State Lena Marsh met envoys in Lusaka on Tuesday. Marsh said the talks were useful."
    r = read(text, outlet="CBS News", published="2031-03-14")
    (actor,) = r.actors
    assert actor.affiliation == "USA"  # a US outlet's "Secretary of State", guessed
    (d,) = codes(r, "W103")
    assert d.item == actor.id and d.evidence[0].of(r.document.text) == "Lena Marsh"


def test_w103_near_miss_a_demonym_before_the_name() -> None:
    r = read("Uruguayan Foreign Minister Lena Marsh met envoys in Lusaka on Tuesday. Marsh said the talks were useful.",
             outlet="CBS News", published="2031-03-14")
    assert [a.affiliation for a in r.actors] == ["URY"]
    assert codes(r, "W103") == []


def test_w104_a_meeting_with_no_day() -> None:
    r = read("Bolivian and Uruguayan negotiators met in Windhoek on May 6, 2031 and agreed to exchange 200 prisoners "
             "each. No date was set for a new round of talks in Accra.")
    days = {m.place: m.date for m in r.meetings}
    assert days.get("Windhoek") == "2031-05-06"
    undated = [m.id for m in r.meetings if m.date is None]
    assert [d.item for d in codes(r, "W104")] == undated and undated


def test_document_warnings_are_diagnostics_too() -> None:
    r = extract(RawDocument(content="<html><body><nav>Home | World</nav></body></html>", kind="html"))
    assert r.document.text == ""
    assert [d.code for d in r.diagnostics] == ["W201"]


def test_json_carries_them_and_reads_them_back() -> None:
    r = read(TUESDAY + "\n\n\"We are ready,\" a senior official said.")
    data = json.loads(json.dumps(r.to_dict()))
    assert {d["code"] for d in data["diagnostics"]} >= {"W101", "W102"}
    assert all(set(d) == {"code", "message", "item", "evidence"} for d in data["diagnostics"])
    assert Record.from_dict(data) == r


def test_a_coded_line_is_read_as_a_diagnostic() -> None:
    r = Record.from_dict({**read(TUESDAY).to_dict(), "diagnostics": ["W101 unresolved speaker"]})
    assert r.diagnostics == (Diagnostic(code="W101", message="unresolved speaker"),)


def test_parley_read_prints_them(tmp_path: Path) -> None:
    path = tmp_path / "r.txt"
    path.write_text(TUESDAY + "\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "parley", "read", str(path)], capture_output=True, text=True,
                         timeout=120, env={**os.environ, "COLUMNS": "200"})
    assert out.returncode == 0, out.stderr
    assert "Diagnostics" in out.stdout and "W102 date unanchored" in out.stdout and "on Tuesday" in out.stdout
