"""Clauses -> readings: which act a clause or an act noun states, by construction class.

Each class is one small named rule over the data of reader/syntax (lemma, subject,
negation, modal, complements, conditions, owner). A rule says the act, who does it (a
phrase of the sentence, or the sentence's speaker), and where its issue is said (the
content spans); statements turns the phrase into parties and the spans into issues.

The classes (lexicon/acts.py holds their words):
  verb        a verb of an act class: "Ruritania proposed talks", "urged Borduria to ..."
  phrasal     a verb with its particle or preposition: "ruled out", "called for", "insisted on"
  agreement   a verb whose object is an agreement: "signed an accord", "reached a deal"
  want        a wish with its content: "wants the port reopened", "wants X to withdraw"
  unsupported negated support or tolerance: "would not tolerate foreign troops"
  adjective   a copula with an act adjective: "is ready to", "remain divided", "is unacceptable"
  position    "the X position is that ...", "its demand is ..."
  condition   a precondition: "talks cannot resume unless X halts the shelling"
  undertaking a speaker's future help: "said it would host the next round"
  nominal     an owned act noun: "Ruritania's proposal", "an offer from Borduria", "made a proposal"
  divide      disagreement as a noun: "a wide gulf between the two sides' readings of ..."
  warning     threats without the verb: "any attempt would be met with ...", "had better stop"
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from parley.lexicon import acts as lex
from parley.model import Span
from parley.reader.syntax import Clause, Nominal, Parse, Phrase

# Words of a clause whose subject is the content, not the agent ("a truce now is unreasonable").
_VERDICT = lex.VERDICT_ADJECTIVES
_COPULAS = frozenset({"be", "remain", "seem", "appear", "become", "stay"})
_POSITION_NOUNS = frozenset({"position", "demand", "condition", "priority", "stance", "goal", "aim",
                             "precondition", "requirement", "insistence", "red line"})
# Verbs that state an act only with an issue word in their content ("seeks answers", "welcomed the guests").
_NEED_AN_ISSUE = frozenset({"accept", "welcome", "seek", "embrace", "approve", "endorse", "explore", "debate",
                            "consent", "favour", "favor", "advocate"})
# Acts that, told by their verb, need an issue word: "agreed to meet", "rejected the suggestion".
_NEED_AN_ISSUE_ACTS = frozenset({"offer", "agree", "discuss", "disagree", "reject", "accept", "propose"})
# Verbs an xcomp act may hang on and still be stated: "continued to reject", "decided to accept".
_ASPECT = frozenset({"continue", "begin", "start", "decide", "move", "resolve", "go", "keep"})
# Verbs whose that-clause is wished or asked for, not stated: "demanded that X agree".
_EMBEDDING = frozenset({"want", "need", "expect", "hope", "ask", "urge", "demand", "require",
                        "propose", "wish", "plan", "request", "prefer", "recommend"})
# Complements of a wish that are no act: "I would like to thank", "wished to learn", "needs to be signed".
_NOT_WISHED = frozenset({"thank", "know", "say", "tell", "hear", "talk", "comment", "speak", "understand", "stress",
                         "emphasize", "add", "note", "reiterate", "congratulate", "express", "wish", "go", "be",
                         "ask", "learn", "look", "make", "do", "get", "come"})
# Speech verbs whose clause is a report, not the act itself.
_NOT_AN_ACT_CONTENT = frozenset({"comment", "speak", "say", "elaborate", "discuss", "answer", "respond"})


_NOUN_CONTENT_PREPS = frozenset({"for", "on", "to", "of", "over", "regarding", "about", "concerning", "that",
                                 "including"})


@dataclass(frozen=True, slots=True)
class Reading:
    rule: str
    act: str
    sentence: int
    trigger: Span
    agent: Phrase | None  # who does it; None: the sentence's speaker
    content: tuple[Span, ...]  # where its issue is said, in order
    partners: tuple[Phrase, ...] = ()  # "agreed with X", "a rift between X and Y"
    speaker_is_agent: bool = False  # the speaker's party does it ("must", verdicts, conditions)
    both_sides: bool = False  # the two sides of the talks, when nobody else is named
    collective: bool = False  # the act needs two parties (agree, disagree, discuss)
    fallback_other: bool = True  # with no issue word, the issue is ``other``
    addressee: Phrase | None = None  # whom a request is made of: with no issue word, it must be a party
    main_issue: bool = False  # with no issue word, the report's main issue ("reached an understanding")
    speaker: Phrase | None = None  # who says the clause ("Norway said it would host"): whom "it" means
    listed: tuple[Span, ...] = ()  # members of a listed object: "agreed on A, B and C" is one act for each
    listed_by_noun: bool = False  # the list is an act noun's own ("a peace plan calling for A and B")
    listed_deeds: bool = False  # the list is of deeds joined by "and" ("to spare the grid and halt strikes on it":
    # ``other`` gives way to a named issue there, as in one clause)
    default_issue: str | None = None  # with no issue word, this one ("no talks without X": who takes part)
    before: Span | None = None  # with no issue word in the content, the nearest one here ("X's call for talks, an
    # offer Y accepted": a relative clause on an act noun that renames what came before it)
    fallback_agent: Phrase | None = None  # who does it when the agent stands for no party ("Borduria would not
    # withdraw until ..., he said", of a speaker whose party is not known: Borduria sets the condition)


def _verdict_on_a_thing(c: Clause) -> bool:
    """A position's content that says a thing is not to be had: "the drills are not a matter
    for negotiation", "the old charter is void". A party told what it cannot do ("that Ruritania
    cannot keep troops there") is the position's demand, not this: the subject is a common noun."""
    if c.subject is None or not c.subject.tag.startswith("NN") or c.subject.tag.startswith("NNP"):
        return False
    if c.lemma != "be" and not c.passive:
        return False
    return c.negated or any(w in lex.POSITION_VERDICTS for w in (*c.adjectives, *(o.word for o in c.objects)))


def _content(p: Parse, c: Clause, skip_subject: bool = True) -> tuple[Span, ...]:
    """Where a clause's issue is said: its objects, prepositional objects and complements,
    else the rest of the clause after the predicate; a relative clause's noun first ("the
    framework [that] Ruritania proposed")."""
    objects = [o for o in c.objects if o.tag not in ("WDT", "WP")]
    spans: list[Span] = [o.span for o in objects]
    if c.antecedent is not None and not objects:
        spans.append(c.antecedent)
    spans += [ph.span for w, ph in c.preps if w not in ("by",)]
    spans += [p.clauses[k].span for k in c.complements]
    if not spans:
        tail_end = c.span.end
        if c.predicate.end < tail_end:
            spans.append(Span(c.predicate.end, tail_end))
    return tuple(sorted(spans))


def _is_hypothetical(p: Parse, c: Clause) -> bool:
    """The clause is itself an "if" / "whether" condition, or hangs on one."""
    k: Clause | None = c
    hops = 0
    while k is not None and hops < 5:
        if k.relation == "advcl" and k.governor is not None:
            gov = p.clauses[k.governor]
            if any(cond.clause == p.clauses.index(k) for cond in gov.conditions):
                return True
        k = p.clauses[k.governor] if k.governor is not None else None
        hops += 1
    if c.relation == "conj" and any(_marked(p, c, w) for w in ("if", "unless")):
        return True  # "ready to offer X, but only if Y accepted Z": the parse joins the condition by "but"
    if c.subject is not None and any(w == "should" and c.span.start <= s0 and e0 <= c.subject.span.start
                                     for s0, e0, w, _t, _dep in p.tokens):
        return True  # "..., should both parties request it": a condition told by inversion, or a question
    words = {w for _s, _e, w, _t, dep in p.tokens if dep == "mark"}
    return bool(c.relation in ("ccomp", "advcl") and {"whether"} & words and _marked(p, c, "whether"))


def _marked(p: Parse, c: Clause, word: str) -> bool:
    return any(s >= c.span.start and e <= c.predicate.start and w == word and dep == "mark"
               for s, e, w, _t, dep in p.tokens)


def _agent_of(c: Clause) -> Phrase | None:
    if c.passive:
        return c.agent
    return c.subject


