"""`ingest`, `show`, `list`, `stats` and `export` on a real SQLite store."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pyarrow.parquet as pq
from tests.cli.conftest import BAD_FILES, SEED_000, SEED_002

from kamerbrieven.export import read_csv, read_jsonl, read_parquet
from kamerbrieven.record import Letter


def _ingest(cli, db: Path, *paths: str, env: dict[str, str] | None = None):
    return cli("ingest", *paths, "--db", str(db), env=env)


def test_ingest_of_a_mixed_folder_names_every_bad_file_and_keeps_the_good_ones(
    cli, mixed_folder, tmp_path
):
    db = tmp_path / "kb.db"
    result = _ingest(cli, db, str(mixed_folder))
    assert result.exit_code == 1
    refused = [line for line in result.stderr.splitlines() if "geweigerd" in line]
    assert {Path(line.split(": ")[2]).name for line in refused} == BAD_FILES
    assert all(len(line.split(": ")) >= 4 for line in refused), "each refusal gives a reason"
    assert "3 nieuw" in result.stdout
    listed = json.loads(cli("list", "--db", str(db), "--json").stdout)
    assert {row["source_path"] for row in listed} == {
        str(mixed_folder / "002.txt"),
        str(mixed_folder / "sub" / "000.txt"),
        str(mixed_folder / "cp1252.txt"),
    }


def test_cp1252_text_is_decoded_not_rejected(cli, mixed_folder, tmp_path):
    db = tmp_path / "kb.db"
    _ingest(cli, db, str(mixed_folder / "cp1252.txt"))
    [row] = json.loads(cli("list", "--db", str(db), "--json").stdout)
    record = json.loads(cli("show", row["id"], "--db", str(db), "--json").stdout)
    assert "Oekraïne" in record["text"]
    assert any("cp1252" in warning for warning in record["warnings"])


def test_an_oversized_file_is_refused_with_the_limit_named(cli, tmp_path):
    big = tmp_path / "groot.txt"
    big.write_text(SEED_002.read_text(encoding="utf-8") * 200, encoding="utf-8")
    result = _ingest(cli, tmp_path / "kb.db", str(big), env={"KAMERBRIEVEN_MAX_FILE_MB": "0.1"})
    assert result.exit_code == 1
    assert "te groot" in result.stderr and "groot.txt" in result.stderr


def test_reingesting_the_same_files_changes_nothing(cli, tmp_path):
    db = tmp_path / "kb.db"
    assert _ingest(cli, db, str(SEED_002), str(SEED_000)).exit_code == 0
    before = cli("export", "--db", str(db)).stdout
    again = _ingest(cli, db, str(SEED_002), str(SEED_000))
    assert again.exit_code == 0
    assert "2 ongewijzigd" in again.stdout
    assert cli("export", "--db", str(db)).stdout == before


def test_a_changed_file_replaces_its_record(cli, tmp_path):
    db = tmp_path / "kb.db"
    letter = tmp_path / "brief.txt"
    shutil.copy(SEED_000, letter)
    _ingest(cli, db, str(letter))
    [old] = json.loads(cli("list", "--db", str(db), "--json").stdout)
    letter.write_text(
        SEED_000.read_text(encoding="utf-8").replace("Afghanistan", "Irak"), encoding="utf-8"
    )
    result = _ingest(cli, db, str(letter))
    assert "1 bijgewerkt" in result.stdout
    [new] = json.loads(cli("list", "--db", str(db), "--json").stdout)
    assert new["id"] != old["id"]
    assert cli("show", old["id"], "--db", str(db)).exit_code == 1
    assert "Irak" in json.loads(cli("show", new["id"], "--db", str(db), "--json").stdout)["text"]


def test_show_json_returns_what_parse_gave_with_the_files_it_was_read_from(cli, tmp_path):
    db = tmp_path / "kb.db"
    parsed = json.loads(cli("parse", str(SEED_002)).stdout)
    _ingest(cli, db, str(SEED_002))
    shown = json.loads(cli("show", parsed["id"], "--db", str(db), "--json").stdout)
    # the store keeps where the file is, resolved, and which files it was read from
    resolved = str(SEED_002.resolve())
    assert shown["source"]["path"] == resolved
    assert [s["path"] for s in shown["sources"]] == [resolved]
    assert shown | {"sources": [], "source": parsed["source"]} == parsed


def test_show_of_an_unknown_id_says_so(cli, tmp_path):
    _ingest(cli, tmp_path / "kb.db", str(SEED_002))
    result = cli("show", "kst-1-1", "--db", str(tmp_path / "kb.db"))
    assert result.exit_code == 1 and "geen brief met id kst-1-1" in result.stderr


def test_list_filters_by_date_and_ministry(cli, tmp_path):
    db = tmp_path / "kb.db"
    _ingest(cli, db, str(SEED_002), str(SEED_000))
    dated = json.loads(
        cli("list", "--db", str(db), "--from", "2018-01-01", "--to", "2018-12-31", "--json").stdout
    )
    assert [row["date"] for row in dated] == ["2018-12-12"]
    defensie = json.loads(cli("list", "--db", str(db), "--ministry", "defensie", "--json").stdout)
    assert [row["source_path"] for row in defensie] == [str(SEED_000)]
    assert cli("list", "--db", str(db), "--from", "12-12-2018").exit_code == 2


def test_stats_counts_letters_and_references(cli, tmp_path):
    db = tmp_path / "kb.db"
    _ingest(cli, db, str(SEED_002), str(SEED_000))
    stats = json.loads(cli("stats", "--db", str(db), "--json").stdout)
    assert stats["letters"] == 2
    assert stats["ministries"]["Buitenlandse Zaken"] == 2
    assert stats["references"].get("kamerstuk", 0) >= 3


def test_export_reads_back_in_every_format_with_nothing_lost(cli, tmp_path):
    db = tmp_path / "kb.db"
    _ingest(cli, db, str(SEED_002), str(SEED_000))
    jsonl = cli("export", "--db", str(db), "--format", "jsonl").stdout
    originals = {letter.id: letter for letter in read_jsonl(io.StringIO(jsonl))}
    assert len(originals) == 2
    assert all(isinstance(letter, Letter) for letter in originals.values())

    csv_text = cli("export", "--db", str(db), "--format", "csv").stdout
    from_csv = {letter.id: letter for letter in read_csv(io.StringIO(csv_text))}
    assert from_csv == originals
    assert next(csv.reader(io.StringIO(csv_text)))[0] == "id"

    parquet = tmp_path / "brieven.parquet"
    assert cli("export", "--db", str(db), "--format", "parquet", "-o", str(parquet)).exit_code == 0
    assert {letter.id: letter for letter in read_parquet(parquet)} == originals
    assert pq.read_table(parquet).num_rows == 2


def test_export_to_parquet_without_a_file_is_a_usage_error(cli, tmp_path):
    assert cli("export", "--db", str(tmp_path / "kb.db"), "--format", "parquet").exit_code == 2


def test_a_file_that_is_no_store_gives_a_clear_error(cli, tmp_path):
    not_a_db = tmp_path / "notities.db"
    not_a_db.write_text("dit is geen database\n" * 100)
    result = cli("stats", "--db", str(not_a_db))
    assert result.exit_code == 1 and "geen kamerbrieven-store" in result.stderr


def test_a_folder_that_holds_the_store_is_ingested_without_the_stores_own_files(cli, tmp_path):
    folder = tmp_path / "brieven"
    folder.mkdir()
    shutil.copy(SEED_002, folder)
    (folder / "citeert.txt").write_text(
        "Geachte voorzitter,\n\nZie het voorstel COM(2016) 815 en Trb. 2007, 169.\n\n"
        "De minister van Defensie,\n\nA.B. de Vries\n",
        encoding="utf-8",
    )
    db = folder / "kb.db"  # the store, its WAL files and its index inside the folder
    assert _ingest(cli, db, str(folder)).exit_code == 0
    again = _ingest(cli, db, str(folder))
    assert again.exit_code == 0 and "geweigerd" not in again.stderr
    for target in ("com-2016-815", "trb-2007-169"):
        found = json.loads(cli("search", f"verwijst:{target}", "--db", str(db), "--json").stdout)
        assert found["total"] == 1
