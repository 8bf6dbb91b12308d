"""Several users at once, with real second processes, on both stores: two ingests into
one store (of other letters, and of the same ones), two hosts with their own indexes on
one PostgreSQL database, searches and listings during ingests, a store held by another
process past the wait, and an ingest stopped by SIGTERM or SIGKILL.

Nothing is lost or duplicated, no library message reaches the user, and no worker
process outlives the ingest that started it.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
SEED = REPO / "samples" / "002_ad9ccb4a6e4e1731.txt"
KAMERBRIEVEN = str(Path(sys.executable).parent / "kamerbrieven")
LIBRARY_WORDS = ("LockBusy", "Lockfile", "Traceback", "database is locked")


def _letters(folder: Path, count: int, tag: str) -> Path:
    """`count` distinct letters (the seed, each with a line of its own: its own id)."""
    folder.mkdir(parents=True, exist_ok=True)
    text = SEED.read_text("utf-8")
    for n in range(count):
        (folder / f"{tag}-{n:04d}.txt").write_text(f"{text}\n\nVolgnummer {tag} {n}.\n", "utf-8")
    return folder


def _run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [KAMERBRIEVEN, *args], capture_output=True, text=True, timeout=300, check=False
    )


def _start(*args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [KAMERBRIEVEN, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _no_library_words(text: str) -> None:
    assert not any(word in text for word in LIBRARY_WORDS), text


def _children(pid: int) -> set[int]:
    """Processes whose parent is `pid` (from /proc)."""
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.add(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def _wait_for_workers(process: subprocess.Popen[str], deadline: float = 60) -> set[int]:
    end = time.monotonic() + deadline
    while time.monotonic() < end:
        children = _children(process.pid)
        if len(children) >= 2:
            return children
        time.sleep(0.05)
    raise AssertionError("the ingest started no worker processes")


def test_two_ingests_into_one_store_lose_nothing(db_url: str, tmp_path: Path) -> None:
    first = _letters(tmp_path / "a", 90, "a")
    second = _letters(tmp_path / "b", 90, "b")
    index = str(tmp_path / "kb.index")
    one = _start("ingest", str(first), "--db", db_url, "--index", index, "--json")
    two = _start("ingest", str(second), "--db", db_url, "--index", index, "--json")
    outputs = [p.communicate(timeout=300) for p in (one, two)]
    for process, (out, err) in zip((one, two), outputs, strict=True):
        assert process.returncode == 0, f"exit {process.returncode}\n{out}\n{err}"
        _no_library_words(err)
        assert json.loads(out)["added"] == 90
    stats = json.loads(_run("stats", "--db", db_url, "--json").stdout)
    assert stats["letters"] == 180
    found = _run("search", "Volgnummer", "--db", db_url, "--index", index, "--json")
    _no_library_words(found.stderr)
    assert json.loads(found.stdout)["total"] == 180


def test_a_search_during_an_ingest_answers(db_url: str, tmp_path: Path) -> None:
    folder = _letters(tmp_path / "a", 150, "a")
    index = str(tmp_path / "kb.index")
    _run("ingest", str(SEED), "--db", db_url, "--index", index)
    ingest = _start("ingest", str(folder), "--db", db_url, "--index", index)
    try:
        answers = []
        while ingest.poll() is None:
            found = _run("search", "NAVO", "--db", db_url, "--index", index, "--json")
            _no_library_words(found.stderr)
            assert found.returncode == 0, found.stderr
            answers.append(json.loads(found.stdout)["total"])
        assert answers, "the ingest ended before a search could run"
        assert all(total >= 1 for total in answers)
    finally:
        out, err = ingest.communicate(timeout=300)
    assert ingest.returncode == 0, err


@pytest.mark.parametrize("how", [signal.SIGTERM, signal.SIGKILL], ids=["term", "kill"])
def test_a_stopped_ingest_leaves_no_workers_and_a_usable_store(
    tmp_path: Path, how: signal.Signals
) -> None:
    folder = _letters(tmp_path / "a", 400, "a")
    db = str(tmp_path / "kb.db")
    index = str(tmp_path / "kb.index")
    ingest = _start("ingest", str(folder), "--db", db, "--index", index)
    workers = _wait_for_workers(ingest)
    time.sleep(0.5)
    os.kill(ingest.pid, how)
    out, err = ingest.communicate(timeout=60)
    end = time.monotonic() + 10
    while any(_alive(pid) for pid in workers) and time.monotonic() < end:
        time.sleep(0.1)
    assert not any(_alive(pid) for pid in workers), "a worker outlived its ingest"
    if how == signal.SIGTERM:
        assert ingest.returncode == 130, err
        assert "gestopt na" in err and "bestanden" in out
        _no_library_words(err)
    # the store is consistent: a second run reads the rest, and then all are there
    again = _run("ingest", str(folder), "--db", db, "--index", index, "--json")
    assert again.returncode == 0, again.stderr
    report = json.loads(again.stdout)
    assert report["added"] + report["unchanged"] == 400
    stats = json.loads(_run("stats", "--db", db, "--json").stdout)
    assert stats["letters"] == 400
    found = json.loads(_run("search", "Volgnummer", "--db", db, "--index", index, "--json").stdout)
    assert found["total"] == 400


def test_two_ingests_of_the_same_letters_store_each_once(tmp_path: Path) -> None:
    """(On PostgreSQL the two hosts below share letters too.)"""
    db_url = str(tmp_path / "kb.db")
    folder = _letters(tmp_path / "a", 70, "a")
    index = str(tmp_path / "kb.index")
    both = [_start("ingest", str(folder), "--db", db_url, "--index", index, "--json") for _ in "ab"]
    reports = []
    for process in both:
        out, err = process.communicate(timeout=300)
        assert process.returncode == 0, err
        _no_library_words(err)
        reports.append(json.loads(out))
    assert sum(r["added"] for r in reports) == 70  # each letter added by one of the two
    assert sum(r["unchanged"] for r in reports) == 70  # and found stored by the other
    assert all(r["updated"] == 0 and r["failures"] == [] for r in reports)
    listed = json.loads(_run("list", "--db", db_url, "--json").stdout)
    assert len(listed) == len({row["id"] for row in listed}) == 70
    found = _run("search", "Volgnummer", "--db", db_url, "--index", index, "--json")
    assert json.loads(found.stdout)["total"] == 70
    assert _run("check", "--db", db_url, "--index", index).returncode == 0


@pytest.mark.postgres
def test_two_hosts_ingest_into_one_postgresql_database(pg_url: str, tmp_path: Path) -> None:
    """Two hosts: each its own working directory, so its own index (the default for a
    PostgreSQL store), and its own copies of the files, half of them the same letters."""
    hosts = [tmp_path / "host-a", tmp_path / "host-b"]
    folders = [_letters(hosts[0] / "brieven", 70, "x"), hosts[1] / "brieven"]
    folders[1].mkdir(parents=True)
    for n in range(35, 70):  # host b has the second half of host a's letters ...
        shutil.copy(folders[0] / f"x-{n:04d}.txt", folders[1] / f"x-{n:04d}.txt")
    _letters(folders[1], 35, "y")  # ... and 35 of its own
    ingests = [
        subprocess.Popen(
            [KAMERBRIEVEN, "ingest", "brieven", "--db", pg_url, "--json"],
            cwd=host,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for host in hosts
    ]
    reports = []
    for ingest in ingests:
        out, err = ingest.communicate(timeout=300)
        assert ingest.returncode == 0, err
        _no_library_words(err)
        reports.append(json.loads(out))
    assert sum(r["added"] for r in reports) == 105
    assert sum(r["unchanged"] for r in reports) == 35
    stats = json.loads(_run("stats", "--db", pg_url, "--json").stdout)
    assert stats["letters"] == 105
    for host in hosts:  # each host's own index catches up with what the other stored
        found = subprocess.run(
            [KAMERBRIEVEN, "search", "Volgnummer", "--db", pg_url, "--json"],
            cwd=host,
            capture_output=True,
            text=True,
            timeout=300,
        )
        _no_library_words(found.stderr)
        assert json.loads(found.stdout)["total"] == 105
        checked = subprocess.run(
            [KAMERBRIEVEN, "check", "--db", pg_url], cwd=host, capture_output=True, text=True
        )
        assert checked.returncode == 0, checked.stdout


def test_readers_answer_while_two_ingests_write_one_sqlite_store(tmp_path: Path) -> None:
    db, index = str(tmp_path / "kb.db"), str(tmp_path / "kb.index")
    _run("ingest", str(SEED), "--db", db, "--index", index)
    writers = [
        _start("ingest", str(_letters(tmp_path / t, 70, t)), "--db", db, "--index", index)
        for t in "ab"
    ]
    counts = []
    try:
        while any(w.poll() is None for w in writers):
            for command in (["stats", "--json"], ["list", "--json", "--limit", "5"]):
                answer = _run(*command, "--db", db)
                _no_library_words(answer.stderr)
                assert answer.returncode == 0, answer.stderr
            counts.append(json.loads(_run("stats", "--db", db, "--json").stdout)["letters"])
            found = _run("search", "NAVO", "--db", db, "--index", index, "--json")
            _no_library_words(found.stderr)
            assert found.returncode == 0, found.stderr
    finally:
        for writer in writers:
            _, err = writer.communicate(timeout=300)
            assert writer.returncode == 0, err
            _no_library_words(err)
    assert counts and counts == sorted(counts), counts  # never a letter less
    assert json.loads(_run("stats", "--db", db, "--json").stdout)["letters"] == 141


def test_a_store_held_past_the_wait_is_one_dutch_line(
    cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamerbrieven.store import sqlite as sqlite_store

    db = tmp_path / "kb.db"
    assert cli("ingest", str(SEED), "--db", str(db)).exit_code == 0
    monkeypatch.setattr(sqlite_store, "WAIT_SECONDS", 1)
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another process's long write
    try:
        other = _letters(tmp_path / "b", 2, "b")
        result = cli("ingest", str(other), "--db", str(db))
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"kamerbrieven: de store {db} is langer dan 1 s bezet door een ander proces\n"
    )
    _no_library_words(result.stderr)
