"""Footnotes dropped between pages move out of the text; glued markers become [n]."""

from pathlib import Path

import pytest

from kamerbrieven.clean.footnotes import find_marker, mark_footnotes, take_footnotes
from kamerbrieven.clean.pages import page_lines
from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.parse.letter import read_letter
from kamerbrieven.record import Source

DATA = Path(__file__).parent / "data"


def test_footnote_mid_sentence_is_taken_out_of_the_page():
    pages = [
        [
            "Daarvoor is het wel noodzakelijk dat ook regionale",
            "spelers, waaronder Pakistan, een grotere inspanning leveren om de",
            "",
            (
                "2 Zie verslag van de NAVO ministeriële in Tallinn (23-23 april 2010), "
                "Kamerstuk 28 676, nr. 106."
            ),
        ],
        ["Taliban aan de onderhandelingstafel te krijgen."],
    ]
    kept, notes = take_footnotes(
        [["het zogenoemde Tallinn criterium2: het registeren van militaire"], *pages], first=2
    )
    assert kept[1][-1].endswith("inspanning leveren om de")
    assert notes[0].mark == "2" and notes[0].text.startswith("Zie verslag van de NAVO")


def test_line_starting_with_a_date_is_not_a_footnote():
    page = [
        "Voor het eerst sinds de NAVO-missie in Irak van start is gegaan, op",
        "1 november jl., werd gesproken over de missie.",
    ]
    kept, notes = take_footnotes([page, ["Volgende pagina."]])
    assert notes == [] and kept[0] == page


def test_glued_footnote_marker_is_split():
    text = (
        "een verklaring uit doen gaan over het INF-verdrag (zie bijlage bij dit verslag)1. "
        "Hierin ... het zogenoemde Tallinn criterium2: het registeren"
    )
    marked, missing = mark_footnotes(text, ["1", "2"])
    assert "(zie bijlage bij dit verslag)[1]." in marked
    assert "Tallinn criterium[2]:" in marked and missing == []


def test_acronym_with_digit_is_not_a_marker():
    marked, missing = mark_footnotes("de uitstoot van CO2 daalt; zie de brief2.", ["2"])
    assert marked == "de uitstoot van CO2 daalt; zie de brief[2]." and missing == []


def test_footnotes_of_a_typeset_kamerstuk_are_found_in_order():
    pages, notes = take_footnotes(page_lines((DATA / "kst-36450-3.p1-3.pdfium.txt").read_text()))
    assert [n.mark for n in notes] == [str(n) for n in range(1, 13)]
    assert notes[0].text == "Kamerstukken II 2020/21, 28 362, nr. 44."
    # two footnotes pdfium put on one line are split
    assert notes[10].text.startswith("https://www.atr-regeldruk.nl/")
    assert not any(line.startswith("5 Kamerstukken II") for page in pages for line in page)


def test_officielebekendmakingen_note_section():
    # kst-32670-166: "X Noot" / "1" / text under the letter, the marker glued ("aangeboden1.")
    from kamerbrieven.clean.pages import page_lines

    text = (
        "dit zojuist aan mij heeft aangeboden1. Zoals ik heb gemeld\n\n"
        "De Minister van Landbouw, Natuur en Voedselkwaliteit, C.J. Schouten\n\n\n"
        "X Noot\n1\n\nRaadpleegbaar via www.tweedekamer.nl\n\nNaar boven"
    )
    pages, notes = take_footnotes(page_lines(text))
    assert [(n.mark, n.text) for n in notes] == [("1", "Raadpleegbaar via www.tweedekamer.nl")]
    assert pages[0][-1].endswith("C.J. Schouten")


def test_marker_after_a_question_mark():
    # ah-tk-20142015-698: "afspreekt?3 Heeft"
    assert find_marker("met zorgverzekeraars afspreekt?3 Heeft de extra", 3).start("n") == 31


