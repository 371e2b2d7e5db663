"""Cleaning and date finding take work linear in a report's size.

Counted, not timed: the number of Python calls (functions, generators, comprehensions and
calls into C, as ``sys.setprofile`` sees them) that ``clean`` and ``find_dates`` make on a
report, and on one four times as long. A stage quadratic in the report (a scan of every
date found so far for each new one, as ``find_dates`` once made) makes 4x the text cost
about 16x the calls; linear work costs 4x.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from types import FrameType
from typing import Any

from parley.model import Document, RawDocument
from parley.reader.clean import clean
from parley.reader.recognize import Mentions
from parley.reader.recognize.dates import find_dates
from parley.reader.segment import Parts

NAMES = ["Anna Kovic", "Petar Voss", "Lena Marsh", "Oskar Brandt", "Mira Tal"]
PLACES = ["Ruritania", "Borduria", "Syldavia", "Vorland"]
MONTHS = ["January", "March", "May", "July", "September"]


def report(paragraphs: int, seed: int = 7) -> str:
    """A page of unique invented sentences, dense with dates, wrapped in a little chrome."""
    rng = random.Random(seed)
    paras = []
    for i in range(paragraphs):
        who, a, b = rng.choice(NAMES), rng.choice(PLACES), rng.choice(PLACES)
        paras.append(
            f"{who} of {a} said on Tuesday that talks with {b} would resume on {rng.choice(MONTHS)} "
            f"{rng.randint(1, 28)}, {rng.randint(2020, 2026)}, item {i}. The next round is due within "
            f"{rng.randint(2, 30)} days, and a summit by the end of {rng.choice(MONTHS)}, officials added.")
    return "Menu\nWorld\n\nTalks go on\n\nBy Ivo Rask\n\n" + "\n\n".join(paras) + "\n\n© 2025 The Vell Post"


def calls(fn: Callable[[], object]) -> int:
    n = 0

    def count(frame: object, event: str, arg: object) -> None:
        nonlocal n
        if event in ("call", "c_call"):
            n += 1

    sys.setprofile(count)
    try:
        fn()
    finally:
        sys.setprofile(None)
    return n


def test_clean_and_find_dates_are_linear() -> None:
    small, large = report(100), report(400)
    doc_s = clean(RawDocument(content=small, kind="text", source="<s>"))
    doc_l = clean(RawDocument(content=large, kind="text", source="<l>"))
    assert len(find_dates(doc_l.text, "2025-03-04")) >= 4 * 300  # the dates are there to be found
    ratio_clean = calls(lambda: clean(RawDocument(content=large, kind="text", source="<l>"))) / calls(
        lambda: clean(RawDocument(content=small, kind="text", source="<s>")))
    ratio_dates = calls(lambda: find_dates(doc_l.text, "2025-03-04")) / calls(
        lambda: find_dates(doc_s.text, "2025-03-04"))
    assert ratio_clean < 4 * 1.25, ratio_clean
    assert ratio_dates < 4 * 1.25, ratio_dates


def test_the_count_sees_quadratic_work() -> None:
    """The near miss: the count of a quadratic scan does grow 16x, so the test can fail."""
    def quadratic(n: int) -> None:
        taken: list[int] = []
        for i in range(n):
            if all(i != t for t in taken):
                taken.append(i)

    assert calls(lambda: quadratic(400)) / calls(lambda: quadratic(100)) > 10


# --- attribution and assembly (issue 7): speakers, subjects and quotes are found by
# bisection and per-sentence indexes, not by scanning every quote, person or subject of
# the report for each sentence.

FIRST = ["Alma", "Petar", "Lena", "Oskar", "Mira", "Ivo", "Tomas", "Vida"]
STATES = ["Moldova", "Albania", "Montenegro", "Finland"]  # states the party lexicon knows; the people invented
SYLLABLES = ["Ko", "vra", "Tal", "mes", "Dor", "vin", "Bra", "sek", "Lo", "mar", "Ze", "nov"]


def _surname(i: int) -> str:
    k = len(SYLLABLES)
    return SYLLABLES[i % k].capitalize() + SYLLABLES[(i // k) % k].lower() + SYLLABLES[(i // (k * k)) % k].lower() + "ic"


def quoted_report(paragraphs: int, seed: int = 11) -> str:
    """Paragraphs of invented talk with quotes, speakers named before and after, and pronouns,
    each paragraph with people of its own, so that the people, quotes and subjects grow with it."""
    rng = random.Random(seed)
    paras = []
    for i in range(paragraphs):
        a, b = rng.sample(STATES, 2)
        one, two = _surname(2 * i), _surname(2 * i + 1)
        paras.append(
            f"Foreign Minister {rng.choice(FIRST)} {one} of {a} met {rng.choice(FIRST)} {two} of {b} on Tuesday, "
            f"round {i}. “We want the ceasefire to hold, and the prisoners home by spring,” {one} said. "
            f"{two} told reporters the talks had been “hard but useful.” He added that {b} would "
            f"agree to a prisoner exchange of {rng.randint(10, 300)} detainees. {a} and {b} agreed to a ceasefire.")
    return "Talks go on\n\n" + "\n\n".join(paras) + "\n\n© 2025 The Vell Post"


def _stages(text: str) -> tuple[Document, Parts, Mentions]:
    from parley.reader.recognize import recognize
    from parley.reader.segment import segment

    doc = clean(RawDocument(content=text, kind="text", source="<r>"))
    parts = segment(doc)
    return doc, parts, recognize(doc, parts)


def test_attribution_and_assembly_are_linear() -> None:
    from parley.reader.assemble import assemble
    from parley.reader.attribute import attribute

    small, large = _stages(quoted_report(60)), _stages(quoted_report(240))
    said_l = attribute(*large)
    # the work is there to be done: a speaker for the quotes, people and statements found
    assert sum(q.speaker is not None for q in said_l.quotes) >= 2 * 240, len(said_l.quotes)
    assert len(large[2].people) >= 2 * 240
    ratio_attr = calls(lambda: attribute(*large)) / calls(lambda: attribute(*small))
    said_s = attribute(*small)
    record = assemble(*large, said_l, {})
    assert record.statements  # statements are read from the sentences
    ratio_asm = calls(lambda: assemble(*large, said_l, {})) / calls(lambda: assemble(*small, said_s, {}))
    assert ratio_attr < 4 * 1.25, ratio_attr
    assert ratio_asm < 4 * 1.25, ratio_asm


# --- people and meetings (issue 7, second round): a mention is matched to a person through
# keys (surname, initial, tail, first name) and each person's own sorted mention starts, and a
# sighting is folded into a meeting through the meetings filed by day, place and sentence, not
# by walking every person, mention or meeting found so far. Counted in executed lines
# (``sys.settrace``), which, unlike calls, also sees the rounds of a list comprehension.


def lines(fn: Callable[[], object]) -> int:
    n = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal n
        if event == "line":
            n += 1
        return local

    def start(frame: FrameType, event: str, arg: Any) -> Any:
        return local

    sys.settrace(start)
    try:
        fn()
    finally:
        sys.settrace(None)
    return n


def test_the_line_count_sees_a_quadratic_comprehension() -> None:
    """The near miss: a scan hidden in a list comprehension grows 16x in lines (not in calls)."""
    def quadratic(n: int) -> list[int]:
        taken = list(range(n))
        return [i for i in range(n) if [t for t in taken if t == i]]

    assert lines(lambda: quadratic(400)) / lines(lambda: quadratic(100)) > 10


GIVEN = ["Alma", "Petar", "Lena", "Oskar", "Mira", "Ivo", "Tomas", "Vida"]  # eight initials, none shared


def shared_surname_report(paragraphs: int, seed: int = 5) -> str:
    """Each paragraph: two new people who share a surname (other initials, so two people),
    a third named by surname and initial after a particle, and later bare-surname mentions,
    which must go to whichever of the two was named last."""
    rng = random.Random(seed)
    paras = []
    for i in range(paragraphs):
        a, b = rng.sample(STATES, 2)
        sur, other = _surname(3 * i), _surname(3 * i + 1)
        one, two = rng.sample(GIVEN, 2)
        paras.append(
            f"Foreign Minister {one} {sur} of {a} met Defence Minister {two} {sur} of {b} on Tuesday, "
            f"round {i}. {sur} said the talks were useful. Envoy {rng.choice(GIVEN)} bin {other} joined them, "
            f"and {other} told reporters that {a} would agree to a ceasefire.")
    return "Talks go on\n\n" + "\n\n".join(paras) + "\n\n© 2025 The Vell Post"


def test_people_matching_is_linear() -> None:
    from parley.reader.recognize.people import find_people

    small, large = shared_surname_report(50), shared_surname_report(200)
    doc_s = clean(RawDocument(content=small, kind="text", source="<s>"))
    doc_l = clean(RawDocument(content=large, kind="text", source="<l>"))
    found = find_people(doc_l.text)
    # the work is there to be done: two people per shared surname, the bare surname given to
    # the one named last before it (the defence minister), never to the first
    assert len(found.actors) >= 3 * 200, len(found.actors)
    by_id = {a.id: a for a in found.actors}
    text = doc_l.text
    bare = [m for m in found.mentions if " " not in m.text and text[m.span.end:m.span.end + 5] == " said"]
    assert len(bare) >= 200
    assert all(by_id[m.key].roles and "Defence" in by_id[m.key].roles[0] for m in bare), \
        [(m.text, by_id[m.key].roles) for m in bare[:3]]
    ratio = lines(lambda: find_people(doc_l.text)) / lines(lambda: find_people(doc_s.text))
    assert ratio < 4 * 1.25, ratio


def meetings_report(paragraphs: int, seed: int = 3) -> str:
    """Each paragraph: a session on a day of its own (two days apart from the others), then
    sentences about "the talks" with no day, which go to a meeting by the sides they name."""
    import datetime as dt

    rng = random.Random(seed)
    day0 = dt.date(2024, 1, 1)
    paras = []
    for i in range(paragraphs):
        a, b = rng.sample(STATES, 2)
        day = day0 + dt.timedelta(days=2 * i)
        paras.append(
            f"The delegations of {a} and {b} held talks on {day:%B} {day.day}, {day.year}, item {i}. "
            f"The talks between {a} and {b} were chaired by {rng.choice(GIVEN)} {_surname(i)}. "
            f"The negotiations lasted three hours.")
    return "Talks go on\n\n" + "\n\n".join(paras) + "\n\n© 2025 The Vell Post"


def test_meeting_folding_is_linear() -> None:
    from parley.reader.assemble.meetings import find_meetings

    def staged(n: int) -> tuple[Document, Parts, Mentions, tuple]:
        doc, parts, mentions = _stages(meetings_report(n))
        return doc, parts, mentions, mentions.actors

    small, large = staged(40), staged(160)
    held = find_meetings(*large)
    assert len(held) >= 160, len(held)  # one meeting per day told
    assert sum(len(m.chairs) for m in held) >= 160  # each undated sentence reached a meeting of its sides
    ratio = lines(lambda: find_meetings(*large)) / lines(lambda: find_meetings(*small))
    assert ratio < 4 * 1.25, ratio


DEMONYM = {"Moldova": "Moldovan", "Albania": "Albanian", "Montenegro": "Montenegrin", "Finland": "Finnish"}


def role_subject_report(paragraphs: int, seed: int = 9) -> str:
    """Each paragraph names a new foreign minister in full, then refers to "the <demonym>
    foreign minister" and "the foreign minister" as subjects: the people with that role grow
    with the report, and each phrase must go to the one named last."""
    rng = random.Random(seed)
    paras = []
    for i in range(paragraphs):
        a, b = rng.sample(STATES, 2)
        paras.append(
            f"Foreign Minister {rng.choice(GIVEN)} {_surname(i)} of {a} met envoys of {b} on Tuesday, round {i}. "
            f"The {DEMONYM[a]} foreign minister said the talks were useful. "
            f"Later the foreign minister told reporters that {a} would agree to a ceasefire.")
    return "Talks go on\n\n" + "\n\n".join(paras) + "\n\n© 2025 The Vell Post"


def test_role_noun_subjects_are_linear() -> None:
    from parley.reader.attribute import attribute

    small, large = _stages(role_subject_report(50)), _stages(role_subject_report(200))
    said = attribute(*large)
    doc, parts, mentions = large
    # the work is there: "the Moldovan foreign minister said" goes to the minister of that paragraph
    by_id = {a.id: a for a in mentions.actors}
    roles = [sent for sent in parts.sentences if doc.text[sent.span.start:sent.span.end].startswith("The ")]
    credited = [said.sentence_speaker.get(sent.index) for sent in roles]
    assert sum(c is not None for c in credited) >= 200, sum(c is not None for c in credited)
    for sent, c in zip(roles, credited, strict=True):
        if c is not None:
            para = doc.text.rfind("\n", 0, sent.span.start) + 1
            assert by_id[c].name.split()[-1] in doc.text[para:sent.span.start], (c, by_id[c].name)
    attribute(*small)
    ratio = lines(lambda: attribute(*large)) / lines(lambda: attribute(*small))
    assert ratio < 4 * 1.25, ratio


def places_report(paragraphs: int, seed: int = 13) -> str:
    """Venues of invented names (each with a head word the lexicon knows) and cities the
    lexicon knows (taken from it, not named here), so that both grow with the report."""
    from parley.lexicon.places import CITIES

    rng = random.Random(seed)
    cities = sorted(c for c in CITIES if " " not in c)
    heads = ["Palace", "Hotel", "Lodge", "Pavilion"]
    paras = [f"The envoys met at the {_surname(i)} {rng.choice(heads)} in {rng.choice(cities)} on Tuesday, round {i}, "
             f"and will go on to {rng.choice(cities)} next week." for i in range(paragraphs)]
    return "Talks go on\n\n" + "\n\n".join(paras)


def test_place_finding_is_linear() -> None:
    from parley.reader.recognize.places import find_places

    small, large = places_report(100), places_report(400)
    found = find_places(large)
    assert sum(p.kind == "venue" for p in found) >= 400 and sum(p.kind == "city" for p in found) >= 800
    find_places(small)
    ratio = lines(lambda: find_places(large)) / lines(lambda: find_places(small))
    assert ratio < 4 * 1.25, ratio
