"""The Tweede Kamer's open data in the record's terms: a Document from its SyncFeed entry
and its OData v4 look-up, and a Toezegging (commitment) from its entry. Pure functions.

Field names as the Gegevensmagazijn publishes them: OData v4 JSON in PascalCase
(`DocumentNummer`, `Volgnummer`, `Kamerstukdossier` with `Nummer` and `Toevoeging`,
`DocumentVersie` with `ExterneIdentifier`), the SyncFeed's XML in camelCase
(`documentNummer`, `volgnummer`, `<kamerstukdossier ref=...>`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from kamerbrieven.ingest.xml_values import clean_space, dossier_id, iso_date, kind_of
from kamerbrieven.nl.ministries import ministry_name, ministry_of
from kamerbrieven.sync.errors import SourceFormatError
from kamerbrieven.sync.facts import DocumentFacts
from kamerbrieven.sync.syncfeed import FeedEntry
from kamerbrieven.sync.toezeggingen import Toezegging

ODATA_PATH = "/OData/v4/2.0"
WHAT_ODATA = "de OData-API van de Tweede Kamer"
# Extensions of the files the Gegevensmagazijn serves, by content type.
EXTENSIONS = {
    "application/pdf": ".pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": ".docx",
    "application/xml": ".xml",
    "text/xml": ".xml",
    "text/html": ".html",
    "text/plain": ".txt",
}


def document_lookup_url(base: str, document_id: str) -> str:
    """One Document with its dossier, actors and versions, from OData v4.

    >>> document_lookup_url("https://gegevensmagazijn.tweedekamer.nl", "ab-12")
    'https://gegevensmagazijn.tweedekamer.nl/OData/v4/2.0/Document(ab-12)?$expand=Kamerstukdossier,DocumentActor,DocumentVersie'
    """
    expand = "Kamerstukdossier,DocumentActor,DocumentVersie"
    return f"{base.rstrip('/')}{ODATA_PATH}/Document({document_id})?$expand={expand}"


def parse_json(data: bytes, what: str = WHAT_ODATA) -> dict[str, Any]:
    """A JSON object, or a SourceFormatError saying the answer was not one."""
    try:
        value = json.loads(data)
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise SourceFormatError(f"{what} gaf geen geldige JSON ({exc})") from None
    if not isinstance(value, dict):
        raise SourceFormatError(f"{what} gaf geen JSON-object maar {type(value).__name__}")
    return value


def document_facts(entry: FeedEntry, odata: Mapping[str, Any]) -> DocumentFacts:
    """What the Tweede Kamer says of one document: the feed's fields, completed by the
    OData look-up (the dossier, the sending minister's ministry, the publication id)."""
    if odata.get("Id") not in (None, entry.id):
        raise SourceFormatError(f"{WHAT_ODATA} gaf document {odata.get('Id')} voor {entry.id}")
    f = entry.fields
    label = _text(odata.get("Soort")) or f.get("soort")
    number = odata.get("Volgnummer", f.get("volgnummer"))
    dossier, dossier_title = _dossier(odata.get("Kamerstukdossier"))
    return DocumentFacts(
        remote_id=entry.id,
        version=entry.version,
        official_id=_official_id(odata.get("DocumentVersie")),
        document_number=_text(odata.get("DocumentNummer")) or f.get("documentNummer"),
        kind=kind_of(label),
        label=label,
        title=_text(odata.get("Onderwerp")) or f.get("onderwerp"),
        date=iso_date(_text(odata.get("Datum")) or f.get("datum")),
        number=int(number) if str(number or "").lstrip("-").isdigit() and int(number) > 0 else None,
        dossier=dossier,
        dossier_title=dossier_title,
        ministry=_ministry(odata.get("DocumentActor")),
    )


def _text(value: Any) -> str | None:
    return clean_space(str(value)) or None if value is not None else None


def _dossier(dossiers: Any) -> tuple[str | None, str | None]:
    """`21501-02` and its title from the first Kamerstukdossier (Nummer, Toevoeging)."""
    for item in dossiers or []:
        if not isinstance(item, dict) or item.get("Nummer") is None:
            continue
        addition = _text(item.get("Toevoeging"))
        # a Toevoeging in brackets (a Raad van State number) is not part of the dossier
        suffix = f"-{addition}" if addition and "(" not in addition else ""
        return dossier_id(f"{item['Nummer']}{suffix}"), _text(item.get("Titel"))
    return None, None


def _ministry(actors: Any) -> str | None:
    """The ministry of the minister or state secretary who sends the document."""
    for actor in actors or []:
        if not isinstance(actor, dict):
            continue
        found = ministry_of(str(actor.get("Functie") or ""))
        if found:
            return found
    return None


def _official_id(versions: Any) -> str | None:
    """The publication identifier (`kst-36682-10`) of the newest version, when it has one."""
    newest = sorted(
        (v for v in versions or [] if isinstance(v, dict)),
        key=lambda v: int(v.get("Versienummer") or 0),
    )
    for version in reversed(newest):
        if found := _text(version.get("ExterneIdentifier")):
            return found
    return None


def extension_for(content_type: str | None, fallback: str = ".pdf") -> str:
    """The file extension of a content type (`application/pdf; charset=x` -> `.pdf`)."""
    kind = (content_type or "").split(";")[0].strip().lower()
    return EXTENSIONS.get(kind, fallback)


def toezegging_of(entry: FeedEntry) -> Toezegging:
    """A commitment from the register, as its SyncFeed entry states it."""
    f = entry.fields
    text = f.get("tekst")
    if not text:
        raise SourceFormatError(
            f"de SyncFeed van de Tweede Kamer: toezegging {entry.id} zonder tekst"
        )
    person = f.get("naam") or " ".join(
        part for part in (f.get("voornaam"), f.get("tussenvoegsel"), f.get("achternaam")) if part
    )
    ministry = f.get("ministerie")
    return Toezegging(
        id=entry.id,
        number=f.get("nummer"),
        text=text,
        person=person or None,
        function=f.get("functie"),
        ministry=(ministry_name(ministry) or ministry) if ministry else None,
        status=f.get("status"),
        made_on=iso_date(f.get("aanmaakdatum")),
        fulfilled_by=f.get("kamerbriefNakoming"),
        # filled together with kamerbriefNakoming: the day it was kept, not a deadline
        fulfilled_on=iso_date(f.get("datumNakoming")),
        activity_number=f.get("activiteitNummer"),
        updated=entry.version,
    )
