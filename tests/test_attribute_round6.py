"""Quote speakers, round 6: classes from the blind set's misses, each with short invented
reports (invented people and places; real country names only where a rule needs a party)
and a near miss that must not fire."""

from __future__ import annotations

from tests.reports import read, speakers

# -- a body introduced as "Full Name (ACR)" goes by the form the report uses more -----------


def test_a_body_introduced_with_its_acronym_goes_by_the_acronym():
    got = speakers("The Lunavik Farmers Union (LFU) joined the talks on Monday.\n\n"
                   "The LFU described the first session as “long and businesslike” in a statement.")
    assert got["long and businesslike"] == "LFU"


def test_an_acronym_body_takes_the_party_of_its_full_name():
    rec = read("The Chilean Border Agency (CBA) opened the crossing on Monday.\n\n"
               "“The road is open,” the CBA said.")
    (quote,) = rec.quotes
    actor = rec.actor(quote.speaker)
    assert actor is not None and actor.name == "CBA" and actor.affiliation == "CHL"


def test_a_body_the_report_names_in_full_more_often_keeps_the_full_name():
    # near miss: the acronym is given once, the full name is what the report uses
    got = speakers("The Lunar Liberation Front (LLF) met the envoy on Monday.\n\n"
                   "The Lunar Liberation Front then left the hall.\n\n"
                   "“We will be back,” the Lunar Liberation Front said.")
    assert got["We will be back,"] == "Lunar Liberation Front"


# -- a bare quote, credited by a next sentence headed by its speaker -------------------------


def test_a_next_sentence_headed_by_the_speaker_speaking_to_someone_credits_the_quote():
    got = speakers("The rain fell all day over Lunavik.\n\n"
                   "“The list is long, and it is final.” Ivo Marek, speaking to a radio station, "
                   "added that nothing more would be given.")
    assert got["The list is long, and it is final."] == "Ivo Marek"


def test_a_next_sentence_where_the_speaker_offered_that_summary_credits_the_quote():
    got = speakers("Envoy Ines Vidal arrived on Monday.\n\nThe rain fell all day over Lunavik.\n\n"
                   "“Half the road is behind us.” Vidal offered that verdict over dinner.")
    assert got["Half the road is behind us."] == "Ines Vidal"


def test_the_words_were_x_s_credits_the_quote():
    got = speakers("Envoy Ines Vidal arrived on Monday.\n\nThe rain fell all day over Lunavik.\n\n"
                   "“Families come before flags.” The words were Vidal's, at a briefing on Monday.")
    assert got["Families come before flags."] == "Ines Vidal"


def test_a_next_sentence_about_the_person_doing_something_else_is_no_credit():
    # near miss: Vidal offers no summary and speaks to no one; the sentence before is about no one
    got = speakers("Envoy Ines Vidal arrived on Monday.\n\nThe rain fell all day over Lunavik.\n\n"
                   "“Half the road is behind us.” Vidal offered no comment on the claim.")
    assert got["Half the road is behind us."] is None


# -- a named body before a relative clause closed by a comma ---------------------------------


def test_a_body_before_a_whose_clause_is_the_speaker_not_the_person_inside():
    got = speakers("The talks in Lunavik ended on Friday.\n\n"
                   "The MLK, whose team answers to Ivo Marek, called the release “too little, too late”.")
    assert got["too little, too late"] == "MLK"
    got = speakers("The talks in Lunavik ended on Friday.\n\n"
                   "The Lunavik Liberation Front (LLF), whose team answers to Ivo Marek, called the release "
                   "“too little, too late”.")
    assert got["too little, too late"] == "LLF"


def test_a_person_before_a_whose_clause_stays_the_speaker():
    # near miss: the relative clause is about a person, who speaks as before
    got = speakers("The talks in Lunavik ended on Friday.\n\n"
                   "Ines Vidal, whose team answers to Ivo Marek, called the release “too little, too late”.")
    assert got["too little, too late"] == "Ines Vidal"


# -- Congress, League, Union head a body's name ----------------------------------------------


def test_a_congress_heading_the_clause_speaks_the_participle_quote():
    got = speakers("The talks in Lunavik ended on Friday.\n\n"
                   "The opposition Lunavik Congress opposed the accord, calling it "
                   "“a prize for the gunmen”.")
    assert got["a prize for the gunmen"] == "Lunavik Congress"


def test_a_congress_hall_is_no_body_that_speaks():
    # near miss: the name is inside a place, not the head of a clause
    got = speakers("The talks in Lunavik ended on Friday.\n\n"
                   "Delegates at the Lunavik Congress hall heard it called “a prize for the gunmen”.")
    assert got["a prize for the gunmen"] is None


