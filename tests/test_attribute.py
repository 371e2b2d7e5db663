"""Who said a quote: each rule with a short invented report and a near miss."""

from __future__ import annotations

import parley
from parley.model import RawDocument, Record


def read(text: str) -> Record:
    meta = (("title", "Test report"), ("published", "2024-05-01T09:00"), ("outlet", "Example Daily"))
    return parley.read(RawDocument(content=text, kind="json", source="test", meta=meta))


def speakers(text: str) -> dict[str, str | None]:
    rec = read(text)
    out = {}
    for q in rec.quotes:
        actor = rec.actor(q.speaker)
        out[q.text] = actor.name if actor else None
    return out


def test_the_subject_of_a_sentence_says_the_quote_without_a_speech_verb():
    got = speakers("Foreign Minister Lena Petrosyan on Monday chided the rebels for their "
                   "“stubborn refusal to talk.”")
    assert got["stubborn refusal to talk."] == "Lena Petrosyan"


def test_a_sentence_whose_subject_is_no_person_gives_no_speaker():
    got = speakers("Foreign Minister Lena Petrosyan arrived in the capital.\n\n"
                   "The deadly strikes prompted fears that new talks would be “pointless” for now.")
    assert got["pointless"] is None


def test_a_pronoun_is_the_person_last_in_focus_not_the_last_speaker():
    got = speakers("“We will not yield,” Interior Minister Ivo Marek said on Monday.\n\n"
                   "Prime Minister Ana Vidal fired back on Thursday. “We are not afraid of anyone,” she declared.")
    assert got["We are not afraid of anyone,"] == "Ana Vidal"


def test_a_person_in_a_prepositional_phrase_is_not_in_focus():
    got = speakers("“We will not yield,” Interior Minister Ivo Marek said on Monday.\n\n"
                   "Talks with Prime Minister Ana Vidal ended on Thursday. “We are not afraid of anyone,” he declared.")
    assert got["We are not afraid of anyone,"] == "Ivo Marek"


def test_a_person_inside_the_speakers_apposition_is_not_the_speaker():
    got = speakers("Special envoy Ivo Marek, who led the team alongside Ana Vidal, the deputy minister, "
                   "said on Tuesday that “real progress was made.”")
    assert got["real progress was made."] == "Ivo Marek"
    got = speakers("After meeting Ivo Marek, Deputy Minister Ana Vidal said that “real progress was made.”")
    assert got["real progress was made."] == "Ana Vidal"


def test_a_verb_after_a_quote_is_no_inverted_attribution_unless_it_is_one():
    got = speakers("President Ivo Marek has described the plan as “over the top,” threatened to leave "
                   "and pressured Deputy Minister Ana Vidal to resign.")
    assert got["over the top,"] == "Ivo Marek"
    got = speakers("Talks went on. “We are ready for anything,” said Deputy Minister Ana Vidal.")
    assert got["We are ready for anything,"] == "Ana Vidal"


def test_a_question_ending_its_sentence_is_still_attributed_after_it():
    got = speakers("Reporters asked about the delay.\n\n“Why did they wait so long?” Ivo Marek said before leaving.")
    assert got["Why did they wait so long?"] == "Ivo Marek"
    # near miss: a full stop ends the quote's sentence; the next sentence is a new report
    got = speakers("Reporters asked about the delay.\n\n“The talks are over for now.” Ivo Marek said on "
                   "Monday that the delegation had left.")
    assert got["The talks are over for now."] != "Ivo Marek"


def test_an_envoy_to_a_state_named_with_his_own_states_possessive():
    rec = read("Norway's ambassador to Chile, Ivo Marek, on Tuesday warned neighbours to “stay calm.”")
    (actor,) = [a for a in rec.actors if a.kind == "person"]
    assert actor.name == "Ivo Marek" and actor.affiliation == "NOR" and actor.affiliation_source == "title"
    assert rec.actor(rec.quotes[0].speaker) == actor
