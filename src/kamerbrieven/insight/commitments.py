"""The commitments register: every promise the government made parliament (a statement of
kind `commitment`), with its letter, date, wording, what it promises and by when, and its
status:

- `kept`: a later letter plausibly delivers it (`fulfilment.py`); the evidence names each
  such letter and why (it cites the promising letter, or is the promised document; and it
  is in the same dossier or on one of the promise's topics);
- `overdue`: its deadline has passed (against `today`, which tests set) and no letter
  keeps it;
- `open`: otherwise.

The Tweede Kamer's own register (`tk_register.py`) joins it: an entry that a letter
states too is shown as that letter's commitment, with the register's number beside it;
the others as commitments without a promising letter (`letter_id` None).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kamerbrieven.insight.db import InsightDB
from kamerbrieven.insight.dossiers import normal_dossier
from kamerbrieven.insight.model import InsightError
from kamerbrieven.insight.tk_register import RegisterEntry, entries, matches, short_ministry
from kamerbrieven.insight.topics import dated
from kamerbrieven.nl.ministries import ministry_name

STATUSES = ("kept", "open", "overdue")
_STATUS_SQL = {
    "kept": "c.kept = 1",
    "open": "c.kept = 0 AND (c.not_after IS NULL OR c.not_after >= ?)",
    "overdue": "c.kept = 0 AND c.not_after < ?",
}


@dataclass(frozen=True)
class Evidence:
    """A later letter that keeps the commitment, and why."""

    letter_id: str
    date: str | None
    title: str | None
    cites: bool
    is_document: bool
    same_dossier: bool
    topic: str | None
    in_register: bool = False  # the Tweede Kamer's register names it as the keeping letter

    @property
    def reasons(self) -> list[str]:
        flags = {
            "cites": self.cites,
            "is_document": self.is_document,
            "same_dossier": self.same_dossier,
            "same_topic": self.topic is not None,
            "register": self.in_register,
        }
        return [name for name, on in flags.items() if on]

    def to_dict(self) -> dict[str, Any]:
        return {
            "letter_id": self.letter_id,
            "date": self.date,
            "title": self.title,
            "reasons": self.reasons,
            "topic": self.topic,
        }


@dataclass(frozen=True)
class Commitment:
    letter_id: str | None  # None: a commitment of the Tweede Kamer's register alone
    ord: int
    date: str | None
    text: str
    subject: str | None
    deadline_text: str | None
    not_after: str | None
    status: str
    actor: str | None = None
    dossier: str | None = None
    title: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    register: RegisterEntry | None = None  # the same promise in the Tweede Kamer's register

    def to_dict(self) -> dict[str, Any]:
        deadline = (
            {"text": self.deadline_text, "not_after": self.not_after}
            if self.deadline_text or self.not_after
            else None
        )
        return {
            "letter_id": self.letter_id,
            "date": self.date,
            "text": self.text,
            "subject": self.subject,
            "deadline": deadline,
            "status": self.status,
            "evidence": [e.to_dict() for e in self.evidence],
            "ord": self.ord,
            "actor": self.actor,
            "dossier": self.dossier,
            "title": self.title,
            "register": None if self.register is None else self.register.to_dict(),
        }


@dataclass(frozen=True)
class RegisterFilter:
    """What the register narrows to; every field optional, dates inclusive ISO days."""

    ministry: str | None = None
    dossier: str | None = None
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    today: date | None = None  # for `overdue`; the real today when None
    letter_id: str | None = None  # the commitments of one letter


def commitments(
    db: InsightDB, where: RegisterFilter = RegisterFilter(), *, limit: int | None = None
) -> list[Commitment]:
    """The commitments the filter lets through, the newest first (undated last), with
    status and evidence; the Tweede Kamer's register joined in."""
    today = (where.today or date.today()).isoformat()
    found = _from_letters(db, where, limit=limit)
    register = _register(db, where)
    if not register:
        return found
    links = matches(db, register)
    by_promise = {promise: entry for entry in register if (promise := links.get(entry.number))}
    joined = [_joined(c, by_promise.get((c.letter_id or "", c.ord))) for c in found]
    alone = [
        _alone(e, today) for e in register if e.number not in links and _may_stand_alone(where)
    ]
    merged = [c for c in joined + alone if not where.status or c.status == where.status]
    merged.sort(key=lambda c: c.date or "", reverse=True)  # undated last
    return merged if limit is None else merged[:limit]


