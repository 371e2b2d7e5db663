"""`parley bench`: reports/s and words/s of `read`, against two bare passes, and the cold
start and memory of one `parley read` process.

All passes run in this process over the same reports, taking turns (read, parse, split,
then again), so that a change in the machine's load falls on all of them alike:
- the parse pass: spaCy's tagger and parser (the pipeline parley loads) over every
  paragraph of every cleaned text, batched with ``nlp.pipe``, nothing read from it. A
  whole read must cost at most this much: parley parses only the sentences that can
  carry an act and keeps the rest cheap.
  parley's pipeline multiplies on numpy (see ``syntax.BLAS_THREADS``); the same pass on
  thinc's default ops (blis), spaCy as it ships, is timed beside it (``default_parse_pass``).
- the sentence pass: syntok, parley's splitter, over every paragraph, no shortcuts.
The ratios say what a whole read costs in those passes, whatever the machine. Each pass
is timed twice: by the wall clock and by this process's CPU time (what one core spends on
it; on a machine shared with other work the wall clock also counts the waits for a core).
The best of the repeats is kept.

Cold start: ``parley read --json`` on the first report, in a fresh process, ``cold``
times; the median wall time, and the largest peak RSS of those processes (each process's
own: its VmHWM).
"""

from __future__ import annotations

import importlib
import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from parley.model import RawDocument

EXAMPLES = Path(__file__).parents[1] / "examples"
COLD_RUNS = 3


def _sources(paths: list[str]) -> list[Path]:
    if not paths:
        return sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".json", ".html"))
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p])
    return out


def _timed(fn: Callable[[], Any]) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process) of one call."""
    w0, c0 = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - w0, time.process_time() - c0


# The cold run's child: ``parley read --json REPORT``, then its own peak RSS on stderr.
# VmHWM belongs to the process's own memory map, made at exec; ``wait4``'s ru_maxrss would
# also count the pages of this (bigger) process that the fork shared before exec.
_COLD_CHILD = """
import sys
from parley.cli import main
status = main(["read", "--json", sys.argv[1]])
try:
    with open("/proc/self/status", encoding="ascii") as f:
        kb = next(int(ln.split()[1]) for ln in f if ln.startswith("VmHWM:"))
except OSError:
    import resource
    kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"peak-rss-kb {kb}", file=sys.stderr)
