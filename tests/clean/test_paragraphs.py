"""Lines into paragraphs: headings apart, sentences across page breaks joined."""

from kamerbrieven.clean.pages import PAGE_BREAK
from kamerbrieven.clean.paragraphs import build_paragraphs, looks_like_heading


def test_heading_without_blank_line_is_its_own_paragraph():
    # seed letter 000: "Afghanistan" right above its first paragraph
    lines = [
        "Namens Nederland namen de ministers van Buitenlandse Zaken en Defensie deel.",
        "",
        "Afghanistan",
        "De Amerikaanse ministers van Buitenlandse Zaken, Blinken, en",
        "Defensie, Austin, gaven een toelichting.",
    ]
    assert build_paragraphs(lines)[1:] == [
        "Afghanistan",
        (
            "De Amerikaanse ministers van Buitenlandse Zaken, Blinken, en Defensie, "
            "Austin, gaven een toelichting."
        ),
    ]


def test_sentence_is_rejoined_across_a_page_break():
    lines = [
        "Het is van belang dat regionale spelers een grotere inspanning leveren om de",
        "\f",
        "Taliban aan de onderhandelingstafel te krijgen.",
    ]
    assert build_paragraphs(lines) == [
        (
            "Het is van belang dat regionale spelers een grotere inspanning leveren om de "
            "Taliban aan de onderhandelingstafel te krijgen."
        )
    ]


def test_short_line_ending_a_sentence_ends_a_paragraph_without_blank_lines():
    # kst-29515-496 (pdfium): no blank lines at all
    lines = [
        "Hierbij bied ik u het Werkprogramma 2025 van het Adviescollege Toetsing",
        "Regeldruk (ATR) aan.",
        "Het ATR adviseert het kabinet en de Eerste en Tweede Kamer over de",
        "regeldrukeffecten van wet- en regelgeving.",
    ]
    assert len(build_paragraphs(lines)) == 2


def test_paragraph_layout_is_not_dehyphenated():
    assert build_paragraphs(["de NAVO-", "bondgenoten"], reflow=False) == ["de NAVO- bondgenoten"]


def test_signature_line_is_not_a_heading():
    assert not looks_like_heading("De Minister van Buitenlandse Zaken,")
    assert looks_like_heading("Westelijke Balkan")
    assert not looks_like_heading("- de verdere versterking van de samenwerking")


def test_long_heading_ended_before_a_word_that_would_have_fitted():
    # kst-23432-486 (tweedekamer.nl, hard line breaks, no blank lines)
    lines = [
        "uitgevoerde externe onderzoek naar mogelijke banden tussen de Palestijnse organisaties,",
        "dan niet voortzetten van de samenwerking met UAWC, naar aanleiding van het externe",
        "onderzoek.",
        "Kabinetsinzet twee-statenoplossing en belang Palestijns maatschappelijk middenveld",
        "Het kabinet blijft inzetten op een twee-statenoplossing, waarbij een veilig Israël",
        "Maatschappelijke organisaties kunnen ervoor zorgen dat de Palestijnse Autoriteit en",
        "Hamas tegenspraak krijgen en zich in zekere zin moeten verantwoorden aan de Palestijnse",
    ]
    paragraphs = build_paragraphs(lines)
    assert paragraphs[1] == (
        "Kabinetsinzet twee-statenoplossing en belang Palestijns maatschappelijk middenveld"
    )
    assert len(paragraphs) == 3


def test_margin_heading_over_two_lines_and_an_open_bracket_line():
    # bz-def-20041001: "Kern van het" / "besluit" in the margin column
    lines = [
        'operatie "Althea" voor de duur van zes maanden.',
        "Kern van het",
        "besluit",
        "Bosnië-Herzegovina heeft de afgelopen jaren aanzienlijke vooruitgang",
        "geboekt op het terrein van stabilisatie en wederopbouw. De noodzaak",
    ]
    assert build_paragraphs(lines)[1] == "Kern van het besluit"
    # ah-tk-20232024-387: the answer line wraps inside its bracket
    answer = "Antwoord van Minister Bruins Slot (Buitenlandse Zaken) (ontvangen"
    assert not looks_like_heading(answer)


def test_blank_lines_that_open_the_next_page_do_not_end_a_sentence():
    lines = [
        "Het kabinet zal op deze vraag ingaan, op basis van feiten",
        PAGE_BREAK,
        "",
        "",
        "(12-10-2023).",
        "",
        "Vraag 3",
    ]
    assert build_paragraphs(lines) == [
        "Het kabinet zal op deze vraag ingaan, op basis van feiten (12-10-2023).",
        "Vraag 3",
    ]
