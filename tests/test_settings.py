"""The settings table: one place for each setting's default, environment variable and help,
which the CLI's options, the environment and the README's table all come from."""

from __future__ import annotations

import argparse
import re
from pathlib import Path

import pytest

from parley import settings
from parley.cli import build_parser
from parley.errors import UsageError

SRC = Path(__file__).resolve().parents[1] / "src" / "parley"


def test_given_beats_environment_beats_default() -> None:
    env = {"PARLEY_PORT": "9001", "PARLEY_HOST": "  "}
    assert settings.value("port", environ={}) == 8000
    assert settings.value("port", environ=env) == 9001
    assert settings.value("port", "9100", environ=env) == 9100  # an option's string is parsed
    assert settings.value("port", 9200, environ=env) == 9200  # a library caller's value is kept
    assert settings.value("host", environ=env) == "127.0.0.1"  # blank is unset, not an empty host
    assert settings.value("token", environ={}) is None
    assert settings.value("workers", environ={"PARLEY_WORKERS": "3"}) == 3


@pytest.mark.parametrize("name, env, text, words", [
    ("workers", "PARLEY_WORKERS", "many", "not a whole number"),
    ("workers", "PARLEY_WORKERS", "0", "1 or more"),
    ("port", "PARLEY_PORT", "70000", "not a TCP port"),
])
def test_a_bad_value_is_a_usage_error_naming_where_it_came_from(name: str, env: str, text: str, words: str) -> None:
    with pytest.raises(UsageError, match=words) as from_env:
        settings.value(name, environ={env: text})
    assert env in str(from_env.value) and repr(text) in str(from_env.value)
    with pytest.raises(UsageError, match=words) as from_option:
        settings.value(name, text, environ={})
    assert str(from_option.value).startswith(f"--{name}:")


def test_a_secret_is_never_echoed() -> None:
    with pytest.raises(UsageError) as e:
        settings.value("token", "   ", environ={})
    assert "'   '" not in str(e.value)


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    action = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    return dict(action.choices)


def test_cli_options_are_made_from_the_table() -> None:
    commands = _subparsers(build_parser())
    for s in settings.SETTINGS:
        for command in s.commands:
            if command not in commands:
                assert command == "serve", f"{s.name}: no command {command!r}"  # serve: its own issue
                continue
            opts = {o: a for a in commands[command]._actions for o in a.option_strings}
            assert s.option in opts, f"parley {command} has no {s.option}"
            action = opts[s.option]
            assert action.help == settings.option_help(s) and action.default is None and action.dest == s.name


def test_the_cli_hands_options_and_environment_to_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                             capsys: pytest.CaptureFixture[str]) -> None:
    from parley.cli import main

    (tmp_path / "r.txt").write_text("WINDHOEK - Envoys of the two sides met on Monday, officials said.",
                                    encoding="utf-8")
    monkeypatch.setenv("PARLEY_DB", str(tmp_path / "from-env.db"))
    monkeypatch.setenv("PARLEY_WORKERS", "1")
    assert main(["add", str(tmp_path / "r.txt"), "--quiet"]) == 0
    assert (tmp_path / "from-env.db").is_file()
    assert main(["add", str(tmp_path / "r.txt"), "--quiet", "--db", str(tmp_path / "given.db")]) == 0
    assert (tmp_path / "given.db").is_file()
    monkeypatch.setenv("PARLEY_WORKERS", "several")
    assert main(["add", str(tmp_path / "r.txt"), "--quiet"]) == 4
    assert "PARLEY_WORKERS" in capsys.readouterr().err


def test_parley_environment_variables_are_read_only_by_settings() -> None:
    readers = re.compile(r"(?:environ|getenv)\b[^\n]*PARLEY_")
    offenders = [str(p.relative_to(SRC)) for p in SRC.rglob("*.py")
                 if p.name != "settings.py" and readers.search(p.read_text(encoding="utf-8"))]
    assert offenders == []
    assert {s.env for s in settings.SETTINGS} >= {"PARLEY_DB", "PARLEY_WORKERS", "PARLEY_HOST", "PARLEY_PORT",
                                                   "PARLEY_TOKEN"}
