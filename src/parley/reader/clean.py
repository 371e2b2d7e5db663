"""RawDocument -> Document: the article body and its metadata.

The only stage that makes text: every later offset indexes ``Document.text``.

Takes a ``RawDocument`` (page text copied from a browser, an HTML page, or the ``text``
of a JSON report, often crawler markdown) and gives a ``Document`` whose ``text`` is the
article body only, under this contract:

- paragraphs separated by exactly ``"\\n\\n"``, each on one line;
- inside a paragraph, white space collapsed to single spaces;
- no leading or trailing white space; ``""`` when no article was found.

Site chrome (menus, share buttons, photo captions and credits, newsletter and cookie
prompts, related-story lists, wire sign-offs, footers) is dropped line by line with the
patterns of ``parley.reader.ingest.chrome``. What the page says about the article becomes
fields: ``title``, ``outlet``, ``agency``, ``published``, ``dateline`` (and the dateline
prefix leaves the first paragraph). Doubts are coded warnings on the document:

    W201 no article body found          W202 not English
    W203 input is not UTF-8             W204 input is UTF-16
    W205 broken encoding repaired
"""

from __future__ import annotations

import re
import warnings
from datetime import datetime
from datetime import time as time_of_day
from typing import Any

from parley.lexicon.outlets import AGENCIES, CHROME_OUTLETS, SECTION_WORDS, SITE_OUTLETS
from parley.model import Document, RawDocument
from parley.reader.ingest import chrome
from parley.reader.ingest.language import guess_language

W_NO_BODY = "W201 no article body found"
W_NOT_ENGLISH = "W202 not English"
W_MOJIBAKE = "W205 broken encoding repaired"

# A line is prose (a paragraph of the article) when it has at least this many words and
# ends like a sentence. Five keeps short sentences ("The CIA declined to comment.") and
# drops labels and buttons, which rarely end in a period.
PROSE_MIN_WORDS = 5
# A dateline is looked for in this many lines from where the body may start: wire copy
# puts it on the first paragraph, after at most a dek, summary bullets or a caption.
DATELINE_WINDOW = 5
# A footer marker ends the article only once this share of the prose lies before it;
# earlier (a "Copyright" line in a header, a sign-off quoted mid-page) it is dropped alone.
# Set from the crawls, where a wire sign-off sits at 55-95% of the prose.
TAIL_MIN_SHARE = 0.5
# A byline starts the body only when at least this share of the prose lies after it: a
# page with caption carousels before its byline (50% of its prose) still starts after it.
BYLINE_MIN_AFTER = 0.5
# Lines looked back over, from a "Agency | Updated: date" byline, for the headline.
TITLE_LOOKBACK = 3
# Headline-like lines (no final punctuation, at least LINK_MIN_WORDS words) this many in
# a row inside a body are a list of links to other stories; two may be subheads.
LINK_RUN = 3
LINK_MIN_WORDS = 6
# Hard-wrapped text (e-mail, plain-text wires): lines of a paragraph are joined when the
# document's lines are all at most WRAP_MAX_CHARS long and its paragraphs' inner lines
# at least WRAP_MIN_CHARS (shorter inner lines mean a list or a menu, kept line by line).
WRAP_MAX_CHARS = 100
WRAP_MIN_CHARS = 40
# Characters at each end of a long line in which chrome phrases are looked for: the
# longest sign-off or prompt seen in the crawls ends its phrase within 150 of an edge.
EDGE_CHARS = 160

_QUOTE_MARKS = ('"', "“", "‘", "'", "«")
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]»*_]*$")

