"""The office-holders table: loading, lookups by date, and how the reader uses it.

Every person here is invented; the table is written for the test.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from parley.lexicon.officeholders import OfficeHolders, parse_day, table
from parley.reader.recognize.people import find_people

CSV = """name,aliases,office,party,start,end,source
Anton Velkov,Anton Velkoff,head_of_state,FIN,2019-05-01,,test
Mira Dask,,foreign_minister,ISL,2020,2023-06,test
Mira Dask,,envoy,ISL,2024-01-01,,test
Ivo Petrak,,head_of_government,FIN,2018-01-01,2022-12-31,test
Lena Petrak,,defence_minister,ISL,2021-03,,test
Oleh Kovalenskyy,Oleg Kovalensky,spokesperson,CHL,2022,,test
Sami Rook,,foreign_minister,FIN,2015,2016,test
Sami Rook,,envoy,ISL,2017,2018,test
Omar Haddan Valdez,Haddo,leader,RSF,2019,,test
"""


@pytest.fixture
def holders(tmp_path: Path) -> OfficeHolders:
    path = tmp_path / "officeholders.csv"
    path.write_text(CSV, encoding="utf-8")
    return OfficeHolders.from_csv(path)


def test_dates_to_the_year_month_or_day():
    assert parse_day("2024") == dt.date(2024, 1, 1)
    assert parse_day("2024", last=True) == dt.date(2024, 12, 31)
    assert parse_day("2024-02", last=True) == dt.date(2024, 2, 29)
    assert parse_day("2023-12", last=True) == dt.date(2023, 12, 31)
    assert parse_day("2025-07-24T09:17") == dt.date(2025, 7, 24)
    assert parse_day("") is None and parse_day(None) is None and parse_day("soon") is None


def test_a_name_is_found_across_transliterations_and_aliases(holders: OfficeHolders):
    day = dt.date(2024, 5, 1)
    assert holders.party_of("Oleh Kovalensky", day) == ("CHL", "spokesperson")  # -yy / -y
    assert holders.party_of("Oleg Kovalenskiy", day) == ("CHL", "spokesperson")
    assert holders.party_of("Anton Velkoff", day) == ("FIN", "head_of_state")
    assert holders.party_of("Anton B. Velkov", day) == ("FIN", "head_of_state")  # a middle initial
    assert holders.party_of("Anna Velkov", day) is None  # another first name is another person


def test_the_office_held_on_the_reports_date_wins(holders: OfficeHolders):
    assert holders.party_of("Mira Dask", dt.date(2022, 3, 1)) == ("ISL", "foreign_minister")
    assert holders.party_of("Mira Dask", dt.date(2025, 3, 1)) == ("ISL", "envoy")
    # between two offices, and with no date: her rows are all for one party
    assert holders.party_of("Mira Dask", dt.date(2023, 9, 1))[0] == "ISL"
    assert holders.party_of("Mira Dask", None)[0] == "ISL"


def test_a_name_that_served_two_parties_needs_the_date(holders: OfficeHolders):
    assert holders.party_of("Sami Rook", dt.date(2015, 6, 1)) == ("FIN", "foreign_minister")
    assert holders.party_of("Sami Rook", dt.date(2017, 6, 1)) == ("ISL", "envoy")
    assert holders.party_of("Sami Rook", dt.date(2020, 6, 1)) is None
    assert holders.party_of("Sami Rook", None) is None


def test_a_bare_surname_answers_only_when_one_holder_has_it_that_day(holders: OfficeHolders):
    assert holders.party_of("Petrak", dt.date(2022, 6, 1), surname_only=True) is None  # Ivo and Lena
    assert holders.party_of("Petrak", dt.date(2024, 6, 1), surname_only=True) == ("ISL", "defence_minister")
    assert holders.party_of("Velkov", dt.date(2024, 6, 1), surname_only=True) == ("FIN", "head_of_state")
    # no date: only a surname one person in the whole table has, who served one party
    assert holders.party_of("Velkov", None, surname_only=True) == ("FIN", "head_of_state")
    assert holders.party_of("Petrak", None, surname_only=True) is None
    assert holders.party_of("Rook", None, surname_only=True) is None
    assert holders.party_of("Velkov", dt.date(2018, 6, 1), surname_only=True) is None  # not yet in office


def test_a_table_without_its_columns_is_refused(tmp_path: Path):
    path = tmp_path / "bad.csv"
    path.write_text("name,party\nAnton Velkov,FIN\n", encoding="utf-8")
    with pytest.raises(ValueError, match="columns missing"):
        OfficeHolders.from_csv(path)


def test_the_packaged_table_loads():
    rows = table().rows
    assert rows, "src/parley/lexicon/officeholders.csv is missing or empty"
    assert all(r.party and r.party == r.party.upper() for r in rows)
    assert all(r.start is None or r.end is None or r.start <= r.end for r in rows)


def test_the_packaged_table_covers_the_security_councils_permanent_members_since_1990():
    # A general fact about the table, not about any report: every permanent member has a head
    # of state, and the four with a prime minister a head of government, on every 1 July from
    # 1990 (Russia from 1992, when the Russian Federation's first full year began) to 2026.
    rows = table().rows
    wanted = {"USA": ("head_of_state",), "GBR": ("head_of_state", "head_of_government"),
              "FRA": ("head_of_state", "head_of_government"), "CHN": ("head_of_state", "head_of_government"),
              "RUS": ("head_of_state", "head_of_government")}
    gaps = []
    for party, offices in wanted.items():
        for year in range(1992 if party == "RUS" else 1990, 2027):
            day = dt.date(year, 7, 1)
            for office in offices:
                if not any(r.party == party and r.office == office and r.holds_on(day) for r in rows):
                    gaps.append((party, office, year))
    assert not gaps
    # and the UN has a Secretary-General throughout
    assert all(any(r.party == "UN" and r.office == "secretary_general" and r.holds_on(dt.date(y, 7, 1))
                   for r in rows) for y in range(1990, 2027))


def _aff(found, name: str) -> tuple[str | None, str | None]:
    (actor,) = [a for a in found.actors if a.name == name]
    return actor.affiliation, actor.affiliation_source


def test_a_demonym_in_the_title_beats_the_table(holders: OfficeHolders):
    found = find_people("Icelandic envoy Anton Velkov said the talks would go on.",
                        published="2024-05-01", officeholders=holders)
    assert _aff(found, "Anton Velkov") == ("ISL", "title")


def test_the_table_beats_the_sentence(holders: OfficeHolders):
    text = "After Chile's vote on Monday President Anton Velkov said the talks would go on."
    found = find_people(text, published="2024-05-01", officeholders=holders)
    assert _aff(found, "Anton Velkov") == ("FIN", "table")
    # near miss: out of office, a man who served two parties is no answer; the sentence guesses
    text = "Chile's ruling coalition backed President Sami Rook on Monday."
    found = find_people(text, published="2020-05-01", officeholders=holders)
    assert _aff(found, "Sami Rook") == ("CHL", "context")
    found = find_people(text, published="2017-05-01", officeholders=holders)
    assert _aff(found, "Sami Rook") == ("ISL", "table")


def test_a_titled_surname_alone_is_looked_up_and_a_bare_one_only_in_a_dated_report(holders: OfficeHolders):
    found = find_people("President Velkov said the talks would go on.", published="2024-05-01",
                        officeholders=holders)
    assert _aff(found, "Velkov") == ("FIN", "table")
    # a bare surname that speaks, borne by one holder in office on the report's date (round 3)
    found = find_people("Velkov said the talks would go on. Velkov said more later.", published="2024-05-01",
                        officeholders=holders)
    assert _aff(found, "Velkov") == ("FIN", "table")
    # near misses: an undated report, and a surname two holders bear that day
    found = find_people("Velkov said the talks would go on. Velkov said more later.", officeholders=holders)
    assert _aff(found, "Velkov") == (None, None)
    found = find_people("Petrak said the talks would go on. Petrak said more later.", published="2022-06-01",
                        officeholders=holders)
    assert _aff(found, "Petrak") == (None, None)


def test_a_generational_suffix_does_not_hide_a_holder(tmp_path: Path):
    path = tmp_path / "officeholders.csv"
    path.write_text("name,aliases,office,party,start,end,source\nIvo Marek Jr.,,head_of_state,CHL,2022,,test\n",
                    encoding="utf-8")
    holders = OfficeHolders.from_csv(path)
    assert holders.party_of("Ivo Marek", dt.date(2024, 1, 1)) == ("CHL", "head_of_state")
    found = find_people("Under Ivo “The Anvil” Marek Jr, the country changed course. President Marek Jr "
                        "said so on Monday.", published="2024-05-01", officeholders=holders)
    assert [(a.affiliation, a.affiliation_source) for a in found.actors if a.name.startswith("Marek")] == [
        ("CHL", "table")]


def test_with_the_outlets_own_head_of_state_named_another_president_is_not_its_own(tmp_path: Path):
    path = tmp_path / "home.csv"
    path.write_text("name,aliases,office,party,start,end,source\nAda Homer,,head_of_state,ISL,2021,,test\n",
                    encoding="utf-8")
    home = OfficeHolders.from_csv(path)
    text = "President Ada Homer spoke on Monday. President Ivo Petrosian spoke on Tuesday."
    found = find_people(text, home_party="ISL", published="2024-05-01", officeholders=home)
    assert [(a.name, a.affiliation) for a in found.actors] == [("Ada Homer", "ISL"), ("Ivo Petrosian", None)]
    # near misses: with the outlet's head not named, an unmarked president is the outlet's;
    # other officials take the outlet's home either way
    found = find_people("President Ivo Petrosian spoke on Tuesday.", home_party="ISL", published="2024-05-01",
                        officeholders=home)
    assert [(a.affiliation, a.affiliation_source) for a in found.actors] == [("ISL", "context")]
    found = find_people("President Ada Homer spoke. Vice President Ivo Petrosian spoke on Tuesday.",
                        home_party="ISL", published="2024-05-01", officeholders=home)
    assert [a.affiliation for a in found.actors] == ["ISL", "ISL"]


def test_a_titled_surname_in_an_undated_report_needs_a_unique_holder(holders: OfficeHolders):
    found = find_people("President Velkov said so. President Petrak agreed.", officeholders=holders)
    assert {a.name: a.affiliation for a in found.actors} == {"Velkov": "FIN", "Petrak": None}


def test_a_one_word_alias_is_a_name_of_its_own(holders: OfficeHolders):
    assert holders.party_of("Haddo", dt.date(2024, 1, 1), surname_only=True) == ("RSF", "leader")
    assert holders.party_of("Valdez", dt.date(2024, 1, 1), surname_only=True) == ("RSF", "leader")
