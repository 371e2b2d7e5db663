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
    W205 broken encoding repaired       W206 published date read from the URL
    W207 body guessed (no headline, byline or dateline marks where it starts)
    W208 outlet guessed from the page's masthead, footer or URL
    W209 several stories on the page (a front page): the first read, the others dropped
    W210 body truncated (a paywall's subscribe box, a "Continue reading" link, after the start)
    W211 published date gives no year ("July 7th"): the year from the copyright notice or URL

HTML character references (``&amp;``, ``&#x27;``) in page text, JSON text and titles are
decoded here, once, before any line is judged or any offset taken (an HTML page's are
decoded by its parser).
"""

from __future__ import annotations

import html as htmllib
import re
import warnings
from collections import Counter
from datetime import datetime, timedelta
from datetime import time as time_of_day
from typing import Any

from parley.lexicon.outlets import AGENCIES, CHROME_OUTLETS, SECTION_WORDS, SITE_OUTLETS
from parley.lexicon.people import CAPITAL_TITLES, ROLE_HEADS
from parley.model import Document, RawDocument
from parley.reader.ingest import chrome
from parley.reader.ingest.language import guess_language

W_NO_BODY = "W201 no article body found"
W_NOT_ENGLISH = "W202 not English"
W_MOJIBAKE = "W205 broken encoding repaired"
W_PUBLISHED_FROM_URL = "W206 published date read from the URL"
W_BODY_GUESSED = "W207 body guessed: no headline, byline or dateline marks where it starts"
W_OUTLET_GUESSED = "W208 outlet guessed from the page's masthead, footer or URL"
W_SEVERAL_STORIES = "W209 several stories on the page: the first one read"
W_TRUNCATED = "W210 body truncated: the page shows only the start of the article (a paywall or a teaser)"
W_YEAR_GUESSED = "W211 published date gives no year: the year of the page's copyright notice or URL"

# A line is prose (a paragraph of the article) when it has at least this many words and
# ends like a sentence. Five keeps short sentences ("The navy declined to comment.") and
# drops labels and buttons, which rarely end in a period.
PROSE_MIN_WORDS = 5
# A dateline is looked for in this many lines from where the body may start: wire copy
# puts it on the first paragraph, after at most a dek, summary bullets or a caption; and
# not past two paragraphs of at least REPORTING_MIN_WORDS words that report (a dek is one).
DATELINE_WINDOW = 5
REPORTING_MIN_WORDS = 20
# A footer marker ends the article only once this share of the prose lies before it;
# earlier (a "Copyright" line in a header, a sign-off quoted mid-page) it is dropped alone.
# Set from the crawls, where a wire sign-off sits at 55-95% of the prose.
TAIL_MIN_SHARE = 0.5
# A byline starts the body only when at least this share of the prose lies after it: a
# page with caption carousels before its byline (50% of its prose) still starts after it.
BYLINE_MIN_AFTER = 0.5
# A paragraph that reports, names its day ("on Tuesday") and has at least this many words is an
# article's lead, not a dek (deks under dev and round-4 headlines have 12-30 words); a byline
# under it leaves it in the body when less than LEAD_MAX_AFTER of the prose stands after the
# byline (a dek is short beside the article, a lead is a good part of a short one).
LEAD_MIN_WORDS = 35
LEAD_MAX_AFTER = 0.9
_DAY_WORD = re.compile(r"\b(?:on|late on|early on|last) (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|"
                       r"\b(?:yesterday|today|tonight)\b")
# Lines looked back over, from a "Agency | Updated: date" byline, for the headline.
TITLE_LOOKBACK = 3
# A live blog gives each entry its date line: this many date lines over paragraphs are its entries'.
ENTRY_STAMPS = 3
# A front page's teaser: a headline of this many words, one or two paragraphs, its time.
TEASER_HEAD_WORDS = (3, 16)
# A dek (standfirst) under a headline is longer than it: by at least DEK_EXTRA_WORDS words,
# under a headline of at least HEADLINE_MIN_WORDS (a section's label is shorter).
DEK_EXTRA_WORDS = 3
HEADLINE_MIN_WORDS = 5
# ... and no longer than the dek by more than this: two headline-like lines of about the same
# length over a byline are a headline and its dek (round 5: they were taken the other way).
DEK_SLACK_WORDS = 2
# Headline-like lines (no final punctuation, at least LINK_MIN_WORDS words) this many in
# a row inside a body are a list of links to other stories; two may be subheads.
LINK_RUN = 3
LINK_MIN_WORDS = 6
# Hard-wrapped text (e-mail, plain-text wires): lines of a paragraph are joined when the
# document's lines are all at most WRAP_MAX_CHARS long and its paragraphs' inner lines
# at least WRAP_MIN_CHARS (shorter inner lines mean a list or a menu, kept line by line).
WRAP_MAX_CHARS = 100
WRAP_MIN_CHARS = 40
# A date line under a headline is short: "Updated 3:14 p.m. EDT, Wed June 4, 2025" is 9 words.
STAMP_MAX_WORDS = 16
# A caption above a credit has at least this many words ("Talks resume Monday." is a
# paragraph); whether it shows or tells is read in its first CAPTION_HEAD_WORDS words.
CAPTION_MIN_WORDS = 8
CAPTION_HEAD_WORDS = 12
# Short lines repeated on a page are its furniture; longer repeated lines are left to
# ``_dedupe`` (a quote said twice is still said).
REPEAT_MAX_WORDS = 6
RELATED_QUESTION_WORDS = 12  # a headline asking a question under "Related"; a paragraph is longer
# A label and a short value, as under a chart or a picture: one or two words, a colon, at
# most six words. Inside a body only: above it such a line may be a headline ("Talks: ...").
_LABEL_LINE = re.compile(r"^[A-Z][\w'’]*(?: [\w'’]+)?\s?:\s+\S+(?:\s+\S+){0,5}$")
# A line this long with a sentence's end inside it is a paragraph, however it ends.
LONG_LINE_WORDS = 12
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"'”’)\]»]*\s")
# A crawler's header ("Title: ...", "URL Source: ...") is a few "Key: value" lines at the
# top; more than this many is a document, not a header.
HEADER_MAX_LINES = 30
# A plea to readers ("... is supported by readers. Please consider a contribution.") is short.
APPEAL_MAX_WORDS = 40
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
# A line wholly in parentheses is an editor's note ("(Adds quotes, paragraphs 4-5)"), never a headline.
_PARENTHESIZED = re.compile(r"^\([^()]*\)$")
# A wire service's slug before its headline ("UPDATE 2-", "REFILE-"): seen in wire copy (Reuters-style).
_WIRE_SLUG = re.compile(r"^(?:UPDATE|REFILE|CORRECTED|RPT|WRAPUP|EXCLUSIVE|ANALYSIS|FACTBOX|INSIGHT|BREAKINGVIEWS)"
                        r"(?: \d+)?\s*[-—–:]\s*(?=\S)")
# A badge set before a headline on live and breaking pages ("LIVE   Osk summit: ...",
# "BREAKING: ..."): seen on live blogs and breaking-news pages; in capitals only.
# A wire's story slug on the top line ("XNA-WORLD-VELL-TALKS (UPDATE 2, adds quotes)"): capitals and
# digits joined by hyphens, three pieces at least, an editor's note after it; never a headline.
_SLUG_LINE = re.compile(r"[A-Z0-9]{2,}(?:-[A-Z0-9]{2,}){2,}(?:\s*\([^()]*\))?")
_BADGE = re.compile(r"^(?:LIVE|BREAKING|JUST IN|WATCH|DEVELOPING)(?:\s*[:|–—-]\s*|\s+)(?=\S)")
_END_MARKS = frozenset({"###", "# # #", "-30-", "- 30 -"})  # a press release's end, kept as a line for ``chrome.TAIL``
_RULE_LINE = re.compile(r"[-=*_~#·•.\s]{3,}")  # a horizontal rule: "---", "***", "= = ="
# A printed page's number on a line of its own: "2", "- 3 -", "Page 2 of 4", "1/2".
_PAGE_NUMBER = re.compile(r"\s*(?:[-–—]\s*)?\d{1,3}(?:\s*[-–—])?\s*|\s*page\s+\d{1,3}(?:\s+of\s+\d{1,3})?\s*|"
                          r"\s*\d{1,3}\s*/\s*\d{1,3}\s*", re.I)
# The gap between the left and right halves of a running header or footer ("THE VELL
# MONITOR          Weekly bulletin, 9 July 2031"): eight spaces or more, as a PDF's text layer has.
_RUNNING_GAP = re.compile(r"\s{8,}")
_WIDE_GAP = re.compile(r"\s{3,}")
# Two spaces or more inside a short line that ends no sentence: how a browser copy sets apart the
# items of a toolbar or the parts of a date line ("Aug 4, 2031  World  Leave a comment").
_GAP_SPLIT = re.compile(r"\s{2,}")
GAP_LINE_MAX_CHARS = 160
_SIDE_BY_SIDE = re.compile(r"\s+[|·•]\s+")
_NAV_SPLIT = re.compile(r"\s+[|/>»›·•]\s+|\s{3,}")  # "Home › World › Diplomacy" too

# Datelines: "KESSA -", "LVIV, Mar 3 (Reuters) -", "OSK --", "LVIV, Ukraine —",
# "KESSA (Vell24) —", "Feb 10 (Reuters) -".
_CITY = r"[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,4}(?:/[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,2})?"  # "VELL/OSK"
# The date a dateline carries: "Mar 3", and with its year "March 3, 2031" or "3 March 2031".
_DATELINE_DATE = rf"(?:{chrome.MONTHS}\s*\d{{1,2}}(?:,?\s+\d{{4}})?|\d{{1,2}}\s+{chrome.MONTHS}(?:,?\s+\d{{4}})?)"
_DATELINE = re.compile(
    rf"^(?P<city>{_CITY})"
    r"(?:,\s*(?P<region>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}))?"
    rf"(?:,?\s*(?P<date>{_DATELINE_DATE}))?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\)|/(?P<agency2>[A-Z][^/\n]{1,39})/|\[(?P<agency4>[A-Z][^\[\]\n]{1,39})\]"
    # "SAO TOME, June 3 — Orm News Service —": an agency between dashes, named as one
    r"|(?:--|[—–])\s*(?P<agency3>[A-Z][\w.&'’]*(?: [A-Z][\w.&'’]*){0,3} (?:News|Press|Agency|Service|Wire))\s*(?=--|[—–]))?"
    # "PORT ARDEN, 14 October (KNA) Marnia and ...": after a date and an agency, no dash needed
    r"(?:\s*(?:--|[-—–]|:(?=\s))|(?(date)(?<=[)\]])(?=\s)|(?!)))\s*(?=[\"“‘'A-Z0-9])"
)
# "Osk, 2 December 2031 - The commission ...": a place in ordinary case and the day (a
# ministry's or a mission's release); the date tells it from "Kovic (left) - ...".
_DATELINE_PLACE_DATE = re.compile(
    r"^(?P<city>[A-Z][a-z'’.-]+(?: (?:[A-Z][a-z'’.-]+|de|del|la|el|al|da|do|di)){0,4}),\s*"
    # "Osk, Mar 8 (KPS): The ..." (Indian wires' house style): a colon after the agency, as after the day
    rf"(?P<date>{_DATELINE_DATE})\s*(?:\((?P<agency>[^()]{{2,40}})\)\s*)?(?:--|[-—–]|(?<=\)):(?=\s))\s*(?=[\"“‘'A-Z0-9])"
)
# "Vell, Ruritania — The talks ...": a place and its country in ordinary case before a long dash
# (web copies of US outlets' wire stories); the country's capital letters and the dash tell it from
# a sentence ("Anna Kovic, the minister — said ...").
_DATELINE_PLACE_REGION = re.compile(
    r"^(?P<city>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}),\s+(?P<region>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2})"
    r"\s+(?:--|[—–])\s+(?=[\"“‘A-Z])"
)
# "Vell: Marnia and Borduria on Tuesday agreed ...": a place in ordinary case and a colon
# before the first sentence (Indian house style); never a label ("Analysis:", "Update:") or a
# role ("Spokesperson:"), and never a speaker's label said over more than one paragraph.
_DATELINE_TITLE_COLON = re.compile(r"^(?P<city>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,2}):\s+(?=[\"“‘A-Z])")
COLON_DATELINE_MIN_WORDS = 12
_COLON_LABELS = chrome._wordset(
    "analysis update updates background note exclusive opinion watch read related breaking explainer comment "
    "review interview correction clarification summary context timeline live question answer q a photo photos "
    "video source sources warning disclaimer editorial transcript statement communique communiqué readout "
    "listen advertisement sponsored correspondent reporter moderator participant audience chair")
# "Maseru (Reuters) -", "Santa Cruz, Bolivia (AFP) —": a city in ordinary case, taken only
# with a wire agency we know in its parentheses ("Kovic (left) - ..." is no dateline).
_DATELINE_TITLE_CASE = re.compile(
    r"^(?P<city>[A-Z][a-z'’.-]+(?: [A-Z][a-z'’.-]+){0,3})"
    r"(?:,\s*(?P<region>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}))?"
    rf"(?:,?\s*(?P<date>{chrome.MONTHS}\s*\d{{1,2}}))?"
    r"\s*\((?P<agency>[^()]{2,40})\)\s*(?:--|[-—–])\s*(?=[\"“‘'A-Z0-9])"
)
_DATELINE_NO_CITY = re.compile(
    rf"^(?P<date>{chrome.MONTHS}\s*\d{{1,2}})\s*\((?P<agency>[^()]{{2,40}})\)\s*(?:--|[-—–])\s*"
)
_NOT_CITIES = frozenset({
    "U.S.", "US", "UK", "U.K.", "UN", "U.N.", "EU", "NATO", "AP", "CNN", "BBC", "WATCH", "FILE", "UPDATE",
    "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "TOPSHOT", "PHOTO", "VIDEO", "LIVE", "NOTE", "EDITOR'S NOTE",
    "UPDATED", "CORRECTION", "I", "A", "OK", "TV", "GMT", "UTC", "ET",
    # labels that end in a colon as "DHAKA:" does
    "MORE", "READ", "READ MORE", "RELATED", "ALSO", "ALSO READ", "SEE", "SEE ALSO", "PHOTOS",
    "EDITORS", "EDITOR'S", "EDITORS' NOTE", "WARNING", "SOURCE", "SOURCES", "Q", "QUOTE", "TIMELINE",
    "FACTBOX", "EXPLAINER", "FACT CHECK", "POLL", "LISTEN", "TRANSCRIPT",
})

# Mojibake: UTF-8 read as cp1252/Latin-1 ("Ã©", "â€™", "Â "), and the bare "â" that is
# left of a curly apostrophe when the C1 bytes were stripped ("Ruritaniaâs").
_MOJIBAKE = re.compile(r"[ÃÂ][\u0080-\u00bf]|â€|â[\u0080-\u009f]|(?<=[a-z])â(?=(?:s|t|ll|re|ve|d|m)\b)")
_BARE_A_APOSTROPHE = re.compile(r"(?<=[a-z])â(?=(?:s|t|ll|re|ve|d|m)\b)")
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_LOOKS_HTML = re.compile(r"\s*<(?:!doctype|html|body|article|div|p)\b", re.I)

_OUTLET_NOTE = re.compile(r"\s*\(([^()]*)\)")
_WIRE_NOTE = re.compile(r"\b(?P<wire>[A-Z][\w.&' -]{0,30}?)\s+wire\b", re.I)
_COPYRIGHT_NAME = re.compile(
    r"(?:copyright|©|^\s*\(c\))\s*(?:(?:©|\(c\)|copyright\b)\s*){0,2}(?:\d{4}(?:\s*[-–]\s*(?:\d{4})?)?\s*)?(?:by\s+)?"
    r"(?P<name>[A-Z][\w&'’ .-]{1,60}?)\s*(?:\.\s|\.$|,|\||all rights|or its (?:affiliated|affiliates|licensors)|$)",
    re.I,
)
# A footer that names who owns the page's content: "... belongs to Vell Media Co", "... is the
# property of Vell Media Co", "... is owned by Vell Media Co".
_BELONGS_TO = re.compile(r"(?:belongs to|(?:is|are) the (?:sole |exclusive )?property of|(?:is|are) owned by) "
                         r"(?P<name>[A-Z][\w&'’ .-]{1,60}?)\s*(?:\(|,|\.|$)")
_CORPORATE = re.compile(
    r"(?:\s+(?:information|media|group|holdings?|corp\.?|corporation|co\.?|company|ltd\.?|limited|inc\.?|"
    r"llc|plc|network|communications|publishing|news agency|s\.\s?a\.?|s\.\s?l\.?|sa|gmbh|ag|s\.?p\.?a\.?|"
    r"b\.v\.?|n\.v\.?|sarl|s\.a\.r\.l\.?))+$",
    re.I,
)
# A publishing house, named by its trade in the languages of its copyright line: "Editorial
# Marn" (es), "Éditions du Port" (fr), "Verlag Kell" (de), "Editora", "Edizioni", "Publications".
_PUBLISHER_HOUSE = re.compile(r"(?:editorial|editora|edizioni|éditions|editions|verlag|verlagsgruppe|grupo|groupe|"
                              r"publications|publishers)\b|.*\b(?:verlag|publishers|publications)$", re.I)
_TITLE_SEPARATORS = re.compile(r"\s+(?:\||-|–|—|:|::|·)\s+")
_DOMAIN = re.compile(r"^(?:[a-z][a-z+.-]*://)?(?:www\d?\.)?([^/:?#\s]+)", re.I)
_SECTION_LABEL = re.compile(r"(?:[\w'’-]+ ){1,3}News")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_DOTTED_DAY = re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b")
_DOTTED_YEAR_FIRST = re.compile(r"\d{4}\.\d{1,2}\.\d{1,2}")
# A briefing's or an event's details under its heading ("Venue: Hall B, Osk", "Time: 10:00"): no headline.
_DETAILS_LABEL = re.compile(r"^(?:venue|place|location|where|when|time|date|moderator|attendees?)\s*:", re.I)
_FOLD_PUNCT = re.compile(r"[^\w\s]")


class _Line:
    """One line of the input: its text without markdown, and what it looks like."""

    __slots__ = ("text", "heading", "bullet", "nav", "words", "tag", "stamp", "update", "outlet", "place", "author", "lead",
                 "parts")

    def __init__(self, text: str, heading: bool, bullet: bool, nav: bool) -> None:
        self.text = text
        self.heading = heading
        self.bullet = bullet
        self.nav = nav
        self.words = len(text.split())
        self.tag = ""
        self.stamp: str | None = None  # the ISO time of a date line ("9:05 PM, Tuesday, March 4, 2025")
        self.update = False  # the date line says when the page was updated, not published
        # what a date line prints beside its date: the outlet, the place, the author ("Tarn Wire | ...")
        self.outlet: str | None = None
        self.place: str | None = None
        self.author: str | None = None
        self.lead: str | None = None  # a menu line's first item before a wide gap ("TARN OBSERVER    News   Sport")
        # a menu-like line's items as the raw line sets them apart by wide gaps ("Aug 4, 2031   World   3 comments")
        self.parts: tuple[str, ...] = ()


def clean(raw: RawDocument) -> Document:
    warnings = list(raw.warnings)
    meta: dict[str, Any] = {k: v for k, v in raw.meta if v is not None and v != ""}
    content = raw.content or ""
    if raw.kind == "html" or (raw.kind == "json" and _LOOKS_HTML.match(content)):
        from parley.reader.ingest.html import extract_html

        content, page_meta = extract_html(content)
        meta = {**page_meta, **meta}  # what a JSON report states wins over what its page says
    else:
        content = _unescape(content)  # the one decoding of character references
        for key in ("title", "outlet"):
            if isinstance(meta.get(key), str):
                meta[key] = _unescape(meta[key])
        content, header = _crawler_header(content)
        meta = {**header, **meta}
    content, repaired = _normalize(content)
    if repaired:
        warnings.append(W_MOJIBAKE)

    lines = _split_lines(content)
    for line in lines:
        line.tag = _classify(line)
    _mark_running(lines)
    _dedupe(lines)
    _mark_captions(lines)
    _mark_polls(lines)
    _mark_authored_links(lines)
    page = _find_body(lines)

    url = meta.get("url") if isinstance(meta.get("url"), str) else None
    if not meta.get("page_title") and page["title"]:
        # "Talks resume - The Osk Times" over "Talks resume": the browser tab's title, copied with the page
        tab = next((x.text for x in lines[:min(page["first"], 8)] if x.text != page["title"]
                    and x.text.startswith(page["title"]) and _TITLE_SEPARATORS.match(x.text, len(page["title"]))), None)
        if tab:
            meta["page_title"] = tab
    outlet, outlet_agency, outlet_guessed = _outlet(
        meta.get("outlet") or page["named_outlet"] or meta.get("footer_copyright"), lines, url or page["page_url"], page,
        meta.get("page_title"))
    paragraphs = [p for p in page["paragraphs"] if p and not _is_appeal(p, outlet)]
    text = "\n\n".join(paragraphs)
    if page["guessed"] and text:
        warnings.append(W_BODY_GUESSED)
    if outlet_guessed:
        warnings.append(W_OUTLET_GUESSED)
    if page["several"] and text:
        warnings.append(W_SEVERAL_STORIES)
    if page["truncated"] and text:
        warnings.append(W_TRUNCATED)
    language = "en"
    if not text:
        warnings.append(W_NO_BODY)
    else:
        language, share = guess_language(text)
        if language != "en":
            warnings.append(f"{W_NOT_ENGLISH} (English function words {share:.0%}; looks like {language})")

    title = meta.get("title") if isinstance(meta.get("title"), str) else None
    if not title:
        title = page["title"]
    if title:
        title = _WIRE_SLUG.sub("", _BADGE.sub("", title))
        given = meta.get("outlet") if isinstance(meta.get("outlet"), str) else None
        title = _strip_site_suffix(" ".join(title.split()), (outlet, given), url or page["page_url"])
    agency = page["agency"]
    if agency and agency.lower() not in AGENCIES and _INITIALS.fullmatch(agency):
        # "(KNA)": the initials of a name the page prints in full ("KESTREL NEWS AGENCY" over the headline)
        # or a name the page defines by them anywhere ("Orm News Service (ONS) material may not ...")
        defined = [x.text for x in lines if f"({agency})" in x.text and x.tag in ("chrome", "tail", "short")]
        credits = [c for c in meta.get("credits", ()) if isinstance(c, str)]  # an HTML page's byline, its JSON-LD
        agency = _spelled_out(agency, [outlet or "", *(x.text for x in lines[:page["first"]][:12]), *defined[:3],
                                       *credits]) or (
            _copyright_wire(agency, lines)) or agency
    if (agency and outlet and agency.lower() not in AGENCIES and _is_own_credit(agency, outlet)
            and not _reads_as_agency(agency)):
        # "KESSA (Vell24) -": the outlet's own dateline credit, not a wire's; but "(Kestrel)" on the
        # copy of "Kestrel Wire" is the wire's own credit on its own copy
        agency = outlet if _reads_as_agency(outlet) else None
    agency = agency or outlet_agency or _agency_of(outlet) or _copyright_agency(lines) or page.get("signoff")
    if agency is None and outlet and _reads_as_agency(outlet) and _wire_copy_of(outlet, lines):
        agency = outlet  # the wire's own copy, as it sends it: its slug ("KNA-WORLD-...") or notice names it
    if outlet is None and agency and _reads_as_agency(agency):
        # wire copy as the wire sends it ("KELL (Tarn Wire) -"), no other outlet named: the wire's own
        outlet = agency
        warnings.append(W_OUTLET_GUESSED)
    published = meta.get("published")
    if published is None:  # a crawl's own field names for it ("date": "02/12/2031", "pubDate")
        published = next((meta[k] for k in _PUBLISHED_KEYS if isinstance(meta.get(k), str)), None)
    written = str(published) if published is not None else None
    published = _iso_published(str(published)) if published is not None else page["published"]
    if published and published == page["published"]:
        published = _day_first(published, lines, url or page["page_url"])
    elif published and written and _SLASH_DAY.search(written):
        published = _day_first(published, lines, url or page["page_url"], written)
    if not published and isinstance(meta.get("fetched"), str):
        published = _relative_published(lines, meta["fetched"])
    if not published and page["yearless"]:
        year = _year_of_page(lines, url or page["page_url"])
        stamp = _parse_stamp(f"{page['yearless']} {year}", ignoretz=True) if year else None
        if stamp is not None:
            published = stamp.date().isoformat()
            warnings.append(W_YEAR_GUESSED)
    if not published and title and (m := _TITLE_DATE.search(title)):
        # "Transcript of the weekly briefing (4 March 2033)": a document that carries its day in its title
        stamp = _parse_stamp(m.group(1), ignoretz=True)
        published = stamp.date().isoformat() if stamp is not None else None
    if not published:
        published = _url_date(url or page["page_url"])
        if published:
            warnings.append(W_PUBLISHED_FROM_URL)
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
    physical: list[str] = []
    for p in text.splitlines():
        if _PAGE_NUMBER.fullmatch(p) and p.strip() not in _END_MARKS:
            continue  # "2", "- 3 -", "Page 2 of 4", "1/2": a printed page's number, from a PDF or a print view
        if "        " in p and (halves := _RUNNING_GAP.split(p.strip()))[1:] and len(halves) == 2:
            # a running header or footer: its left and right, each a line
            for half in halves:  # each its own block: never joined to a hard-wrapped paragraph
                if not _PAGE_NUMBER.fullmatch(half):
                    physical.extend(("", half, ""))
            continue
        physical.append(p)
    blocks: list[list[str]] = [[]]
    for p in physical:
        if p.strip():
            blocks[-1].append(p)
        elif blocks[-1]:
            blocks.append([])
    if _is_wrapped(physical, blocks):
        joined_blocks: list[str | None] = [
            _join_wrapped(b) if all(len(x.strip()) >= WRAP_MIN_CHARS or b[k + 1].lstrip()[:1].islower()
                                    for k, x in enumerate(b[:-1])) else None for b in blocks]
        flat: list[str] = []
        for joined, b in zip(joined_blocks, blocks, strict=True):
            flat.extend([joined] if joined is not None else b)
        physical = flat
    lines = []
    for p in physical:
        line = _unmark(p)
        if line is not None:
            lines.append(line)
    return lines


def _join_wrapped(block: list[str]) -> str:
    """The lines of a hard-wrapped paragraph as one: a word broken at a line's end with a
    hyphen ("nego-" / "tiations", as text pasted from a PDF has them) is made whole again."""
    if not block:
        return ""
    out = block[0].strip()
    for line in block[1:]:
        line = line.strip()
        if out.endswith("-") and out[-2:-1].isalpha() and out[-2:-1].islower() and line[:1].islower():
            out = out[:-1] + line
        else:
            out = f"{out} {line}"
    return out


def _is_wrapped(physical: list[str], blocks: list[list[str]]) -> bool:
    multi = [b for b in blocks if len(b) > 1]
    if len(blocks) < 2 or not multi:
        return False
    return max(len(p) for p in physical) <= WRAP_MAX_CHARS and len(multi) >= len(blocks) / 3


def _unmark(raw_line: str) -> _Line | None:
    s = raw_line.strip()
    if not s:
        return None
    if s in _END_MARKS:
        return _Line(s, False, False, False)  # "###": no markdown heading, the end of a press release
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
    lead = _WIDE_GAP.split(s, maxsplit=1)[0] if nav and _WIDE_GAP.search(s) else None
    parts: tuple[str, ...] = ()
    if len(s) <= GAP_LINE_MAX_CHARS and "  " in s and not _ends_sentence(s):
        parts = tuple(p for p in _GAP_SPLIT.split(s) if p)
    s = " ".join(s.split())
    if not s or s in ("*", "-", "#") or (_RULE_LINE.fullmatch(s) and s not in _END_MARKS):
        return None
    line = _Line(s, heading, bullet, nav)
    line.lead = lead
    line.parts = parts
    if not nav and len(parts) >= MENU_MIN_ITEMS and all(_is_menu_item(p) for p in parts):
        line.nav = True  # "News  World  Sport  Letters": a menu whose items a browser copy set two spaces apart
    elif (not nav and len(parts) >= MENU_LONG_ITEMS and sum(not _is_menu_item(p) for p in parts) == 1
          and all(len(p.split()) <= 2 for p in parts)):
        line.nav = True  # "News  Politics  World  Business  Analysis  Watch live": one item in ordinary case
    return line


MENU_LONG_ITEMS = 6  # of which one may be in ordinary case
MENU_MIN_ITEMS = 4  # three could be a date line's parts ("Aug 4, 2031  World  Comments"), judged as those
_LANGUAGE_SWITCH = re.compile(r"\s*[|/·•]\s*")


def _is_menu_item(part: str) -> bool:
    """ "World", "Letters", "E-Edition": one to three capitalized words, no digits."""
    words = part.split()
    return 1 <= len(words) <= 3 and not any(c.isdigit() for c in part) and all(w[:1].isupper() or w[:1] == "&"
                                                                                for w in words)


def _is_nav(s: str) -> bool:
    if _ends_sentence(s) and not s.endswith(("|", ">", "»")):
        return False
    parts = [p for p in _NAV_SPLIT.split(s) if p.strip()]
    if len(parts) < 2 or any(len(p.split()) > 4 for p in parts):
        return False
    return len(parts) >= 3 or bool(_WIDE_GAP.search(s))


def _is_prose(line: _Line) -> bool:
    return line.words >= PROSE_MIN_WORDS and (_ends_sentence(line.text) or _ends_sentence_then_note(line.text))


def _ends_sentence(s: str) -> bool:
    return bool(_TERMINAL.search(s[-8:]))  # the tail only: a search over the whole line costs 20x


# A sentence closed before a short note in parentheses: "... next week. (Updated 2 p.m.)",
# "... the ministry said. (Item 3)".
# A note may run to a sentence of its own ("... first. (Reporting by Vell Radio showed the envoys
# were late)"): the property test of round 7 found such a first paragraph lost as a "short" line.
_NOTE_AFTER_SENTENCE = re.compile(r"[.!?…][\"'”’]*\s*\([^()\n]{1,120}\)$")


def _ends_sentence_then_note(s: str) -> bool:
    return s.endswith(")") and bool(_NOTE_AFTER_SENTENCE.search(s[-130:]))


# A paragraph whose last sentence lost its full stop ("... will return home on Monday (local
# time)"): many words, most of them in lower case, and a finite verb; not a heading in title
# case, a list of links or a teaser cut off with an ellipsis.
_FINITE = re.compile(r"\b(?:[a-z]{2,}ed|said|says|told|will|would|had|has|have|was|were|is|are|did|could|should|"
                     r"may|might|must|can)\b")


def _reads_as_unclosed_sentence(t: str, words: int) -> bool:
    if words < LONG_LINE_WORDS or t.endswith(("...", "…", ":", "|", ">", "»")) or "http" in t:
        return False
    tokens = t.split()
    lower = sum(1 for w in tokens if w[:1].islower())
    return lower >= 0.6 * len(tokens) and bool(_FINITE.search(t))


def _classify(line: _Line) -> str:
    t = line.text
    if chrome.GETTY_CAPTION.match(t):
        return "caption"
    if "|" in t and chrome.BYLINE_AGENCY.match(t):
        return "byline"
    if chrome.BYLINE_WHEN.match(t):
        if line.words <= STAMP_MAX_WORDS and not t.lower().endswith("ago"):
            # "Updated 04/03/2031 17:20 EAT": its time, so that a slashed date can be read day first
            stamp = _stamp_line(t) or (_split_stamps(t) or (None, False))[0]
            if stamp:
                line.stamp, line.update = stamp, bool(chrome.STAMP_UPDATE.match(t))
        return "byline"
    if line.words <= 15 and chrome.BYLINE_AUTHOR.match(t):
        return "byline"
    if line.words <= POSTED_BY_MAX_WORDS and (m := _POSTED_BY.match(t)) and _names_outlet(m.group("name")):
        line.outlet = m.group("name")  # "Posted by the Orm Valley Monitor": the site that posts the document
        return "byline"
    if line.words <= 15 and "," in t[:40] and chrome.BYLINE_ROLE.match(t):
        return "byline"
    if line.words <= 25 and ":" in t[:25] and chrome.BYLINE_CREDITS.match(t):
        return "byline"
    if line.words <= STAMP_MAX_WORDS and ("20" in t or "19" in t):  # a date line gives its year
        stamp = _stamp_line(t)
        if stamp:
            line.stamp, line.update = stamp, bool(chrome.STAMP_UPDATE.match(t))
            return "byline"
        split = _split_stamps(t)
        if split:
            line.stamp, line.update = split
            return "byline"
        parted = _parted_stamp(t)
        if parted is None and len(line.parts) >= 2:  # "Aug 4, 2031   World   Leave a comment": parts set by gaps
            parted = _parted_stamp(" | ".join(line.parts))
        if parted:
            line.stamp, line.outlet, line.place, line.author = parted
            return "byline"
    if line.words <= 3 and line.text[:1].isdigit() and _is_clock_line(t):
        return "chrome"  # "14:05 CEST" over a live blog's entry: its time, no date (that is on the page)
    if line.words <= 14 and t[:1].isdigit() and _CLOCK_LINK.match(t) and not _ends_sentence(t):
        return "chrome"  # "13:10 Delegations arrive at the palace": a live blog's list of key events
    if line.words == 1 and "." in t and _URLISH.match(t):
        return "chrome"  # a web address alone on a line: a print view's footer, a page's own link
    if line.words <= PAYWALL_MAX_WORDS and _may_be_paywall(t) and _PAYWALL.search(t):
        return "paywall"  # "You have 0 free articles left", "Subscribe to continue reading": a paywall's box
    if line.words <= 5 and "ago" in t and chrome.RELATIVE_STAMP.match(t):
        # a date line that counts back from the fetch (read in ``_relative_published``); in a live
        # blog every entry has one ("2h ago"), so it marks no start of the body as a byline would
        return "chrome"
    if line.words <= chrome.UI_MAX_WORDS and chrome.is_ui_label(t, line.words):
        return "chrome"
    if line.words <= STAMP_MAX_WORDS and t[:1].isupper() and _SLUG_LINE.fullmatch(t):
        return "chrome"  # a wire's slug: no headline, no body
    if line.words <= LANGUAGE_SWITCH_MAX_WORDS and _is_language_switch(t):
        return "chrome"  # "English | Français | Español": a site's language switcher
    if len(line.parts) >= 2 and all(_is_tool(p, in_bar=True) for p in line.parts if p != "|"):
        return "chrome"  # "Print  Email  Share via Pigeon": a toolbar's buttons copied as one line
    if "|" in t and line.words <= TOOLBAR_MAX_WORDS and len(bar := [p for p in _BAR_SPLIT.split(t) if p]) >= 2 and all(
            _is_tool(p, in_bar=True) for p in bar):
        return "chrome"  # "Print | Send to a friend | Text size A A A": the same toolbar, its buttons set apart by bars
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
            and (verb := chrome.CAPTION_VERB.search(head := " ".join(t.split()[:15])))
            and not _MODAL_BEFORE.search(head[:verb.start()])):
        return "caption"  # a caption shows in the present ("X speaks ... on 3 May 2031"); "will hold" tells
    if _is_prose(line):
        return "prose"
    if line.heading:
        return "heading"
    if line.bullet:
        return "bullet"
    return "short"


LANGUAGE_SWITCH_MAX_WORDS = 10


def _is_language_switch(text: str) -> bool:
    """ "English | Français", "العربية | English | Kurdî", "En español": names of languages only,
    two at least or one after "En"/"In"; a bare "English" is ``CHROME_WHOLE``'s."""
    items = [p for p in _LANGUAGE_SWITCH.split(text) if p]
    words = [w.lower() for p in items for w in p.split()]
    if not words or any(w not in chrome.LANGUAGE_NAMES for w in words):
        return False
    return len(items) >= 2 or (len(words) == 2 and words[0] in ("en", "in", "auf", "em"))


def _is_tool(part: str, in_bar: bool = False) -> bool:
    """One button or label of a page's toolbar: "Print", "Share via X", "Copy link", "Leave a comment".

    Among other buttons (``in_bar``), the text-size control's letters ("Text size A A A",
    "A- A+") count for nothing, and a few more verbs open a button ("Send to a friend",
    "Enter email address"): said alone on a line, they could open a headline."""
    if in_bar:
        part = _SIZE_LETTERS.sub("", part).strip()
        if not part:
            return True
        first = part.split(maxsplit=1)[0].lower()
        if first in TOOL_VERBS and len(part.split()) <= chrome.UI_MAX_WORDS and not _ends_sentence(part):
            return True
    words = len(part.split())
    return (bool(chrome.CHROME_WHOLE.fullmatch(part)) or bool(_COMMENT_PART.fullmatch(part))
            or (words <= chrome.UI_MAX_WORDS and chrome.is_ui_label(part, words)))


# Verbs that open a button only among other buttons (ministries' and papers' toolbars; a form's
# field and its button, "Enter email address  Sign up"); "text"/"font" are the size control's label.
TOOL_VERBS = chrome._wordset("send email e-mail mail enter text font change increase decrease reset rss")
_SIZE_LETTERS = re.compile(r"(?:\s|^)(?:[Aa][+-]?|[+-])(?=\s|$)")  # "A A A", "A- A+": the size buttons
_BAR_SPLIT = re.compile(r"\s*\|\s*")
TOOLBAR_MAX_WORDS = 16


# A modal or "to" right before a caption's verb: the line says what will happen, as a report does.
_MODAL_BEFORE = re.compile(r"\b(?:will|would|shall|to|can|could|may|might|must|should|not)\s+(?:\w+\s+)?$", re.I)
_CLOCK_LINK = re.compile(r"^\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?\s+(?:[A-Z]{2,5}\s+)?[A-Z][a-z]")


def _is_clock_line(t: str) -> bool:
    """A line that is a time of day and nothing else: "14:05", "9.30 am BST", "10h15"."""
    m = chrome.STAMP_CLOCK.match(t)
    return m is not None and all(w.strip(".:,()") in chrome.STAMP_WORDS for w in t[m.end():].lower().split())


POLL_OPTION_WORDS = 3  # "Yes", "No", "Not sure", "Don't know"


def _mark_polls(lines: list[_Line]) -> None:
    """A reader poll inside a page: a question (no quotation, none of the report's sayings)
    over two or more answer lines of a few words, neither of them a sentence; the question,
    its answers and the short label above it ("POLL") go. A question a report asks in its
    own paragraph has prose after it, not a list of answers."""
    i = 0
    n = len(lines)
    while i < n:
        q = lines[i]
        if q.text.endswith("?") and q.tag in ("prose", "short") and q.words <= 25 and not any(
                m in q.text for m in _QUOTE_MARKS):
            j = i + 1
            while (j < n and lines[j].words <= POLL_OPTION_WORDS and not _ends_sentence(lines[j].text)
                   and lines[j].tag in ("short", "bullet", "chrome")):
                j += 1
            if sum(1 for x in lines[i + 1:j] if x.tag != "chrome") >= 2:
                for x in lines[i:j]:
                    x.tag = "chrome"
                if i and lines[i - 1].tag in ("short", "heading") and lines[i - 1].words <= 2 and not _ends_sentence(
                        lines[i - 1].text):
                    lines[i - 1].tag = "chrome"
                i = j
                continue
        i += 1


# A link to another article with its authors: "The Grand Strategy of the Fjords by A. Ivo Rask",
# "... by Lena Voss and Teo Krell". A headline does not end with its writers' names.
_AUTHORED_LINK = re.compile(r"\S \s*by (?:[A-Z][\w.'’-]*\s?){1,4}(?:(?:,\s*|\s+and\s+)(?:[A-Z][\w.'’-]*\s?){1,4})*$")


def _mark_authored_links(lines: list[_Line]) -> None:
    """Two or more lines in a row, each a headline followed by its authors and no sentence's
    end, are a list of other articles ("recommended reading"): chrome."""
    i, n = 0, len(lines)
    while i < n:
        j = i
        while (j < n and lines[j].tag in ("short", "bullet", "heading") and 4 <= lines[j].words <= 25
               and not _ends_sentence(lines[j].text) and " by " in lines[j].text
               and _AUTHORED_LINK.search(lines[j].text)):
            j += 1
        if j - i >= 2:
            for x in lines[i:j]:
                x.tag = "chrome"
        i = max(j, i + 1)


def _mark_running(lines: list[_Line]) -> None:
    """A date line said again and again is a running header (a PDF's, a print view's
    "11/07/2031, 10:02"): after its first time it is the page's furniture, and no byline
    (a byline moves where the body starts); its date is the publication's only when the page
    gives no other (a print view's header says when it was printed)."""
    said = Counter(x.text for x in lines if x.tag == "byline" and x.stamp is not None)
    seen: set[str] = set()
    for line in lines:
        if line.tag == "byline" and line.stamp is not None and said[line.text] > 1:
            if line.text in seen:
                line.tag = "chrome"
            else:
                line.update = True  # chosen after any other date line, as an update's time is
            seen.add(line.text)


def _dedupe(lines: list[_Line]) -> None:
    """A paragraph said twice is a caption carousel or a repeated teaser: keep the first."""
    seen: set[str] = set()
    grams: set[tuple[str, ...]] = set()  # the word n-grams of the prose so far: a pull quote repeats them
    for line in lines:
        if line.words >= 3 and line.tag in ("prose", "short", "caption", "bullet"):
            if line.text in seen or _is_pull_quote(line, grams):
                line.tag = "dup"
            seen.add(line.text)
            if line.tag == "prose":
                words = _fold(line.text).split()
                grams.update(tuple(words[k:k + PULL_GRAM]) for k in range(len(words) - PULL_GRAM + 1))


PULL_GRAM = 4
PULL_MAX_WORDS = 40


def _is_pull_quote(line: _Line, grams: set[tuple[str, ...]]) -> bool:
    """A pull quote: a line that is a quotation and nothing more ("“We have made the first
    step”", no speaker, no verb of saying outside the marks), every word of which the article
    has already said in a paragraph above: a sentence set large beside the text, said twice."""
    t = line.text.strip()
    if not (PULL_GRAM <= line.words <= PULL_MAX_WORDS and t[:1] in _QUOTE_MARKS and t[-1:] in _QUOTE_MARKS + ("”", "’")):
        return False
    words = _fold(t).split()
    return len(words) >= PULL_GRAM and all(
        tuple(words[k:k + PULL_GRAM]) in grams for k in range(len(words) - PULL_GRAM + 1))


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
            # quotation is a paragraph, not a caption; and so is a paragraph that reads like
            # the report (a picture may sit under any paragraph, with its credit alone).
            if line.words >= 3 and not prev.text.startswith(_QUOTE_MARKS) and _reads_like_caption(prev.text):
                prev.tag = "caption"
        elif line.text.startswith(prev.text[: max(20, len(prev.text) - 2)]):
            prev.tag = "caption"


_REPORTING = re.compile(r"\b(?:said|says|told|according to|added|announced|stated|wrote|reported|confirmed)\b")


def _reads_like_caption(text: str) -> bool:
    """What a photo's caption is and a report's paragraph is not. A caption shows: it says
    it is a picture ("in this photo", "View of the harbour ..."), or its opening words
    hold no past, modal or speech verb ("agreed", "will reopen", "said": a paragraph
    tells) and it shows someone doing something ("speaks", "arrives") or names the day the
    picture was taken ("on March 3, 2025").
    """
    words = text.split()
    if not CAPTION_MIN_WORDS <= len(words) <= 120 or "“" in text or '"' in text:
        return False  # a quotation is something said: a paragraph's
    if _IN_THIS_PICTURE.search(text):
        return True
    head = " ".join(words[:CAPTION_HEAD_WORDS])
    if _TOLD.search(head) or _REPORTING.search(head):
        return False
    # and it shows: a verb of showing near the start, or the day the picture was taken
    return bool(chrome.CAPTION_VERB.search(head) or _FULL_DATE.search(text))


_FULL_DATE = re.compile(rf"\b{chrome.MONTHS} ?\d{{1,2}},? \d{{4}}\b|\b\d{{1,2}} {chrome.MONTHS},? \d{{4}}\b")
_IN_THIS_PICTURE = re.compile(
    r"\bin (?:this|a|the) (?:photo|image|handout|screengrab|screen grab|picture|photograph|frame grab|video grab)\b|"
    r"^this (?:combination of )?(?:photos?|pictures?|images?|photographs?)\b|^(?:an? )?(?:general |aerial )?view of\b",
    re.I)
_TOLD = re.compile(r"\b(?:[a-z]{2,}ed|would|will|had|has|have|was|were|did|could|should|may|might|must)\b")


# ------------------------------------------------------------------ the body

def _find_body(lines: list[_Line]) -> dict[str, Any]:
    n = len(lines)
    prose_at = [len(x.text) if x.tag == "prose" else 0 for x in lines]
    total = sum(prose_at) or 1
    after = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        after[i] = after[i + 1] + prose_at[i]
    result: dict[str, Any] = {"title": None, "agency": None, "published": None, "dateline": None, "paragraphs": [],
                              "page_url": _page_url(lines), "guessed": False, "first": n, "end": n,
                              "yearless": None, "several": False, "truncated": False,
                              "named_outlet": None, "place": None, "authors": []}

    # Where the body may start: after the last byline that still has most prose after it.
    start = 0
    stamps: list[tuple[bool, str]] = []  # (an update's time?, ISO time) of the date lines, in order
    entries = _entry_stamps(lines)
    reported = 0  # paragraphs that report since where the body may start
    leads = 0  # ... of them, paragraphs long enough to be the article's lead, not a dek
    for i, line in enumerate(lines):
        if i in entries:
            continue  # a live blog's entry time ("10 July 2031, 14:05 CEST" over each entry): no start
        if line.tag == "prose" and reported < 2:  # two are enough to know
            reported += _reports(line)
            leads += line.words >= LEAD_MIN_WORDS and _reports(line) and _DAY_WORD.search(line.text) is not None
        if (line.tag == "byline" and reported >= 2 and not chrome.BYLINE_AUTHOR.match(line.text)
                and not chrome.BYLINE_AGENCY.match(line.text)):
            continue  # a date line inside the article ("Updated 10 July 2031, 14:05" under its second paragraph)
        if line.tag == "byline" and leads and after[i + 1] < LEAD_MAX_AFTER * total:
            # the byline under the article's lead ("Ruritania said on Tuesday ..., its ministry said.",
            # 35 words and more, then "By Lena Ostrova | 6 May 2031"): the lead stays; the byline gives the day
            if line.words <= STAMP_MAX_WORDS and (got := _line_time(line)):
                stamps.append(got)
            continue
        if line.tag == "byline":
            if line.outlet and result["named_outlet"] is None:
                result["named_outlet"] = line.outlet  # "Tarn Wire | Fri Nov 7, 2031": the outlet prints its name
            author = line.author or _byline_name(line.text)
            if author:
                result["authors"].append(author)
        if line.tag == "byline" and after[i + 1] >= BYLINE_MIN_AFTER * total:
            start = i + 1
            result["place"] = line.place or result["place"]
            reported = leads = 0
            m = chrome.BYLINE_AGENCY.match(line.text) if line.stamp is None else None
            if m:
                _read_agency_byline(m, result)
            elif chrome.BYLINE_AUTHOR.match(line.text):
                result["agency"] = result["agency"] or _byline_agency(line.text)
                if line.words <= STAMP_MAX_WORDS and (got := _line_time(line)):
                    stamps.append(got)  # "Written by Ilo Marn | 29 March 2031": the author and the day
            else:
                got = _line_time(line)
                if got:
                    stamps.append(got)
            result["title"] = _title_before(lines, i) or result["title"]  # the headline sits over the byline
    if not stamps:
        # no date line over the body: one set below it ("Published 12 May 2031" under the last paragraph)
        stamps = [got for x in lines if x.tag == "byline" and x.words <= STAMP_MAX_WORDS
                  and not chrome.BYLINE_AUTHOR.match(x.text) and (got := _line_time(x))]
    if result["published"] is None and stamps:
        # the first time the page gives for its publication; an update's time only when there is no other
        result["published"] = min(stamps, key=lambda s: s[0])[1]
    if result["title"] is None:  # a markdown headline above the body
        result["title"] = next((x.text for x in lines[:start or n] if x.tag == "heading" and 3 <= x.words <= 40), None)
    if not any(prose_at):
        return result

    # The first paragraph: a dateline near the start, else the first prose line.
    first = None
    seen = reported = 0
    for i in range(start, n):
        line = lines[i]
        if line.tag in ("prose", "short"):
            dl = _dateline(line.text)
            if dl and _is_speaker_label(line.text, dl[2], lines):
                dl = None  # "OFFICIAL SPOKESPERSON: ..." over more than one paragraph: a transcript's speaker
            if dl:
                first = i
                city, agency, rest = dl
                when = _DATELINE.match(line.text) or _DATELINE_PLACE_DATE.match(line.text)
                if when and when.group("date") and re.search(r"\d{4}$", when.group("date")):
                    # "ADDIS ABABA, 3 March 2031 (Kestrel Press) -": the wire's own date, with its year
                    stamp = _parse_stamp(when.group("date"), ignoretz=True)
                    if stamp is not None and result["published"] is None:
                        result["published"] = stamp.date().isoformat()
                elif when and when.group("date") and result["published"] is None:
                    # "VELL, Dec 2 [Orm News Agency] -": the wire's day without its year; the year comes
                    # from the page's notice or URL, if it gives one (W205 year guessed)
                    result["wire_day"] = when.group("date")
                result["dateline"] = city
                if agency:
                    result["agency"] = AGENCIES.get(agency.lower(), agency)
                line.text = rest
                line.tag = "prose"
                break
            seen += 1
            reported += _reports(line)
            if seen >= DATELINE_WINDOW or reported >= 2:
                # a paragraph that reports is the article's: a dateline below it starts a second
                # dispatch of the same wire copy ("OSK, July 9 (Kestrel Press) - In Osk, ..."), not this one
                break
    if first is None:
        first = next((i for i in range(start, n) if lines[i].tag == "prose"), n)
        # A lead shorter than a paragraph ("The talks are over."): a short sentence right above
        # the first paragraph, with a verb, is the article's first line, not the page's.
        if first < n and first > start and _is_short_lead(lines[first - 1]):
            first -= 1
    if result["dateline"] is None and result["place"]:
        result["dateline"] = result["place"]  # "Vell, 3 April 2031" under the headline: where it was written
    if result["title"] is None:
        result["title"] = _headline_over(lines, first)
    if result["published"] is None:
        # "Tuesday, July 7th": a date line without its year, right above the body
        result["yearless"] = next((d for x in lines[max(0, first - TITLE_LOOKBACK - 3):first]
                                   if x.tag == "short" and x.words <= 6 and (d := _yearless_day(x.text))),
                                  None) or result.get("wire_day")
    # Nothing marks where the article starts (no byline, dateline or headline) on a page
    # with lines before its first paragraph that are not known chrome: they were dropped
    # only for standing before the first prose, and the start is a guess.
    result["guessed"] = (start == 0 and result["dateline"] is None and result["title"] is None
                         and any(x.tag in ("short", "heading", "bullet") for x in lines[:first]))

    # Where it ends: the first footer marker with most of the prose before it.
    end = n
    for i in range(first, n):
        if lines[i].tag == "tail" and total - after[i] >= TAIL_MIN_SHARE * total:
            end = i
            break
    # A front page: the lead story, then other stories' teasers (headline, a paragraph, its time)
    cut = _other_stories(lines, first, end)
    if cut is not None:
        end, result["several"] = cut, True

    # A short line said more than once on the page ("Advertisement", "Story continues
    # below", a section's name) is the site's furniture: a report's subhead is said once.
    repeats = Counter(x.text for x in lines if x.tag in ("short", "bullet", "heading") and x.words <= REPEAT_MAX_WORDS)
    kept: list[_Line] = []
    in_related = False
    broken = False  # lines left out since the last kept one
    for line in lines[first:end]:
        tag = line.tag
        if tag == "related":
            in_related = True
            continue
        if in_related:
            if tag in ("short", "bullet", "heading", "chrome", "credit", "caption", "dup"):
                continue
            if tag == "prose" and line.words <= RELATED_QUESTION_WORDS and line.text.endswith("?") and "," not in line.text:
                continue  # "Can the ferry pay its way?": a rail's headline may ask
            in_related = False
        if tag in ("short", "heading", "bullet") and _LABEL_LINE.match(line.text) and not _ends_sentence(line.text):
            continue
        if tag in ("short", "heading", "bullet") and repeats.get(line.text, 0) > 1:
            continue  # "Source: Island council", "Graphic: The Tribune": a label on a chart or a credit
        if tag in ("prose", "short", "heading", "bullet"):
            if (kept and broken and line.text[:1].islower() and not kept[-1].heading
                    and kept[-1].words >= LONG_LINE_WORDS and not _ends_sentence(kept[-1].text)):
                # a paragraph a page break cut in two ("... in the early" | footer, header | "afternoon.")
                kept[-1].text = f"{kept[-1].text} {line.text}"
                kept[-1].words += line.words
                kept[-1].tag = "prose" if _is_prose(kept[-1]) else kept[-1].tag
                broken = False
                continue
            kept.append(line)
            broken = False
        else:
            broken = True
    kept = _drop_link_runs(kept)
    # An article ends with a sentence: what follows its last one (a list of links, a source
    # credit, a masthead or a footer in any language) is the page's, not the report's.
    signed = _signature_end(kept)
    while len(kept) > signed and (not _may_end(kept[-1]) or _is_author_note(kept[-1], result["authors"])):
        kept.pop()
    for line in kept[-CREDIT_TAIL_LINES:]:
        if line.tag in ("prose", "short") and (m := _END_CREDITS.search(line.text)) and m.start() > 0:
            # "... did not comply. (Reporting by Ana Kell; Editing by Ivo Marn)": the desk's credits
            # copied onto the last paragraph's line; the paragraph stays, its credits go
            line.text = line.text[:m.start()].rstrip()
    result["paragraphs"] = [x.text for x in kept]
    result["first"] = first
    if kept:
        last = next((i for i in range(end - 1, first - 1, -1) if lines[i] is kept[-1]), None)
        for x in lines[last + 1:last + 1 + SIGNOFF_WITHIN] if last is not None else ():
            name = x.text.strip(" -–—")
            if (x.words <= 6 and x.tag in ("short", "bullet") and (x.bullet or x.text[:1] in "-–—")
                    and (name.lower() in AGENCIES or _reads_as_agency(name))):
                result["signoff"] = AGENCIES.get(name.lower(), name)  # "- Tarn Wire" under the last paragraph
                break
    result["end"] = next((i + 1 for i in range(end - 1, first - 1, -1) if lines[i] is kept[-1]), end) if kept else end
    result["truncated"] = bool(kept) and any(
        x.tag == "paywall" for x in lines[result["end"]:result["end"] + PAYWALL_WINDOW])
    return result


def _is_time_line(line: _Line) -> bool:
    """A line that says when, and nothing else: "2 hours ago", "14:05 CEST", "9 July 2031"."""
    if line.tag == "byline":
        return line.stamp is not None
    return line.tag == "chrome" and line.words <= 5 and (
        bool(chrome.RELATIVE_STAMP.match(line.text)) or (line.text[:1].isdigit() and _is_clock_line(line.text)))


def _other_stories(lines: list[_Line], first: int, end: int) -> int | None:
    """Where a front page's other stories start, below the lead story's paragraphs, or None.

    A teaser is a headline (a short line, no sentence's end), one or two paragraphs, and the
    time it was posted ("2 hours ago"); two of them in a row, below at least one paragraph
    of the lead that no time line interrupts, end the lead. A live blog is no front page:
    its times stand *over* its entries, so the line above the first teaser's headline is
    never a time line, and none stands among the lead's paragraphs."""
    prose = 0
    i = first
    while i < end:
        x = lines[i]
        if x.tag == "prose":
            prose += 1
        elif _is_time_line(x) and i > first:
            return None  # a time between the lead's paragraphs: a live blog's entries
        elif prose >= 1 and _teaser_at(lines, i, end) and not _is_time_line(lines[i - 1]):
            j = _teaser_at(lines, i, end)
            if j and _teaser_at(lines, j, end):
                return i
        elif prose >= 1 and (j := _kicked_teaser_at(lines, i, end)) and _kicked_teaser_at(lines, j, end):
            return i
        i += 1
    return None


def _teaser_at(lines: list[_Line], i: int, end: int) -> int:
    """The index after a teaser (headline, one or two paragraphs, a time line) at ``i``; 0 if none."""
    h = lines[i]
    if not (h.tag in ("short", "heading") and TEASER_HEAD_WORDS[0] <= h.words <= TEASER_HEAD_WORDS[1]
            and not _ends_sentence(h.text) and not h.nav):
        return 0
    k = i + 1
    while k < end and k - i <= 2 and lines[k].tag == "prose":
        k += 1
    return k + 1 if k > i + 1 and k < end and _is_time_line(lines[k]) else 0


KICKER_MAX_WORDS = 2


def _kicked_teaser_at(lines: list[_Line], i: int, end: int) -> int:
    """The index after a teaser with its section's kicker and no time ("WORLD" over "Heavy snow
    cuts off mountain villages" over one or two paragraphs), where the next line is another
    kicker or the page's end; 0 if none. A report's subhead has no kicker in capitals over it."""
    if i + 1 >= end:
        return 0
    k = lines[i]
    if not (k.tag in ("short", "heading", "chrome") and k.words <= KICKER_MAX_WORDS and k.text.isupper()
            and not _ends_sentence(k.text)):
        return 0
    h = lines[i + 1]
    if not (h.tag in ("short", "heading") and TEASER_HEAD_WORDS[0] <= h.words <= TEASER_HEAD_WORDS[1]
            and not _ends_sentence(h.text) and not h.nav):
        return 0
    j = i + 2
    while j < end and j - i <= 3 and lines[j].tag == "prose":
        j += 1
    if j == i + 2:
        return 0
    if j >= end:
        return end
    nxt = lines[j]
    return j if nxt.words <= KICKER_MAX_WORDS and nxt.text.isupper() else 0


def _reports(line: _Line) -> bool:
    """A paragraph of the article (not a dek or a caption): long, and it says who said or did what."""
    return (line.tag == "prose" and line.words >= REPORTING_MIN_WORDS
            and bool(_REPORTING.search(line.text) or any(q in line.text for q in _QUOTE_MARKS[:3])))


def _entry_stamps(lines: list[_Line]) -> set[int]:
    """The date lines of a live blog's entries but the first: at least ENTRY_STAMPS date lines
    (a time and nothing else) each right over a paragraph of prose. As bylines they would move
    the body's start past the entries above the last one that has half the prose after it."""
    over_prose = [i for i, x in enumerate(lines[:-1]) if x.tag == "byline" and x.stamp is not None
                  and not chrome.BYLINE_AUTHOR.match(x.text) and lines[i + 1].tag == "prose"]
    return set(over_prose[1:]) if len(over_prose) >= ENTRY_STAMPS else set()


def _line_time(line: _Line) -> tuple[bool, str] | None:
    """(an update's time?, ISO time) of a date line or a byline that gives a time."""
    when = line.stamp or _byline_time(line.text) or _stamp_line(line.text)
    if when:
        return line.update or bool(chrome.STAMP_UPDATE.match(line.text)), when
    split = _split_stamps(line.text)
    return (split[1], split[0]) if split else None


def _is_short_lead(line: _Line) -> bool:
    t = line.text
    return (line.tag == "short" and 3 <= line.words < PROSE_MIN_WORDS and t[:1].isupper() and t.endswith(".")
            and not t.endswith("...") and not line.heading and not line.bullet and not line.nav
            and bool(_FINITE.search(t)) and ":" not in t)


def _signature_end(kept: list[_Line]) -> int:
    """How many of ``kept`` to keep at least: through the last line of a signature block
    closing a statement ("Anna Kovic" over "President of the Republic of Ruritania"),
    whose names are people of the report; 0 where there is none."""
    last_prose = max((i for i, x in enumerate(kept) if x.tag == "prose"), default=-1)
    end = 0
    for i in range(last_prose + 2, len(kept)):
        name, role = kept[i - 1], kept[i]
        words = role.text.split()
        if (2 <= name.words <= 8 and _masthead_words(name.text) is not None and 2 <= role.words <= 16
                and (words[0].lower() in ROLE_HEADS or words[0] in CAPITAL_TITLES) and " of " in f" {role.text} "):
            end = i + 1
    return end


AUTHOR_NOTE_MAX_WORDS = 40
_AUTHOR_NOTE_VERB = re.compile(r"\s+(?:is|was|covers|reports|writes|has|joined|edits)\b")


def _is_author_note(line: _Line, authors: list[str]) -> bool:
    """A note on the author below the article ("Teodor Vesik is the Chronicle's diplomatic
    editor."): a short line that opens with the name of the page's byline and says who they are."""
    if line.words > AUTHOR_NOTE_MAX_WORDS or not authors:
        return False
    t = line.text
    return any(t.startswith(name) and _AUTHOR_NOTE_VERB.match(t, len(name)) is not None for name in authors)


def _may_end(line: _Line) -> bool:
    """Can this line be an article's last? A paragraph of prose, or a short sentence
    ("Talks resume Monday."); not a label, a link, or a teaser cut off with an ellipsis."""
    if line.tag == "prose":
        return True
    t = line.text
    if line.words >= LONG_LINE_WORDS and _SENTENCE_INSIDE.search(t):
        return True  # a paragraph whose end is odd ('... installations.' "): still sentences
    if not line.nav and not line.heading and not line.bullet and _reads_as_unclosed_sentence(t, line.words):
        return True
    return line.words >= 3 and _ends_sentence(t) and not t.endswith(("...", "…")) and not line.nav


def _headline_over(lines: list[_Line], first: int) -> str | None:
    """The headline of a page with no byline: the nearest headline-like line above the body."""
    looked = 0
    for j in range(first - 1, -1, -1):
        line = lines[j]
        if line.tag in ("chrome", "credit", "caption", "dup", "byline", "related"):
            continue
        if (line.tag in ("short", "heading") and 3 <= line.words <= 40 and not line.nav
                and not line.text.endswith(":") and not _URLISH.match(line.text) and not _is_masthead_like(line.text)
                and not _names_page(line.text)
                and not _PARENTHESIZED.match(line.text)):
            return line.text
        looked += 1
        if looked >= TITLE_LOOKBACK:
            break
    return None


def _drop_link_runs(kept: list[_Line]) -> list[_Line]:
    out: list[_Line] = []
    run: list[_Line] = []

    def flush() -> None:
        if len(run) < LINK_RUN:
            out.extend(run)
        elif out and out[-1].tag in ("short", "heading") and out[-1].words <= 5 and not _ends_sentence(out[-1].text):
            out.pop()  # "From our partners" over the run: the run's heading goes with it
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
            agency = m.group("agency") or m.group("agency2") or m.group("agency3") or m.group("agency4")
            return _ordinary_case(m.group("city")), agency, rest
    m = _DATELINE_TITLE_CASE.match(text)
    if m and m.group("agency").strip().lower() in AGENCIES:
        rest = text[m.end():]
        if len(rest.split()) >= PROSE_MIN_WORDS:
            return m.group("city"), m.group("agency"), rest
    m = _DATELINE_PLACE_DATE.match(text)
    if m and _fold(m.group("city").split()[0]) not in _CALENDAR_WORDS:
        rest = text[m.end():]
        if len(rest.split()) >= PROSE_MIN_WORDS:
            return m.group("city"), m.group("agency"), rest
    m = _DATELINE_TITLE_COLON.match(text)
    if m and not any(_fold(w) in _COLON_LABELS or _fold(w) in ROLE_HEADS or _fold(w) in _CALENDAR_WORDS
                     for w in m.group("city").split()):
        rest = text[m.end():]
        if len(rest.split()) >= COLON_DATELINE_MIN_WORDS:
            return m.group("city"), None, rest
    m = _DATELINE_PLACE_REGION.match(text)
    if m and _fold(m.group("city").split()[0]) not in _CALENDAR_WORDS:
        rest = text[m.end():]
        if len(rest.split()) >= PROSE_MIN_WORDS:
            return m.group("city"), None, rest
    m = _DATELINE_NO_CITY.match(text)
    if m:
        rest = text[m.end():]
        if len(rest.split()) >= PROSE_MIN_WORDS:
            return None, m.group("agency"), rest
    return None


def _is_speaker_label(text: str, rest: str, lines: list[_Line]) -> bool:
    """Does this dateline end in a colon that other paragraphs open with too ("MODERATOR: ...")?"""
    head = text[: len(text) - len(rest)].rstrip()
    if not head.endswith(":"):
        return False
    if any(w in _COLON_LABELS or w in ROLE_HEADS for w in _fold(head).split()):
        return True  # "QUESTION:", "SPOKESPERSON:": who speaks, not where
    return sum(1 for x in lines if x.text.startswith(head)) >= 2


def _ordinary_case(city: str) -> str:
    words = []
    for w in city.split():
        if len(w) <= 2 and "." not in w and w in ("DC", "UK", "US"):
            words.append(w)
        else:
            words.append("/".join("-".join(p.capitalize() for p in part.split("-")) for part in w.split("/")))
    out = " ".join(words)
    # "N'DJAMENA" -> "N'Djamena", but "ARDEN'S BAY" -> "Arden's Bay": a possessive's s stays small
    return re.sub(r"(?<=['’])([a-z])(?=[a-z])", lambda m: m.group(1).upper(), out)


_BYLINE_PARTS = re.compile(r"\s*(?:[,|·/]|\s[—–-]\s|\band\b)\s*")


def _byline_agency(text: str) -> str | None:
    """The wire a byline credits: "By Ivo Rask, Reuters", "By IVO RASK Associated Press"."""
    low = text.lower()
    for name, short in AGENCIES.items():
        if " " in name and low.endswith(name):
            return short
    for part in _BYLINE_PARTS.split(text)[1:]:
        key = part.strip(" .").lower()
        if key in AGENCIES and (len(key) > 3 or part.strip(" .").isupper()):
            return AGENCIES[key]
    return None


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
    """ "Updated 9:12 AM UTC, March 4, 2025" -> "2025-03-04T09:12"; date alone if no clock.

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
    stamp_line = _stamp_line(value) if _DOTTED_DAY.search(value) else None
    if stamp_line:
        return stamp_line  # "12.03.2025": the 12th of March
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


_NAME_IN_PLACE = re.compile(r"(?:[A-Z][\w.'’-]+ ){1,2}[A-Z][\w.'’-]+ in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?")


def _title_under(lines: list[_Line], i: int) -> str | None:
    """The headline set under a date line that heads the page ("Friday, 9 June 2034" in the
    strip under the menu, then the headline, then the article): a headline-like line right
    below the date line (past the page's tools) with prose right below it."""
    k = i + 1
    while k < len(lines) and lines[k].tag == "chrome":
        k += 1
    if k >= len(lines):
        return None
    head = lines[k]
    if not (head.tag in ("short", "heading") and HEADLINE_MIN_WORDS <= head.words <= 40 and not head.nav
            and not _ends_sentence(head.text) and not _names_page(head.text) and not _is_masthead_like(head.text)):
        return None
    k += 1
    while k < len(lines) and lines[k].tag in ("chrome", "credit", "caption"):
        k += 1
    return head.text if k < len(lines) and lines[k].tag == "prose" else None


def _title_before(lines: list[_Line], i: int) -> str | None:
    looked = bullets = 0
    menu = False  # a menu passed between the date line and the line above: the page's header strip
    for j in range(i - 1, -1, -1):
        line = lines[j]
        if line.tag in ("chrome", "credit", "caption", "dup"):
            menu = menu or (line.nav and j == i - 1)
            continue
        if line.tag == "bullet" and line.bullet and bullets < KEY_POINTS_MAX:
            bullets += 1
            continue  # "* Fund to pay 4 billion over five years": the key points between headline and byline
        if line.words <= 2 and line.tag in ("short", "heading") and not _ends_sentence(line.text):
            continue  # "Pinned post", "Anton Reiss", "Key events": a label or a name between headline and byline
        if line.tag == "short" and (_DETAILS_LABEL.match(line.text) or _is_genre_label(line.text)):
            continue  # "Venue: Hall B, Osk", "Press Release No. 12/2031": a document's details, no headline
        if j == i - 1 and line.tag == "short" and _NAME_IN_PLACE.fullmatch(line.text):
            continue  # "Hana Selk in Osk" right over the date line: the reporter and where they write from
        if (line.tag in ("short", "heading") and 3 <= line.words <= 40 and not line.nav
                and not _PARENTHESIZED.match(line.text) and not _is_masthead_like(line.text)
                and not _names_page(line.text) and not _is_section_strip(line.text)):
            if menu and (under := _title_under(lines, i)):
                return under  # the name's tagline over the menu, the date line, then the headline
            return _headline_over_dek(lines, j) or line.text
        looked += 1
        if looked >= TITLE_LOOKBACK:
            break
    return None


KEY_POINTS_MAX = 6  # the bullets of a key-points box under a headline


def _headline_over_dek(lines: list[_Line], j: int) -> str | None:
    """The headline when the line found over a byline is the dek under it: the line just
    above (past chrome) reads as a headline and is much shorter than what stands below it
    ("Inside the secret channel that kept the talks alive" over "Exclusive: Mediators used
    a fishing trawler to pass messages between the delegations for three months")."""
    dek = lines[j]
    for k in range(j - 1, max(-1, j - 4), -1):
        up = lines[k]
        if up.tag in ("chrome", "credit", "caption", "dup"):
            continue
        if (up.tag in ("short", "heading") and up.words >= HEADLINE_MIN_WORDS and up.words <= dek.words + DEK_SLACK_WORDS
                and not up.nav and not _ends_sentence(up.text) and not _is_masthead_like(up.text)
                and not _names_page(up.text)
                and not _URLISH.match(up.text) and not _PARENTHESIZED.match(up.text) and not dek.heading
                and not _is_section_strip(up.text) and not _LABEL_DATE.match(up.text)
                and not _in_rail(lines, k)):
            return up.text
        return None
    return None


# ------------------------------------------------------------------ entities, headers, date lines

_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _unescape(text: str) -> str:
    """Character references with their semicolon decoded, once ("&#x27;" -> "'", "&amp;" -> "&");
    a bare ampersand ("AT&T", "R&D") is left as it is."""
    if "&" not in text:
        return text
    return _ENTITY.sub(lambda m: htmllib.unescape(m.group(0)), text)


# A crawler's header line: "Title: ...", "URL Source: ...", "Published Time: ...", in any
# language; a YAML front matter block between "---" lines is the same thing.
_HEADER_LINE = re.compile(r"^(?P<key>[^\W\d_][\w .'’-]{0,30}?)\s*:\s*(?P<value>.*)$")
_KEY_JOINER = re.compile(r"[_-]")
_SENDER_ADDRESS = re.compile(r"<[^<>]*>|\S+@\S+")
_URLISH = re.compile(r"^(?:https?://|www\.)\S+$|^(?:[a-z0-9-]+\.)+[a-z]{2,}(?:/\S*)?$", re.I)
# What the keys of crawlers' headers mean. Keys only, in the languages crawlers label in.
_HEADER_KEYS: dict[str, str] = {
    **dict.fromkeys(("title", "titel", "titre", "título", "titulo", "titolo", "headline", "заголовок",
                     # an e-mail's header, as a newsletter is forwarded or saved: its subject is the headline
                     "subject", "betreff", "objet", "asunto", "oggetto", "assunto"), "title"),
    # and its sender, the outlet ("The Vell Briefing <newsletter@vellbriefing.example>")
    **dict.fromkeys(("from", "sender", "von", "expéditeur", "remitente"), "sender"),
    **dict.fromkeys(("url", "url source", "source", "source url", "link", "canonical", "canonical url", "fuente", "quelle",
                     "lien", "fonte", "origin", "источник"), "url"),
    **dict.fromkeys(("published", "published time", "published at", "date", "date published", "publication date",
                     "pubdate", "datum", "fecha", "fecha de publicación", "publié", "publié le", "data",
                     "veröffentlicht", "дата"), "published"),
    # when the crawler fetched the page: no publication date, but what "3 hours ago" counts back from
    **dict.fromkeys(("fetched", "fetched at", "crawled", "crawled at", "retrieved", "retrieved at", "scraped",
                     "abgerufen", "récupéré le"), "fetched"),
    **dict.fromkeys(("site", "site name", "sitename", "outlet", "publisher", "medio", "herausgeber"), "outlet"),
}


def _crawler_header(text: str) -> tuple[str, dict[str, str]]:
    """The text without a crawler's header, and what the header says (title, url, published).

    A header is a run of "Key: value" lines at the very top (blank lines between them
    allowed), at least two of them and one with a key we know; or a front matter block
    fenced by "---". A header's keys may be in any language; the ones we cannot read go too.
    """
    head = text.lstrip("\ufeff \t\r\n")
    if not head[:1].isalpha() and not head.startswith("---"):
        return text, {}
    lines = head.split("\n", HEADER_MAX_LINES + 1)
    fenced = lines[0].strip() == "---"
    found: dict[str, str] = {}
    count = 0
    end = None
    for k in range(1 if fenced else 0, min(len(lines), HEADER_MAX_LINES + 1)):
        raw = lines[k].strip()
        if fenced and raw == "---":
            end = k + 1
            break
        if not raw:
            continue
        m = _HEADER_LINE.match(raw)
        if m is None or len(m.group("key").split()) > 4:
            if not fenced:
                end = k
            break
        # "date_published", "site-name": a key in a program's spelling reads as its words
        key = _KEY_JOINER.sub(" ", m.group("key").strip().lower())
        value = m.group("value").strip().strip("\"'")
        count += 1
        field = _HEADER_KEYS.get(key)
        if field == "url" and not _URLISH.match(value):
            field = None
        if field == "sender":
            # the sender's display name, without its address; an address alone names no outlet
            field, value = "outlet", _SENDER_ADDRESS.sub("", value).strip(" \"'")
        if field and value and field not in found:
            found[field] = value
        if not value and key.endswith("content"):  # "Markdown Content:": the body follows
            end = k + 1
            break
    if end is None or count < 2 or not found:
        return text, {}
    return "\n".join(lines[end:]), found


_STAMP_PUNCT = re.compile(r"[,|·•()\[\]/—–-]")
_CLOCK_SEP = re.compile(r"(\d)[.h](\d)")


# A zone given as its offset from Greenwich ("09:45 AM GMT+3", "UTC+05:30"): read as the zone's name.
_GMT_OFFSET = re.compile(r"\b(GMT|UTC)\s*[+\u2212]\s*\d{1,2}(?::?\d{2})?\b", re.I)


def _stamp_line(text: str) -> str | None:
    """The ISO time of a line that is a date line and nothing more, else None."""
    if "+" in text or "\u2212" in text:
        text = _GMT_OFFSET.sub(r" \1 ", text)
    if text.endswith(")") and (note := _STAMP_NOTE.search(text)) and note.start() > 0:
        text = text[:note.start()]  # "... 12:30 hrs (unofficial translation)": a note on the document, no date
    m = chrome.STAMP_DATE.search(text)
    if m is None:
        return None
    clock = chrome.STAMP_CLOCK.search(text[: m.start()] + " " * (m.end() - m.start()) + text[m.end():])
    rest = text[: m.start()] + " " + text[m.end():]
    if clock:
        rest = rest.replace(clock.group(0), " ", 1)
    words = _STAMP_PUNCT.sub(" ", rest).lower().split()
    if any(not (w.rstrip(".:") in chrome.STAMP_WORDS or w.rstrip(".:").isdigit()) for w in words):
        return None
    day = m.group(0)
    for word in day.lower().split():
        if word in chrome.FOREIGN_MONTHS and word != chrome.FOREIGN_MONTHS[word].lower():
            day = re.sub(r"(?<=\d)\.(?=\s)|\bde\s+", "", day.lower().replace(word, chrome.FOREIGN_MONTHS[word]))
            break
    if _DOTTED_YEAR_FIRST.fullmatch(day):  # "2034.02.09": year, month, day, as East Asian pages write it
        y, mo, d = day.split(".")
        day = f"{y}-{int(mo):02d}-{int(d):02d}"
    if _DOTTED_DAY.fullmatch(day):  # "04.03.2025": day first, as every dotted date is
        d, mo, y = day.split(".")
        day = f"{y}-{int(mo):02d}-{int(d):02d}"
    stamp = None
    if clock:
        hhmm = _CLOCK_SEP.sub(r"\1:\2", clock.group(0))
        if ":" not in hhmm:  # "9 a.m."
            hhmm = re.sub(r"^(\d{1,2})\s*", r"\1:00 ", hhmm)
        stamp = _parse_stamp(f"{day} {hhmm}", ignoretz=True)
        if stamp is not None:
            return stamp.strftime("%Y-%m-%dT%H:%M")
    stamp = _parse_stamp(day, ignoretz=True)
    return stamp.date().isoformat() if stamp is not None else None


CREDIT_TAIL_LINES = 2
SIGNOFF_WITHIN = 2
_CREDIT_NAMES = r"[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3}(?: in [A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?)?"
_CREDIT_ROLE = r"(?i:(?:additional\s+)?(?:reporting|writing|editing|compiled|edited|graphics|photos)\s+by)\s+"
# "(Reporting by Ana Kell in Osk and Ivo Marn; Editing by Lena Dorn)": names only, credit after credit
_END_CREDITS = re.compile(rf"\s*\({_CREDIT_ROLE}{_CREDIT_NAMES}(?:(?:,| and) {_CREDIT_NAMES})*"
                          rf"(?:;\s*{_CREDIT_ROLE}{_CREDIT_NAMES}(?:(?:,| and) {_CREDIT_NAMES})*)*\)$")
_POSTED_BY = re.compile(r"^(?:posted|published|shared|republished)\s+by\s+(?:the\s+)?(?P<name>[A-Z][\w&'’ .-]{1,60}?)\.?$", re.I)
POSTED_BY_MAX_WORDS = 10
_STAMP_NOTE = re.compile(r"\s*\([^()\d]{3,60}\)$")
_YEARLESS = re.compile(rf"\b(?:(?P<m1>{chrome.MONTHS})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|"
                       rf"(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m2>{chrome.MONTHS}))\b", re.I)
_COPYRIGHT_YEAR = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}\s*[-–]\s*)?((?:19|20)\d\d)\b", re.I)


_TITLE_DATE = re.compile(rf"\(((?:{chrome.MONTHS}\s+\d{{1,2}},?\s+\d{{4}}|\d{{1,2}}\s+{chrome.MONTHS},?\s+\d{{4}}))\)$")
_SLASH_DAY = re.compile(r"\b(\d{1,2})([/-])(\d{1,2})\2(\d{4})\b")  # "03/04/2031", "03-04-2031"
# Where a page's "03/04/2031" is the 3rd of April: the host's country (its top-level domain)
# or the time zone of the date line writes the day first. A .com page or a US zone keeps
# dateutil's month first; so does .co (Colombia's, but taken by sites of every country).
DAY_FIRST_DOMAINS = chrome._wordset(
    "uk ie au nz za in pk ng ke gh ug tz zw sg my lk bd np eu fr de es it pt nl be lu ch at dk se no fi is pl cz sk "
    "hu ro bg gr cy mt tr ru ua by rs hr si ba mk al ee lv lt br ar mx cl pe uy ve il eg ae sa qa kw om jo lb "
    "ma dz tn")
DAY_FIRST_ZONES = chrome._wordset("bst gmt ist cet cest eet eest wet west msk aest aedt acst awst nzst nzdt sast wat eat")


def _day_first(published: str, lines: list[_Line], url: str | None, written: str | None = None) -> str:
    """``published`` with day and month swapped when it was read, month first, from a
    slashed date ("03/04/2031") on a page whose country writes the day first; ``written`` is
    the date as a JSON report's field gives it, else the date line is looked up."""
    line = next((x for x in lines if x.tag == "byline" and x.stamp == published), None) if written is None else None
    m = _SLASH_DAY.search(written if written is not None else line.text if line is not None else "")
    if m is None or not (int(m.group(1)) <= 12 and int(m.group(3)) <= 12) or m.group(1) == m.group(3):
        return published
    at = _DOMAIN.match(url.strip()) if url else None
    host = at.group(1).lower() if at else ""
    zones = set(_STAMP_PUNCT.sub(" ", line.text.lower()).split()) & DAY_FIRST_ZONES if line else set()
    if host.rsplit(".", 1)[-1] not in DAY_FIRST_DOMAINS and not zones and not _writes_day_first(lines):
        return published
    day, month = int(m.group(1)), int(m.group(3))
    return f"{published[:5]}{month:02d}-{day:02d}{published[10:]}"


_DAY_MONTH = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{chrome.MONTHS}(?![\w])")
_MONTH_DAY = re.compile(rf"\b{chrome.MONTHS} \d{{1,2}}(?:st|nd|rd|th)?\b")


def _writes_day_first(lines: list[_Line]) -> bool:
    """Does the report's prose write the day before the month ("on 2 November", never
    "November 2")? Then its slashed date line does too ("03/11/2031" is 3 November)."""
    day_month = month_day = 0
    for x in lines:
        if x.tag == "prose":
            day_month += len(_DAY_MONTH.findall(x.text))
            month_day += len(_MONTH_DAY.findall(x.text))
    return day_month > 0 and month_day == 0


def _yearless_day(text: str) -> str | None:
    """ "Tuesday, July 7th" -> "July 7": a date line that gives no year, else None."""
    m = _YEARLESS.search(text)
    if m is None:
        return None
    rest = _STAMP_PUNCT.sub(" ", text[: m.start()] + " " + text[m.end():]).lower().split()
    clock = chrome.STAMP_CLOCK.search(text)
    if any(not (w.rstrip(".:") in chrome.STAMP_WORDS or (clock and w in clock.group(0).lower())) for w in rest):
        return None
    return f"{m.group('m1') or m.group('m2')} {m.group('d1') or m.group('d2')}"


def _year_of_page(lines: list[_Line], url: str | None) -> str | None:
    """The year a page's copyright notice gives ("© 2031 Osk Evening Star"), else its URL's."""
    for x in reversed(lines):
        if x.tag in ("chrome", "tail", "short") and x.words <= 20:
            m = _COPYRIGHT_YEAR.search(x.text)
            if m:
                return m.group(1)
    m = re.search(r"/((?:19|20)\d\d)/", url or "")
    return m.group(1) if m else None


def _relative_published(lines: list[_Line], fetched: str) -> str | None:
    """The day of a "3 hours ago" date line above the body, counted back from when a crawler
    fetched the page (its header's "Fetched: 2031-05-06 14:00 UTC"); the day only."""
    stamp = _parse_stamp(fetched, ignoretz=True)
    if stamp is None:
        return None
    for line in lines[:HEADER_MAX_LINES]:
        m = chrome.RELATIVE_STAMP.match(line.text) if line.tag in ("chrome", "byline") and line.words <= 5 else None
        if m:
            unit = m.group("unit").lower()[0]
            delta = {"m": timedelta(minutes=1), "h": timedelta(hours=1), "d": timedelta(days=1)}[unit]
            return (stamp - int(m.group("n")) * delta).date().isoformat()
    return None


def _byline_with_stamp(text: str) -> str | None:
    """The ISO time of a date line set side by side with other parts (``_parted_stamp``)."""
    parted = _parted_stamp(text)
    return parted[0] if parted else None


_COMMENT_PART = re.compile(r"(?:leave|post|add|write) a comment|\d+ comments?|comments? \(\d+\)", re.I)


def _parted_stamp(text: str) -> tuple[str, str | None, str | None, str | None] | None:
    """A date line set side by side with what else a page prints there, each part judged by
    what it is: a name ("Ari Dunn | July 12, 2031 | 3 min read"), the outlet ("Tarn Wire |
    Fri Nov 7, 2031 6:05am GMT+2", "Orm Ledger, 25 May 2031"), a section or breadcrumb
    ("Feature | ...", "World > Asia | 9 Mar 2027 | 08:10 TRT"), the place it was written
    ("Vell, Friday, 14 November 2031 | Updated: ..."), a clock, a reading time.

    (ISO time, outlet, place, author) when every part is one of these and one is a date
    line; the publication's date before an update's; None for anything else."""
    parts = [p.strip() for p in _SIDE_BY_SIDE.split(text) if p.strip()]
    stamps: list[tuple[bool, str, str]] = []  # (an update's?, ISO time, the part)
    clock = outlet = place = author = None
    for p in parts:
        st = _stamp_line(p)
        if st is None and ", " in p:
            head, _, tail = p.partition(", ")
            st = _stamp_line(tail)
            if st is None:
                return None
            if _names_outlet(head) and not _is_section(head):  # "Orm Ledger, 25 May 2031"
                outlet = outlet or _masthead_case(head)
            elif _is_place_name(head):  # "Vell, 3 April 2031": where it was written
                place = place or head
            else:
                return None
        if st:
            stamps.append((bool(chrome.STAMP_UPDATE.match(p)), st, p))
            continue
        if p[:1].isdigit() and _is_clock_line(p):
            clock = clock or p  # "08:10 TRT" beside "9 Mar 2027"
            continue
        words = _STAMP_PUNCT.sub(" ", p).lower().split()
        if all(w.rstrip(".:") in chrome.STAMP_WORDS or w.isdigit() for w in words):
            continue  # "6 min read"
        if _names_outlet(p) and not p.lower().startswith("by ") and not _is_section(p):
            outlet = outlet or _masthead_case(p)
            continue
        if _is_section(p):
            continue  # "World News", "Opinion"
        if _COMMENT_PART.fullmatch(p) or chrome.CHROME_WHOLE.fullmatch(p):
            continue  # "Leave a comment", "12 comments", "Share": the page's tools beside its date
        name = p[3:] if p.lower().startswith("by ") else p
        if 2 <= len(name.split()) <= 4 and _masthead_words(name) is not None:
            author = author or name
            continue
        if _is_section_part(p):
            continue
        return None
    if not stamps or (len(parts) < 2 and place is None and outlet is None):
        return None
    update, stamp, part = min(stamps, key=lambda x: x[0])
    if clock and "T" not in stamp:
        stamp = _stamp_line(f"{part.partition(', ')[2] if ', ' in part and not _stamp_line(part) else part} {clock}") or stamp
    return stamp, outlet, place, author


# Nouns that name an institution printing its own releases at the top of its page ("Ministry
# of Coastal Affairs", "Office of the Special Envoy", "Support Mission in ..."): seen on
# ministries' and missions' press pages (round-5 pages; issue 7's unseen reports).
INSTITUTION_NOUNS = chrome._wordset(
    "ministry office mission department embassy presidency secretariat commission council chancellery "
    "cabinet directorate delegation government parliament assembly authority")
# A document's kind printed over it ("PRESS RELEASE"), not whose it is: never a masthead.
_GENRE_LABELS = frozenset({"press release", "news release", "media release", "media advisory", "joint statement",
                           "statement", "communique", "communiqué", "fact sheet", "for immediate release",
                           "readout", "press statement", "joint communique", "joint communiqué"})


_NUMBERED = re.compile(r"\s*(?:no\.?|nr\.?|number|#)\s*\d[\w/.-]*$", re.I)


def _is_genre_label(text: str) -> bool:
    """ "PRESS RELEASE", "Press Release No. 142/2031", "Joint Statement #4": a document's kind and number."""
    return _fold(_NUMBERED.sub("", text)) in _GENRE_LABELS


def _names_page(text: str) -> bool:
    """A line that names the page's owner, not a story: an outlet with its section ("The
    Marn Review | Analysis") or an institution ("Ministry of Coastal Affairs")."""
    head, *edition = _EDITION_SPLIT.split(text, maxsplit=1)
    if edition and len(edition[0].split()) <= 3 and "edition" in edition[0].lower():
        return True  # "Le Courrier de Vell – English edition"
    if _names_outlet(head) or _names_institution(text):
        return True
    owner = _OWNER_SPLIT.split(text)  # "Republic of Vell - Office of the Press Service"
    return len(owner) >= 2 and any(_names_institution(o) for o in owner)


_POSSESSIVE = re.compile(r"['’]s?$")


def _names_institution(text: str) -> bool:
    """ "Ministry of Coastal Affairs", "Office of the Special Envoy for the Fjords": a name of at
    most six capitalized words (joining words between) with a noun of a public office in it."""
    words = text.split()
    caps = [w for w in words if w.lower() not in _MINOR]
    if not 2 <= len(words) <= 10 or not 1 <= len(caps) <= 6 or _ends_sentence(text) or ":" in text:
        return False
    if any(not (w[:1].isupper() and _POSSESSIVE.sub("", w).replace("-", "").isalpha()) for w in caps):
        return False
    return any(_fold(w) in INSTITUTION_NOUNS for w in caps)


def _names_outlet(text: str) -> bool:
    """A name the way an outlet's reads: capitalized words ending in a noun of the trade
    ("Tarn Valley Gazette", "Tarn Wire"), or of three words or more with one among its
    first two ("News Syndicate of Vell"). A person's name has none of these nouns."""
    words = _masthead_words(text)
    if words is None or len(words) < 2:
        return False
    folded = _fold(text).split()
    if not folded:
        return False
    return folded[-1] in chrome.MASTHEAD_NOUNS or (
        len(folded) >= 3 and any(w in chrome.MASTHEAD_NOUNS for w in folded[:2] if w != "the"))


_PLACE_MINOR = frozenset({"de", "del", "la", "el", "al", "da", "do", "di", "du", "des", "of", "on", "upon", "am", "an"})
_CALENDAR_WORDS = chrome._wordset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today updated published posted")


def _is_place_name(text: str) -> bool:
    """ "Vell", "Port Arden", "San Telmo de la Sierra": one to five capitalized words (a joining
    word between them), no digits, not a weekday, a month or a date line's label."""
    words = text.split()
    if not 1 <= len(words) <= 5 or any(c.isdigit() for c in text) or not words[0][:1].isupper():
        return False
    if _fold(words[0]) in _CALENDAR_WORDS or _fold(words[0]) in ("by", "the"):
        return False
    return all(w[:1].isupper() and w.replace("-", "").replace("'", "").replace("’", "").replace(".", "").isalpha()
               or w in _PLACE_MINOR for w in words)


_CRUMB = re.compile(r"\s*[>›»/]\s*")


def _is_section_part(text: str) -> bool:
    """A section's name or a breadcrumb beside a date line: "Defence", "World > Asia"."""
    crumbs = [c for c in _CRUMB.split(text) if c]
    return bool(crumbs) and all(
        1 <= len(c.split()) <= 3 and not any(ch.isdigit() for ch in c)
        and all(w[:1].isupper() or w.lower() in _MINOR for w in c.split()) for c in crumbs)


# "Summit: 14–15 December 2031, Vell": a label and the day of an event, the page's details, no headline
_LABEL_DATE = re.compile(rf"^[A-Z][\w'’ -]{{0,30}}:\s*(?:\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+{chrome.MONTHS}|{chrome.MONTHS}\s+\d)", re.I)


def _in_rail(lines: list[_Line], k: int) -> bool:
    """Is line ``k`` the last of a run of other stories' headlines ("Trending" and three headlines
    over the page's own headline)? The line right above it is one more headline-like line, or the
    rail's label ("Trending", "Most read") stands right above the run."""
    if k == 0:
        return False
    above = lines[k - 1]
    if above.tag in ("related", "tail"):
        return True
    return (above.tag in ("short", "heading") and above.words >= HEADLINE_MIN_WORDS and not above.nav
            and not _ends_sentence(above.text) and not _is_masthead_like(above.text) and not _names_page(above.text)
            and not _is_section_strip(above.text) and not _LABEL_DATE.match(above.text))


def _is_section_strip(text: str) -> bool:
    """ "World | Middle East & Africa", "THE LONG VIEW | Explainer": names of sections (or a name
    and its section) set apart by bars, every part of one to three capitalized words; a headline
    with a badge ("Talks resume at dawn | Analysis") has words in ordinary case."""
    parts = [p for p in _BAR_SPLIT.split(text) if p]
    return len(parts) >= 2 and all(
        1 <= len(p.split()) <= 4 and not any(ch.isdigit() for ch in p)
        and all(w[:1].isupper() or w.lower() in _MINOR for w in p.split()) for p in parts)


def _split_stamps(text: str) -> tuple[str, bool] | None:
    """ "Updated: 22/03/2031 08:10 | Published: 21/03/2031 17:45": date lines set side by side,
    each of them a date line; the publication's time, or the update's when there is no other."""
    parts = [p for q in _SIDE_BY_SIDE.split(text) for p in _COMMA_UPDATE.split(q) if p.strip()]
    if len(parts) < 2:
        return None
    stamps = [(bool(chrome.STAMP_UPDATE.match(p)), _stamp_line(p)) for p in parts]
    if any(st is None for _, st in stamps):
        return None
    update, stamp = min(stamps, key=lambda x: x[0])
    return (stamp, update) if stamp else None


# "Publié le 2 décembre 2031 à 14h05, modifié le 3 décembre 2031": the update after a comma
_PUBLISHED_KEYS = ("date", "datePublished", "date_published", "published_at", "publishedAt", "pubDate", "publish_date")
_COMMA_UPDATE = re.compile(r",\s+(?=(?:last\s+)?(?:updated|modified|modifié|mis à jour|aktualisiert|actualizado|atualizado|"
                           r"aggiornato)\b)", re.I)
_URL_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)([/_-]?)(0[1-9]|1[0-2]|[1-9])\2(0[1-9]|[12]\d|3[01]|[1-9])(?!\d)")


