"""One store per backend with the insight corpus (tests/insight/corpus.py), and one with
the sample letters read by the real pipeline; shared by the tests of a module."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from tests.insight.corpus import corpus

from kamerbrieven import open_knowledge_base
from kamerbrieven.insight import Insight
from kamerbrieven.store import Store, open_store

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]
ROOT = Path(__file__).resolve().parents[2]


def _location(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, name: str
) -> str:
    if request.param == "sqlite":
        return str(tmp_path_factory.mktemp(name) / "kamerbrieven.db")
    make: Callable[[], str] = request.getfixturevalue("new_postgres_database")
    return make()


@pytest.fixture(scope="module", params=BACKENDS)
def corpus_store(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    store = open_store(_location(request, tmp_path_factory, "corpus"))
    for letter in corpus():
        store.put(letter)
    yield store
    store.close()


@pytest.fixture(scope="module")
def insight(corpus_store: Store) -> Insight:
    return Insight(corpus_store)


@pytest.fixture(scope="module", params=BACKENDS)
def samples_insight(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Insight]:
    folder = tmp_path_factory.mktemp("samples")
    location = _location(request, tmp_path_factory, "samples")
    kb = open_knowledge_base(location, index=str(folder / "index"))
    kb.ingest([str(ROOT / "samples")])
    yield kb.insight
    kb.close()
