"""The knowledge base: a record store and its search index, kept in step.

This is the Python API most users want:

    >>> import tempfile
    >>> from kamerbrieven import open_knowledge_base
    >>> kb = open_knowledge_base(tempfile.mkdtemp() + "/kamerbrieven.db")
    >>> kb.ingest(["samples/"]).added
    6
    >>> kb.search("NAVO dossier:28676").total
    1
    >>> kb.close()
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamerbrieven.enrich.parliamentary import NOT_PARLIAMENTARY
from kamerbrieven.errors import StoreError
from kamerbrieven.ingest import file_sha256, find_files
from kamerbrieven.pipeline import Failure, read_or_failure, warm_up
from kamerbrieven.record import Letter
from kamerbrieven.settings import Settings, from_env
from kamerbrieven.store import (
    LetterFilter,
    LetterSummary,
    Store,
    default_index_path,
    is_postgres_url,
    open_store,
)
from kamerbrieven.workers import Limits, map_in_order

if TYPE_CHECKING:
    from kamerbrieven.insight import Insight
    from kamerbrieven.search.index import SearchIndex
    from kamerbrieven.search.result import SearchResult

# The index is committed every so many letters, so a long ingest that is stopped keeps
# most of its work searchable; `reindex` rebuilds it from the store in any case.
INDEX_COMMIT_EVERY = 1000
# Reading (parse + extract) is pure and CPU-bound, so large batches are read by several
# worker processes while this process writes the store; smaller ones by one.
PARALLEL_FROM_FILES = 64


@dataclass
class IngestReport:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    failures: list[Failure] = field(default_factory=list)
    seconds: float = 0.0
    found: int = 0  # files the inputs named
    interrupted: bool = False  # stopped (Ctrl-C, SIGTERM) before every file was read

    @property
    def files(self) -> int:
        return self.added + self.updated + self.unchanged + len(self.failures)

    def to_dict(self) -> dict[str, Any]:
        return {
            "files": self.files,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "seconds": round(self.seconds, 3),
            "found": self.found,
            "interrupted": self.interrupted,
            "failures": [{"path": f.path, "reason": f.reason} for f in self.failures],
        }


class KnowledgeBase:
    def __init__(self, store: Store, index_path: Path, settings: Settings) -> None:
        self.store = store
        self.index_path = index_path
        self.settings = settings
        self._index: SearchIndex | None = None
        # told once when this process must wait for another's hold on the index
        self.on_index_wait: Callable[[], None] | None = None
        # told how far a long step is: (what, done, total)
        self.on_progress: Callable[[str, int, int | None], None] | None = None

    @property
    def index(self) -> SearchIndex:
        """The search index, brought in step with the store when first used (unless another
        process is writing it: a reader never waits, it searches what is committed)."""
        if self._index is None:
            from kamerbrieven.search.index import SearchIndex

            self._index = SearchIndex.open(self.index_path, start_over_if_outdated=True)
            try:
                self.sync_index(wait=False)
            except StoreError:  # a full disk: search what is committed, catch up later
                pass
        return self._index

    def sync_index(self, *, wait: bool = True) -> int:
        """Bring the index in step with the store; returns how many letters it added or removed.

        Needed when the store changed without this index: a colleague ingested into the same
        PostgreSQL database, the database file was copied without its index, or the index
        was built by another version. Costs one query when nothing changed. When another
        process holds the index's writer lock, wait for it, or with `wait=False` leave the
        catching up to a later call (and return 0).
        """
        index = self.index
        fingerprint = self.store.fingerprint()  # before reading: a later change shows up next time
        if index.store_fingerprint == fingerprint:
            return 0
        if wait:
            index.wait_for_writer(self.on_index_wait)
        elif not index.try_writer():
            return 0
        stored = self.store.versions()
        indexed = index.versions()
        wanted = set(stored.values())
        gone = indexed - wanted
        index.delete_versions(gone)
        missing = [letter_id for letter_id, version in stored.items() if version not in indexed]
        for start in range(0, len(missing), 500):
            if self.on_progress and len(missing) > 500:  # a long catch-up shows how far
                self.on_progress("zoekindex bijwerken", start, len(missing))
            letters = (self.store.get(letter_id) for letter_id in missing[start : start + 500])
            index.add(letter for letter in letters if letter is not None)
        index.store_fingerprint = fingerprint
        index.commit()
        return len(gone) + len(missing)

    def _index_committed(self) -> None:
        """Commit the index after this process's writes and note the store's fingerprint,
        unless another process's letters are in the store but not in the index."""
        index = self.index
        index.commit()
        fingerprint = self.store.fingerprint()
        if int(fingerprint.split(":", 1)[0]) == len(index):
            index.mark_in_step(fingerprint)

    # -- writing -------------------------------------------------------------------------
    def ingest(
        self,
        inputs: Iterable[str],
        on_file: Callable[[Path, str], None] | None = None,
        on_start: Callable[[int], None] | None = None,
    ) -> IngestReport:
        """Read files, folders and globs into the store and the index.

        Files whose content is already stored are not read again. `on_start(n)` gets the
        number of files, `on_file(path, status)` each file's outcome (for a progress bar).
        Ctrl-C (KeyboardInterrupt) stops it cleanly: what was read is stored and indexed,
        and the report says it was interrupted. When another process is writing the search
        index, the letters go into the store at once and the index catches up after.
        """
        self.refuse_if_read_only()
        started = time.perf_counter()
        report = IngestReport()
        own = self._own_files()
        problems: list[tuple[str, str]] = []
        # stored resolved: the same file ingested from another folder is the same source
        found = find_files(inputs, problems)
        paths = [path.resolve() for path in found if not _is_own(path, own)]
        report.failures += [Failure(what, why) for what, why in problems]
        report.found = len(paths)
        if on_start:
            on_start(len(paths))
        indexing = self.index.try_writer()
        if not indexing and self.on_index_wait:
            self.on_index_wait()
        pending = 0
        try:
            for path, result in self._read_all(paths):
                status = self._store_one(result, report, indexing=indexing)
                pending += status in ("added", "updated")
                if indexing and pending >= INDEX_COMMIT_EVERY:
                    self.index.commit()
                    pending = 0
                if on_file:
                    on_file(path, status)
        except KeyboardInterrupt:
            report.interrupted = True
        if indexing and pending:
            self._index_committed()
        elif not indexing and not report.interrupted:
            self.sync_index(wait=True)  # the other process is done: catch up
        report.seconds = time.perf_counter() - started
        return report

    def refuse_if_read_only(self) -> None:
        """A store that can only be read says so before any file is read."""
        if self.store.read_only:
            raise StoreError(
                f"de store {self.store.location} is alleen-lezen: er kan niets bij",
                hint="geef schrijfrechten of kopieer de store naar een schrijfbare plek; "
                "zoeken, tonen en exporteren gaan wel",
            )

    def _own_files(self) -> tuple[set[Path], Path]:
        """The store's own files and the index folder: a folder that holds the store is
        read without them (they are no letters, and refusing them is noise)."""
        files: set[Path] = set()
        if not is_postgres_url(self.settings.db):
            db = Path(self.settings.db).resolve()
            files = {db.with_name(db.name + suffix) for suffix in ("", "-wal", "-shm", "-journal")}
        return files, self.index_path.resolve()

    def _read_all(self, paths: list[Path]) -> Iterator[tuple[Path, Letter | Failure | None]]:
        """Each path with its Letter, its Failure, or None when its content is stored already.

        Files are read in worker processes, so one file that runs over its time or memory
        limit (settings) is refused with the reason and the others still go in; a large
        batch is read by several workers at once.
        """
        todo = [p for p in paths if not self._known(p)]
        todo_set = set(todo)
        settings = self.settings
        limits = Limits(settings.max_file_seconds, settings.max_file_memory_bytes)
        workers = min(settings.workers or os.cpu_count() or 1, 8)
        if len(todo) < PARALLEL_FROM_FILES:
            workers = 1
        if not todo or (limits == Limits() and workers == 1):  # no process needed
            for path in paths:
                yield path, read_or_failure(path, settings) if path in todo_set else None
            return
        read = partial(read_or_failure, settings=settings)
        results = map_in_order(read, todo, workers, limits, _over_limit, prepare=warm_up)
        try:
            for path in paths:
                yield path, next(results)[1] if path in todo_set else None
        finally:
            results.close()  # stopped early: no worker is left behind

    def _known(self, path: Path) -> bool:
        try:
            return path.is_file() and self.store.knows_content(file_sha256(path))
        except OSError:
            return False  # read_or_failure names the reason

    def _store_one(
        self, result: Letter | Failure | None, report: IngestReport, *, indexing: bool = True
    ) -> str:
        if result is None:
            report.unchanged += 1
            return "unchanged"
        if isinstance(result, Failure):
            report.failures.append(result)
            return "failed"
        if NOT_PARLIAMENTARY in result.warnings and not self.settings.accept_other:
            report.failures.append(
                Failure(
                    result.source.path,
                    f"{NOT_PARLIAMENTARY} (geen soort, dossier, afzender of Kamer); "
                    "met --accept-other wordt het bewaard als soort other",
                )
            )
            return "failed"
        put = self.store.put(result)
        if put.status != "unchanged" and indexing:
            if put.removed_ids:
                self.index.delete(put.removed_ids)
            # the stored record: merged from every file of the letter, not just this one
            stored = self.store.get(result.id)
            self.index.add([stored] if stored is not None else [])
        setattr(report, put.status, getattr(report, put.status) + 1)
        return put.status

    def add_letters(self, letters: Iterable[Letter]) -> IngestReport:
        """Store letters already read (e.g. by `kamerbrieven.read`) and index them."""
        self.refuse_if_read_only()
        started = time.perf_counter()
        report = IngestReport()
        pending = 0
        for letter in letters:
            pending += self._store_one(letter, report) in ("added", "updated")
            if pending >= INDEX_COMMIT_EVERY:
                self.index.commit()
                pending = 0
        if pending:
            self._index_committed()
        report.seconds = time.perf_counter() - started
        return report

    def reindex(self, on_progress: Callable[[int], None] | None = None) -> int:
        """Rebuild the search index from the store; returns the number of letters indexed."""
        index = self.index
        index.clear()
        fingerprint = self.store.fingerprint()
        total = self.store.count()
        if on_progress is None and self.on_progress is not None:
            report = self.on_progress
            on_progress = lambda done: report("zoekindex opbouwen", done, total)  # noqa: E731
        count = 0
        batch: list[Letter] = []
        for letter in self.store.iter_letters():
            batch.append(letter)
            if len(batch) >= 500:
                index.add(batch)
                count += len(batch)
                batch = []
                if on_progress:
                    on_progress(count)
        index.add(batch)
        count += len(batch)
        index.store_fingerprint = fingerprint
        index.commit()
        return count

    # -- reading -------------------------------------------------------------------------
    def get(self, letter_id: str) -> Letter | None:
        return self.store.get(letter_id)

    def known_ids(self, letter_ids: Iterable[str]) -> set[str]:
        """Which of these ids the store holds (for links: to the letter here, or elsewhere)."""
        return {i for i in set(letter_ids) if self.store.get_record_json(i) is not None}

    def list(self, letter_filter: LetterFilter = LetterFilter()) -> list[LetterSummary]:
        return self.store.list_letters(letter_filter)

    def stats(self) -> dict[str, Any]:
        return self.store.stats()

    def search(
        self, query: str, *, limit: int = 10, offset: int = 0, sort: str = "score"
    ) -> SearchResult:
        return self.index.search(query, limit=limit, offset=offset, sort=sort)

    @property
    def insight(self) -> Insight:
        """Answers across the letters (`kamerbrieven.insight.Insight`): citations, dossiers,
        topics, timelines, positions, commitments, meetings."""
        from kamerbrieven.insight import Insight

        def progress(done: int, total: int) -> None:
            if self.on_progress:
                self.on_progress("inzicht bijwerken", done, total)

        return Insight(self.store, on_progress=progress)

    def close(self) -> None:
        if self._index is not None:
            self._index.close()
            self._index = None
        self.store.close()

    def __enter__(self) -> KnowledgeBase:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def open_knowledge_base(
    db: str | None = None,
    index: str | None = None,
    settings: Settings | None = None,
    *,
    create: bool = True,
) -> KnowledgeBase:
    """Open the store at `db` and its search index; a missing SQLite file is created, or
    with `create=False` an error (for commands that only read)."""
    settings = (settings or from_env()).with_(db=db, index=index)
    index_path = Path(settings.index) if settings.index else default_index_path(settings.db)
    return KnowledgeBase(open_store(settings.db, create=create), index_path, settings)


def _over_limit(path: Path, reason: str) -> Failure:
    """The Failure of a file whose reading ran over a limit or broke off, with the setting
    that moves the limit."""
    if reason.startswith("duurde langer"):
        reason += " (de grens per bestand; verhoog die met KAMERBRIEVEN_MAX_FILE_SECONDS)"
    elif "geheugen" in reason:
        reason += " (de grens per bestand; verhoog die met KAMERBRIEVEN_MAX_FILE_MEMORY_MB)"
    return Failure(str(path), reason)


def _is_own(path: Path, own: tuple[set[Path], Path]) -> bool:
    files, index = own
    resolved = path.resolve()
    return resolved in files or resolved.is_relative_to(index)
