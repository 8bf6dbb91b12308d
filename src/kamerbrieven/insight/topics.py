"""The topics of the corpus with how many letters have each and from when to when, and
finding the topic a user names (`Oekraine`, `oekraïne en georgië`, `INF verdrag`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kamerbrieven.insight.db import InsightDB
from kamerbrieven.insight.model import InsightError
from kamerbrieven.insight.topic_rules import heading_topics, topic_key


@dataclass(frozen=True)
class TopicCount:
    topic: str
    key: str
    letters: int
    first: str | None
    last: str | None

    def to_dict(self) -> dict[str, Any]:
        return {
            "topic": self.topic,
            "letters": self.letters,
            "first": self.first,
            "last": self.last,
        }


def topic_counts(
    db: InsightDB,
    *,
    date_from: str | None = None,
    date_to: str | None = None,
    containing: str | None = None,
    limit: int | None = None,
) -> list[TopicCount]:
    """Every topic (or those whose name holds `containing`), the most letters first, with
    the first and last date it came up on (letters within the dates given).

    Without dates the counts kept after each sync answer (`insight_topic_totals`);
    within dates the letters are counted."""
    clauses, params = dated("date", date_from, date_to)
    counted = bool(clauses)
    if containing:
        clauses.append("topic_key LIKE ?")
        params.append(f"%{topic_key(containing)}%")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    if counted:
        sql = (
            "SELECT MIN(topic), topic_key, COUNT(*), MIN(date), MAX(date) FROM insight_topics"
            f"{where} GROUP BY topic_key ORDER BY COUNT(*) DESC, topic_key"
        )
    else:
        sql = (
            "SELECT topic, topic_key, letters, first, last FROM insight_topic_totals"
            f"{where} ORDER BY letters DESC, topic_key"
        )
    if limit is not None:
        sql += " LIMIT ?"
        params.append(limit)
    return [TopicCount(*row) for row in db.rows(sql, params)]


def resolve_topics(db: InsightDB, name: str) -> list[tuple[str, str]]:
    """The topics (key, name) that `name` stands for: the topic of that name, else the
    topics it names as a heading would (`Oekraïne en Georgië`: both countries).

    Raises InsightError, with the nearest names, when the store has none of them."""
    keys = [topic_key(name)] + [topic_key(n) for n in heading_topics(name).names]
    keys = [key for key in dict.fromkeys(keys) if key]
    found: list[tuple[str, str]] = []
    for key in keys:
        rows = db.rows("SELECT topic FROM insight_topic_totals WHERE topic_key = ?", (key,))
        if rows and rows[0][0] is not None:
            found.append((key, rows[0][0]))
            if key == keys[0]:
                break  # the name itself is a topic
    if found:
        return found
    near = _near(db, topic_key(name))
    hint = "`kamerbrieven topics` toont ze"
    if near:
        hint = "bedoelt u " + ", ".join(near) + "? " + hint
    raise InsightError(f"geen onderwerp {name!r} in de store", hint=hint)


def _near(db: InsightDB, key: str) -> list[str]:
    """Up to five topics whose name holds `key`, or that `key` holds (`Oekraïnecrisis`)."""
    if len(key) < 3:
        return []
    rows = db.rows(
        "SELECT topic FROM insight_topic_totals WHERE topic_key LIKE ?"
        " OR (LENGTH(topic_key) >= 4 AND ? LIKE ? || topic_key || ?)"
        " ORDER BY letters DESC, topic LIMIT 5",
        (f"%{key}%", key, "%", "%"),
    )
    return [name for (name,) in rows]


def dated(column: str, date_from: str | None, date_to: str | None) -> tuple[list[str], list[Any]]:
    """SQL conditions (and their values) for `column` within the inclusive dates given."""
    clauses: list[str] = []
    params: list[Any] = []
    if date_from:
        clauses.append(f"{column} >= ?")
        params.append(date_from)
    if date_to:
        clauses.append(f"{column} <= ?")
        params.append(date_to)
    return clauses, params