def _url_date(url: str | None) -> str | None:
    """The date in a URL's path ("/2022/08/30/", "-2025-09-18", "/20250917/"), as ISO."""
    if not url:
        return None
    path = _DOMAIN.sub("", url.strip(), count=1)
    for m in _URL_DATE.finditer(path):
        year, sep, month, day = m.groups()
        if not sep and (len(month) != 2 or len(day) != 2):
            continue  # "2025917": not a date one can read
        try:
            return datetime(int(year), int(month), int(day)).date().isoformat()
        except ValueError:
            continue
    return None


def _page_url(lines: list[_Line]) -> str | None:
    """A page copy's own address, where it shows one alone on a line (a footer, a print view)."""
    for x in lines:
        if x.words == 1 and x.tag not in ("prose",) and _URLISH.match(x.text) and "." in x.text:
            return x.text
    return None


# A paywall's box below the article's start ("This article is for subscribers only",
# "Subscribe to continue reading", "Already a subscriber? Log in"), or a teaser's link to the
# rest ("Continue reading"): looked for in the PAYWALL_WINDOW lines after the body's last.
# Seen on subscription sites and front pages; no structure tells a subscribe box from a footer.
PAYWALL_WINDOW = 6
PAYWALL_MAX_WORDS = 25
_PAYWALL = re.compile(
    r"\b(?:(?:for|to) (?:paying )?(?:subscribers|members) only|subscribers? only|subscribe (?:now )?to (?:continue|keep|read)"
    r"|(?:free|remaining) (?:articles?|stories) (?:left|remaining)|subscribe for (?:full|unlimited) access"
    r"|to (?:continue|keep) reading|already (?:a|an) (?:subscriber|member)\b"
    r"|this (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for)"
    r"|you(?:'ve|’ve| have) reached your (?:free )?(?:article|story) limit|register (?:for free )?to (?:continue|read)"
    r"|unlock (?:this|the full) (?:article|story)|sign in to read|^continue reading$)", re.I)
