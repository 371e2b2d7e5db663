"""Sentences -> Statements: what each party proposes, demands, offers, requests, agrees,
accepts, rejects, disagrees on, discusses, carries out, accuses or threatens.

Per clause: a trigger (lexicon/acts.py) gives the act; the issue terms after it (its
object) give the issue; the subject before it gives the parties ("the two sides" are the
sides of the report's main meeting); the sentence's speaker (attribute) gives the
speaker. Negation turns "did not agree" into disagreement and "will not accept" into
rejection. Restatements collapse: one statement per (act, parties, issue).
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from parley.lexicon import acts as lex
from parley.lexicon import parties as party_lex
from parley.model import Actor, Diagnostic, Document, Meeting, Quantity, Span, Statement
from parley.reader import rxcache as rxc
from parley.reader.assemble.constructions import Reading, asked_participle, embedded, readings
from parley.reader.assemble.meetings import MEDIATORS_FROM
from parley.reader.attribute import Said
from parley.reader.recognize import Mentions
from parley.reader.segment import Parts, Sentence
from parley.reader.syntax import Parse, Phrase, parse, select

# How far before a trigger its issue may stand when the issue comes first: "the talks"
# ... "took place" (PRE_WINDOW), "The fate of the eastern region, where ..., remains one
# of the most complicated issues" (PRE_WINDOW_COPULA: the whole subject of the copula).
PRE_WINDOW = 80
PRE_WINDOW_COPULA = 160
# How far after a trigger its object may run (characters), and before it its subject.
OBJECT_WINDOW = 120
SUBJECT_WINDOW = 160
# Quotes this long are the speaker's own words, told as a whole: no triggers inside them.
LONG_QUOTE_WORDS = 6
# ... except a speaker's own stance in them: what they demand, offer, refuse, charge or threaten.
QUOTED_STANCES = frozenset({"demand", "offer", "reject", "accuse", "threaten"})

# Subjects that stand for the two sides at the table: "both sides", "the two ministers", "the
# pair", "the leaders" (a plural noun for the people of the talks, with no party of its own).
_BOTH = regex.compile(r"\b(?:(?:the two|both|the) (?:sides|parties|countries|leaders|governments|delegations|"
                      r"ministers|foreign ministers|presidents|negotiators|negotiating teams|teams|nations|men|women)|"
                      r"the two(?![-‐])|the pair|they|both)\b", regex.I)
_NEGATION = regex.compile(r"\b(?:not|no|never|n[’']t|refus\w* to|failed to|without|reluctan\w+ to|unwilling to|"
                          r"declined to)\s+(?:\w+\s+){0,2}$", regex.I)
# A trigger used as a noun ("a ceasefire proposal", "his demands") names an act only with
# its owner ("Borduria's proposal", "an offer from Vell", "put forward by Borduria").
_NOMINAL = regex.compile(r"(?:\d+[- ]point )?(?:proposals?|demands?|priorit\w+|insistence|refusal|pleas? for|calls? for|"
                         r"requests?|offer|ultimatum|deadlines?|plan)$", regex.I)
_DETERMINER = regex.compile(r"\b(?:the|a|an|his|her|its|their|these|those|this|that|tough|key|public|new|latest|"
                            r"any|such|[\w.]+[’']s)\s+(?:[\w-]+\s+){0,2}$", regex.I)
# Clauses that tell of what may be, not of what is: "if Hamas agrees", "whether he is willing".
# ", should both parties request it": a condition told by inversion, like "if"; so is ", provided
# that X accepted it too"
_HYPOTHETICAL = regex.compile(r"\b(?:if|whether|unless|expect(?:s|ed)? to hear|hopes? that|would be)\b"
                              r"|,\s+should\s+(?!not\b|be\b|have\b|also\b)"
                              r"|,\s+(?:provided|providing)\s+(?:that\s+)?|\bon\s+condition\s+that\b", regex.I)
# A gerund after these is the thought of an act, not the act ("a reward for agreeing to ...").
_IDEA_OF = regex.compile(r"\b(?:for|of|about)\s+$", regex.I)
_CONSENTS = frozenset({"agree", "accept", "offer", "propose"})
_PASSIVE_AGREE = regex.compile(r"\b(?:being|been|be|is|was|were|are)\s+$", regex.I)
_MAY_BE = regex.compile(r"\b(?:could|would|might|may|will|shall|should|expected to|set to|plans? to)\b", regex.I)
_NOT_DONE = regex.compile(r"\b(?:wants?|wanted|to be|to|need|needs|would|could|will|should|be)\s+$", regex.I)
_EMBEDDING = frozenset({"request", "demand", "offer", "propose", "threaten", "accuse"})

# Clause ends on the object side: ", including ..." still belongs to the object.
_OBJECT_END = regex.compile(r";|(?<![A-Z])\.\s|,\s+(?:but|while|whereas|although|as)\b|\bbut\b|\bwhile\b|"
                         r",\s+[^,]{0,60}?\b(?:said|says|told)\b|"  # "..., Novak told reporters, as ..."
                         r"\s+and\s+(?=(?:also\s+|then\s+)?[a-z]+ed\s)")  # "... for an agreement and threatened ..."
# Nouns of position whose issue stands before them after a copula: "X remains a key sticking point".
_COPULA_BEFORE = regex.compile(r"\b(?:is|was|are|were|remains?|remained|has been|have been)\s+(?:a|an|the|one of the)?\s*"
                               r"(?:\w+\s+){0,2}$", regex.I)
_PASSIVE = regex.compile(r"\b(?:been|being|be|was|were|is|are)\s+(?:\w+ly\s+)?$", regex.I)
_CLAUSE_END = regex.compile(r";|(?<![A-Z])\.\s|\s--\s|\s[—–]\s|,\s+(?:but|while|whereas|although|including)\b|\bbut\b|"
                         r"\bwhile\b")
# Triggers whose issue stands before them: "the exchange took place", "the truce took effect".
_ISSUE_BEFORE = frozenset({"took place", "took effect", "had taken effect", "came into force", "came into effect",
                           "not being considered", "is not on the table", "is not acceptable", "unacceptable",
                           "under discussion", "on the agenda", "not good enough", "addressed"})
_SINCE = regex.compile(r"\b(?:since|until|till|before|after)\s+(?:[\w-]+\s+){0,3}$", regex.I)
_SPEECH = regex.compile(r"\b(?:said|says|told|added|wrote|stated|noted|according to|insist(?:s|ed)? that|stressed|"
                        r"emphasized|reiterated|declared|warned that|believe[sd]? that|claim(?:s|ed)? that)\b"
                        r"(?:\s+that)?", regex.I)
_TO_PROPOSAL = regex.compile(r"\s*(?:to|on)\s+(?:the|a|an|its|their|\w+[’']s)\s+(?:[\w-]+\s+){0,2}"
                             r"(?:proposal|plan|demand|request|terms|deal|offer|principles)\b"
                             # "agreed to a one-week pause suggested by X": another's offer taken
                             r"|\s*to\s+(?:the|a|an|its|their|\w+[’']s)\s+(?:[\w-]+,?\s+){0,3}(?:suggested|proposed|offered|"
                             r"put forward|drafted|tabled|floated|recommended)\s+by\b", regex.I)
# "agreed to that": one side consents to what the sentence before told (its issue is that sentence's).
_TO_THAT = regex.compile(r"\s*to\s+(?:that|this|it)\b(?=\s*[,.;]|\s+(?:but|and|as|after)\b)", regex.I)


_ESCAPE = regex.compile(r"\\.")
_OPTIONAL_CHAR = regex.compile(r"[a-z]\?")
_WORD = regex.compile(r"[a-z]{3,}")


def _literal(pattern: str) -> tuple[str, ...]:
    """Words one of which every match of ``pattern`` must contain: a cheap check on the
    lower-cased report before running the pattern. Empty when the source shows none."""
    plain = _OPTIONAL_CHAR.sub(" ", _ESCAPE.sub(" ", pattern))  # "ceasefires?": "ceasefire" is enough
    depth, first_group = 0, ""
    outside: list[str] = []
    cur: list[str] = []
    for ch in plain:
        if ch == "(":
            depth += 1
            continue
        if ch == ")":
            depth -= 1
            if depth == 0 and not first_group and not "".join(outside).strip():
                first_group = "".join(cur)
            continue
        (outside if depth == 0 else cur).append(ch)
    required = [w for w in _WORD.findall("".join(outside)) if len(w) >= 4]
    if required:
        return (max(required, key=len),)
    if first_group and not "".join(outside[:1]).strip():
        alts = [_WORD.match(a.lstrip("?:")) for a in first_group.split("|")]
        if alts and all(alts):
            return tuple(m.group(0) for m in alts if m)
    m = _WORD.match(plain.strip())
    return (m.group(0),) if m else ()


_ALTERNATION_START = regex.compile(r"\\b\(\?:(?P<alts>[a-z' -]+(?:\|[a-z' -]+)+)\)(?P<rest>.*)$", regex.S)


def _expand(pattern: str) -> list[str]:
    """ "\\b(?:central|key) issue" -> ["\\bcentral issue", "\\bkey issue"]: a pattern that opens
    with a word makes the engine search for that word; one that opens with a choice of
    words is tried at every position, many times slower over a whole report."""
    m = _ALTERNATION_START.match(pattern)
    if not m:
        return [pattern]
    return [rf"\b{alt}{m.group('rest')}" for alt in m.group("alts").split("|")]


# A literal is a pattern's required word, and whether it starts a word in the text: in the
# pattern, a word boundary, a space or a hyphen stands right before it.
Literal = tuple[str, bool]


def _literals(pattern: str) -> tuple[Literal, ...]:
    return tuple((w, any(f"{before}{w}" in pattern for before in ("\\b", "\\s", " ", "-")))
                 for w in _literal(pattern))


@lru_cache(maxsize=2)
def _compiled(fold_case: bool = False) -> tuple[list[tuple[str, tuple[Literal, ...], regex.Pattern[str]]],
                                               list[tuple[str, str, tuple[Literal, ...], regex.Pattern[str]]]]:
    """The lexicon's patterns, compiled for lower-cased text (the fast way) or, with
    ``fold_case``, for text whose lower case would change its length (offsets must hold)."""
    flags = regex.I if fold_case else 0
    triggers = [(act, _literals(x), rxc.lazy(x, flags))
                for act, pats in lex.ACT_PATTERNS.items() for p in pats for x in _expand(p)]
    # an issue term keeps its lexicon pattern as its name (weak terms are looked up by it)
    issues = [(issue, p, _literals(x), rxc.lazy(x, flags))
              for issue, pats in lex.ISSUE_PATTERNS.items() for p in pats for x in _expand(p)]
    return triggers, issues


_LOWER_WORD = re.compile(r"[a-z]+")


class _Vocabulary:
    """The words of a lower-cased report, sorted: a literal that starts a word is looked up
    among them (a bisection) instead of searched for in the whole text."""

    __slots__ = ("low", "words")

    def __init__(self, low: str) -> None:
        self.low = low
        self.words = sorted(set(_LOWER_WORD.findall(low)))

    def has(self, literals: tuple[Literal, ...]) -> bool:
        if not literals:
            return True
        for word, initial in literals:
            if not initial:
                if word in self.low:
                    return True
                continue
            i = bisect_left(self.words, word)
            if i < len(self.words) and self.words[i].startswith(word):
                return True
        return False


def _scan_target(text: str, vocabulary: _Vocabulary | None) -> tuple[_Vocabulary, str, bool]:
    """(the report's words, text to scan, whether the patterns must fold case themselves)."""
    vocab = vocabulary if vocabulary is not None else _Vocabulary(text.lower())
    if len(vocab.low) == len(text):
        return vocab, vocab.low, False  # same offsets: scan the lower case with case-sensitive patterns
    return vocab, text, True


def _scan_triggers(text: str, vocabulary: _Vocabulary | None = None) -> list[tuple[int, int, str]]:
    """(start, end, act) of every trigger in the text: one pass per pattern whose word occurs."""
    vocab, target, fold_case = _scan_target(text, vocabulary)
    triggers, _issues = _compiled(fold_case)
    out = [(m.start(), m.end(), act) for act, lit, pat in triggers if vocab.has(lit)
           for m in pat.finditer(target)]
    out.sort()
    return out


def _scan_issues(text: str, vocabulary: _Vocabulary | None = None) -> list[tuple[int, int, str, str]]:
    """(start, end, issue, term pattern) of every issue term in the text."""
    vocab, target, fold_case = _scan_target(text, vocabulary)
    _t, issues = _compiled(fold_case)
    out = [(m.start(), m.end(), issue, raw) for issue, raw, lit, pat in issues if vocab.has(lit)
           for m in pat.finditer(target)]
    out.sort()
    return out


@dataclass
class _Draft:
    act: str
    actors: tuple[str, ...]
    issue: str
    speaker: str | None
    quantity: Quantity | None
    deadline: str | None
    date: str | None
    evidence: list[Span] = field(default_factory=list)
    doubt: tuple[str, str] | None = None  # (code, message): its parties were inferred (``_PARTIES_INFERRED``)


def find_statements(doc: Document, parts: Parts, mentions: Mentions, said: Said,
                    meetings: list[Meeting], parses: dict[int, Parse] | None = None,
                    doubts: list[Diagnostic] | None = None) -> list[Statement]:
    """The statements of a report. ``parses`` are the parsed sentences (reader/syntax);
    without them the sentences that can carry an act are parsed here. ``doubts``, when
    given, receives a coded diagnostic for each statement whose parties were inferred."""
    text = doc.text
    if parses is None:
        parses = parse(text, select(text, parts, mentions))
    by_id = {a.id: a for a in said.actors}
    sides = (_main_sides(mentions, meetings), _main_pair(text, mentions, meetings))
    long_quotes = sorted(q.evidence[0] for q in said.quotes if len(q.text.split()) >= LONG_QUOTE_WORDS
                         and not _whole_paragraphs(q.evidence[0], parts))
    drafts: dict[tuple[str, tuple[str, ...], str], _Draft] = {}
    vocabulary = _Vocabulary(text.lower())
    all_triggers = _scan_triggers(text, vocabulary)
    hits = _scan_issues(text, vocabulary)
    terms = _IssueTerms(text=text, hits=hits, main=_main_issue(doc.title, hits))
    starts = [t[0] for t in all_triggers]
    acts_by_sentence: dict[int, set[str]] = {}
    pairs_by_sentence: dict[int, set[tuple[str, tuple[str, ...]]]] = {}
    keys_by_sentence: dict[int, list[tuple[str, tuple[str, ...], str]]] = {}

    def add(draft: _Draft, s: Span) -> None:
        _joint_act(draft)
        key = (draft.act, draft.actors, draft.issue)
        if key in drafts:
            old = drafts[key]
            old.evidence += [*draft.evidence, s]  # with the sentence an anaphor's issue came from
            old.quantity = old.quantity or draft.quantity
            old.deadline = old.deadline or draft.deadline
            old.date = old.date or draft.date
            old.speaker = old.speaker or draft.speaker
            if old.doubt is not None and draft.doubt is None:
                old.doubt = None  # told once with its parties named: no doubt left
        else:
            draft.evidence.append(s)
            drafts[key] = draft

    for sent in parts.sentences:
        s = sent.span
        i = bisect_left(starts, s.start)
        found = []
        while i < len(all_triggers) and all_triggers[i][0] < s.end:
            t = all_triggers[i]
            i += 1
            if t[1] <= s.end and (t[2] in QUOTED_STANCES or not _inside_any(long_quotes, t[0], t[1])):
                found.append(t)
        if not found:
            continue
        found = _resolve_overlaps(found)
        last_embedding = -1
        for start, end, act in found:
            if last_embedding >= 0 and start - last_embedding < 40 and rxc.search(
                    r"\b(?:to|of)\s+$", text[max(0, start - 5):start]):
                continue  # "asked Iran to agree to", "accused the U.S. of violating": the act asked of, or charged to, another
            if act in ("discuss", "agree", "accept") and last_embedding >= 0 and start - last_embedding < 120 \
                    and not _CLAUSE_END.search(text, last_embedding, start):
                continue  # "urged the delegations to engage in negotiations aimed at ...": asked for, not held
            if act in _EMBEDDING:
                last_embedding = end
            parsed = parses.get(sent.index)
            if parsed is not None and _vetoed(parsed, start, act):
                continue
            prev = parts.sentences[sent.index - 1].span if sent.index > 0 else None
            for draft in _read_trigger(doc, sent, start, end, act, mentions, said, by_id, sides, terms, prev):
                acts_by_sentence.setdefault(sent.index, set()).add(draft.act)
                pairs_by_sentence.setdefault(sent.index, set()).add((draft.act, draft.actors))
                keys_by_sentence.setdefault(sent.index, []).append((draft.act, draft.actors, draft.issue))
                add(draft, s)
    reader = _ClauseReader(doc=doc, parts=parts, mentions=mentions, said=said, by_id=by_id, terms=terms,
                           sides=_table_sides(meetings, sides), pair=sides[1], long_quotes=long_quotes,
                           signatories=_signatories(text, parts, mentions, by_id))
    for index in sorted(parses):
        sent = parts.sentences[index]
        done = acts_by_sentence.get(index, set())
        pairs = pairs_by_sentence.get(index, set())
        for draft in reader.read(sent, parses[index]):
            _joint_act(draft)
            if draft.act not in done or (draft.act, draft.actors) in pairs or _parse_subject_wins(
                    drafts, keys_by_sentence.get(index, []), draft, sent.span):
                add(draft, sent.span)
    for draft, item in _listed_items(doc, parts, mentions, said, by_id, terms, reader.sides):
        add(draft, item)
    for draft, item in _unsaid_agreements(text, parts, mentions, said, meetings, terms):
        add(draft, item)
    for draft, item in _deal_terms(text, parts, mentions, said, meetings, terms, drafts):
        add(draft, item)
    _whole_table(drafts, text, parts, meetings)
    _each_others_accusation(drafts, text)
    _borrow_counts(terms, parts, mentions, drafts)
    out = []
    for (act, actors, issue), d in drafts.items():
        sid = "s" + hashlib.blake2s(f"{act}|{','.join(actors)}|{issue}".encode(), digest_size=4).hexdigest()
        out.append(Statement(id=sid, act=act, actors=actors, issue=issue, speaker=d.speaker, quantity=d.quantity,
                             deadline=d.deadline, date=d.date, evidence=tuple(sorted(set(d.evidence)))))
        if d.doubt is not None and doubts is not None:
            doubts.append(Diagnostic(code=d.doubt[0], message=f"{d.doubt[1]} ({sid})", item=sid,
                                     evidence=out[-1].evidence[:1]))
    return out


def _whole_paragraphs(q: Span, parts: Parts) -> bool:
    """A quote that holds whole paragraphs (a statement or readout quoted in full) is read as text."""
    for para in parts.paragraphs:
        if q.start <= para.start + 1 and q.end >= para.end - 1 and para.end - para.start > 200:
            return True
    return False


# Units that count people or remains: the figures of an exchange.
_PEOPLE_UNITS = regex.compile(lex.PEOPLE_UNIT_PATTERN, regex.I)

# A list announced by a colon ("its conditions are as follows:"), its items bare paragraphs.
_LIST_ACTS = tuple((regex.compile(rx, regex.I), act) for rx, act in lex.LIST_INTRODUCTIONS)
# At most this many items, each at most this long (characters), follow one announcement.
LIST_ITEMS_MAX = 12
LIST_ITEM_CHARS = 400


def _listed_items(doc: Document, parts: Parts, mentions: Mentions, said: Said, by_id: dict[str, Actor],
                  terms: _IssueTerms, sides: tuple[str, ...]) -> list[tuple[_Draft, Span]]:
    """ "Here are Borduria's conditions:" or "We agree to the following:", then one bare item per
    paragraph: each item is the announced act of the announcing party, its issue in the item
    (``other`` when it names none). The list ends at a paragraph that tells more than an item
    (two or more sentences, or a speech verb: "..., officials said")."""
    text = doc.text
    out: list[tuple[_Draft, Span]] = []
    sentences = parts.sentences
    for k, sent in enumerate(sentences):
        intro = sent.span.of(text).rstrip()
        if not intro.endswith(":") or k + 1 >= len(sentences) or sentences[k + 1].paragraph == sent.paragraph:
            continue
        act = next((a for rx, a in _LIST_ACTS if rx.search(intro)), None)
        if act is None:
            continue
        codes = sorted({m.code for m in mentions.parties_in(sent.span)})
        speaker = said.sentence_speaker.get(sent.index)
        if act == "agree":
            actors = tuple(codes) if len(codes) >= 2 else sides
        else:
            actors = tuple(codes[:1]) if len(codes) == 1 else ()
            if not actors and speaker is not None:
                code = _code_of_person(by_id, speaker)
                actors = (code,) if code else ()
        if len(actors) < (2 if act == "agree" else 1):
            continue
        j, items = k + 1, 0
        while j < len(sentences) and items < LIST_ITEMS_MAX:
            para = sentences[j].paragraph
            group = [x for x in sentences[j:j + 3] if x.paragraph == para]
            item = Span(group[0].span.start, group[-1].span.end)
            if len(group) > 1 or item.end - item.start > LIST_ITEM_CHARS or _SPEECH.search(text, item.start, item.end):
                break
            for issue in _issues_of(terms, item.start, item.end, act)[:1] or ["other"]:
                out.append((_Draft(act=act, actors=actors, issue=issue, speaker=speaker, quantity=None,
                                   deadline=None, date=None), item))
            j, items = j + 1, items + 1
    return out


def _borrow_counts(terms: _IssueTerms, parts: Parts, mentions: Mentions, drafts: dict) -> None:
    """An exchange agreed or carried out with its figure told in another sentence ("which
    would involve 314 prisoners"): the report's first such figure in a sentence about it."""
    first: dict[tuple[str, str], Quantity | None] = {}  # the figure depends on act and issue only: found once
    for (act, _actors, issue), d in drafts.items():
        if d.quantity is not None or act not in ("implement", "agree") or issue not in (
                "prisoner_exchange", "remains_repatriation"):
            continue
        if (act, issue) not in first:
            first[(act, issue)] = None
            for q in mentions.quantities:
                if q.quantity.value is None or not q.quantity.unit or not _PEOPLE_UNITS.search(q.quantity.unit):
                    continue
                sent = parts.sentence_at(q.span.start)
                if sent is None:
                    continue
                if issue in _issues_of(terms, sent.span.start, sent.span.end, act):
                    first[(act, issue)] = q.quantity
                    break
        found = first[(act, issue)]
        if found is not None:
            d.quantity = found


def _resolve_overlaps(found: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    found.sort(key=lambda t: (t[0], -(t[1] - t[0])))
    out: list[tuple[int, int, str]] = []
    for f in found:
        if out and f[0] < out[-1][1]:
            continue
        out.append(f)
    return out


def _main_sides(mentions: Mentions, meetings: list[Meeting]) -> tuple[str, ...]:
    held = [m for m in meetings if m.status == "held"] or meetings
    if held and len(held[0].parties) >= 2:
        return tuple(sorted(held[0].parties))
    counts = Counter(p.code for p in mentions.parties if p.how in ("state", "demonym", "possessive", "capital"))
    top = [c for c, _n in counts.most_common(2)]
    return tuple(sorted(top)) if len(top) == 2 else ()


def _main_pair(text: str, mentions: Mentions, meetings: list[Meeting]) -> tuple[str, ...]:
    """The two sides most named, mediators left out: who disagrees or exchanges prisoners
    when the report says "both"."""
    mediators = {code for _sp, code in mentions.mediation}
    for m in meetings:
        mediators |= set(m.mediators)
    for lm in MEDIATORS_FROM.finditer(text):
        for w in rxc.findall(r"[\p{Lu}][\p{L}.]+", lm.group("list")):
            code = party_lex.code_of(w)
            if code:
                mediators.add(code)
    held = [m for m in meetings if m.status == "held"] or meetings
    table = tuple(sorted(set(held[0].parties) - mediators)) if held else ()
    if len(table) == 2:
        return table  # the two sides at the main table are the quarrel's, however often others are named
    counts = Counter(p.code for p in mentions.parties
                     if p.how in ("state", "demonym", "possessive", "capital", "organization"))
    ranked = [c for c, _n in counts.most_common() if c not in mediators]
    if len(ranked) >= 2:
        return tuple(sorted(ranked[:2]))
    return tuple(sorted(held[0].parties))[:2] if held else ()


def _clause_bounds(text: str, sent: Span, start: int, end: int) -> tuple[int, int]:
    lo = sent.start
    for m in _CLAUSE_END.finditer(text, sent.start, start):
        lo = m.end()
    stop = _OBJECT_END.search(text, end, sent.end)
    hi = stop.start() if stop else sent.end
    return lo, hi


def _read_trigger(doc: Document, sent: Sentence, start: int, end: int, act: str, mentions: Mentions,
                  said: Said, by_id: dict[str, Actor], sides: tuple[tuple[str, ...], tuple[str, ...]],
                  terms: _IssueTerms, prev: Span | None = None) -> list[_Draft]:
    text = doc.text
    s = sent.span
    lo, hi = _clause_bounds(text, s, start, end)
    trigger = text[start:end].lower()
    # negation flips or drops the act
    negated_agree = False
    if _NEGATION.search(text[max(lo, start - 30):start]):
        if act == "agree":
            act, negated_agree = "disagree", True
        elif act in ("propose", "offer", "accept"):
            act = "reject"
        else:
            return []
    if _HYPOTHETICAL.search(text, lo, start):
        return []
    if act in _CONSENTS and trigger.endswith("ing") and _IDEA_OF.search(text, max(lo, start - 12), start):
        return []  # "a reward for agreeing", "the idea of accepting": a thought of it, not the act
    if act == "agree" and _PASSIVE_AGREE.search(text, max(lo, start - 12), start) and not rxc.match(
            r"\s+(?:to\s+)?between\b", text[end:end + 12]):
        return []  # "a deal being agreed": by whom, the sentence does not say
    if act == "implement" and (_NOT_DONE.search(text, max(lo, start - 14), start)
                               or _MAY_BE.search(text, lo, start)):
        return []  # "prisoners the group wants released", "a pause would see hostages released": not carried out
    if act == "implement" and _PASSIVE.search(text[max(lo, start - 20):start]) and not rxc.match(
            r"\s+by\b", text[end:end + 5]):
        return []  # "157 prisoners had been returned": the patient, not who carried it out
    if act == "request" and trigger.startswith("ask") and _PASSIVE.search(text[max(lo, start - 20):start]) \
            and not rxc.search(r"\bby\b", text[end:min(hi, end + 40)]):
        return []  # "the Red Cross, which was asked to supervise": the one asked, not who asked
    if act == "implement" and trigger in _ISSUE_BEFORE and _SINCE.search(text, max(lo, start - 40), start):
        return []  # "340 violations of the truce since it took effect": a time named by the step, not the step
    if act == "agree" and _TO_PROPOSAL.match(text, end, min(hi, end + 60)):
        act = "accept"
    if act == "agree" and prev is not None and _TO_THAT.match(text, end, min(s.end, end + 20)):
        issues = _nearest_issue(terms, prev.start, prev.end) if prev is not None else []
        if not issues:
            return []
        return _drafts(doc, sent, lo, start, end, hi, "accept", trigger, issues, mentions, said, by_id, sides,
                       nominal=False)
    nominal = bool(_NOMINAL.search(trigger)) and bool(_DETERMINER.search(text[max(lo, start - 40):start]))
    if trigger == "must":
        # "the killing ... must stop", "Russia must withdraw": the issue may stand on either side
        issues = _issues_of(terms, lo, min(hi, end + OBJECT_WINDOW), act)
        if issues:
            return _drafts(doc, sent, lo, start, end, hi, act, trigger, issues, mentions, said, by_id, sides,
                           nominal=False)
    before_first = trigger in _ISSUE_BEFORE or bool(_COPULA_BEFORE.search(text[max(lo, start - 40):start])
                                                    and act in ("disagree", "discuss"))
    issues = [] if before_first else _issues_of(terms, start, min(hi, end + OBJECT_WINDOW), act)
    if not issues and (before_first or nominal or act in ("disagree", "reject", "accept", "implement", "accuse")):
        window = max(lo, start - (PRE_WINDOW_COPULA if before_first else PRE_WINDOW))
        issues = _issues_of(terms, window, start, act) if act in ("discuss", "disagree") else \
            _nearest_issue(terms, window, start)
    if not issues and before_first:
        issues = _issues_of(terms, end, min(hi, end + OBJECT_WINDOW), act)
    if not issues and rxc.match(r"\s+(?:[\w,]+\s+){0,3}more\b", text[end:end + 40]):
        issues = _issues_of(terms, max(lo, start - PRE_WINDOW), start, act)[-1:]  # "and is ready to hand over 2,000 more"
    if act == "propose" and rxc.search(r"\d+[- ]point|\bpeace plan\b", trigger + text[end:end + 20]):
        issues = ["peace_agreement"] + [i for i in issues if i != "peace_agreement"]  # "a 10-point plan"
    if not issues:
        return []
    return _drafts(doc, sent, lo, start, end, hi, act, trigger, issues, mentions, said, by_id, sides, nominal,
                   negated_agree)


def _drafts(doc: Document, sent: Sentence, lo: int, start: int, end: int, hi: int, act: str, trigger: str,
            issues: list[str], mentions: Mentions, said: Said, by_id: dict[str, Actor],
            sides: tuple[tuple[str, ...], tuple[str, ...]], nominal: bool, negated_agree: bool = False) -> list[_Draft]:
    text = doc.text
    s = sent.span
    speaker = said.sentence_speaker.get(sent.index)
    if speaker is None:
        subj = _starting(mentions.people, lo, start)
        if subj:
            speaker = subj[-1].key
    if negated_agree:
        subject = _subject(text, lo, start, mentions, by_id)
        if len(subject) == 1:
            act = "reject"  # "Israel would not agree to a permanent ceasefire": one side refuses
    actors = _actors_of(doc, s, lo, start, end, hi, act, mentions, said, by_id, sides[0], trigger,
                        _code_of_person(by_id, speaker) if speaker else None, sides[1], nominal)
    if not actors:
        return []
    pair = sides[1]
    if act == "implement" and pair and set(pair) < set(actors):
        actors = pair  # an exchange is between its two sides, whoever else agreed to it
    if act == "offer" and len(actors) >= 2:
        act = "agree"  # "The United States and Russia will continue working toward peace"
    drafts = []
    for issue in issues:
        quantity = _quantity_for(mentions, start, min(hi, end + OBJECT_WINDOW))
        deadline = _deadline(mentions.dates, start, end, hi)
        date = None
        if act == "implement":
            date = next((d.value for d in mentions.dates_in(s) if d.kind == "on" and d.value), None)
        drafts.append(_Draft(act=act, actors=actors, issue=issue, speaker=speaker, quantity=quantity,
                             deadline=deadline, date=date))
    return drafts


# A body must name its main issue this often before a bare "deal" is taken to be about it.
MAIN_ISSUE_MIN_MENTIONS = 3
# Issues a report can be "about" as a whole, so that its bare "deal" means that deal.
_DEAL_ISSUES = ("ceasefire", "prisoner_exchange", "nuclear", "peace_agreement")


@dataclass(frozen=True, slots=True)
class _IssueTerms:
    """One report's issue terms, found once: (start, end, issue, term pattern), sorted; and
    its main issue, which a bare "deal" or "agreement" stands for."""

    text: str
    hits: list[tuple[int, int, str, str]]
    main: str | None


def _main_issue(title: str | None, hits: list[tuple[int, int, str, str]]) -> str | None:
    """The report's main issue: the first deal-like issue its title names, else the commonest in its body."""
    if title:
        for _s, _e, issue, raw in _scan_issues(title):
            if issue in _DEAL_ISSUES and raw not in lex.WEAK_ISSUE_TERMS:
                return issue
    counts = Counter(issue for _s, _e, issue, raw in hits if issue in _DEAL_ISSUES and raw not in lex.WEAK_ISSUE_TERMS)
    if not counts:
        return None
    issue, n = counts.most_common(1)[0]
    return issue if n >= MAIN_ISSUE_MIN_MENTIONS else None


_GOODS = regex.compile(lex.GOODS, regex.I)
_IN_RETURN = regex.compile(r"in exchange,", regex.I)


def _issues_of(terms: _IssueTerms, lo: int, hi: int, act: str) -> list[str]:
    hits = _hits_in(terms, lo, hi)
    if not hits:
        return []
    return _choose(terms.text, hits, lo, act)


def _nearest_issue(terms: _IssueTerms, lo: int, hi: int) -> list[str]:
    """The issue named nearest before ``hi`` (a named one over a weak word): "the IAEA said a
    truce had taken effect" is about the truce, not the agency's atom."""
    hits = _hits_in(terms, lo, hi)
    strong = [h for h in hits if not h[2]] or hits
    return [strong[-1][1]] if strong else []


def _hits_in(terms: _IssueTerms, lo: int, hi: int) -> list[tuple[int, str, bool]]:
    text = terms.text
    hits: list[tuple[int, str, bool]] = []
    goods = None
    all_hits = terms.hits
    for k in range(bisect_left(all_hits, (lo,)), len(all_hits)):
        start, end, issue, raw = all_hits[k]
        if start >= hi:
            break
        if end > hi:
            continue
        if raw in lex.PRISONER_WEAK:
            if goods is None:
                goods = bool(_GOODS.search(text, lo, hi))
            if goods:
                continue
        if raw in lex.BARE_DEAL and terms.main:
            issue = terms.main
        if issue in lex.ISSUE_SENSE_BLOCKS and _word_before(text, start) in lex.ISSUE_SENSE_BLOCKS[issue]:
            continue  # "a heated exchange", "military aid": another sense of the word
        if raw in lex.PRISONER_WEAK and _IN_RETURN.match(text, max(0, start - 3), end + 1):
            continue  # "In exchange, X undertook to ...": the idiom of a trade, no swap of people
        if (raw in lex.TERM_SENSE_AFTER or raw in lex.TERM_SENSE_BEFORE) and _locative(text, start, end, raw, lo, hi):
            continue  # "the border crossings", "near their border": a place, not the issue
        # ``other`` gives way to a named issue: "a pause in strikes on energy sites" is a ceasefire
        hits.append((start, issue, raw in lex.WEAK_ISSUE_TERMS or issue == "other"))
    hits.sort()
    return hits


def _choose(text: str, hits: list[tuple[int, str, bool]], lo: int, act: str) -> list[str]:
    strong = [h for h in hits if not h[2]]
    chosen = strong or hits
    first = chosen[0]
    out = [first[1]]
    # a list joined by "and" or commas names several issues ("clashed on ceasefire terms and a meeting")
    joiner = r",|\band\b" if act in ("disagree", "discuss") else r"\bincluding\b|\bincludes\b|\bsuch as\b"
    listed = act in ("disagree", "discuss") or rxc.search(joiner, text[lo:first[0] + 1])
    reach = 110 if act in ("disagree", "discuss") else 170
    for pos, issue, _weak in chosen[1:]:
        gap = text[first[0]:pos]
        if issue not in out and listed and rxc.search(r",|\band\b", gap) and pos - first[0] < reach:
            out.append(issue)
    return out


_MILITARY = regex.compile(r"\b(?:army|armies|troops|forces|soldiers|units|military|militar(?:y|ies))\b", regex.I)
# Heads of a phrase that name who governs a party: "A's B government" is A, B its ruling movement.
_GOVERNING_HEADS = frozenset({"administration", "government", "authorities", "regime", "cabinet", "leadership"})
_NEXT_WORD = regex.compile(r"\s*([\p{L}-]+)")
# a preposition and at most one determiner before the term: "near their", "along the"
_PLACE_BEFORE = regex.compile(r"([\p{L}]+)\s+(?:(?:the|their|its|our|a|his|her|common|shared|joint)\s+)?$", regex.I)


def _locative(text: str, start: int, end: int, raw: str, lo: int, hi: int) -> bool:
    """Whether a term names only where something is: a facility after it ("border crossings";
    not where an army holds it: "its army would leave the border crossing") or a preposition
    of place before it, past a determiner ("along their border")."""
    after = _NEXT_WORD.match(text, end)
    if after and after.group(1).lower() in lex.TERM_SENSE_AFTER.get(raw, frozenset()):
        return not _MILITARY.search(text, lo, hi)
    before = _PLACE_BEFORE.search(text, max(0, start - 30), start)
    return bool(before and before.group(1).lower() in lex.TERM_SENSE_BEFORE.get(raw, frozenset()))


# acts whose joined deeds are each the party's own (an offer, an agreement); what a request asks
# of another is read as one
_OWN_DEEDS = frozenset({"offer", "agree"})


def _each_its_own_to(text: str, members: tuple[Span, ...]) -> bool:
    """Whether every member after the first opens with its own "to": "to reopen X and to keep Y"
    (two deeds), not "to spare X and halt strikes on it" (one deed told twice)."""
    return len(members) > 1 and all(
        (text.startswith("to ", m.start) or text[max(0, m.start - 3):m.start] == "to ")
        and not _BACK_PRONOUN.search(text, m.start, m.end) for m in members[1:])


# a later deed that points back at the first one's object is the same deed: "to extend the truce
# and to set up a team to monitor it"
_BACK_PRONOUN = regex.compile(r"\b(?:it|them|its|their)\b")


def _word_before(text: str, pos: int) -> str:
    m = _LAST_WORD.search(text, max(0, pos - 24), pos)
    return m.group(1).lower() if m else ""


_LAST_WORD = regex.compile(r"([\p{L}-]+)\s+$")


def _code_of_person(by_id: dict[str, Actor], key: str) -> str | None:
    a = by_id.get(key)
    return a.affiliation if a is not None else None


def _actors_of(doc: Document, s: Span, lo: int, start: int, end: int, hi: int, act: str, mentions: Mentions,
               said: Said, by_id: dict[str, Actor], sides: tuple[str, ...], trigger: str,
               speaker_code: str | None = None, pair: tuple[str, ...] = (),
               nominal: bool = False) -> tuple[str, ...]:
    text = doc.text
    # the subject zone: after the last speech verb before the trigger ("Novak said Russia ...")
    zone_lo = max(lo, start - SUBJECT_WINDOW)
    for m in _SPEECH.finditer(text, zone_lo, start):
        zone_lo = m.end()
    codes: list[str] = []
    for p in _starting(mentions.parties, zone_lo, start):
        if not _in_object_phrase(text, p.span.start):
            codes.append(p.code)
    people = _starting(mentions.people, zone_lo, start)
    for p in people:
        c = _code_of_person(by_id, p.key)
        if c:
            codes.append(c)
    both = _BOTH.search(text, zone_lo, start)
    about_talks = bool(rxc.match(r"(?:talks|discussions|negotiations)", trigger))
    if act in ("agree", "disagree", "discuss"):
        codes = list(_subject(text, zone_lo, start, mentions, by_id))
        if both and len(set(codes)) < 2:
            # "the two leaders" are the meeting's; "both sides" of a quarrel are the main pair
            at_table = about_talks or act == "agree" or "leader" in both.group(0).lower()
            codes += list(sides if at_table else pair)
        between = rxc.search(r"\b(?:with|between)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}.]+\s*(?:,|and)?\s*(?:the\s+)?){1,3})",
                               text[end:hi])
        named = _named_between(text, mentions, end + between.start(1)) if between else []
        codes += named
        if between and not named:
            for w in rxc.findall(r"[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)?", between.group(1)):
                c = party_lex.code_of(w)
                if c:
                    codes.append(c)
        if not codes and speaker_code and rxc.search(r"\b(?:he|she|it|we|I)\s+(?:\w+\s+){0,2}$",
                                                       text[zone_lo:start], regex.I):
            codes = [speaker_code]
        uniq = tuple(sorted(set(codes)))
        if len(uniq) >= 2:
            return uniq
        if act == "agree":
            if len(uniq) == 1 and _TO_PROPOSAL.match(text, end, hi):
                return uniq
            # "he agreed to suspend attacks": one side agreeing with the other, as the report tells it
            return pair if len(uniq) == 1 and uniq[0] in pair else ()
        if about_talks and sides:
            return sides
        if pair and (not uniq or uniq[0] in pair):
            return pair
        return ()
    own = rxc.search(r"([\p{Lu}][\p{L}.]+)[’']s\s+(?:[\w-]+\s+){0,3}$", text[max(lo, start - 40):start])
    if own and rxc.search(r"(?:propos|demand|priorit|refus|insist|offer|request|plan|call|deadline|ultimat)",
                            trigger):
        c = party_lex.code_of(own.group(1))
        if c is None:
            person = [p for p in _starting(mentions.people, max(lo, start - 40), start) if p.span.end <= start]
            c = _code_of_person(by_id, person[-1].key) if person else None
        if c:
            return (c,)  # "Serbia's 12-point proposal", "Belgrade's key demand"
    frm = _owner_after(text[end:hi])
    if frm is None:
        # "pressure by the Varga administration": a person's administration acts for the person's party
        by = rxc.match(r"\s+(?:from|by)\s+(?:the\s+)?", text[end:hi])
        if by:
            after = _starting(mentions.people, end + by.end(), end + by.end() + 3)
            code = _code_of_person(by_id, after[0].key) if after else None
            if code and rxc.match(r"[’']?s?\s+(?:administration|government|team|envoys?)\b",
                                  text[after[0].span.end:after[0].span.end + 20]):
                return (code,)
    frm = frm or rxc.match(r"\s+(?:put forward|made|offered|submitted)\s+by\s+(?:the\s+)?([\p{Lu}][\p{L}.]+)",
                             text[end:hi])
    if frm and rxc.search(r"propos|offer|demand|request|pressure|put forward|plan", trigger):
        c = party_lex.code_of(frm.group(1))
        if c:
            return (c,)  # "an offer from Vell"
    if nominal:
        return ()  # a proposal nobody is said to own
    if act == "accuse" and _PASSIVE.search(text[max(lo, start - 20):start]):
        # "it was violated after four days": the one who says so accuses
        return (speaker_code,) if speaker_code else ()
    if trigger == "must":
        # "Serbia must be ready": whoever says it demands it, not the one who must
        return (speaker_code,) if speaker_code else _party_speaker(text, s, start, mentions, by_id)
    subject = _subject(text, zone_lo, start, mentions, by_id)
    if subject:
        return subject
    # "Serbia's 12-point proposal", "a proposal from Belgrade"
    own = rxc.search(r"([\p{Lu}][\p{L}.]+)[’']s\s+(?:[\w-]+\s+){0,3}$", text[max(lo, start - 50):start])
    if own:
        c = party_lex.code_of(own.group(1))
        if c:
            return (c,)
    frm = rxc.match(r"\s+from\s+(?:the\s+)?([\p{Lu}][\p{L}.]+)", text[end:hi])
    if frm:
        c = party_lex.code_of(frm.group(1))
        if c:
            return (c,)
    if act == "implement" and pair and rxc.search(r"\b(?:exchange|swap|truce|cease-?fire)", text[max(lo, start - 80):hi]):
        return pair  # an exchange or a truce is carried out by both sides
    if act == "implement":
        return ()  # who carried it out, the sentence does not say: not whoever reported it
    if act == "accuse" and both and pair:
        return pair  # "both sides have accused each other"
    if speaker_code:
        return (speaker_code,)
    return _party_speaker(text, s, start, mentions, by_id)


def _named_between(text: str, mentions: Mentions, pos: int) -> list[str]:
    """The parties listed after "between"/"with", read from the party mentions so that a name with
    small words in it counts whole: "between the Democratic Republic of Congo and Rwanda"."""
    at = {p.span.start: p for p in mentions.parties}
    codes: list[str] = []
    for _ in range(4):
        p = at.get(pos)
        if p is None:
            break
        codes.append(p.code)
        joint = rxc.match(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?", text[p.span.end:p.span.end + 12])
        if joint is None:
            break
        pos = p.span.end + joint.end()
    return codes


# Plural nouns for people who act as a group: what "they" and "their" can stand for.
_GROUP_AFTER = regex.compile(
    r"[’']?s?\s+(?:(?:senior|top|visiting|local|opposition|government|military|foreign|other|two|several|"
    r"\w+-level)\s+)?(?:lawmakers|legislators|officials|negotiators|leaders|delegates|diplomats|ministers|"
    r"envoys|representatives|members|senators|parliamentarians|mps|troops|forces|militants|rebels|"
    r"authorities|delegations)\b", regex.I)


def _group_before(text: str, mentions: Mentions, lo: int, pos: int) -> tuple[str, ...]:
    """ "they", "their": the party named as a group before ``pos`` ("Bordurian lawmakers ...
    They want their government to ..."), skipping single persons and parties inside object
    phrases ("met Anna Kovic of Ruritania"); () when the last party named in [lo, pos) is no group."""
    for p in reversed(_starting(mentions.parties, lo, pos)):
        if p.span.end > pos:
            continue
        if _GROUP_AFTER.match(text, p.span.end, min(pos, p.span.end + 40)):
            return (p.code,)
        if _SUBJECT_PLACE.search(text, max(0, p.span.start - 12), p.span.start):
            return ()  # the last party in a subject's place is a single one: "it" or "they", not a group
    return ()


# Where a clause's subject starts: the start of a sentence or clause, or after "and"/"but".
_SUBJECT_PLACE = regex.compile(r"(?:^|[.;:!?\"“”,(]\s*|\n\s*|\b(?:and|but|while|[Tt]he)\s+)$")


def _party_speaker(text: str, s: Span, start: int, mentions: Mentions, by_id: dict[str, Actor]) -> tuple[str, ...]:
    """A party as the speaker: "Ukraine has said ... and rejects ...", "The United States reiterated that"."""
    said_by = None
    for m in _SPEECH.finditer(text, s.start, start):
        said_by = m
    if said_by is not None:
        subj = _subject(text, max(s.start, said_by.start() - 60), said_by.start(), mentions, by_id)
        if len(subj) == 1:
            return subj
    return ()


def _owner_pronoun(text: str, mentions: Mentions, lo: int, owner: Span) -> list[str]:
    """ "Ruritania said its envoy would propose ...": a possessive "its"/"their" owning the
    subject is the party named last before it in the sentence, outside object phrases."""
    if text[owner.start:owner.end].lower() not in ("its", "their"):
        return []
    for p in reversed(_starting(mentions.parties, lo, owner.start)):
        if not _in_object_phrase(text, p.span.start):
            return [p.code]
    return []


def _parse_subject_wins(drafts: dict[tuple[str, tuple[str, ...], str], _Draft],
                        pattern_keys: list[tuple[str, tuple[str, ...], str]], draft: _Draft, s: Span) -> bool:
    """Where the pattern scan and the parse read the same act and issue in a sentence with
    one party each, but not the same one, the parse's subject is the one: "Bordurian
    negotiators met their Ruritanian counterparts and proposed ..." is Borduria's proposal,
    whatever party stands nearest the verb. The pattern's draft loses this sentence."""
    if len(draft.actors) != 1:
        return False
    for key in pattern_keys:
        act, actors, issue = key
        if act != draft.act or issue != draft.issue or actors == draft.actors:
            continue
        if len(actors) != 1 and (act in ("agree", "disagree", "discuss") or not set(draft.actors) < set(actors)):
            continue  # a one-side act the scan gave to two parties, the parse to one of them: the parse's
        old = drafts.get(key)
        if old is None:
            continue
        old.evidence = [e for e in old.evidence if e != s]
        if not old.evidence:
            del drafts[key]
        draft.quantity = draft.quantity or old.quantity
        draft.deadline = draft.deadline or old.deadline
        draft.speaker = draft.speaker or old.speaker
        return True
    return False


def _subject(text: str, lo: int, hi: int, mentions: Mentions, by_id: dict[str, Actor]) -> tuple[str, ...]:
    """The parties of the clause's subject: its first party, and a second joined by 'and'."""
    items: list[tuple[int, int, str]] = []
    for p in _starting(mentions.parties, lo, hi):
        if not _in_object_phrase(text, p.span.start) or _verb_follows(text, p.span, hi):
            items.append((p.span.start, p.span.end, p.code))
    unknown = -1  # where the last person of no known party stands in a subject's place
    for p in _starting(mentions.people, lo, hi):
        if not _in_object_phrase(text, p.span.start) or _verb_follows(text, p.span, hi):
            c = _code_of_person(by_id, p.key)
            if c:
                items.append((p.span.start, p.span.end, c))
            elif not _in_relative_clause(text, lo, p.span.start):
                unknown = p.span.start
    if not items:
        return ()
    items.sort()
    if unknown > items[-1][0] and not _CLAUSE_JOIN.match(text, items[-1][1], unknown):
        # "In Riga, where Bordurian troops are massed, President Anna Kovic demanded": the
        # subject is the person nearest the verb, whose party the report does not give
        return ()
    # the group nearest the verb: "Novak said Armenia and Azerbaijan agreed", "Serbia and Kosovo agreeing"
    out = [items[-1][2]]
    joined_by_and = False
    for prev, nxt in zip(reversed(items[:-1]), reversed(items[1:]), strict=False):
        gap = text[prev[1]:nxt[0]]
        if rxc.fullmatch(r"[’']?s?\s*,?\s*and\s*(?:the\s+)?", gap):
            joined_by_and = True
        elif not (joined_by_and and rxc.fullmatch(r"[’']?s?\s*,\s*(?:the\s+)?", gap)):
            break  # "Subject to ... Iran, Pakistan stands ready": a comma alone joins no subject
        out.append(prev[2])
    return tuple(sorted(set(out)))


# Between a party and a later name: "Borduria and Minister X", "Borduria's envoy X": one subject.
_CLAUSE_JOIN = regex.compile(r"(?:[’']s\b|\s*,?\s*(?:and|or|with|along with|together with)\b)")
_RELATIVE = regex.compile(r"\b(?:who|whom|whose|which|that|where|when)\b[^,;:]*$", regex.I)


def _in_relative_clause(text: str, lo: int, pos: int) -> bool:
    """A name inside a relative clause ("Borduria, whose envoy Anna Kovic met them, demanded")."""
    return _RELATIVE.search(text, max(lo, pos - 60), pos) is not None


# What may stand between a subject and its verb: auxiliaries, modals and adverbs ("after
# Borduria had finally demanded", "while Ruritania would later reject").
_BEFORE_VERB = regex.compile(
    r"\s*,?\s*(?:(?:has|have|had|is|was|are|were|will|would|could|can|may|might|should|must|did|does|do|"
    r"has been|had been|also|later|then|now|finally|again|not|never|reportedly|formally|officially|publicly|"
    r"swiftly|quickly|promptly|immediately|repeatedly|already|still|first|itself|herself|himself)\s+)*", regex.I)


# Prepositions that are also conjunctions: after them a name may be the subject of a clause.
_CONJUNCTION_BEFORE = regex.compile(r"\b(?:after|before|since|until|till|than|as|once)\s+(?:the\s+)?$", regex.I)


def _verb_follows(text: str, span: Span, hi: int) -> bool:
    """Whether a name after a word that is also a conjunction is directly followed by the verb
    at ``hi``: then it is that verb's subject ("after Borduria demanded", "until Ruritania
    agrees"), not a name in an object phrase ("after the war with Borduria")."""
    if not (span.end <= hi and hi - span.end <= 60 and _BEFORE_VERB.fullmatch(text, span.end, hi)):
        return False
    return _CONJUNCTION_BEFORE.search(text, max(0, span.start - 12), span.start) is not None


_FROM_BY = regex.compile(r"\s+(?:from|by)\s+(?:the\s+)?(?P<who>[\p{Lu}][\p{L}.]+(?:\s+[\p{L}.]+){0,2})")


def _owner_after(tail: str) -> regex.Match | None:
    """ "an offer from Vell", "pressure by the Varga administration": the owner's name, the
    longest of up to three words that names a party."""
    m = _FROM_BY.match(tail)
    if not m:
        return None
    words = m.group("who").split()
    for k in range(len(words), 0, -1):
        if party_lex.code_of(" ".join(words[:k])):
            return regex.match(r"\s+(?:from|by)\s+(?:the\s+)?(" + regex.escape(" ".join(words[:k])) + ")", tail)
    return None


def _in_object_phrase(text: str, pos: int) -> bool:
    """A party named inside a prepositional phrase ("strikes on Ukraine") is not the subject."""
    before = text[max(0, pos - 16):pos]
    if rxc.search(r"[\p{Lu}][\p{L}-]+,\s+$", before) and rxc.search(r"\b(?:in|at)\s+\S+,\s+$", text[max(0, pos - 40):pos]):
        return True  # "in Oslo, Norway"
    if rxc.search(r"\b(?:delegations?|envoys|negotiators|officials|representatives|teams?)\s+from\s+(?:the\s+)?$",
                    text[max(0, pos - 40):pos]):
        return False  # "the delegations from the U.S., Ukraine, and Russia agreed"
    if rxc.search(r"(?:,|\band)\s+(?:the\s+)?$", before):
        back = text[max(0, pos - 80):pos]
        if rxc.search(r"\b(?:delegations?|envoys|negotiators|officials)\s+from\s+[^.;]*$", back):
            return False
    if rxc.search(r"\bwith\s+(?:the\s+)?$", before) and rxc.match(r"[\p{L}.’']+\s+\w+ing\b", text[pos:pos + 40]):
        return False  # "with Britain pressuring Caracas": an absolute clause, the party is its subject
    return bool(rxc.search(r"\b(?:on|against|from|into|of|over|in|to|toward|towards|with|by|between|for|at|"
                             r"after|than)\s+(?:the\s+|a\s+)?(?:[\d,]+\s+)?(?:\w+\s+)?$", before))


def _inside_any(spans: list[Span], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of ``spans`` (sorted, not overlapping): a bisection."""
    i = bisect_right(spans, start, key=_SPAN_START) - 1
    return i >= 0 and spans[i].start <= start and end <= spans[i].end


def _deadline(dates: tuple, start: int, end: int, hi: int) -> str | None:
    """The deadline an act's trigger (``start``-``end``) sets, its clause ending at ``hi``: a
    "by" date after the trigger ("must withdraw by the end of May"), or one told as the noun's
    own day inside or right before it ("gave them a June deadline", kind "by" from the recognizer)."""
    own = [d for d in _starting(dates, max(0, start - 30), end) if d.kind == "by" and d.value
           and d.span.end <= end and (d.span.start >= start or 0 <= start - d.span.end <= 1)]
    if own:
        return str(own[-1].value)
    return next((d.value for d in _starting(dates, end, hi) if d.kind == "by" and d.value), None)


def _starting(items: tuple, lo: int, hi: int) -> list:
    """The mentions (sorted by start, as recognize gives them) that start in [lo, hi): a
    bisection, so that reading a trigger costs the size of its clause, not of the report."""
    i = bisect_left(items, lo, key=_START)
    out = []
    while i < len(items) and items[i].span.start < hi:
        out.append(items[i])
        i += 1
    return out


def _START(m: Any) -> int:
    return m.span.start


def _SPAN_START(sp: Span) -> int:
    return sp.start


def _quantity_for(mentions: Mentions, lo: int, hi: int) -> Quantity | None:
    """The first figure in the object of a trigger."""
    return next((q.quantity for q in _starting(mentions.quantities, lo, hi)), None)


# ------------------------------------------------------------------ statements from clauses

_WE = frozenset({"we", "us", "our", "ours", "i", "me", "my"})
_THIRD = frozenset({"he", "she", "him", "her", "his"})
_THEY = frozenset({"it", "its", "they", "them", "their"})
_BOTH_WORDS = regex.compile(r"^(?:the\s+)?(?:two|both)\s+(?:sides|parties|countries|leaders|governments|delegations|"
                            r"nations|states|capitals|teams|men|women|presidents|ministers|foreign ministers|"
                            r"negotiators|negotiating teams)$|^(?:the\s+)?(?:sides|parties)$|^both$|^the\s+(?:two|pair)$|"
                            r"^the\s+(?:leaders|delegations|negotiators|negotiating teams)$", regex.I)
_ANAPHOR = regex.compile(r"\s*(?:this|that|these|those|such|the same|the latest|the)\s+(?:\w+\s+)?"
                         r"(?P<noun>demands?|conditions?|proposals?|plans?|offers?|terms|idea|requests?|steps?|"
                         r"measures?|ultimatum|calls?)\b|\s*(?:it|them|this|that)\b", regex.I)
# How many sentences back an anaphoric object looks for what it stands for.
ANAPHOR_REACH = 3
_MORE = regex.compile(r"\b(?:more|others|the rest)\b", regex.I)
# Containers whose content, when the clause names one, is the issue instead: "any
# settlement must include Borduria ceding the province" is about territory.
_CONTAINERS = frozenset({"peace_agreement", "talks_format"})


# Acts a trigger names only as a verb: "a call on 4 July" is no request.
_VERB_ONLY = regex.compile(r"(?:call|agree|conduct|insist|urge|accus|blam|threat|reject|propos|offer|request|demand)\w*$")


def _vetoed(p: Parse, start: int, act: str) -> bool:
    """What the parse says against a trigger found by pattern: a noun where the act needs a
    verb ("a call on 4 July"), or a verb in a clause asked or wished of another ("elements
    they need to agree on", "partners must be ready to")."""
    tok = next((t for t in p.tokens if t[0] == start), None)
    if tok is None:
        return False
    if tok[3].startswith("NN") and act in ("request", "agree", "implement") and _VERB_ONLY.match(tok[2]):
        return True
    c = p.clause_at(start)
    if c is None:
        if act == "offer":
            gov = next((k for k in p.clauses if k.adjectives and k.predicate.start < start <= k.span.end
                        and tok[2] in k.adjectives), None)
            return gov is not None and gov.modal in ("must", "should")
        return False
    if act == "request" and c.lemma == "ask" and asked_participle(c):
        return True  # "When asked how close ..., she said": a reporter's question, no request
    if act == "discuss" and c.word == "addressed" and any(o.word in lex.AUDIENCES for o in c.objects):
        return True  # "she addressed her nation": an audience, not an issue
    return act in ("agree", "accept", "discuss", "propose") and embedded(p, c)


def _table_sides(meetings: list[Meeting], sides: tuple[tuple[str, ...], tuple[str, ...]]) -> tuple[str, ...]:
    """ "both sides", "the two sides": the parties of the report's main meeting, never its mediators."""
    held = [m for m in meetings if m.status == "held"] or meetings
    for m in held[:1]:
        parties = tuple(sorted(set(m.parties) - set(m.mediators)))
        if len(parties) >= 2:
            return parties
    return sides[1] or sides[0]


# Coded diagnostic: a statement's parties were not named in its sentence but taken from the
# meeting it belongs to ("an agreement was reached on X" after "the two delegations met").
W_PARTIES_INFERRED = "W105"
# ... or from what a pronoun subject stands for ("he", "it", "they" read from the sentences before).
W_PRONOUN_PARTY = "W106"


def _joint_act(draft: _Draft) -> None:
    """ "Both sides reiterated their readiness to ...", "X and Y welcome the talks": an offer
    or an acceptance made by two parties together is their agreement."""
    if draft.act in ("offer", "accept") and len(draft.actors) >= 2:
        draft.act = "agree"


# A signature block: the short paragraphs that end a declaration, each a signer's name or
# the signer's title ("Anna Kovic" / "President of the Republic of Ruritania").
SIGNATURE_LINE_WORDS = 12


def _signatories(text: str, parts: Parts, mentions: Mentions, by_id: dict[str, Actor]) -> tuple[str, ...]:
    """The parties of the people who sign a text at its end: what its own "we" stands for
    ("We, the undersigned, ..."). () unless the last paragraphs are short lines of names and
    titles only, with at least two signers of two parties."""
    codes: list[str] = []
    for para in reversed(parts.paragraphs):
        words = text[para.start:para.end].split()
        if not words or len(words) > SIGNATURE_LINE_WORDS or rxc.search(r"[.!?:;\"“”]\s*$", text[para.start:para.end]):
            break
        people = _starting(mentions.people, para.start, para.end)
        if people and text[people[0].span.start:people[-1].span.end].strip() == text[para.start:para.end].strip():
            code = _code_of_person(by_id, people[0].key)
            if code is None:
                return ()  # a signer of no known party: the block is no list of sides
            codes.append(code)
    uniq = tuple(sorted(set(codes)))
    return uniq if len(uniq) >= 2 and len(codes) == len(uniq) else ()


def _meeting_sides(meetings: list[Meeting], pos: int) -> tuple[str, ...]:
    """The sides (parties less mediators) of the meeting a sentence at ``pos`` belongs to: the
    one told last at or before it, else the report's first held (or first) meeting; () when
    none has two."""
    told = [(ev.start, k) for k, m in enumerate(meetings) for ev in m.evidence if ev.start <= pos]
    order = [meetings[max(told)[1]]] if told else []
    order += ([m for m in meetings if m.status == "held"] or meetings)[:1]
    for m in order:
        sides = tuple(sorted(set(m.parties) - set(m.mediators)))
        if len(sides) >= 2:
            return sides
    return ()


# The people at the table with no count ("the delegations", "the negotiators", "all sides"):
# every delegation there, a mediator's too; "the two delegations", "both sides" are the sides.
_TABLE_WORDS = regex.compile(r"(?<!\b(?:two|both|three|four)\s+)(?<!\b(?:two|both|three|four)\s+\w+\s+)"
                             r"\b(?:the|all)\s+(?:delegations|negotiators|participants|negotiating teams|"
                             r"delegates)\b(?!\s+(?:from|of)\b)|\ball (?:sides|parties)\b", regex.I)
_COUNTED_SIDES = regex.compile(r"\b(?:two|both)\s+(?:\w+\s+)?(?:sides|parties|delegations|countries|leaders|"
                               r"governments|negotiators|teams)\b", regex.I)


def _meeting_of(meetings: list[Meeting], pos: int) -> Meeting | None:
    """The meeting a sentence at ``pos`` belongs to: the one told last at or before it."""
    told = [(ev.start, k) for k, m in enumerate(meetings) for ev in m.evidence if ev.start <= pos]
    return meetings[max(told)[1]] if told else None


def _whole_table(drafts: dict[tuple[str, tuple[str, ...], str], _Draft], text: str, parts: Parts,
                 meetings: list[Meeting]) -> None:
    """ "The negotiators discussed how a truce would be monitored", at talks a third state
    chairs: the joint act of everyone at the table of the meeting the sentence belongs to, its
    mediator too. Only a joint act whose parties are some of that table's changes, and only
    from a sentence whose subject counts no two ("the two delegations" stay the two sides)."""
    for key in list(drafts):
        act, actors, issue = key
        d = drafts[key]
        if act not in ("agree", "disagree", "discuss") or len(actors) < 2 or not d.evidence:
            continue
        sp = d.evidence[0]
        if not _TABLE_WORDS.search(text, sp.start, sp.end) or _COUNTED_SIDES.search(text, sp.start, sp.end):
            continue
        m = _meeting_of(meetings, sp.end)
        if m is None:
            continue
        table = tuple(sorted(set(m.parties) | set(m.mediators)))
        if not set(actors) < set(table):
            continue
        new = (act, table, issue)
        if new in drafts:
            continue
        d.actors = table
        drafts[new] = drafts.pop(key)


# "Both sides accused each other of shelling": a charge each side makes, the joint one kept too.
_EACH_OTHER = regex.compile(r"\b(?:accus\w*|blam\w*)\s+(?:each\s+other|one\s+another)\b", regex.I)


def _each_others_accusation(drafts: dict[tuple[str, tuple[str, ...], str], _Draft], text: str) -> None:
    for (act, actors, issue), d in list(drafts.items()):
        if act != "accuse" or len(actors) < 2 or not any(_EACH_OTHER.search(text, sp.start, sp.end)
                                                         for sp in d.evidence):
            continue
        for code in actors:
            drafts.setdefault((act, (code,), issue), _Draft(
                act=act, actors=(code,), issue=issue, speaker=None, quantity=d.quantity, deadline=None,
                date=d.date, evidence=list(d.evidence)))


# Agreement and talks told without who agreed or talked: "an agreement was reached on X",
# "a deal to X was struck", "a truce was agreed", "it was agreed that X", "talks on X were held".
_UNSAID_AGREEMENT = regex.compile(
    r"\b(?:agreement|deal|accord|understanding|consensus|compromise)\b[^.;:!?]{0,80}?\b(?:was|were|has been|"
    r"have been|had been)\s+(?:\w+ly\s+)?(?:reached|struck|sealed|clinched|concluded|finali[sz]ed|hammered out|"
    r"agreed(?:\s+(?:on|upon))?)\b"
    r"|\bit\s+(?:was|has been|had been)\s+(?:\w+ly\s+)?agreed\b"
    r"|\b(?:cease-?fire|truce|exchange|swap|plan|framework|roadmap|text|timetable|pause)\b[^.;:!?]{0,40}?"
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?agreed(?:\s+(?:on|upon))?\b", regex.I)
_UNSAID_TALKS = regex.compile(
    r"\b(?:talks|negotiations|discussions|consultations)\s+(?:on|over|about|regarding)\b[^.;:!?]{0,80}?"
    r"\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?held\b", regex.I)
# What makes it no agreement, or one not (yet) made: "no deal was reached", "if a truce was agreed".
_NOT_AGREED = regex.compile(r"\b(?:no|not|never|nor|neither|n[’']t|yet to|without|if|whether|unless|once|"
                            r"hopes?|hoped|expect\w*|until|before|could|would|might|may|can|should)\b", regex.I)


def _unsaid_agreements(text: str, parts: Parts, mentions: Mentions, said: Said, meetings: list[Meeting],
                       terms: _IssueTerms) -> list[tuple[_Draft, Span]]:
    """Agreements and talks with no subject: the joint act of the sides of the meeting the
    sentence belongs to, each with a W105 doubt (its parties are inferred, not said). A
    sentence that names the parties ("agreed to between X and Y") is left to the other paths."""
    if not meetings:
        return []
    out: list[tuple[_Draft, Span]] = []
    for sent in parts.sentences:
        s = sent.span
        for rx, act in ((_UNSAID_AGREEMENT, "agree"), (_UNSAID_TALKS, "discuss")):
            for m in rx.finditer(text, s.start, s.end):
                lo = s.start
                for c in _CLAUSE_END.finditer(text, s.start, m.start()):
                    lo = c.end()
                if _NOT_AGREED.search(text, lo, m.end()):
                    continue
                stop = _OBJECT_END.search(text, m.end(), s.end)
                hi = stop.start() if stop else s.end
                if rxc.match(r"\s+(?:to\s+)?(?:between|among|by|with)\b", text[m.end():m.end() + 14]):
                    continue  # "agreed between X and Y", "agreed by X": the parties are named
                sides = _meeting_sides(meetings, s.start)
                if not sides:
                    continue
                # "an exchange of 1,000 for 1,000 that had been agreed when the delegations met": the
                # thing agreed stands before the verb; what follows tells when. A container before
                # the verb ("an agreement was reached on a ceasefire") yields to its content.
                issues = _issues_of(terms, m.start(), m.end(), act) if act == "agree" else []
                issues = [i for i in issues if i != "peace_agreement"]
                issues = issues or _issues_of(terms, m.start(), hi, act)
                if not issues and act == "agree" and terms.main:
                    issues = [terms.main]
                speaker = said.sentence_speaker.get(sent.index)
                for issue in issues:
                    out.append((_Draft(act=act, actors=sides, issue=issue, speaker=speaker,
                                       quantity=_quantity_for(mentions, m.start(), hi), deadline=None, date=None,
                                       doubt=(W_PARTIES_INFERRED, f"parties inferred from the meeting: "
                                              f"{'+'.join(sides)} {act} {issue}")), s))
    return out


# The terms of a deal the report has told as made: "Under the deal, heavy weapons are to be
# pulled back", "Under its terms the rebels will disarm", "The accord also provides for the
# release of all detainees", "The document commits both states to recover the remains". Each
# term is the agreement of the deal's parties on its issue. A sentence that goes on to what
# one party will do, with no deal named ("The government will grant an amnesty"), is that
# party's offer.
_DEAL_NOUN = (r"(?:deal|agreement|accord|treaty|memorandum|settlement|package|document|text|truce|pact|"
              r"arrangement|declaration|plan|roadmap|terms)")
# the deal is no deal made yet: "the proposed deal", "a draft accord", "any future settlement"
_DEAL_NOT_MADE = r"(?:proposed|draft|possible|potential|future|rival|mooted|planned|hoped-for|eventual)"
_UNDER_DEAL = regex.compile(
    rf"(?:(?:But|And|Also)\s+)?(?:Under|Per)\s+(?:the|its|this|that|their)\s+(?!(?:[\w-]+\s+){{0,2}}{_DEAL_NOT_MADE}\b)"
    rf"(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_DEAL_NOUN})(?:[’']s\s+terms)?\s*,?\s+")
_DEAL_PROVIDES = regex.compile(
    rf"(?:The|This|That|Its)\s+(?!(?:[\w-]+\s+){{0,2}}{_DEAL_NOT_MADE}\b)(?:[\w’'-]+\s+){{0,3}}?(?P<noun>{_DEAL_NOUN})\s+"
    r"(?:also\s+)?(?:provides|provided|calls|called|envisages|envisaged|commits|committed|obliges|obliged|"
    r"stipulates|stipulated|sets\s+out|set\s+out|foresees|foresaw|includes|included|allows|allowed|grants|granted|"
    r"establishes|established|creates|created|requires|required|guarantees|guaranteed)\b(?:\s+for\b)?")
# a plan is a deal only under the words of one made ("under the plan" of a proposal is its content)
_PLAN_NOUNS = frozenset({"plan", "roadmap"})
# what keeps a sentence from telling a term: a question of whether, a hope, a term denied
_NOT_A_TERM = regex.compile(r"\b(?:if|whether|unless|would have|could have|no|not|never|nor|n[’']t|hopes?|hoped)\b",
                            regex.I)
# a party that carries out the term itself: "GAM will disarm", "the government is to release"
# (a state it stays in is no deed: "will remain a single state", "will be reunited")
_PARTY_WILL = regex.compile(r"\s*(?:[’']s\s+\w+\s+)?(?:will|would|shall|must|is\s+to|are\s+to|has\s+to|have\s+to|"
                            r"undertakes\s+to|undertook\s+to|pledges\s+to|pledged\s+to)\s+(?:also\s+)?"
                            r"(?!(?:be|remain|stay|have|become|continue|get|keep)\b)[\p{L}]")
_THE_SIDE_WILL = regex.compile(r"(?:[Tt]he\s+(?P<noun>government|rebels|movement|group|authorities|army|military)|"
                               r"(?P<pron>[Ii]t|[Tt]hey))\b")
_TERM_CLAUSES = regex.compile(r",?\s+(?:while|whereas)\s+|;\s+|,\s+and\s+(?=(?:the\s+)?\p{Lu})")
TERM_SENTENCES_AFTER = 1  # a term told on goes on in the next sentence: "The government will grant ..."


def _deal_parties(drafts: dict[tuple[str, tuple[str, ...], str], _Draft], meetings: list[Meeting],
                  pos: int) -> tuple[str, ...]:
    """The parties of the deal a term belongs to: of the joint agreements told before ``pos``,
    one on the peace agreement first, else the earliest; else the sides of the meeting."""
    made = [(d.evidence[0].start if d.evidence else 0, k[2] != "peace_agreement", k[1]) for k, d in drafts.items()
            if k[0] == "agree" and len(k[1]) >= 2 and d.evidence and d.evidence[0].start < pos]
    if made:
        return min(made, key=lambda m: (m[1], m[0]))[2]
    return _meeting_sides(meetings, pos)


def _term_party(text: str, mentions: Mentions, lo: int, hi: int, parties: tuple[str, ...]) -> str | None:
    """The deal's party that opens the clause ``lo``-``hi`` and carries it out ("GAM will
    disarm", "the government is to release"), or None."""
    head = text[lo:hi]
    lead = len(head) - len(head.lstrip())
    at = lo + lead
    pm = next((p for p in _starting(mentions.parties, at, min(hi, at + 60))
               if not text[at:p.span.start].strip() or text[at:p.span.start].strip() in ("the", "The")), None)
    if pm is not None and pm.code in parties:
        end = pm.span.end
        nxt = rxc.match(r"(?:\s+\p{Lu}[\p{L}-]+){0,3}", text[end:hi])  # "the Bordurian Liberation Front"
        end += nxt.end() if nxt else 0
        return pm.code if _PARTY_WILL.match(text, end, hi) else None
    sm = _THE_SIDE_WILL.match(text, at, hi)
    if sm and _PARTY_WILL.match(text, sm.end(), hi):
        states = [c for c in parties if c in party_lex.STATES]
        others = [c for c in parties if c not in party_lex.STATES]
        if sm.group("noun") in ("government", "authorities", "army", "military") and len(states) == 1:
            return states[0]
        if sm.group("noun") in ("rebels", "movement", "group") and len(others) == 1:
            return others[0]
    return None


def _term_issues(terms: _IssueTerms, lo: int, hi: int) -> list[str]:
    """Every issue a term names, the named ones over the weak words; none if it names none."""
    hits = _hits_in(terms, lo, hi)
    strong = [h for h in hits if not h[2]]
    out: list[str] = []
    for _pos, issue, _weak in strong or hits:
        if issue not in out:
            out.append(issue)
    if len(out) > 1 and "peace_agreement" in out:
        out.remove("peace_agreement")  # "... within 180 days of the final deal": the deal itself, not the term
    return out


def _deal_terms(text: str, parts: Parts, mentions: Mentions, said: Said, meetings: list[Meeting],
                terms: _IssueTerms, drafts: dict[tuple[str, tuple[str, ...], str], _Draft]) -> list[tuple[_Draft, Span]]:
    out: list[tuple[_Draft, Span]] = []
    told_on = -10
    for sent in parts.sentences:
        s = sent.span
        lead = len(text[s.start:s.end]) - len(text[s.start:s.end].lstrip(" \"“"))
        at = s.start + lead
        m = _UNDER_DEAL.match(text, at, s.end) or _DEAL_PROVIDES.match(text, at, s.end)
        continued = m is None and sent.index - told_on <= TERM_SENTENCES_AFTER
        if m is None and not continued:
            continue
        if m is not None and m.group("noun") in _PLAN_NOUNS and m.re is _DEAL_PROVIDES:
            continue  # "The plan calls for ...": a proposal's content, not a deal's term
        body = m.end() if m is not None else at
        if _NOT_A_TERM.search(text, at, s.end):
            continue
        parties = _deal_parties(drafts, meetings, s.start)
        if len(parties) < 2:
            continue
        clauses: list[tuple[int, int]] = []
        lo = body
        for c in _TERM_CLAUSES.finditer(text, body, s.end):
            clauses.append((lo, c.start()))
            lo = c.end()
        clauses.append((lo, s.end))
        speaker = said.sentence_speaker.get(sent.index)
        found = False
        for lo, hi in clauses:
            who = _term_party(text, mentions, lo, hi, parties) if continued else None
            if continued and who is None:
                continue  # only a party's own deed goes on in the next sentence
            issues = _term_issues(terms, lo, hi)
            if not issues:
                if m is None or m.re is not _UNDER_DEAL:
                    continue
                issues = ["other"]  # "Under the settlement, an assembly will be elected": a term of its own
            act, actors = ("offer", (who,)) if who else ("agree", parties)
            for issue in issues:
                found = True
                out.append((_Draft(act=act, actors=actors, issue=issue, speaker=speaker,
                                   quantity=_quantity_for(mentions, lo, hi), deadline=None, date=None), s))
        if found and m is not None:
            told_on = sent.index
    return out


# Bodies named by their leader: "the Berzins administration".
_LEADER_BODIES = frozenset({"administration", "government", "cabinet", "camp", "team"})


def _leader_named(text: str, before_head: Span, by_id: dict[str, Actor]) -> list[str]:
    """ "the Berzins administration", "the Kovic government": a body named by its leader's
    surname acts for the party of the one person of the report with that surname, whether or
    not that word was found as a mention of the person."""
    words = rxc.findall(r"[\p{Lu}][\p{L}’'-]+", before_head.of(text))
    if not words:
        return []
    codes = {a.affiliation for a in by_id.values()
             if a.kind == "person" and a.affiliation and a.name.split()[-1] == words[-1]}
    return sorted(c for c in codes if c) if len(codes) == 1 else []
# What a person's "his"/"her" can own that acts for the person's party: "his country".
# "the government", "the government delegation": the party whose government was named before
_THE_GOVERNMENT = regex.compile(r"(?i)the\s+(?:government|federal|central)(?:\s+(?:government|delegation|side|team|"
                                r"negotiators))?\s*,?$")
_GOVERNMENT = regex.compile(r"\b[Gg]overnment\b")
# A body named by its kind only, told by one who speaks for it: "a Hezbollah official said the group
# would not ...", "the minister said the state would not ..." (the speaker's own party).
_OWN_BODY_WORDS = frozenset({"government", "ministry", "group", "movement", "organisation", "organization", "front",
                             "state", "alliance"})
_GROUP_WORDS = frozenset({"group", "movement", "front", "rebels", "militia", "organisation", "organization"})
_THE_ONLY = regex.compile(r"(?i)the\s+\w+\s*,?$")  # "the group", not "the armed group in the north"
_OWN_BODIES = frozenset({"country", "government", "nation", "administration", "state", "delegation", "side",
                         "team", "ministry", "army", "forces", "military", "negotiators", "cabinet"})


# Who a party "wants to" do something: its own name, or its own body that carries it out.
_WANTED_OF = regex.compile(r"(?:(?P<own>(?:its|their|our)\s+(?:own\s+)?(?:army|armed forces|forces|troops|military|navy|"
                           r"soldiers|companies|firms|country|delegation|negotiators|engineers|experts))|"
                           r"(?P<who>(?:the\s+)?[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*){0,3}))\s+to\s+\w")


@dataclass
class _ClauseReader:
    doc: Document
    parts: Parts
    mentions: Mentions
    said: Said
    by_id: dict[str, Actor]
    terms: _IssueTerms
    sides: tuple[str, ...]
    pair: tuple[str, ...]
    long_quotes: list[Span]
    last_agent: tuple[str, ...] = ()
    antecedent: Span | None = None  # the sentence an anaphoric object's issue was taken from
    signatories: tuple[str, ...] = ()  # the parties that sign the text at its end (``_signatories``)
    guessed: str | None = None  # the pronoun whose party the last ``parties`` call took from the context

    def speaker_of(self, sent: Sentence, reading: Reading | None = None) -> str | None:
        return self.said.sentence_speaker.get(sent.index)

    def speaker_party(self, sent: Sentence) -> tuple[str, ...]:
        who = self.speaker_of(sent)
        code = _code_of_person(self.by_id, who) if who else None
        return (code,) if code else ()

    def person_before(self, sent: Sentence) -> tuple[str, ...]:
        """ "he", "she": the sentence's speaker, else the last speaker, else the subject of the
        sentence before in the paragraph ("Kovic met Berzins. She demanded ..." is Kovic), else the
        last person named before it."""
        for k in (sent.index, sent.index - 1):
            who = self.said.sentence_speaker.get(k)
            code = _code_of_person(self.by_id, who) if who else None
            if code:
                return (code,)
        prev = self.sentence_before(sent)
        if prev is not None:
            first = next((pm for pm in _starting(self.mentions.people, prev.start, prev.end)
                          if not _in_object_phrase(self.doc.text, pm.span.start)), None)
            code = _code_of_person(self.by_id, first.key) if first is not None else None
            if code:
                return (code,)
        people = self.mentions.people
        i = bisect_left(people, sent.span.start, key=_START) - 1
        if i >= 0:
            code = _code_of_person(self.by_id, people[i].key)
            if code:
                return (code,)
        return ()

    def modifier_parties(self, r: Reading, p: Parse, sent: Sentence, quoted: bool) -> tuple[str, ...]:
        """ "Borduria-Ruritania peace talks", "Bordurian-Ruritanian negotiations", "its talks with
        Ruritania": the parties named in a talk noun's own modifiers (before it) and its owner
        are sides of the talks."""
        if r.rule != "talks":
            return ()
        codes = {m.code for sp in r.content if sp.end <= r.trigger.start for m in self.mentions.parties_in(sp)}
        noun = next((n for n in p.nominals if n.head == r.trigger), None)
        if noun is not None and noun.owner is not None:
            codes |= set(self.parties(noun.owner, sent, quoted) or ())
        return tuple(sorted(codes))

    def wants_itself(self, r: Reading, actors: tuple[str, ...]) -> bool:
        """ "Ruritania wants its army to guard the crossing", "she wanted Ruritania to supply
        Borduria with grain" (said for Ruritania): what a party wants of itself is its offer,
        not a demand. The one wanted of must directly follow "want"/"wish": the party's own
        name, or "its"/"their" with a body that carries out (army, troops, companies)."""
        if len(actors) != 1 or not r.content or not rxc.match(r"(?:wants?|wanted|wanting|wish\w*)\b",
                                                              r.trigger.of(self.doc.text).lower()):
            return False
        text = self.doc.text
        cs = r.content[0]
        if cs.start - r.trigger.end > 2:
            return False
        m = _WANTED_OF.match(text, cs.start, cs.end)
        if m is None:
            return False
        if m.group("own"):
            return True
        wanted = Span(cs.start, m.end("who"))
        named = self.mentions.parties_in(wanted)
        return len(named) == 1 and named[0].span == wanted and named[0].code == actors[0]

    def owner_from_context(self, ph: Phrase, sent: Sentence) -> list[str]:
        """A possessive whose party the sentence does not name before it: "his country is
        willing to host" is the party of the person who says it (or is named before it, or is
        the subject of the sentence before); "Its foreign minister, X, proposed", opening a
        sentence, is the party in the subject place of the sentence before."""
        assert ph.owner is not None
        owner = ph.owner.of(self.doc.text).lower()
        if owner in ("his", "her") and ph.word in _OWN_BODIES:
            self.guessed = owner
            people = [pm for pm in _starting(self.mentions.people, sent.span.start, ph.owner.start)
                      if _code_of_person(self.by_id, pm.key)]
            if people:
                code = _code_of_person(self.by_id, people[-1].key)
                return [code] if code else []
            return list(self.speaker_party(sent) or self.person_before(sent))
        if owner in ("its", "their") and not _starting(self.mentions.parties, sent.span.start, ph.owner.start):
            self.guessed = owner
            return list(self.party_in_subject_place(sent))
        return []

    def government_before(self, sent: Sentence) -> list[str]:
        """The party whose government the report named last before this sentence ("Ruritania's
        government", "the Bordurian government", "the government of Ruritania")."""
        text = self.doc.text
        for m in reversed(list(_GOVERNMENT.finditer(text, 0, sent.span.start))):
            near = _starting(self.mentions.parties, max(0, m.start() - 30), m.start()) \
                or _starting(self.mentions.parties, m.end(), m.end() + 8) if text.startswith(" of", m.end()) else \
                _starting(self.mentions.parties, max(0, m.start() - 30), m.start())
            if near:
                return [near[-1].code if near[-1].span.end <= m.start() else near[0].code]
        return []

    def author_before(self, noun: str, sent: Sentence) -> list[str]:
        """The party that issued "the statement" of this sentence: the one named just before the
        same noun in one of the two sentences before ("a Bordurian army statement issued after ...")."""
        text = self.doc.text
        for back in (1, 2):
            if sent.index - back < 0:
                break
            prev = self.parts.sentences[sent.index - back].span
            for m in regex.finditer(rf"\b{regex.escape(noun)}\b", text[prev.start:prev.end], regex.I):
                at = prev.start + m.start()
                owners = [x.code for x in _starting(self.mentions.parties, max(prev.start, at - 40), at)]
                if owners:
                    return owners[-1:]
        return []

    def sentence_before(self, sent: Sentence) -> Span | None:
        """The sentence before ``sent`` in its paragraph, if any."""
        if sent.index == 0:
            return None
        prev = self.parts.sentences[sent.index - 1]
        return prev.span if prev.paragraph == sent.paragraph else None

    def party_in_subject_place(self, sent: Sentence, across: bool = False) -> tuple[str, ...]:
        """ "it": the party that stands first in a subject's place in the sentence before, in the
        same paragraph ("Ruritania sent a delegation. It proposed ..."); () when there is none.
        ``across``: the sentence before may open a paragraph of its own ("the group" of a report
        told a sentence a paragraph)."""
        prev = self.sentence_before(sent)
        if prev is None and across and sent.index > 0:
            prev = self.parts.sentences[sent.index - 1].span
        if prev is None:
            return ()
        text = self.doc.text
        for pm in _starting(self.mentions.parties, prev.start, prev.end):
            if _in_object_phrase(text, pm.span.start):
                continue
            if pm.span.start == prev.start or _SUBJECT_PLACE.search(text, max(prev.start, pm.span.start - 12),
                                                                     pm.span.start):
                return (pm.code,)
            break  # the first party is no subject: "Talks with Ruritania ended"
        return ()

    def _span_parties(self, sp: Span, head_word: str) -> list[str]:
        text = self.doc.text
        group = head_word in lex.AGENT_NOUNS
        codes: list[str] = []
        for m in self.mentions.parties_in(sp):
            # "between the Democratic Republic of Congo and X": a name after the phrase's own article is
            # the phrase itself, not a party inside a preposition of it
            own = text[sp.start:m.span.start].strip().lower() in ("", "the")
            if m.span.start > sp.start and not group and not own and _in_object_phrase(text, m.span.start):
                continue
            codes.append(m.code)
        for pm in self.mentions.people_in(sp):
            if pm.span.start > sp.start and not group and _in_object_phrase(text, pm.span.start):
                continue
            c = _code_of_person(self.by_id, pm.key)
            if c:
                codes.append(c)
        return codes

    def parties(self, ph: Phrase | None, sent: Sentence, quoted: bool,
                speaker: Phrase | None = None) -> tuple[str, ...] | None:
        """The parties a phrase stands for; () when it is a party-less agent ("officials"),
        None when it is no agent at all ("the strikes")."""
        if ph is None:
            return None
        text = self.doc.text
        pron = ph.pronoun
        if pron in _WE:
            if pron in ("we", "us", "our") and self.signatories and not quoted and self.speaker_of(sent) is None:
                return self.signatories  # "We, the undersigned, welcome ...": the text's signers
            return self.speaker_party(sent) if (quoted or pron in ("i", "me", "my")) or self.speaker_of(sent) else ()
        if pron in ("its", "their"):
            before = _starting(self.mentions.parties, sent.span.start, ph.head.start)
            if before:
                return (before[-1].code,)  # "chided Borduria for its insistence": the party named before it
        if pron in _THIRD or pron in _THEY:
            said_by = speaker
            if said_by is not None and said_by.pronoun is None and said_by.span != ph.span:
                own = self.parties(said_by, sent, quoted)
                if own:
                    return own  # "Norway said it would host": "it" is the one who says it
            self.guessed = pron
            if pron in _THIRD:
                return self.person_before(sent)
            if pron in ("they", "them", "their"):
                back = self.parts.sentences[max(0, sent.index - 2)].span.start
                group = _group_before(text, self.mentions, back, ph.head.start)
                if group:
                    return group  # a plural pronoun stands for a group, not for the last single party
            if pron in ("it", "its"):
                return self.party_in_subject_place(sent) or self.last_agent
            return self.last_agent
        phrase_text = ph.span.of(text).strip()
        if _BOTH_WORDS.match(phrase_text) or _BOTH_WORDS.match(text[ph.members[0].start:ph.head.end].strip()):
            if len(self.sides) > 2 and len(self.pair) == 2 and set(self.pair) <= set(self.sides):
                return self.pair  # "the two sides" of a table of three: the two in the quarrel, not the broker
            return self.sides
        codes: list[str] = []
        for member in ph.members:
            head = text[member.start:member.end].split()[-1].lower() if member.end > member.start else ""
            of_member = self._span_parties(member, ph.word if member.start <= ph.head.start < member.end else head)
            if head in _GOVERNING_HEADS and len(set(of_member)) > 1:
                of_member = of_member[:1]  # "Borduria's Freedom Front administration": the state it governs
            codes += of_member
        for ap in ph.appositions:
            codes += self._span_parties(ap, "")
        if ph.owner is not None:
            codes += self._span_parties(ph.owner, "") or _owner_pronoun(text, self.mentions, sent.span.start, ph.owner) \
                or self.owner_from_context(ph, sent)
        if not codes and ph.word in _LEADER_BODIES:
            codes = _leader_named(text, Span(ph.span.start, ph.head.start), self.by_id)
        if not codes and _THE_GOVERNMENT.match(ph.span.of(text)):
            codes = self.government_before(sent)  # "The government, for its part, is ready to ..."
        if not codes and ph.word in lex.STATEMENT_NOUNS and text[ph.span.start:ph.head.start].strip().lower() == "the":
            codes = self.author_before(ph.word, sent)  # "The statement also accused X": whose statement it was
        if codes:
            return tuple(sorted(set(codes)))
        if ph.word in lex.AGENT_NOUNS or ph.tag in ("NNP", "NNPS"):
            return ()
        return None

    def read(self, sent: Sentence, p: Parse) -> list[_Draft]:
        out: list[_Draft] = []
        text = self.doc.text
        for r in readings(p):
            quoted = _inside_any(self.long_quotes, r.trigger.start, r.trigger.end)
            if quoted and r.act not in QUOTED_STANCES and not (r.agent is not None and r.agent.pronoun in _WE):
                continue  # a long quote is told as a whole, but for the speaker's own stance in it ("we urge ...")
            if r.speaker_is_agent:
                actors: tuple[str, ...] | None = self.speaker_party(sent)
                if not actors and r.agent is not None:
                    actors = self.parties(r.agent, sent, quoted)
            elif r.agent is None:
                actors = self.modifier_parties(r, p, sent, quoted)  # "Bordurian-Ruritanian talks", "its talks with X"
            else:
                self.guessed = None
                actors = self.parties(r.agent, sent, quoted, r.speaker)
                guess = self.guessed
                if actors == () and r.agent is not None and r.agent.pronoun is None and not r.collective:
                    actors = self.speaker_party(sent) if r.agent.word in _OWN_BODY_WORDS else ()
                    if not actors and r.agent.word in _GROUP_WORDS and _THE_ONLY.match(r.agent.span.of(text)):
                        actors = self.party_in_subject_place(sent, across=True)  # "X wants ... The group refused"
                        guess = r.agent.word if actors else guess
            if not actors and r.fallback_agent is not None:
                actors = self.parties(r.fallback_agent, sent, quoted) or actors
            if actors is None:
                continue  # an inanimate subject: "the strikes threatened to sink the deal" is no threat
            actors = tuple(actors)
            act = "offer" if r.rule == "want" and r.act == "demand" and self.wants_itself(r, actors) else r.act
            doubt = None
            if not r.speaker_is_agent and r.agent is not None and guess is not None and actors:
                doubt = (W_PRONOUN_PARTY, f"party of {guess!r} taken from the context: {'+'.join(actors)}")
            collective = r.collective
            if act == "agree" and len(actors) == 1 and not r.partners and _TO_PROPOSAL.match(
                    text, r.trigger.end, min(sent.span.end, r.trigger.end + 80)):
                act, collective = "accept", False  # "Borduria agreed to a truce suggested by X": its consent
            if collective:
                partner_codes: list[str] = []
                for ph in r.partners:
                    partner_codes += self.parties(ph, sent, quoted) or ()
                codes = set(actors) | set(partner_codes)
                if len(codes) < 2 and r.both_sides and self.sides and (not codes or codes <= set(self.sides)):
                    codes |= set(self.sides)
                if len(codes) < 2:
                    continue
                actors = tuple(sorted(codes))
            if not actors:
                continue
            if not collective and len(actors) == 1:
                self.last_agent = actors
            issues = self.issues(r, sent)
            if not issues and r.main_issue and self.terms.main:
                issues = [self.terms.main]
            if not issues and r.default_issue is not None:
                issues = [r.default_issue]
            if not issues:
                if not r.fallback_other:
                    continue
                if r.addressee is not None and not self.parties(r.addressee, sent, quoted):
                    continue  # "asked the aides to wait outside": a request of nobody at the table
                issues = ["other"]
            speaker = self.speaker_of(sent)
            if speaker is None and r.agent is not None:
                ppl = self.mentions.people_in(r.agent.span)
                speaker = ppl[0].key if ppl else None
            hi = max((c.end for c in r.content), default=r.trigger.end)
            quantity = next((q.quantity for sp in r.content for q in self.mentions.quantities_in(sp)), None)
            if quantity is None:  # a figure of the act told outside its content ("gave it 10 to 15 days to ...")
                quantity = next((q.quantity for q in self.mentions.quantities_in(sent.span)), None)
            for issue in issues:
                deadline = _deadline(self.mentions.dates, r.trigger.start, r.trigger.end, hi)
                out.append(_Draft(act=act, actors=actors, issue=issue, speaker=speaker, quantity=quantity,
                                  deadline=deadline, date=None, doubt=doubt,
                                  evidence=[self.antecedent] if self.antecedent is not None else []))
        del text
        return out

    def _antecedent_issue(self, sent: Sentence, act: str, noun: str | None) -> tuple[list[str], Span | None]:
        """The issue of an anaphoric object ("rejected the proposal", "accepted it"): that of the
        sentence before; when that one names none and the object is an act noun ("the proposal",
        "those demands"), that of the nearest sentence up to ``ANAPHOR_REACH`` back that names the
        same noun ("Borduria's proposal for a truce ... Ruritania rejected the proposal"). The
        sentence it came from is returned, to stand in the statement's evidence."""
        text = self.doc.text
        for back in range(1, ANAPHOR_REACH + 1 if noun else 2):
            if sent.index - back < 0:
                break
            prev = self.parts.sentences[sent.index - back].span
            if back > 1 and noun and not regex.search(rf"\b{noun.lower().rstrip('s')}",
                                                      text[prev.start:prev.end].lower()):
                continue
            found = _issues_of(self.terms, prev.start, prev.end, act)[:1]
            if found:
                return found, prev
        return [], None

    def issues(self, r: Reading, sent: Sentence) -> list[str]:
        self.antecedent = None
        if r.listed:
            each = [_issues_of(self.terms, m.start, m.end, r.act)[:1] for m in r.listed]
            if r.listed_deeds and r.fallback_other and r.act in _OWN_DEEDS and any(each) and _each_its_own_to(self.doc.text, r.listed):
                # "agreed to reopen the ferry line and to keep the truce": two deeds, each with its own
                # "to"; the one no issue word names is ``other``
                each = [x or ["other"] for x in each]
            elif r.listed_deeds and "other" in (listed := list(dict.fromkeys(i for x in each for i in x))) \
                    and len(listed) > 1:
                each = [x for x in each if x != ["other"]]  # "urged X to spare the grid and halt strikes on it"
            listed = list(dict.fromkeys(i for x in each for i in x))
            if len(listed) > 1:
                # "agreed on a truce, an exchange and corridors": one act for each; and the whole's own
                # issue where it names one outside the list ("a 10-point peace plan calling for A and B")
                if not r.listed_by_noun:
                    return listed
                members = Span(min(m.start for m in r.listed), max(m.end for m in r.listed))
                own = [i for sp in r.content for part in (Span(sp.start, min(sp.end, members.start)),)
                       if part.start < part.end for i in _issues_of(self.terms, part.start, part.end, r.act)[:1]]
                return list(dict.fromkeys(listed + own[:1]))
        found: list[str] = []
        for sp in r.content:
            for issue in _issues_of(self.terms, sp.start, sp.end, r.act):
                if issue not in found:
                    found.append(issue)
        text = self.doc.text
        if not found and any(_MORE.search(text, sp.start, sp.end) for sp in r.content):
            found = _issues_of(self.terms, sent.span.start, r.trigger.start, r.act)[-1:]  # "and stands ready to hand over 400 more"
        if not found and sent.index > 0 and any(_ANAPHOR.match(text, sp.start, sp.end) for sp in r.content):
            noun = next((m.group("noun") for sp in r.content if (m := _ANAPHOR.match(text, sp.start, sp.end))
                         and m.group("noun")), None)
            found, self.antecedent = self._antecedent_issue(sent, r.act, noun)  # "rejected those demands"
        if not found and r.before is not None:
            found = _nearest_issue(self.terms, r.before.start, r.before.end)  # "..., an offer Y accepted"
        content = [i for i in found if i not in _CONTAINERS]
        if content and len(found) > len(content) and found[0] in _CONTAINERS and r.act in ("demand", "reject"):
            return content[:1]
        return found[:1] if r.act not in ("agree", "discuss", "disagree") else found
