"""Scans: PDF pages without a text layer are read by Tesseract in Dutch (``make test``
installs it, scripts/install-ocr.sh), and without Tesseract the reader says what to install.

The image-only PDFs are built here from real documents: a typeset Kamerstuk rendered to
an image, and the scan of a motie handed in on paper with its own OCR layer left out.
"""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys
from functools import lru_cache
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
import pytest
from PIL import Image

import kamerbrieven
from conftest import CORPUS, read_bytes, read_corpus
from kamerbrieven.errors import UnreadableFile
from kamerbrieven.ingest import ocr

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "samples" / "kst-29515-496.pdf"
SCAN = CORPUS / "kst-35851-71.scan.pdf"


def image_only_pdf(image: Image.Image, dpi: float) -> bytes:
    """One page showing `image` at `dpi` and nothing else: no text layer."""
    out = io.BytesIO()
    image.convert("L").save(out, "PDF", resolution=dpi)
    return out.getvalue()


@lru_cache(maxsize=1)
def rendered_sample() -> bytes:
    """Page 1 of the typeset Kamerstuk 29 515 nr. 496, rendered at 300 dpi, as a scan."""
    page = pdfium.PdfDocument(SAMPLE)[0]
    return image_only_pdf(page.render(scale=300 / 72).to_pil(), 300)


@lru_cache(maxsize=1)
def scan_without_its_ocr_layer() -> bytes:
    """The scanned motie's own image (400 dpi), without the OCR layer the file came with."""
    page = pdfium.PdfDocument(SCAN)[0]
    (picture,) = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
    pixels = picture.get_bitmap(render=False).to_pil()
    return image_only_pdf(pixels, pixels.width / page.get_size()[0] * 72)


def words(text: str) -> list[str]:
    return re.findall(r"\w+", text.lower())


def test_built_scans_have_no_text_layer():
    for data in (rendered_sample(), scan_without_its_ocr_layer()):
        page = pdfium.PdfDocument(data)[0]
        assert page.get_textpage().get_text_range().strip() == ""


def test_rendered_kamerstuk_is_read_with_ocr(tmp_path):
    path = tmp_path / "kst-29515-496-scan.pdf"
    path.write_bytes(rendered_sample())
    letter = kamerbrieven.read(path)
    for word in (
        "Werkprogramma",
        "Adviescollege",
        "Regeldruk",
        "Instellingswet",
        "regeldrukeffecten",
        "taakopdracht",
        "Beljaarts",
    ):
        assert word in letter.text, word
    assert ocr.WARNING in letter.warnings
    assert letter.source.format == "pdf"


def test_scanned_beslisnota_without_any_text_layer_is_read_page_by_page():
    # blg-1007826.pdf: two scanned pages, no text layer (refused before there was OCR)
    raw = read_corpus("blg-1007826.pdf")
    first, second = raw.text.split("\f")
    assert "Geadviseerd besluit" in first and "7° Actieprogramma Nitraatrichtlijn" in first
    assert "maatwerkaanpak" in second
    assert raw.warnings == ("tekst via OCR",)


def test_ocr_text_goes_on_as_lines_for_the_cleaner():
    raw = read_bytes(rendered_sample(), "pdf", "scan.pdf")
    assert raw.layout == "lines"
    assert "\f" not in raw.text  # one page: Tesseract's page-end form feed is gone
    assert re.search(r"\bNr\. 496 BRIEF VAN DE MINISTER VAN ECONOMISCHE ZAKEN\b", raw.text)
    assert raw.warnings[0] == "tekst via OCR"


def test_handed_in_motie_reads_from_its_scan_alone(tmp_path):
    path = tmp_path / "kst-35851-71.scan.pdf"
    path.write_bytes(scan_without_its_ocr_layer())
    letter = kamerbrieven.read(path)
    assert (letter.kind, letter.dossier, letter.number) == ("motie", "35851", 71)
    assert [s.name for s in letter.signatories] == ["Chakor", "Van Nispen"]
    assert letter.text.startswith("De Kamer,")
    assert "Huis voor de Klokkenluiders" in letter.text
    assert ocr.WARNING in letter.warnings


def test_ocr_of_the_motie_has_the_words_of_its_official_text():
    # the official XML of the same motie; "Huis voor de Klokkenluiders" on paper is
    # "Huis voor Klokkenluiders" there, so not every word can match
    official = kamerbrieven.read(CORPUS / "kst-35851-71.xml").text
    read = set(words(read_bytes(scan_without_its_ocr_layer(), "pdf").text))
    expected = words(official)
    found = sum(word in read for word in expected)
    assert found / len(expected) >= 0.95, [w for w in expected if w not in read]


