"""Round 6 of page reading (issue 7): the rules that the round-6 pages, written before any
change (tests/pages/copy-wire-slug, copy-toolbar-title, copy-labelled-briefing,
copy-institution-dash, copy-agency-line-colon, copy-more-rail, copy-reproduction-notice,
copy-publisher-company, then the second batch; checked whole by tests/test_pages.py), showed
missing. Each rule with invented lines and a near miss that must not fire."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.reports import BODY, HEAD, P1, P2, P3, lost_sentences

from parley.model import RawDocument
from parley.reader import clean as c
from parley.reader.ingest import chrome


def read(text: str):
    return c.clean(RawDocument(content=text, kind="text", source="<t>", meta=()))


def tag(raw_line: str) -> c._Line:
    line = c._unmark(raw_line)
    assert line is not None
    line.tag = c._classify(line)
    return line




# --- a date line whose parts a browser copy set two spaces apart
@pytest.mark.parametrize("line, stamp", [
    ("Aug 04, 2031  World  Leave a comment", "2031-08-04"),
    ("12 March 2032  Region  14 comments", "2032-03-12"),
    ("Reports  21/08/2033", "2033-08-21"),
])
def test_gapped_date_line(line: str, stamp: str) -> None:
    x = tag(line)
    assert x.tag == "byline" and x.stamp == stamp


def test_gapped_line_that_is_no_date_line() -> None:
    x = tag("Talks resume in Osk  after the floods of 2031")  # near miss: a part that is prose
    assert x.stamp is None


# --- a toolbar copied as one line; a menu set two spaces apart; a language switcher
def test_toolbar_line_is_chrome() -> None:
    assert tag("Print  Email  Share via Pigeon  Share via Lantern").tag == "chrome"


def test_gapped_headline_is_no_toolbar() -> None:
    assert tag("Print shops close  as paper runs out").tag != "chrome"  # near miss


def test_two_space_menu_is_nav() -> None:
    assert tag("News  Valley  Business  Sport  Letters").nav


def test_gapped_date_parts_are_no_menu() -> None:
    assert not c._unmark("Aug 04, 2031  World  Comments").nav  # near miss: three parts, a date among them


@pytest.mark.parametrize("line", ["English | Français", "العربية | English | Kurdî", "Español / English"])
def test_language_switch(line: str) -> None:
    assert c._is_language_switch(line)


@pytest.mark.parametrize("line", ["English | Sport", "English football returns", "En route to Osk"])
def test_no_language_switch(line: str) -> None:
    assert not c._is_language_switch(line)


# --- an institution named after its state's name
def test_office_after_state_names_page() -> None:
    assert c._names_page("Republic of Vell - Office of the Press Service")
    assert c._names_page("Ministry of Coastal Affairs | Kingdom of Osk")


def test_headline_with_dash_names_no_page() -> None:
    assert not c._names_page("Vell and Osk - talks resume after a year")  # near miss


def test_office_after_state_is_outlet_and_not_title() -> None:
    doc = read("Kingdom of Osk - Office of the Chief Minister's Press Service\nHome | News | Statements | Contact\n\n"
               "Statements  03/11/2033\n\nJoint Statement of the Government of Osk and the Vell Council\n\n"
               "Following talks in Strel on 1 and 2 November 2033, the two sides agreed on the following points.\n\n"
               "The two sides agreed to meet again in Strel in January.")
    assert doc.outlet == "Office of the Chief Minister's Press Service"
    assert doc.title == "Joint Statement of the Government of Osk and the Vell Council"
    assert doc.published == "2033-11-03"  # the prose writes "2 November": the slashed date is day first


def test_month_first_prose_keeps_slashed_date() -> None:
    doc = read("Statements  03/11/2033\n\nVell and Osk sign river accord\n\n"
               "Following talks in Strel on November 2, 2033, the two sides agreed on the following points.\n\n"
               "The two sides agreed to meet again in Strel in January.")
    assert doc.published == "2033-03-11"  # near miss: "November 2" is month first


# --- dotted dates, year first; a briefing's details labels
def test_dotted_year_first_stamp() -> None:
    assert c._stamp_line("Date: 2034.02.09 (Thu) 10:30 KST") == "2034-02-09T10:30"


def test_dotted_version_is_no_stamp() -> None:
    assert c._stamp_line("Version 2034.02.09 of the accord text") is None  # near miss


def test_details_label_is_no_title() -> None:
    doc = read("Weekly Briefing by the Spokesperson of the Vell Foreign Office\nDate: 2034.02.09 (Thu) 15:00 KST\n"
               "Venue: Press Hall, Osk\n\n" + BODY)
    assert doc.title == "Weekly Briefing by the Spokesperson of the Vell Foreign Office"
    assert doc.published and doc.published.startswith("2034-02-09")


# --- a section's rail under the article, its headlines asking questions
def test_more_analysis_rail_goes() -> None:
    doc = read(f"{HEAD}\n\nBy Ari Dunn\n4 March 2033\n\n{BODY}\n\nMore analysis\n\nThe quiet return of the barges\n"
               "Can the harbour survive the new bridge?\n")
    assert "barges" not in doc.text and "harbour" not in doc.text and P3 in doc.text


def test_more_analysis_sentence_stays() -> None:
    assert not chrome.RELATED.match("More analysis is needed, the minister said.")  # near miss


# --- a copyright notice after the owner's name
def test_copyright_inside_line_is_tail() -> None:
    t = "Vell Monitor (c) 2031. Reproduction of VW material requires permission."
    assert chrome.is_tail(t, t.lower())


@pytest.mark.parametrize("t", ["Photo © 2031 Ari Dunn", "The (c) 2031 clause of the accord was dropped by both sides "
                                                         "after the fourth round of talks in Osk."])
def test_copyright_sign_with_a_name_after_is_no_tail(t: str) -> None:
    assert not chrome.is_tail(t, t.lower())


# --- a wire's slug; its own copy
def test_wire_slug_is_chrome() -> None:
    assert tag("XNA-WORLD-VELL-TALKS (UPDATE 2, adds quotes)").tag == "chrome"


def test_two_piece_caps_line_is_no_slug() -> None:
    assert tag("VELL-OSK TALKS RESUME").tag != "chrome"  # near miss: a headline in capitals


def test_wire_own_copy_credits_wire() -> None:
    doc = read(f"XNA-WORLD-VELL-TALKS\n\n{HEAD}\n\n4 Mar 2033 09:45 GMT\n\nVELL - {BODY}\n\n"
               "(c) Xandar News Agency 2033. All rights reserved.")
    assert doc.outlet == "Xandar News Agency" and doc.agency == "Xandar News Agency"


def test_paper_named_press_is_no_wire_copy() -> None:
    doc = read(f"{HEAD}\n\n4 Mar 2033 09:45 GMT\n\nVELL - {BODY}\n\n© 2033 Vell Free Press. All rights reserved.")
    assert doc.agency is None  # near miss: no slug, no initials in the chrome


# --- "Place, Mon D (XY): ..." datelines
def test_colon_dateline_after_agency() -> None:
    got = c._dateline("Osk, Mar 8 (KPS): The Marnian government and the front signed a pact on Saturday.")
    assert got is not None and got[0] == "Osk" and got[1] == "KPS"


def test_colon_after_day_without_agency_is_no_dateline() -> None:
    assert c._dateline("Kovic, March 8: a day the minister will not forget, she said.") is None  # near miss


# --- a publishing company's notice and the paper it stands for
def test_house_notice_gives_the_paper_named_on_page() -> None:
    doc = read(f"Support The Lamp\nSign in\n\n{HEAD}\n\nAri Dunn in Vell\nThu 4 May 2034 16.05 BST\n\n{BODY}\n\n"
               "© 2034 Lamp News & Media Limited or its affiliated companies. All rights reserved.")
    assert doc.outlet == "The Lamp"


def test_house_notice_without_the_paper_on_page() -> None:
    doc = read(f"{HEAD}\n\nAri Dunn in Vell\nThu 4 May 2034 16.05 BST\n\n{BODY}\n\n"
               "© 2034 Lamp News & Media Limited or its affiliated companies. All rights reserved.")
    assert doc.outlet != "The Lamp"  # near miss: the page never names "The Lamp"


# --- second batch: a date line in the header strip, the headline under it
def test_headline_under_header_date_line() -> None:
    doc = read("THE VELL SENTINEL\nServing the valley since 1901\nHome  Valley  Nation  World  Opinion\n\n"
               f"Friday, 9 June 2034\n\n{HEAD}\n\nShare  Tweet  Email\n\n{BODY}")
    assert doc.title == HEAD and doc.outlet == "The Vell Sentinel"


def test_headline_over_date_line_stays() -> None:
    doc = read(f"Home  Valley  Nation  World  Opinion\n\n{HEAD}\n\nFriday, 9 June 2034\n\n"
               f"Talks to resume in the spring\n\n{BODY}")
    assert doc.title == HEAD  # near miss: no menu between the headline and the date line


@pytest.mark.parametrize("label", ["Press Release No. 142/2034", "PRESS RELEASE", "Joint Statement #4"])
def test_numbered_genre_label(label: str) -> None:
    assert c._is_genre_label(label)


def test_genre_word_in_headline_is_no_label() -> None:
    assert not c._is_genre_label("Press release angers Vell")  # near miss


def test_tagline_marks_masthead() -> None:
    doc = read(f"Orm Lake Notes\nA blog on the politics of the lakes\n\n{HEAD}\n\nPosted  June 12, 2034  by  Mira Sand\n\n"
               f"{BODY}")
    assert doc.outlet == "Orm Lake Notes"


def test_no_tagline_no_masthead() -> None:
    doc = read(f"Orm Lake Notes\nTalks on the lakes\n\n{HEAD}\n\nPosted  June 12, 2034  by  Mira Sand\n\n{BODY}")
    assert doc.outlet != "Orm Lake Notes"  # near miss: the line under it describes no site


def test_short_credit_on_wire_copy() -> None:
    doc = read(f"{HEAD}\n\nSTREL, Ruritania, June 4 (Kestrel) -- {BODY}\n\nCopyright 2034 Kestrel Wire. All rights reserved.")
    assert doc.outlet == "Kestrel Wire" and doc.agency == "Kestrel Wire"


def test_short_credit_on_paper_copy() -> None:
    doc = read(f"{HEAD}\n\nSTREL, Ruritania, June 4 (Kestrel) -- {BODY}\n\nCopyright 2034 Kestrel Times. All rights reserved.")
    assert doc.agency is None  # near miss: the paper's own credit


# --- third batch: initials the page defines; a group's notice under its paper's masthead
def test_initials_defined_in_chrome() -> None:
    doc = read(f"{HEAD}\n\nUpdated 14 June 2034 10:20 EAT\n\nOSK, June 14 (TNS): {BODY}\n\n"
               "Tarn News Service (TNS) material may not be reproduced without permission. (c) 2034.")
    assert doc.agency == "Tarn News Service"


def test_initials_not_defined_stay() -> None:
    doc = read(f"{HEAD}\n\nUpdated 14 June 2034 10:20 EAT\n\nOSK, June 14 (TNS): {BODY}\n\n"
               "Material may not be reproduced without permission. (c) 2034.")
    assert doc.agency == "TNS"  # near miss: nothing spells them out


def test_group_notice_under_its_paper() -> None:
    doc = read(f"Harbour Mail\nYour coast's daily paper\nNews  Coast  Business  Sport\n\n{HEAD}\n\nBy Nell Arden\n"
               f"Wednesday, June 14, 2034\n\n{BODY}\n\n© 2034 Harbour Media Group. All rights reserved.")
    assert doc.outlet == "Harbour Mail"


def test_group_notice_under_another_name() -> None:
    doc = read(f"Harbour Crossing Tours\nNews  Coast  Business  Sport\n\n{HEAD}\n\nBy Nell Arden\n"
               f"Wednesday, June 14, 2034\n\n{BODY}\n\n© 2034 Harbour Media Group. All rights reserved.")
    assert doc.outlet != "Harbour Crossing Tours"  # near miss: a line that names no paper


# --- no body lost in the round-6 chrome
SENTENCES = [P1, P2, P3, "“We will be back,” the envoy said.", "Talks resume in May.",
             "Print shops in Osk closed  as paper ran out, the council said.",
             "Asked whether a deal was close, Minister Anna Kovic said it was too early to say.",
             "Can the ferry pay its way, the envoy asked, when fuel costs what it does?"]
ABOVE = ["XNA-WORLD-VELL-TALKS (UPDATE 2, adds quotes)", "THE VELL SENTINEL\nServing the valley since 1901\n"
         "Home  Valley  Nation  World", "Republic of Osk - Office of the Press Service\nEnglish | Français",
         "Orm Lake Notes\nA blog on the politics of the lakes"]
UNDER = ["Aug 04, 2031  World  Leave a comment\nPrint  Email  Share via Pigeon", "Date: 2034.02.09 (Thu) 15:00 KST\n"
         "Venue: Press Hall, Osk", "Press Release No. 142/2034\nDate: 09.06.2034", "Reports  21/08/2033"]
BELOW = ["More analysis\n\nThe quiet return of the barges\nCan the harbour survive the new bridge?",
         "Vell Monitor (c) 2031. Reproduction of VW material requires permission.",
         "© 2034 Lamp News & Media Limited or its affiliated companies. All rights reserved.",
         "Facebook  X  LinkedIn  Email  Copy link\n\nLeave a Reply"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3), min_size=2, max_size=6),
       st.sampled_from(ABOVE), st.sampled_from(UNDER), st.sampled_from(BELOW))
def test_no_sentence_lost_in_round6_chrome(paras: list[list[str]], above: str, under: str, below: str) -> None:
    assert lost_sentences(above, under, paras, below) == []
