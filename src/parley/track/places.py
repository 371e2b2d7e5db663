"""The key a meeting's place is compared by: folded, with common spellings of one city
made one. The timeline query folds places too, so this sits apart from the merge."""

from __future__ import annotations

from functools import lru_cache

from parley.names import fold_text

PLACE_ALIASES = {
    # common spellings of the same city in English news (general knowledge, not corpus facts)
    "kiev": "kyiv", "washington dc": "washington", "washington d c": "washington",
    "new york city": "new york", "al ula": "alula", "jiddah": "jeddah", "doha qatar": "doha",
}


def fold_place(place: str | None) -> str | None:
    if not place:
        return None
    return _fold_place(place)


@lru_cache(maxsize=1 << 14)  # the same few cities in every report
def _fold_place(place: str) -> str | None:
    key = fold_text(place)
    if key.startswith("the "):
        key = key[4:]
    return PLACE_ALIASES.get(key, key) or None