_PAYWALL_KEYS = ("subscri", "member", "read", "article", "stor", "content", "regist", "unlock", "sign in")


def _may_be_paywall(t: str) -> bool:
    """A cheap test before ``_PAYWALL``: one of the words every one of its phrases has."""
    low = t.lower()
    return any(k in low for k in _PAYWALL_KEYS)


# A plea to the page's readers: addressed to them ...
_APPEAL = re.compile(
    r"\b(?:please|thank you|thanks for|you can|your support|consider (?:a |making |supporting |subscribing |donating )"
    r"|support us|support our \w+|become a (?:member|subscriber|supporter)|donate|subscribe)\b",
    re.I,
)
# ... about the outlet itself.
_SELF = re.compile(r"\bour (?:journalism|reporting|readers|subscribers|coverage|newsroom|site|newsletter|work)\b|"
                   r"\b(?:independent|quality) (?:journalism|reporting)\b", re.I)


def _is_appeal(paragraph: str, outlet: str | None) -> bool:
    """A short paragraph that asks the reader for something on the outlet's behalf
    ("X is supported by readers. Please consider a contribution."): not the report's."""
    if len(paragraph) > APPEAL_MAX_WORDS * 12 or len(paragraph.split()) > APPEAL_MAX_WORDS:
        return False
    if any(q in paragraph for q in _QUOTE_MARKS[:3]) or "”" in paragraph or not _APPEAL.search(paragraph):
        return False
    if _REPORTING.search(paragraph):
        return False  # someone said it: the report's sentence, not the site's plea
    return bool(_SELF.search(paragraph)) or bool(outlet and len(outlet) >= 4 and outlet.lower() in paragraph.lower())


