"""Compiled-pattern cache for one-off patterns in hot code, and patterns compiled when
first used.

``regex.search(pattern, text)`` recompiles through the module's own cache on every
call (about 8 µs); this cache is a dictionary lookup. Same call shapes as ``regex``.

``lazy(pattern, flags)`` stands for ``regex.compile(pattern, flags)`` in a table of many
patterns of which a report uses a few: it compiles on the first call of a method
(``search``, ``finditer``, ...), so a process that never calls it never pays for it.
"""

from __future__ import annotations

from functools import cache
from typing import Any, cast

import regex


@cache
def compiled(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    return regex.compile(pattern, flags)


def search(pattern: str, string: str, flags: int = 0) -> Any:
    return compiled(pattern, flags).search(string)


def match(pattern: str, string: str, flags: int = 0) -> Any:
    return compiled(pattern, flags).match(string)


def fullmatch(pattern: str, string: str, flags: int = 0) -> Any:
    return compiled(pattern, flags).fullmatch(string)


def finditer(pattern: str, string: str, flags: int = 0) -> Any:
    return compiled(pattern, flags).finditer(string)


def findall(pattern: str, string: str, flags: int = 0) -> list[Any]:
    return compiled(pattern, flags).findall(string)


def split(pattern: str, string: str, flags: int = 0) -> list[str]:
    return compiled(pattern, flags).split(string)


class _Lazy:
    """A pattern compiled when one of its methods is first asked for (see ``lazy``).

    A method, once asked for, is kept on the instance (the compiled pattern's bound
    method), so later calls are a plain attribute lookup, as on the compiled pattern."""

    __slots__ = ("_source", "_flags", "__dict__")

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = pattern
        self._flags = flags

    def __getattr__(self, name: str) -> Any:  # every name not yet kept: the pattern's own
        value = getattr(compiled(self._source, self._flags), name)
        if callable(value):
            self.__dict__[name] = value
        return value

    def __repr__(self) -> str:
        return f"lazy({self._source!r}, {self._flags})"


def lazy(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(pattern, flags)``, done when the pattern is first used. It answers every
    method and attribute of a compiled pattern (it is no ``isinstance`` of one)."""
    return cast("regex.Pattern[str]", _Lazy(pattern, flags))
