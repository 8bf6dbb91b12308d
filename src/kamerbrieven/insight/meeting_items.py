"""Intention against outcome: per agenda item of a meeting, what the government said it
would do (the geannoteerde agenda's statements under that item) beside what the verslag
reports on it (its statements under the same heading, or about one of the item's
topics: a verslag seldom repeats the agenda's headings word for word).

Statements that no item covers are listed under an item without a name (`item: null`),
so nothing the letters say about the meeting is left out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from kamerbrieven.insight.db import InsightDB
from kamerbrieven.insight.meetings import MeetingSummary, find_meeting
from kamerbrieven.insight.model import Said
from kamerbrieven.insight.topic_rules import heading_topics, topic_key


@dataclass
class AgendaItem:
    item: str | None  # the heading; None: what no item covers
    topics: tuple[str, ...]
    intention: list[Said] = field(default_factory=list)
    outcome: list[Said] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "item": self.item,
            "topics": list(self.topics),
            "intention": [s.to_dict() for s in self.intention],
            "outcome": [s.to_dict() for s in self.outcome],
        }


@dataclass(frozen=True)
class MeetingDetail:
    summary: MeetingSummary
    items: list[AgendaItem]

    def to_dict(self) -> dict[str, Any]:
        return {**self.summary.to_dict(), "items": [i.to_dict() for i in self.items]}


def meeting_detail(db: InsightDB, meeting_id: str) -> MeetingDetail:
    """The meeting `meeting_id`, its letters, and per agenda item intention and outcome."""
    summary, _ = find_meeting(db, meeting_id)
    agenda = [r.letter_id for r in summary.agenda]
    verslag = [r.letter_id for r in summary.verslag]
    said = _statements(db, agenda + verslag)
    items = [AgendaItem(h, heading_topics(h).names) for h in _items(db, agenda or verslag)]
    rest = AgendaItem(None, ())
    keys = [{topic_key(t) for t in item.topics} for item in items]
    for letter_id in agenda:
        for statement, _ in said.get(letter_id, []):
            _place(statement, set(), items, keys, rest, "intention")
    for letter_id in verslag:
        for statement, topics in said.get(letter_id, []):
            _place(statement, topics, items, keys, rest, "outcome")
    if rest.intention or rest.outcome:
        items.append(rest)
    return MeetingDetail(summary, items)


def _place(
    statement: Said,
    topics: set[str],
    items: list[AgendaItem],
    keys: list[set[str]],
    rest: AgendaItem,
    side: str,
) -> None:
    """Put a statement with the item of its own heading, else the first item sharing a
    topic with it, else with the rest."""
    section = topic_key(statement.section or "")
    chosen = next(
        (i for i, item in enumerate(items) if topic_key(item.item or "") == section), None
    )
    if chosen is None and topics:
        chosen = next((i for i, wanted in enumerate(keys) if wanted & topics), None)
    target = items[chosen] if chosen is not None else rest
    getattr(target, side).append(statement)


def _items(db: InsightDB, letter_ids: Sequence[str]) -> list[str]:
    """The agenda items: the letters' headings that name a topic, once each, in order."""
    if not letter_ids:
        return []
    rows = db.rows_in(
        "SELECT letter_id, heading FROM sections WHERE letter_id IN ({in})"
        " AND heading IS NOT NULL ORDER BY letter_id, ord",
        letter_ids,
    )
    order = {letter_id: n for n, letter_id in enumerate(letter_ids)}
    rows.sort(key=lambda row: order[row[0]])  # stable: each letter's own order kept
    found: dict[str, str] = {}
    for _, heading in rows:
        if heading_topics(heading).names:
            found.setdefault(topic_key(heading), heading)
    return list(found.values())


def _statements(db: InsightDB, letter_ids: Sequence[str]) -> dict[str, list[tuple[Said, set[str]]]]:
    """Each letter's statements in order, with their topic keys."""
    if not letter_ids:
        return {}
    topics: dict[tuple[str, int], set[str]] = {}
    for letter_id, ord_, key in db.rows_in(
        "SELECT letter_id, statement_ord, topic_key FROM insight_statement_topics"
        " WHERE letter_id IN ({in})",
        letter_ids,
    ):
        topics.setdefault((letter_id, ord_), set()).add(key)
    found: dict[str, list[tuple[Said, set[str]]]] = {}
    for row in db.rows_in(
        "SELECT letter_id, ord, kind, actor, text, section FROM statements"
        " WHERE letter_id IN ({in}) ORDER BY letter_id, ord",
        letter_ids,
    ):
        found.setdefault(row[0], []).append((Said(*row), topics.get((row[0], row[1]), set())))
    return found
