"""The Tweede Kamer's own register of commitments (toezeggingen, filled by `kamerbrieven
sync`) beside the promises read from letters.

A register entry is a promise made in a debate, with the register's status and the letter
that kept it. Where a letter of the same ministry states the same promise (most of its
words again, within a year of the debate), the two are one commitment: the letter's, with
the register's number and status beside it, and kept when either says so. The other
entries join the register as commitments of their own, without a promising letter.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from kamerbrieven.insight.db import InsightDB
from kamerbrieven.nl.ministries import ministry_name

# the register's status of a kept commitment
_KEPT = "voldaan"
# a word of at least five letters carries the promise ("werkprogramma", "netcongestie");
# shorter ones are its grammar ("de", "zal", "over")
_WORD = re.compile(r"\w{5,}")
# at least this share of the shorter wording's words recur in the other: the same promise
SAME_PROMISE = 0.6


@dataclass(frozen=True)
class RegisterEntry:
    """One commitment of the Tweede Kamer's register, as the store keeps it."""

    number: str
    text: str
    ministry: str | None
    person: str | None
    status: str | None
    deadline: str | None
    made_on: str | None
    fulfilled_by: str | None  # the Tweede Kamer's number of the letter that kept it
    fulfilled_on: str | None
    fulfilled_letter: str | None  # that letter's id, when the store holds it

    @property
    def kept(self) -> bool:
        return (self.status or "").lower() == _KEPT or bool(self.fulfilled_on)

    def state(self, today: str) -> str:
        if self.kept:
            return "kept"
        return "overdue" if self.deadline and self.deadline < today else "open"

    def to_dict(self) -> dict[str, Any]:
        return {
            "number": self.number,
            "status": self.status,
            "ministry": self.ministry,
            "person": self.person,
            "made_on": self.made_on,
            "fulfilled_by": self.fulfilled_by,
            "fulfilled_on": self.fulfilled_on,
            "fulfilled_letter": self.fulfilled_letter,
        }


def same_promise(one: str, other: str) -> bool:
    """Whether two wordings state the same promise: most words of the shorter recur.

    >>> same_promise(
    ...     "De minister informeert de Kamer voor de zomer over de voortgang van de aanpak "
    ...     "van netcongestie.",
    ...     "Ik zal uw Kamer voor de zomer informeren over de voortgang van de aanpak van "
    ...     "netcongestie.")
    True
    >>> same_promise(
    ...     "De minister informeert de Kamer voor de zomer over de voortgang van de aanpak "
    ...     "van netcongestie.",
    ...     "Ik zal uw Kamer voor de zomer informeren over de uitkomst van de NAVO-top.")
    False
    """
    words, others = set(_WORD.findall(one.lower())), set(_WORD.findall(other.lower()))
    if not words or not others:
        return False
    return len(words & others) / min(len(words), len(others)) >= SAME_PROMISE


def entries(
    db: InsightDB, *, ministry: str | None, date_from: str | None, date_to: str | None
) -> list[RegisterEntry]:
    """The register's entries (none when the store has no register), newest first."""
    if not db.table_exists("toezeggingen"):
        return []
    clauses, params = [], []
    if ministry:
        clauses.append("LOWER(t.ministry) = LOWER(?)")
        params.append(short_ministry(ministry))
    if date_from:
        clauses.append("t.made_on >= ?")
        params.append(date_from)
    if date_to:
        clauses.append("t.made_on < ?")
        params.append(date_to + "~")  # a made_on with a time on the last day still counts
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = db.rows(
        "SELECT t.number, t.text, t.ministry, t.person, t.status, t.deadline, t.made_on,"
        " t.fulfilled_by, t.fulfilled_on, MIN(d.letter_id) FROM toezeggingen t"
        " LEFT JOIN sync_documents d ON d.document_number = t.fulfilled_by"
        f" AND d.letter_id IS NOT NULL{where}"
        " GROUP BY t.number, t.text, t.ministry, t.person, t.status, t.deadline, t.made_on,"
        " t.fulfilled_by, t.fulfilled_on",
        params,
    )
    found = [
        RegisterEntry(
            str(number), text, ministry_, person, status, _day(deadline), _day(made_on),
            fulfilled_by, _day(fulfilled_on), letter,
        )
        for number, text, ministry_, person, status, deadline, made_on, fulfilled_by,
        fulfilled_on, letter in rows
        if number
    ]  # fmt: skip
    return sorted(found, key=lambda e: e.made_on or "", reverse=True)  # undated last


def matches(db: InsightDB, register: list[RegisterEntry]) -> dict[str, tuple[str, int]]:
    """Register number -> the letter commitment (letter id, statement) stating the same
    promise: a letter of the entry's ministry, from the year of the debate or the next."""
    found: dict[str, tuple[str, int]] = {}
    for entry in register:
        if not entry.ministry or not entry.made_on:
            continue
        ministry = ministry_name(entry.ministry) or entry.ministry  # 'Economische Zaken'
        year = int(entry.made_on[:4])
        candidates = db.rows(
            "SELECT c.letter_id, c.statement_ord, s.text FROM insight_commitments c"
            " JOIN statements s ON s.letter_id = c.letter_id AND s.ord = c.statement_ord"
            " WHERE c.date >= ? AND c.date < ? AND c.letter_id IN"
            " (SELECT letter_id FROM senders WHERE LOWER(ministry) = LOWER(?))"
            " ORDER BY c.date, c.letter_id, c.statement_ord",
            [entry.made_on, f"{year + 2}-01-01", ministry],
        )
        for letter_id, ord_, text in candidates:
            if same_promise(entry.text, text):
                found[entry.number] = (letter_id, int(ord_))
                break
    return found


def short_ministry(name: str) -> str:
    """The register writes a ministry without 'Ministerie van' ('Economische Zaken')."""
    return re.sub(r"^ministerie van\s+", "", name.strip(), flags=re.I)


def _day(value: Any) -> str | None:
    return None if value is None else str(value)[:10]