_INITIALS = re.compile(r"[A-Z]{2,5}")
# The last word of a wire service's name: "Tarn Wire", "Orla Press Service", "Kestrel News Agency".
_AGENCY_NOUNS = frozenset({"agency", "wire", "press", "service", "syndicate", "newswire", "presse", "agencia", "agenzia",
                           "agence"})


def _reads_as_agency(name: str) -> bool:
    """ "Tarn Wire", "Orla Press Service", "News Syndicate of Vell", "Agencia de Informaciones ...":
    a name with a wire service's noun at its end or among its first two words."""
    words = _fold(name).split()
    return len(words) >= 2 and _masthead_words(name) is not None and (
        words[-1] in _AGENCY_NOUNS or (len(words) >= 3 and any(w in _AGENCY_NOUNS for w in words[:2])))


_HOUSE_TRADE = re.compile(r"(?:\s+(?:&|and|news|newspapers?|press))+$", re.I)


def _paper_of_house(house: str, lines: list[_Line]) -> str | None:
    """The paper a publishing company's copyright notice stands for, where the page names it:
    "Lamp News & Media Limited" and "Support The Lamp" or "your Lamp account" give "The Lamp"."""
    core = _HOUSE_TRADE.sub("", house).strip()
    if not core or not _is_name(core):
        return None
    named = re.compile(rf"\bThe {re.escape(core)}\b(?!\s+[A-Z&])")
    if any(named.search(x.text) for x in lines[:HEADER_MAX_LINES]):
        return f"The {core}"
    # "Sentinel Publishing Company Ltd" under a page headed "THE OSK SENTINEL": the masthead ends in its name
    # "Harbour Media Group" under a page headed "Harbour Mail": the masthead opens with it and names a paper
    tail, head = " " + _fold(core), _fold(core) + " "
    for x in lines[:HEADER_MAX_LINES]:
        if (x.tag in ("short", "heading") and 2 <= x.words <= 5 and _masthead_words(x.text) is not None
                and (_fold(x.text).endswith(tail) or (_fold(x.text).startswith(head) and _names_outlet(x.text)))):
            return _masthead_case(x.text)
    return None


