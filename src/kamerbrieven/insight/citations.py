"""The citation graph around one document: what it cites (each citation resolved to the
letter in the store whose `id` it names, or else the official address to fetch it
from), and which stored letters cite it. The document need not be in the store itself:
`refs kst-33694-34` lists who cites a Kamerstuk the store lacks."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from kamerbrieven.insight.addresses import official_address
from kamerbrieven.insight.db import InsightDB
from kamerbrieven.insight.model import InsightError, LetterRef


@dataclass(frozen=True)
class Cited:
    """One document a letter cites: in the store (`letter`) or not (`url` to fetch it)."""

    target_id: str | None
    type: str
    raw: str
    letter: LetterRef | None
    url: str | None

    def to_dict(self) -> dict[str, Any]:
        stored = self.letter.to_dict() if self.letter else {}
        return {
            "target_id": self.target_id,
            "type": self.type,
            "raw": self.raw,
            "in_store": self.letter is not None,
            "date": stored.get("date"),
            "kind": stored.get("kind"),
            "title": stored.get("title"),
            "url": self.url,
        }


@dataclass(frozen=True)
class References:
    """A document's place in the citation graph."""

    letter_id: str
    letter: LetterRef | None  # None: not in the store
    url: str | None
    cites: list[Cited] = field(default_factory=list)
    cited_by: list[LetterRef] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "letter_id": self.letter_id,
            "in_store": self.letter is not None,
            "url": self.url,
            "cites": [c.to_dict() for c in self.cites],
            "cited_by": [c.to_dict() for c in self.cited_by],
        }


_LETTER = "l.id, l.date, l.kind, l.title, l.dossier_title"


def references(db: InsightDB, letter_id: str) -> References:
    """What `letter_id` cites and what cites it.

    Raises InsightError when the store neither holds nor cites it."""
    letter_id = letter_id.strip()
    own = db.rows(f"SELECT {_LETTER} FROM letters l WHERE l.id = ?", (letter_id,))
    cited_by = [
        LetterRef(*row)
        for row in db.rows(
            f"SELECT DISTINCT {_LETTER} FROM citations c JOIN letters l ON l.id = c.letter_id"
            " WHERE c.target_id = ? ORDER BY l.date, l.id",
            (letter_id,),
        )
    ]
    if not own and not cited_by:
        raise InsightError(
            f"geen brief met id {letter_id}, en geen brief die hem aanhaalt",
            hint="`kamerbrieven list` toont de ids",
        )
    cites: list[Cited] = []
    seen: set[str] = set()
    for type_, raw, target, *stored in db.rows(
        f"SELECT c.type, c.raw, c.target_id, {_LETTER} FROM citations c"
        " LEFT JOIN letters l ON l.id = c.target_id WHERE c.letter_id = ? ORDER BY c.ord",
        (letter_id,),
    ):
        if target and target in seen:
            continue  # cited again further on
        if target:
            seen.add(target)
        letter = LetterRef(*stored) if stored[0] else None
        cites.append(Cited(target, type_, raw, letter, official_address(target)))
    return References(
        letter_id,
        LetterRef(*own[0]) if own else None,
        official_address(letter_id),
        cites,
        cited_by,
    )
