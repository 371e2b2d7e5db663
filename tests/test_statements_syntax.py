"""Acts by construction class: each class read from the clauses of a real parse (spaCy and
the installed English model), each with a near miss that must not fire. Every sentence is
written for the test; the parties are states the lexicon knows, the people invented."""

from __future__ import annotations

import pytest
from tests import reports

from parley.model import Record

Key = tuple[str, tuple[str, ...], str]


def read(text: str) -> Record:
    return reports.read(text, published="2025-06-11T09:00")


def keys(text: str) -> set[Key]:
    return {(s.act, tuple(sorted(s.actors)), s.issue) for s in read(text).statements}


def acts(text: str) -> set[str]:
    return {k[0] for k in keys(text)}


# ---------------------------------------------------------------- verb classes

def test_a_verb_of_an_act_class_with_its_object():
    assert ("propose", ("ALB",), "ceasefire") in keys("Albania proposed a ceasefire along the river on Monday.")


def test_a_verb_in_an_if_clause_states_no_act():
    assert "propose" not in acts("If Albania proposes a ceasefire, the market will rise, traders said.")


def test_an_act_with_no_issue_word_falls_back_to_other():
    assert ("demand", ("MDA",), "other") in keys("Moldova demanded an apology from the organizers on Tuesday.")


def test_a_welcome_without_an_issue_is_no_acceptance():
    assert "accept" not in acts("Moldova welcomed the visitors at the airport on Tuesday.")


def test_a_request_of_nobody_at_the_table_is_dropped():
    assert "request" not in acts("Minister Anna Kovic of Moldova asked the staff to leave the room.")


def test_a_negated_ask_is_a_rejection():
    assert ("reject", ("ALB",), "ceasefire") in keys("Albania is not asking for a truce, its envoy said.")


def test_an_act_asked_of_another_belongs_to_the_asker():
    ks = keys("Moldova urged Moldova to accept a ceasefire in the east.")
    assert ("request", ("MDA",), "ceasefire") in ks
    assert not any(k[0] == "accept" for k in ks)


# ---------------------------------------------------------------- phrasal verbs and false triggers

def test_a_phrasal_verb_names_the_act():
    assert ("reject", ("MDA",), "territory") in keys("Moldova ruled out any withdrawal of its troops.")


def test_a_call_on_a_date_is_no_call_on_anyone():
    text = ("President Anna Kovic of Moldova and President Marek Tamm of Albania spoke in a call on 4 July "
            "about trade.")
    assert "request" not in acts(text)


def test_long_sought_is_no_seeking():
    assert "demand" not in acts("Albania and Moldova finally opened the long-sought bridge to traffic.")


def test_an_inanimate_subject_threatens_nobody():
    assert ("threaten", ("ALB",), "other") in keys("Albania threatened to leave the talks.")
    assert "threaten" not in acts("The storms threatened to sink the talks between Albania and Moldova.")


# ---------------------------------------------------------------- agreements, lists, word sense

def test_a_verb_whose_object_is_an_agreement_is_an_agreement():
    assert ("agree", ("ALB", "MDA"), "territory") in keys(
        "Albania and Moldova signed an accord on the border in a village hall.")
    assert "agree" not in acts("Albania and Moldova signed letters to the press.")


def test_a_list_of_issues_is_one_statement_each():
    ks = keys("Albania and Moldova agreed on a ceasefire, a prisoner exchange and humanitarian corridors.")
    for issue in ("ceasefire", "prisoner_exchange", "humanitarian"):
        assert ("agree", ("ALB", "MDA"), issue) in ks


def test_a_heated_exchange_is_no_prisoner_exchange():
    ks = keys("Albania and Moldova discussed the border in a heated exchange on Monday.")
    assert not any(k[2] == "prisoner_exchange" for k in ks)


def test_military_aid_is_not_humanitarian():
    ks = keys("Moldova asked Finland for military aid on Monday.")
    assert ("request", ("MDA",), "other") in ks
    assert not any(k[2] == "humanitarian" for k in ks)


# ---------------------------------------------------------------- wishes, positions, conditions

def test_wanting_a_state_of_things_is_a_demand():
    assert ("demand", ("ALB",), "other") in keys("Albania wants the port reopened.")
    assert ("demand", ("ALB",), "territory") in keys("Albania wants Moldova to withdraw its troops from the valley.")


def test_wanting_to_thank_is_no_demand():
    assert "demand" not in acts("Albania wants to thank the hosts for their kindness.")


def test_a_position_stated_as_a_complement_is_a_demand():
    assert ("demand", ("MDA",), "territory") in keys(
        "The Moldovan position is that Albania cannot keep troops in the valley.")
    assert "demand" not in acts("The Moldovan position on the map remained unclear.")


