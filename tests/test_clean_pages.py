"""The rules ``clean`` reads pages by, each with invented lines and a near miss that must
not fire: date lines, crawler headers, datelines, character references, URL dates,
mastheads, copyright lines, pleas to readers, labels, captions above a credit, and where
an article ends."""

from __future__ import annotations

import pytest

from parley.model import RawDocument
from parley.reader import clean as c


def read(text: str, kind: str = "text", **meta: str):
    return c.clean(RawDocument(content=text, kind=kind, source="<t>", meta=tuple(meta.items())))


BODY = ("Envoys of Ruritania and Borduria met in Vell on Tuesday for a third round of talks, officials said.\n\n"
        "The two delegations discussed the return of 140 detainees and a truce along the river.\n\n"
        "Minister Anna Kovic said the next round would be held in March.")


@pytest.mark.parametrize("line, want", [
    ("9:05 PM, Tuesday, March 4, 2025", "2025-03-04T21:05"),
    ("Tuesday 9 May 2023 21.05 BST", "2023-05-09T21:05"),
    ("June 17, 2025 · 4 min read", "2025-06-17"),
    ("Published Feb. 11, 2025, 6:30 a.m. ET", "2025-02-11T06:30"),
    ("Posted: 04.03.2025 21:05", "2025-03-04T21:05"),
    ("2026-01-22 08:00 GMT", "2026-01-22T08:00"),
    ("Last modified on Wednesday 10 May 2023 08.40 BST", "2023-05-10T08:40"),
])
def test_date_lines_in_their_shapes(line: str, want: str) -> None:
    assert c._stamp_line(line) == want


@pytest.mark.parametrize("line", [
    "Talks resumed on March 4, 2025 in Vell.",  # a sentence with a date is no date line
    "Ruritania and Borduria, March 4, 2025",
    "Minister Anna Kovic 9:05 PM",  # no date
])
def test_not_date_lines(line: str) -> None:
    assert c._stamp_line(line) is None


def test_date_line_under_the_headline_is_the_publication_time_not_the_update() -> None:
    page = ("Talks in Vell end without a deal\n\nUpdated 10:12 a.m. EST, Jan. 4, 2026\n\n"
            "Published 9:05 PM, Saturday, January 3, 2026\n\n" + BODY)
    doc = read(page)
    assert doc.published == "2026-01-03T21:05"
    assert doc.title == "Talks in Vell end without a deal"


def test_crawler_headers_in_any_language_become_fields_and_leave_the_text() -> None:
    for header in ("Title: Talks in Vell\nURL Source: https://vellpost.example/a\nPublished Time: 2025-03-04T09:05:00Z\n"
                   "Markdown Content:\n",
                   "---\ntitle: Talks in Vell\nquelle: https://vellpost.example/a\ndatum: 2025-03-04\nsprache: en\n---\n",
                   "Titre: Talks in Vell\nLien: https://vellpost.example/a\nPublié le: 2025-03-04\n\n"):
        doc = read(header + "\n" + BODY)
        assert doc.title == "Talks in Vell" and doc.published.startswith("2025-03-04"), header
        assert doc.url == "https://vellpost.example/a"
        assert doc.text.startswith("Envoys of Ruritania") and ":" not in doc.text.split("\n")[0][:12]


def test_a_body_that_opens_with_a_label_is_no_header() -> None:
    text = "Note: Envoys of Ruritania and Borduria met in Vell on Tuesday, officials said.\n\n" + BODY
    assert c._crawler_header(text) == (text, {})
    text = "Kovic: We are ready to sign.\nVoss: We are not.\n\n" + BODY  # two lines, no key we know
    assert c._crawler_header(text) == (text, {})


