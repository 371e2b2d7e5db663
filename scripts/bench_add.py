#!/usr/bin/env python3
"""Benchmark ``parley add``: reports/s with 1 and 2 workers, and peak memory.

Takes a corpus folder of JSON reports (default ``../shared/corpus``), repeats it to about
``--reports`` reports in a temporary JSON Lines file (each copy with its own URL and a
copy mark in its text, so that none is a duplicate of another), and runs ``parley add``
on it as a real process into a fresh store, once per worker count. Gives a table:
wall time, reports/s, the speed-up over one worker, and peak memory (the largest single
process, from ``getrusage``, and the whole process tree, sampled from /proc).

    .venv/bin/python scripts/bench_add.py [--corpus DIR] [--reports 5000] [--workers 1 2] [--db URL]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"
SAMPLE_EVERY_S = 0.05


def write_repeated(corpus: Path, n_reports: int, out: Path) -> int:
    """The corpus's JSON reports, repeated to at least ``n_reports`` lines of ``out``."""
    reports = []
    for p in sorted(corpus.rglob("*.json")):
        obj = json.loads(p.read_text(encoding="utf-8"))
        if isinstance(obj, dict) and isinstance(obj.get("text"), str):
            reports.append(obj)
    if not reports:
        raise SystemExit(f"no JSON reports under {corpus}")
    copies = math.ceil(n_reports / len(reports))
    with out.open("w", encoding="utf-8") as f:
        for k in range(copies):
            for i, obj in enumerate(reports):
                url = obj.get("url") or f"urn:parley-bench:{i}"
                # another URL and text per copy: each copy is a new report to the store
                f.write(json.dumps({**obj, "url": f"{url}#copy-{k}", "text": mark_copy(obj["text"], k)}) + "\n")
    return copies * len(reports)


def mark_copy(text: str, k: int) -> str:
    """The text with "(Copy k.)" after every paragraph of prose, so that the mark survives
    cleaning whichever lines the cleaner drops as page chrome (captions, link lists)."""
    return "\n".join(f"{p.rstrip()} (Copy {k}.)" if len(p.strip()) > 40 else p for p in text.split("\n"))


def tree_rss_bytes(pgid: int) -> int:
    """Resident memory of every process in the group, summed (Linux /proc)."""
    total = 0
    page = os.sysconf("SC_PAGE_SIZE")
    for entry in os.scandir("/proc"):
        if not entry.name.isdigit():
            continue
        try:
            stat = Path(entry.path, "stat").read_text()
            fields = stat[stat.rindex(")") + 2:].split()
            if int(fields[2]) == pgid:  # field 5 of stat: the process group
                total += int(fields[21]) * page  # field 24: rss in pages
        except (OSError, ValueError, IndexError):
            continue
    return total


def run_add(jsonl: Path, workers: int, db: str) -> dict[str, float]:
    """One ``parley add`` in a process of its own; its timing and memory."""
    # A fresh interpreter per run, so that getrusage(RUSAGE_CHILDREN) covers this run only.
    probe = (
        "import json, resource, subprocess, sys; "
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
        "print(json.dumps({'rc': p.returncode, 'out': p.stdout, 'err': p.stderr[-2000:], "
        "'maxrss_kb': resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))"
    )
    cmd = [sys.executable, "-c", probe, sys.executable, "-m", "parley.cli", "add", str(jsonl),
           "--db", db, "--workers", str(workers), "--json", "--quiet"]
    peak_tree = 0
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, start_new_session=True)
    done = threading.Event()

    def sample() -> None:
        nonlocal peak_tree
        while not done.is_set():
            peak_tree = max(peak_tree, tree_rss_bytes(proc.pid))
            time.sleep(SAMPLE_EVERY_S)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    try:
        out, _ = proc.communicate()
    except BaseException:
        os.killpg(proc.pid, signal.SIGKILL)
        raise
    finally:
        done.set()
        sampler.join()
    wall = time.perf_counter() - started
    probe_out = json.loads(out)
    if probe_out["rc"] not in (0, 1):
        raise SystemExit(f"parley add failed ({probe_out['rc']}): {probe_out['err']}")
    report = json.loads(probe_out["out"])
    return {"added": report["added"], "failed": report["failed"], "wall_s": wall,
            "add_s": report["elapsed_s"], "maxrss_mb": probe_out["maxrss_kb"] / 1024, "tree_mb": peak_tree / 2**20}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--reports", type=int, default=5000, help="about this many reports (default 5000)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--db", default=None,
                    help="a store URL to use (emptied by nobody: give a fresh one); default a new SQLite file per run")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="parley-bench-") as tmp:
        jsonl = Path(tmp) / "reports.jsonl"
        n = write_repeated(args.corpus, args.reports, jsonl)
        rows = []
        for w in args.workers:
            db = args.db or f"sqlite:///{Path(tmp) / f'bench-{w}.db'}"
            r = run_add(jsonl, w, db)
            rows.append({"workers": w, "reports": n, **r, "reports_per_s": r["added"] / r["add_s"]})
    base = rows[0]["reports_per_s"]
    for r in rows:
        r["speedup"] = r["reports_per_s"] / base
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"parley add: {n} reports ({args.corpus} repeated), {os.cpu_count()} cores")
    print(f"{'workers':>7} {'added':>6} {'failed':>6} {'add s':>7} {'wall s':>7} {'reports/s':>10} "
          f"{'x 1 worker':>10} {'max proc MB':>11} {'tree MB':>8}")
    for r in rows:
        print(f"{r['workers']:>7} {r['added']:>6} {r['failed']:>6} {r['add_s']:>7.1f} {r['wall_s']:>7.1f} "
              f"{r['reports_per_s']:>10.1f} {r['speedup']:>10.2f} {r['maxrss_mb']:>11.0f} {r['tree_mb']:>8.0f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
