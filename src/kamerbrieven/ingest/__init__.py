"""Files -> RawDocument: find the format, check the file, hand the bytes to its reader."""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from kamerbrieven.errors import UnreadableFile, UnsupportedFormat
from kamerbrieven.ingest.archive import check_unpacked_size
from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.record import Source

__all__ = ["RawDocument", "detect_format", "find_files", "is_companion_file", "read_file"]

SUFFIX_FORMATS = {
    ".txt": "text",
    ".text": "text",
    ".pdf": "pdf",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".xml": "xml",
    ".docx": "docx",
}
# Format -> module under kamerbrieven.ingest that exposes read(data, source) -> RawDocument.
READERS = {"text": "text", "pdf": "pdf", "html": "html", "xml": "xml", "docx": "docx"}


def detect_format(path: Path, data: bytes) -> str:
    """The format by the file's first bytes, falling back on its suffix.

    >>> detect_format(Path("brief.bin"), b"%PDF-1.7 ...")
    'pdf'
    """
    head = data[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith(b"%pdf-"):
        return "pdf"
    if head.startswith(b"pk\x03\x04"):
        if b"word/" in data[:65536] or path.suffix.lower() == ".docx":
            return "docx"
        raise UnsupportedFormat(
            f"zip-archief dat geen Word-document is ({path.suffix or 'zonder extensie'})"
        )
    if head.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFormat(
            "oud Word-formaat (.doc)", hint="sla het op als .docx (Word, LibreOffice) en lees dat"
        )
    if head.startswith(b"<"):
        if head.startswith((b"<!doctype html", b"<html")) or b"<html" in head:
            return "html"
        return "xml"
    suffix = path.suffix.lower()
    if suffix in (".pdf", ".docx"):
        raise UnreadableFile(
            f"geen geldig {suffix[1:].upper()}-bestand (begint niet zoals dat formaat)"
        )
    if suffix in SUFFIX_FORMATS or suffix == "":
        # No suffix: read as text when it is text; the text reader refuses binary content.
        return SUFFIX_FORMATS.get(suffix, "text")
    raise UnsupportedFormat(f"onbekend bestandsformaat ({suffix})")


def read_file(
    path: Path,
    max_bytes: int = 50 * 2**20,
    max_unpacked_bytes: int = 50 * 2**20,
    max_chars: int | None = None,
) -> RawDocument:
    """Read one file into a RawDocument, or raise UnreadableFile / UnsupportedFormat.

    Files over `max_bytes`, and Word files (zip archives) that would unpack to more than
    `max_unpacked_bytes`, are refused before they are read. A PDF is read up to the page
    where its text reaches `max_chars` (the pipeline cuts every format's text there).
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise UnreadableFile("bestand bestaat niet") from None
    except OSError as exc:
        raise UnreadableFile(f"niet te openen: {exc.strerror or exc}") from None
    if path.is_dir():
        raise UnreadableFile("is een map, geen bestand")
    if size == 0:
        raise UnreadableFile("leeg bestand")
    if size > max_bytes:
        raise UnreadableFile(
            f"te groot: {size / 2**20:.1f} MB, de grens is {max_bytes / 2**20:.0f} MB",
            hint="verhoog de grens met KAMERBRIEVEN_MAX_FILE_MB",
        )
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableFile(f"niet te lezen: {exc.strerror or exc}") from None
    fmt = detect_format(path, data)
    if fmt == "docx":
        check_unpacked_size(data, max_unpacked_bytes)
    source = Source(path=str(path), sha256=hashlib.sha256(data).hexdigest(), format=fmt)
    reader = importlib.import_module(f"kamerbrieven.ingest.{READERS[fmt]}")
    if fmt == "pdf":
        raw: RawDocument = reader.read(data, source, max_chars)
    else:
        raw = reader.read(data, source)
    return _with_companion_metadata(path, raw)


def is_companion_file(path: Path) -> bool:
    """`metadata.xml` files published beside a document describe it; they are no document."""
    return path.name == "metadata.xml" or path.name.endswith(".metadata.xml")


def _with_companion_metadata(path: Path, raw: RawDocument) -> RawDocument:
    """Merge the official metadata.xml published beside the file (kst-x.metadata.xml), if any."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    stem = stem.removesuffix(".scan")
    for candidate in (path.with_name(f"{stem}.metadata.xml"), path.with_name("metadata.xml")):
        if candidate.is_file() and candidate != path:
            from kamerbrieven.ingest import xml as xml_reader

            try:
                extra = xml_reader.read_metadata_xml(candidate.read_bytes())
            except (UnreadableFile, OSError):
                return raw
            merged = {**extra, **raw.metadata}
            return RawDocument(
                raw.source, raw.text, raw.layout, raw.footnotes, merged, raw.warnings
            )
    return raw


def find_files(
    inputs: Iterable[str], problems: list[tuple[str, str]] | None = None
) -> Iterator[Path]:
    """Files named, files under folders (recursively, sorted), and glob matches, in order given.

    A name that matches nothing is yielded as it is, so the caller reports it as missing.
    What yields no file at all is added to `problems` as (what, why): a folder that
    cannot be read (also one deep inside a folder), a folder without files, a pattern
    that matches nothing.
    """
    problems = [] if problems is None else problems
    seen: set[Path] = set()
    for item in inputs:
        path = Path(item)
        if path.is_dir():
            candidates = _files_under(path, problems)
            if not candidates and not any(p == item for p, _ in problems):
                problems.append((item, "map zonder bestanden"))
        elif any(ch in item for ch in "*?["):
            base = Path(path.anchor) if path.is_absolute() else Path()
            pattern = str(path.relative_to(path.anchor)) if path.is_absolute() else item
            candidates = sorted(p for p in base.glob(pattern) if p.is_file())
            if not candidates:
                problems.append((item, "het patroon past op geen enkel bestand"))
        else:
            candidates = [path]
        expanded = len(candidates) != 1 or candidates[0] != path
        for candidate in candidates:
            # A metadata.xml found in a folder describes its neighbour; named on its own it is read.
            if candidate in seen or (expanded and is_companion_file(candidate)):
                continue
            seen.add(candidate)
            yield candidate


def _files_under(folder: Path, problems: list[tuple[str, str]]) -> list[Path]:
    """Every file under `folder` but hidden ones, sorted; each folder that cannot be read
    is named in `problems` (os.walk reports it, where Path.rglob would skip it silently)."""

    def unreadable(error: OSError) -> None:
        where = error.filename or str(folder)
        problems.append((str(where), f"map niet te lezen: {error.strerror or error}"))

    found = []
    for root, dirs, files in os.walk(folder, onerror=unreadable):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found += [Path(root) / name for name in files if not name.startswith(".")]
    return sorted(p for p in found if p.is_file())


def file_sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
