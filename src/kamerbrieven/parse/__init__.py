"""Letter structure: header block, sections, signatories; `read_letter` is the entry point."""

from kamerbrieven.parse.letter import read_letter

__all__ = ["read_letter"]
