"""Round four on the actors of statements, above all joint acts: who "the two ministers",
"the pair" or an agreement told without a subject stand for. Every sentence is written for
the test; the parties are states the lexicon knows, the people invented."""

from __future__ import annotations

from test_statements_syntax import keys, read

MEETING = "Delegations of Albania and Moldova met in Chisinau on Monday for a second round of talks. "
PAIR = "Minister Anna Kovic of Albania and Minister Janis Berzins of Moldova met in Chisinau on Monday. "


# ---------------------------------------------------------------- joint subjects

def test_the_two_ministers_the_two_and_the_pair_are_the_sides_of_the_meeting():
    for subject in ("The two ministers", "The two", "The pair", "Both ministers"):
        got = keys(PAIR + f"{subject} agreed on a ceasefire.")
        assert ("agree", ("ALB", "MDA"), "ceasefire") in got, subject


def test_a_two_word_compound_is_no_joint_subject():
    # near miss: "the two-week truce" names no subject; Albania alone accepts it
    got = keys(PAIR + "After the two-week truce, Albania accepted the ceasefire proposal.")
    assert ("accept", ("ALB",), "ceasefire") in got
    assert not any(k[0] == "accept" and len(k[1]) == 2 for k in got)


def test_an_offer_made_by_both_sides_together_is_their_agreement():
    got = keys(MEETING + "Both sides restated their readiness to keep working toward a peace agreement.")
    assert ("agree", ("ALB", "MDA"), "peace_agreement") in got
    assert not any(k[0] == "offer" for k in got)


def test_an_offer_by_one_side_stays_an_offer():
    # near miss: one party's readiness is its offer
    got = keys(MEETING + "Albania reiterated its readiness to continue working toward a peace agreement.")
    assert ("offer", ("ALB",), "peace_agreement") in got
    assert not any(k[0] == "agree" for k in got)


# ---------------------------------------------------------------- agreement without a subject

def test_an_agreement_told_without_a_subject_is_the_meetings_sides():
    for sentence in ("An agreement was reached on a ceasefire.", "A deal on a ceasefire was struck.",
                     "A ceasefire was agreed.", "It was agreed that the ceasefire will be extended."):
        got = keys(MEETING + sentence)
        assert ("agree", ("ALB", "MDA"), "ceasefire") in got, sentence


def test_talks_told_without_a_subject_are_the_meetings_sides():
    got = keys(MEETING + "Talks on a ceasefire were held in a good atmosphere.")
    assert ("discuss", ("ALB", "MDA"), "ceasefire") in got


def test_the_inferred_parties_carry_a_coded_diagnostic():
    rec = read(MEETING + "An agreement was reached on a ceasefire.")
    st = next(s for s in rec.statements if s.act == "agree")
    doubts = [d for d in rec.diagnostics if d.code == "W105"]
    assert [d.item for d in doubts] == [st.id]
    assert doubts[0].evidence and "agreement was reached" in doubts[0].evidence[0].of(rec.document.text)


def test_parties_named_in_the_sentence_carry_no_diagnostic():
    # near miss: the sides are said, so nothing is inferred
    rec = read(MEETING + "Albania and Moldova agreed on a ceasefire.")
    assert ("agree", ("ALB", "MDA"), "ceasefire") in {(s.act, tuple(sorted(s.actors)), s.issue)
                                                       for s in rec.statements}
    assert not [d for d in rec.diagnostics if d.code == "W105"]


def test_an_agreement_not_reached_or_only_hoped_for_is_no_agreement():
    # near misses: negated, conditional, modal
    for sentence in ("If a ceasefire was agreed, the markets would rise.",
                     "Officials hoped a deal on a ceasefire could be reached.",
                     "A deal on a ceasefire was not reached."):
        got = keys(MEETING + sentence)
        assert ("agree", ("ALB", "MDA"), "ceasefire") not in got, sentence


