"""Round three on parties: who a statement's party is when the subject hides behind a
conjunction or a plural pronoun, and who a person acts for. Every sentence is written for
the test; the parties are states the lexicon knows, the people invented."""

from __future__ import annotations

from test_statements_syntax import keys, read

# ---------------------------------------------------------------- subjects after a conjunction

def test_a_subject_after_a_conjunction_that_is_also_a_preposition_is_the_subject():
    got = keys("Albania rejected the ceasefire proposal after Moldova demanded the withdrawal of troops.")
    assert ("demand", ("MDA",), "territory") in got
    assert ("demand", ("ALB",), "territory") not in got
    got = keys("Albania will keep its troops at the border until Moldova has formally rejected the ceasefire.")
    assert ("reject", ("MDA",), "ceasefire") in got


def test_a_party_in_an_object_phrase_after_the_same_word_is_no_subject():
    # near miss: "after the talks with Moldova" names Moldova in an object phrase, not as a subject
    got = keys("After the talks with Moldova, Albania demanded the withdrawal of troops from the border.")
    assert ("demand", ("ALB",), "territory") in got
    assert ("demand", ("MDA",), "territory") not in got


# ---------------------------------------------------------------- plural pronouns

def test_they_is_the_group_named_before_not_the_last_single_party():
    text = ("Moldovan lawmakers visited Tirana on Monday. Minister Anna Kovic of Albania welcomed them. "
            "They want their government to reject the ceasefire.")
    got = keys(text)
    assert ("demand", ("MDA",), "ceasefire") in got
    assert ("demand", ("ALB",), "ceasefire") not in got


def test_they_after_a_single_party_as_subject_is_not_an_older_group():
    # near miss: the last party in a subject's place is a single state, so no group is taken
    text = ("Moldovan lawmakers visited Tirana on Monday. Albania said on Tuesday that it would wait. "
            "They want their government to reject the ceasefire.")
    assert ("demand", ("MDA",), "ceasefire") not in keys(text)


# ---------------------------------------------------------------- who leads a party's body

def test_whoever_leads_a_partys_body_acts_for_that_party():
    for text in ("The Moldovan army, led by General Janis Berzins, rejected the ceasefire.",
                 "Moldova's government, headed by Prime Minister Janis Berzins, rejected the ceasefire."):
        assert [(a.name, a.affiliation) for a in read(text).actors if a.kind == "person"] == [
            ("Janis Berzins", "MDA")]


def test_a_body_named_in_another_clause_gives_no_party():
    # near miss: the general is not said to lead the army
    text = "The Moldovan army shelled the town, and General Janis Berzins said it was needed."
    assert [(a.name, a.affiliation) for a in read(text).actors if a.kind == "person"] == [("Janis Berzins", None)]


# ---------------------------------------------------------------- a subject of unknown party

def test_a_person_of_unknown_party_nearest_the_verb_hides_an_older_party():
    got = keys("In Chisinau, where Moldovan troops are massed, President Anna Kovic demanded a ceasefire.")
    assert ("demand", ("MDA",), "ceasefire") not in got


def test_a_party_joined_to_the_person_is_still_the_subject():
    # near misses: the party and the person are one subject
    assert ("demand", ("MDA",), "ceasefire") in keys("Moldova and Minister Anna Kovic demanded a ceasefire.")
    assert ("demand", ("MDA",), "ceasefire") in keys("Moldova, whose envoy Anna Kovic met them, demanded a ceasefire.")


# ---------------------------------------------------------------- the parse's subject over the nearest party

def test_the_parse_subject_beats_the_party_nearest_the_verb():
    got = keys("Moldovan negotiators met their Albanian counterparts on Monday and proposed a ceasefire.")
    assert ("propose", ("MDA",), "ceasefire") in got
    assert ("propose", ("ALB",), "ceasefire") not in got
    got = keys("Albania's President Anna Kovic, who met Moldovan leaders in Chisinau, proposed a ceasefire.")
    assert ("propose", ("ALB",), "ceasefire") in got
    assert ("propose", ("MDA",), "ceasefire") not in got


