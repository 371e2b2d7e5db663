"""The reader's fast paths give what the slow ones gave (issue 8, speed).

``syntax._Sentence`` reads a parsed sentence into plain lists once; the clause reader then
works on indices instead of spaCy ``Token`` objects. Every list must say what spaCy says.
"""

from __future__ import annotations

from parley.reader import syntax

SENTENCES = [
    "Ruritania will not resume the talks unless Borduria halts the shelling, Minister Anna Kovic said on Monday.",
    "The Bordurian envoy, Petar Voss, and his deputy rejected the proposal that the Syldavian delegation had "
    "put forward, which they called unacceptable.",
    "Neither side is ready to sign, but both said they would meet again in Vorland if the truce holds.",
    "“We need to see a commitment,” she told reporters.",
    "Talks.",
]


def _docs() -> list:
    return list(syntax.nlp().pipe(SENTENCES))


def test_the_token_table_says_what_spacy_says() -> None:
    for base, doc in zip((0, 17, 250, 3, 9), _docs(), strict=True):
        s = syntax._Sentence(doc, base)
        assert s.n == len(doc)
        for t in doc:
            i = t.i
            assert s.text[i] == t.text and s.low[i] == t.text.lower() and s.lower_[i] == t.lower_
            assert s.tag[i] == t.tag_ and s.dep[i] == t.dep_
            assert s.head[i] == t.head.i
            assert (s.ledge[i], s.redge[i]) == (t.left_edge.i, t.right_edge.i)
            assert s.kids[i] == [c.i for c in t.children]
            assert s.span(i).start == base + t.idx and s.span(i).end == base + t.idx + len(t.text)
            assert s.tree(i).start == base + t.left_edge.idx
            assert s.tree(i).end == base + t.right_edge.idx + len(t.right_edge.text)
            first = next(iter(t.subtree))
            # the first token of a subtree, as ``mark`` finds it
            k = i
            while [c for c in s.kids[k] if c < k]:
                k = [c for c in s.kids[k] if c < k][0]
            assert k == first.i


def test_a_head_before_its_token_is_read_as_a_negative_offset() -> None:
    # near miss for the unsigned array: "said" heads tokens on both sides of it
    doc = syntax.nlp()("Kovic said that Ruritania would sign.")
    s = syntax._Sentence(doc, 0)
    root = next(t.i for t in doc if t.dep_ == "ROOT")
    assert s.head[root] == root
    assert any(s.head[i] < i for i in range(s.n)) and any(s.head[i] > i for i in range(s.n))
    assert all(0 <= h < s.n for h in s.head)


def test_a_phrase_is_made_once_per_token_and_equal_each_time() -> None:
    doc = syntax.nlp()("Ruritania and Borduria, two old rivals, signed the accord.")
    s = syntax._Sentence(doc, 5)
    subj = next(t.i for t in doc if t.dep_ == "nsubj")
    p = s.phrase(subj)
    assert s.phrase(subj) is p
    assert [m.of("xxxxx" + doc.text) for m in p.members] == ["Ruritania", "Borduria"]
    assert [a.of("xxxxx" + doc.text) for a in p.appositions] == ["two old rivals"]


def test_a_lazy_pattern_keeps_its_methods_after_first_use() -> None:
    from parley.reader import rxcache

    lazy = rxcache.lazy(r"\bKovic\b")
    assert "search" not in lazy.__dict__  # nothing kept (and nothing compiled) before use
    assert lazy.search("Minister Anna Kovic said") is not None
    kept = lazy.__dict__["search"]
    assert kept.__self__ is rxcache.compiled(r"\bKovic\b", 0)  # the compiled pattern's own method
    rxcache.compiled.cache_clear()
    assert lazy.search("Minister Anna Kovacs said") is None  # near miss; answered without the cache
    assert rxcache.compiled.cache_info().misses == 0
    assert lazy.pattern == r"\bKovic\b" and "pattern" not in lazy.__dict__  # plain values are not kept


PRECHECK_SENTENCES = [
    "Ruritania proposed a ceasefire on Monday.",
    "BORDURIA REJECTED THE PLAN.",
    "The talks cannot resume unless Borduria halts the shelling.",
    "Minister Anna Kovic said Ruritania would not tolerate foreign troops.",
    "The weather in Vorland was mild and the markets were calm.",  # near miss: no act word
    "A proposition about rail freight.",  # near miss: "propos" needs its endings
    "Syldavia’s envoy—visiting Vorland—would sign if the truce holds.",
    "Ruritania and Borduria need to agree, officials in Kłodzko said.",
]


def _select_both(text: str) -> tuple[list[bool], list[bool]]:
    from parley.model import Document
    from parley.reader.segment import segment

    doc = Document(text=text, source="<test>")
    parts = segment(doc)
    slow = syntax._precheck()
    search, on = syntax._precheck_search(text)
    spans = [s.span for s in parts.sentences]
    return ([bool(slow.search(text, sp.start, sp.end)) for sp in spans],
            [bool(search(on, sp.start, sp.end)) for sp in spans])


def test_the_lower_case_pre_check_answers_as_the_case_blind_one() -> None:
    assert syntax._precheck_lower() is not None
    text = "\n\n".join(PRECHECK_SENTENCES)
    slow, fast = _select_both(text)
    assert syntax._precheck_search(text)[1] == text.lower()  # the fast path was taken
    assert slow == fast
    assert slow == [True, True, True, True, False, False, True, True]


def test_characters_that_read_otherwise_take_the_regex_path() -> None:
    # the long s and the Kelvin sign match ASCII letters only with the case flag; a
    # combining accent is a word character to ``regex`` only; the dotted capital I grows
    # when lower-cased; a file separator is a space to ``re`` only
    for odd in ("ſ", "\u212a", "e\u0301", "İ", "\x1c"):
        text = f"Ruritania propo{odd}ed talks."
        assert not all(syntax._plain(c) for c in set(text))
        search, on = syntax._precheck_search(text)
        assert on is text and search == syntax._precheck().search
    # near miss: accented letters and typographic marks read alike both ways
    assert all(syntax._plain(c) for c in "éÉçñøåÅ’“”—–…\u00a0")

