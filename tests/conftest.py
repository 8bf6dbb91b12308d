"""Fixtures for every test folder: a store URL per backend, so one test runs on both.

    def test_something(db_url):          # runs twice: [sqlite] and [postgres]
        store = open_store(db_url)        # a fresh, empty database each time

`db_url` gives SQLite a file in tmp_path, PostgreSQL a new database (`test_<n>`) on one
server per test session, dropped after the test. The server starts only when a test asks
for it (tests/pg_server.py); set KAMERBRIEVEN_TEST_PG_URL to use a server you run yourself
instead. The PostgreSQL cases carry the `postgres` mark: `pytest -m "not postgres"` skips
them on a machine without PostgreSQL.
"""

from __future__ import annotations

import itertools
import os
import signal
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from tests.pg_server import running_server

PG_URL_ENV = "KAMERBRIEVEN_TEST_PG_URL"
_database_numbers = itertools.count(1)


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers", "postgres: needs a PostgreSQL server (started by the tests themselves)"
    )


@pytest.fixture(scope="session")
def postgres_server_url() -> Iterator[str]:
    """URL of the session's PostgreSQL server (its `postgres` database, superuser)."""
    external = os.environ.get(PG_URL_ENV)
    if external:
        yield external
        return
    with _sigterm_as_interrupt(), running_server() as url:
        yield url


@contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    """A CI timeout's SIGTERM unwinds like Ctrl-C, so the server is still stopped and removed
    (SIGKILL cannot be caught: then a server is left running in its temp folder)."""
    if signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL:
        yield
        return

    def interrupt(signum: int, frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, interrupt)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


@pytest.fixture(scope="session")
def _postgres_admin(postgres_server_url: str) -> Iterator[object]:
    """One autocommit connection that creates and drops the per-test databases."""
    psycopg = pytest.importorskip("psycopg")
    with psycopg.connect(postgres_server_url, autocommit=True) as conn:
        yield conn


@pytest.fixture(
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A fresh, empty store location: an SQLite file path or a PostgreSQL URL."""
    if request.param == "sqlite":
        yield str(tmp_path / "kamerbrieven.db")
        return
    yield from _fresh_postgres_database(request)


@pytest.fixture
def pg_url(request: pytest.FixtureRequest) -> Iterator[str]:
    """A fresh, empty PostgreSQL database, for tests of what only a server does."""
    yield from _fresh_postgres_database(request)


def _fresh_postgres_database(request: pytest.FixtureRequest) -> Iterator[str]:
    admin = request.getfixturevalue("_postgres_admin")
    name = _create_database(admin)
    try:
        yield _with_database(request.getfixturevalue("postgres_server_url"), name)
    finally:
        # FORCE: a test that forgot to close its store must not keep the database alive.
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(scope="session")
def new_postgres_database(
    _postgres_admin: Any, postgres_server_url: str
) -> Iterator[Callable[[], str]]:
    """Makes fresh PostgreSQL databases that live until the session ends, for fixtures that
    build one store and share it between many tests."""
    names: list[str] = []

    def make() -> str:
        names.append(_create_database(_postgres_admin))
        return _with_database(postgres_server_url, names[-1])

    yield make
    for name in names:
        _postgres_admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


def _create_database(admin: Any) -> str:
    name = f"test_{os.getpid()}_{next(_database_numbers)}"
    # FILE_COPY (PostgreSQL 15+; earlier versions always copy): 25 ms instead of 250 ms
    # with the test server's fsync=off, as it skips WAL-logging every block of template1.
    strategy = " STRATEGY FILE_COPY" if admin.info.server_version >= 150000 else ""
    admin.execute(f"CREATE DATABASE {name}{strategy}")  # name is ours: digits, underscores
    return name


def _with_database(url: str, name: str) -> str:
    """`url` pointing at database `name` instead (keeps user, host, port and query).

    >>> _with_database("postgresql://postgres@127.0.0.1:5/postgres?sslmode=disable", "t_1")
    'postgresql://postgres@127.0.0.1:5/t_1?sslmode=disable'
    """
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit(parts._replace(path=f"/{name}"))
