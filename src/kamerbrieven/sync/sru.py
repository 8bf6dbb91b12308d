"""The publication site's search service (SRU 2.0 at `repository.overheid.nl/sru`) and
the files it lists for each publication.

A search answers with `<sru:record>`s whose `gzd:originalData` holds the OWMS metadata
(`owmskern`: identifier, title, type, creator, modified; `owmsmantel`: date, issued;
`tpmeta`: dossiernummer, ondernummer, subrubriek, publicatienaam ...) and whose
`gzd:enrichedData` lists the files as `<gzd:itemUrl manifestation="xml|pdf|metadata|...">`.
`sru:nextRecordPosition` leads to the next page. Pure functions: bytes in, records out.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from kamerbrieven.ingest.xml_values import clean_space, dossier_id, iso_date, kind_of, sender_of
from kamerbrieven.sync.errors import SourceFormatError, SyncError
from kamerbrieven.sync.facts import DocumentFacts
from kamerbrieven.sync.xmlparse import local, parse_xml, text_of

SRU = "{http://docs.oasis-open.org/ns/search-ws/sruResponse}"
GZD = "{http://standaarden.overheid.nl/sru}"
DIAG = "{http://docs.oasis-open.org/ns/search-ws/diagnostic}"
WHAT = "de zoekdienst van officielebekendmakingen (SRU)"
PAGE_SIZE = 100


@dataclass(frozen=True)
class Publication:
    """One search result: its metadata by element name, and its files by manifestation."""

    identifier: str
    meta: Mapping[str, tuple[str, ...]]
    files: Mapping[str, str] = field(default_factory=dict)

    def first(self, name: str) -> str | None:
        values = self.meta.get(name)
        return values[0] if values else None

    @property
    def version(self) -> str:
        """Changes when the publication does (its modification time, else its date)."""
        return (
            self.first("datumTijdstipWijzigingExpression")
            or self.first("timestamp")
            or self.first("modified")
            or ""
        )

    def facts(self) -> DocumentFacts:
        types = [*self.meta.get("type", ()), *self.meta.get("subrubriek", ())]
        appendix = any(t.lower() == "bijlage" for t in types)
        number = self.first("ondernummer") or self.first("aanhangselnummer")
        label = self.first("subrubriek") or self.first("type")
        creator = self.first("creator") or ""
        return DocumentFacts(
            remote_id=self.identifier,
            version=self.version,
            official_id=self.identifier,
            kind="other" if appendix else kind_of(label, self.first("documenttitel")),
            label=label,
            title=self.first("documenttitel") or self.first("title"),
            date=iso_date(self.first("issued") or self.first("date")),
            # a bijlage carries its main document's number, not one of its own
            number=int(number) if number and number.isdigit() and not appendix else None,
            dossier=dossier_id(self.first("dossiernummer")),
            dossier_title=self.first("dossiertitel"),
            ministry=sender_of(creator) if creator.lower().startswith("ministerie") else None,
        )


@dataclass(frozen=True)
class SearchPage:
    total: int
    publications: tuple[Publication, ...]
    next_position: int | None


def build_query(
    dossier: str | None = None, date_from: str | None = None, date_to: str | None = None
) -> str:
    """The CQL for parliamentary publications of a dossier and/or a date range.

    >>> build_query(dossier="21501-02", date_from="2024-01-01").split(" and ")[2:]
    ['w.dossiernummer==21501-02', 'dt.date>="2024-01-01"']
    """
    parts = ["c.product-area==officielepublicaties", 'w.organisatietype=="staten generaal"']
    if dossier:
        parts.append(f"w.dossiernummer=={dossier}")
    if date_from:
        parts.append(f'dt.date>="{date_from}"')
    if date_to:
        parts.append(f'dt.date<="{date_to}"')
    return " and ".join(parts)


def search_url(base: str, query: str, start: int = 1, size: int = PAGE_SIZE) -> str:
    params = {
        "operation": "searchRetrieve",
        "version": "2.0",
        "query": query,
        "startRecord": start,
        "maximumRecords": size,
    }
    return f"{base}?{urlencode(params)}"


def parse_search(data: bytes) -> SearchPage:
    root = parse_xml(data, WHAT)
    if root.tag != f"{SRU}searchRetrieveResponse":
        raise SourceFormatError(f"{WHAT} gaf geen SRU-antwoord maar <{local(root.tag)}>")
    diagnostic = root.find(f"{SRU}diagnostics/{DIAG}diagnostic")
    if diagnostic is not None:
        message = text_of(diagnostic.find(f"{DIAG}message")) or "onbekende fout"
        details = text_of(diagnostic.find(f"{DIAG}details"))
        raise SyncError(
            f"{WHAT} weigert de zoekvraag: {message}" + (f" ({details})" if details else ""),
            hint="controleer --dossier, --from en --to",
        )
    total = text_of(root.find(f"{SRU}numberOfRecords"))
    if total is None or not total.isdigit():
        raise SourceFormatError(f"{WHAT}: geen numberOfRecords in het antwoord")
    records = tuple(
        _publication(r) for r in root.findall(f"{SRU}records/{SRU}record/{SRU}recordData")
    )
    following = text_of(root.find(f"{SRU}nextRecordPosition"))
    next_position = int(following) if following and following.isdigit() else None
    return SearchPage(int(total), records, next_position)


def _publication(record_data: Any) -> Publication:
    gzd = record_data.find(f"{GZD}gzd")
    original = gzd.find(f"{GZD}originalData") if gzd is not None else None
    if original is None:
        raise SourceFormatError(f"{WHAT}: een record zonder gzd:originalData")
    meta: dict[str, tuple[str, ...]] = {}
    for element in original.iter():
        value = clean_space(element.text) if isinstance(element.tag, str) else ""
        if value and len(element) == 0:
            name = local(element.tag)
            meta[name] = (*meta.get(name, ()), value)
    files: dict[str, str] = {}
    enriched = gzd.find(f"{GZD}enrichedData")
    for item in enriched.findall(f"{GZD}itemUrl") if enriched is not None else []:
        if item.get("manifestation") and text_of(item):
            files[str(item.get("manifestation"))] = str(text_of(item))
    timestamp = text_of(enriched.find(f"{GZD}timestamp")) if enriched is not None else None
    if timestamp:
        meta["timestamp"] = (timestamp,)
    identifier = meta.get("identifier", ("",))[0]
    if not identifier:
        raise SourceFormatError(f"{WHAT}: een record zonder dcterms:identifier")
    return Publication(identifier, meta, files)
