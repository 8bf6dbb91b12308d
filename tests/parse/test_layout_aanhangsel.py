"""The Aanhangsel reader on its own, with real header lines (named in comments)."""

from kamerbrieven.parse.layouts.aanhangsel import Aanhangsel


def test_aanhangsel_on_a_line_of_its_own_and_a_question_over_three_lines():
    # ah-tk-20232024-1178 (pdfminer)
    lines = [
        "Tweede Kamer der Staten-Generaal",
        "",
        "Vergaderjaar 2023–2024",
        "",
        "Aanhangsel van de Handelingen",
        "",
        "Vragen gesteld door de leden der Kamer, met de daarop door de",
        "regering gegeven antwoorden",
        "",
        "1178",
        "",
        "Vragen van het lid Sneller (D66) aan de Staatssecretaris van Binnenlandse",
        "Zaken en Koninkrijksrelaties en de Minister van Justitie en Veiligheid over",
        "quantumproof encryptie (ingezonden 16 januari 2024).",
        "",
        "Antwoord van Staatssecretaris Van Huffelen (Binnenlandse Zaken en",
    ]
    header = Aanhangsel().read(lines)
    assert (header.chamber, header.year, header.number) == ("Tweede Kamer", "2023–2024", 1178)
    assert header.title == (
        "Vragen van het lid Sneller (D66) aan de Staatssecretaris van Binnenlandse Zaken en "
        "Koninkrijksrelaties en de Minister van Justitie en Veiligheid over quantumproof "
        "encryptie"
    )
    assert header.asked == "16 januari 2024"
    assert lines[header.body_start + 1].startswith("Antwoord van Staatssecretaris")


def test_aanhangsel_on_the_year_line():
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
    header = Aanhangsel().read(lines)
    assert (header.number, header.asked, header.body_start) == (3649, "4 juli 2023", 8)
    assert header.title.endswith("over het bericht «Verguisde stalvloer»")


def test_a_web_copy_starts_with_the_question_which_closes_on_its_line():
    # ah-tk-20172018-2214
    lines = [
        "Vragen van het lid Leijten (SP) aan de Minister van Financiën over de "
        "informatievoorziening van de Tweede Kamer (ingezonden 4 mei 2018).",
        "Antwoord van Minister Hoekstra (Financiën) (ontvangen 28 mei 2018).",
    ]
    header = Aanhangsel().read(lines)
    assert header.title.endswith("de informatievoorziening van de Tweede Kamer")
    assert (header.asked, header.body_start) == ("4 mei 2018", 1)


def test_a_bare_number_is_the_aanhangsels_only_under_its_lines():
    # the question title without "(ingezonden" and outside an Aanhangsel is body text
    header = Aanhangsel().read(["1178", "Vragen van het lid Sneller (D66) aan de Minister"])
    assert (header.number, header.title, header.body_start) == (None, None, 0)
