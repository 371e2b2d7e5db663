"""Quotes and reported speech -> who said them.

Takes the text, its sentences and the people found; gives the quotes with their
speakers, and for every sentence of reported speech ("Novak said Borduria and Ruritania
agreed ...") the actor who says it, so that statements get their speaker.

How a speaker is found, in order:
1. the attribution right after the quote: `"...," Novak said` / `"...," said Ann Varga` /
   `"...?" Ann Varga, a mediator, posted` (an inverted verb only from said/added/told ...);
   a paper relaying it (`according to ministry readouts`, `... news agency`) yields to 4.;
2. the subject of the speech verb nearest before the quote in the same sentence
   (`Petrov said Tuesday that the two capitals remain "far apart"`), unless a comma
   closes that verb's subordinate clause or a new impersonal clause begins;
3. "according to X" in the sentence;
4. the subject of the clause the quote stands in (`Novak chided Borduria for its "..."`):
   a person, a state or its body, or a state's officials as a group;
5. for a quote paragraph with no attribution, the speaker of the paragraph before.
A pronoun ("he said") is the person last in focus, the latest clause subject or speaker
(not the nearest name), skipping one a title marks as of the other sex; "it"/"they" is
the body that spoke last; when the sentence is about one party's move ("The Bordurian
side has put forward ..., he said") the most recent speaker of that party wins. A noun
phrase ("the Ruritanian prime minister", "Borduria's foreign minister") is matched to a
person by role and party; an unnamed one ("a senior official", "a Novak aide") stays
without a speaker; a body credited with words ("analysts at X", "a spokesperson for X",
"a statement issued by X", "state media outlet X") becomes an actor of its own.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left, bisect_right, insort
from dataclasses import dataclass, field, replace

import regex

from parley.lexicon import parties as party_lex
from parley.lexicon.people import ROLE_HEADS, SPEECH_VERBS
from parley.model import Actor, Document, Quote, Span
from parley.reader import rxcache as rxc
from parley.reader.mentions import PersonMention
from parley.reader.recognize import Mentions
from parley.reader.segment import Parts, Sentence

OPENERS = "“\""
CLOSERS = "”\""

# Speech verbs that introduce a quote or reported speech (finite forms and participles).
_SV = "|".join(sorted(SPEECH_VERBS | {"according to", "read", "reads", "posted on", "wrote on", "answered", "answers",
                                      "answering", "fired back", "hit back", "shot back"}, key=len,
                      reverse=True))
_PRONOUN = r"(?:he|she|they|it|He|She|They|It)"
# what may stand as a speaker noun phrase after a quote: "the Ruritanian prime minister", "NAVCOM"
_NP = r"(?:(?:the|a|an|one|another|two|The|A|An|One)\s+)?(?:[\w’'.\-]+\s+){0,11}?[\w’'.\-]+"

# '"...?" Borduria's premier Ann Varga, a go-between at the summit, posted on X.'
_AFTER_QUOTE_APPOSED = rxc.lazy(
    rf"\s*,?\s*(?P<s2>(?:[\w’'.\-]+\s+){{0,7}}[\w’'.\-]+),\s+[^.;“”\"]{{1,120}}?,\s+"
    rf"(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?P<v2>{_SV})\b")
_AFTER_QUOTE = rxc.lazy(
    rf"\s*,?\s*(?:(?P<v1>{_SV})\s+(?P<s1>{_NP})(?=\s*(?:[,.;:!?]|$|\s+(?:in|on|at|to|after|before|during)\b))"
    rf"|(?P<s2>{_NP}?)\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+)?(?P<v2>{_SV})\b)",
)

# Titles of things and nicknames in quotation marks are not quotes (ANNOTATING.md).
TITLE_MAX_WORDS = 3  # "Silent Night", "Amnesty": short, title-cased, no speech verb near


@dataclass
class _Context:
    text: str
    mentions: Mentions
    actors: list[Actor]
    recent: list[str | None] = field(default_factory=list)  # most recent speakers, newest last
    recent_at: list[int] = field(default_factory=list)  # where each of them was credited
    subjects: list[tuple[int, str]] = field(default_factory=list)  # (offset, actor id): people as clause subjects
    party_subjects: list[tuple[int, int, str | None]] = field(default_factory=list)  # (start, end, code): parties
    subordinate: set[int] = field(default_factory=set)  # subjects that head a subordinate clause ("when X ...")
    org_ids: dict[str, str] = field(default_factory=dict)
    spokes_org: str | None = None  # the last organization a spokesperson spoke for
    sexes: dict[str, str | None] = field(default_factory=dict)  # actor id -> "f", "m" or None (unknown)
    quotes: list[tuple[int, int, bool]] = field(default_factory=list)  # every quote span of the text
    # indexes kept beside the lists above, so that no lookup scans the whole report:
    by_id: dict[str, Actor] = field(default_factory=dict)  # actor id -> the first actor with it
    focus: list[tuple[int, int, str]] = field(default_factory=list)  # sorted (offset, 0 speaker/1 subject, id)
    subjects_at: list[tuple[int, int]] = field(default_factory=list)  # sorted (offset, index in subjects)
    party_subjects_at: list[tuple[int, int]] = field(default_factory=list)  # sorted (start, index in party_subjects)
    quote_opens: list[int] = field(default_factory=list)  # the quotes' openings, sorted
    quote_reach: list[int] = field(default_factory=list)  # the furthest close of the quotes opened up to each
    open_of: dict[int, int] = field(default_factory=dict)  # a close mark -> the first quote's opening at it
    people_starts: list[int] = field(default_factory=list)  # mentions.people's starts (sorted)
    people_ending: dict[int, PersonMention] = field(default_factory=dict)  # end offset -> first mention ending there
    party_starts: list[int] = field(default_factory=list)  # mentions.parties' starts (sorted)
    # (a word of a role, a party or None for any) -> the people (places in actors) with it
    role_word: dict[tuple[str, str | None], set[int]] = field(default_factory=dict)
    places_of_id: dict[str, list[int]] = field(default_factory=dict)  # actor id -> its places in actors
    people_of: dict[str, list[int]] = field(default_factory=dict)  # actor id -> places of its mentions in mentions.people
    recent_of: dict[str, list[int]] = field(default_factory=dict)  # actor id -> its places in recent
    recent_orgs: list[int] = field(default_factory=list)  # places in recent of ids of known non-person actors (sorted)

    def __post_init__(self) -> None:
        for i, a in enumerate(self.actors):
            self.by_id.setdefault(a.id, a)
            self._file_roles(i, a)
        self.people_starts = [p.span.start for p in self.mentions.people]
        for k, p in enumerate(self.mentions.people):
            self.people_of.setdefault(p.key, []).append(k)
        for p in self.mentions.people:
            self.people_ending.setdefault(p.span.end, p)
        self.party_starts = [p.span.start for p in self.mentions.parties]

    def actor(self, actor_id: str | None) -> Actor | None:
        return self.by_id.get(actor_id) if actor_id is not None else None

    def add_actor(self, actor: Actor) -> None:
        new = actor.id not in self.by_id
        self.actors.append(actor)
        self.by_id.setdefault(actor.id, actor)
        self._file_roles(len(self.actors) - 1, actor)
        if new and actor.kind != "person":  # credited before it was known: an organization's places after all
            for k in self.recent_of.get(actor.id, ()):
                insort(self.recent_orgs, k)

    def last_mention_of(self, ids: set[str], before: int) -> PersonMention | None:
        """The last mention in mentions.people, before place ``before``, of one of ``ids``."""
        last = -1
        for i in ids:
            own = self.people_of.get(i, [])
            j = bisect_left(own, before)
            if j > 0:
                last = max(last, own[j - 1])
        return self.mentions.people[last] if last >= 0 else None

    def role_holders(self, heads: list[str], code: str | None) -> set[int]:
        """The people (places in actors) with one of ``heads`` as a word of a role, and of
        party ``code`` unless it is None. Not to be changed by the caller."""
        sets = [found for h in heads if (found := self.role_word.get((h, code)))]
        return sets[0] if len(sets) == 1 else set().union(*sets)

    def last_mention_in(self, pool: set[int], before: int) -> PersonMention | None:
        """The last mention in mentions.people, before place ``before``, of a person of
        ``pool`` (places in actors): the nearest mentions walked first, then by index."""
        people = self.mentions.people
        for k in range(before - 1, max(0, before - 64) - 1, -1):
            if any(i in pool for i in self.places_of_id.get(people[k].key, ())):
                return people[k]
        return self.last_mention_of({self.actors[i].id for i in pool}, max(0, before - 64))

    def _file_roles(self, i: int, a: Actor) -> None:
        self.places_of_id.setdefault(a.id, []).append(i)
        if a.kind == "person":
            for r in a.roles:
                for w in r.lower().split():
                    self.role_word.setdefault((w, None), set()).add(i)
                    if a.affiliation:
                        self.role_word.setdefault((w, a.affiliation), set()).add(i)

    def said_by(self, actor_id: str | None, at: int = -1) -> None:
        self.recent.append(actor_id)
        self.recent_at.append(at)
        if actor_id is not None:
            self.recent_of.setdefault(actor_id, []).append(len(self.recent) - 1)
            if (a := self.actor(actor_id)) is not None and a.kind != "person":
                self.recent_orgs.append(len(self.recent) - 1)
            insort(self.focus, (at, 0, actor_id))

    def add_subject(self, at: int, actor_id: str) -> None:
        insort(self.subjects_at, (at, len(self.subjects)))
        self.subjects.append((at, actor_id))
        insort(self.focus, (at, 1, actor_id))

    def add_party_subject(self, lo: int, hi: int, code: str | None) -> None:
        insort(self.party_subjects_at, (lo, len(self.party_subjects)))
        self.party_subjects.append((lo, hi, code))

    def set_quotes(self, quotes: list[tuple[int, int, bool]]) -> None:
        self.quotes = quotes
        for o, c, _x in quotes:
            self.open_of.setdefault(c, o)
        reach = -1
        for o, c, _x in sorted(quotes):
            reach = max(reach, c)
            self.quote_opens.append(o)
            self.quote_reach.append(reach)

    def in_quotes(self, pos: int) -> bool:
        """``_inside_quotes(self.quotes, pos)`` by a bisection: some quote opened before ``pos``
        closes after it."""
        i = bisect_left(self.quote_opens, pos)
        return i > 0 and self.quote_reach[i - 1] > pos

    def people_from(self, lo: int, hi: int) -> list[PersonMention]:
        """The person mentions starting in [lo, hi), in order."""
        people = self.mentions.people
        return list(people[bisect_left(self.people_starts, lo):bisect_left(self.people_starts, hi)])


@dataclass(frozen=True, slots=True)
class Said:
    quotes: tuple[Quote, ...]
    sentence_speaker: dict[int, str]  # sentence index -> actor id of who says it
    actors: tuple[Actor, ...]  # the people of Mentions plus organizations credited as speakers


_MARK = rxc.lazy(r"[“”\"]")


# British style: single marks as the outer quotes, in a paragraph with no double marks.
# The opening mark is unambiguous; a closing one is an apostrophe unless no letter follows,
# and after an "s" ("the leaders’ talks") only when punctuation follows.
_SINGLE_OPEN = rxc.lazy(r"(?:(?<=^)|(?<=[\s(\[—–-]))‘(?=\S)")
_SINGLE_CLOSE = rxc.lazy(r"(?<=\S)’(?=[,.;:!?)\]—–]|\s|$)")
# The same with typewriter marks ("the two ports are an 'indivisible' pair"): an opening mark
# after a space and before a letter, closed by a mark before a space or punctuation.
_STRAIGHT_OPEN = rxc.lazy(r"(?:(?<=^)|(?<=[\s(\[—–]))'(?=\p{L})")
_STRAIGHT_CLOSE = rxc.lazy(r"(?<=[\p{L}\p{N}.,!?])'(?=[,.;:!?)\]—–]|\s|$)")


def _single_quote_spans(text: str, para: Span, straight: bool = False) -> list[tuple[int, int, bool]]:
    out: list[tuple[int, int, bool]] = []
    pos = para.start
    opener, closer = (_STRAIGHT_OPEN, _STRAIGHT_CLOSE) if straight else (_SINGLE_OPEN, _SINGLE_CLOSE)
    while True:
        m = opener.search(text, pos, para.end)
        if not m:
            return out
        o = m.start()
        close = None
        for c in closer.finditer(text, o + 1, para.end):
            i = c.start()
            nxt = text[i + 1:i + 2]
            if text[i - 1] in "sS" and nxt.isspace() and rxc.match(r"\s+\p{L}", text[i + 1:i + 3]):
                continue  # a plural possessive: "the leaders’ talks"
            close = i
            break
        if close is None:
            return out
        out.append((o, close, True))
        pos = close + 1


def _quote_spans(text: str, para: Span) -> list[tuple[int, int, bool]]:
    """(open mark offset, close mark offset or paragraph end, closed?) within one paragraph."""
    if "‘" in text[para.start:para.end] and not _MARK.search(text, para.start, para.end):
        return _single_quote_spans(text, para)
    if ("'" in text[para.start:para.end] and not _MARK.search(text, para.start, para.end)
            and _STRAIGHT_OPEN.search(text, para.start, para.end)):
        return _single_quote_spans(text, para, straight=True)
    out: list[tuple[int, int, bool]] = []
    end = para.end
    open_at: int | None = None
    for m in _MARK.finditer(text, para.start, end):
        i = m.start()
        c = text[i]
        if open_at is None:
            if c == "“" or (c == '"' and (i == para.start or not text[i - 1].isalnum())):
                open_at = i
        elif c == "”" or c == '"':
            out.append((open_at, i, True))
            open_at = None
        elif c == "“":  # a new opening mark: the earlier one never closed in this paragraph
            open_at = i
    if open_at is not None and end - open_at > 2:
        out.append((open_at, end, False))
    return out


# A word of a person's name used alone, which the recognizer did not link: the middle word of
# a double surname ("Ana Duarte Solis" ... "Duarte said"), a given name used as the short form
# (Ethiopian and Somali usage), a surname without its article ("Omar al-Farsi" ... "Farsi").
# Set on the dev reports' and the diagnostic sets' shapes: a word shorter than this is too
# often something else ("Le", "Abu").
SHORT_NAME_MIN = 4
_NAME_PARTICLE = rxc.lazy(r"^(?:al|el|ul|ad|as|ash|at|az|ar|an)-", regex.I)
_NAME_WORD = rxc.lazy(r"\p{Lu}[\p{L}’'\-]+")
# an honorific may stand before the bare word; another capitalized word may not (a longer name)
_HONORIFIC_END = rxc.lazy(r"(?<!\w)(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Sen|Rep|Prof)\.\s*$")
_HONORIFIC_BEFORE = rxc.lazy(r"(?:Mr|Mrs|Ms|Dr|Gen|Col|Maj|Capt|Sen|Rep|Prof|Sheikh)\.?\s$")


# names that are also months and days ("June", "August"): alone they are the calendar's
_CALENDAR_WORDS = frozenset({"january", "february", "march", "april", "june", "july", "august", "september",
                             "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
                             "friday", "saturday", "sunday"})


def _with_short_names(text: str, mentions: Mentions) -> Mentions:
    """Mentions with the bare name words the recognizer left unlinked given to their person.

    A word counts when it is a word (of ``SHORT_NAME_MIN`` letters or more, not a party's
    name) of exactly one person's multi-word name, and it stands alone: no capitalized word
    right before it (an honorific excepted) or after it. A person the recognizer made of the
    bare word alone ("Duarte" beside "Ana Duarte Solis") is that person too; a person known only
    by one word gets the occurrences of it the recognizer missed."""
    owners: dict[str, set[str]] = {}
    places = {w for pl in mentions.places for w in pl.text.split()}
    for a in mentions.actors:
        words = a.name.split()
        if a.kind != "person" or len(words) < 2:
            continue
        for w in words:
            for form in {w, _NAME_PARTICLE.sub("", w)}:
                if (len(form) >= SHORT_NAME_MIN and form[0].isupper() and party_lex.code_of(form) is None
                        and form not in places and form.lower() not in _CALENDAR_WORDS):
                    owners.setdefault(form, set()).add(a.id)
    unique = {w: next(iter(ids)) for w, ids in owners.items() if len(ids) == 1}
    for a in mentions.actors:  # a person known by one word ("Novak"), where the recognizer missed a mention
        if (a.kind == "person" and " " not in a.name and a.name not in owners and len(a.name) >= SHORT_NAME_MIN
                and party_lex.code_of(a.name) is None and a.name not in places
                and a.name.lower() not in _CALENDAR_WORDS):
            unique.setdefault(a.name, a.id)
    if not unique:
        return mentions
    single = {a.id: unique[a.name] for a in mentions.actors
              if a.kind == "person" and a.name in unique and a.id != unique[a.name]}
    people = [replace(p, key=single[p.key]) if p.key in single else p for p in mentions.people]
    taken = sorted((p.span.start, p.span.end) for p in people)
    starts = [lo for lo, _hi in taken]
    added = []
    for m in _NAME_WORD.finditer(text):
        w = m.group(0).removesuffix("’s").removesuffix("'s")
        who = unique.get(w)
        if who is None:
            continue
        k = bisect_right(starts, m.start()) - 1
        if k >= 0 and taken[k][1] > m.start():
            continue  # inside a mention the recognizer found
        before = text[max(0, m.start() - 30):m.start()]
        if rxc.search(r"\p{Lu}[\p{L}’'\-]*\s$", before) and not _HONORIFIC_BEFORE.search(before):
            continue
        if rxc.match(r"\s\p{Lu}", text[m.start() + len(w):m.start() + len(w) + 2]):
            continue
        added.append(PersonMention(span=Span(m.start(), m.start() + len(w)), text=w, key=who))
    if not added and people == list(mentions.people):
        return mentions
    merged = sorted([*people, *added], key=lambda p: p.span.start)
    return replace(mentions, people=tuple(merged))


def attribute(doc: Document, parts: Parts, mentions: Mentions) -> Said:
    text = doc.text
    mentions = _with_short_names(text, mentions)
    ctx = _Context(text=text, mentions=mentions, actors=list(mentions.actors))
    quotes: list[Quote] = []
    sentence_speaker: dict[int, str] = {}
    prev_para: tuple[bool, str | None] = (False, None)  # (was a quote paragraph, its speaker)
    starts = [x.span.start for x in parts.sentences]
    speech = {bisect_right(starts, m.start()) - 1 for m in _SV_RE.finditer(text)}  # sentences with a speech verb
    para_spans = [[q for q in _quote_spans(text, para) if text[q[0] + 1 : q[1]].strip()] for para in parts.paragraphs]
    ctx.set_quotes([q for spans in para_spans for q in spans])
    sents_of: dict[int, list[Sentence]] = {}
    for s in parts.sentences:
        sents_of.setdefault(s.paragraph, []).append(s)

    for pi, para in enumerate(parts.paragraphs):
        sents = sents_of.get(pi, [])
        spans = para_spans[pi]
        para_speaker: tuple[bool, str | None] | None = None  # the last attribution in this paragraph
        starts_with_quote = bool(spans) and spans[0][0] == para.start
        for s in sents:
            _note_subjects(ctx, s.span)
            # reported speech in the sentence, outside its quotes
            here = [q for q in spans if q[0] < s.span.end and q[1] >= s.span.start]
            rs, rs_at, rs_according = _reported_speaker_at(ctx, s.span, here) if s.index in speech else (None, -1, False)
            closing = [q for q in spans if s.span.start <= min(q[1], para.end - 1) < s.span.end
                       or (not q[2] and q[1] == s.span.end)]
            tail = None  # "..., he said." after the sentence's last quote speaks for all its quotes
            for _o, c, closed in reversed(closing):
                if closed and (tail := _after_quote(ctx, s.span, c)) is not None:
                    break
            for o, c, closed in closing:
                qtext = text[o + 1 : c].strip()
                open_sent = parts.sentence_at(o) or s
                explicit, who = False, None
                if closed:
                    found = _after_quote(ctx, s.span, c) or tail
                    if found is not None:
                        explicit, who = True, found[0]
                paper = closed and _DOCUMENT_AFTER.match(text, c + 1, c + 120) is not None
                introduced = explicit and _INTRODUCED.search(text, max(open_sent.span.start, o - 40), o) is not None
                if not explicit or who is None or paper or introduced:
                    # before the quote: also where the words after it credit no one by name
                    # ('A statement by X said "...," a news agency reported') or only a paper
                    # ('Varga said it was vital to prevent "...," according to ministry readouts')
                    # and where a speech verb introduced the quote ('after Novak remarked that "...,"
                    # Ann Varga fired back'): the words after it are the next speaker's
                    found = _before_quote(ctx, open_sent.span, o, spans)
                    if found is not None and (not explicit or found[0] is not None) and (
                            not paper or ((a := ctx.actor(found[0])) is not None and a.kind == "person")):
                        explicit, who = True, found[0]
                if (not explicit and rs is not None and rs[0] is not None and open_sent.index == s.index
                        and (rs_at < o or rs_according or not _CONTRAST.search(text, c, rs_at))):
                    explicit, who = True, rs[0]  # "..., according to Malta's foreign minister"
                if not explicit:
                    subject = _subject_of(ctx, open_sent.span, o)
                    if subject is not None:  # "Novak on Friday chided Borduria over its “rigid ...”"
                        explicit, who = True, subject
                whole = closed and _whole_sentence(text, open_sent.span, o, c)
                if not explicit and whole:
                    credit = _credit_after(ctx, parts, s, c)
                    if credit is not None:  # '“...” That was Novak, speaking to us.'
                        explicit, who = True, credit
                if not explicit and para_speaker is not None:
                    who = para_speaker[1]
                elif (not explicit and starts_with_quote and o == spans[0][0]
                      and (prev_para[0] or _is_lead_in(text, para, o))):
                    who = prev_para[1]
                elif not explicit and whole and (told := _subject_before_quote(ctx, parts, open_sent)) is not None:
                    explicit, who = True, told  # 'Novak frowns. “We wait.”': the person the sentence before was about
                if explicit or para_speaker is None:
                    para_speaker = (explicit, who)
                if explicit:
                    ctx.said_by(who, o)
                if not _is_quote(text, open_sent.span, o, c, qtext):
                    continue
                end = c + 1 if closed else c
                quotes.append(Quote(id=_id("q", o, c), text=qtext, speaker=who, evidence=(Span(o, end),)))
                if who is not None:
                    sentence_speaker.setdefault(open_sent.index, who)
                    sentence_speaker.setdefault(s.index, who)
            if rs is not None:
                if rs[0] is not None:
                    sentence_speaker[s.index] = rs[0]
                if not closing:
                    ctx.said_by(rs[0], s.span.start)
                    if para_speaker is None:
                        para_speaker = (True, rs[0])
        prev_para = (starts_with_quote or bool(spans and spans[-1][1] >= para.end - 1),
                     para_speaker[1] if para_speaker else None)
    return Said(quotes=_continued(quotes, parts, text), sentence_speaker=sentence_speaker, actors=tuple(ctx.actors))


def _continued(quotes: list[Quote], parts: Parts, text: str) -> tuple[Quote, ...]:
    """A quote paragraph left open (news style: the mark closes only where the quote ends)
    whose next paragraph opens with the quote's continuation is that continuation's speaker's:
    '“We are not finished.¶“We will meet again,” she said.' (round 6)."""
    para_starts = [p.start for p in parts.paragraphs]
    out = list(quotes)
    for k in range(len(out) - 2, -1, -1):
        q, nxt = out[k], out[k + 1]
        end = q.evidence[0].end
        if q.speaker is not None or nxt.speaker is None or text[end - 1:end] in CLOSERS + "’'":
            continue
        pi = bisect_right(para_starts, q.evidence[0].start) - 1
        if (pi + 1 < len(para_starts) and parts.paragraphs[pi].end == end
                and nxt.evidence[0].start == para_starts[pi + 1]):
            out[k] = replace(q, speaker=nxt.speaker)
    return tuple(out)


def _whole_sentence(text: str, sent: Span, o: int, c: int) -> bool:
    """The quote is its sentence: nothing but space before its opening and punctuation after
    its close."""
    return not text[sent.start:o].strip() and not text[c + 1:sent.end].strip(" .,;:!?\n")


# '“...” That was Novak, speaking to us.' / '“...” So said Novak.' / '“...” Those were the words of X.'
_CREDIT_NEXT = rxc.lazy(r"\s*(?:(?:That|This)\s+(?:was|is)|(?:Those|These)\s+(?:were|are)(?:\s+the\s+words\s+of)?|"
                        r"So\s+(?:said|says)|That\s+(?:was|is)\s+how|"
                        # round 6: '“...” The words were Novak's.' / 'The remark came from Novak.'
                        r"(?:The|Those|These)\s+(?:words|remarks?|comments?)\s+(?:were|was|came\s+from)"
                        r"(?:\s+(?:those|that)\s+of)?)\s+")
# round 6: a next sentence headed by the speaker, who is "speaking to" someone or is said to
# have given "that verdict" ('“...” Novak, speaking to a radio station, added that ...'
# / '“...” Novak offered that verdict at the close.'): the words before it were that person's
_CREDIT_BY_SUBJECT = rxc.lazy(r"(?:[’']s)?\s*(?:,\s+(?:speaking|talking|writing)\s+(?:to|after|at|on|in|from)\b|"
                              r"\s+(?:\p{Ll}+ly\s+)?(?:offered|gave|delivered|shared|voiced)\s+(?:that|this|the)\s+"
                              r"(?:summary|assessment|verdict|warning|message|view|account|prediction|judgment|judgement)\b)")
_CREDIT_HONORIFIC = rxc.lazy(r"\s*(?:(?:Mr|Mrs|Ms|Dr|Dame|Sir|Lady|Lord|Gen|General|Colonel|Col)\.?\s+)?$")
# '“We will not sign.” Novak said after the meeting.': the next sentence is only the credit
_CREDIT_ONLY = rxc.lazy(r"\s*(?P<np>\p{Lu}[\p{L}’'.\-]*(?:\s+\p{Lu}[\p{L}’'.\-]*){0,3})\s+(?:also\s+|later\s+)?"
                        r"(?:said|says|added|told\s+(?:reporters|journalists|us)|wrote|posted)"
                        r"(?:\s+(?:on|in|at|after|before|during|later|afterwards|earlier|last|this|yesterday|today)"
                        r"\b(?:\s+(?!that\b|who\b|which\b)[\w’'\-]+){0,4})?\s*[.]\s*$")


# the name ends the credit ('That was X, speaking to us'), not a clause of its own ('That was
# a mistake, X said')
_CREDIT_NAME_END = rxc.lazy(r"(?:[’']s)?\s*(?:[,.;]|$|\s+(?:speaking|talking|writing|addressing|in|at|on|of|from)\b)")
_CREDIT_LINE = rxc.lazy(r"\s*(?:—|–|--|-)\s*")
CREDIT_REACH = 80  # characters from "That was" to the name: a title and an apposition's comma


def _credit_after(ctx: _Context, parts: Parts, s: Sentence, c: int) -> str | None:
    """The speaker a quote's next sentence credits with it, when that sentence says only
    who it was (a live blog's '“...” That was X, speaking to us.')."""
    if s.index + 1 >= len(parts.sentences):
        return None
    nxt = parts.sentences[s.index + 1]
    if ctx.in_quotes(nxt.span.start + 1):
        return None
    if nxt.paragraph == s.paragraph + 1 and parts.paragraphs[nxt.paragraph].start == nxt.span.start:
        line = _CREDIT_LINE.match(ctx.text, nxt.span.start, nxt.span.end)
        if line:  # a block quote's credit line: '"..."\n\n— Ann Varga, envoy'
            people = ctx.people_from(line.end(), line.end() + 3)
            return people[0].key if people else None
    if nxt.paragraph != s.paragraph:
        return None
    head = ctx.people_from(nxt.span.start, min(nxt.span.end, nxt.span.start + 40))
    if (head and _CREDIT_HONORIFIC.match(ctx.text, nxt.span.start, head[0].span.start)
            and _CREDIT_BY_SUBJECT.match(ctx.text, head[0].span.end, nxt.span.end)):
        return head[0].key
    m = _CREDIT_NEXT.match(ctx.text, nxt.span.start, nxt.span.end)
    if m:
        people = [p for p in ctx.people_from(m.end(), nxt.span.end) if not ctx.in_quotes(p.span.start)]
        if (people and people[0].span.start - m.end() <= CREDIT_REACH
                and _CREDIT_NAME_END.match(ctx.text, people[0].span.end, nxt.span.end)):
            return people[0].key  # "That was the delegation head, X, speaking": the head's name
        who, ok = _resolve_np(ctx, nxt.span, m.end(), _np_end(ctx.text, m.end(), nxt.span.end))
        return who if ok else None
    m = _CREDIT_ONLY.match(ctx.text, nxt.span.start, nxt.span.end)
    if m:
        who, ok = _resolve_np(ctx, nxt.span, m.start("np"), m.end("np"))
        return who if ok else None
    return None


def _subject_before_quote(ctx: _Context, parts: Parts, sent: Sentence) -> str | None:
    """For a quote that is a whole sentence and credits no one: the person the sentence
    before it was about ("Novak frowns when asked about the harvest. '...'"), in its
    paragraph, or the last of the paragraph before when the quote opens its own."""
    if sent.index == 0:
        return None
    prev = parts.sentences[sent.index - 1]
    if prev.paragraph != sent.paragraph and parts.paragraphs[sent.paragraph].start != sent.span.start:
        return None
    if ctx.quotes and any(prev.span.start <= o < prev.span.end for o, _c, _x in ctx.quotes):
        return None  # the sentence before has quotes of its own: their attribution says who
    at = ctx.subjects_at[bisect_left(ctx.subjects_at, (prev.span.start,)):bisect_left(ctx.subjects_at, (prev.span.end,))]
    for pos, i in reversed(at):
        if pos in ctx.subordinate:
            continue
        a = ctx.actor(ctx.subjects[i][1])
        if a is not None and a.kind == "person":
            return a.id
    return None


# a speech verb and "that" right before the opening mark: the quote is that verb's
_INTRODUCED = re.compile(rf"\b(?:{_SV})\s+that\s*$")
_PASSIVE_BEFORE = rxc.lazy(r"\b(?:[Dd]escribed|[Cc]alled|[Ll]abell?ed|[Bb]randed|[Dd]ubbed|[Tt]ermed|[Cc]haracteri[sz]ed|"
                                r"[Qq]uoted)\s+(?:it\s+|him\s+|her\s+|them\s+)?(?:as\s+)?(?:an?\s+|the\s+)?$")
_BY_AFTER = rxc.lazy(r"\s*,?\s*by\s+(?P<np>(?:the\s+)?(?:\p{Lu}[\p{L}.’'\-]*\s+(?:(?:of|for|and)\s+)?){0,6}"
                          r"\p{Lu}[\p{L}.’'\-]*)")

# Verbs that come before their subject after a quote ("..., said Ann Varga").
INVERTED_VERBS = frozenset({"said", "says", "added", "adds", "asked", "asks", "wrote", "writes", "continued",
                            "explained", "told", "declared", "noted", "replied", "recalled", "warned", "insisted",
                            "stressed", "according to", "read", "reads", "tweeted", "posted", "stated", "remarked",
                            # round 5: verbs of manner that invert the same way ('"...," fumed Ann Varga')
                            "fumed", "retorted", "quipped", "countered", "conceded", "admitted", "cautioned", "argued",
                            "observed", "lamented", "complained", "responded", "acknowledged", "boasted", "joked",
                            "mused", "wondered", "reiterated", "restated", "recounted"})
_NP_FIRST = rxc.lazy(r"(?:\p{Lu}|(?:the|a|an|one|another|his|her|its|their)\b)")


def _after_quote(ctx: _Context, sent: Span, c: int) -> tuple[str | None] | None:
    limit = sent.end + 1
    if c + 2 >= sent.end and ctx.text[c - 1:c] in ("?", "!"):
        limit = c + 120  # '"... now?" Varga said': the splitter ended the sentence inside the quote
    elif _HONORIFIC_END.search(ctx.text, max(sent.start, sent.end - 8), sent.end):
        limit = c + 120  # '"...," said Ms. Varga.': the splitter ended the sentence at the honorific
    o = ctx.open_of.get(c)
    if o is not None and _PASSIVE_BEFORE.search(ctx.text, max(sent.start, o - 60), o):
        bm = _BY_AFTER.match(ctx.text, c + 1, min(sent.end, c + 120))
        if bm:  # 'Described as "..." by the Bordurian Justice Ministry'
            who, ok = _resolve_np(ctx, sent, bm.start("np"), bm.end("np"))
            if ok:
                return (who,)
    m = _AFTER_QUOTE.match(ctx.text, c + 1, min(limit, c + 120, len(ctx.text)))
    if not m or not (m.group("s1") or m.group("s2")):
        m = _AFTER_QUOTE_APPOSED.match(ctx.text, c + 1, min(limit, c + 220, len(ctx.text)))
    if not m:
        return None
    g = "s1" if m.groupdict().get("s1") else "s2"
    if not m.group(g):
        return None
    if g == "s1" and (m.group("v1").lower() not in INVERTED_VERBS or not _NP_FIRST.match(m.group("s1"))):
        return None  # '"far too much," threatened to cut ...': no inverted attribution
    if g == "s1" and _HONORIFIC_END.fullmatch(m.group("s1") + "."):
        # '"...," said Ms. Varga.': the phrase stopped at the honorific's full stop
        p = ctx.people_from(m.end("s1"), m.end("s1") + 3)
        return (p[0].key,) if p else None
    if g == "s2" and m.group("s2").split()[0].lower() in _JOINING:
        return None  # '"a grave escalation," while Ann Varga said ...': Varga's words come after
    end = m.end(g)
    if ctx.text[end - 1] == "." and not rxc.search(r"(?:^|[\s.])\p{L}\.$", ctx.text[max(0, end - 3):end]):
        end -= 1  # the sentence's full stop, not an abbreviation's ("U.S.")
    who, ok = _resolve_np(ctx, sent, m.start(g), end)
    return (who,) if ok else None


_STATEMENT_FROM = rxc.lazy(
    r"\bstatement\s+(?:(?:issued|released|published|put\s+out)\s+)?(?:from|by|of)\s+(?:the\s+)?(?:(?:secretariat|office|press office|spokesperson)\s+of\s+)?"
    r"(?:the\s+)?(?:(?:[\p{Lu}][\p{L}.\-]*\s+){0,2}[\p{Lu}][\p{L}.\-]*[’']s\s+)?(?P<org>(?:[\p{Lu}][\p{L}.\-]*\s+){0,5}[\p{Lu}][\p{L}.\-]*)")


def _before_quote(ctx: _Context, sent: Span, o: int, quotes: list[tuple[int, int, bool]]) -> tuple[str | None] | None:
    cm = _OWNED_COLON.search(ctx.text, max(sent.start, o - 100), o)
    if cm and (owner := ctx.people_ending.get(cm.start())) is not None:
        return (owner.key,)  # "Novak's verdict: '...'"
    fm = _WORDS_FROM.search(ctx.text, max(sent.start, o - 120), o)
    if fm:  # "Key quote from Novak: '...'", "Words of the day, from Novak: '...'"
        named = [p for p in ctx.people_from(fm.end(), o) if _NAME_COLON.fullmatch(ctx.text, p.span.end, o)]
        if named:
            return (named[0].key,)
    nm = _NAME_COLON.search(ctx.text, max(sent.start, o - 120), o)
    if nm:  # a transcript's or a live blog's "Novak: '...'", "Ann Varga, the envoy: '...'"
        named = [p for p in ctx.people_from(max(sent.start, o - 120), o) if p.span.end == nm.start()
                 and _clause_initial(ctx.text, sent.start, p.span.start, set())]
        if named:
            return (named[-1].key,)
    sm = _STATEMENT_FROM.search(ctx.text, sent.start, o)
    if sm:  # "shared a statement from the office of X saying that ..."
        org = sm.group("org")
        return (_org_actor(ctx, org, party_lex.code_of(org), sm.start("org")),)
    # the speech verb nearest the quote first: in "Novak said X, while Ann Varga told TV that
    # '...'" the quote is Varga's
    for m in reversed(list(_SV_RE.finditer(ctx.text, sent.start, o))):
        if _inside_quotes(quotes, m.start()):
            continue
        if _NEW_CLAUSE.search(ctx.text, m.end(), o):
            break  # "when X replied, it was thought that '...'": the quote is the new clause's
        if _subordinate_and_closed(ctx.text, sent, m, o):
            continue  # "When X replied on Monday, the mood was '...'": the verb's clause is over
        nearer = [p for p in ctx.people_from(m.end(), o)
                  if _CHARACTERIZED_AS.fullmatch(ctx.text, p.span.end, o) and not ctx.in_quotes(p.span.start)]
        if nearer:  # round 6: "Novak said ..., a plan Ann Varga derided as '...'": hers
            return (nearer[-1].key,)
        found = _speaker_of_verb(ctx, sent, m)
        if found is not None:
            return (found,) if not isinstance(found, tuple) else found
    return None


# a clause nearer the quote than the speech verb, with a subject of its own, that says what
# the quote characterizes: "..., a plan Ann Varga derided as '...'", "a plan the envoy,
# Ann Varga, derided as '...'" (not "Varga was regarded as '...'": no verb of her own)
_CHARACTERIZED_AS = rxc.lazy(r"(?:,[^.;“”\"]{1,80},)?,?\s+(?:\p{Ll}+ly\s+)?\p{Ll}+ed"
                             r"(?:\s+(?:it|them|this|that|the\s+\p{Ll}+))?\s+as\s*")


def _reported_speaker_at(ctx: _Context, sent: Span,
                         quotes: list[tuple[int, int, bool]]) -> tuple[tuple[str | None] | None, int, bool]:
    """``_reported_speaker``, with where its verb stands and whether it is "according to"."""
    for m in _SV_RE.finditer(ctx.text, sent.start, sent.end):
        if _inside_quotes(quotes, m.start()) or _subordinate_and_closed(ctx.text, sent, m, sent.end):
            continue
        found = _speaker_of_verb(ctx, sent, m)
        if found is not None:
            return found, m.start(), m.group("v").lower() == "according to"
    return None, -1, False


def _reported_speaker(ctx: _Context, sent: Span, quotes: list[tuple[int, int, bool]]) -> tuple[str | None] | None:
    """The speaker of a sentence of reported speech ("Novak said Borduria and Ruritania agreed")."""
    for m in _SV_RE.finditer(ctx.text, sent.start, sent.end):
        if _inside_quotes(quotes, m.start()):
            continue
        found = _speaker_of_verb(ctx, sent, m)
        if found is not None:
            return found
    return None


# Plain words: the standard engine is faster, and a lookahead on their first letters lets
# it pass over every other position quickly.
_SV_FIRST = "".join(sorted({w[0] for w in _SV.split("|")} | {"A", "a"}))
_SV_RE = re.compile(rf"(?=[{_SV_FIRST}])\b(?P<v>{_SV}|[Aa]ccording to)\b")


def _speaker_of_verb(ctx: _Context, sent: Span, m: re.Match[str] | regex.Match[str]) -> tuple[str | None] | None:
    verb = m.group("v")
    if verb.lower() == "according to":
        who, ok = _resolve_np(ctx, sent, m.end() + 1, _np_end(ctx.text, m.end() + 1, sent.end))
        return (who,) if ok else None
    if verb.lower() in _NOUN_TOO and _VERB_NEXT.match(ctx.text, m.end()):
        return None  # "state media reports cited ...": a noun, the verb comes after it
    subj = _subject_before(ctx, sent, m.start(), participle=verb.endswith("ing"))
    return (subj[0],) if subj is not None else None


# Speech verbs that are nouns too ("media reports", "his remarks"), and what shows the noun.
_NOUN_TOO = frozenset({"reports", "claims", "remarks", "calls", "comments", "notes", "says", "warns", "posts"})
_VERB_NEXT = rxc.lazy(r"\s+(?:have\s+|has\s+|had\s+)?(?:\p{Ll}+ed|said|says|showed|shows|suggest|suggested|"
                           r"cited|claimed|indicated)\b")


def _id(prefix: str, a: int, b: int) -> str:
    return prefix + hashlib.blake2s(f"{a}:{b}".encode(), digest_size=4).hexdigest()


def _is_lead_in(text: str, para: Span, open_at: int) -> bool:
    """The previous paragraph ends with 'said:' or similar and this one is a bare quote."""
    before = text[max(0, para.start - 4) : para.start]
    return open_at == para.start and ":" in before


def _is_quote(text: str, sent: Span, o: int, c: int, qtext: str) -> bool:
    words = qtext.split()
    if len(words) <= TITLE_MAX_WORDS + 1:
        stripped = [w.strip(",.;:!?") for w in words]
        named = [w for w in stripped if w]
        titled = bool(named) and named[0][:1].isupper() and all(
            w[:1].isupper() or w.lower() in _TITLE_LINKS for w in named)
        before = text[max(sent.start, o - 25) : o]
        after = text[c + 1 : c + 25]
        # words a voice says, not a name: an exclamation, a question, or after a colon ('with a declaration: "...!"')
        voiced = qtext.rstrip()[-1:] in ("!", "?") or before.rstrip().endswith(":")
        if not titled or voiced:
            return True
        # a nickname between two names: Ann “The Hammer” Varga
        if rxc.search(r"\p{Lu}\p{Ll}+\s*$", before) and rxc.match(r"\s*\p{Lu}\p{Ll}+", after):
            return False
        if len(words) <= TITLE_MAX_WORDS and not rxc.search(rf"\b(?:{_SV})\b", text[sent.start : sent.end]):
            return False
        # a name of a show, an award, a body or a plan: after a possessive, an article, a name or
        # a compound adjective ('CNBC's "Morning Desk"', 'an "Order of Valour" medal', 'its invite-only
        # "Circle of Friends"', 'the group Human Rights Centre "Vesna"')
        if _TITLE_BEFORE.search(before):
            return False
    return True


_TITLE_LINKS = frozenset({"of", "the", "and", "for", "in", "on", "to", "a", "an", "at", "de"})
_TITLE_BEFORE = rxc.lazy(r"(?:[’']s|\b(?:the|a|an|its|his|her|their|our|The|A|An)|\p{Lu}[\p{L}\-]*|\p{L}+-\p{L}+)\s*$")


def _inside_quotes(quotes: list[tuple[int, int, bool]], pos: int) -> bool:
    return any(o < pos < c for o, c, _x in quotes)


_NP_END = rxc.lazy(r"[,.;:]|\s(?:who|which|that|said)\b")


def _np_end(text: str, start: int, limit: int) -> int:
    m = _NP_END.search(text, start, limit)
    return m.start() if m else limit


def _subject_before(ctx: _Context, sent: Span, verb_at: int, participle: bool) -> tuple[str | None, bool] | None:
    text = ctx.text
    people = [p for p in ctx.people_from(sent.start, verb_at) if not ctx.in_quotes(p.span.start)]
    if participle:
        qm = _QUOTED_AS.search(text, max(sent.start, verb_at - 120), verb_at)
        if qm:  # "the paper quoted Novak as saying": Novak, not the paper
            who, ok = _resolve_np(ctx, sent, qm.start("np"), qm.end("np"))
            if ok:
                return who, True
        # "with Novak on Sunday cautioning that ...": the person right before the participle
        for p in reversed(people):
            if _ADJACENT.fullmatch(text[p.span.end:verb_at]):
                return p.key, True
        # "The Bordurian leader made his stance clear, saying: ...", "In an interview with Ann
        # Varga, Novak cast it as a service, describing ...": the subject of the clause
        subject = _subject_of(ctx, sent, verb_at)
        if subject is not None:
            return subject, True
        # "..., telling the host Ann Varga that ...": else the sentence's first person
        if people:
            body = _PERSONS_BODY_AT.match(text, people[0].span.end, verb_at)
            if body and _clause_initial(text, sent.start, people[0].span.start, set()):
                # "Novak's office issued a statement calling ...": the office speaks
                holder = ctx.actor(people[0].key)
                return _org_actor(ctx, text[people[0].span.start:body.end("body")],
                                  holder.affiliation if holder is not None else None, people[0].span.start), True
            return people[0].key, True
    base = max(sent.start, verb_at - 90)  # a subject stands close to its verb
    left = text[base:verb_at]
    om = _ORG_APPOSED.search(text, max(sent.start, verb_at - 200), verb_at)
    if om and not [p for p in people if p.span.start == om.start("org")]:
        # "Gridco, the state power operator, said": a body named with what it is
        return _org_actor(ctx, om.group("org"), _code_in(om.group("org")), om.start("org")), True
    wm = _WHICH_BEFORE.search(text, max(sent.start, verb_at - 80), verb_at)
    if wm and not participle and (party_lex.code_of(wm.group("org")) or _ORG_HEADS.search(wm.group("org"))):
        # "a warning from Borduria, which suggested that ...": the body the relative is about
        org = wm.group("org")
        return _org_actor(ctx, org, party_lex.code_of(org) or _code_in(org), wm.start("org")), True
    dm = _DASH_APPOSITION.search(text, max(sent.start, verb_at - 260), verb_at)
    if dm:  # "the Harbour Families Council – which speaks for the fishermen – said": drop the aside
        base = max(sent.start, dm.start() - 90)
        left = text[base:dm.start()] + " " * (verb_at - dm.start())
    words = [(m.start(), m.group(0)) for m in _WORDS.finditer(left)]
    while words and words[-1][1] in _SUBJECT_FILLERS:
        words.pop()
    # a pronoun right before the verb: "he said", "she told"
    if words and words[-1][1] in _PRONOUNS:
        pron_at = base + words[-1][0]
        # "Novak, she said, had made ...": the pronoun inside Novak's clause is someone else
        inside = ctx.people_ending.get(pron_at - 2) if text[pron_at - 2:pron_at] == ", " else None
        who = _resolve_pronoun(ctx, sent, words[-1][1], pron_at, inside.key if inside is not None else None)
        if who is None and words[-1][1].lower() == "it":
            return None  # "It confirms speculation that ...": no body in sight, an empty "it"
        return who, True
    # the first person whose apposition or adverbs reach the verb: in "Novak, who came with
    # Ann Varga, said" the speaker is Novak, and Varga stands inside his apposition
    for p in people:
        between = text[p.span.end:verb_at]
        if _ADJACENT.fullmatch(between) or _APPOSED.fullmatch(between) or _WHO_BEFORE.fullmatch(between):
            return p.key, True
        if between.strip() == "," and text[max(sent.start, p.span.start - 2):p.span.start].strip() == ",":
            return p.key, True  # "Novak's deputy, Ann Varga, said": the name in the apposition is the subject
    owned = _OWNED_TAIL.search(left)
    if owned:  # "Novak's angry post, which said that ...": the post speaks for Novak
        at = base + owned.start()
        owner = [p for p in people if p.span.end == at]
        if owner:
            return owner[0].key, True
    rm = _RELATIVE_BEFORE.search(text, max(sent.start, verb_at - 220), verb_at)
    if rm and not [p for p in people if p.span.start < rm.end("np") and p.span.end > rm.start("np")]:
        # round 6: "The NLF, whose team was led by Novak, called it ...": the body the
        # relative clause is about speaks, not the person inside the clause
        g = "acr" if rm.group("acr") else "np"
        who, ok = _resolve_np(ctx, sent, rm.start(g), rm.end(g))
        if ok and who is not None:
            return who, True
    # a noun phrase subject right before the verb: "the Kremlin said", "a senior official said"
    # (not across a comma or a relative pronoun: "the release of Novak, whom officials have said")
    if words:
        lo = max(0, len(words) - 7)
        for i in range(len(words) - 1, lo - 1, -1):
            w = words[i][1]
            prev_end = words[i - 1][0] + len(words[i - 1][1]) if i > 0 else 0
            gap = left[prev_end:words[i][0]]
            if w.lower() in _CLAUSE_WORDS:
                lo = i + 1
                break
            if any(ch in gap for ch in "“”\"()"):  # a quote ends before the subject
                lo = i
                break
        if lo < len(words):
            first = words[lo]
            last = words[-1]
            who, ok = _resolve_np(ctx, sent, base + first[0], base + last[0] + len(last[1]))
            if ok:
                return who, True
    return None


_QUOTED_AS = rxc.lazy(r"\bquoted\s+(?P<np>[^,;:“”\"]{2,80}?)\s+as\s+$")
_DOCUMENT_AFTER = rxc.lazy(r"\s*,?\s*according\s+to\s+(?:the\s+)?(?:[\p{L}.’'\-]+\s+){0,4}?"
                                r"(?:readouts?|reports?|transcripts?|minutes|records?|news\s+agency|agency|media|"
                                r"newspaper|outlet|broadcaster|television|TV)\b")
# "... 'not pass unanswered,' while Ann Varga said ...": the words after "while" are another's.
_CLOSED_AFTER = rxc.lazy(r"(?:\s+[\w’'\-]+){0,3},\s+(?!(?:saying|adding|telling|that)\b)")
_SUBORDINATE_BEFORE = rxc.lazy(r"\b(?:[Ww]hen|[Aa]fter|[Aa]s|[Oo]nce|[Bb]efore|[Ss]ince|[Ww]hile|[Bb]ecause|[Ii]f)\s+"
                                    r"(?:[\w’'.\-]+\s+){1,6}$")
def _subordinate_and_closed(text: str, sent: Span, m: re.Match[str] | regex.Match[str], limit: int) -> bool:
    """The speech verb heads a subordinate clause that a comma closes before ``limit``."""
    return bool(_CLOSED_AFTER.match(text, m.end(), limit)
                and _SUBORDINATE_BEFORE.search(text, max(sent.start, m.start() - 60), m.start()))


_NEW_CLAUSE = rxc.lazy(r",\s+(?:it|there)\s+(?:was|is|were|has|had|would|will|seemed|seems|appeared|remains)\b")
_CONTRAST = rxc.lazy(r"\b(?:while|whereas)\b")
_JOINING = frozenset({"while", "and", "but", "as", "when", "whereas", "after", "before", "since", "because", "though",
                      "although", "if", "unless", "where"})
_ORG_APPOSED = rxc.lazy(
    r"(?P<org>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+){0,3}),\s+(?:the|a|an)\s+(?:[\p{L}\-]+\s+){0,5}?"
    r"(?:operator|company|firm|agency|group|organi[sz]ation|ministry|body|authority|regulator|utility|giant|"
    r"producer|broadcaster|newspaper|outlet|service|carrier|insurer|bank|watchdog|monitor|charity),\s*$")
_WHICH_BEFORE = rxc.lazy(r"(?P<org>\p{Lu}[\p{L}.\-]*(?:\s+\p{Lu}[\p{L}.\-]*){0,4}),\s+which\s+"
                         r"(?:also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)?$")
# a capitalized name, then a relative clause closed by a comma, right before the verb
_RELATIVE_BEFORE = rxc.lazy(r"(?<![\p{L}\-])(?P<np>(?:(?:the|The)\s+)?(?:\p{Lu}[\p{L}.’'\-]*\s+){0,5}\p{Lu}[\p{L}.’'\-]*)"
                            r"(?:\s+\((?P<acr>\p{Lu}{2,8})\))?,\s+(?:whose|which|who)\s+[^,;.“”\"]{1,150},\s*$")
_DASH_APPOSITION = rxc.lazy(r"\s[—–]\s?[^—–.;]{1,200}\s?[—–]\s*$|\s--\s[^.;]{1,200}\s--\s*$")
_CLAUSE_WORDS = frozenset({"who", "whom", "which", "that", "whose", "where", "when", "while"})


# What may stand between a subject and its verb: adverbs and time words ("Petrov said
# Tuesday", "Zindari later told"), or an apposition in commas or dashes ("Keller, writing
# on X, said"; "Marchenko -- who ... -- told").
_ADJACENT = rxc.lazy(r"[’']?s?(?:,?\s+(?:also|later|then|again|has|had|have|once|\w+ly|(?:on|last|this)\s+\w+day|"
                          r"(?:last|this|next)\s+(?:week|month|year|night)|\w+day)\b,?)*\s*")
# "Ann Varga of the Green party, who posted online: ...": the relative's verb is hers
_WHO_BEFORE = rxc.lazy(r"(?:\s+of\s+[^,.;]{1,60})?,\s+who\s+(?:also\s+|later\s+|then\s+|has\s+|had\s+|have\s+)?")
_APPOSED = rxc.lazy(r"[’']?s?\s*(?:,(?:[^.;]|\.(?=[,\w]))(?:[^.;]|\.(?=[,\w])){0,199}?,[”\"’]?|\s--\s[^.;]{1,200}?\s--|\s?[—–]\s?[^.;]{1,200}?\s?[—–])"
                         r"(?:,?\s+(?:also|later|then|again|has|had|have|\w+ly|(?:on|last|this)\s+\w+day)\b,?)*\s*")


_WORDS = rxc.lazy(r"[\w’'.\-]+")
_SUBJECT_FILLERS = frozenset({"also", "later", "then", "has", "had", "have"})
_PRONOUNS = frozenset({"he", "she", "they", "it", "He", "She", "They", "It"})


def _resolve_pronoun(ctx: _Context, sent: Span, pronoun: str, at: int | None = None,
                     exclude: str | None = None) -> str | None:
    """ "he"/"she" resolved, and the person's sex learnt from it where no title said it: after
    "Novak said ... , she added" a later "he" is not Novak."""
    who = _resolve_pronoun_once(ctx, sent, pronoun, at, exclude)
    if who is not None and pronoun.lower() in ("he", "she") and (a := ctx.actor(who)) is not None \
            and a.kind == "person" and _sex(ctx, a) is None:
        ctx.sexes[a.id] = "f" if pronoun.lower() == "she" else "m"
    return who


def _resolve_pronoun_once(ctx: _Context, sent: Span, pronoun: str, at: int | None = None,
                          exclude: str | None = None) -> str | None:
    """ "he"/"she": the person most recently in focus before ``at``: credited with words, or
    the subject of a clause ("Ann Varga fired back on Monday. 'No,' she said" is Varga's,
    even when another spoke in between); a subject wins a tie with a speaker."""
    if pronoun.lower() in ("they", "it"):  # a body that spoke last: "the ministry said ... it added"
        last = ctx.recent[-1] if ctx.recent else None
        a = ctx.actor(last)
        spoke = last if a is not None and a.kind != "person" else None
        # or a body that was the subject of a clause since ("Borduria's ministry rejected the
        # claim. '...,' it said"), if no one spoke after it
        where = sent.end if at is None else at
        k = bisect_left(ctx.party_subjects_at, (where,)) - 1
        if k >= 0:
            lo, hi, code = ctx.party_subjects[ctx.party_subjects_at[k][1]]
            since = ctx.recent_at[-1] if ctx.recent_at else -1
            plural = code == "" or ctx.text.startswith(" and ", hi) or _BOTH_BEFORE.search(
                ctx.text, max(0, lo - 40), lo) is not None  # "Borduria and Ruritania issued ...": no one "it"
            if lo > since and where - lo <= BODY_PRONOUN_REACH and not plural:
                return _org_actor(ctx, ctx.text[lo:hi], code, lo)
        return spoke
    at = sent.end if at is None else at
    focus = _party_focus(ctx, sent)
    recent = [r for r in reversed(ctx.recent[-6:]) if r is not None]
    persons = [r for r in recent if (a := ctx.actor(r)) is not None and a.kind == "person" and r != exclude]
    # candidates newest first; at one offset a subject before a speaker; none of the other sex
    want = "f" if pronoun.lower() == "she" else "m"
    # the speakers and subjects before ``at``, newest first (ctx.focus is kept sorted)
    best = None
    for k in range(bisect_left(ctx.focus, (at,)) - 1, -1, -1):
        r = ctx.focus[k][2]
        a = ctx.actor(r)
        if a is not None and a.kind == "person" and _sex(ctx, a) in (None, want) and r != exclude:
            best = r
            break
    persons = [r for r in persons if (a := ctx.actor(r)) is None or _sex(ctx, a) in (None, want)]
    if best is not None:
        persons = [best, *(r for r in persons if r != best)]
    if focus and persons and (a := ctx.actor(persons[0])) is not None and a.affiliation != focus:
        for r in persons:
            b = ctx.actor(r)
            if b is not None and b.affiliation == focus:
                return r
    if persons:
        return persons[0]
    # nobody has spoken yet: the nearest person named before, in this sentence or earlier,
    # not of the other sex
    i = bisect_left(ctx.people_starts, sent.start)
    for k in range(i - 1, max(-1, i - 1 - PRONOUN_LOOKBACK), -1):
        a = ctx.actor(ctx.mentions.people[k].key)
        if (a is None or _sex(ctx, a) in (None, want)) and ctx.mentions.people[k].key != exclude:
            return ctx.mentions.people[k].key
    return None


BODY_PRONOUN_REACH = 300  # characters from a body heading a clause to the "it said" that is its (two sentences)
PRONOUN_LOOKBACK = 8  # person mentions walked back for a pronoun when nobody has spoken yet


_FEMALE_WORDS = frozenset({"spokeswoman", "chairwoman", "congresswoman", "businesswoman", "queen", "princess",
                           "wife", "mother", "daughter", "sister", "mrs", "mrs.", "ms", "ms.", "madam", "dame",
                           "lady", "baroness", "duchess"})
_MALE_WORDS = frozenset({"spokesman", "chairman", "congressman", "businessman", "king", "prince", "husband",
                         "father", "son", "brother", "mr", "mr.", "sir", "lord", "emir", "sheikh", "sultan"})


def _sex(ctx: _Context, actor: Actor) -> str | None:
    """'f' or 'm' where a title or an honorific says so ("spokeswoman", "Mr."), else None."""
    cached = ctx.sexes.get(actor.id, "?")
    if cached != "?":
        return cached
    words = {w.lower().strip(",.") for r in actor.roles for w in r.split()}
    for sp in actor.evidence:
        words.update(w.lower() for w in ctx.text[max(0, sp.start - 12):sp.start].split()[-1:])
    female, male = bool(words & _FEMALE_WORDS), bool(words & _MALE_WORDS)
    sex = "f" if female and not male else "m" if male and not female else None
    ctx.sexes[actor.id] = sex
    return sex


_FOCUS = rxc.lazy(
    r"(?:The\s+|the\s+)?(?P<who>[\p{Lu}][\p{L}.]+(?:\s[\p{Lu}][\p{L}]+)?)(?:[’']s)?\s+"
    r"(?:side|delegation|government|team|leadership)?\s*(?:has|have|had|is|was|will|would)?\s*"
    r"(?:proposed|offered|demanded|insisted|rejected|agreed|returned|asked|called|wants|said)?"
)


def _party_focus(ctx: _Context, sent: Span) -> str | None:
    """The party a sentence is about when its subject is a party ("The Ukrainian side has ...")."""
    m = _FOCUS.match(ctx.text, sent.start, sent.end)
    if m:
        return party_lex.code_of(m.group("who"))
    return None


_COMMA_DETERMINER = rxc.lazy(r",\s+(?=(?:a|an|the|one|another)\s)")
_IN_A_STATEMENT = rxc.lazy(r"(?:[Ii]n\s+)?(?:a|an|the|its|his|her)\s+(?:[\p{Ll}\-]+\s+)?statement\s*,\s*")
_OWNED_WORDS_SOURCE = (r"[’']s\s+(?:[\p{L}\-]+\s+){0,3}?(?:post|posts|statement|letter|message|tweet|threat|"
                       r"remarks|readout|comments|speech|address|interview|op-ed|column)\b")
_OWNED_WORDS = rxc.lazy(_OWNED_WORDS_SOURCE)
# A person's office or team credited with words ("Novak's office said"); not a spokesman, whose
# words are his principal's as the news reports them.
_PERSONS_BODY = rxc.lazy(r"[’']s\s+(?P<body>(?:press\s+)?(?:office|team|campaign|camp|cabinet|administration|"
                         r"government|chancellery|secretariat))\s*$")
_PERSONS_BODY_AT = rxc.lazy(r"[’']s\s+(?P<body>(?:press\s+)?(?:office|team|campaign|camp|cabinet|administration|"
                            r"government|chancellery|secretariat))\b")
# "Novak's verdict: '...'": a noun of the person's words, then a colon, then the quote
_OWNED_COLON = rxc.lazy(r"[’']s\s+(?:[\p{Ll}\-]+\s+){0,2}(?:verdict|response|reply|answer|message|view|assessment|words|"
                        r"warning|conclusion|advice|plea|retort|reaction|comment|explanation|promise|summary|"
                        r"position|demand|offer)(?:\s+to\s+[^:;.“”\"]{1,40}?)?(?:\s+(?:was|is)(?:\s+\p{Ll}+){0,2})?"
                        r"\s*:\s*$")
_WORDS_FROM = rxc.lazy(r"\b(?:quotes?|words|message|reaction|response|verdict|comment)\s+(?:of\s+the\s+day\s*,?\s+)?"
                       r"(?:from|by|of)\s+")
# a name, or a name and its apposition, right before a colon and the quote
_NAME_COLON = rxc.lazy(r"(?:,\s+(?:the|a|an)\s+[^:;.“”\"]{1,60}?)?\s*:\s*$")

_OWNED_TAIL = rxc.lazy(_OWNED_WORDS_SOURCE + r",?\s+(?:which|that)\s+(?:also\s+|has\s+|had\s+)?$")

# What the news calls an office instead of its title, and the words of the title
# ("top diplomat" is the foreign minister or secretary of state; "top negotiator" the chief one).
_ROLE_PARAPHRASES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("top diplomat", ("foreign",)), ("chief diplomat", ("foreign",)), ("top negotiator", ("negotiator",)),
    ("head of state", ("president", "king", "emir")), ("head of government", ("prime", "premier", "chancellor")))
