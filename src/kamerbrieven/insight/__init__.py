"""Answers across letters: the citation graph, dossiers, topics and their timelines, Dutch
positions over time, the commitments register, and per meeting intention against outcome.

All of it is SQL over the store's plain tables and the insight tables derived from them
(`schema.py`, kept in step by `sync.py`), on SQLite and PostgreSQL alike; no question
loads every record. `Insight` is the Python API (`KnowledgeBase.insight` gives one); each
answer is a dataclass whose `to_dict()` is what `--json` prints.

    >>> import tempfile
    >>> from kamerbrieven import open_knowledge_base
    >>> kb = open_knowledge_base(tempfile.mkdtemp() + "/kamerbrieven.db")
    >>> _ = kb.ingest(["samples/"])
    >>> [entry.letter.date for entry in kb.insight.timeline("Afghanistan").entries]
    ['2018-12-12', '2021-04-14']
    >>> kb.close()
"""

from __future__ import annotations

from collections.abc import Sequence

from kamerbrieven.insight import citations, commitments, dossiers, positions, timeline, topics
from kamerbrieven.insight.citations import References
from kamerbrieven.insight.commitments import Commitment, RegisterFilter
from kamerbrieven.insight.db import InsightDB
from kamerbrieven.insight.dossiers import Dossier
from kamerbrieven.insight.meeting_items import MeetingDetail, meeting_detail
from kamerbrieven.insight.meetings import MeetingSummary, meetings
from kamerbrieven.insight.model import InsightError, LetterRef, MeetingRef, Said
from kamerbrieven.insight.positions import PeriodPositions, Position
from kamerbrieven.insight.sync import Progress, bring_in_step
from kamerbrieven.insight.timeline import Timeline
from kamerbrieven.insight.topics import TopicCount
from kamerbrieven.store import Store

__all__ = [
    "Commitment",
    "Dossier",
    "Insight",
    "InsightError",
    "LetterRef",
    "MeetingDetail",
    "MeetingRef",
    "MeetingSummary",
    "PeriodPositions",
    "Position",
    "References",
    "RegisterFilter",
    "Said",
    "Timeline",
    "TopicCount",
]


class Insight:
    """The questions over one store. Each brings the insight tables in step first (two
    small queries when nothing changed); `on_progress(done, total)` hears how far a long
    catching-up is."""

    def __init__(self, store: Store, on_progress: Progress | None = None) -> None:
        self.db = InsightDB(store)
        self.on_progress = on_progress

    def sync(self) -> int:
        """Bring the insight tables in step with the store; returns the letters derived."""
        return bring_in_step(self.db, self.on_progress)

    def refs(self, letter_id: str) -> References:
        """What a document cites (in the store, or its official address) and what cites it."""
        return citations.references(self.db, letter_id)

    def dossier(self, number: str) -> Dossier:
        """A dossier's documents in order, and those cited but missing from the store."""
        self.sync()
        return dossiers.dossier(self.db, number)

    def topics(
        self,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        containing: str | None = None,
        limit: int | None = None,
    ) -> list[TopicCount]:
        """The topics with their number of letters and first and last date."""
        self.sync()
        return topics.topic_counts(
            self.db, date_from=date_from, date_to=date_to, containing=containing, limit=limit
        )

    def timeline(
        self,
        topic: str,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
    ) -> Timeline:
        """Each letter on `topic` by date, with its meeting, positions and decisions on it."""
        self.sync()
        return timeline.timeline(self.db, topic, date_from=date_from, date_to=date_to, limit=limit)

    def positions(
        self,
        *,
        topic: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int | None = None,
    ) -> list[Position]:
        """What the Netherlands said (on `topic`), with letter, meeting, date and actor."""
        self.sync()
        return positions.positions(
            self.db, topic=topic, date_from=date_from, date_to=date_to, limit=limit
        )

    def compare_positions(self, topic: str | None, periods: Sequence[str]) -> list[PeriodPositions]:
        """The positions in each period (`2018:2019`), to set side by side."""
        self.sync()
        return positions.compare(self.db, topic, periods)

    def commitments(
        self, where: RegisterFilter = RegisterFilter(), *, limit: int | None = None
    ) -> list[Commitment]:
        """The commitments register: wording, subject, deadline, status and evidence."""
        self.sync()
        return commitments.commitments(self.db, where, limit=limit)

    def commitment_counts(self, where: RegisterFilter = RegisterFilter()) -> dict[str, int]:
        """How many commitments are kept, open and overdue."""
        self.sync()
        return commitments.status_counts(self.db, where)

    def meetings(
        self,
        *,
        date_from: str | None = None,
        date_to: str | None = None,
        body: str | None = None,
        limit: int | None = None,
    ) -> list[MeetingSummary]:
        """The meetings letters prepare or report on, the latest first."""
        self.sync()
        return meetings(self.db, date_from=date_from, date_to=date_to, body=body, limit=limit)

    def meeting(self, meeting_id: str) -> MeetingDetail:
        """A meeting's letters, and per agenda item the intention beside the outcome."""
        self.sync()
        return meeting_detail(self.db, meeting_id)
