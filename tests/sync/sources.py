"""The recorded sources (fixtures/README.md) as routes of a replay server: the Tweede
Kamer's SyncFeed, OData look-ups and files, and the publication site's search and files."""

from __future__ import annotations

from tests.sync.replay import CORPUS, FIXTURES, ReplayServer, Reply

from kamerbrieven.sync.http import HttpSettings
from kamerbrieven.sync.sru import build_query, search_url
from kamerbrieven.sync.syncfeed import feed_url
from kamerbrieven.sync.tk_data import document_lookup_url

TK = FIXTURES / "tk"
OP = FIXTURES / "op"
DOC1 = "3c0e9d1a-5b7f-4e2a-9c61-1f2d3e4a5b60"  # Brief regering, kst-29515-496 (PDF)
DOC2 = "8f4b2c6d-1a3e-4b5f-8c7d-2e9f0a1b3c4d"  # Motie, kst-36682-10 (official XML)
DOC3 = "b1e2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d"  # Convocatie: no letter kind, not fetched
DOC4 = "e5f6a7b8-c9d0-4e1f-a2b3-c4d5e6f7a8b9"  # Antwoord schriftelijke vragen, ah-tk-20232024-2210
XML = {"Content-Type": "application/atom+xml; charset=utf-8"}
JSON = {"Content-Type": "application/json; odata.metadata=minimal"}
SRU_XML = {"Content-Type": "text/xml; charset=UTF-8"}

# fast retries: the tests wait milliseconds where a user's sync waits seconds
FAST = HttpSettings(
    attempts=3, timeout=2.0, wait_initial=0.01, wait_max=0.05, retry_budget=20, per_second=0
)


def feed(server: ReplayServer, category: str, skiptoken: int | None) -> str:
    return feed_url(server.url, category, skiptoken).removeprefix(server.url)


def lookup(server: ReplayServer, document_id: str) -> str:
    return document_lookup_url(server.url, document_id).removeprefix(server.url)


def official(server: ReplayServer, identifier: str) -> str:
    query = f"c.product-area==officielepublicaties and dt.identifier=={identifier}"
    return search_url(server.url + "/sru", query, 1, 1).removeprefix(server.url)


def dossier_search(server: ReplayServer, dossier: str, start: int) -> str:
    return search_url(server.url + "/sru", build_query(dossier), start).removeprefix(server.url)


def resource(document_id: str) -> str:
    return f"/SyncFeed/2.0/Resources/{document_id}"


def frbr(identifier: str, dossier: str, manifestation: str) -> str:
    name = "metadata" if manifestation == "metadata" else identifier
    ext = "xml" if manifestation in ("xml", "metadata") else manifestation
    return f"/frbr/officielepublicaties/kst/{dossier}/{identifier}/1/{manifestation}/{name}.{ext}"


def serve_tk_first_sync(server: ReplayServer) -> None:
    """The Tweede Kamer's open data as a first sync finds it: two pages of documents, one
    page of commitments, the look-ups and the files."""
    server.route(
        feed(server, "Document", None), Reply(body=TK / "feed-document-1.xml", headers=XML)
    )
    server.route(
        feed(server, "Document", 20512003), Reply(body=TK / "feed-document-2.xml", headers=XML)
    )
    server.route(
        feed(server, "Toezegging", None), Reply(body=TK / "feed-toezegging-1.xml", headers=XML)
    )
    for doc in (DOC1, DOC2, DOC4):
        server.route(
            lookup(server, doc), Reply(body=TK / f"odata-document-{doc}.json", headers=JSON)
        )
    server.route(
        official(server, "kst-29515-496"), Reply(body=OP / "sru-kst-29515-496.xml", headers=SRU_XML)
    )
    server.route(
        official(server, "kst-36682-10"), Reply(body=OP / "sru-kst-36682-10.xml", headers=SRU_XML)
    )
    server.route(
        frbr("kst-36682-10", "36682", "xml"),
        Reply(
            body=CORPUS / "kst-36682-10.xml",
            headers={"Content-Type": "text/xml", "ETag": '"36682-10-v1"'},
        ),
    )
    server.route(
        resource(DOC1),
        Reply(
            body=CORPUS / "kst-29515-496.pdf",
            headers={"Content-Type": "application/pdf", "ETag": '"d1-v1"'},
        ),
    )
    server.route(
        resource(DOC4),
        Reply(
            body=CORPUS / "ah-tk-20232024-2210.pdf",
            headers={"Content-Type": "application/pdf", "ETag": '"d4-v1"'},
        ),
    )


def serve_tk_next_day(server: ReplayServer) -> None:
    """What changed since: the answers' date corrected (file unchanged), the motion withdrawn."""
    server.route(
        feed(server, "Document", 20512007), Reply(body=TK / "feed-document-3.xml", headers=XML)
    )
    server.route(
        feed(server, "Document", 20513101), Reply(body=TK / "feed-document-4.xml", headers=XML)
    )
    server.route(
        feed(server, "Toezegging", 20512950), Reply(body=TK / "feed-toezegging-2.xml", headers=XML)
    )
    server.route(
        lookup(server, DOC4),
        Reply(body=TK / f"odata-document-{DOC4}-bijgewerkt.json", headers=JSON),
    )
    server.route(resource(DOC4), Reply(304, headers={"ETag": '"d4-v1"'}))


def serve_dossier_28676(server: ReplayServer) -> None:
    """The publication site's search for dossier 28 676, over two pages, with one record
    whose XML it lists but does not serve."""
    server.route(
        dossier_search(server, "28676", 1),
        Reply(body=OP / "sru-dossier-28676-1.xml", headers=SRU_XML),
    )
    server.route(
        dossier_search(server, "28676", 3),
        Reply(body=OP / "sru-dossier-28676-2.xml", headers=SRU_XML),
    )
    for identifier in ("kst-28676-512", "kst-28676-542"):
        server.route(
            frbr(identifier, "28676", "xml"),
            Reply(body=CORPUS / f"{identifier}.xml", headers={"Content-Type": "text/xml"}),
        )
    # metadata.xml of 512 and the XML of 543 are listed but not there (HTTP 404)


def serve_dossier_21501_02(server: ReplayServer) -> None:
    """The publication site's search for dossier 21 501-02 (the README's example)."""
    server.route(
        dossier_search(server, "21501-02", 1),
        Reply(body=OP / "sru-dossier-21501-02.xml", headers=SRU_XML),
    )
    server.route(
        frbr("kst-21501-02-3173", "21501-02", "xml"),
        Reply(body=CORPUS / "kst-21501-02-3173.xml", headers={"Content-Type": "text/xml"}),
    )
