"""The index folder on disk: the lock taken while an index is opened or created, the
removal of an outdated index's files (tantivy's and ours, nothing else in the folder), and
what a failure of the disk under it means for the user."""

from __future__ import annotations

import errno
import fcntl
import shutil
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from kamerbrieven.errors import StoreError

_OPEN_LOCK = ".kamerbrieven-open.lock"  # held while an index is looked at or created
# What tantivy writes into an index folder (segment files, with `.del` for deletions).
_TANTIVY_SUFFIXES = {".fast", ".fieldnorm", ".idx", ".pos", ".store", ".term", ".del"}


@contextmanager
def opening_lock(path: Path) -> Iterator[None]:
    """An exclusive lock on opening the index in `path` (between processes); none on a
    read-only disk, where no process can create or change an index."""
    try:
        handle = open(path / _OPEN_LOCK, "a+b")  # noqa: SIM115 - closed below
    except OSError as error:
        if error.errno not in (errno.EROFS, errno.EACCES, errno.EPERM):
            raise
        yield
        return
    with handle:
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


@contextmanager
def writing(path: Path) -> Iterator[None]:
    """tantivy's and the disk's failures while the index in `path` is written (a full or
    read-only disk) as a StoreError that says what to do."""
    try:
        yield
    except (ValueError, OSError) as error:
        raise index_error(path, error, "bijwerken") from error


def index_error(path: Path, error: Exception, doing: str = "openen") -> StoreError:
    """A failure of tantivy or the file system under the index, as what happened and what
    to do: a read-only disk, a full disk, or else the failure itself.

    >>> str(index_error(Path("kb.index"), OSError(28, "No space left on device")))
    'de schijf van de zoekindex in kb.index is vol'
    """
    text = str(error)
    lowered = text.lower()
    code = getattr(error, "errno", None)
    if code == errno.EROFS or "read-only" in lowered or "readonlyfilesystem" in lowered:
        return StoreError(
            f"de zoekindex in {path} staat op een alleen-lezen schijf",
            hint="geef met --index een map op een schrijfbare schijf: de zoekindex wordt dan "
            "daar uit de store opgebouwd",
        )
    if (
        code == errno.ENOSPC
        or "no space left" in lowered
        or "storagefull" in lowered
        or (
            "io::error" in lowered and _nearly_full(path)  # a failed writer thread says no more
        )
    ):
        return StoreError(
            f"de schijf van de zoekindex in {path} is vol",
            hint="maak ruimte vrij; wat in de store staat, komt bij het volgende commando in "
            "de zoekindex (of met kamerbrieven reindex)",
        )
    first = (text.strip().splitlines() or [type(error).__name__])[0][:200]
    return StoreError(f"kan de zoekindex in {path} niet {doing}: {first}")


def _nearly_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path).free < 4 * 2**20
    except OSError:
        return False
