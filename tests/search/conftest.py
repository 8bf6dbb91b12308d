from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.search.search_corpus import build_corpus

from kamerbrieven.knowledge_base import KnowledgeBase, open_knowledge_base
from kamerbrieven.record import Letter
from kamerbrieven.search import SearchIndex


@pytest.fixture(scope="session")
def corpus() -> list[Letter]:
    return build_corpus()


@pytest.fixture(
    scope="session",
    params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)],
)
def index(
    request: pytest.FixtureRequest, corpus: list[Letter], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[KnowledgeBase]:
    """The whole corpus stored and indexed as users do it (KnowledgeBase.add_letters), once
    on each record store; the read-only tests search it through KnowledgeBase.search."""
    folder = tmp_path_factory.mktemp(f"knowledge-base-{request.param}")
    if request.param == "sqlite":
        db = str(folder / "kamerbrieven.db")
    else:
        db = request.getfixturevalue("new_postgres_database")()
    with open_knowledge_base(db, index=str(folder / "index")) as knowledge_base:
        report = knowledge_base.add_letters(corpus)
        assert report.added == len(corpus) and not report.failures
        yield knowledge_base


@pytest.fixture
def empty_index(tmp_path: Path) -> SearchIndex:
    return SearchIndex.open(tmp_path / "index")
