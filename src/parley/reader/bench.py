"""`parley bench`: reports/s and words/s of `read`, against a bare sentence pass.

Both passes run in this process over the same reports. The sentence pass is the bare
splitter parley uses, syntok, over every paragraph of every cleaned text with none of the
pipeline's shortcuts, so the ratio says what a whole read costs in passes of the splitter
alone, whatever the machine.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from parley.model import RawDocument

EXAMPLES = Path(__file__).parents[1] / "examples"


def _sources(paths: list[str]) -> list[Path]:
    if not paths:
        return sorted(p for p in EXAMPLES.iterdir() if p.suffix in (".txt", ".json", ".html"))
    out: list[Path] = []
    for p in map(Path, paths):
        out.extend(sorted(x for x in p.rglob("*") if x.is_file()) if p.is_dir() else [p])
    return out


def run_bench(paths: list[str], repeat: int = 3, as_json: bool = False) -> dict:
    from parley.errors import InputError
    from parley.reader.ingest import iter_reports
    from parley.reader.pipeline import extract
    from parley.reader.segment import bare_sentence_pass

    raws: list[RawDocument] = []
    for src in _sources(paths):
        try:
            raws.extend(r for r in iter_reports(src) if not isinstance(r, InputError))
        except InputError:
            continue
    if not raws:
        raise InputError("bench: no readable reports given")
    records = [extract(r) for r in raws]  # warm-up pass (lazy imports, regex compiles)
    docs = [r.document for r in records]
    words = sum(len(d.text.split()) for d in docs)

    def best(fn) -> float:
        times = []
        for _ in range(max(1, repeat)):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    t_read = best(lambda: [extract(r) for r in raws])
    t_split = best(lambda: [bare_sentence_pass(d.text) for d in docs])
    figures = {
        "reports": len(raws),
        "words": words,
        "read_s": round(t_read, 4),
        "reports_per_s": round(len(raws) / t_read, 1),
        "words_per_s": round(words / t_read),
        "sentence_pass_s": round(t_split, 4),
        "ratio_to_sentence_pass": round(t_read / t_split, 2) if t_split else None,
    }
    if as_json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{figures['reports']} reports, {words} words")
        print(f"read:          {t_read:.3f} s  {figures['reports_per_s']} reports/s  {figures['words_per_s']} words/s")
        print(f"sentence pass: {t_split:.3f} s (syntok alone over every paragraph)")
        print(f"ratio:         {figures['ratio_to_sentence_pass']}x the bare sentence pass")
    return figures
