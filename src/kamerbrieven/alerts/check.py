"""What an alert finds now, and what is new since the user was last told.

A query or a dossier alert matches letters in the knowledge base (the search language
of `kamerbrieven search`); a commitment alert matches a commitment of the Tweede Kamer's
register once it is kept or overdue. Adding an alert counts what matches then as known,
so a check after a sync tells only what came in since.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from kamerbrieven.alerts.book import Alert, AlertBook, AlertError
from kamerbrieven.knowledge_base import KnowledgeBase
from kamerbrieven.sync.toezeggingen import ToezeggingRegister

_PAGE = 500
STATE_WORDS = {"kept": "nagekomen", "overdue": "over de termijn", "open": "open"}


@dataclass(frozen=True)
class Match:
    """A letter (or a commitment's change of state) an alert reports."""

    id: str
    title: str | None
    date: str | None
    kind: str | None = None
    dossier: str | None = None
    detail: str | None = None  # a search snippet, or a commitment's state

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


@dataclass(frozen=True)
class AlertCheck:
    alert: Alert
    new: tuple[Match, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"alert": self.alert.to_dict(), "new": [m.to_dict() for m in self.new]}


def matches(kb: KnowledgeBase, alert: Alert, today: str | None = None) -> list[Match]:
    """Everything the alert matches now, newest first."""
    if alert.kind == "query":
        return _search(kb, alert.target)
    if alert.kind == "dossier":
        return _search(kb, f"dossier:{alert.target}")
    if alert.kind == "commitment":
        return _commitment(kb, alert.target, today)
    raise AlertError(
        "alerts op een onderwerp volgen zodra het inzichtenregister (onderwerpen) er is",
        hint="volg een onderwerp nu met een zoekvraag: kamerbrieven alert add 'stikstof'",
    )


def _search(kb: KnowledgeBase, query: str) -> list[Match]:
    found: list[Match] = []
    offset = 0
    while True:
        result = kb.search(query, limit=_PAGE, offset=offset, sort="date")
        for hit in result.hits:
            data = hit.to_dict()
            found.append(
                Match(
                    hit.id,
                    data.get("title"),
                    data.get("date"),
                    data.get("kind"),
                    data.get("dossier"),
                    data.get("snippet"),
                )
            )
        offset += _PAGE
        if offset >= result.total or not result.hits:
            return found


def _commitment(kb: KnowledgeBase, number: str, today: str | None) -> list[Match]:
    item = ToezeggingRegister(kb.store).get(number)
    if item is None:
        return []
    state = item.state(today or date.today().isoformat())
    if state == "open":
        return []
    when = item.fulfilled_on if state == "kept" else item.deadline
    return [
        Match(
            f"{item.number or item.id}:{state}",
            item.text,
            when,
            "toezegging",
            None,
            STATE_WORDS[state] + (f" in {item.fulfilled_by}" if item.fulfilled_by else ""),
        )
    ]


def add_alert(
    kb: KnowledgeBase, kind: str, target: str, name: str | None = None
) -> tuple[Alert, int]:
    """Save an alert; what matches now counts as known. Returns it and how many match."""
    book = AlertBook(kb.store)
    if kind == "commitment" and ToezeggingRegister(kb.store).get(target) is None:
        raise AlertError(
            f"de toezegging {target} staat niet in het register",
            hint="haal het register op met kamerbrieven sync, of kijk het nummer na (TZ...)",
        )
    if kind == "topic":
        matches(kb, Alert(name or target, kind, target, ""))  # says why not yet
    alert = book.add(kind, target, name)
    current = matches(kb, alert)
    book.mark_seen(alert.name, [m.id for m in current])
    return alert, len(current)


def check_alerts(
    kb: KnowledgeBase, names: list[str] | None = None, today: str | None = None
) -> list[AlertCheck]:
    """What is new for each alert (or the ones named) since its last check; from now on
    those count as known."""
    book = AlertBook(kb.store)
    alerts = [book.need(n) for n in names] if names else book.all()
    checks = []
    for alert in alerts:
        seen = book.seen(alert.name)
        new = tuple(m for m in matches(kb, alert, today) if m.id not in seen)
        book.mark_seen(alert.name, [m.id for m in new])
        checks.append(AlertCheck(alert, new))
    return checks
