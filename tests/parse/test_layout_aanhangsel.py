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


def test_aanhangsel_on_the_year_line_and_the_question_on_one_line():
    # ah-tk-20142015-698 (flat text: one paragraph a line)
    lines = [
        "Tweede Kamer der Staten-Generaal 2",
        "Vergaderjaar 2014–2015 Aanhangsel van de Handelingen",
        "Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden",
        "698",
        "Vragen van het lid Bouwmeester (PvdA) aan de Minister van Volksgezondheid, Welzijn "
        "en Sport over onterechte ziekenhuisrekeningen (ingezonden 3 oktober 2014).",
        "Antwoord van Minister Schippers (Volksgezondheid, Welzijn en Sport) (ontvangen 26 "
        "november 2014). Zie ook Aanhangsel Handelingen, vergaderjaar 2014–2015, nr. 403",
    ]
    header = Aanhangsel().read(lines)
    assert (header.year, header.number, header.asked, header.body_start) == (
        "2014–2015",
        698,
        "3 oktober 2014",
        5,
    )
    assert header.title.endswith("over onterechte ziekenhuisrekeningen")


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
