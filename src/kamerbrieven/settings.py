"""One frozen settings object, read once from the environment and the command line."""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from typing import Any

from kamerbrieven.errors import KamerbrievenError

DEFAULT_DB = "kamerbrieven.db"
MB = 2**20


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    # Where the search index lives; None: beside the store (see store.index_path_for).
    index: str | None = None
    # Larger files are refused with a reason instead of being read into memory.
    max_file_bytes: int = 50 * MB
    # What is read of one document's text at most (some 900 pages): the rest is left out
    # with a warning, so one huge file cannot hold up an ingest or every search after it.
    max_text_chars: int = 3_000_000
    # What a Word file (a zip archive) may unpack to: a zip bomb is refused by its size.
    max_unpacked_bytes: int = 50 * MB
    # One file's reading may take this long (OCR included) and this much memory, or it is
    # refused with the reason and the ingest goes on; None: no limit.
    max_file_seconds: float | None = 300.0
    max_file_memory_bytes: int | None = 2048 * MB
    # Processes that read files during a large ingest; None: one per core.
    workers: int | None = None
    # Keep documents that show no sign of being parliamentary (a shop's web page) as kind
    # `other` instead of refusing them.
    accept_other: bool = False

    def with_(self, **changes: Any) -> Settings:
        """A copy with the changes that are not None (an option left out keeps its value)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


# environment variable -> (the setting, its value from the number given)
_LIMITS: dict[str, tuple[str, Callable[[float], Any]]] = {
    "KAMERBRIEVEN_MAX_FILE_MB": ("max_file_bytes", lambda mb: int(mb * MB)),
    "KAMERBRIEVEN_MAX_TEXT_CHARS": ("max_text_chars", int),
    "KAMERBRIEVEN_MAX_UNPACKED_MB": ("max_unpacked_bytes", lambda mb: int(mb * MB)),
    "KAMERBRIEVEN_MAX_FILE_SECONDS": ("max_file_seconds", lambda s: float(s) or None),
    "KAMERBRIEVEN_MAX_FILE_MEMORY_MB": ("max_file_memory_bytes", lambda mb: int(mb * MB) or None),
}


def from_env(environ: Mapping[str, str] | None = None) -> Settings:
    """Settings from KAMERBRIEVEN_DB, KAMERBRIEVEN_INDEX and the limits: KAMERBRIEVEN_MAX_FILE_MB,
    _MAX_TEXT_CHARS, _MAX_UNPACKED_MB, _MAX_FILE_SECONDS and _MAX_FILE_MEMORY_MB (0: no limit
    for the last two).

    >>> from_env({"KAMERBRIEVEN_MAX_FILE_SECONDS": "20"}).max_file_seconds
    20.0
    >>> from_env({"KAMERBRIEVEN_MAX_FILE_MB": "veel"})
    Traceback (most recent call last):
    ...
    kamerbrieven.errors.KamerbrievenError: KAMERBRIEVEN_MAX_FILE_MB moet een getal zijn, niet 'veel'
    """
    env = os.environ if environ is None else environ
    settings = Settings()
    for name, (setting, convert) in _LIMITS.items():
        value = env.get(name, "").strip()
        if not value:
            continue
        try:
            number = float(value)
        except ValueError:
            raise KamerbrievenError(f"{name} moet een getal zijn, niet {value!r}") from None
        if number < 0:
            raise KamerbrievenError(f"{name} kan niet negatief zijn ({value})")
        settings = replace(settings, **{setting: convert(number)})
    return settings.with_(db=env.get("KAMERBRIEVEN_DB"), index=env.get("KAMERBRIEVEN_INDEX"))