# Titles of the one who leads a state or a movement.
LEADER_TITLES = ("president", "prime", "premier", "chancellor", "king", "emir", "sultan", "leader")

_UNNAMED = rxc.lazy(r"\b(?:source|sources|official|officials|person|people|aide|diplomat|diplomats|"
                         r"spokesperson|spokesman|spokeswoman|someone|analyst|analysts)\b", regex.I)
# Last words of an organization's name ("the Defense Ministry", "the Central News Agency").
# A body named again by what it is ("the group", "the movement"), never a state's ministry.
_THE_GROUP = rxc.lazy(r"(?:^|\s)(?:the|The)\s+(?:group|movement|organi[sz]ation|alliance|coalition|militia|rebel\s+group|"
                      r"armed\s+group|faction)$")
_ORG_HEAD_WORDS = (r"Ministry|Ministries|Office|Council|Command|Department|Agency|Service|Forces|Force|Staff|"
                   r"Committee|Commission|Army|Government|Presidency|Embassy|Secretariat|Corps|"
                   r"Times|Journal|Post|Television|Broadcasting|Gazette|Herald|Tribune|Forum|Institute|Foundation|"
                   r"Association|Federation|Organization|Organisation|Movement|Coalition|Navy|Guard|Directorate|"
                   # round 5: assemblies, courts, fronts and parties speak too ("the Patriotic Front said")
                   r"Parliament|Assembly|Senate|Court|Tribunal|Front|Party|Alliance|Authority|Bureau|Mission|"
                   # round 6: parties and leagues by their own name ("the Lunavik Congress called it ...")
                   r"Congress|League|Union|Platform|Network|Bloc")
