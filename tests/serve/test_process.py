"""``parley serve`` as a real process, and what ``serve/`` may import."""

from __future__ import annotations

import ast
import subprocess
import sys
import time
from pathlib import Path

import httpx2

from parley import service

from .test_browser import free_port

SERVE = Path(service.__file__).parent / "serve"
ALLOWED = {"parley.service", "parley.model", "parley.errors", "parley.settings"}


def test_parley_serve_runs_on_localhost(store_db: str) -> None:
    port = free_port()
    cmd = [sys.executable, "-m", "parley", "serve", "--db", store_db, "--port", str(port)]
    with subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True) as proc:
        try:
            deadline = time.monotonic() + 60
            while True:
                assert proc.poll() is None, "parley serve exited"
                try:
                    r = httpx2.get(f"http://127.0.0.1:{port}/", timeout=5)
                    break
                except httpx2.HTTPError:
                    assert time.monotonic() < deadline, "parley serve did not answer in 60 s"
                    time.sleep(0.2)
            assert r.status_code == 200 and "Finland-Portugal talks" in r.text
            assert "server" not in r.headers
            assert httpx2.post(f"http://127.0.0.1:{port}/api/reports", content=b"{}", timeout=5).status_code == 403
        finally:
            proc.terminate()
            _, err = proc.communicate(timeout=15)
    assert f"on http://127.0.0.1:{port}/" in err


def test_a_bad_store_is_one_line_and_exit_3(tmp_path: Path) -> None:
    r = subprocess.run([sys.executable, "-m", "parley", "serve", "--db", str(tmp_path / "no" / "x.db")],
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 3 and r.stderr.count("\n") == 1 and "Traceback" not in r.stderr


def test_serve_imports_only_service_model_errors() -> None:
    for path in [*SERVE.glob("*.py"), SERVE.parent / "cli" / "serve.py"]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] if node.module != "parley" else [f"parley.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                if name.startswith("parley"):
                    assert name in ALLOWED or name.startswith("parley.serve") or (
                        path.name == "serve.py" and path.parent.name == "cli" and name == "parley.cli.store"), (
                        path, name)
