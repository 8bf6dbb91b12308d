"""Shared helpers for the format reader tests: the corpus folder and a reader call."""

from __future__ import annotations

import hashlib
import importlib
import sys
from pathlib import Path

import pytest

from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.record import Source

sys.path.insert(0, str(Path(__file__).parent))  # so tests can `import fixtures`

CORPUS = Path(__file__).parents[1] / "data" / "corpus"


def read_bytes(data: bytes, fmt: str, name: str = "doc") -> RawDocument:
    reader = importlib.import_module(f"kamerbrieven.ingest.{fmt}")
    source = Source(path=name, sha256=hashlib.sha256(data).hexdigest(), format=fmt)
    return reader.read(data, source)


def read_corpus(name: str, fmt: str | None = None) -> RawDocument:
    path = CORPUS / name
    suffix = path.suffix.lstrip(".")
    return read_bytes(path.read_bytes(), fmt or suffix, name)


@pytest.fixture(scope="session")
def corpus() -> Path:
    return CORPUS