_ORG_HEADS = rxc.lazy(rf"\b(?:{_ORG_HEAD_WORDS})\b")
_ORG_RUN = rxc.lazy(rf"(?:[\p{{Lu}}][\p{{L}}.\-]*\s+){{0,5}}(?:{_ORG_HEAD_WORDS})\b"
                    # round 6: "the Ministry of Foreign Affairs", "the Office of the Special Envoy"
                    r"(?:\s+(?:of|for)\s+(?:the\s+)?\p{Lu}[\p{L}.\-]*(?:\s+(?:and\s+)?\p{Lu}[\p{L}.\-]*){0,4})?")


def _resolve_np(ctx: _Context, sent: Span, start: int, end: int) -> tuple[str | None, bool]:
    """A speaker noun phrase -> (actor id or None, whether it is a speaker phrase at all)."""
    text = ctx.text
    np = text[start:end].strip()
    cuts = list(_COMMA_DETERMINER.finditer(np))
    if cuts:
        cut = cuts[-1]  # "asked about the Gazette's story, a Navy spokeswoman": the phrase after the comma
        start = text.find(np, start) + cut.end()
        np = text[start:end].strip()
    lead = _IN_A_STATEMENT.match(np)
    if lead and lead.end() < len(np):  # "In a statement, the Harbour Families Council"
        start = text.find(np, start) + lead.end()
        np = text[start:end].strip()
    if not np:
        return None, False
    # a person mention inside the phrase
    people = ctx.people_from(start, end)
    words = np.split()
    first = words[0].lower()
    if people:
        if first in ("a", "an", "one", "another") and _UNNAMED.search(text, people[0].span.end, end):
            return None, True  # "a Novak aide": someone unnamed near Novak, not Novak
        body = _PERSONS_BODY.match(text, people[0].span.end, end)
        if body:  # "Novak's office said": the office speaks, for Novak's party
            owner = ctx.actor(people[0].key)
            return _org_actor(ctx, text[people[0].span.start:body.end("body")],
                              owner.affiliation if owner is not None else None, people[0].span.start), True
        return people[0].key, True
    if rxc.fullmatch(_PRONOUN, words[0]) and len(words) == 1:
        return _resolve_pronoun(ctx, sent, words[0], start), True
    # role noun phrase: "the Bordurian prime minister", "the Ruritanian president"
    low = [w.lower().strip(",.") for w in words]
    heads = [w for w in low if w in ROLE_HEADS]
    if "leader" in heads:  # "the Bordurian leader": whoever leads the state
        heads += list(LEADER_TITLES)
    joined = " ".join(low)
    for phrase, role_words in _ROLE_PARAPHRASES:
        if phrase in joined:  # "Borduria's top diplomat": its foreign minister
            heads += list(role_words)
    code = next((c for w in words if (c := party_lex.code_of(w.strip(",.").removesuffix("'s").removesuffix("’s")))),
                None)
    owner = rxc.fullmatch(r"(\p{Lu}[\p{L}.]*)[’']s", words[0])
    if heads and (first == "the" or (owner and party_lex.code_of(owner.group(1)))):  # "Borduria's foreign minister"
        pool = ctx.role_holders(heads, code)  # the people with a head word in a role (and of the party)
        if len(pool) == 1:
            return ctx.actors[next(iter(pool))].id, True
        if len(pool) > 1:
            named = ctx.last_mention_in(pool, bisect_left(ctx.people_starts, start))
            return (named.key if named else None), True
    owned = _OWNED_WORDS.search(text, start, end)
    if owned:  # "Novak's belligerent post, which said": the post speaks for Novak
        owner_at = ctx.people_ending.get(owned.start())
        if owner_at is not None:
            return owner_at.key, True
    org_found = _org_phrase(ctx, np, start)
    if org_found is not None:
        return org_found, True
    gm = _THE_GROUP.search(np)
    if gm:  # "the group said", "the movement added": the body credited last, when it is one of that kind
        bodies = [a.id for k in reversed(ctx.recent_orgs[-4:])
                  if (a := ctx.actor(ctx.recent[k])) is not None and a.kind == "organization"]
        return (bodies[0] if bodies else None), True
    if rxc.match(r"(?:the|a|an)\s+(?:\w+\s+of\s+the\s+)?statement\b", np):
        orgs = [ctx.recent[ctx.recent_orgs[-1]]] if ctx.recent_orgs else []  # the last organization credited
        return (orgs[0] if orgs else None), True
    if _UNNAMED.search(np) and (first in ("a", "an", "the", "one", "another", "two", "three", "several", "that",
                                          "this", "senior") or party_lex.code_of(words[0].strip(",."))):
        return None, True  # "a senior official", "Israeli officials": a source, not a person
    if first in ("a", "an", "one", "another"):
        return None, True
    # an organization credited with the words: "NAVCOM said", "the Bordurian Defence Ministry said"
    org = np.removeprefix("the ").removeprefix("The ")
    run = _ORG_RUN.search(org)
    if run and _ORG_HEADS.search(run.group(0)):
        org = run.group(0)  # "Malta's Coastal News Agency later Tuesday" -> "Central News Agency"
    org_code = party_lex.code_of(org.removesuffix("'s"))
    if (org_code and org in party_lex.ORGS) or _ORG_HEADS.search(org) or (org.isupper() and 2 <= len(org) <= 8):
        return _org_actor(ctx, org, org_code, start), True
    if org_code and (org in party_lex.STATE_NAMES or org in party_lex.CAPITALS):
        return _org_actor(ctx, org, org_code, start), True
    if code and _LOWER_BODY_END.search(org):  # "the Bordurian foreign ministry", "Borduria's presidency"
        return _org_actor(ctx, org, code, start + np.find(org)), True
    return None, False


