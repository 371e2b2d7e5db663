"""The record + what the stages found -> coded diagnostics: what the reader could not settle.

The last step of the pipeline. It changes nothing that was extracted; it adds to
``Record.diagnostics`` one ``Diagnostic`` per doubt, each with a code, a one-line message,
the id of the item it is about and the words it points at:

    W101 speaker unresolved     a quote whose speaker the report does not name (or we could not find)
    W102 date unanchored        a meeting or statement rests on a relative date ("on Wednesday",
                                "by the end of October") and the report gives no publication date
    W103 party guessed          a person's party came from the context (the sentence, the outlet's
                                home party, a possessive link), not from a title, demonym or
                                "of <party>" next to any mention of the name
    W104 meeting undated        a meeting the report gives no day for
    W105 parties inferred       a statement's parties are the sides of its meeting, not named in its
                                sentence ("an agreement was reached on X"); made by assemble/statements
    W106 pronoun party          a statement's party is what a pronoun subject stands for ("he", "it"),
                                read from the sentences before; made by assemble/statements
    W2xx                        the document's warnings (W201 no article body found, e.g. an HTML
                                page whose body trafilatura could not find; W202 not English;
                                W203/W204 encoding; W205 mojibake repaired), as diagnostics too

Diagnostics are sorted by where their evidence starts (document warnings first).
"""

from __future__ import annotations

from dataclasses import replace

from parley.model import Diagnostic, Record, Span
from parley.reader.mentions import DateMention
from parley.reader.recognize import Mentions
from parley.reader.recognize.dates import parse_published
from parley.reader.segment import Parts

W_SPEAKER = "W101"
W_DATE = "W102"
W_PARTY = "W103"
W_UNDATED = "W104"

# How far from a mention of a name a party word still marks it ("Ruritanian Foreign Minister
# Anna Kovic", "Anna Kovic, the foreign minister of Ruritania"); within the sentence only.
PARTY_CUE_WINDOW = 90


def diagnose(record: Record, parts: Parts, mentions: Mentions) -> Record:
    """``record`` with the diagnostics of the module docstring added to those it has."""
    found = [*_document(record), *_speakers(record), *_dates(record, mentions), *_parties(record, parts, mentions),
             *_undated(record)]
    found.sort(key=lambda d: (d.evidence[0].start if d.evidence else -1))
    return replace(record, diagnostics=record.diagnostics + tuple(found))


def _document(record: Record) -> list[Diagnostic]:
    out = []
    for w in record.document.warnings:
        code, _, message = w.partition(" ")
        if code[:1] == "W" and code[1:].isdigit():
            out.append(Diagnostic(code=code, message=message.strip()))
    return out


def _speakers(record: Record) -> list[Diagnostic]:
    return [Diagnostic(code=W_SPEAKER, message=f"speaker unresolved: no speaker found for quote {q.id}",
                       item=q.id, evidence=q.evidence[:1])
            for q in record.quotes if q.speaker is None]


def _dates(record: Record, mentions: Mentions) -> list[Diagnostic]:
    """One W102 per relative date that a meeting or statement rests on, naming every such item."""
    if parse_published(record.document.published) is not None:
        return []
    users: dict[DateMention, list[str]] = {}
    items = [(m.id, m.evidence) for m in record.meetings] + [(s.id, s.evidence) for s in record.statements]
    for item_id, evidence in items:
        for span in evidence:
            for d in mentions.dates_in(span):
                if d.relative and item_id not in users.setdefault(d, []):
                    users[d].append(item_id)
    return [Diagnostic(code=W_DATE, item=ids[0], evidence=(d.span,),
                       message=f"date unanchored: {d.text!r} needs the publication date, which the report "
                               f"does not give ({', '.join(ids)})")
            for d, ids in users.items()]


def _parties(record: Record, parts: Parts, mentions: Mentions) -> list[Diagnostic]:
    text = record.document.text
    out = []
    for actor in record.actors:
        if actor.kind != "person" or not actor.affiliation or not actor.evidence:
            continue
        if any(_cue_near(actor.affiliation, span, parts, mentions, len(text)) for span in actor.evidence):
            continue
        out.append(Diagnostic(
            code=W_PARTY, item=actor.id, evidence=actor.evidence[:1],
            message=f"party guessed from context: {actor.name} as {actor.affiliation}, with no title, "
                    f"demonym or party named next to the name"))
    return out


def _cue_near(code: str, span: Span, parts: Parts, mentions: Mentions, n: int) -> bool:
    sentence = parts.sentence_at(span.start)
    lo, hi = (sentence.span.start, sentence.span.end) if sentence is not None else (0, n)
    window = Span(max(lo, span.start - PARTY_CUE_WINDOW), min(hi, span.end + PARTY_CUE_WINDOW))
    return any(p.code == code for p in mentions.parties_in(window))


def _undated(record: Record) -> list[Diagnostic]:
    return [Diagnostic(code=W_UNDATED, item=m.id, evidence=m.evidence[:1],
                       message=f"meeting undated: the report gives no day for meeting {m.id}")
            for m in record.meetings if m.date is None]
