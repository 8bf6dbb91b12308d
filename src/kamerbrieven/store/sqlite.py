"""SQLite, the embedded default: one file, WAL mode, one transaction per letter."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from kamerbrieven.errors import StoreError
from kamerbrieven.store.base import SQLStore


def _set_wal_mode(conn: sqlite3.Connection) -> None:
    """Switch to WAL. Two processes creating the same fresh file both try this; the loser
    gets "database is locked" at once (no busy handler for it), so wait and try again."""
    for attempt in range(50):
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or attempt == 49:
                raise
            time.sleep(0.02 * (attempt + 1))


class SQLiteStore(SQLStore):
    placeholder = "?"

    def __init__(self, path: str | Path) -> None:
        self.location = str(path)
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per put.
            self._conn = sqlite3.connect(self.location, isolation_level=None, timeout=30)
            _set_wal_mode(self._conn)
            self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.execute("PRAGMA foreign_keys=ON")
        except sqlite3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise StoreError(
                    f"{self.location} is geen kamerbrieven-store ({exc})",
                    hint="kies een ander --db-bestand",
                ) from None
            raise StoreError(f"kan de store {self.location} niet openen: {exc}") from None
        try:
            self.migrate()
        except sqlite3.DatabaseError as exc:
            self._conn.close()
            raise StoreError(
                f"{self.location} is geen kamerbrieven-store ({exc})",
                hint="kies een ander --db-bestand",
            ) from None

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        cur = self._conn.cursor()
        cur.execute("BEGIN IMMEDIATE")
        try:
            yield cur
        except BaseException:
            cur.execute("ROLLBACK")
            raise
        else:
            cur.execute("COMMIT")

    def _cursor(self) -> Any:
        return self._conn.cursor()

    def _versions_known(self) -> bool:
        return bool(self._query("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'"))

    def close(self) -> None:
        self._conn.close()
