"""A huge text file is read up to a limit, with a warning, and leaves a store that answers:
what is indexed and stored of one letter is bounded (KAMERBRIEVEN_MAX_TEXT_CHARS, here
lowered so the test stays small; the default is 3 million characters)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.cli.conftest import SEED_002

KAMERBRIEVEN = str(Path(sys.executable).parent / "kamerbrieven")
LIMIT = 300_000


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "KAMERBRIEVEN_MAX_TEXT_CHARS": str(LIMIT)}
    return subprocess.run(
        [KAMERBRIEVEN, *args], capture_output=True, text=True, env=env, timeout=300
    )


def test_a_huge_file_is_cut_with_a_warning_and_the_store_still_answers(tmp_path: Path):
    letter = SEED_002.read_text("utf-8")
    huge = tmp_path / "huge.txt"
    huge.write_text("\n\n".join([letter] * 200), "utf-8")  # some 3 MB
    assert huge.stat().st_size > 9 * LIMIT
    db = str(tmp_path / "kb.db")
    done = _run("ingest", str(huge), "--db", db, "--json")
    assert done.returncode == 0, done.stderr
    (letter_id,) = [row["id"] for row in json.loads(_run("list", "--db", db, "--json").stdout)]
    record = json.loads(_run("show", letter_id, "--db", db, "--json").stdout)
    assert len(record["text"]) <= LIMIT
    (warning,) = [w for w in record["warnings"] if w.startswith("tekst ingekort")]
    assert "300.000" in warning or int(warning.split()[3].replace(".", "")) <= LIMIT
    found = json.loads(_run("search", "NAVO", "--db", db, "--json").stdout)
    assert found["total"] == 1 and "<b>" in found["hits"][0]["snippet"]
    assert _run("show", letter_id, "--db", db).returncode == 0
