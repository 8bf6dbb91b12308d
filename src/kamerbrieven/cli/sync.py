"""`kamerbrieven sync`: fetch documents from the official sources into the knowledge base.
The only command that uses the network."""

from __future__ import annotations

import json
import os
import re
import signal
import sys
from pathlib import Path

import typer

from kamerbrieven.cli.dutch import count
from kamerbrieven.cli.errors import EXIT_INTERRUPTED, EXIT_REFUSED, EXIT_USAGE, fail, handle_errors
from kamerbrieven.cli.options import DbOption, IndexOption, JsonOption
from kamerbrieven.cli.progress import progress_bars
from kamerbrieven.knowledge_base import open_knowledge_base
from kamerbrieven.record import KINDS
from kamerbrieven.sync import HttpSettings, SyncOptions, SyncReport, sync

_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
SOURCES = {"tk": "de open data van de Tweede Kamer", "op": "officielebekendmakingen.nl"}


@handle_errors
def sync_command(
    dossier: str | None = typer.Option(
        None, "--dossier", help="Alle stukken van een Kamerstukdossier, bv. 21501-02."
    ),
    date_from: str | None = typer.Option(None, "--from", help="Vanaf deze datum (JJJJ-MM-DD)."),
    date_to: str | None = typer.Option(None, "--to", help="Tot en met deze datum (JJJJ-MM-DD)."),
    kinds: list[str] = typer.Option(
        [], "--kind", help="Alleen deze soort (brief, motie, ...); mag vaker."
    ),
    source: str | None = typer.Option(
        None,
        "--bron",
        help="tk: de open data van de Tweede Kamer (volgt de wijzigingen, met toezeggingen); "
        "op: officielebekendmakingen.nl (zoeken). Standaard op met --dossier/--from/--to, "
        "anders tk.",
    ),
    dry_run: bool = typer.Option(False, "--dry-run", help="Toon wat opgehaald zou worden."),
    limit: int | None = typer.Option(None, "--limit", min=1, help="Haal hooguit zoveel op."),
    files: Path | None = typer.Option(
        None, "--files", help="Map voor de opgehaalde bestanden (standaard naast de store)."
    ),
    per_second: float = typer.Option(2.0, "--rate", min=0.1, help="Verzoeken per seconde."),
    concurrency: int = typer.Option(4, "--concurrency", min=1, max=16, help="Tegelijk ophalen."),
    db: str = DbOption,
    index: str | None = IndexOption,
    as_json: bool = JsonOption,
) -> None:
    """Haal nieuwe en gewijzigde documenten op bij de officiële bronnen en lees ze in."""
    options = _options(dossier, date_from, date_to, kinds, source, dry_run, limit, files)
    http = _http_settings(per_second, concurrency)
    previous = signal.signal(signal.SIGTERM, _stop_on_sigterm)  # `kill PID`: as Ctrl-C
    try:
        with open_knowledge_base(db, index) as kb, progress_bars() as report_progress:
            report = sync(kb, options, http, None if as_json else report_progress)
    finally:
        signal.signal(signal.SIGTERM, previous)
    if as_json:
        print(json.dumps(report.to_dict(), ensure_ascii=False))
    else:
        _print(report, db)
    if report.interrupted:
        raise typer.Exit(EXIT_INTERRUPTED)
    if report.failures:
        raise typer.Exit(EXIT_REFUSED)


def _options(
    dossier: str | None,
    date_from: str | None,
    date_to: str | None,
    kinds: list[str],
    source: str | None,
    dry_run: bool,
    limit: int | None,
    files: Path | None,
) -> SyncOptions:
    for name, value in (("--from", date_from), ("--to", date_to)):
        if value and not _DATE.match(value):
            raise fail(
                f"{name} {value}: geen datum", "schrijf JJJJ-MM-DD, bv. 2024-01-31", EXIT_USAGE
            )
    for kind in kinds:
        if kind not in KINDS:
            raise fail(
                f"--kind {kind}: onbekende soort", f"kies uit: {', '.join(KINDS)}", EXIT_USAGE
            )
    if source and source not in SOURCES:
        raise fail(f"--bron {source}: onbekende bron", "kies tk of op", EXIT_USAGE)
    chosen = source or ("op" if dossier or date_from or date_to else "tk")
    env = os.environ
    return SyncOptions(
        source=chosen,
        dossier=re.sub(r"[\s.]", "", dossier) if dossier else None,
        date_from=date_from,
        date_to=date_to,
        kinds=tuple(kinds),
        dry_run=dry_run,
        limit=limit,
        files=files,
        tk_base=env.get("KAMERBRIEVEN_TK_URL", SyncOptions.tk_base),
        sru_base=env.get("KAMERBRIEVEN_SRU_URL", SyncOptions.sru_base),
    )


def _http_settings(per_second: float, concurrency: int) -> HttpSettings:
    """The command's pace; KAMERBRIEVEN_SYNC_ATTEMPTS / _TIMEOUT / _WAIT tune the retries."""
    env = os.environ
    wait = float(env.get("KAMERBRIEVEN_SYNC_WAIT") or HttpSettings.wait_initial)
    return HttpSettings(
        attempts=int(env.get("KAMERBRIEVEN_SYNC_ATTEMPTS") or HttpSettings.attempts),
        timeout=float(env.get("KAMERBRIEVEN_SYNC_TIMEOUT") or HttpSettings.timeout),
        wait_initial=wait,
        wait_max=max(wait, min(HttpSettings.wait_max, wait * 60)),
        per_second=per_second,
        concurrency=concurrency,
    )


def _stop_on_sigterm(signum: int, frame: object) -> None:
    raise KeyboardInterrupt


def _print(report: SyncReport, db: str) -> None:
    for failure in report.failures:
        print(f"kamerbrieven: niet gelukt: {failure}", file=sys.stderr)
    if report.resumed_from:
        print(
            f"kamerbrieven: verder waar de vorige sync bleef ({report.resumed_from})",
            file=sys.stderr,
        )
    if report.interrupted:
        print(
            "kamerbrieven: gestopt; wat opgehaald was staat in de store "
            "(nog eens sync gaat verder waar het bleef)",
            file=sys.stderr,
        )
    for item in report.would_fetch:
        date, kind = item.get("date") or "?", item.get("kind") or "?"
        print(f"zou ophalen: {item['id']}  {date}  {kind}  {item.get('title') or ''}")
    what = SOURCES.get(report.source, report.source)
    parts = [
        f"{report.added} nieuw",
        f"{report.updated} bijgewerkt",
        f"{report.deleted} verwijderd",
        f"{report.unchanged} ongewijzigd",
        f"{report.skipped} overgeslagen",
    ]
    if report.source == "tk":
        parts.append(count(report.toezeggingen, "toezegging", "toezeggingen"))
    parts.append(f"{len(report.failures)} mislukt")
    if report.would_fetch:
        parts = [f"{len(report.would_fetch)} op te halen (--dry-run: niets opgehaald)"]
    print(
        f"{what}: {count(report.listed, 'document', 'documenten')} bekeken in "
        f"{report.seconds:.1f} s: {', '.join(parts)} -> {db}"
    )
