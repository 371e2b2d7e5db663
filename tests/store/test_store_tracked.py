"""The tracked tables in a real store: what the queries read equals the in-memory merge
of the stored records; adding reports in any order and in any batches gives the tables
one rebuild gives; SQLite and PostgreSQL give the same rows; a rules change is a retrack."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.tracker.build import report
from tests.tracker.cases import valletta_round

from parley import service
from parley.store import tracked
from parley.store.db import Store
from parley.track.negotiation import build_tracker
from parley.track.sources import StoredRecord


def _more_reports() -> list[StoredRecord]:
    """Reports of other invented talks: a process that appears only later, a namesake,
    a report naming no party, a one-party account, an accusation of breach."""
    t1 = "Aland and Borduria met in Lisbon on Monday. Minister Anna Kovic led Aland's team."
    t2 = "Talks in Lisbon went on on Tuesday. Kovic said progress was made."
    t3 = ("Aland accused Borduria of breaking the truce. Aland and Borduria agreed a truce in Lisbon. "
          "Petra Kovic of Borduria disagreed.")
    t4 = "Ruritanian envoys met Borduria's team in Bern on Friday, with Aland mediating. The truce held."
    t5 = "Aland and Ruritania met in Reykjavik on Monday. Anna Kovic led the talks."
    return [
        # her party is given only by later reports: her tracked id moves as they come, and
        # this meeting (another process, another block) must follow it
        report("more/5", "2034-01-09", t5, outlet="Outlet G",
               actors=({"name": "Anna Kovic"},),
               meetings=({"date": "2034-01-09", "place": "Reykjavik", "parties": ["ALD", "RUR"],
                          "heads": {"ALD": "Anna Kovic"}, "say": "Aland and Ruritania met in Reykjavik on Monday."},)),
        report("more/1", "2034-02-06", t1, outlet="Outlet D",
               actors=({"name": "Anna Kovic", "party": "ALD", "roles": ["minister"]},),
               meetings=({"date": "2034-02-06", "place": "Lisbon", "parties": ["ALD", "BRD"],
                          "heads": {"ALD": "Anna Kovic"}, "say": "Aland and Borduria met in Lisbon on Monday."},)),
        report("more/2", "2034-02-07", t2, outlet="Outlet E",
               actors=({"name": "Kovic", "party": "ALD"},),
               meetings=({"date": "2034-02-07", "place": "Lisbon", "say": "Talks in Lisbon went on on Tuesday."},)),
        report("more/3", "2034-02-20", t3, outlet="Outlet D",
               actors=({"name": "Petra Kovic", "party": "BRD"},),
               statements=({"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "date": "2034-02-08",
                            "say": "Aland and Borduria agreed a truce in Lisbon."},
                           {"act": "accuse", "actors": ["ALD"], "issue": "ceasefire", "target": ["BRD"],
                            "say": "Aland accused Borduria of breaking the truce."})),
        report("more/4", "2034-03-03", t4, outlet="Outlet F",
               meetings=({"date": "2034-03-03", "place": "Bern", "parties": ["BRD", "RUR"], "mediators": ["ALD"],
                          "say": "Ruritanian envoys met Borduria's team in Bern on Friday"},),
               statements=({"act": "implement", "actors": ["BRD", "RUR"], "issue": "ceasefire",
                            "say": "The truce held."},)),
    ]


def _all_reports() -> list[StoredRecord]:
    return valletta_round() + _more_reports()


def _add(store: Store, records: list[StoredRecord]) -> None:
    for sr in records:
        store.add(sr.record.to_dict(), path=sr.source.url)


def _dump(url: str) -> dict[str, list[tuple]]:
    with Store(url) as store, store.tracked() as conn:
        return tracked.dump(conn)


def test_queries_read_what_the_in_memory_merge_gives(store_url: str) -> None:
    with Store(store_url) as store:
        _add(store, _all_reports())
        pending = store.engine.connect()
        assert tracked.pending_count(pending) == len(_all_reports())  # written with the reports
        pending.close()
        store.track()
        memory = build_tracker(store.iter_records())
    got = service.timeline(db=store_url)
    assert [m.to_dict() for m in got] == [m.to_dict() for m in memory.timeline()]
    assert [p.to_dict() for p in service.positions(db=store_url)] == [p.to_dict() for p in memory.positions()]
    assert [c.to_dict() for c in service.commitments(db=store_url)] == [c.to_dict() for c in memory.commitments()]
    for codes in (["RUS", "UKR"], ["ALD"], ["FIN", "USA"]):
        assert [m.id for m in service.timeline(db=store_url, parties=codes)] == [
            m.id for m in memory.timeline(parties=codes)]
        assert [p.to_dict() for p in service.positions(db=store_url, parties=codes)] == [
            p.to_dict() for p in memory.positions(parties=codes)]
        assert [c.to_dict() for c in service.commitments(db=store_url, parties=codes)] == [
            c.to_dict() for c in memory.commitments(parties=codes)]
    m = memory.timeline(parties=["RUS", "UKR"])[0]
    shown = service.show(m.id, db=store_url)
    assert shown["id"] == m.id and len(shown["evidence"]) == 3
    assert any("Valletta" in s for e in shown["evidence"] for s in e["sentences"])
    person = next(a for a in memory.actors if a.name == "Anna Kovic")
    assert service.show(person.id, db=store_url)["names"] == ["Anna Kovic", "Kovic"]
    assert service.show("p-rus-ukr", db=store_url)["meetings"] == [m.id]


def test_links_from_every_item_to_its_tracked_item(store_url: str) -> None:
    with Store(store_url) as store:
        _add(store, _all_reports())
        store.track()
        with store.engine.connect() as conn:
            items = conn.execute(sa.text("SELECT count(*) FROM actors")).scalar() + conn.execute(
                sa.text("SELECT count(*) FROM meetings")).scalar() + conn.execute(
                sa.text("SELECT count(*) FROM statements")).scalar()
            links = conn.execute(sa.select(sa.func.count()).select_from(tracked.track_mentions)).scalar()
            unlinked = conn.execute(sa.select(sa.func.count()).select_from(tracked.track_mentions).where(
                tracked.track_mentions.c.tracked_id.is_(None))).scalar()
    assert links == items and unlinked == 0


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.randoms(use_true_random=False), st.integers(min_value=1, max_value=5))
def test_any_order_any_batches_give_the_tables_of_one_rebuild(tmp_path_factory: pytest.TempPathFactory,
                                                              rnd: random.Random, batches: int) -> None:
    folder = tmp_path_factory.mktemp("order")
    records = _all_reports()
    rnd.shuffle(records)
    cuts = sorted(rnd.sample(range(1, len(records)), min(batches - 1, len(records) - 1)))
    url = f"sqlite:///{folder / 'inc.db'}"
    with Store(url) as store:
        start = 0
        for cut in [*cuts, len(records)]:
            _add(store, records[start:cut])
            store.track()
            start = cut
        incremental = _dump(url)
        store.retrack()
    assert _dump(url) == incremental
    one = f"sqlite:///{folder / 'one.db'}"
    with Store(one) as store:
        _add(store, _all_reports())
    assert _dump(one) == incremental


def test_sqlite_and_postgresql_give_identical_tables(tmp_path: Path, pg_url: str) -> None:
    lite = f"sqlite:///{tmp_path / 'lite.db'}"
    for url in (lite, pg_url):
        with Store(url) as store:
            recs = _all_reports()
            _add(store, recs[:4])
            store.track()
            _add(store, recs[4:])
    a, b = _dump(lite), _dump(pg_url)
    assert a == b
    assert a["track_meetings"] and a["track_commitments"] and a["track_positions"]


def test_a_rules_change_says_a_retrack_is_due_and_the_next_query_does_it(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'r.db'}"
    with Store(url) as store:
        _add(store, _all_reports())
        store.track()
        before = _dump(url)
        with store.engine.begin() as conn:
            conn.execute(tracked.track_state.update().values(value="track-0"))
            conn.execute(tracked.track_meetings.delete())
            assert tracked.needs_tracking(conn)
    assert len(service.timeline(db=url)) == len(before["track_meetings"])
    assert _dump(url) == before


def test_a_crash_before_the_merge_leaves_the_reports_pending(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    with Store(url) as store:
        _add(store, valletta_round())  # stored, never merged: as if the process died here
    with Store(url) as store, store.engine.connect() as conn:
        assert tracked.pending_count(conn) == 5
    assert len(service.timeline(db=url)) == 2  # the first query merges them
    with Store(url) as store, store.engine.connect() as conn:
        assert tracked.pending_count(conn) == 0


def test_cli_retrack_and_tables_that_fit_80_columns(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    from parley.cli import main

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    with Store(url) as store:
        _add(store, _all_reports())
    monkeypatch.setenv("COLUMNS", "80")
    assert main(["retrack", "--db", url]) == 0
    capsys.readouterr()
    for command in (["timeline"], ["positions"], ["commitments"], ["timeline", "--parties", "RUS,UKR"]):
        assert main([*command, "--db", url]) == 0
        out = capsys.readouterr().out
        assert out.strip() and max(len(line) for line in out.splitlines()) <= 80, command
    assert main(["timeline", "--wide", "--db", url]) == 0
    wide = capsys.readouterr().out
    assert "mediators" in wide and "conflicts" in wide
    assert main(["positions", "--parties", "RUS,UKR", "--json", "--db", url]) == 0
    import json

    rows = json.loads(capsys.readouterr().out)
    assert rows and {r["party"] for r in rows} <= {"RUS", "UKR"}
