"""Official publication XML, VLOS verslagen and metadata.xml: real files, the rendered letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures import letter_xml

from conftest import read_bytes, read_corpus
from kamerbrieven.errors import UnreadableFile
from kamerbrieven.ingest.xml import read_metadata_xml
from kamerbrieven.parse import read_letter


def test_letter_xml_header_lines_come_first_as_paragraphs():
    paragraphs = read_bytes(letter_xml(), "xml").text.split("\n\n")
    assert paragraphs[:6] == [
        "Vergaderjaar 2018-2019",
        "Tweede Kamer der Staten-Generaal",
        "28 676 NAVO",
        "Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "Den Haag, 12 december 2018",
    ]


def test_letter_xml_metadata_in_record_field_names():
    meta = read_bytes(letter_xml(), "xml").metadata
    assert meta["dossier"] == "28676" and meta["number"] == 307
    assert meta["date"] == "2018-12-12"  # the letter's own date, not the publication's
    assert meta["kind"] == "brief" and meta["senders"] == ["Buitenlandse Zaken"]
    assert meta["signatories"] == [
        {"name": "S.A. Blok", "function": "De Minister van Buitenlandse Zaken"}
    ]


def test_noot_becomes_footnote_with_marker_in_flow():
    raw = read_bytes(letter_xml(), "xml")
    assert "(zie bijlage bij dit verslag)[1]." in raw.text
    assert raw.footnotes[1].text.endswith("Kamerstuk 28 676, nr. 106.")
    assert "Raadpleegbaar" not in raw.text


def test_motie_with_list_and_sub_dossier():
    raw = read_corpus("kst-21501-02-3173.xml")
    assert raw.metadata["dossier"] == "21501-02"
    assert raw.metadata["number"] == 3173 and raw.metadata["kind"] == "motie"
    assert raw.metadata["dossier_title"] == "Raad Algemene Zaken en Raad Buitenlandse Zaken"
    assert "\n\n– EU-sancties tegen de Israëlische bewindspersonen te overwegen;\n\n" in raw.text
    assert raw.layout == "paragraphs"


@pytest.mark.parametrize(
    "name, dossier, number",
    [
        ("kst-36725-XVII-52.xml", "36725-XVII", 52),
        ("kst-36410-V-78.xml", "36410-V", 78),
        ("kst-28286-1366.xml", "28286", 1366),
    ],
)
def test_roman_numeral_dossiers_without_spaces(name, dossier, number):
    meta = read_corpus(name).metadata
    assert (meta["dossier"], meta["number"]) == (dossier, number)


def test_vlos_verslag_speakers_before_their_words():
    raw = read_corpus("vlos-tk-20250703-commissiedebat-internationale-fiscaliteit.xml")
    assert raw.metadata == {
        "kind": "verslag",
        "date": "2025-07-03",
        "title": "Internationale fiscaliteit",
    }
    paragraphs = raw.text.split("\n\n")
    speaker = paragraphs.index("Mevrouw Van Eijk (VVD):")
    assert paragraphs[speaker + 1].startswith("Dank je wel, voorzitter.")
    # the text itself names no kind: the metadata's is taken without a warning
    letter = read_letter(raw)
    assert letter.kind == "verslag" and not letter.warnings


def test_vlos_casco_is_read_with_a_warning():
    raw = read_corpus("vlos-tk-20250703-procedurevergadering-biza.xml")
    assert raw.warnings and "casco" in raw.warnings[0]


def test_metadata_xml_beside_a_bijlage():
    data = (read_corpus.__globals__["CORPUS"] / "blg-1007826.metadata.xml").read_bytes()
    assert read_metadata_xml(data) == {"dossier": "33037", "kind": "other"}
    with pytest.raises(UnreadableFile, match="metadata.xml"):
        read_bytes(data, "xml")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"<rss><channel/></rss>", "onbekend XML-formaat: rss"),
        (b"<officiele-publicatie>", "niet goed gevormd"),
        (b"  ", "leeg"),
        (b"<officiele-publicatie><metadata/></officiele-publicatie>", "geen tekst"),
    ],
)
def test_bad_xml_gives_a_one_line_reason(data, reason):
    with pytest.raises(UnreadableFile, match=reason):
        read_bytes(data, "xml")


DEVSET = Path(__file__).resolve().parents[1] / "devset" / "letterhead"


def test_handelingen_xml_gives_the_vergadering_its_day_and_the_item_title():
    # two real items of the Handelingen (tests/devset/letterhead/README.md)
    opening = read_letter(read_bytes((DEVSET / "h-tk-20172018-50-1.xml").read_bytes(), "xml"))
    assert (opening.id, opening.number, opening.date) == ("h-tk-20172018-50-1", 50, "2018-02-08")
    item = read_letter(read_bytes((DEVSET / "h-tk-20172018-61-10.xml").read_bytes(), "xml"))
    assert (item.id, item.number, item.title) == (
        "h-tk-20172018-61-10",
        61,
        "Ondernemen en Bedrijfsfinanciering",
    )
    # each speaker is one short line before the words, as the printed Handelingen have it
    assert "\n\nDe heer Wörsdörfer (VVD):\n\nDank u wel, voorzitter." in item.text
    assert "\n\nStaatssecretaris Keijzer:\n\n" in item.text
    assert not any(section.heading in ("De", "voorzitter", ":") for section in item.sections)


def test_a_byte_order_mark_encoded_twice_does_not_stop_the_xml():
    # UTF-8 BOM read as Latin-1 and written as UTF-8 again: "ï»¿" before "<?xml"
    data = "\ufeff".encode().decode("latin-1").encode() + b"\n" + letter_xml()
    assert read_bytes(data, "xml").metadata["number"] == 307