@pytest.mark.parametrize("line, city, agency", [
    ("NAIROBI (Reuters) - Envoys of Ruritania met on Tuesday in the city.", "Nairobi", "Reuters"),
    ("LA PAZ - Envoys of Ruritania met on Tuesday in the city.", "La Paz", None),
    ("SAN JOSE, Costa Rica (AP) — Envoys of Ruritania met on Tuesday in the city.", "San Jose", "AP"),
    ("SANTA CRUZ, Bolivia - Envoys of Ruritania met on Tuesday in the city.", "Santa Cruz", None),
    ("PORT LOUIS, March 12 /Orm News Agency/ -- Envoys of Ruritania met on Tuesday.", "Port Louis", "Orm News Agency"),
    ("Nairobi, Kenya (AFP) – Envoys of Ruritania met on Tuesday in the city.", "Nairobi", "AFP"),
])
def test_wire_datelines(line: str, city: str, agency: str | None) -> None:
    got = c._dateline(line)
    assert got is not None and got[0].lower() == city.lower() and got[1] == agency
    assert got[2].startswith("Envoys")


@pytest.mark.parametrize("line", [
    "Kovic (left) - Envoys of Ruritania met on Tuesday in the city.",  # a person, not a city
    "NATO - the alliance said on Tuesday it would send observers.",
    "Vell - the harbour city - was quiet on Tuesday, residents said.",  # ordinary case, no agency
])
def test_not_datelines(line: str) -> None:
    assert c._dateline(line) is None


def test_character_references_are_decoded_once_before_offsets() -> None:
    assert c._unescape("Kovic&#x27;s &quot;plan&quot; &amp; AT&T") == "Kovic's \"plan\" & AT&T"
    assert c._unescape("&amp;amp;") == "&amp;"  # once: a page that escaped twice keeps one layer
    doc = read("Ruritania&#x27;s envoy, Karin Dahl, said on Tuesday that &quot;the door is open&quot; to talks.",
               kind="json", title="Talks &amp; truce")
    assert doc.title == "Talks & truce"
    assert doc.text == "Ruritania's envoy, Karin Dahl, said on Tuesday that \"the door is open\" to talks."


@pytest.mark.parametrize("url, want", [
    ("https://www.vellpost.example/news/2022/08/30/talks.html", "2022-08-30"),
    ("https://vellpost.example/world/talks-resume-2025-09-18", "2025-09-18"),
    ("https://vellpost.example/a/20250917/talks", "2025-09-17"),
    ("https://vellpost.example/2025/talks", None),  # a year alone
    ("https://vellpost.example/story/20251399/x", None),  # no such day
    ("https://2025-09-18.vellpost.example/x", None),  # in the host, not the path
])
def test_dates_in_urls(url: str, want: str | None) -> None:
    assert c._url_date(url) == want


def test_published_from_the_url_says_so() -> None:
    doc = read(BODY, kind="json", url="https://www.vellpost.example/news/2022/08/30/talks.html")
    assert doc.published == "2022-08-30" and any(w.startswith("W206") for w in doc.warnings)
    doc = read(BODY, kind="json", url="https://www.vellpost.example/news/2022/08/30/talks.html", published="2022-08-31")
    assert doc.published == "2022-08-31" and not any(w.startswith("W206") for w in doc.warnings)


def test_masthead_footer_and_host_name_the_outlet() -> None:
    doc = read("THE VELL EVENING STAR\nWorld\nOpinion\n\nTalks in Vell end without a deal\n\nBy Ivo Rask\n\n" + BODY)
    assert doc.outlet == "The Vell Evening Star" and any(w.startswith("W208") for w in doc.warnings)
    doc = read("World\nOpinion\nSport\n\nTalks in Vell end without a deal\n\nBy Ivo Rask\n\n" + BODY)
    assert doc.outlet is None  # menu items are no masthead
    doc = read(BODY, kind="json", url="https://www.vellherald.example/a")
    assert doc.outlet == "Vell Herald"  # the host spelled by a word of the page and a noun of the trade
    doc = read(BODY, kind="json", url="https://www.qzxherald.example/a")
    assert doc.outlet is None  # no word of the page spells the host


