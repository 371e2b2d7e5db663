"""An HTML page -> its main text and metadata, by trafilatura.

``extract_html(html)`` gives ``(text, meta)``: the article's paragraphs one per line,
and a dict with whatever the page says of ``title``, ``published``, ``outlet`` and
``url``. ``clean`` then treats the text like any other page text.

trafilatura costs about a quarter of a second to import, so it is imported here, inside
the function, and only for HTML input: ``parley read`` on text or JSON never pays it.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from typing import Any

# Publication time as the page declares it: kept verbatim (it carries the time and the
# offset, which trafilatura's date search drops).
_META_PUBLISHED = re.compile(
    r"""<meta\s[^>]*?(?:property|name|itemprop)\s*=\s*["'](?:article:published_time|datePublished|"""
    r"""pubdate|publishdate|date|dc\.date|sailthru\.date|parsely-pub-date)["'][^>]*>""",
    re.I,
)
_CONTENT = re.compile(r"""content\s*=\s*["']([^"']+)["']""", re.I)
_TITLE_TAG = re.compile(r"<title[^>]*>([^<]{1,400})</title>", re.I)
_JSONLD_PUBLISHED = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
# schema.org's other dates of a work: when it was made, and (last of all) when it was changed
_JSONLD_CREATED = re.compile(r'"dateCreated"\s*:\s*"([^"]+)"')
_JSONLD_MODIFIED = re.compile(r'"dateModified"\s*:\s*"([^"]+)"')
# The article's own <time datetime="..."> (in the byline, "By Petra Lind · <time ...>"), when no
# meta tag or JSON-LD says it: the first one inside <article>/<main>, else the page's first.
_TIME_TAG = re.compile(r"""<time\b[^>]*?\bdatetime\s*=\s*["'](\d{4}-\d{2}-\d{2}[^"']*)["']""", re.I)
_MAIN_START = re.compile(r"<(?:article|main)\b", re.I)


def extract_html(page: str) -> tuple[str, dict[str, Any]]:
    """Main text (paragraphs separated by newlines) and metadata of an HTML page.

    Returns ``("", meta)`` when the page has no article (``clean`` then warns W201); never
    raises on bad markup, but an ImportError (a broken install) goes through.
    """
    # Imported outside the ``try``: a missing dependency (trafilatura, or lxml_html_clean,
    # which trafilatura's justext imports) is a broken install and must fail loudly, never
    # read as a page with no article.
    import lxml.etree
    import trafilatura  # lazy: ~240 ms, HTML only

    meta: dict[str, Any] = {}
    published = _declared_published(page)
    m = _TITLE_TAG.search(page[:200_000])
    if m:  # the page's own title, suffix and all ("Headline - World - Site"): where a site names itself
        meta["page_title"] = " ".join(htmllib.unescape(m.group(1)).split())
    try:
        doc = trafilatura.bare_extraction(
            page, with_metadata=True, include_comments=False, include_tables=False,
            include_images=False, include_links=False, deduplicate=True,
        )
    except (lxml.etree.ParseError, lxml.etree.ParserError, ValueError):
        # markup lxml cannot parse at all (trafilatura catches most of it itself); ValueError is
        # lxml's answer to a string it refuses (an encoding declaration in a str, NUL bytes)
        doc = None
    if doc is None:
        return "", meta | ({"published": published} if published else {})
    get = doc.get if isinstance(doc, dict) else lambda k: getattr(doc, k, None)
    for ours, theirs in (("title", "title"), ("outlet", "sitename"), ("url", "url"), ("published", "date")):
        value = get(theirs)
        if isinstance(value, str) and value.strip():
            meta[ours] = value.strip()
    if published:
        meta["published"] = published
    own = _own_article(page, meta.get("url"), meta.get("page_title"))
    if own is not None:  # a JSON-LD @graph of several articles: the page's own, not the first listed
        meta.update(own)
    credits = _credits(page)
    if credits:
        meta["credits"] = credits
    if "outlet" not in meta:
        footer = _footer_copyright(page)
        if footer:
            meta["footer_copyright"] = footer
    return (get("text") or ""), meta


# Where a page credits who wrote or sent the story, which the article's extraction may leave out:
# JSON-LD's sourceOrganization (the wire behind a paper's copy) and the byline's own element.
_JSONLD_SOURCE = re.compile(r'"sourceOrganization"\s*:\s*(?:"([^"]{2,80})"|\{[^{}]{0,200}?"name"\s*:\s*"([^"]{2,80})")')
_BYLINE_ELEMENT = re.compile(
    r"""<(?:div|p|span|section)\b[^>]*\bclass\s*=\s*["'][^"']*\b(?:byline|author|article-meta|meta|credit)\b[^"']*["'][^>]*>"""
    r"""(.{1,400}?)</(?:div|p|span|section)>""", re.I | re.S)
CREDITS_MAX = 4


