"""The citation graph and the dossier view over the corpus made for it."""

from __future__ import annotations

import pytest

from kamerbrieven.insight import Insight, InsightError

OFFICIAL = "https://zoek.officielebekendmakingen.nl/"


def test_a_letter_lists_what_cites_it_in_date_order(insight: Insight) -> None:
    refs = insight.refs("kst-28676-300")
    assert [r.letter_id for r in refs.cited_by] == [
        "kst-27925-700",
        "kst-29515-400",
        "kst-28676-310",
    ]
    assert refs.cites == []
    assert refs.letter is not None and refs.letter.date == "2018-03-01"


def test_a_citation_resolves_to_the_stored_letter_or_gives_the_official_address(
    insight: Insight,
) -> None:
    cites = {c.target_id: c for c in insight.refs("kst-28676-310").cites}
    assert set(cites) == {"kst-28676-300", "kst-28676-305", "kst-28676-290"}
    stored = cites["kst-28676-305"]
    assert (
        stored.letter is not None and stored.letter.title == "Nationaal actieplan NAVO-capaciteiten"
    )
    missing = cites["kst-28676-290"].to_dict()
    assert missing["in_store"] is False
    assert missing["url"] == OFFICIAL + "kst-28676-290.html"


def test_a_document_the_store_lacks_still_shows_who_cites_it(insight: Insight) -> None:
    refs = insight.refs("kst-28676-290").to_dict()
    assert refs["in_store"] is False
    assert refs["url"] == OFFICIAL + "kst-28676-290.html"
    assert [c["letter_id"] for c in refs["cited_by"]] == ["kst-28676-310"]


def test_an_id_nobody_knows_is_an_error(insight: Insight) -> None:
    with pytest.raises(InsightError, match="geen brief met id kst-1-1"):
        insight.refs("kst-1-1")


def test_a_dossier_lists_its_documents_in_order_and_the_cited_ones_it_lacks(
    insight: Insight,
) -> None:
    dossier = insight.dossier("28 676")
    assert [(d.number, d.letter.kind) for d in dossier.documents] == [
        (300, "brief"),
        (305, "brief"),
        (310, "brief"),
        (320, "brief"),
    ]
    assert [(m.target_id, m.cited_by, m.url) for m in dossier.missing] == [
        ("kst-28676-290", ("kst-28676-310",), OFFICIAL + "kst-28676-290.html")
    ]
    assert dossier.to_dict()["dossier"] == "28676"


def test_an_unknown_dossier_is_an_error(insight: Insight) -> None:
    with pytest.raises(InsightError, match="dossier 99999"):
        insight.dossier("99999")
