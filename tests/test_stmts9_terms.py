"""stmts9: the terms of a deal the report tells as made ("Under the deal, ...", "The accord
provides for ...", "The document commits both states to ..."). Every sentence is written for the
test; the parties are states the lexicon knows, the people invented. Each rule has a near miss
that must not fire."""

from __future__ import annotations

from test_statements_syntax import keys

SIGNED = "Uruguay and Mongolia signed a peace agreement in Montevideo on Monday. "
BOTH = ("MNG", "URY")


def test_a_term_under_the_deal_is_the_agreement_of_its_parties() -> None:
    found = keys(SIGNED + "Under the deal, heavy weapons are to be pulled back from the front line.")
    assert ("agree", BOTH, "territory") in found


def test_a_deal_that_provides_for_a_release_is_agreed_on_prisoners() -> None:
    found = keys(SIGNED + "The agreement also provides for the release of all prisoners within ten days.")
    assert ("agree", BOTH, "prisoner_exchange") in found


def test_a_document_that_commits_both_to_a_deed() -> None:
    found = keys(SIGNED + "The document commits Uruguay and Mongolia to recover the remains of soldiers missing "
                          "in the war.")
    assert ("agree", BOTH, "remains_repatriation") in found


def test_each_clause_of_a_term_gives_its_issue() -> None:
    found = keys(SIGNED + "Under its terms, Mongolia will disarm by the end of the year, while Uruguay will pull "
                          "out all troops from the valley.")
    assert ("agree", BOTH, "security_guarantees") in found
    assert ("agree", BOTH, "territory") in found


def test_a_term_told_on_in_the_next_sentence_is_that_partys_offer() -> None:
    found = keys(SIGNED + "Under the accord, troops will be pulled back from the valley. Mongolia will release "
                          "300 prisoners.")
    assert ("offer", ("MNG",), "prisoner_exchange") in found


def test_a_term_with_no_issue_word_is_other() -> None:
    found = keys(SIGNED + "Under the settlement, a joint assembly will be elected.")
    assert ("agree", BOTH, "other") in found


def test_near_miss_a_proposed_deal_is_no_term_agreed() -> None:
    found = keys(SIGNED + "Under the proposed deal, Uruguay would pull out all troops from the valley.")
    assert ("agree", BOTH, "territory") not in found


def test_near_miss_a_term_in_question_is_none() -> None:
    found = keys(SIGNED + "It is unclear whether, under the deal, troops will be pulled back.")
    assert ("agree", BOTH, "territory") not in found


def test_near_miss_a_plan_that_calls_for_a_truce_is_a_proposal_not_a_term() -> None:
    found = keys(SIGNED + "The plan calls for a ceasefire to begin at midnight.")
    assert ("agree", BOTH, "ceasefire") not in found


def test_near_miss_no_deal_told_as_made_has_no_terms() -> None:
    found = keys("Uruguay and Mongolia met in Montevideo on Monday. Mongolia will release 300 prisoners.")
    assert ("agree", BOTH, "prisoner_exchange") not in found


def test_near_miss_a_state_a_party_stays_in_is_no_deed_of_its_own() -> None:
    found = keys(SIGNED + "Under the deal, troops will be pulled back. Mongolia will remain a single state.")
    assert not any(k[0] == "offer" and k[1] == ("MNG",) for k in found)


def test_a_cut_in_forces_is_territory() -> None:
    found = keys(SIGNED + "Under the deal, Uruguay will cut its forces from 9,000 to 4,000.")
    assert ("agree", BOTH, "territory") in found


# --- accusations each side makes; a step that names a time ----------------------------------

TRUCE = "Uruguay and Mongolia agreed a truce in Montevideo on Monday. "


def test_sides_that_accuse_each_other_each_accuse() -> None:
    found = keys(TRUCE + "Both sides accused each other of breaking the truce.")
    assert ("accuse", ("MNG",), "ceasefire") in found
    assert ("accuse", ("URY",), "ceasefire") in found
    assert ("accuse", BOTH, "ceasefire") in found


def test_near_miss_sides_that_accuse_a_third_make_one_charge() -> None:
    found = keys(TRUCE + "Both sides accused the monitors of breaking the truce.")
    assert ("accuse", ("MNG",), "ceasefire") not in found


def test_a_time_after_a_step_is_no_step_carried_out() -> None:
    found = keys(TRUCE + "Hours after the truce took effect, shelling resumed near the river.")
    assert ("implement", BOTH, "ceasefire") not in found


def test_near_miss_a_step_told_as_such_is_carried_out() -> None:
    assert ("implement", BOTH, "ceasefire") in keys(TRUCE + "The truce took effect at midnight.")


def test_a_deal_that_includes_a_term() -> None:
    found = keys(SIGNED + "The accord includes the withdrawal of troops from the border villages.")
    assert ("agree", BOTH, "territory") in found


def test_near_miss_a_plan_that_includes_a_term_is_no_deal() -> None:
    found = keys(SIGNED + "The plan includes the withdrawal of troops from the border villages.")
    assert ("agree", BOTH, "territory") not in found
