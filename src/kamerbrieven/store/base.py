"""The record store: one interface, an SQLite and a PostgreSQL backend sharing the SQL.

The SQL is written once with `?` placeholders (SQLite's); the PostgreSQL backend turns
them into `%s`. Each backend supplies a connection and a transaction; everything else
(idempotent put, filters, stats) lives here, so both behave the same and one test suite
runs against both.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from kamerbrieven.errors import StoreError
from kamerbrieven.record import Letter, record_version
from kamerbrieven.store.readings import merge, reading_of
from kamerbrieven.store.rows import EXTRA_ITEM_TYPES, LETTER_COLUMNS, child_rows, letter_row
from kamerbrieven.store.schema import LATEST_VERSION, MIGRATIONS, VERSION_TABLE
from kamerbrieven.store.tables import Table, record_tables, rows_of, signature


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# Records are read back this many at a time when tables are refilled.
_REFILL_BATCH = 500


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
    def schema_version(self) -> int: ...
    def close(self) -> None: ...


class SQLStore:
    """Shared SQL behaviour; subclasses provide `_cursor()` and `_transaction()`."""

    location: str = ""
    placeholder = "?"

    # -- backend hooks -------------------------------------------------------------------
    def _transaction(self) -> AbstractContextManager[Any]:  # yields a cursor
        raise NotImplementedError

    def _cursor(self) -> Any:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def _sql(self, sql: str) -> str:
        return sql if self.placeholder == "?" else sql.replace("?", self.placeholder)

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        cursor = self._cursor()
        cursor.execute(self._sql(sql), params)
        return list(cursor.fetchall())

    # -- schema --------------------------------------------------------------------------
    def migrate(self) -> None:
        """Bring the schema to LATEST_VERSION, one transaction per migration, then the
        plain tables in step with the record fields declared now. Costs two reads when
        nothing is to be done, so a reader never waits for the write lock."""
        if self._versions_known() and self.schema_version() == LATEST_VERSION:
            self._sync_tables()
            return
        with self._transaction() as cur:
            cur.execute(VERSION_TABLE)
        current = self.schema_version()
        if current > LATEST_VERSION:
            raise StoreError(
                f"de store heeft schemaversie {current}, "
                f"deze kamerbrieven kent tot {LATEST_VERSION}",
                hint="werk kamerbrieven bij",
            )
        for version, description, statements in MIGRATIONS:
            if version <= current:
                continue
            with self._transaction() as cur:
                # Another process may have migrated while we waited for the write lock.
                cur.execute("SELECT MAX(version) FROM schema_migrations")
                if int(cur.fetchone()[0] or 0) >= version:
                    continue
                for statement in statements:
                    cur.execute(statement)
                cur.execute(
                    self._sql("INSERT INTO schema_migrations VALUES (?, ?, CURRENT_TIMESTAMP)"),
                    (version, description),
                )
        self._fill_versions()
        self._sync_tables()

    def _fill_versions(self) -> None:
        """Records stored before migration 5 get their version (once)."""
        while rows := self._query(
            "SELECT id, record FROM letters WHERE version IS NULL LIMIT ?", (_REFILL_BATCH,)
        ):
            with self._transaction() as cur:
                for letter_id, record in rows:
                    letter = Letter.from_dict(json.loads(record), EXTRA_ITEM_TYPES)
                    cur.execute(
                        self._sql("UPDATE letters SET version = ? WHERE id = ?"),
                        (record_version(letter), letter_id),
                    )

    def _versions_known(self) -> bool:
        """Whether the store has its table of migrations (a new, empty file has not)."""
        raise NotImplementedError

    def _flush(self, cur: Any) -> None:
        """Have the statements sent so far answered before the next fetch (PostgreSQL's
        pipeline); nothing to do where every statement is answered at once."""

    def _sync_tables(self) -> None:
        """Rebuild every plain table whose definition changed (or that an older version
        made), filling it from the stored records, all in one transaction."""
        wanted = {table.name: signature(table) for table in record_tables()}
        if dict(self._query("SELECT name, signature FROM record_tables")) == wanted:
            return
        with self._transaction() as cur:
            cur.execute("SELECT name, signature FROM record_tables")
            have = dict(cur.fetchall())  # again: another process may have done it
            stale = [t for t in record_tables() if have.get(t.name) != wanted[t.name]]
            # a table rebuilt takes the tables of its items' lists with it (foreign keys)
            stale_names = {t.name for t in stale}
            stale += [t for t in record_tables() if t.parent in stale_names and t not in stale]
            gone = [name for name in have if name not in wanted]
            for name in [*gone, *(t.name for t in reversed(stale))]:
                cur.execute(f"DROP TABLE IF EXISTS {name}")
                cur.execute(self._sql("DELETE FROM record_tables WHERE name = ?"), (name,))
            for table in stale:
                for statement in table.create_statements():
                    cur.execute(statement)
                cur.execute(
                    self._sql("INSERT INTO record_tables VALUES (?, ?)"),
                    (table.name, wanted[table.name]),
                )
            self._flush(cur)
            self._refill(cur, stale)

    def _refill(self, cur: Any, tables: list[Table]) -> None:
        """Fill `tables` from the records in `letters`, a batch at a time."""
        last = ""
        while tables:
            cur.execute(
                self._sql("SELECT id, record FROM letters WHERE id > ? ORDER BY id LIMIT ?"),
                (last, _REFILL_BATCH),
            )
            batch = cur.fetchall()
            if not batch:
                return
            records = [json.loads(record) for _, record in batch]
            for table in tables:
                rows = [row for record in records for row in rows_of(table, record)]
                self._insert(cur, table, rows)
            last = batch[-1][0]

    def _insert(self, cur: Any, table: Table, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            cols = table.column_names
            marks = ", ".join("?" for _ in cols)
            sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({marks})"
            cur.executemany(self._sql(sql), rows)

    def schema_version(self) -> int:
        rows = self._query("SELECT MAX(version) FROM schema_migrations")
        return int(rows[0][0] or 0)

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

    def count(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM letters")[0][0])

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
