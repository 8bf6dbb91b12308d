"""Word .docx -> RawDocument (layout "paragraphs") with python-docx and the raw WordML.

Paragraphs and tables in document order (a table cell's paragraphs each their own
paragraph: Kamervragen answers often stand in tables); text boxes and frames of the
letterhead ("Datum 11 januari 2024", "Onderwerp ...", DOCPROPERTY results) stay in the
text before the paragraph that anchors them; footnotes (word/footnotes.xml) go to
``footnotes`` with ``[n]`` markers. Header and footer parts are left out, except the first
page's header of a letter whose letterhead stands there rather than in the body.
"""

from __future__ import annotations

import io
import re
import zipfile
from typing import Any

from kamerbrieven.errors import UnreadableFile
from kamerbrieven.ingest.base import RawDocument, detail
from kamerbrieven.ingest.xml_values import clean_space, iso_date
from kamerbrieven.record import Footnote, Source

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_FOOTNOTES_TYPE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read(data: bytes, source: Source) -> RawDocument:
    """Read a .docx file.

    >>> ole2 = b"\\xd0\\xcf\\x11\\xe0\\xa1\\xb1\\x1a\\xe1"
    >>> read(ole2 + bytes(100), Source("x.doc", "0" * 64, "docx"))
    Traceback (most recent call last):
    ...
    kamerbrieven.errors.UnreadableFile: oud Word-formaat (.doc), geen .docx
    """
    document = _open(data)
    notes = _footnote_texts(document)
    marks: dict[str, str] = {}
    paragraphs: list[str] = []
    for block in document.element.body.iterchildren():
        if block.tag == f"{W}p":
            paragraphs += _paragraph(block, notes, marks)
        elif block.tag == f"{W}tbl":
            paragraphs += _table(block, notes, marks)
        elif block.tag == f"{W}sdt":  # content control around paragraphs
            for inner in block.iter(f"{W}p"):
                paragraphs += _paragraph(inner, notes, marks)
    paragraphs = [p for p in (clean_space(p) for p in paragraphs) if p]
    if not paragraphs:
        raise UnreadableFile("Word-document bevat geen tekst")
    if not _letterhead_metadata(paragraphs):
        paragraphs = _first_page_header(document) + paragraphs
    footnotes = tuple(Footnote(mark, notes.get(note_id, "")) for note_id, mark in marks.items())
    return RawDocument(
        source=source,
        text="\n\n".join(paragraphs) + "\n",
        layout="paragraphs",
        footnotes=footnotes,
        metadata=_letterhead_metadata(paragraphs),
    )


def _open(data: bytes) -> Any:
    if data.startswith(_OLE2):
        raise UnreadableFile(
            "oud Word-formaat (.doc), geen .docx",
            hint="open het in Word of LibreOffice en sla het op als .docx",
        )
    if not data.startswith(b"PK"):
        raise UnreadableFile("geen Word-document (.docx is een zip-archief)")
    try:
        from docx import Document

        return Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError) as exc:
        raise UnreadableFile(f"Word-document is beschadigd ({type(exc).__name__})") from None
    except Exception as exc:  # python-docx raises assorted errors for odd packages
        raise UnreadableFile(f"Word-document is niet te lezen: {detail(exc)}") from None


