"""Quote speakers, round 5: classes of attribution seen on reports from other outlets.

Each rule with short invented reports (invented people and places) and a near miss that
must not fire.
"""

from __future__ import annotations

from tests import reports

from parley.model import RawDocument, Record


def read(text: str) -> Record:
    return reports.read(text, published="2031-05-01T09:00")


def speakers(text: str) -> dict[str, str | None]:
    return reports.speakers(text, published="2031-05-01T09:00")


# -- a word of a person's name used alone ------------------------------------------------

def test_the_middle_word_of_a_double_surname_is_the_person():
    got = speakers("Foreign Minister Elvira Montaño Ruesga met rebel commander Ivo Marek on Monday. "
                   "“We are patient,” Marek said.\n\n"
                   "Montaño said the government would not yield. “We came to end a war,” she said.")
    assert got["We came to end a war,"] == "Elvira Montaño Ruesga"


def test_a_given_name_used_alone_is_the_person():
    got = speakers("Envoy Haile Girmachew Tesfu and Deputy Minister Ines Vidal met in Oslo.\n\n"
                   "Haile rejected the plan. “That is a trap,” he told reporters.")
    assert got["That is a trap,"] == "Haile Girmachew Tesfu"


def test_a_surname_without_its_article_is_the_person():
    got = speakers("Deputy Minister Samir al-Qudsi led the delegation and envoy Ivo Marek chaired. "
                   "“Progress was slow,” Marek said.\n\n"
                   "Qudsi spoke after the meeting. “We want one army,” he said.")
    assert got["We want one army,"] == "Samir al-Qudsi"


def test_a_name_word_two_people_share_or_inside_a_longer_name_is_no_one():
    # near misses: "Ruesga" belongs to two people; "Montaño Valley" is a place
    got = speakers("Elvira Montaño Ruesga and Tomas Ruesga Lind met envoy Ivo Marek.\n\n"
                   "Ruesga said little. “Nothing is settled,” Marek said.")
    assert got["Nothing is settled,"] == "Ivo Marek"
    got = speakers("Minister Elvira Montaño Ruesga met envoy Ivo Marek on Monday. Marek said he was hopeful.\n\n"
                   "Farmers in Montaño Valley waited. “Nothing is settled,” he said.")
    assert got["Nothing is settled,"] == "Ivo Marek"


# -- a quote credited by the sentence after it ---------------------------------------------

def test_that_was_x_after_a_quote_credits_x():
    got = speakers("Mediator Ines Vidal opened the third day of talks in Lunavik.\n\n"
                   "“We did not come here to surrender.” That was the rebel delegation head, "
                   "General Ivo Marek, speaking to us in the corridor.")
    assert got["We did not come here to surrender."] == "Ivo Marek"


def test_a_next_sentence_that_is_only_the_credit_credits():
    got = speakers("Envoy Ines Vidal chaired the session.\n\n“We will not sign.” Marek Dolan said after the meeting.")
    assert got["We will not sign."] == "Marek Dolan"


def test_a_next_sentence_with_its_own_clause_is_no_credit():
    # near miss: Marek comments on the words; he did not say them
    got = speakers("Mediator Ines Vidal opened the third day of talks in Lunavik.\n\n"
                   "“We did not come here to surrender.” That was a mistake, General Ivo Marek said later.")
    assert got["We did not come here to surrender."] != "Ivo Marek"


# -- a quote that is its sentence, after a sentence about a person --------------------------

def test_a_bare_quote_after_a_sentence_about_a_person_is_that_persons():
    got = speakers("Minister Ines Vidal met envoy Ivo Marek. “Talks go on,” Marek said.\n\n"
                   "Back at her desk, Vidal shrugs when asked about the future. “We wait, and we wait.”")
    assert got["We wait, and we wait."] == "Ines Vidal"
    got = speakers("Minister Ines Vidal met envoy Ivo Marek.\n\n"
                   "Vidal accused the rebels of stalling for a decade.\n\n"
                   "“Every year there is a new excuse.”")
    assert got["Every year there is a new excuse."] == "Ines Vidal"


