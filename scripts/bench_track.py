"""Benchmark the tracked tables: add throughput with and without tracking, and the
latency and peak memory of the tracker commands, on stores of 1k and 10k reports (and
100k with ``--sizes 1000,10000,100000``).

The stores are built from the corpus (read once) repeated with varied dates, places and
URLs, so that merging does real work: copies come in generations of three that tell the
same talks on the same days (they merge), each generation two weeks after the last (new
meetings), and one copy in five moves its meetings to another place (they must not
merge). Each copy gets its own URL and a line of its own at the end of its text, so it is
a document of its own; evidence spans stay valid.

    .venv/bin/python scripts/bench_track.py [--corpus /work/shared/corpus] [--sizes 1000,10000]
        [--runs 5] [--out bench-track]
    .venv/bin/python scripts/bench_track.py --sizes 1000 --out bench-track --ab OLD/src,src [--pyc]

Adds go through ``Store.add`` (one transaction per report, as ``parley add`` stores them)
and, with tracking, ``Store.track`` once at the end, as ``parley add`` does after a batch;
"without" is the same with tracking switched off. Reading the reports is left out: it
costs the same either way and would hide the difference. Every query runs as its own
``parley`` process (start-up included) and its peak memory is that process's max RSS.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
PARLEY = str(Path(sys.executable).with_name("parley"))
PYTHON = sys.executable


def read_corpus(folder: str) -> list[dict[str, Any]]:
    from parley import service
    from parley.errors import InputError

    out = []
    for p in sorted(Path(folder).rglob("*")):
        if not p.is_file() or p.suffix.lower() not in (".txt", ".json", ".html", ".htm", ".md") or p.name.startswith(
                ("README", "manifest")):
            continue
        try:
            for r in service.read_all(p):
                if not isinstance(r, InputError):
                    out.append(r.to_dict())
        except Exception as e:  # noqa: BLE001 - a bench skips what it cannot read
            print(f"skip {p}: {e}", file=sys.stderr)
    return out


def _shift(value: Any, days: int) -> Any:
    if not isinstance(value, str) or len(value) < 10:
        return value
    try:
        d = date.fromisoformat(value[:10])
    except ValueError:
        return value
    return (d + timedelta(days=days)).isoformat() + value[10:]


def variant(record: dict[str, Any], k: int) -> dict[str, Any]:
    """Copy ``k`` of a record: dates shifted by its generation, sometimes another place."""
    r = json.loads(json.dumps(record))
    days = 14 * (k // 3)
    doc = r["document"]
    doc["text"] = doc["text"] + f"\n[bench copy {k}]"
    doc["url"] = f"https://bench.example/{k}/{abs(hash(doc.get('url') or doc.get('title') or ''))}"
    doc["published"] = _shift(doc.get("published"), days)
    moved = k % 5 == 4
    for m in r.get("meetings") or ():
        m["date"] = _shift(m.get("date"), days)
        if moved and m.get("place"):
            m["place"] = m["place"] + " Bay"
    for s in r.get("statements") or ():
        s["date"] = _shift(s.get("date"), days)
        s["deadline"] = _shift(s.get("deadline"), days)
    return r


def build(url: str, records: list[dict[str, Any]], n: int, *, tracking: bool) -> dict[str, float]:
    from parley.store import tracked
    from parley.store.db import Store

    saved = tracked.mark_pending
    if not tracking:
        tracked.mark_pending = lambda conn, doc_id: None  # type: ignore[assignment]
    try:
        t0, c0 = time.perf_counter(), time.process_time()
        with Store(url) as store:
            for i in range(n):
                rec = records[i % len(records)]
                store.add(variant(rec, i // len(records)), path=f"bench:{i}")
            t_add, c_add = time.perf_counter() - t0, time.process_time() - c0
            t_track = c_track = 0.0
            if tracking:
                t1, c1 = time.perf_counter(), time.process_time()
                store.track()
                t_track, c_track = time.perf_counter() - t1, time.process_time() - c1
    finally:
        tracked.mark_pending = saved
    total, cpu = time.perf_counter() - t0, time.process_time() - c0
    return {"add_s": t_add, "track_s": t_track, "total_s": total, "per_s": n / total,
            "add_cpu_s": c_add, "track_cpu_s": c_track, "cpu_s": cpu, "per_cpu_s": n / cpu}


def run_cmd(args: list[str]) -> tuple[float, float, int]:
    """Wall time (s), CPU time (s) and peak RSS (MB) of one ``parley`` process.

    Measured by ``/usr/bin/time`` where there is one: a child forked straight from this
    (large) process would count the pages it shared with it before ``exec`` in its peak.
    """
    import shutil
    import tempfile

    timer = shutil.which("time") or "/usr/bin/time"
    t0 = time.perf_counter()
    if os.path.exists(timer):
        with tempfile.NamedTemporaryFile("r", suffix=".time") as f:
            p = subprocess.run([timer, "-f", "%M %U %S", "-o", f.name, PARLEY, *args], stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, check=False)
            wall = time.perf_counter() - t0
            if p.returncode != 0:
                raise SystemExit(f"failed: parley {' '.join(args)}: {p.stderr.decode()}")
            kb, user, system = f.read().split()[-3:]
        return wall, float(user) + float(system), int(int(kb) / 1024)
    q = subprocess.Popen([PARLEY, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(q.pid, 0)
    wall = time.perf_counter() - t0
    if status != 0:
        raise SystemExit(f"failed: parley {' '.join(args)}")
    return wall, usage.ru_utime + usage.ru_stime, int(usage.ru_maxrss / 1024)


def pick_ids(url: str) -> dict[str, str]:
    import sqlalchemy as sa

    from parley.store.db import Store
    from parley.store.tracked import track_meetings, track_people

    with Store(url) as store, store.engine.connect() as conn:
        m = conn.execute(sa.select(track_meetings.c.id).order_by(track_meetings.c.n_sources.desc()).limit(1)).scalar()
        a = conn.execute(sa.select(track_people.c.id).order_by(track_people.c.n_sources.desc()).limit(1)).scalar()
    return {"meeting": str(m), "person": str(a)}


def pct(xs: list[float], q: float) -> float:
    xs = sorted(xs)
    return xs[min(len(xs) - 1, max(0, round(q * (len(xs) - 1))))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--sizes", default="1000,10000")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--out", default="bench-track")
    ap.add_argument("--parties", default="RUS,UKR")
    ap.add_argument("--records", help="a JSON file of the corpus's records: read from it if it exists, else "
                                      "written there after reading the corpus (reading once for several runs)")
    ap.add_argument("--reuse", action="store_true",
                    help="query the stores already in --out (built by an earlier run) instead of building them")
    ap.add_argument("--build-only", action="store_true", help="build the stores, run no query")
    ap.add_argument("--no-plain-above", type=int, default=0,
                    help="above this many reports, build no store without tracking (no add ratio); 0: always")
    ap.add_argument("--ab", metavar="BEFORE,AFTER",
                    help="with --reuse: instead of the latency table, the tracker commands under two copies of "
                         "parley's src folder, side by side, alternating (ratios of CPU after / before)")
    ap.add_argument("--pyc", action="store_true", help="with --ab: each copy with its own bytecode cache")
    args = ap.parse_args()
    out = Path(args.out)
    if args.ab:
        before, after = args.ab.split(",")
        figures = {}
        for n in (int(x) for x in args.sizes.split(",")):
            figures[n] = compare_sources(out / f"tracked-{n}.db", before, after, runs=args.runs, pyc=args.pyc)
        (out / ("ab-pyc.json" if args.pyc else "ab.json")).write_text(json.dumps(figures, indent=2), encoding="utf-8")
        return 0
    out.mkdir(parents=True, exist_ok=True)
    records: list[dict[str, Any]] = []
    if not args.reuse:
        if args.records and Path(args.records).is_file():
            records = json.loads(Path(args.records).read_text(encoding="utf-8"))
        else:
            records = read_corpus(args.corpus)
            if args.records:
                Path(args.records).write_text(json.dumps(records), encoding="utf-8")
        print(f"corpus: {len(records)} records", file=sys.stderr)
    results = []
    for n in (int(x) for x in args.sizes.split(",")):
        rows: dict[str, Any] = {"reports": n}
        plain = out / f"plain-{n}.db"
        with_t = out / f"tracked-{n}.db"
        if args.reuse:
            old = out / f"build-{n}.json"
            if old.is_file():
                rows.update(json.loads(old.read_text(encoding="utf-8")))
        else:
            for p in (plain, with_t):
                for suffix in ("", "-wal", "-shm"):
                    Path(str(p) + suffix).unlink(missing_ok=True)
            if not args.no_plain_above or n <= args.no_plain_above:
                rows["without"] = build(f"sqlite:///{plain}", records, n, tracking=False)
            rows["with"] = build(f"sqlite:///{with_t}", records, n, tracking=True)
            (out / f"build-{n}.json").write_text(json.dumps(rows), encoding="utf-8")
            print(json.dumps(rows), file=sys.stderr)
        if args.build_only:
            continue
        url = f"sqlite:///{with_t}"
        ids = pick_ids(url)
        commands = {
            "timeline": ["timeline", "--json"], "positions": ["positions", "--json"],
            "commitments": ["commitments", "--json"], "show meeting": ["show", ids["meeting"], "--json"],
            "show person": ["show", ids["person"], "--json"],
        }
        lat: dict[str, Any] = {}
        for name, cmd in commands.items():
            variants = [("", cmd)]
            if not name.startswith("show"):
                variants.append((f" --parties {args.parties}", [*cmd, "--parties", args.parties]))
            for suffix, c in variants:
                times, cpus, mems = [], [], []
                for _ in range(args.runs):
                    t, cpu, mem = run_cmd([*c, "--db", url])
                    times.append(t)
                    cpus.append(cpu)
                    mems.append(mem)
                lat[name + suffix] = {"p50_s": round(statistics.median(times), 3), "p95_s": round(pct(times, 0.95), 3),
                                      "cpu_p50_s": round(statistics.median(cpus), 3),
                                      "cpu_p95_s": round(pct(cpus, 0.95), 3), "peak_mb": max(mems)}
        rows["queries"] = lat
        results.append(rows)
        print(json.dumps(rows), file=sys.stderr)
    if results:
        print(render(results))
        (out / "results.json").write_text(json.dumps(results, indent=2), encoding="utf-8")
    return 0


# ------------------------------------------------------------ two copies of the source side by side

def _env(src: str, pyc: str | None) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(Path(src).resolve()))
    if pyc:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = pyc
    return env


def cpu_run(src: str, args: list[str], pyc: str | None) -> tuple[float, float]:
    t0 = time.perf_counter()
    p = subprocess.Popen([PYTHON, "-m", "parley.cli", *args], env=_env(src, pyc),
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(p.pid, 0)
    if status != 0:
        raise SystemExit(f"failed ({status}): {src}: parley {' '.join(args)}")
    return usage.ru_utime + usage.ru_stime, time.perf_counter() - t0


def import_run(src: str, args: list[str], pyc: str | None) -> tuple[float, list[str]]:
    p = subprocess.run([PYTHON, "-X", "importtime", "-m", "parley.cli", *args], env=_env(src, pyc),
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


def compare_sources(db: Path, before: str, after: str, *, runs: int, pyc: bool) -> dict[str, dict[str, object]]:
    """The tracker commands on one store under two copies of parley's source (``--ab``):
    each run its own process (``python -m parley.cli``, the copy on PYTHONPATH), the order
    alternating each round (before first, then after first) so that a change in the
    machine's load falls on both. CPU is user + system of the child (``os.wait4``);
    "imports" the sum of ``-X importtime``'s top-level entries, in separate runs. With
    ``pyc`` each copy gets its own bytecode cache (PYTHONPYCACHEPREFIX) and a warm-up run,
    as an installed package has; without, every run compiles parley's sources where the
    environment says so (PYTHONDONTWRITEBYTECODE)."""
    import sqlite3
    import tempfile

    url = f"sqlite:///{db.resolve()}"
    with sqlite3.connect(db) as c:
        meeting = c.execute("SELECT id FROM track_meetings ORDER BY n_sources DESC LIMIT 1").fetchone()[0]
        person = c.execute("SELECT id FROM track_people ORDER BY n_sources DESC LIMIT 1").fetchone()[0]
    commands = {"timeline --json": ["timeline", "--json"], "positions --json": ["positions", "--json"],
                "commitments --json": ["commitments", "--json"], "show meeting --json": ["show", meeting, "--json"],
                "show person --json": ["show", person, "--json"], "timeline (table)": ["timeline"],
                "--help": ["--help"]}
    tmp = tempfile.mkdtemp(prefix="bench-track-ab-")
    caches = {k: (os.path.join(tmp, k) if pyc else None) for k in ("before", "after")}
    srcs = {"before": before, "after": after}
    if pyc:
        for k in srcs:
            cpu_run(srcs[k], ["timeline", "--json", "--db", url], caches[k])  # warm the bytecode cache
    out: dict[str, dict[str, object]] = {}
    for name, cmd in commands.items():
        full = cmd if name == "--help" else [*cmd, "--db", url]
        cpu: dict[str, list[float]] = {"before": [], "after": []}
        wall: dict[str, list[float]] = {"before": [], "after": []}
        imports: dict[str, list[float]] = {"before": [], "after": []}
        mods: dict[str, list[str]] = {}
        for i in range(runs):
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
    return out


def render(results: list[dict[str, Any]]) -> str:
    lines = ["| reports | adds/s without tracking (wall / CPU) | adds/s with tracking (wall / CPU) | "
             "of which merging (wall / CPU) | ratio (wall / CPU) |", "|---|---|---|---|---|"]
    for r in results:
        if "with" not in r:
            continue
        w, t = r.get("without"), r["with"]
        if w is None:
            lines.append(f"| {r['reports']:,} | not built | {t['per_s']:.0f} / {t['per_cpu_s']:.0f} | "
                         f"{t['track_s']:.1f} s / {t['track_cpu_s']:.1f} s | |")
            continue
        lines.append(f"| {r['reports']:,} | {w['per_s']:.0f} / {w['per_cpu_s']:.0f} | {t['per_s']:.0f} / "
                     f"{t['per_cpu_s']:.0f} | {t['track_s']:.1f} s / {t['track_cpu_s']:.1f} s | "
                     f"{t['per_s'] / w['per_s']:.2f} / {t['per_cpu_s'] / w['per_cpu_s']:.2f} |")
    lines += ["", "| command | " + " | ".join(f"{r['reports']:,}: wall p50 / p95, CPU p50 / p95, peak RSS"
                                              for r in results) + " |",
              "|---|" + "---|" * len(results)]
    for name in results[0]["queries"]:
        cells = []
        for r in results:
            q = r["queries"].get(name)
            cells.append(f"{q['p50_s']:.2f} / {q['p95_s']:.2f} s, {q['cpu_p50_s']:.2f} / {q['cpu_p95_s']:.2f} s, "
                         f"{q['peak_mb']} MB" if q else "")
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


if __name__ == "__main__":
    raise SystemExit(main())
