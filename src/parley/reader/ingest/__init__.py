"""Files, stdin, HTML, JSON, JSON Lines and RSS/Atom feeds -> ``RawDocument``.

``iter_reports(source)`` yields one ``RawDocument`` per report, or an ``InputError`` in
its place for a report that cannot be read (one bad JSON Lines line never loses the
others). Whole-input problems (missing file, empty, binary, too large) raise ``InputError``.

What comes out is decoded text and what kind it is (``text``, ``html`` or ``json``);
nothing here judges what is article and what is site chrome: that is ``clean``'s job.
Warnings about the input itself (not UTF-8) ride along in ``RawDocument.warnings``.
"""

from __future__ import annotations

import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path

from parley.errors import BinaryInput, EmptyInput, InputError, MalformedInput, TooLarge
from parley.model import RawDocument
from parley.reader.ingest.feed import is_feed, parse_feed
from parley.reader.ingest.files import read_chunks, read_limited

MAX_BYTES = 5 * 1024 * 1024  # a news report is tens of KB; 5 MB leaves room for saved pages

# Signatures of files that are surely not a report, checked before decoding so that an
# image or an archive gets a plain message instead of a page of replacement characters.
_MAGIC = (
    (b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
    (b"%PDF", "a PDF file (save its text first)"), (b"PK\x03\x04", "a ZIP archive or Office file"),
    (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "a program"), (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ", "an xz archive"), (b"7z\xbc\xaf", "a 7z archive"),
)
# Share of control characters (other than tab, newline, CR, form feed) above which bytes
# are not text. Real reports have none; 5% leaves room for a few stray escapes.
MAX_CONTROL_SHARE = 0.05
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_HTML_START = re.compile(r"<(?:!doctype|html|head|body|article|div|p|meta|title|section|main|!--)\b", re.I)

W_NOT_UTF8 = "W203 input is not UTF-8; read as cp1252"
W_UTF16 = "W204 input is UTF-16; decoded"


def read_bytes(source: str | Path) -> tuple[bytes, str]:
    """The bytes of a report file (or of standard input for ``"-"``), at most the limit.

    Only a regular file is read (a FIFO or a link to a device is refused at once, see
    ``files``), in bounded chunks: never more than ``MAX_BYTES + 1`` bytes are held.
    """
    if str(source) == "-":
        return read_chunks(sys.stdin.buffer, MAX_BYTES), "<stdin>"
    path = Path(source)
    if not path.exists() and not path.is_symlink():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a report")
    return read_limited(path, MAX_BYTES), str(path)


def decode(data: bytes, name: str) -> tuple[str, tuple[str, ...]]:
    """Bytes -> text and warnings. Raises ``EmptyInput`` or ``BinaryInput``."""
    if not data.strip():
        raise EmptyInput(f"{name}: empty input")
    for magic, what in _MAGIC:
        if data.startswith(magic):
            raise BinaryInput(f"{name}: {what}, not a text report")
    utf16 = _utf16_codec(data)
    if utf16:
        try:
            text = data.decode(utf16)
        except UnicodeDecodeError:
            raise BinaryInput(f"{name}: binary data, not a text report") from None
        return _check_text(text, name), (W_UTF16,)
    if b"\x00" in data[:4096]:
        raise BinaryInput(f"{name}: binary data (NUL bytes), not a text report")
    try:
        return _check_text(data.decode("utf-8-sig"), name), ()
    except UnicodeDecodeError:
        pass
    # Not UTF-8: Windows-1252 is what such files nearly always are (it is a superset of
    # Latin-1 for the printable range); the five bytes cp1252 leaves undefined fall back
    # to Latin-1 rather than to replacement characters.
    text = data.decode("cp1252", errors="ignore") if _cp1252_clean(data) else data.decode("latin-1")
    return _check_text(text, name), (W_NOT_UTF8,)


def _cp1252_clean(data: bytes) -> bool:
    return not any(b in data for b in (b"\x81", b"\x8d", b"\x8f", b"\x90", b"\x9d"))


def _utf16_codec(data: bytes) -> str | None:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    head = data[:2000]
    if len(head) >= 20:
        # ASCII-range text in UTF-16 without a byte-order mark: every other byte is NUL.
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le"
        if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be"
    return None


def _check_text(text: str, name: str) -> str:
    if not text.strip():
        raise EmptyInput(f"{name}: empty input")
    sample = text[:8192]
    if len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        raise BinaryInput(f"{name}: binary data, not a text report")
    return text


def iter_reports(source: str | Path) -> Iterator[RawDocument | InputError]:
    data, name = read_bytes(source)
    if len(data) > MAX_BYTES:
        raise TooLarge(f"{name}: over the {MAX_BYTES // 1_000_000} MB limit for one report")
    text, warnings = decode(data, name)
    yield from parse_text(text, name, warnings)


def parse_text(text: str, name: str = "<text>", warnings: tuple[str, ...] = ()) -> Iterator[RawDocument | InputError]:
    """Decoded text -> reports: a JSON object or array, JSON Lines, a feed (one report an item), HTML, or page text."""
    stripped = text.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("{", "[")):
        yield from _parse_json(stripped, name, warnings)
        return
    if stripped.startswith("<") and is_feed(stripped):
        yield from parse_feed(stripped, name, warnings)
        return
    kind = "html" if _HTML_START.match(stripped) else "text"
    yield RawDocument(content=text, kind=kind, source=name, warnings=warnings)


def _parse_json(text: str, name: str, warnings: tuple[str, ...]) -> Iterator[RawDocument | InputError]:
    try:
        obj = json.loads(text)
    except json.JSONDecodeError as e:
        first = text.split("\n", 1)[0].strip()
        if text.startswith("{") and "\n" in text.strip() and _loads_ok(first):
            yield from _parse_jsonl(text, name, warnings)
            return
        raise MalformedInput(f"{name}: malformed JSON ({e.msg} at line {e.lineno}, column {e.colno})") from None
    except RecursionError:
        raise MalformedInput(f"{name}: malformed JSON (nested too deeply)") from None
    if isinstance(obj, list):
        if not obj:
            raise EmptyInput(f"{name}: an empty JSON list")
        for i, item in enumerate(obj, 1):
            try:
                yield from_json(item, f"{name}[{i}]", warnings)
            except InputError as e:
                yield e
        return
    yield from_json(obj, name, warnings)


def _loads_ok(line: str) -> bool:
    try:
        json.loads(line)
    except (json.JSONDecodeError, RecursionError):
        return False
    return True


def _parse_jsonl(text: str, name: str, warnings: tuple[str, ...]) -> Iterator[RawDocument | InputError]:
    for lineno, line in enumerate(text.split("\n"), 1):
        line = line.strip()
        if not line:
            continue
        where = f"{name}:{lineno}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            yield MalformedInput(f"{where}: malformed JSON line ({e.msg}, column {e.colno})")
            continue
        except RecursionError:
            yield MalformedInput(f"{where}: malformed JSON line (nested too deeply)")
            continue
        try:
            yield from_json(obj, where, warnings)
        except InputError as e:
            yield e


# Keys other tools give the body and the headline under; ``text`` is ours.
_TEXT_KEYS = ("text", "body", "content", "article", "maintext")
_META_TYPES = (str, int, float, type(None))


def from_json(obj: object, name: str, warnings: tuple[str, ...] = ()) -> RawDocument:
    if not isinstance(obj, dict):
        raise MalformedInput(f"{name}: a JSON report needs an object with a 'text' string")
    key = next((k for k in _TEXT_KEYS if isinstance(obj.get(k), str)), None)
    if key is None:
        raise MalformedInput(f"{name}: a JSON report needs an object with a 'text' string")
    meta = tuple((k, v) for k, v in obj.items() if k != key and isinstance(v, _META_TYPES))
    return RawDocument(content=obj[key], kind="json", source=name, meta=meta, warnings=warnings)
