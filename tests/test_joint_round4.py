"""Round four on the actors of statements, above all joint acts: who "the two ministers",
"the pair" or an agreement told without a subject stand for. Every sentence is written for
the test; the parties are states the lexicon knows, the people invented."""

from __future__ import annotations

from test_statements_syntax import keys, read

MEETING = "Delegations of Estonia and Latvia met in Riga on Monday for a second round of talks. "
PAIR = "Minister Anna Kovic of Estonia and Minister Janis Berzins of Latvia met in Riga on Monday. "


# ---------------------------------------------------------------- joint subjects

def test_the_two_ministers_the_two_and_the_pair_are_the_sides_of_the_meeting():
    for subject in ("The two ministers", "The two", "The pair", "Both ministers"):
        got = keys(PAIR + f"{subject} agreed on a ceasefire.")
        assert ("agree", ("EST", "LVA"), "ceasefire") in got, subject


def test_a_two_word_compound_is_no_joint_subject():
    # near miss: "the two-week truce" names no subject; Estonia alone accepts it
    got = keys(PAIR + "After the two-week truce, Estonia accepted the ceasefire proposal.")
    assert ("accept", ("EST",), "ceasefire") in got
    assert not any(k[0] == "accept" and len(k[1]) == 2 for k in got)


def test_an_offer_made_by_both_sides_together_is_their_agreement():
    got = keys(MEETING + "Both sides reiterated their readiness to continue working toward a peace agreement.")
    assert ("agree", ("EST", "LVA"), "peace_agreement") in got
    assert not any(k[0] == "offer" for k in got)


def test_an_offer_by_one_side_stays_an_offer():
    # near miss: one party's readiness is its offer
    got = keys(MEETING + "Estonia reiterated its readiness to continue working toward a peace agreement.")
    assert ("offer", ("EST",), "peace_agreement") in got
    assert not any(k[0] == "agree" for k in got)


# ---------------------------------------------------------------- agreement without a subject

def test_an_agreement_told_without_a_subject_is_the_meetings_sides():
    for sentence in ("An agreement was reached on a ceasefire.", "A deal on a ceasefire was struck.",
                     "A ceasefire was agreed.", "It was agreed that the ceasefire will be extended."):
        got = keys(MEETING + sentence)
        assert ("agree", ("EST", "LVA"), "ceasefire") in got, sentence


def test_talks_told_without_a_subject_are_the_meetings_sides():
    got = keys(MEETING + "Talks on a ceasefire were held in a good atmosphere.")
    assert ("discuss", ("EST", "LVA"), "ceasefire") in got


def test_the_inferred_parties_carry_a_coded_diagnostic():
    rec = read(MEETING + "An agreement was reached on a ceasefire.")
    st = next(s for s in rec.statements if s.act == "agree")
    doubts = [d for d in rec.diagnostics if d.code == "W105"]
    assert [d.item for d in doubts] == [st.id]
    assert doubts[0].evidence and "agreement was reached" in doubts[0].evidence[0].of(rec.document.text)


def test_parties_named_in_the_sentence_carry_no_diagnostic():
    # near miss: the sides are said, so nothing is inferred
    rec = read(MEETING + "Estonia and Latvia agreed on a ceasefire.")
    assert ("agree", ("EST", "LVA"), "ceasefire") in {(s.act, tuple(sorted(s.actors)), s.issue)
                                                       for s in rec.statements}
    assert not [d for d in rec.diagnostics if d.code == "W105"]


def test_an_agreement_not_reached_or_only_hoped_for_is_no_agreement():
    # near misses: negated, conditional, modal
    for sentence in ("If a ceasefire was agreed, the markets would rise.",
                     "Officials hoped a deal on a ceasefire could be reached.",
                     "A deal on a ceasefire was not reached."):
        got = keys(MEETING + sentence)
        assert ("agree", ("EST", "LVA"), "ceasefire") not in got, sentence


