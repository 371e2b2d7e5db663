"""Document -> paragraphs and sentences, as spans of ``Document.text``.

syntok splits (see README, dependency notes): it got every boundary right in the library
survey, keeps opening quotation marks with their sentence, and gives offsets.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from parley.model import Document, Span

_PARA = re.compile(r"[^\n]+")
# Where a sentence could end inside a paragraph: end punctuation, closing marks, space, and
# a capital, digit or opening mark. A paragraph with none of these is one sentence, and
# syntok (the costliest step of a read) need not see it.
_MAYBE_BOUNDARY = re.compile(r"[.!?…][\"”’')\]]*\s+(?:[-–•*]\s+)?[\"“‘(\[]?[A-Z0-9À-Þ]")
# A list item run into its paragraph: "... in the Black Sea. - The United States will ..."
_BULLET = re.compile(r"(?<=[.!?;])\s+[-–•*]\s+(?=[\"“A-Z])")


@dataclass(frozen=True, slots=True)
class Sentence:
    span: Span
    paragraph: int  # index into Parts.paragraphs
    index: int  # position in the document


@dataclass(frozen=True, slots=True)
class Parts:
    paragraphs: tuple[Span, ...]
    sentences: tuple[Sentence, ...]

    def sentence_at(self, offset: int) -> Sentence | None:
        lo, hi = 0, len(self.sentences) - 1
        while lo <= hi:
            mid = (lo + hi) // 2
            s = self.sentences[mid].span
            if offset < s.start:
                hi = mid - 1
            elif offset >= s.end:
                lo = mid + 1
            else:
                return self.sentences[mid]
        return None


def split_sentences(text: str, start: int = 0, end: int | None = None) -> list[Span]:
    """Sentence spans of ``text[start:end]`` (offsets into ``text``)."""
    from syntok.segmenter import analyze  # lazy: keeps `parley --help` fast

    end = len(text) if end is None else end
    chunk = text[start:end]
    if not _MAYBE_BOUNDARY.search(chunk):
        stripped = chunk.strip()
        if not stripped:
            return []
        lead = len(chunk) - len(chunk.lstrip())
        return [Span(start + lead, start + lead + len(stripped))]
    spans: list[Span] = []
    for paragraph in analyze(chunk):
        for sentence in paragraph:
            tokens = [t for t in sentence if t.value]
            if not tokens:
                continue
            first, last = tokens[0], tokens[-1]
            s_end = last.offset + len(last.value)
            if chunk[last.offset : s_end] != last.value:  # syntok rejoined a hyphenated word
                s_end = last.offset + len(last.value) + 1
            spans.append(Span(start + first.offset, min(start + s_end, end)))
    return [piece for sp in spans for piece in _split_bullets(text, sp)]


def _split_bullets(text: str, sp: Span) -> list[Span]:
    out: list[Span] = []
    pos = sp.start
    for m in _BULLET.finditer(text, sp.start, sp.end):
        if m.start() > pos:
            out.append(Span(pos, m.start()))
        pos = m.end()
    if sp.end > pos:
        out.append(Span(pos, sp.end))
    return out


def segment(doc: Document) -> Parts:
    paragraphs = tuple(Span(m.start(), m.end()) for m in _PARA.finditer(doc.text))
    sentences: list[Sentence] = []
    for pi, p in enumerate(paragraphs):
        for sp in split_sentences(doc.text, p.start, p.end):
            sentences.append(Sentence(span=sp, paragraph=pi, index=len(sentences)))
    return Parts(paragraphs=paragraphs, sentences=tuple(sentences))
