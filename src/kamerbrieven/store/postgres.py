"""PostgreSQL, for teams that share one server: the shared SQL of base.py over psycopg 3.

Needs the extra: `pip install 'kamerbrieven[postgres]'`.

Two processes may ingest into one server at once. SQLite serialises writers with
`BEGIN IMMEDIATE`; here each put() and delete() first takes transaction-scoped advisory
locks on the letter ids and source path it touches, so two writers of the same letter (or
of two versions of one file) run one after the other instead of both inserting.
Migrations take a session lock, so two processes opening a fresh database do not both
create the tables.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from kamerbrieven.errors import MissingExtra, StoreError
from kamerbrieven.record import Letter
from kamerbrieven.store.base import PutResult, SQLStore

# Key of the session advisory lock held while migrating (any fixed bigint; "kamerbri").
_MIGRATE_LOCK = 0x6B616D65_72627269
_CONNECT_TIMEOUT_S = 10
URL_SHAPE = "postgresql://gebruiker:wachtwoord@host:5432/database"


def _import_psycopg() -> Any:
    try:
        import psycopg
    except ImportError:
        raise MissingExtra(
            "de PostgreSQL-store heeft psycopg nodig",
            hint="pip install 'kamerbrieven[postgres]'",
        ) from None
    return psycopg


def redact_url(url: str) -> str:
    """The URL without its password, for messages.

    >>> redact_url("postgresql://ann:geheim@db:5432/brieven")
    'postgresql://ann:***@db:5432/brieven'
    """
    return re.sub(r"^(\w+://[^:/@]*):[^@/]*@", r"\1:***@", url)


class PostgresStore(SQLStore):
    placeholder = "%s"

    def __init__(self, url: str) -> None:
        self._psycopg = psycopg = _import_psycopg()
        self.location = redact_url(url)
        self._tx_cursor: Any = None
        self._pipeline: Any = None
        try:
            options = psycopg.conninfo.conninfo_to_dict(url)
            if "connect_timeout" not in options:
                options["connect_timeout"] = _CONNECT_TIMEOUT_S
            # autocommit: reads outside _transaction() must not leave the connection
            # "idle in transaction" (holding locks and turning the next conn.transaction()
            # into a savepoint that never commits). Writes always run in conn.transaction().
            self._conn = psycopg.connect(**options, autocommit=True)
        except psycopg.Error as exc:
            raise _connect_error(self.location, exc) from None
        try:
            self.migrate()
        except BaseException:
            self._conn.close()
            raise

    # -- backend hooks -------------------------------------------------------------------
    @contextmanager
    def _transaction(self) -> Iterator[Any]:
        if self._tx_cursor is not None:  # inside put(): one transaction, no savepoint
            yield self._tx_cursor
            return
        try:
            # Pipeline mode: statements whose results nobody reads (the inserts) go out
            # without a round trip each; a fetch or the commit waits for them.
            with self._conn.pipeline() as pipeline, self._conn.transaction():
                with self._conn.cursor() as cur:
                    self._tx_cursor, self._pipeline = cur, pipeline
                    try:
                        yield cur
                    finally:
                        self._tx_cursor = self._pipeline = None
        except self._psycopg.Error as exc:
            raise self._store_error(exc) from None

    def _cursor(self) -> Any:
        return self._conn.cursor()

    def _flush(self, cur: Any) -> None:
        # DDL and its notices ("table ... does not exist, skipping") queued in the pipeline
        # must be answered before a fetch, or the fetch reads their status
        if self._pipeline is not None:
            self._pipeline.sync()

    def _versions_known(self) -> bool:
        return bool(self._query("SELECT to_regclass('schema_migrations') IS NOT NULL")[0][0])

    def _query(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return super()._query(sql, params)
        except self._psycopg.Error as exc:
            raise self._store_error(exc) from None

    def close(self) -> None:
        self._conn.close()

    # -- concurrency ---------------------------------------------------------------------
    def migrate(self) -> None:
        try:
            self._conn.execute("SELECT pg_advisory_lock(%s)", (_MIGRATE_LOCK,))
        except self._psycopg.Error as exc:
            raise self._store_error(exc) from None
        try:
            super().migrate()
        finally:
            if not self._conn.closed and not self._conn.broken:
                self._conn.execute("SELECT pg_advisory_unlock(%s)", (_MIGRATE_LOCK,))

    def put(self, letter: Letter) -> PutResult:
        """base.put() inside one transaction that first locks every letter it may touch:
        its id, its path, and the letters with a reading from that path (which it may
        replace)."""
        with self._transaction() as cur:
            self._lock(
                cur,
                [f"id:{letter.id}", f"path:{letter.source.path}"],
                also_ids_at_path=letter.source.path,
            )
            return super().put(letter)

    def delete(self, letter_id: str) -> bool:
        with self._transaction() as cur:
            self._lock(cur, [f"id:{letter_id}"])
            return super().delete(letter_id)

    def remove_file(self, path: str) -> tuple[str, ...]:
        with self._transaction() as cur:
            self._lock(cur, [f"path:{path}"], also_ids_at_path=path)
            return super().remove_file(path)

    @staticmethod
    def _lock(cur: Any, keys: list[str], also_ids_at_path: str | None = None) -> None:
        """Transaction-scoped advisory locks on `keys`, released at commit or rollback.

        All of them in one statement and in one order (sorted hashes), so two writers never
        hold one lock each while waiting for the other's: no deadlocks.
        """
        cur.execute(
            "SELECT pg_advisory_xact_lock(k) FROM (SELECT DISTINCT hashtextextended(v, 0) AS k"
            " FROM (SELECT unnest(%s::text[]) AS v"
            " UNION SELECT 'id:' || letter_id FROM sources WHERE path = %s) AS wanted"
            " ORDER BY 1) AS sorted",
            (keys, also_ids_at_path),
        )

    # -- errors --------------------------------------------------------------------------
    def _store_error(self, exc: Exception) -> StoreError:
        message = _first_line(exc)
        if self._conn.broken or isinstance(exc, self._psycopg.OperationalError):
            return StoreError(
                f"de verbinding met PostgreSQL ({self.location}) is weg: {message}",
                hint="draait de server nog? open de store opnieuw",
            )
        return StoreError(f"PostgreSQL ({self.location}) weigert: {message}")


def _first_line(exc: Exception) -> str:
    return (str(exc).strip().splitlines() or [type(exc).__name__])[0]


def _connect_error(location: str, exc: Exception) -> StoreError:
    """A connect failure as one line and a hint at what to check."""
    text = str(exc)
    message = _first_line(exc).removeprefix("connection failed: ")
    lowered = text.lower()
    if "password authentication failed" in lowered or "no password supplied" in lowered:
        hint = f"controleer gebruiker en wachtwoord in de URL ({URL_SHAPE})"
    elif "does not exist" in lowered and "database" in lowered:
        hint = "maak de database aan (createdb NAAM) of kies een bestaande in de URL"
    elif "role" in lowered and "does not exist" in lowered:
        hint = f"die gebruiker bestaat niet op de server; controleer de URL ({URL_SHAPE})"
    elif any(w in lowered for w in ("invalid", "uri", "missing", "unexpected", "port")) and not (
        "refused" in lowered or "timeout" in lowered or "timed out" in lowered
    ):
        hint = f"een PostgreSQL-URL ziet eruit als {URL_SHAPE}"
    else:
        hint = (
            "draait de server, en klopt host:poort? "
            "Een proefserver start je met scripts/postgres.sh start"
        )
    return StoreError(f"kan PostgreSQL op {location} niet bereiken: {message}", hint=hint)