def test_a_precondition_is_a_demand_of_whoever_sets_it():
    text = ("Talks cannot resume unless Albania halts its attacks, Moldovan Foreign Minister Anna Kovic said.")
    assert ("demand", ("MDA",), "ceasefire") in keys(text)


def test_until_without_a_negation_is_no_precondition():
    assert "demand" not in acts("Moldovan troops will stay in the valley until the spring, Minister Anna Kovic said.")


# ---------------------------------------------------------------- refusals, readiness, undertakings

def test_negated_tolerance_is_a_rejection():
    assert ("reject", ("MDA",), "territory") in keys("Moldova would not tolerate foreign troops on its soil.")
    assert "reject" not in acts("Moldova would tolerate a short delay in the timetable.")


def test_a_readiness_is_an_offer_unless_it_is_asked_for():
    assert ("offer", ("ALB",), "talks_format") in keys("Albania is ready to host the next round of talks.")
    assert "offer" not in acts("Albania must be ready to host the next round of talks, Minister Anna Kovic said.")


def test_a_verdict_is_a_rejection_by_its_speaker():
    text = "\"A truce now is unreasonable,\" Moldovan Foreign Minister Anna Kovic said on Monday."
    assert ("reject", ("MDA",), "ceasefire") in keys(text)


def test_undertakings_are_offers():
    assert ("offer", ("ISL",), "talks_format") in keys("Iceland said it would host the next round of talks.")
    assert ("offer", ("ALB",), "prisoner_exchange") in keys("Albania undertakes to free the detainees by Friday.")
    assert "offer" not in acts("Iceland said the weather would turn cold.")


# ---------------------------------------------------------------- nouns of acts, disagreement, threats

def test_an_owned_act_noun_is_an_act_of_its_owner():
    assert ("propose", ("ALB",), "ceasefire") in keys("Albania's proposal for a ceasefire was read out on Monday.")
    assert "propose" not in acts("A proposal for a ceasefire was circulating among diplomats on Monday.")


def test_disagreement_as_a_noun():
    ks = keys("A wide gulf remains between Albania and Moldova over the border.")
    assert ("disagree", ("ALB", "MDA"), "territory") in ks
    assert "disagree" not in acts("Fishing boats from Albania crossed the gulf near the port.")


def test_a_threat_without_the_verb():
    text = ("Any move to take the island would be met with a forceful reply, "
            "Moldovan Defence Minister Marek Tamm said.")
    assert any(k[0] == "threaten" and k[1] == ("MDA",) for k in keys(text))
    assert "threaten" not in acts("The Albanian delegation was met with applause in the hall.")


# ---------------------------------------------------------------- parties

def test_we_inside_a_quote_is_the_speakers_party():
    text = ("\"We reject any deployment of foreign troops in the valley, and we will say so at every meeting "
            "we attend,\" Albanian Foreign Minister Anna Kovic said.")
    assert ("reject", ("ALB",), "territory") in keys(text)


def test_both_sides_are_the_meetings_parties_never_its_mediator():
    text = ("Albanian and Moldovan delegations held talks in Helsinki on Monday, hosted by Finland.\n\n"
            "After the talks, both sides agreed to exchange prisoners.")
    ks = keys(text)
    assert ("agree", ("ALB", "MDA"), "prisoner_exchange") in ks
    assert not any("FIN" in k[1] for k in ks if k[0] == "agree")


@pytest.mark.parametrize("n", [1, 4])
def test_every_paragraph_of_a_longer_report_is_read(n: int):
    # distinct paragraphs (a repeated one is boilerplate to clean): each one's act is found in it
    paras = [f"Albania proposed a ceasefire along river number {i + 1}. Moldova ruled out any withdrawal "
             f"of its troops from the {i + 1} villages." for i in range(n)]
    rec = read("\n\n".join(paras))
    found = {(s.act, s.issue): s for s in rec.statements}
    assert len(found[("propose", "ceasefire")].evidence) == n
    assert len(found[("reject", "territory")].evidence) == n


def test_talks_named_by_their_issue_were_discussed_by_their_sides():
    ks = keys("Nuclear talks between Albania and Moldova ended on Monday in a village hall.")
    assert ("discuss", ("ALB", "MDA"), "nuclear") in ks
    assert "discuss" not in acts("Nuclear talks between Albania and Moldova may resume next year.")


def test_its_is_the_party_named_before_it():
    ks = keys("Moldova chided Albania on Monday for its refusal to reopen the border.")
    assert ("reject", ("ALB",), "territory") in ks
    assert ("reject", ("MDA",), "territory") not in ks
