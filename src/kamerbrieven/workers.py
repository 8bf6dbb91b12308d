"""Read files in worker processes: a bounded queue, results in order, limits, no orphans.

Reading (parse + extract) is pure and CPU-bound, so a batch is read by worker processes
while the calling process writes the store. At most `workers * AHEAD` files are in
flight, so memory stays flat however many files there are.

One file can neither hang nor exhaust an ingest: a worker that takes longer than
`seconds` over one item is killed and replaced, one that dies (a crash in a library, the
memory limit) is replaced, and that item gets `on_failure(item, reason)` as its result;
the others go on. A worker ends when its parent does, however the parent ends (Ctrl-C,
`kill`, SIGKILL), and ignores Ctrl-C itself: the parent decides what stopping means.
"""

from __future__ import annotations

import contextlib
import ctypes
import faulthandler
import gc
import multiprocessing
import os
import resource
import signal
import threading
import time
from collections.abc import Callable, Generator, Iterable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any, Generic, TypeVar

In = TypeVar("In")
Out = TypeVar("Out")

AHEAD = 4  # items queued per worker beyond the one it reads
_PR_SET_PDEATHSIG = 1  # Linux prctl: a signal for this process when its parent dies


@dataclass(frozen=True)
class Limits:
    """What one item may take: wall-clock seconds and memory (bytes above the worker's
    size at its start); None: no limit."""

    seconds: float | None = None
    memory_bytes: int | None = None


def map_in_order(
    function: Callable[[In], Out],
    items: Iterable[In],
    workers: int,
    limits: Limits = Limits(),
    on_failure: Callable[[In, str], Out] | None = None,
    prepare: Callable[[], object] | None = None,
) -> Generator[tuple[In, Out], None, None]:
    """``(item, function(item))`` for each item, in order, computed by `workers` processes.

    An item whose worker ran over `limits.seconds` or died gets ``on_failure(item,
    reason)`` (a Dutch phrase) instead; without `on_failure` that is a RuntimeError. An
    exception `function` raises is raised here. `prepare` runs here before the first
    worker starts: what it loads (data, caches) every worker has from the start, so a
    worker started in place of one that ran over does not spend the next item's time
    limit loading it. Closing the iterator early (an exception
    or Ctrl-C in the caller) stops every worker at once.

    >>> list(map_in_order(abs, [-2, 3], workers=2))
    [(-2, 2), (3, 3)]
    >>> slow = lambda seconds: time.sleep(seconds) or seconds
    >>> list(map_in_order(slow, [0, 30, 0], 1, Limits(seconds=0.5), lambda i, why: why))
    [(0, 0), (30, 'duurde langer dan 0.5 s'), (0, 0)]
    """
    if prepare is not None:
        prepare()  # in this process, once: every worker forked after it starts warm
    pool = _Pool(function, max(1, workers), limits)
    try:
        yield from pool.run(iter(items), on_failure)
    finally:
        pool.stop()


@dataclass
class _Worker:
    process: Any  # multiprocessing.Process (of the fork context)
    conn: Connection
    task: int | None = None  # the number of the item it reads
    deadline: float = float("inf")