def embedded(p: Parse, c: Clause) -> bool:
    """An act asked of, wished of, or promised by another clause: "asked X to agree",
    "wants to discuss", "is expected to meet": the governing clause says it, not this one."""
    if c.relation == "xcomp" and c.governor_lemma not in _ASPECT:
        return True
    if c.relation == "advcl" and c.tag == "VB" and c.subject_inherited:
        return True  # "met to discuss", "will gather on Friday to review": a purpose
    k, hops = c, 0
    while k.governor is not None and k.relation in ("ccomp", "xcomp", "advcl", "conj") and hops < 5:
        gov = p.clauses[k.governor]
        if k.relation != "conj" and gov.lemma in _EMBEDDING:
            return True
        k, hops = gov, hops + 1
    return False


def asked_participle(c: Clause) -> bool:
    """ "Asked about the plan, she said ...": a passive participle without a subject of its own."""
    return c.relation == "advcl" and c.tag == "VBN" and c.subject_inherited


def read_clause(p: Parse, k: int) -> list[Reading]:
    c = p.clauses[k]
    out = _read_clause(p, k)
    members = tuple(m for ph in (*c.objects, *(ph for w, ph in c.preps if w not in ("with", "between", "by")))
                    if len(ph.members) > 1 for m in ph.members)
    deeds = () if members else _conjoined_deeds(p, k)  # "agreed to a truce and to open corridors"
    members = members or deeds
    by_noun = () if members else _listed_by_noun(p, k, c.objects)  # "proposed a plan calling for A and B"
    return [dataclasses.replace(r, speaker=c.speaker, listed=members or (by_noun if r.act in _LIST_HOLDERS else ()),
                                listed_by_noun=not members and bool(by_noun) and r.act in _LIST_HOLDERS,
                                listed_deeds=bool(deeds))
            if r.trigger == c.predicate else r for r in out]


_SESSION_WORDS = frozenset({"round", "session", "talks", "meeting", "negotiations", "summit", "conference",
                            "dialogue", "consultations", "delegations", "delegation", "parties", "sides", "it", "them"})


def _hosts_talks(c: Clause) -> bool:
    """ "would host it", "will host a further session", "would host Kovic and Varga again": the talks
    are hosted (the football final is not)."""
    return any(o.word in _SESSION_WORDS or o.tag in ("NNP", "NNPS") for o in c.objects)


def _late_particles(p: Parse, c: Clause) -> set[str]:
    """A verb's particle after its object: "pull its units back", "hand the weapons over"."""
    return {w for st, _e, w, _t, d in p.tokens if c.predicate.end <= st < c.span.end and d in ("prt", "advmod")
            and w in ("back", "out", "over", "up", "down")}


def _made_conditional(p: Parse, c: Clause) -> Span | None:
    """What "made X conditional / contingent / dependent on" names, up to the clause's end."""
    if c.lemma not in ("make", "render") or c.passive:
        return None
    toks = [t for t in p.tokens if c.predicate.end <= t[0] < c.span.end]
    for i, (_s, _e, w, _t, _d) in enumerate(toks[:-1]):
        if w in lex.CONTINGENT_ADJECTIVES and toks[i + 1][2] in ("on", "upon") and i + 2 < len(toks):
            return Span(toks[i + 2][0], c.span.end)
    return None


def _absolute(p: Parse, c: Clause) -> bool:
    """ "..., with the Bordurian side pressing for a withdrawal": a participle after "with" that has
    a subject of its own tells what that subject does."""
    if c.relation != "pcomp" or c.tag != "VBG" or c.subject is None or c.subject_inherited:
        return False
    return any(w == "with" and e <= c.span.start and c.span.start - e < 3 for _s, e, w, _t, _d in p.tokens) or any(
        w == "with" and s < c.subject.span.start and c.subject.span.start - e < 3 for s, e, w, _t, _d in p.tokens)


def _conjoined_deeds(p: Parse, k: int) -> tuple[Span, ...]:
    """The deeds of an act joined by "and": "agreed to extend the truce and to free the prisoners",
    "agreed to a truce and to open corridors" (the second infinitive hangs on the first, or on the
    act itself beside its "to" phrase). Each is one member; a joined verb of an act of its own
    ("agreed to a truce and accused X of ...") is read as its own clause, not as a member."""
    c = p.clauses[k]

    def joined(g: int) -> list[int]:
        return [i for i, x in enumerate(p.clauses) if x.relation == "conj" and x.governor == g and x.tag == "VB"
                and x.lemma not in lex.VERB_ACTS and x.lemma not in lex.CLASS_ACTS]

    def own(i: int) -> Span:  # up to the comma after it: ", at the end of a round of talks" is not the deed
        x = p.clauses[i]
        comma = next((st for st, _e, w, _t, _d in p.tokens if w == "," and x.predicate.end <= st < x.span.end),
                     x.span.end)
        return Span(x.span.start, comma)

    for j in c.complements:
        x = p.clauses[j]
        if x.relation != "xcomp":
            continue
        conj = joined(j)
        if conj:
            return (Span(x.span.start, p.clauses[conj[0]].span.start), *(own(i) for i in conj))
    to = next((ph for w, ph in c.preps if w == "to"), None)
    conj = joined(k) if to is not None else []
    if to is not None and conj:
        return (to.span, *(own(i) for i in conj))
    return ()


# Acts over an act noun whose listed members each get the act: "proposed (rejected) a plan calling for A and B".
_LIST_HOLDERS = frozenset({"propose", "offer", "demand", "request", "accept", "reject", "agree"})


_VERDICT_NOUN = re.compile(r"(?:(?:a|an|the|just|only|simply|pure|mere|merely|total|complete|utter|all)\s+)*"
                           + lex.VERDICT_NOUNS)
_N_POINT = re.compile(r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty)\s*-?\s*point$")


def _words(p: Parse, sp: Span) -> str:
    return " ".join(w for s, e, w, _t, _d in p.tokens if sp.start <= s and e <= sp.end)


_OFFERED = ("propose", "offer", "demand", "request")


def _act_noun_at(p: Parse, sp: Span) -> bool:
    """The span's last noun is an act noun: "an offer", "a demand", "the proposal"."""
    head = next((w for s, e, w, t, _d in reversed(p.tokens) if sp.start <= s and e <= sp.end and t.startswith("NN")),
                None)
    return head is not None and lex.NOUN_CLASSES.get(lex_lemma(head)) in ("propose", "offer", "demand", "request")


def _proposed_by_another(p: Parse, k: int, ph: Phrase) -> bool:
    """The phrase is an act noun of another's offer ("the proposal", "the plan", "the offer") or a
    thing put forward by someone named after "by" ("a pause suggested by Ruritania")."""
    if lex.NOUN_CLASSES.get(lex_lemma(ph.word)) in ("propose", "offer", "demand", "request"):
        return True
    return any(x.governor == k and x.relation == "acl" and x.tag == "VBN" and ph.span.start <= x.span.start
               <= ph.span.end and (lex.VERB_ACTS.get(x.lemma) or lex.CLASS_ACTS.get(x.lemma)) in ("propose", "offer")
               and any(w == "by" for w, _q in x.preps) for x in p.clauses)


def _listed_by_noun(p: Parse, k: int, objects: tuple[Phrase, ...]) -> tuple[Span, ...]:
    """The members an act noun's own clause lists: "a plan calling for a truce and the end of
    sanctions", "a proposal that includes A and B" (``lexicon/acts.LISTING_VERBS``). Only for an
    object that is an act noun (a plan, a proposal, a demand), and only with two members or more."""
    for o in objects:
        if lex.NOUN_CLASSES.get(lex_lemma(o.word)) not in ("propose", "demand", "offer", "request"):
            continue
        for x in p.clauses:
            if x.governor != k or x.relation not in ("acl", "relcl") or x.lemma not in lex.LISTING_VERBS \
                    or x.negated or not (o.head.end <= x.span.start <= o.span.end):
                continue
            for ph in (*x.objects, *(ph for w, ph in x.preps if w in ("for", "on"))):
                if len(ph.members) > 1:
                    return ph.members
    return ()


def lex_lemma(word: str) -> str:
    """A noun's singular as the noun classes spell it: "plans" -> "plan"."""
    return word[:-1] if word.endswith("s") and word[:-1] in lex.NOUN_CLASSES else word


