"""The full-text index of letters: a tantivy index in a folder beside the record store.

Built from Letter records only, so any store (SQLite, PostgreSQL) can feed it and
`reindex` can rebuild it from scratch.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from functools import lru_cache
from pathlib import Path
from typing import Any, Self

import tantivy

from kamerbrieven.errors import IndexBusy, QueryError, StoreError
from kamerbrieven.record import Letter
from kamerbrieven.search.compile import Acronyms, Bound, Compiled, compile_query
from kamerbrieven.search.facet_counts import (
    all_but,
    buckets,
    counts_by_field,
    facet_request,
    request_all,
)
from kamerbrieven.search.index_files import (
    index_error,
    opening_lock,
    remove_index_files,
    writing,
)
from kamerbrieven.search.query import parse_query
from kamerbrieven.search.result import Hit, SearchResult
from kamerbrieven.search.schema import (
    FACET_FIELDS,
    SCHEMA_VERSION,
    TOKENIZER,
    build_schema,
    letter_document,
    whitespace_analyzer,
)
from kamerbrieven.search.snippets import make_snippet

SORTS = ("score", "date")
FACET_SIZE = 20  # values per facet, most frequent first
_META = "kamerbrieven-search.json"  # schema version and known acronyms, beside tantivy's files


# The facet aggregation runs here while the calling thread makes the snippets: tantivy
# releases the GIL while it searches, so the two overlap on two cores.
_FACET_POOL = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kamerbrieven-facets")


class SearchIndex:
    """Full-text search over letters.

    >>> import tempfile
    >>> index = SearchIndex.open(Path(tempfile.mkdtemp()))
    >>> index.search("stikstof").total
    0
    """

    def __init__(self, path: Path, index: tantivy.Index, acronyms: Acronyms, threads: int):
        self.path = path
        self._index = index
        self._schema = index.schema
        self._acronyms = acronyms
        self._threads = threads
        self._writer: tantivy.IndexWriter | None = None
        # Searches see the index as of the last commit, ours or another process's: the
        # reader reloads when tantivy's meta.json changes, and caches built on one view
        # of the index (facet counts over all letters) are dropped with it.
        self._index.config_reader(reload_policy="manual")
        self._stamp: tuple[int, int, int] | None = None
        # facet counts over every letter, with the stamp of the view they were counted on
        self._every_letter: tuple[object, dict[str, Counter[str]]] | None = None
        self._compile = lru_cache(maxsize=512)(self._compile_uncached)
        # Store.fingerprint() when the index last held exactly the store's letters (saved
        # with the next commit); None when unknown.
        self.store_fingerprint: str | None = None

    @classmethod
    def open(cls, path: Path, *, threads: int = 1, start_over_if_outdated: bool = False) -> Self:
        """Open the index in folder `path`, creating it if missing.

        `threads` is how many indexing threads tantivy may use while adding letters. An index
        built by another version of kamerbrieven is an error, or, with
        `start_over_if_outdated`, emptied (its owner refills it from the store).
        """
        path = Path(path)
        try:
            path.mkdir(parents=True, exist_ok=True)
            # two processes opening a new index at once: one creates it, the other opens it
            with opening_lock(path):
                return cls._open_locked(path, threads, start_over_if_outdated)
        except OSError as error:
            raise index_error(path, error) from error

    @classmethod
    def _open_locked(cls, path: Path, threads: int, start_over_if_outdated: bool) -> Self:
        meta_path = path / _META
        fingerprint = None
        try:
            meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
            exists = tantivy.Index.exists(str(path))
            if exists and meta.get("schema_version") != SCHEMA_VERSION:
                if not start_over_if_outdated:
                    raise StoreError(
                        f"de zoekindex in {path} is door een andere versie gemaakt",
                        hint="bouw hem opnieuw: kamerbrieven reindex",
                    )
                remove_index_files(path, _META)
                exists = False
            if exists:
                index = tantivy.Index.open(str(path))
                acronyms = Acronyms(meta.get("acronyms", {}))
                fingerprint = meta.get("store_fingerprint")
            else:
                index = tantivy.Index(build_schema(), path=str(path))
                acronyms = Acronyms()
        except (OSError, ValueError) as error:
            raise index_error(path, error) from error
        index.register_tokenizer(TOKENIZER, whitespace_analyzer())
        search_index = cls(path, index, acronyms, threads)
        search_index.store_fingerprint = fingerprint
        if not meta_path.exists():  # a reader never writes: the meta is the writer's
            search_index._save_meta()
        return search_index

    # -- writing -----------------------------------------------------------------------

    def _writer_or_new(self) -> tantivy.IndexWriter:
        if not self.try_writer():
            raise IndexBusy(
                f"de zoekindex in {self.path} wordt bijgewerkt door een ander proces",
                hint="probeer het zo opnieuw",
            )
        assert self._writer is not None
        return self._writer

    def try_writer(self) -> bool:
        """Take the index's writer lock if it is free (keep it until `close`); False when
        another process holds it. Searching never needs it."""
        if self._writer is None:
            try:
                self._writer = self._index.writer(heap_size=64_000_000, num_threads=self._threads)
            except ValueError:  # tantivy's "Failed to acquire Lockfile: LockBusy"
                return False
        return True

    def wait_for_writer(self, on_wait: Callable[[], None] | None = None) -> None:
        """Wait until the writer lock is ours; `on_wait` once when that means waiting."""
        if self.try_writer():
            return
        if on_wait is not None:
            on_wait()
        delay = 0.05
        while not self.try_writer():
            time.sleep(delay)
            delay = min(delay * 2, 1.0)

    def add(self, letters: Iterable[Letter]) -> None:
        """Add letters, replacing any indexed letter with the same id (visible after commit)."""
        writer = self._writer_or_new()
        with writing(self.path):
            for letter in letters:
                for acronym in letter.acronyms:
                    self._acronyms.learn(acronym.short, acronym.long)
                writer.delete_documents_by_term("id", letter.id)
                writer.add_document(letter_document(letter))
        self._compile.cache_clear()  # new acronyms change what a query means

    def versions(self) -> set[str]:
        """The record version of every indexed letter (committed letters only)."""
        searcher, _ = self._searcher()
        if searcher.num_docs == 0:
            return set()
        request = {"v": {"terms": {"field": "version", "size": searcher.num_docs + 1}}}
        answer = searcher.aggregate(tantivy.Query.all_query(), request)
        return {str(bucket["key"]) for bucket in answer["v"]["buckets"]}

    def delete_versions(self, versions: Iterable[str]) -> None:
        """Remove the letters indexed at these record versions (visible after commit)."""
        writer = self._writer_or_new()
        with writing(self.path):
            for version in versions:
                writer.delete_documents_by_term("version", version)

    def delete(self, ids: Iterable[str]) -> None:
        """Remove letters by id (visible after commit); unknown ids are ignored."""
        writer = self._writer_or_new()
        with writing(self.path):
            for letter_id in ids:
                writer.delete_documents_by_term("id", letter_id)

    def commit(self) -> None:
        """Make every add and delete so far durable and visible to searches."""
        with writing(self.path):
            if self._writer is not None:
                self._writer.commit()
                self._index.reload()
            self._save_meta()

    def clear(self) -> None:
        """Remove every letter at once, committed (before a reindex)."""
        writer = self._writer_or_new()
        with writing(self.path):
            writer.delete_all_documents()
        self._acronyms = Acronyms()
        self.store_fingerprint = None
        self._compile.cache_clear()
        self.commit()

    def mark_in_step(self, store_fingerprint: str) -> None:
        """Note that the committed index now holds exactly the store's letters."""
        self.store_fingerprint = store_fingerprint
        self._save_meta()

    def close(self) -> None:
        """Let tantivy finish merging segments and release the writer lock."""
        if self._writer is not None:
            # a writer whose threads failed (a full disk) fails here again: what it had
            # committed stands, and the error was reported where it happened
            with contextlib.suppress(ValueError, OSError):
                self._writer.wait_merging_threads()
            self._writer = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _save_meta(self) -> None:
        meta = {
            "schema_version": SCHEMA_VERSION,
            "acronyms": self._acronyms.long_by_short,
            "store_fingerprint": self.store_fingerprint,
        }
        tmp = self.path / f"{_META}.{os.getpid()}.tmp"  # two writers in turn, never one file
        tmp.write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), "utf-8")
        tmp.replace(self.path / _META)

    def __len__(self) -> int:
        return self._searcher()[0].num_docs

    # -- searching ---------------------------------------------------------------------

    def compile(self, query: str) -> Compiled:
        """The tantivy query for a query string (raises QueryError); public for benchmarks.

        Compiled queries are cached (they depend on the query and the known acronyms only).
        """
        return self._compile(query)

    def _compile_uncached(self, query: str) -> Compiled:
        return compile_query(parse_query(query), self._schema, self._acronyms)

    def _searcher(self) -> tuple[tantivy.Searcher, object]:
        """A searcher on the last commit, and a stamp of that commit; reloads when it changed."""
        try:
            info = os.stat(self.path / "meta.json")
            stamp: tuple[int, int, int] | None = (info.st_mtime_ns, info.st_size, info.st_ino)
        except OSError:
            stamp = None
        if stamp != self._stamp or stamp is None:
            self._index.reload()
            self._stamp = stamp
        return self._index.searcher(), stamp or object()

    def search(
        self, query: str, *, limit: int = 10, offset: int = 0, sort: str = "score"
    ) -> SearchResult:
        """Letters matching `query`, one page of them, with the exact total and facets.

        `sort="score"` ranks by BM25 (title and headings above body); `sort="date"` puts
        the newest first. A query of filters only has no ranking and comes newest first.
        """
        if sort not in SORTS:
            raise QueryError(f"onbekende sortering {sort!r}", hint="sorteer op score of date")
        if limit < 0 or offset < 0:
            raise QueryError("limit en offset kunnen niet negatief zijn")
        compiled = self.compile(query)
        searcher, stamp = self._searcher()
        by_date = sort == "date" or not compiled.scored
        # tantivy wants a limit of at least 1; a count-only call asks for one and drops it
        options: dict[str, Any] = {"count": True, "offset": offset}
        if by_date:
            options.update(order_by_field="day", order=tantivy.Order.Desc)
        # When the query surely matches at most half the letters, count the facets while
        # tantivy finds the top hits; otherwise the total decides how to count them.
        bound = _upper_bound(searcher, compiled.bound)
        narrow = bound is not None and bound * 2 <= searcher.num_docs
        facets = None
        if narrow and bound:
            facets = _FACET_POOL.submit(self._facets, searcher, stamp, compiled.query, None)
        found = searcher.search(compiled.query, max(limit, 1), **options)
        total = int(getattr(found, "count", 0) or 0)  # asked for with count=True
        if total and not narrow:
            facets = _FACET_POOL.submit(self._facets, searcher, stamp, compiled.query, total)
        hits = [
            self._hit(searcher, address, None if by_date else score, compiled)
            for score, address in found.hits[:limit]
        ]
        counted = facets.result() if facets else {}
        return SearchResult(total=total, hits=hits, facets=counted if total else {})

    def _hit(
        self,
        searcher: tantivy.Searcher,
        address: tantivy.DocAddress,
        score: float | None,
        compiled: Compiled,
    ) -> Hit:
        stored = json.loads(searcher.doc(address)["stored"][0])
        return Hit(
            id=stored["id"],
            source_path=stored.get("source_path"),
            date=stored.get("date"),
            title=stored.get("title"),
            score=score,
            snippet=make_snippet(stored.get("text") or "", compiled.terms, compiled.prefixes),
            source_format=stored.get("source_format"),
            kind=stored.get("kind", "other"),
            dossier=stored.get("dossier"),
            dossier_title=stored.get("dossier_title"),
        )

    def _facets(
        self, searcher: tantivy.Searcher, stamp: object, query: tantivy.Query, count: int | None
    ) -> dict[str, list[tuple[str, int]]]:
        """Facet counts over every matching letter, computed in tantivy from fast fields.

        When most letters match, it is cheaper to count the few that do not and subtract
        them from the counts over all letters (cached until the index changes). `count`
        None: not known yet, but at most half the letters.
        """
        letters = searcher.num_docs
        if count is None or count * 2 <= letters:
            answer = searcher.aggregate(query, facet_request(FACET_SIZE))
            counts = {name: buckets(answer, name) for name in FACET_FIELDS}
        else:
            cached = self._every_letter
            if cached is not None and cached[0] == stamp:
                every = cached[1]
            else:
                every = counts_by_field(
                    searcher.aggregate(tantivy.Query.all_query(), request_all())
                )
                self._every_letter = (stamp, every)
            if count == letters:
                counts = every
            else:
                rest = counts_by_field(searcher.aggregate(all_but(query), request_all()))
                counts = {name: every[name] - rest[name] for name in FACET_FIELDS}
        facets: dict[str, list[tuple[str, int]]] = {}
        for name in FACET_FIELDS:
            values = sorted(counts[name].items(), key=lambda item: (-item[1], item[0]))
            values = [(value, n) for value, n in values[:FACET_SIZE] if n > 0]
            if name == "year":
                values.sort(reverse=True)
            facets[name] = values
        return facets


def _upper_bound(searcher: tantivy.Searcher, bound: Bound | None) -> int | None:
    """Evaluate a compiled query's bound on its match count (see compile.Bound)."""
    if bound is None:
        return None
    kind, parts = bound
    if kind == "terms":
        return sum(searcher.doc_freq(name, token) for name, token in parts)
    values = [_upper_bound(searcher, part) for part in parts]
    known = [v for v in values if v is not None]
    if kind == "min":
        return min(known) if known else None
    return None if len(known) < len(values) else sum(known)
