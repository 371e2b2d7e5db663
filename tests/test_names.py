"""Name keys across transliterations: one set of rules for the reader and the tracker."""

from __future__ import annotations

import pytest

import parley
from parley.model import RawDocument
from parley.names import fold_name, fold_token
from parley.reader.recognize.people import find_people
from parley.track.people import surname_key


@pytest.mark.parametrize("variants", [
    ("Koshevsky", "Koshevskyy", "Koshevskiy", "Koshevskii"),
    ("Kerimov", "Kierimov", "Kyerimov"),
    ("Filipp", "Filip"),
    ("Haghani", "Hagani"),
    ("Khalilov", "Halilov"),
    ("Ostrowski", "Ostrovski"),
    ("Çelik", "Celik"),
])
def test_spellings_of_one_name_fold_alike(variants):
    assert len({fold_token(v) for v in variants}) == 1


def test_different_names_stay_apart():
    assert fold_token("Kerimov") != fold_token("Karimov")
    assert fold_name("Al-Farsi") == "al farsi" and fold_name("O'Neill") == "oneil"


def test_the_reader_and_the_tracker_fold_names_the_same_way():
    found = find_people("Foreign Minister Farid Haghani arrived. Hagani said the talks would go on.")
    (actor,) = found.actors
    assert actor.name == "Farid Haghani" and "Hagani" in actor.aliases
    assert surname_key("Farid Haghani") == surname_key("Hagani") == fold_token("Hagani")


def test_a_transliterated_surname_gets_its_quote():
    text = ('Foreign Minister Farid Haghani met the envoys on Monday.\n\n'
            '"We are ready," Hagani said.')
    rec = parley.read(RawDocument(content=text, kind="text", source="test"))
    (quote,) = rec.quotes
    assert rec.actor(quote.speaker).name == "Farid Haghani"
