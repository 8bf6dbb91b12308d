"""The web copy: a site's furniture stripped, the document under it read by its own
layout, the site's facts where the document is silent. Real lines (named in comments)."""

from kamerbrieven.parse.layouts import WEB_COPY, read_header
from kamerbrieven.parse.layouts.base import top_lines


def test_openkamer_title_over_a_committee_report_is_stripped_and_its_id_counts():
    # kst-21501-33-413.openkamer: the site's caption and title above the report
    lines = [
        "Kamerstuk 21501-33-413",
        "",
        "Verslag van een algemeen overleg",
        "",
        "Raad voor Vervoer, Telecommunicatie en Energie",
        "",
        "",
        "Nr. 413 VERSLAG VAN EEN ALGEMEEN OVERLEG",
        "",
        "Vastgesteld 2 april 2013",
        "",
        "De vaste commissie voor Economische Zaken en de vaste commissie voor Europese Zaken",
    ]
    stripped = WEB_COPY.strip(lines)
    assert stripped.furniture == [0, 2, 4]
    assert len(stripped.lines) == len(lines) and stripped.lines[7:] == lines[7:]
    header = read_header(lines)
    assert (header.wrapper, header.layout) == ("webcopy", "committee")
    assert (header.dossier, header.number, header.date) == ("21501-33", 413, "2013-04-02")
    assert header.kind_line == "VERSLAG VAN EEN ALGEMEEN OVERLEG"
    assert lines[header.body_start + 1].startswith("De vaste commissie")


def test_officielebekendmakingen_table_gives_chamber_and_year():
    # kst-34000-III-14: the table's cells glued together under its caption
    lines = [
        "Kamerstuk",
        "Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer",
        "Tweede Kamer der Staten-Generaal2014-201534000-III nr. 14",
        "34 000 III Vaststelling van de begrotingsstaten van het Ministerie van Algemene Zaken",
        "Nr. 14 MOTIE VAN HET LID GRASHOFF",
        "Voorgesteld 3 september 2015",
        "De Kamer,",
    ]
    header = read_header(lines)
    assert (header.chamber, header.year, header.dossier, header.number) == (
        "Tweede Kamer",
        "2014-2015",
        "34000-III",
        14,
    )
    assert lines[header.body_start] == "De Kamer,"


def test_a_sites_page_above_the_kamerstuk_is_stripped_up_to_its_chamber_line():
    # vws-20240531 on eerstekamer.nl
    lines = [
        "Kerngegevens",
        "Documentdatum 04-06-2024",
        "Kenmerk 33826; 33992, nr. C",
        "Tekst",
        "Eerste Kamer der Staten-Generaal",
        "Vergaderjaar 2023-2024",
        "33 826    Mensenrechten in Nederland",
        "C1    BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT",
        "Aan de Voorzitter van de Eerste Kamer der Staten-Generaal Den Haag, 31 mei 2024",
        "Op 29 juni 2022 heeft de Afdeling advisering van de Raad van State voorlichting",
    ]
    assert WEB_COPY.detect(top_lines(lines)).why == "webkopie (kop boven het Kamerstuk)"
    header = read_header(lines)
    assert (header.chamber, header.dossier, header.date) == ("Eerste Kamer", "33826", "2024-05-31")
    assert header.addressee == "Voorzitter van de Eerste Kamer der Staten-Generaal"
    assert header.body_start == 9


def test_site_title_and_date_among_a_letterheads_lines():
    # bz-20040428 from a news wire: the wire's title among the letterhead's lines
    lines = [
        "Ministerie van Buitenlandse Zaken",
        "van 26 en 27 april 2004",
        "Kamerbrief verslag RAZEB van 26 en 27 april 2004",
        "Aan de Voorzitter van de",
        "Tweede Kamer der Staten-Generaal",
        "Datum",
        "28 april 2004",
        "Betreft",
        "Verslag van de Raad Algemene Zaken en Externe Betrekkingen van 26-27 april 2004",
        "",
        "Graag bieden wij u hierbij het verslag aan",
    ]
    assert WEB_COPY.strip(lines).furniture == [2]
    header = read_header(lines)
    assert (header.wrapper, header.layout) == ("webcopy", "letterhead")
    assert header.page_title == "Kamerbrief verslag RAZEB van 26 en 27 april 2004"
    # the letter's own subject and date, not the wire's
    assert header.title.startswith("Verslag van de Raad") and header.date == "2004-04-28"
    assert lines[header.body_start + 1].startswith("Graag bieden wij")


def test_the_documents_own_date_wins_over_the_sites():
    # az-bz-def-20081222 on berthub.eu: the site's date, then the letter's salutation
    lines = [
        "[overzicht] [activiteiten] [ongeplande activiteiten] [besluiten] [commissies]",
        "Brief Eerste Kamer",
        "Nummer: 2008D23614, datum: 2008-12-22, bijgewerkt: 2024-02-19 10:56, versie: 1",
        "Preview document (origineel)",
        "Zeer geachte Voorzitter,",
        "Hierbij ontvangt u",
    ]
    header = read_header(lines)
    assert (header.layout, header.date, header.body_start) == ("letterhead", "2008-12-22", 4)
    dated = read_header(["Nummer: 2008D23614, datum: 2008-12-22", "Datum 19 december 2008",
                         "Geachte voorzitter,"])  # fmt: skip
    assert dated.date == "2008-12-19"


def test_a_page_title_alone_over_the_body():
    # def-20100526: the wire's title is all there is above the letter
    lines = ["Kamerbrief inzake geannoteerde agenda Brussel juni 2010", "",
             "Ingevolge het verzoek van uw Kamer bericht ik u."]  # fmt: skip
    header = read_header(lines)
    assert (header.wrapper, header.layout, header.warnings) == ("webcopy", None, [])
    assert (header.page_title, header.body_start) == (lines[0], 1)
