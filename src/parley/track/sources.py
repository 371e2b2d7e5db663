"""What the store hands to the tracker: each stored record with where it came from.

Shared by the store (``db``) and the tracker (``tracker``), which never imports the
extraction stages: it knows ``model`` only.
"""

from __future__ import annotations

from dataclasses import dataclass

from parley.model import Record


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceRef:
    """One stored report: enough to cite it."""

    doc_id: str  # stable id of the stored document (content hash)
    url: str | None = None
    path: str | None = None
    title: str | None = None
    outlet: str | None = None
    published: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class StoredRecord:
    source: SourceRef
    record: Record