# Markdown left by crawlers.
_HEADING = re.compile(r"^#{1,6}(?:\s+|(?=\S))")
_BULLET = re.compile(r"^(?:[*•·▪‣+-])\s+")
_LINK_RESIDUE = re.compile(r"\[\]\([^\s)]*\)|\[\]\(\S*$")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^\s)]*\)")
_MD_LINK = re.compile(r"(?<!\\)\[([^\[\]\n]*?[^\\\[\]\n])\]\([^\s)]*\)")
_AUTOLINK = re.compile(r"<(?:https?:|www\.)[^>\s]*>")
_BOLD = re.compile(r"\*\*(.*?)\*\*|__(.+?)__")
_ITALIC = re.compile(r"(?<![\w*\\])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w\\])_(?=\S)([^_\n]+?)(?<=\S)_(?!\w)")
_STRAY_MARKS = re.compile(r"(?<!\\)\*{2,}|(?<![\w\\])_{1,2}(?=\s|$)|(?<=\s)_{1,2}(?=\w)")
# Menus: three or more short items split by separators, or two split by a wide gap.
_NAV_SPLIT = re.compile(r"\s+[|/>»·•]\s+|\s{3,}")

# Datelines: "VIENNA -", "LVIV, Mar 3 (Reuters) -", "LONDON --", "LVIV, Ukraine —",
# "ERBIL (Kurdistan24) —", "Feb 10 (Reuters) -".
_CITY = r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,3}"
_DATELINE = re.compile(
    rf"^(?P<city>{_CITY})"
    r"(?:,\s*(?P<region>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}))?"
    rf"(?:,?\s*(?P<date>{chrome.MONTHS}\s*\d{{1,2}}))?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?"
    r"\s*(?:--|[-—–])\s*(?=[\"“‘'A-Z0-9])"
)
_DATELINE_NO_CITY = re.compile(
    rf"^(?P<date>{chrome.MONTHS}\s*\d{{1,2}})\s*\((?P<agency>[^()]{{2,40}})\)\s*(?:--|[-—–])\s*"
)
_NOT_CITIES = frozenset({
    "U.S.", "US", "UK", "U.K.", "UN", "U.N.", "EU", "NATO", "AP", "CNN", "BBC", "WATCH", "FILE", "UPDATE",
    "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "TOPSHOT", "PHOTO", "VIDEO", "LIVE", "NOTE", "EDITOR'S NOTE",
    "UPDATED", "CORRECTION", "I", "A", "OK", "TV", "GMT", "UTC", "ET",
})

# Mojibake: UTF-8 read as cp1252/Latin-1 ("Ã©", "â€™", "Â "), and the bare "â" that is
# left of a curly apostrophe when the C1 bytes were stripped ("Ukraineâs").
_MOJIBAKE = re.compile(r"[ÃÂ][\u0080-\u00bf]|â€|â[\u0080-\u009f]|(?<=[a-z])â(?=(?:s|t|ll|re|ve|d|m)\b)")
_BARE_A_APOSTROPHE = re.compile(r"(?<=[a-z])â(?=(?:s|t|ll|re|ve|d|m)\b)")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LOOKS_HTML = re.compile(r"\s*<(?:!doctype|html|body|article|div|p)\b", re.I)

_OUTLET_NOTE = re.compile(r"\s*\(([^()]*)\)")
_WIRE_NOTE = re.compile(r"\b(?P<wire>[A-Z][\w.&' -]{0,30}?)\s+wire\b", re.I)
_COPYRIGHT_NAME = re.compile(
    r"(?:copyright|©)\s*(?:©\s*)?(?:\(c\)\s*)?(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*)?(?:by\s+)?"
    r"(?P<name>[A-Z][\w&'’ .-]{1,60}?)\s*(?:\.\s|\.$|,|\||all rights|$)",
    re.I,
)
_BELONGS_TO = re.compile(r"belongs to (?P<name>[A-Z][\w&'’ .-]{1,60}?)\s*(?:\(|,|\.|$)")
_CORPORATE = re.compile(
    r"(?:\s+(?:information|media|group|holdings?|corp\.?|corporation|co\.?|company|ltd\.?|limited|inc\.?|"
    r"llc|plc|network|communications|publishing|news agency))+$",
    re.I,
)
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|:|::|·)\s+")
_DOMAIN = re.compile(r"^(?:[a-z][a-z+.-]*://)?(?:www\d?\.)?([^/:?#\s]+)", re.I)
_SECTION_LABEL = re.compile(r"(?:[\w'’-]+ ){1,3}News")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


