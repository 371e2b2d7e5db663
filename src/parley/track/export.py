"""Records out of the store, for other tools.

Takes stored records (and the ``Tracker`` built from them); gives

- ``jsonl``: one ``parley.record/1`` object per line (SCHEMA.md), with the
  store's ``doc_id``;
- ``csv``: one file per table (``sources``, ``actors``, ``meetings``,
  ``statements``, ``quotes``), one row per item as each report gives it, with
  ``tracked_id``: the merged meeting, person or statement the row belongs to;
- ``plover``: the merged meetings and statements as events in PLOVER-style JSON
  with CAMEO codes.

Codes. The CAMEO codes follow the CAMEO event codebook version 1.1b3 (Schrodt,
2012); the PLOVER event types and modes follow the Open Event Data Alliance's
CAMEO-to-PLOVER table for PLOVER draft 0.8 (2021), so each event's
``event_type``/``mode`` is what that table gives for its CAMEO code. The map
from parley's acts and issues to codes is ``CAMEO_CODES`` below; where an act
has no code of its own for an issue it takes its act's root (``demand`` ->
100). A **declared** ceasefire (``agree``/``accept`` on ``ceasefire``) is CAMEO
0871 "Declare truce, ceasefire" (PLOVER RETREAT, mode ``ceasefire``); a ceasefire
**carried out** (``implement``: a truce that took effect or held) is CAMEO 087
"De-escalate military engagement" (PLOVER RETREAT), and each event says which
in ``ceasefire``: ``declared`` or ``carried_out``. An offer or proposal of a
ceasefire is intent, 0356; a demand for one 1056, an appeal for one 0256, a
refusal 1246. ``disagree`` (parties clash on an issue in talks) has no CAMEO
code of its own; it is coded as the negotiation it happened in, 046, with
``outcome: "disagreement"``.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any, TextIO

from parley.track.model import TrackedMeeting, TrackedStatement, source_dict
from parley.track.negotiation import Tracker
from parley.track.sources import StoredRecord

CAMEO_VERSION = "CAMEO 1.1b3"
PLOVER_VERSION = "PLOVER draft 0.8 (CAMEO2PLOVER-2021)"

CAMEO_LABELS = {
    "020": "Make an appeal or request", "0233": "Appeal for humanitarian aid",
    "0253": "Appeal for release of persons or property", "0254": "Appeal for easing of economic sanctions",
    "0256": "Appeal for de-escalation of military engagement", "026": "Appeal to others to meet or negotiate",
    "027": "Appeal to others to settle dispute", "030": "Express intent to cooperate",
    "032": "Express intent to engage in diplomatic cooperation", "0333": "Express intent to provide humanitarian aid",
    "0334": "Express intent to provide military protection or peacekeeping",
    "0353": "Express intent to release persons or property", "0354": "Express intent to ease economic sanctions",
    "0356": "Express intent to de-escalate military engagement", "036": "Express intent to meet or negotiate",
    "037": "Express intent to settle dispute", "046": "Engage in negotiation",
    "057": "Sign formal agreement", "074": "Provide military protection or peacekeeping",
    "080": "Yield", "0841": "Return, release person(s)", "084": "Return, release",
    "085": "Ease economic sanctions, boycott, embargo", "0863": "Allow delivery of humanitarian aid",
    "087": "De-escalate military engagement", "0871": "Declare truce, ceasefire",
    "0874": "Retreat or surrender militarily", "0862": "Receive inspectors",
    "100": "Demand", "1033": "Demand humanitarian aid", "1034": "Demand military protection or peacekeeping",
    "105": "Demand that target yields", "1053": "Demand release of persons or property",
    "1054": "Demand easing of economic sanctions, boycott, or embargo",
    "1056": "Demand de-escalation of military engagement", "106": "Demand meeting, negotiation",
    "107": "Demand settling of dispute", "112": "Accuse", "120": "Reject",
    "1223": "Reject demand for humanitarian aid", "1243": "Decline to release persons or property",
    "1244": "Decline to ease economic sanctions, boycott, or embargo",
    "1246": "Decline to de-escalate military engagement", "125": "Reject proposal to meet, discuss, negotiate",
    "127": "Reject plan, agreement to settle dispute", "130": "Threaten",
    "1312": "Threaten to boycott, embargo, or sanction", "134": "Threaten to halt negotiations",
    "138": "Threaten with military force", "164": "Halt negotiations",
}

# PLOVER event type and mode of each CAMEO code used (from the CAMEO2PLOVER table).
PLOVER_OF_CAMEO = {
    "02": ("REQUEST", ""), "03": ("AGREE", ""), "046": ("CONSULT", ""), "036": ("AGREE", ""),
    "057": ("SUPPORT", ""), "074": ("AID", ""), "080": ("CONCEDE", ""), "084": ("RETREAT", ""),
    "0841": ("RETREAT", "release"), "085": ("RETREAT", "ease"), "0862": ("RETREAT", "access"),
    "0863": ("RETREAT", "access"), "087": ("RETREAT", "disarm"), "0871": ("RETREAT", "ceasefire"),
    "0874": ("RETREAT", "disarm"), "10": ("DEMAND", ""), "1053": ("DEMAND", "yield"), "1054": ("DEMAND", "yield"),
    "1056": ("DEMAND", "yield"), "106": ("DEMAND", "meet"), "107": ("DEMAND", "meet"), "1033": ("DEMAND", "assist"),
    "1034": ("DEMAND", "assist"), "105": ("DEMAND", "change"), "112": ("ACCUSE", "disapprove"),
    "12": ("REJECT", ""), "125": ("REJECT", "meet"), "127": ("REJECT", "meet"), "1243": ("REJECT", "yield"),
    "1244": ("REJECT", "yield"), "1246": ("REJECT", "yield"), "1223": ("REJECT", "assist"),
    "13": ("THREATEN", ""), "1312": ("THREATEN", "restrict"), "134": ("THREATEN", "relations"),
    "138": ("THREATEN", "violence"), "164": ("SANCTION", "withdraw"),
}

_INTENT = {  # propose / offer / agree / accept: intent codes (03x) by issue
    "ceasefire": "0356", "prisoner_exchange": "0353", "remains_repatriation": "0353", "leaders_meeting": "036",
    "talks_format": "036", "peace_agreement": "037", "territory": "037", "security_guarantees": "0334",
    "sanctions": "0354", "humanitarian": "0333", "nuclear": "032", "other": "030",
}
CAMEO_CODES: dict[str, dict[str, str]] = {
    "propose": dict(_INTENT),
    "offer": dict(_INTENT),
    # an agreement on a ceasefire declares it; a signed deal is 057; other agreements are intent
    "agree": {**_INTENT, "ceasefire": "0871", "peace_agreement": "057"},
    "accept": {**_INTENT, "ceasefire": "0871", "peace_agreement": "057"},
    "request": {"ceasefire": "0256", "prisoner_exchange": "0253", "remains_repatriation": "0253",
                "leaders_meeting": "026", "talks_format": "026", "peace_agreement": "027",
                "humanitarian": "0233", "sanctions": "0254", "*": "020"},
    "demand": {"ceasefire": "1056", "prisoner_exchange": "1053", "remains_repatriation": "1053",
               "leaders_meeting": "106", "talks_format": "106", "peace_agreement": "107", "sanctions": "1054",
               "humanitarian": "1033", "security_guarantees": "1034", "territory": "105", "*": "100"},
    "reject": {"ceasefire": "1246", "prisoner_exchange": "1243", "remains_repatriation": "1243",
               "leaders_meeting": "125", "talks_format": "125", "peace_agreement": "127", "sanctions": "1244",
               "humanitarian": "1223", "*": "120"},
    "threaten": {"sanctions": "1312", "talks_format": "134", "peace_agreement": "134", "*": "130"},
    "accuse": {"*": "112"},
    "discuss": {"*": "046"},
    "disagree": {"*": "046"},
    # carried out: a truce in effect is de-escalation (087), not the declaration (0871)
    "implement": {"ceasefire": "087", "prisoner_exchange": "0841", "remains_repatriation": "084",
                  "humanitarian": "0863", "sanctions": "085", "territory": "0874", "peace_agreement": "057",
                  "talks_format": "046", "leaders_meeting": "046", "security_guarantees": "074",
                  "nuclear": "0862", "*": "080"},
}
MEETING_CODES = {"held": "046", "ongoing": "046", "scheduled": "036", "proposed": "036", "cancelled": "164"}


def cameo_code(act: str, issue: str) -> str:
    table = CAMEO_CODES[act]
    return table.get(issue) or table["*"]


def plover_of(code: str) -> tuple[str, str]:
    """The PLOVER event type and mode of a CAMEO code: its own row, else its root's."""
    for k in (code, code[:3], code[:2]):
        if k in PLOVER_OF_CAMEO:
            return PLOVER_OF_CAMEO[k]
    return ("AGREE", "") if code.startswith("03") else ("CONSULT", "")


