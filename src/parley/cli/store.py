"""The store's commands: ``parley add`` and ``parley stats``, then the tracker's (``cli.track``).

``register(sub)`` adds them to the CLI's subparsers. Each command opens the store,
calls one service function (``service.add``, ``service.stats``) and prints; a
``StoreError`` reaches the CLI, which prints it as one line. SQLAlchemy, Dask and
``rich.progress`` are imported inside the commands, so ``parley --help`` stays fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from parley import settings
from parley.cli.render import plain


def add_db_option(p: argparse.ArgumentParser) -> None:
    """``--db URL``: the one way every store command is told which store to open (``parley.settings``)."""
    settings.add_options(p, "db")


def register(sub: Any) -> None:
    p = sub.add_parser("add", help="read reports (files, folders, JSON Lines, -) and store each once",
                       description="Read every report under PATH (folders recursively; JSON and JSON Lines "
                                   "corpora; - for standard input) and store it once. Files that are not "
                                   "reports (a README, a manifest) are skipped.")
    p.add_argument("paths", nargs="+", metavar="PATH")
    settings.add_options(p, "db", "workers")
    p.add_argument("--engine", choices=("local", "dask"), default="local",
                   help="local process pool, or a Dask cluster (default: local)")
    p.add_argument("--scheduler", metavar="ADDRESS", default=None,
                   help="with --engine dask: the scheduler, e.g. tcp://host:8786 (default: a LocalCluster)")
    p.add_argument("--json", action="store_true", help="print the counts and failures as JSON")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=_add)

    p = sub.add_parser("stats", help="counts of stored documents, actors, meetings, statements, quotes")
    add_db_option(p)
    p.add_argument("--json", action="store_true", help="print the counts as JSON")
    p.set_defaults(func=_stats)

    from parley.cli.track import register as register_queries

    register_queries(sub)

    from parley.cli.serve import register as register_serve

    register_serve(sub)


def _add(args: argparse.Namespace) -> int:
    from parley import service

    if args.quiet or args.json or not sys.stderr.isatty():
        report = service.add(args.paths, db=args.db, workers=args.workers, engine=args.engine,
                             scheduler=args.scheduler, on_progress=_freezing(args))
    else:
        report = _add_with_progress(args)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"added {report.added}, unchanged {report.unchanged}, skipped {report.skipped}, "
              f"failed {report.failed} in {report.elapsed_s:.1f} s", file=sys.stderr)
        for name, reason in report.failures:
            print(f"  failed: {plain(name)}: {plain(reason)}", file=sys.stderr)
        if report.failed > len(report.failures):
            print(f"  ... and {report.failed - len(report.failures)} more", file=sys.stderr)
    return 1 if report.failed else 0


def _freezing(args: argparse.Namespace) -> Any:
    """A progress callback that freezes the heap once the first report is stored (read in
    this process with ``--workers 1``: the model is loaded); None where nothing is to freeze."""
    freeze = getattr(args, "freeze_heap", None)
    if freeze is None or not freeze.on:
        return None

    def after(r: Any) -> None:
        if r.added:
            freeze()

    return after


def _add_with_progress(args: argparse.Namespace) -> Any:
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        SpinnerColumn,
        TextColumn,
        TimeElapsedColumn,
    )

    from parley import service

    columns = (SpinnerColumn(), BarColumn(), MofNCompleteColumn(), TextColumn("{task.description}"),
               TimeElapsedColumn())
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        # The total counts files and JSON Lines lines; `done` counts the same units.
        task = bar.add_task("reading", total=service.estimate_inputs(args.paths))

        freeze = _freezing(args)

        def show(r: Any) -> None:
            if freeze is not None:
                freeze(r)
            bar.update(task, completed=r.done, description=f"added [green]{r.added}[/] · unchanged {r.unchanged}"
                                                           f" · skipped {r.skipped} · failed [red]{r.failed}[/]")

        return service.add(args.paths, db=args.db, workers=args.workers, engine=args.engine,
                           scheduler=args.scheduler, on_progress=show)


def _stats(args: argparse.Namespace) -> int:
    from parley import service

    counts = service.stats(db=args.db)
    if args.json:
        print(json.dumps(counts))
    else:
        width = max(map(len, counts))
        for name, n in counts.items():
            print(f"{name:<{width}}  {n:>8,}")
    return 0
