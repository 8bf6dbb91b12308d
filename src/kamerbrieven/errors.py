"""Typed errors, each with a hint for the user; the CLI maps them to exit codes once."""

from __future__ import annotations


class KamerbrievenError(Exception):
    """Base of every error kamerbrieven raises on purpose."""

    hint: str = ""

    def __init__(self, message: str, hint: str | None = None) -> None:
        super().__init__(message)
        if hint is not None:
            self.hint = hint


class UnreadableFile(KamerbrievenError):
    """A file whose content cannot be read as a document (empty, binary, broken, encrypted)."""


class UnsupportedFormat(KamerbrievenError):
    """A file whose format kamerbrieven does not read."""

    hint = "kamerbrieven leest .txt, .pdf, .html, .xml en .docx"


class StoreError(KamerbrievenError):
    """The record store cannot be opened or written."""


class MissingExtra(KamerbrievenError):
    """An optional dependency (extra) is not installed."""


class QueryError(KamerbrievenError):
    """A search query that cannot be parsed."""


class IndexBusy(StoreError):
    """Another process holds the search index's writer lock."""
