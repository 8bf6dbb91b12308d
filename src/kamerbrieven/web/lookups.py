"""What the API and the pages both ask of the knowledge base, each a function of a
KnowledgeBase that returns plain data (run on a worker thread by the pool)."""

from __future__ import annotations

import dataclasses
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from kamerbrieven.export import to_string
from kamerbrieven.knowledge_base import KnowledgeBase
from kamerbrieven.present.titles import display_title
from kamerbrieven.record import Letter
from kamerbrieven.search.result import SearchResult
from kamerbrieven.store import LetterFilter, LetterSummary
from kamerbrieven.web.views.citations import citation_url, letter_path, official_url

T = TypeVar("T")


class StoreCache:
    """Answers that read much of the store (the counts, the newest letters, a dossier's
    letters), kept until the store changes. Each is kept with the store's fingerprint and
    asked again when that changed (another process ingested); the fingerprint itself is
    looked at no more than once every `recheck_s` seconds per answer."""

    def __init__(self, size: int = 256, recheck_s: float = 5.0) -> None:
        self.size = size
        self.recheck_s = recheck_s
        self._answers: dict[tuple[Any, ...], tuple[str, float, Any]] = {}
        self._lock = threading.Lock()

    def get(self, kb: KnowledgeBase, key: tuple[Any, ...], compute: Callable[[], T]) -> T:
        full_key = (kb.settings.db, *key)
        with self._lock:
            found = self._answers.get(full_key)
        now = time.monotonic()
        if found is not None and now - found[1] < self.recheck_s:
            fresh: T = found[2]
            return fresh
        fingerprint = kb.store.fingerprint()
        answer: T = found[2] if found is not None and found[0] == fingerprint else compute()
        with self._lock:
            if len(self._answers) >= self.size and full_key not in self._answers:
                self._answers.pop(next(iter(self._answers)))  # the oldest goes
            self._answers[full_key] = (fingerprint, now, answer)
        return answer


CACHE = StoreCache()


def stats(kb: KnowledgeBase) -> dict[str, Any]:
    """`kamerbrieven stats --json`, computed again only when the store changed."""
    return CACHE.get(kb, ("stats",), kb.stats)


def newest(kb: KnowledgeBase, count: int) -> list[Listed]:
    """The newest letters (by their date), for the home page."""
    rows = CACHE.get(kb, ("newest", count), lambda: kb.list(LetterFilter(limit=count)))
    return [listed_from_summary(row) for row in rows]


@dataclass(frozen=True)
class Listed:
    """A letter in a list: enough to show and link it."""

    id: str
    date: str | None
    kind: str
    title: str  # the display title: the subject, or kind, dossier title and date
    dossier: str | None
    number: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {**dataclasses.asdict(self), "url": letter_path(self.id)}


def listed_from_summary(row: LetterSummary) -> Listed:
    title = display_title(row.title, row.kind, row.dossier_title, row.date)
    return Listed(row.id, row.date, row.kind, title, row.dossier, row.number)


def search(kb: KnowledgeBase, query: str, page: int, limit: int, sort: str) -> SearchResult:
    return kb.search(query, limit=limit, offset=(page - 1) * limit, sort=sort)


def cited_by_query(letter_id: str) -> str:
    """The search for letters that cite `letter_id` (the index files each citation's target).

    >>> cited_by_query("kst-29515-496")
    'verwijst:"kst-29515-496"'
    """
    return f'verwijst:"{letter_id}"'


def references_in(kb: KnowledgeBase, letter_id: str, page: int, limit: int) -> SearchResult:
    """Letters in the store that cite `letter_id`, newest first."""
    return search(kb, cited_by_query(letter_id), page, limit, "date")


def listed_from_hits(result: SearchResult) -> list[Listed]:
    return [
        Listed(
            hit.id,
            hit.date,
            hit.kind,
            display_title(hit.title, hit.kind, hit.dossier_title, hit.date),
            hit.dossier,
        )
        for hit in result.hits
    ]


def references_out(kb: KnowledgeBase, letter: Letter) -> list[dict[str, Any]]:
    """The letter's citations as the record has them, each with whether the store holds the
    cited letter and where a link to it leads."""
    known = kb.known_ids(ref.target_id for ref in letter.references if ref.target_id)
    out = []
    for ref in letter.references:
        in_store = ref.target_id in known
        item = dataclasses.asdict(ref)
        item["span"] = list(ref.span)
        item["in_store"] = in_store
        item["url"] = citation_url(ref.target_id, in_store)
        out.append(item)
    return out


def dossier_letters(kb: KnowledgeBase, dossier: str) -> tuple[str | None, list[Listed]]:
    """A dossier's title and its letters in order: by date, then number; undated last."""
    return CACHE.get(kb, ("dossier", dossier), lambda: _dossier_letters(kb, dossier))


def _dossier_letters(kb: KnowledgeBase, dossier: str) -> tuple[str | None, list[Listed]]:
    rows = kb.list(LetterFilter(dossier=dossier))
    rows.sort(key=lambda r: (r.date is None, r.date or "", r.number or 0, r.id))
    title = next((r.dossier_title for r in rows if r.dossier_title), None)
    return title, [listed_from_summary(row) for row in rows]


@dataclass(frozen=True)
class LetterPage:
    """Everything a letter's page shows besides the letter itself."""

    letter: Letter
    known: frozenset[str]  # cited letters the store holds
    cited_by: SearchResult
    official_url: str | None


CITED_BY_ON_PAGE = 20


def letter_page(kb: KnowledgeBase, letter_id: str) -> LetterPage | None:
    letter = kb.get(letter_id)
    if letter is None:
        return None
    known = kb.known_ids(ref.target_id for ref in letter.references if ref.target_id)
    cited_by = references_in(kb, letter_id, 1, CITED_BY_ON_PAGE)
    return LetterPage(letter, frozenset(known), cited_by, official_url(letter_id))


def export_search(kb: KnowledgeBase, query: str, fmt: str, limit: int, sort: str) -> str:
    """The records of a search's first `limit` hits as JSON Lines or CSV."""
    result = kb.search(query, limit=limit, sort=sort)
    letters = (kb.get(hit.id) for hit in result.hits)
    return to_string((letter for letter in letters if letter is not None), fmt)
