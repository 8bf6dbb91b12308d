"""The parts of a sync run both sources share: the fetcher, the state, the folder of
files, the report, and downloads that remember their validators."""

from __future__ import annotations

import dataclasses
import threading
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

from kamerbrieven.knowledge_base import KnowledgeBase
from kamerbrieven.pipeline import Failure
from kamerbrieven.sync.documents import default_files_path, forget_document, store_document
from kamerbrieven.sync.errors import FileMissing
from kamerbrieven.sync.facts import DocumentFacts
from kamerbrieven.sync.http import Download, Fetcher
from kamerbrieven.sync.report import SyncOptions, SyncReport
from kamerbrieven.sync.state import MISSING, OK, SyncedDocument, SyncState

T = TypeVar("T")
R = TypeVar("R")
Progress = Callable[[str, int, int | None], None]


@dataclasses.dataclass(frozen=True)
class Fetched:
    """One document's files on disk and what its source says of it."""

    remote_id: str
    facts: DocumentFacts
    paths: tuple[Path, ...]
    fetch: dict[str, Any]
    changed: bool = True


@dataclasses.dataclass(frozen=True)
class Missing:
    """A document whose file the source did not serve (tried again next run)."""

    remote_id: str
    facts: DocumentFacts
    reason: str
    fetch: dict[str, Any]


class Run:
    """One sync run: what every step needs, and the steps both sources take."""

    def __init__(
        self,
        kb: KnowledgeBase,
        options: SyncOptions,
        fetcher: Fetcher,
        report: SyncReport,
        progress: Progress | None = None,
    ) -> None:
        self.kb = kb
        self.options = options
        self.fetcher = fetcher
        self.report = report
        self.state = SyncState(kb.store)
        self.files = (options.files or default_files_path(kb.settings.db)).resolve()
        self.progress = progress or (lambda what, done, total: None)
        # the store's connection stays on this thread: downloads read validators from this
        # copy and leave new ones for `keep` to write
        self._validators = self.state.all_validators()
        self._new_validators: list[tuple[str, Download]] = []
        self._lock = threading.Lock()

    def wanted(self, facts: DocumentFacts) -> bool:
        """Of a kind and in the dates asked for."""
        o = self.options
        if o.kinds and (facts.kind or "other") not in o.kinds:
            return False
        if facts.date and o.date_from and facts.date < o.date_from:
            return False
        return not (facts.date and o.date_to and facts.date > o.date_to)

    def known_version(self, source: str, remote_id: str, version: str) -> bool:
        known = self.state.document(source, remote_id)
        return known is not None and known.status == OK and known.version == version

    def room_left(self) -> bool:
        limit = self.options.limit
        return limit is None or self.report.fetched + len(self.report.would_fetch) < limit

    def download(self, url: str, dest: Path) -> Download:
        """Fetch a file, asking the server only for a changed one when it was fetched
        before; its validators are kept for next time."""
        done = self.fetcher.download(url, dest, self._validators.get(url))
        with self._lock:
            self._new_validators.append((url, done))
        return done

    def _save_validators(self) -> None:
        with self._lock:
            new, self._new_validators = self._new_validators, []
        for url, done in new:
            self._validators[url] = done.validators
            self.state.put_validators(url, done.validators, str(done.path), done.sha256)

    def in_parallel(self, work: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        """`work` over `items` on a few threads (the downloads), results in order."""
        todo = list(items)
        if len(todo) <= 1:
            yield from map(work, todo)
            return
        workers = max(1, self.fetcher.settings.concurrency)
        with ThreadPoolExecutor(max_workers=workers, thread_name_prefix="sync") as pool:
            yield from pool.map(work, todo)

    @staticmethod
    def guarded(
        fetch: Callable[[T], Fetched], describe: Callable[[T], Missing]
    ) -> Callable[[T], Fetched | Missing]:
        """`fetch`, with a missing file as a result (`describe` says which document)
        instead of an error."""

        def run(item: T) -> Fetched | Missing:
            try:
                return fetch(item)
            except FileMissing as exc:
                missing = describe(item)
                return dataclasses.replace(missing, reason=str(exc))

        return run

    def keep(self, source: str, result: Fetched | Missing) -> None:
        """Store what was fetched, or note the file that was missing."""
        self._save_validators()
        known = self.state.document(source, result.remote_id)
        if isinstance(result, Missing):
            self.report.failures.append(Failure(result.remote_id, result.reason))
            self.state.put_document(
                SyncedDocument(
                    source, result.remote_id, "", MISSING, result.facts, fetch=result.fetch
                )
            )
            return
        self.report.fetched += len(result.paths)
        status, letter_id, failures = store_document(
            self.kb, result.paths, result.facts, known.paths if known else ()
        )
        self.report.failures += failures
        if letter_id:
            setattr(self.report, status, getattr(self.report, status) + 1)
        self.state.put_document(
            SyncedDocument(
                source,
                result.remote_id,
                result.facts.version,
                OK,
                result.facts,
                tuple(str(p) for p in result.paths),
                letter_id,
                result.fetch,
            )
        )

    def withdraw(self, source: str, remote_id: str) -> None:
        """A document the source deleted: its files and readings go."""
        known = self.state.document(source, remote_id)
        if known is None:
            return
        if not self.options.dry_run:
            forget_document(self.kb, known.paths)
            self.state.remove_document(source, remote_id)
        self.report.deleted += 1
