"""The installed `kamerbrieven` program itself, as a user's shell runs it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import SEED_002

PROGRAM = Path(sys.executable).with_name("kamerbrieven")


def test_installed_program_parses_a_letter():
    done = subprocess.run(
        [str(PROGRAM), "parse", str(SEED_002)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["date"] == "2018-12-12"


def test_installed_program_reports_a_directory_given_as_file_without_traceback(tmp_path):
    done = subprocess.run(
        [str(PROGRAM), "parse", str(tmp_path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 1
    assert "is een map" in done.stderr
    assert "Traceback" not in done.stderr


def test_help_lists_every_command():
    done = subprocess.run([str(PROGRAM), "--help"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0
    for command in ("parse", "ingest", "show", "list", "stats", "export", "search", "reindex"):
        assert command in done.stdout