# "the Bordurian government", "Borduria's foreign ministry": a party's body in lower case too
_LOWER_BODY_HEADS = r"government|ministry|presidency|army|navy|military|cabinet|parliament|foreign\s+ministry|defen[cs]e\s+ministry"
_LOWER_BODY_END = rxc.lazy(r"\b(?:" + _LOWER_BODY_HEADS + r"|embassy|mission|delegation)$")


def _org_actor(ctx: _Context, name: str, code: str | None, start: int) -> str:
    """The actor id of a body credited with words; ``code`` None: the party named in the
    name, "": none (several)."""
    if name.isupper() and 2 <= len(name) <= 8 and f"({name})" in ctx.text:  # the pattern needs "(NAME)"
        full = regex.search(rf"((?:\p{{Lu}}[\p{{L}}’'\-]*\s+(?:(?:of|and|for|on|the)\s+)*){{1,8}})\({regex.escape(name)}\)",
                            ctx.text)
        if full:
            # "the Bordurian Department of Maritime Affairs (DMA) ... the DMA said": the body goes by
            # the form the report uses more (mostly the acronym, once introduced), and takes the
            # party its full name holds
            long_name = full.group(1).strip().removeprefix("The ").removeprefix("the ")
            if code is None:
                code = _code_in(long_name) or None
            if ctx.text.count(long_name) > len(regex.findall(rf"\b{regex.escape(name)}\b", ctx.text)):
                name = long_name
                start = full.start(1) + full.group(1).find(long_name)
    key = name.lower()
    if key not in ctx.org_ids:
        actor_id = f"o{len(ctx.org_ids) + 1}"
        ctx.org_ids[key] = actor_id
        span = Span(start, start + len(name))
        if ctx.text[span.start:span.end] != name:
            idx = ctx.text.find(name, start)
            span = Span(idx, idx + len(name)) if idx >= 0 else Span(start, start + 1)
        if code is None:
            k = bisect_left(ctx.party_starts, span.start)
            if k < len(ctx.party_starts) and ctx.party_starts[k] < span.end + 2:
                code = ctx.mentions.parties[k].code
        kind = "state" if name in party_lex.STATE_NAMES else "organization"
        # a body's party is in its own name ("the Bordurian Defence Ministry"): a title's
        ctx.add_actor(Actor(id=actor_id, name=name, kind=kind, affiliation=code or None,
                                affiliation_source="title" if code else None, evidence=(span,)))
    return ctx.org_ids[key]


