"""Round five on statements (issue 8): construction classes seen missing on reports from
other outlets and processes. Every sentence is written for the test; the parties are states
(and one armed group) the lexicon knows and no shared report names, the people invented.
Each rule has a near miss that must not fire."""

from __future__ import annotations

import pytest

from test_statements_syntax import acts, keys

# ---------------------------------------------------------------- offers of a named deed


def test_a_readiness_to_do_a_deed_no_issue_word_names_is_an_offer_of_other():
    assert ("offer", ("ISL",), "other") in keys("Iceland was prepared to reopen the northern crossing to trade "
                                               "as soon as the mechanism works, the minister said.")


def test_a_readiness_asked_of_a_party_is_no_offer():
    # near miss: "must be ready to" is asked of it by whoever says it.
    assert "offer" not in acts("Minister Anna Kovic of Albania said Iceland must be ready to reopen the crossing.")


def test_an_undertaking_to_a_deed_is_an_offer_of_other():
    assert ("offer", ("ISL",), "other") in keys("Iceland undertook to bring a reintegration bill to parliament "
                                               "before the summer recess.")


def test_an_undertaking_without_a_deed_needs_an_issue_word():
    # near miss: "undertook a review" names no deed.
    assert "offer" not in acts("Iceland undertook a review of its archives last year.")


@pytest.mark.parametrize(("sentence", "issue"), [
    ("Albania was ready to free 40 Icelandic nationals held since the clashes, the minister said.",
     "prisoner_exchange"),
    ("Albania is ready to grant an amnesty to 25 Icelandic fishermen jailed last spring.", "prisoner_exchange"),
    ("The FARC said it was ready to lay down its arms within a year.", "security_guarantees"),
    ("Albania was ready to sign a binding non-use-of-force pact with Iceland.", "security_guarantees"),
    ("Albania is ready to integrate the rebel fighters into a unified army.", "security_guarantees"),
])
def test_release_and_disarmament_told_without_their_usual_nouns(sentence: str, issue: str) -> None:
    assert issue in {k[2] for k in keys(sentence) if k[0] == "offer"}


def test_free_trade_is_no_release():
    # near miss: "free" names a release only of people.
    assert "prisoner_exchange" not in {k[2] for k in keys("Albania is ready to free trade with Iceland next year.")}


# ---------------------------------------------------------------- refusals and undertakings by a modal


@pytest.mark.parametrize(("sentence", "key"), [
    ("Albania would not withdraw a single soldier from the border villages, the minister said.",
     ("reject", ("ALB",), "territory")),
    ("Iceland said it could not sign guarantees for militias it did not control.",
     ("reject", ("ISL",), "security_guarantees")),
])
def test_a_concession_a_party_will_not_make_is_its_refusal(sentence: str, key) -> None:
    assert key in keys(sentence)


@pytest.mark.parametrize("sentence", [
    "Albania did not withdraw its troops from the border in May.",  # told as done (not done), no refusal
    "Albania would not comment on the talks with Iceland.",  # not a concession
    "Albania said it will not sign until the preamble on the border is removed.",  # a condition, no object
])
def test_no_refusal_without_a_refused_concession(sentence: str) -> None:
    assert "reject" not in acts(sentence)


def test_a_concession_a_party_says_it_will_make_is_its_offer():
    assert ("offer", ("ALB",), "territory") in keys(
        "In Tirana, the foreign ministry said Albania would pull its remaining units back from the border zone.")


def test_a_concession_bought_by_if_is_a_demand_not_an_offer():
    # near miss: "would lift ... if Y": Y is demanded; the lifting is no undertaking.
    found = keys("Albania said it would lift the blockade of the port if Iceland released the prisoners.")
    assert ("demand", ("ALB",), "prisoner_exchange") in found
    assert not any(k[0] == "offer" for k in found)


def test_a_thing_that_will_halt_is_no_undertaking():
    # near miss: an inanimate subject undertakes nothing.
    assert "offer" not in acts("Albania said the storm would halt shipping in the strait.")


@pytest.mark.parametrize("sentence", [
    "Portugal will host a further session after the holiday, the minister said.",
    "Minister Anna Kovic said Portugal would host it for as long as it is useful to both neighbours.",
])
def test_hosting_the_talks_is_an_offer_about_the_talks(sentence: str) -> None:
    assert ("offer", ("PRT",), "talks_format") in keys(sentence)


def test_hosting_a_match_is_not_about_the_talks():
    # near miss: what is hosted is no session.
    assert ("offer", ("PRT",), "talks_format") not in keys("Portugal said it would host the football final.")


# ---------------------------------------------------------------- conditions


def test_a_condition_of_a_speaker_with_no_party_is_the_subjects():
    found = keys("Iceland would not lift the sanctions until the truce is respected, he said.")
    assert ("demand", ("ISL",), "ceasefire") in found


def test_a_condition_of_a_speaker_with_a_party_stays_the_speakers():
    # near miss: the speaker's own party sets the condition.
    found = keys("Iceland would not lift the sanctions until the truce is respected, Minister Anna Kovic of Portugal said.")
    assert ("demand", ("PRT",), "ceasefire") in found
    assert ("demand", ("ISL",), "ceasefire") not in found


