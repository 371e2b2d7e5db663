"""What the pages draw, computed from the service's plain data: no store, no tracker.

    highlight(text, items)       the report's text as HTML, every item marked at its exact spans
    timeline_layout(meetings)    one SVG mark per meeting on a date axis, with its ticks
    safe_href(url)               an http(s) URL, or None: no ``javascript:`` or ``data:`` link is ever made
    bar(done, target)            the width of a commitment's bar (done of committed)

Every piece of report text goes through ``markupsafe.escape``; nothing in a report is markup.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from typing import Any
from urllib.parse import urlsplit

from markupsafe import Markup, escape

from parley.model import Span

KIND_ORDER = {"statement": 0, "quote": 1, "meeting": 2, "actor": 3, "date": 4, "quantity": 5}
_ID_UNSAFE = re.compile(r"[^A-Za-z0-9_-]")


def item_key(kind: str, ident: str) -> str:
    """An HTML id for a report item, unique across kinds (``actor-a1``, ``date-d3``)."""
    return f"{kind}-{_ID_UNSAFE.sub('_', ident)}"


def merge_spans(spans: Sequence[Sequence[int]], n: int) -> list[Span]:
    """An item's spans inside a text of ``n`` characters, sorted, empty ones dropped and
    overlapping or touching ones joined: what its highlight covers, each piece once."""
    out: list[Span] = []
    for sp in sorted(Span(int(s), int(e)) for s, e in spans):  # Span checks 0 <= start <= end
        if sp.end > n or sp.start == sp.end:
            continue
        if out and sp.start <= out[-1].end:
            out[-1] = Span(out[-1].start, max(out[-1].end, sp.end))
        else:
            out.append(sp)
    return out


def segments(text: str, items: Sequence[dict[str, Any]]) -> list[tuple[int, int, list[tuple[str, str, int, bool]]]]:
    """The text cut at every span boundary: ``(start, end, active)`` with ``active`` the
    items whose spans cover that piece, outermost first, as ``(kind, key, span index, starts here)``."""
    bounds = {0, len(text)}
    opening: dict[int, list[tuple[int, int, str, str, int]]] = {}
    for item in items:
        key = item_key(item["kind"], item["id"])
        for k, sp in enumerate(merge_spans(item["spans"], len(text))):
            bounds.update((sp.start, sp.end))
            opening.setdefault(sp.start, []).append((sp.start, sp.end, item["kind"], key, k))
    cuts = sorted(bounds)
    active: list[tuple[int, int, str, str, int]] = []
    out = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        active = [x for x in active if x[1] > a]
        active.extend(opening.get(a, ()))
        # outermost first: the longest span, then a stable order of kinds and ids
        active.sort(key=lambda x: (-(x[1] - x[0]), KIND_ORDER.get(x[2], 9), x[3], x[4]))
        out.append((a, b, [(kind, key, k, s == a) for s, _e, kind, key, k in active]))
    return out


def highlight(text: str, items: Sequence[dict[str, Any]]) -> Markup:
    """The report's text as HTML: each item a ``<mark>`` per piece of its spans (nested where
    spans overlap), the innermost piece a link to the item in the side list."""
    html: list[str] = []
    for a, b, active in segments(text, items):
        piece = escape(text[a:b])
        if not active:
            html.append(str(piece))
            continue
        inner_key = active[-1][1]
        body = f'<a class="to-item" href="#item-{inner_key}">{piece}</a>'
        for kind, key, k, starts in reversed(active):
            anchor = f' id="ev-{key}-{k}"' if starts else ""
            body = f'<mark class="hl k-{kind}" data-item="{key}"{anchor}>{body}</mark>'
        html.append(body)
    return Markup("".join(html))


def safe_href(url: Any) -> str | None:
    """``url`` when it is an absolute http or https URL with a host, else None."""
    if not isinstance(url, str) or not url or any(c in url for c in "\r\n\t\\") or url != url.strip():
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def bar(done: Any, target: Any, width: int = 120) -> int:
    """Pixels of a ``width`` bar for ``done`` of ``target`` (0 when either is unknown)."""
    try:
        if not target or done is None or float(target) <= 0:
            return 0
        return max(0, min(width, round(width * float(done) / float(target))))
    except (TypeError, ValueError):
        return 0


def _day(value: str | None) -> date | None:
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def timeline_layout(meetings: Sequence[dict[str, Any]], *, width: int = 960, lane: int = 22) -> dict[str, Any]:
    """Marks for an SVG timeline: x by date (undated ones in a column of their own at the
    right), stacked in lanes where marks would touch; ticks on the axis."""
    left, right_pad, undated_w = 40, 30, 90
    dated = [(m, _day(m.get("date"))) for m in meetings]
    days = [d for _, d in dated if d]
    plot_w = width - left - right_pad - (undated_w if any(d is None for _, d in dated) else 0)
    lo, hi = (min(days), max(days)) if days else (date(2000, 1, 1), date(2000, 1, 1))
    span = max((hi - lo).days, 1)

    def x_of(d: date) -> float:
        return left + (plot_w * (d - lo).days / span if days and hi != lo else plot_w / 2)

    marks: list[dict[str, Any]] = []
    lanes_end: list[float] = []
    undated_n = 0
    for m, d in sorted(dated, key=lambda md: (md[1] is None, md[1] or date.min, md[0]["id"])):
        if d is None:
            x: float = left + plot_w + 30 + 14 * (undated_n % 4)
            row = undated_n // 4
            undated_n += 1
        else:
            x = x_of(d)
            row = next((i for i, end in enumerate(lanes_end) if x - end >= 16), len(lanes_end))
            if row == len(lanes_end):
                lanes_end.append(x)
            lanes_end[row] = x
        n_src = len(m.get("sources") or ())
        marks.append({
            "id": m["id"], "x": round(x, 1), "row": row, "r": min(4 + 1.5 * n_src, 10),
            "status": m.get("status") or "held", "round": m.get("round"), "date": m.get("date"),
            "conflict": bool(m.get("conflicts")), "sources": n_src,
            "title": " · ".join(str(v) for v in (
                m.get("date") or "undated", ", ".join(x for x in (m.get("venue"), m.get("place")) if x),
                f"round {m['round']}" if m.get("round") else None, m.get("status"),
                "parties " + ",".join(m.get("parties") or ()) if m.get("parties") else None,
                "mediators " + ",".join(m.get("mediators") or ()) if m.get("mediators") else None,
                f"{n_src} source{'s' if n_src != 1 else ''}",
                "sources disagree: " + ", ".join(c["field"] for c in m.get("conflicts") or ()) if m.get("conflicts")
                else None) if v)})
    rows = max([mk["row"] for mk in marks], default=0) + 1
    top = 26
    for mk in marks:
        mk["y"] = top + lane * mk["row"] + 12
    axis_y = top + lane * rows + 12
    ticks = []
    if days:
        years = range(lo.year, hi.year + 1)
        step = 1 if len(years) <= 1 else None
        if step == 1 or (hi - lo).days < 400:
            cur = date(lo.year, lo.month, 1)
            while cur <= hi:
                if cur >= lo:
                    ticks.append({"x": round(x_of(cur), 1), "label": cur.strftime("%b %Y")})
                cur = date(cur.year + (cur.month == 12), cur.month % 12 + 1, 1)
        else:
            for y in years:
                d = date(y, 1, 1)
                if lo <= d <= hi:
                    ticks.append({"x": round(x_of(d), 1), "label": str(y)})
        # at most a dozen labels
        if len(ticks) > 12:
            k = -(-len(ticks) // 12)
            ticks = ticks[::k]
    return {"width": width, "height": axis_y + 30, "axis_y": axis_y, "left": left,
            "right": left + plot_w, "ticks": ticks, "marks": marks, "first": lo.isoformat() if days else None,
            "last": hi.isoformat() if days else None, "undated": undated_n,
            "undated_x": left + plot_w + 24 if undated_n else None}