class _Line:
    """One line of the input: its text without markdown, and what it looks like."""

    __slots__ = ("text", "heading", "bullet", "nav", "words", "tag")

    def __init__(self, text: str, heading: bool, bullet: bool, nav: bool) -> None:
        self.text = text
        self.heading = heading
        self.bullet = bullet
        self.nav = nav
        self.words = len(text.split())
        self.tag = ""


def clean(raw: RawDocument) -> Document:
    warnings = list(raw.warnings)
    meta: dict[str, Any] = {k: v for k, v in raw.meta if v is not None and v != ""}
    content = raw.content or ""
    if raw.kind == "html" or (raw.kind == "json" and _LOOKS_HTML.match(content)):
        from parley.reader.ingest.html import extract_html

        content, page_meta = extract_html(content)
        meta = {**page_meta, **meta}  # what a JSON report states wins over what its page says
    content, repaired = _normalize(content)
    if repaired:
        warnings.append(W_MOJIBAKE)

    lines = _split_lines(content)
    for line in lines:
        line.tag = _classify(line)
    _dedupe(lines)
    _mark_captions(lines)
    page = _find_body(lines)

    paragraphs = [p for p in page["paragraphs"] if p]
    text = "\n\n".join(paragraphs)
    language = "en"
    if not text:
        warnings.append(W_NO_BODY)
    else:
        language, share = guess_language(text)
        if language != "en":
            warnings.append(f"{W_NOT_ENGLISH} (English function words {share:.0%}; looks like {language})")

    outlet, outlet_agency = _outlet(meta.get("outlet"), lines, meta.get("url"))
    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    if not title:
        title = page["title"]
    if title:
        given = meta.get("outlet") if isinstance(meta.get("outlet"), str) else None
        title = _strip_site_suffix(" ".join(title.split()), (outlet, given), meta.get("url"))
    agency = page["agency"]
    if agency and outlet and _fold(agency) == _fold(outlet) and agency.lower() not in AGENCIES:
        agency = None  # "ERBIL (Kurdistan24) -": the outlet's own dateline credit, not a wire's
    agency = agency or outlet_agency or _agency_of(outlet) or _copyright_agency(lines)
    published = meta.get("published")
    published = _iso_published(str(published)) if published is not None else page["published"]
    url = meta.get("url") if isinstance(meta.get("url"), str) else None
    return Document(
        text=text,
        title=title or None,
        outlet=outlet,
        agency=agency,
        published=published or None,
        dateline=page["dateline"],
        url=url,
        language=language,
        source=raw.source,
        warnings=tuple(warnings),
    )


# ------------------------------------------------------------------ text and lines

def _normalize(text: str) -> tuple[str, bool]:
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    if not ("Ã" in text or "Â" in text or "â" in text) or not _MOJIBAKE.search(text):
        return text, False
    import ftfy  # lazy: ~80 ms, only when a line looks broken

    config = ftfy.TextFixerConfig(
        unescape_html=False, uncurl_quotes=False, fix_latin_ligatures=False, fix_character_width=False,
        fix_line_breaks=False, normalization=None, explain=False,
    )
    out = []
    for line in text.split("\n"):
        if _MOJIBAKE.search(line):
            line = _BARE_A_APOSTROPHE.sub("’", ftfy.fix_text(line, config))
        out.append(line)
    return "\n".join(out), True


def _split_lines(text: str) -> list[_Line]:
    physical = text.splitlines()
    blocks: list[list[str]] = [[]]
    for p in physical:
        if p.strip():
            blocks[-1].append(p)
        elif blocks[-1]:
            blocks.append([])
    if _is_wrapped(physical, blocks):
        physical = [" ".join(b) if all(len(x.strip()) >= WRAP_MIN_CHARS for x in b[:-1]) else None
                    for b in blocks] if blocks else []
        flat: list[str] = []
        for joined, b in zip(physical, blocks, strict=True):
            flat.extend([joined] if joined is not None else b)
        physical = flat
    lines = []
    for p in physical:
        line = _unmark(p)
        if line is not None:
            lines.append(line)
    return lines