def _wire_copy_of(wire: str, lines: list[_Line]) -> bool:
    """Is the page the wire's own copy? Its initials head the story's slug ("KNA-WORLD-VELL-TALKS")
    or stand in its chrome ("Redistribution of KNA content is prohibited")."""
    caps = [w for w in wire.replace("&", " ").split() if w.lower() not in _MINOR]
    initials = "".join(w[0] for w in caps).upper()
    if len(initials) < 2:
        return False
    own = re.compile(rf"(?:^|\s){initials}(?:-[A-Z0-9]|\s|$)")
    return any(x.tag in ("chrome", "tail") and own.search(x.text) for x in lines)


def _credits(agency: str | None, name: str) -> bool:
    """Does a dateline's credit ("(KP)", "(Kestrel Press)") name this wire service?"""
    if not agency or not _reads_as_agency(name):
        return False
    caps = [w for w in name.split() if w.lower() not in _MINOR]
    return _fold(agency) == _fold(name) or (bool(_INITIALS.fullmatch(agency)) and
                                            "".join(w[0] for w in caps).upper() == agency)


def _spelled_out(initials: str, texts: list[str]) -> str | None:
    """The name in ``texts`` whose capitalized words' initials are ``initials``: "KNA" for
    "KESTREL NEWS AGENCY", "NSV" for "News Syndicate of Vell" (joining words skipped)."""
    for text in texts:
        for part in _EDITION_SPLIT.split(text):
            words = _masthead_words(part.strip())
            if words is None:
                continue
            caps = [w for w in words if w.lower() not in _MINOR]
            if "".join(w[0] for w in caps).upper() == initials and len(caps) == len(initials):
                return _masthead_case(part.strip())
    # "By MARA QUILL and DEVON ASH Kestrel Press": a wire's name at the end of a byline
    n = len(initials)
    for text in texts:
        for m in _CAPS_RUN.finditer(text):
            words = [w for w in m.group(0).split() if w.lower() not in _MINOR]
            for k in range(len(words) - n + 1):
                name = " ".join(words[k:k + n])
                if "".join(w[0] for w in words[k:k + n]).upper() == initials and _reads_as_agency(name):
                    return _masthead_case(name)
    return None


