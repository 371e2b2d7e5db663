"""The store: documents and their records in SQLite or PostgreSQL.

Takes ``parley.record/1`` dicts (one per report, as ``Record.to_dict`` gives them) and
keeps each once: the document (id = hash of its cleaned text), one row per extracted
actor, meeting, statement and quote, and the record's JSON, from which ``iter_records``
and ``get_record`` give back ``StoredRecord``s that compare equal to what went in.

    Store(url)                  SQLite file (default ``./parley.db``) or PostgreSQL by URL;
                                the schema is migrated (Alembic) when the store opens
    store.add(record, ...)      -> "added" | "unchanged", one transaction per document
    store.known(keys, urls)     which inputs a rerun can skip without reading them again
    store.iter_records(...)     -> Iterator[StoredRecord], streamed
    store.get_record(doc_id)    -> StoredRecord | None
    store.stats()               -> row counts

Writers may run at once (two ``parley add`` over the same folder): every insert is
insert-or-ignore on the unique keys (document id, URL, input hash), so the loser of a
race sees "unchanged", never an error. SQLite runs in WAL mode with a busy timeout and
takes its write lock at BEGIN, so waiting writers queue instead of failing.

Only ``model`` and ``base`` of parley's are imported here: the store never knows the
extraction stages. SQLAlchemy is imported with this module, so import it lazily from
anything on the CLI's start-up path.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.engine import Connection, Engine

from parley import settings
from parley.errors import StoreError
from parley.model import Record
from parley.track.sources import SourceRef, StoredRecord

MIGRATIONS = Path(__file__).with_name("migrations")
HEAD_REVISION = "0005_positions"  # the newest migration in migrations/versions (a test pins it)
SQLITE_BUSY_TIMEOUT_S = 60.0  # two writers queue on SQLite's one write lock; a commit takes ms
# Opening a new SQLite store while another process sets it up can meet its lock this many
# times before giving up (0.5 s, 1 s, ... apart).
MIGRATE_TRIES = 4
PG_MIGRATION_LOCK = 0x7061726C6579  # "parley": the advisory lock two openers take to migrate one at a time
DOC_ID_LEN = 16  # hex digits of sha256: 64 bits, no collision in any corpus a newsroom has
# The item rows of at most this many documents this ``Store`` stored are kept in memory
# until ``track`` merges them, so that it need not read them back (a third of the merge
# of a 10k batch was that reading); beyond it, ``track`` reads the rest from the store.
FRESH_DOCS_KEPT = 20_000

# Named constraints, so that later (batch) migrations can refer to them on SQLite too.
metadata = sa.MetaData(naming_convention={
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
})

documents = sa.Table(
    "documents", metadata,
    sa.Column("id", sa.String(64), primary_key=True, comment="sha256 of the cleaned text, first 16 hex digits"),
    sa.Column("url", sa.Text, unique=True),
    sa.Column("path", sa.Text, comment="where it was read from: a path, path:line for JSON Lines, <stdin>"),
    sa.Column("title", sa.Text),
    sa.Column("outlet", sa.Text),
    sa.Column("agency", sa.Text),
    sa.Column("published", sa.String(40)),
    sa.Column("dateline", sa.Text),
    sa.Column("language", sa.String(16)),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("added_at", sa.String(40), nullable=False),
    sa.Index("ix_documents_published", "published"),
)

records = sa.Table(
    "records", metadata,
    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
    sa.Column("schema", sa.String(40), nullable=False),
    sa.Column("record", sa.Text, nullable=False, comment="the parley.record/1 JSON, as extracted"),
)

inputs = sa.Table(
    "inputs", metadata,
    sa.Column("key", sa.String(80), primary_key=True, comment="sha256 of the raw input (file or JSON Lines line)"),
    sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE")),
    sa.Column("path", sa.Text),
    sa.Column("seen_at", sa.String(40), nullable=False),
)


def _item_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("document_id", sa.String(64), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("item_id", sa.String(64), primary_key=True, comment="the id inside the record: a1, m1, s1, q1"),
    ]


def _evidence_columns() -> list[sa.Column[Any]]:
    return [
        sa.Column("evidence", sa.JSON, comment="[[start, end], ...] into documents.text"),
        sa.Column("evidence_text", sa.Text, comment="the text at those spans, for reading"),
    ]


actors = sa.Table(
    "actors", metadata, *_item_columns(),
    sa.Column("name", sa.Text, nullable=False),
    sa.Column("kind", sa.String(20)),
    sa.Column("aliases", sa.JSON),
    sa.Column("roles", sa.JSON),
    sa.Column("affiliation", sa.String(20)),
    *_evidence_columns(),
    sa.Index("ix_actors_name", "name"),
)

meetings = sa.Table(
    "meetings", metadata, *_item_columns(),
    sa.Column("status", sa.String(20)),
    sa.Column("date", sa.String(40)),
    sa.Column("place", sa.Text),
    sa.Column("venue", sa.Text),
    sa.Column("round", sa.Integer),
    sa.Column("parties", sa.JSON),
    sa.Column("mediators", sa.JSON),
    sa.Column("chairs", sa.JSON),
    sa.Column("heads", sa.JSON),
    sa.Column("format", sa.JSON),
    sa.Column("duration_minutes", sa.Integer),
    *_evidence_columns(),
    sa.Index("ix_meetings_date", "date"),
)

statements = sa.Table(
    "statements", metadata, *_item_columns(),
    sa.Column("act", sa.String(20), nullable=False),
    sa.Column("actors", sa.JSON),
    sa.Column("issue", sa.String(40), nullable=False),
    sa.Column("speaker", sa.String(64)),
    sa.Column("target", sa.JSON),
    sa.Column("quantity_value", sa.Float),
    sa.Column("quantity_low", sa.Float),
    sa.Column("quantity_high", sa.Float),
    sa.Column("quantity_unit", sa.Text),
    sa.Column("quantity_per_party", sa.Boolean),
    sa.Column("quantity_approximate", sa.Boolean),
    sa.Column("deadline", sa.String(40)),
    sa.Column("date", sa.String(40)),
    sa.Column("condition", sa.Text),
    *_evidence_columns(),
    sa.Index("ix_statements_act_issue", "act", "issue"),
)

quotes = sa.Table(
    "quotes", metadata, *_item_columns(),
    sa.Column("text", sa.Text, nullable=False),
    sa.Column("speaker", sa.String(64)),
    *_evidence_columns(),
)

COUNTED = ("documents", "actors", "meetings", "statements", "quotes")


def resolve_url(url: str | None = None) -> str:
    """The store to open: ``url``, else the ``db`` setting (``$PARLEY_DB``, else ``./parley.db``).

    A bare path (no ``scheme://``) is a SQLite file.
    """
    url = url or settings.value("db")
    if "://" not in url:
        url = f"sqlite:///{url}"
    return url


def content_id(text: str) -> str:
    """A document's id: the same cleaned text always gets the same id."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:DOC_ID_LEN]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _safe_url(url: str) -> str:
    try:
        return sa.engine.make_url(url).render_as_string(hide_password=True)
    except Exception:  # noqa: BLE001 - only for messages
        return "<store>"


def _reason(e: BaseException) -> str:
    orig = getattr(e, "orig", None) or e
    return " ".join(str(orig).split())[:300]


class Store:
    """A parley store. Open with a URL (see ``resolve_url``); close when done."""

    def __init__(self, url: str | None = None, *, migrate: bool = True, create: bool = True) -> None:
        """``create=False`` (the read-only commands): a store that does not exist yet, or a
        database with no parley tables, is a ``StoreError``, never a new empty store."""
        self.url = resolve_url(url)
        self.safe_url = _safe_url(self.url)
        try:
            self.engine = self._create_engine(create)
        except (sa.exc.ArgumentError, sa.exc.NoSuchModuleError, ImportError) as e:
            raise StoreError(f"{self.safe_url}: not a store URL I can open ({_reason(e)})") from None
        self.dialect = self.engine.dialect.name
        # doc id -> (source fields, item rows) of documents this Store stored (committed)
        # and ``track`` has not merged yet; see FRESH_DOCS_KEPT
        self._fresh: dict[str, tuple[dict[str, Any], list[tuple[str, list[dict[str, Any]]]]]] = {}
        if self.dialect not in ("sqlite", "postgresql"):
            raise StoreError(f"{self.safe_url}: only SQLite and PostgreSQL stores are supported")
        try:
            if not create:
                self._check_exists()
            if migrate:
                self.migrate()
        except BaseException:
            self.engine.dispose()  # no pooled connection outlives a store that failed to open
            raise

    def _check_exists(self) -> None:
        try:
            revision = self.current_revision()
        except sa.exc.SQLAlchemyError as e:
            raise StoreError(f"{self.safe_url}: cannot open the store: {_reason(e)}") from None
        if revision is None:
            raise StoreError(f"{self.safe_url}: not a parley store (no parley tables in it); "
                             "`parley add` makes one")

    # ------------------------------------------------------------ opening
    def _create_engine(self, create: bool = True) -> Engine:
        url = sa.engine.make_url(self.url)
        if url.get_backend_name() != "sqlite":
            return sa.create_engine(url, pool_pre_ping=True)
        if url.database and url.database != ":memory:":
            # ``sqlite:///file:PATH?mode=ro&uri=true``: a store opened read-only (SQLite's URI form)
            name = url.database.split("?")[0].removeprefix("file:") if url.query.get("uri") else url.database
            path = Path(name).expanduser().resolve()
            if not create and not path.is_file():
                raise StoreError(f"{self.safe_url}: no store there (no such file); `parley add` makes one, "
                                 "--db or $PARLEY_DB names another")
            if not path.parent.is_dir():
                raise StoreError(f"{self.safe_url}: no folder {path.parent} for the SQLite file")
        engine = sa.create_engine(url, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # Take transactions out of the sqlite3 module's hands, so that BEGIN is ours
            # (below) and a writer can ask for the write lock up front.
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")  # readers never block the writer, and vice versa
            cur.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: a killed process loses no commit
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(SQLITE_BUSY_TIMEOUT_S * 1000)}")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn: Connection) -> None:
            # A deferred transaction that reads and then writes can fail at once with
            # SQLITE_BUSY when another writer got in between; IMMEDIATE waits its turn.
            mode = "IMMEDIATE" if conn.get_execution_options().get("parley_write") else "DEFERRED"
            conn.exec_driver_sql(f"BEGIN {mode}")

        return engine

    @contextmanager
    def _write(self) -> Iterator[Connection]:
        """One write transaction: committed on exit, rolled back on error."""
        with self.engine.connect() as conn:
            conn = conn.execution_options(parley_write=True)
            with conn.begin():
                yield conn

    def current_revision(self) -> str | None:
        with self.engine.connect() as conn:
            if not sa.inspect(conn).has_table("alembic_version"):
                return None
            return conn.execute(sa.text("SELECT version_num FROM alembic_version")).scalar()

    def migrate(self) -> None:
        """Bring the schema to the newest revision; a no-op when it is there already.

        Two processes opening a new store at once must not both create the tables: the
        migration runs under SQLite's write lock or a PostgreSQL advisory lock, and the
        second one then finds the schema at head and does nothing.
        """
        for attempt in range(MIGRATE_TRIES):
            try:
                return self._migrate_once()
            except sa.exc.OperationalError as e:
                # a new SQLite file being set up by another process at this very moment
                if "locked" not in str(e) or attempt == MIGRATE_TRIES - 1:
                    raise StoreError(f"{self.safe_url}: cannot open the store: {_reason(e)}") from None
                time.sleep(0.5 * (attempt + 1))
            except sa.exc.SQLAlchemyError as e:
                raise StoreError(f"{self.safe_url}: cannot open the store: {_reason(e)}") from None

    def _migrate_once(self) -> None:
        if self.current_revision() == HEAD_REVISION:
            return
        from alembic import command
        from alembic.config import Config

        with self._write() as conn:
            if self.dialect == "postgresql":
                conn.execute(sa.text("SELECT pg_advisory_xact_lock(:k)"), {"k": PG_MIGRATION_LOCK})
            cfg = Config()
            cfg.set_main_option("script_location", str(MIGRATIONS))
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, "head")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------ writing
    def _insert_ignore(self, table: sa.Table) -> Any:
        if self.dialect == "postgresql":
            from sqlalchemy.dialects import postgresql

            return postgresql.insert(table).on_conflict_do_nothing()
        from sqlalchemy.dialects import sqlite

        return sqlite.insert(table).on_conflict_do_nothing()

    def known(self, keys: Sequence[str], urls: Sequence[str] = ()) -> tuple[set[str], set[str]]:
        """Of these input keys and URLs, the ones already stored (a rerun skips those)."""
        found_keys: set[str] = set()
        found_urls: set[str] = set()
        try:
            with self.engine.connect() as conn:
                if keys:
                    found_keys = set(conn.execute(sa.select(inputs.c.key).where(inputs.c.key.in_(keys))).scalars())
                if urls:
                    found_urls = set(
                        conn.execute(sa.select(documents.c.url).where(documents.c.url.in_(urls))).scalars())
        except sa.exc.SQLAlchemyError as e:
            raise StoreError(f"{self.safe_url}: cannot read: {_reason(e)}") from None
        return found_keys, found_urls

    def add(self, record: dict[str, Any], *, path: str | None = None, key: str | None = None) -> tuple[str, str]:
        """Store one record (a ``parley.record/1`` dict) in its own transaction.

        Returns ``("added", doc_id)``, or ``("unchanged", doc_id)`` when a document with
        the same cleaned text or the same URL is stored already (by this process or
        another one at the same moment). ``key`` (hash of the raw input) is remembered,
        so that a rerun can skip the input before extracting it again.
        """
        doc = record["document"]
        doc_id = content_id(doc["text"])
        url = doc.get("url") or None
        for attempt in range(3):
            try:
                return self._add_once(record, doc, doc_id, url, path, key)
            except sa.exc.IntegrityError as e:
                # A concurrent writer won a race that insert-or-ignore did not cover: then
                # the document is there now. If it is not, the record itself is at fault.
                stored = self._find(doc_id, url)
                if stored:
                    return "unchanged", stored
                raise StoreError(f"cannot store {path or doc_id}: {_reason(e)}") from None
            except sa.exc.OperationalError as e:
                if attempt == 2 or "locked" not in str(e):
                    raise StoreError(f"{self.safe_url}: cannot write: {_reason(e)}") from None
                time.sleep(0.5 * (attempt + 1))
            except sa.exc.SQLAlchemyError as e:
                raise StoreError(f"cannot store {path or doc_id}: {_reason(e)}") from None
        raise AssertionError("unreachable")  # pragma: no cover

    def _find(self, doc_id: str, url: str | None, conn: Connection | None = None) -> str | None:
        """The id of the stored document with this id or this URL, if any."""
        cond = documents.c.id == doc_id
        if url:
            cond = sa.or_(cond, documents.c.url == url)
        q = sa.select(documents.c.id).where(cond).limit(1)
        if conn is not None:
            return conn.execute(q).scalar()
        with self.engine.connect() as c:
            return c.execute(q).scalar()

    def _add_once(self, record: dict[str, Any], doc: dict[str, Any], doc_id: str, url: str | None,
                  path: str | None, key: str | None) -> tuple[str, str]:
        fresh: list[Any] = []
        with self._write() as conn:
            out = self._add_in(conn, record, doc, doc_id, url, path, key, fresh)
        self._keep_fresh(fresh)  # committed
        return out

    def _keep_fresh(self, fresh: list[Any]) -> None:
        for doc_id, source, rows in fresh:
            if len(self._fresh) < FRESH_DOCS_KEPT:
                self._fresh[doc_id] = (source, rows)

    def _add_in(self, conn: Connection, record: dict[str, Any], doc: dict[str, Any], doc_id: str, url: str | None,
                path: str | None, key: str | None, fresh: list[Any] | None = None) -> tuple[str, str]:
        """Store one record inside the caller's write transaction (an added one's rows go
        to ``fresh``, for ``_keep_fresh`` once the transaction is committed)."""
        now = _now()
        res = conn.execute(self._insert_ignore(documents).values(
            id=doc_id, url=url, path=path, title=doc.get("title"), outlet=doc.get("outlet"),
            agency=doc.get("agency"), published=doc.get("published"), dateline=doc.get("dateline"),
            language=doc.get("language"), text=doc["text"], added_at=now,
        ).returning(documents.c.id))
        # RETURNING gives a row only when the insert was not ignored (rowcount is -1
        # for some drivers, so it cannot tell).
        status = "added" if res.first() is not None else "unchanged"
        if status == "added":
            conn.execute(records.insert().values(
                document_id=doc_id, schema=record.get("schema"),
                record=json.dumps(record, ensure_ascii=False, separators=(",", ":")),
            ))
            item_rows = _item_rows(doc_id, record)
            for table, rows in item_rows:
                if rows:
                    conn.execute(table.insert(), rows)
            _tracked.mark_pending(conn, doc_id)  # merged by ``track`` (see store/tracked.py)
            if fresh is not None:
                source = {"doc_id": doc_id, "url": url, "path": path, "title": doc.get("title"),
                          "outlet": doc.get("outlet"), "published": doc.get("published")}
                fresh.append((doc_id, source, [(table.name, rows) for table, rows in item_rows]))
        else:
            # Same text, or same URL with other text: cite the document that is stored.
            doc_id = self._find(doc_id, url, conn) or doc_id
        if key:
            conn.execute(self._insert_ignore(inputs).values(key=key, document_id=doc_id, path=path, seen_at=now))
        return status, doc_id

    def add_many(self, items: Sequence[tuple[dict[str, Any], str | None, str | None]]) -> list[tuple[str, str]]:
        """Store several records (each ``(record, path, key)``) in ONE transaction: all of
        them or, when any fails, none (a ``StoreError`` then says which).

        Each gets ``("added", doc_id)`` or ``("unchanged", doc_id)`` as from ``add``; a
        record repeated in the batch is "unchanged" the second time.
        """
        for attempt in range(3):
            current: str | None = None
            fresh: list[Any] = []
            try:
                with self._write() as conn:
                    out = []
                    for record, path, key in items:
                        doc = record["document"]
                        current = path or content_id(doc["text"])
                        out.append(self._add_in(conn, record, doc, content_id(doc["text"]), doc.get("url") or None,
                                                path, key, fresh))
                self._keep_fresh(fresh)  # committed
                return out
            except sa.exc.OperationalError as e:
                if attempt == 2 or "locked" not in str(e):
                    raise StoreError(f"cannot store {current or 'the batch'}, so nothing of the batch was stored: "
                                     f"{_reason(e)}") from None
                time.sleep(0.5 * (attempt + 1))
            except sa.exc.SQLAlchemyError as e:
                raise StoreError(f"cannot store {current or 'the batch'}, so nothing of the batch was stored: "
                                 f"{_reason(e)}") from None
        raise AssertionError("unreachable")  # pragma: no cover

    # ------------------------------------------------------------ reading
    def iter_records(self, *, since: str | None = None, until: str | None = None,
                     doc_ids: Iterable[str] | None = None, batch_size: int = 200) -> Iterator[StoredRecord]:
        """Every stored record, oldest publication first (undated last), streamed.

        ``since``/``until``: ISO dates, compared with ``documents.published`` (inclusive).
        ``doc_ids``: only these documents.
        """
        q = sa.select(documents.c.id, documents.c.url, documents.c.path, documents.c.title,
                      documents.c.outlet, documents.c.published, records.c.record
                      ).join(records, records.c.document_id == documents.c.id)
        if since:
            q = q.where(documents.c.published >= since)
        if until:
            # "2025-07-24T09:17" is within until="2025-07-24"
            q = q.where(documents.c.published < until + "\uffff")
        if doc_ids is not None:
            q = q.where(documents.c.id.in_(list(doc_ids)))
        q = q.order_by(documents.c.published.asc().nulls_last(), documents.c.id)
        try:
            with self.engine.connect() as conn:
                result = conn.execution_options(yield_per=batch_size).execute(q)
                for row in result:
                    yield _stored(row)
        except sa.exc.SQLAlchemyError as e:
            raise StoreError(f"{self.safe_url}: cannot read: {_reason(e)}") from None

    def get_record(self, doc_id: str) -> StoredRecord | None:
        """One stored record by its document id (or a unique prefix of six or more digits)."""
        found = list(self.iter_records(doc_ids=[doc_id]))
        if not found and len(doc_id) >= 6:
            with self.engine.connect() as conn:
                ids = conn.execute(sa.select(documents.c.id).where(documents.c.id.startswith(doc_id, autoescape=True))
                                   .limit(2)).scalars().all()
            if len(ids) == 1:
                found = list(self.iter_records(doc_ids=ids))
        return found[0] if found else None

    def stats(self) -> dict[str, int]:
        """Row counts: documents, actors, meetings, statements, quotes."""
        tables = {t.name: t for t in metadata.sorted_tables}
        try:
            with self.engine.connect() as conn:
                return {name: int(conn.execute(sa.select(sa.func.count()).select_from(tables[name])).scalar() or 0)
                        for name in COUNTED}
        except sa.exc.SQLAlchemyError as e:
            raise StoreError(f"{self.safe_url}: cannot read: {_reason(e)}") from None

    # ------------------------------------------------------------ tracking (store/tracked.py)
    def track(self) -> dict[str, int]:
        """Merge the documents stored since the last merge into the tracked tables."""
        try:
            with self._write() as conn:
                if not _tracked.needs_tracking(conn):
                    return {"documents": 0}
                done = _tracked.track(conn, dialect=self.dialect, fresh=self._fresh)
        except sa.exc.SQLAlchemyError as e:
            raise StoreError(f"{self.safe_url}: cannot update the tracked tables: {_reason(e)}") from None
        self._fresh.clear()  # committed: every pending document is merged
        return done

    def retrack(self) -> dict[str, int]:
        """Rebuild every tracked table from the stored records."""
        try:
            with self._write() as conn:
                done = _tracked.retrack(conn, dialect=self.dialect, fresh=self._fresh)
        except sa.exc.SQLAlchemyError as e:
            raise StoreError(f"{self.safe_url}: cannot rebuild the tracked tables: {_reason(e)}") from None
        self._fresh.clear()
        return done

    @contextmanager
    def tracked(self) -> Iterator[Connection]:
        """A connection to read the tracked tables with, merged up to date first."""
        with self.engine.connect() as conn:
            due = _tracked.needs_tracking(conn)
        if due:
            self.track()
        try:
            with self.engine.connect() as conn:
                yield conn
        except sa.exc.SQLAlchemyError as e:
            raise StoreError(f"{self.safe_url}: cannot read: {_reason(e)}") from None

    def integrity_check(self) -> str:
        """SQLite's ``PRAGMA integrity_check`` ("ok" when sound); "ok" for PostgreSQL."""
        if self.dialect != "sqlite":
            return "ok"
        with self.engine.connect() as conn:
            return "; ".join(r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check"))


def _stored(row: Any) -> StoredRecord:
    return StoredRecord(
        source=SourceRef(doc_id=row.id, url=row.url, path=row.path, title=row.title, outlet=row.outlet,
                         published=row.published),
        record=Record.from_dict(json.loads(row.record)),
    )


def _evidence(text: str, spans: list[list[int]] | None) -> dict[str, Any]:
    spans = spans or []
    return {"evidence": spans, "evidence_text": " … ".join(text[s:e] for s, e in spans) or None}


def _item_rows(doc_id: str, record: dict[str, Any]) -> list[tuple[sa.Table, list[dict[str, Any]]]]:
    """The record's items as rows of the item tables (lists kept as JSON)."""
    text = record["document"]["text"]
    base = {"document_id": doc_id}
    actor_rows = [
        {**base, "item_id": a["id"], "name": a["name"], "kind": a.get("kind"), "aliases": a.get("aliases") or [],
         "roles": a.get("roles") or [], "affiliation": a.get("affiliation"), **_evidence(text, a.get("evidence"))}
        for a in record.get("actors") or ()
    ]
    meeting_rows = [
        {**base, "item_id": m["id"], "status": m.get("status"), "date": m.get("date"), "place": m.get("place"),
         "venue": m.get("venue"), "round": m.get("round"), "parties": m.get("parties") or [],
         "mediators": m.get("mediators") or [], "chairs": m.get("chairs") or [], "heads": m.get("heads") or {},
         "format": m.get("format") or [], "duration_minutes": m.get("duration_minutes"),
         **_evidence(text, m.get("evidence"))}
        for m in record.get("meetings") or ()
    ]
    statement_rows = []
    for s in record.get("statements") or ():
        q = s.get("quantity") or {}
        statement_rows.append({
            **base, "item_id": s["id"], "act": s["act"], "actors": s.get("actors") or [], "issue": s["issue"],
            "speaker": s.get("speaker"), "target": s.get("target") or [],
            "quantity_value": q.get("value"), "quantity_low": q.get("low"), "quantity_high": q.get("high"),
            "quantity_unit": q.get("unit"), "quantity_per_party": q.get("per_party") if q else None,
            "quantity_approximate": q.get("approximate") if q else None,
            "deadline": s.get("deadline"), "date": s.get("date"), "condition": s.get("condition"),
            **_evidence(text, s.get("evidence")),
        })
    quote_rows = [
        {**base, "item_id": q["id"], "text": q["text"], "speaker": q.get("speaker"), **_evidence(text, q.get("evidence"))}
        for q in record.get("quotes") or ()
    ]
    tables = [(actors, actor_rows), (meetings, meeting_rows), (statements, statement_rows), (quotes, quote_rows)]
    for _, rows in tables:
        _unique_item_ids(rows)
    return tables


def _unique_item_ids(rows: list[dict[str, Any]]) -> None:
    """Give a repeated item id a suffix (m1, m1~2), so a record with an extraction slip
    is still stored whole; the record's JSON keeps the ids as they came."""
    seen: dict[str, int] = {}
    for row in rows:
        n = seen[row["item_id"]] = seen.get(row["item_id"], 0) + 1
        if n > 1:
            row["item_id"] = f"{row['item_id']}~{n}"


# The tracked tables join ``metadata`` here (they refer to ``documents``), and ``Store``
# writes them through this module.
from parley.store import tracked as _tracked  # noqa: E402
