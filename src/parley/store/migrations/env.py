"""Alembic's entry point: runs the migrations on the connection parley hands over.

``Store.migrate`` passes an open connection, inside a transaction that holds the
migration lock, as ``config.attributes["connection"]``; run from the ``alembic``
command line, the store URL comes from ``$PARLEY_DB`` (default ``./parley.db``).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine
from sqlalchemy.engine import Connection

from parley.store.db import metadata, resolve_url
from parley.store.search import include_object

config = context.config


def run_on(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=metadata,
        # SQLite cannot ALTER most things: later revisions rebuild tables in batch mode.
        render_as_batch=connection.dialect.name == "sqlite",
        include_object=include_object,  # the search tables and indexes (0002) are not in db.metadata
    )
    with context.begin_transaction():
        context.run_migrations()


if context.is_offline_mode():
    context.configure(url=resolve_url(), target_metadata=metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()
elif (given := config.attributes.get("connection")) is not None:
    run_on(given)
else:
    with create_engine(resolve_url()).begin() as conn:
        run_on(conn)
