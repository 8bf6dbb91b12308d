"""One document from several files is one letter: the best reading wins, the others fill
in what it lacks, and ingesting any of them again, in any order, changes nothing.

The corpus has three Kamerstukken in two formats each: kst-36682-10 (official XML and the
Tweede Kamer's docx), kst-35851-71 (XML and a scan of the paper handed in, which shows no
date) and kst-28286-1366 (XML and the typeset PDF).
"""

from __future__ import annotations

import itertools
import re
import shutil
from pathlib import Path

import pytest

from kamerbrieven.knowledge_base import open_knowledge_base

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
FILES = {
    "kst-36682-10": ("kst-36682-10.xml", "kst-36682-10.docx"),
    "kst-35851-71": ("kst-35851-71.xml", "kst-35851-71.scan.pdf"),
    "kst-28286-1366": ("kst-28286-1366.xml", "kst-28286-1366.pdf"),
}


def _without_times(record: dict) -> dict:
    return record | {"sources": [s | {"ingested": None} for s in record["sources"]]}


def _ingest_in_order(db_url: str, index: Path, paths: list[Path]) -> dict[str, dict]:
    with open_knowledge_base(db_url, index=str(index)) as kb:
        for path in paths:
            report = kb.ingest([str(path)])
            assert not report.failures, report.failures
        return {lid: kb.get(lid).to_dict() for lid in FILES}


@pytest.fixture
def corpus_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "stukken"
    folder.mkdir()
    for names in FILES.values():
        for name in names:
            shutil.copy(CORPUS / name, folder / name)
    return folder


def test_any_order_gives_the_same_letters_read_from_the_best_file(db_url, tmp_path, corpus_copy):
    files = sorted(corpus_copy.iterdir())
    first = _ingest_in_order(db_url, tmp_path / "a.index", files)
    for lid, record in first.items():
        assert record["source"]["format"] == "xml", lid
        assert [s["format"] for s in record["sources"]][0] == "xml"
        assert len(record["sources"]) == 2
    # the XML's date and title win over the scan's and the docx's
    assert first["kst-35851-71"]["date"] == "2025-01-16"
    assert first["kst-36682-10"]["title"]
    assert "geen datum gevonden" not in first["kst-35851-71"]["warnings"]


@pytest.mark.parametrize("order", list(itertools.permutations(range(3)))[::2])
def test_reversed_and_shuffled_orders_agree(tmp_path, corpus_copy, order):
    files = sorted(corpus_copy.iterdir())  # three XML files, then their other files
    shuffled = [files[3 + i] for i in order] + [files[i] for i in reversed(order)]
    forwards = _ingest_in_order(str(tmp_path / "a.db"), tmp_path / "a.index", files)
    backwards = _ingest_in_order(str(tmp_path / "b.db"), tmp_path / "b.index", shuffled)
    assert {k: _without_times(v) for k, v in forwards.items()} == {
        k: _without_times(v) for k, v in backwards.items()
    }


def test_ingesting_again_changes_nothing(db_url, tmp_path, corpus_copy):
    with open_knowledge_base(db_url, index=str(tmp_path / "kb.index")) as kb:
        first = kb.ingest([str(corpus_copy)])
        assert (first.added, first.updated, first.failures) == (3, 3, [])
        before = {lid: kb.store.get_record_json(lid) for lid in FILES}
        again = kb.ingest([str(corpus_copy)])
        assert (again.added, again.updated, again.unchanged) == (0, 0, 6)
        # the same files by another path: the same content, nothing changes either
        moved = tmp_path / "elders"
        shutil.copytree(corpus_copy, moved)
        elsewhere = kb.ingest([str(moved)])
        assert (elsewhere.added, elsewhere.updated, elsewhere.unchanged) == (0, 0, 6)
        assert {lid: kb.store.get_record_json(lid) for lid in FILES} == before
        assert kb.search("dossier:35851").total == 1


def test_a_field_the_best_file_lacks_is_filled_from_another_with_a_warning_on_disagreement(
    db_url, tmp_path, corpus_copy
):
    xml = corpus_copy / "kst-28286-1366.xml"
    text = xml.read_text("utf-8")
    # an XML without its date, and with a signer the PDF spells otherwise
    text = re.sub(r'<datum isodatum="2024-12-05">.*?</datum>', "", text)
    xml.write_text(text.replace("<al>Holman</al>", "<al>Holmann</al>"), "utf-8")
    with open_knowledge_base(db_url, index=str(tmp_path / "kb.index")) as kb:
        kb.ingest([str(xml)])
        assert kb.get("kst-28286-1366").date is None
        kb.ingest([str(corpus_copy / "kst-28286-1366.pdf")])
        letter = kb.get("kst-28286-1366")
        assert kb.search("Holmann van:2024-12-01").total == 1  # the index has the merged record
    assert (letter.source.format, [s.format for s in letter.sources]) == ("xml", ["xml", "pdf"])
    assert letter.date == "2024-12-05"  # from the PDF
    assert [s.name for s in letter.signatories][0] == "Holmann"  # the XML's, but said:
    assert any(
        w.startswith("bronnen verschillen over signatories: Holmann") for w in letter.warnings
    )
    assert "geen datum gevonden" not in letter.warnings
    # the letter's own date is among its dates now, as for any dated letter
    assert letter.dates[0].date == "2024-12-05"