def test_a_bare_quote_after_a_sentence_about_no_one_stays_unattributed():
    # near miss: the sentence before is about the weather, not a person
    got = speakers("Minister Ines Vidal met envoy Ivo Marek.\n\n"
                   "The rain fell all day over the river. “We wait, and we wait.”")
    assert got["We wait, and we wait."] is None


# -- clause subjects the verb list missed ---------------------------------------------------

def test_a_subject_with_an_irregular_verb_or_himself_is_in_focus():
    got = speakers("“We are patient,” envoy Ines Vidal said.\n\n"
                   "Rebel commander Ivo Marek has driven the talks for a year. "
                   "“Here we talk about bread,” he said.")
    assert got["Here we talk about bread,"] == "Ivo Marek"
    got = speakers("“We are patient,” Foreign Minister Ines Vidal said.\n\n"
                   "Envoy Ivo Marek himself avoids predictions. Asked whether talks would resume, "
                   "he answered only that “patience is no inaction”.")
    assert got["patience is no inaction"] == "Ivo Marek"


def test_a_role_subject_with_an_irregular_verb_speaks_the_participle_quote():
    got = speakers("Bordurian President Ivo Marek arrived in Lunavik on Friday, where envoy Ines Vidal "
                   "welcomed him. “We are patient,” Vidal said.\n\n"
                   "The Bordurian leader made his stance clear at a forum on Saturday, saying: “Nobody negotiates for us.”")
    assert got["Nobody negotiates for us."] == "Ivo Marek"


def test_a_person_in_a_list_after_a_preposition_is_no_subject():
    # near miss: "his talks with A, B and C have gone badly" is about the talks, not about C
    got = speakers("“We are patient,” envoy Ines Vidal said.\n\n"
                   "His talks with Ivo Marek, Lena Petrosyan and Tomas Lind have gone down poorly with lawmakers, "
                   "who accused him of “misleading” them.")
    assert got["misleading"] != "Tomas Lind"


def test_an_inverted_credit_with_an_honorific_is_the_person():
    got = speakers("The session was chaired by the mediator, Ms. Ines Vidal.\n\n"
                   "“The commission has shown that talks work,” said Ms. Vidal.")
    assert got["The commission has shown that talks work,"] == "Ines Vidal"


# -- organizations as speakers --------------------------------------------------------------

def test_an_acronym_body_heading_the_clause_speaks_the_participle_quote():
    got = speakers("Envoy Ines Vidal chaired the talks in Lunavik.\n\n"
                   "KORDA has turned down the cantonment timetable, calling it “a trap dressed as reform”.")
    assert got["a trap dressed as reform"] == "KORDA"


def test_a_time_zone_heading_a_live_blog_line_is_no_body():
    # near miss: "14:05 CEST" is a live blog's clock, not a body that speaks
    got = speakers("Envoy Ines Vidal chaired the talks in Lunavik.\n\n14:05 CEST\n\n"
                   "Delegates called the draft “a fair start” as they left.")
    assert got["a fair start"] != "CEST"


def test_a_state_named_before_which_speaks_the_relative_clause():
    got = speakers("Envoy Ines Vidal chaired the talks.\n\n"
                   "The strikes prompted a warning from Germany, which suggested that it would be "
                   "“pointless” to go on with the talks.")
    assert got["pointless"] == "Germany"


def test_the_group_is_the_body_credited_last():
    got = speakers("The Lunar Liberation Front (LLF) said on Monday it would hand over its weapons.\n\n"
                   "In a written statement the group said the weapons would go “as a gesture, not a defeat”.")
    assert got["as a gesture, not a defeat"] == "LLF"  # round 6: the body goes by its acronym
    # near miss: no body has spoken, so "the group" is no one
    got = speakers("Envoy Ines Vidal chaired the talks.\n\n"
                   "In a written statement the group said the weapons would go “as a gesture, not a defeat”.")
    assert got["as a gesture, not a defeat"] is None


