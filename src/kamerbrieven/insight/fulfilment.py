"""Which later letters keep a commitment, and why.

A later letter keeps a commitment when it plausibly delivers what was promised: it cites
the promising letter, or its title names the promised thing (`promises.py`); it is about
the same (`_keeps`): a topic of the commitment among its own, or, for the promised
document and for a promise without a topic, the same dossier; and it comes in time:
within two years of the promise, or a year past its deadline (`promises.keep_until`).
A letter that cites the promising one about something else keeps nothing, nor does any
later letter in the dossier.

Edges are found when a batch of letters is derived (`sync.py`), for the pairs in which
one of the batch is the later letter (against every commitment derived so far) or the
promising one (against every letter derived before the batch): so each pair is found
once, when the second of its two letters is derived, whatever the order. Every lookup
follows an index and is bounded by the window, so deriving stays linear in the letters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kamerbrieven.insight.db import Writer, marks
from kamerbrieven.insight.derive import Derived, Facts
from kamerbrieven.insight.promises import delivers, title_keys

Promise = tuple[str, int]  # (letter id, statement ord)


@dataclass
class Candidate:
    """A later letter that may keep a promise; what it was found by."""

    promise: Promise
    by: str
    by_date: str
    cites: bool = False
    is_document: bool = False


def link(writer: Writer, batch: Sequence[Facts], derived: Sequence[Derived]) -> int:
    """Store the fulfilments of the pairs this batch completes; returns how many."""
    ids = [f.id for f in batch]
    found: dict[tuple[Promise, str], Candidate] = {}
    for candidate in [
        *_citing(writer, ids),
        *_titled_after(writer, batch, derived),
        *_titled_before(writer, ids),
    ]:
        key = (candidate.promise, candidate.by)
        have = found.setdefault(key, candidate)
        have.cites |= candidate.cites
        have.is_document |= candidate.is_document
    rows = _about_the_same(writer, list(found.values()))
    writer.executemany(
        "INSERT INTO insight_fulfilments (letter_id, statement_ord, by_letter_id, by_date,"
        " cites, is_document, same_dossier, topic) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT DO NOTHING",
        rows,
    )
    writer.executemany(
        "UPDATE insight_commitments SET kept = 1 WHERE letter_id = ? AND statement_ord = ?",
        sorted({row[:2] for row in rows}),
    )
    return len(rows)


def _citing(writer: Writer, ids: Sequence[str]) -> list[Candidate]:
    """Later letters in time citing a promising letter: the batch's citing any, and
    letters derived before citing the batch's."""
    select = (
        "SELECT ic.letter_id, ic.statement_ord, c.letter_id, il.date FROM citations c"
        " JOIN insight_commitments ic ON ic.letter_id = c.target_id"
        " JOIN insight_letters il ON il.letter_id = c.letter_id"
        " WHERE il.date > ic.date AND il.date <= ic.keep_until AND "
    )
    in_batch = marks(len(ids))
    rows = writer.rows(select + f"c.letter_id IN ({in_batch})", ids)
    rows += writer.rows(
        select + f"ic.letter_id IN ({in_batch}) AND c.letter_id NOT IN ({in_batch})",
        [*ids, *ids],
    )
    return [Candidate((p, o), by, date, cites=True) for p, o, by, date in rows]


def _titled_after(
    writer: Writer, batch: Sequence[Facts], derived: Sequence[Derived]
) -> list[Candidate]:
    """The batch's letters whose title names what an earlier commitment in their dossier
    or on one of their topics promised, in time."""
    keys_of = {f.id: title_keys(f.title) for f in batch if f.title}
    promised = _promised_keys(writer, set().union(*keys_of.values()) if keys_of else set())
    found = []
    for facts, rows in zip(batch, derived, strict=True):
        keys = sorted(keys_of.get(facts.id, set()) & promised)
        date = rows.letter[1]
        if not keys or not date:
            continue
        topics = [row[1] for row in rows.topics]
        in_keys = marks(len(keys))
        sql = (
            "SELECT letter_id, statement_ord FROM insight_commitments WHERE dossier = ?"
            f" AND subject_key IN ({in_keys}) AND date < ? AND keep_until >= ?"
        )
        params: list[Any] = [facts.dossier or "", *keys, date, date]
        if topics:
            sql += (
                " UNION SELECT letter_id, statement_ord FROM insight_statement_topics"
                f" WHERE topic_key IN ({marks(len(topics))}) AND subject_key IN ({in_keys})"
                " AND date < ? AND keep_until >= ?"
            )
            params += [*topics, *keys, date, date]
        found += [
            Candidate((promiser, ord_), facts.id, date, is_document=True)
            for promiser, ord_ in writer.rows(sql, params)
            if promiser != facts.id
        ]
    return found


