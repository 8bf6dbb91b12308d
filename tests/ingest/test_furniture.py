"""The PDF reader and the page cleaner drop the same page furniture: one table."""

from __future__ import annotations

from kamerbrieven.clean.pages import strip_running_lines
from kamerbrieven.ingest.furniture import footer_document, footer_page, is_furniture


def test_a_document_id_a_converter_spaced_is_furniture_for_the_cleaner_too():
    # the PDF reader's copy allowed spaces after the id, the cleaner's did not (the id and
    # the ISSN on one line, as in tests/clean/data/kst-36450-3.p1-3.pdfium)
    page = ["kst-36450-3 ISSN 0921 - 7371", "De NAVO is", "2"]
    assert strip_running_lines([page]) == [["De NAVO is"]]


def test_a_web_copys_links_and_the_kamerstuk_header_are_furniture_for_the_reader_too():
    for line in ("Naar boven", "Reageren", "Kamerstuk 28 676, nr. 307 2"):
        assert is_furniture(line)


def test_the_kamerstuk_footer_gives_its_page_and_its_document():
    line = "Tweede Kamer, vergaderjaar 2023–2024, 36 450, nr. 3 2"
    assert footer_page(line) == "2"
    assert footer_document(line) == ("36 450", 3)
    # the start of a footer alone is furniture, but names no page
    assert is_furniture("Tweede Kamer, vergaderjaar 2023") and footer_page("Tweede Kamer") is None
