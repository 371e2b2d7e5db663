"""Latency of every page and API route of ``parley serve`` under concurrent clients.

Starts ``parley serve`` on the given store as a real process on a free localhost port,
finds real ids through the API, then for each route sends ``--requests`` requests from
``--clients`` concurrent clients (each route at most ``--max-seconds``) and prints p50 / p95 /
max latency as a Markdown table. The first request of each route (which may merge the
store's reports into the tracker) is timed apart, as ``first``.

    .venv/bin/python scripts/bench_serve.py --db bench.db [--clients 4] [--requests 40] [--max-seconds 60]

Only 127.0.0.1 is ever contacted; every loop is bounded in count and time.
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx2 as httpx

ROOT = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start(db: str, port: int) -> subprocess.Popen[bytes]:
    cmd = [sys.executable, "-m", "parley", "serve", "--db", db, "--port", str(port)]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"parley serve exited: {proc.stderr.read().decode()[-500:] if proc.stderr else ''}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/style.css", timeout=2)
            return proc
        except httpx.HTTPError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("parley serve did not start in 60 s")


def routes(base: str) -> list[str]:
    """Every page and its API twin, with ids the store really has."""
    get = lambda path: httpx.get(base + path, timeout=600).json()  # noqa: E731
    procs = get("/api/processes")["processes"]
    main = max(procs, key=lambda p: (p["meetings"], p["statements"]))
    full = get(f"/api/processes/{main['id']}")
    meeting = full["timeline"][0]["id"]
    statement = (full["commitments"] or full["recent_statements"])[0]["id"]
    person = next(q["speaker_id"] for q in full["quotes"] if q["speaker_id"])
    doc = full["timeline"][0]["sources"][0]["doc_id"]
    parties = ",".join(main["sides"][:2])
    pages = ["/", f"/processes/{main['id']}", "/timeline", f"/timeline?parties={parties}&since=2025-01-01",
             "/positions", "/commitments", f"/meetings/{meeting}", f"/people/{person}", f"/statements/{statement}",
             f"/reports/{doc}", "/search?q=ceasefire"]
    return [p for page in pages for p in (page, "/api/processes" if page == "/" else "/api" + page)]


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))]


def bench_route(base: str, route: str, clients: int, n: int, max_s: float) -> dict[str, Any]:
    with httpx.Client(timeout=600) as c:
        t = time.perf_counter()
        first = c.get(base + route)
        first_ms = (time.perf_counter() - t) * 1000
        assert first.status_code == 200, (route, first.status_code)
    stop_at = time.monotonic() + max_s
    per_client = max(1, n // clients)

    def run(_: int) -> list[float]:
        out = []
        with httpx.Client(timeout=600) as c:
            for _ in range(per_client):
                if time.monotonic() > stop_at:
                    break
                t = time.perf_counter()
                r = c.get(base + route)
                out.append((time.perf_counter() - t) * 1000)
                if r.status_code != 200:
                    raise RuntimeError(f"{route}: {r.status_code}")
        return out

    t0 = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        times = [x for part in pool.map(run, range(clients)) for x in part]
    wall = time.perf_counter() - t0
    return {"route": route, "n": len(times), "first_ms": first_ms, "p50_ms": pct(times, 0.5),
            "p95_ms": pct(times, 0.95), "max_ms": max(times), "rps": len(times) / wall if wall else 0.0}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="the store to serve (a SQLite path or URL)")
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--requests", type=int, default=40, help="requests per route, spread over the clients")
    ap.add_argument("--max-seconds", type=float, default=60.0, help="time bound per route")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    port = free_port()
    proc = start(args.db, port)
    base = f"http://127.0.0.1:{port}"
    try:
        stats = httpx.get(base + "/api/processes", timeout=600).json()["stats"]
        results = [bench_route(base, r, args.clients, args.requests, args.max_seconds) for r in routes(base)]
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
    if args.json:
        print(json.dumps({"store": stats, "clients": args.clients, "routes": results}, indent=2))
        return 0
    print(f"store: {stats['documents']:,} reports, {stats['meetings']:,} meetings, {stats['statements']:,} "
          f"statements; {args.clients} clients, {args.requests} requests per route; cpu count {os.cpu_count()}\n")
    print("| route | n | first ms | p50 ms | p95 ms | max ms | req/s |")
    print("|---|--:|--:|--:|--:|--:|--:|")
    for r in results:
        route = r["route"] if len(r["route"]) < 60 else r["route"][:57] + "..."
        print(f"| `{route}` | {r['n']} | {r['first_ms']:.0f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | "
              f"{r['max_ms']:.1f} | {r['rps']:.0f} |")
    worst = max(results, key=lambda r: r["p95_ms"])
    print(f"\nworst p95: {worst['p95_ms']:.1f} ms ({worst['route']})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
