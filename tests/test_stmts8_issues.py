"""Round eight on statements (issue 8): issue words read in their sense, disagreements the talks
leave open, and the parse gate's list items. Every sentence is written for the test; the parties
are states the lexicon knows and no shared report names, the people invented. Each rule has a near
miss that must not fire."""

from __future__ import annotations

import pytest

from test_statements_syntax import keys

MET = "Uruguay and Mongolia met in Montevideo on Monday. "

# ---------------------------------------------------------------- issue words in their sense


def test_armed_operations_suspended_are_a_ceasefire() -> None:
    found = keys(MET + "Uruguay appealed to the security forces to suspend operations in the hills.")
    assert ("request", ("URY",), "ceasefire") in found


def test_a_firms_operations_are_no_ceasefire() -> None:
    found = keys(MET + "Uruguay appealed to the mining firms to suspend mining operations in the hills.")
    assert ("request", ("URY",), "ceasefire") not in found


def test_attacks_resumed_on_army_convoys_are_a_ceasefire_not_aid() -> None:
    found = keys(MET + "Mongolia warned that it would resume attacks on army convoys if the air raids continued.")
    assert ("threaten", ("MNG",), "ceasefire") in found
    assert ("threaten", ("MNG",), "humanitarian") not in found


def test_aid_convoys_stay_humanitarian() -> None:
    assert ("offer", ("URY",), "humanitarian") in keys(MET + "Uruguay offered to deliver aid convoys to the valley.")


def test_border_posts_pulled_back_are_territory() -> None:
    found = keys(MET + "The two sides agreed to pull back their border posts by 300 metres.")
    assert ("agree", ("MNG", "URY"), "territory") in found


def test_land_released_is_territory_not_prisoners() -> None:
    found = keys(MET + "Uruguay said it was ready to release 2,000 hectares of farmland to the villagers.")
    assert ("offer", ("URY",), "territory") in found
    assert ("offer", ("URY",), "prisoner_exchange") not in found


def test_people_released_stay_prisoners() -> None:
    assert ("offer", ("URY",), "prisoner_exchange") in keys(MET + "Uruguay said it was ready to release 40 detainees.")


def test_an_amnesty_office_gives_way_to_the_weapons_handed_over() -> None:
    found = keys(MET + "Mongolia rejected the demand that its fighters hand over their weapons to the amnesty office.")
    assert ("reject", ("MNG",), "security_guarantees") in found
    assert ("reject", ("MNG",), "prisoner_exchange") not in found


def test_an_amnesty_alone_still_names_prisoners() -> None:
    assert ("offer", ("MNG",), "prisoner_exchange") in keys(MET + "Mongolia offered an amnesty to the fighters.")


def test_a_meeting_a_third_party_facilitated_is_no_leaders_meeting() -> None:
    found = keys("Uruguay and Mongolia agreed to convene a citizens' forum of 200 delegates, at the end of a "
                 "Finland-facilitated meeting in Helsinki on Monday.")
    assert ("agree", ("MNG", "URY"), "leaders_meeting") not in found


def test_a_meeting_named_by_its_two_leaders_still_is_one() -> None:
    found = keys("Uruguay and Mongolia agreed to hold a Tsedev-Ferreira meeting in Helsinki in May.")
    assert ("agree", ("MNG", "URY"), "leaders_meeting") in found


def test_at_the_border_says_only_where() -> None:
    found = keys(MET + "The two sides agreed to install water gauges at the border by March.")
    assert ("agree", ("MNG", "URY"), "territory") not in found
    assert ("agree", ("MNG", "URY"), "other") in found


def test_a_border_redrawn_stays_territory() -> None:
    assert ("agree", ("MNG", "URY"), "territory") in keys(MET + "The two sides agreed to redraw the border by March.")


def test_a_territory_used_against_a_neighbour_is_no_territorial_issue() -> None:
    found = keys(MET + '"Mongolia does not allow anyone to use its territory against a neighbour," the minister said.')
    assert ("reject", ("MNG",), "territory") not in found


def test_a_withdrawal_from_a_territory_stays_territory() -> None:
    assert ("reject", ("MNG",), "territory") in keys(MET + "Mongolia rejected any withdrawal from its territory.")


# ---------------------------------------------------------------- a disagreement the talks leave open


@pytest.mark.parametrize("sentence", [
    MET + "The talks exposed a dispute over the reopening of the airport, which Uruguay wants.",
    MET + "Both delegations said the dispute over the river pilots was left for later.",
    MET + "The two sides said the disagreement over the fishing licences remains unresolved.",
])
def test_a_dispute_left_open_is_the_two_sides_disagreement(sentence: str) -> None:
    assert ("disagree", ("MNG", "URY"), "other") in keys(sentence)


@pytest.mark.parametrize("sentence", [
    MET + "The two sides said a dispute over the fishing licences erupted in the provincial council.",
    MET + "The two sides said they had settled the dispute over the fishing licences.",
    MET + "The talks did not expose any dispute over the fishing licences.",
])
def test_a_dispute_told_in_passing_or_settled_is_no_disagreement(sentence: str) -> None:
    assert "disagree" not in {k[0] for k in keys(sentence)}


# ---------------------------------------------------------------- the parse gate


def test_a_bare_list_item_of_a_declaration_is_read() -> None:
    text = ("Uruguay and Mongolia met in Montevideo on Monday and issued a joint statement.\n\n"
            "The statement lists three points.\n\n"
            "2. Agreed to exchange all detainees held since the clashes, 40 from each side.")
    assert ("agree", ("MNG", "URY"), "prisoner_exchange") in keys(text)


def test_the_two_governments_are_read() -> None:
    found = keys(MET + "But the two governments clashed over a backlog of visa cases.")
    assert ("disagree", ("MNG", "URY"), "other") in found


def test_a_sentence_with_nobody_in_it_is_not_read() -> None:
    # near miss of the gate: an act word and no one who could act ("the weather agreed with us")
    found = keys(MET + "The weather agreed with the picnic.")
    assert "agree" not in {k[0] for k in found}


# ---------------------------------------------------------------- more issue paraphrases


def test_guns_kept_silent_are_a_ceasefire() -> None:
    assert ("request", ("FIN",), "ceasefire") in keys(MET + 'Finland urged both countries to "keep the guns silent".')


def test_guns_bought_are_no_ceasefire() -> None:
    found = keys(MET + "Finland urged both countries to stop buying guns from abroad.")
    assert ("request", ("FIN",), "ceasefire") not in found


def test_the_return_of_exiles_is_humanitarian() -> None:
    found = keys(MET + "The two sides still disagree on the return of exiled former ministers.")
    assert ("disagree", ("MNG", "URY"), "humanitarian") in found


def test_intelligence_shared_is_a_security_matter_not_a_peace_framework() -> None:
    found = keys(MET + "The parties agreed to establish a framework for sharing intelligence on armed groups "
                       "in the hill districts.")
    assert ("agree", ("MNG", "URY"), "security_guarantees") in found
    assert ("agree", ("MNG", "URY"), "peace_agreement") not in found


def test_a_framework_for_ending_the_war_stays_a_peace_agreement() -> None:
    assert ("agree", ("MNG", "URY"), "peace_agreement") in keys(MET + "The parties agreed to a framework for ending the war.")
