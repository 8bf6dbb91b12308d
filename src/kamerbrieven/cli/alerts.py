"""`kamerbrieven alert add|list|remove|check|feed`: saved searches and alerts."""

from __future__ import annotations

import json
import sys

import typer

from kamerbrieven.alerts import KINDS, AlertCheck, add_alert, check_alerts
from kamerbrieven.alerts.book import AlertBook
from kamerbrieven.alerts.feeds import alert_feed, dossier_feed
from kamerbrieven.cli.dutch import count
from kamerbrieven.cli.errors import EXIT_USAGE, fail, handle_errors
from kamerbrieven.cli.options import DbOption, IndexOption, JsonOption
from kamerbrieven.knowledge_base import open_knowledge_base

alert_app = typer.Typer(
    help="Bewaarde zoekvragen en alerts: hoor wat er nieuw is na een sync.",
    no_args_is_help=True,
)


@alert_app.command("add")
@handle_errors
def add_command(
    query: str | None = typer.Argument(None, help="Een zoekvraag, als bij kamerbrieven search."),
    name: str | None = typer.Option(None, "--name", help="De naam van de alert."),
    dossier: str | None = typer.Option(None, "--dossier", help="Volg een dossier, bv. 21501-02."),
    topic: str | None = typer.Option(
        None, "--topic", help="Volg een onderwerp, als bij kamerbrieven timeline."
    ),
    commitment: str | None = typer.Option(
        None,
        "--commitment",
        help="Volg een toezegging: een TZ-nummer uit het register, of brief#nummer zoals "
        "kamerbrieven commitments die toont; gemeld als nagekomen of te laat.",
    ),
    db: str = DbOption,
    index: str | None = IndexOption,
) -> None:
    """Bewaar een alert; wat er nu al past telt als bekend."""
    given = {
        k: v
        for k, v in (
            ("query", query),
            ("dossier", dossier),
            ("topic", topic),
            ("commitment", commitment),
        )
        if v
    }
    if len(given) != 1:
        raise fail(
            "geef precies één van: een zoekvraag, --dossier, --topic of --commitment",
            "bv. kamerbrieven alert add 'stikstof natuur' --name stikstof",
            EXIT_USAGE,
        )
    ((kind, target),) = given.items()
    if kind == "dossier":
        target = target.replace(" ", "").replace(".", "")
    with open_knowledge_base(db, index, create=False) as kb:
        alert, now = add_alert(kb, kind, target, name)
    print(
        f"alert {alert.name} ({KINDS[alert.kind]}: {alert.target}) bewaard; "
        f"{count(now, 'treffer', 'treffers')} nu, nieuwe meldt kamerbrieven alert check"
    )


@alert_app.command("list")
@handle_errors
def list_command(
    db: str = DbOption, index: str | None = IndexOption, as_json: bool = JsonOption
) -> None:
    """Toon de bewaarde alerts."""
    with open_knowledge_base(db, index, create=False) as kb:
        alerts = AlertBook(kb.store).all()
    if as_json:
        print(json.dumps([a.to_dict() for a in alerts], ensure_ascii=False))
        return
    if not alerts:
        print("geen alerts; maak er een met kamerbrieven alert add 'ZOEKVRAAG'")
    for alert in alerts:
        checked = alert.checked_at or "nooit"
        print(f"{alert.name}  {KINDS[alert.kind]}: {alert.target}  (laatst gekeken: {checked})")


@alert_app.command("remove")
@handle_errors
def remove_command(
    name: str = typer.Argument(..., help="De naam van de alert."),
    db: str = DbOption,
    index: str | None = IndexOption,
) -> None:
    """Verwijder een alert."""
    with open_knowledge_base(db, index, create=False) as kb:
        AlertBook(kb.store).remove(name)
    print(f"alert {name} verwijderd")


@alert_app.command("check")
@handle_errors
def check_command(
    names: list[str] = typer.Argument(None, help="Alleen deze alerts (standaard alle)."),
    db: str = DbOption,
    index: str | None = IndexOption,
    as_json: bool = JsonOption,
) -> None:
    """Toon wat er nieuw is sinds de vorige keer (bv. na kamerbrieven sync)."""
    with open_knowledge_base(db, index, create=False) as kb:
        checks = check_alerts(kb, names or None)
    if as_json:
        print(json.dumps([c.to_dict() for c in checks], ensure_ascii=False))
        return
    for check in checks:
        _print_check(check)
    if not checks:
        print("geen alerts; maak er een met kamerbrieven alert add 'ZOEKVRAAG'")


def _print_check(check: AlertCheck) -> None:
    alert = check.alert
    new = count(len(check.new), "nieuwe", "nieuwe")
    print(f"{alert.name} ({KINDS[alert.kind]}: {alert.target}): {new}")
    for match in check.new:
        detail = f"  [{match.detail}]" if match.kind == "toezegging" and match.detail else ""
        print(f"  {match.id.split(':')[0]}  {match.date or '?'}  {match.title or ''}{detail}")


@alert_app.command("feed")
@handle_errors
def feed_command(
    name: str | None = typer.Argument(None, help="De alert (of gebruik --dossier)."),
    dossier: str | None = typer.Option(None, "--dossier", help="De feed van een dossier."),
    base_url: str = typer.Option(
        "http://localhost:8000", "--base-url", help="Het adres van de webapp, voor de links."
    ),
    db: str = DbOption,
    index: str | None = IndexOption,
) -> None:
    """Schrijf de Atom-feed van een alert of dossier naar stdout."""
    if bool(name) == bool(dossier):
        raise fail(
            "geef een alert of --dossier", "bv. kamerbrieven alert feed stikstof", EXIT_USAGE
        )
    with open_knowledge_base(db, index, create=False) as kb:
        data = alert_feed(kb, name, base_url) if name else dossier_feed(kb, str(dossier), base_url)
    sys.stdout.write(data.decode("utf-8"))