def test_an_agreement_without_a_subject_and_without_a_meeting_gives_no_statement():
    # near miss: no meeting, so no sides to give it to
    assert not any(k[0] == "agree" for k in keys("A ceasefire was agreed on Monday, the radio said."))


def test_an_acceptance_by_two_parties_together_is_their_agreement():
    got = keys("Albania and Moldova welcomed the ceasefire proposal on Monday.")
    assert ("agree", ("ALB", "MDA"), "ceasefire") in got
    assert not any(k[0] == "accept" for k in got)


def test_an_acceptance_by_one_party_stays_an_acceptance():
    # near miss: one party welcomes it
    got = keys("Albania welcomed the ceasefire proposal on Monday.")
    assert ("accept", ("ALB",), "ceasefire") in got
    assert not any(k[0] == "agree" for k in got)


# ---------------------------------------------------------------- the signatories of a declaration

DECLARATION = ("We, the undersigned, welcome the ceasefire between our two nations.\n\n"
               "We agree to exchange all prisoners by the end of the year.\n\n"
               "Anna Kovic\n\nPresident of the Republic of Albania\n\nJanis Berzins\n\nPrime Minister of Moldova")


def test_we_in_a_signed_declaration_is_its_signatories():
    got = keys(DECLARATION)
    assert ("agree", ("ALB", "MDA"), "ceasefire") in got  # "we ... welcome": both signers, so an agreement
    assert ("agree", ("ALB", "MDA"), "prisoner_exchange") in got


def test_we_without_a_signature_block_is_nobody():
    # near misses: the same text ending in a paragraph of prose, or one signer only
    prose = DECLARATION.replace("Anna Kovic\n\nPresident of the Republic of Albania\n\n", "").replace(
        "Janis Berzins\n\nPrime Minister of Moldova", "The text was published on Monday by the two offices.")
    assert ("agree", ("ALB", "MDA"), "ceasefire") not in keys(prose)
    one = DECLARATION.replace("\n\nJanis Berzins\n\nPrime Minister of Moldova", "")
    assert ("agree", ("ALB", "MDA"), "ceasefire") not in keys(one)


def test_we_in_a_quote_is_the_speaker_not_the_signatories():
    # near miss: a signed text whose "we" is quoted by a named speaker
    text = ('"We welcome the ceasefire," said Minister Anna Kovic of Albania.\n\n'
            "Anna Kovic\n\nPresident of the Republic of Albania\n\nJanis Berzins\n\nPrime Minister of Moldova")
    got = keys(text)
    assert ("accept", ("ALB",), "ceasefire") in got
    assert ("agree", ("ALB", "MDA"), "ceasefire") not in got


# ---------------------------------------------------------------- everyone at the table

CHAIRED = "Delegations of Albania and Moldova met in Chisinau on Monday for talks mediated by Finland. "


def test_the_negotiators_at_chaired_talks_are_everyone_at_the_table():
    got = keys(CHAIRED + "The negotiators discussed how a truce would be policed.")
    assert ("discuss", ("ALB", "FIN", "MDA"), "ceasefire") in got
    got = keys(CHAIRED + "The delegations agreed to exchange 300 prisoners.")
    assert ("agree", ("ALB", "FIN", "MDA"), "prisoner_exchange") in got


def test_the_two_delegations_and_named_negotiators_are_the_sides_only():
    # near misses: a subject that counts two, and negotiators said to be from two parties
    for subject in ("The two delegations", "Negotiators from Albania and Moldova"):
        got = keys(CHAIRED + f"{subject} discussed how a truce would be policed.")
        assert ("discuss", ("ALB", "MDA"), "ceasefire") in got, subject
        assert ("discuss", ("ALB", "FIN", "MDA"), "ceasefire") not in got, subject


# ---------------------------------------------------------------- pronoun subjects

def _doubts(text: str, code: str) -> list[str]:
    return [d.message for d in read(text).diagnostics if d.code == code]