_BYLINE_NAME = re.compile(r"^(?:By\s+)?(?P<name>[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){1,3})(?=\s*(?:$|,|\||\band\b|\bin\b))")


def _byline_name(text: str) -> str | None:
    """The author a byline names: "By Teodor Vesik" -> "Teodor Vesik"; "Lena Voss, Chief
    correspondent" -> "Lena Voss"."""
    if not (chrome.BYLINE_AUTHOR.match(text) or chrome.BYLINE_ROLE.match(text)):
        return None
    m = _BYLINE_NAME.match(text)
    return m.group("name") if m else None


def _is_own_credit(agency: str, outlet: str) -> bool:
    """Is the credit in a dateline ("(Northstar)") the outlet's own name, or a part of it?"""
    a, o = _fold(agency), _fold(outlet)
    return bool(a) and (a == o or o.startswith(a + " ") or o.endswith(" " + a) or a.replace(" ", "") == o.replace(" ", ""))


# ------------------------------------------------------------------ fields

def _outlet(given: Any, lines: list[_Line], url: Any, page: dict[str, Any] | None = None,
            page_title: Any = None) -> tuple[str | None, str | None, bool]:
    """The outlet's name, the wire agency its note names ("ABC News (AP wire)"), and whether
    the name is a guess (a masthead line, a title's suffix, the words of a URL)."""
    agency = None
    if isinstance(given, str) and _COPYRIGHT_GIVEN.match(given):
        # a crawler took the footer for the site's name ("Copyright 2026", "© 2025 Vell Media")
        m = _COPYRIGHT_NAME.search(given)
        given = _CORPORATE.sub("", m.group("name").strip(" .-")) if m and _is_name(m.group("name")) else None
    if isinstance(given, str) and given.strip():
        name = given.strip()
        for note in _OUTLET_NOTE.findall(name):
            w = _WIRE_NOTE.search(note)
            if w and w.group("wire").strip().lower() in AGENCIES:
                agency = AGENCIES[w.group("wire").strip().lower()]
        name = " ".join(_OUTLET_NOTE.sub(" ", name).split())
        if name:
            return name, agency, False
    chrome_text = [x.text for x in lines if x.tag in ("chrome", "tail")]
    for t in chrome_text:
        m = _BELONGS_TO.search(t)
        if m:
            name = _CORPORATE.sub("", m.group("name").strip())
            if name:
                return name, agency, False
    holder = None  # a company holding the copyright, where the page names no paper
    for t in chrome_text:
        m = _COPYRIGHT_NAME.search(t)
        if m:
            # "© Le Courrier de Vell 2031": the year after the name is the notice's, not the name's
            full = re.sub(r"\s+\d{4}(?:\s*[-–]\s*\d{4})?$", "", m.group("name").strip(" .-"))
            name = _CORPORATE.sub("", full)
            if name != full and len(name.split()) == 1 and _reads_as_agency(full):
                name = full  # "Kestrel News Agency": the wire's whole name, not "Kestrel"
            if name != full and (paper := _paper_of_house(name, lines)):
                return paper, agency, False  # "© Lamp News & Media Limited" on a page that says "Support The Lamp"
            if _is_name(name) and name.lower() not in AGENCIES:
                if page and _credits(page.get("agency"), name):
                    # "Copyright 2033 Kestrel Press" under "SALMON FALLS (KP) -": the wire's notice on its
                    # copy, which a paper prints; its masthead names the paper when there is one
                    holder = holder or name
                    continue
                if name != full and _PUBLISHER_HOUSE.match(name) and not any(
                        w in chrome.MASTHEAD_NOUNS for w in _fold(name).split()):
                    # "© Editorial Marn S.A.": the publishing house, not its paper; a masthead
                    # line ("THE MARN COURIER") names the paper when there is one
                    holder = holder or name
                    continue
                return name, agency, False
    blob = "\n".join(chrome_text).lower()
    for marker, name in CHROME_OUTLETS.items():
        if marker in blob:
            return name, agency, False
    host = None
    if isinstance(url, str):
        m = _DOMAIN.match(url.strip())
        if m:
            host = m.group(1).lower()
            h = host
            while h:
                if h in SITE_OUTLETS:
                    return SITE_OUTLETS[h], agency, False
                h = h.partition(".")[2] if "." in h.partition(".")[2] else ""
    guess = (_masthead(lines, page, host) or _title_site(page_title, host)
             or _host_name([page.get("dateline") or "", *(x.text for x in lines[:200])] if page else [], host))
    if guess is None and holder:
        return holder, agency, False
    return guess, agency, bool(guess)


