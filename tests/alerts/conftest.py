"""Alerts are checked against a knowledge base filled by a real sync from the replay server."""

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
    with open_knowledge_base(str(tmp_path / "kamerbrieven.db"), str(tmp_path / "index")) as base:
        yield base
