"""`parley bench`: its figures agree with each other, and the cold-start runs are real
`parley read` processes whose memory is their own."""

from __future__ import annotations

from pathlib import Path

import pytest

from parley.errors import InputError
from parley.reader import syntax
from parley.reader.bench import _on_default_ops, cold_start, run_bench


def ratio_of(a: float, b: float) -> object:
    """The ratio of two times the bench printed rounded to 4 decimals, as the bench rounds it to 2:
    the tolerance is what those roundings allow (a pass of a few ms moves the ratio by 1 % or more)."""
    ratio = a / b
    return pytest.approx(ratio, abs=0.005 + ratio * (0.00005 / a + 0.00005 / b) + 1e-9)


def test_the_figures_of_one_run_agree(capsys: pytest.CaptureFixture[str]):
    f = run_bench([], repeat=2, as_json=True, cold=2)
    capsys.readouterr()
    assert f["reports"] >= 2 and f["words"] > 100
    # the rates are rounded to one decimal: at a few reports/s that is more than 1 %
    assert f["reports_per_s"] == pytest.approx(f["reports"] / f["read_s"], rel=0.01, abs=0.051)
    assert f["reports_per_cpu_s"] == pytest.approx(f["reports"] / f["read_cpu_s"], rel=0.01, abs=0.051)
    assert f["read_cpu_s"] > 0 and f["parse_pass_cpu_s"] > 0 and f["sentence_pass_cpu_s"] > 0
    assert f["ratio_to_parse_pass"] == ratio_of(f["read_s"], f["parse_pass_s"])
    assert f["ratio_to_parse_pass_cpu"] == ratio_of(f["read_cpu_s"], f["parse_pass_cpu_s"])
    assert f["ratio_to_default_parse_pass_cpu"] == ratio_of(f["read_cpu_s"], f["default_parse_pass_cpu_s"])
    assert len(f["cold_start_runs_s"]) == 2 and f["cold_start_s"] > 0
    # one reading process: it loads the parser (over 50 MB) and stays under the 400 MB target
    assert 50 < f["read_process_peak_rss_mb"] < 400


def test_no_cold_runs_when_none_are_asked(capsys: pytest.CaptureFixture[str]):
    f = run_bench([], repeat=1, as_json=False, cold=0)
    out = capsys.readouterr().out
    assert f["cold_start_s"] is None and f["cold_start_runs_s"] == []
    assert "reports/s" in out and "cold start" not in out


def test_a_report_that_cannot_be_read_fails_the_cold_run(tmp_path: Path):
    missing = tmp_path / "nowhere.txt"
    with pytest.raises(InputError, match="exited with status"):
        cold_start(missing, 1)


def test_cold_runs_measure_a_fresh_process_each(tmp_path: Path):
    report = tmp_path / "r.txt"
    report.write_text("Moldova proposed a ceasefire on Monday, Minister Anna Kovic said.\n", encoding="utf-8")
    walls, peaks = cold_start(report, 2)
    assert len(walls) == len(peaks) == 2
    assert all(w > 0.05 for w in walls)  # a process that imports and loads, not a cached answer
    assert all(p > 50 for p in peaks)


def test_the_default_ops_pass_runs_on_blis_and_puts_parleys_ops_back():
    def ops_now() -> set[bool]:
        return {node.ops.use_blis for node in syntax.nlp().get_pipe("tok2vec").model.walk()}

    assert ops_now() == {False}
    seen = _on_default_ops(ops_now)()
    assert seen == {True}
    assert ops_now() == {False}