_COPYRIGHT_GIVEN = re.compile(r"\s*(?:copyright\b|©|\(c\)\s*\d)", re.I)
_MINOR = frozenset({"of", "the", "and", "&", "de", "la", "el", "du", "des", "der", "die", "for", "on", "in", "a"})


def _is_name(name: str) -> bool:
    """A name: it has letters, and is not the words of a copyright notice alone."""
    words = _fold(name).split()
    return bool(words) and any(w.isalpha() for w in words) and not set(words) <= {
        "all", "the", "rights", "reserved", "copyright", "by", "c", "inc", "ltd"}


def _masthead_words(text: str) -> list[str] | None:
    """The words of a line that could be a masthead: one to six words, each capitalized
    (or a short joining word), with letters; None for anything else."""
    words = text.split()
    if not 1 <= len(words) <= 6 or _ends_sentence(text) and not text.endswith("."):
        return None
    if any(c.isdigit() for c in text) or ":" in text or "|" in text:
        return None
    for w in words:
        if w.lower() in _MINOR:
            continue
        if not (w[:1].isupper() and any(c.isalpha() for c in w)):
            return None
    return words


def _is_masthead_like(text: str) -> bool:
    """ "The Vell Evening Star": capitalized words ending in a noun of the trade."""
    words = _masthead_words(text)
    return words is not None and _fold(words[-1]) in chrome.MASTHEAD_NOUNS


