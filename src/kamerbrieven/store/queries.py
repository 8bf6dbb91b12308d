"""What `list` and `stats` ask of the store: letters narrowed by a filter, and the
counts a user wants first. Values only ever go in as parameters."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from kamerbrieven.store.sql import SQLBase


@dataclass(frozen=True)
class LetterFilter:
    """What `list` narrows to; every field optional. Dates are ISO strings, inclusive."""

    date_from: str | None = None
    date_to: str | None = None
    dossier: str | None = None
    ministry: str | None = None
    kind: str | None = None
    limit: int | None = None
    offset: int = 0


@dataclass(frozen=True)
class LetterSummary:
    id: str
    date: str | None
    kind: str
    dossier: str | None
    number: int | None
    title: str | None
    senders: tuple[str, ...]
    source_path: str
    dossier_title: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**self.__dict__, "senders": list(self.senders)}


class Querying(SQLBase):
    """`list_letters` and `stats` over the `letters` row and the plain tables."""

    def list_letters(self, letter_filter: LetterFilter = LetterFilter()) -> list[LetterSummary]:
        where, params = _filter_sql(letter_filter)
        sql = (
            "SELECT id, date, kind, dossier, number, title, senders_text, source_path,"
            " dossier_title FROM letters"
            f"{where} ORDER BY CASE WHEN date IS NULL THEN 1 ELSE 0 END, date DESC, id"
        )
        if letter_filter.limit is not None:
            sql += " LIMIT ? OFFSET ?"
            params += (letter_filter.limit, letter_filter.offset)
        return [
            LetterSummary(
                r[0],
                r[1],
                r[2],
                r[3],
                r[4],
                r[5],
                tuple(s for s in (r[6] or "").split("; ") if s),
                r[7],
                r[8],
            )
            for r in self._query(sql, params)
        ]

    def stats(self) -> dict[str, Any]:
        """Counts a user wants first: letters, dates, kinds, ministries, citations, statements."""
        q = self._query
        first, last = q("SELECT MIN(date), MAX(date) FROM letters")[0]
        return {
            "letters": self.count(),
            "first_date": first,
            "last_date": last,
            "undated": q("SELECT COUNT(*) FROM letters WHERE date IS NULL")[0][0],
            "kinds": dict(q("SELECT kind, COUNT(*) FROM letters GROUP BY kind ORDER BY 2 DESC, 1")),
            "years": dict(
                q(
                    "SELECT SUBSTR(date, 1, 4), COUNT(*) FROM letters WHERE date IS NOT NULL "
                    "GROUP BY SUBSTR(date, 1, 4) ORDER BY 1"
                )
            ),
            "ministries": dict(
                q("SELECT ministry, COUNT(*) FROM senders GROUP BY ministry ORDER BY 2 DESC, 1")
            ),
            "references": dict(
                q("SELECT type, COUNT(*) FROM citations GROUP BY type ORDER BY 2 DESC, 1")
            ),
            "statements": dict(q("SELECT kind, COUNT(*) FROM statements GROUP BY kind ORDER BY 1")),
            # mentions: every time a name is written; names: the different ones
            "entities": dict(q("SELECT type, COUNT(*) FROM entities GROUP BY type ORDER BY 1")),
            "entity_names": dict(
                q("SELECT type, COUNT(DISTINCT name) FROM entities GROUP BY type ORDER BY 1")
            ),
            "warnings": q("SELECT COUNT(*) FROM warnings")[0][0],
            "schema_version": self.schema_version(),
        }


def _filter_sql(f: LetterFilter) -> tuple[str, tuple[Any, ...]]:
    """WHERE clause for a filter; values only ever go in as parameters."""
    clauses: list[str] = []
    params: list[Any] = []
    if f.date_from:
        clauses.append("date >= ?")
        params.append(f.date_from)
    if f.date_to:
        clauses.append("date <= ?")
        params.append(f.date_to)
    if f.dossier:
        clauses.append("dossier = ?")
        params.append(f.dossier.replace(" ", "").replace(".", ""))
    if f.kind:
        clauses.append("kind = ?")
        params.append(f.kind)
    if f.ministry:
        clauses.append("id IN (SELECT letter_id FROM senders WHERE LOWER(ministry) = LOWER(?))")
        params.append(f.ministry)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)
