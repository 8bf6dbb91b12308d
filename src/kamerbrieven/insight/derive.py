"""The insight rows of a batch of letters, derived from their plain tables: topics (of the
letter, of each statement), commitments with what they promise, and meetings with the
letter's part in them.

`read_facts` reads what derivation needs of each letter with one query per plain table;
`derive` is a pure function of those facts.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date as date_type
from datetime import timedelta
from typing import Any

from kamerbrieven.insight.db import Writer, marks
from kamerbrieven.insight.meeting_rules import body_key, canonical_body, meeting_role
from kamerbrieven.insight.promises import keep_until, subject_key
from kamerbrieven.insight.topic_rules import NOT_TOPICS, heading_topics, topic_key

OPENING_CHARS = 800  # the letter's opening lines, where it says what it is
# Mentions of one meeting start at most this many days apart (a meeting lasts a week at
# most, `extract.meetings.MAX_DAYS`; a letter may name only its last day).
MEETING_DAYS = 14


@dataclass(frozen=True)
class StatementFacts:
    ord: int
    kind: str
    section: str | None
    start: int
    end: int
    subject: str | None
    not_after: str | None
    topics: tuple[str, ...] = ()  # as the extractor gave them


@dataclass
class Facts:
    """What derivation reads of one letter."""

    id: str
    kind: str
    date: str | None
    dossier: str | None
    title: str | None
    opening: str
    number: int | None = None
    dossier_title: str | None = None
    headings: list[str] = field(default_factory=list)
    named: list[tuple[str, int, int]] = field(default_factory=list)  # countries, organisations
    statements: list[StatementFacts] = field(default_factory=list)
    meetings: list[tuple[int, str | None, str | None, tuple[str, ...]]] = field(
        default_factory=list
    )  # (ord, body, location, days)


@dataclass
class Derived:
    """The rows of one letter for each insight table (schema.py's columns, in order)."""

    letter: tuple[Any, ...]
    topics: list[tuple[Any, ...]]
    statement_topics: list[tuple[Any, ...]]
    commitments: list[tuple[Any, ...]]
    meetings: list[tuple[Any, ...]]


def read_facts(writer: Writer, ids: Sequence[str]) -> list[Facts]:
    """The facts of the letters `ids` (at most a few hundred) that are in the store."""
    where = f"letter_id IN ({marks(len(ids))})"
    letters = {
        row[0]: Facts(row[0], row[1], row[2], row[3], row[4], row[5] or "", row[6], row[7])
        for row in writer.rows(
            "SELECT id, kind, date, dossier, title, SUBSTR(text, 1, ?), number, dossier_title"
            f" FROM letters WHERE id IN ({marks(len(ids))})",
            [OPENING_CHARS, *ids],
        )
    }
    for letter_id, heading in writer.rows(
        f"SELECT letter_id, heading FROM sections WHERE {where} AND heading IS NOT NULL"
        " ORDER BY letter_id, ord",
        ids,
    ):
        letters[letter_id].headings.append(heading)
    for letter_id, name, start, end in writer.rows(
        f"SELECT letter_id, name, span_start, span_end FROM entities WHERE {where}"
        " AND type IN ('country', 'organisation') ORDER BY letter_id, ord",
        ids,
    ):
        letters[letter_id].named.append((name, start, end))
    _read_statements(writer, ids, letters)
    _read_meetings(writer, ids, letters)
    return list(letters.values())


def _read_statements(writer: Writer, ids: Sequence[str], letters: dict[str, Facts]) -> None:
    where = f"letter_id IN ({marks(len(ids))})"
    given: dict[tuple[str, int], list[str]] = defaultdict(list)
    for letter_id, item, value in writer.rows(
        f"SELECT letter_id, item_ord, value FROM statements_topics WHERE {where}"
        " ORDER BY letter_id, item_ord, ord",
        ids,
    ):
        given[(letter_id, item)].append(value)
    for letter_id, ord_, kind, section, start, end, subject, not_after in writer.rows(
        "SELECT letter_id, ord, kind, section, span_start, span_end, subject,"
        f" deadline_not_after FROM statements WHERE {where} ORDER BY letter_id, ord",
        ids,
    ):
        topics = tuple(given.get((letter_id, ord_), ()))
        letters[letter_id].statements.append(
            StatementFacts(ord_, kind, section, start, end, subject, not_after, topics)
        )


def _read_meetings(writer: Writer, ids: Sequence[str], letters: dict[str, Facts]) -> None:
    where = f"letter_id IN ({marks(len(ids))})"
    days: dict[tuple[str, int], list[str]] = defaultdict(list)
    for letter_id, item, value in writer.rows(
        f"SELECT letter_id, item_ord, value FROM meetings_dates WHERE {where}"
        " ORDER BY letter_id, item_ord, ord",
        ids,
    ):
        days[(letter_id, item)].append(value)
    for letter_id, ord_, body, location in writer.rows(
        f"SELECT letter_id, ord, body, location FROM meetings WHERE {where}"
        " ORDER BY letter_id, ord",
        ids,
    ):
        found = tuple(sorted(days.get((letter_id, ord_), ())))
        letters[letter_id].meetings.append((ord_, body, location, found))


def placed_at(facts: Facts) -> str | None:
    """Where the letter stands on a timeline: its date, else the last day of the first
    meeting it names (a verslag without a date is written just after)."""
    if facts.date:
        return facts.date
    days = next((d for _, body, _, d in facts.meetings if d), ())
    return days[-1][:10] if days else None


def derive(facts: Facts) -> Derived:
    """The insight rows of one letter."""
    date = placed_at(facts)
    letter_topics: dict[str, str] = {}
    for heading in facts.headings:
        for name in heading_topics(heading).names:
            letter_topics.setdefault(topic_key(name), name)
    statement_rows, commitment_rows = [], []
    for statement in facts.statements:
        promise: tuple[str | None, str | None] = (None, None)
        if statement.kind == "commitment":
            promise = (subject_key(statement.subject), keep_until(date, statement.not_after))
            commitment_rows.append(
                (facts.id, statement.ord, date, facts.dossier, promise[0], statement.not_after)
                + promise[1:]
            )
        for key, name in statement_topics(statement, facts.named).items():
            letter_topics.setdefault(key, name)
            statement_rows.append(
                (facts.id, statement.ord, key, name, statement.kind, date, *promise)
            )
    return Derived(
        (facts.id, date, facts.dossier, facts.number, facts.kind, facts.title, facts.dossier_title),
        [(facts.id, key, name, date) for key, name in letter_topics.items()],
        statement_rows,
        commitment_rows,
        _meeting_rows(facts),
    )


def statement_topics(
    statement: StatementFacts, named: Sequence[tuple[str, int, int]]
) -> dict[str, str]:
    """A statement's topics by key: its section's, then (unless the section is a region)
    the countries and organisations it names and the topics the extractor gave it."""
    section = heading_topics(statement.section)
    found = {topic_key(name): name for name in section.names}
    if section.closed:
        return found
    for name, start, end in named:
        if statement.start <= start and end <= statement.end and name not in NOT_TOPICS:
            found.setdefault(topic_key(name), name)
    for value in statement.topics:
        if statement.section and topic_key(value) == topic_key(statement.section):
            continue
        for name in heading_topics(value).names:
            found.setdefault(topic_key(name), name)
    return found


def _meeting_rows(facts: Facts) -> list[tuple[Any, ...]]:
    rows = []
    for ord_, body, location, days in facts.meetings:
        if not body or not days:
            continue  # without a body or a day it cannot be told from another
        first, last = days[0][:10], days[-1][:10]
        canonical = canonical_body(body)
        role = meeting_role(facts.kind, facts.date, facts.title, facts.opening, (first, last))
        near = (date_type.fromisoformat(first) - timedelta(days=MEETING_DAYS)).isoformat()
        rows.append(
            (facts.id, ord_, body_key(canonical), canonical, first, last, near, location, role)
        )
    return rows
