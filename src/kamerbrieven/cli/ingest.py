"""`kamerbrieven ingest PATH...`: files, folders and globs into the store and its index."""

from __future__ import annotations

import json
import signal
import sys
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from kamerbrieven.cli.dutch import count
from kamerbrieven.cli.errors import EXIT_INTERRUPTED, EXIT_REFUSED, handle_errors
from kamerbrieven.cli.options import DbOption, IndexOption, JsonOption
from kamerbrieven.knowledge_base import IngestReport, KnowledgeBase, open_knowledge_base
from kamerbrieven.settings import from_env


@handle_errors
def ingest_command(
    paths: list[str] = typer.Argument(
        ..., help="Bestanden, mappen (met submappen) of patronen als 'brieven/*.pdf'."
    ),
    db: str = DbOption,
    index: str | None = IndexOption,
    accept_other: bool = typer.Option(
        False,
        "--accept-other",
        help="Bewaar documenten zonder kenmerken van een parlementair stuk als soort other.",
    ),
    as_json: bool = JsonOption,
) -> None:
    """Lees brieven in de store en de zoekindex; dezelfde inhoud nog eens verandert niets."""
    console = Console(stderr=True)
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)  # `kill PID`: as Ctrl-C
    try:
        settings = from_env().with_(accept_other=accept_other or None)
        with open_knowledge_base(db, index, settings) as kb:
            kb.on_index_wait = lambda: print(
                "kamerbrieven: de zoekindex wordt bijgewerkt door een ander proces; "
                "de brieven gaan de store in, de index volgt zodra die vrij is",
                file=sys.stderr,
            )
            if console.is_terminal and not as_json:
                report = _ingest_with_progress(kb, paths, console)
            else:
                report = kb.ingest(paths)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        _print_summary(report, db)
    if report.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if report.failures:
        raise typer.Exit(EXIT_REFUSED)


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _ingest_with_progress(kb: KnowledgeBase, paths: list[str], console: Console) -> IngestReport:
    columns = (
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
    )
    with Progress(*columns, console=console, transient=True) as progress:
        task = progress.add_task("inlezen", total=None)

        def on_start(total: int) -> None:
            progress.update(task, total=total)

        def on_file(path: Path, status: str) -> None:
            progress.update(task, advance=1, description=f"inlezen {path.name[:40]}")

        return kb.ingest(paths, on_file=on_file, on_start=on_start)


def _print_summary(report: IngestReport, db: str) -> None:
    for failure in report.failures:
        print(f"kamerbrieven: geweigerd: {failure}", file=sys.stderr)
    if report.interrupted:
        print(
            f"kamerbrieven: gestopt na {report.files} van {report.found} bestanden; "
            "wat gelezen was staat in de store (nog eens ingest leest de rest)",
            file=sys.stderr,
        )
    print(
        f"{count(report.found, 'bestand', 'bestanden')} in {report.seconds:.1f} s: "
        f"{report.added} nieuw, {report.updated} bijgewerkt, {report.unchanged} ongewijzigd, "
        f"{len(report.failures)} geweigerd -> {db}"
    )
