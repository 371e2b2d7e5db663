"""Alembic migrations of the store's schema, shipped with the package.

``Store`` runs them itself when it opens a store (``db.Store.migrate``); ``alembic.ini``
beside this file is for writing a new revision by hand:
``alembic -c src/parley/store/migrations/alembic.ini revision -m "..."``.
"""
