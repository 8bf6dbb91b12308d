"""Page breaks, running headers and footers, letter-spacing damage."""

from pathlib import Path

from kamerbrieven.clean.pages import page_lines, split_pages
from kamerbrieven.clean.spacing import repair_letter_spacing

DATA = Path(__file__).parent / "data"


def test_line_starting_with_a_space_opens_a_page():
    text = "voorbereidt. \n Verder heeft Nederland steun uitgesproken voor de bereikte hervor-\n"
    assert split_pages(text) == [
        ["voorbereidt."],
        ["Verder heeft Nederland steun uitgesproken voor de bereikte hervor-", ""],
    ]


def test_kamerstuk_footer_and_page_number_are_removed():
    pages = page_lines(
        "De plannen beschrijven hoe aan deze afspraken binnen het\n"
        "Tweede Kamer, vergaderjaar 2018–2019, 28 676, nr. 307 3\f"
        "Kamerstuk 28 676, nr. 307 4\nbondgenootschap invulling kan worden gegeven.\n4"
    )
    assert pages == [
        ["De plannen beschrijven hoe aan deze afspraken binnen het"],
        ["bondgenootschap invulling kan worden gegeven."],
    ]


def test_typeset_first_page_colophon_is_removed():
    pages = page_lines((DATA / "kst-36450-3.p1-3.pdfium.txt").read_text())
    first = "\n".join(pages[0])
    assert "ISSN" not in first and "kst-36450-3" not in first
    assert "’s-Gravenhage 2023" not in first
    assert not any(line.startswith("Tweede Kamer, vergaderjaar") for p in pages for line in p)


def test_pdfium_soft_hyphen_marker_becomes_a_line_end_hyphen():
    pages = page_lines((DATA / "kst-36450-3.p1-3.pdfium.txt").read_text())
    lines = [line for page in pages for line in page]
    assert "aanleiding zijn voor irritatie en als belastend worden ervaren. Vermin-" in lines
    assert "\ufffe" not in "".join(lines)


def test_recurring_letterhead_is_removed_but_first_page_date_kept():
    pages = page_lines((DATA / "aenm-contourennota.p1-2.pdfium.txt").read_text())
    assert "Directoraat-Generaal" not in pages[1] and "Migratie" not in pages[1]
    assert "14 april 2025" in pages[0]
    assert not any(line.startswith("Pagina") for page in pages for line in page)


def test_letter_spacing_damage_is_rejoined():
    line = "T weede Kamer der Staten-Generaal 2 V ergaderjaar 2018–2019"
    assert (
        repair_letter_spacing(line) == "Tweede Kamer der Staten-Generaal 2 Vergaderjaar 2018–2019"
    )


def test_lone_capital_that_is_a_word_stays():
    assert repair_letter_spacing("Graag informeer ik U over de ministeries van V en W") == (
        "Graag informeer ik U over de ministeries van V en W"
    )
