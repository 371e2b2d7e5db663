"""Issue 8 (speed9): work done once per report, counted, not timed."""

from __future__ import annotations

from parley.lexicon import parties as party_lex
from parley.model import RawDocument
from parley.reader.pipeline import extract
from parley.reader.recognize import parties

TEXT = ("The Lantern Front (LF) and the government met in Zenda on Monday. The LF said it proposed a "
        "ceasefire. The government rejected the plan.")


def test_a_report_finds_its_party_mentions_once() -> None:
    before = parties.CALLS["found"]
    extract(RawDocument(content=TEXT + " Once more.", source="speed9-test"))
    assert parties.CALLS["found"] - before == 1  # people (the government's state) and recognize share it


def test_a_near_miss_another_text_finds_them_afresh() -> None:
    first = parties.find_parties(TEXT)
    before = parties.CALLS["found"]
    other = parties.find_parties(TEXT.replace("Lantern Front (LF)", "Tide Front (TF)").replace("LF", "TF"))
    assert parties.CALLS["found"] - before == 1
    assert {p.code for p in first} == {"LF"} and {p.code for p in other} == {"TF"}


def test_the_kept_mentions_are_a_fresh_list_equal_to_a_new_finding() -> None:
    got = parties.find_parties(TEXT)
    got.clear()  # a caller's list is its own
    again = parties.find_parties(TEXT)
    assert again == parties._find_parties(TEXT) and again


def test_governments_named_is_a_fresh_set_each_time() -> None:
    text = "The Zambian government met the rebels of the Lantern Front in Zenda."
    named = party_lex.governments_named(text)
    want = set(named)
    named.pop()  # callers pop from it
    assert party_lex.governments_named(text) == want
    assert want == {"ZMB"}
    assert party_lex.governments_named("Talks with Zambia resumed in Zenda.") == set()  # near miss: no government


def test_government_state_reads_the_movements_table_as_before() -> None:
    assert party_lex.government_state("Talks with the National Liberation Army resumed.") == "COL"
    # near miss: the tail of a longer name is no movement of the table
    assert party_lex.government_state("The Upland National Liberation Army met the envoys.") != "COL"


class _Counting:
    """A pattern that counts its searches."""

    def __init__(self, rx: object) -> None:
        self.rx, self.searches = rx, 0

    def search(self, *args: object) -> object:
        self.searches += 1
        return self.rx.search(*args)  # type: ignore[attr-defined]


def test_delegation_searches_run_only_where_their_words_occur(monkeypatch) -> None:
    from parley.reader.recognize import people

    counted = {name: _Counting(getattr(people, name)) for name in ("_DELEGATION", "_REPRESENTED", "_WHOSE_LED")}
    for name, c in counted.items():
        monkeypatch.setattr(people, name, c)
    people._delegations("The envoys of Ruritania met in Zenda. They spoke for an hour.", [])
    assert [c.searches for c in counted.values()] == [0, 0, 0]
    # near miss: "led" is there, so the delegation pattern runs (and finds its one match, then none)
    people._delegations("The Ruritanian delegation was led by Ivo Marek. Ruritania was represented by Ana Vasko.", [])
    assert counted["_DELEGATION"].searches >= 1 and counted["_REPRESENTED"].searches >= 1
    assert counted["_WHOSE_LED"].searches == 0


def test_a_long_title_is_read_only_where_a_head_word_stands_before(monkeypatch) -> None:
    from parley.reader.recognize import people

    counted = _Counting(people._LONG_TITLE)
    monkeypatch.setattr(people, "_LONG_TITLE", counted)
    text = "Talks resumed on Monday, said Ivo Marek"
    assert people._long_title_before(text, text.index("Ivo")) is None and counted.searches == 0
    text = "said the Minister of State for Foreign Affairs Ivo Marek"  # near miss: a head word, so it is read
    got = people._long_title_before(text, text.index("Ivo"))
    assert counted.searches == 1 and got is not None and got[0].startswith("Minister of State")


def test_introduced_parties_is_a_fresh_dict_and_reads_each_text() -> None:
    text = "The Lantern Front (LF) met the envoys. The LF said it was ready."
    got = party_lex.introduced_parties(text)
    assert got == {"LF": "LF", "Lantern Front": "LF"}
    got["XX"] = "XX"  # a caller's dict is its own
    assert "XX" not in party_lex.introduced_parties(text)
    # near miss: another report's short names are its own, not the last one's
    assert party_lex.introduced_parties("The Tide Front (TF) met the envoys.") == {"TF": "TF", "The Tide Front": "TF"}
