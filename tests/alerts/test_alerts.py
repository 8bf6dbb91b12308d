"""Following a subject: an alert on a query, a dossier or a commitment tells what is new
after a sync, once; each reads as an Atom feed."""

from __future__ import annotations

from dataclasses import replace

import pytest
from lxml import etree
from tests.sync.sources import FAST, serve_dossier_28676, serve_tk_first_sync

from kamerbrieven.alerts import AlertError, add_alert, alert_feed, check_alerts, dossier_feed
from kamerbrieven.sync import SyncOptions, ToezeggingRegister, sync

ATOM = "{http://www.w3.org/2005/Atom}"


def _sync_dossier(kb, server, tmp_path):
    serve_dossier_28676(server)
    options = SyncOptions(
        source="op", dossier="28676", sru_base=server.url + "/sru", files=tmp_path / "f"
    )
    sync(kb, options, FAST)


def test_a_query_and_a_dossier_alert_report_what_a_sync_brought_once(kb, server, tmp_path):
    query, now = add_alert(kb, "query", "WPS-actieplan", name="wps")
    assert now == 0
    dossier, _ = add_alert(kb, "dossier", "28676")
    assert dossier.name == "dossier-28676"

    _sync_dossier(kb, server, tmp_path)
    checks = {c.alert.name: [m.id for m in c.new] for c in check_alerts(kb)}

    assert checks == {"dossier-28676": ["kst-28676-542", "kst-28676-512"], "wps": ["kst-28676-512"]}
    assert all(not c.new for c in check_alerts(kb))  # told once


def test_what_matched_when_the_alert_was_made_is_not_news(kb, server, tmp_path):
    _sync_dossier(kb, server, tmp_path)
    alert, now = add_alert(kb, "dossier", "28676", name="navo")
    assert now == 2
    assert check_alerts(kb, ["navo"])[0].new == ()


def test_a_commitment_alert_says_when_it_is_kept_or_overdue(kb, server, tmp_path):
    serve_tk_first_sync(server)
    sync(
        kb,
        SyncOptions(tk_base=server.url, sru_base=server.url + "/sru", files=tmp_path / "f"),
        FAST,
    )
    add_alert(kb, "commitment", "TZ202503-017", name="netcongestie")
    assert check_alerts(kb, today="2025-06-01")[0].new == ()

    register = ToezeggingRegister(kb.store)
    item = register.get("TZ202503-017")
    register.put(replace(item, deadline="2025-07-01"))
    assert check_alerts(kb, today="2025-06-30")[0].new == ()
    (late,) = check_alerts(kb, today="2025-07-02")[0].new
    assert (late.id, late.detail) == ("TZ202503-017:overdue", "over de termijn")

    register.put(
        replace(item, status="Voldaan", fulfilled_by="2025D30000", fulfilled_on="2025-07-10")
    )
    (kept,) = check_alerts(kb, today="2025-07-12")[0].new
    assert (kept.id, kept.date, kept.detail) == (
        "TZ202503-017:kept",
        "2025-07-10",
        "nagekomen in 2025D30000",
    )
    assert check_alerts(kb, today="2025-07-13")[0].new == ()


def test_alerts_that_cannot_be_made_say_why(kb):
    with pytest.raises(AlertError, match="TZ000000-000 staat niet in het register"):
        add_alert(kb, "commitment", "TZ000000-000")
    add_alert(kb, "query", "NAVO", name="navo")
    with pytest.raises(AlertError, match="er is al een alert 'navo'"):
        add_alert(kb, "query", "Rusland", name="navo")
    with pytest.raises(AlertError, match="er is geen alert 'onbekend'"):
        check_alerts(kb, ["onbekend"])


def test_alert_and_dossier_feeds_are_atom_with_an_entry_a_letter(kb, server, tmp_path):
    _sync_dossier(kb, server, tmp_path)
    add_alert(kb, "query", "motie", name="moties")
    for data in (
        alert_feed(kb, "moties", "https://kb.example"),
        dossier_feed(kb, "28676", "https://kb.example"),
    ):
        root = etree.fromstring(data)
        assert root.tag == f"{ATOM}feed"
        entries = root.findall(f"{ATOM}entry")
        links = [e.find(f"{ATOM}link").get("href") for e in entries]
        assert links == [
            "https://kb.example/brieven/kst-28676-542",
            "https://kb.example/brieven/kst-28676-512",
        ]
        assert entries[0].findtext(f"{ATOM}updated") == "2025-06-17T00:00:00Z"
        assert root.findtext(f"{ATOM}updated") == "2025-06-17T00:00:00Z"
    assert b"/feeds/dossiers/28676.atom" in dossier_feed(kb, "28676", "https://kb.example")


def _corpus_letters(kb, without: str = "") -> None:
    from tests.insight.corpus import corpus

    for letter in corpus():
        if letter.id != without:
            kb.store.put(letter)


def test_a_topic_alert_reports_a_new_letter_on_the_topic(kb):
    from tests.insight.corpus import corpus

    _corpus_letters(kb, without="kst-27925-700")
    alert, now = add_alert(kb, "topic", "Afghanistan")
    assert alert.name == "onderwerp-afghanistan"
    assert now == len(kb.insight.timeline("Afghanistan").entries) >= 1
    assert check_alerts(kb)[0].new == ()
    (later,) = [letter for letter in corpus() if letter.id == "kst-27925-700"]
    kb.store.put(later)
    (new,) = check_alerts(kb)[0].new
    assert (new.id, new.date) == ("kst-27925-700", later.date)
    assert check_alerts(kb)[0].new == ()


def test_an_alert_on_a_letters_commitment_says_when_it_is_overdue(kb):
    _corpus_letters(kb)
    (balkan,) = [c for c in kb.insight.commitments() if "toetreding" in c.text]
    target = f"{balkan.letter_id}#{balkan.ord}"
    add_alert(kb, "commitment", target, name="balkan", today="2018-06-01")
    assert check_alerts(kb, today="2018-09-30")[0].new == ()
    (late,) = check_alerts(kb, today="2018-10-02")[0].new
    assert (late.id, late.date, late.detail) == (
        f"{target}:overdue",
        "2018-10-01",
        "over de termijn",
    )
    assert check_alerts(kb, today="2018-10-03")[0].new == ()
    with pytest.raises(AlertError, match="kst-28676-300#99 is geen toezegging"):
        add_alert(kb, "commitment", "kst-28676-300#99")
