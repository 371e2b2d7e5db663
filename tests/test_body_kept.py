"""No sentence of an article is lost by cleaning.

- A property (hypothesis): a body of our own generated sentences, wrapped in many kinds of
  site chrome (menus before, share tools, captions between paragraphs, related-link rails,
  cookie banners, newsletter prompts, footers, crawler headers), comes out with every one
  of its sentences in ``document.text``, and none of the chrome's prose.
- On every dev report with gold (``../shared/eval/dev``, where it is beside the checkout):
  the gold ``body_first``, ``body_last`` and every gold quote are in ``document.text``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parley.model import RawDocument
from parley.reader.clean import clean

# ---------------------------------------------------------------- the body: our own words

SUBJECTS = ["The delegation of Ruritania", "Minister Anna Kovic", "Borduria's envoy, Petar Voss", "The mediators",
            "Officials in Vorland", "A spokesman for the Syldavian government", "Both sides", "The Red Cross",
            "Colonel Marta Sund", "The host country's foreign ministry"]
VERBS = ["said", "agreed", "proposed", "rejected", "announced", "warned", "confirmed", "insisted", "added", "noted"]
OBJECTS = ["that talks would resume next week", "a ceasefire of 30 days along the river",
           "the exchange of 140 detainees by the end of June", "that a third round could open in Vell",
           "the plan put forward on Monday", "that no deal was close", "a joint commission on missing persons",
           "to reopen two border crossings for freight", "that observers would arrive on Friday",
           "new guarantees for the grain corridor"]
TAILS = ["", " on Tuesday", ", according to a statement", " after a long session", " in the capital"]


@st.composite
def sentence(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 5))
    s, v, o, t = (draw(st.sampled_from(x)) for x in (SUBJECTS, VERBS, OBJECTS, TAILS))
    if kind == 0:
        return f"“We are ready to {draw(st.sampled_from(['sign', 'talk', 'wait', 'listen']))} today,” {s} {v}."
    if kind == 1:
        return f"{s} {v} {o}{t}."
    if kind == 2:
        return f"{s} {v} {o}{t}, and {draw(st.sampled_from(SUBJECTS)).lower()} {draw(st.sampled_from(VERBS))} nothing."
    if kind == 3:
        return f"Asked whether {o.removeprefix('that ')}, {s} {v} it was too early to say."
    if kind == 4:
        n = draw(st.integers(2, 5000))
        return f"The figure of {n:,} given by {s.lower()} could not be checked{t}."
    return f"Talks resume {draw(st.sampled_from(['Monday', 'soon', 'in May']))}."  # a short sentence


@st.composite
def body(draw: st.DrawFn) -> list[list[str]]:
    """Paragraphs of sentences; the first paragraph is never a lone short sentence."""
    paras = draw(st.lists(st.lists(sentence(), min_size=1, max_size=4), min_size=1, max_size=8))
    paras[0] = [draw(sentence().filter(lambda x: len(x.split()) >= 8)), *paras[0]]
    return paras


# ---------------------------------------------------------------- the chrome: many kinds

MENU = ["Skip to main content", "Home", "World", "Politics | Business | Sport | Culture", "Sign in", "Subscribe",
        "Menu", "Search"]
MASTHEADS = ["THE KESTREL HERALD", "Northgate Daily", "Valley Observer"]
TOOLS = ["Share", "Copy link", "Gift this article", "Save", "Listen · 4 min", "Print", "Share on Facebook",
         "Reprints & permissions", "Text size", "Comments"]
CAPTIONS = ["A convoy crosses the bridge near Vell on Monday. (Photo: Ivo Rask / Herald)",
            "Delegates arrive for the talks. Photograph: Lena Marsh/Northgate",
            "Ivo Rask | Kestrel Agency | Getty Images"]
RAILS = [["Related", "Borduria's parliament approves the budget for next year",
          "Ruritania names a new envoy to the regional council", "Ten things to know about the river dispute"],
         ["Most read", "Storm closes the northern highway for a second day", "Prices of bread rise again in Vell"],
         ["Read more:", "The long road to the Vell talks, explained in six charts"]]
COOKIES = ["We use cookies to improve your experience. By continuing you agree to our use of cookies.",
           "Accept all", "Manage preferences"]
NEWSLETTERS = ["Sign up for our morning briefing. Get the news in your inbox.", "Subscribe now"]
FOOTERS = [["About us", "Contact", "Terms of use", "Privacy policy", "© 2025 Kestrel Media. All rights reserved."],
           ["Copyright 2024", "Cookie settings"], ["(Reporting by Ivo Rask; Editing by Lena Marsh)"]]
HEADERS = ["Title: Talks resume in Vell\nURL Source: https://northgate.example/world/2025/03/04/talks\n"
           "Published Time: 2025-03-04T09:05:00Z\nMarkdown Content:",
           "---\ntitle: Talks resume in Vell\ndate: 2025-03-04\nquelle: https://northgate.example/a\n---"]
# round 4: an e-mail's header, a print view's page break (its footer, page number and the
# running header of the next page, which also stands at the top), a live blog's clock, a
# paywall's box, a front page's teasers, a newsletter's footer
HEADERS.append("From: The Vell Briefing <news@vellbriefing.example>\nDate: Mon, 14 Jul 2031 06:30:00 +0200\n"
               "Subject: Talks resume in Vell\nTo: reader@mail.example")
RUNNING = "11/07/2031, 10:02                Talks resume in Vell | Northgate Daily"
PAGE_BREAK = f"https://www.northgate.example/world/talks                1/2\n2\n{RUNNING}"
CLOCKS = ["14:05 CEST", "9.30 am BST", "13:10"]
PAYWALLS = [["This article is for subscribers only", "Already a subscriber? Log in"],
            ["You have 0 free articles left this month.", "Subscribe for full access, or log in to keep reading."]]
TEASERS = ["More top stories", "Port workers in Osk end their strike",
           "Port workers in Osk voted on Tuesday to end their strike after a pay offer.", "2 hours ago",
           "Council delays the new tram line", "The council said the tram would open a year later than planned.",
           "5 hours ago"]
MAIL_FOOTER = ["You are receiving this email because you signed up for The Vell Briefing.", "Unsubscribe"]
STAMPS = ["9:05 PM, Tuesday, March 4, 2025", "Updated 10:12 a.m. EST, Jan. 3, 2026", "By Ivo Rask",
          "Published March 4, 2025"]


@st.composite
def page(draw: st.DrawFn) -> tuple[str, list[str]]:
    paras = draw(body())
    out: list[str] = []
    printed = draw(st.booleans())
    after = draw(st.integers(0, 3))  # what follows the body: nothing, a paywall, teasers, a newsletter's footer
    if printed:
        out.append(RUNNING)  # a print view's first page has its running header at the top
    if draw(st.booleans()):
        out.append(draw(st.sampled_from(HEADERS)))
    out += draw(st.lists(st.sampled_from(MENU + MASTHEADS), max_size=5))
    if draw(st.booleans()):
        out += COOKIES
    out.append("Talks in Vell end their first week with a plan for a truce")  # the headline
    out += draw(st.lists(st.sampled_from(STAMPS), max_size=2))
    out += draw(st.lists(st.sampled_from(TOOLS), max_size=4))
    for i, p in enumerate(paras):
        out.append(" ".join(p))
        if i < len(paras) - 1:
            between = draw(st.integers(0, 7))
            if between == 1:
                out.append(draw(st.sampled_from(CAPTIONS)))
            elif between == 2:
                out.append(draw(st.sampled_from(TOOLS)))
            elif between == 3:
                out.append(NEWSLETTERS[0])
            elif between == 4:
                out.append(draw(st.sampled_from(["Advertisement", "Story continues below advertisement"])))
            elif between == 5:
                out.append("What the talks leave out")  # a subhead
            elif between == 6 and printed:
                out.append(PAGE_BREAK)
            elif between == 6 and after != 2:  # a live blog's clocks; its teasers are not cut (tested apart)
                out.append(draw(st.sampled_from(CLOCKS)))
    for _ in range(draw(st.integers(0, 2))):
        out += draw(st.sampled_from(RAILS))
    if after == 1:
        out += draw(st.sampled_from(PAYWALLS))
    elif after == 2:
        out += TEASERS
    elif after == 3:
        out += MAIL_FOOTER
    if draw(st.booleans()):
        out += NEWSLETTERS
    out += draw(st.sampled_from(FOOTERS))
    sep = draw(st.sampled_from(["\n\n", "\n"]))
    return sep.join(out), [s for p in paras for s in p]


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(page(), st.sampled_from(["text", "json"]))
def test_no_body_sentence_is_dropped(made: tuple[str, list[str]], kind: str) -> None:
    content, sentences = made
    doc = clean(RawDocument(content=content, kind=kind, source="<made>"))
    for s in sentences:
        assert s in doc.text, f"lost: {s!r}"
    for chrome_prose in ("We use cookies", "morning briefing", "All rights reserved", "Copy link",
                         "Reporting by", "Title:", "Markdown Content", "Photo: Ivo Rask", "Advertisement",
                         "continues below", "1/2", "free articles", "subscribers only", "Port workers",
                         "receiving this email", "14:05", "reader@mail"):
        assert chrome_prose not in doc.text


def test_a_near_miss_the_property_would_catch() -> None:
    """The check can fail: a short closing line that is not a sentence is not body."""
    doc = clean(RawDocument(content="Envoys of Ruritania and Borduria met in Vell on Tuesday, officials said.\n\n"
                                    "Share this article", kind="text", source="<t>"))
    assert doc.text == "Envoys of Ruritania and Borduria met in Vell on Tuesday, officials said."


# ---------------------------------------------------------------- the dev reports

EVAL_DEV = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "dev"
GOLDS = sorted(EVAL_DEV.glob("*.gold.json")) if EVAL_DEV.is_dir() else []


def body_losses(gold_path: Path) -> list[str]:
    """What of the gold body (first, last sentence, quotes) is missing from the read text."""
    import parley

    stem = gold_path.name.removesuffix(".gold.json")
    report = next(p for p in gold_path.parent.iterdir() if p.name.startswith(stem + ".") and p != gold_path)
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    flat = " ".join(parley.read(report).document.text.split())
    lost = [f"{k}: {gold['document'][k][:50]!r}" for k in ("body_first", "body_last")
            if k in gold.get("document", {}) and " ".join(gold["document"][k].split()) not in flat]
    lost += [f"quote: {q['text'][:50]!r}" for q in gold.get("quotes", [])
             if " ".join(q["text"].split()) not in flat and not q.get("optional")]
    return lost


@pytest.mark.skipif(not GOLDS, reason="../shared/eval/dev is not beside the checkout")
def test_no_dev_report_loses_body_or_a_quote() -> None:
    losses = {g.name: lost for g in GOLDS if (lost := body_losses(g))}
    assert not losses, json.dumps(losses, indent=1)


# ---------------------------------------------------------------- last lines that lost their full stop

LEDE = ("Ruritanian and Bordurian envoys met in Vell on Monday and agreed to reopen two border "
        "crossings for freight, officials said.\n\n"
        "The two sides will meet again next week to discuss the exchange of detainees, the mediator said.\n\n")


def _text(page: str) -> str:
    return clean(RawDocument(content=page, kind="text", source="test")).text


def test_a_last_paragraph_without_its_full_stop_is_kept() -> None:
    last = "Both delegations are expected to return to their capitals on Tuesday (local time)"
    assert _text(LEDE + last).endswith(last)


def test_sentences_each_closed_by_a_note_in_parentheses_are_the_body() -> None:
    page = ("Ruritanian and Bordurian envoys met in Vell on Monday and agreed to reopen the crossings. (item 1)\n\n"
            "The two sides will meet again next week, the mediator said. (item 2)\n\n"
            "Both delegations returned home on Tuesday. (item 3)")
    text = _text(page)
    assert text.startswith("Ruritanian and Bordurian envoys") and text.endswith("(item 3)")


def test_near_miss_a_headline_rail_after_the_body_is_not_kept() -> None:
    rail = "Ruritania Weighs New Offer As Talks In Vell Enter Their Second Week"
    assert rail not in _text(LEDE + rail)


def test_near_miss_a_credit_line_after_the_body_is_not_kept() -> None:
    credit = ("Additional reporting by Anna Kovic and Petar Voss in Vell and by Marta Sund in the capital; "
              "editing by Ivo Marek and Lena Orr")
    assert "Additional reporting" not in _text(LEDE + credit)
