"""The README documents every command, every setting, every error code and every diagnostic
(the sqlite-utils habit: a test fails when something is added without its documentation)."""

from __future__ import annotations

import argparse
from pathlib import Path

from parley import errors, settings
from parley.cli import build_parser
from parley.reader import diagnose

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _commands() -> list[str]:
    action = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return list(action.choices)


def test_every_command_is_documented() -> None:
    commands = _commands()
    assert {"read", "bench", "add", "stats", "timeline", "positions", "commitments", "show", "export"} <= set(commands)
    assert [c for c in commands if f"parley {c}" not in README] == []


def test_the_settings_table_is_the_one_settings_makes() -> None:
    assert settings.markdown_table() in README, "README's settings table is stale: python -m parley.settings"
    for s in settings.SETTINGS:
        assert f"`{s.env}`" in README and f"`{s.option}`" in README


def _error_classes() -> list[type[errors.ParleyError]]:
    out, todo = [], [errors.ParleyError]
    while todo:
        cls = todo.pop()
        out.append(cls)
        todo.extend(cls.__subclasses__())
    return out


def test_every_error_code_and_exit_status_is_documented() -> None:
    for cls in _error_classes():
        if cls.__module__ != "parley.errors":
            continue
        assert f"| {cls.code} | `{cls.__name__}` | {cls.exit_status} |" in README, cls.__name__
    for status in ("| 0 |", "| 1 |", "| 2 |", "| 3 |", "| 4 |"):
        assert status in README


def test_every_diagnostic_code_is_documented() -> None:
    codes = [line.split()[0] for line in diagnose.__doc__.splitlines() if line.strip().startswith(("W1", "W2"))]
    codes = [c for c in codes if c[1:].isdigit()] + ["W201", "W202", "W203", "W204", "W205"]
    assert len(codes) >= 8
    assert [c for c in codes if f"| {c} |" not in README] == []
