#!/usr/bin/env python3
"""Read time of one large report, by stage, at several sizes (issue 7: every stage linear).

Builds a report of unique text for each size (default 0.1, 1 and 4.9 MB, under the 5 MB
limit for one report) and reads it once in this process, after a warm-up read of a small
one (model load, lazy imports), timing each stage of ``extract``: clean, segment,
recognize, attribute, parse, assemble, diagnose. Gives seconds (wall and CPU) and MB/s for
the whole read. A stage whose time grows faster than the size is not linear.

The text comes from one of two sources:
- ``invented`` (the default): paragraphs built at random from invented people (surnames
  from syllables, so that the people grow with the text, and some shared surnames), the
  states the party lexicon knows, cities of the place lexicon, quotes with speakers before and after,
  pronouns, dates, figures, meetings and agreements, each paragraph with a number of its
  own so that the cleaner keeps every one;
- ``--corpus DIR``: the cleaned bodies of the reports in DIR (read at run time, never
  written into the project), paragraph by paragraph, each with a unique tail.

    .venv/bin/python scripts/bench_sizes.py [--sizes 0.1 1 4.9] [--corpus DIR] [--keep DIR]
        [--profile STAGE_FILE] [--json]
"""

from __future__ import annotations

import argparse
import cProfile
import json
import random
import resource
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

FIRST = ["Anna", "Petar", "Lena", "Oskar", "Mira", "Ivo", "Tomas", "Vera", "Marek", "Ilse", "Goran", "Dita",
         "Rafael", "Sela", "Yusuf", "Nadia", "Karim", "Elin", "Bruno", "Hana"]
SYLLABLES = ["ko", "vra", "tal", "mes", "dor", "vin", "bra", "sek", "lu", "mar", "ze", "nov", "pel", "ras",
             "ti", "gon", "ash", "bel", "kur", "den"]
STATES = ["Estonia", "Latvia", "Lithuania", "Finland", "Norway", "Portugal", "Chile", "Ghana", "Kenya", "Peru",
          "Qatar", "Egypt", "Turkey", "Ukraine", "Russia", "Iran", "Israel", "Sudan", "Colombia", "Armenia"]
ROLES = ["Foreign Minister", "Defence Minister", "President", "Prime Minister", "chief negotiator",
         "special envoy", "Deputy Foreign Minister", "national security adviser", "spokesperson"]
