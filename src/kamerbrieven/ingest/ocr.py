"""Text of scanned PDF pages: each page rendered at 300 dpi and read by Tesseract in Dutch.

Tesseract and its Dutch data come from Debian's packages (``scripts/install-ocr.sh``);
nothing is downloaded at run time. The page goes to ``tesseract`` on stdin as a grey
PGM, which Tesseract reads as it reads PNG, so no image library is needed to encode it.
One scan cannot hold an ingest for long: at most ``MAX_PAGES`` pages a document, each
within ``PAGE_SECONDS``, all within ``DOCUMENT_SECONDS``; pages left unread get a warning.
"""

from __future__ import annotations

import functools
import math
import os
import re
import shutil
import subprocess
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from kamerbrieven.errors import UnreadableFile

# store/readings.py ranks a PDF reading with this warning below one from a text layer
WARNING = "tekst via OCR"
NO_TEXT_LAYER = "PDF heeft geen tekstlaag (scan zonder OCR)"
INSTALL_HINT = (
    "installeer Tesseract met Nederlands om scans te lezen (Debian: apt-get install "
    "tesseract-ocr tesseract-ocr-nld), of laat de PDF eerst door OCR gaan (bijv. ocrmypdf)"
)

DPI = 300  # Tesseract's own advice for body type; the page image is then about 9 MB
MAX_PIXELS = 36_000_000  # about four A4 pages at 300 dpi; a poster is read at less
MAX_PAGES = 50
PAGE_SECONDS = 30.0
DOCUMENT_SECONDS = 120.0
# Page segmentation 3, Tesseract's default: finds columns and blocks by itself, and
# separates blocks by an empty line, which the cleaner takes for a paragraph break.
_PSM = "3"
# One thread: Tesseract's OpenMP threads spin against each other on a small machine (on 2
# cores a page took 3-4 s, once 150 s, instead of 0.7 s); an ingest reads files in parallel.
_CHILD_ENV = {"OMP_THREAD_LIMIT": "1"}


@dataclass(frozen=True)
class PageTexts:
    """What OCR read: text by page index (0-based), and warnings about what it did not."""

    texts: dict[int, str]
    warnings: tuple[str, ...] = ()


class PageNotRead(Exception):
    """One page that Tesseract could not read; the reason is a Dutch phrase."""


def tesseract() -> str:
    """The path of a ``tesseract`` that knows Dutch, or UnreadableFile naming the packages."""
    command = shutil.which("tesseract")
    if command is None or not _knows_dutch(command):
        raise UnreadableFile(NO_TEXT_LAYER, hint=INSTALL_HINT)
    return command


@functools.cache
def _knows_dutch(command: str) -> bool:
    try:
        listed = subprocess.run(
            [command, "--list-langs"], capture_output=True, text=True, timeout=PAGE_SECONDS
        )
    except (OSError, subprocess.SubprocessError):
        return False
    return "nld" in listed.stdout.split()


def read_pages(document: Any, numbers: Sequence[int], command: str) -> PageTexts:
    """OCR the pages `numbers` (0-based) of an open pypdfium2 PdfDocument, within bounds."""
    texts: dict[int, str] = {}
    warnings: list[str] = []
    deadline = time.monotonic() + DOCUMENT_SECONDS
    for count, number in enumerate(numbers):
        left = deadline - time.monotonic()
        if count == MAX_PAGES or left <= 0:
            limit = f"{MAX_PAGES} pagina's" if count == MAX_PAGES else f"{DOCUMENT_SECONDS:g} s"
            warnings.append(f"OCR gestopt bij de grens van {limit}: {_pages(numbers[count:])}")
            break
        try:
            text = _read_page(document, number, command, min(PAGE_SECONDS, left))
        except PageNotRead as exc:
            warnings.append(f"OCR van pagina {number + 1} mislukt: {exc}")
            continue
        if text:
            texts[number] = text
    return PageTexts(texts, (WARNING, *warnings) if texts else tuple(warnings))


def _read_page(document: Any, number: int, command: str, timeout: float) -> str:
    page = document[number]
    try:
        image = page_image(page)
    except Exception as exc:  # noqa: BLE001 - a damaged page must not stop the others
        raise PageNotRead(f"pagina niet te tekenen ({type(exc).__name__})") from None
    finally:
        page.close()
    return recognise(image, command, timeout)


def _pages(numbers: Sequence[int]) -> str:
    """ "pagina 7 niet gelezen" or "10 pagina's (51-60) niet gelezen" (numbers 0-based)."""
    if len(numbers) == 1:
        return f"pagina {numbers[0] + 1} niet gelezen"
    return f"{len(numbers)} pagina's ({numbers[0] + 1}-{numbers[-1] + 1}) niet gelezen"


def page_image(page: Any) -> bytes:
    """A pypdfium2 page as a grey PGM (P5) image at DPI, or less for a very large page.

    >>> import pypdfium2 as pdfium
    >>> page_image(pdfium.PdfDocument("samples/kst-29515-496.pdf")[0]).split(b"\\n")[:3]
    [b'P5', b'2327 3213', b'255']
    """
    width, height = page.get_size()
    scale = min(DPI / 72, math.sqrt(MAX_PIXELS / max(width * height, 1.0)))
    bitmap = page.render(scale=scale, grayscale=True)
    columns, rows, stride = bitmap.width, bitmap.height, bitmap.stride
    pixels = bytes(bitmap.buffer)
    if stride != columns:  # rows padded to a multiple of 4 bytes: drop the padding
        pixels = b"".join(pixels[row * stride : row * stride + columns] for row in range(rows))
    return b"P5\n%d %d\n255\n" % (columns, rows) + pixels


def recognise(image: bytes, command: str, timeout: float) -> str:
    """The text Tesseract reads in one page image (Dutch), tidied; PageNotRead if it fails."""
    try:
        done = subprocess.run(
            [command, "stdin", "stdout", "-l", "nld", "--psm", _PSM],
            input=image,
            capture_output=True,
            timeout=timeout,
            env={**os.environ, **_CHILD_ENV},
        )
    except subprocess.TimeoutExpired:
        raise PageNotRead(f"duurde langer dan {timeout:g} s") from None
    except OSError as exc:
        raise PageNotRead(f"tesseract start niet ({exc.strerror or exc})") from None
    if done.returncode != 0:
        lines = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise PageNotRead(f"tesseract gaf fout {done.returncode}: {(lines or [''])[-1]}")
    return tidy(done.stdout.decode("utf-8", "replace"))


def tidy(text: str) -> str:
    """Tesseract's output as PDF text: no page-end form feed, no trailing spaces, at most
    one empty line between blocks.

    >>> tidy("De Kamer,  \\n\\n\\n\\ngehoord de beraadslaging,\\n\\f")
    'De Kamer,\\n\\ngehoord de beraadslaging,'
    """
    lines = [line.rstrip() for line in text.replace("\f", "\n").splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")
