"""Cleaning: the body and nothing else, under the paragraph contract.

Every report here is invented for the test: made-up places, people and sites.
"""

from __future__ import annotations

import json
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

import parley
from parley.model import RawDocument, Span
from parley.reader.clean import clean

# check-names: allow=Delegates; Registration Number; Registration; Our Standards; Privacy; LinkedIn
# (ordinary words of site furniture that the chrome rules of ingest/chrome.py name, a share button)
PAGE = """\
Morning EditionEUROPE Deutsch
World
Home / World / Islands

Fourth round of Arland-Borduria talks ends with swap deal, no truce

Kyodo | Updated: 2030-03-14 18:05
Share
Share - LinkedIn
Delegates arrive for the talks in Valletta, Malta, on March 13, 2030. [Foreign Ministry of Malta/Handout via Kyodo]

VALLETTA - Delegations of Arland and Borduria ended a fourth round of talks in the Maltese capital on Thursday, agreeing to swap 500 detainees each.

Arland's envoy Mira Kestrel said the next round would be held within a month.

"We will not sign anything that freezes the front line," Kestrel told reporters.

Related
Fish prices climb as talks drag on
Read more: Why the islands matter

The earlier rounds produced only a short pause in shelling along the coast.

Most Read This Week
Top
BACK TO TOP
Copyright 1999 - . All rights reserved. All content on this site is the property of Harbour Daily Media Co (HDMC).
Registration Number: 000000
FOLLOW US
"""

CRAWL = """\
Delegates stand before the flags of both islands in Valletta, March 13, 2030.

Jon Lark | Northwire | Imago

* Arland presses for a truce
* Borduria wants the ferry line reopened

VALLETTA, March 14 (Reuters) - **Arland** and Borduria agreed on Thursday to swap 500 detainees each, the \\[Arland\\] foreign ministry said.

### What comes next

Mediators from _Malta_ said a [truce](https://example.org/truce) was not yet in sight.[](https://example.org/x)

!Island talks explained in 90 seconds

watch now

Both sides will meet again in April, officials said.

Reporting by Jon Lark; Editing by Ana Reed

Our Standards: The Northwire Editorial Principles., opens new tab
"""


def _doc(content: str, kind: str = "text", **meta: object) -> RawDocument:
    return RawDocument(content=content, kind=kind, source="test", meta=tuple(meta.items()))


def _assert_contract(text: str) -> None:
    assert text == text.strip()
    if not text:
        return
    for para in text.split("\n\n"):
        assert para and "\n" not in para
        assert para == " ".join(para.split())


def test_page_text_fields_and_body() -> None:
    d = clean(_doc(PAGE))
    assert d.title == "Fourth round of Arland-Borduria talks ends with swap deal, no truce"
    assert d.outlet == "Harbour Daily"
    assert d.agency == "Kyodo"
    assert d.published == "2030-03-14T18:05"
    assert d.dateline == "Valletta"
    assert d.text.startswith("Delegations of Arland and Borduria ended a fourth round")
    assert d.text.endswith("a short pause in shelling along the coast.")
    for chrome in ("Morning Edition", "Home / World", "Share", "LinkedIn", "Handout", "Fish prices",
                   "Read more", "Most Read", "BACK TO TOP", "Copyright", "Registration", "FOLLOW US",
                   "Related", "Updated:"):
        assert chrome not in d.text, chrome
    _assert_contract(d.text)
    assert d.warnings == ()


def test_crawler_markdown_json() -> None:
    d = clean(_doc(CRAWL, "json", title="Islands agree detainee swap | Reuters", outlet="Reuters",
                   published="2030-03-14T16:00:00.000Z", url="https://www.reuters.com/world/islands"))
    assert d.title == "Islands agree detainee swap"
    assert d.outlet == "Reuters" and d.agency == "Reuters"
    assert d.published == "2030-03-14T16:00:00.000Z"
    assert d.dateline == "Valletta"
    paras = d.text.split("\n\n")
    assert paras[0] == ("Arland and Borduria agreed on Thursday to swap 500 detainees each, "
                        "the \\[Arland\\] foreign ministry said.")
    assert "What comes next" in paras
    assert "Mediators from Malta said a truce was not yet in sight." in paras
    assert paras[-1] == "Both sides will meet again in April, officials said."
    for chrome in ("Jon Lark", "Imago", "flags of both islands", "presses for a truce", "watch now",
                   "explained in 90", "Reporting by", "Our Standards", "](", "**", "###"):
        assert chrome not in d.text, chrome
    _assert_contract(d.text)


def test_planted_sentence_keeps_exact_offsets() -> None:
    planted = "Kestrel said 1,200 detainees would go home by the end of May."
    content = f"Share\n\nBORDURIA CITY -- Talks resumed on Monday after a pause of three weeks.\n\n{planted}\n\nFOLLOW US"
    d = clean(_doc(content))
    start = d.text.index(planted)
    assert Span(start, start + len(planted)).of(d.text) == planted
    assert d.dateline == "Borduria City"
    assert d.text.startswith("Talks resumed on Monday")


