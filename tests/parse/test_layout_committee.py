"""The committee report reader on its own, with real header lines (named in comments)."""

from kamerbrieven.parse.layouts import LAYOUTS
from kamerbrieven.parse.layouts.committee import Committee
from kamerbrieven.parse.layouts.detect import choose


def test_report_of_a_written_round_dated_when_settled():
    # kst-29338-289 (pdfminer): the dossier title on a line of its own
    lines = [
        "29 338",
        "",
        "Wetenschapsbudget",
        "",
        "Nr. 289  Verslag van een schriftelijk overleg",
        "Vastgesteld 16 januari 2024",
        "",
        "De vaste commissie voor Onderwijs, Cultuur en Wetenschap heeft een",
    ]
    header = Committee().read(lines)
    assert (header.dossier, header.dossier_title, header.number) == (
        "29338",
        "Wetenschapsbudget",
        289,
    )
    assert (header.kind_line, header.date) == ("Verslag van een schriftelijk overleg", "2024-01-16")
    assert lines[header.body_start + 1].startswith("De vaste commissie")


def test_report_of_a_meeting_with_its_kind_line_under_the_number():
    # kst-21501-08-108 (asciidoc)
    lines = ["Tweede Kamer der Staten-Generaal", "Vergaderjaar 1999–2000", "21 501-08",
             "Milieuraad", "Nr. 108", "VERSLAG VAN EEN ALGEMEEN OVERLEG",
             "Vastgesteld 7 april 2000", "De vaste commissie voor Volkshuisvesting"]  # fmt: skip
    header = Committee().read(lines)
    assert (header.dossier, header.number, header.date) == ("21501-08", 108, "2000-04-07")
    assert header.kind_line == "VERSLAG VAN EEN ALGEMEEN OVERLEG"
    assert header.body_start == 7


def test_list_of_decisions_takes_its_date_and_title_from_the_meeting_line():
    # az-ministerraad-besluitenlijst-20250110
    lines = [
        "MINISTERRAAD",
        "BESLUITENLIJST",
        "Besluitenlijst van de vergadering gehouden op vrijdag 10 januari 2025",
        "in de Tuinzaal van het Catshuis,",
    ]
    header = Committee().read(lines)
    assert header.date == "2025-01-10"
    assert header.title == lines[2]
    assert header.body_start == 3


def test_the_committees_own_lines_show_the_layout():
    # tk-besluitenlijst-procedurevergadering-fin-20161026 and a VLOS report
    top = ("Den Haag, 28 oktober 2016", "Voortouwcommissie: vaste commissie voor Financiën")
    assert choose(LAYOUTS, top).layout.name == "committee"
    top = ("Verslag vergadering: Internationale fiscaliteit", "Opening")
    choice = choose(LAYOUTS, top)
    assert (choice.layout.name, choice.warning) == ("committee", None)
    # they are not read yet: the body keeps them
    assert Committee().read(list(top)).body_start == 0
