"""A sync killed with SIGKILL at a random moment leaves a store that is whole and an index
that at most lags behind it; syncing again ends with exactly what a clean sync gives: the
same letters, the same record of each synced document, the same commitments register.

Each round starts on a new store, syncs the Tweede Kamer's open data (the replay server
answers slowly enough that a kill can fall while it fetches, reads or stores), kills the
`kamerbrieven sync` process at a random moment, checks the store with `kamerbrieven
check`'s function, and syncs again to the end. A few kills by default; at least 50 with
KAMERBRIEVEN_LONG_TESTS=1. The seed is printed; KAMERBRIEVEN_KILL_SEED repeats a run.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from tests.sync.replay import ReplayServer, Reply
from tests.sync.sources import TK, XML, feed, serve_tk_first_sync

from kamerbrieven.errors import StoreError
from kamerbrieven.health import check
from kamerbrieven.knowledge_base import open_knowledge_base

KAMERBRIEVEN = str(Path(sys.executable).parent / "kamerbrieven")
KILLS = 50 if os.environ.get("KAMERBRIEVEN_LONG_TESTS") == "1" else 2
LAG = ("niet (of in een oudere versie) in de zoekindex", "er is geen zoekindex")


def _env(server: ReplayServer) -> dict[str, str]:
    return os.environ | {
        "KAMERBRIEVEN_TK_URL": server.url,
        "KAMERBRIEVEN_SRU_URL": server.url + "/sru",
        "KAMERBRIEVEN_SYNC_ATTEMPTS": "2",
        "KAMERBRIEVEN_SYNC_WAIT": "0.01",
    }


def _sync(place: Path, server: ReplayServer) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [KAMERBRIEVEN, "sync", "--db", str(place / "kb.db"), "--rate", "50"],
        env=_env(server),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def _state(place: Path) -> tuple[set[str], list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The letters, the synced documents and the register: what must come out the same."""
    with open_knowledge_base(str(place / "kb.db"), create=False) as kb:
        letters = set(kb.store.versions())
        documents = kb.store.query(
            "SELECT source, remote_id, version, status, letter_id FROM sync_documents"
            " ORDER BY source, remote_id"
        )
        register = kb.store.query("SELECT id, number, status FROM toezeggingen ORDER BY id")
    return letters, documents, register


def _whole(place: Path) -> None:
    try:
        kb = open_knowledge_base(str(place / "kb.db"), create=False)
    except StoreError as error:  # killed before the store was made
        assert "er is geen store" in str(error)
        return
    with kb:
        problems = check(kb).problems
    assert [p.what for p in problems if p.part == "store"] == []
    for problem in problems:
        assert any(words in problem.what for words in LAG), problem


@pytest.fixture
def slow_server() -> ReplayServer:
    with ReplayServer() as server:
        serve_tk_first_sync(server)
        # past the last page the feed is empty (a sync killed after its last page asks)
        for category, token, empty in (
            ("Document", 20512007, "feed-document-4.xml"),
            ("Toezegging", 20512950, "feed-toezegging-2.xml"),
        ):
            server.route(feed(server, category, token), Reply(body=TK / empty, headers=XML))
        server.delay_all(0.15)  # every answer a moment late: kills fall mid-sync
        yield server


def test_a_sync_killed_at_random_moments_loses_nothing(slow_server: ReplayServer, tmp_path: Path):
    clean = tmp_path / "schoon"
    clean.mkdir()
    started = time.monotonic()
    assert _sync(clean, slow_server).wait(timeout=300) == 0
    span = time.monotonic() - started
    expected = _state(clean)
    assert len(expected[0]) == 3 and len(expected[2]) == 2
    assert _sync(clean, slow_server).wait(timeout=300) == 0  # again: nothing new
    assert _state(clean) == expected

    seed = int(os.environ.get("KAMERBRIEVEN_KILL_SEED", random.randrange(1 << 30)))
    print(f"KAMERBRIEVEN_KILL_SEED={seed}")
    rng = random.Random(seed)
    kills = ended = 0
    while kills < KILLS:
        place = tmp_path / f"ronde-{kills}-{ended}"
        place.mkdir()
        syncing = _sync(place, slow_server)
        time.sleep(rng.uniform(0.2, span * 0.95))
        if syncing.poll() is not None:
            ended += 1
            assert ended < 10 + kills, "the sync keeps ending before the kill"
            continue
        os.kill(syncing.pid, signal.SIGKILL)
        syncing.wait(timeout=60)
        kills += 1
        _whole(place)
        assert _sync(place, slow_server).wait(timeout=300) == 0
        assert _state(place) == expected
    print(f"{kills} kills: nothing lost or duplicated")
