"""parley: the record of a negotiation, from the news.

    >>> import parley
    >>> record = parley.read("report.txt")      # -> parley.model.Record
    >>> record.to_dict()["schema"]
    'parley.record/1'

The public API is ``__all__`` (a test pins it): ``read``, ``read_all`` and ``extract`` (one
report, a corpus, a ``RawDocument``), ``Record`` and ``Diagnostic`` (what comes out),
``ParleyError`` (the root of what parley reports as one line), ``service`` (the library API
behind the command line: add, stats, timeline, positions, commitments, show, export) and
``__version__``, the one place the version is written (pyproject.toml reads it from here).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["read", "read_all", "extract", "Record", "Diagnostic", "ParleyError", "service", "__version__"]

if TYPE_CHECKING:
    from parley import service
    from parley.errors import ParleyError
    from parley.model import Diagnostic, Record
    from parley.reader.pipeline import extract, read, read_all

_LAZY = {  # name -> the module it lives in; imported on first use, so that `parley --help` starts fast
    "read": "parley.reader.pipeline", "read_all": "parley.reader.pipeline", "extract": "parley.reader.pipeline",
    "Record": "parley.model", "Diagnostic": "parley.model", "ParleyError": "parley.errors",
}


def __getattr__(name: str) -> Any:
    if name == "service":
        return importlib.import_module("parley.service")
    if name in _LAZY:
        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'parley' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
