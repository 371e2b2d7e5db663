"""Keys for personal names that hold across transliterations.

English news romanizes the same Ukrainian, Russian, Arabic or Persian name in several
ways: ``-yy``/``-iy``/``-y`` endings (Koshevsky, Koshevskyy, Koshevskiy), ``ie``/``ye``/``e``
(Kerimov, Kierimov, Kyerimov), ``kh``/``h``, ``w``/``v``, ``q``/``k``, doubled letters (Filipp,
Filip). The reader links the mentions of one report with these keys
(``recognize.people``) and the tracker one person across reports (``store.tracker_names``),
so the two never disagree on what is the same name.

ASCII comes from anyascii (ISC licence; the library survey found it gives Unidecode's
output without its GPL).
"""

from __future__ import annotations

import re
from functools import lru_cache

_NOT_LETTERS = re.compile(r"[^a-z]+")
_DOUBLED = re.compile(r"(.)\1+")
_WORD_BREAK = re.compile(r"[\s\-‐‑–—]+")
# Order matters: y -> i first, so that -yy/-iy/-ii all fold to -i once doubles are undone.
_TRANSLIT = (
    ("kh", "h"), ("zh", "j"), ("ph", "f"), ("w", "v"), ("q", "k"), ("gh", "g"), ("dj", "j"),
    ("y", "i"), ("j", "i"),
)


def fold_text(text: str) -> str:
    """ASCII, lower case, letters and single spaces only."""
    if not text.isascii():
        from anyascii import anyascii  # lazy: ~20 ms to import, and most names are ASCII

        text = anyascii(text)
    return " ".join(_NOT_LETTERS.sub(" ", text.lower()).split())


@lru_cache(maxsize=16384)
def fold_token(token: str) -> str:
    """One name word folded across transliterations (``Koshevskyy`` -> ``koshevski``);
    apostrophes and accents drop out (``O'Neill`` -> ``oneil``)."""
    t = fold_text(token).replace(" ", "")
    for a, b in _TRANSLIT:
        t = t.replace(a, b)
    t = _DOUBLED.sub(r"\1", t)
    return t.replace("ie", "e")  # Kierimov/Kerimov (after y -> i: Kyerimov too)


@lru_cache(maxsize=16384)
def fold_name(name: str) -> str:
    """A whole name, word by word (hyphens part words): ``Al-Farsi`` -> ``al farsi``."""
    return " ".join(t for t in (fold_token(w) for w in _WORD_BREAK.split(name)) if t)
