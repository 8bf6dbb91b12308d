"""The pages as HTML: what a reader sees on the search page, a letter's page and a
dossier's page, read with lxml the way a browser would build them."""

from __future__ import annotations

import hashlib
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import lxml.html
from fastapi.testclient import TestClient
from tests.web.corpus import CITED_ID, HOSTILE_ID

CITING_QUERY = "vervolg regeldruk Beljaarts"


def _html(client: TestClient, url: str, status: int = 200) -> lxml.html.HtmlElement:
    response = client.get(url)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def _citing_id(client: TestClient) -> str:
    return str(client.get("/api/search", params={"q": CITING_QUERY}).json()["hits"][0]["id"])


def test_search_page_shows_hits_with_marked_snippets_and_a_count(client: TestClient) -> None:
    page = _html(client, "/zoeken?q=NAVO")
    hits = page.cssselect("li.treffer")
    assert len(hits) == 3
    assert "1–3 van 3 resultaten" in page.cssselect("h2.aantal")[0].text_content()
    assert all(hit.cssselect("p.fragment mark") for hit in hits)
    assert {m.text_content().lower() for m in page.cssselect("p.fragment mark")} >= {"navo"}
    # every hit is titled, letters without a subject by kind and date
    titles = [hit.cssselect("h3 a")[0].text_content() for hit in hits]
    assert "Brief, 12 december 2018" in titles


def test_facets_are_links_that_add_or_take_away_a_filter(client: TestClient) -> None:
    page = _html(client, "/zoeken?q=NAVO")
    facet = {a.text_content().strip(): a.get("href") for a in page.cssselect(".facet a")}
    added = parse_qs(urlsplit(facet["motie"]).query)["q"][0]
    assert added == 'NAVO soort:"motie"'
    narrowed = _html(client, facet["motie"])
    assert len(narrowed.cssselect("li.treffer")) == 1
    active = narrowed.cssselect(".facet a.actief")
    assert active and "motie" in active[0].text_content()
    assert parse_qs(urlsplit(active[0].get("href")).query)["q"][0] == "NAVO"
    year = parse_qs(urlsplit(facet["2018"]).query)["q"][0]
    assert year == "NAVO van:2018 tot:2018"


def test_search_pages_and_sorts_by_date(client: TestClient) -> None:
    page = _html(client, "/zoeken?q=NAVO&sortering=datum")
    dates = [t.get("datetime") for t in page.cssselect("li.treffer p.meta time")]
    assert dates == sorted(dates, reverse=True)
    assert page.cssselect(".sortering strong")[0].text_content() == "datum"
    many = _html(client, "/zoeken?q=de&pagina=1")
    total = int(many.cssselect("h2.aantal")[0].text_content().split("van")[1].split()[0])
    if total > 20:  # twenty a page: a second page is linked
        assert many.cssselect('.paginering a[rel="next"]')


def test_query_error_shows_message_and_where_in_dutch(client: TestClient) -> None:
    page = _html(client, '/zoeken?q=NAVO "open', status=400)
    alert = page.cssselect('[role="alert"]')[0].text_content()
    assert "aanhalingsteken op positie 6 wordt niet gesloten" in alert
    caret = page.cssselect("pre.positie")[0].text_content().splitlines()
    assert caret == ['NAVO "open', "     ^"]
    long = _html(client, "/zoeken?q=" + "a" * 501, status=400)
    assert "te lang" in long.cssselect('[role="alert"]')[0].text_content()


def test_letter_page_has_metadata_sections_and_contents(client: TestClient) -> None:
    page = _html(client, "/brieven/sha-d30d988a6492")
    assert page.cssselect("h1")[0].text_content() == "Brief, 12 december 2018"
    metadata = dict(
        zip(
            [dt.text_content() for dt in page.cssselect(".gegevens dt")],
            [dd.text_content().strip() for dd in page.cssselect(".gegevens dd")],
            strict=True,
        )
    )
    assert metadata["Datum"] == "12 december 2018"
    assert metadata["Ondertekend"] == "S.A. Blok (De Minister van Buitenlandse Zaken)"
    contents = [a.text_content() for a in page.cssselect("nav.inhoudsopgave a")]
    assert contents[:3] == ["Oekraïne en Georgië", "INF-verdrag", "Trans-Atlantische betrekkingen"]
    for link in page.cssselect("nav.inhoudsopgave a"):
        target = page.get_element_by_id(link.get("href")[1:])
        assert target.cssselect("h2")[0].text_content() == link.text_content()
    # the heading is shown once, above its section's text, not again inside it
    first_paragraph = page.get_element_by_id("sectie-3").cssselect("p")[0].text_content()
    assert first_paragraph.startswith("Tijdens de bijeenkomst")


