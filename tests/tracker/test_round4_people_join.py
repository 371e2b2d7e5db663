"""Round 4: a new mention of a known person joins that person without a re-merge of its
block, only where the whole merge gives the same people; positions keep their counts.

Every case ends with the store equal to a rebuild (``retrack``) of the same reports.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import sqlalchemy as sa
from tests.store.test_store_tracked import _add, _dump
from tests.tracker.build import report

from parley.store import tracked
from parley.store.db import Store
from parley.track.sources import StoredRecord


def _kovic(doc: str, day: str, *, name: str = "Anna Kovic", party: str | None = "BRD",
           roles: tuple[str, ...] = ("foreign minister",)) -> StoredRecord:
    text = f"Foreign minister {name} of Borduria said on {day} that Borduria agreed to a truce with Ruritania."
    actor: dict[str, Any] = {"name": name, "party": party, "roles": list(roles), "say": name}
    return report(doc, day, text, actors=(actor,),
                  statements=({"act": "agree", "actors": ["BRD", "RUR"], "issue": "ceasefire",
                               "say": "Borduria agreed to a truce with Ruritania"},))


def _base() -> list[StoredRecord]:
    return [_kovic("join/1", "2031-03-01"), _kovic("join/2", "2031-03-02"),
            _kovic("join/3", "2031-03-03", name="Kovic", roles=()),
            _kovic("join/4", "2031-03-04", roles=("foreign minister", "envoy"))]


def _added(tmp_path: Path, new: StoredRecord) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Track the base reports, add ``new``: what the step did, the tables, a rebuild's tables."""
    url = f"sqlite:///{tmp_path / 'join.db'}"
    with Store(url) as store:
        _add(store, _base())
        store.track()
        _add(store, [new])
        got = store.track()
        incremental = _dump(url)
        store.retrack()
    return got, incremental, _dump(url)


def test_a_known_full_name_with_known_party_and_roles_joins_without_a_re_merge(tmp_path: Path) -> None:
    got, incremental, rebuilt = _added(tmp_path, _kovic("join/5", "2031-03-09"))
    assert got["people_joined"] == 1 and got["people_blocks"] == 0
    assert incremental == rebuilt


def test_a_known_bare_surname_joins_too(tmp_path: Path) -> None:
    got, incremental, rebuilt = _added(tmp_path, _kovic("join/6", "2031-03-09", name="Kovic", roles=()))
    assert got["people_joined"] == 1 and got["people_blocks"] == 0
    assert incremental == rebuilt


def test_near_miss_a_role_the_person_is_not_shown_with_is_merged_again(tmp_path: Path) -> None:
    got, incremental, rebuilt = _added(tmp_path, _kovic("join/7", "2031-03-09", roles=("prime minister",)))
    assert got["people_joined"] == 0 and got["people_blocks"] == 1
    assert incremental == rebuilt


def test_near_miss_another_party_is_merged_again(tmp_path: Path) -> None:
    got, incremental, rebuilt = _added(tmp_path, _kovic("join/8", "2031-03-09", party="RUR"))
    assert got["people_joined"] == 0 and got["people_blocks"] == 1
    assert incremental == rebuilt


def test_near_miss_an_earlier_report_giving_a_later_role_first_is_merged_again(tmp_path: Path) -> None:
    # "envoy" is first given on 03-04; a report of 02-20 giving it would move it up the roles
    got, incremental, rebuilt = _added(tmp_path, _kovic("join/9", "2031-02-20", roles=("envoy",)))
    assert got["people_joined"] == 0 and got["people_blocks"] == 1
    assert incremental == rebuilt


def test_near_miss_a_new_spelling_is_merged_again(tmp_path: Path) -> None:
    got, incremental, rebuilt = _added(tmp_path, _kovic("join/10", "2031-03-09", name="Anna M. Kovic"))
    assert got["people_joined"] == 0
    assert incremental == rebuilt


def test_positions_keep_the_counts_the_history_gives(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'pos.db'}"
    with Store(url) as store:
        _add(store, [*_base(), _kovic("join/11", "2031-03-20")])
        store.track()
        with store.engine.connect() as conn:
            rows = list(conn.execute(sa.select(tracked.track_positions)))
            counted = tracked._history_sources(conn, [r.id for r in rows], None, None)
            history = {r.id: conn.execute(sa.select(sa.func.count()).where(
                tracked.track_position_history.c.position_id == r.id)).scalar() for r in rows}
    assert rows
    assert {r.id: r.sources_total for r in rows} == counted
    assert {r.id: r.history_total for r in rows} == history
    assert {r.sources_total for r in rows} == {5}
