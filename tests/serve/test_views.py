"""The highlighted report text: every piece escaped, every item marked at exactly its spans,
however the spans overlap (a property over random texts and spans)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parley.serve.views import bar, highlight, safe_href, timeline_layout

from .test_api import _Marks, _merged

KINDS = ("actor", "meeting", "statement", "quote", "date", "quantity")


@st.composite
def text_and_items(draw: st.DrawFn) -> tuple[str, list[dict[str, object]]]:
    text = draw(st.text(alphabet=st.sampled_from("ab <>&\"'\n\u00e9"), min_size=1, max_size=60))
    n = draw(st.integers(0, 8))
    items = []
    for i in range(n):
        spans = []
        for _ in range(draw(st.integers(1, 3))):
            s = draw(st.integers(0, len(text)))
            e = draw(st.integers(s, len(text)))
            spans.append([s, e])
        items.append({"kind": draw(st.sampled_from(KINDS)), "id": f"x{i}", "spans": spans})
    return text, items


def _parse(html: str) -> _Marks:
    p = _Marks()
    p.feed(f'<article id="report-text">{html}</article>')
    return p


@settings(max_examples=300, deadline=None)
@given(text_and_items())
def test_every_item_covers_exactly_its_spans(case: tuple[str, list[dict[str, object]]]) -> None:
    text, items = case
    parsed = _parse(str(highlight(text, items)))
    assert "".join(parsed.text) == text
    for item in items:
        spans = sorted((s, e) for s, e in item["spans"] if e > s)  # type: ignore[attr-defined]
        want = "".join(text[s:e] for s, e in _merged(spans))
        assert "".join(parsed.by_item.get(f"{item['kind']}-{item['id']}", [])) == want


def test_overlapping_spans_nest_outermost_first() -> None:
    text = "Minister Anna Kovic said: we agree."
    items = [{"kind": "statement", "id": "s1", "spans": [[0, 35]]}, {"kind": "actor", "id": "a1", "spans": [[9, 19]]},
             {"kind": "quote", "id": "q1", "spans": [[14, 30]]}]  # crosses the actor's end
    html = str(highlight(text, items))
    assert html.startswith('<mark class="hl k-statement" data-item="statement-s1" id="ev-statement-s1-0">')
    assert '<mark class="hl k-actor" data-item="actor-a1" id="ev-actor-a1-0"><a class="to-item" href="#item-actor-a1">Anna </a>' in html
    assert html.count('id="ev-quote-q1-0"') == 1


def test_markup_in_a_report_stays_text() -> None:
    html = str(highlight('<script>alert(1)</script> <img src=x onerror="y">', [{"kind": "quote", "id": "q\"1", "spans": [[0, 8]]}]))
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;" in html and 'data-item="quote-q_1"' in html


def test_only_http_links_are_made() -> None:
    assert safe_href("https://news.example/a?b=1") == "https://news.example/a?b=1"
    assert safe_href("http://news.example") == "http://news.example"
    for bad in ("javascript:alert(1)", " javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html,x",
                "vbscript:x", "//evil.example", "/relative", "https://", "https://a\n.example", None, 42, ""):
        assert safe_href(bad) is None, bad


def test_bar_and_timeline_layout() -> None:
    assert (bar(250, 500), bar(None, 500), bar(900, 500), bar(1, 0)) == (60, 0, 120, 0)
    meetings = [{"id": f"m-{i}", "date": d, "status": "held", "sources": [{}] * (i + 1), "conflicts": []}
                for i, d in enumerate(["2031-01-01", "2031-01-01", "2031-06-30", None])]
    svg = timeline_layout(meetings)
    assert len(svg["marks"]) == 4 and svg["undated"] == 1
    same_day = [m for m in svg["marks"] if m["date"] == "2031-01-01"]
    assert same_day[0]["x"] == same_day[1]["x"] and same_day[0]["y"] != same_day[1]["y"]  # stacked, not hidden
    dated = [m for m in svg["marks"] if m["date"]]
    assert dated[0]["x"] < dated[-1]["x"] <= svg["right"]
