"""Properties of the whole read: whatever the report, every span is in bounds and says
what it claims; planted mentions come back at their exact offsets."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import parley
from parley.model import RawDocument

PARTIES = ["Bolivian", "Chilean", "Gabonese", "Uruguayan", "Malawian", "Kenyan", "Honduran", "Ghanaian"]
TITLES = ["Foreign Minister", "special envoy", "presidential aide", "Prime Minister", "spokesman"]
FIRST = ["Alma", "Petr", "Arta", "Deniz", "Karim", "Lena", "Tomas", "Farid"]
LAST = ["Petrovic", "Berisha", "Aksoy", "Haddad", "Petrosyan", "Novak", "Mwale", "Brandt"]
VERBS = ["agreed to exchange", "proposed", "rejected", "demanded", "discussed", "offered to return"]
THINGS = ["300 prisoners each", "a ceasefire of 24-48 hours", "the bodies of 40 soldiers",
          "a summit by the end of June", "two working groups", "security guarantees"]


@st.composite
def reports(draw) -> str:
    paras = []
    for _ in range(draw(st.integers(1, 6))):
        who = f"{draw(st.sampled_from(PARTIES))} {draw(st.sampled_from(TITLES))} " \
              f"{draw(st.sampled_from(FIRST))} {draw(st.sampled_from(LAST))}"
        kind = draw(st.integers(0, 3))
        if kind == 0:
            paras.append(f"{who} said the two sides {draw(st.sampled_from(VERBS))} {draw(st.sampled_from(THINGS))}.")
        elif kind == 1:
            paras.append(f"\u201c{draw(st.text(min_size=1, max_size=60))},\u201d {who} said on Tuesday.")
        elif kind == 2:
            paras.append(f"Talks were held in {draw(st.sampled_from(['Lusaka', 'Maputo', 'Helsinki']))} on Monday, "
                         f"chaired by {who}.")
        else:
            paras.append(draw(st.text(max_size=200)))
    return "\n\n".join(paras)


def check_record(record) -> None:
    text = record.document.text
    for item in (*record.actors, *record.meetings, *record.statements, *record.quotes):
        assert item.evidence, f"{type(item).__name__} without evidence"
        for sp in item.evidence:
            assert 0 <= sp.start < sp.end <= len(text)
    for q in record.quotes:
        assert any(q.text in text[sp.start:sp.end] for sp in q.evidence)
    for a in record.actors:
        if a.kind == "person":
            for sp in a.evidence:
                assert text[sp.start:sp.end] in (a.name, *a.aliases)
    ids = {a.id for a in record.actors}
    for s in record.statements:
        assert s.speaker is None or s.speaker in ids
    for m in record.meetings:
        assert all(c in ids for c in m.chairs) and all(a in ids for _p, a in m.heads)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(reports(), st.sampled_from([None, "2025-07-24T09:17", "2026-02-05", "not a date"]))
def test_spans_hold_for_any_report(text: str, published: str | None):
    meta = (("title", "t"), ("published", published)) if published else (("title", "t"),)
    record = parley.read(RawDocument(content=text, kind="json", source="prop", meta=meta))
    check_record(record)


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=400))
def test_read_never_raises_on_arbitrary_text(text: str):
    from parley.errors import InputError

    try:
        record = parley.read(RawDocument(content=text, kind="text", source="fuzz"))
    except InputError:
        return
    check_record(record)


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from("abc def. \n"), max_size=300), st.sampled_from(FIRST),
       st.sampled_from(LAST))
def test_planted_person_comes_back_at_its_offsets(filler: str, first: str, last: str):
    lead = "The talks went on. "
    planted = f"Uruguayan Foreign Minister {first} {last} said the meeting was useful."
    text = f"{lead}{filler.strip()} {planted}".replace("\n", " ")
    record = parley.read(RawDocument(content=text, kind="json", source="plant", meta=(("title", "t"),)))
    body = record.document.text
    start = body.index(f"{first} {last}")
    actor = next(a for a in record.actors if a.name == f"{first} {last}")
    assert (start, start + len(first) + 1 + len(last)) in [(sp.start, sp.end) for sp in actor.evidence]
    assert actor.affiliation == "URY"