def test_a_copyright_line_with_no_name_is_no_outlet() -> None:
    doc = read(BODY + "\n\nCopyright 2026\n\nAll rights reserved.")
    assert doc.outlet is None
    doc = read(BODY + "\n\n© 2026 The Vell Evening Star. All rights reserved.")
    assert doc.outlet == "The Vell Evening Star"


def test_a_plea_to_readers_goes_a_quote_or_a_sentence_with_please_stays() -> None:
    page = ("Vell Evening Star\n\n" + BODY + "\n\nThe Vell Evening Star is supported by readers. "
            "Please consider a contribution.\n\nKovic said: “Please let the families through, we ask you.”\n\n"
            "Please note that the talks are closed to the press, the ministry said in a statement.")
    doc = read(page)
    assert "supported by readers" not in doc.text
    assert "Please let the families through" in doc.text and "Please note that the talks" in doc.text


def test_labels_inside_a_body_go_a_headline_with_a_colon_stays() -> None:
    page = ("Vell talks: Ruritania and Borduria agree on a timetable\n\nBy Ivo Rask\n\n"
            "Envoys of Ruritania and Borduria met in Vell on Tuesday for a third round of talks, officials said.\n\n"
            "Source: Vell harbour authority\n\nThe two delegations discussed the return of 140 detainees.")
    doc = read(page)
    assert doc.title == "Vell talks: Ruritania and Borduria agree on a timetable"
    assert "Source:" not in doc.text and doc.text.endswith("return of 140 detainees.")


def test_a_credit_takes_a_caption_above_it_never_a_paragraph() -> None:
    page = ("Envoys of Ruritania and Borduria met in Vell on Tuesday for a third round of talks, officials said.\n\n"
            "Delegates arrive at the harbour authority in Vell on March 3, 2025.\n\nIvo Rask | Vell Agency | Getty Images\n\n"
            "The delegations discussed the return of 140 detainees, the host ministry said.\n\n"
            "Lena Marsh | Vell Agency | Getty Images\n\nMinister Anna Kovic said the next round would be held in March.")
    doc = read(page)
    assert "Delegates arrive" not in doc.text and "Getty" not in doc.text
    assert "The delegations discussed the return of 140 detainees, the host ministry said." in doc.text


def test_an_article_ends_with_a_sentence() -> None:
    doc = read(BODY + "\n\nTalks resume Monday.\n\nShare this:\nFacebook\nLike Loading...\n\n"
                      "Fuente: Vell Post / Traducción automática\nAlle Rechte vorbehalten")
    assert doc.text.endswith("Talks resume Monday.")


def test_body_guessed_is_said_when_nothing_marks_the_start() -> None:
    doc = read("Menu\nSearch\nWorld\n\n" + BODY)
    assert any(w.startswith("W207") for w in doc.warnings)
    doc = read("Talks in Vell end without a deal\n\nBy Ivo Rask\n\n" + BODY)
    assert not any(w.startswith("W207") for w in doc.warnings)
    assert not any(w.startswith("W207") for w in read(BODY).warnings)  # a clean text: nothing to guess


@pytest.mark.parametrize("byline, want", [
    ("By Ivo Rask, Reuters", "Reuters"), ("By IVO RASK Associated Press", "AP"), ("By Ivo Rask | AFP", "AFP"),
    ("By Ivo Rask and Lena Marsh", None), ("By Ivo Rask, Ap correspondent", None),  # a name, not the wire
])
def test_the_wire_a_byline_credits(byline: str, want: str | None) -> None:
    assert c._byline_agency(byline) == want
    doc = read(f"Talks in Vell end without a deal\n\n{byline}\n\n" + BODY)
    assert doc.agency == want


