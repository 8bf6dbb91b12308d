"""What every SQL backend provides, and the helpers the store's parts share.

The SQL is written once with `?` placeholders (SQLite's); the PostgreSQL backend turns
them into `%s`. A backend supplies a connection and a transaction; everything else lives
in the parts built on this (`migrate.py`, `queries.py`, `base.py`), so both backends
behave the same and one test suite runs against both.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, contextmanager
from typing import Any, Self

from kamerbrieven.store.tables import Table


class SQLBase:
    """The backend hooks (a transaction yielding a cursor, a cursor, closing) and the
    statements every part runs the same way."""

    location: str = ""
    placeholder = "?"

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

    def _versions_known(self) -> bool:
        """Whether the store has its table of migrations (a new, empty file has not)."""
        raise NotImplementedError

    def _flush(self, cur: Any) -> None:
        """Have the statements sent so far answered before the next fetch (PostgreSQL's
        pipeline); nothing to do where every statement is answered at once."""

    def _insert(self, cur: Any, table: Table, rows: list[tuple[Any, ...]]) -> None:
        if rows:
            cols = table.column_names
            marks = ", ".join("?" for _ in cols)
            sql = f"INSERT INTO {table.name} ({', '.join(cols)}) VALUES ({marks})"
            cur.executemany(self._sql(sql), rows)

    # -- for the parts that keep tables of their own (sync, alerts) -----------------------
    def query(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Rows of a read, written with `?` placeholders; values only as parameters."""
        return self._query(sql, tuple(params))

    @contextmanager
    def writing(self) -> Iterator[Writer]:
        """One transaction: every `execute` in the block is committed together, or none."""
        with self._transaction() as cur:
            yield Writer(cur, self._sql)

    def count(self) -> int:
        return int(self._query("SELECT COUNT(*) FROM letters")[0][0])

    def schema_version(self) -> int:
        rows = self._query("SELECT MAX(version) FROM schema_migrations")
        return int(rows[0][0] or 0)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Writer:
    """A cursor inside a transaction that takes `?` placeholders on every backend."""

    def __init__(self, cursor: Any, translate: Any) -> None:
        self._cursor = cursor
        self._translate = translate

    def execute(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        """Run one statement; the rows it returns (empty for a write)."""
        self._cursor.execute(self._translate(sql), tuple(params))
        # ask for rows only of a read: PostgreSQL's pipeline answers a fetch by waiting for
        # the statement (its description is unknown until then)
        if not sql.lstrip().upper().startswith(("SELECT", "WITH")):
            return []
        return list(self._cursor.fetchall())
