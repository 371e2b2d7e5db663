"""The merge cut into blocks that can be merged apart: what makes tracking incremental.

Takes each report's items (``DocItems``: its actors, meetings and statements with the
text of their evidence) and the process registry (every table of parties the reports
give); gives for each item the block it is merged in, and the merge of one block.

A block's merge depends only on its own mentions (and, for meetings and statements,
on the tracked ids of the people its reports name), so a store can re-merge only the
blocks a new report touches and get what a rebuild gives:

- people: ``people.person_block`` (the consonant skeleton of the surname);
- meetings: the process of the mention (``m:p-rus-ukr``), or its table where no
  process can be told (``t:NOR``);
- statements: process, act, parties and issue (``s:p-rus-ukr|agree|RUS,UKR|ceasefire``);
- positions (process, party, issue) and commitments (process, issue) are built from
  the tracked statements of their key.

Processes are a pure function of the registry (``ProcessMap``): a process is a set of
sides, the mediators folded out; when a new report adds a table the registry has not
seen, every mention's process is computed again and the blocks whose mentions moved
are merged again.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from parley.lexicon.parties import party_name
from parley.model import Actor, Meeting, Statement
from parley.track.meetings import (
    cluster_meetings,
    fold_place,
    meeting_id,
    merge_group,
    moved_host,
    seated,
    tables_compatible,
)
from parley.track.model import (
    ActorMention,
    MeetingMention,
    Process,
    StatementMention,
    TrackedActor,
    TrackedMeeting,
    TrackedStatement,
    content_id,
    meeting_order,
    parse_day,
    unique_sources,
)
from parley.track.people import merge_actors, person_block
from parley.track.sources import SourceRef
from parley.track.statements import merge_statements

# Acts between two or more parties that make a process even with no meeting reported.
PROCESS_ACTS = ("agree", "disagree", "discuss", "accept")
# A meeting "scheduled" for a day this long before its report was published is a date
# that belongs to another event ("detainees seized before June 12"): not a meeting.
STALE_SCHEDULE_DAYS = 7
# A meeting "held" on a day after its report was published cannot be: the date is
# someone's reading of a day without a year; the account is kept undated.
FUTURE_HELD_DAYS = 1
# A table told by one account only, at a place and day where another process's session
# with a side in common is told by at least this many: that session, misread (``attach``).
LONE_ACCOUNT_MAJORITY = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class DocItems:
    """One report's items, keyed by the store's item ids."""

    source: SourceRef
    actors: tuple[tuple[str, Actor, tuple[str, ...]], ...] = ()
    meetings: tuple[tuple[str, Meeting, tuple[str, ...]], ...] = ()
    statements: tuple[tuple[str, Statement, tuple[str, ...]], ...] = ()


def unique_item_ids(ids: Iterable[str]) -> list[str]:
    """A repeated item id gets a suffix (m1, m1~2), as the store's item rows do."""
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        n = seen[i] = seen.get(i, 0) + 1
        out.append(i if n == 1 else f"{i}~{n}")
    return out


# ------------------------------------------------------------ the process registry

def registry_entries(doc: DocItems) -> set[str]:
    """The tables of parties this report gives: ``m|RUS,UKR|USA`` for a meeting (parties,
    mediators), ``s|RUS,UKR|`` for an agreement or talks between parties."""
    out = set()
    for _, m, _ in doc.meetings:
        host = moved_host(m)
        m = seated(m)  # a host or a body that is no side makes no process of its own
        if host is not None:
            # ``h|sides with the host|mediators with the host``: whether the host is a side
            # (a party to the conflict) or a mediator, the other entries tell (``ProcessMap``)
            out.add(f"h|{','.join(sorted(set(m.parties) | {host}))}|{','.join(sorted(set(m.mediators)))}")
        elif m.parties or m.mediators:
            out.add(f"m|{','.join(sorted(set(m.parties)))}|{','.join(sorted(set(m.mediators)))}")
    for _, s, _ in doc.statements:
        if s.act in PROCESS_ACTS and len(set(s.actors)) >= 2:
            out.add(f"s|{','.join(sorted(set(s.actors)))}|")
    return out


