"""An RSS or Atom feed (or one item of it, pasted) -> one ``RawDocument`` per item.

A feed item states what a page copy only shows: its headline (``title``), its address
(``link``), its publication time (``pubDate``, ``dc:date``, ``published``), its author and,
in the channel's ``title``, the outlet. Its body is HTML (``content:encoded``, ``content``)
or a summary (``description``, ``summary``). Each item becomes a report of kind ``json``
with those fields in ``meta`` and its body as text paragraphs, so that ``clean`` reads it
as it reads a JSON report.

The XML is parsed without resolving entities, loading a DTD or reaching the network; the
text it gives is decoded once here, and its ampersands are written back as ``&amp;`` so
that ``clean``'s one decoding of character references gives them back as they were.
"""

from __future__ import annotations

import html as htmllib
import re
from collections.abc import Iterator
from typing import Any

from parley.errors import InputError, MalformedInput
from parley.lexicon.outlets import SECTION_WORDS
from parley.model import RawDocument

# Where a feed starts: an XML declaration or comments, then <rss>, <feed>, <rdf:RDF>, or a
# lone <item>/<entry> copied out of one.
FEED_START = re.compile(r"(?:<\?xml[^>]{0,200}\?>\s*)?(?:<!--.{0,2000}?-->\s*)*<(?:rss|feed|rdf:RDF|item|entry)\b",
                        re.S | re.I)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "div", "section", "article",
           "figcaption", "tr")
_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|:|::|·)\s+")


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def is_feed(text: str) -> bool:
    return bool(FEED_START.match(text))


def parse_feed(text: str, name: str, warnings: tuple[str, ...]) -> Iterator[RawDocument | InputError]:
    """The items of a feed as reports; MalformedInput when it holds none."""
    import lxml.etree as etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             recover=True)
    try:
        root = etree.fromstring(text.encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError):
        root = None
    if root is None:
        raise MalformedInput(f"{name}: a feed that cannot be read as XML")
    outlet = _outlet(root)
    items = [el for el in root.iter() if _local(el.tag) in ("item", "entry")]
    if not items:
        raise MalformedInput(f"{name}: a feed with no item in it")
    for i, item in enumerate(items, 1):
        where = name if len(items) == 1 else f"{name}[{i}]"
        report = _item(item, outlet, where, warnings)
        if report is None:
            yield MalformedInput(f"{where}: a feed item with no text")
        else:
            yield report


def _outlet(root: Any) -> str | None:
    """The channel's (or feed's) own title, less a section's name: "Marn Evening Post - World"."""
    channel = root if _local(root.tag) == "feed" else next(
        (el for el in root.iter() if _local(el.tag) == "channel"), None)
    if channel is None:
        return None
    title = next((_text(el) for el in channel if _local(el.tag) == "title"), None)
    if not title:
        return None
    parts = [p for p in _SEPARATORS.split(title) if p.strip()]
    named = [p for p in parts if p.strip().lower() not in SECTION_WORDS]
    return (named[0] if named else parts[0]).strip()


def _text(el: Any) -> str:
    return " ".join("".join(el.itertext()).split())


def _item(item: Any, outlet: str | None, name: str, warnings: tuple[str, ...]) -> RawDocument | None:
    fields: dict[str, str] = {}
    body_html = summary = None
    for el in item:
        tag = _local(el.tag)
        if tag == "title" and "title" not in fields:
            # an Atom title of type "html" is escaped markup ("Syldavia &amp;amp; Borduria")
            fields["title"] = _text(el) if el.get("type") != "html" else " ".join(_paragraphs(_text(el)).split())
        elif tag == "link" and "url" not in fields:
            href = el.get("href")
            if href and el.get("rel", "alternate") == "alternate":
                fields["url"] = href.strip()
            elif not href and _text(el):
                fields["url"] = _text(el)
        elif tag in ("pubdate", "published", "date", "issued") and "published" not in fields:
            fields["published"] = _text(el)
        elif tag in ("updated", "modified") and "updated" not in fields:
            fields["updated"] = _text(el)
        elif tag in ("creator", "author"):
            fields.setdefault("author", _text(el))
        elif tag in ("encoded", "content"):
            body_html = body_html or "".join(el.itertext())
        elif tag in ("description", "summary"):
            summary = summary or "".join(el.itertext())
    if "published" not in fields and "updated" in fields:
        fields["published"] = fields["updated"]
    fields.pop("updated", None)
    body = _paragraphs(body_html or summary or "")
    if not body:
        return None
    if outlet:
        fields["outlet"] = outlet
    meta = tuple((k, _reescape(v)) for k, v in fields.items() if v)
    return RawDocument(content=_reescape(body), kind="json", source=name, meta=meta, warnings=warnings)


def _paragraphs(markup: str) -> str:
    """An item's HTML body as text, one paragraph a line; text that is no HTML as it is."""
    if "<" not in markup:
        return htmllib.unescape(markup).strip()
    import lxml.etree as etree
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(markup, create_parent="div")
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        return " ".join(re.sub(r"<[^>]*>", " ", markup).split())
    for el in root.iter():
        tag = _local(el.tag)
        if tag in ("script", "style"):
            el.text = ""
        if tag in _BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
        elif tag == "br":
            el.tail = "\n" + (el.tail or "")
    text = root.text_content()
    return "\n\n".join(" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip())


def _reescape(text: str) -> str:
    return text.replace("&", "&amp;")
