"""Round 7: people who act for an organization (said after the name or by its possessive), a
movement's name inside a longer name, regional bodies the table lacked.

Invented sentences and invented people; Zambia, Kenya and Niger stand in for states, the "Lakes
Union (LU)" is an invented bloc. Each rule has a near miss that must not fire.
"""

from __future__ import annotations

from parley.lexicon import parties as party_lex
from parley.reader.recognize.people import find_people


def _affiliations(text: str) -> dict[str, str | None]:
    return {a.name: a.affiliation for a in find_people(text).actors}


# --- acting for an organization, said after the name ---------------------------------------

def test_on_behalf_of_a_bloc_beats_the_state_of_the_title() -> None:
    text = "The session was opened by Zambia's trade minister, Mutale Chanda, on behalf of the SADC panel."
    assert _affiliations(text)["Mutale Chanda"] == "SADC"


def test_on_behalf_of_a_bloc_beats_a_demonym_of_a_former_post() -> None:
    text = "The forum was steered by former Kenyan premier Amos Wekesa on behalf of the East African Community."
    assert _affiliations(text)["Amos Wekesa"] == "EAC"


def test_near_miss_on_behalf_of_a_government_keeps_the_state() -> None:
    text = "The forum was opened by Kenyan minister Amos Wekesa on behalf of the government."
    assert _affiliations(text)["Amos Wekesa"] == "KEN"


def test_in_his_capacity_as_chair_of_a_short_name_the_report_gives() -> None:
    text = ("The Lakes Union (LU) and Zambia met. Colonel Ado Kaboré, Minister of Defence of Niger, "
            "in his capacity as chair of the LU Council of Ministers, read the text.")
    assert _affiliations(text)["Ado Kaboré"] == "LU"


def test_near_miss_the_phrase_belongs_to_the_second_name_of_a_list() -> None:
    text = ("The talks were opened by Zambian minister Mutale Chanda, with the premier of Niger, "
            "Ado Kaboré, present as chair of the Caribbean Community.")
    found = _affiliations(text)
    assert found["Ado Kaboré"] == "CARICOM"
    assert found["Mutale Chanda"] == "ZMB"


def test_near_miss_in_her_capacity_as_a_state_minister_is_no_bloc() -> None:
    text = "Ruth Mbeki, in her capacity as chair of the Zambian cabinet, spoke on Monday."
    assert _affiliations(text)["Ruth Mbeki"] != "CARICOM"
    assert _affiliations(text)["Ruth Mbeki"] in {None, "ZMB"}


# --- an organization's possessive role before the name -------------------------------------

def test_a_blocs_possessive_title_beats_a_demonym_of_a_former_post() -> None:
    text = "The round was chaired by SADC's chief mediator, former Zambian president Mutale Chanda."
    assert _affiliations(text)["Mutale Chanda"] == "SADC"


def test_near_miss_a_states_possessive_title_stays_the_state() -> None:
    text = "The round was chaired by Zambia's chief mediator, Mutale Chanda."
    assert _affiliations(text)["Mutale Chanda"] == "ZMB"


# --- a movement's name inside a longer name -------------------------------------------------

def test_a_movement_name_inside_a_longer_name_gives_no_government() -> None:
    # the table's "National Liberation Army" is a Colombian movement; a longer invented name
    # ending in it is another movement
    text = "Officials and the Upland Delta National Liberation Army (UDNLA) met on Monday."
    assert party_lex.government_state(text) != "COL"


def test_near_miss_the_whole_movement_name_still_gives_its_state() -> None:
    assert party_lex.government_state("Talks with the National Liberation Army resumed.") == "COL"
    assert party_lex.government_state("The National Liberation Army met the envoys.") == "COL"


# --- regional bodies -------------------------------------------------------------------------

def test_regional_bodies_by_short_and_full_name() -> None:
    assert party_lex.code_of("EAC") == "EAC"
    assert party_lex.code_of("Caribbean Community") == "CARICOM"
    assert party_lex.code_of("Alliance of Sahel States") == party_lex.code_of("AES") == "AES"
    assert party_lex.code_of("Sahel") is None


# --- a portfolio before a minister's title; a delegation led in the future --------------------

