"""The sources' formats read into facts, on the recorded answers themselves."""

from __future__ import annotations

import json

from tests.sync.sources import DOC1, DOC2, OP, TK

from kamerbrieven.sync.sru import parse_search
from kamerbrieven.sync.syncfeed import parse_page
from kamerbrieven.sync.tk_data import document_facts, extension_for, toezegging_of


def _page(name: str, category: str = "Document"):
    return parse_page((TK / name).read_bytes().replace(b"__BASE__", b"https://tk"), category)


def test_a_feed_page_gives_entries_their_skiptokens_files_and_the_next_page():
    page = _page("feed-document-1.xml")
    assert [e.skiptoken for e in page.entries] == [20512001, 20512002, 20512003]
    assert page.next_url == "https://tk/SyncFeed/2.0/Feed?skiptoken=20512003&category=Document"
    first = page.entries[0]
    assert first.id == DOC1 and not first.deleted
    assert first.enclosure == f"https://tk/SyncFeed/2.0/Resources/{DOC1}"
    assert (first.content_type, first.content_length) == ("application/pdf", 21678)
    assert first.fields["documentNummer"] == "2025D03982" and "citeerTitel" not in first.fields
    assert first.refs["kamerstukdossier"] == ("5d1f0c3e-2a4b-4c6d-8e0f-1a2b3c4d5e6f",)
    assert first.version == "2025-01-28T16:02:11.217"


def test_a_tombstone_is_a_deletion_and_the_last_page_has_no_next():
    page = _page("feed-document-3.xml")
    assert [(e.id, e.deleted) for e in page.entries][-1] == (DOC2, True)
    assert page.next_url is None


def test_a_document_is_read_from_its_entry_and_its_odata_look_up():
    entry = _page("feed-document-1.xml").entries[0]
    odata = json.loads((TK / f"odata-document-{DOC1}.json").read_text("utf-8"))
    facts = document_facts(entry, odata)
    assert (facts.kind, facts.label, facts.date, facts.number) == (
        "brief",
        "Brief regering",
        "2025-01-28",
        496,
    )
    assert (facts.dossier, facts.dossier_title, facts.ministry) == (
        "29515",
        "Regeldruk",
        "Economische Zaken",
    )
    assert facts.official_id == "kst-29515-496"
    # without the look-up the entry alone still gives kind and date (to filter on)
    alone = document_facts(entry, {})
    assert (alone.kind, alone.date, alone.dossier) == ("brief", "2025-01-28", None)


def test_a_dossier_with_a_toevoeging_and_extensions_by_content_type():
    entry = _page("feed-document-1.xml").entries[0]
    facts = document_facts(entry, {"Kamerstukdossier": [{"Nummer": 21501, "Toevoeging": "02"}]})
    assert facts.dossier == "21501-02"
    facts = document_facts(
        entry, {"Kamerstukdossier": [{"Nummer": 36725, "Toevoeging": "(R2170)"}]}
    )
    assert facts.dossier == "36725"
    docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    assert [
        extension_for(t) for t in ("application/pdf", docx, "text/xml; charset=utf-8", None)
    ] == [".pdf", ".docx", ".xml", ".pdf"]


def test_a_commitment_from_its_entry():
    kept, open_ = (toezegging_of(e) for e in _page("feed-toezegging-1.xml", "Toezegging").entries)
    assert (kept.number, kept.status, kept.fulfilled_by, kept.fulfilled_on) == (
        "TZ202411-042",
        "Voldaan",
        "2025D03982",
        "2025-01-28",
    )
    assert (kept.made_on, kept.ministry, kept.state()) == (
        "2024-11-14",
        "Economische Zaken",
        "kept",
    )
    assert (open_.number, open_.person, open_.fulfilled_by) == (
        "TZ202503-017",
        "Hermans, S.T.M.",
        None,
    )


def test_a_search_page_gives_each_publication_its_facts_and_files():
    page = parse_search((OP / "sru-dossier-28676-1.xml").read_bytes())
    assert (page.total, page.next_position) == (3, 3)
    first = page.publications[0]
    facts = first.facts()
    assert (facts.official_id, facts.kind, facts.number, facts.dossier) == (
        "kst-28676-512",
        "motie",
        512,
        "28676",
    )
    assert (facts.date, facts.dossier_title) == ("2025-05-27", "NAVO")
    assert facts.version == "2025-05-28T09:12:44.5812311+02:00"
    assert sorted(first.files) == ["html", "metadata", "odt", "pdf", "xml"]
    assert first.meta["indiener"] == ("S.E.M. Dobbe", "D.G. Boswijk")
