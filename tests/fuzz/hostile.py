"""Hostile input for the readers: the real letters to mutate, files built to hurt (bombs,
entities, nesting, broken and strange PDFs), and the one contract every input is held to.

The contract: reading a file through the whole pipeline (read, clean, parse, extract,
enrich) gives a Letter, or raises one of the project's errors (`KamerbrievenError`) whose
reason is one line in Dutch; never any other exception.

The default run tries a few inputs of each kind; `KAMERBRIEVEN_LONG_TESTS=1` tries many
more (and every real letter in the repository as a seed).
"""

from __future__ import annotations

import io
import os
import re
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from kamerbrieven.errors import KamerbrievenError
from kamerbrieven.pipeline import read
from kamerbrieven.record import Letter
from kamerbrieven.settings import Settings

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "tests" / "data" / "corpus"
LONG = os.environ.get("KAMERBRIEVEN_LONG_TESTS") == "1"


def examples(default: int, long: int) -> int:
    """How many inputs a property test tries: a few by default, many in the long run."""
    return long if LONG else default


@dataclass(frozen=True)
class Seed:
    name: str  # the file name: its suffix is part of how the format is found
    data: bytes

    def __repr__(self) -> str:
        return f"Seed({self.name!r}, {len(self.data)} bytes)"

    def _repr_pretty_(self, printer: Any, cycle: bool) -> None:  # what hypothesis prints
        printer.text(repr(self))


# A few real letters of each format for the default run (small ones, read in about a
# second each); the long run takes every letter in the repository.
_DEFAULT_SEEDS = (
    "samples/002_ad9ccb4a6e4e1731.txt",
    "samples/000_50034ceebe6a1b15.txt",
    "samples/kst-29515-496.pdf",
    "tests/data/corpus/ah-tk-20232024-1999.pdf",
    "tests/data/corpus/kst-28286-1366.pdf",
    "samples/kst-28676-512.xml",
    "tests/data/corpus/kst-36682-10.xml",
    "tests/data/corpus/vlos-tk-20250710-plenair-105e-vergadering.xml",
    "tests/data/corpus/blg-1007826.metadata.xml",
    "tests/data/corpus/kst-36682-10.docx",
    "samples/jenv-20240111-beantwoording-kamervragen-2023Z19677-niet-noodgevallennummer.docx",
    "tests/parse/data/kst-29515-496.pdfium.txt",
)
SUFFIXES = (".txt", ".pdf", ".xml", ".docx", ".html")


@cache
def seeds() -> tuple[Seed, ...]:
    """Real letters of every format, the HTML one rendered from a real letter's text."""
    from tests.ingest.fixtures import letter_html

    if LONG:
        paths = [p for p in REPO.glob("samples/*") if p.suffix in SUFFIXES]
        paths += [p for p in CORPUS.iterdir() if p.suffix in SUFFIXES and ".scan." not in p.name]
        paths += [p for p in REPO.glob("tests/devset/*/*") if p.suffix in SUFFIXES]
    else:
        paths = [REPO / name for name in _DEFAULT_SEEDS]
    found = [Seed(p.name, p.read_bytes()) for p in sorted(paths)]
    return (*found, Seed("brief.html", letter_html()))


@cache
def scans() -> tuple[Seed, ...]:
    """PDFs without a text layer, so their pages go to OCR: a real typeset Kamerstuk page
    rendered to an image at 150 dpi (as a scanner would; OCR reads it in about a second)."""
    import pypdfium2 as pdfium

    page = pdfium.PdfDocument(REPO / "samples" / "kst-29515-496.pdf")[0]
    out = io.BytesIO()
    page.render(scale=150 / 72).to_pil().convert("L").save(out, "PDF", resolution=150)
    return (Seed("kst-29515-496.scan.pdf", out.getvalue()),)


# -- the contract ---------------------------------------------------------------------------

# Words a Dutch reason starts with; an English library message never has one of them.
_DUTCH = re.compile(
    r"\b(?:is|zijn|geen|niet|te|leeg|bestand|bevat|heeft|van|een|het|de|met|die|"
    r"duurde|langer|onbekend|oud|beschadigd|versleuteld|pagina's|uitgepakt|zip-bom|"
    r"gelezen|genest|grens|zonder|dan|eigen|declareert|diep|groot|gaat|over|geweigerd)\b",
    re.IGNORECASE,
)