def _promised_keys(writer: Writer, keys: set[str]) -> set[str]:
    """Those of `keys` that some commitment promises."""
    wanted = sorted(keys)
    found: set[str] = set()
    for start in range(0, len(wanted), 500):
        part = wanted[start : start + 500]
        found.update(
            key
            for (key,) in writer.rows(
                "SELECT DISTINCT subject_key FROM insight_commitments"
                f" WHERE subject_key IN ({marks(len(part))})",
                part,
            )
        )
    return found


def _titled_before(writer: Writer, ids: Sequence[str]) -> list[Candidate]:
    """Letters derived before the batch, in time, whose title names what one of the
    batch's commitments promised, in its dossier or on one of its topics."""
    in_batch = marks(len(ids))
    promises = writer.rows(
        "SELECT letter_id, statement_ord, date, dossier, subject_key, keep_until"
        f" FROM insight_commitments WHERE letter_id IN ({in_batch})"
        " AND subject_key IS NOT NULL AND date IS NOT NULL",
        ids,
    )
    found = []
    batch = set(ids)
    for promiser, ord_, date, dossier, key, until in promises:
        pattern = f"%{key}%"
        later = writer.rows(
            "SELECT l.id, il.date, l.title FROM insight_letters il JOIN letters l"
            " ON l.id = il.letter_id WHERE il.dossier = ? AND il.date > ? AND il.date <= ?"
            " AND LOWER(l.title) LIKE ?"
            " UNION SELECT l.id, t.date, l.title FROM insight_statement_topics st"
            " JOIN insight_topics t ON t.topic_key = st.topic_key"
            " JOIN letters l ON l.id = t.letter_id"
            " WHERE st.letter_id = ? AND st.statement_ord = ? AND t.date > ? AND t.date <= ?"
            " AND LOWER(l.title) LIKE ?",
            [dossier or "", date, until, pattern, promiser, ord_, date, until, pattern],
        )
        found += [
            Candidate((promiser, ord_), by, by_date, is_document=True)
            for by, by_date, title in later
            if by not in batch and delivers(title, key)
        ]
    return found


def _about_the_same(writer: Writer, candidates: list[Candidate]) -> list[tuple[Any, ...]]:
    """The candidates that keep their promise (`_keeps`), as rows."""
    if not candidates:
        return []
    promisers = sorted({c.promise[0] for c in candidates})
    letters = sorted({c.by for c in candidates} | set(promisers))
    dossier = dict(_in(writer, "SELECT letter_id, dossier FROM insight_letters", letters))
    promise_topics: dict[Promise, dict[str, str]] = {}
    for letter_id, ord_, key, topic in _in(
        writer,
        "SELECT letter_id, statement_ord, topic_key, topic FROM insight_statement_topics",
        promisers,
    ):
        promise_topics.setdefault((letter_id, ord_), {})[key] = topic
    letter_topics: dict[str, set[str]] = {}
    for letter_id, key in _in(writer, "SELECT letter_id, topic_key FROM insight_topics", letters):
        letter_topics.setdefault(letter_id, set()).add(key)
    rows = []
    for c in candidates:
        same = dossier.get(c.by) is not None and dossier.get(c.by) == dossier.get(c.promise[0])
        wanted = promise_topics.get(c.promise, {})
        shared = sorted(key for key in wanted if key in letter_topics.get(c.by, ()))
        if _keeps(c, same, bool(shared), bool(wanted)):
            topic = wanted[shared[0]] if shared else None
            rows.append(
                (*c.promise, c.by, c.by_date, int(c.cites), int(c.is_document), int(same), topic)
            )
    return rows


def _keeps(candidate: Candidate, same_dossier: bool, shared_topic: bool, has_topics: bool) -> bool:
    """The promised document in the same dossier or on a topic of the promise keeps it; a
    letter citing the promising one keeps it when it shares a topic of the promise (the
    same dossier is not enough: a letter holds more promises than one), or when the
    promise has no topic and the letter is in the same dossier."""
    if candidate.is_document and (same_dossier or shared_topic):
        return True
    return candidate.cites and (shared_topic or (same_dossier and not has_topics))


def _in(writer: Writer, select: str, ids: Iterable[str]) -> list[tuple[Any, ...]]:
    values = list(ids)
    rows: list[tuple[Any, ...]] = []
    for start in range(0, len(values), 500):
        part = values[start : start + 500]
        rows += writer.rows(f"{select} WHERE letter_id IN ({marks(len(part))})", part)
    return rows