sys.exit(status)
"""


def cold_start(report: Path, runs: int = COLD_RUNS) -> tuple[list[float], list[float]]:
    """Wall seconds and peak RSS (MB) of ``runs`` fresh ``parley read --json REPORT`` processes."""
    walls: list[float] = []
    peaks: list[float] = []
    for _ in range(runs):
        t0 = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", _COLD_CHILD, str(report)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True, check=False)
        walls.append(time.perf_counter() - t0)
        if out.returncode != 0:
            from parley.errors import InputError

            raise InputError(f"bench: `parley read --json {report}` exited with status {out.returncode}")
        kb = next(int(ln.split()[1]) for ln in out.stderr.splitlines() if ln.startswith("peak-rss-kb "))
        peaks.append(kb / 1024)
    return walls, peaks


def _on_default_ops(fn: Callable[[], Any]) -> Callable[[], Any]:
    """``fn`` run with every model of parley's pipeline on thinc's default CPU ops (blis)."""

    def run() -> Any:
        from parley.reader.syntax import nlp

        pipeline = nlp()
        default = importlib.import_module("thinc.api").NumpyOps()
        nodes = [node for name in pipeline.pipe_names for node in pipeline.get_pipe(name).model.walk()]
        saved = [node.ops for node in nodes]
        for node in nodes:
            node.ops = default
        try:
            return fn()
        finally:
            for node, ops in zip(nodes, saved, strict=True):
                node.ops = ops

    return run


def run_bench(paths: list[str], repeat: int = 3, as_json: bool = False, cold: int = COLD_RUNS) -> dict:
    from parley.errors import InputError
    from parley.reader.ingest import iter_reports
    from parley.reader.pipeline import extract
    from parley.reader.segment import _PARA, bare_sentence_pass
    from parley.reader.syntax import bare_parse_pass

    raws: list[RawDocument] = []
    first: Path | None = None
    for src in _sources(paths):
        try:
            found = [r for r in iter_reports(src) if not isinstance(r, InputError)]
        except InputError:
            continue
        if found and first is None:
            first = src
        raws.extend(found)
    if not raws or first is None:
        raise InputError("bench: no readable reports given")
    records = [extract(r) for r in raws]  # warm-up pass (model load, lazy imports, regex compiles)
    docs = [r.document for r in records]
    words = sum(len(d.text.split()) for d in docs)
    paragraphs = [m.group(0) for d in docs for m in _PARA.finditer(d.text)]
    bare_parse_pass(paragraphs[:8])  # warm-up of the parse pass alone

    passes: dict[str, Callable[[], Any]] = {
        "read": lambda: [extract(r) for r in raws],
        "parse": lambda: bare_parse_pass(paragraphs),
        "default_parse": _on_default_ops(lambda: bare_parse_pass(paragraphs)),
        "split": lambda: [bare_sentence_pass(d.text) for d in docs],
    }
    wall: dict[str, list[float]] = {k: [] for k in passes}
    cpu: dict[str, list[float]] = {k: [] for k in passes}
    for _ in range(max(1, repeat)):
        for name, fn in passes.items():
            w, c = _timed(fn)
            wall[name].append(w)
            cpu[name].append(c)
    t_read, t_parse, t_default, t_split = (min(wall[k]) for k in passes)
    c_read, c_parse, c_default, c_split = (min(cpu[k]) for k in passes)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes
    figures: dict[str, Any] = {
        "reports": len(raws),
        "words": words,
        "read_s": round(t_read, 4),
        "reports_per_s": round(len(raws) / t_read, 1),
        "words_per_s": round(words / t_read),
        "parse_pass_s": round(t_parse, 4),
        "ratio_to_parse_pass": round(t_read / t_parse, 2) if t_parse else None,
        "sentence_pass_s": round(t_split, 4),
        "ratio_to_sentence_pass": round(t_read / t_split, 2) if t_split else None,
        "read_cpu_s": round(c_read, 4),
        "reports_per_cpu_s": round(len(raws) / c_read, 1) if c_read else None,
        "words_per_cpu_s": round(words / c_read) if c_read else None,
        "parse_pass_cpu_s": round(c_parse, 4),
        "parse_pass_words_per_cpu_s": round(words / c_parse) if c_parse else None,
        "ratio_to_parse_pass_cpu": round(c_read / c_parse, 2) if c_parse else None,
        "sentence_pass_cpu_s": round(c_split, 4),
        "default_parse_pass_s": round(t_default, 4),
        "default_parse_pass_cpu_s": round(c_default, 4),
        "ratio_to_default_parse_pass": round(t_read / t_default, 2) if t_default else None,
        "ratio_to_default_parse_pass_cpu": round(c_read / c_default, 2) if c_default else None,
        "peak_rss_mb": round(peak_mb),
        "cold_report": str(first),
        "cold_start_s": None,
        "cold_start_runs_s": [],
        "read_process_peak_rss_mb": None,
    }
    if cold > 0:
        walls, peaks = cold_start(first, cold)
        figures["cold_start_s"] = round(statistics.median(walls), 3)
        figures["cold_start_runs_s"] = [round(w, 3) for w in walls]
        figures["read_process_peak_rss_mb"] = round(max(peaks))
    if as_json:
        print(json.dumps(figures, indent=2))
    else:
        f = figures
        print(f"{f['reports']} reports, {words} words")
        print(f"read:          {t_read:.3f} s  {f['reports_per_s']} reports/s  {f['words_per_s']} words/s "
              f"(CPU {c_read:.3f} s: {f['reports_per_cpu_s']} reports/s)")
        print(f"parse pass:    {t_parse:.3f} s (spaCy tagger+parser over every paragraph; CPU {c_parse:.3f} s)")
        print(f"ratio:         {f['ratio_to_parse_pass']}x the bare parse pass (CPU: {f['ratio_to_parse_pass_cpu']}x)")
        print(f"default ops:   {t_default:.3f} s the same parse pass on thinc's default ops (blis; CPU "
              f"{c_default:.3f} s): the read is {f['ratio_to_default_parse_pass']}x it "
              f"(CPU: {f['ratio_to_default_parse_pass_cpu']}x)")
        print(f"sentence pass: {t_split:.3f} s (syntok alone over every paragraph)")
        print(f"ratio:         {f['ratio_to_sentence_pass']}x the bare sentence pass")
        print(f"peak memory:   {f['peak_rss_mb']} MB (this process, bench included)")
        if f["cold_start_s"] is not None:
            print(f"cold start:    {f['cold_start_s']:.3f} s median of {cold} fresh `parley read --json` "
                  f"processes ({first.name}); peak memory of one: {f['read_process_peak_rss_mb']} MB")
    return figures
