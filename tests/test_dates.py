"""find_dates: golden shapes planted in filler text, and properties on any input."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parley.reader.recognize.dates import find_dates, parse_published

# A Thursday. Reports below are "published" on it unless a case says otherwise.
THU = "2025-07-24T09:17"
MON = "2026-02-02"

FILLER_BEFORE = "The envoys arrived with little fanfare. "
FILLER_AFTER = ", according to two people briefed on the plan."


def _only(text: str, expr: str, published: str | None):
    """Plant ``expr`` in filler, find it, and check the span lands exactly on it."""
    body = FILLER_BEFORE + text + FILLER_AFTER
    start = body.index(expr)
    found = [m for m in find_dates(body, published) if m.span.start < start + len(expr) and start < m.span.end]
    assert len(found) == 1, found
    m = found[0]
    assert (m.span.start, m.span.end) == (start, start + len(expr)), (m.text, expr)
    assert body[m.span.start : m.span.end] == m.text
    return m


# (sentence, the expression it holds, published, kind, value, last)
CASES = [
    # weekdays: backwards by default, the same day allowed
    ("Delegates met on Wednesday in a lakeside hotel", "on Wednesday", THU, "on", "2025-07-23", None),
    ("They met Wednesday evening in a lakeside hotel", "Wednesday evening", THU, "on", "2025-07-23", None),
    ("A spokesman said Tuesday that gaps remain", "Tuesday", THU, "on", "2025-07-22", None),
    ("The mediators spoke on Monday about the draft", "on Monday", MON, "on", "2026-02-02", None),
    ("The talks resumed on Thursday morning", "on Thursday morning", THU, "on", "2025-07-24", None),
    # weekdays: forwards when the clause points ahead
    ("The delegations will meet on Tuesday to continue", "on Tuesday", THU, "on", "2025-07-29", None),
    # wire style names the weekday even for the day of the report
    ("The talks are expected to end on Thursday", "on Thursday", THU, "on", "2025-07-24", None),
    ("Observers said the truce was set to expire Thursday", "Thursday", THU, "on", "2025-07-24", None),
    # a dot in "p.m." or "U.S." does not end the clause that carries the tense
    ("Borduria has until 9 p.m. EST Tuesday night to answer", "Tuesday night", "2026-04-06", "on", "2026-04-07", None),
    ("A visit by U.S. President Varga is planned in May", "in May", "2026-04-10", "month", "2026-05-01",
     "2026-05-31"),
    # "to be held": a participle after "be" is not a past tense
    ("The next round is to be held on Monday in Vellmar Bay", "on Monday", THU, "on", "2025-07-28", None),
    ("A vote is expected to take place on Friday", "on Friday", THU, "on", "2025-07-25", None),
    ("A second session is scheduled for Friday", "Friday", THU, "on", "2025-07-25", None),
    ("Both camps hope to reconvene next Thursday", "next Thursday", THU, "on", "2025-07-31", None),
    ("The pause holds until at least Friday", "until at least Friday", THU, "by", "2025-07-25", None),
    ("Observers said the convoy left last Monday", "last Monday", THU, "on", "2025-07-21", None),
    # words relative to the publication day
    ("The swap went ahead today in the border zone", "today", THU, "on", "2025-07-24", None),
    ("Officials confirmed yesterday that it held", "yesterday", THU, "on", "2025-07-23", None),
    ("A statement is due tomorrow from the palace", "tomorrow", THU, "on", "2025-07-25", None),
    ("He will speak tonight on state television", "tonight", THU, "on", "2025-07-24", None),
    ("Talks continued this week in the capital", "this week", THU, "week", "2025-07-21", "2025-07-27"),
    ("Envoys met last week in the capital", "last week", THU, "week", "2025-07-14", "2025-07-20"),
    ("A new round opens next week in the capital", "next week", THU, "week", "2025-07-28", "2025-08-03"),
    ("A draft was shared earlier this month with aides", "earlier this month", THU, "month", "2025-07-01", "2025-07-24"),
    ("A draft was shared last month with aides", "last month", THU, "month", "2025-06-01", "2025-06-30"),
    ("A draft will be shared next month with aides", "next month", THU, "month", "2025-08-01", "2025-08-31"),
    ("Leaders could meet this weekend at the resort", "this weekend", THU, "week", "2025-07-26", "2025-07-27"),
    ("Observers expect a deal by the end of the year", "by the end of the year", THU, "by", "2025-12-31", None),
    ("Observers hope for a deal before the end of the year", "before the end of the year", THU, "by",
     "2025-12-31", None),
    ("A deal could be signed at the end of the year", "at the end of the year", THU, "year", "2025-12-01",
     "2025-12-31"),
    ("Aid trucks crossed two days ago at the checkpoint", "two days ago", THU, "on", "2025-07-22", None),
    # absolute days
    ("The first round was held on May 16 in the old palace", "on May 16", THU, "on", "2025-05-16", None),
    ("The second round was held June 2 in the old palace", "June 2", THU, "on", "2025-06-02", None),
    ("The accord was signed on July 9, 2025 in the hall", "on July 9, 2025", THU, "on", "2025-07-09", None),
    ("The accord was signed 9 July 2025 in the hall", "9 July 2025", THU, "on", "2025-07-09", None),
    ("The memo is dated Nov. 4, 2026 and unsigned", "Nov. 4, 2026", None, "on", "2026-11-04", None),
    ("The memo is dated March 9, 2026 and unsigned", "March 9, 2026", None, "on", "2026-03-09", None),
    ("The memo is dated 2025-03-12 and unsigned", "2025-03-12", None, "on", "2025-03-12", None),
    ("Envoys gathered May 12-14, 2025 at the resort", "May 12-14, 2025", None, "on", "2025-05-12",
     "2025-05-14"),
    ("The drafts were swapped Feb 5 by courier", "Feb 5", "2026-02-05", "on", "2026-02-05", None),
    # a year-less day near a new year: back into December, forward into February
    ("Fighting flared on Dec. 20 near the river", "on Dec. 20", "2026-01-26", "on", "2025-12-20", None),
    ("Talks resume Feb. 1 in the same city", "Feb. 1", "2026-01-26", "on", "2026-02-01", None),
    # no tense cue: a year-less day at most DAY_LOOKAHEAD_DAYS ahead, else last year's
    ("The October 7 raid changed the region", "October 7", "2024-07-16", "on", "2023-10-07", None),
    # "agreed to" + a noun is not a future infinitive
    ("Lisbon agreed to the plan in early June after a letter", "in early June", "2024-08-01", "month",
     "2024-06-01", "2024-06-10"),
    # months and parts of months
    ("The plan was drafted in August 2024 by aides", "in August 2024", THU, "month", "2024-08-01", "2024-08-31"),
    ("The plan was drafted in April 2023 by aides", "in April 2023", THU, "month", "2023-04-01", "2023-04-30"),
    ("The plan was drafted in February by aides", "in February", THU, "month", "2025-02-01", "2025-02-28"),
    ("The plan was drafted in early June by aides", "in early June", THU, "month", "2025-06-01", "2025-06-10"),
    ("The plan was drafted in late April by aides", "in late April", THU, "month", "2025-04-21", "2025-04-30"),
    ("The plan was drafted mid-May by aides", "mid-May", THU, "month", "2025-05-11", "2025-05-20"),
    ("The plan was drafted late May by aides", "late May", THU, "month", "2025-05-21", "2025-05-31"),
    # years
    ("The first ceasefire collapsed in 2019 after weeks", "in 2019", THU, "year", "2019-01-01", "2019-12-31"),
    ("Border posts were abandoned in 2021 after weeks", "in 2021", None, "year", "2021-01-01", "2021-12-31"),
    # deadlines
    ("Pristina wants a summit by the end of September with both", "by the end of September", THU, "by",
     "2025-09-30", None),
    ("Pristina wants a summit by June with both leaders", "by June", "2026-02-05", "by", "2026-06-30", None),
    ("Pristina wants an answer by Friday from the other side", "by Friday", THU, "by", "2025-07-25", None),
    ("Pristina wants an answer by mid-May from the other side", "by mid-May", "2026-02-05", "by", "2026-05-20", None),
    # within
    ("A reply is due within two weeks of the meeting", "within two weeks", THU, "within", "2025-08-07", None),
    ("A reply is due within a week of the meeting", "within a week", THU, "within", "2025-07-31", None),
    ("A reply is due within 30 days of the meeting", "within 30 days", THU, "within", "2025-08-23", None),
    ("A reply is due within thirty days of the meeting", "within thirty days", THU, "within", "2025-08-23", None),
    ("A reply should come in the coming days from aides", "in the coming days", THU, "within", "2025-07-31", None),
    # since
    ("The war has raged since March 2022 in the east", "since March 2022", THU, "since", "2022-03-01", None),
    ("The war has raged since late 2021 in the east", "since late 2021", THU, "since", "2021-09-01", None),
    ("The talks have stalled since 2022 in every format", "since 2022", THU, "since", "2022-01-01", None),
]


@pytest.mark.parametrize(("sentence", "expr", "published", "kind", "value", "last"), CASES,
                         ids=[c[1] for c in CASES])
def test_planted_expression(sentence, expr, published, kind, value, last):
    m = _only(sentence, expr, published)
    assert (m.kind, m.value, m.last) == (kind, value, last)


@pytest.mark.parametrize("published", [THU, "2026-02-27T03:24:44.000Z", "2025-03-25T10:59:04-04:00", "2026-02-05"])
def test_published_stamps_are_read(published):
    assert parse_published(published) == date.fromisoformat(published[:10])


@pytest.mark.parametrize("published", [None, "", "yesterday", "2025-13-45", "07/24/2025", "20250724"])
def test_unusable_published_leaves_relative_dates_open(published):
    text = "They met on Wednesday and will meet again within two weeks, as agreed on July 9, 2025."
    found = {m.text: m for m in find_dates(text, published)}
    assert found["on Wednesday"].value is None and found["on Wednesday"].relative
    assert found["within two weeks"].value is None
    assert found["on July 9, 2025"].value == "2025-07-09"


def test_year_less_date_without_published_has_no_value():
    (m,) = find_dates("They met on May 16 in the old palace.", None)
    assert m.text == "on May 16" and m.value is None


@pytest.mark.parametrize("text", [
    "Bolivia freed 1,200 prisoners in a single day.",
    "The 2026-27 budget sets aside funds for reconstruction.",
    "We may see progress, officials said.",
    "Protesters plan to march on the embassy.",
    "Tickets cost €50 at the door.",
    "The 2022 invasion reshaped the region.",
    "Fighters returned 314 bodies and 2025 rations.",
    "Prices fall when supply rises.",
    "Jan Egeland said aid is blocked.",
])
def test_not_dates(text):
    assert find_dates(text, THU) == []


def test_longest_match_wins_and_weekday_with_date_is_one_mention():
    text = "They met on Wednesday, July 23, 2025, in the palace."
    (m,) = find_dates(text, THU)
    assert m.text == "on Wednesday, July 23, 2025" and m.value == "2025-07-23"


def test_span_never_starts_on_a_line_break():
    text = "Ten countries took part.\nThursday's swap was the largest."
    (m,) = find_dates(text, THU)
    assert m.text == "Thursday" and m.span.start == text.index("Thursday")


def test_nearest_cue_decides_tense():
    text = "Novak said on Tuesday that the teams will resume on Friday."
    found = {m.text: m.value for m in find_dates(text, THU)}
    assert found == {"on Tuesday": "2025-07-22", "on Friday": "2025-07-25"}


def test_sorted_and_disjoint_on_a_busy_paragraph():
    text = (
        "Envoys met on Wednesday evening after talks on May 14 and June 3. They will meet next week, "
        "and Lisbon wants a summit by the end of August. Since March 2022 the war has gone on; "
        "a reply is due within two weeks, perhaps in the coming days, certainly by mid-May."
    )
    found = find_dates(text, THU)
    assert len(found) == 9
    for a, b in zip(found, found[1:], strict=False):
        assert a.span.end <= b.span.start


# ------------------------------------------------------------------ properties

def _valid_iso(value: str | None) -> bool:
    if value is None:
        return True
    try:
        return date.fromisoformat(value).isoformat() == value
    except ValueError:
        return False


_NEWSY = st.lists(st.sampled_from([
    "on", "Wednesday", "May", "16", "2025", "by", "the", "end", "of", "August", "within", "two", "weeks",
    "since", "late", "mid-May", "Feb.", "26,", "-", "23-25", "will", "meet", "next", "last", "week",
    "today", "in", "early", "June", "1,200", "€50", "until", "at", "least", "Friday", "spring", "2019",
    ".", ",", "\n", "30", "days", "ago", "this", "weekend", "year", "month", "Dec.", "31", "2100", "1899",
]), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(st.text(max_size=300), _NEWSY), published=st.one_of(st.none(), st.text(max_size=30), st.sampled_from(
    [THU, MON, "2025-12-31", "2024-02-29", "0001-01-01", "9999-12-31", "2025-02-30"])))
def test_never_raises_and_spans_hold(text, published):
    found = find_dates(text, published)
    prev_end = 0
    for m in found:
        assert 0 <= m.span.start < m.span.end <= len(text)
        assert text[m.span.start : m.span.end] == m.text
        assert m.span.start >= prev_end
        prev_end = m.span.end
        assert _valid_iso(m.value) and _valid_iso(m.last)


def test_deadline_told_in_the_past_tense_still_looks_ahead():
    # a proposal made before publication, with a deadline after it
    from parley.reader.recognize.dates import find_dates

    text = "The delegation has proposed a summit by the end of June."
    (m,) = [d for d in find_dates(text, "2025-05-13") if d.kind == "by"]
    assert m.value == "2025-06-30"