def _is_wrapped(physical: list[str], blocks: list[list[str]]) -> bool:
    multi = [b for b in blocks if len(b) > 1]
    if len(blocks) < 2 or not multi:
        return False
    return max(len(p) for p in physical) <= WRAP_MAX_CHARS and len(multi) >= len(blocks) / 3


def _unmark(raw_line: str) -> _Line | None:
    s = raw_line.strip()
    if not s:
        return None
    nav = _is_nav(s)
    heading = bullet = False
    for _ in range(2):  # "* ### Headline" carries both marks
        m = _HEADING.match(s)
        if m:
            heading, s = True, s[m.end():]
        m = _BULLET.match(s)
        if m:
            bullet, s = True, s[m.end():]
    if "](" in s or "<" in s:
        s = _MD_IMAGE.sub("", s)
        s = _LINK_RESIDUE.sub("", s)
        s = _MD_LINK.sub(r"\1", s)
        s = _AUTOLINK.sub("", s)
    if "*" in s or "_" in s:
        s = _BOLD.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), s)
        s = _ITALIC.sub(lambda m: m.group(1) if m.group(1) is not None else m.group(2), s)
        s = _STRAY_MARKS.sub("", s)
    s = " ".join(s.split())
    if not s or s in ("*", "-", "#"):
        return None
    return _Line(s, heading, bullet, nav)


def _is_nav(s: str) -> bool:
    if _ends_sentence(s) and not s.endswith(("|", ">", "»")):
        return False
    parts = [p for p in _NAV_SPLIT.split(s) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 4 for p in parts):
        return False
    return len(parts) >= 3 or bool(re.search(r"\s{3,}", s))


def _is_prose(line: _Line) -> bool:
    return line.words >= PROSE_MIN_WORDS and _ends_sentence(line.text)


def _ends_sentence(s: str) -> bool:
    return bool(_TERMINAL.search(s[-8:]))  # the tail only: a search over the whole line costs 20x


def _classify(line: _Line) -> str:
    t = line.text
    if chrome.GETTY_CAPTION.match(t):
        return "caption"
    if ("|" in t and chrome.BYLINE_AGENCY.match(t)) or chrome.BYLINE_WHEN.match(t):
        return "byline"
    if line.words <= 15 and chrome.BYLINE_AUTHOR.match(t):
        return "byline"
    # Chrome phrases sit at a line's start or end; a long paragraph is scanned only there.
    low = t.lower() if len(t) <= 2 * EDGE_CHARS else f"{t[:EDGE_CHARS]} \n {t[-EDGE_CHARS:]}".lower()
    if chrome.is_tail(t, low):
        return "tail"
    if line.words <= 12 and chrome.RELATED.match(t):
        return "related"
    if line.words <= 14 and chrome.CREDIT.match(t):
        return "credit"
    if line.nav or chrome.CHROME_WHOLE.fullmatch(t) or chrome.is_chrome(t, low) or chrome.is_related_link(t):
        return "chrome"
    if chrome.AUTHOR_BIO.match(t):
        return "chrome"
    if chrome.is_caption(t):
        return "caption"
    if (line.words <= 60 and chrome.CAPTION_DATE_END.search(t[-25:]) and t.count(". ") == 0
            and chrome.CAPTION_VERB.search(" ".join(t.split()[:15]))):
        return "caption"
    if _is_prose(line):
        return "prose"
    if line.heading:
        return "heading"
    if line.bullet:
        return "bullet"
    return "short"


def _dedupe(lines: list[_Line]) -> None:
    """A paragraph said twice is a caption carousel or a repeated teaser: keep the first."""
    seen: set[str] = set()
    for line in lines:
        if line.words >= 3 and line.tag in ("prose", "short", "caption", "bullet"):
            if line.text in seen:
                line.tag = "dup"
            seen.add(line.text)


