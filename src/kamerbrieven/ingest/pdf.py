"""PDF -> RawDocument (layout "lines") from pdfium's text layer with sizes and positions.

What it does, in order: every glyph with its effective size and baseline (``pdf_chars``);
glyphs into lines, raised footnote markers into ``[n]`` (``pdf_layout``); the letterhead
side column, running headers/footers and page numbers out, footnotes out of the page
foot (``pdf_pages``); paragraph breaks where the gap between lines is larger than the
leading. Pages are separated by ``\\f``; line-end hyphens stay as ``-`` for the cleaner.
Pages without a text layer that show an image (scans) are read with OCR (``ocr``) when
Tesseract is installed; their text goes on as plain lines, with the warning "tekst via OCR".
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from itertools import islice
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from kamerbrieven.errors import UnreadableFile
from kamerbrieven.ingest import ocr
from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.ingest.pdf_chars import Char, page_chars
from kamerbrieven.ingest.pdf_layout import Line, body_size, group_lines, is_side_run, split_runs
from kamerbrieven.ingest.pdf_pages import (
    chamber_footer_metadata,
    document_pitch,
    running_keys,
    sort_page,
)
from kamerbrieven.ingest.xml_values import iso_date
from kamerbrieven.record import Footnote, Source

# a page with fewer real characters than this has no text layer worth the name
_MIN_TEXT_CHARS = 20
# a page tree's count: none at all, or some pages
_NO_PAGES = re.compile(rb"/Count\s*0(?![\d.])")
_SOME_PAGES = re.compile(rb"/Count\s*[1-9]")


def read(data: bytes, source: Source, max_chars: int | None = None) -> RawDocument:
    """Read a PDF's text layer, and the pages without one (scans) with OCR.

    With `max_chars`, pages past the one where the text reaches that many characters are
    left out with a warning: a PDF of thousands of pages would otherwise hold every glyph
    of them in memory (some 200 bytes each) before the text is cut to that length.

    >>> read(b"%PDF-1.4 kapot", Source("x.pdf", "0" * 64, "pdf"))
    Traceback (most recent call last):
    ...
    kamerbrieven.errors.UnreadableFile: PDF is beschadigd of onvolledig
    """
    document = _open(data)
    try:
        pages, sizes = _extract(document, max_chars)
        scans = _read_scans(document, pages)
        left_out = len(document) - len(pages)
    finally:
        document.close()
    for number in scans.texts:
        pages[number] = []  # a stamp or a few stray glyphs on a scanned page: OCR reads them
    raw = layout_document(pages, sizes, source, scans.texts)
    warnings = (*scans.warnings, *raw.warnings)
    if left_out:
        warnings += (
            f"PDF van {len(pages) + left_out} pagina's: {left_out} pagina's na pagina "
            f"{len(pages)} niet gelezen (de grens van {max_chars:,} tekens)".replace(",", "."),
        )
    return replace(raw, warnings=warnings)


def _has_text_layer(pages: list[list[Char]]) -> bool:
    """At least _MIN_TEXT_CHARS real characters; stops counting once there are."""
    real = (char for page in pages for char in page if char.text.strip())
    return next(islice(real, _MIN_TEXT_CHARS - 1, None), None) is not None


def _read_scans(document: Any, pages: list[list[Char]]) -> ocr.PageTexts:
    """OCR of the pages that show an image but have no text layer; without Tesseract an
    error when nothing else is readable, else a warning naming the pages left out."""
    scanned = [n for n, chars in enumerate(pages) if _is_scanned(document, n, chars)]
    if not scanned:
        return ocr.PageTexts({})
    readable = _has_text_layer(pages)
    try:
        command = ocr.tesseract()
    except UnreadableFile as exc:
        if not readable:
            raise
        count = f"{len(scanned)} pagina" + ("'s" if len(scanned) > 1 else "")
        return ocr.PageTexts({}, (f"{count} zonder tekstlaag niet gelezen ({exc.hint})",))
    scans = ocr.read_pages(document, scanned, command)
    if not scans.texts and not readable:
        reasons = "; ".join(scans.warnings) or None
        raise UnreadableFile("PDF heeft geen tekstlaag en OCR las er geen tekst in", hint=reasons)
    return scans


def _is_scanned(document: Any, number: int, chars: list[Char]) -> bool:
    if _has_text_layer([chars]):
        return False
    page = document[number]
    try:  # an empty page has no image: nothing to read there
        images = page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE])
        return next(images, None) is not None
    except Exception:  # noqa: BLE001 - objects pdfium cannot list are no scan it can draw
        return False
    finally:
        page.close()


def _open(data: bytes) -> Any:
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise UnreadableFile(_open_reason(str(exc), data)) from None
    except MemoryError:
        raise
    except Exception as exc:  # pdfium raises plain errors for some inputs
        raise UnreadableFile(f"PDF is niet te openen ({type(exc).__name__})") from None
    return document


def _extract(
    document: Any, max_chars: int | None = None
) -> tuple[list[list[Char]], list[tuple[float, float]]]:
    """The glyphs and size of each page, up to the page where `max_chars` is reached."""
    try:
        if len(document) == 0:
            raise UnreadableFile("PDF heeft geen pagina's")
        pages: list[list[Char]] = []
        sizes: list[tuple[float, float]] = []
        chars = 0
        for index in range(len(document)):
            if max_chars is not None and chars >= max_chars:
                break
            page = document[index]
            try:
                sizes.append(page.get_size())
                textpage = page.get_textpage()
                try:
                    pages.append(page_chars(textpage))
                    chars += len(pages[-1])
                finally:
                    textpage.close()
            finally:
                page.close()
        return pages, sizes
    except (UnreadableFile, MemoryError):  # out of memory is the limit's reason, not the file's
        raise
    except Exception as exc:
        raise UnreadableFile(f"PDF is beschadigd: {type(exc).__name__}") from None


def _open_reason(message: str, data: bytes) -> str:
    """Why pdfium would not open a document. Its error code is left over from an earlier
    document when it sets none (a document without pages), so a "password" error only
    counts when the file has an encryption dictionary.

    >>> _open_reason("Failed to load document (PDFium: Incorrect password error).", b"%PDF")
    'PDF is beschadigd of onvolledig'
    """
    lowered = message.lower()
    if ("password" in lowered or "security" in lowered) and b"/Encrypt" in data:
        return "PDF is versleuteld (wachtwoord nodig)"
    if _NO_PAGES.search(data) and not _SOME_PAGES.search(data):
        return "PDF heeft geen pagina's"
    return "PDF is beschadigd of onvolledig"


def layout_document(
    pages: list[list[Char]],
    sizes: list[tuple[float, float]],
    source: Source,
    ocr_texts: Mapping[int, str] | None = None,
) -> RawDocument:
    """Glyphs of every page -> the RawDocument (pure: no pdfium here); `ocr_texts` by page
    index stand in for the pages that had no text layer."""
    ocr_texts = ocr_texts or {}
    body = body_size(pages)
    page_lines: list[list[Line]] = []
    side_lines: list[str] = []
    for chars, (width, _) in zip(pages, sizes, strict=False):
        runs = split_runs(chars)
        side = [run for run in runs if is_side_run(run, body, width)]
        main = [run for run in runs if not is_side_run(run, body, width)]
        page_lines.append([line for line in group_lines(main) if line.text])
        side_lines += [line.text for line in group_lines(side) if line.text]
    heights = [height for _, height in sizes]
    running = running_keys(page_lines, heights)
    pitch = document_pitch(page_lines, body)
    texts: list[str] = []
    footnotes: list[Footnote] = []
    furniture: list[str] = []
    for number, (lines, height) in enumerate(zip(page_lines, heights, strict=False)):
        page = sort_page(lines, height, body, running, number == 0, pitch)
        furniture += page.furniture
        for note in page.footnotes:
            if not note.mark and footnotes:
                last = footnotes.pop()  # a note running on from the page before
                footnotes.append(Footnote(last.mark, f"{last.text} {note.text}"))
            elif note.mark:
                footnotes.append(note)
        texts.append(ocr_texts.get(number) or "\n".join(_trim_breaks(page.body)))
    metadata: dict[str, Any] = {**chamber_footer_metadata(furniture), **_side_metadata(side_lines)}
    text = "\n\f".join(texts)
    warnings: tuple[str, ...] = ()
    if not text.strip():
        raise UnreadableFile("PDF bevat geen leesbare tekst")
    if "\ufffd" in text:
        warnings = ("PDF bevat tekens zonder Unicode-waarde (\ufffd)",)
    return RawDocument(
        source=source,
        text=text,
        layout="lines",
        footnotes=tuple(footnotes),
        metadata=metadata,
        warnings=warnings,
    )


def _trim_breaks(lines: list[str]) -> list[str]:
    while lines and not lines[0]:
        lines = lines[1:]
    while lines and not lines[-1]:
        lines = lines[:-1]
    return lines


def _side_metadata(side: list[str]) -> dict[str, Any]:
    """The letterhead column's date: "Datum" then "14 april 2025" (or on one line)."""
    for number, text in enumerate(side):
        if re.match(r"^Datum\b", text, re.IGNORECASE):
            rest = text[5:].strip() or (side[number + 1] if number + 1 < len(side) else "")
            date = iso_date(rest)
            if date:
                return {"date": date}
    return {}
