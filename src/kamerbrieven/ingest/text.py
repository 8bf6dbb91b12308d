"""Plain text: UTF-8 first, then the Windows and Latin-1 code pages older tools write."""

from __future__ import annotations

from kamerbrieven.errors import UnreadableFile
from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.record import Source


def decode_text(data: bytes) -> tuple[str, str]:
    """The text and the encoding it was read in.

    >>> decode_text("Oekraïne".encode("cp1252"))
    ('Oekraïne', 'cp1252')
    """
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        # cp1252 leaves five bytes undefined; Latin-1 maps every byte.
        return data.decode("latin-1"), "latin-1"


def looks_binary(data: bytes) -> bool:
    """True for content that is no text in any encoding we read (NUL bytes, control codes)."""
    sample = data[:8192]
    if sample.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 ("Unicode" in Notepad)
        try:
            text = data[:8192].decode("utf-16", errors="strict" if len(data) <= 8192 else "ignore")
        except UnicodeDecodeError:
            return True
        controls = sum(1 for char in text if ord(char) < 32 and char not in "\t\n\f\r")
        return controls > max(8, len(text) // 100)
    if b"\x00" in sample:
        return True
    controls = sum(1 for byte in sample if byte < 32 and byte not in (9, 10, 12, 13))
    return controls > max(8, len(sample) // 100)


def read(data: bytes, source: Source) -> RawDocument:
    if looks_binary(data):
        raise UnreadableFile(
            "binair bestand, geen tekst", hint="geef PDF, XML, HTML, docx of tekst"
        )
    text, encoding = decode_text(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise UnreadableFile("bevat geen tekst")
    warnings = () if encoding == "utf-8" else (f"tekst gelezen als {encoding}",)
    return RawDocument(source=source, text=text, layout="lines", warnings=warnings)