_UNNAMED = frozenset({"named", "identified", "quoted"})


def _read_clause(p: Parse, k: int) -> list[Reading]:
    c = p.clauses[k]
    out: list[Reading] = []
    threat = _read_threat(p, c)
    if threat is not None:
        return [threat]
    by_whom = _by_whom(p, c) or _in_a_statement(p, c)
    if by_whom is not None:
        return [by_whom]
    if c.relation in ("amod", "acl", "pcomp", "csubj") and not _absolute(p, c) \
            or c.tag == "VBG" and c.relation in ("pobj", "nsubj"):
        return out  # "the long-sought deal", "the idea of accepting": a thought of the act
    if _is_hypothetical(p, c) or embedded(p, c) or asked_participle(c):
        return out
    if c.lemma == "ask" and any(p.clauses[j].word in _UNNAMED for j in c.complements):
        return out  # "an official who asked not to be named": a source's anonymity, no request
    # a particle after a pronoun object counts too: "turned it down", "ruled it out"
    particles = set(c.particles) | {w for w, _ph in c.preps} | (
        _late_particles(p, c) if any(o.pronoun for o in c.objects) else set())
    act = lex.VERB_ACTS.get(c.lemma)
    rule = "verb"
    if act is None:
        act = next((a for (v, prt), a in lex.PHRASAL_ACTS.items() if v == c.lemma and prt in particles), None)
        rule = "phrasal"
    if act is None:
        act = _class_act(p, c, particles)
        rule = "class"
    if act is None and c.lemma in lex.SUPPORT_ACCEPT_VERBS and not c.negated and not c.passive and any(
            o.word in lex.DECISION_NOUNS and o.owner is not None for o in c.objects):
        return [Reading(rule="support", act="accept", sentence=c.sentence, trigger=c.predicate, agent=c.subject,
                        content=_content(p, c), fallback_other=False)]  # "backed Ruritania's decision to ..."
    if act is None and c.lemma in lex.CONFIRM_VERBS and not c.negated and any(
            o.word in lex.PARTICIPATION_NOUNS and o.owner is not None for o in c.objects):  # its own part
        return [Reading(rule="participation", act="accept", sentence=c.sentence, trigger=c.predicate,
                        agent=_agent_of(c), content=_content(p, c), fallback_other=False,
                        default_issue="talks_format")]  # "Borduria confirmed its participation": the talks accepted
    if act is None and c.lemma in lex.PRESSURE_VERBS and c.objects and not c.passive and any(
            p.clauses[j].relation == "xcomp" for j in c.complements):
        act, rule = "demand", "pressure"  # "pressed Borduria to withdraw": what it is to do, demanded
    if act is None and c.lemma in lex.AGREEMENT_VERBS and any(
            o.word in lex.AGREEMENT_NOUNS for o in c.objects):
        act, rule = "agree", "agreement"
    negated = c.negated
    if act is not None and c.passive and c.agent is None and act in ("agree", "propose", "accept", "reject", "discuss"):
        act = None  # "a deal was agreed", "the plan was rejected": by whom, the clause does not say
    if act is not None:
        if act in ("request", "demand") and c.lemma in ("ask", "urge", "seek", "require") and not (
                c.complements or c.objects or any(w in ("for", "to") for w, _ph in c.preps)):
            act = None  # "he asked", "as required"
        elif c.lemma == "commit" and not any(w == "to" for w, _ph in c.preps) and not c.complements:
            act = None  # "committed abuses"
        elif c.lemma == "decline" and (not c.complements or any(
                p.clauses[j].lemma in _NOT_AN_ACT_CONTENT for j in c.complements)):
            act = None  # "declined to comment"
        elif c.lemma == "ask" and not c.objects and not any(w == "for" for w, _ph in c.preps) and not any(
                p.clauses[j].relation == "xcomp" for j in c.complements):
            act = None  # "..., he asked": a question, not a request
    if act is not None:
        if negated:
            if act == "agree" and len(c.subject.members if c.subject is not None else ()) < 2 \
                    and not any(w in ("with", "between") for w, _ph in c.preps) and not _both_on(p, c):
                act = "reject"  # "Ruritania would not agree to a truce": one side refuses
            elif act == "agree":
                act = "disagree"
            elif act in ("propose", "offer", "accept") or act == "request" and c.lemma == "ask":
                act = "reject"  # "is not asking for a ceasefire": it does not want one
            else:
                return out  # "did not rule out", "did not demand": no act stated
        if act == "agree" and c.subject is not None and len(c.subject.members) == 1 and any(
                w == "to" and ph.word in ("that", "this", "it") for w, ph in c.preps):
            act = "accept"  # "Borduria agreed to that": one side consents to what was asked
        if act == "agree" and c.subject is not None and len(c.subject.members) == 1 and not any(
                w in ("with", "between") for w, _ph in c.preps) and any(
                w == "to" and _proposed_by_another(p, k, ph) for w, ph in c.preps):
            act = "accept"  # "Borduria agreed to a pause suggested by Ruritania": one side takes the other's offer
        collective = act in ("agree", "disagree", "discuss")
        addressee = c.objects[0] if act == "request" and c.objects else None
        content = _content(p, c)
        if c.relation == "advcl" and c.governor is not None and not c.objects and not c.complements \
                and _marked(p, c, "as"):
            content = (Span(p.clauses[c.governor].span.start, c.span.start),)  # "ceding the region, as X demanded,"
        before = None
        if c.relation == "relcl" and c.antecedent is not None and c.antecedent.start > c.span.start - 200 \
                and _act_noun_at(p, c.antecedent):
            before = Span(p.span.start, c.antecedent.start)
        # "undertook to bring a bill to parliament": an offer of a named deed, whatever its issue
        deed = act in ("offer", "agree") and rule == "verb" and not negated and any(
            p.clauses[j].relation == "xcomp" and p.clauses[j].tag == "VB" for j in c.complements)
        # "proposed holding the vote in the spring", "proposed to hold it": a proposal of a named deed
        deed = deed or act == "propose" and rule == "verb" and not negated and any(
            p.clauses[j].relation == "xcomp" and p.clauses[j].tag in ("VB", "VBG") for j in c.complements)
        out.append(Reading(rule=rule, act=act, sentence=c.sentence, trigger=c.predicate, agent=_agent_of(c),
                           content=content, before=before,
                           partners=tuple(ph for w, ph in c.preps if w in ("with", "between")),
                           collective=collective, both_sides=collective, addressee=addressee,
                           main_issue=rule == "agreement",
                           fallback_other=deed or _disagreed_on(p, c, act) or _refused_thing(p, c, act, rule)
                           or c.lemma not in _NEED_AN_ISSUE and act not in _NEED_AN_ISSUE_ACTS
                           and (rule != "class" or act == "accuse" and bool(c.objects)
                                and any(w == "for" for w, _ph in c.preps))))  # "lambasted X for ..."
        return out
    # wants the port reopened / wants X to withdraw / needs to see a commitment
    if c.lemma in lex.WANT_VERBS and not c.passive and c.relation != "relcl" and (c.complements or c.objects):
        if c.lemma == "expect" and not c.complements:
            return out
        comps = [p.clauses[j] for j in c.complements]
        if c.lemma == "insist" and not any(x.negated or x.modal in ("must", "should", "cannot", "can") or x.tag == "VB"
                                           for x in comps):
            return out  # "insisted that the talks were going well" is a claim; "insisted that X must" a demand
        if comps and all(x.lemma in _NOT_WISHED or x.passive for x in comps) and not c.objects:
            return out
        if negated:
            out.append(Reading(rule="want", act="reject", sentence=c.sentence, trigger=c.predicate,
                               agent=c.subject, content=_content(p, c)))
        else:
            out.append(Reading(rule="want", act="demand", sentence=c.sentence, trigger=c.predicate,
                               agent=c.subject, content=_content(p, c)))
        return out
    # would not tolerate foreign troops / does not support a role for the militia
    if negated and c.lemma in lex.SUPPORT_VERBS and not c.particles and not (c.passive and c.agent is None):
        out.append(Reading(rule="unsupported", act="reject", sentence=c.sentence, trigger=c.predicate,
                           agent=c.subject, content=_content(p, c)))
        return out
    # "would not withdraw a single soldier", "could not sign guarantees": a concession a party
    # says it will not make is its refusal (what it will not do, not what it did not do)
    if negated and c.modal in _REFUSING_MODALS and not c.passive and c.subject is not None and (
            c.objects or c.complements) and (
            c.lemma in lex.CONCESSION_VERBS or c.lemma in lex.REFUSED_VERBS or any(
                (c.lemma, prt) in lex.REFUSED_PHRASAL for prt in particles)):
        said = _content(p, c)  # with its verb, in one piece: "would not hand over its weapons"
        out.append(Reading(rule="refusal", act="reject", sentence=c.sentence, trigger=c.predicate,
                           agent=c.subject, content=(Span(c.predicate.start, max(sp.end for sp in said)),),
                           fallback_other=False))
        return out
    # did not give in to calls to end the war / will not bow to pressure
    if negated and not c.passive and (c.lemma in lex.YIELD_VERBS and c.lemma != "submit" or any(
            (c.lemma, prt) in lex.YIELD_PHRASAL for prt in particles)):
        out.append(Reading(rule="unsupported", act="reject", sentence=c.sentence, trigger=c.predicate,
                           agent=c.subject, content=(Span(c.predicate.end, c.span.end),)))
        return out
    # "has made any pullback conditional on X disarming": the subject sets X as its condition
    made = _made_conditional(p, c)
    if made is not None and not negated and c.subject is not None:
        out.append(Reading(rule="condition", act="demand", sentence=c.sentence, trigger=c.predicate,
                           agent=c.subject, content=(made,), fallback_other=False))
        return out
    # the truce hinges on the opening of the border / is contingent on a withdrawal
    adjs = lex.CONTINGENT_ADJECTIVES & set(c.adjectives)
    on = next((ph for w, ph in c.preps if w in ("on", "upon") or w == "to" and "subject" in adjs), None)
    if on is not None and _words(p, on.span).split(" ")[0] in ("how", "whether", "what", "when", "who", "if"):
        on = None  # "would depend on how the talks go": an open question, no condition set
    if on is not None and not negated and not c.passive and (
            c.lemma in lex.CONTINGENT_VERBS or c.lemma in _COPULAS and adjs):  # "possible, but subject to ..."
        out.append(Reading(rule="condition", act="demand", sentence=c.sentence, trigger=c.predicate,
                           agent=c.speaker, content=(on.span,) + ((c.subject.span,) if c.subject is not None else ()),
                           speaker_is_agent=True, fallback_other=False))
        return out
    # the other side's demands are wishful thinking / a non-starter
    if c.lemma in _COPULAS and not negated and c.subject is not None and c.speech is not None \
            and c.predicate.start > c.span.start \
            and _VERDICT_NOUN.match(_words(p, Span(c.predicate.end, min(c.span.end, c.predicate.end + 40)))):
        out.append(Reading(rule="adjective", act="reject", sentence=c.sentence, trigger=c.predicate, agent=None,
                           content=(Span(c.span.start, c.predicate.start),), speaker_is_agent=True,
                           fallback_other=False))  # "giving up the region is out of the question"
        return out
    # "Borduria would be very wise to sign the deal": asked of it by whoever says it
    if c.lemma in _COPULAS and not negated and c.modal in ("would", "will", "'d") and c.speaker is not None \
            and lex.ADVICE_ADJECTIVES & set(c.adjectives) and c.predicate.end < c.span.end:
        out.append(Reading(rule="advice", act="request", sentence=c.sentence, trigger=c.predicate, agent=None,
                           content=(Span(c.predicate.end, c.span.end),), speaker_is_agent=True,
                           fallback_other=False))
        return out
    # "the two delegations remained far apart on the order of the pullback": a standing disagreement
    if c.lemma in _COPULAS and not negated and c.subject is not None and not c.adjectives and any(
            w == "apart" and d == "advmod" and c.predicate.end <= st < c.span.end for st, _e, w, _t, d in p.tokens):
        issue_at = tuple(ph.span for w, ph in c.preps if w in ("on", "over", "about"))
        if issue_at:
            return [Reading(rule="adjective", act="disagree", sentence=c.sentence, trigger=c.predicate,
                            agent=c.subject, content=issue_at, collective=True, both_sides=True,
                            fallback_other=_disagreed_on(p, c, "disagree"))]
    # "differences persisted over the return of the refugees"
    if c.lemma in _STANDING and not negated and c.subject is not None and c.subject.word in _DIFFERENCES:
        issue_at = tuple(ph.span for w, ph in c.preps if w in ("on", "over", "about"))
        if issue_at:
            return [Reading(rule="divide", act="disagree", sentence=c.sentence, trigger=c.subject.head, agent=None,
                            content=issue_at, collective=True, both_sides=True, fallback_other=False,
                            partners=tuple(ph for w, ph in c.preps if w == "between"))]
    # is ready to / remain divided / is unacceptable
    if c.lemma in _COPULAS and c.adjectives:
        adj = next((a for a in c.adjectives if a in lex.ADJECTIVE_ACTS), None)
        if adj is None:
            return out
        act = lex.ADJECTIVE_ACTS[adj]
        if act == "offer" and c.modal in ("must", "should"):
            return out  # "X must be ready to ...": asked of X, by whoever says it
        if negated:
            if act == "offer":
                act = "reject"
            else:
                return out
        if adj in _VERDICT:
            subj = (c.subject.span,) if c.subject is not None else ()
            out.append(Reading(rule="adjective", act=act, sentence=c.sentence, trigger=c.predicate, agent=None,
                               content=subj + _content(p, c), speaker_is_agent=True, fallback_other=False))
            return out
        collective = act == "disagree"
        # "X is ready to reopen the crossing": a readiness to do a named deed is an offer even when
        # no issue word names the deed (``other``); "ready for talks" still needs its issue word
        deed = act == "offer" and any(p.clauses[j].relation == "xcomp" and p.clauses[j].tag == "VB"
                                      for j in c.complements)
        out.append(Reading(rule="adjective", act=act, sentence=c.sentence, trigger=c.predicate, agent=c.subject,
                           content=_content(p, c), collective=collective, both_sides=collective,
                           fallback_other=deed))
        return out
    # "an idea Borduria is not in favour of", "Borduria is not in favour of a truce now"
    if c.lemma == "be" and negated and c.subject is not None and any(
            w == "in" and ph.word in ("favour", "favor") for w, ph in c.preps):
        relative = c.relation == "relcl" and c.antecedent is not None
        return [Reading(rule="unsupported", act="reject", sentence=c.sentence, trigger=c.predicate, agent=c.subject,
                        content=(c.antecedent,) if relative and c.antecedent is not None
                        else (Span(c.predicate.end, c.span.end),), fallback_other=False,
                        before=Span(p.span.start, c.antecedent.start) if relative and c.antecedent is not None
                        else None)]
    # "its autonomy plan is the only basis for any settlement": the one way it accepts is its demand
    if c.lemma == "be" and not negated and c.subject is not None and any(
            o.word in _ONLY_WAYS and _only_in(p, o.span) for o in c.objects):
        return [Reading(rule="position", act="demand", sentence=c.sentence, trigger=c.predicate,
                        agent=c.speaker or c.subject, content=(c.subject.span, *(o.span for o in c.objects)),
                        fallback_other=False)]
    # the talks focused on the withdrawal: the sides discussed it
    if c.lemma in _FOCUS_VERBS and not negated and _talk_subject(p, c):
        issue_at = tuple(ph.span for w, ph in c.preps if w in ("on", "upon", "around"))
        if issue_at:
            return [Reading(rule="focus", act="discuss", sentence=c.sentence, trigger=c.predicate, agent=None,
                            content=issue_at, collective=True, both_sides=True, fallback_other=False)]
    # the Bordurian position is (remains) that ...; a verdict on a thing there refuses it
    # ("remains" only with a that-clause: "its demand remains the main obstacle" is no new demand)
    if c.subject is not None and c.subject.word in _POSITION_NOUNS and (
            (c.lemma == "be" and (c.complements or c.objects)) or (c.lemma == "remain" and c.complements)):
        act = "reject" if any(_verdict_on_a_thing(p.clauses[k]) for k in c.complements) else "demand"
        out.append(Reading(rule="position", act=act, sentence=c.sentence, trigger=c.subject.head,
                           agent=c.subject, content=_content(p, c)))
        return out
    # the only way to peace is for Ruritania to withdraw
    if c.lemma == "be" and not negated and c.subject is not None and c.subject.word in lex.WAY_NOUNS \
            and c.predicate.end < c.span.end:
        out.append(Reading(rule="position", act="demand", sentence=c.sentence, trigger=c.subject.head,
                           agent=c.speaker, content=(Span(c.predicate.end, c.span.end),), speaker_is_agent=True,
                           fallback_other=False))
        return out
    # no talks can take place without Borduria
    without = next((ph for w, ph in c.preps if w == "without"), None)
    if without is not None and c.modal in ("can", "could", "will", "would") and (negated or _no_subject(p, c)):
        talks = c.subject is not None and c.subject.word in _TALK_WORDS
        out.append(Reading(rule="condition", act="demand", sentence=c.sentence, trigger=c.predicate,
                           agent=c.speaker, content=(without.span,), speaker_is_agent=True, fallback_other=False,
                           default_issue="talks_format" if talks else None))
        return out
    # said Borduria was holding up the deal: the speaker's accusation
    if c.speech is not None and c.speaker is not None and not negated and c.modal is None and c.subject is not None \
            and c.subject.span != c.speaker.span and (c.subject.tag in ("NNP", "NNPS", "PRP")
                                                      or c.subject.word in lex.AGENT_NOUNS) \
            and (c.lemma in lex.OBSTRUCT_VERBS or any(
                (c.lemma, prt) in lex.OBSTRUCT_PHRASAL for prt in particles)):
        out.append(Reading(rule="obstruction", act="accuse", sentence=c.sentence, trigger=c.predicate,
                           agent=c.speaker, content=_content(p, c), fallback_other=False))
        return out
    # said it would host the next round
    conceded = c.lemma in lex.UNDERTAKEN_CONCESSIONS or any((c.lemma, prt) in lex.REFUSED_PHRASAL
                                                           for prt in particles | _late_particles(p, c))
    if c.modal in ("would", "will") and (c.lemma in lex.OFFER_BY_MODAL or conceded) and not negated \
            and c.speech is not None and c.subject is not None and not c.passive \
            and not any(cond.mark in ("if", "unless") for cond in c.conditions):  # "if Y": Y is the demand
        # a concession told with its verb, in one piece: "would pull its units back from the border"
        content = (Span(c.predicate.start, c.span.end),) if conceded else _content(p, c)
        out.append(Reading(rule="undertaking", act="offer", sentence=c.sentence, trigger=c.predicate,
                           agent=c.subject, content=content,
                           default_issue="talks_format" if c.lemma in _HOSTING and _hosts_talks(c) else None))
        return out
    # warns of "bad things"; warned that any attack would be answered
    if c.lemma == "warn" and not negated and (any(w == "of" for w, _ph in c.preps) or any(
            p.clauses[j].modal in ("will", "would") or p.clauses[j].conditions for j in c.complements)):
        out.append(Reading(rule="warning", act="threaten", sentence=c.sentence, trigger=c.predicate,
                           agent=c.subject, content=_content(p, c)))
        return out
    # any attempt would be met with a strong response
    if c.lemma in lex.PUNISHED_PASSIVES and c.passive and any(w == "with" for w, _ph in c.preps) \
            and c.modal in ("will", "would"):  # "... will be slapped with tariffs"
        with_ = tuple(ph.span for w, ph in c.preps if w == "with")
        out.append(Reading(rule="warning", act="threaten", sentence=c.sentence, trigger=c.predicate, agent=None,
                           content=with_ + ((c.subject.span,) if c.subject is not None else ()),
                           speaker_is_agent=True))
    return out


