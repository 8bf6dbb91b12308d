"""A Kamerstuk dossier: its documents in the store in order (by number, then date) with
their kinds, and the documents of the dossier that stored letters cite but the store
lacks, with their official addresses."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from kamerbrieven.insight.addresses import official_address
from kamerbrieven.insight.db import InsightDB
from kamerbrieven.insight.model import InsightError, LetterRef


@dataclass(frozen=True)
class DossierDocument:
    letter: LetterRef
    number: int | None

    def to_dict(self) -> dict[str, Any]:
        return {"number": self.number, **self.letter.to_dict()}


@dataclass(frozen=True)
class MissingDocument:
    """A document of the dossier that stored letters cite but the store lacks."""

    target_id: str
    number: int | None
    url: str | None
    cited_by: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {
            "target_id": self.target_id,
            "number": self.number,
            "url": self.url,
            "cited_by": list(self.cited_by),
        }


@dataclass(frozen=True)
class Dossier:
    dossier: str
    title: str | None
    documents: list[DossierDocument] = field(default_factory=list)
    missing: list[MissingDocument] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "dossier": self.dossier,
            "title": self.title,
            "documents": [d.to_dict() for d in self.documents],
            "missing": [m.to_dict() for m in self.missing],
        }


def normal_dossier(number: str) -> str:
    """`28 676` and `28.676` as the record writes them: `28676`.

    >>> normal_dossier(" 21 501-02 ")
    '21501-02'
    """
    return "".join(number.split()).replace(".", "")


def dossier(db: InsightDB, number: str) -> Dossier:
    """The dossier `number`; InsightError when the store neither holds nor cites any of it."""
    wanted = normal_dossier(number)
    # numbered in the index's order, then those without a number (a backend puts NULL
    # first or last: asked apart, each part follows the index)
    select = (
        "SELECT letter_id, date, kind, title, dossier_title, number FROM insight_letters"
        " WHERE dossier = ?"
    )
    rows = db.rows(f"{select} AND number IS NOT NULL ORDER BY number, date, letter_id", (wanted,))
    rows += db.rows(f"{select} AND number IS NULL ORDER BY date, letter_id", (wanted,))
    documents = [DossierDocument(LetterRef(*row[:5]), row[5]) for row in rows]
    cited: dict[str, tuple[int | None, list[str]]] = {}
    for target, cited_number, citing in db.rows(
        "SELECT target_id, number, letter_id FROM citations WHERE dossier = ?"
        " AND target_id IS NOT NULL ORDER BY target_id, letter_id",
        (wanted,),
    ):
        entry = cited.setdefault(target, (cited_number, []))
        if not entry[1] or entry[1][-1] != citing:
            entry[1].append(citing)
    stored = db.rows_in("SELECT id FROM letters WHERE id IN ({in})", sorted(cited))
    for (target,) in stored:
        del cited[target]
    if not documents and not cited:
        raise InsightError(
            f"geen stukken van dossier {wanted} in de store, en geen verwijzingen ernaar",
            hint="`kamerbrieven stats` en `kamerbrieven list --dossier` tonen wat er is",
        )
    missing = [
        MissingDocument(target, n, official_address(target), tuple(citing))
        for target, (n, citing) in sorted(
            cited.items(), key=lambda item: (item[1][0] is None, item[1][0] or 0, item[0])
        )
    ]
    titles = Counter(d.letter.dossier_title for d in documents if d.letter.dossier_title)
    title = titles.most_common(1)[0][0] if titles else None
    return Dossier(wanted, title, documents, missing)