def test_a_mixed_pdf_has_only_its_page_without_text_read_with_ocr():
    mixed = pdfium.PdfDocument(SAMPLE)
    mixed.import_pages(pdfium.PdfDocument(scan_without_its_ocr_layer()))
    out = io.BytesIO()
    mixed.save(out)
    raw = read_bytes(out.getvalue(), "pdf", "mixed.pdf")
    typeset, scanned = raw.text.split("\f")
    alone = read_bytes(SAMPLE.read_bytes(), "pdf", "alone.pdf")
    assert typeset.strip() == alone.text.strip()  # the text layer, as without the scan
    assert "MOTIE VAN DE LEDEN CHAKOR EN VAN NISPEN" in scanned
    assert raw.metadata == alone.metadata  # the typeset footer still gives dossier and number
    assert raw.warnings == ("tekst via OCR",)


def test_a_page_without_text_or_image_is_not_sent_to_ocr():
    blank = pdfium.PdfDocument(SAMPLE)
    blank.new_page(595, 842)
    out = io.BytesIO()
    blank.save(out)
    raw = read_bytes(out.getvalue(), "pdf")
    assert raw.warnings == ()
    assert "Beljaarts" in raw.text


def test_pages_beyond_the_limit_are_left_out_with_a_warning(monkeypatch):
    two = pdfium.PdfDocument(rendered_sample())
    two.import_pages(pdfium.PdfDocument(scan_without_its_ocr_layer()))
    out = io.BytesIO()
    two.save(out)
    monkeypatch.setattr(ocr, "MAX_PAGES", 1)
    raw = read_bytes(out.getvalue(), "pdf")
    assert "Beljaarts" in raw.text and "Chakor" not in raw.text
    assert raw.warnings == (
        "tekst via OCR",
        "OCR gestopt bij de grens van 1 pagina's: pagina 2 niet gelezen",
    )


def test_a_page_over_its_time_is_left_out_with_a_warning(monkeypatch):
    monkeypatch.setattr(ocr, "PAGE_SECONDS", 0.01)
    with pytest.raises(UnreadableFile, match="geen tekstlaag en OCR las er geen tekst in") as exc:
        read_bytes(rendered_sample(), "pdf")
    assert exc.value.hint == "OCR van pagina 1 mislukt: duurde langer dan 0.01 s"


# run in a fresh interpreter whose PATH has no tesseract: a scan, then a mixed PDF
_WITHOUT_TESSERACT = """
import json, sys
from kamerbrieven.errors import UnreadableFile
from kamerbrieven.ingest.pdf import read
from kamerbrieven.record import Source
scan, mixed = (open(name, "rb").read() for name in sys.argv[1:])
try:
    read(scan, Source("scan.pdf", "0" * 64, "pdf"))
    refused = None
except UnreadableFile as exc:
    refused = [str(exc), exc.hint]
raw = read(mixed, Source("mixed.pdf", "0" * 64, "pdf"))
print(json.dumps({"refused": refused, "warnings": raw.warnings, "text": raw.text}))
"""


@pytest.fixture(scope="module")
def without_tesseract(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("no-tesseract")
    scan, mixed = folder / "scan.pdf", folder / "mixed.pdf"
    scan.write_bytes(rendered_sample())
    document = pdfium.PdfDocument(SAMPLE)
    document.import_pages(pdfium.PdfDocument(rendered_sample()))
    document.save(mixed)
    env = {**os.environ, "PATH": str(folder)}  # nothing on it: no tesseract
    done = subprocess.run(
        [sys.executable, "-c", _WITHOUT_TESSERACT, str(scan), str(mixed)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    )
    return json.loads(done.stdout)


def test_without_tesseract_a_scan_is_refused_naming_the_packages(without_tesseract):
    message, hint = without_tesseract["refused"]
    assert message == "PDF heeft geen tekstlaag (scan zonder OCR)"
    assert "apt-get install tesseract-ocr tesseract-ocr-nld" in hint


def test_without_tesseract_a_mixed_pdf_keeps_its_text_and_warns(without_tesseract):
    assert "Beljaarts" in without_tesseract["text"]
    (warning,) = without_tesseract["warnings"]
    assert warning.startswith("1 pagina zonder tekstlaag niet gelezen (installeer Tesseract")
    assert "tekst via OCR" not in without_tesseract["warnings"]
