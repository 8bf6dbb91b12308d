"""`kamerbrieven export`: the whole store as JSON Lines, CSV or Parquet."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from enum import StrEnum
from pathlib import Path

import typer

from kamerbrieven.cli.dutch import count
from kamerbrieven.cli.errors import fail, handle_errors
from kamerbrieven.cli.options import DbOption
from kamerbrieven.cli.progress import progress_bars
from kamerbrieven.export import export
from kamerbrieven.record import Letter
from kamerbrieven.store import open_store


class ExportFormat(StrEnum):
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"


@handle_errors
def export_command(
    export_format: ExportFormat = typer.Option(
        ExportFormat.jsonl, "--format", "-f", help="jsonl, csv of parquet."
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Bestand om te schrijven (standaard: stdout)."
    ),
    db: str = DbOption,
) -> None:
    """Schrijf het volledige record van elke brief; elk formaat leest terug zonder verlies."""
    if export_format is ExportFormat.parquet and output is None:
        raise fail(
            "Parquet is binair en heeft een bestand nodig", "geef --output brieven.parquet", 2
        )
    store = open_store(db, create=False)
    try:
        with progress_bars() as report:
            total = store.count()
            letters = _counted(store.iter_letters(), lambda n: report("exporteren", n, total))
            written = export(letters, export_format.value, output)
    finally:
        store.close()
    if output is not None:
        print(f"{count(written, 'brief', 'brieven')} -> {output}", file=sys.stderr)


def _counted(letters: Iterator[Letter], report: Callable[[int], None]) -> Iterator[Letter]:
    for n, letter in enumerate(letters, start=1):
        if n % 200 == 0:
            report(n)
        yield letter
