"""Every command in the README's Usage block runs as written on the demo store (the
samples read into kamerbrieven.db, as `make demo` does), in a copy of the project's
folder layout, and exits 0."""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def _usage_commands() -> list[str]:
    readme = (REPO / "README.md").read_text("utf-8")
    block = readme.split("## Usage", 1)[1].split("```sh", 1)[1].split("```", 1)[0]
    lines = [re.sub(r"\s+#\s.*$", "", line).strip() for line in block.splitlines()]
    return [line for line in lines if line.startswith("kamerbrieven ")]


COMMANDS = _usage_commands()


def test_the_readme_shows_the_commands() -> None:
    names = {command.split()[1] for command in COMMANDS}
    assert {"parse", "ingest", "list", "show", "stats", "search", "export", "reindex"} <= names


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("demo")
    shutil.copytree(REPO / "samples", folder / "samples")
    done = subprocess.run(
        [str(BIN / "kamerbrieven"), "ingest", "samples/"], cwd=folder, capture_output=True
    )
    assert done.returncode == 0, done.stderr
    return folder


@pytest.mark.parametrize("command", COMMANDS)
def test_each_readme_command_runs_on_the_demo_store(demo: Path, command: str) -> None:
    env = {**os.environ, "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}"}
    done = subprocess.run(
        command, shell=True, cwd=demo, env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, f"{command}\n{done.stderr}"
    assert "Traceback" not in done.stderr
    assert done.stdout.strip() or done.stderr.strip(), f"{command} printed nothing"
    assert shlex.split(command)  # a command a shell can read


def _block(after: str, language: str) -> str:
    readme = (REPO / "README.md").read_text("utf-8")
    return readme.split(after, 1)[1].split(f"```{language}", 1)[1].split("```", 1)[0]


def test_the_python_example_runs_on_the_demo_store(demo: Path) -> None:
    code = _block("### From Python", "python")
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=demo, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "kst-" in done.stdout or "sha-" in done.stdout


def test_the_sql_example_runs_on_the_demo_store(demo: Path) -> None:
    import sqlite3

    sql = _block("### With SQL", "sql")
    with sqlite3.connect(demo / "kamerbrieven.db") as conn:
        rows = conn.execute(sql).fetchall()
    assert rows and all(row[2].startswith("Kamerstuk") for row in rows)
