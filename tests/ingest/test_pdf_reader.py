"""PDF reader on real Kamerstukken and ministry PDFs, and on a rendered two-page letter."""

from __future__ import annotations

import re
from functools import lru_cache

import pytest
from fixtures import letter, letter_pdf

from conftest import read_bytes, read_corpus
from kamerbrieven.errors import UnreadableFile


@lru_cache(maxsize=1)
def rendered():
    return read_bytes(letter_pdf(), "pdf", "letter.pdf")


def test_rendered_letter_keeps_typeset_header_for_the_parser():
    lines = rendered().text.split("\n")
    assert lines[0] == "Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN"
    assert "Den Haag, 12 december 2018" in lines


def test_running_header_and_footer_in_8pt_are_dropped_but_give_dossier_and_number():
    raw = rendered()
    assert "vergaderjaar 2018–2019" not in raw.text
    assert "Pagina" not in raw.text
    assert raw.metadata == {"dossier": "28676", "number": 307}


def test_footnotes_in_small_type_leave_the_text_with_their_marks():
    raw = rendered()
    assert [(n.mark, n.text) for n in raw.footnotes] == [
        (n["mark"], n["text"]) for n in letter()["footnotes"]
    ]
    assert "Raadpleegbaar" not in raw.text


def test_raised_marker_is_glued_to_its_word():
    text = rendered().text
    assert "(zie bijlage bij dit verslag)[1]." in text
    assert "Tallinn criterium[2]:" in text


def test_line_end_hyphens_stay_for_the_cleaner_and_pages_split_on_form_feed():
    text = rendered().text
    assert re.search(r"[a-zë]-\n[a-z]", text)
    assert text.count("\f") >= 1
    joined = re.sub(r"-\n(?=[a-z])", "", text)
    assert "werksessie" in joined


def test_paragraph_gap_becomes_an_empty_line():
    paragraphs = rendered().text.replace("\f", "").split("\n\n")
    assert "Rusland" in [p.strip() for p in paragraphs]
    assert len(paragraphs) > 20


def test_typeset_kamerstuk_reads_header_body_and_footer_metadata():
    raw = read_corpus("kst-29515-496.pdf")
    assert "Nr. 496 BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN" in raw.text
    assert "Den Haag, 28 januari 2025" in raw.text
    assert "ISSN" not in raw.text and "kst-29515-496" not in raw.text
    assert raw.metadata == {"dossier": "29515", "number": 496}
    assert raw.text.rstrip().endswith("D.S. Beljaarts")


def test_typeset_memorie_footnotes_and_markers_in_1pt_scaled_fonts():
    raw = read_corpus("kst-36450-3.pdf")
    marks = [n.mark for n in raw.footnotes]
    assert marks[:4] == ["1", "2", "3", "4"]
    assert raw.footnotes[0].text == "Kamerstukken II 2020/21, 28 362, nr. 44."
    assert "Klaver/\nPloumen[1]" in raw.text or "Ploumen[1]" in raw.text
    assert "201 1" not in raw.text  # narrow digits are no word gap


def test_letterhead_side_column_goes_to_metadata_not_into_the_body():
    raw = read_corpus("aenm-contourennota-intrekking-spreidingswet-20250414.pdf")
    assert raw.metadata["date"] == "2025-04-14"
    assert "Directoraat-Generaal" not in raw.text
    assert "Pagina 1 van 6" not in raw.text
    assert raw.text.startswith("Contourennota intrekking Spreidingswet")


def test_notes_set_larger_than_the_body_are_still_notes():
    raw = read_corpus("aenm-contourennota-intrekking-spreidingswet-20250414.pdf")
    assert raw.footnotes[0].mark == "1"
    assert raw.footnotes[0].text == "P. 20 Regeerprogramma."
    assert "13 september jl.[1] is de intrekking" in raw.text


def test_aanhangsel_footer_on_first_page_is_dropped():
    raw = read_corpus("ah-tk-20232024-1178.pdf")
    assert "ah-tk-20232024" not in raw.text
    assert "’s-Gravenhage 2024" not in raw.text
    assert "Vraag 1" in raw.text


def test_a_label_that_opens_two_pages_at_the_same_height_is_body_text():
    # ah-tk-20232024-2210: "Antwoord 2" and "Antwoord 4" open pages 2 and 4; a running
    # header comes back on half the pages at least
    text = read_corpus("ah-tk-20232024-2210.pdf").text
    questions = re.findall(r"^\f?Vraag (\d+)$", text, re.MULTILINE)
    assert re.findall(r"^\f?Antwoord (\d+)$", text, re.MULTILINE) == questions
    assert len(questions) == 13
    # and margin numbers of a nota naar aanleiding van het verslag stay (kst-36450-6)
    assert (
        "\n24\nHoe wil de regering dit in de praktijk gaan toetsen?"
        in read_corpus("kst-36450-6.pdf").text
    )


def test_ocr_layer_of_a_scan_is_read():
    raw = read_corpus("kst-35851-71.scan.pdf")
    assert "MOTIE VAN DE LEDEN CHAKOR EN VAN NISPEN" in raw.text


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"%PDF-1.7\n%%EOF", "beschadigd|niet te openen"),
        (b"", "beschadigd|niet te openen"),
        (
            b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
            "beschadigd|geen pagina|tekstlaag",
        ),
    ],
)
def test_broken_pdfs_raise_unreadable_file_not_a_library_error(data, reason):
    with pytest.raises(UnreadableFile, match=reason):
        read_bytes(data, "pdf")


def test_truncated_real_pdf_is_unreadable_or_read_never_crashes(corpus):
    data = (corpus / "kst-29515-496.pdf").read_bytes()
    try:
        raw = read_bytes(data[: len(data) // 2], "pdf")
    except UnreadableFile as exc:
        assert str(exc)
    else:
        assert raw.text.strip()


def test_encrypted_pdf_is_refused_as_encrypted():
    import io

    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt="geheim")  # user password: cannot be opened without it
    pdf.drawString(72, 720, "Vertrouwelijk")
    pdf.save()
    with pytest.raises(UnreadableFile, match="versleuteld"):
        read_bytes(out.getvalue(), "pdf")
