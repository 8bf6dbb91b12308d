"""OEP metadata (OVERHEIDop / DC / DCTERMS) -> record fields.

The same names appear in three places: the ``<metadata>`` block of an official
publication XML, the separate ``metadata.xml`` published beside a document, and the
``<meta>`` tags of an officielebekendmakingen.nl page. All three come here as
(name, scheme, content) triples.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lxml import etree

from kamerbrieven.errors import UnreadableFile
from kamerbrieven.ingest.xml_parsing import parse_xml
from kamerbrieven.ingest.xml_values import clean_space, dossier_id, iso_date, kind_of, sender_of
from kamerbrieven.nl.identifiers import id_in_url, read_official_id

Triple = tuple[str, str, str]


def metadata_fields(triples: Iterable[Triple]) -> dict[str, Any]:
    """Record fields stated by OEP metadata; what it does not state is left out.

    >>> metadata_fields([("OVERHEIDop.dossiernummer", "", "21501-02"),
    ...                  ("OVERHEIDop.ondernummer", "", "3173"),
    ...                  ("DC.type", "OVERHEIDop.KamerstukTypen", "Motie"),
    ...                  ("DCTERMS.issued", "DCTERMS.W3CDTF", "2025-06-19")])
    {'dossier': '21501-02', 'number': 3173, 'date': '2025-06-19', 'kind': 'motie'}
    """
    values: dict[str, list[str]] = {}
    types: list[str] = []
    for name, scheme, content in triples:
        content = clean_space(content)
        if not content:
            continue
        if name == "DC.type":
            # "Kamerstuk" (Parlementair) and "officiële publicatie" (Informatietype) say
            # nothing about the kind; KamerstukTypen / HandelingTypen do
            if scheme not in ("OVERHEID.Informatietype",):
                types.append(content)
            continue
        values.setdefault(name, []).append(content)
    fields: dict[str, Any] = {}
    official = _official_id(values)
    if official:
        fields["id"] = official
    dossier = _first(values, "OVERHEIDop.dossiernummer")
    if dossier:
        fields["dossier"] = dossier_id(dossier)
    bijlage = any(t.lower() == "bijlage" for t in types)
    number = _first(values, "OVERHEIDop.ondernummer")
    # a bijlage carries its main document's number, not one of its own
    if number and number.isdigit() and not bijlage:
        fields["number"] = int(number)
    date = iso_date(_first(values, "DCTERMS.issued") or _first(values, "OVERHEIDop.datumBrief"))
    if date:
        fields["date"] = date
    title = _first(values, "OVERHEIDop.documenttitel")
    if title:
        fields["title"] = title
    dossier_title = _first(values, "OVERHEIDop.dossiertitel")
    if dossier_title:
        fields["dossier_title"] = dossier_title
    specific = [t for t in types if t.lower() not in ("kamerstuk", "handelingen")]
    kind = "other" if bijlage else kind_of(*specific, title)
    if kind:
        fields["kind"] = kind
    senders = _senders(values)
    if senders:
        fields["senders"] = senders
    return fields


def _senders(values: dict[str, list[str]]) -> list[str]:
    senders: list[str] = []
    for name in ("DC.creator", "OVERHEIDop.ministerie", "OVERHEID.authority"):
        for content in values.get(name, []):
            sender = sender_of(content)
            if sender and sender not in senders:
                senders.append(sender)
    return senders


def _official_id(values: dict[str, list[str]]) -> str | None:
    """ "kst-36682-10": the identifier the metadata names, or its metadata record's URL."""
    for content in values.get("DC.identifier", []):
        if found := read_official_id(content):
            return found.id
    for url in values.get("OVERHEIDop.externMetadataRecord", []):
        if found := id_in_url(url):
            return found.id
    return None


def _first(values: dict[str, list[str]], name: str) -> str | None:
    found = values.get(name)
    return found[0] if found else None


def element_triples(elements: Iterable[Any]) -> list[Triple]:
    """(name, scheme, content) of ``<meta>`` / ``<metadata>`` elements."""
    return [
        (el.get("name", ""), el.get("scheme", "") or "", el.get("content", "") or "")
        for el in elements
    ]


def read_metadata_xml(data: bytes) -> dict[str, Any]:
    """The record fields in an OEP ``metadata.xml`` (root ``metadata_gegevens``).

    >>> read_metadata_xml(b'<metadata_gegevens><metadata name="OVERHEIDop.dossiernummer" '
    ...                   b'content="33037"/></metadata_gegevens>')
    {'dossier': '33037'}
    """
    root = parse_xml(data, "metadata.xml")
    elements = [el for el in root.iter() if isinstance(el.tag, str) and el.get("name")]
    if not elements:
        raise UnreadableFile(f"geen OEP-metadata in {etree.QName(root).localname}")
    return metadata_fields(element_triples(elements))
