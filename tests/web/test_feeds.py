"""The Atom feeds the alerts module builds, served by the web app: a dossier's letters and
an alert's matches, their entries linking to the letters' pages here."""

from __future__ import annotations

from pathlib import Path

from fastapi.testclient import TestClient
from lxml import etree

from kamerbrieven.alerts.book import AlertBook
from kamerbrieven.knowledge_base import open_knowledge_base
from kamerbrieven.web import create_app

ATOM = "{http://www.w3.org/2005/Atom}"


def test_dossier_feed_links_to_the_letters_pages(client: TestClient) -> None:
    response = client.get("/feeds/dossiers/28676.atom")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = etree.fromstring(response.content)
    links = [
        link.get("href") for link in feed.iter(f"{ATOM}link") if link.get("rel") == "alternate"
    ]
    assert "http://127.0.0.1/brieven/kst-28676-512" in links
    for link in links:  # each entry is a page of this app
        assert client.get(link.replace("http://127.0.0.1", "")).status_code == 200
    page = client.get("/dossiers/28676").text
    assert 'href="/feeds/dossiers/28676.atom"' in page


def test_alert_feed_and_an_unknown_alert(web_store: tuple[str, str], tmp_path: Path) -> None:
    db, index = web_store
    copy = tmp_path / "kopie.db"
    copy.write_bytes(Path(db).read_bytes())
    with open_knowledge_base(str(copy), index=str(tmp_path / "index"), create=False) as kb:
        AlertBook(kb.store).add("query", "regeldruk", "regeldruk")
    app = create_app(str(copy), str(tmp_path / "index"))
    with TestClient(app, base_url="http://127.0.0.1") as client:
        feed = etree.fromstring(client.get("/feeds/alerts/regeldruk.atom").content)
        titles = [entry.findtext(f"{ATOM}title") for entry in feed.iter(f"{ATOM}entry")]
        assert any("regeldruk" in (title or "").lower() for title in titles)
        unknown = client.get("/feeds/alerts/bestaat-niet.atom")
        assert unknown.status_code == 404 and "bestaat-niet" in unknown.text
        assert client.get("/feeds/alerts/..%2Fx.atom").status_code == 404
