"""read_letter: a RawDocument in, a Letter with clean text, structure and metadata out.

Text layout of the result: the body starts at the salutation (or the first paragraph
when there is none); header lines that are metadata (number, kind line, chamber, year,
dossier, addressee, place and date, subject, letterhead) are not in the text. The
closing (greeting, signature blocks, one paragraph a line) stays at the end of the text,
after the last section, so the signers can be found in the text too. Paragraphs are
separated by a blank line; footnote markers are ``[n]``.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NamedTuple

from kamerbrieven.clean import CleanLines, clean_lines
from kamerbrieven.clean.footnotes import mark_footnotes
from kamerbrieven.clean.pages import PAGE_BREAK
from kamerbrieven.clean.paragraphs import build_paragraphs
from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.nl.ministries import ministries_in
from kamerbrieven.parse.dates import iso_date
from kamerbrieven.parse.header import Header, read_header, split_run_together
from kamerbrieven.parse.kind import guess_kind, questions_answered
from kamerbrieven.parse.official_id import official_id
from kamerbrieven.parse.sections import assemble, is_title
from kamerbrieven.parse.signature import Closing, find_closing, split_signature_lines
from kamerbrieven.record import (
    METADATA_FIELDS,
    DateMention,
    Footnote,
    Letter,
    Section,
    Signatory,
)

# Aanhangsel: "Antwoord van Minister Hermans (Klimaat en Groene Groei) (ontvangen 23 juli 2024)."
_ANSWER = re.compile(
    # "Mededeling van Minister De Jonge (...)": questions answered by a letter elsewhere
    r"(?:^|\s)(?:Antwoord(?:en)?|Mededeling) van (?:de )?"
    r"(?P<role>minister(?:-president)?|staatssecretaris)\s+"
    r"(?P<name>[^()]+?)\s*\((?P<post>[^)]*)\)(?P<rest>.*)$",
    re.IGNORECASE,
)


def _addressee(header: Header) -> str | None:
    if header.addressee:
        return header.addressee
    if header.salutation:
        whom = header.salutation
        return whom[:1].upper() + whom[1:]  # "Geachte voorzitter," -> "Voorzitter"
    return None


def _on_paper(header: Header) -> bool:
    """A letter on ministry paper: a ministry's letterhead, or written to the chamber
    ("Aan: de Voorzitter van de Eerste Kamer"); a note to a minister is not one."""
    to_chamber = re.search(r"\b(?:Voorzitter|Kamer)\b", header.addressee or "")
    return not header.kind_line and bool(header.ministries or to_chamber)


# A date under the text, where a Koninklijke boodschap or an old letter puts it:
# "’s-Gravenhage, 16 oktober 2023 Willem-Alexander"
_CLOSING_DATE = re.compile(
    r"(?:^|(?<=[.!?]\s))(?:Den Haag|[’']s-Gravenhage),?\s+(?P<date>\d{1,2}\s+[a-z]+\s+\d{4})\b"
)


def _closing_date(paragraphs: list[str]) -> str | None:
    for paragraph in reversed(paragraphs):
        if match := _CLOSING_DATE.search(paragraph):
            return iso_date(match.group("date"))
    return None


# The opening sentence of a cover letter names what it hands over: "Hierbij bieden wij uw
# Kamer ... de geannoteerde agenda aan van de Raad Justitie en Binnenlandse Zaken"
_HANDS_OVER = re.compile(
    r"^(?:Hierbij|Bijgaand|Met deze brief)\b[^.]{0,160}?\b(?P<what>geannoteerde agenda"
    r"|verslag van de\s+(?:[\w-]+\s+){0,3}?(?:[Rr]aad|bijeenkomst|[Tt]op|vergadering)\b)",
    re.IGNORECASE,
)


def _handed_over(paragraphs: list[str]) -> str | None:
    """What the first paragraph says the letter hands over, as a title to take the kind
    from (see `guess_kind`): "geannoteerde agenda", "verslag van de Raad ..."."""
    for paragraph in paragraphs[:2]:
        if match := _HANDS_OVER.match(paragraph):
            what = match.group("what")
            return what[:1].upper() + what[1:]
    return None


def _answer(paragraphs: list[str]) -> tuple[re.Match[str] | None, str | None]:
    for paragraph in paragraphs[:6]:
        match = _ANSWER.search(paragraph)
        if match:
            return match, iso_date(match.group("rest"))
    return None, None


def _norm(value: Any) -> Any:
    if isinstance(value, str):
        folded = unicodedata.normalize("NFKC", value).lower()
        return re.sub(r"[\s.]+", " ", folded).strip()
    if isinstance(value, (list, tuple)):
        return [_norm(v) for v in value]
    if isinstance(value, Signatory):
        return _norm(value.name)
    if isinstance(value, dict):
        return _norm(value.get("name", ""))
    return value


def _apply_metadata(values: dict[str, Any], metadata: dict[str, Any], warnings: list[str]) -> None:
    """Official metadata wins; say so when the text said otherwise."""
    for key in METADATA_FIELDS:
        given = metadata.get(key)
        if given is None or given in ("", [], ()):
            continue
        if key == "signatories":
            given = tuple(
                s if isinstance(s, Signatory) else Signatory(s["name"], s.get("function"))
                for s in given
            )
        elif key == "senders":
            given = tuple(given)
        elif key == "number":
            given = int(given)
        elif key == "dossier":
            given = re.sub(r"[\s.]", "", str(given))
        read = values.get(key)
        unknown = key == "kind" and read == "other"  # the text named no kind: no disagreement
        if read not in (None, "", (), []) and not unknown and _norm(read) != _norm(given):
            warnings.append(f"metadata en tekst verschillen over {key}: {given!r} / {read!r}")
        values[key] = given


def read_letter(raw: RawDocument, cleaned: CleanLines | None = None) -> Letter:
    """Structure one document from its clean lines (cleaned here when not given).

    >>> from kamerbrieven.record import Source
    >>> raw = RawDocument(Source("x.txt", "ab" * 32, "text"), "Geachte voorzitter,\\n\\n"
    ...     "Hierbij ontvangt u het verslag.\\n\\nDe minister van Defensie,\\n\\nA. Naam\\n")
    >>> letter = read_letter(raw)
    >>> letter.kind, letter.senders, letter.text.split("\\n\\n")[1]
    ('brief', ('Defensie',), 'Hierbij ontvangt u het verslag.')
    """
    cleaned = cleaned or clean_lines(raw)
    lines, footnotes = split_run_together(list(cleaned.lines)), list(cleaned.footnotes)
    header = read_header(lines)
    body = _read_body(raw, without_side_column(lines[header.body_start :], header), footnotes)
    warnings = [*raw.warnings, *header.warnings, *body.warnings]
    answer, answer_date = _answer(body.paragraphs)
    values = _values(header, body, answer, answer_date)
    _apply_metadata(values, raw.metadata, warnings)
    document_id = official_id(values, header, raw.text, raw.metadata, raw.source.sha256)
    if values["date"] is None:
        warnings.append("geen datum gevonden")
    if values["kind"] in ("brief", "antwoorden kamervragen") and not (
        values["signatories"] or answer
    ):
        warnings.append("handtekening niet herkend")
    if not body.text.strip():
        warnings.append("geen tekst gevonden")
    return Letter(
        id=document_id,
        source=raw.source,
        text=body.text,
        sections=tuple(body.sections),
        footnotes=tuple(body.footnotes),
        dates=_header_dates(header),
        warnings=tuple(dict.fromkeys(warnings)),
        **values,
    )


class _Body(NamedTuple):
    """The body under the header: its paragraphs (footnote markers in), the closing, the
    title of an annex after it, the assembled text and sections, and what went wrong."""

    paragraphs: list[str]
    closing: Closing
    closing_paragraphs: list[str]
    annex_title: str | None
    text: str
    sections: list[Section]
    footnotes: list[Footnote]
    warnings: list[str]


# Labels of a letterhead's side column that stand alone beside the body of a later page
_SIDE_LABELS = re.compile(
    r"^(?:Ons kenmerk|Uw kenmerk|Onze referentie|Uw brief|Datum|Bijlage\(?n?\)?|Kenmerk)\s*:?$"
)


def without_side_column(lines: list[str], header: Header) -> list[str]:
    """The body lines without the letterhead's side column that a PDF tool printed again
    beside the text of later pages ("Ons kenmerk" / "DGBI / 26844711", the ministry's
    name); a line so removed leaves no gap, so the paragraph it cut goes on.

    >>> h = Header(side_column=["Ons kenmerk", "DGBI / 26844711"])
    >>> without_side_column(["Dit is", "Ons kenmerk", "DGBI / 26844711", "een zin."], h)
    ['Dit is', 'een zin.']
    """
    if not header.side_column:
        return lines
    side = {" ".join(line.split()).lower() for line in header.side_column}
    kept: list[str] = []
    after_label = False  # the next line may be the label's value ("DGBI / 26844711")
    for line in lines:
        bare = line.strip()
        if not bare:
            kept.append(line)
            continue
        if after_label and len(bare) <= 40 and re.search(r"\d", bare):
            after_label = False
            continue  # a reference under its label, shortened on later pages
        after_label = bool(_SIDE_LABELS.match(bare))
        if after_label or " ".join(bare.split()).lower() in side:
            continue
        kept.append(line)
    return kept


def _read_body(raw: RawDocument, lines: list[str], footnotes: list[Footnote]) -> _Body:
    """Paragraphs, closing and sections of the lines under the header."""
    body_lines = split_signature_lines(lines)
    closing = find_closing(body_lines) or Closing(start=len(body_lines))
    if closing.stop is not None:  # the last page's notes under the signature
        body_lines = body_lines[: closing.stop]
        footnotes = [*footnotes, *(Footnote(mark, text) for mark, text in closing.notes)]
    warnings = list(closing.warnings)
    reflow = raw.layout == "lines"
    end = len(body_lines) if closing.end is None else closing.end
    # an annex after a closing mid-text stays in the body; the closing goes to the end
    body = build_paragraphs(body_lines[: closing.start] + [""] + body_lines[end:], reflow=reflow)
    annex = None  # index of the annex's first paragraph: its title
    if closing.end is not None and end < len(body_lines):
        annex = len(build_paragraphs(body_lines[: closing.start], reflow=reflow))
        annex = annex if annex < len(body) else None
    closing_paragraphs = [
        line for line in body_lines[closing.start : end] if line and line != PAGE_BREAK
    ]
    footnotes = [*footnotes, *raw.footnotes]
    # markers before offsets: "[1]" is longer than the "1" it replaces
    marked, missing = mark_footnotes(
        "\n\n".join(body), [f.mark for f in footnotes], {f.mark: f.text for f in footnotes}
    )
    body = marked.split("\n\n") if body else body
    if missing and raw.layout == "lines":
        warnings.append("voetnoottekens niet gevonden in de tekst: " + ", ".join(missing))
    # the annex after a cover letter opens with its title: "Verslag van de Raad Algemene
    # Zaken en Externe Betrekkingen van 23–24 februari 2004" (kst-21501-02-529)
    annex_title = body[annex] if annex is not None and is_title(body[annex]) else None
    titled = {annex} if annex is not None and annex_title else set()
    text, sections = assemble(body, closing_paragraphs, titled)
    return _Body(
        body, closing, closing_paragraphs, annex_title, text, sections, footnotes, warnings
    )


def _senders(header: Header, closing: Closing, answer: re.Match[str] | None) -> list[str]:
    """The ministries that send it: named in the kind line, the letterhead, the answer
    line of an Aanhangsel, the signatories' functions, "mede namens" lines."""
    senders = ministries_in(header.kind_line or "")
    senders += [m for m in header.ministries if m not in senders]
    if answer:
        # the answering minister names the sender; an Aanhangsel answer is not signed, so
        # no signatory (dev-set convention, ah-tk-20222023-3649, ah-tk-20232024-387)
        post = answer.group("post")
        role = answer.group("role").capitalize()
        senders += [m for m in ministries_in(f"{role} van {post}") if m not in senders]
        # "..., mede namens de Staatssecretarissen van VWS en van JenV (ontvangen ...)"
        on_behalf = re.match(r"[\s,]*mede\s+namens\b[^()]*", answer.group("rest"), re.IGNORECASE)
        if on_behalf:
            senders += [m for m in ministries_in(on_behalf.group(0)) if m not in senders]
    for signatory in closing.signatories:
        for ministry in ministries_in(signatory.function or ""):
            if ministry not in senders:
                senders.append(ministry)
    for line in closing.on_behalf:
        senders += [m for m in ministries_in(line) if m not in senders]
    return senders


