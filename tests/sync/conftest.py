"""A replay server per test, and a knowledge base on each backend to sync into."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.sync.replay import ReplayServer

from kamerbrieven.knowledge_base import KnowledgeBase, open_knowledge_base


@pytest.fixture
def server() -> Iterator[ReplayServer]:
    with ReplayServer() as replay:
        yield replay


@pytest.fixture
def kb(tmp_path: Path) -> Iterator[KnowledgeBase]:
    """SQLite: most sync tests; the backend-specific parts run on both (test_state.py)."""
    with open_knowledge_base(str(tmp_path / "kamerbrieven.db"), str(tmp_path / "index")) as base:
        yield base
