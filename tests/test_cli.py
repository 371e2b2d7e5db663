"""The command line: JSON out, one-line errors with exit status 2, never a traceback."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parents[1] / "src" / "parley" / "examples"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "parley.cli", *args], input=stdin, capture_output=True,
                          timeout=120)


def test_read_json_is_the_public_record():
    out = run("read", str(EXAMPLES / "montevideo-round2-page.txt"), "--json")
    assert out.returncode == 0, out.stderr
    record = json.loads(out.stdout)
    assert record["schema"] == "parley.record/1"
    assert {"document", "actors", "meetings", "statements", "quotes"} <= set(record)
    assert record["document"]["dateline"] == "Montevideo"


def test_read_summary_prints_people_and_quotes():
    out = run("read", str(EXAMPLES / "algiers-truce.json"))
    assert out.returncode == 0, out.stderr
    assert b"Rachid bin Omar El Khaldi" in out.stdout and b"first step" in out.stdout


def test_read_from_stdin():
    text = (EXAMPLES / "montevideo-round2-page.txt").read_bytes()
    out = run("read", "-", "--json", stdin=text)
    assert out.returncode == 0 and json.loads(out.stdout)["document"]["agency"] == "Reuters"


@pytest.mark.parametrize("name, content", [
    ("empty.txt", b""),
    ("binary.bin", bytes(range(256)) * 4),
    ("broken.json", b'{"title": "x", "text": '),
    ("missing.txt", None),
])
def test_bad_input_is_one_line_and_status_2(tmp_path: Path, name: str, content: bytes | None):
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    out = run("read", str(path), "--json")
    assert out.returncode == 2
    err = out.stderr.decode().strip()
    assert err.startswith("parley: ") and "\n" not in err and "Traceback" not in err


def test_huge_file_is_refused_without_reading_it(tmp_path: Path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as f:
        f.seek(20 * 1024 * 1024)
        f.write(b"x")
    out = run("read", str(path))
    assert out.returncode == 2 and b"limit" in out.stderr and b"Traceback" not in out.stderr


def test_one_bad_json_line_never_loses_the_others(tmp_path: Path):
    path = tmp_path / "reports.jsonl"
    path.write_text(
        '{"title": "A", "text": "Gabon and Togo agreed on a truce, mediators said."}\n'
        "this line is not JSON\n"
        '{"title": "B", "text": "Bolivia and Chile agreed to swap 50 prisoners each."}\n', encoding="utf-8")
    out = run("read", str(path), "--json", "--compact")
    assert out.returncode == 2  # something was wrong, and said so
    records = [json.loads(line) for line in out.stdout.decode().splitlines() if line.strip()]
    assert [r["document"]["title"] for r in records] == ["A", "B"]
    assert b":2:" in out.stderr


def test_a_page_with_no_article_is_an_empty_record_with_a_warning(tmp_path: Path):
    path = tmp_path / "menu.txt"
    path.write_text("Home\nWorld\nSign in\nSubscribe\nCookie settings\n", encoding="utf-8")
    out = run("read", str(path), "--json")
    assert out.returncode == 0
    assert b"warning" in out.stderr
    record = json.loads(out.stdout)
    assert record["statements"] == [] and record["meetings"] == []


def test_bench_runs_on_the_examples():
    out = run("bench", "--json", "--repeat", "1")
    assert out.returncode == 0, out.stderr
    figures = json.loads(out.stdout)
    assert figures["reports"] >= 2 and figures["ratio_to_sentence_pass"] > 0


def test_cold_start_imports_no_heavy_library():
    code = ("import sys, parley.cli; parley.cli.build_parser(); "
            "print(sorted(m for m in ('trafilatura','sqlalchemy','dask','ftfy','syntok') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stdout


def test_summary_escapes_control_characters_and_markup(tmp_path: Path):
    """A report cannot drive the terminal: ANSI escapes, bells and rich markup in its title
    and quotes are printed as visible text, never raw."""
    esc = "\x1b"
    report = {
        "title": f"Talks resume in Ruritania {esc}[2J{esc}]0;pwned\x07 [bold red]loud[/]",
        "outlet": f"The Borduria Herald{esc}[31m",
        "text": (f"Envoys of Ruritania and Borduria met in Vorland on Tuesday, the host ministry said.\n\n"
                 f"\u201cWe are ready to sign {esc}[5mtoday{esc}[0m,\u201d said Minister Anna Kovic of Ruritania."),
    }
    path = tmp_path / "r.json"
    path.write_text(json.dumps(report), encoding="utf-8")
    out = run("read", str(path))
    assert out.returncode == 0, out.stderr
    shown = out.stdout.decode("utf-8")
    assert esc not in shown and "\x07" not in shown
    assert "\\x1b[2J" in shown and "\\x07" in shown and "\\x1b[5mtoday" in shown
    assert "[bold red]loud[/]" in shown  # markup shown as written, not applied


def test_safe_escapes_bidi_and_c1_but_keeps_text():
    from parley.cli.render import safe

    assert safe("Kovic\u202eusurp") == "Kovic\\u202eusurp"
    assert safe("a\x9bb\rc") == "a\\x9bb\\x0dc"
    assert safe("Ruritania – Borduria “talks”") == "Ruritania – Borduria “talks”"
