"""`parley bench`: reports/s and words/s of `read`, against two bare passes.

All passes run in this process over the same reports:
- the parse pass: spaCy's tagger and parser (the pipeline parley loads) over every
  paragraph of every cleaned text, batched with ``nlp.pipe``, nothing read from it. A
  whole read must cost at most this much: parley parses only the sentences that can
  carry an act and keeps the rest cheap.
- the sentence pass: syntok, parley's splitter, over every paragraph, no shortcuts.
The ratios say what a whole read costs in those passes, whatever the machine.
"""

from __future__ import annotations

import json
import resource
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
    from parley.reader.segment import _PARA, bare_sentence_pass
    from parley.reader.syntax import bare_parse_pass

    raws: list[RawDocument] = []
    for src in _sources(paths):
        try:
            raws.extend(r for r in iter_reports(src) if not isinstance(r, InputError))
        except InputError:
            continue
    if not raws:
        raise InputError("bench: no readable reports given")
    records = [extract(r) for r in raws]  # warm-up pass (model load, lazy imports, regex compiles)
    docs = [r.document for r in records]
    words = sum(len(d.text.split()) for d in docs)
    paragraphs = [m.group(0) for d in docs for m in _PARA.finditer(d.text)]

    def best(fn) -> float:
        times = []
        for _ in range(max(1, repeat)):
            t0 = time.perf_counter()
            fn()
            times.append(time.perf_counter() - t0)
        return min(times)

    t_read = best(lambda: [extract(r) for r in raws])
    t_parse = best(lambda: bare_parse_pass(paragraphs))
    t_split = best(lambda: [bare_sentence_pass(d.text) for d in docs])
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kilobytes
    figures = {
        "reports": len(raws),
        "words": words,
        "read_s": round(t_read, 4),
        "reports_per_s": round(len(raws) / t_read, 1),
        "words_per_s": round(words / t_read),
        "parse_pass_s": round(t_parse, 4),
        "ratio_to_parse_pass": round(t_read / t_parse, 2) if t_parse else None,
        "sentence_pass_s": round(t_split, 4),
        "ratio_to_sentence_pass": round(t_read / t_split, 2) if t_split else None,
        "peak_rss_mb": round(peak_mb),
    }
    if as_json:
        print(json.dumps(figures, indent=2))
    else:
        print(f"{figures['reports']} reports, {words} words")
        print(f"read:          {t_read:.3f} s  {figures['reports_per_s']} reports/s  {figures['words_per_s']} words/s")
        print(f"parse pass:    {t_parse:.3f} s (spaCy tagger+parser over every paragraph)")
        print(f"ratio:         {figures['ratio_to_parse_pass']}x the bare parse pass")
        print(f"sentence pass: {t_split:.3f} s (syntok alone over every paragraph)")
        print(f"ratio:         {figures['ratio_to_sentence_pass']}x the bare sentence pass")
        print(f"peak memory:   {figures['peak_rss_mb']} MB (this process, bench included)")
    return figures
