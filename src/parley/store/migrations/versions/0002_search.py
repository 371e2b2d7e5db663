"""Full-text search over reports (title and text) and quotes.

Revision ID: 0002_search
Revises: 0001
Create Date: 2026-12-01

SQLite: two external-content FTS5 tables (``documents_fts``, ``quotes_fts``) kept in step
by triggers on ``documents`` and ``quotes``, so ``Store.add`` writes nothing new.
PostgreSQL: GIN expression indexes on the same ``to_tsvector`` expressions that
``parley.store.search`` queries with. Neither is part of ``db.metadata``: the names are
in ``parley.store.search.SEARCH_OBJECTS``, which schema comparisons leave out.

Frozen, like 0001: a later change gets a new revision.
"""

from __future__ import annotations

from alembic import op

revision = "0002_search"
down_revision = "0001"
branch_labels = None
depends_on = None

# The expressions here and in parley/store/search.py must stay the same, letter for letter:
# PostgreSQL uses an expression index only for a query on that very expression.
PG_DOCUMENTS = "to_tsvector('english', coalesce(title, '') || ' ' || text)"
PG_QUOTES = "to_tsvector('english', text)"

SQLITE_UP = [
    "CREATE VIRTUAL TABLE documents_fts USING fts5(title, text, content='documents', content_rowid='rowid', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='rowid', "
    "tokenize='porter unicode61 remove_diacritics 2')",
    "CREATE TRIGGER documents_fts_ai AFTER INSERT ON documents BEGIN "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER documents_fts_ad AFTER DELETE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END",
    "CREATE TRIGGER documents_fts_au AFTER UPDATE ON documents BEGIN "
    "INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); "
    "INSERT INTO documents_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END",
    "CREATE TRIGGER quotes_fts_ai AFTER INSERT ON quotes BEGIN "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text); END",
    "CREATE TRIGGER quotes_fts_ad AFTER DELETE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text); END",
    "CREATE TRIGGER quotes_fts_au AFTER UPDATE ON quotes BEGIN "
    "INSERT INTO quotes_fts(quotes_fts, rowid, text) VALUES ('delete', old.rowid, old.text); "
    "INSERT INTO quotes_fts(rowid, text) VALUES (new.rowid, new.text); END",
    # what was stored before this revision
    "INSERT INTO documents_fts(documents_fts) VALUES ('rebuild')",
    "INSERT INTO quotes_fts(quotes_fts) VALUES ('rebuild')",
]
SQLITE_DOWN = [
    *(f"DROP TRIGGER IF EXISTS {t}_fts_{w}" for t in ("documents", "quotes") for w in ("ai", "ad", "au")),
    "DROP TABLE IF EXISTS documents_fts",
    "DROP TABLE IF EXISTS quotes_fts",
]
PG_UP = [
    f"CREATE INDEX ix_documents_search ON documents USING gin ({PG_DOCUMENTS})",
    f"CREATE INDEX ix_quotes_search ON quotes USING gin ({PG_QUOTES})",
]
PG_DOWN = ["DROP INDEX IF EXISTS ix_documents_search", "DROP INDEX IF EXISTS ix_quotes_search"]


def upgrade() -> None:
    for sql in SQLITE_UP if op.get_bind().dialect.name == "sqlite" else PG_UP:
        op.execute(sql)


def downgrade() -> None:
    for sql in SQLITE_DOWN if op.get_bind().dialect.name == "sqlite" else PG_DOWN:
        op.execute(sql)