@pytest.mark.parametrize("line, city", [
    ("DHAKA: Envoys of Ruritania and Borduria met on Tuesday in the city.", "Dhaka"),
    ("NEW DELHI, March 3: Envoys of Ruritania and Borduria met on Tuesday.", "New Delhi"),
])
def test_colon_datelines(line: str, city: str) -> None:
    got = c._dateline(line)
    assert got is not None and got[0] == city


@pytest.mark.parametrize("line", [
    "FACTBOX: What Ruritania and Borduria agreed in Vell on Tuesday night.",
    "READ MORE: Envoys of Ruritania and Borduria met on Tuesday in the city.",
    "Q: Will the envoys of Ruritania and Borduria meet again in the city?",
])
def test_labels_with_a_colon_are_no_datelines(line: str) -> None:
    assert c._dateline(line) is None


def test_a_copyright_line_given_as_the_outlet_is_read_for_its_name() -> None:
    assert read(BODY, kind="json", outlet="Copyright 2026").outlet is None
    assert read(BODY, kind="json", outlet="© 2025 Vell Evening Star Media Group").outlet == "Vell Evening Star"


def test_a_comments_section_ends_the_article_a_sentence_about_comments_does_not() -> None:
    page = (BODY + "\n\nThe ministry declined to add comments on the draft, officials said.\n\n"
            "27 comments\n\nMarta K. 3 hours ago\n\nThis is the third time they have promised a truce, and nothing changes.")
    doc = read(page)
    assert "declined to add comments" in doc.text and "third time" not in doc.text


def test_an_embedded_post_keeps_its_words_loses_its_signature() -> None:
    page = (BODY + "\n\nWe are back at the table, and we will stay there.\n"
            "— Anna Kovic (@annakovic) March 5, 2026\npic.twitter.com/x1y2z3\n\n"
            "The mediators expect the session to run late into the night.")
    doc = read(page)
    assert "We are back at the table, and we will stay there." in doc.text
    assert "@annakovic" not in doc.text and "pic.twitter" not in doc.text


@pytest.mark.parametrize("signature", [
    "Anna Kovic\n\nPresident of the Republic of Ruritania\n\nPetar Voss\n\nPrime Minister of Borduria",
    "Anna Kovic Petar Voss\n\nPresident of the Republic of Ruritania Prime Minister of Borduria",  # a flattened table
])
def test_a_signature_block_closing_a_statement_stays(signature: str) -> None:
    doc = read("We, the undersigned, commit our governments to a lasting peace between our peoples.\n\n" + signature
               + "\n\nShare this page\nPrivacy policy")
    assert "Anna Kovic" in doc.text and "Prime Minister of Borduria" in doc.text
    assert "Share this page" not in doc.text
    near = read("We, the undersigned, commit our governments to a lasting peace between our peoples.\n\n"
                "Borduria Weekly\n\nTerms of use")  # a masthead is no signature
    assert "Borduria Weekly" not in near.text


def test_wire_slug_and_editors_parenthesis_are_no_headline() -> None:
    doc = read("UPDATE 2-Borduria offers to host talks\n\n(Adds quotes from the minister, paragraphs 4-5)\n\n"
               "By Oren Dask\n\n" + BODY)
    assert doc.title == "Borduria offers to host talks"
    near = read("Update on the talks in Vell as envoys meet\n\nBy Oren Dask\n\n" + BODY)
    assert near.title == "Update on the talks in Vell as envoys meet"  # a headline that starts with the word


def test_horizontal_rules_go_and_a_plea_for_members_goes() -> None:
    doc = read(BODY + "\n\n---\n\n* * *\n\nThe Vell Monitor is an independent news service. "
               "Support our reporting: become a member today.")
    assert "---" not in doc.text and "* * *" not in doc.text and "become a member" not in doc.text
    near = read(BODY + "\n\nThe council asked donors to support our reporting of needs, the envoy said, "
                "and to become a member of the fund.")  # a sentence of the report that uses the words
    assert "become a member of the fund" in near.text