def test_an_agreement_without_a_subject_and_without_a_meeting_gives_no_statement():
    # near miss: no meeting, so no sides to give it to
    assert not any(k[0] == "agree" for k in keys("A ceasefire was agreed on Monday, the radio said."))


def test_an_acceptance_by_two_parties_together_is_their_agreement():
    got = keys("Estonia and Latvia welcomed the ceasefire proposal on Monday.")
    assert ("agree", ("EST", "LVA"), "ceasefire") in got
    assert not any(k[0] == "accept" for k in got)


def test_an_acceptance_by_one_party_stays_an_acceptance():
    # near miss: one party welcomes it
    got = keys("Estonia welcomed the ceasefire proposal on Monday.")
    assert ("accept", ("EST",), "ceasefire") in got
    assert not any(k[0] == "agree" for k in got)


# ---------------------------------------------------------------- the signatories of a declaration

DECLARATION = ("We, the undersigned, welcome the ceasefire between our two nations.\n\n"
               "We agree to exchange all prisoners by the end of the year.\n\n"
               "Anna Kovic\n\nPresident of the Republic of Estonia\n\nJanis Berzins\n\nPrime Minister of Latvia")


def test_we_in_a_signed_declaration_is_its_signatories():
    got = keys(DECLARATION)
    assert ("agree", ("EST", "LVA"), "ceasefire") in got  # "we ... welcome": both signers, so an agreement
    assert ("agree", ("EST", "LVA"), "prisoner_exchange") in got


def test_we_without_a_signature_block_is_nobody():
    # near misses: the same text ending in a paragraph of prose, or one signer only
    prose = DECLARATION.replace("Anna Kovic\n\nPresident of the Republic of Estonia\n\n", "").replace(
        "Janis Berzins\n\nPrime Minister of Latvia", "The text was published on Monday by the two offices.")
    assert ("agree", ("EST", "LVA"), "ceasefire") not in keys(prose)
    one = DECLARATION.replace("\n\nJanis Berzins\n\nPrime Minister of Latvia", "")
    assert ("agree", ("EST", "LVA"), "ceasefire") not in keys(one)


def test_we_in_a_quote_is_the_speaker_not_the_signatories():
    # near miss: a signed text whose "we" is quoted by a named speaker
    text = ('"We welcome the ceasefire," said Minister Anna Kovic of Estonia.\n\n'
            "Anna Kovic\n\nPresident of the Republic of Estonia\n\nJanis Berzins\n\nPrime Minister of Latvia")
    got = keys(text)
    assert ("accept", ("EST",), "ceasefire") in got
    assert ("agree", ("EST", "LVA"), "ceasefire") not in got


# ---------------------------------------------------------------- everyone at the table

CHAIRED = "Delegations of Estonia and Latvia met in Riga on Monday for talks mediated by Finland. "


def test_the_negotiators_at_chaired_talks_are_everyone_at_the_table():
    got = keys(CHAIRED + "The negotiators discussed how a ceasefire would be monitored.")
    assert ("discuss", ("EST", "FIN", "LVA"), "ceasefire") in got
    got = keys(CHAIRED + "The delegations agreed to exchange 300 prisoners.")
    assert ("agree", ("EST", "FIN", "LVA"), "prisoner_exchange") in got


def test_the_two_delegations_and_named_negotiators_are_the_sides_only():
    # near misses: a subject that counts two, and negotiators said to be from two parties
    for subject in ("The two delegations", "Negotiators from Estonia and Latvia"):
        got = keys(CHAIRED + f"{subject} discussed how a ceasefire would be monitored.")
        assert ("discuss", ("EST", "LVA"), "ceasefire") in got, subject
        assert ("discuss", ("EST", "FIN", "LVA"), "ceasefire") not in got, subject


# ---------------------------------------------------------------- pronoun subjects

def _doubts(text: str, code: str) -> list[str]:
    return [d.message for d in read(text).diagnostics if d.code == code]


