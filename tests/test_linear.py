"""Cleaning and date finding take work linear in a report's size.

Counted, not timed: the number of Python calls (functions, generators, comprehensions and
calls into C, as ``sys.setprofile`` sees them) that ``clean`` and ``find_dates`` make on a
report, and on one four times as long. A stage quadratic in the report (a scan of every
date found so far for each new one, as ``find_dates`` once made) makes 4x the text cost
about 16x the calls; linear work costs 4x.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable

from parley.model import RawDocument
from parley.reader.clean import clean
from parley.reader.recognize.dates import find_dates

NAMES = ["Anna Kovic", "Petar Voss", "Lena Marsh", "Oskar Brandt", "Mira Tal"]
PLACES = ["Ruritania", "Borduria", "Syldavia", "Vorland"]
MONTHS = ["January", "March", "May", "July", "September"]


def report(paragraphs: int, seed: int = 7) -> str:
    """A page of unique invented sentences, dense with dates, wrapped in a little chrome."""
    rng = random.Random(seed)
    paras = []
    for i in range(paragraphs):
        who, a, b = rng.choice(NAMES), rng.choice(PLACES), rng.choice(PLACES)
        paras.append(
            f"{who} of {a} said on Tuesday that talks with {b} would resume on {rng.choice(MONTHS)} "
            f"{rng.randint(1, 28)}, {rng.randint(2020, 2026)}, item {i}. The next round is due within "
            f"{rng.randint(2, 30)} days, and a summit by the end of {rng.choice(MONTHS)}, officials added.")
    return "Menu\nWorld\n\nTalks go on\n\nBy Ivo Rask\n\n" + "\n\n".join(paras) + "\n\n© 2025 The Vell Post"


def calls(fn: Callable[[], object]) -> int:
    n = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal n
        if event in ("call", "c_call"):
            n += 1

    sys.setprofile(count)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return n


def test_clean_and_find_dates_are_linear() -> None:
    small, large = report(100), report(400)
    doc_s = clean(RawDocument(content=small, kind="text", source="<s>"))
    doc_l = clean(RawDocument(content=large, kind="text", source="<l>"))
    assert len(find_dates(doc_l.text, "2025-03-04")) >= 4 * 300  # the dates are there to be found
    ratio_clean = calls(lambda: clean(RawDocument(content=large, kind="text", source="<l>"))) / calls(
        lambda: clean(RawDocument(content=small, kind="text", source="<s>")))
    ratio_dates = calls(lambda: find_dates(doc_l.text, "2025-03-04")) / calls(
        lambda: find_dates(doc_s.text, "2025-03-04"))
    assert ratio_clean < 4 * 1.25, ratio_clean
    assert ratio_dates < 4 * 1.25, ratio_dates


def test_the_count_sees_quadratic_work() -> None:
    """The near miss: the count of a quadratic scan does grow 16x, so the test can fail."""
    def quadratic(n: int) -> None:
        taken: list[int] = []
        for i in range(n):
            if all(i != t for t in taken):
                taken.append(i)

    assert calls(lambda: quadratic(400)) / calls(lambda: quadratic(100)) > 10