def test_glued_footer_footnote_and_lone_marker_line():
    # ah-tk-20222023-3649: marker on its own line, note number glued to its text, a date
    # inside the note, and the footer glued to the next page's first heading
    text = (
        "Vraag 0\nEerdere vraag?\n\nAntwoord 0\nEerder antwoord.\n\n" * 3
        + "Vraag 1\nKent u het bericht «Verguisde stalvloer»?\n1 \nAntwoord 1\nJa. \n"
        + "Vraag 2\nKlopt het?\n\nAntwoord 2\nOok een melkveehouder kan voldoen.\n\n" * 2
        + "Vraag 3\nZo ja, waarom geldt er voor hun een aftrek?\n\n"
        "1Brabants Dagblad, 2 juli 2023, «Verguisde stalvloer tegen stikstofuitstoot kan "
        "stoppende boer in \nde weg zitten: «Dit is zo krom»».\n\n\t\nah-tk-20222023-3649\n"
        "ISSN 0921 - 7398’s-Gravenhage 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel "
        "1Antwoord 3\nBinnen het kader van de aanpak piekbelasting."
    )
    pages, notes = take_footnotes(page_lines(text))
    assert [(n.mark, n.text[:32]) for n in notes] == [("1", "Brabants Dagblad, 2 juli 2023, «")]
    assert pages[1][0] == "Antwoord 3" and "ISSN" not in str(pages)


def test_markers_at_line_starts_are_glued_back_and_notes_glued_to_a_bracket_are_read():
    # the last page of ah-tk-20222023-3649 (tests/devset/domestic): PDF superscripts
    # landed at the start of the next line, and note 4 opens with a bracket
    page = [
        "Zoals aangegeven in de beantwoording van Kamervragen van het lid Bromet (GL)",
        "4 is de problematiek rond de werking van emissiearme",
        "stalsystemen in de praktijk niet te vergelijken. Uit eerder onderzoek van WUR",
        "5 is gebleken dat het nodige mis is met de",
        "effectiviteit. In de Kamerbrief van 25 november 2022",
        "6 is geschetst hoe opvolging",
        "wordt gegeven aan de aanbevelingen.",
        "4(Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844).",
        "5Bijlage bij Kamerstuk 29 383, nr. 384.",
        "6Kamerstuk 29 383, nr. 384.",
    ]
    kept, notes = take_footnotes([page], first=4)
    assert [(n.mark, n.text) for n in notes] == [
        ("4", "(Aanhangsel Handelingen, vergaderjaar 2022–203, nr. 844)."),
        ("5", "Bijlage bij Kamerstuk 29 383, nr. 384."),
        ("6", "Kamerstuk 29 383, nr. 384."),
    ]
    text = " ".join(kept[0])
    assert "Bromet (GL)[4] is de problematiek" in text
    assert "WUR[5] is gebleken" in text and "2022[6] is geschetst" in text
    assert page[1].startswith("4 is")  # the caller's lines are left as they were


def test_page_number_glued_to_staten_generaal_is_not_a_marker():
    assert find_marker("Tweede Kamer der Staten-Generaal2 Vergaderjaar", 2) is None


LETTER = (
    "Geachte voorzitter,\n\nHet kabinet heeft besloten het rapport van het CBS1 over\nte nemen."
    " Dat rapport is helder.\n\n1 Bron: CBS, Statistisch jaarboek 2023.\n{after}"
    "De volgende stap is de uitvoering van de maatregelen. Dit gebeurt in\n2024 en 2025 in "
    "nauw overleg met de gemeenten.\n\nTot slot volgt de evaluatie in 2026.\n\n"
    "De minister van Financiën,\n\nA. Naam\n"
)


@pytest.mark.parametrize("after", ["", "\n"], ids=["run on", "own paragraph"])
def test_a_source_note_between_two_paragraphs_takes_only_its_own_line(after: str) -> None:
    # issue 11.9: the paragraph under a numbered note was swallowed into the note
    letter = read_letter(
        RawDocument(Source("x.txt", "ab" * 32, "text"), LETTER.format(after=after))
    )
    assert [(n.mark, n.text) for n in letter.footnotes] == [
        ("1", "Bron: CBS, Statistisch jaarboek 2023.")
    ]
    assert "De volgende stap is de uitvoering" in letter.text
    assert "2024 en 2025 in nauw overleg met de gemeenten." in letter.text
    assert "Tot slot volgt de evaluatie in 2026." in letter.text
    assert letter.signatories[0].name == "A. Naam"


def test_a_note_whose_marker_is_nowhere_stays_in_the_body() -> None:
    text = LETTER.format(after="\n").replace("CBS1", "CBS")
    letter = read_letter(RawDocument(Source("x.txt", "ab" * 32, "text"), text))
    assert letter.footnotes == ()
    assert "1 Bron: CBS, Statistisch jaarboek 2023." in letter.text