def _class_act(p: Parse, c: Clause, particles: set[str]) -> str | None:
    """The act of a verb of the built-out classes (lexicon/acts.VERB_CLASSES, PHRASAL_CLASSES):
    "snubbed the offer", "decried the shelling", "brushed aside the plan", "charged X with ...".
    A verb that names the act only with a frame of its own needs it (``CLASS_NEEDS``): "dobj" an
    object, "that" a complement clause, "to" an infinitive or a "to" phrase, else that preposition."""
    after = next((w for s, _e, w, _t, d in p.tokens if s > c.predicate.end - 1 and d in ("prt", "advmod")
                  and s <= c.predicate.end + 1), None)  # "brushed aside the offer": "aside" parsed as an adverb
    particles = particles | ({after} if after else set())
    act = next((a for (v, prt), a in lex.PHRASAL_CLASSES.items() if v == c.lemma and prt in particles), None)
    heads = [o.word for o in c.objects] + ([c.subject.word] if c.passive and c.subject is not None else [])
    if act is not None and c.lemma in lex.REJECT_AN_ACT_NOUN and not any(
            lex.NOUN_CLASSES.get(lex_lemma(w)) in _OFFERED for w in heads) and not (
            c.antecedent is not None and _act_noun_at(p, c.antecedent)):
        return None  # "shot down two drones": only a proposal, a demand, an offer is shot down
    if act is None:
        if any((c.lemma, prt) in lex.PHRASAL_ACTS or (c.lemma, prt) in lex.YIELD_PHRASAL
               or (c.lemma, prt) in lex.OBSTRUCT_PHRASAL for prt in c.particles):
            return None  # "held up", "backed down": another class's phrasal verb
        act = lex.CLASS_ACTS.get(c.lemma)
    if act is None:
        return None
    needs = lex.CLASS_NEEDS.get(c.lemma)
    if needs is None:
        return act
    frames: set[str] = {w for w, _ph in c.preps} | ({"by"} if c.agent is not None else set())
    if c.objects:
        frames.add("dobj")
    for j in c.complements:
        x = p.clauses[j]
        if x.relation == "xcomp" or x.tag == "VB":
            frames.add("to")
        if x.relation == "ccomp":
            frames.add("that")
    return act if needs & frames else None


