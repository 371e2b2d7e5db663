"""Acts by construction class: each class read from the clauses of a real parse (spaCy and
the installed English model), each with a near miss that must not fire. Every sentence is
written for the test; the parties are states the lexicon knows, the people invented."""

from __future__ import annotations

import pytest

import parley
from parley.model import RawDocument, Record

Key = tuple[str, tuple[str, ...], str]


def read(text: str) -> Record:
    meta = (("title", "Test report"), ("published", "2025-06-11T09:00"), ("outlet", "Example Daily"))
    return parley.read(RawDocument(content=text, kind="json", source="test", meta=meta))


def keys(text: str) -> set[Key]:
    return {(s.act, tuple(sorted(s.actors)), s.issue) for s in read(text).statements}


def acts(text: str) -> set[str]:
    return {k[0] for k in keys(text)}


# ---------------------------------------------------------------- verb classes

def test_a_verb_of_an_act_class_with_its_object():
    assert ("propose", ("EST",), "ceasefire") in keys("Estonia proposed a ceasefire along the river on Monday.")


def test_a_verb_in_an_if_clause_states_no_act():
    assert "propose" not in acts("If Estonia proposes a ceasefire, the market will rise, traders said.")


def test_an_act_with_no_issue_word_falls_back_to_other():
    assert ("demand", ("LVA",), "other") in keys("Latvia demanded an apology from the organizers on Tuesday.")


def test_a_welcome_without_an_issue_is_no_acceptance():
    assert "accept" not in acts("Latvia welcomed the visitors at the airport on Tuesday.")


def test_a_request_of_nobody_at_the_table_is_dropped():
    assert "request" not in acts("Minister Anna Kovic of Latvia asked the staff to leave the room.")


def test_a_negated_ask_is_a_rejection():
    assert ("reject", ("EST",), "ceasefire") in keys("Estonia is not asking for a ceasefire, its envoy said.")


def test_an_act_asked_of_another_belongs_to_the_asker():
    ks = keys("Moldova urged Latvia to accept a ceasefire in the east.")
    assert ("request", ("MDA",), "ceasefire") in ks
    assert not any(k[0] == "accept" for k in ks)


# ---------------------------------------------------------------- phrasal verbs and false triggers

def test_a_phrasal_verb_names_the_act():
    assert ("reject", ("LVA",), "territory") in keys("Latvia ruled out any withdrawal of its troops.")


def test_a_call_on_a_date_is_no_call_on_anyone():
    text = ("President Anna Kovic of Latvia and President Marek Tamm of Estonia spoke in a call on 4 July "
            "about trade.")
    assert "request" not in acts(text)


def test_long_sought_is_no_seeking():
    assert "demand" not in acts("Estonia and Latvia finally opened the long-sought bridge to traffic.")


def test_an_inanimate_subject_threatens_nobody():
    assert ("threaten", ("EST",), "other") in keys("Estonia threatened to leave the talks.")
    assert "threaten" not in acts("The storms threatened to sink the talks between Estonia and Latvia.")


# ---------------------------------------------------------------- agreements, lists, word sense

def test_a_verb_whose_object_is_an_agreement_is_an_agreement():
    assert ("agree", ("EST", "LVA"), "territory") in keys(
        "Estonia and Latvia signed an accord on the border in a village hall.")
    assert "agree" not in acts("Estonia and Latvia signed letters to the press.")


def test_a_list_of_issues_is_one_statement_each():
    ks = keys("Estonia and Latvia agreed on a ceasefire, a prisoner exchange and humanitarian corridors.")
    for issue in ("ceasefire", "prisoner_exchange", "humanitarian"):
        assert ("agree", ("EST", "LVA"), issue) in ks


def test_a_heated_exchange_is_no_prisoner_exchange():
    ks = keys("Estonia and Latvia discussed the border in a heated exchange on Monday.")
    assert not any(k[2] == "prisoner_exchange" for k in ks)


def test_military_aid_is_not_humanitarian():
    ks = keys("Latvia asked Finland for military aid on Monday.")
    assert ("request", ("LVA",), "other") in ks
    assert not any(k[2] == "humanitarian" for k in ks)


# ---------------------------------------------------------------- wishes, positions, conditions

def test_wanting_a_state_of_things_is_a_demand():
    assert ("demand", ("EST",), "other") in keys("Estonia wants the port reopened.")
    assert ("demand", ("EST",), "territory") in keys("Estonia wants Latvia to withdraw its troops from the valley.")


def test_wanting_to_thank_is_no_demand():
    assert "demand" not in acts("Estonia wants to thank the hosts for their kindness.")


