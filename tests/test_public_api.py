"""The public API of ``import parley`` is what ``__all__`` says, and the version is written once."""

from __future__ import annotations

import importlib.metadata
import subprocess
import sys
import tomllib
from pathlib import Path

import parley

ROOT = Path(__file__).resolve().parents[1]


def test_all_is_pinned_and_every_name_resolves() -> None:
    assert parley.__all__ == ["read", "read_all", "extract", "Record", "Diagnostic", "ParleyError", "service",
                              "__version__"]
    from parley.errors import ParleyError
    from parley.model import Diagnostic, Record
    from parley.reader.pipeline import extract, read, read_all

    assert (parley.read, parley.read_all, parley.extract) == (read, read_all, extract)
    assert (parley.Record, parley.Diagnostic, parley.ParleyError) == (Record, Diagnostic, ParleyError)
    assert parley.service.timeline is not None and parley.service.add is not None
    assert set(parley.__all__) <= set(dir(parley))


def test_one_version_source() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert "version" not in project and project["dynamic"] == ["version"]
    assert importlib.metadata.version("parley") == parley.__version__
    out = subprocess.run([sys.executable, "-m", "parley", "--version"], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == f"parley {parley.__version__}"