def _register(db: InsightDB, where: RegisterFilter) -> list[RegisterEntry]:
    ministry = where.ministry and (ministry_name(where.ministry) or short_ministry(where.ministry))
    return entries(db, ministry=ministry, date_from=where.date_from, date_to=where.date_to)


def _may_stand_alone(where: RegisterFilter) -> bool:
    """Whether the filter lets entries without a letter through: the register knows no
    dossiers, and an entry no letter states is no letter's."""
    return not where.dossier and not where.letter_id


def _joined(c: Commitment, entry: RegisterEntry | None) -> Commitment:
    """A letter's commitment with the register's entry for the same promise."""
    if entry is None:
        return c
    evidence = c.evidence
    if entry.kept and entry.fulfilled_letter:
        evidence = [*evidence, _register_evidence(db_letter=entry.fulfilled_letter, entry=entry)]
    status = "kept" if entry.kept else c.status
    return dataclasses.replace(c, status=status, evidence=evidence, register=entry)


def _alone(entry: RegisterEntry, today: str) -> Commitment:
    """A register entry no letter states, as a commitment of its own."""
    evidence = []
    if entry.kept and entry.fulfilled_letter:
        evidence.append(_register_evidence(db_letter=entry.fulfilled_letter, entry=entry))
    return Commitment(
        None, 0, entry.made_on, entry.text, None, None, entry.deadline, entry.state(today),
        entry.person, None, None, evidence, entry,
    )  # fmt: skip


def _register_evidence(*, db_letter: str, entry: RegisterEntry) -> Evidence:
    return Evidence(db_letter, entry.fulfilled_on, None, False, False, False, None, True)


def _from_letters(
    db: InsightDB, where: RegisterFilter = RegisterFilter(), *, limit: int | None = None
) -> list[Commitment]:
    """The commitments read from letters, the newest first (undated last)."""
    today = (where.today or date.today()).isoformat()
    clauses, params = _conditions(where, today)
    # the page first, from the small commitments table alone, then its wording: a status
    # filter may match most commitments, and only a page of them is joined
    page: list[tuple[Any, ...]] = []
    for dated_part, order in (
        ("c.date IS NOT NULL", "c.date DESC, c.letter_id, c.statement_ord"),
        ("c.date IS NULL", "c.letter_id, c.statement_ord"),
    ):
        wanted = None if limit is None else limit - len(page)
        if wanted is not None and wanted <= 0:
            break
        sql = (
            "SELECT c.letter_id, c.statement_ord FROM insight_commitments c"
            f"{_where([*clauses, dated_part])} ORDER BY {order}"
        )
        more = [wanted] if wanted is not None else []
        page += db.rows(sql + (" LIMIT ?" if more else ""), [*params, *more])
    details = {
        (row[0], row[1]): row
        for row in db.rows_in(
            "SELECT c.letter_id, c.statement_ord, c.date, s.text, s.subject, s.deadline_text,"
            " c.not_after, c.kept, s.actor, c.dossier, l.title FROM insight_commitments c"
            " JOIN statements s ON s.letter_id = c.letter_id AND s.ord = c.statement_ord"
            " JOIN insight_letters l ON l.letter_id = c.letter_id WHERE c.letter_id IN ({in})",
            sorted({letter_id for letter_id, _ in page}),
        )
    }
    rows = [details[key] for key in page if key in details]
    evidence = _evidence(db, {(row[0], row[1]) for row in rows if row[7]})
    found = []
    for letter_id, ord_, day, text, subject, due_text, due, kept, actor, dossier, title in rows:
        status = "kept" if kept else "overdue" if due and due < today else "open"
        found.append(
            Commitment(
                letter_id,
                ord_,
                day,
                text,
                subject,
                due_text,
                due,
                status,
                actor,
                dossier,
                title,
                evidence.get((letter_id, ord_), []),
            )
        )
    return found


