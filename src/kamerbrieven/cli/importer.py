"""`kamerbrieven import FILE`: the records of an export (JSON Lines) into a store and its
index; `-` reads standard input."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import typer

from kamerbrieven.cli.dutch import count
from kamerbrieven.cli.errors import EXIT_REFUSED, fail, handle_errors
from kamerbrieven.cli.options import DbOption, IndexOption, JsonOption
from kamerbrieven.cli.progress import progress_bars
from kamerbrieven.importing import import_lines
from kamerbrieven.knowledge_base import open_knowledge_base


@handle_errors
def import_command(
    source: str = typer.Argument(
        ..., help="Een bestand van `kamerbrieven export --format jsonl`, of - voor stdin."
    ),
    db: str = DbOption,
    index: str | None = IndexOption,
    as_json: bool = JsonOption,
) -> None:
    """Lees de records van een export (JSON Lines) in een store: ze komen er gelijk in."""
    if source != "-" and not Path(source).is_file():
        raise fail(f"{source}: bestand bestaat niet", "geef het bestand dat export schreef")
    with open_knowledge_base(db, index) as kb, progress_bars() as report:
        kb.on_progress = report
        lines = _lines(source)
        result = import_lines(kb, lines, lambda n: report("importeren", n, None))
    if as_json:
        print(json.dumps(result.to_dict(), ensure_ascii=False))
    else:
        for failure in result.failures:
            print(f"kamerbrieven: geweigerd: {failure}", file=sys.stderr)
        print(
            f"{count(result.added + result.updated + result.unchanged, 'record', 'records')} "
            f"in {result.seconds:.1f} s: {result.added} nieuw, {result.updated} bijgewerkt, "
            f"{result.unchanged} ongewijzigd, {len(result.failures)} geweigerd -> {db}"
        )
    if result.failures:
        raise typer.Exit(EXIT_REFUSED)


def _lines(source: str) -> Iterator[str]:
    """The file's lines, read as UTF-8 (what export writes); a byte that is not is replaced,
    so that line is refused as no JSON rather than the whole file."""
    if source == "-":
        yield from sys.stdin
        return
    with open(source, encoding="utf-8", errors="replace") as lines:
        yield from lines
