"""Stores made by earlier versions open, keep every letter and get today's tables, on
SQLite and on PostgreSQL; searching them works and reading their letters again changes
nothing.

The stores in `data/` were written by the kamerbrieven of the commit that brought each
schema version in (`data/make_old_stores.py` writes them again), from the sample letters:
as an SQLite file and as a PostgreSQL dump (plain SQL). `schema-v2.db` is older: written
at commit ac3124f (schema version 2: the plain tables without keys, a meeting's days as
JSON text). No store of version 4 exists: versions 4 and 5 came in one commit.
"""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from kamerbrieven.health import check
from kamerbrieven.knowledge_base import open_knowledge_base
from kamerbrieven.store import is_postgres_url, open_store
from kamerbrieven.store.schema import LATEST_VERSION
from kamerbrieven.store.tables import record_tables, signature

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).resolve().parents[2]
SAMPLES = (
    "samples/002_ad9ccb4a6e4e1731.txt",
    "samples/000_50034ceebe6a1b15.txt",
    "samples/kst-28676-512.xml",
)
# one letter in two files: merged, with its readings
TWO_FILES = ("tests/data/corpus/kst-28286-1366.pdf", "tests/data/corpus/kst-28286-1366.xml")
# file name (without suffix), its schema version, the commit that wrote it, from what
OLD_STORES = (
    ("schema-v1-333558f", 1, "333558f", SAMPLES),
    ("schema-v2", 2, "ac3124f", (SAMPLES[0], SAMPLES[2])),
    ("schema-v2-77d2c8a", 2, "77d2c8a", SAMPLES),
    ("schema-v3-a2f9649", 3, "a2f9649", SAMPLES),
    ("schema-v5-0bb6031", 5, "0bb6031", SAMPLES + TWO_FILES),
)
CASES = [
    pytest.param((name, backend), id=f"{name}-{backend}", marks=marks)
    for name, *_ in OLD_STORES
    for backend, marks in (("sqlite", ()), ("postgres", (pytest.mark.postgres,)))
    if backend == "sqlite" or (DATA / f"{name}.sql").exists()
]


@pytest.fixture
def old_store(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A copy of an old store: an SQLite file, or a new PostgreSQL database loaded from
    the dump."""
    name, backend = request.param
    if backend == "sqlite":
        path = tmp_path / f"{name}.db"
        shutil.copy(DATA / f"{name}.db", path)
        return str(path)
    import psycopg

    url = request.getfixturevalue("pg_url")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute((DATA / f"{name}.sql").read_text("utf-8"))
    return url


def _raw(db: str, sql: str) -> list[tuple]:
    """Rows straight from the database, as the old version left them."""
    if is_postgres_url(db):
        import psycopg

        with psycopg.connect(db) as conn:
            return conn.execute(sql).fetchall()
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def _old(request: pytest.FixtureRequest) -> tuple[str, int, str, tuple[str, ...]]:
    """This case's row of OLD_STORES."""
    name = request.node.callspec.params["old_store"][0]
    return next(row for row in OLD_STORES if row[0] == name)


@pytest.mark.parametrize("old_store", CASES, indirect=True)
def test_an_old_store_opens_with_every_letter_and_todays_schema(old_store: str, request):
    _, version, _, files = _old(request)
    assert _raw(old_store, "SELECT MAX(version) FROM schema_migrations") == [(version,)]
    before = dict(_raw(old_store, "SELECT id, record FROM letters"))
    assert len(before) == len(files) - (TWO_FILES[1] in files)  # two files, one letter
    with open_store(old_store) as store:
        assert store.schema_version() == LATEST_VERSION
        assert {lid: store.get_record_json(lid) for lid in before} == before
        signatures = dict(store._query("SELECT name, signature FROM record_tables"))
        assert signatures == {t.name: signature(t) for t in record_tables()}
        # every letter's columns, version stamp and plain-table rows as its record gives them
        found = store.check_consistency()
        assert found.whole, found
        assert found.letters == len(before)
        letters = [store.get(lid) for lid in sorted(before)]
        days = store._query("SELECT COUNT(*) FROM meetings_dates")[0][0]
        assert days == sum(len(m.dates) for letter in letters for m in letter.meetings) > 0


@pytest.mark.parametrize("old_store", CASES, indirect=True)
def test_an_upgraded_store_searches_and_reading_its_letters_again_changes_nothing(
    old_store: str, tmp_path: Path, request: pytest.FixtureRequest
):
    records = [json.loads(r) for (r,) in _raw(old_store, "SELECT record FROM letters")]
    with open_knowledge_base(old_store, str(tmp_path / "index")) as kb:
        with_navo = sum("NAVO" in record["text"] for record in records)
        assert kb.search("NAVO").total == with_navo > 0
        report = kb.ingest([str(REPO / name) for name in _old(request)[3]])
        assert report.failures == []
        assert (report.added, report.updated) == (0, 0), "an old letter was read as new"
        assert kb.store.count() == len(records)
        assert check(kb).problems == []


def test_a_changed_file_replaces_a_letter_stored_before_sources_were_kept(tmp_path: Path):
    """Schema 1-3 records name one file (`source`), not `sources`: a new version of that
    file still replaces its letter."""
    db = tmp_path / "v1.db"
    shutil.copy(DATA / "schema-v1-333558f.db", db)
    seed = REPO / "samples" / "000_50034ceebe6a1b15.txt"
    moved = tmp_path / "brief.txt"  # where the old version read it, as far as it knows
    with sqlite3.connect(db) as conn:
        (lid, record) = conn.execute(
            "SELECT id, record FROM letters WHERE record LIKE '%000_50034ceebe6a1b15%'"
        ).fetchone()
        record = json.loads(record)
        record["source"]["path"] = str(moved)
        conn.execute(
            "UPDATE letters SET record = ?, source_path = ? WHERE id = ?",
            (json.dumps(record, ensure_ascii=False), str(moved), lid),
        )
    moved.write_text(seed.read_text("utf-8").replace("Afghanistan", "Irak"), "utf-8")
    with open_knowledge_base(str(db), str(tmp_path / "index")) as kb:
        report = kb.ingest([str(moved)])
        assert (report.added, report.updated) == (0, 1)
        assert kb.get(lid) is None
        assert kb.store.count() == 3
        assert check(kb).problems == []


def _v2_store(tmp_path: Path) -> Path:
    path = tmp_path / "v2.db"
    shutil.copy(DATA / "schema-v2.db", path)
    return path


def test_the_plain_tables_of_an_upgraded_store_are_keyed(tmp_path: Path):
    with open_store(str(_v2_store(tmp_path))) as store:
        lid = store._query("SELECT letter_id FROM senders WHERE ord = 0")[0][0]
        with pytest.raises(sqlite3.IntegrityError):
            store._conn.execute("INSERT INTO senders VALUES (?, 0, 'x')", (lid,))
        with pytest.raises(sqlite3.IntegrityError):
            store._conn.execute("INSERT INTO senders VALUES ('kst-0-0', 0, 'x')")


def test_a_changed_declaration_rebuilds_only_its_tables(tmp_path: Path):
    path = _v2_store(tmp_path)
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
    with open_store(str(_v2_store(tmp_path))) as store:
        lid = store._query("SELECT id FROM letters ORDER BY id")[0][0]
        assert store.delete(lid)
        for table in record_tables():
            left = store._query(f"SELECT COUNT(*) FROM {table.name} WHERE letter_id = ?", (lid,))
            assert left[0][0] == 0, table.name
