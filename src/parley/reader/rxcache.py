"""Compiled-pattern cache for one-off patterns in hot code.

``regex.search(pattern, text)`` recompiles through the module's own cache on every
call (about 8 µs); this cache is a dictionary lookup. Same call shapes as ``regex``.
"""

from __future__ import annotations

from functools import cache
from typing import Any

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
