"""Round 6: sides led in gapped clauses, short names the report gives, titles of an organization.

Invented sentences and invented movements ("Coastal Liberation Front", "Lakes Forum"); Malawi
and Zambia stand in for states. Each rule has a near miss that must not fire.
"""

from __future__ import annotations

import pytest

from parley.lexicon import parties as party_lex
from parley.reader.recognize.people import find_people

_OPENING = "Malawi and the Coastal Liberation Front (FLC) met on Monday. "


def _affiliations(text: str) -> dict[str, str | None]:
    return {a.name: a.affiliation for a in find_people(text).actors}


# --- short names the report introduces ----------------------------------------------------

def test_a_short_name_in_another_word_order_is_introduced() -> None:
    found = party_lex.introduced_parties("Talks with the Coastal Liberation Front (FLC) resumed.")
    assert found == {"FLC": "FLC", "Coastal Liberation Front": "FLC"}


def test_a_short_name_of_four_letters_may_miss_two_initials() -> None:
    found = party_lex.introduced_parties("the Front for Reform and Renewal in Malawi (FARE) said")
    assert found.get("FARE") == "FARE"


def test_a_bracket_whose_initials_do_not_fit_is_no_party() -> None:
    assert party_lex.introduced_parties("Talks resumed in the capital on Monday (AFP).") == {}
    assert "ZQX" not in party_lex.introduced_parties("Peter Brown (ZQX) said.")


def test_the_reports_short_name_is_the_code_over_the_tables() -> None:
    # the table files this movement under its army's short name; the report's own wins
    row = next(n for n, c in party_lex.MOVEMENT_NAMES.items() if c == "KIA" and "Organi" in n)
    assert party_lex.introduced_parties(f"the {row} (KIO) said")["KIO"] == "KIO"
    assert party_lex.code_of(row) == "KIA"  # the table itself is unchanged


def test_acting_parties_keep_fronts_and_drop_lines_and_institutes() -> None:
    found = party_lex.acting_parties("The Coastal Liberation Front (FLC) and the Line of Actual "
                                     "Control (LAC) and the Lakes Research Institute (LRI) were named.")
    assert found == {"FLC": "FLC", "Coastal Liberation Front": "FLC"}


# --- the state "the government" stands for -----------------------------------------------

def test_a_state_of_two_words_owning_a_government_is_not_its_last_word() -> None:
    assert party_lex.government_state("The rebels wrote to Equatorial Guinea's interim government.") == "GNQ"


def test_a_state_paired_with_a_new_movement_is_the_government() -> None:
    assert party_lex.government_state(_OPENING) == "MWI"
    # near miss: two states, neither paired with the movement
    assert party_lex.government_state("Malawi hosted Zambia. The Coastal Liberation Front (FLC) "
                                      "was not there.") is None


# --- sides led in a gapped second clause --------------------------------------------------

@pytest.mark.parametrize(("text", "want"), [
    (_OPENING + "At the table the government delegation was headed by the Lakes Commissioner, Ivo Marek, "
     "and the FLC delegation by its founder, Tomas Brel.", {"Ivo Marek": "MWI", "Tomas Brel": "FLC"}),
    (_OPENING + "Once more the national side was headed by Vice-President Ivo Marek and the FLC side by "
     "Commander Tomas Brel.", {"Ivo Marek": "MWI", "Tomas Brel": "FLC"}),
    (_OPENING + "This time the Malawian team was led by a judge, Ivo Marek, and the FLC team by "
     "its deputy leader, Tomas Ag Brel.", {"Ivo Marek": "MWI", "Tomas Ag Brel": "FLC"}),
    (_OPENING + "Leading the federal delegation was an adviser; the federal delegation was headed by Dr. "
     "Ivo Marek, whereas the FLC was represented by a small team led by its treasurer, Tomas Brel.",
     {"Ivo Marek": "MWI", "Tomas Brel": "FLC"}),
    (_OPENING + "Late on Tuesday the FLC, whose team is headed by Tomas Brel, walked out.",
     {"Tomas Brel": "FLC"}),
    ("Malawi and the Civic Alliance for Renewal (ACR) met. For the first time the Alliance's delegation "
     "is led by Ana Kovac.", {"Ana Kovac": "ACR"}),
])
def test_each_side_of_a_gapped_led_clause_acts_for_its_side(text: str, want: dict[str, str]) -> None:
    got = _affiliations(text)
    for name, code in want.items():
        assert got.get(name) == code, (name, got)


def test_near_miss_a_gap_whose_side_noun_fits_two_movements_gives_no_party() -> None:
    # two movements, named as often: "the rebel team" is neither's
    got = _affiliations("Malawi and the Coastal Liberation Front (FLC) and the Hill People's Army (HPA) met. "
                        "The government delegation was led by Ivo Marek, and the rebel team by Tomas Brel.")
    assert got["Ivo Marek"] == "MWI"
    assert got["Tomas Brel"] is None


# --- titles of an organization ------------------------------------------------------------

@pytest.mark.parametrize(("text", "name", "code"), [
    ("The Lakes Forum (LF) will broker a deal. Malawi welcomed LF secretary Dr. Ana Kovac to the capital.",
     "Ana Kovac", "LF"),
    ("Zambia is wary. A letter from UN Resident Coordinator for Zambia Ana Kovac was read out.",
     "Ana Kovac", "UN"),
    ("Zambia is wary. Malawi wrote to the AU high representative for Zambia, former Kenyan "
     "judge Ana Kovac.", "Ana Kovac", "AU"),
])
def test_a_title_led_by_an_organization_acts_for_it(text: str, name: str, code: str) -> None:
    assert _affiliations(text)[name] == code