@dataclass
class _Pool(Generic[In, Out]):
    function: Callable[[In], Out]
    size: int
    limits: Limits
    workers: list[_Worker] = field(default_factory=list)
    retried: set[int] = field(default_factory=set)  # items a crashed worker was reading
    context: Any = field(
        default_factory=lambda: multiprocessing.get_context(
            "fork" if os.name == "posix" else "spawn"
        )
    )

    def run(
        self, source: Iterator[In], on_failure: Callable[[In, str], Out] | None
    ) -> Iterator[tuple[In, Out]]:
        items: dict[int, In] = {}  # sent or waiting to be yielded, by number
        done: dict[int, tuple[str, Any]] = {}  # ("ok", result) / ("raised", exc) / ("failed", why)
        next_number = yielded = 0
        exhausted = False
        while True:
            # keep every idle worker busy while the window of items in flight allows
            while not exhausted and next_number - yielded < self.size * (AHEAD + 1):
                worker = self._idle()
                if worker is None:
                    break
                item = next(source, _END)
                if item is _END:
                    exhausted = True
                    break
                items[next_number] = item
                self._send(worker, next_number, item)
                next_number += 1
            if yielded in done:
                status, value = done.pop(yielded)
                item = items.pop(yielded)
                yielded += 1
                if status == "raised":
                    raise value
                if status == "failed":
                    if on_failure is None:
                        raise RuntimeError(f"{item!r}: {value}")
                    value = on_failure(item, value)
                yield item, value
                continue
            if exhausted and yielded == next_number:
                return
            done.update(self._collect())
            for number in [n for n, (status, _) in done.items() if status == "retry"]:
                # a worker that crashed gets one more try in a fresh one: a crash may come
                # from the worker (a fork of a busy process), not from the file
                del done[number]
                self._send(self._idle() or self._start(), number, items[number])

    def _idle(self) -> _Worker | None:
        for worker in self.workers:
            if worker.task is None:
                return worker
        if len(self.workers) < self.size:
            return self._start()
        return None

    def _start(self) -> _Worker:
        gc.collect()  # free the parent's garbage here, before a fork copies it into a worker
        ours, theirs = self.context.Pipe()
        process = self.context.Process(
            target=_serve,
            args=(self.function, theirs, os.getpid(), self.limits.memory_bytes),
            daemon=True,
        )
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        self.workers.append(worker)
        return worker

    def _send(self, worker: _Worker, number: int, item: In) -> None:
        worker.task = number
        worker.deadline = time.monotonic() + (self.limits.seconds or float("inf"))
        try:
            worker.conn.send((number, item))
        except (OSError, ValueError):
            pass  # it died already: _collect finds out and names the item

    def _collect(self) -> Iterator[tuple[int, tuple[str, Any]]]:
        """Wait for a result, a death or a deadline; what each busy worker came to."""
        busy = [w for w in self.workers if w.task is not None]
        if not busy:
            return
        timeout = max(0.0, min(w.deadline for w in busy) - time.monotonic())
        ready = wait([w.conn for w in busy], None if timeout == float("inf") else timeout)
        now = time.monotonic()
        for worker in busy:
            number = worker.task
            assert number is not None
            if worker.conn in ready:
                try:
                    answer: tuple[str, Any] = worker.conn.recv()
                except (EOFError, OSError):  # it died while reading this item
                    why = self._died(worker)
                    if number in self.retried:
                        yield number, ("failed", why)
                    else:
                        self.retried.add(number)
                        yield number, ("retry", why)
                    continue
                worker.task, worker.deadline = None, float("inf")
                yield number, answer
            elif now >= worker.deadline:
                self._replace(worker)
                yield number, ("failed", f"duurde langer dan {self.limits.seconds:g} s")

    def _died(self, worker: _Worker) -> str:
        worker.process.join(timeout=5)
        code = worker.process.exitcode
        self._replace(worker)
        if code is not None and code < 0:
            name = signal.Signals(-code).name if -code in _SIGNAL_NUMBERS else str(-code)
            # a library that cannot get memory under the limit aborts or crashes
            limited = self.limits.memory_bytes is not None and -code in _OUT_OF_MEMORY_SIGNALS
            return f"het lezen brak af ({name}{'; te weinig geheugen?' if limited else ''})"
        if code == _OUT_OF_MEMORY:
            return "te veel geheugen nodig (meer dan de grens per bestand)"
        return f"het lezen brak af (code {code})"

    def _replace(self, worker: _Worker) -> None:
        """Kill a worker (it may be stuck in a library's loop) and forget it; the next
        item starts a fresh one."""
        _kill(worker)
        self.workers.remove(worker)

    def stop(self) -> None:
        """End every worker now (some may be in the middle of a long file)."""
        for worker in self.workers:
            if worker.task is None:
                with contextlib.suppress(OSError, ValueError):
                    worker.conn.send(None)
        for worker in self.workers:
            _kill(worker)
        self.workers.clear()


_END: Any = object()
_SIGNAL_NUMBERS = {member.value for member in signal.Signals}
_OUT_OF_MEMORY_SIGNALS = {signal.SIGABRT, signal.SIGSEGV, signal.SIGBUS, signal.SIGKILL}
_OUT_OF_MEMORY = 77  # a worker's exit code when a MemoryError escaped even its answer


def _kill(worker: _Worker) -> None:
    with contextlib.suppress(Exception):
        worker.process.kill()
    with contextlib.suppress(Exception):
        worker.process.join(timeout=5)
    with contextlib.suppress(Exception):
        worker.conn.close()


def _serve(
    function: Callable[[Any], Any], conn: Connection, parent: int, memory: int | None
) -> None:
    """A worker: read items from `conn`, answer each with ("ok", result) or ("raised", exc)."""
    _worker_start(parent, memory)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        number, item = task
        try:
            answer: tuple[str, Any] = ("ok", function(item))
        except MemoryError:
            answer = ("failed", "te veel geheugen nodig (meer dan de grens per bestand)")
        except Exception as exc:  # noqa: BLE001 - the parent raises it where the caller is
            answer = ("raised", exc)
        try:
            conn.send(answer)
        except MemoryError:
            os._exit(_OUT_OF_MEMORY)
        except Exception as exc:  # noqa: BLE001 - a result or exception that cannot be sent
            conn.send(("raised", RuntimeError(f"{type(exc).__name__}: {exc}")))


def _worker_start(parent: int, memory: int | None) -> None:
    """In each worker: ignore Ctrl-C (the parent handles it), die with the parent, and keep
    to the memory limit."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # not the parent's "stop cleanly" handler
    faulthandler.disable()  # a crash is the parent's to report, in one line, not a dump
    # What the fork copied of the parent is the parent's to free: a library object
    # collected here (an index writer joining threads the fork did not copy) would crash
    gc.freeze()
    try:  # Linux: the kernel sends SIGKILL the moment the parent is gone
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # it died before prctl took effect
        os._exit(1)
    # Elsewhere (and as a second line): look every second whether the parent is still there.
    threading.Thread(target=_watch_parent, args=(parent,), daemon=True).start()
    if memory is not None:
        _limit_memory(memory)


def _limit_memory(extra: int) -> None:
    """Address space up to what the worker has now plus `extra`: past it, allocations
    fail (a MemoryError in Python) instead of the machine running out."""
    try:
        with open("/proc/self/statm") as statm:
            now = int(statm.read().split()[0]) * resource.getpagesize()
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        wanted = now + extra
        if hard != resource.RLIM_INFINITY:
            wanted = min(wanted, hard)
        resource.setrlimit(resource.RLIMIT_AS, (wanted, hard))
    except (OSError, ValueError):
        pass  # not Linux, or not allowed: no limit then


def _watch_parent(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1.0)
    os._exit(1)
