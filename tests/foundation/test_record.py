"""The record: every field present, one serialisation, round trips without loss."""

from __future__ import annotations

import json
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from kamerbrieven.record import (
    Acronym,
    DateMention,
    Entity,
    Footnote,
    Letter,
    Meeting,
    Reference,
    Section,
    Signatory,
    Source,
    Statement,
    letter_id,
)

REPO = Path(__file__).resolve().parents[2]
RECORD_FIELDS = [
    "id",
    "source",
    "sources",
    "kind",
    "dossier",
    "dossier_title",
    "number",
    "date",
    "title",
    "senders",
    "addressee",
    "signatories",
    "text",
    "sections",
    "footnotes",
    "references",
    "dates",
    "entities",
    "acronyms",
    "meetings",
    "statements",
    "warnings",
]


def full_letter() -> Letter:
    return Letter(
        id="kst-28676-307",
        source=Source("brief.pdf", "a" * 64, "pdf"),
        kind="brief",
        dossier="28676",
        dossier_title="NAVO",
        number=307,
        date="2018-12-12",
        title="Verslag NAR",
        senders=("Buitenlandse Zaken",),
        addressee="Voorzitter van de Tweede Kamer der Staten-Generaal",
        signatories=(Signatory("S.A. Blok", "De Minister van Buitenlandse Zaken"),),
        text="Oekraïne en Georgië\n\nDe NAVO[1] ...",
        sections=(Section("Oekraïne en Georgië", 0, 34),),
        footnotes=(Footnote("1", "Raadpleegbaar via www.tweedekamer.nl."),),
        references=(
            Reference(
                "motie",
                "motie Voordewind (Kamerstuk 33 694, nr. 30)",
                (3, 40),
                "33694",
                30,
                None,
                "kst-33694-30",
            ),
        ),
        dates=(DateMention("4 en 5 december 2018", "2018-12-04", (1, 20), "2018-12-05"),),
        entities=(Entity("person", "het lid Karabulut (SP)", "Karabulut", (5, 9), "lid", "SP"),),
        acronyms=(Acronym("NAR", "Noord Atlantische Raad"),),
        meetings=(Meeting("Noord Atlantische Raad", ("2018-12-04", "2018-12-05"), "Brussel"),),
        statements=(
            Statement("commitment", "het kabinet", "Het kabinet zal ...", (0, 10), "Rusland"),
        ),
        warnings=("geen datum gevonden",),
    )


def test_every_field_of_record_md_is_in_every_record_in_its_order():
    assert list(full_letter().to_dict()) == RECORD_FIELDS
    empty = Letter(id="sha-0123456789ab", source=Source("x.txt", "0" * 64, "text")).to_dict()
    assert list(empty) == RECORD_FIELDS
    assert all(empty[name] is None for name in ("dossier", "number", "date", "title", "addressee"))
    assert all(empty[name] == [] for name in ("senders", "references", "statements", "warnings"))


def test_record_md_names_every_field():
    contract = (REPO / "docs" / "record.md").read_text(encoding="utf-8")
    for name in RECORD_FIELDS:
        assert f"| `{name}` |" in contract


def test_round_trip_through_json_loses_nothing():
    letter = full_letter()
    assert Letter.from_dict(json.loads(json.dumps(letter.to_dict()))) == letter


def test_spans_and_lists_serialise_as_json_arrays():
    record = full_letter().to_dict()
    assert record["references"][0]["span"] == [3, 40]
    assert record["meetings"][0]["dates"] == ["2018-12-04", "2018-12-05"]
    assert record["source"] == {"path": "brief.pdf", "sha256": "a" * 64, "format": "pdf"}


def test_unknown_sibling_fields_from_a_newer_version_are_kept_through_a_round_trip():
    record = full_letter().to_dict() | {"topics": [{"name": "NAVO"}]}
    letter = Letter.from_dict(record)
    assert letter.replace(extra={}) == full_letter()
    assert letter.get("topics") == ({"name": "NAVO"},)
    assert letter.to_dict()["topics"] == [{"name": "NAVO"}]
    assert list(letter.to_dict())[-2:] == ["topics", "warnings"]


def test_id_is_kst_when_dossier_and_number_are_known():
    assert letter_id("21501-02", 2000, "f" * 64) == "kst-21501-02-2000"
    assert letter_id(None, 307, "0123456789abcdef" * 4) == "sha-0123456789ab"


@given(
    text=st.text(),
    title=st.one_of(st.none(), st.text()),
    number=st.one_of(st.none(), st.integers()),
)
def test_any_text_round_trips(text, title, number):
    letter = Letter(
        id="sha-0", source=Source("p", "s", "text"), text=text, title=title, number=number
    )
    assert Letter.from_dict(json.loads(json.dumps(letter.to_dict()))) == letter