def _mark_captions(lines: list[_Line]) -> None:
    """A credit line takes the caption above it along; so does a caption repeated with a credit."""
    for i, line in enumerate(lines):
        if line.tag not in ("credit", "caption") or i == 0:
            continue
        prev = lines[i - 1]
        if prev.tag not in ("prose", "short", "dup", "bullet") or _dateline(prev.text):
            continue
        if line.tag == "credit":
            # A bare "Getty Images" under a paragraph marks a picture without a caption; a
            # quotation is a paragraph, not a caption.
            if line.words >= 3 and not prev.text.startswith(_QUOTE_MARKS):
                prev.tag = "caption"
        elif line.text.startswith(prev.text[: max(20, len(prev.text) - 2)]):
            prev.tag = "caption"


# ------------------------------------------------------------------ the body

def _find_body(lines: list[_Line]) -> dict[str, Any]:
    n = len(lines)
    prose_at = [len(x.text) if x.tag == "prose" else 0 for x in lines]
    total = sum(prose_at) or 1
    after = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        after[i] = after[i + 1] + prose_at[i]
    result: dict[str, Any] = {"title": None, "agency": None, "published": None, "dateline": None, "paragraphs": []}

    # Where the body may start: after the last byline that still has most prose after it.
    start = 0
    for i, line in enumerate(lines):
        if line.tag == "byline" and after[i + 1] >= BYLINE_MIN_AFTER * total:
            start = i + 1
            m = chrome.BYLINE_AGENCY.match(line.text)
            if m:
                _read_agency_byline(m, result)
            elif result["published"] is None:
                result["published"] = _byline_time(line.text)
            result["title"] = _title_before(lines, i) or result["title"]  # the headline sits over the byline
    if result["title"] is None:  # a markdown headline above the body
        result["title"] = next((x.text for x in lines[:start or n] if x.tag == "heading" and 3 <= x.words <= 40), None)
    if not any(prose_at):
        return result

    # The first paragraph: a dateline near the start, else the first prose line.
    first = None
    seen = 0
    for i in range(start, n):
        line = lines[i]
        if line.tag in ("prose", "short"):
            dl = _dateline(line.text)
            if dl:
                first = i
                city, agency, rest = dl
                result["dateline"] = city
                if agency:
                    result["agency"] = AGENCIES.get(agency.lower(), agency)
                line.text = rest
                line.tag = "prose"
                break
            seen += 1
            if seen >= DATELINE_WINDOW:
                break
    if first is None:
        first = next((i for i in range(start, n) if lines[i].tag == "prose"), n)

    # Where it ends: the first footer marker with most of the prose before it.
    end = n
    for i in range(first, n):
        if lines[i].tag == "tail" and total - after[i] >= TAIL_MIN_SHARE * total:
            end = i
            break

    kept: list[_Line] = []
    in_related = False
    for line in lines[first:end]:
        tag = line.tag
        if tag == "related":
            in_related = True
            continue
        if in_related:
            if tag in ("short", "bullet", "heading", "chrome", "credit", "caption", "dup"):
                continue
            in_related = False
        if tag in ("prose", "short", "heading", "bullet"):
            kept.append(line)
    kept = _drop_link_runs(kept)
    while kept and kept[-1].tag == "bullet":  # a list of links closing the page
        kept.pop()
    result["paragraphs"] = [x.text for x in kept]
    return result


