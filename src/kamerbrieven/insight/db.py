"""The store as insight reads and keeps it: SQL written once with `?` placeholders, which
the store turns into its backend's own, so every question runs on SQLite and PostgreSQL
alike. Values only ever go in as parameters (LIKE patterns too: a literal `%` would be a
placeholder to PostgreSQL's driver)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from kamerbrieven.store.base import SQLStore, Store

# PostgreSQL: writers of the insight tables take this transaction lock (any fixed
# bigint), so two processes bringing them in step work one after the other, as SQLite's
# BEGIN IMMEDIATE makes them do there.
_PG_LOCK = 0x696E7369_67687473
IN_BATCH = 500  # values in one IN (...) list


def marks(count: int) -> str:
    """`?, ?, ?` for an IN list of `count` values.

    >>> marks(3)
    '?, ?, ?'
    """
    return ", ".join("?" * count)


class Writer:
    """A cursor inside one transaction, taking `?` placeholders."""

    def __init__(self, store: SQLStore, cursor: Any) -> None:
        self._store = store
        self._cursor = cursor
        self._unanswered = False  # statements sent whose answers nobody read yet

    def execute(self, sql: str, params: Sequence[Any] = ()) -> None:
        self._cursor.execute(self._store._sql(sql), tuple(params))
        self._unanswered = True

    def executemany(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self._cursor.executemany(self._store._sql(sql), [tuple(r) for r in rows])
            self._unanswered = True

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        if self._unanswered:
            # PostgreSQL's pipeline: the cursor would read an earlier insert's answer
            self.settle()
        self._cursor.execute(self._store._sql(sql), tuple(params))
        return list(self._cursor.fetchall())

    def settle(self) -> None:
        """Have the statements sent so far answered (PostgreSQL's pipeline) before a read
        that follows them."""
        self._store._flush(self._cursor)
        self._unanswered = False


class InsightDB:
    """Reading (`rows`) and writing (`writing()`) the store's tables for insight."""

    def __init__(self, store: Store) -> None:
        if not isinstance(store, SQLStore):
            raise TypeError(f"insight needs an SQL store, not {type(store).__name__}")
        self.store = store
        self.postgres = store.placeholder != "?"

    def rows(self, sql: str, params: Sequence[Any] = ()) -> list[tuple[Any, ...]]:
        return self.store._query(sql, tuple(params))

    def rows_in(
        self, sql: str, values: Sequence[Any], params: Sequence[Any] = ()
    ) -> list[tuple[Any, ...]]:
        """`sql` with `{in}` standing for an IN list, run over `values` a batch at a time
        (`params` follow the list's values)."""
        found: list[tuple[Any, ...]] = []
        for start in range(0, len(values), IN_BATCH):
            batch = list(values[start : start + IN_BATCH])
            found += self.rows(sql.replace("{in}", marks(len(batch))), [*batch, *params])
        return found

    def table_exists(self, name: str, writer: Writer | None = None) -> bool:
        """Whether the store has this table (asked inside `writer`'s transaction if given)."""
        rows = writer.rows if writer else self.rows
        if self.postgres:
            return bool(rows("SELECT to_regclass(?) IS NOT NULL", (name,))[0][0])
        return bool(rows("SELECT 1 FROM sqlite_master WHERE name = ?", (name,)))

    @contextmanager
    def writing(self) -> Iterator[Writer]:
        """One transaction, holding the insight writers' lock."""
        with self.store._transaction() as cursor:
            if self.postgres:
                cursor.execute("SELECT pg_advisory_xact_lock(%s)", (_PG_LOCK,))
            yield Writer(self.store, cursor)