def test_she_is_the_subject_of_the_sentence_before_not_its_object():
    text = "Minister Anna Kovic of Albania met Minister Janis Berzins of Moldova in Chisinau. She rejected the ceasefire proposal."
    assert ("reject", ("ALB",), "ceasefire") in keys(text)
    assert ("reject", ("MDA",), "ceasefire") not in keys(text)
    assert any("'she'" in m for m in _doubts(text, "W106"))


def test_he_after_a_paragraph_break_is_the_last_person_named():
    # near miss: the sentence before is in another paragraph, so its subject is not preferred
    text = "Minister Anna Kovic of Albania met Minister Janis Berzins of Moldova in Chisinau.\n\nHe rejected the ceasefire proposal."
    assert ("reject", ("MDA",), "ceasefire") in keys(text)


def test_it_is_the_party_in_the_subject_place_of_the_sentence_before():
    text = "Moldova sent a delegation to Chisinau on Monday. It proposed a ceasefire."
    assert ("propose", ("MDA",), "ceasefire") in keys(text)
    assert any("'it'" in m for m in _doubts(text, "W106"))


def test_it_after_a_party_in_an_object_phrase_is_nobody():
    # near miss: "talks with Moldova" names Moldova in no subject place
    assert not any(k[0] == "propose" for k in keys("Talks with Moldova ended on Monday. It proposed a ceasefire."))


def test_a_pronoun_that_says_who_speaks_gives_no_diagnostic():
    # near miss: "Albania said it would ..." is the speaker itself, nothing guessed
    text = "Albania said on Monday it would propose a ceasefire."
    assert ("propose", ("ALB",), "ceasefire") in keys(text)
    assert not _doubts(text, "W106")


# ---------------------------------------------------------------- what a party wants of itself

def test_what_a_party_wants_of_itself_is_its_offer():
    got = keys("Minister Anna Kovic of Albania said she wanted Albania to supply Moldova with grain.")
    assert ("offer", ("ALB",), "other") in got and ("demand", ("ALB",), "other") not in got
    got = keys("Albania wants its army to guard the border crossing.")
    assert ("offer", ("ALB",), "territory") in got and ("demand", ("ALB",), "territory") not in got


def test_what_a_party_wants_of_another_stays_a_demand():
    # near misses: another party, another party's army, and a deal that "must allow" the party
    assert ("demand", ("ALB",), "other") in keys(
        "Minister Anna Kovic of Albania said she wanted Moldova to supply Albania with grain.")
    assert ("demand", ("ALB",), "territory") in keys("Albania wants Moldova's army to leave the border crossing.")
    got = keys("Minister Anna Kovic of Albania insisted that a settlement must let Albania keep its troops at the border.")
    assert not any(k[0] == "offer" for k in got)


# ---------------------------------------------------------------- possessives the sentence does not resolve

def test_her_government_is_the_party_of_the_person_named_before():
    for text in ("Minister Anna Kovic of Albania met Moldova's envoy in Chisinau, and her government then proposed a ceasefire.",
                 "Minister Anna Kovic of Albania met Moldova's envoy in Chisinau. Her government then proposed a ceasefire to Moldova."):
        got = keys(text)
        assert ("propose", ("ALB",), "ceasefire") in got, text
        assert ("propose", ("MDA",), "ceasefire") not in got, text


def test_its_opening_a_sentence_is_the_subject_of_the_sentence_before():
    text = "Moldova rejected the plan on Monday. Its foreign minister then told Albania that he proposed a ceasefire."
    assert ("propose", ("MDA",), "ceasefire") in keys(text)
    assert any("'its'" in m for m in _doubts(text, "W106"))


def test_its_after_a_party_in_no_subject_place_is_not_that_party():
    # near miss: "talks with Moldova" puts Moldova in an object phrase
    text = "Talks with Moldova ended on Monday. Its foreign minister then told Albania that he proposed a ceasefire."
    assert ("propose", ("MDA",), "ceasefire") not in keys(text)


# ---------------------------------------------------------------- a body named by its leader

