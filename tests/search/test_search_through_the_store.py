"""Search as users reach it: files ingested into a record store (SQLite or PostgreSQL),
the index kept in step with that store, rebuilt from it, and shared through it."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from tests.search.search_corpus import build_corpus

from kamerbrieven.knowledge_base import KnowledgeBase, open_knowledge_base
from kamerbrieven.search.schema import SCHEMA_VERSION

REPO = Path(__file__).resolve().parents[2]
SAMPLES = REPO / "samples"
QUERIES = [
    "NAVO",
    "Oekraine",
    '"Straat van Kertsj"',
    "wapenbeheersing",
    "verkiezingen -Rusland",
    "stikst*",
    "land:Rusland",
    "dossier:28676 van:2015-01-01",
    'ministerie:"Buitenlandse Zaken" INF',
]


def answers(kb: KnowledgeBase, scores: bool = True) -> dict[str, tuple]:
    """For each query: the total, every hit with its score, and the facets.

    Hits are compared as (id, score) pairs: letters with equal scores may come in either
    order, as tantivy breaks ties by the order the letters were added in. Without `scores`
    only the ids: BM25 statistics count replaced letters until tantivy merges segments, so
    two indexes with different histories score slightly differently.
    """
    out = {}
    for query in QUERIES:
        result = kb.search(query, limit=1000)
        hits = sorted((hit.id, round(hit.score or 0.0, 4) if scores else 0) for hit in result.hits)
        out[query] = (result.total, hits, result.facets)
    return out


def open_kb(db_url: str, folder: Path) -> KnowledgeBase:
    return open_knowledge_base(db_url, index=str(folder / "index"))


@pytest.fixture
def letters_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "brieven"
    shutil.copytree(SAMPLES, folder)
    return folder


def test_ingested_files_are_found_with_their_path(db_url, tmp_path, letters_folder):
    with open_kb(db_url, tmp_path) as kb:
        report = kb.ingest([str(letters_folder)])
        assert report.added == 6 and not report.failures
        result = kb.search('"Straat van Kertsj"')
        assert result.total == 1
        hit = result.hits[0]
        assert Path(hit.source_path).name == "002_ad9ccb4a6e4e1731.txt"
        assert hit.date == "2018-12-12" and "<b>Kertsj</b>" in hit.snippet
        stored = kb.get(hit.id)
        assert stored is not None and stored.source.path == hit.source_path
        # every format of the samples is searchable: the PDF, the XML and the docx
        formats = {h.source_format for h in kb.search("de", limit=100).hits}
        assert {"text", "pdf", "xml", "docx"} <= formats


def test_a_changed_file_replaces_its_letter_in_the_index(db_url, tmp_path, letters_folder):
    letter = letters_folder / "002_ad9ccb4a6e4e1731.txt"
    with open_kb(db_url, tmp_path) as kb:
        kb.ingest([str(letter)])
        assert kb.search("Kertsj").total == 1
        letter.write_text(letter.read_text("utf-8").replace("Kertsj", "Azov"), "utf-8")
        report = kb.ingest([str(letter)])
        assert report.updated == 1
        assert kb.search("Kertsj").total == 0
        assert kb.search("Azov").total == 1
        assert kb.stats()["letters"] == 1


def test_reindex_from_the_store_gives_the_same_answers(db_url, tmp_path):
    corpus = build_corpus()
    assert len(corpus) >= 200
    with open_kb(db_url, tmp_path) as kb:
        kb.add_letters(corpus)
        before = answers(kb)
        assert all(total > 0 for total, _, _ in before.values()), before
        assert kb.reindex() == len(corpus)
        assert answers(kb) == before


def test_a_lost_index_is_rebuilt_from_the_store(db_url, tmp_path, letters_folder):
    with open_kb(db_url, tmp_path) as kb:
        kb.ingest([str(letters_folder)])
        before = answers(kb)
    shutil.rmtree(tmp_path / "index")
    with open_kb(db_url, tmp_path) as kb:
        assert answers(kb) == before
        assert kb.sync_index() == 0  # in step now: nothing more to do


def test_an_index_built_by_another_version_is_rebuilt(db_url, tmp_path, letters_folder):
    with open_kb(db_url, tmp_path) as kb:
        kb.ingest([str(letters_folder)])
        before = answers(kb)
    meta = tmp_path / "index" / "kamerbrieven-search.json"
    old = json.loads(meta.read_text("utf-8")) | {"schema_version": SCHEMA_VERSION - 1}
    meta.write_text(json.dumps(old), "utf-8")
    with open_kb(db_url, tmp_path) as kb:
        assert answers(kb) == before


def test_letters_a_colleague_ingested_into_the_shared_store_are_found(
    db_url, tmp_path, letters_folder
):
    """Two users, one store, each their own index: each command sees the other's work."""
    mine, theirs = tmp_path / "mine", tmp_path / "theirs"
    with open_kb(db_url, mine) as kb:
        kb.ingest([str(letters_folder / "002_ad9ccb4a6e4e1731.txt")])
    with open_kb(db_url, theirs) as kb:
        assert kb.search("Kertsj").total == 1  # mine, found in their index
        kb.ingest([str(letters_folder / "kst-29515-496.pdf")])
    letter = letters_folder / "002_ad9ccb4a6e4e1731.txt"
    letter.write_text(letter.read_text("utf-8").replace("Kertsj", "Azov"), "utf-8")
    with open_kb(db_url, mine) as kb:
        kb.ingest([str(letter)])
    with open_kb(db_url, theirs) as kb:
        assert kb.search("Kertsj").total == 0
        assert kb.search("Azov").total == 1
    with open_kb(db_url, mine) as kb, open_kb(db_url, theirs) as other:
        assert answers(kb, scores=False) == answers(other, scores=False)
        assert kb.search("van:1900-01-01").total == len(kb.list()) == 2