# Who a clause is about: a person named at the head of a clause and followed (after an
# apposition, a time or an adverb) by a verb: "Ann Varga on Friday scolded ...", "Ruritania's
# envoy, Ann Varga, warned ...", "Novak — speaking in Szohod — said ...".
# Irregular past forms and participles a clause's verb may take ("Novak made his stance clear",
# "Novak has driven the bus for years").
_IRREGULAR = (r"(?:said|told|met|spoke|wrote|made|took|gave|held|sought|led|went|came|saw|sent|won|"
              r"lost|left|put|set|struck|chose|drew|brought|thought|felt|kept|ran|began|became|stood|hit|cut|let|shot|cast|"
              r"read|spread|bid|quit|beat|hurt|forecast|broadcast|upheld|withheld|overcame|undertook|swore|froze|rose|fell|"
              r"(?:has|have|had)\s+(?:\p{Ll}+ly\s+)?(?:driven|given|taken|written|spoken|gone|been|done|seen|shown|known|"
              r"grown|drawn|chosen|broken|sworn))")
_VERB_AFTER = rxc.lazy(
    r"(?:\s*,[^.;“”\"]{1,200}?,[”\"’]?|\s?[—–]\s?[^.;]{1,200}?\s?[—–]|\s--\s[^.;]{1,200}?\s--)?"
    r"(?:,?\s+(?:on|last|this|late|early)\s+\p{L}+day\b,?)?"
    r"(?:\s+(?:also|later|then|again|once|still|instead|not|never|has|have|had|is|was|will|would|could|can|may|might|did|does|"
    r"himself|herself|itself|themselves|\p{Ll}+ly))*"
    r"\s+(?:\p{Ll}+(?:ed|es|s)|" + _IRREGULAR + r")\b")
