"""OEP publication XML elements -> paragraphs, footnotes out with ``[n]`` markers.

Block elements (``al``, ``tussenkop``, ``kop``, ``li``, table rows ...) become one
paragraph each; inline elements (``nadruk``, ``extref``, ``datum`` ...) keep their text
in the flow; ``noot`` leaves a marker and goes to the footnotes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.ingest.xml_values import clean_space
from kamerbrieven.record import Footnote, Source

# Elements whose text is one paragraph ("al": alinea, "tekstregel": a header line).
LEAF_BLOCKS = {
    "al",
    "tussenkop",
    "tekstregel",
    "richting",
    "datumtekst",
    "stuknr",
    "functie",
    "slotformule",
    "aanhef-tekst",
    "plaats",
    "kamervraagomschrijving",
    "kamervraagnummer",
    "kamervraagopmerking",
    "opschrift",
    "regelnummer",
    "naam",
    "titel",
    "nr",
    "kamervraagonderwerp",
    "vrije-tekst-al",
    "omschrijving",
}
# Elements that never carry the document's text.
SKIPPED = {"metadata", "meta", "noot", "li.nr", "illustratie", "colspec"}
_WHITESPACE = re.compile(r"\s+")


@dataclass
class Blocks:
    """Paragraphs and footnotes collected while walking an element tree."""

    paragraphs: list[str] = field(default_factory=list)
    footnotes: list[Footnote] = field(default_factory=list)

    def add(self, text: str) -> None:
        text = clean_space(text)
        if text:
            self.paragraphs.append(text)

    def as_raw(
        self, source: Source, metadata: dict[str, Any], warnings: tuple[str, ...] = ()
    ) -> RawDocument:
        """The paragraphs and notes as the raw document an XML reader hands on."""
        return RawDocument(
            source=source,
            text="\n\n".join(self.paragraphs) + "\n",
            layout="paragraphs",
            footnotes=tuple(self.footnotes),
            metadata=metadata,
            warnings=warnings,
        )


# An lxml element (lxml ships no type information).
XmlElement = Any


def local(element: XmlElement) -> str:
    """The tag without namespace ('' for comments and processing instructions)."""
    tag = getattr(element, "tag", None)
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def walk(element: XmlElement, out: Blocks) -> None:
    """Append the paragraphs of `element` to `out`.

    >>> from lxml import etree
    >>> out = Blocks()
    >>> walk(etree.fromstring('<tekst><tussenkop>Rusland</tussenkop><al>Zie verslag'
    ...     '<noot id="n1"><noot.nr>1</noot.nr><noot.al>Kamerstuk 28 676, nr. 106.</noot.al></noot>'
    ...     '.</al></tekst>'), out)
    >>> out.paragraphs, out.footnotes[0].text
    (['Rusland', 'Zie verslag[1].'], 'Kamerstuk 28 676, nr. 106.')
    """
    tag = local(element)
    if not tag or tag in SKIPPED:
        return
    if tag == "kop":
        out.add(" ".join(inline(child, out) for child in element if local(child)))
        return
    if tag == "li":
        _list_item(element, out)
        return
    if tag == "row":
        cells = [clean_space(_cell_text(entry, out)) for entry in element if local(entry)]
        out.add(" | ".join(cell for cell in cells if cell))
        return
    if tag in LEAF_BLOCKS and not _has_blocks(element):
        out.add(inline(element, out))
        return
    if getattr(element, "text", None) and clean_space(element.text):
        out.add(element.text)
    for child in element:
        walk(child, out)
        if child.tail and clean_space(child.tail) and local(child) not in ("noot",):
            out.add(child.tail)


def _has_blocks(element: XmlElement) -> bool:
    return any(local(child) in LEAF_BLOCKS | {"lijst", "li", "table"} for child in element)


def _list_item(element: XmlElement, out: Blocks) -> None:
    """A list item is a paragraph of its own, its number in front: "– EU-sancties ..."."""
    number = ""
    first = True
    for child in element:
        tag = local(child)
        if tag == "li.nr":
            number = clean_space(inline(child, out))
        elif first and tag == "al":
            out.add(f"{number} {inline(child, out)}" if number else inline(child, out))
            first = False
        else:
            walk(child, out)
    if first and number:
        out.add(number)


def _cell_text(entry: XmlElement, out: Blocks) -> str:
    parts = Blocks(footnotes=out.footnotes)
    walk(entry, parts)
    return " ".join(parts.paragraphs) or inline(entry, out)


def inline(element: XmlElement, out: Blocks) -> str:
    """The text of an element with its inline children; notes become ``[n]`` markers."""
    parts = [getattr(element, "text", None) or ""]
    for child in element:
        tag = local(child)
        if tag == "noot":
            while parts and parts[-1].endswith((" ", "\n", "\t")):
                parts[-1] = parts[-1].rstrip()  # glue the marker to its word: "verslag[1]"
            parts.append(_note(child, out))
        elif tag and tag not in SKIPPED:
            parts.append(inline(child, out))
            if tag in LEAF_BLOCKS or tag == "al":
                parts.append(" ")
        parts.append(child.tail or "")
    text = "".join(parts)
    return _WHITESPACE.sub(" ", text)


def _note(element: XmlElement, out: Blocks) -> str:
    mark = ""
    texts: list[str] = []
    for child in element:
        tag = local(child)
        if tag == "noot.nr":
            mark = clean_space("".join(child.itertext()))
        elif tag:
            texts.append(clean_space(inline(child, out)))
    mark = mark or str(len(out.footnotes) + 1)
    out.footnotes.append(Footnote(mark, " ".join(t for t in texts if t)))
    return f"[{mark}]"