# -- the name closing an apposition heads the clause -----------------------------------------


def test_the_name_closing_an_apposition_is_the_clause_subject_for_a_later_pronoun():
    got = speakers("Minister Ivo Marek said on Monday that the plan was “dead”.\n\n"
                   "The council's head, former Lunavik premier Ines Vidal, denies that the bloc "
                   "is tired of the file. “We keep going,” she said.")
    assert got["We keep going,"] == "Ines Vidal"


def test_a_name_in_an_apposition_without_a_verb_after_it_is_no_subject():
    # near miss: ", and" follows the name, no verb of hers: "he" is still the man last in focus
    got = speakers("Mr. Ivo Marek said on Monday that the plan was “dead”.\n\n"
                   "The envoy met the minister, Ines Vidal, and the talks failed. “We keep going,” he said.")
    assert got["We keep going,"] == "Ivo Marek"


# -- a nearer clause that characterizes the quote --------------------------------------------


def test_an_offer_x_dismissed_as_is_xs_not_the_earlier_speakers():
    got = speakers("The talks in Lunavik ended on Friday.\n\n"
                   "General Ivo Marek said the army was ready to open two roads for a week, an offer the rebel "
                   "spokesman, Tomas Lind, dismissed as “a stunt for the cameras”.")
    assert got["a stunt for the cameras"] == "Tomas Lind"


def test_a_person_regarded_as_something_is_no_speaker():
    # near miss: "was regarded as" is no verb of Lind's own: the words are Marek's
    got = speakers("The talks in Lunavik ended on Friday.\n\n"
                   "General Ivo Marek said rebel spokesman Tomas Lind was regarded as “a spoiler”.")
    assert got["a spoiler"] == "Ivo Marek"


# -- a quote paragraph left open is its continuation's ---------------------------------------


def test_an_open_quote_paragraph_takes_the_speaker_of_its_continuation():
    got = speakers("Talks opened in Lunavik on Monday. Envoy Ines Vidal spoke after the session.\n\n"
                   "“We are not finished. We will meet again in June.\n\n"
                   "“The delegations have the texts.\n\n"
                   "“Nothing is signed yet,” Vidal said.")
    assert got["We are not finished. We will meet again in June."] == "Ines Vidal"
    assert got["The delegations have the texts."] == "Ines Vidal"


def test_a_closed_quote_paragraph_does_not_take_the_next_paragraphs_speaker():
    # near miss: the first paragraph's quote is closed and credited to no one
    got = speakers("Talks opened in Lunavik on Monday. Envoy Ines Vidal spoke after the session.\n\n"
                   "Outside, the crowd kept up its cry: “Not one step back.”\n\n"
                   "“Nothing is signed yet,” Vidal said.")
    assert got["Nothing is signed yet,"] == "Ines Vidal"
    assert got["Not one step back."] is None


# -- bodies at the head of a clause: with their acronym, "of" names, new head words ----------


def test_a_body_with_its_acronym_in_brackets_heads_the_clause():
    got = speakers("Talks opened in Lunavik on Monday.\n\n"
                   "The Lunavik Liberation Front (LLF) rejected the offer. “We will not disarm first,” it said.")
    assert got["We will not disarm first,"] == "LLF"
    got = speakers("Talks opened in Lunavik on Monday.\n\n"
                   "The Lunavik Liberation Front (LLF) rejected the offer, calling it “a trap”.")
    assert got["a trap"] == "LLF"


def test_brackets_that_are_no_acronym_make_no_body():
    # near miss: "(in Lunavik)" is an aside, not a name, and no body heads the clause
    got = speakers("Talks opened in Lunavik on Monday.\n\n"
                   "The crowd (in Lunavik) rejected the offer, calling it “a trap”.")
    assert got["a trap"] is None


def test_a_ministry_of_something_keeps_its_whole_name():
    got = speakers("Talks opened in Lunavik on Monday.\n\nThe Ministry of Foreign Affairs said the talks were “frank”.")
    assert got["frank"] == "Ministry of Foreign Affairs"


def test_a_platform_heads_a_body_and_officials_from_a_body_speak_for_it():
    got = speakers("Talks opened in Lunavik on Monday.\n\n"
                   "The National Unity Platform said it would “return to the table” if prisoners were freed.")
    assert got["return to the table"] == "National Unity Platform"
    got = speakers("Talks opened in Lunavik on Monday.\n\nOfficials from the LLF said the talks were “frank”.")
    assert got["frank"] == "LLF"
    # near miss: officials of no named body stay unnamed
    got = speakers("Talks opened in Lunavik on Monday.\n\nOfficials from both sides said the talks were “frank”.")
    assert got["frank"] is None