def status_counts(db: InsightDB, where: RegisterFilter = RegisterFilter()) -> dict[str, int]:
    """How many commitments the filter lets through have each status, in one pass."""
    today = (where.today or date.today()).isoformat()
    clauses, params = _conditions(dataclasses.replace(where, status=None), today)
    counts = dict.fromkeys(STATUSES, 0)
    for kept, passed, n in db.rows(
        "SELECT kept, passed, COUNT(*) FROM (SELECT c.kept AS kept,"
        " CASE WHEN c.not_after < ? THEN 1 ELSE 0 END AS passed"
        f" FROM insight_commitments c{_where(clauses)}) AS statuses GROUP BY kept, passed",
        [today, *params],
    ):
        status = "kept" if kept else "overdue" if passed else "open"
        counts[status] += int(n)
    _count_register(db, where, today, counts)
    if where.status:
        counts = {status: n if status == where.status else 0 for status, n in counts.items()}
    return counts


def _count_register(
    db: InsightDB, where: RegisterFilter, today: str, counts: dict[str, int]
) -> None:
    """Add the register's entries of their own, and move a letter's commitment that the
    register says is kept to `kept`."""
    register = _register(db, where)
    links = matches(db, register)
    for entry in register:
        promise = links.get(entry.number)
        if promise is None:
            if _may_stand_alone(where):
                counts[entry.state(today)] += 1
        elif entry.kept:
            clauses, params = _conditions(dataclasses.replace(where, status=None), today)
            clauses += ["c.letter_id = ?", "c.statement_ord = ?"]
            rows = db.rows(
                f"SELECT c.kept, c.not_after FROM insight_commitments c{_where(clauses)}",
                [*params, *promise],
            )
            if rows and not rows[0][0]:  # counted as open or overdue, where the filter has it
                due = rows[0][1]
                counts["overdue" if due and due < today else "open"] -= 1
                counts["kept"] += 1


def _conditions(where: RegisterFilter, today: str) -> tuple[list[str], list[Any]]:
    clauses, params = dated("c.date", where.date_from, where.date_to)
    if where.letter_id:
        clauses.append("c.letter_id = ?")
        params.append(where.letter_id)
    if where.dossier:
        clauses.append("c.dossier = ?")
        params.append(normal_dossier(where.dossier))
    if where.ministry:
        known = ministry_name(where.ministry)  # BZ, "Ministerie van Defensie": by its name
        column = "ministry = ?" if known else "LOWER(ministry) = LOWER(?)"
        clauses.append(f"c.letter_id IN (SELECT letter_id FROM senders WHERE {column})")
        params.append(known or where.ministry.strip())
    if where.status:
        if where.status not in _STATUS_SQL:
            raise InsightError(
                f"onbekende status {where.status!r}", hint="kies kept, open of overdue"
            )
        clauses.append(_STATUS_SQL[where.status])
        params += [today] if where.status != "kept" else []
    return clauses, params


def _where(clauses: list[str]) -> str:
    return f" WHERE {' AND '.join(clauses)}" if clauses else ""


def _evidence(
    db: InsightDB, promises: set[tuple[str, int]]
) -> dict[tuple[str, int], list[Evidence]]:
    found: dict[tuple[str, int], list[Evidence]] = {}
    if not promises:
        return found
    for letter_id, ord_, by, by_date, title, cites, document, same, topic in db.rows_in(
        "SELECT f.letter_id, f.statement_ord, f.by_letter_id, f.by_date, l.title, f.cites,"
        " f.is_document, f.same_dossier, f.topic FROM insight_fulfilments f"
        " JOIN insight_letters l ON l.letter_id = f.by_letter_id WHERE f.letter_id IN ({in})"
        " ORDER BY f.by_date, f.by_letter_id",
        sorted({letter_id for letter_id, _ in promises}),
    ):
        if (letter_id, ord_) in promises:
            evidence = Evidence(by, by_date, title, bool(cites), bool(document), bool(same), topic)
            found.setdefault((letter_id, ord_), []).append(evidence)
    return found
