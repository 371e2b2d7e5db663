"""Tests of the store: SQLite and PostgreSQL, parley add, reliability under kill -9 and concurrent writers."""
