"""The Tweede Kamer's register of commitments (toezeggingen): what a minister promised
the House in a debate, kept by the committee clerks, with its status and, once kept, the
letter that kept it. `kamerbrieven sync` fills it; this module reads it.

    >>> import tempfile
    >>> from kamerbrieven.store import open_store
    >>> register = ToezeggingRegister(open_store(tempfile.mkdtemp() + "/kb.db"))
    >>> register.put(Toezegging("id-1", "TZ202501-001", "De minister stuurt een brief.",
    ...                         status="Openstaand", updated="2025-01-02"))
    >>> [t.number for t in register.all()], register.get("TZ202501-001").state()
    (['TZ202501-001'], 'open')
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import date

from kamerbrieven.store import Store

_COLUMNS = (
    "id",
    "number",
    "text",
    "person",
    "function",
    "ministry",
    "status",
    "deadline",
    "made_on",
    "fulfilled_by",
    "fulfilled_on",
    "activity_number",
    "updated",
)
KEPT = "Voldaan"  # the register's status of a commitment that is kept


@dataclass(frozen=True)
class Toezegging:
    """One commitment. `fulfilled_by` is the Tweede Kamer's number of the letter that kept
    it (`2024D50160`); `letter_id` is that letter in the store, when it is there."""

    id: str
    number: str | None
    text: str
    person: str | None = None
    function: str | None = None
    ministry: str | None = None
    status: str | None = None
    deadline: str | None = None
    made_on: str | None = None
    fulfilled_by: str | None = None
    fulfilled_on: str | None = None
    activity_number: str | None = None
    updated: str = ""
    letter_id: str | None = None

    @property
    def kept(self) -> bool:
        return (self.status or "").lower() == KEPT.lower() or bool(self.fulfilled_on)

    def state(self, today: str | None = None) -> str:
        """`kept`, `overdue` (its deadline passed) or `open`."""
        if self.kept:
            return "kept"
        today = today or date.today().isoformat()
        if self.deadline and self.deadline < today:
            return "overdue"
        return "open"

    def to_dict(self) -> dict[str, object]:
        return dataclasses.asdict(self)


class ToezeggingRegister:
    """The register as the store keeps it (table `toezeggingen`), each commitment linked to
    the stored letter that kept it when the source names that letter."""

    def __init__(self, store: Store) -> None:
        self.store = store

    def put(self, item: Toezegging) -> None:
        values = [getattr(item, name) for name in _COLUMNS]
        marks = ", ".join("?" for _ in _COLUMNS)
        updates = ", ".join(f"{c} = excluded.{c}" for c in _COLUMNS[1:])
        with self.store.writing() as db:
            db.execute(
                f"INSERT INTO toezeggingen ({', '.join(_COLUMNS)}) VALUES ({marks}) "
                f"ON CONFLICT (id) DO UPDATE SET {updates}",
                values,
            )

    def delete(self, toezegging_id: str) -> bool:
        with self.store.writing() as db:
            found = db.execute("SELECT 1 FROM toezeggingen WHERE id = ?", [toezegging_id])
            db.execute("DELETE FROM toezeggingen WHERE id = ?", [toezegging_id])
        return bool(found)

    def get(self, number_or_id: str) -> Toezegging | None:
        found = self._select("WHERE t.number = ? OR t.id = ?", [number_or_id, number_or_id])
        return found[0] if found else None

    def all(self, ministry: str | None = None, status: str | None = None) -> list[Toezegging]:
        """Every commitment, newest first; narrowed to a ministry or a status."""
        clauses, params = [], []
        if ministry:
            clauses.append("LOWER(t.ministry) = LOWER(?)")
            params.append(ministry)
        if status:
            clauses.append("LOWER(t.status) = LOWER(?)")
            params.append(status)
        where = f"WHERE {' AND '.join(clauses)}" if clauses else ""
        return self._select(where, params)

    def for_letter(self, letter_id: str) -> list[Toezegging]:
        """The commitments a stored letter kept."""
        return self._select("WHERE d.letter_id = ?", [letter_id])

    def _select(self, where: str, params: list[str]) -> list[Toezegging]:
        columns = ", ".join(f"t.{c}" for c in _COLUMNS)
        rows = self.store.query(
            f"SELECT {columns}, MIN(d.letter_id) FROM toezeggingen t "
            "LEFT JOIN sync_documents d ON d.document_number = t.fulfilled_by "
            "AND d.letter_id IS NOT NULL "
            f"{where} GROUP BY {columns} "
            "ORDER BY CASE WHEN t.made_on IS NULL THEN 1 ELSE 0 END, t.made_on DESC, t.number",
            params,
        )
        return [Toezegging(*row) for row in rows]
