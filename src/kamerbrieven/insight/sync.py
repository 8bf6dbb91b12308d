"""Keeping the insight tables in step with the store, as the search index is kept.

Every question first calls `bring_in_step`, which costs two small queries when nothing
changed: the store's fingerprint (`count:latest ingest`) against the one noted at the
last sync, and the signature of the tables (`schema.signature`). A letter added or
replaced since is derived (its old rows went with its old `letters` row: every insight
row has a foreign key that cascades); a deleted letter took its rows with it. A changed
signature drops the tables and derives every letter again.

Letters are derived in batches, oldest first, each batch in one transaction with its
fulfilments (`fulfilment.link`), so a sync that is stopped keeps what it did and the
next one goes on from there. Two processes syncing at once take turns per batch
(SQLite's write lock; an advisory lock on PostgreSQL) and skip what the other did.
"""

from __future__ import annotations

from collections.abc import Callable

from kamerbrieven.insight import schema
from kamerbrieven.insight.db import InsightDB, Writer, marks
from kamerbrieven.insight.derive import Derived, derive, read_facts
from kamerbrieven.insight.fulfilment import link

BATCH = 500
Progress = Callable[[int, int], None]  # (done, total)


def bring_in_step(db: InsightDB, on_progress: Progress | None = None) -> int:
    """Make the insight tables current; returns how many letters were derived."""
    wanted = schema.signature(_plain_signatures(db))
    state = _state(db)
    fingerprint = _fingerprint(db)  # before reading: a later change shows next time
    if state.get("signature") == wanted and state.get("fingerprint") == fingerprint:
        return 0
    if state.get("signature") != wanted:
        _make_tables(db, wanted)
    missing = [
        letter_id
        for (letter_id,) in db.rows(
            "SELECT l.id FROM letters l WHERE NOT EXISTS"
            " (SELECT 1 FROM insight_letters i WHERE i.letter_id = l.id)"
            " ORDER BY CASE WHEN l.date IS NULL THEN 1 ELSE 0 END, l.date, l.id"
        )
    ]
    done = 0
    for start in range(0, len(missing), BATCH):
        if on_progress:
            on_progress(start, len(missing))
        done += _derive_batch(db, missing[start : start + BATCH])
    with db.writing() as writer:
        _refresh(writer)
        writer.execute("DELETE FROM insight_state WHERE key = 'fingerprint'")
        writer.execute("INSERT INTO insight_state VALUES ('fingerprint', ?)", (fingerprint,))
    return done


def _refresh(writer: Writer) -> None:
    """What follows from all letters together, after letters came or went: each topic's
    letters and dates, and no commitment marked kept whose keeping letter is gone."""
    writer.execute("DELETE FROM insight_topic_totals")
    writer.execute(
        "INSERT INTO insight_topic_totals (topic_key, topic, letters, first, last)"
        " SELECT topic_key, MIN(topic), COUNT(*), MIN(date), MAX(date) FROM insight_topics"
        " GROUP BY topic_key"
    )
    writer.execute(
        "UPDATE insight_commitments SET kept = 0 WHERE kept = 1 AND NOT EXISTS"
        " (SELECT 1 FROM insight_fulfilments f WHERE f.letter_id = insight_commitments.letter_id"
        " AND f.statement_ord = insight_commitments.statement_ord)"
    )


def _derive_batch(db: InsightDB, ids: list[str]) -> int:
    """Derive the letters of `ids` not derived meanwhile (by another process), in one
    transaction with the fulfilments they complete."""
    with db.writing() as writer:
        taken = {
            letter_id
            for (letter_id,) in writer.rows(
                f"SELECT letter_id FROM insight_letters WHERE letter_id IN ({marks(len(ids))})",
                ids,
            )
        }
        todo = [letter_id for letter_id in ids if letter_id not in taken]
        if not todo:
            return 0
        facts = read_facts(writer, todo)  # a letter deleted meanwhile is not among them
        if not facts:
            return 0
        derived = [derive(f) for f in facts]
        _insert(writer, derived)
        link(writer, facts, derived)
    return len(facts)


def _insert(writer: Writer, rows: list[Derived]) -> None:
    inserts = (
        (
            "insight_letters (letter_id, date, dossier, number, kind, title, dossier_title)",
            [d.letter for d in rows],
        ),
        (
            "insight_topics (letter_id, topic_key, topic, date)",
            [r for d in rows for r in d.topics],
        ),
        (
            "insight_statement_topics (letter_id, statement_ord, topic_key, topic, kind, date,"
            " subject_key, keep_until)",
            [r for d in rows for r in d.statement_topics],
        ),
        (
            "insight_commitments (letter_id, statement_ord, date, dossier, subject_key,"
            " not_after, keep_until)",
            [r for d in rows for r in d.commitments],
        ),
        (
            "insight_meetings (letter_id, meeting_ord, body_key, body, first_day, last_day,"
            " near_from, location, role)",
            [r for d in rows for r in d.meetings],
        ),
    )
    for table, values in inserts:
        if values:
            columns = len(values[0])
            writer.executemany(f"INSERT INTO {table} VALUES ({marks(columns)})", values)


def _state(db: InsightDB) -> dict[str, str]:
    if not db.table_exists("insight_state"):
        return {}
    return dict(db.rows("SELECT key, value FROM insight_state"))


def _fingerprint(db: InsightDB) -> str:
    """The store's fingerprint (`count:latest ingest`, as `Store.fingerprint` has it) in two
    queries: each alone follows an index, where one query with both counts every row."""
    count = db.rows("SELECT COUNT(*) FROM letters")[0][0]
    latest = db.rows("SELECT MAX(ingested_at) FROM letters")[0][0]
    return f"{count}:{latest or ''}"


def _plain_signatures(db: InsightDB) -> dict[str, str]:
    return dict(db.rows("SELECT name, signature FROM record_tables"))


def _make_tables(db: InsightDB, wanted: str) -> None:
    """Drop the insight tables (and indexes) and make them anew, empty."""
    with db.writing() as writer:
        if db.table_exists("insight_state", writer) and writer.rows(
            "SELECT 1 FROM insight_state WHERE key = 'signature' AND value = ?", (wanted,)
        ):
            return  # another process made them while this one waited
        for index in schema.PLAIN_INDEXES:
            writer.execute(f"DROP INDEX IF EXISTS {index}")
        for name, _ in reversed(schema.TABLES):
            writer.execute(f"DROP TABLE IF EXISTS {name}")
        for _, create in schema.TABLES:
            writer.execute(create)
        for index in schema.INDEXES:
            writer.execute(index)
        writer.settle()
        writer.execute("INSERT INTO insight_state VALUES ('signature', ?)", (wanted,))
