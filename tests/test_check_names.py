"""scripts/check_names.py: what tests share with the reports, found without copying them.

A fake shared folder with one invented report stands in for ../shared.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "check_names.py"
REPORT = ("Envoy Zorvan Quillet of Ruritania met the Bordurian side in Port Tessaly on Monday. "
          "Russia said the two camps would keep the ferry line open through the winter months, "
          "and the Foreign Minister said so in May.")


def _checker():
    if "check_names" in sys.modules:
        return sys.modules["check_names"]
    spec = importlib.util.spec_from_file_location("check_names", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["check_names"] = module  # its dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    root = tmp_path / "shared"
    (root / "corpus" / "wire").mkdir(parents=True)
    (root / "eval" / "dev").mkdir(parents=True)
    (root / "corpus" / "wire" / "a.json").write_text(json.dumps({"title": "Ferry talks", "text": REPORT}))
    (root / "eval" / "SCHEMA.md").write_text("Party codes: ISO 3166-1 alpha-3 for states (`RUS`, `UKR`).\n\nMore.\n")
    return root


def _hits(shared: Path, tmp_path: Path, text: str) -> list[tuple[int, str, str]]:
    f = tmp_path / "test_x.py"
    f.write_text(text, encoding="utf-8")
    return [(h.line, h.kind, h.text) for h in _checker().scan([f], shared, 6)]


def test_a_shared_name_and_a_shared_run_of_six_words_are_found(shared: Path, tmp_path: Path) -> None:
    text = ('x = "Talks in Port Tessaly ended."\n'
            'y = "the two camps would keep the ferry line open, they said"\n')
    got = _hits(shared, tmp_path, text)
    assert (1, "name", "Port Tessaly") in got
    assert (2, "words", "the two camps would keep the ferry line open") in got


def test_near_miss_ordinary_words_the_calendar_and_a_listed_state_are_not_hits(shared: Path, tmp_path: Path) -> None:
    text = 'x = "On Monday in May the Foreign Minister of Russia met envoys: two camps, one ferry line."\n'
    assert _hits(shared, tmp_path, text) == []


def test_a_given_name_before_a_surname_no_report_has_is_no_hit(shared: Path, tmp_path: Path) -> None:
    got = _hits(shared, tmp_path, 'x = "Zorvan Adler spoke."\ny = "Mira Quillet spoke."\n')
    assert (1, "given", "Zorvan") in got
    assert (2, "name", "Quillet") in got  # a surname a report has is a hit


def test_a_line_or_a_file_may_keep_a_name_with_its_reason(shared: Path, tmp_path: Path) -> None:
    assert _hits(shared, tmp_path, 'x = "Port Tessaly"  # check-names: allow\n') == []
    text = '# check-names: allow=Port Tessaly (the rule needs it)\nx = "Port Tessaly"\n'
    assert _hits(shared, tmp_path, text) == []


def test_an_absent_shared_folder_is_no_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert _checker().main(["--shared", str(tmp_path / "nowhere")]) == 0
    assert "nothing to compare" in capsys.readouterr().out
