"""Record stores: SQLite (embedded default) and PostgreSQL, behind one interface."""

from __future__ import annotations

from pathlib import Path

from kamerbrieven.store.base import LetterFilter, LetterSummary, PutResult, Store

__all__ = [
    "LetterFilter",
    "LetterSummary",
    "PutResult",
    "Store",
    "default_index_path",
    "is_postgres_url",
    "open_store",
]


def is_postgres_url(db: str) -> bool:
    return db.startswith(("postgresql://", "postgres://"))


def open_store(db: str, *, create: bool = True) -> Store:
    """The store behind `db`: a PostgreSQL URL, or else the path of an SQLite file.

    With `create=False` a missing SQLite file is an error instead of a new, empty store:
    commands that only read must not answer "nothing found" for a mistyped path.

    >>> store = open_store(":memory:"); store.count()
    0
    """
    if is_postgres_url(db):
        from kamerbrieven.store.postgres import PostgresStore

        return PostgresStore(db)
    from kamerbrieven.store.sqlite import SQLiteStore

    if not create and db != ":memory:" and not Path(db).exists():
        from kamerbrieven.errors import StoreError

        raise StoreError(
            f"er is geen store {db}",
            hint=f"maak hem eerst: kamerbrieven ingest MAP --db {db}",
        )
    return SQLiteStore(db)


def default_index_path(db: str) -> Path:
    """The search index beside the store: `kamerbrieven.db.index/` for SQLite; for PostgreSQL
    a folder in the working directory named after the server and database."""
    if is_postgres_url(db):
        from urllib.parse import urlparse

        url = urlparse(db)
        name = (
            f"{url.hostname or 'localhost'}-{url.port or 5432}-{url.path.strip('/') or 'postgres'}"
        )
        return Path(f"kamerbrieven-pg-{name}.index")
    return Path(f"{db}.index")