def test_a_group_before_who_speaks_the_relative_clause():
    got = speakers("Envoy Ines Vidal chaired the talks.\n\n"
                   "His trips have gone down poorly with Estonian lawmakers, who have accused him of "
                   "“misleading” the public.")
    assert got["misleading"] == "Estonian lawmakers"
    # near miss: the group is only the object; the clause after it has no relative
    got = speakers("Envoy Ines Vidal chaired the talks.\n\n"
                   "His trips have gone down poorly with Estonian lawmakers, and the press called them "
                   "“misleading” at best.")
    assert got["misleading"] != "Estonian lawmakers"


# -- pronouns: the sex a pronoun showed ----------------------------------------------------

def test_a_person_once_called_she_is_not_a_later_he():
    got = speakers("“We are patient,” Ines Vidal said. “Very patient,” she added.\n\n"
                   "Talks with Tomas Lind ended late. “We will not wait,” he said.")
    assert got["Very patient,"] == "Ines Vidal"
    assert got["We will not wait,"] == "Tomas Lind"


def test_a_person_of_unknown_sex_is_still_a_he_or_a_she():
    # near miss: nothing said Vidal's sex, so "he" may still be Vidal
    got = speakers("“We are patient,” Ines Vidal said.\n\n"
                   "Talks ended late. “We will not wait,” he said.")
    assert got["We will not wait,"] == "Ines Vidal"


# -- a person's office, a person's words announced by a noun and a colon ----------------

def test_a_persons_office_speaks_as_a_body():
    got = speakers("Foreign Minister Ines Vidal met envoy Ivo Marek on Monday.\n\n"
                   "Vidal's office said the minister had been “encouraged” by the meeting.")
    assert got["encouraged"] == "Vidal's office"
    # near miss: the person's own post is the person's
    got = speakers("Foreign Minister Ines Vidal met envoy Ivo Marek on Monday.\n\n"
                   "Vidal's post, which said the meeting was “encouraging”, was shared widely.")
    assert got["encouraging"] == "Ines Vidal"


def test_a_persons_verdict_before_a_colon_is_the_persons_quote():
    got = speakers("Foreign Minister Ines Vidal met envoy Ivo Marek on Monday. “We are patient,” Vidal said.\n\n"
                   "Marek's verdict: “It is a trap.”")
    assert got["It is a trap."] == "Ivo Marek"


def test_a_partys_body_in_lower_case_heads_the_clause():
    got = speakers("Foreign Minister Ines Vidal met envoy Ivo Marek on Monday.\n\n"
                   "The Estonian government called the plan “unacceptable”.")
    assert got["unacceptable"] == "Estonian government"
    # near miss: "Estonian troops" are no body that speaks
    got = speakers("Foreign Minister Ines Vidal met envoy Ivo Marek on Monday.\n\n"
                   "Estonian troops called the road “unsafe” as they withdrew.")
    assert got["unsafe"] is None


# -- introductions: a name and a colon, verbs of manner, "remarked that" ----------------------

MEETING = "Foreign Minister Ines Vidal met rebel envoy Ivo Marek in Lunavik on Monday.\n\n"


def test_a_name_before_a_colon_introduces_the_quote():
    assert speakers(MEETING + "14:05 Marek: “We are not leaving.”")["We are not leaving."] == "Ivo Marek"
    assert speakers(MEETING + "Ivo Marek, the rebel envoy: “We are not leaving.”")["We are not leaving."] == "Ivo Marek"
    # near miss: the name is inside a phrase, not the head of the line
    got = speakers(MEETING + "Three questions for Ivo Marek: “Who pays? Who builds? Who guards?”")
    assert got["Who pays? Who builds? Who guards?"] is None


def test_a_persons_message_was_simple_colon():
    got = speakers(MEETING + "“We wait,” Marek said.\n\nVidal's message to the rebels was simple: “Come back to the table.”")
    assert got["Come back to the table."] == "Ines Vidal"


def test_verbs_of_manner_after_the_quote():
    assert speakers(MEETING + "“This is theatre,” fumed Marek.")["This is theatre,"] == "Ivo Marek"
    assert speakers(MEETING + "“This is theatre,” Marek fired back.")["This is theatre,"] == "Ivo Marek"


