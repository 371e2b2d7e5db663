"""Golden pages in our own words: invented outlets and events, in every shape a page
reaches parley (a browser copy with its chrome, saved HTML, crawler output, wire copy,
a JSON report with only a URL). Each ``tests/pages/NAME.*`` has ``NAME.expected.json``:
the document fields a careful reader finds, the body's first and last sentence, the quotes,
and chrome strings that must not survive. Scored field by field as the eval's ``document``
figure is; every page must pass whole."""

from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest

import parley

PAGES = Path(__file__).parent / "pages"
CASES = sorted(p for p in PAGES.iterdir() if p.suffix in (".txt", ".html", ".json", ".xml") and
               not p.name.endswith(".expected.json"))


def fold(s: str | None) -> str:
    if not s:
        return ""
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", s).split())


def check_page(path: Path) -> list[str]:
    """What the read gets wrong on one page (empty: all right)."""
    want = json.loads(path.with_name(path.stem + ".expected.json").read_text(encoding="utf-8"))
    doc = parley.read(path).document
    misses = []
    for key in ("title", "outlet", "agency", "dateline"):
        if key in want:
            g, p = fold(want[key]), fold(getattr(doc, key))
            if not (p and (g == p or (len(p) >= 0.6 * len(g) and (g in p or p in g)))):
                misses.append(f"{key}: want {want[key]!r}, got {getattr(doc, key)!r}")
        elif key == "agency" and doc.agency:
            misses.append(f"agency: want none, got {doc.agency!r}")
    if "published" in want and (doc.published or "")[:10] != want["published"]:
        misses.append(f"published: want {want['published']!r}, got {doc.published!r}")
    flat = " ".join(doc.text.split())
    for key in ("body_first", "body_last"):
        if " ".join(want[key].split()) not in flat:
            misses.append(f"text lacks {key}: {want[key][:50]!r}")
    for q in want.get("quotes", []):
        if q not in doc.text:
            misses.append(f"text lacks quote {q[:40]!r}")
    left = [b for b in want.get("boilerplate", []) if b in doc.text]
    if left:
        misses.append(f"text keeps chrome {left}")
    for code in want.get("warnings", []):
        if not any(w.startswith(code) for w in doc.warnings):
            misses.append(f"no warning {code}: {doc.warnings}")
    return misses


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_golden_page(path: Path) -> None:
    misses = check_page(path)
    assert not misses, "\n".join(misses)


def test_there_is_a_page_of_every_shape() -> None:
    kinds = {p.name.split("-")[0] for p in CASES}
    assert {"copy", "html", "crawl", "wire", "json", "pdf", "rss"} <= kinds
    assert len(CASES) >= 10


if __name__ == "__main__":  # python tests/test_pages.py: the misses of every page
    bad = 0
    for p in CASES:
        m = check_page(p)
        bad += bool(m)
        print(f"{'ok ' if not m else 'BAD'} {p.name}" + "".join(f"\n      {x}" for x in m))
    print(f"{len(CASES) - bad}/{len(CASES)} pages whole")
