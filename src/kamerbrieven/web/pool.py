"""Knowledge bases on worker threads.

An SQLite connection may only be used (and closed) on the thread that opened it, and a page
or an API call must not hold up the event loop while the store answers. So each worker
thread opens its own KnowledgeBase (its own connection, the same index folder), runs the
calls it takes from one shared queue, and closes its KnowledgeBase when told to stop.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from collections.abc import Callable
from concurrent.futures import Future
from typing import Any, TypeVar

from kamerbrieven.errors import StoreError
from kamerbrieven.knowledge_base import KnowledgeBase, open_knowledge_base
from kamerbrieven.settings import from_env

T = TypeVar("T")
# A word in capitals loads the acronym data, a common word the snippets: once, at start.
WARM_UP_QUERY = "EU OR de"
_Job = tuple[Callable[[KnowledgeBase], Any], "Future[Any]"] | None  # None: stop


class KnowledgeBasePool:
    """`await pool.run(fn)` calls `fn(kb)` on a worker thread with that thread's KnowledgeBase.

    >>> import tempfile
    >>> db = tempfile.mkdtemp() + "/kb.db"
    >>> open_knowledge_base(db).close()
    >>> pool = KnowledgeBasePool(db, None, workers=1)
    >>> pool.call(lambda kb: kb.stats()["letters"])  # in the app: await pool.run(...)
    0
    >>> pool.close()
    """

    def __init__(self, db: str, index: str | None, *, workers: int = 2) -> None:
        self.db = db
        self.index = index
        self.max_file_bytes = from_env().max_file_bytes  # the largest original file served
        # Opened here first: a store that is missing or broken fails at start, not on every
        # page; and the index is brought in step with the store once, before any request.
        with open_knowledge_base(db, index, create=False) as kb:
            kb.index.close()  # in step now; let go of the writer lock (an ingest may need it)
            kb.search(WARM_UP_QUERY, limit=1)
        self._jobs: queue.Queue[_Job] = queue.Queue()
        self._opened: queue.Queue[BaseException | None] = queue.Queue()
        self._threads = [
            threading.Thread(target=self._work, name=f"kamerbrieven-web-{n}", daemon=True)
            for n in range(max(1, workers))
        ]
        for thread in self._threads:
            thread.start()
        # ready when every worker has its KnowledgeBase: no first visitor waits for that
        failures = [error for _ in self._threads if (error := self._opened.get()) is not None]
        if failures:
            self.close()
            raise failures[0]

    def _work(self) -> None:
        try:
            kb = _open_for_reading(self.db, self.index)
        except BaseException as error:
            self._opened.put(error)
            kb = None
        else:
            self._opened.put(None)
        try:
            while (job := self._jobs.get()) is not None:
                fn, future = job
                if not future.set_running_or_notify_cancel():
                    continue
                try:
                    if kb is None:
                        raise StoreError("de store kon niet worden geopend")
                    future.set_result(fn(kb))
                except BaseException as error:  # handed to the caller, who maps it
                    future.set_exception(error)
        finally:
            if kb is not None:
                kb.close()

    def submit(self, fn: Callable[[KnowledgeBase], T]) -> Future[T]:
        future: Future[T] = Future()
        self._jobs.put((fn, future))
        return future

    def call(self, fn: Callable[[KnowledgeBase], T]) -> T:
        """`fn(kb)` on a worker thread, waiting for it (for code outside the event loop)."""
        return self.submit(fn).result()

    async def run(self, fn: Callable[[KnowledgeBase], T]) -> T:
        return await asyncio.wrap_future(self.submit(fn))

    def close(self) -> None:
        """Stop the workers after the calls already queued; each closes its KnowledgeBase."""
        for _ in self._threads:
            self._jobs.put(None)
        for thread in self._threads:
            thread.join()


def _open_for_reading(db: str, index: str | None) -> KnowledgeBase:
    kb = open_knowledge_base(db, index, create=False)
    # Searching never needs the index's writer lock; should bringing the index in step have
    # taken it, let go of it, or an `ingest` beside the server would wait for it forever.
    kb.index.close()
    return kb