def test_she_is_the_subject_of_the_sentence_before_not_its_object():
    text = "Minister Anna Kovic of Estonia met Minister Janis Berzins of Latvia in Riga. She rejected the ceasefire proposal."
    assert ("reject", ("EST",), "ceasefire") in keys(text)
    assert ("reject", ("LVA",), "ceasefire") not in keys(text)
    assert any("'she'" in m for m in _doubts(text, "W106"))


def test_he_after_a_paragraph_break_is_the_last_person_named():
    # near miss: the sentence before is in another paragraph, so its subject is not preferred
    text = "Minister Anna Kovic of Estonia met Minister Janis Berzins of Latvia in Riga.\n\nHe rejected the ceasefire proposal."
    assert ("reject", ("LVA",), "ceasefire") in keys(text)


def test_it_is_the_party_in_the_subject_place_of_the_sentence_before():
    text = "Latvia sent a delegation to Riga on Monday. It proposed a ceasefire."
    assert ("propose", ("LVA",), "ceasefire") in keys(text)
    assert any("'it'" in m for m in _doubts(text, "W106"))


def test_it_after_a_party_in_an_object_phrase_is_nobody():
    # near miss: "talks with Latvia" names Latvia in no subject place
    assert not any(k[0] == "propose" for k in keys("Talks with Latvia ended on Monday. It proposed a ceasefire."))


def test_a_pronoun_that_says_who_speaks_gives_no_diagnostic():
    # near miss: "Estonia said it would ..." is the speaker itself, nothing guessed
    text = "Estonia said on Monday it would propose a ceasefire."
    assert ("propose", ("EST",), "ceasefire") in keys(text)
    assert not _doubts(text, "W106")


# ---------------------------------------------------------------- what a party wants of itself

def test_what_a_party_wants_of_itself_is_its_offer():
    got = keys("Minister Anna Kovic of Estonia said she wanted Estonia to supply Latvia with grain.")
    assert ("offer", ("EST",), "other") in got and ("demand", ("EST",), "other") not in got
    got = keys("Estonia wants its army to guard the border crossing.")
    assert ("offer", ("EST",), "territory") in got and ("demand", ("EST",), "territory") not in got


def test_what_a_party_wants_of_another_stays_a_demand():
    # near misses: another party, another party's army, and a deal that "must allow" the party
    assert ("demand", ("EST",), "other") in keys(
        "Minister Anna Kovic of Estonia said she wanted Latvia to supply Estonia with grain.")
    assert ("demand", ("EST",), "territory") in keys("Estonia wants Latvia's army to leave the border crossing.")
    got = keys("Minister Anna Kovic of Estonia insisted that any deal must allow Estonia to keep its troops at the border.")
    assert not any(k[0] == "offer" for k in got)


# ---------------------------------------------------------------- possessives the sentence does not resolve

def test_her_government_is_the_party_of_the_person_named_before():
    for text in ("Minister Anna Kovic of Estonia met Latvia's envoy in Riga, and her government then proposed a ceasefire.",
                 "Minister Anna Kovic of Estonia met Latvia's envoy in Riga. Her government then proposed a ceasefire to Latvia."):
        got = keys(text)
        assert ("propose", ("EST",), "ceasefire") in got, text
        assert ("propose", ("LVA",), "ceasefire") not in got, text


def test_its_opening_a_sentence_is_the_subject_of_the_sentence_before():
    text = "Latvia rejected the plan on Monday. Its foreign minister then told Estonia that he proposed a ceasefire."
    assert ("propose", ("LVA",), "ceasefire") in keys(text)
    assert any("'its'" in m for m in _doubts(text, "W106"))


def test_its_after_a_party_in_no_subject_place_is_not_that_party():
    # near miss: "talks with Latvia" puts Latvia in an object phrase
    text = "Talks with Latvia ended on Monday. Its foreign minister then told Estonia that he proposed a ceasefire."
    assert ("propose", ("LVA",), "ceasefire") not in keys(text)


