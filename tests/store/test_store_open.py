"""Opening a store to read (``create=False``, as every read-only command does) never makes
one: a store that is not there is a one-line StoreError, on SQLite and on PostgreSQL."""

from __future__ import annotations

import pytest

from parley.errors import StoreError
from parley.store.db import Store


def test_reading_a_store_that_is_not_there_makes_none(store_url: str) -> None:
    with pytest.raises(StoreError, match="no store there|not a parley store") as e:
        Store(store_url, create=False)
    assert "\n" not in str(e.value) and "secret" not in str(e.value)
    with Store(store_url) as made:  # as parley add makes it
        assert made.stats()["documents"] == 0
    with Store(store_url, create=False) as store:
        assert store.current_revision() is not None and store.stats()["documents"] == 0
