"""A full disk and a read-only store give one clear line in Dutch, and the store is whole
and usable afterwards.

The disks are real: a small tmpfs mounted for the test, grown or made read-only while the
store is on it (the tests run as root under `make test`). Where mounting is not allowed,
the closest honest equivalents stand in: for a full disk a file-size limit on the ingest
(RLIMIT_FSIZE: its writes past the limit fail as on a full disk, though the error is
"file too large", not "no space"); for a read-only disk, files and folders without write
permission. The file-size limit also runs as root, as a second kind of write failure.
"""

from __future__ import annotations

import json
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from kamerbrieven.health import check
from kamerbrieven.knowledge_base import open_knowledge_base

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "samples" / "002_ad9ccb4a6e4e1731.txt"
KAMERBRIEVEN = str(Path(sys.executable).parent / "kamerbrieven")
LETTERS = 40


@dataclass
class Disk:
    """A folder on a small disk of its own (tmpfs) or, without mount rights, a folder."""

    path: Path
    mounted: bool

    def resize(self, size: str) -> None:
        """A new size, as mount writes it: "200k", "60m"."""
        if self.mounted:
            _mount("-o", f"remount,size={size}", str(self.path))

    def read_only(self, yes: bool) -> None:
        if self.mounted:
            _mount("-o", f"remount,{'ro' if yes else 'rw'}", str(self.path))
            return
        for item in [self.path, *self.path.rglob("*")]:  # no write permission instead
            mode = item.stat().st_mode
            item.chmod(mode & ~0o222 if yes else mode | 0o200)


def _mount(*args: str) -> None:
    subprocess.run(["mount", *args], check=True, capture_output=True, timeout=30)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Disk]:
    path = tmp_path / "schijf"
    path.mkdir()
    try:
        _mount("-t", "tmpfs", "-o", "size=3m", "tmpfs", str(path))
        disk = Disk(path, mounted=True)
    except (subprocess.CalledProcessError, OSError):
        disk = Disk(path, mounted=False)
    try:
        yield disk
    finally:
        if disk.mounted:
            subprocess.run(["umount", "-l", str(path)], capture_output=True, timeout=30)
        else:
            disk.read_only(False)


@pytest.fixture(scope="module")
def letters(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("brieven")
    text = SEED.read_text("utf-8")
    for n in range(LETTERS):
        (folder / f"a-{n:04d}.txt").write_text(f"{text}\n\nVolgnummer {n}.\n", "utf-8")
    return folder


def _run(*args: str, file_limit: int | None = None) -> subprocess.CompletedProcess[str]:
    def limit_files() -> None:  # in the child: writes past the limit fail with EFBIG
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (file_limit, file_limit))

    return subprocess.run(
        [KAMERBRIEVEN, *args],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
        preexec_fn=limit_files if file_limit else None,
    )


def _one_clear_line(done: subprocess.CompletedProcess[str]) -> str:
    """The error: a `kamerbrieven:` line and at most a hint, no internal error."""
    assert done.returncode == 1, done.stderr
    lines = [line for line in done.stderr.splitlines() if not line.startswith("  hint: ")]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("kamerbrieven: ") and "interne fout" not in lines[0]
    assert "Traceback" not in done.stderr
    return lines[0]


def _store_whole_index_may_lag(db: str, index: str) -> int:
    with open_knowledge_base(db, index, create=False) as kb:
        health = check(kb)
    assert [p.what for p in health.problems if p.part == "store"] == []
    for problem in health.problems:
        assert "niet (of in een oudere versie) in de zoekindex" in problem.what, problem
    return health.letters


def _all_in(db: str, index: str, letters: Path) -> None:
    done = _run("ingest", str(letters), "--db", db, "--index", index, "--json")
    assert done.returncode == 0, done.stderr
    with open_knowledge_base(db, index, create=False) as kb:
        assert check(kb).problems == []
        assert kb.store.count() == LETTERS
        assert kb.search("Volgnummer").total == LETTERS


