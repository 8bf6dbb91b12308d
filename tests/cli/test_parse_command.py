"""`kamerbrieven parse`: records on stdout, one JSON object a line, bad files named."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
from tests.cli.conftest import REPO, SEED_000, SEED_002

SCHEMA = json.loads((REPO / "docs" / "record.schema.json").read_text(encoding="utf-8"))


def test_one_file_prints_one_record_that_matches_the_record_contract(cli):
    result = cli("parse", str(SEED_002), "--format", "json")
    assert result.exit_code == 0
    [record] = result.json_lines()
    jsonschema.validate(record, SCHEMA)
    assert record["source"]["path"] == str(SEED_002)
    assert record["source"]["format"] == "text"
    assert record["number"] == 307


def test_every_sample_in_every_format_matches_the_record_contract(cli):
    samples = sorted(str(p) for p in (REPO / "samples").iterdir())
    result = cli("parse", *samples)
    records = result.json_lines()
    assert result.exit_code == 0, result.stderr
    assert [r["source"]["path"] for r in records] == samples
    formats = set()
    for record in records:
        jsonschema.validate(record, SCHEMA)
        formats.add(record["source"]["format"])
        for section in record["sections"]:
            assert 0 <= section["start"] <= section["end"] <= len(record["text"])
    assert formats == {"text", "pdf", "xml", "docx"}


def test_several_files_print_json_lines_in_the_order_given(cli):
    result = cli("parse", str(SEED_002), str(SEED_000))
    records = result.json_lines()
    assert [r["source"]["path"] for r in records] == [str(SEED_002), str(SEED_000)]
    assert len(result.stdout.strip().splitlines()) == 2


def test_a_bad_file_is_named_with_its_reason_and_the_others_still_print(cli, tmp_path: Path):
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    result = cli("parse", str(SEED_002), str(empty), str(SEED_000))
    assert result.exit_code == 1
    assert len(result.json_lines()) == 2
    assert f"{empty}: leeg bestand" in result.stderr


def test_a_missing_file_is_refused_not_crashed_on(cli, tmp_path: Path):
    result = cli("parse", str(tmp_path / "bestaat-niet.txt"))
    assert result.exit_code == 1
    assert "bestaat niet" in result.stderr


def test_text_format_shows_metadata_then_body(cli):
    result = cli("parse", str(SEED_002), "--format", "text")
    assert result.exit_code == 0
    head, _, body = result.stdout.partition("\n\n")
    assert "datum:" in head and "12 december 2018" in head
    assert "Hierbij informeer ik u" in body
    # what the reader found, as --json has it
    assert "== Verwijzingen (5)" in body and "-> kst-33694-34" in body
    assert "S.A. Blok (Minister van Buitenlandse Zaken)" in body
    assert "Brussel" in body.split("== Vergaderingen")[1]
    assert "toezegging (het kabinet): Zoals eerder is gemeld" in body


def test_library_messages_are_dutch(cli):
    for args, dutch in (
        (["search", "--limit", "0", "x"], "ongeldige waarde voor --limit: moet minstens 1 zijn"),
        (["search"], "argument QUERY ontbreekt"),
        (["list", "--zzz"], "onbekende optie: --zzz"),
        (["zoek"], "onbekend commando 'zoek'"),
        (["export", "--format", "xls"], "'xls' is geen van 'jsonl', 'csv', 'parquet'"),
    ):
        result = cli(*args)
        assert result.exit_code == 2
        assert dutch in result.stderr, result.stderr
        for english in ("Usage", "Error", "Missing", "No such", "Invalid", "Try "):
            assert english not in result.stderr


def test_help_is_dutch(cli):
    out = cli("search", "--help").stdout
    assert "Gebruik:" in out and "Opties" in out and "Zoek in de brieven" in out
    assert "Usage" not in out and "Options" not in out


@pytest.mark.parametrize("args", [["parse"], ["parse", "x.txt", "--format", "yaml"], ["nonsense"]])
def test_usage_errors_exit_with_2(cli, args):
    assert cli(*args).exit_code == 2
