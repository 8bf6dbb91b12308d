"""Options shared by several commands."""

from __future__ import annotations

import typer

from kamerbrieven.settings import DEFAULT_DB

DbOption = typer.Option(
    DEFAULT_DB,
    "--db",
    envvar="KAMERBRIEVEN_DB",
    help="SQLite file, or a postgresql://user@host:port/db URL.",
)
IndexOption = typer.Option(
    None,
    "--index",
    envvar="KAMERBRIEVEN_INDEX",
    help="Search index folder (default: beside the store, e.g. kamerbrieven.db.index).",
)
JsonOption = typer.Option(False, "--json", help="Print JSON instead of a table.")