def _read_threat(p: Parse, c: Clause) -> Reading | None:
    """Threats without the verb "threaten": a vow of harm ("vowed to crush the militia"), a
    future retaliation ("will retaliate", "a duty to avenge"), a price to pay ("they will pay
    the price"). Done or wished harm is no threat: "the army retaliated", "if they retaliate"."""
    if c.negated or _is_hypothetical(p, c) or c.passive:
        return None
    if c.lemma in lex.VOW_VERBS and not embedded(p, c) and any(
            p.clauses[j].lemma in lex.HOSTILE_VERBS and not p.clauses[j].negated for j in c.complements):
        return Reading(rule="vow", act="threaten", sentence=c.sentence, trigger=c.predicate, agent=_agent_of(c),
                       content=_content(p, c))
    future = c.modal in ("will", "would", "shall", "'ll")
    if c.lemma in lex.RETALIATION_VERBS and (future and not embedded(p, c) or _a_duty_to(p, c)):
        own = c.subject if future and c.subject is not None and not c.subject_inherited else None
        return Reading(rule="vow", act="threaten", sentence=c.sentence, trigger=c.predicate, agent=own or c.speaker,
                       content=_content(p, c), speaker_is_agent=own is None)
    if c.lemma == "face" and any(w == "or" and c.predicate.start - 12 <= s < c.predicate.start
                                 for s, _e, w, _t, _d in p.tokens):
        # "told Borduria to accept the deal, or face the consequences": a threat by the one who tells
        k, hops = c, 0
        while k.governor is not None and k.relation in ("conj", "xcomp", "ccomp") and hops < 4:
            k, hops = p.clauses[k.governor], hops + 1
        if k is not c and k.subject is not None and not k.negated and k.relation not in ("acl", "relcl", "advcl") \
                and not k.subject_inherited:
            return Reading(rule="warning", act="threaten", sentence=c.sentence, trigger=c.predicate,
                           agent=k.subject, content=(Span(k.predicate.end, c.predicate.start),))
    if c.lemma == "respond" and future and not embedded(p, c) and c.subject is not None and any(
            d == "advmod" and w in lex.THREAT_MANNERS and c.predicate.end <= s <= c.span.end
            for s, _e, w, _t, d in p.tokens):
        gov = p.clauses[c.governor] if c.relation == "conj" and c.governor is not None else None
        return Reading(rule="vow", act="threaten", sentence=c.sentence, trigger=c.predicate, agent=c.subject,
                       content=(c.span,) + ((gov.span,) if gov is not None else ()))  # "will respond accordingly"
    if c.lemma == "pay" and future and any(o.word == "price" for o in c.objects) and not embedded(p, c):
        return Reading(rule="warning", act="threaten", sentence=c.sentence, trigger=c.predicate, agent=c.speaker,
                       content=(c.span,), speaker_is_agent=True)  # "they will pay the price": said by whom
    return None


