"""The store itself: schema and migrations, exact round trips, one copy per report."""

from __future__ import annotations

import json
from importlib import resources

import pytest
import sqlalchemy as sa

from parley.errors import StoreError
from parley.model import Actor, Document, Meeting, Quantity, Quote, Record, Span, Statement
from parley.store.db import HEAD_REVISION, Store, content_id, metadata, resolve_url


def sample_record(url: str | None = "https://news.example/round-4") -> Record:
    text = ("TALLINN (Test Wire) - Northland and Southland agreed on Wednesday to swap 900 prisoners each, "
            "said Mara Velin, who led the Northland delegation. \"This is a first step,\" Velin said. "
            "The talks at the harbour hall lasted 40 minutes.")
    velin = text.index("Mara Velin")
    quote = text.index("This is")
    return Record(
        document=Document(text=text, title="Prisoner swap agreed in Tallinn", outlet="Test Wire",
                          agency="TW", published="2025-03-13T08:40", dateline="Tallinn", url=url,
                          source="round-4.json", warnings=("W203 input is not UTF-8; read as cp1252",)),
        actors=(Actor(id="a1", name="Mara Velin", aliases=("Velin",), roles=("head of the Northland delegation",),
                      affiliation="NTH", evidence=(Span(velin, velin + 10),)),),
        meetings=(Meeting(id="m1", status="held", date="2025-03-12", place="Tallinn", venue="harbour hall",
                          round=4, parties=("NTH", "SOU"), mediators=("MDT",), chairs=("a1",),
                          heads=(("NTH", "a1"),), format=("closed-door",), duration_minutes=40,
                          evidence=(Span(0, 95),)),),
        statements=(Statement(id="s1", act="agree", actors=("NTH", "SOU"), issue="prisoner_exchange",
                              speaker="a1", quantity=Quantity(value=900, unit="prisoners", per_party=True),
                              deadline="2025-10-31", evidence=(Span(0, 95), Span(quote, quote + 20))),
                    Statement(id="s2", act="offer", actors=("SOU",), issue="ceasefire",
                              quantity=Quantity(low=12, high=36.5, unit="hours", approximate=True))),
        quotes=(Quote(id="q1", text="This is a first step,", speaker="a1", evidence=(Span(quote - 1, quote + 22),)),),
        diagnostics=("W101 unresolved speaker",),
    )


def test_migrations_ship_with_the_package() -> None:
    folder = resources.files("parley.store") / "migrations"
    assert (folder / "env.py").is_file()
    # the head is named by its revision id (0004_scale.py since the scale indexes)
    assert (folder / "versions" / "0001_initial.py").is_file()
    assert (folder / "versions" / f"{HEAD_REVISION}.py").is_file()


def test_head_revision_is_the_newest_migration(tmp_path) -> None:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    cfg = Config()
    cfg.set_main_option("script_location", str(resources.files("parley.store") / "migrations"))
    assert ScriptDirectory.from_config(cfg).get_current_head() == HEAD_REVISION


def test_migrated_schema_matches_the_metadata(store_url: str) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    store = Store(store_url)
    assert store.current_revision() == HEAD_REVISION
    with store.engine.connect() as conn:
        from parley.store.search import include_object  # the search objects are not in db.metadata

        diffs = compare_metadata(MigrationContext.configure(conn, opts={"include_object": include_object}), metadata)
    assert diffs == []
    store.close()


def test_round_trip_is_exact(store_url: str) -> None:
    original = sample_record()
    with Store(store_url) as store:
        status, doc_id = store.add(original.to_dict(), path="round-4.json", key="k1")
        assert (status, doc_id) == ("added", content_id(original.document.text))
        [stored] = list(store.iter_records())
        assert stored.record == original
        assert Record.from_dict(json.loads(json.dumps(stored.record.to_dict()))) == original
        assert stored.source.doc_id == doc_id and stored.source.url == original.document.url
        assert stored.source.path == "round-4.json" and stored.source.published == "2025-03-13T08:40"
        assert store.get_record(doc_id) == stored
        assert store.get_record(doc_id[:8]) == stored
        assert store.get_record("ffffffffffff") is None
        assert store.stats() == {"documents": 1, "actors": 1, "meetings": 1, "statements": 2, "quotes": 1}


def test_items_are_plain_rows(store_url: str) -> None:
    """What Datasette shows: one row per item, with its numbers and the words it came from."""
    with Store(store_url) as store:
        store.add(sample_record().to_dict())
        with store.engine.connect() as conn:
            s1 = conn.execute(sa.text("SELECT * FROM statements WHERE item_id = 's1'")).mappings().one()
            m1 = conn.execute(sa.text("SELECT * FROM meetings")).mappings().one()
            doc = conn.execute(sa.text("SELECT * FROM documents")).mappings().one()
    assert s1["act"] == "agree" and s1["quantity_value"] == 900 and s1["quantity_per_party"]
    assert s1["evidence_text"].startswith("TALLINN") and " … " in s1["evidence_text"]
    parties = m1["parties"]  # JSON: text on SQLite, decoded by the PostgreSQL driver
    assert (json.loads(parties) if isinstance(parties, str) else parties) == ["NTH", "SOU"]
    assert m1["round"] == 4 and m1["duration_minutes"] == 40
    assert doc["outlet"] == "Test Wire" and doc["dateline"] == "Tallinn"


def test_same_text_or_same_url_is_stored_once(store_url: str) -> None:
    rec = sample_record()
    other_text = Record(document=Document(text="A different account of the same round.", url=rec.document.url))
    with Store(store_url) as store:
        assert store.add(rec.to_dict(), key="a")[0] == "added"
        assert store.add(rec.to_dict(), key="b")[0] == "unchanged"  # same text, another file
        status, doc_id = store.add(other_text.to_dict(), key="c")  # same URL, text changed since
        assert (status, doc_id) == ("unchanged", content_id(rec.document.text))
        assert store.known(["a", "b", "c", "d"], [rec.document.url, "https://x"]) == (
            {"a", "b", "c"}, {rec.document.url})
        no_url = Record(document=Document(text="Undated note with no URL.")).to_dict()
        assert store.add(no_url)[0] == "added" and store.add(no_url)[0] == "unchanged"
        assert store.stats()["documents"] == 2


def test_reopening_a_store_keeps_it(tmp_path) -> None:
    url = f"sqlite:///{tmp_path / 'p.db'}"
    with Store(url) as store:
        store.add(sample_record().to_dict())
    with Store(url) as store:
        assert store.stats()["documents"] == 1 and store.integrity_check() == "ok"


def test_store_url_resolution(monkeypatch, tmp_path) -> None:
    monkeypatch.delenv("PARLEY_DB", raising=False)
    assert resolve_url() == "sqlite:///parley.db"
    assert resolve_url("x/y.db") == "sqlite:///x/y.db"
    monkeypatch.setenv("PARLEY_DB", "postgresql+psycopg://u@h/d")
    assert resolve_url() == "postgresql+psycopg://u@h/d"
    assert resolve_url("sqlite:///a.db") == "sqlite:///a.db"


@pytest.mark.parametrize("url, message", [
    ("mysql+nosuchdriver://u:secret@h/d", "not a store URL"),
    ("sqlite:////no/such/folder/p.db", "no folder"),
    ("postgresql+psycopg://u:secret@127.0.0.1:1/d", "cannot open the store"),
])
def test_bad_store_is_one_line_error(url: str, message: str) -> None:
    with pytest.raises(StoreError) as e:
        Store(url)
    assert message in str(e.value) and "\n" not in str(e.value) and "secret" not in str(e.value)
