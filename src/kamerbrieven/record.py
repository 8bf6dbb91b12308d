"""The letter record: everything kamerbrieven knows about one document.

`shared/docs/record.md` (copied to `docs/record.md`) is the contract. Every field
exists in every record: scalars the document does not show are ``None``, lists are
empty. ``Letter.to_dict()`` / ``Letter.from_dict()`` are the one serialisation that
JSON output, the store, the API and the exports all go through.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

Span = tuple[int, int]

KINDS = (
    "brief",
    "geannoteerde agenda",
    "verslag",
    "verslag algemeen overleg",
    "motie",
    "amendement",
    "antwoorden kamervragen",
    "other",
)
FORMATS = ("pdf", "text", "html", "xml", "docx")
REFERENCE_TYPES = (
    "kamerstuk",
    "motie",
    "amendement",
    "handelingen",
    "aanhangsel",
    "kamervragen",
    "staatsblad",
    "staatscourant",
    "other",
)
ENTITY_TYPES = ("person", "country", "organisation", "mission", "treaty", "place")
STATEMENT_KINDS = ("position", "decision", "commitment")


@dataclass(frozen=True)
class Source:
    """The file a reading comes from; after a sync also what the official source (the
    Tweede Kamer's open data, the publication site) says of the document, in the record's
    own terms. Those fields are left out of the record when unset."""

    path: str
    sha256: str
    format: str
    number: int | None = None
    dossier: str | None = None
    date: str | None = None
    kind: str | None = None
    ministry: str | None = None
    document_number: str | None = None  # the Tweede Kamer's: 2024D50160


# What a source says of a document (`Source` beyond path, sha256 and format).
SOURCE_FACTS = ("number", "dossier", "date", "kind", "ministry", "document_number")


@dataclass(frozen=True)
class SourceFile:
    """One file this document was read from; `ingested` is when the store first saw it."""

    path: str
    sha256: str
    format: str
    ingested: str | None = None


@dataclass(frozen=True)
class Signatory:
    name: str
    function: str | None = None


@dataclass(frozen=True)
class Section:
    heading: str | None
    start: int
    end: int


@dataclass(frozen=True)
class Footnote:
    mark: str
    text: str


@dataclass(frozen=True)
class Reference:
    type: str
    raw: str
    span: Span
    dossier: str | None = None
    number: int | None = None
    year: str | None = None
    target_id: str | None = None


@dataclass(frozen=True)
class DateMention:
    text: str
    date: str
    span: Span
    date_end: str | None = None


@dataclass(frozen=True)
class Entity:
    type: str
    text: str
    name: str
    span: Span
    role: str | None = None
    party: str | None = None


@dataclass(frozen=True)
class Acronym:
    short: str
    long: str


@dataclass(frozen=True)
class Meeting:
    body: str | None
    dates: tuple[str, ...] = ()
    location: str | None = None


@dataclass(frozen=True)
class Deadline:
    """When a commitment is due: as written ("voor de zomer"), and the last day that
    still keeps it, resolved against the letter's date (None when the text names none)."""

    text: str
    not_after: str | None = None


@dataclass(frozen=True)
class Statement:
    """A sentence in which the government states a position, a body decides, or the
    government promises parliament something (`subject`, by `deadline`). `topics`: the
    section heading it stands under and the countries and organisations it names."""

    kind: str
    actor: str | None
    text: str
    span: Span
    section: str | None = None
    topics: tuple[str, ...] = ()
    subject: str | None = None
    deadline: Deadline | None = None


@dataclass(frozen=True)
class RecordField:
    """A list field of the record, declared by the step that fills it.

    The store keeps its items in `table`, one row an item with columns read off the
    item's dataclass (a plain string item goes in `column`); the search index files
    `index_keys(item)` as exact filters (`("verwijst", "kst-33694-34")`), which the
    query language accepts under the names and descriptions in `filters`.
    """

    name: str
    item: type[Any]
    table: str
    column: str = "value"
    index_keys: Callable[[Any], Iterable[tuple[str, str]]] | None = None
    filters: Mapping[str, str] = field(default_factory=dict)
    indexes: tuple[str, ...] = ()  # store indexes besides the key: "type, name"


# The list fields the reader itself fills (parse); the extractors declare theirs.
PARSE_FIELDS: tuple[RecordField, ...] = (
    RecordField(
        "senders",
        str,
        "senders",
        column="ministry",
        index_keys=lambda sender: [("ministerie", sender)],
        filters={"ministerie": 'afzendend ministerie, bv. ministerie:"Buitenlandse Zaken"'},
    ),
    RecordField("sources", SourceFile, "sources", indexes=("sha256", "path")),
    RecordField("signatories", Signatory, "signatories"),
    RecordField("sections", Section, "sections"),
    RecordField("footnotes", Footnote, "footnotes"),
    RecordField("warnings", str, "warnings", column="message"),
)

# Which list field holds which item type, for from_dict().
_LIST_TYPES: dict[str, type] = {
    "sources": SourceFile,
    "signatories": Signatory,
    "sections": Section,
    "footnotes": Footnote,
    "references": Reference,
    "dates": DateMention,
    "entities": Entity,
    "acronyms": Acronym,
    "meetings": Meeting,
    "statements": Statement,
}
_TUPLE_FIELDS = {"span", "dates", "topics"}
# Items that hold an item of their own (a statement's deadline)
_NESTED: dict[str, type[Any]] = {"deadline": Deadline}


@dataclass(frozen=True)
class Letter:
    """One document, as read, cleaned, parsed and extracted."""

    id: str
    source: Source
    kind: str = "other"
    dossier: str | None = None
    dossier_title: str | None = None
    number: int | None = None
    date: str | None = None
    title: str | None = None
    senders: tuple[str, ...] = ()
    addressee: str | None = None
    signatories: tuple[Signatory, ...] = ()
    text: str = ""
    sections: tuple[Section, ...] = ()
    footnotes: tuple[Footnote, ...] = ()
    references: tuple[Reference, ...] = ()
    dates: tuple[DateMention, ...] = ()
    entities: tuple[Entity, ...] = ()
    acronyms: tuple[Acronym, ...] = ()
    meetings: tuple[Meeting, ...] = ()
    statements: tuple[Statement, ...] = ()
    warnings: tuple[str, ...] = ()
    # Every file seen for this document, the best first (the record shows it after
    # `source`; the store fills it, `parse` leaves it empty).
    sources: tuple[SourceFile, ...] = ()
    # List fields that extractors declare beyond the ones above (`RecordField`), by name.
    extra: Mapping[str, tuple[Any, ...]] = field(default_factory=dict, hash=False)

    def replace(self, **changes: Any) -> Letter:
        """A copy with some fields changed (lists may be given as lists). A name this class
        does not declare is an extractor's own field and goes into `extra`.

        >>> letter = Letter("x", Source("x", "", "text")).replace(topics=["NAVO"])
        >>> letter.get("topics"), letter.to_dict()["topics"]
        (('NAVO',), ['NAVO'])
        """
        extra = dict(changes.pop("extra", self.extra))
        for key, value in list(changes.items()):
            if isinstance(value, list):
                changes[key] = value = tuple(value)
            if key not in _FIELD_NAMES:
                extra[key] = value
                del changes[key]
        return dataclasses.replace(self, **changes, extra=extra)

    def get(self, name: str) -> Any:
        """A field by name, declared here or by an extractor (empty when not filled)."""
        if name in _FIELD_NAMES and name != "extra":
            return getattr(self, name)
        return self.extra.get(name, ())

    def to_dict(self) -> dict[str, Any]:
        """The record as plain JSON-ready data, in the field order of record.md; the
        extractors' own fields come after `statements`, before `warnings`."""
        source = {k: v for k, v in _plain(self.source).items() if v is not None}
        record = {"id": self.id, "source": source, "sources": _plain(self.sources)}
        record |= {
            f.name: _plain(getattr(self, f.name))
            for f in dataclasses.fields(self)
            if f.name not in record and f.name not in ("warnings", "extra")
        }
        for name, items in self.extra.items():
            record[name] = _plain(items)
        record["warnings"] = list(self.warnings)
        return record

    @classmethod
    def from_dict(
        cls, data: dict[str, Any], item_types: Mapping[str, type[Any]] | None = None
    ) -> Letter:
        """The Letter of a record. Fields this class does not declare are kept in `extra`:
        as `item_types[name]` items where given, else as the plain data they were."""
        values: dict[str, Any] = {}
        extra: dict[str, tuple[Any, ...]] = {}
        for key, value in data.items():
            if key not in _FIELD_NAMES or key == "extra":
                # an extractor's field, or a sibling added by a later version: keep it
                item_type = (item_types or {}).get(key)
                items = value if isinstance(value, list) else [value]
                extra[key] = tuple(
                    _build(item_type, item) if item_type and isinstance(item, dict) else item
                    for item in items
                )
                continue
            if key == "source":
                values[key] = Source(**value)
            elif key in _LIST_TYPES:
                values[key] = tuple(_build(_LIST_TYPES[key], item) for item in value or ())
            elif key in ("senders", "warnings"):
                values[key] = tuple(value or ())
            else:
                values[key] = value
        return cls(**values, extra=extra)


_FIELD_NAMES = frozenset(f.name for f in dataclasses.fields(Letter))
# What the reader tells about a document besides its text (official metadata may overrule
# it; a document read from several files fills it from the others).
METADATA_FIELDS = (
    "kind",
    "dossier",
    "dossier_title",
    "number",
    "date",
    "title",
    "senders",
    "addressee",
    "signatories",
)
# The record's single values, in its order (each a column of its own in the store and CSV).
SCALAR_FIELDS = tuple(
    f.name
    for f in dataclasses.fields(Letter)
    if f.name not in ("source", "extra") and f.type in ("str", "str | None", "int | None")
)


def _build(item_type: type, data: dict[str, Any]) -> Any:
    names = {f.name for f in dataclasses.fields(item_type)}
    kwargs = {}
    for key, value in data.items():
        if key not in names:
            continue
        if key in _NESTED and isinstance(value, dict):
            value = _build(_NESTED[key], value)
        kwargs[key] = tuple(value) if key in _TUPLE_FIELDS and value is not None else value
    return item_type(**kwargs)


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, (list, tuple)):
        return [_plain(item) for item in value]
    return value


def record_version(letter: Letter) -> str:
    """A short hash of the whole record: it changes whenever anything in it does. The store
    keeps it beside the record and the search index beside its document, so the index can
    tell which letters it holds an older reading of.

    >>> len(record_version(Letter("x", Source("x", "", "text"))))
    16
    """
    text = json.dumps(letter.to_dict(), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def letter_id(dossier: str | None, number: int | None, sha256: str) -> str:
    """`kst-<dossier>-<number>` when both are known, else `sha-<12 hex>`.

    >>> letter_id("21501-02", 2000, "ab" * 32)
    'kst-21501-02-2000'
    """
    if dossier and number is not None:
        return f"kst-{dossier}-{number}"
    return f"sha-{sha256[:12]}"