# ------------------------------------------------------------ jsonl

def export_jsonl(stored: Iterable[StoredRecord], out: TextIO) -> int:
    n = 0
    for sr in stored:
        obj = {"doc_id": sr.source.doc_id, **sr.record.to_dict()}
        out.write(json.dumps(obj, ensure_ascii=False) + "\n")
        n += 1
    return n


# ------------------------------------------------------------ csv

CSV_TABLES = {
    "sources": ("doc_id", "url", "path", "title", "outlet", "published", "agency", "dateline"),
    "actors": ("doc_id", "id", "tracked_id", "name", "kind", "aliases", "roles", "affiliation", "evidence",
               "evidence_text"),
    "meetings": ("doc_id", "id", "tracked_id", "status", "date", "place", "venue", "round", "parties",
                 "mediators", "chairs", "heads", "chairs_tracked", "heads_tracked", "format", "duration_minutes",
                 "evidence", "evidence_text"),
    "statements": ("doc_id", "id", "tracked_id", "act", "actors", "issue", "speaker", "speaker_tracked_id", "target",
                   "value", "low", "high", "unit", "per_party", "approximate", "deadline", "date", "condition",
                   "evidence", "evidence_text"),
    # a quote is not merged: its tracked_id is the tracked person who said it
    "quotes": ("doc_id", "id", "tracked_id", "text", "speaker", "evidence", "evidence_text"),
}


