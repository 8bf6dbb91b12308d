"""The index folder on disk: the lock taken while an index is opened or created, and the
removal of an outdated index's files (tantivy's and ours, nothing else in the folder)."""

from __future__ import annotations

import fcntl
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

_OPEN_LOCK = ".kamerbrieven-open.lock"  # held while an index is looked at or created
# What tantivy writes into an index folder (segment files, with `.del` for deletions).
_TANTIVY_SUFFIXES = {".fast", ".fieldnorm", ".idx", ".pos", ".store", ".term", ".del"}


@contextmanager
def opening_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on opening the index in `path` (between processes)."""
    with open(path / _OPEN_LOCK, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_index_files(path: Path, meta: str) -> None:
    """Delete an outdated index's files, and only those: tantivy's and our meta."""
    for item in path.iterdir():
        if item.is_file() and (
            item.suffix in _TANTIVY_SUFFIXES or item.name in (meta, "meta.json", ".managed.json")
        ):
            item.unlink()
