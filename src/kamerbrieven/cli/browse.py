"""`show`, `list` and `stats`: read what the store holds."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.table import Column, Table

from kamerbrieven.cli.errors import fail, handle_errors
from kamerbrieven.cli.options import DbOption, JsonOption
from kamerbrieven.present.text import letter_as_text
from kamerbrieven.store import LetterFilter, open_store


@handle_errors
def show_command(
    letter_id: str = typer.Argument(..., help="The letter's id, e.g. kst-28676-307."),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Print one letter: readable text, or with --json the record exactly as `parse` gave it."""
    store = open_store(db, create=False)
    try:
        record = store.get_record_json(letter_id)  # type: ignore[attr-defined]
        if record is None:
            raise fail(f"geen brief met id {letter_id} in {db}", "`kamerbrieven list` toont de ids")
        if as_json:
            print(record)
        else:
            letter = store.get(letter_id)
            assert letter is not None
            print(letter_as_text(letter))
    finally:
        store.close()


@handle_errors
def list_command(
    date_from: str | None = typer.Option(None, "--from", help="Earliest date, YYYY-MM-DD."),
    date_to: str | None = typer.Option(None, "--to", help="Latest date, YYYY-MM-DD."),
    dossier: str | None = typer.Option(None, help="Dossier number, e.g. 28676 or 21501-02."),
    ministry: str | None = typer.Option(None, help="Sending ministry, e.g. 'Buitenlandse Zaken'."),
    kind: str | None = typer.Option(None, help="brief, motie, verslag, ..."),
    limit: int | None = typer.Option(None, min=1, help="At most this many."),
    offset: int = typer.Option(0, min=0, help="Skip this many first."),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """List letters, newest first, narrowed by date range, dossier, ministry and kind."""
    for value, name in ((date_from, "--from"), (date_to, "--to")):
        if value and not _is_iso_date(value):
            raise fail(f"{name} {value!r} is geen datum", "schrijf JJJJ-MM-DD, bv. 2018-12-12", 2)
    store = open_store(db, create=False)
    try:
        rows = store.list_letters(
            LetterFilter(date_from, date_to, dossier, ministry, kind, limit, offset)
        )
    finally:
        store.close()
    if as_json:
        print(json.dumps([row.to_dict() for row in rows], ensure_ascii=False))
        return
    # ids and dates are looked up and copied whole: never wrapped or cut
    widest = max((len(row.id) for row in rows), default=2)
    table = Table(
        Column("id", no_wrap=True, min_width=widest),
        Column("datum", no_wrap=True, min_width=10),
        "soort",
        "ministerie",
        "titel",
    )
    for row in rows:
        table.add_row(
            row.id, row.date or "", row.kind, ", ".join(row.senders), (row.title or "")[:70]
        )
    Console().print(table)
    print(f"{len(rows)} brieven")


@handle_errors
def stats_command(db: str = DbOption, as_json: bool = JsonOption) -> None:
    """Counts: letters, dates, kinds, ministries, references, statements."""
    store = open_store(db, create=False)
    try:
        stats = store.stats()
    finally:
        store.close()
    if as_json:
        print(json.dumps(stats, ensure_ascii=False))
        return
    span = f"{stats['first_date'] or '?'} .. {stats['last_date'] or '?'}"
    print(f"brieven: {stats['letters']} ({span}, {stats['undated']} zonder datum)")
    for key, label in (
        ("kinds", "soorten"),
        ("ministries", "ministeries"),
        ("references", "verwijzingen"),
        ("statements", "uitspraken"),
        ("entities", "entiteiten"),
        ("years", "jaren"),
    ):
        parts = ", ".join(f"{k}: {v}" for k, v in stats[key].items())
        print(f"{label}: {parts or '-'}")
    print(f"waarschuwingen: {stats['warnings']}")


def _is_iso_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