def test_made_conditional_on_is_a_demand():
    assert ("demand", ("ALB",), "sanctions") in keys(
        "Albania, for its part, has made any pullback conditional on Iceland lifting its sanctions on grain.")


def test_made_a_priority_is_no_demand():
    # near miss: "made X Y" without a condition.
    assert "demand" not in acts("Albania made the talks with Iceland a priority this year.")


def test_nothing_can_be_signed_until_demands_it_of_the_deal():
    assert ("demand", ("ALB",), "peace_agreement") in keys(
        "Minister Anna Kovic of Albania said that no final agreement could be signed until the national "
        "committee has delivered its report.")


def test_a_truce_that_did_not_hold_until_dawn_is_no_condition():
    # near miss: told of the past, no modal: nothing is held back.
    assert "demand" not in acts("Minister Anna Kovic of Albania said the truce did not hold until dawn.")


# ---------------------------------------------------------------- several acts, several parties


def test_the_plural_heads_of_two_parties_stand_for_both():
    assert ("agree", ("ALB", "ISL"), "security_guarantees") in keys(
        "The presidents of Albania and Iceland pledged on Monday not to use force against each other.")


def test_the_shelling_of_two_parties_is_no_agent():
    assert not keys("The shelling of Albania and Iceland continued through the night.")


@pytest.mark.parametrize(("sentence", "issues"), [
    ("Albania and Iceland agreed on Tuesday to a 72-hour truce and to open three humanitarian corridors "
     "into the besieged towns.", {"ceasefire", "humanitarian"}),
    ("Albania and Iceland agreed to extend the truce and to exchange all prisoners of war.",
     {"ceasefire", "prisoner_exchange"}),
])
def test_deeds_joined_by_and_are_one_agreement_each(sentence: str, issues: set[str]) -> None:
    assert issues <= {k[2] for k in keys(sentence) if k[0] == "agree"}


def test_a_joined_deed_ends_at_its_comma():
    # near miss: ", at the end of a third round of talks" is when, not what was agreed.
    found = {k[2] for k in keys("Albania and Iceland agreed to extend their truce and to set up a joint mechanism "
                                "to monitor it, at the end of a third round of talks in Lisbon.") if k[0] == "agree"}
    assert found == {"ceasefire"}


def test_an_absolute_with_clause_is_its_subjects_act():
    found = keys("Albania and Iceland held talks on Tuesday, with the Icelandic side pressing for a withdrawal "
                 "of troops from the border, officials said.")
    assert ("demand", ("ISL",), "territory") in found
    assert not any(k[0] == "demand" and "ALB" in k[1] for k in found)


def test_an_absolute_with_clause_without_a_party_is_no_act():
    # near miss: "with pressure mounting" has no party of its own.
    assert "demand" not in acts("Albania and Iceland held talks on Tuesday, with pressure mounting for a "
                                "withdrawal of troops from the border.")


# ---------------------------------------------------------------- bodies named by their kind


def test_the_government_is_the_party_whose_government_was_named():
    text = ("The Albanian government and the FARC agreed to extend their truce. The government, for its part, "
            "is ready to suspend the arrest warrants of 30 FARC members.")
    assert ("offer", ("ALB",), "other") in keys(text)


def test_the_government_named_nowhere_before_has_no_party():
    # near miss: no government named before the sentence.
    assert ("offer", ("ALB",), "other") not in keys(
        "The government, for its part, is ready to suspend the arrest warrants of 30 Albanian members.")


def test_the_group_of_its_own_spokesman():
    assert ("reject", ("FARC",), "security_guarantees") in keys(
        "FARC commander Tomas Varga said the group would not hand over its weapons while troops remained.")


def test_the_group_of_a_speaker_with_no_party_is_nobody():
    # near miss: a historian speaks for no group.
    assert ("reject", ("FARC",), "security_guarantees") not in keys(
        "Tomas Varga, a historian, said the group would not hand over its weapons while troops remained.")


def test_the_group_is_the_party_in_the_subject_place_before():
    text = "The FARC wants salaries paid before any talks. The group also refused to give guarantees on shipping."
    assert ("reject", ("FARC",), "security_guarantees") in keys(text)


def test_a_described_group_is_not_the_party_before():
    # near miss: "the armed group in the north" is another group.
    text = ("The FARC wants salaries paid before any talks. The armed group in the north also refused to give "
            "guarantees on shipping.")
    assert ("reject", ("FARC",), "security_guarantees") not in keys(text)


def test_the_statement_is_the_party_that_issued_it():
    text = ("Albania demands a full withdrawal, according to an Albanian army statement issued after the meeting. "
            "The statement also accused Iceland of more than 40 violations of the truce.")
    found = keys(text)
    assert ("accuse", ("ALB",), "ceasefire") in found
    assert ("accuse", ("ISL",), "ceasefire") not in found