def _footnote_texts(document: Any) -> dict[str, str]:
    """Footnote id -> text, separators left out."""
    part = next(
        (rel.target_part for rel in document.part.rels.values() if rel.reltype == _FOOTNOTES_TYPE),
        None,
    )
    if part is None:
        return {}
    from lxml import etree

    try:  # as python-docx parses the other parts: no entities, no network
        parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
        root = etree.fromstring(part.blob, parser=parser)
    except etree.XMLSyntaxError:
        return {}
    texts: dict[str, str] = {}
    for note in root.iter(f"{W}footnote"):
        if note.get(f"{W}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        lines = [_runs_text(p, {}, {}, []) for p in note.iter(f"{W}p")]
        texts[note.get(f"{W}id", "")] = clean_space(" ".join(lines))
    return texts


def _paragraph(p: Any, notes: dict[str, str], marks: dict[str, str]) -> list[str]:
    boxes: list[str] = []
    text = _runs_text(p, notes, marks, boxes)
    return [*boxes, text]


def _runs_text(p: Any, notes: dict[str, str], marks: dict[str, str], boxes: list[str]) -> str:
    """A paragraph's text; text-box paragraphs go to `boxes`, footnote references to marks."""
    parts: list[str] = []
    stack = list(reversed(list(p)))
    while stack:
        node = stack.pop()
        tag = node.tag if isinstance(node.tag, str) else ""
        if tag == MC_FALLBACK or tag in (f"{W}delText", f"{W}instrText", f"{W}pPr", f"{W}rPr"):
            continue  # the fallback repeats the text box; deleted text and field codes are no text
        if tag == f"{W}txbxContent":
            for inner in node.iterchildren(f"{W}p", f"{W}tbl"):
                if inner.tag == f"{W}p":
                    boxes += _paragraph(inner, notes, marks)
                else:
                    boxes += _table(inner, notes, marks)
            continue
        if tag == f"{W}t":
            parts.append(node.text or "")
        elif tag in (f"{W}tab", f"{W}br", f"{W}cr"):
            parts.append(" ")
        elif tag == f"{W}noBreakHyphen":
            parts.append("-")
        elif tag == f"{W}footnoteReference":
            note_id = node.get(f"{W}id", "")
            mark = marks.setdefault(note_id, str(len(marks) + 1))
            while parts and parts[-1].endswith(" "):
                parts[-1] = parts[-1].rstrip()
            parts.append(f"[{mark}]")
        else:
            stack.extend(reversed(list(node)))
    return "".join(parts)


def _table(table: Any, notes: dict[str, str], marks: dict[str, str]) -> list[str]:
    """Every cell's paragraphs, row by row; merged-away cells are empty and drop out."""
    out: list[str] = []
    for row in table.iterchildren(f"{W}tr"):
        for cell in row.iterchildren(f"{W}tc"):
            for block in cell.iterchildren(f"{W}p", f"{W}tbl"):
                if block.tag == f"{W}p":
                    out += _paragraph(block, notes, marks)
                else:
                    out += _table(block, notes, marks)
    return out


def _first_page_header(document: Any) -> list[str]:
    """The letterhead when a letter keeps it in its first page's header part (address,
    "Datum 25 juli 2024", "Betreft ..."), its paragraphs de-duplicated: Word repeats a
    text box in its fallback, which `_runs_text` skips, but some files hold two copies."""
    try:
        section = document.sections[0]
        if not section.different_first_page_header_footer:
            return []
        header = section.first_page_header._element
    except (IndexError, AttributeError, KeyError, ValueError):
        return []
    found: list[str] = []
    for block in header.iterchildren(f"{W}p", f"{W}tbl", f"{W}sdt"):
        if block.tag == f"{W}p":
            found += _paragraph(block, {}, {})
        elif block.tag == f"{W}tbl":
            found += _table(block, {}, {})
        else:
            for inner in block.iter(f"{W}p"):
                found += _paragraph(inner, {}, {})
    lines = [p for p in (clean_space(p) for p in found) if p]
    return list(dict.fromkeys(lines))


def _letterhead_metadata(paragraphs: list[str]) -> dict[str, Any]:
    """The letterhead's date: a "Datum" field followed by its value, in the first lines."""
    for number, text in enumerate(paragraphs[:40]):
        match = re.match(r"^Datum\b:?\s*(.*)$", text)
        if match:
            following = paragraphs[number + 1] if number + 1 < len(paragraphs) else ""
            value = match.group(1) or following
            date = iso_date(value[:40])
            if date:
                return {"date": date}
    return {}
