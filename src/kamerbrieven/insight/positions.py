"""What the Netherlands said over time: the positions (statements of the Dutch government,
`docs/record.md`) on a topic within a period, with their letter, meeting, date and actor;
or two periods side by side."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kamerbrieven.insight.db import InsightDB
from kamerbrieven.insight.meetings import meeting_refs
from kamerbrieven.insight.model import MeetingRef
from kamerbrieven.insight.periods import period
from kamerbrieven.insight.topics import dated, resolve_topics


@dataclass(frozen=True)
class Position:
    letter_id: str
    ord: int
    date: str | None
    title: str | None
    actor: str | None
    topic: str | None
    text: str
    meeting: MeetingRef | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "letter_id": self.letter_id,
            "date": self.date,
            "meeting": self.meeting.to_dict() if self.meeting else None,
            "actor": self.actor,
            "topic": self.topic,
            "text": self.text,
            "title": self.title,
        }


@dataclass(frozen=True)
class PeriodPositions:
    label: str  # as the user wrote it: 2018:2019
    date_from: str
    date_to: str
    positions: list[Position] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "period": self.label,
            "from": self.date_from,
            "to": self.date_to,
            "positions": [p.to_dict() for p in self.positions],
        }


def positions(
    db: InsightDB,
    *,
    topic: str | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = None,
) -> list[Position]:
    """The positions on `topic` (any topic when None), oldest first."""
    keys = [key for key, _ in resolve_topics(db, topic)] if topic else []
    if keys:
        clauses, params = dated("t.date", date_from, date_to)
        clauses.insert(0, f"t.topic_key IN ({', '.join('?' * len(keys))})")
        params[:0] = keys
        source = (
            "FROM insight_statement_topics t JOIN statements s"
            " ON s.letter_id = t.letter_id AND s.ord = t.statement_ord"
        )
        clauses.append("t.kind = 'position'")
    else:
        clauses, params = dated("t.date", date_from, date_to)
        # from the letters of the period to their statements (`|| ''`: not the index on
        # kind, which would read every position first)
        source = "FROM insight_letters t JOIN statements s ON s.letter_id = t.letter_id"
        clauses.append("s.kind || '' = 'position'")
    sql = (
        "SELECT DISTINCT s.letter_id, s.ord, t.date, l.title, s.actor, s.text,"
        f" CASE WHEN t.date IS NULL THEN 1 ELSE 0 END {source}"
        f" JOIN insight_letters l ON l.letter_id = s.letter_id WHERE {' AND '.join(clauses)}"
        " ORDER BY CASE WHEN t.date IS NULL THEN 1 ELSE 0 END, t.date, s.letter_id, s.ord"
    )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    rows = db.rows(sql, params)
    names = _topic_names(db, [(row[0], row[1]) for row in rows], keys)
    meetings = meeting_refs(db, sorted({row[0] for row in rows}))
    return [
        Position(
            letter_id,
            ord_,
            date,
            title,
            actor,
            names.get((letter_id, ord_)),
            text,
            meetings.get(letter_id),
        )
        for letter_id, ord_, date, title, actor, text, _ in rows
    ]


def compare(db: InsightDB, topic: str | None, periods: Sequence[str]) -> list[PeriodPositions]:
    """The positions on `topic` in each period (`2018:2019`), side by side."""
    found = []
    for label in periods:
        start, stop = period(label)
        found.append(
            PeriodPositions(
                label, start, stop, positions(db, topic=topic, date_from=start, date_to=stop)
            )
        )
    return found


def _topic_names(
    db: InsightDB, statements: list[tuple[str, int]], keys: list[str]
) -> dict[tuple[str, int], str]:
    """The topic to show for each statement: the one asked for, else its first."""
    wanted = set(statements)
    found: dict[tuple[str, int], str] = {}
    for letter_id, ord_, key, name in db.rows_in(
        "SELECT letter_id, statement_ord, topic_key, topic FROM insight_statement_topics"
        " WHERE letter_id IN ({in}) ORDER BY letter_id, statement_ord, topic",
        sorted({letter_id for letter_id, _ in statements}),
    ):
        if (letter_id, ord_) in wanted and (not keys or key in keys):
            found.setdefault((letter_id, ord_), name)
    return found