def test_a_statement_nobody_issued_before_is_nobody():
    # near miss: no statement named before: its author is not guessed.
    found = keys("Albania met Iceland on Monday. The statement also accused the weather of delays.")
    assert not any(k[0] == "accuse" for k in found)


# ---------------------------------------------------------------- issues and false readings


def test_a_round_of_peace_talks_is_no_discussion_of_peace():
    assert ("discuss", ("ALB", "ISL"), "peace_agreement") not in keys(
        "Albania and Iceland closed the sixth round of peace talks in Lisbon on Sunday.")


def test_talks_on_a_peace_agreement_are_its_discussion():
    # near miss: the talks' own "on" phrase names what they discussed.
    assert ("discuss", ("ALB", "ISL"), "peace_agreement") in keys(
        "Albanian and Icelandic envoys held talks on a peace agreement in Lisbon on Sunday.")


def test_a_step_named_as_a_time_is_not_carried_out_there():
    found = keys("The statement from Albania accused Iceland of 40 violations of the truce since it took effect.")
    assert not any(k[0] == "implement" for k in found)


def test_reconsidering_participation_threatens_the_talks():
    assert ("threaten", ("ALB",), "talks_format") in keys(
        "Albania warned that it would reconsider its participation in the process if the displaced were not "
        "allowed to return.")


def test_foreign_observers_are_about_the_truce():
    assert ("reject", ("ISL",), "ceasefire") in keys("Iceland also does not support a role for foreign observers "
                                                    "on its soil, an aide said.")


@pytest.mark.parametrize(("sentence", "key"), [
    ("Albania's envoy called for an early disengagement at the remaining friction points.",
     ("request", ("ALB",), "territory")),
    ("Iceland discussed freedom of movement for residents across the line with Albania.",
     ("discuss", ("ALB", "ISL"), "humanitarian")),
])
def test_paraphrases_of_withdrawal_and_movement(sentence: str, key) -> None:
    assert key in keys(sentence)


def test_a_frank_and_in_depth_exchange_of_views_is_no_prisoner_exchange():
    assert "prisoner_exchange" not in {k[2] for k in keys(
        "Albania and Iceland had a frank and in-depth exchange of views on the remaining issues, they agreed.")}


# ---------------------------------------------------------------- later classes: deeds agreed, standing
# disagreements, focused talks, favour and the only basis


def test_an_agreement_to_a_deed_no_issue_word_names_is_an_agreement_of_other():
    assert ("agree", ("ALB", "ISL"), "other") in keys(
        "Albania and Iceland agreed on Wednesday to conclude technical negotiations on port access by June.")


def test_a_joint_commission_agreed_is_about_the_talks_unless_its_work_names_an_issue():
    assert ("agree", ("ALB", "ISL"), "talks_format") in keys(
        "Albania and Iceland agreed to set up a joint commission of their foreign ministers.")
    # near miss: the commission's work names the border: that is what was agreed.
    assert ("agree", ("ALB", "ISL"), "territory") in keys(
        "Albania and Iceland agreed to set up a joint commission to mark out their shared border.")


def test_parties_far_apart_on_an_issue_disagree():
    assert ("disagree", ("ALB", "ISL"), "territory") in keys(
        "Albania and Iceland remained far apart on the withdrawal of troops from the border.")


def test_things_far_apart_are_no_disagreement():
    # near miss: villages lie apart; nobody disagrees.
    assert "disagree" not in acts("The two villages lie far apart on the river, Albania said.")


def test_differences_that_persist_over_an_issue_are_a_disagreement():
    text = ("Albanian and Icelandic delegations met in Lisbon on Monday. Differences persisted over the return "
            "of refugees from camps in Iceland, officials said.")
    assert ("disagree", ("ALB", "ISL"), "humanitarian") in keys(text)


def test_a_session_that_focused_on_an_issue_discussed_it():
    assert ("discuss", ("ALB", "ISL"), "territory") in keys(
        "The talks between Albania and Iceland focused on the withdrawal of troops from the border.")


def test_an_army_that_focused_on_the_border_discussed_nothing():
    # near miss: only talks discuss what they focus on.
    assert "discuss" not in acts("Albania said its army focused on the border with Iceland.")


def test_an_idea_a_party_is_not_in_favour_of_is_rejected():
    found = keys("Sources said Iceland put forward a proposal to extend the buffer zones, an idea Albania is not "
                 "in favour of.")
    assert ("propose", ("ISL",), "territory") in found
    assert ("reject", ("ALB",), "territory") in found


def test_an_idea_a_party_is_in_favour_of_is_not_rejected():
    # near miss: not negated.
    found = keys("Sources said Iceland put forward a proposal to extend the buffer zones, an idea Albania is "
                 "in favour of.")
    assert ("reject", ("ALB",), "territory") not in found


def test_the_only_basis_for_a_settlement_is_a_demand():
    assert ("demand", ("ALB",), "peace_agreement") in keys(
        "Albania maintains that its autonomy plan is the only basis for any settlement.")


def test_one_basis_among_others_is_no_demand():
    # near miss: without "only" it is one idea among others.
    assert "demand" not in acts("Albania maintains that its autonomy plan is a good basis for any settlement.")
