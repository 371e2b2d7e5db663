"""Screenshots of every page of ``parley serve`` in headless Chromium, for the README.

Builds a store from the bundled examples (``src/parley/examples``) in a temporary folder,
serves it with uvicorn on a free localhost port, opens each page in Debian's ``chromium``
under Selenium and saves a PNG per page:

    .venv/bin/python scripts/screenshots.py [--out docs/screenshots] [--width 1200] [--height 900]

Needs ``chromium`` and ``chromium-driver`` (apt-get install chromium chromium-driver).
"""

from __future__ import annotations

import argparse
import socket
import sys
import tempfile
import threading
import time
from pathlib import Path

import uvicorn
from selenium import webdriver
from selenium.webdriver.chrome.service import Service as DriverService

from parley import service
from parley.serve.app import create_app

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "src" / "parley" / "examples"
FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--hide-scrollbars")


def serve(db: str) -> tuple[uvicorn.Server, str]:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(db, None), host="127.0.0.1", port=port, log_level="warning"))
    threading.Thread(target=server.run, daemon=True).start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise SystemExit("uvicorn did not start")
        time.sleep(0.05)
    return server, f"http://127.0.0.1:{port}"


def pages(db: str) -> list[tuple[str, str]]:
    """(name, path) of each page to show, with real ids from the store."""
    procs = service.processes(db=db)
    main = max(procs, key=lambda p: (p["meetings"], p["statements"]))
    full = service.process(main["id"], db=db)
    meeting = full["timeline"][0]
    statement = (full["commitments"] or full["recent_statements"])[0]
    person = next((q["speaker_id"] for q in full["quotes"] if q["speaker_id"]), None)
    doc = max((s["doc_id"] for m in full["timeline"] for s in m["sources"]),
              key=lambda d: len(service.report(d, db=db)["items"]))
    out = [("processes", "/"), ("process", f"/processes/{main['id']}"), ("timeline", "/timeline"),
           ("positions", "/positions"), ("commitments", "/commitments"), ("meeting", f"/meetings/{meeting['id']}"),
           ("statement", f"/statements/{statement['id']}"), ("report", f"/reports/{doc}"),
           ("search", "/search?q=ceasefire")]
    if person:
        out.insert(6, ("person", f"/people/{person}"))
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--width", type=int, default=1200)
    ap.add_argument("--height", type=int, default=900)
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--chromedriver", default="/usr/bin/chromedriver")
    args = ap.parse_args(argv)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        db = f"sqlite:///{tmp}/examples.db"
        added = service.add([EXAMPLES], db=db, workers=1)
        print(f"store: {added.added} reports from {EXAMPLES}", file=sys.stderr)
        server, base = serve(db)
        opts = webdriver.ChromeOptions()
        opts.binary_location = args.chromium
        for flag in FLAGS:
            opts.add_argument(flag)
        opts.add_argument(f"--user-data-dir={tmp}/profile")
        opts.add_argument(f"--window-size={args.width},{args.height}")
        driver = webdriver.Chrome(service=DriverService(args.chromedriver), options=opts)
        try:
            for name, path in pages(db):
                driver.get(base + path)
                if name == "positions":  # open one cell's history, as a reader would
                    for summary in driver.find_elements("css selector", "table.matrix summary")[:1]:
                        summary.click()
                target = out / f"{name}.png"
                driver.save_screenshot(str(target))
                print(f"{target} ({target.stat().st_size // 1024} KB)  {path}", file=sys.stderr)
        finally:
            driver.quit()
            server.should_exit = True
            service.close_stores()
    return 0


if __name__ == "__main__":
    sys.exit(main())
