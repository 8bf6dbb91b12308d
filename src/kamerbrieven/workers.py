"""Read files in worker processes: a bounded queue, results in order, no orphans.

Reading (parse + extract) is pure and CPU-bound, so a large batch is read by worker
processes while the calling process writes the store. At most `workers * AHEAD` files are
in flight, so memory stays flat however many files there are. A worker ends when its
parent does, however the parent ends (Ctrl-C, `kill`, SIGKILL), and ignores Ctrl-C itself:
the parent decides what stopping means.
"""

from __future__ import annotations

import contextlib
import ctypes
import multiprocessing
import os
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Generator, Iterable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TypeVar

In = TypeVar("In")
Out = TypeVar("Out")

AHEAD = 4  # files queued per worker beyond the one it reads
_PR_SET_PDEATHSIG = 1  # Linux prctl: a signal for this process when its parent dies


def map_in_order(
    function: Callable[[In], Out], items: Iterable[In], workers: int
) -> Generator[tuple[In, Out], None, None]:
    """``(item, function(item))`` for each item, in order, computed by `workers` processes.

    Closing the iterator early (an exception or Ctrl-C in the caller) cancels what has
    not started and leaves no process behind.

    >>> list(map_in_order(abs, [-2, 3], workers=2))
    [(-2, 2), (3, 3)]
    """
    context = multiprocessing.get_context("fork" if os.name == "posix" else "spawn")
    pool = ProcessPoolExecutor(
        workers, mp_context=context, initializer=_worker_start, initargs=(os.getpid(),)
    )
    pending: deque[tuple[In, Future[Out]]] = deque()
    source = iter(items)
    try:
        for item in source:
            pending.append((item, pool.submit(function, item)))
            if len(pending) >= workers * (AHEAD + 1):
                break
        while pending:
            item, future = pending.popleft()
            result = future.result()
            for more in source:  # refill one: the queue stays as long as it was
                pending.append((more, pool.submit(function, more)))
                break
            yield item, result
    finally:
        pool.shutdown(wait=False, cancel_futures=True)
        _stop(pool)


def _stop(pool: ProcessPoolExecutor) -> None:
    """End the workers now (they may be in the middle of a long file)."""
    processes = list((getattr(pool, "_processes", None) or {}).values())
    for process in processes:
        with contextlib.suppress(Exception):
            process.terminate()
    for process in processes:
        with contextlib.suppress(Exception):
            process.join(timeout=5)


def _worker_start(parent: int) -> None:
    """In each worker: ignore Ctrl-C (the parent handles it) and die with the parent."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:  # Linux: the kernel sends SIGKILL the moment the parent is gone
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # it died before prctl took effect
        os._exit(1)
    # Elsewhere (and as a second line): look every second whether the parent is still there.
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
