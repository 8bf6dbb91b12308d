"""Files built to hurt a reader: entity bombs and external entities, deep nesting, endless
lines, zip bombs, and PDFs that are broken, encrypted, empty, image-only or thousands of
pages long. Each is refused with its reason in Dutch, or read within the limits."""

from __future__ import annotations

import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from reportlab.lib import pdfencrypt
from tests.fuzz.hostile import (
    BILLION_LAUGHS,
    CORPUS,
    REPO,
    docx_bomb,
    docx_with_big_media,
    external_entity_xml,
    letter_lines,
    nested_html,
    nested_xml,
    pdf_of_images,
    pdf_of_lines,
    pdf_without_pages,
    read_or_refuse,
)

from kamerbrieven.errors import KamerbrievenError
from kamerbrieven.record import Letter
from kamerbrieven.settings import Settings

WORD_LETTER = (CORPUS / "kst-36682-10.docx").read_bytes()
PDF_LETTER = (REPO / "samples" / "kst-29515-496.pdf").read_bytes()


def refused(result: Letter | KamerbrievenError) -> str:
    assert isinstance(result, KamerbrievenError), "read, where it should have been refused"
    return str(result)


def read_letter(result: Letter | KamerbrievenError) -> Letter:
    assert isinstance(result, Letter), f"refused: {result}"
    return result


# -- XML and HTML -------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-16"])
def test_entity_expansion_is_refused(tmp_path: Path, encoding: str):
    bomb = BILLION_LAUGHS.decode().replace('"1.0"', f'"1.0" encoding="{encoding}"')
    reason = refused(read_or_refuse(tmp_path, "lol.xml", bomb.encode(encoding)))
    assert "entiteiten" in reason


def test_an_external_entity_is_refused_and_its_file_never_read(tmp_path: Path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("WACHTWOORD-123", "utf-8")
    reason = refused(read_or_refuse(tmp_path, "xxe.xml", external_entity_xml(secret)))
    assert "entiteiten" in reason and "WACHTWOORD" not in reason


def test_an_external_entity_in_an_html_page_stays_text(tmp_path: Path):
    secret = tmp_path / "geheim.txt"
    secret.write_text("WACHTWOORD-123", "utf-8")
    page = (
        f'<!DOCTYPE html [<!ENTITY geheim SYSTEM "file://{secret}">]><html><body>'
        "<p>Tweede Kamer der Staten-Generaal. Geachte voorzitter, &geheim; Hoogachtend,</p>"
        "</body></html>"
    ).encode()
    result = read_or_refuse(tmp_path, "xxe.html", page, Settings(accept_other=True))
    assert "WACHTWOORD" not in (result.text if isinstance(result, Letter) else str(result))


@pytest.fixture
def http_server() -> Iterator[tuple[str, list[str]]]:
    """A server on loopback that notes every path asked for."""
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the stdlib's name
            asked.append(self.path)
            self.send_response(200)
            self.end_headers()
            self.wfile.write(b'<!ENTITY extern "VAN-HET-NET">')

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", asked
    finally:
        server.shutdown()
        server.server_close()


def test_a_dtd_on_the_network_is_never_fetched(tmp_path: Path, http_server):
    url, asked = http_server
    xml = (
        f'<?xml version="1.0"?><!DOCTYPE officiele-publicatie SYSTEM "{url}/kst.dtd">'
        "<officiele-publicatie><stuk><al>Geachte voorzitter, hierbij de brief.</al></stuk>"
        "</officiele-publicatie>"
    ).encode()
    letter = read_letter(read_or_refuse(tmp_path, "kst.xml", xml, Settings(accept_other=True)))
    assert "hierbij de brief" in letter.text
    page = f'<!DOCTYPE html SYSTEM "{url}/html.dtd"><html><body><p>Brief</p></body></html>'
    read_or_refuse(tmp_path, "kst.html", page.encode(), Settings(accept_other=True))
    assert asked == []


@pytest.mark.parametrize("tag", ["div", "span", "b", "table"])
def test_html_nested_past_the_parsers_limit_is_refused_not_cut(tmp_path: Path, tag: str):
    reason = refused(read_or_refuse(tmp_path, "diep.html", nested_html(100_000, tag)))
    assert "te diep genest" in reason


def test_html_nested_within_the_limit_is_read_with_its_text(tmp_path: Path):
    settings = Settings(accept_other=True)
    letter = read_letter(read_or_refuse(tmp_path, "diep.html", nested_html(200), settings))
    assert "Geachte voorzitter" in letter.text


def test_xml_nested_past_the_parsers_limit_is_refused(tmp_path: Path):
    assert "te diep genest" in refused(read_or_refuse(tmp_path, "diep.xml", nested_xml(10_000)))


def test_html_with_an_endless_word_is_refused_not_cut(tmp_path: Path):
    page = b"<html><body><p>" + b"a" * 11_000_000 + b"</p></body></html>"
    assert "10 MB" in refused(read_or_refuse(tmp_path, "woord.html", page))


# -- text -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kamerbrief" * 400_000,  # one word of 4 million characters
        "NAVO Oekraïne " * 300_000,  # one line of 4 million characters
        (REPO / "samples" / "002_ad9ccb4a6e4e1731.txt").read_text("utf-8").replace("\n", " ") * 80,
    ],
    ids=["one-word", "one-line", "letter-on-one-line"],
)
def test_very_long_lines_and_words_are_read_within_the_text_limit(tmp_path: Path, text: str):
    settings = Settings(max_text_chars=1_000_000, accept_other=True)
    letter = read_letter(read_or_refuse(tmp_path, "lang.txt", text.encode(), settings))
    assert 0 < len(letter.text) <= 1_000_000
    assert any(w.startswith("tekst ingekort") for w in letter.warnings)


