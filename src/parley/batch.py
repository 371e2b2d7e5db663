"""``parley add``: many reports in, each stored once.

Takes paths (files, folders walked recursively, JSON and JSON Lines corpora, ``-``
for standard input) and a ``Store``; gives an ``AddReport``: how many reports were
added, found unchanged, skipped as not reports, or failed, with one-line reasons.

    walk the inputs (parent)  ->  extract in chunks (worker processes or Dask)  ->  store (parent)

Inputs are streamed: the parent reads one file or JSON Lines line at a time and keeps
a bounded number of chunks in flight, so memory stays flat however large the corpus.
An input already stored (same raw bytes, or same URL) is counted unchanged before any
extraction, so a rerun over a folder costs one hash per file. Only the parent writes to
the store, one transaction per report, so a killed run loses nothing it committed.

Workers get picklable jobs and return plain dicts; this module imports neither the
store's database layer nor the extraction stages at import time, so a worker (or a
Dask worker on another machine) imports what it needs and no more.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from parley.model import RawDocument

if TYPE_CHECKING:
    from parley.store.db import Store

CHUNK_SIZE = 8  # jobs per task: amortizes the ~1 ms of IPC per task, small enough to keep workers even
IN_FLIGHT_PER_WORKER = 4  # chunks queued per worker: keeps them busy while the parent writes, bounds memory
MAX_LISTED = 1000  # failures and skips kept for the final listing; the counts go on
MAX_INPUT_BYTES = 5 * 1024 * 1024  # one report; matches parley.reader.ingest's limit
DASK_CONNECT_TIMEOUT_S = 30  # a scheduler across a network can be slow to answer; an absent one fails after this
ORPHAN_POLL_S = 0.5  # how often a pool worker checks that its parent is still alive

# Files that sit beside reports in a corpus folder but are not reports.
NOT_REPORT_NAMES = frozenset({
    "readme", "license", "licence", "changelog", "changes", "contributing", "notice", "copying",
    "authors", "code_of_conduct", "security",
})
NOT_REPORT_SUFFIXES = frozenset({
    ".png", ".jpg", ".jpeg", ".gif", ".webp", ".svg", ".ico", ".pdf", ".zip", ".gz", ".tgz", ".bz2",
    ".xz", ".tar", ".7z", ".py", ".pyc", ".js", ".css", ".db", ".sqlite", ".sqlite3", ".db-wal", ".db-shm",
    ".csv", ".tsv", ".parquet", ".yaml", ".yml", ".toml", ".ini", ".cfg", ".lock", ".mp3", ".mp4",
})
JSON_LINES_SUFFIXES = frozenset({".jsonl", ".ndjson"})


# ------------------------------------------------------------------ results

@dataclass
class AddReport:
    """What one ``add_paths`` run did."""

    added: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (input, one-line reason)
    skips: list[tuple[str, str]] = field(default_factory=list)
    elapsed_s: float = 0.0
    done: int = 0  # inputs dealt with, for a progress bar: a skipped manifest counts all its lines

    @property
    def seen(self) -> int:
        return self.added + self.unchanged + self.skipped + self.failed

    def fail(self, name: str, reason: str) -> None:
        self.failed += 1
        self.done += 1
        if len(self.failures) < MAX_LISTED:
            self.failures.append((name, reason))

    def skip(self, name: str, reason: str, count: int = 1, inputs: int | None = None) -> None:
        self.skipped += count
        self.done += count if inputs is None else inputs
        if len(self.skips) < MAX_LISTED:
            self.skips.append((name, reason))

    def to_dict(self) -> dict[str, Any]:
        return {
            "added": self.added, "unchanged": self.unchanged, "skipped": self.skipped, "failed": self.failed,
            "failures": [{"input": n, "reason": r} for n, r in self.failures],
            "skips": [{"input": n, "reason": r} for n, r in self.skips],
            "elapsed_s": round(self.elapsed_s, 3),
        }


# ------------------------------------------------------------------ jobs

@dataclass(frozen=True, slots=True)
class Job:
    """One input to extract. Exactly one of ``path``, ``obj``, ``raw`` is set.

    ``path``: a text or HTML file, read by the worker with parley's own reader.
    ``obj``: a JSON report (a file or one JSON Lines line), shipped whole, so remote
    workers need no shared disk for JSON corpora. ``raw``: standard input.
    """

    name: str  # where it came from: a path, path:line, <stdin>
    key: str  # sha256 of the raw input: lets a rerun skip it before extraction
    url: str | None = None
    path: str | None = None
    obj: dict[str, Any] | None = None
    raw: RawDocument | None = None


@dataclass(frozen=True, slots=True)
class Skip:
    name: str
    reason: str
    count: int = 1  # skipped reports, as counted
    inputs: int | None = None  # lines it stands for, when more than count (a manifest)


@dataclass(frozen=True, slots=True)
class Failure:
    name: str
    reason: str


# An extraction outcome, as a worker returns it: (name, key, "record" | "skipped" | "failed", payload)
Outcome = tuple[str, str, str, Any]


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _one_line(e: BaseException) -> str:
    msg = " ".join(str(e).split())
    return msg or type(e).__name__


def _is_report_json(obj: Any) -> bool:
    return isinstance(obj, dict) and isinstance(obj.get("text"), str) and bool(obj["text"].strip())


def _url_of(obj: dict[str, Any]) -> str | None:
    url = obj.get("url")
    return url if isinstance(url, str) and url.strip() else None


def iter_inputs(paths: Iterable[str | Path]) -> Iterator[Job | Skip | Failure]:
    """Every input under ``paths``, in a stable order (folders sorted), lazily."""
    for p in paths:
        if str(p) == "-":
            yield from _stdin_inputs()
            continue
        path = Path(p)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))  # .git, .venv
                for f in sorted(files):
                    if not f.startswith("."):
                        yield from _file_inputs(Path(folder) / f)
        elif path.exists():
            yield from _file_inputs(path)
        else:
            yield Failure(str(path), "no such file or folder")


def estimate_inputs(paths: Iterable[str | Path]) -> int | None:
    """About how many inputs ``iter_inputs`` will give (files, plus lines of JSON Lines
    files), for a progress bar; None when standard input is among them."""
    from parley.errors import InputError
    from parley.reader.ingest.files import open_regular

    total = 0
    for p in paths:
        if str(p) == "-":
            return None
        path = Path(p)
        files = [path] if path.is_file() else [
            Path(folder) / f for folder, dirs, names in os.walk(path)
            # hidden files and folders below the one given are skipped, as iter_inputs skips them;
            # the parts of the path given (``../corpus``) are not looked at
            for f in names if not f.startswith(".")
            and not any(d.startswith(".") for d in Path(folder).relative_to(path).parts)
        ]
        for f in files:
            if f.suffix.lower() in JSON_LINES_SUFFIXES:
                try:
                    with open_regular(f) as fh:
                        total += sum(chunk.count(b"\n") for chunk in iter(partial(fh.read, 1 << 20), b""))
                except (OSError, InputError):
                    total += 1
            else:
                total += 1
    return total


def _not_report_reason(path: Path) -> str | None:
    if path.stem.lower() in NOT_REPORT_NAMES:
        return f"not a report ({path.name} is a folder's notes)"
    if path.suffix.lower() in NOT_REPORT_SUFFIXES:
        return f"not a report ({path.suffix} file)"
    return None


def _file_inputs(path: Path) -> Iterator[Job | Skip | Failure]:
    name = str(path)
    reason = _not_report_reason(path)
    if reason:
        yield Skip(name, reason)
        return
    from parley.errors import InputError
    from parley.reader.ingest.files import bounded_lines, open_regular, read_limited

    suffix = path.suffix.lower()
    try:  # regular files only, in bounded reads: a FIFO or a link to /dev/zero fails at once
        if suffix in JSON_LINES_SUFFIXES:
            with open_regular(path) as f:
                yield from _json_lines(bounded_lines(f, MAX_INPUT_BYTES), name)
            return
        data = read_limited(path, MAX_INPUT_BYTES)
    except InputError as e:
        yield Failure(name, _one_line(e).removeprefix(f"{name}: "))
        return
    except OSError as e:
        yield Failure(name, f"cannot read: {e.strerror or e}")
        return
    if suffix == ".json":
        yield from _json_file(data, name)
    else:
        yield Job(name=name, key=_sha(data), path=name)


def _json_file(data: bytes, name: str) -> Iterator[Job | Skip | Failure]:
    try:
        obj = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        yield Failure(name, "not UTF-8 JSON")
        return
    except json.JSONDecodeError as e:
        if e.msg == "Extra data":  # JSON Lines under a .json name
            yield from _json_lines(iter(data.splitlines(keepends=True)), name)
        else:
            yield Failure(name, f"malformed JSON ({e.msg} at line {e.lineno})")
        return
    if isinstance(obj, list):  # an array of reports: each is an input, as a JSON Lines line would be
        found = 0
        for i, item in enumerate(obj, 1):
            if _is_report_json(item):
                found += 1
                yield Job(name=f"{name}[{i}]", key=_sha(json.dumps(item, sort_keys=True).encode()),
                          url=_url_of(item), obj=item)
        if not found:
            yield Skip(name, "not a report (a JSON array with no object that has a 'text')")
    elif _is_report_json(obj):
        yield Job(name=name, key=_sha(data), url=_url_of(obj), obj=obj)
    else:
        yield Skip(name, "not a report (JSON with no 'text')")


def _json_lines(lines: Iterable[bytes], name: str) -> Iterator[Job | Skip | Failure]:
    """One job per line that is a report; a file with none is one skip (a manifest)."""
    reports = textless = 0
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line:
            continue
        where = f"{name}:{lineno}"
        if len(line) > MAX_INPUT_BYTES:
            yield Failure(where, f"line over the {MAX_INPUT_BYTES // 1_000_000} MB limit for one report")
            continue
        try:
            obj = json.loads(line.decode("utf-8-sig", errors="replace"))
        except json.JSONDecodeError as e:
            yield Failure(where, f"malformed JSON line ({e.msg})")
            continue
        if _is_report_json(obj):
            reports += 1
            yield Job(name=where, key=_sha(line), url=_url_of(obj), obj=obj)
        else:
            textless += 1
    if textless:
        if reports:
            yield Skip(name, f"{textless} lines with no 'text'", count=textless)
        else:
            yield Skip(name, "not a report corpus (no line has a 'text': a manifest?)", inputs=textless)


def _stdin_inputs() -> Iterator[Job | Skip | Failure]:
    from parley.reader.ingest.files import bounded_lines, read_chunks

    stream = sys.stdin.buffer
    head = stream.readline(MAX_INPUT_BYTES + 1)
    while head and not head.strip():
        head = stream.readline(MAX_INPUT_BYTES + 1)
    if head.lstrip().startswith(b"{"):
        try:
            json.loads(head)
            is_lines = True
        except json.JSONDecodeError:
            is_lines = False  # one JSON object over many lines
        if is_lines:
            yield from _json_lines(_chain_first(head, bounded_lines(stream, MAX_INPUT_BYTES)), "<stdin>")
            return
    data = head + read_chunks(stream, MAX_INPUT_BYTES - len(head))
    if len(data) > MAX_INPUT_BYTES:
        yield Failure("<stdin>", f"over the {MAX_INPUT_BYTES // 1_000_000} MB limit for one report")
    elif not data.strip():
        yield Skip("<stdin>", "empty input")
    elif data.lstrip().startswith(b"{"):
        yield from _json_file(data, "<stdin>")
    else:
        text = data.decode("utf-8-sig", errors="replace")
        kind = "html" if text.lstrip()[:1] == "<" else "text"
        yield Job(name="<stdin>", key=_sha(data), raw=RawDocument(content=text, kind=kind, source="<stdin>"))


def _chain_first(first: bytes, rest: Iterable[bytes]) -> Iterator[bytes]:
    yield first
    yield from rest


# ------------------------------------------------------------------ extraction (runs in workers)

def extract_chunk(jobs: list[Job]) -> list[Outcome]:
    """Extract each job's record(s). Never raises: a bad input is an outcome."""
    return [o for job in jobs for o in _extract_job(job)]


