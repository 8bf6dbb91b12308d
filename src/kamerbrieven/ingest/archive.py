"""A Word file is a zip archive: refuse a zip bomb (a few kilobytes that unpack to
gigabytes of XML, which a library then holds as a tree of many times that) before any
library unpacks it: by the total it unpacks to, and by a part that unpacks far more than
Word's XML ever does (real parts: at most some 15 times their packed size).

The sizes come from the archive's directory; Python's zipfile never unpacks a member past
the size stated there (it stops, and the checksum then fails), so they bound the memory.
"""

from __future__ import annotations

import io
import zipfile

from kamerbrieven.errors import UnreadableFile
from kamerbrieven.ingest.base import detail

MB = 2**20
MAX_MEMBERS = 10_000  # a real .docx has some tens of parts
MAX_RATIO = 100  # unpacked / packed size of one part
RATIO_FROM = 2**20  # parts smaller than this unpacked are never a danger


def check_unpacked_size(data: bytes, limit: int) -> None:
    """UnreadableFile when the archive in `data` unpacks to more than `limit` bytes.

    >>> buffer = io.BytesIO()
    >>> with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
    ...     archive.writestr("word/media/foto.jpg", b" " * 3 * MB)
    >>> check_unpacked_size(buffer.getvalue(), 2 * MB)
    Traceback (most recent call last):
    ...
    kamerbrieven.errors.UnreadableFile: uitgepakt te groot: 3.0 MB, de grens is 2 MB
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise UnreadableFile(f"Word-document is beschadigd (zip-archief: {detail(exc)})") from None
    if len(members) > MAX_MEMBERS:
        raise UnreadableFile(
            f"zip-archief met {len(members)} delen; een Word-document heeft er hooguit tientallen"
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > RATIO_FROM and ratio > MAX_RATIO:
            raise UnreadableFile(
                f"zip-bom: {member.filename} pakt {ratio:.0f} keer zo groot uit "
                f"({member.file_size / MB:.0f} MB uit {member.compress_size / 1024:.0f} kB)"
            )
    unpacked = sum(member.file_size for member in members)
    if unpacked > limit:
        raise UnreadableFile(
            f"uitgepakt te groot: {unpacked / MB:.1f} MB, de grens is {limit / MB:.0f} MB",
            hint="verhoog de grens met KAMERBRIEVEN_MAX_UNPACKED_MB",
        )
