"""The `kamerbrieven` command line: each command a thin layer over the Python API."""

from __future__ import annotations

import typer

from kamerbrieven import __version__
from kamerbrieven.cli import dutch
from kamerbrieven.cli.alerts import alert_app
from kamerbrieven.cli.browse import list_command, show_command, stats_command
from kamerbrieven.cli.check import check_command
from kamerbrieven.cli.export import export_command
from kamerbrieven.cli.importer import import_command
from kamerbrieven.cli.ingest import ingest_command
from kamerbrieven.cli.insight import (
    dossier_command,
    positions_command,
    refs_command,
    timeline_command,
    topics_command,
)
from kamerbrieven.cli.insight_register import commitments_command, meeting_command, meetings_command
from kamerbrieven.cli.parse import parse_command
from kamerbrieven.cli.search import reindex_command, search_command
from kamerbrieven.cli.serve import serve_command
from kamerbrieven.cli.sync import sync_command

dutch.install()

app = typer.Typer(
    name="kamerbrieven",
    help="Kamerbrieven als schone, gestructureerde, doorzoekbare kennisbank.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)
app.command("parse")(parse_command)
app.command("ingest")(ingest_command)
app.command("show")(show_command)
app.command("list")(list_command)
app.command("stats")(stats_command)
app.command("export")(export_command)
app.command("import")(import_command)
# a query may start with "-" ("-Rusland NAVO"): not an option the command does not know
app.command("search", context_settings={"ignore_unknown_options": True})(search_command)
app.command("reindex")(reindex_command)
app.command("check")(check_command)
app.command("serve")(serve_command)
app.command("sync")(sync_command)
app.add_typer(alert_app, name="alert")
# answers across the letters (kamerbrieven.insight)
app.command("refs")(refs_command)
app.command("dossier")(dossier_command)
app.command("topics")(topics_command)
app.command("timeline")(timeline_command)
app.command("positions")(positions_command)
app.command("commitments")(commitments_command)
app.command("meetings")(meetings_command)
app.command("meeting")(meeting_command)


def _version(value: bool) -> None:
    if value:
        print(f"kamerbrieven {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Toon de versie."
    ),
) -> None:
    """Kamerbrieven als schone, gestructureerde, doorzoekbare kennisbank (zie README.md)."""


def run() -> None:
    app()