def test_letter_text_marks_what_was_found(client: TestClient) -> None:
    page = _html(client, "/brieven/sha-d30d988a6492")
    text = page.cssselect("div.tekst")[0]
    assert "Rusland" in {m.text_content() for m in text.cssselect("mark.land")}
    assert "Karabulut" in {m.text_content() for m in text.cssselect("mark.persoon")}
    assert len(text.cssselect("span.uitspraak")) >= 10
    links = {a.text_content(): a.get("href") for a in text.cssselect("a.verwijzing")}
    assert links["Kamerstuk 33 694, nr. 34"] == (
        "https://zoek.officielebekendmakingen.nl/kst-33694-34.html"
    )
    # footnote markers link to their notes, which link back
    marker = text.cssselect("a.voetnootteken")[0]
    note = page.get_element_by_id(marker.get("href")[1:])
    assert "tweedekamer.nl" in note.text_content()
    back = note.cssselect('a[aria-label="terug naar de tekst"]')[0].get("href")
    assert page.get_element_by_id(back[1:]) is marker
    # a citation made in a footnote is linked inside the note
    notes = page.cssselect("section.voetnoten a.verwijzing")
    assert [a.text_content() for a in notes] == ["Kamerstuk 28 676, nr. 106"]


def test_citation_of_a_letter_in_the_store_links_to_its_page(client: TestClient) -> None:
    citing = _citing_id(client)
    page = _html(client, f"/brieven/{citing}")
    inside = page.cssselect("div.tekst a.verwijzing.intern")
    assert [a.get("href") for a in inside] == [f"/brieven/{CITED_ID}"]
    assert (
        "Regeldruk <script>alert('titel')</script> en vervolg"
        == page.cssselect("h1")[0].text_content()
    )
    cited = _html(client, inside[0].get("href"))
    cited_by = [a.get("href") for a in cited.cssselect("section.gevonden ol.lijst a")]
    assert f"/brieven/{citing}" in cited_by


def test_dossier_page_lists_its_documents(client: TestClient) -> None:
    page = _html(client, "/dossiers/28676")
    assert page.cssselect("h1")[0].text_content() == "Dossier 28676: NAVO"
    links = [a.get("href") for a in page.cssselect("ol.dossier a")]
    assert "/brieven/kst-28676-512" in links
    letter = _html(client, "/brieven/kst-28676-512")
    assert letter.cssselect('a[href="/dossiers/28676"]')


def test_unknown_letter_or_page_is_a_dutch_404_page(client: TestClient) -> None:
    page = _html(client, "/brieven/kst-1-1", status=404)
    assert page.cssselect("h1")[0].text_content() == "Niet gevonden"
    assert "geen brief met id 'kst-1-1'" in page.cssselect('[role="alert"]')[0].text_content()
    assert _html(client, "/bestaat/niet", status=404).get("lang") == "nl"


def test_original_file_downloads_as_an_attachment(client: TestClient) -> None:
    page = _html(client, "/brieven/sha-d30d988a6492")
    link = page.cssselect("ul.bestanden a")[0]
    response = client.get(link.get("href"))
    assert response.status_code == 200
    assert response.headers["content-disposition"].startswith('attachment; filename="002_')
    assert "sandbox" in response.headers["content-security-policy"]
    source = client.get("/api/letters/sha-d30d988a6492").json()["source"]
    assert hashlib.sha256(response.content).hexdigest() == source["sha256"]
    assert response.content == Path(source["path"]).read_bytes()


def test_original_that_changed_since_it_was_read_is_not_served(
    client: TestClient, tmp_path: Path
) -> None:
    record = client.get(f"/api/letters/{HOSTILE_ID}").json()
    path = Path(record["source"]["path"])
    before = path.read_bytes()
    try:
        path.write_bytes(b"iets anders\n")
        response = client.get(f"/brieven/{HOSTILE_ID}/bestand/0")
        assert response.status_code == 404
        assert "veranderd sinds het werd ingelezen" in response.text
    finally:
        path.write_bytes(before)
    assert client.get(f"/brieven/{HOSTILE_ID}/bestand/0").content == before
    assert client.get(f"/brieven/{HOSTILE_ID}/bestand/1").status_code == 404
