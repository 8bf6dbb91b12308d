"""Meetings across letters: a council or summit is its body (`meeting_rules.body_key`) and
its days; the letters that name the same body on overlapping days are about one meeting,
whose id is the body's key and its first day (`navo-raad-2018-12-04`). The letter that
prepares it (geannoteerde agenda) and the one that reports on it (verslag) are paired
this way; `meeting_items.py` sets their agenda items side by side.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from kamerbrieven.insight.db import InsightDB
from kamerbrieven.insight.meeting_rules import body_key
from kamerbrieven.insight.model import InsightError, LetterRef, MeetingRef

# A meeting starts on the first day of the mentions that overlap a mention: the mentions
# of one meeting overlap its first one (each names its days or some of them), so they
# share that start, and a list, a timeline and `meeting ID` name it alike.
_START = (
    "(SELECT MIN(o.first_day) FROM insight_meetings o WHERE o.body_key = m.body_key"
    " AND o.first_day >= m.near_from AND o.first_day <= m.last_day"
    " AND o.last_day >= m.first_day)"
)
_END = _START.replace("MIN(o.first_day)", "MAX(o.last_day)")
_MENTION = (
    "m.letter_id, m.meeting_ord, m.body_key, m.body, m.first_day, m.last_day, m.location,"
    f" m.role, {_START}, {_END}"
)
_MARGIN_DAYS = 14  # derive.MEETING_DAYS: how far apart mentions of one meeting start


@dataclass(frozen=True)
class Mention:
    """One letter's mention of a meeting (a row of insight_meetings), with the first and
    last day of the meeting it belongs to."""

    letter_id: str
    ord: int
    key: str
    body: str
    first_day: str
    last_day: str
    location: str | None
    role: str
    start: str
    end: str

    @property
    def meeting_id(self) -> str:
        return f"{self.key}-{self.start}"


@dataclass(frozen=True)
class MeetingSummary:
    meeting: MeetingRef
    agenda: list[LetterRef] = field(default_factory=list)
    verslag: list[LetterRef] = field(default_factory=list)
    other: list[LetterRef] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            **self.meeting.to_dict(),
            "agenda": [r.to_dict() for r in self.agenda],
            "verslag": [r.to_dict() for r in self.verslag],
            "other": [r.to_dict() for r in self.other],
        }


def meeting_of(mentions: Sequence[Mention]) -> MeetingRef:
    """The meeting the mentions (of one meeting) name."""
    location = next((m.location for m in mentions if m.location), None)
    first = mentions[0]
    return MeetingRef(
        first.meeting_id, first.body, first.start, max(m.end for m in mentions), location
    )


def grouped(mentions: Iterable[Mention]) -> dict[str, list[Mention]]:
    """The mentions by the meeting they belong to, by its id."""
    found: dict[str, list[Mention]] = {}
    for m in mentions:
        found.setdefault(m.meeting_id, []).append(m)
    return found


def meeting_refs(db: InsightDB, letter_ids: Sequence[str]) -> dict[str, MeetingRef]:
    """The (first) meeting each of these letters names."""
    refs: dict[str, MeetingRef] = {}
    for row in db.rows_in(
        f"SELECT {_MENTION} FROM insight_meetings m WHERE m.letter_id IN ({{in}})"
        " ORDER BY m.letter_id, m.meeting_ord",
        letter_ids,
    ):
        m = Mention(*row)
        if m.letter_id not in refs:
            refs[m.letter_id] = MeetingRef(m.meeting_id, m.body, m.start, m.end, m.location)
    return refs


def meetings(
    db: InsightDB,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    body: str | None = None,
    limit: int | None = None,
) -> list[MeetingSummary]:
    """Meetings the letters prepare or report on, the latest first.

    The mentions are read newest first, as many as a page of meetings needs: a meeting
    whose first day is after the oldest mention read has all its mentions among them."""
    clauses, params = [], []
    if date_from:
        clauses.append("m.last_day >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("m.first_day <= ?")
        params.append(date_to)
    if body:
        clauses.append("m.body_key LIKE ?")
        params.append(f"%{body_key(body)}%")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    sql = (
        f"SELECT {_MENTION} FROM insight_meetings m{where}"
        " ORDER BY m.first_day DESC, m.body_key, m.letter_id, m.meeting_ord"
    )
    fetch = None if limit is None else 4 * limit + 100
    while True:
        rows = db.rows(sql + (" LIMIT ?" if fetch else ""), [*params, *([fetch] if fetch else [])])
        complete = fetch is None or len(rows) < fetch
        mentions = [Mention(*row) for row in rows]
        oldest = mentions[-1].first_day if mentions else ""
        found = [
            (meeting_of(group), group)
            for group in grouped(mentions).values()
            if complete or group[0].start > oldest
        ]
        found = [
            pair
            for pair in found
            if (not date_from or pair[0].last_day >= date_from)
            and (not date_to or pair[0].first_day <= date_to)
        ]
        found.sort(key=lambda pair: (pair[0].first_day, pair[0].id), reverse=True)
        if complete or (limit is not None and len(found) >= limit):
            break
        fetch = 4 * (fetch or 0)
    found = found[:limit] if limit is not None else found
    letters = _letters(db, {m.letter_id for _, group in found for m in group})
    return [_summary(meeting, group, letters) for meeting, group in found]


def find_meeting(db: InsightDB, meeting_id: str) -> tuple[MeetingSummary, list[Mention]]:
    """The meeting `meeting_id` names (any day of it will do), and its mentions."""
    key, day = meeting_id.strip()[:-11], meeting_id.strip()[-10:]
    try:
        date.fromisoformat(day)
    except ValueError:
        raise InsightError(
            f"{meeting_id!r} is geen vergadering-id",
            hint="een id is orgaan en eerste dag, bv. navo-raad-2018-12-04"
            " (`kamerbrieven meetings` toont ze)",
        ) from None
    rows = db.rows(
        f"SELECT {_MENTION} FROM insight_meetings m WHERE m.body_key = ?"
        " AND m.first_day >= ? AND m.first_day <= ?",
        (key, _shift(day, -2 * _MARGIN_DAYS), _shift(day, 2 * _MARGIN_DAYS)),
    )
    groups = grouped(Mention(*row) for row in rows)
    chosen = groups.get(f"{key}-{day}") or next(
        (g for g in groups.values() if meeting_of(g).first_day <= day <= meeting_of(g).last_day),
        None,
    )
    if chosen is None:
        raise InsightError(
            f"geen vergadering {meeting_id} in de store", hint="`kamerbrieven meetings` toont ze"
        )
    meeting = meeting_of(chosen)
    return _summary(meeting, chosen, _letters(db, {m.letter_id for m in chosen})), chosen


def _letters(db: InsightDB, ids: Iterable[str]) -> dict[str, LetterRef]:
    rows = db.rows_in(
        "SELECT letter_id, date, kind, title, dossier_title FROM insight_letters"
        " WHERE letter_id IN ({in})",
        sorted(ids),
    )
    return {row[0]: LetterRef(*row) for row in rows}


def _summary(
    meeting: MeetingRef, island: list[Mention], letters: dict[str, LetterRef]
) -> MeetingSummary:
    summary = MeetingSummary(meeting)
    seen: set[str] = set()
    for m in sorted(island, key=lambda m: (_date_of(letters.get(m.letter_id)), m.letter_id)):
        if m.letter_id in seen or m.letter_id not in letters:
            continue
        seen.add(m.letter_id)
        {"agenda": summary.agenda, "verslag": summary.verslag}.get(m.role, summary.other).append(
            letters[m.letter_id]
        )
    return summary


def _date_of(letter: LetterRef | None) -> str:
    return (letter.date if letter else None) or ""


def _shift(day: str, days: int) -> str:
    return (date.fromisoformat(day[:10]) + timedelta(days=days)).isoformat()
