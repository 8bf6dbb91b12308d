"""Markdown and pipe-table letterheads back to plain lines; real lines of foreign dev-set
documents (ah-tk-20232024-387 via a PDF-to-markdown tool, bz-20051114 on a news wire)."""

from kamerbrieven.clean.footnotes import take_footnotes
from kamerbrieven.clean.markup import strip_markdown, unpipe_tables
from kamerbrieven.clean.pages import page_lines


def test_markdown_headings_bold_page_breaks_and_note_marks():
    text = (
        "# 2\n\n#### Vergaderjaar 2023–2024 Aanhangsel van de Handelingen\n\n"
        "**Vragen gesteld door de leden der Kamer, met de daarop door de**\n"
        "**regering gegeven antwoorden**\n\n### 387\n\n"
        "het bijzonder de commentaren «Netjes gezuiverd»[1 ] en «Goede bedoelingen\n"
        "-----\n(12-10-2023).[3 ]"
    )
    lines = strip_markdown(text).split("\n")
    assert lines[2] == "Vergaderjaar 2023–2024 Aanhangsel van de Handelingen"
    assert lines[5] == "regering gegeven antwoorden"
    assert lines[7] == "387"
    assert "«Netjes gezuiverd»[1] en" in lines[9]
    assert lines[10] == "\f"


def test_plain_text_with_a_dash_line_is_not_markdown():
    text = "Reageren\n\n---\n\n- het terugtrekken van alle politie-eenheden;\n"
    assert strip_markdown(text) == text


def test_footer_without_hyphens_and_bracketed_markers_give_footnotes():
    text = strip_markdown(
        "# 2\n\n**x**\n\nde commentaren «Netjes gezuiverd»[1 ] en\nverschuiven»[2]?\n\n"
        "1 Nederlands Dagblad, 29 september 2023, «De ondergang van Nagorno Karabach»\n\n"
        "2 De Volkskrant, 20 september 2023, «Goede bedoelingen»\n\n\nh tk 20232024 387\n"
        "-----\n(12-10-2023).[3 ]\n\nVraag 3\nKlopt het?\n\n3 Kamerstuk 21 501-02, nr. 2733"
    )
    pages, notes = take_footnotes(page_lines(text))
    assert [n.mark for n in notes] == ["1", "2", "3"]
    assert notes[2].text == "Kamerstuk 21 501-02, nr. 2733"
    assert not any("h tk" in line for page in pages for line in page)


def test_pipe_table_letterhead_cells_rejoined():
    text = (
        "|Datum |14 november 2005                    |Behandel|G.J. Bijl de Vroe  |\n"
        "|      |                                    |d       |                   |\n"
        "|Kenmer|DIE-783 /05                         |Telefoon|070-348 5005       |\n"
        "|k     |                                    |        |                   |\n"
        "|Betref|Verslag van de Raad Algemene Zaken  |                             |\n"
        "|t     |en Externe Betrekkingen van 7       |                             |\n"
        "|      |november 2005                       |                             |\n"
        "Hierbij hebben wij het genoegen u"
    )
    assert unpipe_tables(text).split("\n") == [
        "Datum 14 november 2005 Behandeld G.J. Bijl de Vroe",
        "Kenmerk DIE-783 /05 Telefoon 070-348 5005",
        "Betreft Verslag van de Raad Algemene Zaken en Externe Betrekkingen van 7 november 2005",
        "Hierbij hebben wij het genoegen u",
    ]