def test_where_the_pattern_and_the_parse_agree_nothing_changes():
    # near miss: one reading, one party, and a second act by another party in the same sentence
    got = keys("Albania proposed a ceasefire on Monday, and Moldova rejected the prisoner exchange.")
    assert ("propose", ("ALB",), "ceasefire") in got
    assert ("reject", ("MDA",), "prisoner_exchange") in got


# ---------------------------------------------------------------- "its" owning the subject

def test_its_owning_the_subject_is_the_party_named_before():
    assert ("propose", ("MDA",), "ceasefire") in keys("Moldova said its envoy would propose a ceasefire at the talks.")
    assert ("propose", ("ALB",), "ceasefire") in keys("Albania said its envoy would propose a ceasefire to Moldova.")


def test_its_after_a_party_in_an_object_phrase_is_not_that_party():
    # near miss: "talks with Moldova" names Moldova as an object, so "its envoy" is not Moldova's
    assert ("propose", ("MDA",), "ceasefire") not in keys("After talks with Moldova, its envoy proposed a ceasefire.")


# ---------------------------------------------------------------- local heads act for their state

def _person_parties(text: str) -> list[tuple[str, str | None]]:
    return [(a.name, a.affiliation) for a in read(text).actors if a.kind == "person"]


def test_a_local_head_acts_for_the_state_the_sentence_places_him_in():
    text = "At least two people were hurt in Moldova's eastern region of Varnovo, local Governor Janis Berzins said."
    assert _person_parties(text) == [("Janis Berzins", "MDA")]


def test_a_local_head_opening_his_sentence_is_placed_by_the_sentence_before():
    text = ("Emergency crews counted drone hits across three districts of Chisinau, the Moldovan capital. "
            "City Mayor Janis Berzins said two people were hurt.")
    assert _person_parties(text) == [("Janis Berzins", "MDA")]
    # near miss: the sentence before names two states
    text = "Drones from Albania hit Chisinau, the Moldovan capital. City Mayor Janis Berzins said two people were hurt."
    assert _person_parties(text) == [("Janis Berzins", None)]


def test_a_local_head_between_two_states_or_none_gets_no_party():
    # near misses: two states named before the name, and no state at all
    assert _person_parties("Drones from Albania hit Moldova's eastern region on Monday, local Governor Janis "
                           "Berzins said.") == [("Janis Berzins", None)]
    assert _person_parties("Two people were hurt in the eastern region, Governor Janis Berzins said.") == [
        ("Janis Berzins", None)]


# ---------------------------------------------------------------- an editor's brackets

def test_a_title_before_an_editors_bracket_is_the_names_title():
    text = ('"I spoke with the Moldovan Minister of Energy [Janis Berzins, who said] that oil output fell," '
            'Anna Kovic said.')
    got = {a.name: (a.affiliation, a.roles) for a in read(text).actors if a.kind == "person"}
    assert got["Janis Berzins"][0] == "MDA" and any("Minister" in r for r in got["Janis Berzins"][1])


def test_a_bracketed_name_without_a_title_gets_none():
    # near miss: the party word before the bracket is no title of the name
    text = '"The Moldovan side [Janis Berzins] will come," Anna Kovic said on Monday.'
    got = {a.name: a.affiliation for a in read(text).actors if a.kind == "person"}
    assert got.get("Janis Berzins") is None


def test_two_acts_of_a_kind_in_one_sentence_both_stand():
    # near miss for the parse's subject: two verbs of rejection, each with its own subject
    got = keys("Finland proposed a truce on Monday. Albania has not supported that idea, and Moldova has "
               "explicitly rejected any ceasefire.")
    assert ("reject", ("ALB",), "ceasefire") in got
    assert ("reject", ("MDA",), "ceasefire") in got
