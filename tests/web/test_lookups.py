"""What the pages and the API share: answers kept until the store changes."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.web.corpus import ROOT

from kamerbrieven.knowledge_base import open_knowledge_base
from kamerbrieven.web.lookups import StoreCache, dossier_letters


def test_cached_answers_are_asked_again_when_the_store_changed(tmp_path: Path) -> None:
    letters = tmp_path / "brieven"
    letters.mkdir()
    shutil.copy(ROOT / "samples" / "kst-28676-512.xml", letters)
    with open_knowledge_base(str(tmp_path / "kb.db")) as kb:
        kb.ingest([str(letters)])
        every_time = StoreCache(recheck_s=0)
        seldom = StoreCache(recheck_s=3600)
        assert every_time.get(kb, ("stats",), kb.stats)["letters"] == 1
        assert seldom.get(kb, ("stats",), kb.stats)["letters"] == 1
        kb.ingest([str(ROOT / "samples" / "kst-29515-496.pdf")])
        assert every_time.get(kb, ("stats",), kb.stats)["letters"] == 2
        assert seldom.get(kb, ("stats",), kb.stats)["letters"] == 1  # not looked at yet


def test_dossier_letters_come_in_order_of_date_then_number(tmp_path: Path) -> None:
    with open_knowledge_base(str(tmp_path / "kb.db")) as kb:
        kb.ingest([str(ROOT / "samples")])
        title, letters = dossier_letters(kb, "28676")
    assert title == "NAVO"
    assert [letter.id for letter in letters][-1] == "kst-28676-512"  # the newest last
    dates = [letter.date for letter in letters if letter.date]
    assert dates == sorted(dates)