_APPOSITION_VERB = rxc.lazy(r",\s+(?:(?:also|later|then|again|still|instead|has|have|had|\p{Ll}+ly)\s+)*"
                            r"(?:\p{Ll}+(?:ed|es|s)|" + _IRREGULAR + r")\b")
_WHO_VERB = rxc.lazy(r",\s+who\s+(?:\p{Ll}+ly\s+|also\s+|later\s+|has\s+|had\s+|have\s+)*\p{Ll}+(?:ed|es|s)\b")
_CLAUSE_START = rxc.lazy(r"[,;:(“”\"—–]|\s-\s|\s--\s")
_SUBORDINATORS = frozenset({"although", "though", "while", "whereas", "because", "since", "when", "after", "before",
                            "as", "if", "unless", "until", "once"})
_LEAD_WORDS = frozenset({"but", "and", "meanwhile", "however", "still", "yet", "then", "later", "also", "now", "so",
                         "instead", "separately", "earlier", "today", "yesterday", "again", "late", "early",
                         # the subject of a subordinate clause is its quote's speaker: "..., although
                         # Novak called him a 'traitor'"
                         "although", "though", "while", "whereas", "because", "since", "when", "after", "before",
                         "as", "if", "unless", "until", "once"})
_TITLE_SMALL = frozenset({"the", "a", "an", "of", "to", "for", "and", "his", "her", "its", "their", "s"})
_PRONOUN_SUBJECT = rxc.lazy(
    r"\s*(?:(?:But|And|Then|Later|Still|Yet|Meanwhile|However),?\s+)?(?P<p>He|She)\s+(?:\p{Ll}+ly\s+)?"
    r"(?:also\s+|later\s+|then\s+|instead\s+|again\s+|has\s+|had\s+)?(?:\p{Ll}+(?:ed|s)|" + _IRREGULAR + r")\b")
