"""List the names and phrases that the project's tests and examples share with the shared reports.

The brief: a rule, lexicon entry or test that names a report's people, places, outlets or sentences
is a defect; tests and examples use invented words. This script reads the reports at run time
(`../shared/corpus` and the inputs of `../shared/eval/dev`, never the gold records) and prints, for
each file under the given paths (default: `tests/` and `src/parley/examples/`):

- `name`: a run of capitalized words ("Ann Smith", "Port Example", "LUSAKA") that also stands,
  capitalized, in a report, unless every word of it is a common word (the reports also use it in
  lower case: "Foreign Minister", sentence-initial "The"), a month or weekday, or a country name or
  party code that SCHEMA.md lists (its states' names and demonyms, its organizations' names);
- `words`: a run of 6 or more words (letters and digits, case and punctuation ignored) that also
  stands word for word in a report;
- `code`: a state's code (`"NOR"`) whose state some report names, where SCHEMA.md does not list it.

- `given` (counted, listed with `--given`): a given name a report has, before a surname none has
  ("Anna Kovic"): it names no one, so it does not count as a hit.

It copies nothing of the reports into the project: it only prints the scanned files' own text, with
the number of reports that share it (`--where` adds the reports' file names). A line that must keep
a hit (an agency name the cleaner must know, say) carries the comment `check-names: allow`; a file
that must keep a name throughout says so once, with its reason:
`# check-names: allow=Getty Images; Xinhua (credits and agencies the cleaner must recognize)`.

    python3 scripts/check_names.py [PATH ...] [--shared DIR] [--words N] [--where]

Exit status: 0 when nothing is found or the shared folder is absent (a message says so), 1 when
something is found.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_PATHS = ("tests", "src/parley/examples")
ALLOW_MARK = "check-names: allow"
_LINE_ALLOWED = re.compile(re.escape(ALLOW_MARK) + r"(?!=)")
# Runs of capitalized words are compared up to this length; longer runs are cut into
# their longest shared parts (names rarely run longer than "Secretary of State X Y").
MAX_NAME_WORDS = 6
# Lower-case words that may stand inside a name: "Secretary of State", "bin", "al-Sham".
CONNECTORS = frozenset({"of", "the", "and", "de", "del", "da", "di", "du", "la", "le", "bin", "ibn",
                        "bint", "al", "el", "van", "von", "der", "den"})
_MONTHS = "january february march april may june july august september october november december"
_WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday"
_SHORT = "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun"
_CLOCK = "am pm utc gmt est edt cet cest bst pst pdt"
_ABBREVIATIONS = "co corp inc ltd llc plc jr sr st mr mrs ms dr"
CALENDAR = frozenset(f"{_MONTHS} {_WEEKDAYS} {_SHORT} {_CLOCK} {_ABBREVIATIONS}".split(" "))
TEXT_SUFFIXES = frozenset({".py", ".txt", ".json", ".jsonl", ".html", ".htm", ".md", ".csv", ".xml",
                           ".rss", ".atom", ".toml", ".yaml", ".yml", ".cfg", ".ini", ""})
SKIP_DIRS = frozenset({"__pycache__", ".pytest_cache", ".hypothesis", ".mypy_cache", ".ruff_cache"})

_WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
_TOKEN = re.compile(r"[^\W_]+")
_TIME_BEFORE = re.compile(r"(?:\d|[ap]\.?m\.?)\s*$", re.I)
_CODE = re.compile(r"(?<![A-Za-z])([A-Z]{3})(?![A-Za-z])")


@dataclass(frozen=True, slots=True)
class Hit:
    path: str
    line: int
    kind: str
    text: str
    reports: tuple[str, ...]


# --- the reports -----------------------------------------------------------------------------

def report_texts(shared: Path) -> Iterator[tuple[str, str]]:
    """(report name, text) for the corpus documents and the dev inputs; titles and outlets too."""
    files = sorted(shared.glob("corpus/**/*.json")) + sorted(
        f for f in (shared / "eval" / "dev").glob("*") if f.is_file())
    for f in files:
        if f.name.endswith(".gold.json"):
            continue
        name = str(f.relative_to(shared))
        try:
            raw = f.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if f.suffix == ".json":
            try:
                data = json.loads(raw)
            except ValueError:
                yield name, raw
                continue
            if isinstance(data, dict):
                for key in ("title", "outlet", "text"):
                    value = data.get(key)
                    if isinstance(value, str):
                        yield name, value
                continue
        yield name, raw


def capitalized(word: str) -> bool:
    return word[:1].isupper()


def name_runs(text: str) -> Iterator[list[re.Match[str]]]:
    """Runs of capitalized words, adjacent but for spaces, with connectors inside ("Bank of X")."""
    run: list[re.Match[str]] = []
    pending: list[re.Match[str]] = []
    last_end = -1
    for m in _WORD.finditer(text):
        gap = text[last_end:m.start()] if last_end >= 0 else "\n"
        adjacent = bool(run) and gap.strip(" ") == "" and "\n" not in gap
        word = m.group()
        if adjacent and capitalized(word):
            run.extend(pending)
            pending = []
            run.append(m)
        elif adjacent and word.lower() in CONNECTORS and word.islower():
            pending.append(m)
        else:
            if run:
                yield run
            run, pending = ([m], []) if capitalized(word) else ([], [])
        last_end = m.end()
    if run:
        yield run


def key(words: Iterable[str]) -> tuple[str, ...]:
    """Words compared without case or a possessive: "THURSDAY'S" is "thursday"."""
    return tuple(re.sub(r"'s$", "", w.lower().replace("’", "'")) for w in words)


@dataclass(slots=True)
class Reports:
    names: dict[tuple[str, ...], set[str]]   # capitalized runs and their parts -> reports
    lower_words: set[str]                   # words the reports write in lower case
    lower_phrases: set[tuple[str, ...]]     # runs of lower-case words (up to MAX_NAME_WORDS)
    grams: dict[tuple[str, ...], set[str]]  # n-word runs -> reports
    n: int
    titles: set[str] = field(default_factory=set)  # title words of lexicon/people.py


# A lower-case word of the project's own prose (README, notes), between spaces or punctuation:
# the reports are too few to know every ordinary word ("delegates", "valley"). File names and
# identifiers are left out by the bounds, and a word the prose capitalizes inside a sentence at
# least as often as not ("Geneva", "CNN") is a name, whatever a file name writes.
_PROSE_WORD = re.compile(r"(?<![^\s(])[a-z]+(?:-[a-z]+)*(?=[\s,;:!?)]|\.(?:\s|$)|$)")
_PROSE_NAME = re.compile(r"(?<=[a-z,] )[A-Z][A-Za-z]*(?:-[A-Za-z]+)*\b")


def prose_words(root: Path) -> set[str]:
    lower: dict[str, int] = defaultdict(int)
    upper: dict[str, int] = defaultdict(int)
    for f in [root / "README.md", *sorted((root / "docs").rglob("*.md"))]:
        try:
            text = f.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        for w in _PROSE_WORD.findall(text):
            lower[w] += 1
        for w in _PROSE_NAME.findall(text):
            upper[w.lower()] += 1
    return {w for w, n in lower.items() if n > upper.get(w, 0)}


def index_reports(shared: Path, n: int) -> Reports:
    rep = Reports(defaultdict(set), prose_words(ROOT), set(), defaultdict(set), n)
    for name, text in report_texts(shared):
        for run in name_runs(text):
            words = key(m.group() for m in run)
            for i in range(len(words)):
                if words[i] in CONNECTORS:
                    continue
                for j in range(i + 1, min(len(words), i + MAX_NAME_WORDS) + 1):
                    if words[j - 1] not in CONNECTORS:
                        rep.names[words[i:j]].add(name)
        lower: list[str] = []
        for m in _WORD.finditer(text):
            w = m.group()
            if w.islower():
                lw = key([w])[0]
                rep.lower_words.add(lw)
                lower.append(lw)
                for j in range(2, min(len(lower), MAX_NAME_WORDS) + 1):
                    rep.lower_phrases.add(tuple(lower[-j:]))
            else:
                lower = []
        tokens = [t.group().lower() for t in _TOKEN.finditer(text)]
        for i in range(len(tokens) - n + 1):
            rep.grams[tuple(tokens[i:i + n])].add(name)
    return rep


# --- what SCHEMA.md allows -----------------------------------------------------------------------

def schema_codes(shared: Path) -> set[str]:
    try:
        schema = (shared / "eval" / "SCHEMA.md").read_text(encoding="utf-8")
    except OSError:
        return set()
    at = schema.find("Party codes")
    para = schema[at:schema.find("\n\n", at)] if at >= 0 else ""
    return set(re.findall(r"`([A-Z0-9]{2,})`", para))


def party_tables() -> tuple[dict[str, tuple[tuple[str, ...], ...]], dict[str, str], set[str]]:
    """The project's own tables, when they can be imported: states, organizations (both from
    lexicon/parties.py) and the title words of lexicon/people.py ("Admiral", "Secretary-General"),
    which are ordinary words however rarely the reports write them in lower case."""
    sys.path.insert(0, str(ROOT / "src"))
    try:
        from parley.lexicon import parties, people
    except Exception:  # the tables only widen what is allowed and what counts as a code
        return {}, {}, set()
    titles = {w.lower().rstrip(".") for table in (people.CAPITAL_TITLES, people.HONORIFICS,
                                                 people.ROLE_HEADS, people.ROLE_MODIFIERS) for w in table}
    return dict(parties.STATES), dict(parties.ORGANIZATIONS), titles


def allowed_names(codes: set[str], states: dict[str, tuple[tuple[str, ...], ...]],
                  orgs: dict[str, str]) -> set[tuple[str, ...]]:
    allowed: set[tuple[str, ...]] = set()
    for code in codes:
        allowed.add(key([code]))
        if code in states:
            names, demonyms = states[code][0], states[code][1]
            for n in (*names, *demonyms):
                allowed.add(key(_WORD.findall(n)))
    if "VAT" in codes:
        allowed.update({("holy", "see"), ("vatican",)})
    for name, code in orgs.items():
        if code in codes:
            allowed.add(key(_WORD.findall(name)))
    return allowed


# --- the scan ------------------------------------------------------------------------------------

def scanned_files(paths: Iterable[Path]) -> Iterator[Path]:
    for p in paths:
        if p.is_file():
            yield p
        elif p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and not SKIP_DIRS & set(f.parts) and f.suffix in TEXT_SUFFIXES:
                    yield f


def line_of(starts: list[int], offset: int) -> int:
    lo, hi = 0, len(starts)
    while lo + 1 < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid
    return lo + 1


def word_forms(word: str) -> Iterator[str]:
    """The word and its nearest inflections: "Delegates" is common if the reports write "delegate"."""
    yield word
    yield word + "s"
    for suffix, repl in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e"), ("ly", ""), ("ion", "e"), ("ion", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            yield word[: len(word) - len(suffix)] + repl


def common(words: tuple[str, ...], rep: Reports, allowed: set[tuple[str, ...]]) -> bool:
    """A run every word of which is ordinary English, the calendar or an allowed party name."""
    if words in allowed:
        return True
    i = 0
    plain: list[str] = []
    while i < len(words):  # allowed party names may stand inside: "Russian Foreign Minister"
        for j in range(len(words), i, -1):
            if words[i:j] in allowed:
                i = j
                break
        else:
            w = words[i]
            if w in CONNECTORS:
                plain.append(w)
            elif w in CALENDAR or len(w) <= 1:
                pass
            elif any(f in rep.lower_words for f in word_forms(w)):
                plain.append(w)
            else:
                return False
            i += 1
    # Ordinary words that the reports only capitalize together are a name ("White House").
    content = [w for w in plain if w not in CONNECTORS]
    return (len(content) <= 1 or tuple(plain) in rep.lower_phrases
            or all(w in rep.titles for w in content))  # "Crown Prince", "Prime Minister and ..."


def scan_names(path: str, text: str, starts: list[int], rep: Reports,
               allowed: set[tuple[str, ...]], codes: frozenset[str] = frozenset()) -> Iterator[Hit]:
    for run in name_runs(text):
        words = key(m.group() for m in run)
        found: list[tuple[int, int]] = []
        for i in range(len(words)):
            best = 0
            for j in range(i + 1, min(len(words), i + MAX_NAME_WORDS) + 1):
                if words[i:j] in rep.names:
                    best = j
            if best and not any(a <= i and best <= b for a, b in found):
                found.append((i, best))
        for i, j in found:
            if common(words[i:j], rep, allowed):
                continue
            if j - i == 1 and run[i].group() in codes:
                continue  # "BEN" is Benin's code (the code scan's), not the given name Ben
            # A given name alone before a surname no report has ("Anna Kovic") names no one.
            given = (j - i == 1 and j < len(words) and (words[j],) not in rep.names
                     and not common(words[j:j + 1], rep, allowed))
            start, end = run[i].start(), run[j - 1].end()
            yield Hit(path, line_of(starts, start), "given" if given else "name", text[start:end],
                      tuple(sorted(rep.names[words[i:j]])))


def scan_words(path: str, text: str, starts: list[int], rep: Reports) -> Iterator[Hit]:
    tokens = list(_TOKEN.finditer(text))
    low = [t.group().lower() for t in tokens]
    n = rep.n
    i = 0
    while i <= len(low) - n:
        gram = tuple(low[i:i + n])
        if gram not in rep.grams:
            i += 1
            continue
        shared = set(rep.grams[gram])
        j = i + n
        while j < len(low) and tuple(low[j - n + 1:j + 1]) in rep.grams:
            shared |= rep.grams[tuple(low[j - n + 1:j + 1])]
            j += 1
        start, end = tokens[i].start(), tokens[j - 1].end()
        yield Hit(path, line_of(starts, start), "words", " ".join(text[start:end].split()),
                  tuple(sorted(shared)))
        i = j


def scan_codes(path: str, text: str, starts: list[int], named: dict[str, tuple[str, set[str]]]) -> Iterator[Hit]:
    for m in _CODE.finditer(text):
        code = m.group(1)
        if code.lower() in CALENDAR and _TIME_BEFORE.search(text[max(0, m.start() - 12):m.start()]):
            continue  # "8 p.m. EST": the clock, not Estonia
        if code in named:
            state, where = named[code]
            yield Hit(path, line_of(starts, m.start()), "code", f"{code} ({state})", tuple(sorted(where)))


def named_states(states: dict[str, tuple[tuple[str, ...], ...]], codes: set[str],
                 rep: Reports) -> dict[str, tuple[str, set[str]]]:
    """State codes, not listed in SCHEMA.md, whose state a report names (name, demonym, capital)."""
    named: dict[str, tuple[str, set[str]]] = {}
    for code, entry in states.items():
        if code in codes:
            continue
        where: set[str] = set()
        for n in (w for part in entry for w in part):
            where |= rep.names.get(key(_WORD.findall(n)), set())
        if where:
            named[code] = (entry[0][0], where)
    return named


def file_allowed(text: str) -> set[str]:
    """Names a file declares it must keep, with its reason in the same comment:
    `# check-names: allow=Getty Images; Xinhua (chrome and agencies the cleaner must know)`."""
    kept: set[str] = set()
    for m in re.finditer(re.escape(ALLOW_MARK) + r"=([^()\n]+)", text):
        kept.update(n.strip().lower() for n in m.group(1).split(";") if n.strip())
    return kept


def scan(paths: list[Path], shared: Path, n: int) -> list[Hit]:
    rep = index_reports(shared, n)
    codes = schema_codes(shared)
    states, orgs, titles = party_tables()
    allowed = allowed_names(codes, states, orgs)
    rep.lower_words |= titles
    rep.titles = titles
    named = named_states(states, codes, rep)
    state_codes = frozenset(states)
    hits: list[Hit] = []
    for f in scanned_files(paths):
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        try:
            path = str(f.resolve().relative_to(ROOT))
        except ValueError:
            path = str(f)
        starts = [0] + [m.end() for m in re.finditer("\n", text)]
        lines = text.split("\n")
        kept = file_allowed(text)
        found = [*scan_names(path, text, starts, rep, allowed, state_codes), *scan_words(path, text, starts, rep),
                 *scan_codes(path, text, starts, named)]
        hits.extend(h for h in found if not _LINE_ALLOWED.search(lines[h.line - 1])
                    and h.text.split(" (")[0].lower() not in kept)
    return sorted(set(hits), key=lambda h: (h.path, h.line, h.kind, h.text))


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("paths", nargs="*", type=Path, help="files or folders (default: tests, src/parley/examples)")
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared",
                    help="the shared folder with corpus/ and eval/dev/ (default: ../shared)")
    ap.add_argument("--words", type=int, default=6, help="shortest word run to report (default 6)")
    ap.add_argument("--where", action="store_true", help="name the reports that share each hit")
    ap.add_argument("--given", action="store_true",
                    help="also list given names that stand before a surname no report has")
    args = ap.parse_args(argv)
    if not (args.shared / "corpus").is_dir() and not (args.shared / "eval" / "dev").is_dir():
        print(f"check_names: no reports under {args.shared} (corpus/, eval/dev/): nothing to compare")
        return 0
    paths = args.paths or [ROOT / p for p in DEFAULT_PATHS]
    found = scan(paths, args.shared, args.words)
    hits = [h for h in found if h.kind != "given"]
    given = [h for h in found if h.kind == "given"]
    for h in found if args.given else hits:
        where = f": {', '.join(h.reports)}" if args.where else ""
        print(f"{h.path}:{h.line}: {h.kind} {h.text!r} (in {len(h.reports)} reports{where})")
    if given and not args.given:
        names = sorted({h.text for h in given})
        print(f"check_names: {len(given)} given names before invented surnames, not listed (--given): "
              + ", ".join(names))
    files = len({h.path for h in hits})
    print(f"check_names: {len(hits)} hits in {files} files" if hits else "check_names: no hits")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main())
