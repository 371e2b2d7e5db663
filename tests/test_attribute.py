"""Who said a quote: each rule with a short invented report and a near miss."""

from __future__ import annotations

from tests.reports import read, speakers


def test_the_subject_of_a_sentence_says_the_quote_without_a_speech_verb():
    got = speakers("Foreign Minister Lena Petrosyan on Monday scolded the rebels for their "
                   "“endless delays at the table.”")
    assert got["endless delays at the table."] == "Lena Petrosyan"


def test_a_sentence_whose_subject_is_no_person_gives_no_speaker():
    got = speakers("Foreign Minister Lena Petrosyan arrived in the capital.\n\n"
                   "The deadly strikes prompted fears that new talks would be “pointless” for now.")
    assert got["pointless"] is None


def test_a_pronoun_is_the_person_last_in_focus_not_the_last_speaker():
    got = speakers("“We will not yield,” Interior Minister Ivo Marek said on Monday.\n\n"
                   "Prime Minister Ines Vidal hit back on Thursday. “We will not be bullied,” she declared.")
    assert got["We will not be bullied,"] == "Ines Vidal"


def test_a_person_in_a_prepositional_phrase_is_not_in_focus():
    got = speakers("“We will not yield,” Interior Minister Ivo Marek said on Monday.\n\n"
                   "Talks with Prime Minister Ines Vidal ended on Thursday. “We will not be bullied,” he declared.")
    assert got["We will not be bullied,"] == "Ivo Marek"


def test_a_person_inside_the_speakers_apposition_is_not_the_speaker():
    got = speakers("Special envoy Ivo Marek, who headed the mission with Ines Vidal, the deputy minister, "
                   "said on Tuesday that “the gap has narrowed.”")
    assert got["the gap has narrowed."] == "Ivo Marek"
    got = speakers("After meeting Ivo Marek, Deputy Minister Ines Vidal said that “the gap has narrowed.”")
    assert got["the gap has narrowed."] == "Ines Vidal"


def test_a_verb_after_a_quote_is_no_inverted_attribution_unless_it_is_one():
    got = speakers("President Ivo Marek has called the offer “a step too far,” vowed to walk out "
                   "and urged Deputy Minister Ines Vidal to quit.")
    assert got["a step too far,"] == "Ivo Marek"
    got = speakers("Talks went on. “We are ready for anything,” said Deputy Minister Ines Vidal.")
    assert got["We are ready for anything,"] == "Ines Vidal"


def test_a_question_ending_its_sentence_is_still_attributed_after_it():
    got = speakers("Reporters asked about the delay.\n\n“Why did they wait so long?” Ivo Marek said before leaving.")
    assert got["Why did they wait so long?"] == "Ivo Marek"
    # near miss: a full stop ends the quote's sentence; the next sentence is a new report
    got = speakers("Reporters asked about the delay.\n\n“The talks are over for now.” Ivo Marek said on "
                   "Monday that the delegation had left.")
    assert got["The talks are over for now."] != "Ivo Marek"


def test_an_envoy_to_a_state_named_with_his_own_states_possessive():
    rec = read("Iceland's ambassador to Chile, Ivo Marek, on Tuesday warned neighbours to “stay calm.”")
    (actor,) = [a for a in rec.actors if a.kind == "person"]
    assert actor.name == "Ivo Marek" and actor.affiliation == "ISL" and actor.affiliation_source == "title"
    assert rec.actor(rec.quotes[0].speaker) == actor


def test_an_organization_is_credited_through_its_people():
    got = speakers("“Freight costs will climb through the winter,” strategists at Icelandic bank Ardentia said in a "
                   "client memo. “Insurers are pricing in the danger,” they added.")
    assert got["Freight costs will climb through the winter,"] == "Ardentia"
    assert got["Insurers are pricing in the danger,"] == "Ardentia"
    got = speakers("A spokesperson for the Finnish Ministry of Defence told reporters the bases were open.\n\n"
                   "“We will not comment on operations,” the spokesperson added.")
    assert got["We will not comment on operations,"] == "Finnish Ministry of Defence"


def test_a_plain_unnamed_source_stays_without_a_speaker():
    got = speakers("“The talks are close to a deal,” a senior official said.\n\n"
                   "“Nothing is agreed yet,” a Marek aide told reporters, after Interior Minister Ivo Marek left.")
    assert got["The talks are close to a deal,"] is None
    assert got["Nothing is agreed yet,"] is None


