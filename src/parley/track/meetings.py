"""Reports of one session become one meeting.

Takes ``MeetingMention``s (each report's account of a meeting); gives groups of
them, one per session, and the merged ``TrackedMeeting`` of each group, with the
details the reports disagree on kept as ``Conflict``s.

Two accounts are one session when everyone at the table agrees (parties and
mediators together: outlets differ on whether the US brokers a round or sits at
it as a side) and they meet in time and place:

1. dated accounts: dates at most ``SAME_SESSION_GAP_DAYS`` apart, the same place
   (or one gives none), and no two different round numbers unless the place is
   the same; a session never spans more than ``MAX_SESSION_SPAN_DAYS``;
2. an undated account joins the one dated session that fits: the same place (or,
   with no place, the same round), a compatible round, and a date that agrees with
   when the report was published (a held meeting before it, a scheduled one after
   it, both within ``ATTACH_WINDOW_DAYS``). Where several fit it joins none,
   unless one of them is the only one that close to the report
   (``RECENT_ATTACH_DAYS``): "the talks in Szohod" the day after a round means
   that round;
3. undated accounts that join no dated session group by place and round.

Accounts with neither date, place nor round cannot be placed and are left out.
The clustering runs over mentions in a canonical order, so the result does not
depend on the order reports were added.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, timedelta

from parley.lexicon.places import CITIES
from parley.model import Meeting
from parley.track.model import Cited, Conflict, MeetingMention, TrackedMeeting, content_id
from parley.track.places import fold_place

# Reports of one session date it to the day it began or the day it ended ("talks
# ended on Thursday" vs "talks opened on Wednesday"): one day apart at most.
SAME_SESSION_GAP_DAYS = 1
# Rounds of talks run one to three days; a chain of accounts a day apart each may
# not grow a "session" longer than that (daily talks a week long stay apart).
MAX_SESSION_SPAN_DAYS = 2
# How far from its publication an undated account may look for its session: news
# refers back to a round for weeks ("the talks in Klow last month").
ATTACH_WINDOW_DAYS = 45
# An undated account published within this many days of exactly one fitting
# session means that session even when older ones also fit.
RECENT_ATTACH_DAYS = 3

# A side named by one report only, where at least this many other reports seat the
# table without it, is that report's slip (kept as a conflict).
MINORITY_SEAT_REPORTS = 3

# When a later report says a meeting happened, the earlier "scheduled" is news that
# came true, not a conflict; only these pairs of statuses disagree.
_STATUS_RANK = {"held": 4, "ongoing": 3, "scheduled": 2, "proposed": 1, "cancelled": 0}
_CONFLICTING_STATUS = {frozenset({"held", "cancelled"}), frozenset({"ongoing", "cancelled"})}

_CITY_STATE = {k: code for city, code in CITIES.items() if (k := fold_place(city))}


# Bodies of states that meet, monitor or fund, never a side of the talks of states they
# appear beside: "the Klow talks strained NATO unity" puts no alliance at the table. (The
# armed groups and movements of the party lexicon are sides, so they are not here.) The Holy
# See, which has no army, is a go-between where it appears.
NON_SIDES = frozenset({"UN", "EU", "NATO", "ICRC", "AU", "IAEA", "OSCE", "ASEAN", "G7", "IMF", "WHO", "WFP",
                       "UNICEF", "UNHCR", "UNRWA", "GCC", "OIC", "VAT"})


def _host_of(place: str | None) -> str | None:
    key = fold_place(place)
    return _CITY_STATE.get(key) if key else None


def moved_host(m: Meeting) -> str | None:
    """The host ``seated`` takes off the sides of this account (to the mediators), if any."""
    sides = [p for p in dict.fromkeys(m.parties) if p not in NON_SIDES]
    host = _host_of(m.place)
    if host in sides and host not in {p for p, _ in m.heads} and len(sides) >= 3:
        return host
    return None


def seated(m: Meeting, *, keep_host: bool = False) -> Meeting:
    """The account with the table as the talks had it: the country whose city the talks
    sit in, and bodies that are never a side (``NON_SIDES``), are not sides of a meeting
    of two or more others. A host goes to the mediators (a host with two guests hosts
    them, as the reader has it); a body that is no side leaves the table.

    Otherwise a report that names Syldavia beside the two delegations in Klow makes
    a process of three of its own, and the round is split in two. The host stays a side
    when the account names the head of its delegation, or when it is one of two; and with
    ``keep_host``, when the registry of tables tells it is a party to the conflict
    (``blocks.ProcessMap``: a warring capital hosting talks of its own war).
    """
    parties = list(dict.fromkeys(m.parties))
    sides = [p for p in parties if p not in NON_SIDES]
    mediators = list(dict.fromkeys(m.mediators))
    host = None if keep_host else moved_host(m)
    if host is not None:
        sides.remove(host)
        if host not in mediators:
            mediators.append(host)
    if len(sides) < 2 or sides == parties:
        return m  # nothing to take out, or fewer than two sides would be left: as the reader gave it
    return replace(m, parties=tuple(sides), mediators=tuple(mediators))


def tables_compatible(a: frozenset[str], b: frozenset[str]) -> bool:
    """Everyone at the two tables could be the same session.

    Two sides in common are needed (the US alone is at the table of US-Borduria and of
    Ruritania-Syldavia talks); a one-party account needs its party inside the other table.
    """
    if not a or not b:
        return False
    common = a & b
    if len(common) >= 2:
        return True
    return len(common) == 1 and min(len(a), len(b)) == 1


def _tables_fit(a: MeetingMention, b: MeetingMention) -> bool:
    """Tables compatible, or one report names no one at the table but the same place."""
    if tables_compatible(a.table, b.table):
        return True
    return (not a.table or not b.table) and bool(a.place_key) and a.place_key == b.place_key


def _gap(a: date, b: date) -> int:
    return abs((a - b).days)


def _rounds_clash(a: MeetingMention, b: MeetingMention) -> bool:
    ra, rb = a.meeting.round, b.meeting.round
    return ra is not None and rb is not None and ra != rb


def _link_dated(a: MeetingMention, b: MeetingMention) -> bool:
    assert a.day is not None and b.day is not None
    if _gap(a.day, b.day) > SAME_SESSION_GAP_DAYS or not _tables_fit(a, b):
        return False
    if a.place_key and b.place_key:
        # different cities the same day: two meetings; the same city: one session, whose
        # round numbers may clash (kept as a conflict)
        return a.place_key == b.place_key
    return not _rounds_clash(a, b)


class _Cluster:
    __slots__ = ("docs", "first", "last", "members", "places", "rounds", "tables")

    def __init__(self, i: int, m: MeetingMention) -> None:
        self.members = [i]
        self.first = self.last = m.day
        self.places = {m.place_key} if m.place_key else set()
        self.rounds = {m.meeting.round} if m.meeting.round is not None else set()
        self.tables = {m.source.doc_id: {m.table}}
        self.docs = {m.source.doc_id}

    def can_join(self, other: _Cluster) -> bool:
        days = [d for d in (self.first, self.last, other.first, other.last) if d is not None]
        if days and (max(days) - min(days)).days > MAX_SESSION_SPAN_DAYS:
            return False
        if len(self.places | other.places) > 1:
            return False
        # one report naming two meetings with different tables the same day (a bilateral on
        # the sidelines of a trilateral) is telling us they are two
        if not all(self.tables[doc] == other.tables[doc] for doc in self.docs & other.docs):
            return False
        # no bridging: a one-party account ("the US delegation met in Klow") must not join
        # the US-Borduria talks and the Ruritania-Syldavia talks held in the same city that day
        mine = {t for ts in self.tables.values() for t in ts if len(t) >= 2}
        theirs = {t for ts in other.tables.values() for t in ts if len(t) >= 2}
        return all(tables_compatible(a, b) for a in mine for b in theirs)

    def absorb(self, other: _Cluster) -> None:
        self.members += other.members
        days = [d for d in (self.first, self.last, other.first, other.last) if d is not None]
        self.first, self.last = (min(days), max(days)) if days else (None, None)
        self.places |= other.places
        self.rounds |= other.rounds
        for doc, tables in other.tables.items():
            self.tables.setdefault(doc, set()).update(tables)
        self.docs |= other.docs


def _canonical(m: MeetingMention) -> tuple:
    return (m.day or date.max, m.place_key or "~", m.source.doc_id, m.meeting.id)


def cluster_meetings(mentions: Iterable[MeetingMention]) -> list[list[MeetingMention]]:
    """Group accounts of one session; each group sorted canonically, groups by first day."""
    ms = sorted(mentions, key=_canonical)
    clusters: dict[int, _Cluster] = {}
    owner: list[int] = []
    for i, m in enumerate(ms):
        clusters[i] = _Cluster(i, m)
        owner.append(i)

    def find(i: int) -> int:
        while owner[i] != i:
            owner[i] = owner[owner[i]]
            i = owner[i]
        return i

    # 1. dated accounts, closest pairs first so that a chain cannot outgrow a session
    dated = [i for i, m in enumerate(ms) if m.day is not None]
    edges = []
    for x, i in enumerate(dated):
        for j in dated[x + 1:]:
            a, b = ms[i], ms[j]
            assert a.day is not None and b.day is not None
            if (b.day - a.day).days > SAME_SESSION_GAP_DAYS:
                break  # sorted by day
            if _link_dated(a, b):
                same_place = bool(a.place_key and a.place_key == b.place_key)
                edges.append((_gap(a.day, b.day), not same_place, i, j))
    for _, _, i, j in sorted(edges):
        ri, rj = find(i), find(j)
        if ri != rj and clusters[ri].can_join(clusters[rj]):
            keep, gone = min(ri, rj), max(ri, rj)
            clusters[keep].absorb(clusters.pop(gone))
            owner[gone] = keep

    dated_roots = sorted({find(i) for i in dated})

    # 1b. a session announced for a day and held a few days later, where nothing was held
    # that day, is that session put off ("set to resume on Sunday", then "talks ended on
    # Thursday"): the announcement joins the first session held after it
    held = sorted((c.first, r) for r in dated_roots if (c := clusters[r]).first is not None
                  and any(ms[i].meeting.status in _HELD for i in c.members))
    held_days = [d for d, _ in held]
    for r in list(dated_roots):
        c = clusters[r]
        if c.first is None or c.last is None:
            continue
        # only sessions that began from a session's span before the announced day to a week
        # after it can overlap it or be it put off (bisect: linear in the block)
        lo = bisect_left(held_days, c.first - timedelta(days=MAX_SESSION_SPAN_DAYS))
        hi = bisect_right(held_days, c.last + timedelta(days=SLIP_DAYS))
        target = _slipped_to(r, [k for _, k in held[lo:hi]], clusters, ms)
        if target is not None:
            clusters[target].members += clusters[r].members
            clusters[target].docs |= clusters[r].docs
            for doc, tables in clusters[r].tables.items():
                clusters[target].tables.setdefault(doc, set()).update(tables)
            clusters[target].places |= clusters[r].places
            clusters[target].rounds |= clusters[r].rounds
            del clusters[r]
            for i in clusters[target].members:
                owner[i] = target
            dated_roots.remove(r)

    # 2. undated accounts join the one dated session that fits; only sessions in its place
    # (or, with no place, of its round) can, so an index keeps this near linear
    by_place: dict[str, list[int]] = defaultdict(list)
    by_round: dict[int, list[int]] = defaultdict(list)
    for r in dated_roots:
        for place in clusters[r].places:
            by_place[place].append(r)
        for rnd in clusters[r].rounds:
            by_round[rnd].append(r)
    # each list is in the order of its sessions' first days (a root is its cluster's
    # earliest account), so the days an account may look at are a slice of it
    first_days = {key: [clusters[r].first or date.min for r in rs] for key, rs in (
        *((("p", k), v) for k, v in by_place.items()), *((("r", k), v) for k, v in by_round.items()))}
    leftovers: list[int] = []
    for i, m in enumerate(ms):
        if m.day is not None:
            continue
        if m.place_key:
            key: tuple[str, object] = ("p", m.place_key)
            near = by_place.get(m.place_key, [])
        else:
            key = ("r", m.meeting.round)
            near = by_round.get(m.meeting.round, []) if m.meeting.round is not None else []
        days = first_days.get(key, [])
        window = near
        if m.published_on is not None and near:
            if m.meeting.status in ("held", "ongoing", "cancelled"):
                lo_day, hi_day = m.published_on - timedelta(days=ATTACH_WINDOW_DAYS), m.published_on + timedelta(
                    days=SAME_SESSION_GAP_DAYS)
            else:
                lo_day = m.published_on - timedelta(days=SAME_SESSION_GAP_DAYS + MAX_SESSION_SPAN_DAYS)
                hi_day = m.published_on + timedelta(days=ATTACH_WINDOW_DAYS)
            window = near[bisect_left(days, lo_day):bisect_right(days, hi_day)]
        fits = [r for r in sorted(set(window)) if _undated_fits(m, ms, clusters[r])]
        chosen = _choose(m, fits, clusters)
        if chosen is None and not fits and m.published_on is not None:
            before = near[:bisect_right(days, m.published_on)]
            chosen = _the_only_session_there(m, ms, sorted(set(before)), clusters)
        if chosen is None:
            if len(fits) > 1 and m.place_key:
                # "the two previous rounds in Klow": an account that fits several known
                # sessions there tells of them, not of one more (ANNOTATING: it is left out)
                clusters.pop(i, None)
                continue
            leftovers.append(i)
        else:
            clusters[chosen].members.append(i)
            owner[i] = chosen
            clusters.pop(i, None)

    # 3. undated accounts left: group by place and round
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i in leftovers:
        m = ms[i]
        if not m.place_key and m.meeting.round is None:
            clusters.pop(i, None)  # nothing to place it by (ANNOTATING: such meetings are left out)
            continue
        groups[(m.place_key, m.meeting.round)].append(i)
    for members in groups.values():
        # within one place and round, split only where the tables cannot be one session
        placed: list[list[int]] = []
        for i in members:
            for grp in placed:
                if all(_tables_fit(ms[i], ms[k]) for k in grp):
                    grp.append(i)
                    break
            else:
                placed.append([i])
        for grp in placed:
            root = grp[0]
            for k in grp[1:]:
                clusters[root].members.append(k)
                clusters.pop(k, None)

    out = [sorted((ms[i] for i in c.members), key=_canonical) for c in clusters.values()]
    out.sort(key=lambda g: _canonical(g[0]))
    return out


def _undated_fits(m: MeetingMention, ms: Sequence[MeetingMention], c: _Cluster) -> bool:
    # the cheap tests first (place, round, days), the tables of every member last
    if m.place_key:
        if m.place_key not in c.places:
            return False
    elif m.meeting.round is None or m.meeting.round not in c.rounds:
        return False  # no place: only "the second round" of these parties can say which
    if m.meeting.round is not None and c.rounds and m.meeting.round not in c.rounds:
        return False
    if m.published_on is not None and c.first is not None and c.last is not None:
        if m.meeting.status in ("held", "ongoing", "cancelled"):
            lag = (m.published_on - c.first).days
            if not -SAME_SESSION_GAP_DAYS <= lag <= ATTACH_WINDOW_DAYS:
                return False
        else:
            lead = (c.last - m.published_on).days
            if not -SAME_SESSION_GAP_DAYS <= lead <= ATTACH_WINDOW_DAYS:
                return False
    return any(_tables_fit(m, ms[i]) for i in c.members)


# An announced session held this many days after its announced day, with nothing held
# on that day, is the same session put off.
SLIP_DAYS = 7
_HELD = ("held", "ongoing")


def _slipped_to(r: int, roots: list[int], clusters: dict[int, _Cluster], ms: Sequence[MeetingMention]) -> int | None:
    c = clusters[r]
    members = [ms[i] for i in c.members]
    if c.first is None or c.last is None or any(m.meeting.status not in ("scheduled",) for m in members):
        return None
    later = []
    for other in roots:
        o = clusters.get(other)
        if other == r or o is None or o.first is None or o.last is None:
            continue
        if not any(ms[i].meeting.status in _HELD for i in o.members):
            continue
        if o.last >= c.first and o.first <= c.last:
            return None  # something was held on the announced day: the announcement is of that
        if not (c.last < o.first <= c.last + timedelta(days=SLIP_DAYS)):
            continue
        if c.places and o.places and c.places != o.places:
            continue
        if c.rounds and o.rounds and not (c.rounds & o.rounds):
            continue
        theirs = [ms[i] for i in o.members]
        if not all(any(_tables_fit(a, b) for b in theirs) for a in members):
            continue
        later.append(other)
    if not later:
        return None
    first = min(later, key=lambda k: (clusters[k].first or date.max, k))
    return first


def _the_only_session_there(m: MeetingMention, ms: Sequence[MeetingMention], near: list[int],
                            clusters: dict[int, _Cluster]) -> int | None:
    """An undated account of talks held at a place, published after the one session its
    process held there, is of that session however long ago ("the Lakeside summit", months
    on); with two or more sessions there it cannot say which, and a report that dates
    that session itself and tells this account apart means another one."""
    if m.meeting.status not in _HELD or not m.place_key or m.published_on is None:
        return None
    held_before = []
    for r in near:
        c = clusters[r]
        if c.first is None or c.first > m.published_on:
            continue
        if m.meeting.round is not None and c.rounds and m.meeting.round not in c.rounds:
            continue
        members = [ms[i] for i in c.members]
        if not any(x.meeting.status in _HELD for x in members) or not any(_tables_fit(m, x) for x in members):
            continue
        if m.source.doc_id in c.docs:
            return None  # its own report dates that session and tells this one apart
        held_before.append(r)
        if len(held_before) > 1:
            return None
    return held_before[0] if len(held_before) == 1 else None


def _choose(m: MeetingMention, fits: list[int], clusters: dict[int, _Cluster]) -> int | None:
    if len(fits) == 1:
        return fits[0]
    if not fits:
        return None
    if m.meeting.round is not None:
        by_round = [r for r in fits if m.meeting.round in clusters[r].rounds]
        if len(by_round) == 1:
            return by_round[0]
    if m.published_on is None:
        return None
    near = []
    for r in fits:
        c = clusters[r]
        assert c.first is not None and c.last is not None
        if min(abs((m.published_on - c.first).days), abs((m.published_on - c.last).days)) <= RECENT_ATTACH_DAYS:
            near.append(r)
    return near[0] if len(near) == 1 else None


# ------------------------------------------------------------ merging one group

def _cited(values: Iterable[tuple[object, str]]) -> tuple[Cited, ...]:
    """Distinct values with their reports, most reports first, then by value: a stable order."""
    by_value: dict[object, set[str]] = defaultdict(set)
    for value, doc in values:
        if value is not None and value != "":
            by_value[value].add(doc)
    order = sorted(by_value, key=lambda v: (-len(by_value[v]), str(v)))
    return tuple(Cited(value=v, sources=tuple(sorted(by_value[v]))) for v in order)


def _pick(field: str, values: Iterable[tuple[object, str]], conflicts: list[Conflict]) -> object:
    cited = _cited(values)
    if not cited:
        return None
    if len(cited) > 1:
        conflicts.append(Conflict(field=field, values=cited))
    return cited[0].value


def merge_group(group: Sequence[MeetingMention]) -> TrackedMeeting:
    """The meeting a group of accounts tells, details disagreeing kept as conflicts.

    Its ``id`` and ``process`` are left empty: the tracker sets them once the
    processes are known (``meeting_id``).
    """
    conflicts: list[Conflict] = []
    docs = [m.source.doc_id for m in group]

    # the days it was held on, where reports tell it held; an announced day that slipped
    # stays a conflict
    held_days = {m.day for m in group if m.day is not None and m.meeting.status in _HELD}
    all_days = {m.day for m in group if m.day is not None}
    days = sorted(held_days or all_days)
    if len(all_days) > 1:
        conflicts.append(Conflict(field="date", values=_cited(
            (m.day.isoformat() if m.day else None, m.source.doc_id) for m in group)))
    first_day = days[0].isoformat() if days else None
    end_day = days[-1].isoformat() if len(days) > 1 else None

    # the place as most reports spell it, compared folded
    place_keys = _pick("place", ((m.place_key, m.source.doc_id) for m in group), conflicts)
    spellings = Counter(m.meeting.place for m in group if m.place_key == place_keys and m.meeting.place)
    place = sorted(spellings, key=lambda p: (-spellings[p], p))[0] if spellings else None
    if conflicts and conflicts[-1].field == "place":  # show the spellings, not the keys
        conflicts[-1] = Conflict(field="place", values=_cited((m.meeting.place, m.source.doc_id) for m in group))

    venue = _pick("venue", ((m.meeting.venue, d) for m, d in zip(group, docs, strict=True)), conflicts)
    rnd = _pick("round", ((m.meeting.round, d) for m, d in zip(group, docs, strict=True)), conflicts)
    duration = _pick("duration_minutes", ((m.meeting.duration_minutes, d) for m, d in zip(group, docs, strict=True)),
                     conflicts)

    statuses = _cited((m.meeting.status, m.source.doc_id) for m in group)
    status_set = {c.value for c in statuses}
    status = max(status_set, key=lambda s: _STATUS_RANK[str(s)])
    if "cancelled" in status_set:
        # a cancellation reported after every account of the meeting going ahead stands
        last = max(group, key=lambda m: (m.published_on or date.min, m.source.doc_id))
        if last.meeting.status == "cancelled":
            status = "cancelled"
    if any(frozenset({a, b}) in _CONFLICTING_STATUS for a in status_set for b in status_set):
        conflicts.append(Conflict(field="status", values=statuses))

    # parties and mediators: each code takes the role most reports give it
    party_docs: dict[str, set[str]] = defaultdict(set)
    mediator_docs: dict[str, set[str]] = defaultdict(set)
    for m in group:
        for p in m.meeting.parties:
            party_docs[p].add(m.source.doc_id)
        for p in m.meeting.mediators:
            mediator_docs[p].add(m.source.doc_id)
    seating = {m.source.doc_id for m in group if len(set(m.meeting.parties)) >= 2}
    parties: list[str] = []
    mediators: list[str] = []
    for code in sorted(set(party_docs) | set(mediator_docs)):
        as_party, as_mediator = party_docs.get(code, set()), mediator_docs.get(code, set())
        if len(as_party) == 1 and not as_mediator and len(seating - as_party) >= MINORITY_SEAT_REPORTS:
            # one report seats a side that every other report of the table leaves out
            # ("Syldavia, which borders A and B, hosts the talks of B and C"): not a side
            conflicts.append(Conflict(field=f"party:{code}", values=(
                Cited(value="not at the table", sources=tuple(sorted(seating - as_party))),
                Cited(value="at the table", sources=tuple(sorted(as_party))))))
            continue
        if as_party and as_mediator:
            conflicts.append(Conflict(field=f"role:{code}", values=(
                Cited(value="party", sources=tuple(sorted(as_party))),
                Cited(value="mediator", sources=tuple(sorted(as_mediator))))))
        (mediators if len(as_mediator) > len(as_party) else parties).append(code)

    heads: dict[str, str] = {}
    for m in sorted(group, key=_canonical):
        for party, actor in m.heads:
            heads.setdefault(party, actor)
    chairs = sorted({c for m in group for c in m.chairs})
    fmt = sorted({f for m in group for f in m.meeting.format})

    return TrackedMeeting(
        id="", process=None, date=first_day, end_date=end_day, place=place, venue=str(venue) if venue else None,
        round=int(rnd) if isinstance(rnd, int) else None, status=str(status), parties=tuple(parties),
        mediators=tuple(mediators), format=tuple(fmt),
        duration_minutes=int(duration) if isinstance(duration, int) else None,
        heads=tuple(sorted(heads.items())), chairs=tuple(chairs), mentions=tuple(group),
        conflicts=tuple(conflicts))


def meeting_id(meeting: TrackedMeeting) -> str:
    """Stable id: process, first day, place (and round for undated meetings)."""
    table = "-".join(sorted(meeting.table))
    return content_id("m", meeting.process or table, meeting.date or "undated", fold_place(meeting.place) or "",
                      "" if meeting.date else (meeting.round or ""), "" if meeting.process else table)
