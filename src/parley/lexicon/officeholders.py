"""Who held which office for which party when: a knowledge table, read once.

The data is ``officeholders.csv`` beside this file (header
``name,aliases,office,party,start,end,source``; aliases ``|``-separated; dates ISO,
to the day, the month or the year; an empty ``end`` is still in office). It is general
knowledge (heads of state and government, ministers, envoys, spokespeople), not the
people of any report.

Names are keyed by ``parley.names.fold_name`` so that transliterations meet
(Zelensky/Zelenskyy). ``lookup`` takes a name as a report writes it and the report's
date and gives the rows that fit: holders in office on that date first, then, when the
name held offices only for one party, those rows (a former president still acts for his
state). A bare surname is looked up with ``lookup_surname``, which answers only when one
holder in office on that date has it.
"""

from __future__ import annotations

import csv
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from parley.names import fold_name

TABLE_PATH = Path(__file__).with_name("officeholders.csv")
COLUMNS = ("name", "aliases", "office", "party", "start", "end", "source")

# Which of several rows of one person names his party on a date (the lower the better).
OFFICE_RANK = {"head_of_state": 0, "head_of_government": 1, "foreign_minister": 2, "defence_minister": 3,
               "chief_negotiator": 4, "envoy": 5, "national_security_adviser": 6, "chief_of_staff": 7,
               "spokesperson": 8, "intelligence_chief": 9, "secretary_general": 10, "leader": 11}


@dataclass(frozen=True, slots=True)
class Holder:
    name: str
    aliases: tuple[str, ...]
    office: str
    party: str
    start: dt.date | None
    end: dt.date | None  # None: still in office
    source: str

    def holds_on(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


def parse_day(value: str | None, last: bool = False) -> dt.date | None:
    """``2025``, ``2025-07`` or ``2025-07-24`` (anything after the day is ignored) -> a date;
    ``last`` gives the last day of a year or month instead of the first."""
    value = (value or "").strip()[:10]
    if not value:
        return None
    parts = value.split("-")
    try:
        year = int(parts[0])
        if len(parts) == 1:
            return dt.date(year, 12, 31) if last else dt.date(year, 1, 1)
        month = int(parts[1])
        if len(parts) == 2:
            if not last:
                return dt.date(year, month, 1)
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return nxt - dt.timedelta(days=1)
        return dt.date(year, month, int(parts[2]))
    except ValueError:
        return None


_SUFFIXES = frozenset({"ir", "sr", "i", "iv"})  # Jr. (folded j -> i), Sr., II and III (doubles undone), IV


def name_key(name: str) -> str:
    """A name folded for lookups, without a generational suffix ("Ann Varga Jr." -> "an varga")."""
    words = fold_name(name).split()
    while len(words) > 1 and words[-1] in _SUFFIXES:
        words.pop()
    return " ".join(words)


def _first_last(key: str) -> tuple[str, str] | None:
    words = key.split()
    return (words[0], words[-1]) if len(words) >= 2 else None


class OfficeHolders:
    """The table, indexed by folded full names, (first, last) word pairs and last words."""

    def __init__(self, rows: list[Holder]) -> None:
        self.rows = rows
        self._full: dict[str, list[Holder]] = {}
        self._pair: dict[tuple[str, str], list[Holder]] = {}
        self._last: dict[str, list[Holder]] = {}
        for row in rows:
            keys = {name_key(n) for n in (row.name, *row.aliases) if n.strip()}
            for key in keys:
                self._full.setdefault(key, []).append(row)
                pair = _first_last(key)
                if pair is not None:
                    self._pair.setdefault(pair, []).append(row)
                    self._last.setdefault(pair[1], []).append(row)
        for by_name in (self._full, self._last):
            for key_, found in by_name.items():
                by_name[key_] = list(dict.fromkeys(found))
        for pair_key, found in self._pair.items():
            self._pair[pair_key] = list(dict.fromkeys(found))

    @classmethod
    def from_csv(cls, path: Path) -> OfficeHolders:
        rows: list[Holder] = []
        with path.open(encoding="utf-8", newline="") as f:
            reader = csv.DictReader(f)
            missing = [c for c in COLUMNS if c not in (reader.fieldnames or ())]
            if missing:
                raise ValueError(f"{path}: columns missing: {', '.join(missing)}")
            for rec in reader:
                name = (rec.get("name") or "").strip()
                party = (rec.get("party") or "").strip().upper()
                if not name or not party:
                    continue
                rows.append(Holder(
                    name=name,
                    aliases=tuple(a.strip() for a in (rec.get("aliases") or "").split("|") if a.strip()),
                    office=(rec.get("office") or "").strip(),
                    party=party,
                    start=parse_day(rec.get("start")),
                    end=parse_day(rec.get("end"), last=True),
                    source=(rec.get("source") or "").strip(),
                ))
        return cls(rows)

    def _named(self, name: str) -> list[Holder]:
        key = name_key(name)
        if key in self._full:
            return self._full[key]
        pair = _first_last(key)
        if pair is not None and pair in self._pair:
            return self._pair[pair]  # "Seyed Reza Tabari", "Ann K. Varga"
        return []

    def lookup(self, name: str, on: dt.date | None = None) -> list[Holder]:
        """The rows for a full name: in office on ``on`` (best office first); else, when all
        the name's rows are for one party, those rows; else none."""
        found = self._named(name)
        return _choose(found, on)

    def lookup_surname(self, surname: str, on: dt.date | None) -> list[Holder]:
        """The rows for a bare surname, only where exactly one person in office on ``on``
        bears it; with no date, only where one person in the whole table bears it and
        served one party."""
        key = name_key(surname)
        # a one-word alias ("Hemedti") is a whole name of its own
        found = self._full.get(key, []) if " " in key else list(dict.fromkeys(
            self._last.get(key, []) + self._full.get(key, [])))
        if on is not None:
            found = [r for r in found if r.holds_on(on)]
        elif len({r.party for r in found}) != 1:
            return []
        people = {r.name for r in found}
        return _ranked(found) if len(people) == 1 else []

    def party_of(self, name: str, on: dt.date | None = None, surname_only: bool = False) -> tuple[str, str] | None:
        """(party, office) of the best row, or None."""
        rows = self.lookup_surname(name, on) if surname_only else self.lookup(name, on)
        if not rows:
            return None
        return rows[0].party, rows[0].office


def _ranked(rows: list[Holder]) -> list[Holder]:
    return sorted(rows, key=lambda r: OFFICE_RANK.get(r.office, len(OFFICE_RANK)))


def _choose(found: list[Holder], on: dt.date | None) -> list[Holder]:
    if not found:
        return []
    if on is not None:
        now = [r for r in found if r.holds_on(on)]
        if now:
            return _ranked(now)
    if len({r.party for r in found}) == 1:
        return _ranked(found)
    return []


@lru_cache(maxsize=1)
def table() -> OfficeHolders:
    """The packaged table (empty when the file is absent)."""
    if not TABLE_PATH.exists():
        return OfficeHolders([])
    return OfficeHolders.from_csv(TABLE_PATH)
