"""Round six on statements (issue 8): classes seen missing or wrong on reports from processes
the dev set does not have. Every sentence is written for the test; the parties are states the
lexicon knows and no shared report names, the people invented. Each rule has a near miss that
must not fire."""

from __future__ import annotations

import pytest

from test_statements_syntax import keys

# ---------------------------------------------------------------- a border that only says where


@pytest.mark.parametrize("sentence", [
    "Albania and Iceland agreed on Monday to reopen the two border crossings to lorries from next week.",
    "Iceland offered to move its depots away from the border districts, an official said.",
    "Albania and Iceland agreed to give each other notice of naval drills near their border.",
])
def test_a_border_that_names_a_place_is_no_territorial_issue(sentence: str) -> None:
    found = keys(sentence)
    assert found, "the act itself is still read"
    assert "territory" not in {k[2] for k in found}


@pytest.mark.parametrize("sentence", [
    "Albania and Iceland agreed to redraw the border between their coastal provinces.",
    "Iceland rejected any change to the border, the minister said.",
])
def test_the_border_itself_stays_territory(sentence: str) -> None:
    # near miss: the border is what the act is about
    assert "territory" in {k[2] for k in keys(sentence)}