def test_a_statement_issued_by_a_body_is_that_bodys():
    got = speakers("A statement issued by the Northern Border Guard Corps said the crossing would stay “closed "
                   "to lorries until further notice,” a wire service reported.")
    assert got["closed to lorries until further notice,"] == "Northern Border Guard Corps"


def test_a_states_officials_as_a_group_are_credited_but_one_official_is_not():
    got = speakers("Chilean officials said in a statement that “the attacks must stop now.”\n\n"
                   "One Chilean official said that “nothing has changed.”")
    assert got["the attacks must stop now."] == "Chilean officials"
    assert got["nothing has changed."] is None


def test_the_leader_of_a_state_is_its_president_or_premier():
    got = speakers("Chilean President Ivo Marek met envoys on Monday.\n\n"
                   "The Chilean leader called for more trade, vowing to build “lasting goodwill.”")
    assert got["lasting goodwill."] == "Ivo Marek"
    # near miss: a leader of another state is nobody named here
    got = speakers("Chilean President Ivo Marek met envoys on Monday.\n\n"
                   "The Finnish leader called for more trade, vowing to build “lasting goodwill.”")
    assert got["lasting goodwill."] != "Ivo Marek"


def test_a_states_possessive_with_a_title_is_that_office_holder():
    got = speakers("Iceland's foreign minister told reporters on Thursday that the government sought “no truce for now.”\n\n"
                   "Foreign Minister Ivo Marek of Iceland later repeated the point.")
    assert got["no truce for now."] == "Ivo Marek"


def test_the_speech_verb_nearest_the_quote_names_its_speaker():
    got = speakers("Ivo Marek said on Monday that an accord was close, while Ines Vidal, spokeswoman for the Chilean "
                   "foreign ministry, told a radio station that “Chile has gone more than halfway.”")
    assert got["Chile has gone more than halfway."] == "Ines Vidal"


def test_a_name_after_while_speaks_the_words_after_it_not_the_quote_before():
    got = speakers("Interior Minister Ivo Marek arrived on Monday.\n\nRebel commanders said the strike would "
                   "“not go unpunished,” while Supreme Leader Ines Vidal said it was an “obligation” to respond.")
    assert got["not go unpunished,"] != "Ines Vidal"


def test_the_verb_of_a_relative_clause_is_its_antecedents():
    got = speakers("“We stand firm,” Interior Minister Ivo Marek said on Monday.\n\n"
                   "The complaint was taken up by Ines Vidal of the opposition bloc, who posted on X: "
                   "“A shameful day for us all!”")
    assert got["A shameful day for us all!"] == "Ines Vidal"


def test_an_apposition_may_hold_an_abbreviation():
    got = speakers("Tankers now wait for clearance, Ivo Marek, chief executive of Northwind Oil Co., said on Thursday. "
                   "“The channel is shut to our fleet.”")
    assert got["The channel is shut to our fleet."] == "Ivo Marek"


def test_a_persons_post_speaks_for_the_person():
    got = speakers("President Ivo Marek warned the rebels again.\n\nMarek's angry post, which said that Friday "
                   "“will be a day of reckoning,” alarmed the markets.")
    assert got["will be a day of reckoning,"] == "Ivo Marek"


def test_an_acronym_introduced_with_a_full_name_is_that_body():
    got = speakers("The Chilean Department of Foreign Affairs (CDFA) said on Monday it would respond.\n\n"
                   "“The claim is inaccurate,” the CDFA said.")
    assert got["The claim is inaccurate,"] == "CDFA"  # round 6: by its acronym, with the full name's party
    got = speakers("The strike hit at 2 a.m., involving a “long-range drone,” according to state media outlet NRTV.")
    assert got["long-range drone,"] == "NRTV"


def test_a_state_or_its_body_as_the_subject_says_the_quote():
    got = speakers("But Chile has stressed its fleet was never on the table and that this point was “beyond debate.”")
    assert got["beyond debate."] == "Chile"
    got = speakers("The Chilean Navy patrols the straits each week, saying it is “defending free passage for all.”")
    assert got["defending free passage for all."] == "The Chilean Navy"
    # near miss: a thing of the state's is not the state speaking
    got = speakers("Chile's rider that transit is only “provisional” worried traders.")
    assert got["provisional"] is None


