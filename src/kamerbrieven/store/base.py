"""The record store: one interface, an SQLite and a PostgreSQL backend sharing the SQL.

Writing and reading letters (an idempotent put; the readings of one document merged into
its record) live here; migrating in `migrate.py`, listing and counting in `queries.py`,
the backend hooks in `sql.py`. Both backends share all of it, and one test suite runs
against both.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from kamerbrieven.record import Letter
from kamerbrieven.store.migrate import Migrating
from kamerbrieven.store.queries import LetterFilter, LetterSummary, Querying
from kamerbrieven.store.readings import merge, reading_of
from kamerbrieven.store.rows import EXTRA_ITEM_TYPES, LETTER_COLUMNS, child_rows, letter_row
from kamerbrieven.store.sql import Writer

__all__ = ["LetterFilter", "LetterSummary", "PutResult", "SQLStore", "Store"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class PutResult:
    """`added`, `updated` (replaced an older record) or `unchanged`; ids that are gone now."""

    status: str
    removed_ids: tuple[str, ...] = ()


class Store(Protocol):
    location: str

    def put(self, letter: Letter) -> PutResult: ...
    def get(self, letter_id: str) -> Letter | None: ...
    def get_record_json(self, letter_id: str) -> str | None: ...
    def knows_content(self, sha256: str) -> bool: ...
    def list_letters(self, letter_filter: LetterFilter = ...) -> list[LetterSummary]: ...
    def iter_letters(self) -> Iterator[Letter]: ...
    def count(self) -> int: ...
    def fingerprint(self) -> str: ...
    def versions(self) -> dict[str, str]: ...
    def stats(self) -> dict[str, Any]: ...
    def delete(self, letter_id: str) -> bool: ...
    def remove_file(self, path: str) -> tuple[str, ...]: ...
    def query(self, sql: str, params: Sequence[Any] = ...) -> list[tuple[Any, ...]]: ...
    def writing(self) -> AbstractContextManager[Writer]: ...
    def schema_version(self) -> int: ...
    def close(self) -> None: ...


class SQLStore(Migrating, Querying):
    """Shared SQL behaviour; subclasses provide `_cursor()` and `_transaction()`."""

    # -- writing -------------------------------------------------------------------------
    def put(self, letter: Letter) -> PutResult:
        """Store a reading of a document in one transaction; idempotent by content hash.

        The same content again changes nothing. Another file of the same document (its
        XML beside its PDF) becomes one more of its sources, and the record is merged
        from all of them (`readings.merge`). A changed file (same path, new content)
        replaces its own earlier reading, wherever that was.
        """
        with self._transaction() as cur:
            cur.execute(
                self._sql(
                    "SELECT letter_id, sha256, path FROM sources WHERE sha256 = ? OR path = ?"
                ),
                (letter.source.sha256, letter.source.path),
            )
            seen = cur.fetchall()
            if any(sha == letter.source.sha256 for _, sha, _ in seen):
                return PutResult("unchanged")
            stale = {(lid, sha) for lid, sha, _ in seen}  # this path's earlier content
            removed = []
            for other_id in sorted({lid for lid, _ in stale} - {letter.id}):
                if not self._rewrite(cur, other_id, drop={sha for _, sha in stale}):
                    removed.append(other_id)
            readings, ingested = self._readings(cur, letter.id)
            existed = bool(readings)
            readings = [r for r in readings if (letter.id, r.source.sha256) not in stale]
            ingested[letter.source.sha256] = _now()
            self._delete_rows(cur, letter.id)
            self._write(cur, [*readings, reading_of(letter)], ingested)
        # a changed file read as another letter replaced that one: updated, too
        return PutResult("updated" if existed or removed else "added", tuple(removed))

    def _readings(self, cur: Any, letter_id: str) -> tuple[list[Letter], dict[str, str]]:
        """The readings a stored letter was merged from, and when each was first seen."""
        cur.execute(self._sql("SELECT record FROM letters WHERE id = ?"), (letter_id,))
        rows = cur.fetchall()
        if not rows:
            return [], {}
        merged = Letter.from_dict(json.loads(rows[0][0]), EXTRA_ITEM_TYPES)
        ingested = {s.sha256: s.ingested for s in merged.sources if s.ingested}
        cur.execute(self._sql("SELECT record FROM readings WHERE letter_id = ?"), (letter_id,))
        stored = [Letter.from_dict(json.loads(r), EXTRA_ITEM_TYPES) for (r,) in cur.fetchall()]
        return (stored or [reading_of(merged)]), ingested

    def _rewrite(self, cur: Any, letter_id: str, drop: set[str]) -> bool:
        """Merge a letter again without the readings whose content is in `drop`; False
        when none is left and the letter is gone."""
        readings, ingested = self._readings(cur, letter_id)
        kept = [r for r in readings if r.source.sha256 not in drop]
        self._delete_rows(cur, letter_id)
        if kept:
            self._write(cur, kept, ingested)
        return bool(kept)

    def _write(self, cur: Any, readings: list[Letter], ingested: dict[str, str]) -> None:
        """The merged record of `readings`, its plain tables, and the readings themselves
        when there is more than one (a single reading is the record)."""
        letter = merge(readings, ingested)
        record = letter.to_dict()
        columns = ", ".join(LETTER_COLUMNS)
        marks = ", ".join("?" for _ in LETTER_COLUMNS)
        row = letter_row(letter, json.dumps(record, ensure_ascii=False))
        cur.execute(self._sql(f"INSERT INTO letters ({columns}) VALUES ({marks})"), row)
        for table, rows_of_table in child_rows(record).items():
            self._insert(cur, table, rows_of_table)
        if len(readings) > 1:
            cur.executemany(
                self._sql("INSERT INTO readings (letter_id, sha256, record) VALUES (?, ?, ?)"),
                [
                    (letter.id, r.source.sha256, json.dumps(r.to_dict(), ensure_ascii=False))
                    for r in readings
                ],
            )

    def delete(self, letter_id: str) -> bool:
        with self._transaction() as cur:
            cur.execute(self._sql("SELECT 1 FROM letters WHERE id = ?"), (letter_id,))
            if not cur.fetchall():
                return False
            self._delete_rows(cur, letter_id)
        return True

    def remove_file(self, path: str) -> tuple[str, ...]:
        """Forget the reading of one file (a document its source withdrew): each letter it
        was a reading of is merged again from its other files, or goes when it had none.
        Returns the ids of the letters that changed or went."""
        with self._transaction() as cur:
            cur.execute(self._sql("SELECT letter_id, sha256 FROM sources WHERE path = ?"), (path,))
            seen = cur.fetchall()
            for letter_id in sorted({lid for lid, _ in seen}):
                self._rewrite(cur, letter_id, drop={sha for lid, sha in seen if lid == letter_id})
        return tuple(sorted({lid for lid, _ in seen}))

    def _delete_rows(self, cur: Any, letter_id: str) -> None:
        """Delete a letter; its plain tables' rows and readings go with it (foreign keys
        cascade)."""
        cur.execute(self._sql("DELETE FROM letters WHERE id = ?"), (letter_id,))

    # -- reading -------------------------------------------------------------------------
    def get(self, letter_id: str) -> Letter | None:
        rows = self._query("SELECT record FROM letters WHERE id = ?", (letter_id,))
        return Letter.from_dict(json.loads(rows[0][0]), EXTRA_ITEM_TYPES) if rows else None

    def get_record_json(self, letter_id: str) -> str | None:
        """The stored record exactly as `parse --format json` printed it."""
        rows = self._query("SELECT record FROM letters WHERE id = ?", (letter_id,))
        return rows[0][0] if rows else None

    def knows_content(self, sha256: str) -> bool:
        """Whether a file with this content is one of the stored letters' sources."""
        return bool(self._query("SELECT 1 FROM sources WHERE sha256 = ? LIMIT 1", (sha256,)))

    def fingerprint(self) -> str:
        """A short string that changes whenever a letter is added, replaced or deleted, by
        this process or any other: the search index keeps the one it was last in step with.

        Each put stamps its row with the time to the microsecond, so an added or replaced
        letter raises the latest stamp and a deleted one lowers the count.
        """
        count, latest = self._query("SELECT COUNT(*), MAX(ingested_at) FROM letters")[0]
        return f"{count}:{latest or ''}"

    def versions(self) -> dict[str, str]:
        """Every letter id with its record's version (`record.record_version`)."""
        return dict(self._query("SELECT id, version FROM letters"))

    def iter_letters(self, batch: int = 500) -> Iterator[Letter]:
        """Every letter, by id, fetched in batches so 100k letters don't sit in memory at once."""
        last = ""
        while True:
            rows = self._query(
                "SELECT id, record FROM letters WHERE id > ? ORDER BY id LIMIT ?", (last, batch)
            )
            if not rows:
                return
            for _, record in rows:
                yield Letter.from_dict(json.loads(record), EXTRA_ITEM_TYPES)
            last = rows[-1][0]
