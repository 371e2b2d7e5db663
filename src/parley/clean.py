"""RawDocument -> Document: the article body and its metadata.

The only stage that makes text: every later offset indexes ``Document.text``.
"""

from __future__ import annotations

import re

from parley.model import Document, RawDocument


def clean(raw: RawDocument) -> Document:
    text = raw.content.replace("\r\n", "\n")
    paras = [" ".join(p.split()) for p in re.split(r"\n\s*\n|\n", text)]
    body = "\n\n".join(p for p in paras if p)
    return Document(
        text=body,
        title=raw.get("title"),
        outlet=raw.get("outlet"),
        published=raw.get("published"),
        url=raw.get("url"),
        source=raw.source,
        warnings=raw.warnings,
    )
