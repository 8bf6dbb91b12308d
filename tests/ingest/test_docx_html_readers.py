"""docx and HTML readers on real Word letters and the rendered letter."""

from __future__ import annotations

import pytest
from fixtures import letter_docx, letter_html

from conftest import read_bytes, read_corpus
from kamerbrieven.errors import UnreadableFile


def test_docx_footnote_references_become_markers_and_notes():
    raw = read_bytes(letter_docx(), "docx")
    assert "(zie bijlage bij dit verslag)[1]." in raw.text
    assert [n.mark for n in raw.footnotes] == ["1", "2"]
    assert raw.footnotes[0].text == "Raadpleegbaar via www.tweedekamer.nl."


def test_docx_header_part_is_left_out():
    assert "vergaderjaar 2018–2019" not in read_bytes(letter_docx(), "docx").text


def test_rijkshuisstijl_letterhead_fields_stay_in_text_and_date_in_metadata():
    name = "jenv-20240111-beantwoording-kamervragen-2023Z19677-niet-noodgevallennummer.docx"
    raw = read_corpus(name)
    paragraphs = raw.text.split("\n\n")
    assert paragraphs[paragraphs.index("Datum") + 1] == "11 januari 2024"
    assert raw.metadata["date"] == "2024-01-11"
    assert "Vraag 1" in paragraphs
    assert raw.footnotes[0].text == "Kamerstukken, 2022-2023, 29628, nr. 1135"


def test_letterhead_kept_in_the_first_page_header_is_read():
    # jenv-20240715: the body holds no letterhead; Word keeps it in the first page's header
    name = "jenv-20240715-beantwoording-kamervragen-2024Z11859-politiebureau-wolvega.docx"
    raw = read_corpus(name)
    paragraphs = raw.text.split("\n\n")
    assert raw.metadata["date"] == "2024-07-25"
    assert paragraphs.index("Betreft") < paragraphs.index("Vraag 1")
    # the header holds each text box twice (choice and fallback): read once
    assert paragraphs.count("Datum") == 1 and paragraphs.count("Betreft") == 1


def test_word_version_of_a_motie_reads_like_the_xml():
    docx_words = read_corpus("kst-36682-10.docx").text.split()
    xml_text = read_corpus("kst-36682-10.xml").text
    assert "GEWIJZIGDE MOTIE VAN HET LID CLAASSEN" in " ".join(docx_words)
    assert "en gaat over tot de orde van de dag." in xml_text
    assert " ".join(docx_words).endswith("en gaat over tot de orde van de dag. Claassen")


def test_old_binary_doc_is_refused_with_a_hint():
    with pytest.raises(UnreadableFile, match=r"\.doc") as info:
        read_corpus("tk-motie-verdonk-20090528-verantwoordingsbrief-2008.doc", "docx")
    assert ".docx" in info.value.hint


@pytest.mark.parametrize("data", [b"PK\x03\x04 not really a zip", b"plain text"])
def test_broken_docx_is_unreadable(data):
    with pytest.raises(UnreadableFile):
        read_bytes(data, "docx")


def test_html_page_furniture_goes_and_notes_come_out():
    raw = read_bytes(letter_html(), "html")
    assert "Zoeken" not in raw.text and "Over deze site" not in raw.text
    assert "tracking" not in raw.text and "Officiële bekendmakingen" not in raw.text
    assert "(zie bijlage bij dit verslag)[1]." in raw.text
    assert [(n.mark, n.text[:13]) for n in raw.footnotes] == [
        ("1", "Raadpleegbaar"),
        ("2", "Zie verslag v"),
    ]
    assert raw.metadata == {
        "id": "kst-28676-307",
        "dossier": "28676",
        "number": 307,
        "kind": "brief",
    }


def test_plain_html_falls_back_to_visible_body_text():
    page = (
        b"<html><head><title>x</title><style>p{}</style></head><body><nav>Home</nav>"
        b"<h1>Kamerbrief over de NAVO</h1><div>Geachte voorzitter,<br>Hierbij.</div>"
        b"<table><tr><td>Vraag 1</td><td>Antwoord</td></tr></table><footer>c</footer>"
        b"</body></html>"
    )
    assert read_bytes(page, "html").text.split("\n\n") == [
        "Kamerbrief over de NAVO",
        "Geachte voorzitter, Hierbij.",
        "Vraag 1 | Antwoord\n",
    ]


def test_empty_html_is_unreadable():
    with pytest.raises(UnreadableFile):
        read_bytes(b"<html><body><script>x()</script></body></html>", "html")
