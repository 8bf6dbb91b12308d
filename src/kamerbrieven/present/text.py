"""A letter as readable text: its metadata, the clean body, its footnotes, and what the
reader found in it (citations with their targets, people, countries, meetings, statements),
as `--json` has them."""

from __future__ import annotations

from kamerbrieven.present.titles import display_title, dutch_date
from kamerbrieven.record import Letter

# Statement kinds and entity types as a reader says them.
_STATEMENT_WORDS = {"position": "standpunt", "decision": "besluit", "commitment": "toezegging"}


def letter_as_text(letter: Letter) -> str:
    """Metadata lines, a blank line, the body, the footnotes, then what was found.

    >>> from kamerbrieven.record import Letter, Source
    >>> letter = Letter(id="sha-1", source=Source("a.txt", "1", "text"), text="Hallo.")
    >>> print(letter_as_text(letter))
    id:        sha-1
    titel:     Stuk
    bron:      a.txt (text)
    soort:     overig
    <BLANKLINE>
    Hallo.
    """
    fields = [
        ("id", letter.id),
        ("titel", display_title(letter.title, letter.kind, letter.dossier_title, letter.date)),
        ("bron", f"{letter.source.path} ({letter.source.format})"),
        ("ook in", ", ".join(s.path for s in letter.sources[1:])),
        ("soort", "overig" if letter.kind == "other" else letter.kind),
        ("dossier", " ".join(x for x in (letter.dossier, letter.dossier_title) if x)),
        ("nummer", letter.number),
        ("datum", dutch_date(letter.date)),
        ("onderwerp", letter.title),
        ("afzender", ", ".join(letter.senders)),
        ("aan", letter.addressee),
        (
            "getekend",
            "; ".join(
                f"{s.name} ({s.function})" if s.function else s.name for s in letter.signatories
            ),
        ),
    ]
    lines = [f"{label + ':':<10} {value}" for label, value in fields if value not in (None, "")]
    lines += [f"{'let op:':<10} {warning}" for warning in letter.warnings]
    lines += ["", letter.text.strip()]
    if letter.footnotes:
        lines += ["", "---"] + [f"[{f.mark}] {f.text}" for f in letter.footnotes]
    lines += _found(letter)
    return "\n".join(lines)


def _found(letter: Letter) -> list[str]:
    """What the reader found, one block per kind, each only when there is something."""
    blocks: list[tuple[str, list[str]]] = [
        (
            "Verwijzingen",
            [f"{r.raw} -> {r.target_id}" if r.target_id else r.raw for r in letter.references],
        ),
        ("Personen", _people(letter)),
        ("Landen", sorted({e.name for e in letter.entities if e.type == "country"})),
        (
            "Vergaderingen",
            [
                " ".join(x for x in (m.body or "?", _days(m.dates), m.location or "") if x)
                for m in letter.meetings
            ],
        ),
        ("Uitspraken", [_statement(s.kind, s.actor, s.text) for s in letter.statements]),
    ]
    lines: list[str] = []
    for heading, items in blocks:
        items = [item for item in items if item]
        if not items:
            continue
        lines += ["", f"== {heading} ({len(items)})"]
        # names on one line; sentences and citations one a line
        lines += [", ".join(items)] if heading == "Landen" else [f"- {item}" for item in items]
    return lines


def _people(letter: Letter) -> list[str]:
    seen: dict[str, str] = {}
    for entity in letter.entities:
        if entity.type == "person" and entity.name not in seen:
            extra = ", ".join(x for x in (entity.role, entity.party) if x)
            seen[entity.name] = f"{entity.name} ({extra})" if extra else entity.name
    return list(seen.values())


def _days(dates: tuple[str, ...]) -> str:
    if not dates:
        return ""
    if len(dates) == 1:
        return dutch_date(dates[0])
    return f"{dutch_date(dates[0])} t/m {dutch_date(dates[-1])}"


def _statement(kind: str, actor: str | None, text: str) -> str:
    who = f" ({actor})" if actor else ""
    return f"{_STATEMENT_WORDS.get(kind, kind)}{who}: {' '.join(text.split())}"
