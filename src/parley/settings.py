"""parley's settings: one table, which makes the command-line options, reads the
environment and writes the README's settings table.

    SETTINGS                     every setting: name, default, environment variable, help, type
    value(name, given)           what a setting is: ``given`` (an option, an argument) if not None,
                                 else its environment variable, else its default
    add_options(parser, *names)  ``--name`` options for these settings, as the CLI uses them
    markdown_table()             the README's table (``python -m parley.settings`` prints it)

A value that cannot be used (``PARLEY_WORKERS=many``, ``--port 0``) is a ``UsageError``
naming where it came from. Nothing else in parley reads these environment variables.
This module imports only ``errors``.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from parley.errors import UsageError


def _positive_int(text: str) -> int:
    try:
        n = int(text.strip())
    except ValueError:
        raise ValueError("not a whole number") from None
    if n < 1:
        raise ValueError("must be 1 or more")
    return n


def _port(text: str) -> int:
    n = _positive_int(text)
    if n > 65535:
        raise ValueError("not a TCP port (1-65535)")
    return n


def _text(text: str) -> str:
    if not text.strip():
        raise ValueError("empty")
    return text.strip()


_TYPE_NAMES: dict[Callable[[str], Any], str] = {_positive_int: "integer >= 1", _port: "port", _text: "text"}


@dataclass(frozen=True, slots=True)
class Setting:
    """One setting. ``parse`` turns a string (from the environment or the command line)
    into its value and raises ``ValueError`` with a short reason when it cannot."""

    name: str
    default: Any
    env: str
    help: str
    parse: Callable[[str], Any]
    metavar: str
    commands: tuple[str, ...]  # the commands that take it as an option
    default_text: str | None = None  # the default as the docs say it, when not just str(default)
    secret: bool = False  # never echoed in messages

    @property
    def option(self) -> str:
        return f"--{self.name.replace('_', '-')}"

    @property
    def type_name(self) -> str:
        return _TYPE_NAMES.get(self.parse, "text")

    def describe_default(self) -> str:
        if self.default_text is not None:
            return self.default_text
        return "none" if self.default is None else str(self.default)


STORE_COMMANDS = ("add", "stats", "timeline", "positions", "commitments", "show", "export")

SETTINGS: tuple[Setting, ...] = (
    Setting("db", "parley.db", "PARLEY_DB",
            "the store: a SQLite file (a bare path) or URL, or postgresql+psycopg://user:pass@host/db",
            _text, "URL", STORE_COMMANDS, default_text="./parley.db", secret=True),
    Setting("workers", None, "PARLEY_WORKERS",
            "extraction processes for `parley add` (1 runs in-process)",
            _positive_int, "N", ("add",), default_text="all cores"),
    Setting("host", "127.0.0.1", "PARLEY_HOST", "the address `parley serve` listens on", _text, "HOST", ("serve",)),
    Setting("port", 8000, "PARLEY_PORT", "the TCP port `parley serve` listens on", _port, "PORT", ("serve",)),
    Setting("token", None, "PARLEY_TOKEN",
            "the token `parley serve` asks of every request (none: no token asked)",
            _text, "TOKEN", ("serve",), secret=True),
)

BY_NAME: dict[str, Setting] = {s.name: s for s in SETTINGS}


def setting(name: str) -> Setting:
    try:
        return BY_NAME[name]
    except KeyError:
        raise KeyError(f"no setting named {name!r}") from None


def _parse(s: Setting, text: str, where: str) -> Any:
    try:
        return s.parse(text)
    except ValueError as e:
        raise UsageError(f"{where}: {'the value given' if s.secret else repr(text)}: {e}") from None


def value(name: str, given: Any = None, environ: Mapping[str, str] | None = None) -> Any:
    """The setting ``name``: ``given`` when not None (a string is parsed as the option would be),
    else its environment variable when set and not empty, else its default."""
    s = setting(name)
    if given is not None:
        return _parse(s, given, s.option) if isinstance(given, str) else given
    env = os.environ if environ is None else environ
    raw = env.get(s.env)
    if raw is not None and raw.strip():
        return _parse(s, raw, s.env)
    return s.default


def option_help(s: Setting) -> str:
    return f"{s.help} (default: ${s.env}, else {s.describe_default()})"


def add_options(parser: argparse.ArgumentParser, *names: str) -> None:
    """Add ``--name`` for each setting. The option's default is None, so that ``value``
    can tell an option given from one left out; parsing happens in ``value``, which gives
    one-line usage errors."""
    for name in names:
        s = setting(name)
        parser.add_argument(s.option, dest=s.name, metavar=s.metavar, default=None, help=option_help(s))


def markdown_table() -> str:
    """The README's settings table."""
    rows = ["| setting | option | environment | default | type | commands | what |",
            "|---|---|---|---|---|---|---|"]
    for s in SETTINGS:
        rows.append(f"| {s.name} | `{s.option}` | `{s.env}` | {s.describe_default()} | {s.type_name} | "
                    f"{', '.join(s.commands)} | {s.help} |")
    return "\n".join(rows)


if __name__ == "__main__":
    print(markdown_table())
