"""HTML pages on a fresh install: the body and the page's metadata come out, a parse error
the extractor expects gives an empty record with W201, and a missing dependency fails loudly.

The page is written for this test, in our own words, about invented talks.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from parley.reader.ingest import html as html_ingest

PARAGRAPHS = [
    "NICOSIA - Delegations from the two island councils met for a second day on Wednesday and agreed to "
    "reopen the ferry line between their ports before the summer season, the mediator's office said.",
    "The councils also agreed to swap lists of fishermen held by each side and to meet again in three weeks, "
    "after their experts have looked at the harbour fees.",
    "Neither delegation spoke to reporters after the session, which lasted almost five hours.",
]
PAGE = (
    "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
    "<title>Island councils agree to reopen ferry line | Harbour Courier</title>"
    '<meta property="og:title" content="Island councils agree to reopen ferry line">'
    '<meta property="og:site_name" content="Harbour Courier">'
    '<meta property="article:published_time" content="2031-04-09T16:20:00+03:00">'
    "</head><body>"
    "<header><nav><a href='/'>Home</a> <a href='/region'>Region</a> <a href='/login'>Sign in</a></nav></header>"
    "<main><article><h1>Island councils agree to reopen ferry line</h1>"
    "<p class='byline'>By Harbour Courier staff</p>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article><aside><h2>Most read</h2><ul><li><a href='/a'>Storm closes the airport</a></li></ul></aside></main>"
    "<footer><p>Copyright 2031 Harbour Courier. All rights reserved.</p></footer></body></html>"
)


def test_an_article_page_gives_its_body_and_metadata(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "parley", "read", "--json", str(page)], capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    doc = record["document"]
    paragraphs = doc["text"].split("\n\n")
    assert paragraphs[0].endswith(PARAGRAPHS[0].split(" - ", 1)[1])  # the dateline may be cut off as a field
    assert paragraphs[1:] == PARAGRAPHS[1:]
    for chrome in ("Sign in", "Most read", "Storm closes", "Copyright"):
        assert chrome not in doc["text"]
    assert doc["title"] == "Island councils agree to reopen ferry line"
    assert doc["outlet"] == "Harbour Courier"
    assert doc["published"] == "2031-04-09T16:20:00+03:00"
    assert not [d for d in record["diagnostics"] if d["code"] == "W201"]


def test_an_expected_parse_error_is_no_article(monkeypatch: pytest.MonkeyPatch) -> None:
    import lxml.etree
    import trafilatura

    def refuse(*_a: object, **_k: object) -> None:
        raise lxml.etree.ParserError("Document is empty")

    monkeypatch.setattr(trafilatura, "bare_extraction", refuse)
    text, meta = html_ingest.extract_html(PAGE)
    assert text == "" and "body" not in meta and meta["published"] == "2031-04-09T16:20:00+03:00"


def test_an_unexpected_error_is_not_swallowed(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("a bug in the extractor")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    with pytest.raises(RuntimeError):
        html_ingest.extract_html(PAGE)


@pytest.mark.parametrize("missing", ["trafilatura", "lxml_html_clean"])
def test_a_missing_dependency_fails_loudly(tmp_path: Path, missing: str) -> None:
    """As on an install without it: the import fails, and parley says so instead of reading nothing."""
    page = tmp_path / "ferry.html"
    page.write_text(PAGE, encoding="utf-8")
    code = (f"import sys; sys.modules[{missing!r}] = None; "
            "from parley.cli import main; sys.exit(main(['read', '--json', sys.argv[1]]))")
    out = subprocess.run([sys.executable, "-c", code, str(page)], capture_output=True, text=True, timeout=120)
    assert out.returncode != 0 and out.stdout == ""
    assert "ImportError" in out.stderr or "ModuleNotFoundError" in out.stderr