_ROLE_SUBJECT = rxc.lazy(
    r"\s*(?:(?:But|And|Then|Later|Meanwhile|However),?\s+)?(?P<np>(?:The|the)\s+(?:[\p{L}.’'\-]+\s+){0,3}?"
    r"(?:" + "|".join(sorted(ROLE_HEADS, key=len, reverse=True)) + r"))\s+(?:\p{Ll}+ly\s+)?"
    r"(?:also\s+|later\s+|then\s+|has\s+|had\s+|himself\s+|herself\s+)?(?:\p{Ll}+(?:ed|s)|" + _IRREGULAR + r")\b")


def _title_word(w: str) -> bool:
    low = w.lower()
    return w[0].isupper() or low in _TITLE_SMALL or low in ROLE_HEADS or low.rstrip(".") in _TITLE_LOWER


def _clause_initial(text: str, lo: int, pos: int, ctx_sub: set[int],
                    ctx_people_ends: dict[int, PersonMention] | None = None) -> bool:
    """Only title words (capitalized words, role words, "of", "the") stand between the start
    of the clause and ``pos``, after at most one linking word ("But", "Meanwhile"); where
    that word is a subordinator ("although"), ``pos`` goes into ``ctx_sub``."""
    start = lo
    for m in _CLAUSE_START.finditer(text, lo, pos):
        before = rxc.search(r"([\p{L}.]+)\s*$", text[max(lo, m.start() - 30):m.start()])
        if m.group(0) == "," and before and party_lex.code_of(before.group(1)):
            continue  # "between Bordurian, Ruritanian and ... negotiators": a list, not a new clause
        if m.group(0) == "," and " and " in text[m.end():pos] and ctx_people_ends and m.start() in ctx_people_ends:
            continue  # "his talks with Novak, Varga and Vasko have ...": a list of people, not a new clause
        start = m.end()
    words = rxc.findall(r"[\p{L}.\-]+", text[start:pos])
    # "... were meeting after Bordurian President Novak renewed ...": a subordinator, then only
    # title words, heads a clause inside the clause
    k = len(words)
    while k > 0 and _title_word(words[k - 1]):
        k -= 1
    if k > 1 and words[k - 1].lower() in _SUBORDINATORS:  # (first word: the lead-word case below)
        ctx_sub.add(pos)
        return True
    if len(words) > 10:
        return False
    if words and words[0].lower() in _LEAD_WORDS:
        if words[0].lower() in _SUBORDINATORS:
            ctx_sub.add(pos)
        words = words[1:]
    for w in words:
        low = w.lower()
        if not (w[0].isupper() or low in _TITLE_SMALL or low in ROLE_HEADS or low.rstrip(".") in _TITLE_LOWER):
            return False
    return True


_TITLE_LOWER = frozenset({"presidential", "special", "foreign", "defense", "defence", "interior", "prime", "vice",
                          "deputy", "senior", "top", "chief", "national", "security", "state", "former", "acting",
                          "interim", "first", "executive", "general", "assistant", "principal", "military",
                          "intelligence", "finance", "policy", "press", "affairs", "supreme", "high", "lead"})


def _note_subjects(ctx: _Context, sent: Span) -> None:
    """Record the people this sentence makes the subjects of its clauses."""
    text = ctx.text
    for p in ctx.mentions.people_in(sent):
        if ctx.in_quotes(p.span.start) or text.startswith(("’s", "'s"), p.span.end):
            continue
        if (_VERB_AFTER.match(text, p.span.end, sent.end) and _clause_initial(text, sent.start, p.span.start, ctx.subordinate,
                                                                             ctx.people_ending)) or \
                _WHO_VERB.match(text, p.span.end, sent.end) or (  # "... was Ann Varga, who later blasted ..."
                    # round 6: the name closing an apposition ("The council's head, former premier
                    # Ann Varga, denies ..."): the head of a clause after its comma, a verb after hers
                    "," in text[sent.start:p.span.start]
                    and _APPOSITION_VERB.match(text, p.span.end, sent.end)
                    and _clause_initial(text, sent.start, p.span.start, set(), ctx.people_ending)
                    and text[sent.start:p.span.start].rstrip().rsplit(",", 1)[0].strip()):
            ctx.add_subject(p.span.start, p.key)
    for pm in ctx.mentions.parties_in(sent):
        if ctx.in_quotes(pm.span.start):
            continue
        run = _PARTY_BODY.match(text, pm.span.end, sent.end) or _PARTY_GROUP.match(text, pm.span.end, sent.end)
        # "Borduria's Foreign Ministry", "the Bordurian Navy", "Bordurian lawmakers"
        end = run.end() if run else pm.span.end
        verb_from = end
        relative = run is not None and run.group(0).endswith("who")
        if relative and run is not None:  # "Bordurian lawmakers, who accused him of ...": the group, not ", who"
            end = run.start() + run.group(0).rfind(",")
        if not run:
            named = _NAMED_BODY.match(text, pm.span.end, sent.end)  # "Borduria's Civil Defense organization"
            if named:
                run, end, verb_from = named, named.end("name"), named.end()
        if pm.how in ("possessive", "demonym") and not run:
            continue  # "Borduria's caveat", "Bordurian troops": things or people of the party's
        acr = _ACRONYM_AFTER.match(text, verb_from, sent.end) if not run else None
        if acr:
            verb_from = acr.end()
        if _VERB_AFTER.match(text, verb_from, sent.end) and (relative or _clause_initial(text, sent.start, pm.span.start,
                                                                                   ctx.subordinate)):
            lo = pm.span.start - 4 if text[max(0, pm.span.start - 4):pm.span.start] in ("the ", "The ") else pm.span.start
            code: str | None = pm.code
            both = _BOTH_BEFORE.search(text, max(sent.start, pm.span.start - 40), pm.span.start)
            if run and both and party_lex.code_of(both.group(1)):
                lo, code = both.start(), ""  # "Bordurian and Ruritanian negotiators": both sides, no one party
            if acr:  # "the Lunavik Front (LF) said": by its acronym
                ctx.add_party_subject(acr.start("acr"), acr.end("acr"), code)
            else:
                ctx.add_party_subject(lo if run else pm.span.start, end, code)
    for om in _ORG_SUBJECT.finditer(text, sent.start, sent.end):
        # "KLNF has rejected the plan, calling it ...": a body no lexicon knows, by its
        # acronym or its name's head word, at the head of a clause
        org = om.group("org")
        lo = om.start("org") + (4 if org.startswith("The ") else 0)
        k = bisect_left(ctx.party_starts, om.start("org") - 25)
        if (ctx.in_quotes(om.start()) or party_lex.code_of(org) is not None or org in _NOT_BODIES
                or ctx.people_from(om.start("org"), om.end("org"))
                or (k < len(ctx.party_starts) and ctx.party_starts[k] < om.end("org"))):
            continue  # a party's own body ("Borduria's Foreign Ministry") is the party subjects' above
        if _VERB_AFTER.match(text, om.end(), sent.end) and _clause_initial(text, sent.start, om.start("org"),
                                                                           ctx.subordinate, ctx.people_ending):
            if om.group("acr"):  # the body goes by its acronym where the report uses it (see _org_actor)
                ctx.add_party_subject(om.start("acr"), om.end("acr"), None)
            else:
                ctx.add_party_subject(lo, om.end("org"), None)
    m = _PRONOUN_SUBJECT.match(text, sent.start, sent.end)
    if m:
        who = _resolve_pronoun(ctx, sent, m.group("p"), m.start("p"))
        if who is not None:
            ctx.add_subject(m.start("p"), who)
        return
    m = _ROLE_SUBJECT.match(text, sent.start, sent.end)
    if m and not ctx.mentions.people_in(Span(m.start("np"), m.end("np"))):
        who, ok = _resolve_np(ctx, sent, m.start("np"), m.end("np"))
        if ok and who is not None and (a := ctx.actor(who)) is not None and a.kind == "person":
            ctx.add_subject(m.start("np"), who)


