"""XML -> RawDocument (layout "paragraphs"): official publications (OEP) and VLOS reports.

``officiele-publicatie`` (Kamerstukken, Handelingen, Aanhangsel): the header lines
(chamber, dossier, "Nr. 307 BRIEF VAN ...", addressee, place and date) come first as
paragraphs so the parser sees them as in a PDF; the body follows one block a paragraph;
``noot`` footnotes go to ``footnotes`` with ``[n]`` in the text. The ``metadata`` block
and the structure (``ondernummer``, ``datum isodatum``, ``ondertekening``) fill
``metadata``. A VLOS ``vergadering`` (Tweede Kamer verslag) goes to ``xml_vlos``.
"""

from __future__ import annotations

import re
from typing import Any

from kamerbrieven.errors import UnreadableFile
from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.ingest.xml_blocks import LEAF_BLOCKS, Blocks, inline, local, walk
from kamerbrieven.ingest.xml_meta import element_triples, metadata_fields, read_metadata_xml
from kamerbrieven.ingest.xml_parsing import parse_xml
from kamerbrieven.ingest.xml_values import clean_space, dossier_id, iso_date, kind_of
from kamerbrieven.nl.ministries import ministries_in
from kamerbrieven.record import Source

__all__ = ["read", "read_metadata_xml"]

# kamerstukkop lines the parser can use; "2" (kamernummer) and "Kamerstukken" add nothing
_HEADER_LINES = ("kameraanduiding", "vergaderjaar")
# Handelingen: the item's number and the sitting's hour say nothing a reader looks for, and
# the item's title is the record's title (as a Kamerstuk's title line is not body text)
_HANDELINGEN_FURNITURE = ("nr", "vergadertijd", "item-titel")
_PUNCT_SPACE = re.compile(r"\s+([:),.])")
# The BOM, also when a tool encoded it a second time (UTF-8 read as Latin-1: "ï»¿")
_BYTE_ORDER_MARKS = (b"\xef\xbb\xbf", b"\xc3\xaf\xc2\xbb\xc2\xbf")
# A signature's function line: "De Minister van Buitenlandse Zaken," / "De voorzitter ..."
_FUNCTION = re.compile(
    r"\b(?:minister|staatssecretaris|voorzitter|griffier|secretaris|directeur|commissaris)\b",
    re.IGNORECASE,
)


def read(data: bytes, source: Source) -> RawDocument:
    """Read an official publication or VLOS XML.

    >>> read(b"<rss/>", Source("x.xml", "0" * 64, "xml"))
    Traceback (most recent call last):
    ...
    kamerbrieven.errors.UnreadableFile: onbekend XML-formaat: rss
    """
    root = _parse(data)
    tag = local(root)
    if tag in ("vlosCoreDocument", "vergadering"):
        from kamerbrieven.ingest.xml_vlos import read_vlos

        return read_vlos(root, source)
    if tag == "officiele-publicatie":
        return _read_publication(root, source)
    if tag == "metadata_gegevens":
        raise UnreadableFile(
            "metadata.xml beschrijft een document maar bevat zelf geen tekst",
            hint="lees het document ernaast; de metadata worden dan meegenomen",
        )
    raise UnreadableFile(f"onbekend XML-formaat: {tag or '?'}")


def _parse(data: bytes) -> Any:
    if not data.strip():
        raise UnreadableFile("leeg XML-bestand")
    return parse_xml(_without_byte_order_mark(data))


def _without_byte_order_mark(data: bytes) -> bytes:
    r"""The XML from its first ``<``, past byte order marks and blank space.

    >>> _without_byte_order_mark(b"\xc3\xaf\xc2\xbb\xc2\xbf\n<a/>")
    b'<a/>'
    """
    data = data.lstrip()
    while data.startswith(_BYTE_ORDER_MARKS):
        for mark in _BYTE_ORDER_MARKS:
            data = data.removeprefix(mark).lstrip()
    return data


def _read_publication(root: Any, source: Source) -> RawDocument:
    meta_elements = [el for el in root.iter() if local(el) == "meta" and el.get("name")]
    metadata = metadata_fields(element_triples(meta_elements))
    out = Blocks()
    for child in root:
        if local(child) in ("metadata", ""):
            continue
        _walk_document(child, out)
    if not out.paragraphs:
        raise UnreadableFile("XML-publicatie bevat geen tekst")
    metadata.update(_structure_fields(root, metadata))
    return out.as_raw(source, metadata)


def _walk_document(element: Any, out: Blocks) -> None:
    """Like ``walk``, with the Kamerstuk header joined as a typeset page shows it."""
    tag = local(element)
    if tag == "kamerstukkop":
        for line in element:
            if line.get("inhoud") in _HEADER_LINES:
                out.add(inline(line, out))
        return
    if tag == "dossier":
        number = element.find("dossiernummer")
        title = element.find("titel")
        parts = [_dossier_text(number, out) if number is not None else ""]
        parts.append(inline(title, out) if title is not None else "")
        out.add(" ".join(parts))
        return
    if tag == "stuk":
        children = [child for child in element if local(child)]
        heading = [c for c in children if local(c) in ("stuknr", "titel")]
        if heading:
            out.add(" ".join(inline(c, out) for c in heading))  # "Nr. 307 BRIEF VAN ..."
        for child in children:
            if child not in heading:
                _walk_document(child, out)
        return
    if tag == "spreker":  # "De heer Wörsdörfer (VVD):", one short paragraph as printed
        out.add(_PUNCT_SPACE.sub(r"\1", inline(element, out)).replace("( ", "("))
        return
    if tag in _HANDELINGEN_FURNITURE:
        return
    if not tag or tag in LEAF_BLOCKS or tag in ("li", "row", "kop", "noot", "meta"):
        walk(element, out)
        return
    if element.text and clean_space(element.text):
        out.add(element.text)
    for child in element:
        _walk_document(child, out)
        if child.tail and clean_space(child.tail):
            out.add(child.tail)


