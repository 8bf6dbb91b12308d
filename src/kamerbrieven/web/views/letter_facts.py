"""What a letter's page lists beside its text: metadata rows, and what the reader found
(citations with where they lead, people, countries, meetings, statements)."""

from __future__ import annotations

from dataclasses import dataclass

from kamerbrieven.present.titles import dutch_date
from kamerbrieven.record import Letter
from kamerbrieven.web.views.citations import citation_url
from kamerbrieven.web.views.words import REFERENCE_WORDS, STATEMENT_WORDS, kind_word


@dataclass(frozen=True)
class Citation:
    raw: str
    kind: str
    target_id: str | None
    url: str | None
    in_store: bool


@dataclass(frozen=True)
class StatementRow:
    kind: str  # standpunt, besluit, toezegging
    actor: str | None
    text: str
    deadline: str | None


@dataclass(frozen=True)
class LetterFacts:
    metadata: list[tuple[str, str]]  # label, value (plain text, escaped by the template)
    citations: list[Citation]
    people: list[str]
    countries: list[str]
    meetings: list[str]
    statements: list[StatementRow]


def facts(letter: Letter, known: frozenset[str]) -> LetterFacts:
    return LetterFacts(
        _metadata(letter),
        [
            Citation(
                ref.raw,
                REFERENCE_WORDS.get(ref.type, ref.type),
                ref.target_id,
                citation_url(ref.target_id, ref.target_id in known),
                ref.target_id in known,
            )
            for ref in letter.references
        ],
        _people(letter),
        sorted({e.name for e in letter.entities if e.type == "country"}),
        [_meeting(m.body, m.dates, m.location) for m in letter.meetings],
        [
            StatementRow(
                STATEMENT_WORDS.get(s.kind, s.kind),
                s.actor,
                " ".join(s.text.split()),
                s.deadline.text if s.deadline else None,
            )
            for s in letter.statements
        ],
    )


def _metadata(letter: Letter) -> list[tuple[str, str]]:
    signed = "; ".join(
        f"{s.name} ({s.function})" if s.function else s.name for s in letter.signatories
    )
    rows = [
        ("Id", letter.id),
        ("Soort", kind_word(letter.kind)),
        ("Datum", dutch_date(letter.date)),
        ("Onderwerp", letter.title or ""),
        ("Nummer", "" if letter.number is None else str(letter.number)),
        ("Afzender", ", ".join(letter.senders)),
        ("Aan", letter.addressee or ""),
        ("Ondertekend", signed),
    ]
    return [(label, value) for label, value in rows if value]


def _people(letter: Letter) -> list[str]:
    seen: dict[str, str] = {}
    for entity in letter.entities:
        if entity.type == "person" and entity.name not in seen:
            extra = ", ".join(x for x in (entity.role, entity.party) if x)
            seen[entity.name] = f"{entity.name} ({extra})" if extra else entity.name
    return list(seen.values())


def _meeting(body: str | None, dates: tuple[str, ...], location: str | None) -> str:
    """A meeting in one line: body, days, place.

    >>> _meeting("NAVO-Raad", ("2021-04-14",), "Brussel")
    'NAVO-Raad, 14 april 2021, Brussel'
    """
    when = " t/m ".join(dutch_date(d) for d in (dates[:1] + dates[1:][-1:]))
    return ", ".join(x for x in (body or "vergadering", when, location) if x)
