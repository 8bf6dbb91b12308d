"""Run the real `kamerbrieven` command in-process and build folders of good and bad files."""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from kamerbrieven.cli.main import app

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
SEED_002 = SAMPLES / "002_ad9ccb4a6e4e1731.txt"
SEED_000 = SAMPLES / "000_50034ceebe6a1b15.txt"


@dataclass
class Result:
    exit_code: int
    stdout: str
    stderr: str

    def json_lines(self) -> list[dict]:
        return [json.loads(line) for line in self.stdout.splitlines() if line.strip()]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch):
    runner = CliRunner()

    def run(*args: str, env: dict[str, str] | None = None) -> Result:
        result = runner.invoke(app, list(args), env=env, catch_exceptions=False)
        assert "Traceback" not in result.stderr, result.stderr
        return Result(result.exit_code, result.stdout, result.stderr)

    return run


@pytest.fixture
def mixed_folder(tmp_path: Path) -> Path:
    """Two real letters beside every kind of bad input a user's folder holds."""
    folder = tmp_path / "brieven"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(SEED_002, folder / "002.txt")
    shutil.copy(SEED_000, folder / "sub" / "000.txt")
    # A letter saved by an old Windows tool: cp1252, not UTF-8.
    (folder / "cp1252.txt").write_bytes(
        SEED_002.read_text(encoding="utf-8").replace("Nr. 307", "Nr. 308").encode("cp1252")
    )
    (folder / "leeg.txt").write_bytes(b"")
    (folder / "binair.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "kapot.pdf").write_bytes(b"%PDF-1.7\n this is not really a pdf")
    (folder / "oud.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600)
    (folder / "plaatje.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\0" * 100)
    return folder


BAD_FILES = {"leeg.txt", "binair.txt", "kapot.pdf", "oud.doc", "plaatje.jpg"}
