"""The ministry letterhead reader on its own, with real header lines (named in comments)."""

from kamerbrieven.parse.layouts.letterhead import Letterhead, letterhead_end, salutation

# jenv-20240111 (docx): today's letterhead, no salutation; the body starts under the
# side column that Word puts after the subject
JENV = [
    "> Retouradres Postbus 20301 2500 EH Den Haag",
    "Datum",
    "11 januari 2024",
    "Onderwerp",
    "Beantwoording Kamervragen van de leden Temmink en Van Nispen (beiden SP) aan de "
    "minister van Justitie en Veiligheid over",
    "Directoraat-Generaal Politie en Veiligheidsregio’s",
    "Turfmarkt 147",
    "2511 DP Den Haag",
    "Postbus 20301",
    "2500 EH Den Haag",
    "www.rijksoverheid.nl/jenv",
    "Contactpersoon",
    "T 070 426 64 26",
    "F 070 426 86 42",
    "Projectnaam",
    "Beantwoording Kamervragen van de leden Temmink en Van Nispen (beiden SP) aan de "
    "minister van Justitie en Veiligheid over",
    "Ons kenmerk",
    "5164758",
    "Bij beantwoording de datum en ons kenmerk vermelden. Wilt u slechts één zaak in uw "
    "brief behandelen.",
    "In antwoord op uw brief van 6 december 2023, nr. 2023Z19677, deel ik u mede",
]


def test_todays_letterhead_without_salutation_ends_under_its_side_column():
    header = Letterhead().read(JENV)
    assert header.date == "2024-01-11"
    assert header.title.startswith("Beantwoording Kamervragen van de leden Temmink")
    assert JENV[header.body_start].startswith("In antwoord op uw brief")
    assert header.salutation is None


def test_the_side_column_is_not_the_body():
    filled = list(range(len(JENV)))
    assert letterhead_end(JENV, filled) == len(JENV) - 1
    assert letterhead_end(["Datum 4 februari 2021", "Hierbij"], [0, 1]) is None


def test_everything_before_the_salutation_is_header():
    # lnv-19991008: labels in small letters over their values
    lines = [
        "Ministerie van Landbouw, Natuurbeheer en Visserij",
        "De Voorzitter van de Vaste Commissie voor Landbouw, Natuurbeheer en Visserij",
        "Postbus 20018",
        "2500 EA Den Haag",
        "uw brief van",
        "uw kenmerk",
        "ons kenmerk",
        "IZ. 991396",
        "datum",
        "08-10-1999",
        "(TRC 1999/3994) doorkiesnummer",
        "bijlagen",
        "onderwerp",
        "Landbouwraad oktober 1999",
        "",
        "Geachte Voorzitter,",
        "",
        "Hierbij deel ik u mee dat de Landbouwraad, die geagendeerd stond voor maandag 18 en "
        "dinsdag 19 oktober 1999 te Luxemburg, géén doorgang zal vinden.",
    ]
    header = Letterhead().read(lines)
    assert header.ministries == ["Landbouw, Natuurbeheer en Visserij"]
    assert (header.date, header.title) == ("1999-10-08", "Landbouwraad oktober 1999")
    assert (header.salutation, header.body_start) == ("Voorzitter", 15)


def test_two_label_columns_read_across():
    # szw-20060329: "Onderwerp Datum" over the values of both
    lines = [
        "Ministerie van Sociale Zaken en Werkgelegenheid",
        "Onderwerp Datum",
        "Verslag van de bijeenkomst van de Raad 29 maart 2006",
        "WSBVC van 10 maart 2006 (onderdeel",
        "werkgelegenheid en sociaal beleid)",
        "",
        "Hierbij zend ik u het verslag van de Raad op 10 maart in Brussel.",
    ]
    header = Letterhead().read(lines)
    assert header.date == "2006-03-29"
    assert header.title == (
        "Verslag van de bijeenkomst van de Raad WSBVC van 10 maart 2006 (onderdeel "
        "werkgelegenheid en sociaal beleid)"
    )
    assert header.body_start == 5


def test_without_salutation_or_subject_the_letterhead_lines_on_top():
    # bz-20090311 as a news wire printed it, the site's lines gone
    lines = [
        "Ministerie van Buitenlandse Zaken",
        "",
        "Graag bieden wij u hierbij de informatie aan.",
    ]
    header = Letterhead().read(lines)
    assert (header.ministries, header.body_start) == (["Buitenlandse Zaken"], 1)


def test_salutation_lines():
    assert salutation("Geachte Voorzitter,") == "Voorzitter"
    assert salutation("Zeer geachte Voorzitter,") == "Voorzitter"
    assert salutation("Geachte voorzitter, hierbij zend ik u het verslag van de Raad.") is None


def test_a_side_label_that_ends_the_document_has_no_value():
    # a letter cut off under its letterhead (the reader used to run past the last line)
    header = Letterhead().read(["Betreft Kosovo", "Ons kenmerk"])
    assert (header.title, header.body_start) == ("Kosovo", 2)


def _page(body: str) -> str:
    # what pdfminer prints beside each page's text of a ministry letter (ienw-20221222)
    side = (
        "Ministerie van \nInf rastructuur en \nWaterstaat \n\nOns kenmerk \nIENW/BSK-2022/268034 "
    )
    return f"{body}\n\n{side}\n\n"


def test_the_side_column_printed_again_on_every_page_is_no_heading_and_no_text():
    from kamerbrieven.ingest.base import RawDocument
    from kamerbrieven.parse.letter import read_letter
    from kamerbrieven.record import Source

    text = (
        "> Retouradres Postbus 20901 2500 EX  Den Haag\n\nDe voorzitter van de Tweede Kamer\n"
        "der Staten-Generaal\nPostbus 20018\n2500 EA  DEN HAAG\n\nDatum 22 december 2022\n"
        "Betreft Emissies door de luchtvaart\n\nGeachte voorzitter,\n\n"
        + _page("In deze brief ga ik in op de emissies door de luchtvaart.")
        + "\f"
        + _page("1.1\n\nBlootstelling van de omgeving van luchthavens\n\nHet RIVM heeft gemeten.")
        + "\f"
        + _page("1.2\n\nBlootstelling van platformmedewerkers\n\nDe sector neemt maatregelen.")
        + "\fDe minister van Infrastructuur en Waterstaat,\n\nM. Harbers\n"
    )
    letter = read_letter(RawDocument(Source("x.txt", "ab" * 32, "text"), text))
    assert [s.heading for s in letter.sections if s.heading] == [
        "1.1 Blootstelling van de omgeving van luchthavens",
        "1.2 Blootstelling van platformmedewerkers",
    ]
    assert "Waterstaat \n" not in letter.text and "IENW/BSK" not in letter.text
    assert "rastructuur" not in letter.text.split("De minister van")[0]


def test_a_web_copy_of_a_letter_has_its_page_title_above_the_addressee():
    # the rijksoverheid.nl copy of a VWS letter (tests/devset/letterhead/vws-20090113-...)
    header = Letterhead().read(
        [
            "Uitstelbrief op kamervragen van Leijten over de gehandicapteninstellingen",
            "",
            "De Voorzitter van de Tweede Kamer",
            "der Staten-Generaal",
            "Postbus 20018",
            "2500 EA DEN HAAG",
            "",
            "De vragen van het Kamerlid Leijten (SP) kunnen niet binnen de termijn worden "
            "beantwoord.",
        ]
    )
    assert header.title.startswith("Uitstelbrief op kamervragen")
    assert header.addressee == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert header.body_start == 6  # the blank line under the address is no header line
