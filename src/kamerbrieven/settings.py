"""One frozen settings object, read once from the environment and the command line."""

from __future__ import annotations

import os
from dataclasses import dataclass, replace
from typing import Any

DEFAULT_DB = "kamerbrieven.db"


@dataclass(frozen=True)
class Settings:
    db: str = DEFAULT_DB
    # Where the search index lives; None: beside the store (see store.index_path_for).
    index: str | None = None
    # Larger files are refused with a reason instead of being read into memory.
    max_file_bytes: int = 50 * 1024 * 1024
    # What is read of one document's text at most (some 900 pages): the rest is left out
    # with a warning, so one huge file cannot hold up an ingest or every search after it.
    max_text_chars: int = 3_000_000
    # Processes that read files during a large ingest; None: one per core.
    workers: int | None = None
    # Keep documents that show no sign of being parliamentary (a shop's web page) as kind
    # `other` instead of refusing them.
    accept_other: bool = False

    def with_(self, **changes: Any) -> Settings:
        """A copy with the changes that are not None (an option left out keeps its value)."""
        return replace(self, **{k: v for k, v in changes.items() if v is not None})


def from_env(environ: dict[str, str] | None = None) -> Settings:
    """Settings from KAMERBRIEVEN_DB, KAMERBRIEVEN_INDEX, KAMERBRIEVEN_MAX_FILE_MB and
    KAMERBRIEVEN_MAX_TEXT_CHARS."""
    env = os.environ if environ is None else environ
    settings = Settings()
    if env.get("KAMERBRIEVEN_MAX_FILE_MB"):
        settings = replace(
            settings, max_file_bytes=int(float(env["KAMERBRIEVEN_MAX_FILE_MB"]) * 2**20)
        )
    if env.get("KAMERBRIEVEN_MAX_TEXT_CHARS"):
        settings = replace(settings, max_text_chars=int(env["KAMERBRIEVEN_MAX_TEXT_CHARS"]))
    return settings.with_(db=env.get("KAMERBRIEVEN_DB"), index=env.get("KAMERBRIEVEN_INDEX"))
