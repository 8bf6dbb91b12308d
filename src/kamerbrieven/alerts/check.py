"""What an alert finds now, and what is new since the user was last told.

A query or a dossier alert matches letters in the knowledge base (the search language
of `kamerbrieven search`); a topic alert the letters of the topic's timeline
(`kamerbrieven timeline`); a commitment alert matches a commitment once it is kept or
overdue: one of the Tweede Kamer's register (`TZ202503-017`) or one a letter made
(`kst-28676-300#2`: the letter and the statement's number, as `commitments` shows them).
Adding an alert counts what matches then as known, so a check after a sync tells only
what came in since.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Any

from kamerbrieven.alerts.book import Alert, AlertBook, AlertError
from kamerbrieven.insight import Commitment, RegisterFilter
from kamerbrieven.knowledge_base import KnowledgeBase
from kamerbrieven.sync.toezeggingen import ToezeggingRegister

_PAGE = 500
# a commitment made in a letter: the letter's id and the statement's number
LETTER_PROMISE = re.compile(r"^(\S+)#(\d+)$")
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
        if LETTER_PROMISE.match(alert.target):
            return _letter_commitment(kb, alert.target, today)
        return _commitment(kb, alert.target, today)
    if alert.kind == "topic":
        return _topic(kb, alert.target)
    raise AlertError(f"onbekend soort alert: {alert.kind}")


def _topic(kb: KnowledgeBase, topic: str) -> list[Match]:
    entries = kb.insight.timeline(topic).entries
    found = []
    for entry in reversed(entries):  # newest first
        letter = entry.letter
        said = len(entry.positions) + len(entry.decisions)
        detail = f"{said} standpunten en besluiten over {topic}" if said else None
        if entry.meeting is not None:
            detail = f"{entry.meeting.body} {entry.meeting.first_day}" + (
                f"; {detail}" if detail else ""
            )
        found.append(Match(letter.letter_id, letter.title, letter.date, letter.kind, None, detail))
    return found


def _letter_commitment(kb: KnowledgeBase, target: str, today: str | None) -> list[Match]:
    promise = _letter_promise(kb, target, today)
    if promise is None or promise.status == "open":
        return []
    kept_in = ", ".join(e.letter_id for e in promise.evidence)
    detail = STATE_WORDS[promise.status] + (f" in {kept_in}" if kept_in else "")
    when = promise.evidence[0].date if promise.evidence else promise.not_after
    return [
        Match(
            f"{target}:{promise.status}", promise.text, when, "toezegging", promise.dossier, detail
        )
    ]


def _letter_promise(kb: KnowledgeBase, target: str, today: str | None) -> Commitment | None:
    found = LETTER_PROMISE.match(target)
    assert found is not None
    letter_id, ord_ = found.group(1), int(found.group(2))
    day = date.fromisoformat(today) if today else None
    where = RegisterFilter(letter_id=letter_id, today=day)
    return next((c for c in kb.insight.commitments(where) if c.ord == ord_), None)


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
    kb: KnowledgeBase,
    kind: str,
    target: str,
    name: str | None = None,
    today: str | None = None,
) -> tuple[Alert, int]:
    """Save an alert; what matches now (on `today`) counts as known. Returns it and how
    many match."""
    book = AlertBook(kb.store)
    if kind == "commitment" and LETTER_PROMISE.match(target.strip()):
        if _letter_promise(kb, target.strip(), None) is None:
            raise AlertError(
                f"{target.strip()} is geen toezegging in een brief in de store",
                hint="kamerbrieven commitments toont ze met hun nummer (brief#nummer)",
            )
    elif kind == "commitment" and ToezeggingRegister(kb.store).get(target) is None:
        raise AlertError(
            f"de toezegging {target} staat niet in het register",
            hint="haal het register op met kamerbrieven sync, of kijk het nummer na (TZ...)",
        )
    alert = book.add(kind, target, name)
    current = matches(kb, alert, today)
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
