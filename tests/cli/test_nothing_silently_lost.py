"""Work done on nothing is not reported as success: a folder that cannot be read (also
deep inside an ingested folder), a pattern that matches nothing and a folder without
files are named with the reason; a web page that is no parliamentary document is refused
(or kept as kind `other` with --accept-other)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from tests.cli.conftest import SEED_002

SHOP = """<!doctype html><html><head><title>De Fietsenwinkel - Aanbiedingen</title></head>
<body><nav>Home | Fietsen | Winkelwagen</nav><h1>Zomeraanbieding</h1>
<p>Bestel vandaag je nieuwe stadsfiets en ontvang gratis een fietsslot. Op werkdagen
voor 16.00 uur besteld is morgen in huis. Retourneren kan binnen 30 dagen.</p>
<p>Bekijk ook onze e-bikes en kinderfietsen. Betalen met iDEAL of in drie termijnen.</p>
</body></html>"""


def _unreadable_folder(parent: Path) -> Path:
    """A folder the operating system will not list for us: mode 000 where that stops us;
    as root (who reads anything) one nested deeper than a path may be long."""
    folder = parent / "geheim"
    folder.mkdir()
    shutil.copy(SEED_002, folder / "verborgen.txt")
    folder.chmod(0)
    if not os.access(folder, os.R_OK):
        return folder
    folder.chmod(0o755)
    fd = os.open(folder, os.O_RDONLY)
    for _ in range(20):  # 20 x 250 characters: past PATH_MAX (4096), made step by step
        os.mkdir("d" * 250, dir_fd=fd)
        inner = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
        os.close(fd)
        fd = inner
    os.close(fd)
    return folder


@pytest.fixture
def folder(tmp_path: Path):
    brieven = tmp_path / "brieven"
    brieven.mkdir()
    shutil.copy(SEED_002, brieven / "002.txt")
    hidden = _unreadable_folder(brieven)
    yield brieven
    hidden.chmod(0o755)


def test_an_unreadable_folder_inside_an_ingested_folder_is_named(cli, tmp_path, folder):
    result = cli("ingest", str(folder), "--db", str(tmp_path / "kb.db"), "--json")
    report = json.loads(result.stdout)
    assert result.exit_code == 1
    assert report["added"] == 1  # the readable letter still went in
    problems = {f["path"]: f["reason"] for f in report["failures"]}
    assert any(path.startswith(str(folder / "geheim")) for path in problems), problems
    assert all("map niet te lezen" in reason for reason in problems.values())


def test_a_pattern_that_matches_nothing_is_an_error(cli, tmp_path):
    pattern = str(tmp_path / "nergens" / "*.pdf")
    result = cli("ingest", pattern, "--db", str(tmp_path / "kb.db"))
    assert result.exit_code == 1
    assert "het patroon past op geen enkel bestand" in result.stderr
    assert pattern in result.stderr
    assert "0 bestanden" in result.stdout


def test_a_folder_without_files_is_named(cli, tmp_path):
    (tmp_path / "leeg").mkdir()
    result = cli("ingest", str(tmp_path / "leeg"), "--db", str(tmp_path / "kb.db"))
    assert result.exit_code == 1 and "map zonder bestanden" in result.stderr


def test_a_shop_page_is_refused_unless_accepted_as_other(cli, tmp_path):
    page = tmp_path / "winkel.html"
    page.write_text(SHOP, "utf-8")
    db = str(tmp_path / "kb.db")
    refused = cli("ingest", str(page), "--db", db, "--json")
    assert refused.exit_code == 1
    (failure,) = json.loads(refused.stdout)["failures"]
    assert "geen kenmerken van een parlementair stuk" in failure["reason"]
    assert "--accept-other" in failure["reason"]
    assert json.loads(cli("stats", "--db", db, "--json").stdout)["letters"] == 0
    kept = cli("ingest", str(page), "--db", db, "--accept-other", "--json")
    assert kept.exit_code == 0 and json.loads(kept.stdout)["added"] == 1
    (row,) = json.loads(cli("list", "--db", db, "--json").stdout)
    assert row["kind"] == "other"


def test_parse_says_a_shop_page_is_no_parliamentary_document(cli, tmp_path):
    page = tmp_path / "winkel.html"
    page.write_text(SHOP, "utf-8")
    record = json.loads(cli("parse", str(page)).stdout)
    assert "geen kenmerken van een parlementair stuk" in record["warnings"]