def _codes(text: str) -> frozenset[str]:
    return frozenset(c for c in text.split(",") if c)


def sides_of(parties: Iterable[str], mediators: Iterable[str]) -> frozenset[str]:
    p = frozenset(parties)
    return p if len(p) >= 2 else p | frozenset(mediators)


def _reduce(sides: frozenset[str], known: set[frozenset[str]], mediators: set[str]) -> frozenset[str]:
    """The smallest known set of sides this one is, once the mediators at its table are
    taken out: US-Russia-Ukraine, where the US brokers, is Russia-Ukraine talks."""
    current = sides
    while True:
        smaller = [k for k in known if len(k) >= 2 and k < current and (current - k) <= mediators]
        if not smaller:
            return current
        current = min(smaller, key=lambda k: (len(k), sorted(k)))


def warring_host(host: str, others: frozenset[str], told: Sequence[tuple[frozenset[str], frozenset[str]]]) -> bool:
    """A capital's country is a party to the talks it hosts (not their mediator) when other
    tables show it across a broker's table from one of the other sides there (a war with a
    mediator between them), and none shows it brokering talks of the others. ``told``:
    (parties, mediators) of the meeting entries no host rule seated."""
    if any(host in med and len(parties) >= 2 and parties <= others for parties, med in told):
        return False  # it brokers the others' talks elsewhere: here too
    return any(host in parties and bool(parties & others) and bool(med - parties)
               for parties, med in told if len(parties) >= 2)


def process_id(sides: Iterable[str]) -> str:
    return "p-" + "-".join(sorted(sides)).lower()