def test_it_is_the_body_that_spoke_last():
    got = speakers("Gridco, the state grid company, said the strike was its third this month.\n\n"
                   "It said the deficit had grown “significantly” since Monday.")
    assert got["significantly"] == "Gridco"
    # near miss: "it" never stands for a person
    got = speakers("Interior Minister Ivo Marek said the strike was its third this month.\n\n"
                   "It said the deficit had grown “significantly” since Monday.")
    assert got["significantly"] != "Ivo Marek"


def test_a_speaker_with_an_apposition_after_the_quote():
    got = speakers("Talks had stalled.\n\n“How can talks succeed when one side walks out?” Chile’s Prime Minister "
                   "Ines Vidal, a broker of the accord, wrote on X on Wednesday.")
    assert got["How can talks succeed when one side walks out?"] == "Ines Vidal"


def test_a_readout_after_the_quote_yields_to_the_person_who_said_it():
    got = speakers("In calls with both sides, Foreign Minister Ivo Marek said it was vital to avoid "
                   "“a wider war in the region,” according to Foreign Ministry readouts.")
    assert got["a wider war in the region,"] == "Ivo Marek"


def test_a_participle_belongs_to_the_subject_of_its_clause():
    got = speakers("In an interview with the host Ines Vidal, President Ivo Marek cast the deal as a gift, "
                   "describing it as “a service to the nation.”")
    assert got["a service to the nation."] == "Ivo Marek"


def test_the_subject_of_a_subordinate_clause_speaks_its_quote():
    got = speakers("Chile blamed the raid on its rival; the rival has denied taking part, although President "
                   "Ivo Marek described the dead man as a “turncoat.”")
    assert got["turncoat."] == "Ivo Marek"


def test_an_aside_between_dashes_does_not_hide_the_body_that_speaks():
    got = speakers("In a statement, the Mothers Forum for Peace – which speaks for the captives’ kin – said "
                   "that “talks are the only road back for them.”")
    assert got["talks are the only road back for them."] == "Mothers Forum for Peace"  # round 6: the whole name


def test_a_states_lawmakers_as_the_subject_are_credited_as_a_group():
    got = speakers("Chilean lawmakers ended their appeal by urging sanctions, arguing that statements alone "
                   "had “changed nothing.”")
    assert got["changed nothing."] == "Chilean lawmakers"


def test_a_relative_clause_puts_its_antecedent_in_focus():
    got = speakers("“Progress is real,” President Ivo Marek said in his address.\n\nMissing from the hall was "
                   "Ines Vidal, who later criticised the address. “We expected more,” she said in a written reply.")
    assert got["We expected more,"] == "Ines Vidal"


def test_a_state_name_between_a_title_and_a_surname_is_a_given_name():
    rec = read("Foreign Minister Chad Vernon said the deal was “bold and welcome.”")
    assert [a.name for a in rec.actors if a.kind == "person"] == ["Chad Vernon"]
    # near miss: after "to" it is the state the envoy is sent to
    rec = read("The Ambassador to Chad Ivo Marek said the deal was “bold and welcome.”")
    assert "Chad Ivo Marek" not in [a.name for a in rec.actors]


def test_a_pronoun_skips_a_person_of_the_other_sex_where_a_title_tells():
    text = ("Spokeswoman Ines Vidal said the talks would resume.\n\nKing Ivo Marek arrived on Monday. "
            "“We are ready for the next round,” {} said.")
    assert speakers(text.format("she"))["We are ready for the next round,"] == "Ines Vidal"
    assert speakers(text.format("he"))["We are ready for the next round,"] == "Ivo Marek"


def test_single_marks_are_quotes_where_a_paragraph_uses_no_double_ones():
    got = speakers("‘We will not give up,’ Foreign Minister Ines Vidal said. The leaders’ talks ended late.")
    assert got == {"We will not give up,": "Ines Vidal"}
    got = speakers("President Ivo Marek called the plan ‘dead on arrival’ and left the room.")
    assert got == {"dead on arrival": "Ivo Marek"}
    # near misses: apostrophes and plural possessives are no quotes, nor marks inside a double quote
    assert speakers("The ministers’ meeting ended. Ivo Marek’s plan was ready for the envoys’ review.") == {}
    assert list(speakers("“It is a ‘historic’ step,” Ivo Marek said.")) == ["It is a ‘historic’ step,"]


