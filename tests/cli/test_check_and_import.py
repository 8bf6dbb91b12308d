"""`kamerbrieven check` finds each kind of damage to a store or its index, says what to do,
and `--repair` mends what the records give; `export` then `import` into a new store, of
either backend, gives the same records. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from tests.cli.conftest import SAMPLES

from kamerbrieven.search.index import SearchIndex
from kamerbrieven.store import is_postgres_url, open_store

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    """The samples and one letter in two files (its PDF and its XML: merged, with readings)."""
    folder = tmp_path / "brieven"
    shutil.copytree(SAMPLES, folder)
    for name in ("kst-28286-1366.pdf", "kst-28286-1366.xml"):
        shutil.copy(CORPUS / name, folder / name)
    return folder


def _store(cli, db_url: str, tmp_path: Path, letters: Path) -> list[str]:
    """Ingest `letters`; the store location and its index as command-line options."""
    where = ["--db", db_url, "--index", str(tmp_path / "kb.index")]
    assert cli("ingest", str(letters), *where).exit_code == 0
    return where


def _execute(db_url: str, *statements: str) -> None:
    """Statements straight into the database, past every check (foreign keys off)."""
    if is_postgres_url(db_url):
        import psycopg

        with psycopg.connect(db_url, autocommit=True) as conn:
            conn.execute("SET session_replication_role = replica")
            for statement in statements:
                conn.execute(statement)
        return
    with sqlite3.connect(db_url) as conn:
        conn.execute("PRAGMA foreign_keys = OFF")
        for statement in statements:
            conn.execute(statement)


def _check(cli, where: list[str], *extra: str) -> tuple[int, dict]:
    result = cli("check", *where, "--json", *extra)
    return result.exit_code, json.loads(result.stdout)


FIRST = "(SELECT MIN(id) FROM letters)"
DAMAGE = {
    "a-plain-table-row-gone": (
        ["DELETE FROM senders WHERE letter_id = (SELECT MIN(letter_id) FROM senders)"],
        "rijen die niet kloppen met het record van hun brief (senders: 1)",
    ),
    "a-column-changed": (
        [f"UPDATE letters SET title = 'verkeerd' WHERE id = {FIRST}"],
        "rijen die niet kloppen met het record van hun brief (letters: 1)",
    ),
    "a-version-stamp-changed": (
        [f"UPDATE letters SET version = '0' WHERE id = {FIRST}"],
        "rijen die niet kloppen met het record van hun brief (versie: 1)",
    ),
    "rows-of-no-letter": (
        [
            "INSERT INTO senders VALUES ('kst-0-0', 0, 'Defensie')",
            "INSERT INTO warnings VALUES ('kst-0-0', 0, 'x')",
        ],
        "2 rijen horen bij geen brief (senders: 1, warnings: 1)",
    ),
}


@pytest.mark.parametrize("damage", sorted(DAMAGE))
def test_damage_to_the_store_is_found_with_what_to_do_and_repaired(
    cli, db_url: str, tmp_path: Path, letters: Path, damage: str
):
    where = _store(cli, db_url, tmp_path, letters)
    code, found = _check(cli, where)
    assert (code, found["ok"], found["letters"], found["indexed"]) == (0, True, 7, 7)
    statements, problem = DAMAGE[damage]
    _execute(db_url, *statements)
    code, found = _check(cli, where)
    assert code == 1 and found["ok"] is False
    # (a changed version stamp also sets the index apart: it holds the letters by version)
    store = [p for p in found["problems"] if p["part"] == "store"]
    assert [p["what"] for p in store] == [problem]
    assert store[0]["fix"].startswith("kamerbrieven check --repair")
    text = cli("check", *where)
    assert "niet in orde:" in text.stdout and f"- store: {problem}" in text.stdout
    code, found = _check(cli, where, "--repair")
    assert (code, found["problems"]) == (0, [])


def _index_of(where: list[str]) -> Path:
    return Path(where[where.index("--index") + 1])


def test_an_index_out_of_step_is_found_and_rebuilt(cli, db_url: str, tmp_path: Path, letters: Path):
    where = _store(cli, db_url, tmp_path, letters)
    ids = [row["id"] for row in json.loads(cli("list", *where[:2], "--json").stdout)]
    with SearchIndex.open(_index_of(where)) as index:  # one letter lost from the index
        index.delete([ids[0]])
        index.commit()
    with open_store(db_url) as store:  # one letter only in the index
        assert store.delete(ids[1])
    code, found = _check(cli, where)
    assert code == 1
    whats = [p["what"] for p in found["problems"]]
    assert whats == [
        f"1 brief niet (of in een oudere versie) in de zoekindex ({ids[0]})",
        "1 brief in de zoekindex die niet (meer) in de store staan",
    ]
    assert {p["fix"] for p in found["problems"]} == {
        "kamerbrieven reindex (bouwt de zoekindex opnieuw op uit de store)"
    }
    code, found = _check(cli, where, "--repair")
    assert (code, found["indexed"], found["letters"]) == (0, len(ids) - 1, len(ids) - 1)


def test_a_missing_index_is_named(cli, db_url: str, tmp_path: Path, letters: Path):
    where = _store(cli, db_url, tmp_path, letters)
    shutil.rmtree(_index_of(where))
    code, found = _check(cli, where)
    assert code == 1 and found["indexed"] is None
    (problem,) = found["problems"]
    assert problem["what"].startswith("er is geen zoekindex in")
    assert not _index_of(where).exists(), "checking created the index"


def test_a_record_that_is_no_letter_stays_reported_after_repair(
    cli, db_url: str, tmp_path: Path, letters: Path
):
    where = _store(cli, db_url, tmp_path, letters)
    _execute(db_url, f"UPDATE letters SET record = '{{\"kapot\": 1}}' WHERE id = {FIRST}")
    code, found = _check(cli, where, "--repair")
    assert code == 1
    (problem,) = [p for p in found["problems"] if p["part"] == "store"]
    assert problem["what"].startswith("1 brief met een record dat geen brief is")
    assert problem["fix"] == "lees hun bestanden opnieuw in (kamerbrieven ingest)"


def test_a_damaged_sqlite_file_is_named(cli, tmp_path: Path, letters: Path):
    db = tmp_path / "kb.db"
    where = _store(cli, str(db), tmp_path, letters)
    data = bytearray(db.read_bytes())
    for at in range(len(data) // 3, len(data) * 2 // 3, 997):  # garbage over the middle pages
        data[at : at + 64] = b"\xa5" * 64
    db.write_bytes(bytes(data))
    result = cli("check", *where)
    assert result.exit_code == 1
    assert "beschadigd" in result.stdout + result.stderr


# -- export, then import -------------------------------------------------------------------


def _other_backend(request: pytest.FixtureRequest, db_url: str, tmp_path: Path) -> str:
    """A new, empty store of the other backend: SQLite's export goes into PostgreSQL and
    the other way round."""
    if is_postgres_url(db_url):
        return str(tmp_path / "nieuw.db")
    return request.getfixturevalue("pg_url")


def _records(cli, db: str) -> dict[str, dict]:
    exported = cli("export", "--db", db, "--format", "jsonl").stdout
    return {record["id"]: record for record in map(json.loads, exported.splitlines())}


@pytest.mark.postgres
def test_export_then_import_into_the_other_backend_gives_the_same_records(
    cli, request, db_url: str, tmp_path: Path, letters: Path
):
    where = _store(cli, db_url, tmp_path, letters)
    export = tmp_path / "brieven.jsonl"
    assert cli("export", *where[:2], "--format", "jsonl", "-o", str(export)).exit_code == 0
    target = ["--db", _other_backend(request, db_url, tmp_path), "--index", str(tmp_path / "n")]
    result = cli("import", str(export), *target, "--json")
    assert result.exit_code == 0, result.stderr
    before = _records(cli, db_url)
    assert json.loads(result.stdout)["added"] == len(before) == 7
    assert _records(cli, target[1]) == before
    for letter_id in before:  # the stored JSON itself, byte for byte
        shown = [cli("show", letter_id, "--db", db, "--json").stdout for db in (db_url, target[1])]
        assert shown[0] == shown[1]
    stats = [json.loads(cli("stats", "--db", db, "--json").stdout) for db in (db_url, target[1])]
    assert stats[0] == stats[1]
    found = [
        json.loads(cli("search", "NAVO OR stikstof", *w, "--json").stdout) for w in (where, target)
    ]
    assert [h["id"] for h in found[0]["hits"]] == [h["id"] for h in found[1]["hits"]]
    code, found = _check(cli, target)
    assert (code, found["problems"]) == (0, [])


def test_importing_again_changes_nothing_and_ingesting_the_files_neither(
    cli, db_url: str, tmp_path: Path, letters: Path
):
    where = _store(cli, db_url, tmp_path, letters)
    export = tmp_path / "brieven.jsonl"
    cli("export", *where[:2], "-o", str(export))
    new = ["--db", str(tmp_path / "nieuw.db"), "--index", str(tmp_path / "nieuw.index")]
    assert json.loads(cli("import", str(export), *new, "--json").stdout)["added"] == 7
    again = json.loads(cli("import", str(export), *new, "--json").stdout)
    assert (again["added"], again["updated"], again["unchanged"]) == (0, 0, 7)
    # the files the letters were read from are known by their content: nothing to do
    ingested = json.loads(cli("ingest", str(letters), *new, "--json").stdout)
    assert (ingested["added"], ingested["updated"], ingested["unchanged"]) == (0, 0, 8)


def test_lines_that_are_no_record_are_named_and_the_rest_go_in(
    cli, db_url: str, tmp_path: Path, letters: Path
):
    where = _store(cli, db_url, tmp_path, letters)
    lines = cli("export", *where[:2]).stdout.splitlines()
    broken = tmp_path / "kapot.jsonl"
    broken.write_text("\n".join([lines[0], "{kapot", '{"geen": "id"}', *lines[1:]]) + "\n")
    result = cli("import", str(broken), "--db", str(tmp_path / "n.db"), "--json")
    assert result.exit_code == 1
    report = json.loads(result.stdout)
    assert report["added"] == len(lines)
    assert [(f["line"], f["reason"].split(" (")[0]) for f in report["failures"]] == [
        ("regel 2", "geen JSON"),
        ("regel 3", "geen record van een brief"),
    ]