_ORG_SUBJECT = rxc.lazy(r"(?<![\p{L}\-])(?P<org>\p{Lu}{2,8}|(?:\p{Lu}[\p{L}.\-]*\s+){1,4}(?:" + _ORG_HEAD_WORDS
                        + r"))(?![\p{L}\-])(?:\s+\((?P<acr>\p{Lu}{2,8})\))?")
# round 6: a body's name with its acronym in brackets before the verb: "The Lunavik Front (LF) said"
_ACRONYM_AFTER = rxc.lazy(r"\s+\((?P<acr>\p{Lu}{2,8})\)")
# capitals that head a clause but are no body: time zones of live blogs, the pronoun, shouting
_NOT_BODIES = frozenset({"EAT", "CET", "CEST", "GMT", "UTC", "BST", "EST", "EDT", "PST", "PDT", "IST", "WAT", "CAT",
                         "AM", "PM", "OK", "TV", "THE", "AND", "BUT", "NOT", "NO", "WE", "I"})
_GROUP_NOUNS = r"(?:officials|lawmakers|legislators|leaders|diplomats|negotiators|authorities|ministers|commanders)"
_NAMED_BODY = rxc.lazy(r"(?P<name>[’']s(?:\s+\p{Lu}[\p{L}.\-]*)+)\s+(?:organization|organisation|agency|authority|"
                            r"service|body|unit|directorate|department|ministry|office|council|command)\b")
_BOTH_BEFORE = rxc.lazy(r"(\p{Lu}[\p{L}.]+)\s+and\s+$")
_PARTY_GROUP = rxc.lazy(r"\s+(?:(?:senior|top|government|military|security|administration)\s+)?" + _GROUP_NOUNS
                             + r"\b(?:,\s+who\b)?")
_PARTY_BODY = rxc.lazy(r"(?:[’']s)?(?:(?:\s+\p{Lu}[\p{L}.\-]*)*\s+(?:" + _ORG_HEAD_WORDS + r")|\s+(?:"
                       + _LOWER_BODY_HEADS + r"))\b")


def _subject_of(ctx: _Context, sent: Span, before: int) -> str | None:
    """Who the sentence is about, named before ``before`` (a quote's opening): the last
    person, state or body standing as the subject of a clause there."""
    # a subordinate clause's subject speaks only a quote inside that clause: in "when X
    # replied, it was thought that '...'" the comma ends X's clause
    def governs(pos: int) -> bool:
        return pos not in ctx.subordinate or "," not in ctx.text[pos:before]

    # the last (in the order noted) of those starting in [sent.start, before): found by bisection
    def last(at: list[tuple[int, int]]) -> int:
        idx = [i for pos, i in at[bisect_left(at, (sent.start,)):bisect_left(at, (before,))] if governs(pos)]
        return max(idx) if idx else -1

    pi, qi = last(ctx.subjects_at), last(ctx.party_subjects_at)
    if qi >= 0 and (pi < 0 or ctx.party_subjects[qi][0] > ctx.subjects[pi][0]):
        lo, hi, code = ctx.party_subjects[qi]
        return _org_actor(ctx, ctx.text[lo:hi], code, lo)
    return ctx.subjects[pi][1] if pi >= 0 else None


# Organizations credited through their people or their papers:
# "strategists at Ruritanian bank Ardent", "a spokesperson for the Bordurian government",
# "Ardent research analysts", "a statement released by the Border Guard Corps", "state media".
_PEOPLE_OF = (r"(?:analysts?|strategists?|economists?|researchers?|experts?|spokes(?:person|man|woman)|"
              r"officials?|representatives?)")
_MEMBER_OF_ORG = rxc.lazy(
    rf"(?:the\s+|a\s+|an\s+|one\s+)?(?:[\p{{L}}\-]+\s+){{0,2}}?(?P<who>{_PEOPLE_OF})\s+(?:at|of|for|from|with)\s+"
    r"(?:the\s+)?(?P<org>(?:[\p{L}.&’'\-]+\s+){0,5}[\p{L}.&’'\-]+)")
_ORG_KIND = rxc.lazy(r"(?:\p{Lu}[\p{L}.]*\s+)?(?:investment\s+)?(?:bank|firm|group|company|consultancy|"
                          r"brokerage|broker|lender|insurer|think\s+tank|newspaper|broadcaster|agency)\s+(?P<name>\p{Lu}.*)")
_ORG_STAFF = rxc.lazy(r"(?P<org>(?:\p{Lu}[\p{L}.&\-]*\s+){1,3})(?:\p{Ll}+\s+)?"
                           r"(?:analysts|strategists|economists|researchers)")
_ISSUED_BY = rxc.lazy(r"(?:a|the|an)\s+(?:\p{Ll}+\s+)?statement\s+(?:issued|released|published|put\s+out|posted)"
                           r"\s+(?:by|from)\s+(?:the\s+)?(?P<org>.+)")
_THE_SPOKESPERSON = rxc.lazy(r"(?:the|The)\s+spokes(?:person|man|woman)")
_MEDIA_NAME = rxc.lazy(r"(?:.*\s)?(?P<name>\p{Lu}[\p{L}\-]+(?:\s\p{Lu}[\p{L}\-]+){0,2})\s+(?:news\s+agency|agency|"
                             r"newspaper|daily|broadcaster|outlet|channel|television|TV|radio)")
_BODY_SPOKESPERSON = rxc.lazy(r"(?:a|an|the|one)\s+(?P<org>\p{Lu}[\p{L}.\-]*(?:\s\p{Lu}[\p{L}.\-]*){0,3})\s+"
                                   r"spokes(?:person|man|woman)")
_MEDIA_ACRONYM = rxc.lazy(r".*\b(?:media|agency|outlet|broadcaster|newspaper|television|TV)\s+(?P<acr>\p{Lu}{2,8})")
_STATE_MEDIA = rxc.lazy(r"(?:[Ss]tate|[Ss]tate-run|[Oo]fficial)\s+(?:media|television|TV|news\s+agency|broadcaster)")
_PARTY_OFFICIALS = rxc.lazy(r"(?:the\s+|The\s+)?(?P<party>\p{Lu}[\p{L}.]+(?:\s\p{Lu}[\p{L}.]+)?)\s+"
                                 r"(?:(?:senior|top|government|military|security|administration)\s+)?" + _GROUP_NOUNS)


def _org_phrase(ctx: _Context, np: str, start: int) -> str | None:
    """An organization a noun phrase credits with words, as an actor id; None if none."""
    np = np.strip().rstrip(",")
    m = _THE_SPOKESPERSON.fullmatch(np)
    if m:
        return ctx.spokes_org
    m = _ISSUED_BY.fullmatch(np)
    if m:
        org = m.group("org")
        return _org_actor(ctx, org, party_lex.code_of(org), start + m.start("org"))
    m = _MEMBER_OF_ORG.fullmatch(np[:1].lower() + np[1:])  # also at the head of a sentence: "Officials from X"
    if m:
        org = m.group("org")
        kind = _ORG_KIND.fullmatch(org)
        if kind:
            org = kind.group("name")  # "Ruritanian bank Ardent" -> "Ardent"
        if any(w[:1].isupper() for w in org.split()):
            who = _org_actor(ctx, org, _code_in(org), start + np.find(org))
            if m.group("who").startswith("spokes"):
                ctx.spokes_org = who
            return who
    m = _ORG_STAFF.fullmatch(np)
    if m:
        org = m.group("org").strip()
        if not party_lex.code_of(org) and all(party_lex.code_of(w) is None for w in org.split()):
            return _org_actor(ctx, org, None, start)
    m = _MEDIA_ACRONYM.fullmatch(np)
    if m:  # "a report from state media outlet IRNA"
        return _org_actor(ctx, m.group("acr"), _code_in(np), start + m.start("acr"))
    m = _MEDIA_NAME.fullmatch(np)
    if m and party_lex.code_of(m.group("name")) is None:  # "Borduria's Nova news agency"
        return _org_actor(ctx, m.group("name"), _code_in(np), start + m.start("name"))
    m = _BODY_SPOKESPERSON.fullmatch(np)
    if m and party_lex.code_of(m.group("org")) is None or (m and m.group("org") in party_lex.ORGS):
        # "a Navy spokeswoman", "a defence ministry spokesman": the body speaks (not "a Bordurian official")
        who = _org_actor(ctx, m.group("org"), _code_in(m.group("org")), start + m.start("org"))
        ctx.spokes_org = who
        return who
    m = _STATE_MEDIA.fullmatch(np.removeprefix("the ").removeprefix("The ")) or _STATE_MEDIA.search(np)
    if m and m.end() == len(np):
        name = np.removeprefix("the ").removeprefix("The ")
        return _org_actor(ctx, name, _code_in(name), start + np.find(name))
    m = _PARTY_OFFICIALS.fullmatch(np)
    if m and (code := party_lex.code_of(m.group("party"))) is not None:
        name = np.removeprefix("the ").removeprefix("The ")
        return _org_actor(ctx, name, code, start + np.find(name))
    return None


def _code_in(name: str) -> str | None:
    """The party a name of an organization contains ("the Bordurian Ministry of Defence")."""
    for w in rxc.findall(r"\p{Lu}[\p{L}.]+", name):
        code = party_lex.code_of(w.removesuffix("’s").removesuffix("'s"))
        if code:
            return code
    return None
