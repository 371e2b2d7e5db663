"""The statement scanner's shortcut (a pattern runs only when its word occurs) never changes
what it finds: property-checked against running every pattern."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.reader.assemble.statements import _compiled, _scan_issues, _scan_triggers

WORDS = ["agreed", "agreeing", "to", "a", "the", "ceasefire", "ceasefires", "cease-fire", "truce", "prisoners",
         "exchange", "swap", "not", "being", "considered", "deal-breaker", "10-point", "plan", "proposal",
         "proposed", "rejected", "withdraw", "Karabakh", "Nagorno-Karabakh", "nuclear", "plant", "sticking",
         "points", "insisted", "on", "must", "return", "of", "refugees", "talks", "covered", "deadline",
         "set", "Ülvaria", "Çelik", "İstanbul", "KILLING", "stop", "humanitarian", "pauses", "leaders'", "summit"]
SEPARATORS = [" ", " ", " ", ", ", ". ", "-", " — ", "\u00a0"]


@st.composite
def texts(draw) -> str:
    parts = []
    for _ in range(draw(st.integers(1, 40))):
        parts.append(draw(st.sampled_from(WORDS)))
        parts.append(draw(st.sampled_from(SEPARATORS)))
    return "".join(parts)


def _every_pattern(text: str, issues: bool) -> list:
    low = text.lower()
    fold_case = len(low) != len(text)
    target = text if fold_case else low
    triggers, terms = _compiled(fold_case)
    if issues:
        return sorted((m.start(), m.end(), issue, raw) for issue, raw, _lit, pat in terms for m in pat.finditer(target))
    return sorted((m.start(), m.end(), act) for act, _lit, pat in triggers for m in pat.finditer(target))


@settings(max_examples=400, deadline=None)
@given(text=texts())
def test_the_word_check_never_hides_a_match(text: str) -> None:
    assert _scan_triggers(text) == _every_pattern(text, issues=False)
    assert _scan_issues(text) == _every_pattern(text, issues=True)
