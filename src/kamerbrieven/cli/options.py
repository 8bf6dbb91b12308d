"""Options shared by several commands."""

from __future__ import annotations

import typer

from kamerbrieven.settings import DEFAULT_DB

DbOption = typer.Option(
    DEFAULT_DB,
    "--db",
    envvar="KAMERBRIEVEN_DB",
    help="SQLite-bestand, of een URL postgresql://gebruiker@host:poort/database.",
)
IndexOption = typer.Option(
    None,
    "--index",
    envvar="KAMERBRIEVEN_INDEX",
    help="Map van de zoekindex (standaard naast de store, bv. kamerbrieven.db.index).",
)
JsonOption = typer.Option(False, "--json", help="Geef JSON in plaats van een tabel.")
