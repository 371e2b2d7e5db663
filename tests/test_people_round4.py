"""Affiliation by representation, gapped delegations and an organization's envoy (invented people;
real states that no shared report names)."""

from __future__ import annotations

import pytest

import parley
from parley.model import RawDocument

HEAD = "Talks in Lisbon\n\nLISBON, May 3, 2030 - Negotiators from Chile and Bolivia met in Lisbon on Friday.\n\n"


def people(sentence: str) -> dict[str, tuple[str | None, list[str]]]:
    record = parley.read(RawDocument(content=HEAD + sentence + "\n", kind="text", source="test"))
    return {a.name: (a.affiliation, list(a.roles)) for a in record.actors}


def test_a_party_represented_by_a_person_is_that_persons_party() -> None:
    got = people("Chile was represented by Foreign Minister Elena Varga.")
    assert got["Elena Varga"][0] == "CHL"


def test_a_gapped_second_member_acts_for_the_second_party() -> None:
    got = people("Chile was represented by Foreign Minister Elena Varga and Bolivia by Foreign Minister Tomas Quiroga.")
    assert got["Elena Varga"][0] == "CHL" and got["Tomas Quiroga"][0] == "BOL"
    got = people("The Chilean delegation was led by Elena Varga, and Bolivia's by Tomas Quiroga.")
    assert got["Elena Varga"][0] == "CHL" and got["Tomas Quiroga"][0] == "BOL"


def test_near_miss_two_members_with_no_gap_share_the_party() -> None:
    got = people("The Chilean delegation was led by Elena Varga and Tomas Quiroga.")
    assert got["Elena Varga"][0] == "CHL" and got["Tomas Quiroga"][0] == "CHL"


def test_near_miss_a_new_clause_ends_the_members() -> None:
    got = people("Chile was represented by Elena Varga and Tomas Quiroga, while Bolivia sent its chief negotiator, "
                 "Andres Molina.")
    assert got["Tomas Quiroga"][0] == "CHL"
    assert got.get("Andres Molina", (None, []))[0] != "CHL"


def test_near_miss_represented_as_is_no_representation() -> None:
    got = people("The visit was represented by Elena Varga as a success.")
    assert got.get("Elena Varga", (None, []))[0] is None


@pytest.mark.parametrize("sentence", [
    "The talks were chaired by the African Union's special envoy, Kofi Mensah.",
    "The talks were chaired by the AU's special envoy for the region, Kofi Mensah.",
    "The talks were chaired by the African Union's special envoy for the Horn of Aland, Kofi Mensah.",
])
def test_an_organizations_envoy_before_a_comma_acts_for_it(sentence: str) -> None:
    affiliation, roles = people(sentence)["Kofi Mensah"]
    assert affiliation == "AU" and roles and roles[0].startswith("special envoy")


def test_near_miss_a_possessor_that_is_no_party() -> None:
    got = people("The region's best-known singer, Kofi Mensah, said no.")
    assert all(aff is None for aff, _roles in got.values())


def test_a_un_mission_acts_for_the_un() -> None:
    got = people("The head of UNIFIL, Major General Ivo Brenner, urged calm.")
    assert got["Ivo Brenner"][0] == "UN"
