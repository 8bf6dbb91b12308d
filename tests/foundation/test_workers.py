"""The worker processes of an ingest: results in order, and one item that hangs, crashes
its worker or eats memory is refused with a reason while the others are still read."""

from __future__ import annotations

import os
import signal
import time

import pytest

from kamerbrieven.workers import Limits, map_in_order


def _work(item: str) -> str:
    if item == "hang":
        time.sleep(60)
    elif item == "crash":
        os.kill(os.getpid(), signal.SIGSEGV)
    elif item == "greedy":
        hoard = bytearray(3 * 2**30)  # 3 GB, over the limit below
        return str(len(hoard))
    elif item == "raise":
        raise ValueError("kapot")
    return item.upper()


def _refused(item: str, reason: str) -> str:
    return f"geweigerd: {reason}"


def test_results_come_in_order_from_several_workers():
    items = [f"brief{n}" for n in range(40)]
    assert list(map_in_order(_work, items, workers=3)) == [(i, i.upper()) for i in items]


def test_an_item_that_hangs_is_refused_and_the_rest_are_read():
    started = time.monotonic()
    results = dict(map_in_order(_work, ["a", "hang", "b", "c"], 2, Limits(seconds=1), _refused))
    assert time.monotonic() - started < 20
    assert results == {
        "a": "A",
        "hang": "geweigerd: duurde langer dan 1 s",
        "b": "B",
        "c": "C",
    }


def test_an_item_that_kills_its_worker_is_refused_and_the_rest_are_read():
    results = dict(map_in_order(_work, ["a", "crash", "b"], 1, Limits(), _refused))
    assert results["a"] == "A" and results["b"] == "B"
    assert results["crash"].startswith("geweigerd: het lezen brak af (SIGSEGV")


def _crash_once(marker: str) -> str:
    if not os.path.exists(marker):  # the first worker to read it crashes
        open(marker, "w").close()
        os.kill(os.getpid(), signal.SIGSEGV)
    return "gelezen"


def test_an_item_whose_worker_crashed_once_is_read_again_in_a_fresh_one(tmp_path):
    markers = [str(tmp_path / "a"), str(tmp_path / "b")]
    results = dict(map_in_order(_crash_once, markers, 1, Limits(), _refused))
    assert results == {markers[0]: "gelezen", markers[1]: "gelezen"}


def test_an_item_over_the_memory_limit_is_refused_and_the_rest_are_read():
    limits = Limits(memory_bytes=512 * 2**20)
    results = dict(map_in_order(_work, ["a", "greedy", "b"], 1, limits, _refused))
    assert results == {
        "a": "A",
        "greedy": "geweigerd: te veel geheugen nodig (meer dan de grens per bestand)",
        "b": "B",
    }


def test_an_exception_of_the_function_reaches_the_caller():
    with pytest.raises(ValueError, match="kapot"):
        list(map_in_order(_work, ["a", "raise"], 1))


def test_without_on_failure_a_refused_item_is_an_error():
    with pytest.raises(RuntimeError, match="duurde langer"):
        list(map_in_order(_work, ["hang"], 1, Limits(seconds=0.5)))
