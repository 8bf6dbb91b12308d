"""The full-text index of letters: a tantivy index in a folder beside the record store.

Built from Letter records only, so any store (SQLite, PostgreSQL) can feed it and
`reindex` can rebuild it from scratch.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Self

import tantivy

from kamerbrieven.errors import QueryError, StoreError
from kamerbrieven.record import Letter
from kamerbrieven.search.compile import Acronyms, Compiled, compile_query
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

    @classmethod
    def open(cls, path: Path, *, threads: int = 1) -> SearchIndex:
        """Open the index in folder `path`, creating it if missing.

        `threads` is how many indexing threads tantivy may use while adding letters.
        """
        path = Path(path)
        meta_path = path / _META
        try:
            path.mkdir(parents=True, exist_ok=True)
            if tantivy.Index.exists(str(path)):
                meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
                if meta.get("schema_version") != SCHEMA_VERSION:
                    raise StoreError(
                        f"the search index in {path} was built by another version",
                        hint="rebuild it: kamerbrieven reindex",
                    )
                index = tantivy.Index.open(str(path))
                acronyms = Acronyms(meta.get("acronyms", {}))
            else:
                index = tantivy.Index(build_schema(), path=str(path))
                acronyms = Acronyms()
        except (OSError, ValueError) as error:
            raise StoreError(f"cannot open the search index in {path}: {error}") from error
        index.register_tokenizer(TOKENIZER, whitespace_analyzer())
        search_index = cls(path, index, acronyms, threads)
        search_index._save_meta()
        return search_index

    # -- writing -----------------------------------------------------------------------

    def _writer_or_new(self) -> tantivy.IndexWriter:
        if self._writer is None:
            try:
                self._writer = self._index.writer(heap_size=64_000_000, num_threads=self._threads)
            except ValueError as error:  # another process holds the writer lock
                raise StoreError(f"the search index in {self.path} is busy: {error}") from error
        return self._writer

    def add(self, letters: Iterable[Letter]) -> None:
        """Add letters, replacing any indexed letter with the same id (visible after commit)."""
        writer = self._writer_or_new()
        for letter in letters:
            for acronym in letter.acronyms:
                self._acronyms.learn(acronym.short, acronym.long)
            writer.delete_documents_by_term("id", letter.id)
            writer.add_document(letter_document(letter))

    def delete(self, ids: Iterable[str]) -> None:
        """Remove letters by id (visible after commit); unknown ids are ignored."""
        writer = self._writer_or_new()
        for letter_id in ids:
            writer.delete_documents_by_term("id", letter_id)

    def commit(self) -> None:
        """Make every add and delete so far durable and visible to searches."""
        if self._writer is not None:
            self._writer.commit()
            self._index.reload()
        self._save_meta()

    def clear(self) -> None:
        """Remove every letter at once, committed (before a reindex)."""
        writer = self._writer_or_new()
        writer.delete_all_documents()
        self._acronyms = Acronyms()
        self.commit()

    def close(self) -> None:
        """Let tantivy finish merging segments and release the writer lock."""
        if self._writer is not None:
            self._writer.wait_merging_threads()
            self._writer = None

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _save_meta(self) -> None:
        meta = {"schema_version": SCHEMA_VERSION, "acronyms": self._acronyms.long_by_short}
        tmp = self.path / (_META + ".tmp")
        tmp.write_text(json.dumps(meta, ensure_ascii=False, sort_keys=True), "utf-8")
        tmp.replace(self.path / _META)

    def __len__(self) -> int:
        return self._index.searcher().num_docs

    # -- searching ---------------------------------------------------------------------

    def compile(self, query: str) -> Compiled:
        """The tantivy query for a query string (raises QueryError); public for benchmarks."""
        return compile_query(parse_query(query), self._schema, self._acronyms)

    def search(
        self, query: str, *, limit: int = 10, offset: int = 0, sort: str = "score"
    ) -> SearchResult:
        """Letters matching `query`, one page of them, with the exact total and facets.

        `sort="score"` ranks by BM25 (title and headings above body); `sort="date"` puts
        the newest first. A query of filters only has no ranking and comes newest first.
        """
        if sort not in SORTS:
            raise QueryError(f"unknown sort {sort!r}", hint="sort by score or date")
        if limit < 0 or offset < 0:
            raise QueryError("limit and offset cannot be negative")
        compiled = self.compile(query)
        searcher = self._index.searcher()
        by_date = sort == "date" or not compiled.scored
        # tantivy wants a limit of at least 1; a count-only call asks for one and drops it
        options: dict[str, object] = {"count": True, "offset": offset}
        if by_date:
            options.update(order_by_field="day", order=tantivy.Order.Desc)
        found = searcher.search(compiled.query, max(limit, 1), **options)
        page = found.hits[:limit]
        hits = [
            self._hit(searcher, address, None if by_date else score, compiled)
            for score, address in page
        ]
        facets = self._facets(searcher, compiled.query) if found.count else {}
        return SearchResult(total=found.count, hits=hits, facets=facets)

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
        )

    def _facets(
        self, searcher: tantivy.Searcher, query: tantivy.Query
    ) -> dict[str, list[tuple[str, int]]]:
        # One aggregation over fast fields, computed in tantivy over every matching letter.
        request = {name: {"terms": {"field": name, "size": FACET_SIZE}} for name in FACET_FIELDS}
        answer = searcher.aggregate(query, request)
        facets: dict[str, list[tuple[str, int]]] = {}
        for name in FACET_FIELDS:
            buckets = answer.get(name, {}).get("buckets", [])
            values = [(_facet_value(b["key"]), int(b["doc_count"])) for b in buckets]
            if name == "year":
                values.sort(reverse=True)
            facets[name] = values
        return facets


def _facet_value(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
