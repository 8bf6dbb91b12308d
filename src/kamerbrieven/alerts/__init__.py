"""Saved searches and alerts: follow a query, a dossier, a topic or a commitment, hear
what is new after a sync (`check_alerts`), and read each as an Atom feed (`feeds.py`).

    from kamerbrieven import open_knowledge_base
    from kamerbrieven.alerts import add_alert, check_alerts

    with open_knowledge_base("kamerbrieven.db") as kb:
        add_alert(kb, "query", "stikstof natuur", name="stikstof")
        for check in check_alerts(kb):
            print(check.alert.name, [m.id for m in check.new])
"""

from __future__ import annotations

from kamerbrieven.alerts.book import KINDS, Alert, AlertBook, AlertError
from kamerbrieven.alerts.check import AlertCheck, Match, add_alert, check_alerts, matches
from kamerbrieven.alerts.feeds import FeedItem, alert_feed, atom_feed, dossier_feed

__all__ = [
    "KINDS",
    "Alert",
    "AlertBook",
    "AlertCheck",
    "AlertError",
    "FeedItem",
    "Match",
    "add_alert",
    "alert_feed",
    "atom_feed",
    "check_alerts",
    "dossier_feed",
    "matches",
]