def tracked_ids(tracker: Tracker) -> dict[tuple[str, str, str], str]:
    """(table, doc id, record item id) -> the merged item's id."""
    out: dict[tuple[str, str, str], str] = {}
    for m in tracker.meetings:
        for mm in m.mentions:
            out[("meetings", mm.source.doc_id, mm.meeting.id)] = m.id
    for s in tracker.statements:
        for sm in s.mentions:
            out[("statements", sm.source.doc_id, sm.statement.id)] = s.id
    for a in tracker.actors:
        for am in a.mentions:
            out[("actors", am.source.doc_id, am.actor.id)] = a.id
    return out


def _spans_cell(spans: Any) -> str:
    return ";".join(f"{sp.start}-{sp.end}" for sp in spans)


def _spans_text(text: str, spans: Any) -> str:
    return " … ".join(" ".join(text[sp.start:sp.end].split()) for sp in spans)


def export_csv(stored: Iterable[StoredRecord], tracker: Tracker | dict[tuple[str, str, str], str],
               out_dir: Path) -> dict[str, int]:
    """One CSV per table under ``out_dir``; returns the rows written per table.

    ``tracker``: the in-memory merge, or the store's map (table, doc id, item id) ->
    tracked id. Every item row carries its evidence spans (``start-end;...`` into the
    document's text) and their text."""
    out_dir.mkdir(parents=True, exist_ok=True)
    ids = tracker if isinstance(tracker, dict) else tracked_ids(tracker)
    files = {name: (out_dir / f"{name}.csv").open("w", newline="", encoding="utf-8") for name in CSV_TABLES}
    try:
        writers = {name: csv.DictWriter(f, fieldnames=CSV_TABLES[name]) for name, f in files.items()}
        for w in writers.values():
            w.writeheader()
        counts = dict.fromkeys(CSV_TABLES, 0)

        def put(table: str, row: dict[str, Any]) -> None:
            writers[table].writerow({k: _cell(v) for k, v in row.items()})
            counts[table] += 1

        for sr in stored:
            doc_id, r, d = sr.source.doc_id, sr.record, sr.record.document
            text = d.text
            item = _item_ids(r)

            def tid(table: str, ref: str | None, doc_id: str = doc_id, item: Any = item) -> str | None:
                return ids.get((table, doc_id, item[table].get(ref, ref))) if ref else None

            def ev(x: Any, text: str = text) -> dict[str, str]:
                return {"evidence": _spans_cell(x.evidence), "evidence_text": _spans_text(text, x.evidence)}

            put("sources", {"doc_id": doc_id, "url": sr.source.url or d.url, "path": sr.source.path or d.source,
                            "title": sr.source.title or d.title, "outlet": sr.source.outlet or d.outlet,
                            "published": sr.source.published or d.published, "agency": d.agency,
                            "dateline": d.dateline})
            for a in r.actors:
                put("actors", {"doc_id": doc_id, "id": a.id, "tracked_id": tid("actors", a.id),
                               "name": a.name, "kind": a.kind, "aliases": a.aliases, "roles": a.roles,
                               "affiliation": a.affiliation, **ev(a)})
            for m in r.meetings:
                put("meetings", {"doc_id": doc_id, "id": m.id, "tracked_id": tid("meetings", m.id),
                                 "status": m.status, "date": m.date, "place": m.place, "venue": m.venue,
                                 "round": m.round, "parties": m.parties, "mediators": m.mediators,
                                 "chairs": m.chairs, "heads": [f"{p}:{a}" for p, a in m.heads],
                                 "chairs_tracked": [tid("actors", c) or "" for c in m.chairs],
                                 "heads_tracked": [f"{p}:{tid('actors', a) or ''}" for p, a in m.heads],
                                 "format": m.format, "duration_minutes": m.duration_minutes, **ev(m)})
            for s in r.statements:
                q = s.quantity
                put("statements", {
                    "doc_id": doc_id, "id": s.id, "tracked_id": tid("statements", s.id),
                    "act": s.act, "actors": s.actors, "issue": s.issue, "speaker": s.speaker,
                    "speaker_tracked_id": tid("actors", s.speaker), "target": s.target,
                    "value": q.value if q else None, "low": q.low if q else None, "high": q.high if q else None,
                    "unit": q.unit if q else None, "per_party": q.per_party if q else None,
                    "approximate": q.approximate if q else None, "deadline": s.deadline, "date": s.date,
                    "condition": s.condition, **ev(s)})
            for qt in r.quotes:
                put("quotes", {"doc_id": doc_id, "id": qt.id, "tracked_id": tid("actors", qt.speaker), "text": qt.text,
                               "speaker": qt.speaker, **ev(qt)})
    finally:
        for f in files.values():
            f.close()
    return counts