def _extract_job(job: Job) -> list[Outcome]:
    from parley.errors import BinaryInput, EmptyInput, InputError, NotAReport
    from parley.reader.pipeline import extract, read_all

    not_a_report = (NotAReport, EmptyInput, BinaryInput)
    try:
        if job.path is not None:
            out: list[Outcome] = []
            for i, item in enumerate(read_all(job.path)):
                name, key = (job.name, job.key) if i == 0 else (f"{job.name}#{i + 1}", f"{job.key}#{i + 1}")
                if isinstance(item, not_a_report):
                    out.append((name, key, "skipped", f"not a report ({_one_line(item)})"))
                elif isinstance(item, InputError):
                    out.append((name, key, "failed", _one_line(item)))
                else:
                    out.append((name, key, "record", item.to_dict()))
            return out
        raw = job.raw if job.raw is not None else _raw_from_json(job.obj or {}, job.name)
        return [(job.name, job.key, "record", extract(raw).to_dict())]
    except not_a_report as e:
        return [(job.name, job.key, "skipped", f"not a report ({_one_line(e)})")]
    except InputError as e:
        return [(job.name, job.key, "failed", _one_line(e))]
    except Exception as e:  # noqa: BLE001 - one bad report never stops the batch
        return [(job.name, job.key, "failed", f"internal error, please report: {type(e).__name__}: {_one_line(e)}")]


