"""`show`, `list` and `stats`: read what the store holds."""

from __future__ import annotations

import json

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Column, Table

from kamerbrieven.cli.dutch import count, label
from kamerbrieven.cli.errors import fail, handle_errors
from kamerbrieven.cli.options import DbOption, JsonOption
from kamerbrieven.present.text import letter_as_text
from kamerbrieven.present.titles import display_title
from kamerbrieven.store import LetterFilter, open_store


@handle_errors
def show_command(
    letter_id: str = typer.Argument(..., help="Het id van de brief, bv. kst-28676-512."),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Toon een brief: leesbaar, of met --json het record zoals de store het bewaart."""
    store = open_store(db, create=False)
    try:
        record = store.get_record_json(letter_id)
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
    date_from: str | None = typer.Option(None, "--from", help="Vroegste datum, JJJJ-MM-DD."),
    date_to: str | None = typer.Option(None, "--to", help="Laatste datum, JJJJ-MM-DD."),
    dossier: str | None = typer.Option(None, help="Dossiernummer, bv. 28676 of 21501-02."),
    ministry: str | None = typer.Option(
        None, help="Afzendend ministerie, bv. 'Buitenlandse Zaken' of BZ."
    ),
    kind: str | None = typer.Option(None, help="brief, motie, verslag, ..."),
    limit: int | None = typer.Option(None, min=1, help="Hoogstens zoveel."),
    offset: int = typer.Option(0, min=0, help="Sla eerst zoveel over."),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Lijst van brieven, nieuwste eerst, te beperken op datum, dossier, ministerie en soort."""
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
        Column("titel", overflow="fold"),  # wrapped at a word, never cut
    )
    for row in rows:
        title = display_title(row.title, row.kind, row.dossier_title, row.date)
        table.add_row(
            row.id, row.date or "", label(row.kind), ", ".join(row.senders), escape(title)
        )
    Console().print(table)
    print(count(len(rows), "brief", "brieven"))


@handle_errors
def stats_command(db: str = DbOption, as_json: bool = JsonOption) -> None:
    """Tellingen: brieven, data, soorten, ministeries, verwijzingen, uitspraken."""
    store = open_store(db, create=False)
    try:
        stats = store.stats()
    finally:
        store.close()
    if as_json:
        print(json.dumps(stats, ensure_ascii=False))
        return
    span = f"{stats['first_date'] or '?'} .. {stats['last_date'] or '?'}"
    print(
        f"{count(stats['letters'], 'brief', 'brieven')} ({span}, {stats['undated']} zonder datum)"
    )
    for key, heading in (
        ("kinds", "soorten"),
        ("ministries", "ministeries"),
        ("references", "verwijzingen"),
        ("statements", "uitspraken"),
        ("years", "jaren"),
    ):
        parts = ", ".join(f"{label(k)}: {v}" for k, v in stats[key].items())
        print(f"{heading}: {parts or '-'}")
    names = stats.get("entity_names", {})
    parts = ", ".join(
        f"{label(k)}: {v} vermeldingen, {names.get(k, 0)} namen"
        for k, v in stats["entities"].items()
    )
    print(f"genoemd: {parts or '-'}")
    print(f"waarschuwingen: {stats['warnings']}")


def _is_iso_date(value: str) -> bool:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True
