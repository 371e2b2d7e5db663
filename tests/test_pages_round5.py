"""Round 5 of page reading (issue 7): the rules that 19 pages written out of sample showed
missing (tests/pages/copy-outlet-pipe-date, copy-kicker-outlet-comma, wire-nodash-initials,
wire-longcity-fullagency, copy-ministry-release, copy-inline-dateline-mission,
copy-masthead-menu-oneline, copy-placedate-updated, copy-frontpage-notime,
copy-dateline-after-lead, wire-gmt-offset, copy-review-kicker, copy-slash-zone-eat, then
copy-press-release, copy-opinion-disclaimer, copy-caps-headline-bureau, wire-apostrophe-city,
copy-kicker-date-caps, crawl-json-source-line; checked whole by tests/test_pages.py), each
with invented lines and a near miss that must not fire; and the no-loss property over the
new kinds of chrome."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.reports import BODY, HEAD, P1, P2, P3, lost_sentences

from parley.model import RawDocument
from parley.reader import clean as c


def read(text: str, kind: str = "text", **meta: str):
    return c.clean(RawDocument(content=text, kind=kind, source="<t>", meta=tuple(meta.items())))




# ------------------------------------------------------------------ date lines

@pytest.mark.parametrize(("line", "want"), [
    ("Published 11.03.2031 · 07:45 EAT · 3 min read", "2031-03-11T07:45"),  # a zone of East Africa
    ("March 9, 2031 11:20 AM GMT+3", "2031-03-09T11:20"),                   # a zone as its offset
    ("26.09.2031, 19:40 IST", "2031-09-26T19:40"),
])
def test_date_lines_in_the_zones_of_every_continent(line: str, want: str) -> None:
    x = c._Line(line, False, False, False)
    assert c._classify(x) == "byline" and x.stamp == want


def test_a_sentence_with_a_zone_is_no_date_line() -> None:
    x = c._Line("Talks end 11.03.2031 at 07:45 EAT in Vell.", False, False, False)
    assert x.stamp is None and c._stamp_line(x.text) is None


def test_an_updated_slashed_date_on_a_day_first_zone_reads_day_first() -> None:
    assert read(f"{HEAD}\n\nUpdated 04/03/2031 17:20 EAT\n\n{BODY}").published == "2031-03-04T17:20"
    # the near miss: a zone of a country that writes the month first keeps it first
    assert read(f"{HEAD}\n\nUpdated 04/03/2031 17:20 EST\n\n{BODY}").published == "2031-04-03T17:20"


@pytest.mark.parametrize(("line", "want"), [
    ("Tarn Valley Gazette | Monday 4 August 2031", ("2031-08-04", "Tarn Valley Gazette", None, None)),
    ("Orm Ledger, 25 May 2031", ("2031-05-25", "Orm Ledger", None, None)),
    ("Explainer | North Shore Chronicle, 3 Feb 2031", ("2031-02-03", "North Shore Chronicle", None, None)),
    ("Vell, Friday, 14 November 2031 | Updated: 14/11/2031 20:05 IST", ("2031-11-14", None, "Vell", None)),
    ("22 Apr 2031 | 17:55 TRT | World > Africa", ("2031-04-22T17:55", None, None, None)),
    ("Ari Dunn | July 12, 2031 | 3 min read", ("2031-07-12", None, None, "Ari Dunn")),  # a person, no outlet
])
def test_a_date_line_and_what_stands_beside_it(line: str, want: tuple[str | None, ...]) -> None:
    assert c._parted_stamp(line) == want


def test_a_byline_is_no_outlet_whatever_the_surname() -> None:
    assert c._parted_stamp("By Ivo Post | July 12, 2031") == ("2031-07-12", None, None, "Ivo Post")


def test_a_title_that_carries_its_day() -> None:
    doc = read(f"Transcript of the weekly briefing by the spokesperson (4 March 2033)\n\n{BODY}")
    assert doc.published == "2033-03-04"
    # the near miss: a date inside a headline is what it reports, not when
    assert read(f"Ruritania marks the truce of 4 March 2033 with a parade\n\n{BODY}").published is None


@pytest.mark.parametrize("line", [
    "Ferry talks in Osk and Vell resume | July 12, 2031",   # a headline beside a date
    "Talks resume, 3 April 2031",                            # a sentence's words, no place
    "Anna Kovic said on Monday, 3 April 2031",
])
def test_near_misses_of_a_date_line_with_parts(line: str) -> None:
    assert c._parted_stamp(line) is None


def test_the_outlet_printed_beside_the_date_is_the_outlet() -> None:
    doc = read(f"{HEAD}\n\nOrm Ledger, 25 May 2031\n\n{BODY}")
    assert (doc.title, doc.outlet, doc.published) == (HEAD, "Orm Ledger", "2031-05-25")


def test_a_place_and_a_date_under_the_headline_give_the_dateline() -> None:
    doc = read(f"Ministry of Coastal Affairs\n\n{HEAD}\n\nVell, 3 April 2031\n\nPrint | Share | Email\n\n{BODY}")
    assert (doc.title, doc.dateline, doc.published) == (HEAD, "Vell", "2031-04-03")
    assert doc.outlet == "Ministry of Coastal Affairs" and doc.text == BODY


def test_an_authors_byline_gives_its_day() -> None:
    assert read(f"{HEAD}\n\nWritten by Ilo Marn | 29 March 2031\n\n{BODY}").published == "2031-03-29"


# ------------------------------------------------------------------ wire datelines

@pytest.mark.parametrize(("para", "city", "agency"), [
    (f"PORT ARDEN, 14 October (KNA) {P2}", "Port Arden", "KNA"),              # no dash after date and agency
    (f"SAN TELMO DE LA SIERRA (Orla Press Service) - {P2}", "San Telmo De La Sierra", "Orla Press Service"),
    (f"Osk, 2 December 2031 - {P2}", "Osk", None),                             # a place in ordinary case, a date
    (f"ST. ARDEN'S BAY, Oct 3 (Kestrel Press) - {P2}", "St. Arden's Bay", "Kestrel Press"),
])
def test_wire_datelines_in_more_shapes(para: str, city: str, agency: str | None) -> None:
    got = c._dateline(para)
    assert got is not None and got[0] == city and got[1] == agency and got[2] == P2


@pytest.mark.parametrize("para", [
    f"IAEA (International Atomic Energy Agency) {P2}",  # no date: initials explained, no dateline
    f"Kovic (left) - {P2}",
    f"Tuesday, 2 December 2031 - {P2}",                 # a weekday is no place
])
def test_near_misses_of_wire_datelines(para: str) -> None:
    got = c._dateline(para)
    assert got is None or got[0] is None


def test_a_wires_initials_are_spelled_out_from_its_masthead() -> None:
    doc = read(f"KESTREL NEWS AGENCY\n\n{HEAD}\n\nPORT ARDEN, 14 October (KNA) {P1}\n\n{P2}\n\n{P3}")
    assert (doc.outlet, doc.agency, doc.dateline) == ("Kestrel News Agency", "Kestrel News Agency", "Port Arden")
    assert doc.text == BODY


def test_wire_copy_with_no_outlet_is_the_wires_own() -> None:
    doc = read(f"{HEAD}\n\nKELL (Tarn Wire) - {P1}\n\n{P2}\n\n{P3}")
    assert (doc.outlet, doc.agency) == ("Tarn Wire", "Tarn Wire")
    assert any(w.startswith("W208") for w in doc.warnings)


def test_a_broadcasters_own_credit_is_no_agency() -> None:
    """The near miss: "(Kellvision)" credits the outlet itself, which is no wire."""
    doc = read(f"Kellvision\n\n{HEAD}\n\nKELL (Kellvision) - {P1}\n\n{P2}\n\n{P3}\n\n© 2031 Kellvision")
    assert doc.outlet == "Kellvision" and doc.agency is None


# ------------------------------------------------------------------ captions, headlines, outlets

def test_a_sentence_about_what_will_happen_on_a_date_is_no_caption() -> None:
    x = c._Line("The commission will hold its next meeting in Vell on 20 January 2032.", False, False, False)
    assert c._classify(x) == "prose"
    near = c._Line("Minister Ivo Rask speaks to delegates at the palace in Vell on January 20, 2032", False, False, False)
    assert c._classify(near) == "caption"


def test_a_page_owners_name_is_no_headline() -> None:
    inst = read(f"Ministry of Coastal Affairs\n\nJoint statement on the fisheries talks of Ruritania and Borduria\n\n"
                f"Posted 12/12/2031\n\n{BODY}")
    assert inst.title == "Joint statement on the fisheries talks of Ruritania and Borduria"
    review = read(f"The Marn Review | Analysis\n\nWhy the lakes dispute outlives every mediator\n\n"
                  f"Sunday 9 March 2031\n\nBy Paulo Estrin\n\n{BODY}")
    assert review.title == "Why the lakes dispute outlives every mediator" and review.outlet == "The Marn Review"


def test_a_headline_and_a_dek_of_the_same_length() -> None:
    page = (f"{HEAD}\n\nSecond round in Vell ends with a timetable but no fares\n\nStaff Reporter\n"
            f"Vell, Friday, 14 November 2031\n\n{BODY}")
    assert read(page).title == HEAD


def test_the_outlet_before_a_menu_on_one_line() -> None:
    doc = read(f"TARN OBSERVER    News   Sport   Video   Sign in\n\n{HEAD}\n\nBy Amani Oduya\n\n{BODY}")
    assert doc.outlet == "Tarn Observer"
    # the near miss: a menu whose first item is a section, no outlet's name
    assert read(f"World    News   Sport   Video   Sign in\n\n{HEAD}\n\nBy Amani Oduya\n\n{BODY}").outlet is None


def test_an_institution_atop_its_page_is_the_outlet_a_genre_label_is_not() -> None:
    doc = read(f"PRESS RELEASE\n\nLakes Basin Water Authority\n\n{HEAD}\n\n{BODY}")
    assert doc.outlet == "Lakes Basin Water Authority"


# ------------------------------------------------------------------ where the body starts and ends

LEAD = ("Ruritania said on Tuesday it would accept unarmed monitors from neutral countries at the three river "
        "crossings on its eastern border, meeting a central demand of its neighbour a week before the talks, "
        "its foreign ministry said in a statement.")


def test_a_byline_under_the_lead_leaves_the_lead_in_the_body() -> None:
    doc = read(f"{HEAD}\n\n{LEAD}\n\nBy Lena Ostrova | 6 May 2031, 09:10\n\n{BODY}")
    assert doc.text == f"{LEAD}\n\n{BODY}" and doc.published == "2031-05-06T09:10"


def test_a_byline_under_a_short_dek_still_starts_the_body() -> None:
    """The near miss: a dek of fewer than 35 words that names no day stays out."""
    dek = "Ruritania will accept unarmed monitors at the crossings, its foreign ministry said in a statement."
    assert read(f"{HEAD}\n\n{dek}\n\nBy Lena Ostrova | 6 May 2031, 09:10\n\n{BODY}").text == BODY


def test_a_note_on_the_bylines_author_below_the_article_goes() -> None:
    doc = read(f"{HEAD}\n\nBy Teodor Vanek\n\n{BODY}\n\nTeodor Vanek is the Chronicle's diplomatic editor.")
    assert doc.text == BODY
    labelled = read(f"{HEAD}\n\nBy Amani Oduya\n\n{BODY}\n\nAbout the author: Amani Oduya reports on the border.")
    assert labelled.text == BODY


def test_a_last_paragraph_about_someone_else_stays() -> None:
    """The near miss: the last paragraph opens with a person's name who is not the byline's."""
    last = "Anna Kovic is the mediator of both rounds."
    assert read(f"{HEAD}\n\nBy Teodor Vanek\n\n{BODY}\n\n{last}").text == f"{BODY}\n\n{last}"


TEASERS = ("WORLD\nHeavy snow cuts off mountain villages\nRescue teams reached three villages in the north after "
           "two days of snow.\n\nSPORT\nVell United reach the cup final\nA late goal sent Vell United into the "
           "final for the first time.")


def test_front_page_teasers_under_kickers_with_no_time_end_the_lead() -> None:
    doc = read(f"{HEAD}\n\nBy Karin Lund\n\n{BODY}\n\n{TEASERS}")
    assert doc.text == BODY and any(w.startswith("W209") for w in doc.warnings)


def test_one_kicker_over_a_subhead_is_no_front_page() -> None:
    more = "The dispute began when the river changed its course in the spring flood of 2019, officials said."
    doc = read(f"{HEAD}\n\nBy Karin Lund\n\n{BODY}\n\nBACKGROUND\nHow the river dispute began\n{more}")
    assert doc.text.endswith(more) and not any(w.startswith("W209") for w in doc.warnings)


def test_a_list_of_other_articles_with_their_authors_goes() -> None:
    links = ("* The long road to the river treaty by A. Ivo Rask\n"
             "* Why the lakes matter to both capitals by Lena Voss and Tomo Brel")
    doc = read(f"{HEAD}\n\nBy Karin Lund\n\n{P1}\n\n{P2}\n\n{links}\n\n{P3}")
    assert doc.text == BODY
    # the near miss: one such line alone may be a subhead
    one = read(f"{HEAD}\n\nBy Karin Lund\n\n{P1}\n\nTalks on the river led by Anna Kovic\n\n{P2}\n\n{P3}")
    assert "Talks on the river led by Anna Kovic" in one.text


def test_a_press_releases_end_mark_and_an_opinion_disclaimer() -> None:
    doc = read(f"{HEAD}\n\n{BODY}\n\n###\n\nMedia contact: press@vell.example\n\nAbout the Authority: It was set up "
               "in 2009 by the five riparian states.")
    assert doc.text == BODY
    op = read(f"{HEAD}\n\n{BODY}\n\nThe views expressed in this article are the author's own.")
    assert op.text == BODY
    thirty = read(f"{HEAD}\n\n{BODY}\n\n-30-\n\nFor more information, write to the press office of the council.")
    assert thirty.text == BODY
    # the near miss: a printed page's number alone on a line is no end mark
    assert read(f"{HEAD}\n\n{P1}\n\n- 2 -\n\n{P2}\n\n{P3}").text == BODY


# ------------------------------------------------------------------ no body lost in the new chrome

SENTENCES = [P1, P2, P3, "“We will be back,” the envoy said.", "Talks resume in May.",
             "The figure of 2,400 given by the mediators could not be checked on Tuesday.",
             "Asked whether a deal was close, Minister Anna Kovic said it was too early to say."]
ABOVE = ["TARN OBSERVER    News   Sport   Sign in", "Ministry of Coastal Affairs\nHome > News", "PRESS RELEASE",
         "The Marn Review | Analysis", "KESTREL NEWS AGENCY\nWorld | Diplomacy | 14.10.2031, 08:15 WAT"]
UNDER = ["Orm Ledger, 25 May 2031", "Vell, 3 April 2031", "Feature | Tarn Weekly | 20 May 2031",
         "Published 11.03.2031 · 07:45 EAT · 3 min read", "By Teodor Vanek | 6 May 2031, 09:10"]
BELOW = [TEASERS, "###\n\nMedia contact: press@vell.example", "Teodor Vanek is the Chronicle's diplomatic editor.",
         "The views expressed in this article are the author's own.",
         "* The long road to the river treaty by A. Ivo Rask\n* Why the lakes matter by Lena Voss"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3), min_size=2, max_size=6),
       st.sampled_from(ABOVE), st.sampled_from(UNDER), st.sampled_from(BELOW))
def test_no_sentence_lost_in_round5_chrome(paras: list[list[str]], above: str, under: str, below: str) -> None:
    assert lost_sentences(above, under, paras, below) == []



# ------------------------------------------------------------------ batch 4: HTML dates, bylines' wires

def test_jsonld_date_created_and_modified_as_a_last_resort() -> None:
    from parley.reader.ingest.html import _declared_published

    made = '<script type="application/ld+json">{"dateCreated": "2033-03-04T08:10:00Z"}</script>'
    assert _declared_published(made) == "2033-03-04T08:10:00Z"
    both = ('<script type="application/ld+json">{"dateModified": "2033-03-09T10:00:00Z", '
            '"datePublished": "2033-03-04T08:10:00Z"}</script>')
    assert _declared_published(both) == "2033-03-04T08:10:00Z"  # the publication before the change
    assert _declared_published('{"dateModified": "2033-03-09"}') == "2033-03-09"
    assert _declared_published('{"dateModified": "last week"}') is None


def test_initials_spelled_out_from_a_wire_at_a_bylines_end() -> None:
    assert c._spelled_out("KP", ["By MARA QUILL and DEVON ASH Kestrel Press"]) == "Kestrel Press"
    # the near miss: two people's initials are no wire
    assert c._spelled_out("MQ", ["By MARA QUILL and DEVON ASH Kestrel Press"]) is None


def test_a_dashed_date_reads_day_first_where_the_zone_says_so() -> None:
    assert read(f"{HEAD}\n\nPTI | Updated: 04-03-2033 19:40 IST\n\n{BODY}").published == "2033-03-04T19:40"
    # the near miss: a US zone keeps the month first, and a day over twelve is read as written
    assert read(f"{HEAD}\n\nUpdated 04-03-2033 19:40 EST\n\n{BODY}").published == "2033-04-03T19:40"
    assert read(f"{HEAD}\n\nPosted 25-12-2033\n\n{BODY}").published == "2033-12-25"


# ------------------------------------------------------------------ batch 5

def test_a_section_label_beside_a_date_is_no_outlet() -> None:
    assert c._parted_stamp("World News | 4 March 2033") == ("2033-03-04", None, None, None)


def test_a_breadcrumb_with_single_angle_quotes_is_a_menu() -> None:
    doc = read(f"Osk Morning Star\nHome › World › Diplomacy\n\n{HEAD}\n\nBy Ines Varga\n4 March 2033\n\n{BODY}")
    assert doc.title == HEAD and "Home" not in doc.text


def test_the_reporter_and_their_place_over_the_date_line_is_no_headline() -> None:
    doc = read(f"{HEAD}\n\nHana Selk in Osk\nWed 5 Mar 2033 11.20 GMT\n\n{BODY}")
    assert doc.title == HEAD and doc.published == "2033-03-05T11:20"


@pytest.mark.parametrize(("para", "city"), [
    (f"Vell, Ruritania — {P2}", "Vell"),
    (f"Port Arden, New Marnia -- {P2}", "Port Arden"),
])
def test_a_place_and_its_country_in_ordinary_case_before_a_long_dash(para: str, city: str) -> None:
    got = c._dateline(para)
    assert got is not None and got[0] == city and got[2] == P2


@pytest.mark.parametrize("para", [
    f"Anna Kovic, the minister — {P2}",          # a name and an apposition
    f"Vell, Osk and Kell — {P2}",                # a list of towns
    f"Vell, Ruritania - {P2}",                   # a hyphen, not a dash
])
def test_near_misses_of_a_place_and_its_country(para: str) -> None:
    got = c._dateline(para)
    assert got is None or got[0] is None


def test_a_corrections_footnote_and_an_inbox_prompt_go() -> None:
    page = (f"{HEAD}\n\nBy Hana Selk\n\n{P1}\n\nGet our morning briefing delivered to your inbox every weekday, free\n\n"
            f"{P2}\n\n{P3}\n\nThis article was amended on 6 March 2033. An earlier version gave the wrong date.")
    assert read(page).text == BODY
    # the near miss: a report that something else was amended
    last = "The treaty was amended on 6 March 2033 to add a chapter on the lakes."
    assert read(f"{HEAD}\n\nBy Hana Selk\n\n{BODY}\n\n{last}").text.endswith(last)


# ------------------------------------------------------------------ batch 6

LONG = "Marnia and Borduria on Tuesday agreed to resume the bus service between the two capitals after two years."


def test_a_place_and_a_colon_before_the_first_sentence() -> None:
    assert c._dateline(f"Vell: {LONG}") == ("Vell", None, LONG)
    assert c._dateline(f"Port Arden: {LONG}") == ("Port Arden", None, LONG)


@pytest.mark.parametrize("para", [
    f"Analysis: {LONG}",            # a label
    f"Spokesperson: {LONG}",        # a role
    "Vell: the talks resume soon.",  # too short to be a lead
])
def test_near_misses_of_a_colon_dateline(para: str) -> None:
    got = c._dateline(para)
    assert got is None or got[0] is None


def test_a_speaker_label_over_several_paragraphs_is_no_dateline() -> None:
    page = (f"Transcript of the weekly briefing\n\nMODERATOR: {LONG}\n\nQUESTION: Will the buses run at night?\n\n"
            f"MODERATOR: {P2}")
    doc = read(page)
    assert doc.dateline is None and doc.text.startswith("MODERATOR: ")


def test_share_or_comment_is_a_tool() -> None:
    assert read(f"{HEAD}\n\nBy Hana Selk\n\n{BODY}\n\nShare or comment on this article:").text == BODY


# ------------------------------------------------------------------ batch 7

def test_a_wires_copyright_on_its_copy_gives_way_to_the_papers_masthead() -> None:
    page = (f"Cascade Evening Register\nNews | Politics | Sports\n\n{HEAD}\n\nBy Wren Dalby\n\n"
            f"SALMON FALLS, Ore. (KP) — {P1}\n\n{P2}\n\n{P3}\n\nCopyright 2033 Kestrel Press. All rights reserved.")
    doc = read(page)
    assert (doc.outlet, doc.agency, doc.dateline) == ("Cascade Evening Register", "Kestrel Press", "Salmon Falls")
    # the near miss: a paper whose name ends in "Press" keeps its own copyright line as the outlet
    own = read(f"{HEAD}\n\nBy Wren Dalby\n\n{BODY}\n\n© 2033 The Osk Press. All rights reserved.")
    assert own.outlet == "The Osk Press"


def test_a_browser_tabs_title_names_the_site() -> None:
    doc = read(f"{HEAD} - The Osk Times\n\n{HEAD}\n\n4 March 2033\n\n{BODY}")
    assert (doc.title, doc.outlet) == (HEAD, "The Osk Times")
    # the near miss: a line that goes on from the headline with words, not a site's name
    near = read(f"{HEAD} - and nobody expected it\n\n{HEAD}\n\n4 March 2033\n\n{BODY}")
    assert near.outlet is None
