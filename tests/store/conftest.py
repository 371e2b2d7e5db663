"""Fixtures for the store tests: a store URL per backend, and reports written for the tests.

``store_url`` runs a test on a SQLite file in ``tmp_path`` and on the PostgreSQL server
named by ``$PARLEY_TEST_PG`` (each test in a schema of its own, dropped afterwards).
Without that variable the PostgreSQL case skips, except under CI (``CI=true``), where it
fails: CI must never pass by skipping the real server.

The reports are short invented accounts of talks between invented parties, in our own
words, so that every one is distinct and none comes from the shared corpus.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

PG_ENV = "PARLEY_TEST_PG"

PLACES = ("Zagreb", "Prague", "Helsinki", "Tirana", "Tallinn", "Bern", "Lisbon", "Nicosia")
ISSUES = ("a prisoner exchange", "a ceasefire along the river", "the return of the dead", "grain shipments")


def pg_url_or_skip() -> str:
    url = os.environ.get(PG_ENV)
    if url:
        return url
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(f"{PG_ENV} is not set under CI: the PostgreSQL store tests must run there (see .ci/run)")
    pytest.skip(f"{PG_ENV} not set: no PostgreSQL server to test against")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A PostgreSQL store URL whose tables live in a fresh schema, dropped afterwards."""
    import sqlalchemy as sa

    base = pg_url_or_skip()
    schema = f"t_{uuid.uuid4().hex[:12]}"
    engine = sa.create_engine(base)
    with engine.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    # every connection of the store (and of subprocesses given the URL) sees only this schema
    yield f"{base}{sep}options=-csearch_path%3D{schema}"
    with engine.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'parley.db'}"
    return request.getfixturevalue("pg_url")


def report_text(i: int) -> str:
    """Report number ``i``: a few sentences of invented talks, different for every ``i``."""
    place = PLACES[i % len(PLACES)]
    issue = ISSUES[i % len(ISSUES)]
    day = 1 + i % 27
    return (
        f"{place.upper()}, March {day} (Test Wire) - Envoys of Northland and Southland met in {place} "
        f"on Tuesday for round {i + 1} of their talks, the host foreign ministry said.\n\n"
        f"The two delegations discussed {issue}. \"We are ready to continue,\" said Mara Velin, "
        f"head of the Northland delegation, after session number {i}.\n\n"
        f"Southland's negotiator, Teo Dask, said his side would answer within {i % 5 + 2} days."
    )


def write_reports(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    """``n`` reports as JSON files with a URL each (as a crawler saves them)."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(start, start + n):
        p = folder / f"report-{i:03d}.json"
        p.write_text(json.dumps({
            "url": f"https://news.example/talks/{i}", "title": f"Northland and Southland hold round {i + 1}",
            "outlet": "Test Wire", "published": f"2025-03-{1 + i % 27:02d}", "text": report_text(i),
        }), encoding="utf-8")
        paths.append(p)
    return paths


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A folder as corpora come: reports in sub-folders, a README and a manifest beside them."""
    root = tmp_path / "corpus"
    write_reports(root / "wire", 6)
    (root / "pages").mkdir(parents=True)
    for i in range(6, 9):
        (root / "pages" / f"page-{i}.txt").write_text(report_text(i), encoding="utf-8")
    (root / "README.md").write_text("# Test corpus\n\nReports written for the store tests.\n", encoding="utf-8")
    (root / "manifest.jsonl").write_text(
        "".join(json.dumps({"id": i, "words": 60}) + "\n" for i in range(9)), encoding="utf-8")
    return root
