from __future__ import annotations

from pathlib import Path

import pytest
from tests.search.search_corpus import build_corpus

from kamerbrieven.record import Letter
from kamerbrieven.search import SearchIndex


@pytest.fixture(scope="session")
def corpus() -> list[Letter]:
    return build_corpus()


@pytest.fixture(scope="session")
def index(corpus: list[Letter], tmp_path_factory: pytest.TempPathFactory) -> SearchIndex:
    """One index over the whole corpus, shared by the read-only tests."""
    search_index = SearchIndex.open(tmp_path_factory.mktemp("search-index"))
    search_index.add(corpus)
    search_index.commit()
    return search_index


@pytest.fixture
def empty_index(tmp_path: Path) -> SearchIndex:
    return SearchIndex.open(tmp_path / "index")
