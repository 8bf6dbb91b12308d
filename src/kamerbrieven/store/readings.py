"""One document read from several files: its readings merged into one record.

The PDF, the docx and the official XML of one Kamerstuk are one letter. The record is
read from the best of them (official XML, then HTML, then docx, then a PDF's text layer,
then OCR, then text that another tool extracted); fields the best reading lacks are
filled from the others, in that order, and where two readings disagree a warning says
so. The merge is a pure function of the set of readings, so ingesting them again, in
any order, gives the same record.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import PurePath
from typing import Any

from kamerbrieven.enrich import enrich_all
from kamerbrieven.extract import extract_all
from kamerbrieven.ingest import ocr
from kamerbrieven.record import METADATA_FIELDS, Letter, SourceFile

# Lower is better: an official XML carries the publisher's own structure and metadata.
FORMAT_RANK = {"xml": 0, "html": 1, "docx": 2, "pdf": 3, "text": 5}
OCR_RANK = 4  # a PDF read with OCR: below its text layer, above another tool's text
OCR_WARNING = ocr.WARNING  # "tekst via OCR", which the PDF reader adds to what OCR read
# The reader's warnings that a field filled from another reading answers.
_ANSWERED = {"date": "geen datum gevonden", "signatories": "handtekening niet herkend"}


def rank(reading: Letter) -> tuple[int, int, str, str]:
    """Sort key of a reading: format, then the more metadata, then path and content.

    >>> from kamerbrieven.record import Source
    >>> pdf = Letter("x", Source("a.pdf", "1", "pdf"))
    >>> xml = Letter("x", Source("a.xml", "2", "xml"))
    >>> [r.source.format for r in sorted([pdf, xml], key=rank)]
    ['xml', 'pdf']
    """
    fmt = reading.source.format
    place = FORMAT_RANK.get(fmt, 9)
    if fmt == "pdf" and OCR_WARNING in reading.warnings:
        place = OCR_RANK
    filled = sum(not _empty(name, getattr(reading, name)) for name in METADATA_FIELDS)
    return (place, -filled, reading.source.path, reading.source.sha256)


def merge(readings: Iterable[Letter], ingested: Mapping[str, str]) -> Letter:
    """The record of a document from all its readings; `ingested` maps each reading's
    sha256 to when the store first saw it."""
    ordered = sorted(readings, key=rank)
    best = ordered[0]
    values: dict[str, Any] = {}
    warnings = list(best.warnings)
    for name in METADATA_FIELDS:
        chosen = getattr(best, name)
        for other in ordered[1:]:
            theirs = getattr(other, name)
            if _empty(name, theirs):
                continue
            if _empty(name, chosen):
                values[name] = chosen = theirs
                if _ANSWERED.get(name) in warnings:
                    warnings.remove(_ANSWERED[name])
            elif _plain(chosen) != _plain(theirs):
                warnings.append(
                    f"bronnen verschillen over {name}: {_shown(chosen)} ({_file(best)}) / "
                    f"{_shown(theirs)} ({_file(other)})"
                )
    sources = tuple(
        SourceFile(r.source.path, r.source.sha256, r.source.format, ingested.get(r.source.sha256))
        for r in ordered
    )
    merged = best.replace(**values, warnings=tuple(dict.fromkeys(warnings)), sources=sources)
    if values:  # the metadata changed: what was extracted from it must follow
        merged = enrich_all(extract_all(merged))
    return merged


def reading_of(record: Letter) -> Letter:
    """A stored reading as the reader gave it: without the store's list of sources."""
    return record.replace(sources=())


def _empty(name: str, value: Any) -> bool:
    return value in (None, "", (), []) or (name == "kind" and value == "other")


def _plain(value: Any) -> Any:
    if isinstance(value, str):
        return " ".join(value.split()).lower()
    if isinstance(value, tuple):
        return tuple(_plain(v) for v in value)
    return value


def _shown(value: Any) -> str:
    if isinstance(value, tuple):
        return ", ".join(getattr(v, "name", str(v)) for v in value)
    return repr(value)


def _file(reading: Letter) -> str:
    return PurePath(reading.source.path).name
