"""Fixtures for the serve tests: a real SQLite store built by ``service.add`` from the
reports of ``reports.py``, and in-process clients of the app over it."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from parley import service
from parley.serve.app import create_app

from . import reports

TOKEN = "s3cret-token-for-tests"


@pytest.fixture(scope="session")
def store_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A SQLite store holding the test reports (the hostile one included), read-only for the tests."""
    root = tmp_path_factory.mktemp("serve-store")
    report = service.add(reports.write(root / "in"), db=str(root / "parley.db"), workers=1)
    assert report.added == len(reports.REPORTS) + 1 and not report.failures
    return f"sqlite:///{root / 'parley.db'}"


@pytest.fixture
def fresh_db(tmp_path: Path) -> str:
    """A store of the same reports that a test may write to."""
    service.add(reports.write(tmp_path / "in"), db=str(tmp_path / "parley.db"), workers=1)
    return f"sqlite:///{tmp_path / 'parley.db'}"


@pytest.fixture
def client(store_db: str) -> Iterator[TestClient]:
    with TestClient(create_app(store_db, None)) as c:
        yield c


def pg_url_or_skip() -> str:
    url = os.environ.get("PARLEY_TEST_PG")
    if url:
        return url
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail("PARLEY_TEST_PG is not set under CI: the PostgreSQL search test must run there (see .ci/run)")
    pytest.skip("PARLEY_TEST_PG not set: no PostgreSQL server to test against")


@pytest.fixture
def pg_db() -> Iterator[str]:
    """A PostgreSQL store URL whose tables live in a fresh schema, dropped afterwards."""
    import sqlalchemy as sa

    base = pg_url_or_skip()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(base)
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    yield f"{base}{sep}options=-csearch_path%3D{schema}"
    service.close_stores()
    with engine.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()