def _credits(page: str) -> list[str]:
    """The page's credits outside its text: a wire named by JSON-LD, a byline element's words
    ("By Ana Kell, Tarn Wire | March 17, 2043"); ``clean`` spells a dateline's initials out of them."""
    head = page[:200_000]
    found = [a or b for a, b in _JSONLD_SOURCE.findall(head)]
    for m in _BYLINE_ELEMENT.finditer(head):
        text = " ".join(htmllib.unescape(re.sub(r"<[^>]*>", " ", m.group(1))).split())
        if text:
            found.append(text)
        if len(found) >= CREDITS_MAX:
            break
    return [htmllib.unescape(x) for x in found[:CREDITS_MAX]]


_CANONICAL = re.compile(r"""<link\s[^>]*?rel\s*=\s*["']canonical["'][^>]*>""", re.I)
_HREF = re.compile(r"""href\s*=\s*["']([^"']+)["']""", re.I)
_JSONLD_SCRIPT = re.compile(r"""<script[^>]*type\s*=\s*["']application/ld\+json["'][^>]*>(.{2,100000}?)</script>""", re.I | re.S)
JSONLD_MAX_ITEMS = 200


def _ld_articles(head: str) -> list[dict[str, Any]]:
    """The objects with a headline in a page's JSON-LD, in order (a @graph's or a list's items)."""
    out: list[dict[str, Any]] = []
    for m in _JSONLD_SCRIPT.finditer(head):
        try:
            data = json.loads(m.group(1))
        except ValueError:
            continue
        todo = [data]
        while todo and len(out) < JSONLD_MAX_ITEMS:
            x = todo.pop(0)
            if isinstance(x, list):
                todo.extend(x[:JSONLD_MAX_ITEMS])
            elif isinstance(x, dict):
                if isinstance(x.get("headline"), str):
                    out.append(x)
                if isinstance(x.get("@graph"), list):
                    todo.extend(x["@graph"][:JSONLD_MAX_ITEMS])
    return out


def _own_article(page: str, url: Any, page_title: Any) -> dict[str, str] | None:
    """Where the JSON-LD lists several articles (a @graph with the page's story and others it
    links to), the headline and date of the one that is the page's: its ``url`` is the page's
    canonical address, or its headline opens the page's <title>. None when there is one article
    or none matches (then what trafilatura and the first date say stands)."""
    head = page[:200_000]
    found = _ld_articles(head)
    if len(found) < 2:
        return None
    link = _CANONICAL.search(head)
    href = _HREF.search(link.group(0)) if link else None
    canonical = href.group(1) if href else (url if isinstance(url, str) else None)
    title = page_title if isinstance(page_title, str) else ""
    for obj in found:
        headline = " ".join(htmllib.unescape(obj["headline"]).split())
        u = obj.get("url") if isinstance(obj.get("url"), str) else None
        if (canonical and u and u.rstrip("/") == canonical.rstrip("/")) or (title and title.startswith(headline)):
            out = {"title": headline}
            d = obj.get("datePublished")
            if isinstance(d, str) and re.match(r"\d{4}-\d{2}-\d{2}", d):
                out["published"] = d
            return out
    return None


def _footer_copyright(page: str) -> str | None:
    """The copyright line of the page's <footer> ("© 2031 Bellmoor Evening Star. All rights
    reserved."), which the article's extraction leaves out: where a page names itself when
    no meta tag does. ``clean`` reads the name out of it as it does a crawler's."""
    tail = page[-200_000:]
    start = tail.lower().rfind("<footer")
    if start < 0:
        return None
    text = " ".join(htmllib.unescape(re.sub(r"<[^>]*>", " ", tail[start:start + 20_000])).split())
    m = re.search(r"(?:©|\(c\)\s*\d|copyright\b)[^|]{0,120}", text, re.I)
    return m.group(0).strip() if m else None


def _declared_published(page: str) -> str | None:
    head = page[:200_000]  # metadata sits in the head; never scan a whole huge page
    m = _META_PUBLISHED.search(head)
    if m:
        c = _CONTENT.search(m.group(0))
        if c and re.match(r"\d{4}-\d{2}-\d{2}", c.group(1).strip()):
            return htmllib.unescape(c.group(1).strip())
        if c and re.fullmatch(r"(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])", c.group(1).strip()):
            d = c.group(1).strip()  # "20310802": the compact form some pages' pubdate takes
            return f"{d[:4]}-{d[4:6]}-{d[6:]}"
    for rx in (_JSONLD_PUBLISHED, _JSONLD_CREATED):
        m = rx.search(head)
        if m and re.match(r"\d{4}-\d{2}-\d{2}", m.group(1)):
            return m.group(1)
    main = _MAIN_START.search(head)
    t = _TIME_TAG.search(head, main.start() if main else 0)
    if t:
        return htmllib.unescape(t.group(1))
    m = _JSONLD_MODIFIED.search(head)
    return m.group(1) if m and re.match(r"\d{4}-\d{2}-\d{2}", m.group(1)) else None
