"""The tracker commands' ``--json``: printed by ``cli.track.dumps_indented``, which must
give exactly what ``json.dumps(..., ensure_ascii=False, indent=2)`` gives (issue 9: the
faster printer changes no character). Invented reports and parties (Ruritania RUR and
Borduria BRD, with Grand Fenwick GFW brokering)."""

from __future__ import annotations

import enum
import json
import math
from pathlib import Path

import pytest

from parley import service
from parley.cli import main
from parley.cli import track as cli_track
from parley.store.db import Store
from tracker.build import report


def _old(obj: object) -> str:
    return json.dumps(obj, ensure_ascii=False, indent=2)


class Colour(enum.IntEnum):
    RED = 1


class Tag(str):
    pass


ODD: list[object] = [
    {}, [], (), "", "plain", "quote \" backslash \\ slash / tab \t newline \n nul \x00 bell \x07 del \x7f",
    "Łódź – Zürich “quoted” 東京 \u2028 \ud83d\ude00 😀", 0, -1, 10**30, 1.5, -0.0, 1e16, 1e-7, 2.5e300,
    float("nan"), float("inf"), float("-inf"), True, False, None,
    {"a": [], "b": {}, "c": [[], [{}], [[1, [2, ()]]]], "d": {"e": {"f": "g"}}},
    [1, "two", 3.0, None, True, [4, {"five": (6, 7)}]],
    {"keys": {"ünïcode": 1, "": 2, "with \"quote\"": 3}},
    {7: "int key", 2.5: "float key", True: "bool key", None: "none key"},  # keys json turns into text
    {"enum": Colour.RED, "tag": Tag("sub-str")},  # subclasses json writes as their base type
]


@pytest.mark.parametrize("obj", ODD, ids=[f"odd{i}" for i in range(len(ODD))])
def test_dumps_indented_writes_what_json_writes(obj: object) -> None:
    assert cli_track.dumps_indented(obj) == _old(obj)


def test_whole_odd_list_and_deep_nesting_match() -> None:
    assert cli_track.dumps_indented(ODD) == _old(ODD)
    deep: object = "leaf"
    for i in range(60):
        deep = {"k": [deep, i]} if i % 2 else [deep]
    assert cli_track.dumps_indented(deep) == _old(deep)


def test_what_json_refuses_it_still_refuses() -> None:
    # near miss: no silent text for data json cannot write
    with pytest.raises(TypeError, match="not JSON serializable"):
        cli_track.dumps_indented({"a": [object()]})
    with pytest.raises(TypeError):
        cli_track.dumps_indented({(1, 2): "tuple key"})
    assert math.isnan(json.loads(cli_track.dumps_indented([float("nan")]))[0])


RUR_BRD = ("Ruritanian and Bordurian delegations met in Strelsau on Tuesday with Fenwickian mediators. "
           "The sides agreed to exchange 300 prisoners. Envoy Zoë Łukasz-Ortíz led Ruritania's team.")
STEP = "The first 120 prisoners were exchanged on Friday, each side freeing 120."
DEMAND = "Borduria demanded a full ceasefire in Strelsau."


def _store(tmp_path: Path) -> str:
    recs = [
        report("wire-a/strelsau", "2041-05-07", RUR_BRD, outlet="Wire A",
               actors=({"name": "Zoë Łukasz-Ortíz", "party": "RUR", "roles": ["envoy"]},),
               meetings=({"date": "2041-05-07", "place": "Strelsau", "parties": ["RUR", "BRD"], "mediators": ["GFW"],
                          "minutes": 90, "say": "Ruritanian and Bordurian delegations met in Strelsau on Tuesday"},),
               statements=({"act": "agree", "actors": ["RUR", "BRD"], "issue": "prisoner_exchange",
                            "quantity": {"value": 300, "unit": "prisoners"},
                            "say": "The sides agreed to exchange 300 prisoners."},)),
        report("wire-b/strelsau", "2041-05-08", f"{RUR_BRD} {DEMAND}", outlet="Wire “B”",
               meetings=({"date": "2041-05-07", "place": "Strelsau", "parties": ["RUR", "BRD"],
                          "say": "Ruritanian and Bordurian delegations met in Strelsau on Tuesday"},),
               statements=({"act": "demand", "actors": ["BRD"], "issue": "ceasefire", "say": DEMAND},)),
        report("wire-a/step", "2041-05-11", STEP, outlet="Wire A",
               statements=({"act": "implement", "actors": ["RUR", "BRD"], "issue": "prisoner_exchange",
                            "date": "2041-05-10", "quantity": {"value": 120, "unit": "prisoners", "per_party": True},
                            "say": STEP},)),
    ]
    url = f"sqlite:///{tmp_path / 'json.db'}"
    with Store(url) as store:
        for sr in recs:
            store.add(sr.record.to_dict(), path=sr.source.url)
        store.track()
    return url


def test_every_json_command_prints_what_json_dumps_printed(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    url = _store(tmp_path)
    commands = [["timeline", "--json"], ["timeline", "--json", "--parties", "RUR,BRD"], ["positions", "--json"],
                ["commitments", "--json"], ["commitments", "--json", "--parties", "RUR"]]
    printed = _printed(commands, url, capsys)
    meeting = json.loads(printed[("timeline", "--json")])[0]
    commitment = json.loads(printed[("commitments", "--json")])[0]
    shows = [["show", meeting["id"], "--json"], ["show", commitment["id"], "--json"],
             ["show", meeting["process"], "--json"]]
    printed.update(_printed(shows, url, capsys))
    assert "Wire “B”" in printed[("timeline", "--json")]  # text beyond ASCII, written as it is
    assert commitment["steps"] and commitment["status"]
    monkeypatch.setattr(cli_track, "dumps_indented", _old)  # the printer as it was
    assert _printed([*commands, *shows], url, capsys) == printed
    service.close_stores()


def _printed(commands: list[list[str]], url: str, capsys: pytest.CaptureFixture[str]) -> dict[tuple[str, ...], str]:
    out = {}
    for cmd in commands:
        capsys.readouterr()
        assert main([*cmd, "--db", url]) == 0, cmd
        out[tuple(cmd)] = capsys.readouterr().out
    return out
