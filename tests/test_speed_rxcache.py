"""Patterns compiled on first use answer as the compiled pattern does, and a table of them
costs nothing until one is used."""

from __future__ import annotations

import regex

from parley.reader import rxcache


def test_a_lazy_pattern_answers_as_the_compiled_one():
    text = "Ruritania proposed talks; Borduria PROPOSED a truce and rejected the proposal."
    for pattern, flags in ((r"\bpropos\w*", 0), (r"\bpropos\w*", regex.I), (r"(?P<act>reject|accept)ed", 0)):
        lazy, real = rxcache.lazy(pattern, flags), regex.compile(pattern, flags)
        assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in real.finditer(text)]
        assert lazy.findall(text) == real.findall(text)
        assert bool(lazy.search(text, 30)) == bool(real.search(text, 30))
        assert lazy.pattern == real.pattern and lazy.flags == real.flags and lazy.groupindex == real.groupindex
    # a near miss: case matters without the flag
    assert rxcache.lazy(r"\bPROPOSED").findall(text.lower()) == []


def test_nothing_is_compiled_before_first_use():
    rxcache.compiled.cache_clear()
    table = [rxcache.lazy(rf"\bword{i}\b") for i in range(50)]
    assert rxcache.compiled.cache_info().currsize == 0
    assert table[7].search("a word7 here") is not None
    assert rxcache.compiled.cache_info().currsize == 1
    assert table[7].search("no such word") is None
    assert rxcache.compiled.cache_info().currsize == 1  # compiled once, then looked up
    assert "word7" in repr(table[7])
