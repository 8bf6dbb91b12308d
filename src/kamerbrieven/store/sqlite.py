"""SQLite, the embedded default: one file, WAL mode, one transaction per letter.

What SQLite says about the disk or the file reaches the user as a StoreError in Dutch with
what to do: a full disk, a store on a read-only disk (opened to read then: searching,
listing and exporting work, writing says why not), a store another process holds longer
than the wait, a damaged file.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

from kamerbrieven.errors import StoreError
from kamerbrieven.store.base import SQLStore

WAIT_SECONDS = 30  # how long a writer waits for another process's transaction


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
            self._conn = self._connect()
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise self._store_error(exc, opening=True) from None
        try:
            self.migrate()
        except BaseException:
            self._conn.close()
            raise

    def _connect(self) -> sqlite3.Connection:
        """A connection in WAL mode, or, where the store's disk or file is read-only, a
        connection that only reads (`read_only`)."""
        try:
            # isolation_level=None: we issue BEGIN/COMMIT ourselves, one transaction per put.
            conn = sqlite3.connect(self.location, isolation_level=None, timeout=WAIT_SECONDS)
            _set_wal_mode(conn)
            conn.execute("PRAGMA synchronous=NORMAL")
            conn.execute("PRAGMA foreign_keys=ON")
            return conn
        except sqlite3.OperationalError:
            if not _read_only_place(Path(self.location)):
                raise
        self.read_only = True
        # On a read-only disk nobody writes the file, and a WAL store cannot make its
        # shared-memory file there: read it as the unchanging file it is.
        mode = "immutable=1" if _read_only_disk(Path(self.location)) else "mode=ro"
        uri = f"file:{quote(str(Path(self.location).resolve()))}?{mode}"
        return sqlite3.connect(uri, uri=True, isolation_level=None, timeout=WAIT_SECONDS)

    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        cur = self._conn.cursor()
        try:
            cur.execute("BEGIN IMMEDIATE")
        except sqlite3.DatabaseError as exc:
            raise self._store_error(exc) from None
        try:
            yield cur
        except BaseException as exc:
            with contextlib.suppress(sqlite3.Error):  # SQLite may have rolled back itself
                cur.execute("ROLLBACK")
            if isinstance(exc, sqlite3.DatabaseError | UnicodeDecodeError):
                raise self._store_error(exc) from None
            raise
        try:
            cur.execute("COMMIT")
        except sqlite3.DatabaseError as exc:
            with contextlib.suppress(sqlite3.Error):
                cur.execute("ROLLBACK")
            raise self._store_error(exc) from None

    def _cursor(self) -> Any:
        return self._conn.cursor()

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return super()._query(sql, params)
        except (sqlite3.DatabaseError, UnicodeDecodeError) as exc:
            raise self._store_error(exc) from None

    def _file_damage(self) -> list[str]:
        """SQLite's own quick check of the file: pages, indexes, constraints."""
        problems = [str(row[0]) for row in self._query("PRAGMA quick_check")]
        return [] if problems == ["ok"] else problems[:20]

    def _versions_known(self) -> bool:
        return bool(self._query("SELECT 1 FROM sqlite_master WHERE name = 'schema_migrations'"))

    def close(self) -> None:
        self._conn.close()

    def _store_error(self, exc: Exception, *, opening: bool = False) -> StoreError:
        """What SQLite said, as what happened to the store and what to do about it."""
        text = str(exc)
        lowered = text.lower()
        where = self.location
        if isinstance(exc, UnicodeDecodeError):  # text that SQLite stored is no longer text
            lowered = text = f"malformed: {text}"
        if "not a database" in lowered:
            return StoreError(
                f"{where} is geen kamerbrieven-store ({text})", hint="kies een ander --db-bestand"
            )
        if "disk is full" in lowered or "disk full" in lowered:
            return StoreError(
                f"de schijf is vol: de store {where} kan niet verder worden bijgewerkt",
                hint="maak ruimte vrij en lees opnieuw in; wat al in de store stond, staat er nog",
            )
        if "readonly" in lowered or "read-only" in lowered or self.read_only:
            return StoreError(
                f"de store {where} is alleen-lezen: er kan niets in worden veranderd",
                hint="geef schrijfrechten of kopieer de store naar een schrijfbare plek; "
                "zoeken, tonen en exporteren gaan wel",
            )
        if "locked" in lowered or "busy" in lowered:
            return StoreError(
                f"de store {where} is langer dan {WAIT_SECONDS} s bezet door een ander proces",
                hint="probeer het zo opnieuw",
            )
        if "malformed" in lowered or "corrupt" in lowered:
            return StoreError(
                f"de store {where} is beschadigd ({text})",
                hint="zet een kopie terug, of red wat er is: kamerbrieven export --format jsonl"
                " en kamerbrieven import in een nieuwe store",
            )
        if "i/o" in lowered or "disk" in lowered:
            return StoreError(
                f"schrijf- of leesfout op de schijf van de store {where} ({text})",
                hint="controleer de schijf; kamerbrieven check zegt of de store nog klopt",
            )
        if opening:
            return StoreError(f"kan de store {where} niet openen: {text}")
        return StoreError(f"SQLite weigert ({where}): {text}")


def _read_only_disk(path: Path) -> bool:
    """Whether the file system that holds `path` is mounted read-only."""
    try:
        return bool(os.statvfs(path.resolve().parent).f_flag & os.ST_RDONLY)
    except OSError:
        return False


def _read_only_place(path: Path) -> bool:
    """Whether an existing store cannot be written where it is: a read-only disk, or a
    file or folder this user may not write."""
    if not path.is_file():
        return False
    folder = path.resolve().parent
    return _read_only_disk(path) or not (os.access(path, os.W_OK) and os.access(folder, os.W_OK))