@dataclass(slots=True)
class ProcessMap:
    """Processes derived from the registry; ``process_of`` gives a mention's process."""

    known: set[frozenset[str]] = field(default_factory=set)
    mediators: set[str] = field(default_factory=set)
    canon: dict[frozenset[str], frozenset[str]] = field(default_factory=dict)
    processes: dict[str, Process] = field(default_factory=dict)
    tables: dict[str, frozenset[str]] = field(default_factory=dict)
    # hosted tables (sides with the host, mediators with the host) whose host is a party
    kept_hosts: set[tuple[frozenset[str], frozenset[str]]] = field(default_factory=set)

    @classmethod
    def of(cls, entries: Iterable[str]) -> ProcessMap:
        meet: list[tuple[frozenset[str], frozenset[str]]] = []
        stmt: list[frozenset[str]] = []
        hosted: list[tuple[frozenset[str], frozenset[str]]] = []
        for e in sorted(set(entries)):
            kind, party_text, mediator_text = e.split("|")
            if kind == "m":
                meet.append((_codes(party_text), _codes(mediator_text)))
            elif kind == "h":
                hosted.append((_codes(party_text), _codes(mediator_text)))
            else:
                stmt.append(_codes(party_text))
        pm = cls()
        told = list(meet)  # the tables no host rule seated: the hosts are judged on these alone
        for sides, meds in hosted:
            hosts = sides & meds
            keep = frozenset(h for h in hosts if warring_host(h, sides - hosts, told))
            meet.append(((sides - hosts) | keep, meds - keep))
            if keep:
                pm.kept_hosts.add((sides, meds))
        pm.mediators = {c for _, med in meet for c in med}
        for parties, med in meet:
            s = sides_of(parties, med)
            if len(s) >= 2:
                pm.known.add(s)
                brokered = s - med
                if len(brokered) >= 2:
                    pm.known.add(brokered)
        pm.known.update(a for a in stmt if len(a) >= 2)
        pm.canon = {k: _reduce(k, pm.known, pm.mediators) for k in pm.known}
        extra: dict[frozenset[str], set[str]] = defaultdict(set)
        for k, c in pm.canon.items():
            extra[c] |= k - c
        for parties, med in meet:
            s = sides_of(parties, med)
            if len(s) >= 2:
                c = pm.canon[s]
                extra[c] |= set(med) | (set(parties) - c)
        for c in set(pm.canon.values()):
            pid = process_id(c)
            med_codes = tuple(sorted(extra[c] - c))
            name = "-".join(party_name(x) for x in sorted(c)) + " talks"
            pm.processes[pid] = Process(id=pid, sides=tuple(sorted(c)), mediators=med_codes, name=name)
            pm.tables[pid] = frozenset(c) | frozenset(med_codes)
        return pm

    def keeps_host(self, m: Meeting) -> bool:
        """The host of this account is a party to the conflict: it stays a side."""
        host = moved_host(m)
        if host is None or not self.kept_hosts:
            return False
        s = seated(m)
        return (frozenset(s.parties) | {host}, frozenset(s.mediators)) in self.kept_hosts

    def seat(self, m: Meeting) -> Meeting:
        """``seated``, the host kept a side where the registry tells it is a party."""
        return seated(m, keep_host=self.keeps_host(m))

    def _containing(self, codes: frozenset[str], *, sides_only: bool) -> list[str]:
        if sides_only:
            return sorted(pid for pid, p in self.processes.items() if codes <= set(p.sides))
        return sorted(pid for pid, t in self.tables.items() if codes <= t)

    def meeting_process(self, m: Meeting) -> str | None:
        parties, mediators = frozenset(m.parties), frozenset(m.mediators)
        if len(parties) == 1 and mediators:
            # one side and its broker ("Russia's delegation, with US mediators"): the process
            # where that side sits and the broker mediates, if only one is
            brokered = [pid for pid in self._containing(parties, sides_only=True)
                        if mediators <= set(self.processes[pid].mediators)]
            if len(brokered) == 1:
                return brokered[0]
        s = sides_of(m.parties, m.mediators)
        if len(s) >= 2:
            c = self.canon.get(s) or _reduce(s, self.known, self.mediators)
            return process_id(c) if process_id(c) in self.processes else None
        if not s:
            return None
        having = self._containing(s, sides_only=True)
        return having[0] if len(having) == 1 else None

    def statement_process(self, s: Statement, votes: Counter[str]) -> str | None:
        actors = frozenset(s.actors)
        fitting = Counter({pid: n for pid, n in votes.items() if actors <= self.tables.get(pid, frozenset())})
        if fitting:
            return sorted(fitting, key=lambda p: (-fitting[p], p))[0]
        if not actors:
            return None
        fits = self._containing(actors, sides_only=False)
        exact = []
        if len(actors) >= 2:
            want = process_id(self.canon.get(actors) or _reduce(actors, self.known, self.mediators))
            exact = [p for p in fits if p == want]
        pick = exact or fits
        return pick[0] if len(pick) == 1 else None


def assign(doc: DocItems, pm: ProcessMap) -> dict[tuple[str, str], str]:
    """Each item of the report -> its block: ``(kind, item id) -> block``.

    Meetings and statements of one report share its subject: a one-party account, or
    a statement whose parties fit several processes, takes the process the report's
    other items are about.
    """
    out: dict[tuple[str, str], str] = {}
    for item_id, a, _ in doc.actors:
        out[("actor", item_id)] = person_block(a.name, a.kind)
    meeting_pids: dict[str, str | None] = {item_id: pm.meeting_process(pm.seat(m)) for item_id, m, _ in doc.meetings}
    votes: Counter[str] = Counter(p for p in meeting_pids.values() if p)
    statement_pids: dict[str, str | None] = {}
    for item_id, s, _ in doc.statements:
        statement_pids[item_id] = pm.statement_process(s, votes)
    if any(p is None for p in (*meeting_pids.values(), *statement_pids.values())):
        doc_votes = votes + Counter(p for p in statement_pids.values() if p)
        for item_id, m, _ in doc.meetings:
            if meeting_pids[item_id] is None and doc_votes:
                codes = sides_of(m.parties, m.mediators)
                fit = Counter({p: n for p, n in doc_votes.items() if codes and codes <= pm.tables[p]})
                if fit:
                    meeting_pids[item_id] = sorted(fit, key=lambda p: (-fit[p], p))[0]
        for item_id, s, _ in doc.statements:
            if statement_pids[item_id] is None and doc_votes:
                statement_pids[item_id] = pm.statement_process(s, doc_votes)
    for item_id, m, _ in doc.meetings:
        pid = meeting_pids[item_id]
        out[("meeting", item_id)] = "m:" + pid if pid else "t:" + ",".join(sorted(set(m.parties) | set(m.mediators)))
    for item_id, s, _ in doc.statements:
        out[("statement", item_id)] = statement_block(statement_pids[item_id], s)
    return out