def test_the_name_in_an_apposition_before_the_verb_is_the_subject():
    got = speakers(MEETING + "Marek's deputy, Tomas Lind, said the rebels were “ready to talk”.")
    assert got["ready to talk"] == "Tomas Lind"


def test_a_quote_a_verb_introduced_is_not_the_next_speakers():
    got = speakers(MEETING + "A day after Marek remarked that “the army lives off the war,” Vidal fired back on "
                   "Thursday. “The army defends the country,” she declared.")
    assert got["the army lives off the war,"] == "Ivo Marek"
    assert got["The army defends the country,"] == "Ines Vidal"


def test_quoted_as_saying_is_the_person_quoted_not_the_paper():
    got = speakers(MEETING + "The Lunavik Herald quoted Marek as saying that “nobody is closer”.")
    assert got["nobody is closer"] == "Ivo Marek"
    # near miss: the paper reporting in its own words stays the paper's
    got = speakers(MEETING + "The Lunavik Herald, quoting no one, said the talks were “stalled”.")
    assert got["stalled"] != "Ivo Marek"


def test_a_partys_body_in_lower_case_after_the_quote():
    got = speakers(MEETING + "“A good start,” the Estonian foreign ministry said in a statement.")
    assert got["A good start,"] == "Estonian foreign ministry"
    got = speakers(MEETING + "“A good start,” Estonia's presidency said.")
    assert got["A good start,"] == "Estonia's presidency"
    # near miss: a lower-case body of no party stays unnamed
    got = speakers(MEETING + "“A good start,” the ministry said in a statement.")
    assert got["A good start,"] is None


def test_a_name_word_that_is_a_month_is_the_calendar():
    # near miss: "June" alone is the month, not June Ortega Lind
    got = speakers("Envoy June Ortega Lind met Foreign Minister Ivo Marek.\n\n"
                   "“We are patient,” Marek said. In June the talks resumed. “Nothing is settled,” he said.")
    assert got["Nothing is settled,"] == "Ivo Marek"


def test_assemblies_courts_and_fronts_speak_as_bodies():
    got = speakers(MEETING + "“We will not disarm,” the Lunavik Patriotic Front said.")
    assert got["We will not disarm,"] == "Lunavik Patriotic Front"
    got = speakers(MEETING + "“The vote stands,” the Members of the National Assembly said.")
    assert got["The vote stands,"] is not None
    # near miss: a lower-case "front line" is no body
    got = speakers(MEETING + "“Quiet for now,” soldiers on the front line said.")
    assert got["Quiet for now,"] is None


def test_a_credit_ending_the_sentence_loses_its_full_stop_not_an_abbreviation():
    got = speakers(MEETING + "Latvia sent a reply that includes “a protocol for safe passage,” according to a "
                   "report from Latvian state media outlet LNR.")
    assert got["a protocol for safe passage,"] == "LNR"
    # near miss: the abbreviation's full stop stays ("U.S."), the speaker is still the person
    got = speakers(MEETING + "“We are ready,” said Ivo Marek of the U.S.")
    assert got["We are ready,"] == "Ivo Marek"


def test_a_person_known_by_one_word_gets_the_mentions_the_recognizer_missed():
    from dataclasses import replace

    from parley.reader.attribute import _with_short_names
    from parley.reader.pipeline import clean, recognize, segment

    text = "President Marek spoke on Monday.\n\nMarek, on the other hand, said the truce was “fragile.”"
    raw = RawDocument(content=text, kind="json", source="test", meta=(("title", "T"), ("published", "2031-05-01")))
    doc = clean(raw)
    mentions = recognize(doc, segment(doc))
    second = doc.text.index("Marek,")
    missed = replace(mentions, people=tuple(p for p in mentions.people if p.span.start != second))
    found = _with_short_names(doc.text, missed)
    again = [p for p in found.people if p.span.start == second]
    assert again and again[0].key == next(p.key for p in mentions.people if p.text == "Marek")
    # near miss: inside a longer capitalized run ("Marek Bridge") the word is no mention
    text = "President Marek spoke on Monday.\n\nThe Marek Bridge reopened."
    doc = clean(RawDocument(content=text, kind="json", source="test", meta=(("title", "T"),)))
    mentions = recognize(doc, segment(doc))
    assert _with_short_names(doc.text, mentions).people == mentions.people


