"""Reading inputs: files of every kind, and every way a file can be wrong."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from parley.cli import main
from parley.errors import BinaryInput, EmptyInput, InputError, MalformedInput, TooLarge
from parley.model import RawDocument
from parley.reader.ingest import MAX_BYTES, iter_reports

REPORT = {
    "title": "Envoys meet in Valletta",
    "url": "https://example.org/valletta",
    "published": "2030-05-02T10:00:00Z",
    "outlet": "Example Post",
    "text": "Envoys of Arland and Borduria met in Valletta on Tuesday to discuss a truce.",
}


def _all(path: Path) -> list[RawDocument | InputError]:
    return list(iter_reports(path))


def test_json_object(tmp_path: Path) -> None:
    f = tmp_path / "r.json"
    f.write_text(json.dumps(REPORT), encoding="utf-8")
    [raw] = _all(f)
    assert isinstance(raw, RawDocument)
    assert raw.kind == "json" and raw.content == REPORT["text"]
    assert raw.get("published") == "2030-05-02T10:00:00Z" and raw.get("outlet") == "Example Post"


def test_json_lines_bad_line_yields_error_in_place(tmp_path: Path) -> None:
    good = json.dumps(REPORT)
    f = tmp_path / "r.jsonl"
    f.write_text(f"{good}\n\n{{not json\n{good}\n{json.dumps({'title': 'no text'})}\n", encoding="utf-8")
    items = _all(f)
    assert [type(i).__name__ for i in items] == ["RawDocument", "MalformedInput", "RawDocument", "MalformedInput"]
    assert ":3:" in str(items[1]) and "\n" not in str(items[1])


def test_json_array(tmp_path: Path) -> None:
    f = tmp_path / "r.json"
    f.write_text(json.dumps([REPORT, REPORT]), encoding="utf-8")
    assert [type(i).__name__ for i in _all(f)] == ["RawDocument", "RawDocument"]


@pytest.mark.parametrize("body", ['{"title": "x", "text": ', '{"title": "x"}', "[1, 2]"])
def test_malformed_json(tmp_path: Path, body: str) -> None:
    f = tmp_path / "r.json"
    f.write_text(body, encoding="utf-8")
    with pytest.raises(MalformedInput) as e:
        for item in _all(f):
            if isinstance(item, InputError):
                raise item
    assert "\n" not in str(e.value)


@pytest.mark.parametrize("data", [b"", b"   \n\t\n", "\ufeff".encode()])
def test_empty(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes(data)
    with pytest.raises(EmptyInput):
        _all(f)


@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4,
    b"\xff\xd8\xff\xe0" + bytes(200),
    b"text\x00with\x00nuls" * 10,
    bytes(range(1, 32)) * 100,
])
def test_binary(tmp_path: Path, data: bytes) -> None:
    f = tmp_path / "r.bin"
    f.write_bytes(data)
    with pytest.raises(BinaryInput):
        _all(f)


def test_too_large(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    with f.open("wb") as out:  # sparse: 20 MB on paper, nothing on disk
        out.truncate(20 * 1024 * 1024)
    assert f.stat().st_size > MAX_BYTES
    with pytest.raises(TooLarge, match="MB"):
        _all(f)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        _all(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="folder"):
        _all(tmp_path)


def test_cp1252_decoded_with_warning(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes("The envoy\u2019s caf\u00e9 talks \u2013 a truce.".encode("cp1252"))
    [raw] = _all(f)
    assert isinstance(raw, RawDocument)
    assert "envoy\u2019s caf\u00e9" in raw.content
    assert any(w.startswith("W203") for w in raw.warnings)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])
def test_utf16_decoded(tmp_path: Path, codec: str) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes("Envoys met in Valletta on Tuesday to discuss a truce.".encode(codec))
    [raw] = _all(f)
    assert isinstance(raw, RawDocument) and raw.content.strip().startswith("Envoys met")


def test_html_is_sniffed(tmp_path: Path) -> None:
    f = tmp_path / "r.html"
    f.write_text("<!DOCTYPE html><html><body><p>Hello there.</p></body></html>", encoding="utf-8")
    [raw] = _all(f)
    assert isinstance(raw, RawDocument) and raw.kind == "html"


@pytest.mark.parametrize("data", [b"", b"\x00\x01\x02\x03" * 50, b'{"text": 1'])
def test_cli_bad_input_is_one_line_exit_2(tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes) -> None:
    f = tmp_path / "bad.json"
    f.write_bytes(data)
    assert main(["read", "--json", str(f)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("parley: ") and err.count("\n") == 1 and "Traceback" not in err