def statement_block(pid: str | None, s: Statement) -> str:
    return f"s:{pid or ''}|{s.act}|{','.join(sorted(set(s.actors)))}|{s.issue}"


def block_process(block: str) -> str | None:
    """The process a meeting or statement block belongs to (None for ``t:`` blocks)."""
    if block.startswith("m:"):
        return block[2:]
    if block.startswith("s:"):
        return block[2:].split("|", 1)[0] or None
    return None


def meeting_place_day(m: Meeting) -> tuple[str | None, str | None]:
    """The folded place and the ISO day of a meeting account, as ``attach`` compares them."""
    day = parse_day(m.date)
    return fold_place(m.place), day.isoformat() if day else None


def attach_all(docs: Sequence[DocItems], blocks: dict[str, dict[tuple[str, str], str]]) -> None:
    """``attach`` over every meeting account of these reports (their blocks updated in place).

    Each account is given only the accounts at its place within a day of it: ``attach``
    reads no other (an undated one, or one two days off, never counts), and handing it
    every account of a city made this quadratic in the reports told there."""
    at: dict[tuple[str, str], list[tuple[str, str | None]]] = defaultdict(list)
    todo = []
    for d in docs:
        for item_id, m, _ in d.meetings:
            place, day = meeting_place_day(m)
            base = blocks[d.source.doc_id][("meeting", item_id)]
            if place and day:
                at[(place, day)].append((base, day))
                todo.append((d.source.doc_id, item_id, base, place, day))
    for doc, item_id, base, place, day in todo:
        near = [x for k in _days_around(day) for x in at.get((place, k), ())]
        blocks[doc][("meeting", item_id)] = attach(base, place, day, near)


def _days_around(day: str) -> list[str]:
    """The ISO day before, the day, and the day after (where the calendar has them)."""
    d = date.fromisoformat(day)
    out = []
    for k in (-1, 0, 1):
        try:
            out.append((d + timedelta(days=k)).isoformat())
        except OverflowError:
            continue
    return out


def attach(base: str, place: str | None, day: str | None, near: Iterable[tuple[str, str | None]]) -> str:
    """The block of a meeting account no process could be told for (``t:``): the one
    process that met at its place within a day of it, if only one did; ``near`` gives
    (base block, day) of the accounts at that place."""
    if not place or not day:
        return base
    d = date.fromisoformat(day)
    pids = {b for b, other in near if b.startswith("m:") and other and abs((date.fromisoformat(other) - d).days) <= 1}
    if base.startswith("m:"):
        # a table with a side more than another process that met there that day (one report
        # seats a third country beside the two delegations): that process, if only one
        wider = {b for b in pids if len(_sides_of_block(b)) >= 2 and _sides_of_block(b) < _sides_of_block(base)}
        if wider:
            pids = wider
        else:
            # the only account of its table there, beside a session of another process that
            # at least LONE_ACCOUNT_MAJORITY accounts tell with a side in common: one outlet
            # got the pair wrong (it told that session), not a second meeting that day
            counts = Counter(b for b, other in near if b.startswith("m:") and other
                             and abs((date.fromisoformat(other) - d).days) <= 1)
            pids = {b for b in pids if b != base and counts[base] == 1 and counts[b] >= LONE_ACCOUNT_MAJORITY
                    and _sides_of_block(b) & _sides_of_block(base)}
    return next(iter(pids)) if len(pids) == 1 else base


def _at_the_table(mm: MeetingMention, sides: frozenset[str]) -> MeetingMention:
    """An account of two parties or more whose table cannot be its block's (one that
    ``attach`` gave to the session a majority tells: a pair misread) sits at the process's
    table, its own parties kept beside it (the one report's extra side is then a conflict)."""
    m = mm.meeting
    if len(m.parties) < 2 or tables_compatible(mm.table, sides):
        return mm
    parties = (*m.parties, *sorted(sides - set(m.parties)))
    return replace(mm, meeting=replace(m, parties=parties), table=frozenset(parties) | frozenset(m.mediators))