def _by_whom(p: Parse, c: Clause) -> Reading | None:
    """ "the framework drafted by Borduria", "a plan put forward by Ruritania": a participle with
    its agent after "by" says who proposed (demanded, offered) the noun it follows."""
    if c.relation != "acl" or c.tag != "VBN" or c.negated:
        return None
    act = lex.VERB_ACTS.get(c.lemma) or lex.BY_AGENT_ACTS.get(c.lemma) or lex.CLASS_ACTS.get(c.lemma) or next(
        (a for (v, prt), a in lex.PHRASAL_ACTS.items() if v == c.lemma and prt in c.particles), None)
    agent = next((ph for w, ph in c.preps if w == "by"), None)
    if act not in ("propose", "offer", "demand", "request") or agent is None:
        return None
    noun = _noun_before(p, c.predicate.start)
    if noun is None:
        return None
    return Reading(rule="by_whom", act=act, sentence=c.sentence, trigger=c.predicate, agent=agent, content=(noun,),
                   fallback_other=False)


def _in_a_statement(p: Parse, c: Clause) -> Reading | None:
    """ "issued a joint statement condemning the attacks": the participle after a statement noun
    is the act of the statement's authors (the subject of the clause that issued it)."""
    if c.relation != "acl" or c.tag != "VBG" or c.negated or c.governor is None:
        return None
    act = lex.VERB_ACTS.get(c.lemma)
    if act not in ("accuse", "request", "demand", "reject", "propose", "threaten", "accept"):
        return None
    noun = _noun_before(p, c.predicate.start)
    gov = p.clauses[c.governor]
    if noun is None or gov.subject is None or gov.negated or _is_hypothetical(p, gov):
        return None
    head = next((w for s, _e, w, _t, _d in reversed(p.tokens) if s < noun.end), "")
    if head not in lex.STATEMENT_NOUNS:
        return None
    return Reading(rule="statement", act=act, sentence=c.sentence, trigger=c.predicate, agent=_agent_of(gov),
                   content=_content(p, c), fallback_other=act not in _NEED_AN_ISSUE_ACTS)


_NOT_IN_A_NOUN = ("IN", "VB", "CC", ",", ".", ":", "WDT", "WP", "TO", "``", "''", "-LRB-", "-RRB-")


def _noun_before(p: Parse, pos: int) -> Span | None:
    """The noun phrase that ends just before ``pos`` (at most eight words)."""
    toks = [t for t in p.tokens if t[1] <= pos]
    if not toks or not toks[-1][3].startswith("NN"):
        return None
    start = toks[-1][0]
    for t in reversed(toks[-8:]):
        if t[3].startswith(_NOT_IN_A_NOUN):
            break
        start = t[0]
    return Span(start, toks[-1][1])


def _only_before(p: Parse, c: Clause) -> bool:
    """An "only" between the clause's subject and its first preposition: "can only happen after"."""
    return any(w == "only" and c.span.start <= s < c.predicate.end + 12 for s, _e, w, _t, _d in p.tokens)


def _no_subject(p: Parse, c: Clause) -> bool:
    """ "no discussion ... can take place": the subject is negated by "no"."""
    subject = c.subject
    if subject is None:  # a light subject: the words before the predicate in the clause
        return any(w == "no" and d == "det" and c.span.start <= s < c.predicate.start for s, _e, w, _t, d in p.tokens)
    return any(w == "no" and subject.span.start <= s < subject.head.start for s, _e, w, _t, _d in p.tokens)


_ONLY_WAYS = frozenset({"basis", "way", "solution", "option", "path", "framework", "route"})
_FOCUS_VERBS = frozenset({"focus", "centre", "center", "concentrate"})
_SESSION_NOUNS = frozenset({"talks", "session", "meeting", "negotiations", "discussions", "round", "consultations"})


def _only_in(p: Parse, sp: Span) -> bool:
    return any(w == "only" and sp.start <= st < sp.end for st, _e, w, _t, _d in p.tokens)


def _talk_subject(p: Parse, c: Clause) -> bool:
    """The subject is a session of talks, or a relative pronoun for one ("the session, which focused on")."""
    if c.subject is None:
        return False
    if c.subject.word in _SESSION_NOUNS:
        return True
    if c.subject.tag in ("WDT", "WP") and c.antecedent is not None:
        head = [w for st, e, w, _t, _d in p.tokens if c.antecedent.start <= st and e <= c.antecedent.end]
        return bool(head) and head[-1] in _SESSION_NOUNS
    return False


_STANDING = frozenset({"remain", "persist", "linger", "be"})
# a time told after "over": "clashed over the weekend" names no matter of the disagreement
_TIME_HEADS = frozenset({
    "weekend", "night", "nights", "day", "days", "week", "weeks", "month", "months", "year", "years",
    "hour", "hours", "morning", "evening", "afternoon", "period", "summer", "winter", "spring", "autumn",
    "holiday", "holidays", "course", "past", "decade", "decades",
})


_BOTH_HEADS = frozenset({"sides", "parties", "delegations", "governments", "teams", "negotiators", "leaders"})


def _both_on(p: Parse, c: Clause) -> bool:
    """ "they did not agree on the toll", "the two delegations could not agree over the fees": a
    plural subject that stands for both sides, not agreeing on a matter, is their disagreement
    (one side not agreeing *to* a thing is its refusal)."""
    s = c.subject
    if s is None or not any(w in ("on", "over", "about") for w, _ph in c.preps):
        return False
    if s.pronoun in ("they", "we"):
        return True
    words = [w for st, e, w, _t, _d in p.tokens if s.span.start <= st and e <= s.span.end]
    return s.word in _BOTH_HEADS and any(w in ("two", "both") for w in words)


# what a party denies rather than refuses: "rejected the accusations" states no refusal of a deal's matter
_DENIED = frozenset({
    "accusation", "accusations", "allegation", "allegations", "claim", "claims", "charge", "charges",
    "report", "reports", "criticism", "criticisms", "suggestion", "suggestions", "notion", "characterisation",
    "characterization", "assertion", "assertions", "interpretation", "version", "account", "comparison",
})


_THOUGHTS = frozenset({"idea", "view", "belief", "argument", "impression", "premise", "assumption", "perception",
                       "fear", "fears", "concern", "concerns", "thesis", "theory", "narrative"})


def _told_that(p: Parse, o: Phrase) -> bool:
    """ "rejects the idea that the plan failed": a noun with a that-clause of content is a
    thing held true, whose rejection is a denial (a relative "that", tagged WDT, is none)."""
    return o.word in _THOUGHTS and any(st >= o.head.end and w == "that" and (d == "mark" or t == "IN") for st, _e, w, t, d in p.tokens
               if st < o.head.end + 6)


def _refused_thing(p: Parse, c: Clause, act: str, rule: str) -> bool:
    """ "the council rejects any power-sharing", "cannot accept a moratorium on all licences",
    "ruled out devolving the harbour powers": a refusal of a named thing or deed stands with issue
    ``other`` when no issue word names it. A denial ("rejected the accusations") is none, nor a
    pronoun ("rejected it": the antecedent rule reads those)."""
    if act != "reject" or rule not in ("verb", "phrasal"):
        return False
    if any(o.tag.startswith("NN") and o.word not in _DENIED and o.word not in _TIME_HEADS
           and not _told_that(p, o) for o in c.objects):
        return True
    return not c.objects and any(p.clauses[j].relation == "xcomp" and p.clauses[j].tag == "VBG"
                                 for j in c.complements)


_WH_MATTERS = frozenset({"whether", "how", "who", "what", "which", "when"})


