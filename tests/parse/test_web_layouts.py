"""Header and closing shapes of officielebekendmakingen.nl / openkamer.org pages as text and
of older ministry letters; each input is a real line of a dev-set document."""

from kamerbrieven.extract import extract_all
from kamerbrieven.parse import read_letter
from kamerbrieven.parse.header import read_header
from kamerbrieven.parse.signature import find_closing, split_signature_lines

from .conftest import raw_from_text


def test_glued_metadata_table_gives_dossier_and_number():
    # kst-29279-106: the table cells run together, the caption lines above it
    lines = [
        "Kamerstuk",
        "",
        "Datum publicatieOrganisatieVergaderjaarDossier- en ondernummer",
        "Tweede Kamer der Staten-Generaal2009-201029279 nr. 106",
        "",
        "29 279 Rechtsstaat en Rechtsorde",
        "",
        "Nr. 106 BRIEF VAN DE MINISTER VAN JUSTITIE",
        "",
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
        "",
        "Den Haag, 6 april 2010",
        "",
        "Op 2 februari jl. heb ik toegezegd",
    ]
    header = read_header(lines)
    assert (header.dossier, header.number, header.date) == ("29279", 106, "2010-04-06")
    assert lines[header.body_start + 1].startswith("Op 2 februari")
    table = read_header(["Tweede Kamer der Staten-Generaal2012-201333400-VIII nr. 5", "Tekst"])
    assert (table.dossier, table.number) == ("33400-VIII", 5)


def test_pre_2010_dossier_alone_and_lower_case_number():
    # kst-22894-234 and kst-30300-VI-67
    text = (
        "22 894\nPreventiebeleid voor de volksgezondheid\n\nnr. 234\n"
        "BRIEF VAN DE MINISTER VAN VOLKSGEZONDHEID, WELZIJN EN SPORT\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 25 september 2009\n\nHierbij wil ik u informeren.\n\n"
        "De minister van Volksgezondheid, Welzijn en Sport,\n\nA. Klink\n\nNaar boven"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.id, letter.kind, letter.date) == ("kst-22894-234", "brief", "2009-09-25")
    assert letter.dossier_title == "Preventiebeleid voor de volksgezondheid"
    assert letter.senders == ("Volksgezondheid, Welzijn en Sport",)
    assert [s.name for s in letter.signatories] == ["A. Klink"]
    assert "Naar boven" not in letter.text
    assert (
        read_header(
            [
                "30 300 VI",
                "Vaststelling van de begrotingsstaten",
                "",
                "nr. 67",
                "BRIEF VAN DE MINISTER VAN JUSTITIE",
            ]
        ).dossier
        == "30300-VI"
    )


def test_openkamer_metadata_gives_the_dossier():
    lines = [
        "Gepubliceerd: 1 september 2014",
        "Indiener(s): Ronald Plasterk (minister binnenlandse zaken en koninkrijksrelaties)",
        "Onderwerpen: recht staatsrecht",
        "Bron: https://zoek.officielebekendmakingen.nl/kst-33268-25.html",
        "ID: 33268-25",
        "",
        "Nr. 25 BRIEF VAN DE MINISTER VAN BINNENLANDSE ZAKEN EN KONINKRIJKSRELATIES",
        "",
        "Den Haag, 1 september 2014",
        "",
        "Voor donderdag",
    ]
    header = read_header(lines)
    assert (header.dossier, header.number, header.date) == ("33268", 25, "2014-09-01")


def test_aanhangsel_question_title_and_glued_logo_number():
    # ah-tk-20222023-3649
    lines = [
        "Tweede Kamer der Staten-Generaal2",
        "Vergaderjaar 2022–2023  Aanhangsel van de Handelingen",
        "Vragen gesteld door de leden der Kamer, met de daarop door de",
        "regering gegeven antwoorden",
        "3649",
        "Vragen van het lid Bromet (GroenLinks) aan de Ministers van Landbouw,",
        "Natuur en Voedselkwaliteit en voor Natuur en Stikstof over het bericht",
        "«Verguisde stalvloer» (ingezonden 4 juli 2023).",
        "",
        "Antwoord van Minister Van der Wal-Zeggelink (Natuur en Stikstof)",
    ]
    header = read_header(lines)
    assert header.number == 3649
    assert next(line for line in lines[header.body_start :] if line).startswith("Antwoord van")
    assert header.title == (
        "Vragen van het lid Bromet (GroenLinks) aan de Ministers van Landbouw, Natuur en "
        "Voedselkwaliteit en voor Natuur en Stikstof over het bericht «Verguisde stalvloer»"
    )


