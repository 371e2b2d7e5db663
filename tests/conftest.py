from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
EXAMPLES = ROOT / "src" / "parley" / "examples"


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