def _item_ids(r: Any) -> dict[str, dict[str, str]]:
    """Record id -> the store's item id (a repeated id gets ``~2``), per table."""
    from parley.track.blocks import unique_item_ids

    out: dict[str, dict[str, str]] = {}
    for table, items in (("actors", r.actors), ("meetings", r.meetings), ("statements", r.statements)):
        ids = [x.id for x in items]
        out[table] = {}
        for rid, iid in zip(ids, unique_item_ids(ids), strict=True):
            out[table].setdefault(rid, iid)
    return out


def _cell(v: Any) -> Any:
    if isinstance(v, tuple | list):
        return ";".join(str(x) for x in v)
    if isinstance(v, float) and v.is_integer():
        return int(v)
    return v


# ------------------------------------------------------------ plover

def plover_events(tracker: Tracker) -> list[dict[str, Any]]:
    """Every merged meeting and statement as one PLOVER-style event, in date order."""
    return plover_events_of(tracker.meetings, tracker.statements)


def plover_events_of(meetings: Iterable[TrackedMeeting], statements: Iterable[TrackedStatement],
                     texts: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """One event per tracked item (not per report copy); ``texts``: the sentence of each
    item where its mentions are not at hand (read back from the store)."""
    texts = texts or {}
    events = [_meeting_event(m, texts.get(m.id)) for m in meetings]
    events += [_statement_event(s, texts.get(s.id)) for s in statements]
    events.sort(key=lambda e: (e["date"] or "9999", e["id"]))
    return events


def _base(code: str) -> dict[str, Any]:
    event_type, mode = plover_of(code)
    return {"event_type": event_type, "mode": mode,
            "cameo": {"code": code, "label": CAMEO_LABELS.get(code, ""), "version": CAMEO_VERSION},
            "plover_version": PLOVER_VERSION}


def _meeting_event(m: TrackedMeeting, text: str | None = None) -> dict[str, Any]:
    code = MEETING_CODES[m.status]
    text = text or next((t for mm in m.mentions for t in mm.evidence), None)
    return {"id": m.id, "date": m.date, "date_resolution": "day" if m.date else None, **_base(code),
            "context": ["diplomatic"], "source_actor": m.parties[0] if m.parties else None,
            "target_actor": m.parties[1] if len(m.parties) > 1 else None, "actors": list(m.parties),
            "mediators": list(m.mediators), "location": {"place": m.place, "venue": m.venue}, "round": m.round,
            "status": m.status, "process": m.process, "event_text": text, "heads": dict(m.heads),
            "chairs": list(m.chairs),
            "sources": [source_dict(s) for s in m.sources]}


def _statement_event(s: TrackedStatement, text: str | None = None) -> dict[str, Any]:
    code = cameo_code(s.act, s.issue)
    ev = {"id": s.id, "date": s.date, "date_resolution": "day" if s.date else None, **_base(code),
          "context": [s.issue], "source_actor": s.actors[0] if s.actors else None,
          "target_actor": (s.targets[0] if s.targets else (s.actors[1] if len(s.actors) > 1 else None)),
          "actors": list(s.actors), "act": s.act, "issue": s.issue,
          "quantity": s.quantity.to_dict() if s.quantity else None, "deadline": s.deadline,
          "process": s.process, "event_text": text or next((t for sm in s.mentions for t in sm.evidence), None),
          "sources": [source_dict(x) for x in s.sources], "conflicts": [c.to_dict() for c in s.conflicts]}
    if s.issue == "ceasefire" and s.act in ("agree", "accept", "implement"):
        ev["ceasefire"] = "carried_out" if s.act == "implement" else "declared"
    if s.act == "disagree":
        ev["outcome"] = "disagreement"
    return ev