def test_a_body_named_by_its_leaders_surname_is_the_leaders_party():
    from parley.model import Actor, Span
    from parley.reader.assemble.statements import _leader_named

    by_id = {"a1": Actor(id="a1", name="Janis Berzins", kind="person", affiliation="MDA"),
             "a2": Actor(id="a2", name="Anna Kovic", kind="person", affiliation="ALB")}
    text = "The Berzins administration has warned Albania."
    assert _leader_named(text, Span(0, len("The Berzins")), by_id) == ["MDA"]
    got = keys("The Berzins administration rejected the ceasefire proposal. President Janis Berzins of Moldova spoke.")
    assert ("reject", ("MDA",), "ceasefire") in got


def test_a_body_named_by_no_known_surname_or_a_shared_one_has_no_party():
    # near misses: a surname nobody in the report bears, and one two people of two parties bear
    from parley.model import Actor, Span
    from parley.reader.assemble.statements import _leader_named

    by_id = {"a1": Actor(id="a1", name="Janis Berzins", kind="person", affiliation="MDA"),
             "a2": Actor(id="a2", name="Maris Berzins", kind="person", affiliation="ALB")}
    assert _leader_named("The Ozols administration", Span(0, 9), by_id) == []
    assert _leader_named("The Berzins administration", Span(0, 11), by_id) == []


# ---------------------------------------------------------------- one side agreeing to another's proposal

def test_one_side_agreeing_to_what_another_suggested_is_its_acceptance():
    got = keys(MEETING + "Moldova agreed to a one-week truce suggested by Finland.")
    assert ("accept", ("MDA",), "ceasefire") in got
    assert ("agree", ("ALB", "MDA"), "ceasefire") not in got


def test_one_side_agreeing_to_a_truce_with_the_other_or_a_brokered_one_stays_joint():
    # near misses: a partner named, and a truce a mediator brokered (still the two sides' deal)
    assert ("agree", ("ALB", "MDA"), "ceasefire") in keys(MEETING + "Moldova agreed to a one-week truce with Albania.")
    got = keys(MEETING + "Moldova and Albania agreed to a one-week truce brokered by Finland.")
    assert ("agree", ("ALB", "MDA"), "ceasefire") in got
    assert not any(k[0] == "accept" for k in got)


# ---------------------------------------------------------------- talks named by their sides

def test_talks_named_by_their_sides_are_those_sides_not_the_reports_main_pair():
    text = ("Finland's envoy Anna Kovic will be attempting to break the gridlock with Iceland over trade in the "
            "morning before overseeing Albania-Moldova peace talks in the afternoon.")
    got = keys(text)
    assert ("discuss", ("ALB", "MDA"), "peace_agreement") in got
    assert ("discuss", ("FIN", "ISL"), "peace_agreement") not in got


def test_talks_with_one_side_in_their_modifiers_keep_their_partner():
    # near miss: one party before the noun, the other after "with": both, and nobody else
    got = keys("Finland and Iceland watched as Albanian peace talks with Moldova opened in Lisbon on Monday.")
    assert ("discuss", ("ALB", "MDA"), "peace_agreement") in got
    assert ("discuss", ("FIN", "ISL"), "peace_agreement") not in got


def test_the_owner_of_talks_is_one_of_their_sides():
    got = keys("Moldova voiced frustration with its stalled peace talks with Albania and Finland this week.")
    assert ("discuss", ("ALB", "FIN", "MDA"), "peace_agreement") in got
    assert ("discuss", ("ALB", "FIN"), "peace_agreement") not in got


def test_talks_owned_by_nobody_are_between_their_partners():
    # near miss: no owner, so only the partners named after "between"
    got = keys("Moldova watched the ongoing peace talks between Albania and Finland this week.")
    assert ("discuss", ("ALB", "FIN"), "peace_agreement") in got
    assert ("discuss", ("ALB", "FIN", "MDA"), "peace_agreement") not in got
