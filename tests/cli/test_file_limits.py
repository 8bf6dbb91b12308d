"""One file can neither hang nor exhaust an ingest: a file whose reading runs over the time
or memory limit, a zip bomb and an entity bomb are refused with their reason, and the
other files of the folder go in (the limits are lowered here so the test stays small)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.cli.conftest import SEED_000, SEED_002
from tests.fuzz.hostile import BILLION_LAUGHS, CORPUS, docx_bomb, letter_lines, pdf_of_lines


@pytest.fixture(scope="module")
def thick_pdf() -> bytes:
    """1500 full pages: some 15 s and 800 MB to read on this kind of machine."""
    return pdf_of_lines(1500, letter_lines())


def _folder(tmp_path: Path, **bad: bytes) -> Path:
    folder = tmp_path / "brieven"
    folder.mkdir()
    shutil.copy(SEED_002, folder / "002.txt")
    shutil.copy(SEED_000, folder / "000.txt")
    for name, data in bad.items():
        (folder / name.replace("_", ".")).write_bytes(data)
    return folder


def _ingest(cli, folder: Path, tmp_path: Path, **env: str) -> dict:
    result = cli("ingest", str(folder), "--db", str(tmp_path / "kb.db"), "--json", env=env)
    assert result.exit_code == 1, result.stderr  # some refused, after doing the rest
    return json.loads(result.stdout)


def test_a_file_that_runs_over_the_time_limit_is_refused_and_the_rest_go_in(
    cli, tmp_path: Path, thick_pdf: bytes
):
    folder = _folder(tmp_path, dik_pdf=thick_pdf)
    report = _ingest(cli, folder, tmp_path, KAMERBRIEVEN_MAX_FILE_SECONDS="3")
    assert report["added"] == 2
    (failure,) = report["failures"]
    assert failure["path"].endswith("dik.pdf")
    assert failure["reason"].startswith("duurde langer dan 3 s (de grens per bestand")
    assert "KAMERBRIEVEN_MAX_FILE_SECONDS" in failure["reason"]


def test_a_file_that_runs_over_the_memory_limit_is_refused_and_the_rest_go_in(
    cli, tmp_path: Path, thick_pdf: bytes
):
    folder = _folder(tmp_path, dik_pdf=thick_pdf)
    env = {"KAMERBRIEVEN_MAX_FILE_MEMORY_MB": "100", "KAMERBRIEVEN_MAX_FILE_SECONDS": "0"}
    report = _ingest(cli, folder, tmp_path, **env)
    assert report["added"] == 2
    (failure,) = report["failures"]
    assert failure["path"].endswith("dik.pdf")
    assert "geheugen" in failure["reason"], failure["reason"]


def test_bombs_are_refused_and_the_rest_go_in(cli, tmp_path: Path):
    bomb = docx_bomb((CORPUS / "kst-36682-10.docx").read_bytes())
    folder = _folder(tmp_path, bom_docx=bomb, lol_xml=BILLION_LAUGHS)
    report = _ingest(cli, folder, tmp_path)
    assert report["added"] == 2
    reasons = {Path(f["path"]).name: f["reason"] for f in report["failures"]}
    assert reasons["bom.docx"].startswith("zip-bom")
    assert reasons["lol.xml"].startswith("XML declareert eigen entiteiten")
