"""`commitments`, `meetings` and `meeting ID`: the commitments register, and the meetings
the letters prepare and report on, with per agenda item intention beside outcome."""

from __future__ import annotations

from datetime import date

import typer

from kamerbrieven.cli import insight_text as text
from kamerbrieven.cli.errors import fail, handle_errors
from kamerbrieven.cli.insight import (
    FromOption,
    LimitOption,
    ToOption,
    dates,
    emit,
    limit_of,
    opened,
)
from kamerbrieven.cli.options import DbOption, JsonOption
from kamerbrieven.insight import RegisterFilter

# the statuses as a user may write them, in English (as --json gives them) or Dutch
STATUSES = {"kept": "kept", "open": "open", "overdue": "overdue"} | {
    dutch: status for status, dutch in text.STATUS_WORDS.items()
}


@handle_errors
def commitments_command(
    ministry: str | None = typer.Option(None, help="Ministerie, bv. 'Buitenlandse Zaken' of BZ."),
    dossier: str | None = typer.Option(None, help="Dossiernummer, bv. 28676."),
    status: str | None = typer.Option(None, help="kept (nagekomen), open, of overdue (verlopen)."),
    date_from: str | None = FromOption,
    date_to: str | None = ToOption,
    today: str | None = typer.Option(
        None, help="De datum waartegen termijnen verlopen (standaard vandaag), JJJJ-MM-DD."
    ),
    limit: int | None = LimitOption(100),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Het register van toezeggingen: brief, datum, tekst, onderwerp, termijn en status
    (nagekomen, met het bewijs; open; verlopen)."""
    if status is not None and status.lower() not in STATUSES:
        raise fail(f"onbekende status {status!r}", "kies kept, open of overdue", 2)
    start, stop = dates(date_from, date_to)
    where = RegisterFilter(
        ministry,
        dossier,
        STATUSES[status.lower()] if status else None,
        start,
        stop,
        _day(today),
    )
    with opened(db) as insight:
        found = insight.commitments(where, limit=limit_of(limit))
        counts = None if as_json else insight.commitment_counts(where)
    emit(as_json, [c.to_dict() for c in found], text.commitment_lines(found, counts or {}))


@handle_errors
def meetings_command(
    date_from: str | None = FromOption,
    date_to: str | None = ToOption,
    body: str | None = typer.Option(None, help="Alleen dit orgaan, bv. 'Raad Buitenlandse Zaken'."),
    limit: int | None = LimitOption(50),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Vergaderingen (raden, toppen) waarover brieven gaan, nieuwste eerst, met hun
    geannoteerde agenda en verslag."""
    start, stop = dates(date_from, date_to)
    with opened(db) as insight:
        found = insight.meetings(date_from=start, date_to=stop, body=body, limit=limit_of(limit))
    emit(as_json, [m.to_dict() for m in found], text.meeting_lines(found))


@handle_errors
def meeting_command(
    meeting_id: str = typer.Argument(..., help="Id van de vergadering, bv. navo-raad-2018-12-04."),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Eén vergadering: per agendapunt de inzet uit de geannoteerde agenda naast de uitkomst
    uit het verslag."""
    with opened(db) as insight:
        detail = insight.meeting(meeting_id)
    head = list(text.meeting_lines([detail.summary]))[:-1]  # without "1 vergadering"
    table = None if as_json else text.meeting_table(detail)
    emit(as_json, detail.to_dict(), table=table, head=head)


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise fail(f"--today {value!r} is geen datum", "schrijf JJJJ-MM-DD", 2) from None
