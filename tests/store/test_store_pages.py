"""Lists a page at a time, and capped lists of sources: what a page shows is a slice of
the whole, and the counts are over the whole."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tests.store.test_store_tracked import _add, _all_reports

from parley import service
from parley.cli import main
from parley.serve.app import create_app
from parley.store.db import Store


@pytest.fixture
def db(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    with Store(url) as store:
        _add(store, _all_reports())
        store.track()
    return url


def test_pages_of_the_timeline_and_the_ledger_make_the_whole(db: str) -> None:
    whole = [m.id for m in service.timeline(db=db)]
    assert len(whole) >= 4
    pages, total = [], None
    for offset in range(0, len(whole), 2):
        got, total = service.timeline_page(db=db, limit=2, offset=offset)
        pages += [m.id for m in got]
    assert pages == whole and total == len(whole)
    assert service.timeline_page(db=db, limit=2, offset=len(whole))[0] == ()  # past the end: nothing
    ledger = [c.statement.id for c in service.commitments(db=db)]
    one, n = service.commitments_page(db=db, limit=1, offset=0)
    assert n == len(ledger) and [c.statement.id for c in one] == ledger[:1]


def test_a_position_shows_its_last_acts_and_counts_all_of_them(db: str) -> None:
    full = {(p["process"], p["party"], p["issue"]): p for p in service.positions_page(db=db, history=None)[0]}
    short, total = service.positions_page(db=db, history=1)
    assert total == len(full) == len(short)
    long = [p for p in short if full[(p["process"], p["party"], p["issue"])]["history_total"] > 1]
    assert long, "the test store has a position with more than one act"
    for p in short:
        f = full[(p["process"], p["party"], p["issue"])]
        assert p["history"] == f["history"][-1:]
        assert (p["changes"], p["sources_total"], p["history_total"]) == (
            f["changes"], f["sources_total"], len(f["history"]))
    # near miss: a history no longer than the cap is the whole, as positions() gives it
    assert [p.to_dict() for p in service.positions(db=db)] == [
        {k: v for k, v in p.items() if k != "history_total"} for p in full.values()]


def test_cli_limit_and_offset_and_the_line_that_says_so(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    whole = [m.id for m in service.timeline(db=db)]
    assert main(["timeline", "--json", "--limit", "2", "--offset", "1", "--db", db]) == 0
    out = capsys.readouterr()
    assert [m["id"] for m in json.loads(out.out)] == whole[1:3]
    assert f"meetings 2-3 of {len(whole)} shown" in out.err
    assert main(["timeline", "--json", "--limit", "0", "--db", db]) == 0
    out = capsys.readouterr()
    assert [m["id"] for m in json.loads(out.out)] == whole and out.err == ""


def test_show_and_the_pages_cap_a_long_list_of_sources(db: str, monkeypatch: pytest.MonkeyPatch) -> None:
    person = max((a for a in service.tracker(db).actors), key=lambda a: len(a.sources))
    n = len(person.sources)
    assert n >= 2
    monkeypatch.setattr(service, "SOURCES_SHOWN", 1)
    shown = service.show(person.id, db=db)
    assert len(shown["sources"]) == 1 and shown["sources_total"] == n
    assert len(shown["evidence"]) == 1 and shown["evidence_total"] == n
    page = service.person(person.id, db=db)
    assert len(page["per_source"]) == 1 and page["per_source_total"] == n


def test_the_api_pages_with_a_total_header(db: str) -> None:
    whole = [m.id for m in service.timeline(db=db)]
    with TestClient(create_app(db, None)) as c:
        r = c.get("/api/timeline?limit=2&offset=1")
        assert r.status_code == 200 and [m["id"] for m in r.json()] == whole[1:3]
        assert r.headers["x-total-count"] == str(len(whole))
        html = c.get("/timeline?limit=2&offset=2").text
        assert f"of {len(whole)}" in html and "offset=0" in html and ("offset=4" in html) == (len(whole) > 4)
        assert c.get("/api/timeline?limit=0").status_code == 422
        assert c.get("/api/positions").headers["x-total-count"] == str(len(service.positions(db=db)))


def _dashboard(url: str) -> dict:
    out: dict = {"processes": service.processes(db=url)}
    for p in out["processes"]:
        out[p["id"]] = service.process(p["id"], db=url)
    first = out[out["processes"][0]["id"]]
    out["meeting"] = service.meeting(first["timeline"][0]["id"], db=url)
    out["statement"] = service.statement(first["recent_statements"][0]["id"], db=url)
    people = {a.id for a in service.tracker(url).actors}
    out["people"] = [service.person(a, db=url) for a in sorted(people)]
    out["report"] = service.report(first["timeline"][0]["sources"][0]["doc_id"], db=url)
    out["timeline"] = service.timeline_view_page(db=url, limit=2, offset=1)
    out["positions"] = service.positions_view_page(db=url, parties="ALD")
    out["commitments"] = service.commitments_view_page(db=url)
    return out


def test_sqlite_and_postgresql_give_the_same_dashboard(tmp_path: Path, pg_url: str) -> None:
    lite = f"sqlite:///{tmp_path / 'lite.db'}"
    for url in (lite, pg_url):
        with Store(url) as store:
            _add(store, _all_reports())
            store.track()
    try:
        a, b = _dashboard(lite), _dashboard(pg_url)
    finally:
        service.close_stores()
    assert a == b
    assert any(p["meetings"] for p in a["processes"]) and a["people"] and any(
        x["statements"] or x["meetings"] for x in a["people"])