def _no_side_mediates(mm: MeetingMention, sides: frozenset[str]) -> MeetingMention:
    """A side of the process is never a mediator of its meeting: an account that seats one
    there (a warring host the host rule took for a broker) has it among the parties. An
    account of one party and its broker is left as told (its process is the two of them)."""
    m = mm.meeting
    wrong = [c for c in m.mediators if c in sides]
    if not wrong or len(set(m.parties)) < 2:
        return mm
    parties = (*m.parties, *(c for c in wrong if c not in m.parties))
    mediators = tuple(c for c in m.mediators if c not in sides)
    return replace(mm, meeting=replace(m, parties=parties, mediators=mediators))


def _sides_of_block(block: str) -> frozenset[str]:
    return frozenset(block[len("m:p-"):].upper().split("-")) if block.startswith("m:p-") else frozenset()

# ------------------------------------------------------------ mentions

def meeting_mention(doc: DocItems, m: Meeting, evidence: tuple[str, ...],
                    actor_ids: dict[tuple[str, str], str]) -> MeetingMention | None:
    """One report's account of a meeting, or None where the account cannot be a meeting."""
    src = doc.source
    m = seated(m)
    published = parse_day(src.published)
    day = parse_day(m.date)
    if day is not None and published is not None:
        if m.status in ("scheduled", "proposed") and day < published - timedelta(days=STALE_SCHEDULE_DAYS):
            return None  # the date belongs to another event
        if m.status in ("held", "ongoing") and day > published + timedelta(days=FUTURE_HELD_DAYS):
            day = None
    d = src.doc_id
    return MeetingMention(
        source=src, meeting=m, day=day, published_on=published, place_key=fold_place(m.place),
        table=frozenset(m.parties) | frozenset(m.mediators),
        heads=tuple((p, actor_ids.get((d, a), a)) for p, a in m.heads),
        chairs=tuple(actor_ids.get((d, c), c) for c in m.chairs), evidence=evidence)


def statement_mention(doc: DocItems, s: Statement, evidence: tuple[str, ...],
                      actor_ids: dict[tuple[str, str], str]) -> StatementMention:
    own = parse_day(s.date)
    published = parse_day(doc.source.published)
    return StatementMention(source=doc.source, statement=s, day=own or published, dated=own is not None,
                            speaker=actor_ids.get((doc.source.doc_id, s.speaker)) if s.speaker else None,
                            evidence=evidence)


# ------------------------------------------------------------ merging one block

def merge_actor_block(mentions: Sequence[ActorMention]) -> tuple[list[TrackedActor], dict[tuple[str, str], str]]:
    """People of one block; the map is (doc id, item id) -> tracked id."""
    actors, mapping = merge_actors(mentions)
    return [replace(a, source_refs=a.sources) for a in actors], mapping


def merge_meeting_block(block: str, mentions: Sequence[MeetingMention]) -> list[TrackedMeeting]:
    pid = block_process(block)
    sides = _sides_of_block(block)
    if len(sides) >= 2:
        mentions = [_at_the_table(_no_side_mediates(mm, sides), sides) for mm in mentions]
    out = []
    for group in cluster_meetings(mentions):
        m = merge_group(group)
        m = replace(m, process=pid)
        out.append(replace(m, id=meeting_id(m), source_refs=unique_sources(x.source for x in group)))
    counts = Counter(m.id for m in out)
    final = []
    for m in out:
        if counts[m.id] > 1:
            first = min((mm.source.doc_id, mm.meeting.id) for mm in m.mentions)
            m = replace(m, id=content_id("m", m.id, *first))
        final.append(m)
    return sorted(final, key=meeting_order)


def merge_statement_block(block: str, mentions: Sequence[StatementMention]) -> list[TrackedStatement]:
    pid = block_process(block)
    return [replace(s, source_refs=s.sources) for s in merge_statements(mentions, pid)]