def test_function_and_name_on_one_line():
    # kst-32793-69, kst-33400-VIII-5
    lines = split_signature_lines(
        [
            "Wij ontvangen graag spoedig uw reactie op ons verzoek.",
            "",
            "De minister van Volksgezondheid, Welzijn en Sport, E.I. Schippers",
            "",
            "De staatssecretaris van Volksgezondheid, Welzijn en Sport, M.J. van Rijn",
        ]
    )
    closing = find_closing(lines)
    assert [(s.name, s.function) for s in closing.signatories] == [
        ("E.I. Schippers", "De minister van Volksgezondheid, Welzijn en Sport"),
        ("M.J. van Rijn", "De staatssecretaris van Volksgezondheid, Welzijn en Sport"),
    ]
    line = "De minister van Onderwijs, Cultuur en Wetenschap, J. M.van Bijsterveldt-Vliegenthart"
    one = split_signature_lines([line])
    assert one[1] == "J. M.van Bijsterveldt-Vliegenthart"


def test_closing_before_an_annex():
    # kst-30300-VI-67: the letter signs, then "BIJLAGE 1 CDA" and the answers follow
    text = (
        "nr. 67\nBRIEF VAN DE MINISTER VAN JUSTITIE\n\nDen Haag, 18 november 2005\n\n"
        "Hierbij bied ik u aan de antwoorden.\n\nDe Minister van Justitie,\n\n"
        "J. P. H. Donner\n\nBIJLAGE 1 CDA\n\nWat zijn de consequenties?\n\n"
        "De samenwerking maakt het mogelijk."
    )
    letter = read_letter(raw_from_text(text))
    assert [(s.name, s.function) for s in letter.signatories] == [
        ("J. P. H. Donner", "De Minister van Justitie")
    ]
    assert [s.heading for s in letter.sections] == [None, "BIJLAGE 1 CDA"]
    assert letter.text.endswith("De Minister van Justitie,\n\nJ. P. H. Donner")


def test_site_copy_with_menu_above_a_mixed_case_number_line():
    # berthub.eu: site menu and metadata above "21501-31 Raad voor ..." / "Nr. 768 Brief van
    # de minister ..."; the annex "I. Geannoteerde agenda" makes the kind
    text = (
        "[overzicht] [activiteiten] [besluiten]\n\nGeannoteerde Agenda Formele Raad\n\n"
        "Brief regering\n\nNummer: 2024D44000, datum: 2024-11-14, bijgewerkt: 2024-11-18\n\n"
        "Preview document\n\n\n21501-31 Raad voor de Werkgelegenheid, Sociaal Beleid\n\n"
        "Nr. 768 Brief van de minister van Sociale Zaken en Werkgelegenheid\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n"
        "Den Haag, 14 november 2024\n\nHierbij zend ik u de Geannoteerde Agenda.\n\n"
        "De minister van Sociale Zaken en Werkgelegenheid,\n\nY.J. van Hijum\n\n"
        "I. Geannoteerde agenda\n\nDe Raad spreekt over de Coördinatieverordening.\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.id, letter.date, letter.kind) == (
        "kst-21501-31-768",
        "2024-11-14",
        "geannoteerde agenda",
    )
    assert letter.text.startswith("Hierbij zend ik u")


def test_answers_copied_from_the_question_title_on():
    # tweedekamer.nl: its page title, then the question title without the Aanhangsel lines
    text = (
        "Antwoord schriftelijke vragen : Antwoord op vragen van het lid Erkens over functies\n"
        "Vragen van het lid Erkens (VVD) aan de Minister van Binnenlandse Zaken en "
        "Koninkrijksrelaties over overbodige functies (ingezonden 20 december 2024).\n"
        "Antwoord van Minister Uitermark (Binnenlandse Zaken en Koninkrijksrelaties) (ontvangen\n"
        "4 februari 2025).\nVraag 1\nDeelt u de mening?\nAntwoord 1\nJa.\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.kind, letter.date) == ("antwoorden kamervragen", "2025-02-04")
    assert letter.title.startswith("Vragen van het lid Erkens (VVD)")
    assert letter.senders == ("Binnenlandse Zaken en Koninkrijksrelaties",)
    # the day the questions were asked leaves the title but stays a date of the record
    assert not letter.title.endswith(")")
    assert [(d.date, d.span) for d in letter.dates] == [("2024-12-20", (0, 0))]
    extracted = extract_all(letter)
    assert {d.date for d in extracted.dates} >= {"2024-12-20", "2025-02-04"}


def test_kind_date_and_body_run_together_on_one_line():
    text = (
        "Tweede Kamer der Staten-Generaal\n2\nVergaderjaar 1999–2000\n21 501-08\nMilieuraad\n"
        "Nr. 108\nVERSLAG VAN EEN ALGEMEEN OVERLEG Vastgesteld 7 april 2000 De vaste "
        "commissie heeft op 16 maart 2000 overleg gevoerd met minister Pronk.\n"
    )
    letter = read_letter(raw_from_text(text))
    assert (letter.kind, letter.date, letter.id) == (
        "verslag algemeen overleg",
        "2000-04-07",
        "kst-21501-08-108",
    )
    assert letter.text.startswith("De vaste commissie heeft op 16 maart 2000")
