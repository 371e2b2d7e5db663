"""Full-text search over the stored reports (title and text) and quotes.

Takes a ``Store`` and the words a person typed; gives the best matches of each kind with
the matching passage, cut into pieces that say which words matched (so a page can mark
them without ever treating report text as markup).

    search(store, "prisoner exchange", limit=20) -> {"query": ..., "reports": [...], "quotes": [...]}

SQLite answers from the FTS5 tables of migration ``0002_search`` (kept by triggers),
PostgreSQL from its GIN expression indexes (the expressions below are the migration's).
What a person types is never handed to a query parser as syntax: it is cut into words,
and every word must match (FTS5 phrase tokens, ``plainto_tsquery``).
"""

from __future__ import annotations

import re
from typing import Any

import sqlalchemy as sa

from parley.errors import StoreError
from parley.store.db import Store, _reason

# Tables, triggers and indexes of migration 0002_search that ``db.metadata`` does not
# describe (virtual tables, expression indexes): schema comparisons leave them out.
SEARCH_OBJECTS = frozenset({
    "documents_fts", "quotes_fts", "ix_documents_search", "ix_quotes_search",
    *(f"{t}_fts_{s}" for t in ("documents", "quotes") for s in ("data", "idx", "docsize", "config", "content")),
})

PG_DOCUMENTS = "to_tsvector('english', coalesce(d.title, '') || ' ' || d.text)"
PG_QUOTES = "to_tsvector('english', q.text)"
MAX_WORDS = 12
MAX_LIMIT = 100
_WORD = re.compile(r"\w+", re.UNICODE)
START, STOP = "\x02", "\x03"  # around matched words in a passage; never in a cleaned report


def include_object(obj: Any, name: str | None, type_: str, reflected: bool, compare_to: Any) -> bool:
    """For Alembic's ``include_object``: everything but the search objects."""
    return name not in SEARCH_OBJECTS


def words(q: str) -> list[str]:
    """The words of a query, at most ``MAX_WORDS``."""
    return _WORD.findall(q or "")[:MAX_WORDS]


def pieces(passage: str | None) -> list[list[Any]]:
    """``a \\x02b\\x03 c`` -> ``[["a ", False], ["b", True], [" c", False]]``."""
    out: list[list[Any]] = []
    for i, part in enumerate(re.split(f"[{START}{STOP}]", passage or "")):
        if part:
            out.append([part, i % 2 == 1])
    return out


def search(store: Store, q: str, *, limit: int = 20) -> dict[str, Any]:
    """Reports and quotes that hold every word of ``q``, best first, each with its passage."""
    found = words(q)
    limit = max(1, min(int(limit), MAX_LIMIT))
    result: dict[str, Any] = {"query": " ".join(found), "reports": [], "quotes": []}
    if not found:
        return result
    try:
        with store.engine.connect() as conn:
            if store.dialect == "sqlite":
                rows_d, rows_q = _sqlite(conn, found, limit)
            else:
                rows_d, rows_q = _postgres(conn, found, limit)
    except sa.exc.SQLAlchemyError as e:
        raise StoreError(f"{store.safe_url}: cannot search: {_reason(e)}") from None
    result["reports"] = [
        {"doc_id": r.id, "title": r.title, "outlet": r.outlet, "published": r.published, "url": r.url,
         "passage": pieces(r.passage)} for r in rows_d]
    result["quotes"] = [
        {"doc_id": r.document_id, "item_id": r.item_id, "speaker": r.speaker_name, "title": r.title,
         "outlet": r.outlet, "published": r.published, "passage": pieces(r.passage)} for r in rows_q]
    return result


def _sqlite(conn: sa.Connection, found: list[str], limit: int) -> tuple[list[Any], list[Any]]:
    match = " ".join('"' + w.replace('"', '""') + '"' for w in found)
    docs = conn.execute(sa.text(
        "SELECT d.id, d.title, d.outlet, d.published, d.url, "
        "snippet(documents_fts, -1, :a, :b, '…', 32) AS passage "
        "FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid "
        # the best rows first by rank alone, then passages for those only
        "WHERE documents_fts MATCH :m AND documents_fts.rowid IN "
        "(SELECT rowid FROM documents_fts WHERE documents_fts MATCH :m ORDER BY rank LIMIT :n) "
        "ORDER BY bm25(documents_fts), d.id LIMIT :n"),
        {"a": START, "b": STOP, "m": match, "n": limit}).all()
    quotes = conn.execute(sa.text(
        "SELECT q.document_id, q.item_id, q.speaker, a.name AS speaker_name, d.title, d.outlet, d.published, "
        "highlight(quotes_fts, 0, :a, :b) AS passage "
        "FROM quotes_fts JOIN quotes q ON q.rowid = quotes_fts.rowid JOIN documents d ON d.id = q.document_id "
        "LEFT JOIN actors a ON a.document_id = q.document_id AND a.item_id = q.speaker "
        "WHERE quotes_fts MATCH :m ORDER BY bm25(quotes_fts), q.document_id, q.item_id LIMIT :n"),
        {"a": START, "b": STOP, "m": match, "n": limit}).all()
    return list(docs), list(quotes)


def _postgres(conn: sa.Connection, found: list[str], limit: int) -> tuple[list[Any], list[Any]]:
    opts = f"StartSel={START}, StopSel={STOP}, MaxWords=40, MinWords=15, MaxFragments=2, FragmentDelimiter=' … '"
    params = {"q": " ".join(found), "n": limit, "opts": opts}
    docs = conn.execute(sa.text(
        "SELECT d.id, d.title, d.outlet, d.published, d.url, "
        "ts_headline('english', d.text, query, :opts) AS passage "
        f"FROM documents d, plainto_tsquery('english', :q) AS query WHERE {PG_DOCUMENTS} @@ query "
        f"ORDER BY ts_rank({PG_DOCUMENTS}, query) DESC, d.id LIMIT :n"), params).all()
    quotes = conn.execute(sa.text(
        "SELECT q.document_id, q.item_id, q.speaker, a.name AS speaker_name, d.title, d.outlet, d.published, "
        "ts_headline('english', q.text, query, :opts) AS passage "
        "FROM quotes q JOIN documents d ON d.id = q.document_id "
        "LEFT JOIN actors a ON a.document_id = q.document_id AND a.item_id = q.speaker "
        "CROSS JOIN plainto_tsquery('english', :q) AS query "
        f"WHERE {PG_QUOTES} @@ query ORDER BY ts_rank({PG_QUOTES}, query) DESC, q.document_id, q.item_id "
        "LIMIT :n"), {**params, "opts": f"HighlightAll=true, StartSel={START}, StopSel={STOP}"}).all()
    return list(docs), list(quotes)
