"""HTML -> RawDocument (layout "paragraphs"): officielebekendmakingen.nl, tweedekamer.nl, any page.

The content root is the Kamerstuk block (``div.kamerstuk``, ``div.stuk``, ``#broodtekst``)
where the page has one, else ``main`` / ``article`` / ``body``. Scripts, navigation,
headers, footers and forms go; every block element (p, h1-h6, li, table row ...) is a
paragraph. Footnotes: the notes block (class or id with "noot"/"noten"/"footnote") goes
to ``footnotes``; its markers (``<sup>``, links to a note) become ``[n]``. ``DC.*`` and
``OVERHEID*`` meta tags fill ``metadata`` as in the official XML.
"""

from __future__ import annotations

import re
from typing import Any

from lxml import etree
from lxml import html as lxml_html

from kamerbrieven.errors import UnreadableFile
from kamerbrieven.ingest.base import RawDocument, detail
from kamerbrieven.ingest.xml_meta import metadata_fields
from kamerbrieven.ingest.xml_parsing import resource_limit_reason
from kamerbrieven.ingest.xml_values import clean_space
from kamerbrieven.record import Footnote, Source

_DROP = (
    "script",
    "style",
    "nav",
    "header",
    "footer",
    "form",
    "noscript",
    "aside",
    "button",
    "template",
    "svg",
    "iframe",
    "select",
)
_DROP_CLASS = re.compile(r"skip|breadcrumb|menu|cookie|share|social|sidebar|banner", re.I)
_ROOTS = (
    "//div[contains(concat(' ', @class, ' '), ' kamerstuk ')]",
    "//div[contains(concat(' ', @class, ' '), ' stuk ')]",
    "//*[@id='broodtekst']",
    "//main",
    "//article",
    "//*[@role='main']",
    "//body",
)
_BLOCKS = {
    "p",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "tr",
    "dt",
    "dd",
    "blockquote",
    "pre",
    "caption",
    "figcaption",
    "address",
}
_NOTES = re.compile(r"\b(?:noten|noot|voetnoten|footnotes?|notes)\b", re.I)
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")  # all but tab and line ends
_MARK = re.compile(r"^\s*\[?(\d{1,3}|\*{1,3})\]?\s*$")


def read(data: bytes, source: Source) -> RawDocument:
    """Read an HTML page.

    >>> read(b"<html><body><nav>Menu</nav><p>Geachte voorzitter,</p></body></html>",
    ...      Source("x.html", "0" * 64, "html")).text
    'Geachte voorzitter,\\n'
    """
    document = _parse(data)
    metadata = metadata_fields(
        (el.get("name", ""), el.get("scheme", ""), el.get("content", ""))
        for el in document.iter("meta")
        if re.match(r"^(?:DC|DCTERMS|OVERHEID)", el.get("name", "") or "")
    )
    root = _content_root(document)
    for element in list(root.iter(*_DROP)):
        _remove(element)
    for element in list(root.iter()):
        if (
            isinstance(element.tag, str)
            and _DROP_CLASS.search(f"{element.get('class', '')} {element.get('id', '')}")
            and element is not root
        ):
            _remove(element)
    footnotes = _take_notes(root)
    paragraphs: list[str] = []
    _blocks(root, paragraphs)
    if not paragraphs:
        raise UnreadableFile("HTML-pagina bevat geen tekst")
    return RawDocument(
        source=source,
        text="\n\n".join(paragraphs) + "\n",
        layout="paragraphs",
        footnotes=tuple(footnotes),
        metadata=metadata,
    )


def _parse(data: bytes) -> Any:
    if not data.strip():
        raise UnreadableFile("leeg HTML-bestand")
    encoding = _encoding(data)
    if not encoding.startswith(("utf-16", "utf-32")):
        # Control characters mean nothing in a page, and lxml keeps them in the tree but
        # refuses text with them when the reader writes a node's text back (glued notes).
        data = _CONTROL.sub(b" ", data)
    try:
        parser = lxml_html.HTMLParser(remove_comments=True, encoding=encoding)
        document = lxml_html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError, LookupError) as exc:
        raise UnreadableFile(f"HTML is niet te lezen: {detail(exc)}") from None
    stopped = resource_limit_reason(parser.error_log)
    if stopped:  # libxml2 kept only the part before the limit: refuse, lose nothing silently
        raise UnreadableFile(stopped)
    return document


def _encoding(data: bytes) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8"
    declared = re.search(rb"charset=[\"']?([\w-]+)", data[:4096], re.I)
    if declared:
        return declared.group(1).decode("ascii").lower()
    try:
        data.decode("utf-8")
        return "utf-8"
    except UnicodeDecodeError:
        return "cp1252"


