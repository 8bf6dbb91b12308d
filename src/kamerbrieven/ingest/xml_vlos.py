"""Tweede Kamer VLOS verslag XML (``vergadering``, namespace .../vergaderverslag/v1.0).

One paragraph per ``alineaitem``; every speech opens with its speaker as a short
paragraph ("Mevrouw Van Eijk (VVD):"), as the printed Handelingen do. Lists of speakers,
time marks, agenda items (``zaken``) and vote tables are structure, not text.
"""

from __future__ import annotations

from typing import Any

from kamerbrieven.errors import UnreadableFile
from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.ingest.xml_blocks import Blocks, inline, local
from kamerbrieven.ingest.xml_values import clean_space, iso_date
from kamerbrieven.record import Source

_NOT_TEXT = {
    "sprekers",
    "spreker",
    "markeertijdbegin",
    "markeertijdeind",
    "aanvangstijd",
    "eindtijd",
    "zaken",
    "activiteitenindex",
    "isdraad",
    "isvoorzitter",
    "parlisid",
    "voortzetting",
    "stemmingen",
    "commissies",
    "zaal",
    "vergaderjaar",
    "vergaderingnummer",
    "datum",
    "sluiting",
    "onderwerp",
    "draadboekfragment",
}
_SPEECH = ("woordvoerder", "interrumpant")


def read_vlos(root: Any, source: Source) -> RawDocument:
    """The verslag of one meeting (``root`` is ``vlosCoreDocument`` or ``vergadering``)."""
    meeting = root if local(root) == "vergadering" else _child(root, "vergadering")
    if meeting is None:
        raise UnreadableFile("VLOS-bestand zonder vergadering")
    title = clean_space(_text(_child(meeting, "titel")))
    date = iso_date(_text(_child(meeting, "datum")))
    out = Blocks()
    if title:
        out.add(f"Verslag {_kind_of_meeting(meeting)}: {title}")
    _walk(meeting, out, skip_title=True)
    if len(out.paragraphs) <= 1:
        raise UnreadableFile("VLOS-verslag bevat nog geen tekst (casco)")
    warnings: tuple[str, ...] = ()
    if not any(local(item) == "alineaitem" for item in meeting.iter()):
        warnings = ("VLOS-verslag is een casco: alleen de agenda, nog geen tekst",)
    metadata: dict[str, Any] = {"kind": "verslag"}
    if date:
        metadata["date"] = date
    if title:
        metadata["title"] = title
    number = _text(_child(meeting, "vergaderingnummer")).strip()
    if number.isdigit() and _kind_of_meeting(meeting) == "plenaire vergadering":
        metadata["number"] = int(number)  # the Handelingen are numbered by vergadering
    return out.as_raw(source, metadata, tuple(warnings))


def _kind_of_meeting(meeting: Any) -> str:
    soort = (meeting.get("soort") or "").lower()
    return "plenaire vergadering" if soort == "plenair" else "vergadering"


def _walk(element: Any, out: Blocks, skip_title: bool = False) -> None:
    for child in element:
        tag = local(child)
        if not tag or tag in _NOT_TEXT:
            continue
        if tag == "titel":
            heading = _text(child)
            repeated = out.paragraphs and out.paragraphs[-1] == heading
            if not skip_title and _is_heading_level(element) and not repeated:
                out.add(heading)
            continue
        if tag in _SPEECH:
            _speech(child, out)
        elif tag == "alinea":
            for item in child:
                if local(item) == "alineaitem":
                    out.add(inline(item, out))
        else:
            _walk(child, out)


def _is_heading_level(element: Any) -> bool:
    # the agenda item and its main part carry real headings; every speech item has a
    # generated "Woordvoerder - De voorzitter" title that is no heading
    return local(element) in ("activiteit", "activiteithoofd")


def _speech(element: Any, out: Blocks) -> None:
    items = [item for item in element.iter() if local(item) == "alineaitem"]
    first = clean_space(inline(items[0], out)) if items else ""
    if not first.endswith(":"):
        name = _speaker_name(element)
        if name:
            out.add(f"{name}:")
    for item in items:
        out.add(inline(item, out))


def _speaker_name(element: Any) -> str:
    speaker = _child(element, "spreker")
    if speaker is None:
        return ""
    parts = [_text(_child(speaker, "aanhef")), _text(_child(speaker, "verslagnaam"))]
    party = _text(_child(speaker, "fractie"))
    name = " ".join(p for p in parts if p)
    return f"{name} ({party})" if party and name else name


def _child(element: Any, tag: str) -> Any:
    for child in element:
        if local(child) == tag:
            return child
    return None


def _text(element: Any) -> str:
    return clean_space("".join(element.itertext())) if element is not None else ""