def test_outlet_notes_become_outlet_and_agency() -> None:
    body = "Negotiators of the two islands met in Valletta and agreed to meet again in May."
    d = clean(_doc(body, "json", outlet="Harbour Post (Northwire wire)", title="Talks go on - Harbour Post"))
    assert d.outlet == "Harbour Post" and d.title == "Talks go on"
    d = clean(_doc(body, "json", outlet="Harbour Post (Kyodo wire)"))
    assert d.agency == "Kyodo"
    d = clean(_doc(body, "json", outlet="The Palace (press release, not a news item)"))
    assert d.outlet == "The Palace" and d.agency is None


def test_title_section_and_site_suffixes() -> None:
    body = "Negotiators of the two islands met in Valletta and agreed to meet again in May."
    d = clean(_doc(body, "json", outlet="Harbour Post", title="Who wants what in the talks | Analysis News | Harbour Post"))
    assert d.title == "Who wants what in the talks"
    d = clean(_doc(body, "json", outlet="Harbour Post", title="Ferry line: a compromise in sight? | Ferry News"))
    assert d.title == "Ferry line: a compromise in sight?"


def test_menus_only_gives_empty_record_and_warning() -> None:
    d = clean(_doc("Home | World | Sport | Weather\nSign in\nSubscribe\nCookie settings | Privacy policy\n"))
    assert d.text == ""
    assert any(w.startswith("W201") for w in d.warnings)


def test_empty_json_text() -> None:
    d = clean(_doc("", "json", title="Nothing"))
    assert d.text == "" and any(w.startswith("W201") for w in d.warnings)


def test_not_english_keeps_text_and_warns() -> None:
    text = ("Les délégations des deux îles se sont réunies mardi à La Valette pour discuter d'une trêve. "
            "Le ministre a déclaré que les discussions avaient été utiles et qu'elles reprendraient le mois prochain "
            "dans la capitale, avec la participation des médiateurs de la région.")
    d = clean(_doc(text))
    assert d.text and d.language == "fr"
    assert any(w.startswith("W202") for w in d.warnings)


def test_mojibake_repaired_and_curly_quotes_kept() -> None:
    text = "The islandâ€™s envoy met the cafÃ© owner. The envoyâs deputy said: “We are close.”"
    d = clean(_doc(text))
    assert d.text == "The island’s envoy met the café owner. The envoy’s deputy said: “We are close.”"
    assert any(w.startswith("W205") for w in d.warnings)


def test_captions_credits_and_link_lists_dropped() -> None:
    text = "\n".join([
        "Negotiators from both islands met in Valletta on Monday, officials said.",
        "A delegate walks past the flags outside the venue in Valletta, Malta, on March 13, 2030.",
        "Jon Lark | Shutterstock",
        "The talks will resume in April, the mediator said.",
        "Ferry operators brace for a long summer of strikes",
        "Markets shrug off the island talks as oil slips again",
        "What a detainee swap could mean for fishing towns",
        "Both delegations thanked Malta for hosting the round.",
        "— Jon Lark contributed to this report.",
    ])
    d = clean(_doc(text))
    assert d.text.split("\n\n") == [
        "Negotiators from both islands met in Valletta on Monday, officials said.",
        "The talks will resume in April, the mediator said.",
        "Both delegations thanked Malta for hosting the round.",
    ]


def test_hard_wrapped_text_is_joined() -> None:
    text = ("Negotiators of the two islands met in Valletta on Monday and agreed\n"
            "to exchange lists of detainees before the next round of talks.\n\n"
            "The mediator said the next round would start in April.\n")
    d = clean(_doc(text))
    assert d.text.split("\n\n")[0].endswith("agreed to exchange lists of detainees before the next round of talks.")


def test_html_page() -> None:
    paragraphs = "".join(
        f"<p>Paragraph {i}: negotiators of the two islands met again in Valletta and discussed the ferry line, "
        f"the detainees and the coast guard, officials said on the record.</p>" for i in range(6)
    )
    page = (
        "<!DOCTYPE html><html><head><title>Islands talk again - Harbour Post</title>"
        '<meta property="og:site_name" content="Harbour Post">'
        '<meta property="article:published_time" content="2030-03-14T18:05:00+01:00"></head>'
        "<body><nav><a href='/'>Home</a> | <a href='/world'>World</a></nav>"
        f"<article><h1>Islands talk again</h1>{paragraphs}</article>"
        "<footer>Copyright 2030 Harbour Post. All rights reserved.</footer></body></html>"
    )
    d = clean(_doc(page, "html"))
    assert d.text.startswith("Paragraph 0:") and d.text.rstrip(".").endswith("on the record")
    assert "Copyright" not in d.text and "Home" not in d.text
    assert d.published == "2030-03-14T18:05:00+01:00"
    assert d.outlet == "Harbour Post" and d.title == "Islands talk again"
    _assert_contract(d.text)


