"""The eval as a gate: the dev reports in ../shared/eval scored with ../shared/eval/score.py,
failing below the floors in eval/floors.json (which only ever rise).

Skipped where ../shared/eval is not beside the checkout; CI has it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EVAL = ROOT.parent / "shared" / "eval"
FLOORS = json.loads((ROOT / "eval" / "floors.json").read_text(encoding="utf-8"))

pytestmark = pytest.mark.skipif(not (EVAL / "score.py").exists(), reason="../shared/eval is not here")


@pytest.fixture(scope="module")
def scores() -> dict:
    cmd = f"{sys.executable} -m parley.cli read --json {{file}}"
    out = subprocess.run([sys.executable, str(EVAL / "score.py"), "--gold", str(EVAL / "dev"), "--cmd", cmd, "--json"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout)


def figure(scores: dict, name: str) -> float:
    v = scores[name]
    if isinstance(v, dict):
        return v["f1"] if "f1" in v else v["value"]
    return v


@pytest.mark.parametrize("name", [k for k in FLOORS if not k.startswith("_") and k != "errors"])
def test_at_or_above_floor(scores: dict, name: str):
    assert figure(scores, name) >= FLOORS[name], f"{name} {figure(scores, name):.3f} < floor {FLOORS[name]}"


def test_no_case_errors(scores: dict):
    assert scores["errors"] <= FLOORS["errors"]
