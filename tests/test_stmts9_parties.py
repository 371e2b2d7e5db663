"""stmts9: parties of statements on reports from other outlets and years.

Invented people; Zambia, Kenya, Mali and Niger stand in for states. Each rule has a near miss
that must not fire.
"""

from __future__ import annotations

import csv

from parley.lexicon import parties as party_lex
from parley.reader.recognize.people import find_people


def _affiliations(text: str) -> dict[str, str | None]:
    return {a.name: a.affiliation for a in find_people(text).actors}


# --- a list of names, each with its apposition ----------------------------------------------

def test_an_apposition_belongs_to_the_name_before_not_the_next() -> None:
    text = ("The talks brought together Ivan Dolokhov, the Zambian president, Karel Vasek, the Kenyan "
            "president, and the Malian prime minister, Otto Brandt.")
    found = _affiliations(text)
    assert found["Ivan Dolokhov"] == "ZMB"
    assert found["Karel Vasek"] == "KEN"
    assert found["Otto Brandt"] == "MLI"


def test_an_apposition_of_the_name_before_is_no_role_of_the_next() -> None:
    text = "The talks brought together Ivan Dolokhov, the Zambian president, Karel Vasek, the Kenyan president."
    roles = {a.name: a.roles for a in find_people(text).actors}
    assert not any("Zambian" in r for r in roles["Karel Vasek"])


def test_near_miss_a_title_before_a_comma_still_introduces_the_name() -> None:
    text = "Ivan Dolokhov met the Kenyan president, Karel Vasek, on Monday."
    assert _affiliations(text)["Karel Vasek"] == "KEN"


def test_near_miss_a_title_after_and_introduces_the_next_name() -> None:
    text = "Ivan Dolokhov, the Zambian president, and the Kenyan president, Karel Vasek, met in Nairobi."
    found = _affiliations(text)
    assert found["Ivan Dolokhov"] == "ZMB"
    assert found["Karel Vasek"] == "KEN"


# --- the movements table -------------------------------------------------------------------

def _rows() -> list[dict[str, str]]:
    with party_lex.MOVEMENTS_PATH.open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_every_name_of_a_row_stands_for_its_code_unless_a_state_or_body_has_it() -> None:
    for row in _rows():
        for name in (row["name"], *row["aliases"].split("|")):
            name = name.strip()
            if not name or name in party_lex.STATE_NAMES or name in party_lex.DEMONYMS:
                continue
            assert party_lex.code_of(name) in {row["code"], party_lex.ORGS.get(name)}, name


def test_the_table_covers_parties_and_unrecognized_states_as_well_as_armed_movements() -> None:
    kinds = {row["kind"] for row in _rows()}
    assert {"armed movement", "political front", "political party", "unrecognized state"} <= kinds
    assert len({row["country"] for row in _rows() if row["country"]}) >= 30


def test_a_leader_of_a_party_of_the_table_acts_for_it() -> None:
    row = next(r for r in _rows() if r["kind"] == "political party" and " " in r["name"])
    text = f"Amos Wekesa, the leader of the {row['name']}, said his party would study the text."
    assert _affiliations(text)["Amos Wekesa"] == row["code"]


def test_near_miss_a_party_named_in_another_clause_is_not_his() -> None:
    row = next(r for r in _rows() if r["kind"] == "political party" and " " in r["name"])
    text = f"Kenyan president Amos Wekesa said the {row['name']} had walked out of the talks."
    assert _affiliations(text)["Amos Wekesa"] == "KEN"


# --- a two-word state before a possessive title ----------------------------------------------

def test_a_two_word_states_possessive_title_is_that_state() -> None:
    assert _affiliations("South Sudan's chief negotiator, Ivo Marek, said Juba would pay.")["Ivo Marek"] == "SSD"


def test_near_miss_a_one_word_states_possessive_title_keeps_it() -> None:
    assert _affiliations("Then Sudan's chief negotiator, Ivo Marek, said Khartoum would pay.")["Ivo Marek"] == "SDN"


# --- a former head of state on a body's panel -----------------------------------------------

def test_a_former_deputy_president_of_a_two_word_state_on_the_panel_acts_for_the_body() -> None:
    text = ("The talks were chaired by the SADC envoy, former Kenyan president Amos Wekesa, with former "
            "South African deputy president Ana Ruiz on the panel.")
    assert _affiliations(text)["Ana Ruiz"] == "SADC"


def test_near_miss_a_mediation_word_that_titles_another_name_is_not_his() -> None:
    text = ("The pact was signed by the contact group: the former Kenyan president Amos Wekesa and the SADC "
            "envoy Ruth Banda.")
    found = _affiliations(text)
    assert found["Amos Wekesa"] == "KEN"
    assert found["Ruth Banda"] == "SADC"
