"""The typeset Kamerstuk reader on its own, with real header lines (named in comments)."""

from kamerbrieven.parse.layouts.kamerstuk import Kamerstuk, split_run_together, start_of


def test_typeset_header_run_together_by_the_pdf_tool():
    # kst-28676-307 (seed 002)
    lines = split_run_together(
        [
            "Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2018–2019 28 676 NAVO Nr. 307 "
            "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
            "",
            "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
            "",
            "Den Haag, 12 december 2018",
            "",
            "Hierbij informeer ik u over de bijeenkomst van de NAVO-ministers.",
        ]
    )
    header = Kamerstuk().read(lines)
    assert (header.chamber, header.year, header.dossier, header.dossier_title) == (
        "Tweede Kamer",
        "2018–2019",
        "28676",
        "NAVO",
    )
    assert (header.number, header.kind_line) == (
        307,
        "BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
    )
    assert header.addressee == "Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert header.date == "2018-12-12"
    assert lines[header.body_start + 1].startswith("Hierbij informeer ik u")


def test_word_file_logo_number_title_over_lines_and_a_changed_motie():
    # kst-36682-10.docx: the chamber in capitals, its "2" on a line of its own
    lines = [
        "TWEEDE KAMER DER STATEN-GENERAAL",
        "2",
        "Vergaderjaar 2024-2025",
        "36 682",
        "Wijziging van een aantal wetten op het terrein van het Ministerie van "
        "Volksgezondheid, Welzijn en Sport (Verzamelwet VWS 2024)",
        "Nr. 10",
        "GEWIJZIGDE MOTIE VAN HET LID CLAASSEN",
        "Ter vervanging van die gedrukt onder nr. 8",
        "Voorgesteld 22 april 2025",
        "De Kamer,",
    ]
    header = Kamerstuk().read(lines)
    assert (header.dossier, header.number, header.date) == ("36682", 10, "2025-04-22")
    assert header.dossier_title.endswith("(Verzamelwet VWS 2024)")
    assert header.kind_line == "GEWIJZIGDE MOTIE VAN HET LID CLAASSEN"
    assert lines[header.body_start] == "De Kamer,"


def test_pre_2010_dossier_alone_and_the_number_in_small_letters():
    # kst-30300-VI-67
    header = Kamerstuk().read(
        ["30 300 VI", "Vaststelling van de begrotingsstaten", "", "nr. 67",
         "BRIEF VAN DE MINISTER VAN JUSTITIE", "", "Den Haag, 18 november 2005", "",
         "Hierbij bied ik u aan de antwoorden."]
    )  # fmt: skip
    assert (header.dossier, header.number, header.kind_line) == (
        "30300-VI",
        67,
        "BRIEF VAN DE MINISTER VAN JUSTITIE",
    )
    assert header.dossier_title == "Vaststelling van de begrotingsstaten"


def test_eerste_kamer_letter_and_a_second_dossier_passed_over():
    # kst-32043-AE: lettered, not numbered; the letter belongs to a second dossier too
    header = Kamerstuk().read(
        [
            "32 043 Toekomst pensioenstelsel",
            "34 304 Tegemoetkomingen in de loonkosten van specifieke groepen",
            "AE1 BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID",
            "Aan de Voorzitter van der Eerste Kamer der Staten-Generaal",
            "Den Haag, 6 juli 2020",
            "Als onderdeel van een in 2015 tot stand gekomen breder pakket van maatregelen",
        ]
    )
    assert (header.dossier, header.dossier_title, header.number) == (
        "32043",
        "Toekomst pensioenstelsel",
        None,
    )
    assert header.kind_line == "BRIEF VAN DE MINISTER VAN SOCIALE ZAKEN EN WERKGELEGENHEID"
    assert (header.date, header.body_start) == ("2020-07-06", 5)


def test_a_nota_dated_when_received():
    # kst-36450-6
    header = Kamerstuk().read(
        ["Tweede Kamer der Staten-Generaal", "Vergaderjaar 2023–2024",
         "36 450 Regels omtrent de instelling van het", "Adviescollege toetsing regeldruk",
         "Nr. 6 NOTA NAAR AANLEIDING VAN HET VERSLAG", "Ontvangen 27 maart 2024",
         "De vaste commissie voor Economische Zaken en Klimaat, belast met het"]
    )  # fmt: skip
    assert (
        header.dossier_title
        == "Regels omtrent de instelling van het Adviescollege toetsing regeldruk"
    )
    assert (header.number, header.date, header.body_start) == (6, "2024-03-27", 6)


def test_a_salutation_that_opens_the_body_is_kept():
    header = Kamerstuk().read(
        ["Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN", "Den Haag, 12 december 2018",
         "Geachte voorzitter,", "Hierbij informeer ik u"]
    )  # fmt: skip
    assert (header.salutation, header.body_start) == ("voorzitter", 2)


def test_where_a_kamerstuk_starts_under_other_lines():
    # eerstekamer.nl (vws-20240531): the chamber line with the year under it
    lines = ["Kerngegevens", "Documentdatum 04-06-2024", "Eerste Kamer der Staten-Generaal",
             "Vergaderjaar 2023-2024", "33 826    Mensenrechten in Nederland"]  # fmt: skip
    assert start_of(lines, range(len(lines))) == 2
    # berthub.eu (kst-21501-31-768): the numbered kind line and its dossier line above it
    lines = ["Preview document", "21501-31 Raad voor de Werkgelegenheid, Sociaal Beleid",
             "Nr. 768 Brief van de minister van Sociale Zaken en Werkgelegenheid"]  # fmt: skip
    assert start_of(lines, range(len(lines))) == 1
    assert start_of(["Geachte voorzitter,"], [0]) is None