def test_introductions_like_fumed_and_restated_take_their_subject():
    got = speakers("Interior Minister Ivo Marek fumed that the offer was “an insult to every family.”")
    assert got["an insult to every family."] == "Ivo Marek"
    got = speakers("“Our terms have not changed,” Deputy Minister Ines Vidal restated on Monday.")
    assert got["Our terms have not changed,"] == "Ines Vidal"


def test_a_new_impersonal_clause_cuts_the_quote_from_an_earlier_speech_verb():
    got = speakers("When the rebels answered, it was thought that the verdict “would come fast and be kind.”")
    assert got["would come fast and be kind."] is None
    # near miss: with no new clause the verb's subject speaks
    got = speakers("When asked, Interior Minister Ivo Marek answered that the verdict “would come fast and be kind.”")
    assert got["would come fast and be kind."] == "Ivo Marek"


def test_a_subordinate_clause_subject_speaks_no_quote_past_its_clause():
    got = speakers("When Chile replied on Monday, the mood in the room was “electric.”")
    assert got["electric."] is None


def test_a_media_outlets_proper_name_and_a_bodys_spokesperson_speak_for_them():
    got = speakers("Borduria’s Nova news agency said that “unreasonable” demands had stalled the talks.")
    assert got["unreasonable"] == "Nova"
    got = speakers("Questioned about the Courier’s story, an Army spokesperson told reporters, “The battalion has not moved.”")
    assert got["The battalion has not moved."] == "Army"
    # near miss: "media reports noted" is a noun, and a state's official stays unnamed
    got = speakers("State media reports noted “deep rifts” in the talks.")
    assert got["deep rifts"] != "State media"
    got = speakers("A Chilean official told reporters, “The battalion has not moved.”")
    assert got["The battalion has not moved."] is None


def test_a_news_agency_relaying_a_quote_yields_to_the_person_quoted():
    got = speakers("President Ivo Marek condemned the bombing, calling it “a shameful crime,” according to the "
                   "Nova news agency on Wednesday.")
    assert got["a shameful crime,"] == "Ivo Marek"


def test_two_states_negotiators_as_the_subject_are_no_one_party():
    rec = read("Chilean and Finnish negotiators have wrapped up a “constructive” opening session in the capital.")
    (q,) = rec.quotes
    actor = rec.actor(q.speaker)
    assert actor is not None and actor.name == "Chilean and Finnish negotiators" and actor.affiliation is None


def test_a_subordinate_clause_inside_a_clause_has_its_own_subject():
    got = speakers("This backs up rumours that the two sides were in contact after Chilean President Ivo Marek "
                   "repeated his call for a “peaceful merger” with the island.")
    assert got["peaceful merger"] == "Ivo Marek"
    # near miss: after a preposition the name is no subject
    got = speakers("This backs up rumours that the two sides were in contact with Chilean President Ivo Marek "
                   "about a “peaceful merger” with the island.")
    assert got["peaceful merger"] is None


def test_a_passive_with_its_agent_after_the_quote():
    got = speakers("Consider Ivo Marek. Described as “the busiest smuggler of his day” by the Chilean "
                   "Justice Ministry, he was jailed in 2010.")
    assert got["the busiest smuggler of his day"] == "Chilean Justice Ministry"


def test_a_person_right_before_a_participle_says_its_quote():
    got = speakers("Tensions ran high as Chile amassed troops, with President Ivo Marek days earlier warning that "
                   "“grave consequences” would follow.")
    assert got["grave consequences"] == "Ivo Marek"


def test_a_list_of_demonyms_is_no_clause_boundary():
    got = speakers("Talks between Icelandic, Chilean and Finnish negotiators wrapped up on Thursday, with all "
                   "three pledging to “keep the channel open.”")
    assert got["keep the channel open."] is None


def test_a_states_named_body_before_a_kind_word_is_the_subject():
    got = speakers("Chile’s Flood Watch organization sent out alerts of “rising water” along the coast.")
    assert got["rising water"] == "Chile’s Flood Watch"
