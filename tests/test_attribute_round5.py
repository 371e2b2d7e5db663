"""Quote speakers, round 5: classes of attribution seen on reports from other outlets.

Each rule with short invented reports (invented people and places) and a near miss that
must not fire.
"""

from __future__ import annotations

import parley
from parley.model import RawDocument, Record


def read(text: str) -> Record:
    meta = (("title", "Test report"), ("published", "2031-05-01T09:00"), ("outlet", "Example Daily"))
    return parley.read(RawDocument(content=text, kind="json", source="test", meta=meta))


def speakers(text: str) -> dict[str, str | None]:
    rec = read(text)
    out = {}
    for q in rec.quotes:
        actor = rec.actor(q.speaker)
        out[q.text] = actor.name if actor else None
    return out


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
