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

# Mentions this many days around the ones asked for are read too: the meetings they
# belong to may start earlier or end later (a meeting lasts at most a week).
_MARGIN_DAYS = 14
_MENTION = (
    "m.letter_id, m.meeting_ord, m.body_key, m.body, m.first_day, m.last_day, m.location, m.role"
)


@dataclass(frozen=True)
class Mention:
    """One letter's mention of a meeting (a row of insight_meetings)."""

    letter_id: str
    ord: int
    key: str
    body: str
    first_day: str
    last_day: str
    location: str | None
    role: str


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


def islands(mentions: Iterable[Mention]) -> list[list[Mention]]:
    """Mentions of one body whose days overlap, chained: each list one meeting."""
    found: list[list[Mention]] = []
    reach: dict[str, str] = {}  # per body: the last day of its latest meeting so far
    latest: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.key, m.first_day, m.last_day, m.letter_id)):
        if m.key in latest and m.first_day <= reach[m.key]:
            latest[m.key].append(m)
            reach[m.key] = max(reach[m.key], m.last_day)
            continue
        latest[m.key] = [m]
        reach[m.key] = m.last_day
        found.append(latest[m.key])
    return found


def meeting_of(island: Sequence[Mention]) -> MeetingRef:
    first = min(m.first_day for m in island)
    location = next((m.location for m in island if m.location), None)
    return MeetingRef(
        f"{island[0].key}-{first}",
        island[0].body,
        first,
        max(m.last_day for m in island),
        location,
    )


def meeting_refs(db: InsightDB, letter_ids: Sequence[str]) -> dict[str, MeetingRef]:
    """The (first) meeting each of these letters names, by its id."""
    if not letter_ids:
        return {}
    own = [
        Mention(*row)
        for row in db.rows_in(
            f"SELECT {_MENTION} FROM insight_meetings m WHERE m.letter_id IN ({{in}})"
            " ORDER BY m.letter_id, m.meeting_ord",
            letter_ids,
        )
    ]
    first: dict[str, Mention] = {}
    for m in own:
        first.setdefault(m.letter_id, m)
    by_body: dict[str, list[Mention]] = {}
    for m in first.values():
        by_body.setdefault(m.key, []).append(m)
    refs: dict[str, MeetingRef] = {}
    for key, wanted in by_body.items():
        around = _mentions(
            db, key, min(m.first_day for m in wanted), max(m.last_day for m in wanted)
        )
        for island in islands(around):
            meeting = meeting_of(island)
            for m in island:
                if first.get(m.letter_id) == m:
                    refs[m.letter_id] = meeting
    return refs


def meetings(
    db: InsightDB,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    body: str | None = None,
    limit: int | None = None,
) -> list[MeetingSummary]:
    """Meetings the letters prepare or report on, the latest first."""
    clauses, params = [], []
    if date_from:
        clauses.append("m.last_day >= ?")
        params.append(_shift(date_from, -_MARGIN_DAYS))
    if date_to:
        clauses.append("m.first_day <= ?")
        params.append(_shift(date_to, _MARGIN_DAYS))
    if body:
        clauses.append("m.body_key LIKE ?")
        params.append(f"%{body_key(body)}%")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    mentions = [
        Mention(*row)
        for row in db.rows(f"SELECT {_MENTION} FROM insight_meetings m{where}", params)
    ]
    found = [(meeting_of(island), island) for island in islands(mentions)]
    found = [
        (meeting, island)
        for meeting, island in found
        if (not date_from or meeting.last_day >= date_from)
        and (not date_to or meeting.first_day <= date_to)
    ]
    found.sort(key=lambda pair: (pair[0].first_day, pair[0].id), reverse=True)
    if limit is not None:
        found = found[:limit]
    letters = _letters(db, {m.letter_id for _, island in found for m in island})
    return [_summary(meeting, island, letters) for meeting, island in found]


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
    for island in islands(_mentions(db, key, day, day)):
        meeting = meeting_of(island)
        if meeting.first_day <= day <= meeting.last_day:
            letters = _letters(db, {m.letter_id for m in island})
            return _summary(meeting, island, letters), island
    raise InsightError(
        f"geen vergadering {meeting_id} in de store", hint="`kamerbrieven meetings` toont ze"
    )


def _mentions(db: InsightDB, key: str, first: str, last: str) -> list[Mention]:
    rows = db.rows(
        f"SELECT {_MENTION} FROM insight_meetings m WHERE m.body_key = ?"
        " AND m.first_day <= ? AND m.last_day >= ?",
        (key, _shift(last, _MARGIN_DAYS), _shift(first, -_MARGIN_DAYS)),
    )
    return [Mention(*row) for row in rows]


def _letters(db: InsightDB, ids: Iterable[str]) -> dict[str, LetterRef]:
    rows = db.rows_in(
        "SELECT l.id, il.date, l.kind, l.title, l.dossier_title FROM letters l"
        " JOIN insight_letters il ON il.letter_id = l.id WHERE l.id IN ({in})",
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