def _content_root(document: Any) -> Any:
    for path in _ROOTS:
        found = document.xpath(path)
        if found:
            return found[0]
    return document


def _remove(element: Any) -> None:
    """Drop an element but keep the text after it."""
    parent = element.getparent()
    if parent is None:
        return
    tail = element.tail or ""
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "") + tail
    else:
        parent.text = (parent.text or "") + tail
    parent.remove(element)


def _take_notes(root: Any) -> list[Footnote]:
    """Notes blocks out of the flow, their markers in the text turned into ``[n]``."""
    notes: list[Footnote] = []
    targets: set[str] = set()
    top = root.getroottree().getroot()
    for block in list(root.iter()):
        if not isinstance(block.tag, str) or block.getroottree().getroot() is not top:
            continue  # not an element, or inside a notes block taken out already
        label = f"{block.get('class', '')} {block.get('id', '')}"
        if block.tag in ("div", "section", "ol", "ul", "dl", "aside") and _NOTES.search(label):
            notes += _notes_in(block, targets)
            _remove(block)
    for link in list(root.iter("a", "sup")):
        text = clean_space(link.text_content())
        href = link.get("href", "") if link.tag == "a" else ""
        is_note_link = href.startswith("#") and (href[1:] in targets or _NOTES.search(href))
        marked = _MARK.match(text)
        if marked and (link.tag == "sup" or is_note_link):
            mark = marked.group(1)
            for child in list(link):
                link.remove(child)
            link.text = f"[{mark}]"
            _glue_to_previous_word(link)
    return notes


def _notes_in(block: Any, targets: set[str]) -> list[Footnote]:
    notes: list[Footnote] = []
    items = [el for el in block.iter("li", "p", "dd", "div") if not _has_block_child(el)]
    for number, item in enumerate(items, start=1):
        for el in item.iter():
            if el.get("id"):
                targets.add(el.get("id"))
        text = clean_space(item.text_content())
        match = re.match(r"^\[?(\d{1,3}|\*{1,3})[\].)]?\s+(.*)$", text)
        if match:
            notes.append(Footnote(match.group(1), match.group(2)))
        elif text and item.tag == "li":
            notes.append(Footnote(str(number), text))
        elif text and notes:
            notes[-1] = Footnote(notes[-1].mark, f"{notes[-1].text} {text}")
    if block.get("id"):
        targets.add(block.get("id"))
    return notes


def _has_block_child(element: Any) -> bool:
    return any(isinstance(c.tag, str) and c.tag in _BLOCKS | {"div", "ul", "ol"} for c in element)


def _glue_to_previous_word(element: Any) -> None:
    previous = element.getprevious()
    if previous is not None:
        previous.tail = (previous.tail or "").rstrip()
    elif element.getparent() is not None:
        parent = element.getparent()
        parent.text = (parent.text or "").rstrip()


def _blocks(element: Any, out: list[str]) -> None:
    """Block elements in document order, one paragraph each; loose text is a paragraph too."""
    loose: list[str] = [element.text or ""]
    for child in element:
        if not isinstance(child.tag, str):
            loose.append(child.tail or "")
            continue
        if child.tag in _BLOCKS and not _has_block_child(child):
            _flush(loose, out)
            out.append(_row_text(child) if child.tag == "tr" else clean_space(_inline(child)))
            loose = [child.tail or ""]
        elif child.tag in _BLOCKS or child.tag in (
            "div",
            "section",
            "ul",
            "ol",
            "dl",
            "table",
            "tbody",
            "thead",
            "main",
            "article",
            "span",
        ):
            if child.tag == "span" and not _has_block_child(child):
                loose.append(_inline(child))
                loose.append(child.tail or "")
                continue
            _flush(loose, out)
            _blocks(child, out)
            loose = [child.tail or ""]
        elif child.tag == "br":
            loose.append(" ")
            loose.append(child.tail or "")
        else:
            loose.append(_inline(child))
            loose.append(child.tail or "")
    _flush(loose, out)
    out[:] = [p for p in out if p]


def _flush(loose: list[str], out: list[str]) -> None:
    text = clean_space("".join(loose))
    if text:
        out.append(text)
    loose.clear()


def _inline(element: Any) -> str:
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            parts.append(" " if child.tag == "br" else _inline(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _row_text(row: Any) -> str:
    cells = [clean_space(_inline(cell)) for cell in row if cell.tag in ("td", "th")]
    return " | ".join(cell for cell in cells if cell)