def _values(
    header: Header, body: _Body, answer: re.Match[str] | None, answer_date: str | None
) -> dict[str, Any]:
    """The record's metadata fields as the text gives them."""
    signatories = tuple(body.closing.signatories)
    minister_signed = any(
        re.search(r"minister|staatssecretaris", s.function or "", re.IGNORECASE)
        for s in signatories
    )
    paragraphs = body.paragraphs
    kind = guess_kind(
        header.kind_line,
        header.title or header.page_title,
        answer and answer.group(0),
        header.salutation,
        minister_signed,
        annex_title=body.annex_title or _handed_over(paragraphs),
        on_paper=_on_paper(header),
        questions_answered=questions_answered(paragraphs),
    )
    closing_date = _closing_date(paragraphs[-4:] + body.closing_paragraphs)
    return {
        "kind": kind,
        "dossier": header.dossier,
        "dossier_title": header.dossier_title,
        "number": header.number,
        "date": header.date or answer_date or closing_date,
        "title": header.title or header.page_title,
        "senders": tuple(_senders(header, body.closing, answer)),
        "addressee": _addressee(header),
        "signatories": signatories,
    }


def _header_dates(header: Header) -> tuple[DateMention, ...]:
    """Dates the header names besides the letter's own, outside the text (span (0, 0)):
    the day the questions were asked. The extract step keeps them."""
    if not header.asked:
        return ()
    asked = iso_date(header.asked)
    return (DateMention(header.asked, asked, (0, 0)),) if asked else ()
