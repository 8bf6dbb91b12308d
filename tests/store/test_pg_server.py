"""The tests' own PostgreSQL server (tests/pg_server.py): found, or a clear reason why not."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests import pg_server


def test_missing_server_without_root_says_what_to_install(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.setattr(pg_server, "BIN_GLOB", str(tmp_path / "*" / "bin"))
    monkeypatch.setattr(pg_server.os, "geteuid", lambda: 1000)
    with pytest.raises(pg_server.PostgresUnavailable, match="apt-get install postgresql"):
        pg_server.ensure_installed()


def test_the_newest_installed_version_is_used(monkeypatch, tmp_path: Path) -> None:
    for version in ("9", "15", "13"):
        (tmp_path / version / "bin").mkdir(parents=True)
        (tmp_path / version / "bin" / "initdb").touch()
    monkeypatch.setattr(pg_server, "BIN_GLOB", str(tmp_path / "*" / "bin"))
    assert pg_server.ensure_installed() == tmp_path / "15" / "bin"


@pytest.mark.postgres
def test_the_session_server_listens_on_loopback_and_trusts_it(postgres_server_url: str) -> None:
    psycopg = pytest.importorskip("psycopg")
    assert postgres_server_url.startswith("postgresql://postgres@127.0.0.1:")
    with psycopg.connect(postgres_server_url) as conn:
        settings = dict(
            conn.execute(
                "SELECT name, setting FROM pg_settings WHERE name IN "
                "('listen_addresses', 'server_encoding')"
            ).fetchall()
        )
    assert settings == {"listen_addresses": "127.0.0.1", "server_encoding": "UTF8"}