# -- what is a quote: names of things, exclamations, typewriter single marks ---------------

def quote_texts(text: str) -> list[str]:
    return [q.text for q in read(text).quotes]


def test_a_title_cased_name_after_a_possessive_an_article_or_a_name_is_no_quote():
    assert quote_texts(MEETING + "Marek told the Lunavik Herald's “Morning Desk” on Thursday that talks were over.") == []
    assert quote_texts(MEETING + "Marek said he had won an “Order of Valour” medal in 2019.") == []
    assert quote_texts(MEETING + "The rights group Human Rights Centre “Vesna” said the talks were over.") == []
    # near miss: words a person says, even title-cased, after a verb
    assert quote_texts(MEETING + "Marek said simply “Never Again” and left.") == ["Never Again"]


def test_an_exclamation_after_a_colon_is_a_quote():
    got = speakers(MEETING + "Marek ended his post with a declaration: “LUNAVIK IS BACK!”")
    assert got["LUNAVIK IS BACK!"] == "Ivo Marek"


def test_typewriter_single_marks_are_quotes_where_a_paragraph_has_no_double_marks():
    got = speakers(MEETING + "Latvia responded by writing on X that its allies form an 'inseparable' part of "
                   "the truce, and that violations carry 'explicit costs'.")
    assert got == {"inseparable": "Latvia", "explicit costs": "Latvia"}
    # near miss: apostrophes of contractions and plural possessives are no quotes
    assert quote_texts(MEETING + "The envoys' talks don't end until the ministers' deputies sign.") == []


def test_a_pronoun_inside_a_persons_clause_is_someone_else():
    got = speakers(MEETING + "Vidal said the talks would resume in June. Marek, she said, had made “a serious offer”.")
    assert got["a serious offer"] == "Ines Vidal"
    # near miss: "Marek said" with no parenthetical is still Marek's
    got = speakers(MEETING + "Vidal said the talks would resume in June. Marek said he had made “a serious offer”.")
    assert got["a serious offer"] == "Ivo Marek"


def test_a_block_quotes_credit_line_names_its_speaker():
    got = speakers(MEETING + "“We will not leave without a deal.”\n\n— Ivo Marek, rebel envoy\n\n"
                   "The talks went on until late.")
    assert got["We will not leave without a deal."] == "Ivo Marek"


def test_a_quote_from_a_person_before_a_colon():
    got = speakers(MEETING + "“We wait,” Vidal said.\n\nKey quote from Marek: “We will not leave without a deal.”")
    assert got["We will not leave without a deal."] == "Ivo Marek"
    # near miss: a quote about a person is not from that person
    got = speakers(MEETING + "“We wait,” Vidal said.\n\nA question about Marek: “Will he stay?”")
    assert got["Will he stay?"] != "Ivo Marek"


def test_it_said_is_the_body_heading_the_clause_before():
    got = speakers(MEETING + "Latvia's defence ministry rejected the claim. “No troops crossed the line,” it said.")
    assert got["No troops crossed the line,"] == "Latvia's defence ministry"
    # near miss: two states are no "it"; the words are their communique's
    got = speakers(MEETING + "Estonia and Latvia issued a joint communique. “The parties agree to meet again,” it said.")
    assert got["The parties agree to meet again,"] is None


def test_a_persons_office_issuing_a_statement_speaks_the_participle_quote():
    got = speakers(MEETING + "Marek's office issued a statement calling the talks “productive”.")
    assert got["productive"] == "Marek's office"


def test_a_states_top_diplomat_is_its_foreign_minister():
    text = ("Estonian Foreign Minister Ines Vidal met Latvian Defence Minister Ivo Marek in Lunavik on Monday.\n\n"
            "“It is a trap,” Estonia's top diplomat said.")
    assert speakers(text)["It is a trap,"] == "Ines Vidal"
    # near miss: Latvia's top diplomat is not named in the report
    text = text.replace("Estonia's top diplomat", "Latvia's top diplomat")
    assert speakers(text)["It is a trap,"] is None