def _raw_from_json(obj: dict[str, Any], name: str) -> RawDocument:
    from parley.reader.ingest import from_json  # parley's reader decides what a JSON report means

    return from_json(obj, name)


# ------------------------------------------------------------------ running

class _Done:
    """A finished 'future', for the in-process engine."""

    def __init__(self, value: list[Outcome]) -> None:
        self.value = value

    def result(self) -> list[Outcome]:
        return self.value


Submit = Callable[[list[Job]], Any]  # returns something with .result() -> list[Outcome]


def exit_with_parent(parent_pid: int) -> None:
    """A pool worker's initializer: end this process as soon as ``parent_pid`` is gone.

    A process whose parent dies is re-parented (to init or a subreaper), so ``os.getppid()``
    changes; a daemon thread polls it. No signal or ``prctl`` is needed, so it works on any
    POSIX system and whichever thread of the parent started the worker.
    """
    import threading

    def watch() -> None:
        while os.getppid() == parent_pid:
            time.sleep(ORPHAN_POLL_S)
        os._exit(1)

    if os.getppid() != parent_pid:  # the parent died while this worker was starting
        os._exit(1)
    threading.Thread(target=watch, name="parley-exit-with-parent", daemon=True).start()


def default_workers() -> int:
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def add_paths(store: Store, paths: Iterable[str | Path], *, workers: int | None = None, engine: str = "local",
              scheduler: str | None = None, on_progress: Callable[[AddReport], None] | None = None) -> AddReport:
    """Read every report under ``paths`` and store each once; see the module docstring.

    ``workers``: extraction processes (default: all cores; 1 runs in this process).
    ``engine``: ``"local"`` (a process pool) or ``"dask"`` (a Dask cluster: the one at
    ``scheduler``, e.g. ``tcp://host:8786``, or a LocalCluster of ``workers`` processes).
    ``on_progress`` is called with the running report after each input.
    """
    from parley.errors import StoreError

    workers = default_workers() if workers is None else workers
    if workers < 1:
        raise StoreError(f"--workers must be 1 or more, not {workers}")
    report = AddReport()
    started = time.perf_counter()
    with _executor(engine, workers, scheduler) as (submit, slots):
        _run(store, iter_inputs(paths), submit, slots, report, on_progress)
    report.elapsed_s = time.perf_counter() - started
    return report