def _letters(s: str) -> str:
    return "".join(c for c in s.lower() if c.isalnum())


def _host_label(host: str | None) -> str:
    """The part of a host that names the site: "www.kestrel-daily.example" -> "kestrel-daily"."""
    if not host:
        return ""
    parts = [p for p in host.split(".") if p not in ("www", "m", "amp", "edition", "news", "en", "english")]
    if len(parts) >= 2:
        parts = parts[:-1]  # the top-level domain
    return max(parts, key=len) if parts else ""


def _masthead(lines: list[_Line], page: dict[str, Any] | None, host: str | None) -> str | None:
    """The outlet as a page copy prints it above the headline or in its footer.

    A candidate is a short capitalized line outside the body (above its first paragraph
    or below its end). It is taken when it spells the page's host name, when it stands
    both above and below the body, or when it carries a noun of the trade ("Courier",
    "Gazette", "News"). Menu items ("World", "Opinion") are none of these.
    """
    if page is None or not lines:
        return None
    first, end = page.get("first", len(lines)), page.get("end", len(lines))
    title = _fold(page.get("title") or "")
    label = _letters(_host_label(host))
    zones = (lines[:min(first, 40)], lines[max(end, first):][-40:])  # above the body; below its last line
    seen: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    institutions: set[str] = set()
    capped: set[str] = set()
    for zone, part in enumerate(zones):
        for k, x in enumerate(part):
            if x.tag not in ("short", "heading", "chrome", "tail") or x.bullet:
                continue
            text = x.text
            if x.nav:
                # "TARN OBSERVER    News   Sport   Sign in": the name, then the menu, on one line
                head = x.lead or text
                if zone == 1 or k > 2 or head == text or not _names_outlet(head):
                    continue
                text = head
            if zone == 0 and k <= 2 and not _names_institution(text) and len(owner := _OWNER_SPLIT.split(text)) >= 2:
                # "Republic of Ruritania - Office of the Press Service": the state, then the office whose page it is
                text = next((o for o in reversed(owner) if _names_institution(o)), text)
            if zone == 0 and k <= 2 and _names_institution(text):
                # "Ministry of Coastal Affairs" at the top of its own press page
                institutions.add(_fold(text))
                seen.setdefault(_fold(text), []).append(zone)
                names.setdefault(_fold(text), _masthead_case(text))
                continue
            words = _masthead_words(text)
            if words is None and (parts := _EDITION_SPLIT.split(text, maxsplit=1))[1:] and len(parts[1].split()) <= 3:
                # "THE MARN COURIER · English edition", "Vell Post | International": the name, then its edition
                text = parts[0]
                words = _masthead_words(text)
                if (zone == 0 and k <= MASTHEAD_TOP_LINES and words is not None and text.isupper()
                        and 2 <= len(words) <= 4 and _is_section_part(parts[1])):
                    capped.add(_fold(text))  # "THE LONG VIEW | Explainer": the name in capitals, its section beside it
                if zone == 0 and k <= MASTHEAD_TOP_LINES and words is not None and _EDITION_LINE.fullmatch(parts[1]):
                    capped.add(_fold(text))  # "Le Courrier de Vell – English edition": the name and the edition it prints
            if words is None or chrome.CHROME_WHOLE.fullmatch(text):
                continue
            key = _fold(text)
            if not key or key == title or key in _GENRE_LABELS:
                continue
            seen.setdefault(key, []).append(zone)
            names.setdefault(key, _masthead_case(text))
            if (zone == 0 and k <= MASTHEAD_TOP_LINES and text.isupper() and 2 <= len(words) <= 4
                    and any(y.nav for y in part[k + 1:k + 1 + MASTHEAD_MENU_WITHIN])):
                capped.add(key)  # "TARN LANTERN" in capitals at the top, the menu a line or two below
            if (zone == 0 and k <= MASTHEAD_TOP_LINES and k + 1 < len(part) and part[k + 1].words <= TAGLINE_MAX_WORDS
                    and not _ends_sentence(part[k + 1].text) and _TAGLINE.search(part[k + 1].text)):
                capped.add(key)  # "Orm Notes" over "A blog on the lakes": the name over its tagline
            if (zone == 0 and k <= MASTHEAD_TOP_LINES and k + 1 < len(part) and part[k + 1].words <= 3
                    and _EDITION_LINE.fullmatch(part[k + 1].text)):
                capped.add(key)  # "OSKER TAGEBLATT" over "English edition": the name over the edition it prints
    best, best_score = None, 0
    for key, zs in seen.items():
        score = 0
        letters = _letters(key)
        if label and len(letters) >= 4 and (letters == label or letters.removeprefix("the") == label.removeprefix("the")):
            score += 4
        if len(set(zs)) == 2 or len(zs) >= 2:
            score += 2
        if (any(w in chrome.MASTHEAD_NOUNS for w in key.split()) and len(key.split()) >= 2 or key in institutions
                or key in capped):
            score += 1
        if score > best_score:
            best, best_score = names[key], score
    return best


# A site's tagline under its name: "A blog on the lakes", "Your valley's weekly", "Serving the coast
# since 1898" (round-6 pages); a self-description, not a headline.
_TAGLINE = re.compile(r"^(?:an?|your|the)\b.{0,60}\b(?:blog|newsletter|paper|newspaper|daily|weekly|magazine|journal)\b|"
                      r"\bsince (?:1[89]|20)\d\d$", re.I)
TAGLINE_MAX_WORDS = 10
_EDITION_LINE = re.compile(r"(?:[A-Z][a-z]+ )?(?:edition|edición|édition|ausgabe)(?: (?:in|en) [A-Za-z]+)?|"
                           r"(?:english|international|world|global) (?:edition|service|version)", re.I)
MASTHEAD_TOP_LINES = 3  # a cookie notice and its buttons may stand above the name
MASTHEAD_MENU_WITHIN = 2  # the name, a tagline, then the menu
_EDITION_SPLIT = re.compile(r"\s+[·|•—–]\s+")
_OWNER_SPLIT = re.compile(r"\s+[·|•—–-]\s+")


def _masthead_case(text: str) -> str:
    """ "THE VORLAND COURIER" -> "The Vorland Courier"; a name already in mixed case is kept."""
    if text.upper() != text:
        return text
    out = [w.capitalize() if len(w) > 3 or w.lower() not in _MINOR else w.lower() for w in text.split()]
    return " ".join([out[0].capitalize(), *out[1:]]) if out else text


def _title_site(page_title: Any, host: str | None) -> str | None:
    """The site's name as the last segment of an HTML page's own title ("... - World - Amsel Gazette")."""
    if not isinstance(page_title, str):
        return None
    parts = _TITLE_SEPARATORS.split(" ".join(page_title.split()))
    if len(parts) < 2:
        return None
    last = parts[-1].strip()
    words = _masthead_words(last)
    if words is None or _is_section(last) and not any(w in chrome.MASTHEAD_NOUNS for w in _fold(last).split()[1:]):
        return None
    return last


_CAPS_RUN = re.compile(r"\b[A-Z][\w'’&-]*(?:\s+(?:[A-Z][\w'’&-]*|of|the|and|&)){0,4}")


def _host_name(texts: list[str], host: str | None) -> str | None:
    """The outlet from its host name: a phrase of the page that spells it ("Cape Grant" for
    thecapegrant.example), else the host's words where it shows them ("kestrel-daily")."""
    label = _host_label(host)
    if not label:
        return None
    want = _letters(label)
    bare = want.removeprefix("the")
    if len(bare) >= 4:
        for text in texts:
            for m in _CAPS_RUN.finditer(text):
                words = m.group(0).split()
                for i in range(len(words)):
                    for j in range(i + 1, len(words) + 1):
                        phrase = " ".join(words[i:j])
                        got = _letters(phrase)
                        if got == want or (got == bare and want != bare):
                            phrase = _masthead_case(phrase)
                            return phrase if got == want else f"The {phrase}"
    if "-" in label and all(p.isalpha() for p in label.split("-")):
        return " ".join(p.capitalize() for p in label.split("-"))
    vocabulary = {w for text in texts[:200] for w in _WORD.findall(text.lower()) if len(w) >= 3}
    parts = _segment(want, vocabulary | chrome.MASTHEAD_NOUNS | {"the"})
    if not parts:
        # "northgatepilot": a place's name the page never writes, then a noun of the trade
        noun = max((w for w in chrome.MASTHEAD_NOUNS if len(w) >= 4 and bare.endswith(w)), key=len, default="")
        place = bare[: len(bare) - len(noun)]
        if noun and len(place) >= 4 and place.isalpha():
            parts = (["the"] if want != bare else []) + [place, noun]
    if parts and len(parts) >= 2 and any(p in chrome.MASTHEAD_NOUNS for p in parts):
        return " ".join(p.capitalize() if i == 0 or p != "the" else p for i, p in enumerate(parts))
    return None


_WORD = re.compile(r"[^\W\d_]+")


def _segment(letters: str, words: set[str]) -> list[str] | None:
    """``letters`` as a run of ``words`` (fewest pieces), or None: "merrowherald" -> merrow, herald."""
    if not letters.isalpha() or len(letters) > 60:
        return None
    best: list[list[str] | None] = [None] * (len(letters) + 1)
    best[0] = []
    for i in range(len(letters)):
        if best[i] is None:
            continue
        for j in range(i + 3 if i + 3 <= len(letters) else len(letters), len(letters) + 1):
            piece = letters[i:j]
            if len(piece) == len(letters):
                continue  # the host's own word (from the URL itself) splits nothing
            cand = best[i] + [piece]  # type: ignore[operator]
            if piece in words and (best[j] is None or len(cand) < len(best[j])):  # type: ignore[arg-type]
                best[j] = cand
    return best[-1]


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


def _copyright_wire(initials: str, lines: list[_Line]) -> str | None:
    """The wire whose initials a dateline gives, named in the page's copyright notice."""
    for x in lines:
        if x.tag in ("chrome", "tail") and (m := _COPYRIGHT_NAME.search(x.text)):
            name = re.sub(r"\s+\d{4}(?:\s*[-–]\s*\d{4})?$", "", m.group("name").strip(" .-"))
            if _credits(initials, name):
                return name
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
    return " ".join(_FOLD_PUNCT.sub(" ", s.lower()).split())
