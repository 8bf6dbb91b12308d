"""A topic over time: by date, each letter in which it came up (and the meeting the letter
prepares or reports on), with the Dutch positions and the decisions on that topic."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kamerbrieven.insight.db import InsightDB
from kamerbrieven.insight.meetings import meeting_refs
from kamerbrieven.insight.model import LetterRef, MeetingRef, Said
from kamerbrieven.insight.topics import dated, resolve_topics


@dataclass(frozen=True)
class TimelineEntry:
    letter: LetterRef
    meeting: MeetingRef | None
    positions: list[Said] = field(default_factory=list)
    decisions: list[Said] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "letter_id": self.letter.letter_id,
            "date": self.letter.date,
            "kind": self.letter.kind,
            "title": self.letter.title,
            "meeting": self.meeting.to_dict() if self.meeting else None,
            "positions": [s.to_dict() for s in self.positions],
            "decisions": [s.to_dict() for s in self.decisions],
        }


@dataclass(frozen=True)
class Timeline:
    topics: list[str]  # the topics the name given stands for
    entries: list[TimelineEntry]

    def to_dict(self) -> list[dict[str, Any]]:
        return [e.to_dict() for e in self.entries]


def timeline(
    db: InsightDB,
    topic: str,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    limit: int | None = None,
) -> Timeline:
    """The letters on `topic`, oldest first, with what was said and decided on it."""
    topics = resolve_topics(db, topic)
    keys = [key for key, _ in topics]
    clauses, params = dated("t.date", date_from, date_to)
    where = " AND ".join([f"t.topic_key IN ({', '.join('?' * len(keys))})", *clauses])
    letters = _letters(db, where, [*keys, *params], limit, undated=not clauses)
    said = _said(db, keys, where, params)
    meetings = meeting_refs(db, [letter.letter_id for letter in letters])
    entries = []
    for letter in letters:
        mine = said.get(letter.letter_id, [])
        entries.append(
            TimelineEntry(
                letter,
                meetings.get(letter.letter_id),
                [s for s in mine if s.kind == "position"],
                [s for s in mine if s.kind == "decision"],
            )
        )
    return Timeline([name for _, name in topics], entries)


def _letters(
    db: InsightDB, where: str, params: list[Any], limit: int | None, *, undated: bool
) -> list[LetterRef]:
    """The letters on the topics by date (each once), then the undated ones; asked apart,
    each part follows the index (the backends put NULL at different ends)."""
    select = (
        "SELECT t.letter_id, t.date, l.kind, l.title, l.dossier_title FROM insight_topics t"
        f" JOIN insight_letters l ON l.letter_id = t.letter_id WHERE {where}"
    )
    parts = [f"{select} AND t.date IS NOT NULL ORDER BY t.date, t.letter_id"]
    if undated:
        parts.append(f"{select} AND t.date IS NULL ORDER BY t.letter_id")
    found: dict[str, LetterRef] = {}
    for sql in parts:
        for row in db.rows(sql, params):
            found.setdefault(row[0], LetterRef(*row))
            if limit is not None and len(found) >= limit:
                return list(found.values())
    return list(found.values())


def _said(db: InsightDB, keys: list[str], where: str, params: list[Any]) -> dict[str, list[Said]]:
    """The positions and decisions on the topics, per letter, in the letter's order."""
    rows = db.rows(
        "SELECT s.letter_id, s.ord, s.kind, s.actor, s.text, s.section FROM statements s"
        " JOIN (SELECT DISTINCT t.letter_id, t.statement_ord FROM insight_statement_topics t"
        f" WHERE {where} AND t.kind IN ('position', 'decision')) AS x"
        " ON s.letter_id = x.letter_id AND s.ord = x.statement_ord",
        [*keys, *params],
    )
    found: dict[str, list[Said]] = {}
    for row in sorted(rows, key=lambda row: (row[0], row[1])):  # each letter's in its order
        found.setdefault(row[0], []).append(Said(*row))
    return found