def test_a_position_stated_as_a_complement_is_a_demand():
    assert ("demand", ("LVA",), "territory") in keys(
        "The Latvian position is that Estonia cannot keep troops in the valley.")
    assert "demand" not in acts("The Latvian position on the map remained unclear.")


def test_a_precondition_is_a_demand_of_whoever_sets_it():
    text = ("Talks cannot resume unless Estonia halts its attacks, Latvian Foreign Minister Anna Kovic said.")
    assert ("demand", ("LVA",), "ceasefire") in keys(text)


def test_until_without_a_negation_is_no_precondition():
    assert "demand" not in acts("Latvian troops will stay in the valley until the spring, Minister Anna Kovic said.")


# ---------------------------------------------------------------- refusals, readiness, undertakings

def test_negated_tolerance_is_a_rejection():
    assert ("reject", ("LVA",), "territory") in keys("Latvia would not tolerate foreign troops on its soil.")
    assert "reject" not in acts("Latvia would tolerate a short delay in the timetable.")


def test_a_readiness_is_an_offer_unless_it_is_asked_for():
    assert ("offer", ("EST",), "talks_format") in keys("Estonia is ready to host the next round of talks.")
    assert "offer" not in acts("Estonia must be ready to host the next round of talks, Minister Anna Kovic said.")


def test_a_verdict_is_a_rejection_by_its_speaker():
    text = "\"A truce now is unreasonable,\" Latvian Foreign Minister Anna Kovic said on Monday."
    assert ("reject", ("LVA",), "ceasefire") in keys(text)


def test_undertakings_are_offers():
    assert ("offer", ("NOR",), "talks_format") in keys("Norway said it would host the next round of talks.")
    assert ("offer", ("EST",), "prisoner_exchange") in keys("Estonia undertakes to free the detainees by Friday.")
    assert "offer" not in acts("Norway said the weather would turn cold.")


# ---------------------------------------------------------------- nouns of acts, disagreement, threats

def test_an_owned_act_noun_is_an_act_of_its_owner():
    assert ("propose", ("EST",), "ceasefire") in keys("Estonia's proposal for a ceasefire was read out on Monday.")
    assert "propose" not in acts("A proposal for a ceasefire was circulating among diplomats on Monday.")


def test_disagreement_as_a_noun():
    ks = keys("A wide gulf remains between Estonia and Latvia over the border.")
    assert ("disagree", ("EST", "LVA"), "territory") in ks
    assert "disagree" not in acts("Fishing boats from Estonia crossed the gulf near the port.")


def test_a_threat_without_the_verb():
    text = ("Any attempt to seize the island would be met with a strong response, "
            "Latvian Defence Minister Marek Tamm said.")
    assert any(k[0] == "threaten" and k[1] == ("LVA",) for k in keys(text))
    assert "threaten" not in acts("The Estonian delegation was met with applause in the hall.")


# ---------------------------------------------------------------- parties

def test_we_inside_a_quote_is_the_speakers_party():
    text = ("\"We reject any deployment of foreign troops in the valley, and we will say so at every meeting "
            "we attend,\" Estonian Foreign Minister Anna Kovic said.")
    assert ("reject", ("EST",), "territory") in keys(text)


def test_both_sides_are_the_meetings_parties_never_its_mediator():
    text = ("Estonian and Latvian delegations held talks in Helsinki on Monday, hosted by Finland.\n\n"
            "After the talks, both sides agreed to exchange prisoners.")
    ks = keys(text)
    assert ("agree", ("EST", "LVA"), "prisoner_exchange") in ks
    assert not any("FIN" in k[1] for k in ks if k[0] == "agree")


@pytest.mark.parametrize("n", [1, 4])
def test_every_paragraph_of_a_longer_report_is_read(n: int):
    # distinct paragraphs (a repeated one is boilerplate to clean): each one's act is found in it
    paras = [f"Estonia proposed a ceasefire along river number {i + 1}. Latvia ruled out any withdrawal "
             f"of its troops from the {i + 1} villages." for i in range(n)]
    rec = read("\n\n".join(paras))
    found = {(s.act, s.issue): s for s in rec.statements}
    assert len(found[("propose", "ceasefire")].evidence) == n
    assert len(found[("reject", "territory")].evidence) == n


def test_talks_named_by_their_issue_were_discussed_by_their_sides():
    ks = keys("Nuclear talks between Estonia and Latvia ended on Monday in a village hall.")
    assert ("discuss", ("EST", "LVA"), "nuclear") in ks
    assert "discuss" not in acts("Nuclear talks between Estonia and Latvia may resume next year.")


def test_its_is_the_party_named_before_it():
    ks = keys("Latvia chided Estonia on Monday for its refusal to reopen the border.")
    assert ("reject", ("EST",), "territory") in ks
    assert ("reject", ("LVA",), "territory") not in ks
