"""An ingest killed with SIGKILL at a random moment leaves a store that is whole and an
index that at most lags behind it; running the ingest again ends with exactly the letters
a clean run gives. Also when the kill comes while changed files replace their letters.

Each round starts on a new store, kills the ingest at a random moment (starting up,
creating the store or the index, reading, writing, committing; in the long run one to
three times a round), runs `kamerbrieven check` after each kill, then runs the ingest to
its end and compares. The default run makes a few kills; KAMERBRIEVEN_LONG_TESTS=1
makes at least 50 on SQLite and 20 on PostgreSQL. The random seed is printed, and
KAMERBRIEVEN_KILL_SEED repeats a run.
"""

from __future__ import annotations

import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from kamerbrieven.errors import StoreError
from kamerbrieven.health import Health, check
from kamerbrieven.knowledge_base import open_knowledge_base
from kamerbrieven.store import open_store

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "data" / "corpus"
SEED = REPO / "samples" / "002_ad9ccb4a6e4e1731.txt"
KAMERBRIEVEN = str(Path(sys.executable).parent / "kamerbrieven")
LONG = os.environ.get("KAMERBRIEVEN_LONG_TESTS") == "1"
KILLS = {"sqlite": 50 if LONG else 2, "postgres": 20 if LONG else 1}
KILLS_A_ROUND = (1, 2, 3) if LONG else (1,)
SYNTHETIC = 60  # letters made from the seed, each with a line of its own
REAL = (  # a letter in two files (merged), a typeset PDF, a 29-page PDF, a Word letter
    CORPUS / "kst-28286-1366.pdf",
    CORPUS / "kst-28286-1366.xml",
    REPO / "samples" / "kst-29515-496.pdf",
    CORPUS / "kst-36450-3.pdf",
    CORPUS / "kst-36682-10.docx",
)
CHANGED = range(0, SYNTHETIC, 6)  # the files an update round changes in place


def _make_folder(folder: Path) -> Path:
    folder.mkdir(parents=True)
    text = SEED.read_text("utf-8")
    for n in range(SYNTHETIC):
        (folder / f"a-{n:04d}.txt").write_text(f"{text}\n\nVolgnummer {n}.\n", "utf-8")
    for path in REAL:
        shutil.copy(path, folder / path.name)
    return folder


def _change(folder: Path) -> None:
    """Some files get new content at the same path: their letters are replaced."""
    for n in CHANGED:
        path = folder / f"a-{n:04d}.txt"
        path.write_text(path.read_text("utf-8") + "Gewijzigd na verzending.\n", "utf-8")


def _run(*args: str, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [KAMERBRIEVEN, *args], capture_output=True, text=True, timeout=timeout, check=False
    )


def _ids(where: list[str]) -> set[str]:
    with open_store(where[1], create=False) as store:
        return set(store.versions())


def _health(where: list[str]) -> Health | None:
    """`kamerbrieven check` of the store and index (in this process: the ingest is what
    is killed); None when the ingest was killed before it made the SQLite file."""
    try:
        kb = open_knowledge_base(where[1], where[3], create=False)
    except StoreError as error:
        assert "er is geen store" in str(error)
        return None
    with kb:
        return check(kb)


@dataclass(frozen=True)
class Expected:
    ids: set[str]  # after a clean ingest of the folder
    changed_ids: set[str]  # after a clean ingest, the change, and a clean ingest again
    seconds: float  # how long a clean ingest took


@pytest.fixture(scope="module")
def expected(tmp_path_factory: pytest.TempPathFactory) -> Expected:
    base = tmp_path_factory.mktemp("clean")
    folder = _make_folder(base / "brieven")
    where = ["--db", str(base / "kb.db"), "--index", str(base / "kb.index")]
    started = time.monotonic()
    assert _run("ingest", str(folder), *where).returncode == 0
    seconds = time.monotonic() - started
    ids = _ids(where)
    assert len(ids) == SYNTHETIC + 4  # the two files of one letter are one letter
    _change(folder)
    assert _run("ingest", str(folder), *where).returncode == 0
    return Expected(ids, _ids(where), seconds)


def _lagging_index_only(where: list[str], *, replacing: bool) -> None:
    """After a kill: the store is whole; the index may lack what was not committed yet
    (and, while letters were being replaced, still hold their old versions)."""
    health = _health(where)
    if health is None:
        return
    store = [p.what for p in health.problems if p.part == "store"]
    assert store == [], store
    allowed = ("niet (of in een oudere versie) in de zoekindex", "er is geen zoekindex")
    if replacing:
        allowed += ("in de zoekindex die niet (meer) in de store staan",)
    for problem in health.problems:
        assert any(words in problem.what for words in allowed), problem


def _kill_at_random(rng: random.Random, where: list[str], folder: Path, span: float) -> bool:
    """Start an ingest and SIGKILL it after a random while; False when it ended first."""
    ingest = subprocess.Popen(
        [KAMERBRIEVEN, "ingest", str(folder), *where],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    # a third of the kills come early: starting up, creating the store and the index
    time.sleep(rng.uniform(0, 0.8) if rng.random() < 0.3 else rng.uniform(0, span))
    if ingest.poll() is not None:
        return False
    os.kill(ingest.pid, signal.SIGKILL)
    ingest.wait(timeout=60)
    return True


def _finish_and_compare(where: list[str], folder: Path, ids: set[str]) -> None:
    again = _run("ingest", str(folder), *where, "--json")
    assert again.returncode == 0, again.stderr
    health = _health(where)
    assert health is not None and health.problems == []
    assert _ids(where) == ids
    with open_knowledge_base(where[1], where[3], create=False) as kb:
        assert kb.search("Volgnummer").total == SYNTHETIC


def _fresh_store(backend: str, place: Path, request: pytest.FixtureRequest) -> list[str]:
    if backend == "postgres":
        db = request.getfixturevalue("new_postgres_database")()
    else:
        db = str(place / "kb.db")
    return ["--db", db, "--index", str(place / "kb.index")]


@pytest.mark.parametrize(
    "backend", ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
)
def test_an_ingest_killed_at_random_moments_loses_nothing(
    backend: str, expected: Expected, tmp_path: Path, request: pytest.FixtureRequest
):
    seed = int(os.environ.get("KAMERBRIEVEN_KILL_SEED", random.randrange(1 << 30)))
    print(f"KAMERBRIEVEN_KILL_SEED={seed}")
    rng = random.Random(seed)
    span = expected.seconds * 0.9
    kills = misses = rounds = 0
    while kills < KILLS[backend]:
        rounds += 1
        place = tmp_path / f"ronde-{rounds}"
        folder = _make_folder(place / "brieven")
        where = _fresh_store(backend, place, request)
        replacing = rounds % 3 == 2  # every third round kills while letters are replaced
        if replacing:
            assert _run("ingest", str(folder), *where).returncode == 0
            _change(folder)
        for _ in range(rng.choice(KILLS_A_ROUND)):
            while not _kill_at_random(rng, where, folder, span):  # it ended before the kill
                misses += 1
                assert misses < 10 + kills, "the ingest keeps ending before the kill"
            kills += 1
            _lagging_index_only(where, replacing=replacing)
        _finish_and_compare(where, folder, expected.changed_ids if replacing else expected.ids)
        shutil.rmtree(place, ignore_errors=True)
    print(f"{kills} kills in {rounds} rounds on {backend}: nothing lost or duplicated")
