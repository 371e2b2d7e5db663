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
# A boundary no splitter would doubt: a lower-case word of three or more letters, end
# punctuation, space, a capital. Abbreviations that end that way are listed.
_CERTAIN = re.compile(r"(?:(?<=[a-z]{3}[.!?])|(?<=[a-z]{3}[.!?][\"”’']))\s+(?=[\"“‘']?[A-Z])")
_ABBREVIATIONS = frozenset({"approx", "incl", "etc", "est", "nos", "dept", "govt", "corp", "univ", "intl", "natl",
                            "sept", "feb", "jan", "aug", "oct", "nov", "dec", "apr", "mar", "jun", "jul", "gen",
                            "col", "sgt", "capt", "cmdr", "lieut", "gov", "sen", "rep", "pres", "prof", "rev",
                            "ave", "blvd", "assn", "bros", "mrs", "messrs", "vol", "fig", "cf"})

# A list item run into its paragraph: "... off the Vell coast. - Borduria will ..."
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


def _certain_pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    pos = start
    for m in _CERTAIN.finditer(text, start, end):
        word = text[max(start, m.start() - 12):m.start()].rstrip("\"”’'.!?").rsplit(None, 1)[-1].lower()
        if word in _ABBREVIATIONS:
            continue
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, end))
    return out


def split_sentences(text: str, start: int = 0, end: int | None = None, presplit: bool = True) -> list[Span]:
    """Sentence spans of ``text[start:end]`` (offsets into ``text``).

    Boundaries no splitter would doubt are cut first; syntok reads only the stretches
    that still hold a possible boundary (``presplit=False`` sends the whole stretch).
    """
    from syntok.segmenter import analyze  # lazy: keeps `parley --help` fast

    end = len(text) if end is None else end
    pieces = _certain_pieces(text, start, end) if presplit else [(start, end)]
    if len(pieces) > 1:
        return [sp for a, b in pieces for sp in split_sentences(text, a, b, presplit=False)]
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
    spans = _join_title_abbreviations(text, spans)
    return [piece for sp in spans for piece in _split_bullets(text, sp)]


# Titles and ranks written short: syntok ends a sentence after "Lt." in "Lt. Gen. Ann Varga"
# or "Maj." in "Maj. Gen. Bo Lind", and the name loses its title (and its party) to the
# sentence before. A sentence that ends in one of these is joined to the next.
_TITLE_ABBREVIATION_END = re.compile(
    r"(?:^|[\s(\[])(?:Lt|Lieut|Maj|Gen|Col|Brig|Capt|Cpt|Sgt|Adm|Cmdr|Cdr|Sen|Rep|Gov|Amb|Dr|Mr|Mrs|Ms|Messrs|Prof|Rev|Hon)\.$")


def _join_title_abbreviations(text: str, spans: list[Span]) -> list[Span]:
    out: list[Span] = []
    for sp in spans:
        if out and _TITLE_ABBREVIATION_END.search(text, out[-1].start, out[-1].end) \
                and text[sp.start:sp.start + 1].isupper() and "\n" not in text[out[-1].end:sp.start]:
            out[-1] = Span(out[-1].start, sp.end)
        else:
            out.append(sp)
    return out


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


def bare_sentence_pass(text: str) -> int:
    """syntok alone over every paragraph of ``text``, no shortcuts: the benchmark's baseline.
    Returns the number of sentences."""
    from syntok.segmenter import analyze

    n = 0
    for m in _PARA.finditer(text):
        for paragraph in analyze(m.group(0)):
            n += sum(1 for _sentence in paragraph)
    return n