# -- Word -----------------------------------------------------------------------------------


def test_a_zip_bomb_inside_a_word_file_is_refused_before_it_is_unpacked(tmp_path: Path):
    bomb = docx_bomb(WORD_LETTER, paragraphs_mb=100)
    assert len(bomb) < 400_000
    reason = refused(read_or_refuse(tmp_path, "bom.docx", bomb))
    assert reason.startswith("zip-bom: word/document.xml pakt")


def test_a_word_file_that_unpacks_past_the_limit_is_refused_with_the_setting_to_raise(
    tmp_path: Path,
):
    big = docx_with_big_media(WORD_LETTER, megabytes=3)
    result = read_or_refuse(tmp_path, "groot.docx", big, Settings(max_unpacked_bytes=2 * 2**20))
    assert refused(result).startswith("uitgepakt te groot: 3.")
    assert isinstance(result, KamerbrievenError)
    assert "KAMERBRIEVEN_MAX_UNPACKED_MB" in result.hint
    # the same file within the limit is read
    read_letter(read_or_refuse(tmp_path, "groot.docx", big, Settings()))


# -- PDF ------------------------------------------------------------------------------------


@pytest.mark.parametrize("share", [0.1, 0.5, 0.9, 0.99])
def test_a_truncated_pdf_is_read_or_refused_as_damaged(tmp_path: Path, share: float):
    result = read_or_refuse(tmp_path, "kapot.pdf", PDF_LETTER[: int(len(PDF_LETTER) * share)])
    if isinstance(result, KamerbrievenError):
        assert "PDF" in str(result)


def test_an_encrypted_pdf_is_refused_as_encrypted(tmp_path: Path):
    locked = pdf_of_lines(2, letter_lines(), encrypt=pdfencrypt.StandardEncryption("geheim"))
    assert refused(read_or_refuse(tmp_path, "slot.pdf", locked)) == (
        "PDF is versleuteld (wachtwoord nodig)"
    )


def test_a_pdf_with_only_an_owner_password_is_read(tmp_path: Path):
    owner = pdfencrypt.StandardEncryption("", ownerPassword="eigenaar", canPrint=0, canCopy=0)
    letter = read_letter(
        read_or_refuse(tmp_path, "rechten.pdf", pdf_of_lines(2, letter_lines(), encrypt=owner))
    )
    assert "Noord Atlantische Raad" in letter.text


def test_a_pdf_without_pages_says_so_also_after_an_encrypted_one(tmp_path: Path):
    locked = pdf_of_lines(1, letter_lines(), encrypt=pdfencrypt.StandardEncryption("geheim"))
    read_or_refuse(tmp_path, "slot.pdf", locked)  # pdfium keeps this error code about
    assert refused(read_or_refuse(tmp_path, "leeg.pdf", pdf_without_pages())) == (
        "PDF heeft geen pagina's"
    )


def test_an_empty_file_named_pdf_is_refused(tmp_path: Path):
    assert refused(read_or_refuse(tmp_path, "leeg.pdf", b"")) == "leeg bestand"


def test_an_image_only_pdf_with_nothing_to_read_is_refused_after_ocr(tmp_path: Path):
    reason = refused(read_or_refuse(tmp_path, "wit.pdf", pdf_of_images(2)))
    assert reason.startswith("PDF heeft geen tekstlaag")


def test_a_pdf_of_thousands_of_pages_is_read_up_to_the_text_limit(tmp_path: Path):
    data = pdf_of_lines(2000, letter_lines())
    settings = Settings(max_text_chars=200_000)
    letter = read_letter(read_or_refuse(tmp_path, "dik.pdf", data, settings))
    assert len(letter.text) <= 200_000
    (pages,) = [w for w in letter.warnings if w.startswith("PDF van 2000 pagina's")]
    assert "niet gelezen (de grens van 200.000 tekens)" in pages


def test_control_characters_beside_a_note_marker_in_a_page_are_read(tmp_path: Path):
    """Found by atheris: lxml keeps a control character in a page's text but refused the
    text when the reader glued a note marker to the word before it."""
    page = b"<html><body><p>Zie de brief\x01 van gisteren<sup>1</sup></p></body></html>"
    letter = read_letter(read_or_refuse(tmp_path, "noot.html", page, Settings(accept_other=True)))
    assert "Zie de brief van gisteren[1]" in " ".join(letter.text.split())
