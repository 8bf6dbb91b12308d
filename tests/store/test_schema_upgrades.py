"""Stores made by earlier versions open, keep every letter and get today's tables.

`data/schema-v2.db` was written by kamerbrieven at commit ac3124f (schema version 2: the
plain tables without keys, a meeting's days as JSON text), from two sample letters. A
version-1 store is the same file without migration 2.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from kamerbrieven.store import open_store
from kamerbrieven.store.schema import LATEST_VERSION
from kamerbrieven.store.tables import record_tables, signature

OLD_STORE = Path(__file__).parent / "data" / "schema-v2.db"


def _old_store(tmp_path: Path, version: int) -> Path:
    path = tmp_path / f"v{version}.db"
    shutil.copy(OLD_STORE, path)
    if version == 1:
        with sqlite3.connect(path) as conn:
            conn.execute("DROP INDEX letters_ingested_at")
            conn.execute("DELETE FROM schema_migrations WHERE version = 2")
    return path


def _old_records(path: Path) -> dict[str, str]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT id, record FROM letters"))


@pytest.mark.parametrize("version", [1, 2])
def test_an_old_store_opens_with_its_letters_and_todays_tables(tmp_path: Path, version: int):
    path = _old_store(tmp_path, version)
    before = _old_records(path)
    assert len(before) == 2
    with open_store(str(path)) as store:
        assert store.schema_version() == LATEST_VERSION
        assert {lid: store.get_record_json(lid) for lid in before} == before
        # the plain tables are today's, refilled from the records
        signatures = dict(store._query("SELECT name, signature FROM record_tables"))
        assert signatures == {t.name: signature(t) for t in record_tables()}
        letters = [store.get(lid) for lid in sorted(before)]
        assert store._query("SELECT COUNT(*) FROM citations")[0][0] == sum(
            len(letter.references) for letter in letters
        )
        days = store._query("SELECT COUNT(*) FROM meetings_dates")[0][0]
        assert days == sum(len(m.dates) for letter in letters for m in letter.meetings) > 0
        # keyed now: a duplicate row is refused, and so is a row of no letter
        lid = store._query("SELECT letter_id FROM senders WHERE ord = 0")[0][0]
        with pytest.raises(sqlite3.IntegrityError):
            store._conn.execute("INSERT INTO senders VALUES (?, 0, 'x')", (lid,))
        with pytest.raises(sqlite3.IntegrityError):
            store._conn.execute("INSERT INTO senders VALUES ('kst-0-0', 0, 'x')")


def test_a_changed_declaration_rebuilds_only_its_tables(tmp_path: Path, monkeypatch):
    path = _old_store(tmp_path, 2)
    with open_store(str(path)) as store:
        pass
    with sqlite3.connect(path) as conn:  # as if the citations' declaration had changed
        conn.execute("UPDATE record_tables SET signature = 'old' WHERE name = 'citations'")
        conn.execute("DELETE FROM citations")
        conn.execute("INSERT INTO senders SELECT letter_id, ord + 100, ministry FROM senders")
    with open_store(str(path)) as store:
        records = [store.get(lid) for (lid,) in store._query("SELECT id FROM letters")]
        cited = sum(len(letter.references) for letter in records)
        assert store._query("SELECT COUNT(*) FROM citations")[0][0] == cited > 0
        # senders was not rebuilt: the rows added by hand are still there
        assert store._query("SELECT COUNT(*) FROM senders WHERE ord >= 100")[0][0] > 0


def test_deleting_a_letter_takes_its_rows_in_every_table(tmp_path: Path):
    path = _old_store(tmp_path, 2)
    with open_store(str(path)) as store:
        lid = store._query("SELECT id FROM letters ORDER BY id")[0][0]
        assert store.delete(lid)
        for table in record_tables():
            left = store._query(f"SELECT COUNT(*) FROM {table.name} WHERE letter_id = ?", (lid,))
            assert left[0][0] == 0, table.name
