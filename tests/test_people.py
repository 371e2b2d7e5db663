"""People and their parties: which party words belong to which name.

Invented people; state names are general knowledge. An empty office-holders table keeps
these tests about the text alone.
"""

from __future__ import annotations

from parley.lexicon.officeholders import OfficeHolders
from parley.reader.recognize.people import find_people

NO_TABLE = OfficeHolders([])


def affiliations(text: str, home_party: str | None = None) -> dict[str, tuple[str | None, str | None]]:
    found = find_people(text, home_party=home_party, published="2024-05-01", officeholders=NO_TABLE)
    return {a.name: (a.affiliation, a.affiliation_source) for a in found.actors}


def test_what_a_person_says_about_a_party_does_not_make_him_its_own():
    got = affiliations("President Ada Lindqvist said that Chile's proposal deserved a hearing.")
    assert got["Ada Lindqvist"] == (None, None)


def test_a_party_named_before_him_in_the_clause_is_a_guess_from_context():
    got = affiliations("Chile's ruling coalition backed President Ada Lindqvist on Monday.")
    assert got["Ada Lindqvist"] == ("CHL", "context")


def test_another_persons_demonym_title_is_hers_not_his():
    got = affiliations("Finnish envoy Ole Bergstrand and President Ada Lindqvist met on Monday.")
    assert got["Ole Bergstrand"] == ("FIN", "title")
    assert got["Ada Lindqvist"] == (None, None)


def test_a_coordinated_title_of_the_same_kind_shares_the_demonym():
    got = affiliations("The talks drew Chilean Finance Minister Ada Lindqvist and Interior Minister "
                       "Ole Bergstrand to the capital.")
    assert got["Ada Lindqvist"] == ("CHL", "title")
    assert got["Ole Bergstrand"] == ("CHL", "title")


def test_a_coordinated_title_of_another_kind_does_not():
    got = affiliations("The talks drew Chilean Finance Minister Ada Lindqvist and President "
                       "Ole Bergstrand to the capital.")
    assert got["Ada Lindqvist"] == ("CHL", "title")
    assert got["Ole Bergstrand"][0] != "CHL"


def test_a_state_possessive_and_of_phrase_are_titles():
    got = affiliations("Talks resumed. Ole Bergstrand, Finland's envoy, arrived first. "
                       "Later Ada Lindqvist of Chile joined him.")
    assert got["Ole Bergstrand"] == ("FIN", "title")
    assert got["Ada Lindqvist"] == ("CHL", "title")


def names(text: str) -> list[str]:
    found = find_people(text, published="2024-05-01", officeholders=NO_TABLE)
    return [a.name for a in found.actors]


def test_hyphenated_given_names_of_short_syllables_are_names():
    assert names("Party chairwoman Mei Li-wun said the visit would go ahead.") == ["Mei Li-wun"]
    # near miss: a hyphenated adjective before a name is no part of it
    assert names("The Oslo-based envoy Ivo Marek said the visit would go ahead.") == ["Ivo Marek"]


def test_a_bare_word_after_a_preposition_is_not_a_speaking_subject():
    text = ("Ivo Marek, speaking on Vantage said the talks had failed. Later Marek on Vantage said "
            "that the talks had failed again.")
    assert "Vantage" not in names(text)
    # near miss: the same bare word as a subject twice is a person
    assert "Vantage" in names("Vantage said the talks had failed. Vantage said so again on Monday.")
