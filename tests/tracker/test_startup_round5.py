"""Round 5, start-up: a tracker command imports only its query path, and the heap is
frozen after the first report only by the ``parley`` process's own read/add/bench.

Each case runs in a child process: what a command imports, and whether it froze the
heap, are facts about a whole process (and freezing this test runner's heap is exactly
what must not happen).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from parley.store.db import Store
from tracker.build import report

EXAMPLE = Path(__file__).parents[2] / "src" / "parley" / "examples" / "montevideo-round2-page.txt"

# what no tracker query needs: the merge, the reader, spaCy, the web server
MERGE_AND_READER = ("parley.track.blocks", "parley.track.meetings", "parley.track.people", "parley.reader",
                    "spacy", "fastapi", "dask", "rich.progress")


def _child(code: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=300)
    return json.loads(done.stderr.strip().splitlines()[-1])


def _probe(call: str) -> str:
    return ("import gc, io, json, sys, contextlib\n"
            "from parley.cli import main\n"
            "with contextlib.redirect_stdout(io.StringIO()):\n"
            f"    status = {call}\n"
            "print(json.dumps({'status': status, 'frozen': gc.get_freeze_count(),\n"
            "                  'modules': sorted(sys.modules)}), file=sys.stderr)\n")


def _store(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'parley.db'}"
    text = "Aland and Borduria met in Tarnow on Monday. They agreed to a truce."
    rec = report("s/1", "2047-02-03", text, meetings=(
        {"date": "2047-02-01", "place": "Tarnow", "parties": ["ALD", "BRD"],
         "say": "Aland and Borduria met in Tarnow on Monday."},), statements=(
        {"act": "agree", "actors": ["ALD", "BRD"], "issue": "ceasefire", "say": "They agreed to a truce."},))
    with Store(url) as store:
        store.add(rec.record.to_dict(), path=rec.source.url)
        store.track()
    return url


def test_tracker_queries_import_neither_the_merge_nor_the_reader(tmp_path: Path) -> None:
    url = _store(tmp_path)
    for command in (["timeline", "--json"], ["commitments", "--json"], ["positions"], ["timeline"]):
        got = _child(_probe(f"main({[*command, '--db', url]!r})"))
        assert got["status"] == 0
        loaded = [m for m in got["modules"] if isinstance(m, str)]  # type: ignore[union-attr]
        assert not [m for m in loaded if m.startswith(MERGE_AND_READER)], command
        assert "parley.store.tracked" in loaded  # near miss: the query path itself is there


def test_a_query_that_finds_reports_pending_imports_the_merge(tmp_path: Path) -> None:
    # near miss: with a report waiting to be merged, the query merges it first
    url = _store(tmp_path)
    rec = report("s/2", "2047-02-04", "Aland and Borduria met again in Tarnow.", meetings=(
        {"date": "2047-02-04", "place": "Tarnow", "parties": ["ALD", "BRD"],
         "say": "Aland and Borduria met again in Tarnow."},))
    with Store(url) as store:
        store.add(rec.record.to_dict(), path=rec.source.url)
    got = _child(_probe(f"main(['timeline', '--json', '--db', {url!r}])"))
    assert got["status"] == 0 and "parley.track.blocks" in got["modules"]  # type: ignore[operator]


def test_the_commands_own_read_freezes_the_heap_after_the_first_report() -> None:
    got = _child(f"import sys; sys.argv = ['parley', 'read', '--json', {str(EXAMPLE)!r}]\n" + _probe("main()"))
    assert got["status"] == 0 and int(got["frozen"]) > 0  # type: ignore[call-overload]


def test_main_called_with_arguments_or_a_query_never_freezes(tmp_path: Path) -> None:
    # near misses: a caller's own process (main with a list, as a test runner calls it), and a
    # command that reads no report
    got = _child(_probe(f"main(['read', '--json', {str(EXAMPLE)!r}])"))
    assert got["status"] == 0 and got["frozen"] == 0
    url = _store(tmp_path)
    got = _child(f"import sys; sys.argv = ['parley', 'timeline', '--db', {url!r}]\n" + _probe("main()"))
    assert got["status"] == 0 and got["frozen"] == 0
