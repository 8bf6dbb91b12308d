"""A letter's page (metadata, text by section with a table of contents, footnotes, what was
found marked in the text, citations linked) and the download of its original files."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path
from urllib.parse import quote

from fastapi import APIRouter, Request
from starlette.responses import HTMLResponse, Response

from kamerbrieven.knowledge_base import KnowledgeBase
from kamerbrieven.present.titles import display_title
from kamerbrieven.record import Letter, SourceFile
from kamerbrieven.web import lookups
from kamerbrieven.web.api.params import LetterIdParam, checked_letter_id, pool_of
from kamerbrieven.web.errors import NotFound
from kamerbrieven.web.render import page
from kamerbrieven.web.security import DOWNLOAD_POLICY
from kamerbrieven.web.views.letter_facts import facts
from kamerbrieven.web.views.marked_text import marked_letter

router = APIRouter(include_in_schema=False)

# Served as what they are, always as an attachment: an original HTML file is not a page of
# this site (its scripts would run in the site's name), so it is plain bytes too.
_MEDIA_TYPES = {
    "pdf": "application/pdf",
    "xml": "application/xml",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "text": "text/plain",
}


@router.get("/brieven/{letter_id}", response_class=HTMLResponse)
async def letter_page(request: Request, letter_id: str = LetterIdParam) -> HTMLResponse:
    checked = checked_letter_id(letter_id)
    found = await pool_of(request).run(lambda kb: lookups.letter_page(kb, checked))
    if found is None:
        raise NotFound(f"geen brief met id {letter_id!r}", "zoek de brief op")
    letter = found.letter
    context = {
        "title": display_title(letter.title, letter.kind, letter.dossier_title, letter.date),
        "query": "",
        "letter": letter,
        "facts": facts(letter, found.known),
        "marked": marked_letter(letter, found.known.__contains__),
        "cited_by": lookups.listed_from_hits(found.cited_by),
        "cited_by_total": found.cited_by.total,
        "cited_by_query": lookups.cited_by_query(letter.id),
        "official_url": found.official_url,
        "sources": _sources(letter),
    }
    return page("letter.html", context)


def _sources(letter: Letter) -> list[SourceFile]:
    if letter.sources:
        return list(letter.sources)
    source = letter.source
    return [SourceFile(source.path, source.sha256, source.format)]


@router.get("/brieven/{letter_id}/bestand/{number}")
async def original_file(request: Request, number: int, letter_id: str = LetterIdParam) -> Response:
    """The n-th original file of a letter (0: the one its record is read from).

    Only a file the store lists as the letter's source is served, and only while its bytes
    are still the ones that were read (same sha256): no path ever comes from the request.
    """
    checked = checked_letter_id(letter_id)

    def lookup(kb: KnowledgeBase) -> Letter | None:
        return kb.get(checked)

    letter = await pool_of(request).run(lookup)
    sources = _sources(letter) if letter is not None else []
    if letter is None or not 0 <= number < len(sources):
        raise NotFound(f"geen bestand {number} bij brief {letter_id!r}")
    source = sources[number]
    limit = pool_of(request).max_file_bytes
    data = _read_original(Path(source.path), source.sha256, limit)
    name = Path(source.path).name
    return Response(
        data,
        media_type=_MEDIA_TYPES.get(source.format, "application/octet-stream"),
        headers={
            "Content-Disposition": _attachment(name),
            "Content-Security-Policy": DOWNLOAD_POLICY,
        },
    )


def _read_original(path: Path, sha256: str, limit: int) -> bytes:
    try:
        if not path.is_file() or path.stat().st_size > limit:
            raise NotFound(f"het bestand {path.name} is er niet meer")
        data = path.read_bytes()
    except OSError:
        raise NotFound(f"het bestand {path.name} is niet te lezen") from None
    if hashlib.sha256(data).hexdigest() != sha256:
        raise NotFound(
            f"het bestand {path.name} is veranderd sinds het werd ingelezen",
            "lees het opnieuw in met kamerbrieven ingest",
        )
    return data


def _attachment(name: str) -> str:
    """A Content-Disposition that no file name can break out of.

    >>> _attachment('brief "1".pdf')
    'attachment; filename="brief__1_.pdf"; filename*=UTF-8\\'\\'brief%20%221%22.pdf'
    """
    plain = re.sub(r"[^A-Za-z0-9._-]", "_", name)[:120] or "bestand"
    return f"attachment; filename=\"{plain}\"; filename*=UTF-8''{quote(name, safe='')}"
