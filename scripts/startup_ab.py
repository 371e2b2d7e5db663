"""Side by side: the tracker commands' CPU time and import time under two copies of the
source (before / after a change), alternating, on one store.

    .venv/bin/python scripts/startup_ab.py --before /tmp/before-src --after src \
        --db bench-track/tracked-1000.db [--runs 6] [--pyc]

Each run is its own process (``python -m parley.cli COMMAND --db ...``, the copy given by
PYTHONPATH); the order alternates each round (before first, then after first), so a change
in the machine's load falls on both. CPU is user + system of the child (``os.wait4``);
"imports" is the sum of ``-X importtime``'s top-level entries, measured in separate runs.
With ``--pyc`` each copy gets its own bytecode cache (PYTHONPYCACHEPREFIX) and one warm-up
run first, as an installed package has; without it, every run compiles parley's sources
where the environment says so (PYTHONDONTWRITEBYTECODE).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def _env(src: str, pyc: str | None) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    if pyc:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pyc
    return env


def cpu_run(src: str, args: list[str], pyc: str | None) -> tuple[float, float]:
    t0 = time.perf_counter()
    p = subprocess.Popen([sys.executable, "-m", "parley.cli", *args], env=_env(src, pyc),
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    if status != 0:
        raise SystemExit(f"failed ({status}): {src}: parley {' '.join(args)}")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - t0


def import_run(src: str, args: list[str], pyc: str | None) -> tuple[float, list[str]]:
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "parley.cli", *args], env=_env(src, pyc),
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, check=True)
    total, mods = 0, []
    for line in p.stderr.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line.split("|")
        mods.append(name.strip())
        if not name.startswith("  "):  # top level: imported by the program itself
            total += int(cumulative)
    return total / 1e6, mods


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--before", required=True)
    ap.add_argument("--after", required=True)
    ap.add_argument("--db", required=True)
    ap.add_argument("--runs", type=int, default=6)
    ap.add_argument("--pyc", action="store_true")
    ap.add_argument("--json", help="write the figures here")
    args = ap.parse_args()
    url = f"sqlite:///{Path(args.db).resolve()}"
    import sqlite3

    with sqlite3.connect(args.db) as c:
        meeting = c.execute("SELECT id FROM track_meetings ORDER BY n_sources DESC LIMIT 1").fetchone()[0]
        person = c.execute("SELECT id FROM track_people ORDER BY n_sources DESC LIMIT 1").fetchone()[0]
    commands = {"timeline --json": ["timeline", "--json"], "positions --json": ["positions", "--json"],
                "commitments --json": ["commitments", "--json"], "show meeting --json": ["show", meeting, "--json"],
                "show person --json": ["show", person, "--json"], "timeline (table)": ["timeline"],
                "--help": ["--help"]}
    tmp = tempfile.mkdtemp(prefix="startup-ab-")
    caches = {k: (os.path.join(tmp, k) if args.pyc else None) for k in ("before", "after")}
    srcs = {"before": args.before, "after": args.after}
    if args.pyc:
        for k in srcs:
            cpu_run(srcs[k], ["timeline", "--json", "--db", url], caches[k])  # warm the bytecode cache
    out: dict[str, dict[str, object]] = {}
    for name, cmd in commands.items():
        full = cmd if name == "--help" else [*cmd, "--db", url]
        cpu: dict[str, list[float]] = {"before": [], "after": []}
        wall: dict[str, list[float]] = {"before": [], "after": []}
        imports: dict[str, list[float]] = {"before": [], "after": []}
        mods: dict[str, list[str]] = {}
        for i in range(args.runs):
            order = ("before", "after") if i % 2 == 0 else ("after", "before")
            for k in order:
                c, w = cpu_run(srcs[k], full, caches[k])
                cpu[k].append(c)
                wall[k].append(w)
            for k in order:
                t, mods[k] = import_run(srcs[k], full, caches[k])
                imports[k].append(t)
        med = {k: {m: statistics.median(v[k]) for m, v in (("cpu", cpu), ("wall", wall), ("imports", imports))}
               for k in srcs}
        ratios = [a / b for a, b in zip(cpu["after"], cpu["before"], strict=True)]
        out[name] = {"before": med["before"], "after": med["after"], "cpu_ratio_median": statistics.median(ratios),
                     "cpu_runs": cpu, "modules_left_out": sorted(set(mods["before"]) - set(mods["after"]))}
        print(f"{name:22} CPU {med['before']['cpu']:.3f} -> {med['after']['cpu']:.3f} s "
              f"(ratio {statistics.median(ratios):.2f}, runs {min(ratios):.2f}-{max(ratios):.2f}); "
              f"imports {med['before']['imports']:.3f} -> {med['after']['imports']:.3f} s; "
              f"wall {med['before']['wall']:.3f} -> {med['after']['wall']:.3f} s; "
              f"{len(out[name]['modules_left_out'])} modules fewer", flush=True)  # type: ignore[arg-type]
    if args.json:
        Path(args.json).write_text(json.dumps(out, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
