"""Files, stdin, HTML, JSON and JSON Lines -> ``RawDocument``.

``iter_reports(source)`` yields one ``RawDocument`` per report, or an ``InputError`` in
its place for a report that cannot be read (one bad JSON Lines line never loses the
others). Whole-input problems (missing file, empty, binary, too large) raise ``InputError``.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

from parley.errors import BinaryInput, EmptyInput, InputError, MalformedInput, TooLarge
from parley.model import RawDocument

MAX_BYTES = 5 * 1024 * 1024  # a news report is tens of KB; 5 MB leaves room for saved pages


def read_bytes(source: str | Path) -> tuple[bytes, str]:
    if str(source) == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1), "<stdin>"
    path = Path(source)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a report")
    size = path.stat().st_size
    if size > MAX_BYTES:
        raise TooLarge(f"{path}: {size / 1e6:.1f} MB is over the {MAX_BYTES // 1_000_000} MB limit for one report")
    return path.read_bytes(), str(path)


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise EmptyInput(f"{name}: empty input")
    if b"\x00" in data[:4096]:
        raise BinaryInput(f"{name}: binary data, not a text report")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def iter_reports(source: str | Path) -> Iterator[RawDocument | InputError]:
    data, name = read_bytes(source)
    if len(data) > MAX_BYTES:
        raise TooLarge(f"{name}: over the {MAX_BYTES // 1_000_000} MB limit for one report")
    text = decode(data, name)
    stripped = text.lstrip()
    if stripped.startswith("{"):
        try:
            obj = json.loads(text)
        except json.JSONDecodeError as e:
            raise MalformedInput(f"{name}: malformed JSON ({e.msg} at line {e.lineno})") from None
        yield from_json(obj, name)
        return
    yield RawDocument(content=text, kind="html" if stripped[:1] == "<" else "text", source=name)


def from_json(obj: object, name: str) -> RawDocument:
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        raise MalformedInput(f"{name}: a JSON report needs an object with a 'text' string")
    meta = tuple((k, v) for k, v in obj.items() if k != "text" and isinstance(v, str | int | float | type(None)))
    return RawDocument(content=obj["text"], kind="json", source=name, meta=meta)