def test_a_two_word_portfolio_before_minister_is_no_person() -> None:
    text = "Peace will come, Zambia's Fisheries Development Minister Mutale Chanda said on Monday."
    assert _affiliations(text) == {"Mutale Chanda": "ZMB"}


def test_near_miss_a_person_before_a_lower_case_word_stays_a_person() -> None:
    text = "Peace will come, said Mutale Chanda, a minister of Zambia."
    assert "Mutale Chanda" in _affiliations(text)


def test_a_delegation_that_will_be_led_by_a_person_is_its_states() -> None:
    assert _affiliations("Zambia's delegation will be led by Mutale Chanda.") == {"Mutale Chanda": "ZMB"}
    assert _affiliations("Kenya's team has been headed by Amos Wekesa.") == {"Amos Wekesa": "KEN"}


def test_near_miss_a_delegation_that_will_meet_a_person_is_not_led_by_him() -> None:
    text = "Zambia’s delegation will meet Kenyan envoy Mutale Chanda on Monday."
    assert _affiliations(text) == {"Mutale Chanda": "KEN"}


# --- the government of a report whose opposition is a side -----------------------------------

def test_a_states_opposition_facing_the_government_names_its_state() -> None:
    text = ("Zambia's main opposition party, the Hill Renewal Party (HRP), left the talks. "
            "The government side was headed by the justice minister, Mutale Chanda.")
    assert party_lex.government_state(text) == "ZMB"
    assert _affiliations(text)["Mutale Chanda"] == "ZMB"


def test_near_miss_an_opposition_leader_with_no_movement_side_names_no_government() -> None:
    text = "Zambia's opposition leader spoke; the Organization of American States (OAS) said it would help."
    assert party_lex.government_state(text) is None


def test_near_miss_two_states_opposition_names_no_government() -> None:
    text = ("Zambia's opposition and Kenya's opposition met the Hill Renewal Party (HRP) on Monday.")
    assert party_lex.government_state(text) is None


# --- role words of a body's head and of clergy ----------------------------------------------

def test_a_convenor_in_a_gapped_clause_is_his_sides() -> None:
    text = ("Zambia and the Hill Renewal Party (HRP) met. The government was represented by Prime "
            "Minister Ruth Mbeki, and the HRP by its convenor, Amos Wekesa.")
    assert _affiliations(text) == {"Ruth Mbeki": "ZMB", "Amos Wekesa": "HRP"}


def test_clergy_and_trade_words_are_roles() -> None:
    found = {a.name: a.roles for a in find_people("Monsignor Amos Wekesa, for the bishops, asked for calm.").actors}
    assert found == {"Amos Wekesa": ("Monsignor",)}
    found = {a.name: a.roles for a in find_people("Prices rose, said Amos Wekesa, a trader in Kitwe.").actors}
    assert "trader" in " ".join(found["Amos Wekesa"])


def test_near_miss_a_role_word_that_does_not_stand_by_the_name_gives_no_role() -> None:
    found = {a.name: a.roles for a in find_people("Prices rose at the trader market, Amos Wekesa said.").actors}
    assert found == {"Amos Wekesa": ()}


# --- a movement's short name from another language -------------------------------------------

def test_a_movement_short_name_from_another_language_is_introduced() -> None:
    found = party_lex.introduced_parties("Officials and the Upland Delta National Liberation Army (TPNUD) met.")
    assert found == {"TPNUD": "TPNUD", "Upland Delta National Liberation Army": "TPNUD"}


def test_near_miss_an_agency_credit_after_a_movement_name_is_no_short_name() -> None:
    assert party_lex.introduced_parties("Fighting in the Upland Delta National Liberation Army (AFP) zone.") == {}
    assert party_lex.introduced_parties("the Lakes Region Workers Party (XQZ) said") == {}


# --- a host's government is not the report's government --------------------------------------

def test_a_government_that_hosted_the_round_is_no_side() -> None:
    assert party_lex.government_state("The Zambian government, which hosted the round, said little.") is None


def test_near_miss_a_government_that_did_something_else_is_the_side() -> None:
    assert party_lex.government_state("The Zambian government, which rejected the plan, said little.") == "ZMB"