def _matter(p: Parse, ph: Phrase) -> bool:
    """A phrase that names a matter one can disagree on: a thing ("the harbour fees"), not a time
    ("over the weekend"), or a question ("on whether the ferries may call")."""
    if ph.tag.startswith("NN"):
        return ph.word not in _TIME_HEADS
    first = next((w for st, _e, w, _t, _d in p.tokens if st >= ph.span.start), None)
    return ph.tag.startswith("VB") and first in _WH_MATTERS


def _disagreed_on(p: Parse, c: Clause, act: str) -> bool:
    """ "the two sides did not agree on the dam's operating rules", "clashed over the visa backlog":
    a disagreement of two sides on a named matter stands with issue ``other`` when no issue word
    names the matter (whose sides, the reading's two-party check says)."""
    return act == "disagree" and any(w in ("on", "over", "about") and _matter(p, ph) for w, ph in c.preps)


_DIFFERENCES = frozenset({"differences", "disagreements", "divergences", "divisions"})
_MATTER_PREPS = frozenset({"on", "over", "about"})


def _standing_divide(n: Nominal, gov: Clause | None) -> bool:
    """ "The dispute over the pilots' fees was left for later", "the disagreement over X remains
    unresolved", "the talks exposed a dispute over X": a disagreement the talks leave open or bring
    out is the two sides' own, though no "between" names them. A dispute told in passing ("a
    dispute erupted in the council", "settled the dispute") is none."""
    if gov is None or gov.negated:
        return False
    if n.relation in ("nsubj", "nsubjpass"):
        return gov.lemma in lex.DIVIDE_STILL_OPEN or bool(lex.DIVIDE_OPEN_STATES & set(gov.adjectives))
    return n.relation == "dobj" and gov.lemma in lex.DIVIDE_SHOWING
_REFUSING_MODALS = frozenset({"will", "would", "can", "could", "ca", "wo", "shall"})
_HOSTING = frozenset({"host", "facilitate", "mediate", "organize", "organise"})

_DUTY = frozenset({"duty", "right", "obligation", "determination", "resolve"})


def _a_duty_to(p: Parse, c: Clause) -> bool:
    """ "it is our duty to avenge", "its right to retaliate": the infinitive hangs on a noun of duty."""
    if c.relation == "xcomp" and c.governor is not None:
        return any(o.word in _DUTY for o in p.clauses[c.governor].objects)
    if c.relation == "acl":
        before = [w for s, _e, w, _t, _d in p.tokens if s < c.predicate.start][-3:]
        return bool(_DUTY & {w.lower() for w in before})
    return False


# things held back, not sides: "the deal will not be signed until", "talks will not resume unless"
_HELD_THINGS = frozenset({"deal", "agreement", "talks", "negotiations", "truce", "ceasefire", "accord", "treaty",
                          "process", "dialogue", "round", "meeting", "summit", "vote", "referendum", "election"})


def _own_deed_held(c: Clause, mark: str) -> bool:
    """ "the front would not disarm until it had seats in the cabinet": a party that holds back its
    own deed until or unless a thing is done demands that thing, with issue ``other`` when no issue
    word names it. Not for a held-back thing ("no deal can be signed until ...": its issue is the
    deal's); a subject that names no side gives no party, so no statement ("the ferry would not sail
    until the storm passed")."""
    return (c.negated and c.modal in _REFUSING_MODALS and mark in ("until", "unless") and not c.passive
            and c.subject is not None and c.subject.word not in _HELD_THINGS)


def read_conditions(p: Parse, k: int) -> list[Reading]:
    """ "talks cannot resume unless X halts the shelling": the condition is a demand, of
    whoever says it (else of the main clause's subject)."""
    c = p.clauses[k]
    out = []
    agent_is_speaker = c.speaker is None and (c.subject is None or c.subject.pronoun is None and c.subject.word
                                               not in lex.AGENT_NOUNS)
    if c.modal is not None and not c.negated and not embedded(p, c) and _only_before(p, c):
        # "talks can only happen after a withdrawal": the thing after "only after" is demanded
        for w, ph in c.preps:
            if w in lex.ONLY_AFTER:
                out.append(Reading(rule="condition", act="demand", sentence=c.sentence, trigger=c.predicate,
                                   agent=c.speaker or c.subject, content=(ph.span,),
                                   speaker_is_agent=agent_is_speaker, fallback_other=False))
    for cond in c.conditions:
        if cond.mark == "if" and c.modal in ("would", "will") and not c.negated and c.lemma in lex.CONCESSION_VERBS \
                and c.subject is not None and not embedded(p, c):
            # "Borduria would end the war if Ruritania surrendered the region": the price is a demand
            out.append(Reading(rule="condition", act="demand", sentence=c.sentence, trigger=c.predicate,
                               agent=c.speaker or c.subject, content=(cond.span,), fallback_other=False,
                               speaker_is_agent=agent_is_speaker))
            continue
        if cond.mark not in lex.DEMAND_CONDITIONS and not cond.mark.startswith("only"):
            continue
        refused = c.negated or c.modal is not None and _no_subject(p, c)  # "no deal can be signed until"
        if cond.mark in ("until", "before", "as long as", "so long as", "only when") and not refused:
            continue  # "troops will stay until ...", "fighting went on until dawn"
        # the condition's own issue first, else what is held back until it: "no final agreement can be
        # signed until the committee reports" demands it of the agreement
        held = (c.subject.span,) if refused and c.modal is not None and c.subject is not None else ()
        out.append(Reading(rule="condition", act="demand", sentence=c.sentence, trigger=c.predicate,
                           agent=c.speaker or c.subject, content=(cond.span, *held), speaker_is_agent=c.speaker is None
                           and (c.subject is None or c.subject.pronoun is None and c.subject.word not in
                                lex.AGENT_NOUNS), fallback_other=_own_deed_held(c, cond.mark),
                           fallback_agent=c.subject if c.speaker is not None and c.subject is not None
                           and c.subject.pronoun is None else None))
    return out


def read_nominal(p: Parse, n: Nominal) -> list[Reading]:
    act = lex.NOUN_CLASSES.get(n.lemma)
    if n.lemma in ("agreement", "consensus", "understanding") and any(w in ("between", "among") for w, _ph in n.preps):
        content = tuple(sorted([Span(n.span.start, n.head.start)] if n.span.start < n.head.start else []))
        return [Reading(rule="nominal", act="agree", sentence=n.sentence, trigger=n.head, agent=None, content=content,
                        partners=tuple(ph for w, ph in n.preps if w in ("between", "among")), collective=True,
                        main_issue=True, fallback_other=False)]  # "points of agreement between X and Y"
    if n.lemma in _TALK_NOUNS:
        return _talks(p, n)
    if n.lemma in lex.EXCHANGE_NOUNS:
        return _exchange(p, n)
    if act is None:
        return []
    if n.lemma == "call" and not (any(w == "for" for w, _ph in n.preps) or n.complements):
        return []  # "a phone call", "the call on Monday": only "a call for X", "its call to Y" asks
    gov = p.clauses[n.governor] if n.governor is not None else None
    left = [Span(n.span.start, n.head.start)] if n.span.start < n.head.start else []
    content_preps = _NOUN_CONTENT_PREPS | ({"with", "at"} if act == "accuse" else set())  # "frustration with"
    content = tuple(sorted(left + [ph.span for w, ph in n.preps if w in content_preps]
                           + [p.clauses[j].span for j in n.complements]))
    if act == "disagree":
        preps = n.preps
        if gov is not None and n.relation in ("nsubj", "attr", "dobj", "nsubjpass"):
            preps = preps + gov.preps  # "a wide gulf remains between X and Y over the border"
            content = tuple(sorted(content + tuple(ph.span for w, ph in gov.preps if w in ("over", "on", "about"))))
        partners = tuple(ph for w, ph in preps if w in ("between", "with"))
        standing = not partners and _standing_divide(n, gov)
        if not partners and not standing and not (gov is not None and n.relation == "pobj" and gov.lemma in _COPULAS):
            return []  # "territorial disputes" told in passing: whose, the sentence does not say
        inner = content or (Span(n.head.end, n.span.end),) if n.span.end > n.head.end else content
        around = inner
        if gov is not None and gov.subject is not None and n.relation in ("pobj", "attr"):
            around = (gov.subject.span, *inner)  # "X remains at the heart of the stalemate"
        return [Reading(rule="divide", act="disagree", sentence=n.sentence, trigger=n.head, agent=None,
                        content=tuple(sorted(around)), partners=partners, both_sides=True, collective=True,
                        fallback_other=standing and any(w in _MATTER_PREPS and _matter(p, ph) for w, ph in n.preps))]
    if n.lemma in ("position", "need"):
        if n.lemma == "need" and gov is not None and gov.speech is None and gov.lemma in (
                "stress", "emphasize", "emphasise", "underline", "underscore", "reiterate") and n.complements:
            return [Reading(rule="nominal", act="demand", sentence=n.sentence, trigger=n.head, agent=gov.subject,
                            content=content)]
        return []  # "position" with a copula: the position rule
    if gov is not None and gov.negated and n.relation != "pobj":
        return []  # "did not make a proposal"; but "not included in the Bordurian plan" is still its plan
    colon = _colon_list(p, n)  # "will keep its demand unchanged: no expansion of the alliance and ..."
    if colon:
        content = tuple(sorted(content + (Span(colon[0].start, colon[-1].end),)))
    if n.owner is not None and n.owner.pronoun is not None and gov is not None and gov.subject is not None \
            and n.relation == "dobj":
        return [Reading(rule="nominal", act=act, sentence=n.sentence, trigger=n.head, agent=gov.subject,
                        content=content, fallback_other=False,
                        listed=colon if len(colon) > 1 else ())]  # "the two delegations restated their willingness"
    if n.owner is not None:
        points = act == "propose" and bool(_N_POINT.search(_words(p, Span(n.span.start, n.head.start))))
        return [Reading(rule="nominal", act=act, sentence=n.sentence, trigger=n.head, agent=n.owner,
                        content=content, fallback_other=False,
                        default_issue="peace_agreement" if points else None)]  # "the Bordurian 12-point plan"
    if gov is not None and gov.lemma in lex.LIGHT_VERBS and gov.subject is not None and (
            n.relation == "dobj" or n.relation == "pobj" and gov.lemma in ("hint", "signal")):  # "hinted at a willingness"
        return [Reading(rule="nominal", act=act, sentence=n.sentence, trigger=n.head, agent=gov.subject,
                        content=content, fallback_other=False)]
    return []