def test_broken_html_never_raises() -> None:
    for page in ("<html><body><div><p>unclosed", "<<<>>><html>", "<html></html>"):
        d = clean(_doc(page, "html"))
        _assert_contract(d.text)


def test_reading_text_or_json_does_not_import_heavy_libraries() -> None:
    code = (
        "import sys\nfrom parley.reader.clean import clean\nfrom parley.model import RawDocument\n"
        "clean(RawDocument(content='VALLETTA - The talks ended on Monday with no deal.', kind='text'))\n"
        "print(json.dumps(sorted(m for m in ('trafilatura', 'ftfy', 'lxml') if m in sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", "import json\n" + code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=600))
def test_clean_never_raises_and_keeps_the_contract(text: str) -> None:
    for kind in ("text", "json"):
        d = clean(_doc(text, kind))
        _assert_contract(d.text)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "Share", "Home / World", "VALLETTA, Feb 5 (Kyodo) - Talks ended.", "**Bold** words here, said one.",
    "* a bullet line", "### A heading", "Jon Lark | Shutterstock", "Item 1 of 5 caption", "watch now",
    "\\[Borduria\\] said no.", "[](https://x.org/a)", "Most Read", "The envoy said the talks would go on.",
    "   ", "", "Ã©tÃ© â€™", "Reporting by A; Editing by B",
]), max_size=25))
def test_chrome_soup_keeps_the_contract(lines: list[str]) -> None:
    d = clean(_doc("\n".join(lines)))
    _assert_contract(d.text)


def test_headline_over_author_byline_and_its_time() -> None:
    page = ("Menu\nHome | World\n\nEnvoys agree on a ferry truce in Valletta\n\nBy Jon Lark and Ana Reed\n"
            "Updated 9:12 PM UTC, March 3, 2030\n\n"
            "VALLETTA -- Envoys of the two islands agreed on a ferry truce on Monday, officials said.\n\n"
            "The truce starts on Friday, the mediator added.\n")
    d = clean(_doc(page))
    assert d.title == "Envoys agree on a ferry truce in Valletta"
    assert d.published == "2030-03-03T21:12"
    assert d.dateline == "Valletta"
    assert d.text.split("\n\n") == ["Envoys of the two islands agreed on a ferry truce on Monday, officials said.",
                                    "The truce starts on Friday, the mediator added."]


def test_markdown_headline_is_the_title() -> None:
    d = clean(_doc("# Envoys agree on a ferry truce\n\nEnvoys of the two islands agreed on a truce on Monday."))
    assert d.title == "Envoys agree on a ferry truce"
    assert d.text == "Envoys of the two islands agreed on a truce on Monday."


def test_a_publication_stamp_in_another_format_becomes_iso() -> None:
    body = "Ghanaian and Togolese envoys met in Maputo on Monday and agreed to meet again."
    d = clean(_doc(body, "json", published="Tue, 24 Jun 2031 09:17:00 GMT"))
    assert d.published == "2031-06-24T09:17:00+00:00"
    assert clean(_doc(body, "json", published="June 24, 2031")).published == "2031-06-24"
    assert clean(_doc(body, "json", published="not a date")).published == "not a date"  # kept, never invented
    (meeting,) = parley.read(_doc(body, "json", published="Tue, 24 Jun 2031 09:17:00 GMT")).meetings
    assert meeting.date == "2031-06-23"  # "on Monday", the day before a Tuesday stamp


def _footer_page(footer: str) -> str:
    return ("Vell port reopens to grain ships\n\n"
            "VELL, Ruritania - Ruritania reopened the port of Vell to grain ships on Monday, the harbour office said.\n\n"
            "The tanker Morning Star is the property of Vell Shipping Co, the office added.\n\n"
            f"{footer}\n")


def test_a_footer_naming_the_contents_owner_names_the_outlet() -> None:
    # the same footer in three wordings: belongs to, is the property of, is owned by
    for footer in ("The content of this site belongs to Vell Evening Star Media Co (VESM).",
                   "All material on this site is the property of Vell Evening Star Media Co.",
                   "All content on this site is owned by Vell Evening Star Media Co."):
        d = clean(_doc(_footer_page(footer)))
        assert d.outlet == "Vell Evening Star", footer
        assert "Media Co" not in d.text, footer


def test_near_miss_a_paragraph_saying_a_ship_is_a_companys_property_stays_in_the_body() -> None:
    d = clean(_doc(_footer_page("Share")))
    assert "The tanker Morning Star is the property of Vell Shipping Co, the office added." in d.text
    assert d.outlet != "Vell Shipping"
