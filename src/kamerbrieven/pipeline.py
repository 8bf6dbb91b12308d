"""The ordered steps that turn a file into a Letter: read -> clean+parse -> extract.

Each step after reading is a pure function Letter -> Letter. A file that cannot be read
gives a Failure with the reason; it never stops the other files.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kamerbrieven.errors import KamerbrievenError
from kamerbrieven.extract import extract_all
from kamerbrieven.ingest import read_file
from kamerbrieven.parse import read_letter
from kamerbrieven.record import Letter
from kamerbrieven.settings import Settings, from_env

# After read_letter (clean + structure), the steps that add to the record, in order.
STEPS: tuple[Callable[[Letter], Letter], ...] = (extract_all,)


@dataclass(frozen=True)
class Failure:
    """A file that could not be read, and why (one line, for the user)."""

    path: str
    reason: str

    def __str__(self) -> str:
        return f"{self.path}: {self.reason}"


def read(path: str | Path, settings: Settings | None = None) -> Letter:
    """Read one file into a Letter; raises UnreadableFile / UnsupportedFormat on bad input.

    >>> read("samples/002_ad9ccb4a6e4e1731.txt").number  # doctest: +SKIP
    307
    """
    settings = settings or from_env()
    raw = read_file(Path(path), settings.max_file_bytes)
    letter = read_letter(raw)
    for step in STEPS:
        letter = step(letter)
    return letter


def read_many(
    paths: Iterable[Path], settings: Settings | None = None
) -> Iterator[Letter | Failure]:
    """Each path as a Letter or a Failure, in the order given."""
    for path in paths:
        yield read_or_failure(path, settings)


def read_or_failure(path: Path, settings: Settings | None = None) -> Letter | Failure:
    try:
        return read(path, settings)
    except KamerbrievenError as exc:
        reason = str(exc) + (f" ({exc.hint})" if exc.hint else "")
        return Failure(str(path), reason)
    except RecursionError:
        return Failure(str(path), "document te diep genest om te lezen")
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop a batch of 100k files
        return Failure(str(path), f"interne fout bij het lezen ({type(exc).__name__}: {exc})")
