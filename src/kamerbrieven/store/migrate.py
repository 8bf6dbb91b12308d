"""Bringing a store to today's schema: the numbered migrations of `letters` (`schema.py`),
then the plain tables in step with the record fields declared now (`tables.py`), refilled
from the stored records where a declaration changed."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from typing import Any

from kamerbrieven.errors import StoreError
from kamerbrieven.record import Letter, record_version
from kamerbrieven.store.rows import EXTRA_ITEM_TYPES
from kamerbrieven.store.schema import LATEST_VERSION, MIGRATIONS, VERSION_TABLE
from kamerbrieven.store.sql import SQLBase
from kamerbrieven.store.tables import Table, record_tables, rows_of, signature

# Records are read back this many at a time when tables are refilled.
_REFILL_BATCH = 500


class Migrating(SQLBase):
    """`migrate` and what it takes; run by every backend when it opens a store."""

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
        """Fill `tables` from the records in `letters`, a batch at a time.

        The record fields changed (that is why tables are rebuilt), so a record's version
        (`record.record_version`, a hash of the record as this version writes it) may
        have changed too: it is stamped again, with the row's time, so the search index
        takes the letter anew instead of holding it under a version the store no longer
        names.
        """
        last = ""
        while tables:
            cur.execute(
                self._sql(
                    "SELECT id, record, version FROM letters WHERE id > ? ORDER BY id LIMIT ?"
                ),
                (last, _REFILL_BATCH),
            )
            batch = cur.fetchall()
            if not batch:
                return
            records = [json.loads(record) for _, record, _ in batch]
            for table in tables:
                rows = [row for record in records for row in rows_of(table, record)]
                self._insert(cur, table, rows)
            self._restamp(cur, [(lid, stamp) for lid, _, stamp in batch], records)
            self._flush(cur)  # the writes answered before the next batch is fetched
            last = batch[-1][0]

    def _restamp(
        self, cur: Any, stamps: list[tuple[str, str | None]], records: list[dict[str, Any]]
    ) -> None:
        """A new version (and row time) for the records whose version changed."""
        now = datetime.now(UTC).isoformat(timespec="microseconds")
        for (letter_id, stamp), record in zip(stamps, records, strict=True):
            version = record_version(Letter.from_dict(record, EXTRA_ITEM_TYPES))
            if stamp is not None and version != stamp:
                cur.execute(
                    self._sql("UPDATE letters SET version = ?, ingested_at = ? WHERE id = ?"),
                    (version, now, letter_id),
                )