def _drop_link_runs(kept: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    run: list[_Line] = []

    def flush() -> None:
        if len(run) < LINK_RUN:
            out.extend(run)
        run.clear()

    for line in kept:
        if line.tag in ("short", "bullet") and line.words >= LINK_MIN_WORDS and not _ends_sentence(line.text):
            run.append(line)
            continue
        flush()
        out.append(line)
    flush()
    return out


def _dateline(text: str) -> tuple[str | None, str | None, str] | None:
    """(city in ordinary case, agency, the paragraph without its dateline), or None."""
    m = _DATELINE.match(text)
    if m and m.group("city") not in _NOT_CITIES and sum(c.isalpha() for c in m.group("city")) >= 3:
        rest = text[m.end():]
        if len(rest.split()) >= PROSE_MIN_WORDS:
            return _ordinary_case(m.group("city")), m.group("agency"), rest
    m = _DATELINE_NO_CITY.match(text)
    if m:
        rest = text[m.end():]
        if len(rest.split()) >= PROSE_MIN_WORDS:
            return None, m.group("agency"), rest
    return None


def _ordinary_case(city: str) -> str:
    words = []
    for w in city.split():
        if len(w) <= 2 and "." not in w and w in ("DC", "UK", "US"):
            words.append(w)
        else:
            words.append("-".join(p.capitalize() for p in w.split("-")))
    out = " ".join(words)
    return re.sub(r"(?<=['’])([a-z])", lambda m: m.group(1).upper(), out)


def _read_agency_byline(m: re.Match[str], result: dict[str, Any]) -> None:
    date, time = m.group("date"), m.group("time")
    result["published"] = f"{date}T{int(time.split(':')[0]):02d}:{time.split(':')[1]}" if time else date
    for part in reversed(m.group("who").split("|")):
        part = part.strip()
        if part.lower().startswith("by "):
            continue
        if part.lower() in AGENCIES:
            result["agency"] = AGENCIES[part.lower()]
            break


_BYLINE_DATE = re.compile(
    rf"(?:{chrome.MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{chrome.MONTHS},?\s+\d{{4}})"
)
_BYLINE_CLOCK = re.compile(r"\b\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?")


def _byline_time(text: str) -> str | None:
    """ "Updated 5:44 PM UTC, January 26, 2026" -> "2026-01-26T17:44"; date alone if no clock.

    Our patterns find the date and the clock; dateutil reads them (the clock as written,
    its zone left out, as a byline shows the newsroom's time).
    """
    # Templates left unfilled ("[hour]:[minute] ... [year]") precede the real stamp: read the last one.
    dates = _BYLINE_DATE.findall(text)
    if not dates:
        return None
    clocks = _BYLINE_CLOCK.findall(text)
    stamp = _parse_stamp(f"{dates[-1]} {clocks[-1]}", ignoretz=True) if clocks else None
    if stamp is not None:
        return stamp.strftime("%Y-%m-%dT%H:%M")
    stamp = _parse_stamp(dates[-1], ignoretz=True)  # no clock, or one that is no time ("25:99")
    return stamp.date().isoformat() if stamp is not None else None


def _iso_published(value: str) -> str:
    """A publication stamp as ISO 8601: kept as written when it is ISO already, else read by
    dateutil ("Tue, 24 Jun 2025 09:17:00 GMT" -> "2025-06-24T09:17:00+00:00"); a stamp it
    cannot read is kept, and dates relative to it stay unresolved."""
    if _ISO_DAY.match(value.strip()):
        return value.strip()
    stamp = _parse_stamp(value, ignoretz=False)
    if stamp is None:
        return value
    if stamp.tzinfo is None and stamp.time() == time_of_day.min:
        return stamp.date().isoformat()
    return stamp.isoformat()


def _parse_stamp(value: str, *, ignoretz: bool) -> datetime | None:
    from dateutil import parser  # lazy: ~60 ms, only for stamps that are not ISO already

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # a zone name it does not know ("EDT") is dropped
        try:
            return parser.parse(value, ignoretz=ignoretz)
        except (ValueError, OverflowError):
            return None


def _title_before(lines: list[_Line], i: int) -> str | None:
    looked = 0
    for j in range(i - 1, -1, -1):
        line = lines[j]
        if line.tag in ("chrome", "credit", "caption", "dup"):
            continue
        if line.tag in ("short", "heading") and 3 <= line.words <= 40 and not line.nav:
            return line.text
        looked += 1
        if looked >= TITLE_LOOKBACK:
            break
    return None


# ------------------------------------------------------------------ fields

def _outlet(given: Any, lines: list[_Line], url: Any) -> tuple[str | None, str | None]:
    """The outlet's name, and the wire agency its note names ("ABC News (AP wire)")."""
    agency = None
    if isinstance(given, str) and given.strip():
        name = given.strip()
        for note in _OUTLET_NOTE.findall(name):
            w = _WIRE_NOTE.search(note)
            if w and w.group("wire").strip().lower() in AGENCIES:
                agency = AGENCIES[w.group("wire").strip().lower()]
        name = " ".join(_OUTLET_NOTE.sub(" ", name).split())
        if name:
            return name, agency
    chrome_text = [x.text for x in lines if x.tag in ("chrome", "tail")]
    for t in chrome_text:
        m = _BELONGS_TO.search(t)
        if m:
            name = _CORPORATE.sub("", m.group("name").strip())
            if name:
                return name, agency
    for t in chrome_text:
        m = _COPYRIGHT_NAME.search(t)
        if m:
            name = _CORPORATE.sub("", m.group("name").strip(" .-"))
            if name and name.lower() not in AGENCIES and name.lower() not in ("all", "the"):
                return name, agency
    blob = "\n".join(chrome_text).lower()
    for marker, name in CHROME_OUTLETS.items():
        if marker in blob:
            return name, agency
    if isinstance(url, str):
        m = _DOMAIN.match(url.strip())
        if m:
            host = m.group(1).lower()
            while host:
                if host in SITE_OUTLETS:
                    return SITE_OUTLETS[host], agency
                host = host.partition(".")[2] if "." in host.partition(".")[2] else ""
    return None, agency


def _agency_of(outlet: str | None) -> str | None:
    """An agency's own site reports its own copy: Reuters on reuters.com, AP on apnews.com."""
    if not outlet:
        return None
    key = outlet.lower()
    if key in AGENCIES:
        return AGENCIES[key]
    if key.endswith(" news") and key[:-5] in AGENCIES and key[:-5] in ("ap", "reuters", "xinhua", "afp"):
        return AGENCIES[key[:-5]]
    return None


def _copyright_agency(lines: list[_Line]) -> str | None:
    for x in lines:
        if x.tag in ("chrome", "tail"):
            m = _COPYRIGHT_NAME.search(x.text)
            if m and m.group("name").strip(" .").lower() in AGENCIES:
                return AGENCIES[m.group("name").strip(" .").lower()]
    return None


def _strip_site_suffix(title: str, outlets: tuple[str | None, ...], url: Any) -> str:
    """Drop trailing " | Site", " - Section | Site" segments that name the site, not the story."""
    names = {_fold(o) for o in outlets if o}
    if isinstance(url, str):
        m = _DOMAIN.match(url.strip())
        if m:
            names.add(_fold(m.group(1).split(".")[-2] if m.group(1).count(".") else m.group(1)))
    parts = _TITLE_SEPARATORS.split(title)
    seps = _TITLE_SEPARATORS.findall(title)
    if len(parts) < 2:
        return title
    cut = len(parts)
    dropped_site = False
    while cut > 1:
        seg = _fold(parts[cut - 1])
        if _names_site(seg, names) or (seg in (_fold(v) for v in SITE_OUTLETS.values())):
            dropped_site = True
        elif (dropped_site or (cut == len(parts) and seps[-1].strip() == "|")) and _is_section(parts[cut - 1]):
            pass  # "Explainer News" before the site's name, or standing in for it
        else:
            break
        cut -= 1
    if cut == len(parts):
        return title
    out = parts[0]
    for k in range(1, cut):
        out += seps[k - 1] + parts[k]
    return out.strip() or title


def _is_section(segment: str) -> bool:
    words = _fold(segment).split()
    return bool(_SECTION_LABEL.fullmatch(segment.strip())) or (
        len(words) <= 3 and any(w in SECTION_WORDS for w in words))


def _names_site(seg: str, names: set[str]) -> bool:
    if not seg:
        return False
    for name in names:
        if not name:
            continue
        if seg == name or seg.replace(" ", "") == name.replace(" ", ""):
            return True
        sw, nw = set(seg.split()), set(name.split())
        if sw and len(sw & nw) >= max(1, len(sw) // 2) and len(seg.split()) <= 8:
            return True
    return False


def _fold(s: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", s.lower()).split())
