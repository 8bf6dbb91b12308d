"""Saved searches and alerts, kept in the store (tables `alerts` and `alert_seen`): what a
user follows (a query, a dossier, a topic, a commitment) and which matches they have
already been told about."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime

from kamerbrieven.errors import KamerbrievenError
from kamerbrieven.store import Store

KINDS = {
    "query": "zoekvraag",
    "dossier": "dossier",
    "topic": "onderwerp",
    "commitment": "toezegging",
}


class AlertError(KamerbrievenError):
    """An alert that cannot be made or found."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True)
class Alert:
    name: str
    kind: str  # query, dossier, topic, commitment
    target: str  # the query, the dossier number, the topic, the commitment's number
    created_at: str
    checked_at: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        return dict(self.__dict__)


def default_name(kind: str, target: str) -> str:
    """A name to call the alert by when the user gives none.

    >>> default_name("query", '"Noord Atlantische Raad" land:Oekraïne')
    'noord-atlantische-raad-land-oekraïne'
    >>> default_name("dossier", "21501-02")
    'dossier-21501-02'
    """
    slug = re.sub(r"[^\w]+", "-", target.lower()).strip("-")[:60].strip("-")
    return slug if kind == "query" else f"{kind_prefix(kind)}-{slug}"


def kind_prefix(kind: str) -> str:
    return {"dossier": "dossier", "topic": "onderwerp", "commitment": "toezegging"}.get(kind, kind)


class AlertBook:
    def __init__(self, store: Store) -> None:
        self.store = store

    def add(self, kind: str, target: str, name: str | None = None) -> Alert:
        if kind not in KINDS:
            raise AlertError(f"onbekend soort alert: {kind}")
        target = target.strip()
        if not target:
            raise AlertError(f"een alert op een {KINDS[kind]} heeft een {KINDS[kind]} nodig")
        name = (name or default_name(kind, target)).strip()
        if not name:
            raise AlertError("een alert heeft een naam nodig", hint="geef --name NAAM")
        if self.get(name):
            raise AlertError(
                f"er is al een alert {name!r}", hint="kies een andere --name of verwijder die eerst"
            )
        alert = Alert(name, kind, target, now())
        with self.store.writing() as db:
            db.execute(
                "INSERT INTO alerts (name, kind, target, created_at) VALUES (?, ?, ?, ?)",
                [alert.name, alert.kind, alert.target, alert.created_at],
            )
        return alert

    def get(self, name: str) -> Alert | None:
        rows = self.store.query(
            "SELECT name, kind, target, created_at, checked_at FROM alerts WHERE name = ?", [name]
        )
        return Alert(*rows[0]) if rows else None

    def need(self, name: str) -> Alert:
        found = self.get(name)
        if found is None:
            known = ", ".join(a.name for a in self.all()) or "geen"
            raise AlertError(f"er is geen alert {name!r}", hint=f"alerts: {known}")
        return found

    def all(self) -> list[Alert]:
        rows = self.store.query(
            "SELECT name, kind, target, created_at, checked_at FROM alerts ORDER BY name"
        )
        return [Alert(*row) for row in rows]

    def remove(self, name: str) -> None:
        self.need(name)
        with self.store.writing() as db:
            db.execute("DELETE FROM alert_seen WHERE alert = ?", [name])
            db.execute("DELETE FROM alerts WHERE name = ?", [name])

    def seen(self, name: str) -> set[str]:
        rows = self.store.query("SELECT item FROM alert_seen WHERE alert = ?", [name])
        return {row[0] for row in rows}

    def mark_seen(self, name: str, items: Iterable[str]) -> None:
        """Remember that the user was told of `items`; the alert was checked now."""
        at = now()
        with self.store.writing() as db:
            for item in items:
                db.execute(
                    "INSERT INTO alert_seen (alert, item, seen_at) VALUES (?, ?, ?) "
                    "ON CONFLICT (alert, item) DO NOTHING",
                    [name, item, at],
                )
            db.execute("UPDATE alerts SET checked_at = ? WHERE name = ?", [at, name])