class _executor:
    """Context manager giving (submit, how many chunks to keep in flight) for an engine."""

    def __init__(self, engine: str, workers: int, scheduler: str | None) -> None:
        self.engine, self.workers, self.scheduler = engine, workers, scheduler
        self._close: list[Callable[[], Any]] = []

    def __enter__(self) -> tuple[Submit, int]:
        from parley.errors import StoreError

        if self.engine == "dask":
            return self._dask()
        if self.engine != "local":
            raise StoreError(f"unknown engine {self.engine!r} (local or dask)")
        if self.scheduler:
            raise StoreError("--scheduler needs --engine dask")
        if self.workers == 1:
            return (lambda chunk: _Done(extract_chunk(chunk))), 1
        import multiprocessing as mp
        from concurrent.futures import ProcessPoolExecutor

        # spawn, not fork: the parent holds database connections and (in the CLI) a
        # progress thread, neither of which a forked child may inherit safely.
        # Each worker watches its parent and exits when it is gone (kill -9 of `parley add`).
        pool = ProcessPoolExecutor(self.workers, mp_context=mp.get_context("spawn"),
                                   initializer=exit_with_parent, initargs=(os.getpid(),))
        self._close.append(lambda: pool.shutdown(wait=True, cancel_futures=True))
        return (lambda chunk: pool.submit(extract_chunk, chunk)), self.workers * IN_FLIGHT_PER_WORKER

    def _dask(self) -> tuple[Submit, int]:
        from parley.errors import StoreError

        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise StoreError("--engine dask needs dask[distributed]: pip install 'parley[dask]'") from None
        import logging

        try:
            if self.scheduler:
                client = Client(self.scheduler, timeout=f"{DASK_CONNECT_TIMEOUT_S}s")
            else:
                # No dashboard, and no fixed port: the scheduler's HTTP server binds 8787 even with
                # dashboard_address=None, so it gets ":0" (any free port) and the dashboard is off.
                cluster = LocalCluster(n_workers=self.workers, threads_per_worker=1, processes=True,
                                       host="127.0.0.1", scheduler_port=0, dashboard_address=":0",
                                       scheduler_kwargs={"dashboard": False}, silence_logs=logging.ERROR)
                self._close.append(cluster.close)
                client = Client(cluster)
        except (OSError, TimeoutError) as e:
            raise StoreError(f"cannot reach the Dask scheduler {self.scheduler}: {_one_line(e)}") from None
        self._close.insert(0, client.close)
        slots = max(1, sum(client.nthreads().values())) * IN_FLIGHT_PER_WORKER
        return (lambda chunk: client.submit(extract_chunk, chunk, pure=False)), slots

    def __exit__(self, *exc: object) -> None:
        for close in self._close:
            close()


