"""The tracked tables at scale: a new process re-assigns only the reports naming its
codes, and migration 0004 fills those codes for stores merged before it."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from tests.store.test_store_tracked import _add, _all_reports, _dump
from tests.tracker.build import report

from parley.store import tracked
from parley.store.db import MIGRATIONS, Store


def _talks(doc: str, day: str, a: str, b: str, place: str, names: tuple[str, str]) -> object:
    text = f"{names[0]} and {names[1]} met in {place} on Monday."
    return report(doc, day, text, meetings=({"date": day, "place": place, "parties": [a, b], "say": text},),
                  statements=({"act": "agree", "actors": [a, b], "issue": "ceasefire", "say": text},))


def test_a_new_process_reassigns_only_the_reports_naming_its_codes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'inc.db'}"
    with Store(url) as store:
        _add(store, _all_reports())
        store.track()
        # talks between two parties no stored report names: nothing else is read again
        far = _talks("scale/1", "2035-05-07", "SYL", "ZAN", "Reykjavik", ("Syldavia", "Zanzibar"))
        _add(store, [far])
        got = store.track()
        assert got["documents"] == 1 and got["reassigned_documents"] == 0
        # near miss: a new table with a party the store knows re-assigns the reports naming it
        near = _talks("scale/2", "2035-05-14", "ALD", "SYL", "Reykjavik", ("Aland", "Syldavia"))
        _add(store, [near])
        got = store.track()
        with store.engine.connect() as conn:
            naming = conn.execute(sa.select(sa.func.count(sa.distinct(tracked.track_doc_codes.c.document_id))).where(
                tracked.track_doc_codes.c.code.in_(["ALD", "SYL"]))).scalar()
        assert 0 < got["reassigned_documents"] == naming - 1  # all of them but the new one
        incremental = _dump(url)
        store.retrack()
    assert _dump(url) == incremental


def test_migration_0004_fills_the_codes_the_merge_writes(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    url = f"sqlite:///{tmp_path / 'm.db'}"
    with Store(url) as store:
        _add(store, _all_reports())
        store.track()
        q = sa.select(tracked.track_doc_codes).order_by(*tracked.track_doc_codes.c)
        with store.engine.connect() as conn:
            merged = [tuple(r) for r in conn.execute(q)]
        cfg = Config()
        cfg.set_main_option("script_location", str(MIGRATIONS))
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0003_track")
        assert store.current_revision() == "0003_track"
        store.migrate()
        with store.engine.connect() as conn:
            filled = [tuple(r) for r in conn.execute(q)]
    assert merged and filled == merged
    assert {c for c, _ in merged} >= {"ALD", "BRD", "RUR"}
