"""`refs`, `dossier`, `topics`, `timeline` and `positions`: answers across the letters
(`kamerbrieven.insight`). The register, the meetings: `cli/insight_register.py`."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any

import typer
from rich.console import Console

from kamerbrieven.cli import insight_text as text
from kamerbrieven.cli.dutch import count
from kamerbrieven.cli.errors import handle_errors
from kamerbrieven.cli.options import DbOption, JsonOption
from kamerbrieven.cli.progress import progress_bars
from kamerbrieven.insight import Insight
from kamerbrieven.insight.periods import bound
from kamerbrieven.store import open_store

FromOption = typer.Option(None, "--from", help="Vanaf: JJJJ, JJJJ-MM of JJJJ-MM-DD.")
ToOption = typer.Option(None, "--to", help="Tot en met: JJJJ, JJJJ-MM of JJJJ-MM-DD.")


def LimitOption(default: int | None) -> Any:  # noqa: N802 - reads like the other options
    shown = f"standaard {default}; " if default else ""
    return typer.Option(default, "--limit", min=0, help=f"Hoogstens zoveel ({shown}0: alle).")


@contextmanager
def opened(db: str) -> Iterator[Insight]:
    """The insight of the store at `db` (which must exist); a long catching-up shows a bar."""
    store = open_store(db, create=False)
    try:
        with progress_bars() as report:
            yield Insight(
                store, on_progress=lambda done, total: report("inzicht bijwerken", done, total)
            )
    finally:
        store.close()


def dates(date_from: str | None, date_to: str | None) -> tuple[str | None, str | None]:
    """--from and --to as inclusive ISO days (a year or month as written is all of it)."""
    return bound(date_from), bound(date_to, end=True)


def limit_of(value: int | None) -> int | None:
    return value or None  # 0: all


def emit(
    as_json: bool,
    data: Any,
    lines: Iterable[str] = (),
    table: Any = None,
    head: Iterable[str] = (),
) -> None:
    """Print `data` as JSON, or the `head` lines, the table and the lines."""
    if as_json:
        print(json.dumps(data, ensure_ascii=False))
        return
    for line in head:
        print(line)
    if table is not None:
        Console().print(table)
    for line in lines:
        print(line)


@handle_errors
def refs_command(
    letter_id: str = typer.Argument(..., help="Het id van een stuk, bv. kst-28676-307."),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Wat een stuk aanhaalt (in de store, of het officiële adres) en wie het aanhaalt."""
    with opened(db) as insight:
        refs = insight.refs(letter_id)
    emit(as_json, refs.to_dict(), text.references_lines(refs))


@handle_errors
def dossier_command(
    number: str = typer.Argument(..., help="Dossiernummer, bv. 28676 of 21501-02."),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """De stukken van een dossier op volgorde, en de aangehaalde stukken die ontbreken."""
    with opened(db) as insight:
        found = insight.dossier(number)
    emit(as_json, found.to_dict(), text.dossier_lines(found))


@handle_errors
def topics_command(
    date_from: str | None = FromOption,
    date_to: str | None = ToOption,
    contains: str | None = typer.Option(None, help="Alleen onderwerpen met dit in de naam."),
    limit: int | None = LimitOption(50),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Onderwerpen met hun aantal brieven en de eerste en laatste datum, grootste eerst."""
    start, stop = dates(date_from, date_to)
    with opened(db) as insight:
        found = insight.topics(
            date_from=start, date_to=stop, containing=contains, limit=limit_of(limit)
        )
    lines = [count(len(found), "onderwerp", "onderwerpen")]
    emit(as_json, [t.to_dict() for t in found], lines, None if as_json else text.topic_table(found))


@handle_errors
def timeline_command(
    topic: str = typer.Argument(..., help="Onderwerp, bv. Oekraïne of 'INF-verdrag'."),
    date_from: str | None = FromOption,
    date_to: str | None = ToOption,
    limit: int | None = LimitOption(None),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """De brieven over een onderwerp op datum, met de Nederlandse standpunten en de besluiten."""
    start, stop = dates(date_from, date_to)
    with opened(db) as insight:
        found = insight.timeline(topic, date_from=start, date_to=stop, limit=limit_of(limit))
    emit(as_json, found.to_dict(), text.timeline_lines(found))


@handle_errors
def positions_command(
    topic: str | None = typer.Option(None, help="Onderwerp, bv. Oekraïne."),
    date_from: str | None = FromOption,
    date_to: str | None = ToOption,
    compare: tuple[str, str] | None = typer.Option(
        None, help="Twee perioden naast elkaar, bv. --compare 2018:2019 2021:2022."
    ),
    limit: int | None = LimitOption(None),
    db: str = DbOption,
    as_json: bool = JsonOption,
) -> None:
    """Wat Nederland zei (over een onderwerp), met brief, vergadering, datum en spreker."""
    start, stop = dates(date_from, date_to)
    with opened(db) as insight:
        if compare:
            periods = insight.compare_positions(topic, list(compare))
            emit(as_json, [p.to_dict() for p in periods], table=text.compare_table(periods))
            return
        found = insight.positions(topic=topic, date_from=start, date_to=stop, limit=limit_of(limit))
    emit(as_json, [p.to_dict() for p in found], text.position_lines(found))
