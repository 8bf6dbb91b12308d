"""Is the knowledge base whole? The store checked against its own records
(`store/consistency.py`) and the search index against the store, each problem said in
Dutch with what to do; and the repair of what can be rebuilt.

Checking changes nothing: the index is opened without being brought in step (as every
other command would), so what is missing from it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kamerbrieven.errors import StoreError
from kamerbrieven.store.consistency import StoreCheck
from kamerbrieven.store.schema import LATEST_VERSION

if TYPE_CHECKING:
    from kamerbrieven.knowledge_base import KnowledgeBase

REPAIR = "kamerbrieven check --repair (bouwt ze opnieuw uit de records)"
REREAD = "lees hun bestanden opnieuw in (kamerbrieven ingest)"
REINDEX = "kamerbrieven reindex (bouwt de zoekindex opnieuw op uit de store)"
RESCUE = (
    "zet een kopie terug, of red wat er is: kamerbrieven export --format jsonl -o brieven.jsonl"
    " en kamerbrieven import brieven.jsonl --db nieuw.db"
)


@dataclass(frozen=True)
class Problem:
    part: str  # "store" or "zoekindex"
    what: str
    fix: str


@dataclass
class Health:
    store: str
    letters: int
    schema_version: int
    index: str
    indexed: int | None  # letters in the index; None: no index that could be read
    problems: list[Problem] = field(default_factory=list)

    @property
    def whole(self) -> bool:
        return not self.problems

    def to_dict(self) -> dict[str, Any]:
        return {
            "store": self.store,
            "letters": self.letters,
            "schema_version": self.schema_version,
            "latest_schema_version": LATEST_VERSION,
            "index": self.index,
            "indexed": self.indexed,
            "ok": self.whole,
            "problems": [p.__dict__ for p in self.problems],
        }


def check(kb: KnowledgeBase) -> Health:
    """The store and its index, compared; nothing is changed."""
    try:
        found = kb.store.check_consistency()
    except StoreError as error:  # a file too damaged to read through: that is the finding
        found = StoreCheck(damaged=[str(error)])
    health = Health(
        kb.store.location, found.letters, found.schema_version, str(kb.index_path), None
    )
    health.problems += store_problems(found)
    if found.damaged:
        return health  # comparing the index with a damaged store would say little
    health.indexed, index_problems = _index_problems(kb)
    health.problems += index_problems
    return health


def repair(kb: KnowledgeBase) -> tuple[int, bool]:
    """Rebuild what the records give (plain tables, versions, rows of no letter), then the
    index when it is not in step; returns (letters rewritten, whether it was reindexed)."""
    rewritten = kb.store.repair_derived()
    _, index_problems = _index_problems(kb)
    if index_problems:
        kb.reindex()
    return rewritten, bool(index_problems)


def store_problems(found: StoreCheck) -> list[Problem]:
    problems = []
    if found.damaged:
        what = f"de store is beschadigd: {'; '.join(found.damaged[:3])}"
        problems.append(Problem("store", what, RESCUE))
    if found.schema:
        what = f"het schema is onvolledig: {', '.join(found.schema)}"
        problems.append(Problem("store", what, f"meld dit als fout; {RESCUE}"))
    if found.unreadable:
        what = (
            f"{_letters(len(found.unreadable))} met een record dat geen brief is "
            f"({_some(found.unreadable)})"
        )
        problems.append(
            Problem("store", what, "lees hun bestanden opnieuw in (kamerbrieven ingest)")
        )
    off = len(found.stale_versions) + sum(found.stale_rows.values())
    if off:
        tables = ", ".join(f"{t}: {n}" for t, n in sorted(found.stale_rows.items()))
        if found.stale_versions:
            tables = ", ".join(filter(None, [f"versie: {len(found.stale_versions)}", tables]))
        what = f"rijen die niet kloppen met het record van hun brief ({tables})"
        problems.append(Problem("store", what, REPAIR))
    if found.orphans:
        rows = sum(found.orphans.values())
        tables = ", ".join(f"{t}: {n}" for t, n in sorted(found.orphans.items()))
        what = f"{rows} {'rij hoort' if rows == 1 else 'rijen horen'} bij geen brief ({tables})"
        problems.append(Problem("store", what, REPAIR))
    if found.readings:
        what = (
            f"{_letters(len(found.readings))} met lezingen van bestanden die niet bij hun "
            f"bronnen staan ({_some(found.readings)})"
        )
        problems.append(
            Problem("store", what, "lees hun bestanden opnieuw in (kamerbrieven ingest)")
        )
    return problems


def _index_problems(kb: KnowledgeBase) -> tuple[int | None, list[Problem]]:
    """The letters in the index and what differs from the store, without changing either."""
    from kamerbrieven.search.index import SearchIndex

    path = kb.index_path
    if not (path / "meta.json").is_file():
        return None, [Problem("zoekindex", f"er is geen zoekindex in {path}", REINDEX)]
    try:
        index = SearchIndex.open(path)
    except StoreError as error:
        return None, [Problem("zoekindex", str(error), REINDEX)]
    try:
        indexed = index.versions()
        documents = len(index)
    finally:
        index.close()
    stored = kb.store.versions()
    wanted = set(stored.values())
    problems = []
    missing = [lid for lid, version in stored.items() if version not in indexed]
    if missing:
        what = f"{_letters(len(missing))} niet (of in een oudere versie) in de zoekindex"
        problems.append(Problem("zoekindex", f"{what} ({_some(sorted(missing))})", REINDEX))
    extra = indexed - wanted
    if extra:
        what = f"{_letters(len(extra))} in de zoekindex die niet (meer) in de store staan"
        problems.append(Problem("zoekindex", what, REINDEX))
    if documents > len(indexed):
        what = f"{_letters(documents - len(indexed))} dubbel in de zoekindex"
        problems.append(Problem("zoekindex", what, REINDEX))
    return documents, problems


def _letters(n: int) -> str:
    return f"{n} brief" if n == 1 else f"{n} brieven"


def _some(ids: list[str]) -> str:
    return ", ".join(ids[:3]) + (f" en {len(ids) - 3} meer" if len(ids) > 3 else "")