def _colon_list(p: Parse, n: Nominal) -> tuple[Span, ...]:
    """What a colon after an act noun lists ("its demands: a withdrawal, a truce and elections"),
    one span per item; at most two words between the noun and the colon."""
    toks = p.tokens
    i = next((j for j, t in enumerate(toks) if t[0] >= n.span.end), None)
    if i is None:
        return ()
    k = next((j for j in range(i, min(i + 3, len(toks))) if toks[j][2] == ":"), None)
    if k is None:
        return ()
    items: list[Span] = []
    start: int | None = None
    prev_end = 0
    for t in toks[k + 1:]:
        if t[2] in (",", ";", "and", ".") or t[3] == ".":
            if start is not None:
                items.append(Span(start, prev_end))
            start = None
            continue
        if start is None:
            start = t[0]
        prev_end = t[1]
    if start is not None:
        items.append(Span(start, prev_end))
    return tuple(items)


_TALK_NOUNS = frozenset({"talk", "negotiation", "discussion", "consultation"})
_TALK_WORDS = frozenset({"talk", "talks", "negotiation", "negotiations", "discussion", "discussions", "decision",
                         "decisions", "meeting", "meetings", "consultation", "consultations"})


def _talks(p: Parse, n: Nominal) -> list[Reading]:
    """ "nuclear talks", "negotiations over the border": the sides discussed it (its issue said
    in the noun's own modifiers or its on/over/about phrase, never left to ``other``)."""
    gov = p.clauses[n.governor] if n.governor is not None else None
    if gov is not None and (gov.negated or gov.modal is not None or gov.lemma in _EMBEDDING
                            or embedded(p, gov) or _is_hypothetical(p, gov)):
        return []  # "talks may resume", "wants talks on ...": not held
    left = [Span(n.span.start, n.head.start)] if n.span.start < n.head.start else []
    about = [ph.span for w, ph in n.preps if w in ("on", "over", "about", "regarding")]
    partners = tuple(ph for w, ph in n.preps if w in ("between", "with"))
    content = tuple(sorted(left + about))
    if not content:
        return []
    # "held a round of peace talks": the talks themselves, not an issue they discussed; said only of
    # talks named by their sides ("Bordurian-Ruritanian peace talks", "peace talks with Borduria")
    bare = not about and not partners and bool(left) and _words(p, left[0]).split(" ")[-1] == "peace"
    return [Reading(rule="talks", act="discuss", sentence=n.sentence, trigger=n.head, agent=None, content=content,
                    partners=partners, both_sides=not bare, collective=True, fallback_other=False)]


def _exchange(p: Parse, n: Nominal) -> list[Reading]:
    """ "released as part of a prisoner swap between X and Y": an exchange told as done is
    carried out by its two sides; one wished, planned or denied is not ("a swap between X and
    Y could follow")."""
    partners = tuple(ph for w, ph in n.preps if w == "between")
    gov = p.clauses[n.governor] if n.governor is not None else None
    if not partners or gov is None or gov.tag not in ("VBD", "VBN") or gov.negated or gov.modal is not None \
            or embedded(p, gov) or _is_hypothetical(p, gov) or gov.lemma in _EMBEDDING:
        return []
    return [Reading(rule="exchange", act="implement", sentence=n.sentence, trigger=n.head, agent=None,
                    content=(Span(n.span.start, n.head.end),), partners=partners, collective=True,
                    fallback_other=False)]


def read_warnings(p: Parse) -> list[Reading]:
    """ "they had better stop now": a threat by whoever says it."""
    out = []
    toks = p.tokens
    for i in range(len(toks) - 1):
        had = toks[i][2] in ("had", "'d", "’d")
        bare = toks[i][3] == "PRP" and i + 2 < len(toks) and toks[i + 2][3] in ("VB", "VBP")  # "they better leave"
        if (had or bare and toks[i][2] not in ("it",)) and toks[i + 1][2] == "better":
            out.append(Reading(rule="warning", act="threaten", sentence=p.sentence,
                               trigger=Span(toks[i][0], toks[i + 1][1]), agent=None,
                               content=(Span(toks[i + 1][1], p.span.end),), speaker_is_agent=True))
    return out


def readings(p: Parse) -> list[Reading]:
    out: list[Reading] = []
    for k in range(len(p.clauses)):
        out += read_clause(p, k)
        out += read_conditions(p, k)
    for n in p.nominals:
        # "a plan including a truce, talks and corridors": one act for each listed member
        members = tuple(m for w, ph in n.preps if w in ("including", "for", "on") and len(ph.members) > 1
                        for m in ph.members)
        by_noun = False
        if not members and n.governor is not None and n.relation == "dobj":
            members = _listed_by_noun(p, n.governor, tuple(o for o in p.clauses[n.governor].objects
                                                           if o.head == n.head))
            by_noun = bool(members)
        out += [dataclasses.replace(r, listed=members, listed_by_noun=by_noun)
                if members and r.act not in ("disagree", "discuss") else r for r in read_nominal(p, n)]
    out += read_warnings(p)
    out += [d for r in out if r.act == "offer" and (d := _price_of(p, r)) is not None]
    return out


_PRICE_NOUNS = frozenset({"exchange", "return"})


def _price_of(p: Parse, r: Reading) -> Reading | None:
    """ "ready to free the detainees in exchange for a lifting of sanctions": what an offer is made
    "in exchange for" / "in return for" is demanded by whoever offers."""
    toks = p.tokens
    for i in range(len(toks) - 2):
        if toks[i][0] < r.trigger.end or toks[i][2] != "in" or toks[i + 1][2] not in _PRICE_NOUNS \
                or toks[i + 2][2] != "for":
            continue
        end = next((t[0] for t in toks[i + 3:] if t[3] in (",", ".", ":") or t[2] in (";", "but", "while")),
                   p.span.end)
        return dataclasses.replace(r, rule="price", act="demand", trigger=Span(toks[i][0], toks[i + 2][1]),
                                   content=(Span(toks[i + 2][1], end),), fallback_other=False, listed=())
    return None
