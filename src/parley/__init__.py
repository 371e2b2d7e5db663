"""parley: the record of a negotiation, from the news.

    >>> import parley
    >>> record = parley.read("report.txt")      # -> parley.model.Record
    >>> record.to_dict()["schema"]
    'parley.record/1'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["read", "read_all", "extract", "Record", "ParleyError", "__version__"]

if TYPE_CHECKING:
    from parley.errors import ParleyError
    from parley.model import Record
    from parley.reader.pipeline import extract, read, read_all


def __getattr__(name: str) -> Any:  # lazy, so that `parley --help` starts fast
    if name in ("read", "read_all", "extract"):
        from parley.reader import pipeline

        return getattr(pipeline, name)
    if name == "Record":
        from parley.model import Record

        return Record
    if name == "ParleyError":
        from parley.errors import ParleyError

        return ParleyError
    raise AttributeError(name)