ISSUES = ["a ceasefire", "a prisoner exchange", "the withdrawal of troops", "humanitarian corridors",
          "a buffer zone", "the return of refugees", "sanctions relief", "a truce along the border"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def surname(i: int) -> str:
    """A unique invented surname for every ``i`` (three syllables and a tail)."""
    k = len(SYLLABLES)
    return (SYLLABLES[i % k] + SYLLABLES[(i // k) % k] + SYLLABLES[(i // k // k) % k]).capitalize() + \
        ["ic", "ov", "sen", "ar"][(i // k ** 3) % 4]


def invented_paragraphs(seed: int = 7) -> Iterator[str]:
    """Endless unique paragraphs of invented talks; people are new every few paragraphs and a
    few surnames are shared by two people (the surname matcher's hard case)."""
    from parley.lexicon.places import CITIES as KNOWN  # meetings need a place the lexicon knows

    cities = sorted(KNOWN)
    rng = random.Random(seed)
    n = 0
    people: list[tuple[str, str, str, str]] = []  # (first, surname, role, state)
    while True:
        n += 1
        if n % 3 == 1 or len(people) < 4:
            for _ in range(2):
                sur = surname(len(people)) if rng.random() > 0.1 or not people else rng.choice(people)[1]
                people.append((rng.choice(FIRST), sur, rng.choice(ROLES), rng.choice(STATES)))
        a, b = people[-1], people[-2]
        old = rng.choice(people[-12:])
        issue, other_issue = rng.sample(ISSUES, 2)
        city, day, month = rng.choice(cities), rng.choice(DAYS), rng.choice(MONTHS)
        k = rng.randrange(6)
        if k == 0:
            p = (f"{a[3]}'s {a[2]} {a[0]} {a[1]} met {b[2]} {b[0]} {b[1]} of {b[3]} in {city} on {day}, "
                 f"in the {n}th round of talks. “We want {issue} to hold, and the detainees home by "
                 f"{month},” {a[1]} said. {b[1]} told reporters the meeting had been “hard but useful.”")
        elif k == 1:
            p = (f"A {b[3]} delegation led by {b[0]} {b[1]} arrived in {city} on {month} {rng.randint(1, 28)}, "
                 f"{rng.randint(2021, 2026)}, the {n}th visit this year. {b[1]} said {b[3]} would agree to "
                 f"{issue} within {rng.randint(2, 60)} days if {a[3]} accepted {other_issue}.")
        elif k == 2:
            p = (f"“There is no deal yet,” said {old[0]} {old[1]}, the {old[2]} of {old[3]}, on {day}. "
                 f"He added that {rng.randint(10, 900)} prisoners could be released by the end of {month}, "
                 f"and that a {n}th meeting was planned in {city}.")
        elif k == 3:
            p = (f"{a[3]} and {b[3]} agreed to {issue} after talks in {city}, officials said, the {n}th such "
                 f"accord. Under the plan, {rng.randint(100, 5000)} troops would pull back {rng.randint(2, 40)} "
                 f"kilometres by {month} {rng.randint(1, 28)}. {a[1]} called it “a first step.”")
        elif k == 4:
            p = (f"The foreign ministers of {a[3]} and {b[3]}, {a[0]} {a[1]} and {b[0]} {b[1]}, said on {day} "
                 f"that talks on {issue} would resume next week, item {n}. {old[1]} rejected the proposal, "
                 f"saying {old[3]} would not accept {other_issue} without guarantees.")
        else:
            p = (f"In a statement on {day}, {a[1]}'s office said the {n}th session in {city} had ended without "
                 f"agreement on {issue}. {b[0]} {b[1]} said {b[3]} demanded {other_issue} and ${rng.randint(2, 90)} "
                 f"million in aid. She warned that the offer would expire on {month} {rng.randint(1, 28)}.")
        yield p


def corpus_paragraphs(corpus: Path) -> Iterator[str]:
    """The cleaned bodies of the corpus's reports, paragraph by paragraph, each with a unique
    tail (without it the cleaner drops repeated paragraphs as boilerplate)."""
    from parley.errors import InputError
    from parley.reader.clean import clean
    from parley.reader.ingest import iter_reports

    paras: list[str] = []
    for p in sorted(x for x in corpus.rglob("*") if x.is_file() and x.suffix in (".json", ".txt", ".html")):
        for raw in iter_reports(p):
            if not isinstance(raw, InputError):
                paras.extend(q for q in clean(raw).text.split("\n\n") if len(q) > 40)
    if not paras:
        raise SystemExit(f"bench_sizes: no report text in {corpus}")
    i = 0
    while True:
        for j, q in enumerate(paras):
            yield f"{q} (item {i}-{j})."  # lower case, no name run takes it in; a full stop, prose
        i += 1


def build(size_bytes: int, paragraphs: Iterator[str]) -> str:
    parts = ["Talks go on\n\nBy Ivo Rask\n"]
    total = len(parts[0].encode())
    for p in paragraphs:
        n = len(p.encode()) + 2
        if total + n > size_bytes:
            break
        parts.append(p)
        total += n
    return "\n\n".join(parts)


STAGES = ["clean", "segment", "recognize", "attribute", "parse", "assemble", "diagnose"]


def staged_read(raw: Any, profile: str | None = None) -> tuple[dict[str, tuple[float, float]], Any]:
    """``pipeline.extract``, stage by stage: {stage: (wall s, cpu s)} and the record."""
    from parley.reader.assemble import assemble
    from parley.reader.attribute import attribute
    from parley.reader.clean import clean
    from parley.reader.diagnose import diagnose
    from parley.reader.recognize import recognize
    from parley.reader.segment import segment
    from parley.reader.syntax import parse, select

    times: dict[str, tuple[float, float]] = {}

    def timed(name: str, fn: Callable[[], Any]) -> Any:
        t0, c0 = time.perf_counter(), time.process_time()
        if profile in (name, "all"):
            prof = cProfile.Profile()
            out = prof.runcall(fn)
            prof.dump_stats(f"/tmp/bench_sizes-{name}.prof")
        else:
            out = fn()
        times[name] = (time.perf_counter() - t0, time.process_time() - c0)
        return out

    doc = timed("clean", lambda: clean(raw))
    parts = timed("segment", lambda: segment(doc))
    mentions = timed("recognize", lambda: recognize(doc, parts))
    said = timed("attribute", lambda: attribute(doc, parts, mentions))
    parses = timed("parse", lambda: parse(doc.text, select(doc.text, parts, mentions)))
    record = timed("assemble", lambda: assemble(doc, parts, mentions, said, parses))
    record = timed("diagnose", lambda: diagnose(record, parts, mentions))
    return times, record


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1.0, 4.9], help="report sizes in MB (10^6 bytes)")
    ap.add_argument("--corpus", type=Path, help="build the text from the cleaned reports of this folder")
    ap.add_argument("--keep", type=Path, help="write the built reports (big-SIZE.txt) into this folder")
    ap.add_argument("--profile", choices=[*STAGES, "all"], help="cProfile this stage (or each) into /tmp/bench_sizes-STAGE.prof")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)

    from parley.model import RawDocument
    from parley.reader.pipeline import extract

    def source() -> Iterator[str]:
        return corpus_paragraphs(args.corpus) if args.corpus else invented_paragraphs()

    extract(RawDocument(content=build(20_000, source()), kind="text", source="<warm-up>"))
    rows = []
    for mb in args.sizes:
        text = build(int(mb * 1_000_000), source())
        if args.keep:
            args.keep.mkdir(parents=True, exist_ok=True)
            (args.keep / f"big-{mb:g}.txt").write_text(text, encoding="utf-8")
        raw = RawDocument(content=text, kind="text", source=f"<{mb:g} MB>")
        times, record = staged_read(raw, args.profile)
        wall = sum(t[0] for t in times.values())
        cpu = sum(t[1] for t in times.values())
        size = len(text.encode())
        rows.append({"mb": round(size / 1e6, 3), "kept_mb": round(len(record.document.text.encode()) / 1e6, 3),
                     "wall_s": round(wall, 2), "cpu_s": round(cpu, 2), "mb_per_s": round(size / 1e6 / wall, 4),
                     "mb_per_cpu_s": round(size / 1e6 / cpu, 4),
                     "stages_cpu_s": {k: round(v[1], 2) for k, v in times.items()},
                     "actors": len(record.actors), "statements": len(record.statements),
                     "quotes": len(record.quotes), "meetings": len(record.meetings)})
        if not args.json:
            r = rows[-1]
            print(f"{r['mb']:>6} MB (kept {r['kept_mb']}): {r['wall_s']} s wall, {r['cpu_s']} s CPU, "
                  f"{r['mb_per_s']} MB/s ({r['mb_per_cpu_s']} MB per CPU s); actors {r['actors']}, "
                  f"statements {r['statements']}, quotes {r['quotes']}, meetings {r['meetings']}", flush=True)
            print("        CPU s by stage: " + ", ".join(f"{k} {v}" for k, v in r["stages_cpu_s"].items()), flush=True)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    if args.json:
        print(json.dumps({"rows": rows, "peak_rss_mb": round(peak)}, indent=2))
    else:
        print(f"peak memory: {peak:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
