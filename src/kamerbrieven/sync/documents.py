"""Turning fetched files into stored letters: each file read by the pipeline, the source's
facts applied (`facts.apply_facts`), the readings stored and indexed; and forgetting the
files of a document its source withdrew."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kamerbrieven.enrich.parliamentary import NOT_PARLIAMENTARY
from kamerbrieven.knowledge_base import KnowledgeBase
from kamerbrieven.pipeline import Failure, read_or_failure
from kamerbrieven.record import Letter
from kamerbrieven.store import default_index_path
from kamerbrieven.sync.facts import DocumentFacts, apply_facts


def default_files_path(db: str) -> Path:
    """Where sync keeps the files it fetched: beside the store and its index
    (`kamerbrieven.db.files/`)."""
    index = default_index_path(db)
    return index.with_name(index.name.removesuffix(".index") + ".files")


def read_with_facts(
    paths: Sequence[Path], facts: DocumentFacts, kb: KnowledgeBase
) -> list[Letter | Failure]:
    """Each file of one document read, with what its source says of it."""
    results: list[Letter | Failure] = []
    for path in paths:
        result = read_or_failure(path, kb.settings)
        if isinstance(result, Letter):
            # the source says it is a parliamentary document, whatever the text shows
            kept = tuple(w for w in result.warnings if w != NOT_PARLIAMENTARY)
            result = apply_facts(result.replace(warnings=kept), facts)
        results.append(result)
    return results


def store_document(
    kb: KnowledgeBase, paths: Sequence[Path], facts: DocumentFacts, known_paths: Sequence[str]
) -> tuple[str, str | None, list[Failure]]:
    """Read and store one document's files, replacing what an earlier sync stored of it.
    Returns `added` or `updated`, the letter's id, and the files that could not be read."""
    for old in known_paths:
        kb.store.remove_file(old)  # its facts may have changed even where its bytes did not
    results = read_with_facts(paths, facts, kb)
    letters = [r for r in results if isinstance(r, Letter)]
    failures = [r for r in results if isinstance(r, Failure)]
    report = kb.add_letters(letters)
    failures += report.failures
    status = "updated" if known_paths else "added"
    return status, (letters[0].id if letters else None), failures


def forget_document(kb: KnowledgeBase, paths: Sequence[str]) -> tuple[str, ...]:
    """Remove a withdrawn document's files and their readings; the ids that changed."""
    changed: list[str] = []
    for path in paths:
        changed += kb.store.remove_file(path)
        Path(path).unlink(missing_ok=True)
    return tuple(dict.fromkeys(changed))
