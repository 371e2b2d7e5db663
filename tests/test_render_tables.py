"""The terminal tables of ``parley read``: empty columns left out, days never cut (cli.render.table)."""
from __future__ import annotations

from rich.console import Console

from parley.cli.render import table

COLUMNS = ("status", "date", "place", "venue", "round", "parties", "mediators", "chairs", "heads")


def _render(rows: list[tuple[str, ...]], width: int = 80) -> str:
    console = Console(width=width, record=True, color_system=None)
    console.print(table("Meetings", COLUMNS, rows))
    return console.export_text()


def test_a_day_stays_whole_in_a_narrow_terminal() -> None:
    rows = [("scheduled", "2031-04-17", "Port Ossa", "the Lakeside Conference Hall", "3", "QRL, VSR", "MTQ",
             "Ada Lindqvist-Moreau", "QRL: Bram Okonkwo-Hale, VSR: Celia Varga-Montes")]
    out = _render(rows, width=60)
    assert "2031-04-17" in out and "scheduled" in out


def test_a_column_empty_in_every_row_is_left_out() -> None:
    rows = [("held", "2031-04-17", "Port Ossa", "", "", "QRL, VSR", "", "", "")]
    out = _render(rows)
    assert "venue" not in out and "mediators" not in out and "heads" not in out
    assert "place" in out and "Port Ossa" in out


def test_a_column_filled_in_one_row_is_kept() -> None:
    # near miss: one meeting has a venue, so the column stays, empty in the other row
    rows = [("held", "2031-04-17", "Port Ossa", "", "", "QRL, VSR", "", "", ""),
            ("held", "2031-03-02", "Port Ossa", "Lakeside Hall", "", "QRL, VSR", "", "", "")]
    out = _render(rows)
    assert "venue" in out and "Lakeside Hall" in out


def test_control_characters_in_a_cell_are_escaped() -> None:
    out = _render([("held", "2031-04-17", "Port\x1b[2J Ossa", "", "", "QRL", "", "", "")])
    assert "\x1b[2J" not in out and "\\x1b[2J" in out