def test_a_full_disk_under_the_store_stops_the_ingest_with_one_line(
    small_disk: Disk, letters: Path
):
    db, index = str(small_disk.path / "kb.db"), str(small_disk.path / "kb.index")
    limit = None if small_disk.mounted else 3 * 2**20
    line = _one_clear_line(
        _run("ingest", str(letters), "--db", db, "--index", index, file_limit=limit)
    )
    if small_disk.mounted:
        assert "schijf" in line and " vol" in line, line
    stored = _store_whole_index_may_lag(db, index)
    assert 0 < stored < LETTERS
    found = _run("search", "Volgnummer", "--db", db, "--index", index, "--json")
    assert found.returncode == 0 and json.loads(found.stdout)["total"] <= stored
    small_disk.resize("60m")
    _all_in(db, index, letters)


def test_a_full_disk_under_the_index_stops_the_ingest_with_one_line(
    small_disk: Disk, letters: Path, tmp_path: Path
):
    if not small_disk.mounted:
        pytest.skip("needs a disk of its own for the index (mount); the store test covers it")
    small_disk.resize("200k")
    db, index = str(tmp_path / "kb.db"), str(small_disk.path / "kb.index")
    line = _one_clear_line(_run("ingest", str(letters), "--db", db, "--index", index))
    assert line.startswith(f"kamerbrieven: de schijf van de zoekindex in {index} is vol"), line
    _store_whole_index_may_lag(db, index)
    assert _run("search", "Volgnummer", "--db", db, "--index", index).returncode == 0
    small_disk.resize("60m")
    _all_in(db, index, letters)


def test_a_file_size_limit_stops_the_ingest_with_one_line(tmp_path: Path, letters: Path):
    db, index = str(tmp_path / "kb.db"), str(tmp_path / "kb.index")
    line = _one_clear_line(
        _run("ingest", str(letters), "--db", db, "--index", index, file_limit=2 * 2**20)
    )
    assert "schijf" in line, line
    assert 0 < _store_whole_index_may_lag(db, index) < LETTERS
    _all_in(db, index, letters)


def test_a_read_only_store_can_be_read_and_says_why_nothing_goes_in(
    cli, small_disk: Disk, letters: Path, tmp_path: Path
):
    small_disk.resize("30m")
    db, index = str(small_disk.path / "kb.db"), str(small_disk.path / "kb.index")
    few = tmp_path / "enkele"
    few.mkdir()
    for path in sorted(letters.iterdir())[:5]:
        shutil.copy(path, few / path.name)
    assert _run("ingest", str(few), "--db", db, "--index", index).returncode == 0
    small_disk.read_only(True)
    line = _one_clear_line(_run("ingest", str(letters), "--db", db, "--index", index))
    assert line == f"kamerbrieven: de store {db} is alleen-lezen: er kan niets bij"
    # reading goes on (the commands in this process)
    assert json.loads(cli("stats", "--db", db, "--json").stdout)["letters"] == 5
    listed = json.loads(cli("list", "--db", db, "--json").stdout)
    assert cli("show", listed[0]["id"], "--db", db).exit_code == 0
    assert len(cli("export", "--db", db).stdout.splitlines()) == 5
    if small_disk.mounted:  # tantivy must write a lock file to search an index
        refused = cli("search", "Volgnummer", "--db", db, "--index", index)
        assert refused.exit_code == 1
        assert refused.stderr.startswith(
            f"kamerbrieven: de zoekindex in {index} staat op een alleen-lezen schijf\n  hint: "
        )
    elsewhere = str(tmp_path / "elders.index")  # the hint: an index on a writable disk
    found = cli("search", "Volgnummer", "--db", db, "--index", elsewhere, "--json")
    assert found.exit_code == 0 and json.loads(found.stdout)["total"] == 5
    small_disk.read_only(False)
    _all_in(db, index, letters)
