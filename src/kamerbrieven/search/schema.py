"""The tantivy schema and the one function that turns a Letter into an index document.

Text fields hold tokens analysed in Python (`analysis.py`) and are split by tantivy's
whitespace tokenizer only. Exact filters share one raw `keys` field (`land=oekraine`);
facets come from raw fast fields, so counting them never loads a stored document.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import tantivy

from kamerbrieven.extract import record_fields
from kamerbrieven.record import PARSE_FIELDS, Letter, record_version
from kamerbrieven.search.analysis import analyse, analyse_for_index, fold, joined
from kamerbrieven.search.person_names import person_keys

# 4: a record version (record.record_version) instead of the file's sha256; person keys;
# a sub-dossier's letters also under their main dossier
# 5: the dossier's title and the footnotes are searchable text (issue 11.10)
SCHEMA_VERSION = 5
TOKENIZER = "kb_ws"

# Searchable text fields and their weight: a word in the title counts more than in the body.
# The dossier's title names what every letter in it is about ("Raad Algemene Zaken"); the
# footnotes name the reports, laws and letters users look for.
TEXT_FIELDS = {
    "title": 3.0,
    "heads": 2.0,
    "dossier_title": 1.5,
    "body": 1.0,
    "notes": 0.8,
    "parts": 0.5,
}
FACET_FIELDS = ("year", "dossier", "ministry", "kind", "country")


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("id", stored=True, tokenizer_name="raw", index_option="basic")
    # the record's version: which readings of which letters the index holds, compared with
    # the store's (`record.record_version`)
    builder.add_text_field("version", fast=True, tokenizer_name="raw", index_option="basic")
    for name in TEXT_FIELDS:
        builder.add_text_field(name, tokenizer_name=TOKENIZER, index_option="position")
    builder.add_text_field("person", tokenizer_name=TOKENIZER, index_option="position")
    builder.add_text_field("keys", tokenizer_name="raw", index_option="basic")
    for name in ("dossier", "ministry", "kind", "country"):
        builder.add_text_field(name, fast=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("year", fast=True)
    # yyyymmdd; 0 when the letter has no date, so undated letters sort last
    builder.add_integer_field("day", indexed=True, fast=True)
    builder.add_bytes_field("stored", stored=True)
    return builder.build()


def whitespace_analyzer() -> tantivy.TextAnalyzer:
    return tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()


def key(name: str, value: str) -> str:
    """The exact-match term for a filter value: folded, spaces collapsed.

    >>> key("land", "Oekraïne"), key("ministerie", "Buitenlandse  Zaken")
    ('land=oekraine', 'ministerie=buitenlandse zaken')
    """
    return f"{name}={' '.join(fold(value).split())}"


def dossier_value(value: str) -> str:
    """Dossier numbers as the record writes them: `28 676` -> `28676`."""
    return value.replace(" ", "").replace(".", "")


def _text_fields(letter: Letter) -> dict[str, str]:
    """Each searchable text field's tokens; `parts` holds the compounds' parts and every
    acronym beside its expansion, so either finds the other."""
    texts = {
        "title": letter.title or "",
        "heads": " \n".join(s.heading for s in letter.sections if s.heading),
        "dossier_title": letter.dossier_title or "",
        "body": letter.text,
        "notes": " \n".join(n.text for n in letter.footnotes),
    }
    fields: dict[str, str] = {}
    parts: list[str] = []
    for name, text in texts.items():
        tokens, extras = analyse_for_index(text)
        fields[name] = joined(tokens)
        parts += extras
    for acronym in letter.acronyms:
        parts.extend(analyse(acronym.short))
        parts.extend(analyse(acronym.long))
    fields["parts"] = joined(parts)
    return fields


def letter_document(letter: Letter) -> tantivy.Document:
    """The index document of one letter (pure: no I/O)."""
    countries = sorted({e.name for e in letter.entities if e.type == "country" and e.name})
    persons = [e.name for e in letter.entities if e.type == "person" and e.name]
    persons += [s.name for s in letter.signatories if s.name]
    keys = [key("soort", letter.kind)]
    keys += [key(name, value) for name, value in declared_keys(letter)]
    keys += [key("persoon", k) for name in persons for k in person_keys(name)]
    if letter.dossier:
        dossier = dossier_value(letter.dossier)
        keys.append(key("dossier", dossier))
        if "-" in dossier:  # dossier:36410 also finds the sub-dossier 36410-V
            keys.append(key("dossier", dossier.split("-", 1)[0]))
    stored = {
        "id": letter.id,
        "source_path": letter.source.path,
        "source_format": letter.source.format,
        "date": letter.date,
        "title": letter.title,
        "kind": letter.kind,
        "dossier": letter.dossier,
        "dossier_title": letter.dossier_title,
        "text": letter.text,
    }
    fields: dict[str, Any] = {
        "id": letter.id,
        "version": record_version(letter),
        **_text_fields(letter),
        # a gap token between names keeps a phrase from running across two people
        "person": " | ".join(joined(analyse(name)) for name in persons),
        "keys": list(dict.fromkeys(keys)),
        "kind": letter.kind,
        "ministry": list(letter.senders),
        "country": countries,
        "day": _day_number(letter.date),
        "stored": json.dumps(stored, ensure_ascii=False).encode("utf-8"),
    }
    if letter.dossier:
        fields["dossier"] = letter.dossier
    if letter.date:
        fields["year"] = int(letter.date[:4])
    document = tantivy.Document()
    for name, value in fields.items():
        for item in value if isinstance(value, list) else [value]:
            _add(document, name, item)
    return document


def declared_keys(letter: Letter) -> Iterator[tuple[str, str]]:
    """The exact filters the record fields declare for this letter's items
    (`RecordField.index_keys`): ("ministerie", ...), ("land", ...), ("verwijst", ...)."""
    for declared in (*PARSE_FIELDS, *record_fields()):
        if declared.index_keys is not None:
            for item in letter.get(declared.name):
                yield from declared.index_keys(item)


def _add(document: tantivy.Document, name: str, value: Any) -> None:
    if isinstance(value, bytes):
        document.add_bytes(name, value)
    elif isinstance(value, int):
        document.add_integer(name, value)
    else:
        document.add_text(name, value)


def _day_number(date: str | None) -> int:
    """`2018-12-12` -> 20181212; a month-only date counts from its first day."""
    if not date:
        return 0
    parts = (date.split("-") + ["01", "01"])[:3]
    try:
        return int(parts[0]) * 10000 + int(parts[1]) * 100 + int(parts[2])
    except ValueError:
        return 0


def day_number(iso_date: str) -> int:
    """Public form of the date encoding, for range filters.

    >>> day_number("2018-12-12")
    20181212
    """
    return _day_number(iso_date)
