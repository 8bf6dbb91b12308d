"""What the questions answer with, shared by several: a letter named in an answer, a
meeting, a sentence the government said; each with `to_dict()`, the shape `--json` prints."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kamerbrieven.errors import KamerbrievenError


class InsightError(KamerbrievenError):
    """A question about something the store does not hold (a topic, a meeting, a letter)."""


@dataclass(frozen=True)
class LetterRef:
    """A letter named in an answer: enough to list it and to look it up."""

    letter_id: str
    date: str | None
    kind: str
    title: str | None
    dossier_title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "letter_id": self.letter_id,
            "date": self.date,
            "kind": self.kind,
            "title": self.title,
        }


@dataclass(frozen=True)
class MeetingRef:
    """A meeting by its id (`meeting_rules`), body and days."""

    id: str
    body: str
    first_day: str
    last_day: str
    location: str | None = None

    @property
    def dates(self) -> list[str]:
        return (
            [self.first_day] if self.first_day == self.last_day else [self.first_day, self.last_day]
        )

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "body": self.body, "dates": self.dates, "location": self.location}


@dataclass(frozen=True)
class Said:
    """A statement as an answer shows it."""

    letter_id: str
    ord: int
    kind: str
    actor: str | None
    text: str
    section: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "actor": self.actor, "text": self.text, "section": self.section}
