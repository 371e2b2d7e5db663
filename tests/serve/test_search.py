"""Full-text search (migration 0002_search): SQLite FTS5 by triggers, PostgreSQL by GIN
expression indexes; reports stored before the migration are found too."""

from __future__ import annotations

from pathlib import Path

from parley import service
from parley.store.db import Store

from . import reports


def _check(db: str) -> None:
    found = service.search("300 prisoners", db=db)
    assert [r["title"] for r in found["reports"]] == [reports.REPORTS[1]["title"]]
    assert any(hit for _, hit in found["reports"][0]["passage"])
    quotes = service.search("promised", db=db)["quotes"]
    assert [q["speaker"] for q in quotes] == ["Anna Kovic"]
    assert "".join(t for t, _ in quotes[0]["passage"]).startswith("We have done what we promised")
    assert service.search("Protesters", db=db)["reports"][0]["title"] == reports.HOSTILE_TITLE
    assert service.search("", db=db) == {"query": "", "reports": [], "quotes": []}
    assert service.search('" OR *', db=db)["reports"] == []


def test_sqlite_search(fresh_db: str) -> None:
    _check(fresh_db)


def test_postgres_search(pg_db: str, tmp_path: Path) -> None:
    service.add(reports.write(tmp_path / "in"), db=pg_db, workers=1)
    _check(pg_db)


def test_reports_stored_before_the_migration_are_searchable(tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from parley.store.db import HEAD_REVISION

    url = f"sqlite:///{tmp_path / 'old.db'}"
    record = service.read(reports.write(tmp_path / "in", hostile=False)[1])
    with Store(url) as store:
        store.add(record.to_dict(), path="old.json")
    # take the store back to before the search tables: its report stays, the index goes
    old = Store(url, migrate=False)
    with old.engine.begin() as conn:
        cfg = Config()
        cfg.set_main_option("script_location", str(Path(service.__file__).parent / "store" / "migrations"))
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "0001")
    assert old.current_revision() == "0001"
    old.close()
    with Store(url) as store:  # opening migrates to the head, which indexes what is stored
        assert store.current_revision() == HEAD_REVISION
    assert [r["title"] for r in service.search("prisoners", db=url)["reports"]] == [reports.REPORTS[1]["title"]]
    service.close_stores()
