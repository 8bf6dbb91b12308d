"""What an official source says of a document, and how it joins the reader's reading.

`DocumentFacts` holds the source's values in the record's terms. `apply_facts` keeps them
in the record's `source` object and makes them the record's own values where they differ
from what the reader found in the text, with a warning naming both (docs/record.md).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

from kamerbrieven.enrich import enrich_all
from kamerbrieven.extract import extract_all
from kamerbrieven.nl.identifiers import read_official_id
from kamerbrieven.record import Letter, letter_id

# A source's kind that a more specific reading does not contradict.
_KIND_COVERS = {"brief": {"geannoteerde agenda"}, "verslag": {"verslag algemeen overleg"}}


@dataclass(frozen=True)
class DocumentFacts:
    """One document as a source describes it. `version` changes whenever the source's
    description or file does, so an unchanged document is not fetched again."""

    remote_id: str
    version: str
    official_id: str | None = None  # kst-36682-10: the publication identifier
    document_number: str | None = None  # 2024D50160: the Tweede Kamer's
    kind: str | None = None
    label: str | None = None  # the source's own name of the kind: "Brief regering"
    title: str | None = None
    date: str | None = None
    number: int | None = None
    dossier: str | None = None
    dossier_title: str | None = None
    ministry: str | None = None

    def source_fields(self) -> dict[str, Any]:
        """The values the record's `source` object keeps."""
        return {
            "number": self.number,
            "dossier": self.dossier,
            "date": self.date,
            "kind": self.kind,
            "ministry": self.ministry,
            "document_number": self.document_number,
        }

    def to_json(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DocumentFacts:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in names})


def apply_facts(letter: Letter, facts: DocumentFacts) -> Letter:
    """The reading with the source's facts: kept in `source`, and where they differ from
    the text, the source's value wins with a warning.

    >>> from kamerbrieven.record import Source
    >>> read = Letter("sha-1", Source("a.pdf", "ab" * 32, "pdf"), kind="brief", date="2025-01-27")
    >>> facts = DocumentFacts("x", "1", date="2025-01-28", dossier="29515", number=496)
    >>> letter = apply_facts(read, facts)
    >>> letter.id, letter.date, letter.source.dossier
    ('kst-29515-496', '2025-01-28', '29515')
    >>> letter.warnings[0]
    "bron en tekst verschillen over date: '2025-01-28' (bron) / '2025-01-27' (tekst)"
    """
    values: dict[str, Any] = {}
    warnings = list(letter.warnings)
    for name in ("number", "dossier", "date", "kind", "dossier_title"):
        given, read = getattr(facts, name), getattr(letter, name)
        if given in (None, "") or given == read:
            continue
        if name == "kind" and (read in _KIND_COVERS.get(given, set()) or given == "other"):
            continue
        if read not in (None, "") and not (name == "kind" and read == "other"):
            if name != "dossier_title":  # a dossier's title is written in several ways
                warnings.append(_differ(name, given, read))
        values[name] = given
    senders = _senders(letter.senders, facts.ministry, warnings)
    if senders != letter.senders:
        values["senders"] = senders
    source = dataclasses.replace(letter.source, **facts.source_fields())
    new_id = _record_id(letter, facts, values)
    changed = letter.replace(
        **values, id=new_id, source=source, warnings=tuple(dict.fromkeys(warnings))
    )
    # what extractors and enrichers made of the metadata must follow it
    return enrich_all(extract_all(changed)) if values else changed


def _differ(name: str, given: Any, read: Any) -> str:
    return f"bron en tekst verschillen over {name}: {given!r} (bron) / {read!r} (tekst)"


def _senders(read: tuple[str, ...], ministry: str | None, warnings: list[str]) -> tuple[str, ...]:
    """The source's ministry first; the reader's other senders (mede namens) stay."""
    if not ministry or ministry in read:
        return read
    if read:
        warnings.append(_differ("senders", ministry, ", ".join(read)))
    return (ministry, *read)


def _record_id(letter: Letter, facts: DocumentFacts, values: dict[str, Any]) -> str:
    """The publication identifier the source names; else the one the (corrected) dossier
    and number give; else the reader's."""
    official = read_official_id(facts.official_id or "")
    if official:
        return official.id
    if letter.id.startswith("sha-") or "dossier" in values or "number" in values:
        dossier = values.get("dossier", letter.dossier)
        number = values.get("number", letter.number)
        if dossier and number is not None:
            return letter_id(dossier, number, letter.source.sha256)
    return letter.id
