"""A record's id is the document's official identifier, in the form citations of it take
(issue 11.8, docs/record.md): so a letter citing an Aanhangsel, a lettered Eerste Kamer
stuk or a Kamerstuk links to the record of that document."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from kamerbrieven import read
from kamerbrieven.extract.references import find_references
from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.nl.identifiers import read_official_id
from kamerbrieven.parse.letter import read_letter
from kamerbrieven.record import Source

CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus"
NAMED_BY_ID = sorted(p for p in CORPUS.iterdir() if re.match(r"(?:kst|ah-tk)-", p.name))


def _text(text: str) -> RawDocument:
    return RawDocument(Source("x.txt", "ab" * 32, "text"), text)


@pytest.mark.parametrize("path", NAMED_BY_ID, ids=lambda p: p.name)
def test_every_official_document_gets_its_own_identifier(path: Path) -> None:
    # each file is named by its identifier on the publication site (tests/data/corpus/SOURCES.md)
    assert read(path).id == path.name.split(".")[0]


def test_an_aanhangsel_without_a_printed_identifier_takes_year_and_number() -> None:
    letter = read_letter(
        _text(
            "Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2022–2023\n\n"
            "Aanhangsel van de Handelingen\n\nVragen gesteld door de leden der Kamer, met de "
            "daarop door de regering gegeven antwoorden\n\n3649\n\n"
            "Vragen van het lid Bromet (GroenLinks) aan de Minister van Landbouw over het "
            "bericht (ingezonden 4 juli 2023).\n\n"
            "Antwoord van Minister Adema (Landbouw, Natuur en Voedselkwaliteit) (ontvangen 14 "
            "september 2023).\n\nVraag 1\n\nKent u het bericht?\n\nAntwoord 1\n\nJa.\n"
        )
    )
    assert (letter.id, letter.number, letter.kind) == (
        "ah-tk-20222023-3649",
        3649,
        "antwoorden kamervragen",
    )
    # and a letter that cites it links to it
    cited = find_references("Aanhangsel Handelingen II 2022/23, nr. 3649")
    assert [ref.target_id for ref in cited] == [letter.id]


def test_a_lettered_eerste_kamer_stuk_is_known_by_its_letter() -> None:
    letter = read_letter(
        _text(
            "33 328 Voorstel van wet van de leden Snels en Sneller houdende regels over de "
            "toegankelijkheid van informatie van publiek belang (Wet open overheid)\n\n"
            "AI1 VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\n\nVastgesteld 28 december 2023\n\n"
            "De vaste commissie voor Binnenlandse Zaken heeft vragen gesteld.\n"
        )
    )
    assert (letter.id, letter.dossier, letter.number) == ("kst-33328-AI", "33328", None)
    cited = find_references("Kamerstukken I 2023/24, 33 328, AI")
    assert [ref.target_id for ref in cited] == [letter.id]


def test_the_identifier_printed_on_the_first_page_wins_and_gives_the_number() -> None:
    letter = read_letter(
        _text(
            "ah-tk-20232024-2210\nISSN 0921-7398\n’s-Gravenhage 2024\n\n"
            "Vragen van het lid Erkens (VVD) aan de Minister over de Delta Rhine Corridor "
            "(ingezonden 1 juli 2024).\n\nAntwoord van Minister Hermans (Klimaat en Groene "
            "Groei) (ontvangen 23 juli 2024).\n\nVraag 1\n\nKent u het bericht?\n\n"
            "Antwoord 1\n\nJa.\n"
        )
    )
    assert (letter.id, letter.number) == ("ah-tk-20232024-2210", 2210)


def test_a_letter_without_any_identifier_keeps_its_hash() -> None:
    letter = read_letter(_text("Geachte voorzitter,\n\nHierbij het verslag.\n"))
    assert letter.id == "sha-" + "ab" * 6


@pytest.mark.parametrize(
    "text",
    ["kst-2024", "h-tk-20172018-61", "ah-tk-20232024-2210-4", "kst-36450-3 extra", "ah-tk-2023-1"],
)
def test_what_only_looks_like_an_identifier_is_none(text: str) -> None:
    assert read_official_id(text) is None