# ---------------------------------------------------------------- a body named by its leader

def test_a_body_named_by_its_leaders_surname_is_the_leaders_party():
    from parley.model import Actor, Span
    from parley.reader.assemble.statements import _leader_named

    by_id = {"a1": Actor(id="a1", name="Janis Berzins", kind="person", affiliation="LVA"),
             "a2": Actor(id="a2", name="Anna Kovic", kind="person", affiliation="EST")}
    text = "The Berzins administration has warned Estonia."
    assert _leader_named(text, Span(0, len("The Berzins")), by_id) == ["LVA"]
    got = keys("The Berzins administration rejected the ceasefire proposal. President Janis Berzins of Latvia spoke.")
    assert ("reject", ("LVA",), "ceasefire") in got


def test_a_body_named_by_no_known_surname_or_a_shared_one_has_no_party():
    # near misses: a surname nobody in the report bears, and one two people of two parties bear
    from parley.model import Actor, Span
    from parley.reader.assemble.statements import _leader_named

    by_id = {"a1": Actor(id="a1", name="Janis Berzins", kind="person", affiliation="LVA"),
             "a2": Actor(id="a2", name="Maris Berzins", kind="person", affiliation="EST")}
    assert _leader_named("The Ozols administration", Span(0, 9), by_id) == []
    assert _leader_named("The Berzins administration", Span(0, 11), by_id) == []


# ---------------------------------------------------------------- one side agreeing to another's proposal

def test_one_side_agreeing_to_what_another_suggested_is_its_acceptance():
    got = keys(MEETING + "Latvia agreed to a one-week truce suggested by Finland.")
    assert ("accept", ("LVA",), "ceasefire") in got
    assert ("agree", ("EST", "LVA"), "ceasefire") not in got


def test_one_side_agreeing_to_a_truce_with_the_other_or_a_brokered_one_stays_joint():
    # near misses: a partner named, and a truce a mediator brokered (still the two sides' deal)
    assert ("agree", ("EST", "LVA"), "ceasefire") in keys(MEETING + "Latvia agreed to a one-week truce with Estonia.")
    got = keys(MEETING + "Latvia and Estonia agreed to a one-week truce brokered by Finland.")
    assert ("agree", ("EST", "LVA"), "ceasefire") in got
    assert not any(k[0] == "accept" for k in got)


# ---------------------------------------------------------------- talks named by their sides

def test_talks_named_by_their_sides_are_those_sides_not_the_reports_main_pair():
    text = ("Finland's envoy Anna Kovic will be attempting to break the gridlock with Sweden over trade in the "
            "morning before overseeing Estonia-Latvia peace talks in the afternoon.")
    got = keys(text)
    assert ("discuss", ("EST", "LVA"), "peace_agreement") in got
    assert ("discuss", ("FIN", "SWE"), "peace_agreement") not in got


def test_talks_with_one_side_in_their_modifiers_keep_their_partner():
    # near miss: one party before the noun, the other after "with": both, and nobody else
    got = keys("Finland and Sweden watched as Estonian peace talks with Latvia opened in Geneva on Monday.")
    assert ("discuss", ("EST", "LVA"), "peace_agreement") in got
    assert ("discuss", ("FIN", "SWE"), "peace_agreement") not in got


def test_the_owner_of_talks_is_one_of_their_sides():
    got = keys("Latvia expressed frustration with its ongoing peace talks with Estonia and Finland this week.")
    assert ("discuss", ("EST", "FIN", "LVA"), "peace_agreement") in got
    assert ("discuss", ("EST", "FIN"), "peace_agreement") not in got


def test_talks_owned_by_nobody_are_between_their_partners():
    # near miss: no owner, so only the partners named after "between"
    got = keys("Latvia watched the ongoing peace talks between Estonia and Finland this week.")
    assert ("discuss", ("EST", "FIN"), "peace_agreement") in got
    assert ("discuss", ("EST", "FIN", "LVA"), "peace_agreement") not in got