def _run(store: Store, inputs: Iterator[Job | Skip | Failure], submit: Submit, slots: int,
         report: AddReport, on_progress: Callable[[AddReport], None] | None) -> None:
    pending: deque[tuple[list[Job], Any]] = deque()

    def progress() -> None:
        if on_progress is not None:
            on_progress(report)

    def drain_one() -> None:
        chunk, fut = pending.popleft()
        try:
            outcomes = fut.result()
        except Exception as e:  # noqa: BLE001 - a crashed worker fails its chunk, not the run
            outcomes = [(j.name, j.key, "failed", f"extraction worker died: {type(e).__name__}: {_one_line(e)}")
                        for j in chunk]
        for name, key, kind, payload in outcomes:
            _store_outcome(store, name, key, kind, payload, report)
            progress()

    for chunk in _chunks(store, inputs, report, progress):
        pending.append((chunk, submit(chunk)))
        # Results are stored in the order of the inputs, so that any engine and any
        # number of workers keep the same first copy of a duplicate.
        while len(pending) >= slots:
            drain_one()
    while pending:
        drain_one()


def _chunks(store: Store, inputs: Iterator[Job | Skip | Failure], report: AddReport,
            progress: Callable[[], None]) -> Iterator[list[Job]]:
    """Jobs not yet stored, in chunks; skips, failures and known inputs are counted here."""
    batch: list[Job] = []

    def flush() -> Iterator[list[Job]]:
        keys, urls = store.known([j.key for j in batch], [j.url for j in batch if j.url])
        fresh = [j for j in batch if j.key not in keys and j.url not in urls]
        report.unchanged += len(batch) - len(fresh)
        report.done += len(batch) - len(fresh)
        batch.clear()
        if len(fresh) < CHUNK_SIZE:
            progress()
        if fresh:
            yield fresh

    for item in inputs:
        if isinstance(item, Skip):
            report.skip(item.name, item.reason, item.count, item.inputs)
            progress()
        elif isinstance(item, Failure):
            report.fail(item.name, item.reason)
            progress()
        else:
            batch.append(item)
            if len(batch) >= CHUNK_SIZE:
                yield from flush()
    if batch:
        yield from flush()


def _store_outcome(store: Store, name: str, key: str, kind: str, payload: Any, report: AddReport) -> None:
    from parley.errors import StoreError

    if kind == "skipped":
        report.skip(name, payload)
    elif kind == "failed":
        report.fail(name, payload)
    else:
        try:
            status, _ = store.add(payload, path=name, key=key)
        except StoreError as e:
            report.fail(name, _one_line(e))
            return
        report.done += 1
        if status == "added":
            report.added += 1
        else:
            report.unchanged += 1
