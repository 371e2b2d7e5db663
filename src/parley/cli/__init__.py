"""The ``parley`` command: a thin shell over the library.

Each command parses its arguments, calls one ``service`` function, and turns a
``ParleyError`` into one line on stderr (its code, then the message) and the error's exit
status (2 bad input, 3 store, 4 usage; 1 when a batch stored some reports but not all).
An option argparse cannot take is a usage error too, printed the same way. Options for
settings (``--db``, ``--workers``) come from ``parley.settings``. Heavy imports happen
inside the commands, so ``parley --help`` and ``parley read`` start fast.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import NoReturn

from parley import __version__

EXIT_USAGE = 4  # UsageError.exit_status, without importing the error tree at start-up
# Commands that read reports in this process, many of them long-lived objects (``_HeapFreeze``).
FREEZE_COMMANDS = ("read", "add", "bench")


class _Parser(argparse.ArgumentParser):
    """argparse, with its errors as one line and the usage exit status."""

    def error(self, message: str) -> NoReturn:
        self.exit(EXIT_USAGE, f"parley: E300 {' '.join(message.split())} (see {self.prog} --help)\n")


class _HeapFreeze:
    """``gc.freeze()`` once, after the first report of a command that reads many.

    The first read loads spaCy's model and every lexicon and compiled pattern: hundreds of
    thousands of objects that live as long as the process. Frozen, the cyclic collector no
    longer walks them on each full collection (``gc.freeze``); a read of many reports spends
    less CPU (see docs/notes/NOTES-track5.md for the figures). Only for the ``parley``
    process's own command line (``main()`` without arguments): a caller that runs ``main``
    in its own process (a test runner) keeps its heap as it is, since freezing it changes
    what its own collections see.
    """

    def __init__(self, on: bool) -> None:
        self.on = on

    def __call__(self, *_: object) -> None:
        if self.on:
            import gc

            gc.freeze()
            self.on = False


def _read(args: argparse.Namespace) -> int:
    from parley import service
    from parley.errors import InputError

    status = 0
    for item in service.read_all(args.report):
        args.freeze_heap()  # after the first report: the model and lexicons are loaded
        if isinstance(item, InputError):
            print(f"parley: {item.code} {item}", file=sys.stderr)
            status = item.exit_status
            continue
        for w in item.document.warnings:
            print(f"parley: warning: {w}", file=sys.stderr)
        if args.json:
            print(json.dumps(item.to_dict(), ensure_ascii=False, indent=None if args.compact else 2))
        else:
            from parley.cli.render import print_record

            print_record(item)
    return status


def _bench(args: argparse.Namespace) -> int:
    from parley import service

    if args.freeze_heap.on:
        _warm_up(args.reports)
        args.freeze_heap()
    service.bench(args.reports, repeat=args.repeat, as_json=args.json)
    return 0


def _warm_up(reports: list[str]) -> None:
    """Read the first report the bench will time (the model loads), so that the heap is
    frozen as in a ``read`` of many; the bench keeps the best of its passes either way."""
    import contextlib
    from pathlib import Path

    from parley import service
    from parley.errors import ParleyError

    first = next((p for p in map(Path, reports) if p.is_file()), None) if reports else None
    if first is None and not reports:
        examples = Path(__file__).parents[1] / "examples"
        first = next((p for p in sorted(examples.iterdir()) if p.suffix in (".txt", ".json", ".html")), None)
    if first is not None:
        with contextlib.suppress(ParleyError):  # the bench says what is wrong with it
            service.read(str(first))


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="parley",
        description="Keep the record of a negotiation from the news.",
    )
    parser.add_argument("--version", action="version", version=f"parley {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    p = sub.add_parser("read", help="read one report (page text, HTML, JSON or JSON Lines) into a record")
    p.add_argument("report", help="a file, or - for standard input")
    p.add_argument("--json", action="store_true", help="print the parley.record/1 object (SCHEMA.md)")
    p.add_argument("--compact", action="store_true", help="with --json: one line per record")
    p.set_defaults(func=_read)

    p = sub.add_parser("bench", help="time `read` in-process against bare spaCy parse passes over the same texts (CPU and wall, cold start, peak memory)")
    p.add_argument("reports", nargs="*", help="reports to time (default: the bundled examples)")
    p.add_argument("--repeat", type=int, default=3, help="passes over the reports (best pass is kept)")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")
    p.set_defaults(func=_bench)

    from parley.cli.store import register

    register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func: Callable[[argparse.Namespace], int] | None = getattr(args, "func", None)
    if func is None:
        parser.print_help()
        return 0
    args.freeze_heap = _HeapFreeze(argv is None and args.command in FREEZE_COMMANDS)
    from parley.errors import ParleyError

    try:
        return func(args)
    except ParleyError as e:
        print(f"parley: {e.code} {e}", file=sys.stderr)
        return e.exit_status
    except KeyboardInterrupt:
        print("parley: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