def _dossier_text(number: Any, out: Blocks) -> str:
    """ "21 501-02", "36 410 V": the dossier number as printed."""
    parts = []
    for child in number.iter():
        if local(child) in ("dossiernr", "raadnr", "begrotingshoofdstuk", "dossiernummer"):
            if child.text and clean_space(child.text):
                parts.append((child, clean_space(child.text)))
    text = ""
    for child, value in parts:
        if local(child) == "raadnr":
            text += f"-{value}"
        elif local(child) == "begrotingshoofdstuk":
            text += f" {value}"
        else:
            text += value
    return text or clean_space(inline(number, out))


def _structure_fields(root: Any, known: dict[str, Any]) -> dict[str, Any]:
    """Fields the XML's structure states, where the metadata block did not."""
    fields: dict[str, Any] = {}
    number_el = _first(root, "dossiernummer")
    if "dossier" not in known and number_el is not None:
        dossier = dossier_id(_dossier_text(number_el, Blocks()))
        if dossier:
            fields["dossier"] = dossier
    ondernummer = _first(root, "ondernummer")
    if "number" not in known and ondernummer is not None:
        digits = re.sub(r"\D", "", "".join(ondernummer.itertext()))
        if digits:
            fields["number"] = int(digits)
    title = _stuk_title(root)
    dossier = _first(root, "dossier")
    dossier_title = dossier.find("titel") if dossier is not None else None
    if "dossier_title" not in known and dossier_title is not None:
        fields["dossier_title"] = clean_space("".join(dossier_title.itertext()))
    date = _letter_date(root)
    if date:
        fields["date"] = date  # the letter's own date beats the publication date
    fields.update(_sitting_fields(root, {**known, **fields}))
    if _first(root, "antwoord") is not None:
        fields["kind"] = "antwoorden kamervragen"
    elif "kind" not in known or kind_of(title) in ("geannoteerde agenda",):
        kind = kind_of(title)
        if kind:
            fields["kind"] = kind
    signatories = _signatories(root)
    if signatories:
        fields["signatories"] = signatories
    senders = list(known.get("senders", []))
    for text in [title or "", *(s["function"] or "" for s in signatories)]:
        senders += [m for m in ministries_in(text) if m not in senders]
    if senders:
        fields["senders"] = senders
    return fields


def _sitting_fields(root: Any, known: dict[str, Any]) -> dict[str, Any]:
    """Handelingen: the vergadering's number and day, and the agenda item's title."""
    fields: dict[str, Any] = {}
    sitting = _first(root, "vergadering-nummer")
    digits = re.match(r"\s*(\d+)", "".join(sitting.itertext())) if sitting is not None else None
    if digits and "number" not in known:
        fields["number"] = int(digits.group(1))
    day = _first(root, "vergaderdatum")
    if day is not None and "date" not in known:
        found = iso_date("".join(day.itertext()))
        if found:
            fields["date"] = found
    item = _first(root, "item-titel")
    if item is not None and "title" not in known:
        fields["title"] = clean_space("".join(item.itertext()))
    return fields


def _first(root: Any, tag: str) -> Any:
    for element in root.iter():
        if local(element) == tag:
            return element
    return None


def _stuk_title(root: Any) -> str | None:
    stuk = _first(root, "stuk")
    title = stuk.find("titel") if stuk is not None else None
    return clean_space("".join(title.itertext())) if title is not None else None


def _letter_date(root: Any) -> str | None:
    """ "Den Haag, <datum isodatum=...>": the first dated line of the document's head."""
    for element in root.iter():
        if local(element) in ("datumtekst", "dagtekening", "aanhef"):
            for datum in element.iter():
                if local(datum) == "datum":
                    return iso_date(datum.get("isodatum")) or iso_date("".join(datum.itertext()))
            found = iso_date("".join(element.itertext()))
            if found:
                return found
    return None


def _signatories(root: Any) -> list[dict[str, str | None]]:
    """{name, function} pairs from every ``ondertekening``: a function line, then a name."""
    found: list[dict[str, str | None]] = []
    for block in root.iter():
        if local(block) != "ondertekening":
            continue
        lines = Blocks()
        walk(block, lines)
        function: str | None = None
        for line in lines.paragraphs:
            if _FUNCTION.search(line) and (line.endswith(",") or len(line.split()) > 3):
                function = line.rstrip(",").strip()
            elif len(line.split()) <= 6 and not line.endswith(","):
                found.append({"name": line, "function": function})
                function = None
    return found