def assert_dutch_reason(error: KamerbrievenError) -> None:
    """One line, and what comes before any quoted library detail (after ':' or '(') is
    Dutch."""
    reason = str(error)
    assert reason and "\n" not in reason, repr(reason)
    lead = re.split(r"[:(]", reason, maxsplit=1)[0]
    assert _DUTCH.search(lead), f"no Dutch reason: {reason!r}"
    assert "Traceback" not in reason


def read_or_refuse(
    folder: Path, name: str, data: bytes, settings: Settings | None = None
) -> Letter | KamerbrievenError:
    """Write `data` as `name` and read it through the whole pipeline; a refusal comes back
    as the error (checked to be Dutch), any other exception fails the test."""
    path = folder / name
    path.write_bytes(data)
    try:
        return read(path, settings or Settings())
    except KamerbrievenError as error:
        assert_dutch_reason(error)
        return error
    finally:
        path.unlink()


# -- files built to hurt ----------------------------------------------------------------------


def mutate(data: bytes, edits: list[tuple[str, float, bytes]]) -> bytes:
    """`data` with edits applied, each at a share of its length: ("truncate", where),
    ("flip", where, byte), ("insert", where, bytes), ("delete", where, as many bytes as
    given), ("repeat", where, a chunk as long as 40 times the bytes given, eight times)."""
    out = bytearray(data)
    for how, where, extra in edits:
        at = int(len(out) * where)
        if how == "truncate":
            del out[at:]
        elif how == "flip" and at < len(out):
            out[at] = extra[0] if extra else out[at] ^ 0xFF
        elif how == "insert":
            out[at:at] = extra
        elif how == "delete":
            del out[at : at + max(1, len(extra))]
        elif how == "repeat":
            chunk = bytes(out[at : at + 1 + len(extra) * 40])
            out[at:at] = chunk * 8
    return bytes(out)


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE officiele-publicatie [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<officiele-publicatie><stuk><al>&lol9;</al></stuk></officiele-publicatie>"""


def external_entity_xml(secret: Path) -> bytes:
    """A publication whose text would pull in a local file (XXE)."""
    return (
        f'<?xml version="1.0"?><!DOCTYPE officiele-publicatie [<!ENTITY geheim SYSTEM '
        f'"file://{secret}">]><officiele-publicatie><stuk><al>Geachte voorzitter, &geheim;'
        "</al></stuk></officiele-publicatie>"
    ).encode()


def nested_html(depth: int, tag: str = "div") -> bytes:
    return (
        b"<html><body>"
        + f"<{tag}>".encode() * depth
        + b"Geachte voorzitter, hierbij de brief."
        + f"</{tag}>".encode() * depth
        + b"</body></html>"
    )


def nested_xml(depth: int) -> bytes:
    return (
        b"<officiele-publicatie><stuk>"
        + b"<al>" * depth
        + b"x"
        + b"</al>" * depth
        + b"</stuk></officiele-publicatie>"
    )


def docx_bomb(real_docx: bytes, paragraphs_mb: int = 100) -> bytes:
    """A real Word letter whose document.xml has `paragraphs_mb` MB of empty paragraphs:
    some 150 kB on disk (python-docx alone took 30 s and 2.3 GB on 100 MB of them)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(real_docx)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as bomb,
    ):
        for item in source.infolist():
            body = source.read(item.filename)
            if item.filename != "word/document.xml":
                bomb.writestr(item, body)
                continue
            head, tail = body.split(b"<w:body>", 1)
            with bomb.open(item.filename, "w", force_zip64=True) as part:
                part.write(head + b"<w:body>")
                chunk = b"<w:p/>" * (2**20 // 6)
                for _ in range(paragraphs_mb):
                    part.write(chunk)
                part.write(tail)
    return out.getvalue()


def docx_with_big_media(real_docx: bytes, megabytes: int) -> bytes:
    """A real Word letter with a picture of `megabytes` MB that packs as small as it unpacks
    (random bytes): over the unpacked-size limit without being a bomb."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(real_docx)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as packed,
    ):
        for item in source.infolist():
            packed.writestr(item.filename, source.read(item.filename))
        packed.writestr("word/media/foto.jpg", os.urandom(megabytes * 2**20))
    return out.getvalue()


def pdf_of_lines(pages: int, lines: list[str], *, encrypt: object = None) -> bytes:
    """A PDF of `pages` pages, each 55 lines from `lines` in turn (distinct pages, so no
    line reads as a running header)."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out, encrypt=encrypt)
    count = 0
    for _ in range(pages):
        text = pdf.beginText(72, 760)
        text.setFont("Helvetica", 10)
        for _ in range(55):
            text.textLine(lines[count % len(lines)][:95])
            count += 1
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def pdf_of_images(pages: int) -> bytes:
    """Pages that show only an image (blank paper): no text layer, nothing for OCR."""
    from PIL import Image
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for _ in range(pages):
        pdf.drawImage(ImageReader(Image.new("L", (300, 400), 255)), 72, 72, 450, 600)
        pdf.showPage()
    pdf.save()
    return out.getvalue()


def pdf_without_pages() -> bytes:
    import pypdfium2 as pdfium

    out = io.BytesIO()
    pdfium.PdfDocument.new().save(out)
    return out.getvalue()


def letter_lines() -> list[str]:
    text = (REPO / "samples" / "002_ad9ccb4a6e4e1731.txt").read_text("utf-8")
    return [line for line in text.splitlines() if line.strip()]


def with_part_replaced(docx: bytes, name: str, change: Callable[[bytes], bytes]) -> bytes:
    """A Word file with one of its parts changed (the others as they were)."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(docx)) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as changed,
    ):
        for item in source.infolist():
            body = source.read(item.filename)
            changed.writestr(item.filename, change(body) if item.filename == name else body)
    return out.getvalue()


# Pieces of markup and text that readers meet at their edges: tags of the official XML,
# HTML notes, entities and character references (valid, invalid, out of range), CDATA,
# comments, control and invisible characters, right-to-left marks, surrogates' escapes.
MARKUP = (
    "<",
    ">",
    "&",
    "</al>",
    "<al>",
    "<noot><noot.al>1</noot.al></noot>",
    "<sup>1</sup>",
    '<a href="#noot1">1</a>',
    "<tussenkop>Kop</tussenkop>",
    "<ondertekening><al>De Minister,</al></ondertekening>",
    "<w:p/>",
    "<w:r><w:t>x</w:t></w:r>",
    '<w:footnoteReference w:id="99"/>',
    "&amp;",
    "&nbsp;",
    "&#0;",
    "&#xD800;",
    "&#x110000;",
    "&#8232;",
    "&onbekend;",
    "<![CDATA[ ]]>",
    "<!-- -->",
    "\x00",
    "\x0c",
    "\u00ad",
    "\u200b",
    "\u202e",
    "\ufeff",
    "\U0001f600",
    "Nr. 307",
    "Den Haag, 12 december 2018",
    "1)",
)


def sprinkle(text: str, pieces: list[tuple[float, str]], *, between_tags: bool = False) -> str:
    """`text` with each piece put in at its share of the length; `between_tags`: right
    after the nearest ``>`` there, so the markup around it stays well formed."""
    for where, piece in sorted(pieces, reverse=True):
        at = int(len(text) * where)
        if between_tags:
            at = text.find(">", at) + 1 or len(text)
        text = text[:at] + piece + text[at:]
    return text


def pdf_of_runs(runs: list[tuple[float, float, float, float, str]]) -> bytes:
    """One page with each (x, y, size, angle, text) drawn where it says: odd sizes,
    rotations and overlaps for the layout code."""
    from reportlab.pdfgen import canvas

    out = io.BytesIO()
    pdf = canvas.Canvas(out)
    for x, y, size, angle, text in runs:
        pdf.saveState()
        pdf.translate(x, y)
        pdf.rotate(angle)
        pdf.setFont("Helvetica", size)
        pdf.drawString(0, 0, text)
        pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return out.getvalue()