def test_near_miss_an_organization_word_that_is_no_title_keeps_the_demonym() -> None:
    got = _affiliations("Malawi and Zambia met. Zambian Foreign Minister Ana Kovac said the UN report was "
                        "wrong. The EU Special Representative for the Lakes Dialogue arrived later.")
    assert got["Ana Kovac"] == "ZMB"
    assert got.get("Lakes Dialogue") != "EU"  # "for the ..." is a portfolio, not the name after a title


# --- statements see the sides a report introduces ------------------------------------------

def test_find_parties_sees_a_short_name_the_report_introduced() -> None:
    from parley.reader.recognize.parties import find_parties

    text = _OPENING + "The FLC rejected the plan, and the Coastal Liberation Front's envoy left."
    found = [(text[p.span.start:p.span.end], p.code) for p in find_parties(text)]
    assert ("FLC", "FLC") in found and ("Coastal Liberation Front", "FLC") in found
    assert ("Malawi", "MWI") in found
    assert all(text[p.span.start:p.span.end] == p.text for p in find_parties(text))


def test_near_miss_find_parties_ignores_a_line_on_a_map_and_an_unintroduced_acronym() -> None:
    from parley.reader.recognize.parties import find_parties

    text = "Troops left the Line of Actual Control (LAC). The LAC is quiet; the QRT said nothing."
    assert [p.code for p in find_parties(text)] == []


# --- a side's common noun owning a role; a state's body in a title; "its" after a short name

@pytest.mark.parametrize(("text", "code"), [
    (_OPENING + "Speaking for the rebels, the rebels' negotiator, Tomas Brel, asked for a week.", "FLC"),
    ("Malawi courted the Hill Renewal Party (HRP). Last night the party's negotiator Tomas Brel left.", "HRP"),
])
def test_a_role_owned_by_a_side_noun_acts_for_the_reports_movement(text: str, code: str) -> None:
    assert _affiliations(text)["Tomas Brel"] == code


def test_near_miss_a_side_noun_with_two_movements_gives_no_movement() -> None:
    got = _affiliations("Malawi and the Coastal Liberation Front (FLC) and the Hill People's Army (HPA) "
                        "met. Later the rebels' negotiator, Tomas Brel, left.")
    assert got["Tomas Brel"] not in ("FLC", "HPA")


def test_a_state_body_opening_a_title_gives_its_state() -> None:
    got = _affiliations('Malawi and Zambia signed a deal. "We will not pay," State Department '
                        "spokesperson Ana Kovac said.")
    assert got["Ana Kovac"] == "USA"


def test_near_miss_a_body_inside_a_longer_council_name_is_not_that_body() -> None:
    # "Security Council" inside a state's own council is not the UN's
    got = _affiliations("Secretary of Malawi's Supreme National Security Council Ana Kovac met envoys.")
    assert got["Ana Kovac"] != "UN"


def test_its_after_a_short_name_the_report_introduced_is_that_sides() -> None:
    got = _affiliations(_OPENING + "Ivo Marek praised Zambia Lake Works, and the FLC sent its negotiator, "
                        "Tomas Brel.")
    assert got["Tomas Brel"] == "FLC"


def test_a_sides_longer_name_beats_a_state_inside_it() -> None:
    from parley.reader.recognize.parties import find_parties

    text = "Malawi and the Niger Coast Front (NCF) met. The Niger Coast Front said no."
    found = [(text[p.span.start:p.span.end], p.code) for p in find_parties(text)]
    assert ("Niger", "NER") not in found
    assert found.count(("Niger Coast Front", "NCF")) == 2
    # near miss: the state alone is still the state
    assert [p.code for p in find_parties("Niger said no.")] == ["NER"]


def test_dame_between_a_title_and_a_name_keeps_the_title() -> None:
    got = {a.name: (a.affiliation, a.roles) for a in find_people(
        "A note came from Kenyan Foreign Minister Dame Ana Kovac.").actors}
    assert got["Ana Kovac"][0] == "KEN"
    assert "Foreign Minister" in got["Ana Kovac"][1]
    # near miss: a name that only looks like a title stays a name
    assert "Damon Kovac" in {a.name for a in find_people("Damon Kovac said no.").actors}


@pytest.mark.parametrize(("text", "code"), [
    ("A welcome came from South Sudan foreign minister Ana Kovac.", "SSD"),
    ("Her cousin is the Sri Lanka interior minister Ana Kovac.", "LKA"),
])
def test_a_state_of_two_words_before_a_lower_case_title(text: str, code: str) -> None:
    assert _affiliations(text)["Ana Kovac"] == code


def test_near_miss_two_capitals_that_name_no_state_give_no_party() -> None:
    assert _affiliations("They met at the New Lake foreign ministry; minister Ana Kovac spoke.")["Ana Kovac"] is None


def test_a_role_after_the_name_that_names_a_short_name_acts_for_it() -> None:
    got = _affiliations(_OPENING + "Ivo Marek, the FLC's chief negotiator, said no.")
    assert got["Ivo Marek"] == "FLC"
    # near miss: an envoy *to* the side is not the side's
    got = _affiliations(_OPENING + "Ivo Marek, the Kenyan envoy to the FLC, said no.")
    assert got["Ivo Marek"] != "FLC"
