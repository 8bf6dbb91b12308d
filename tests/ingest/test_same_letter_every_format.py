"""One letter as PDF, XML, HTML and docx gives the same words, footnotes and key metadata."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from fixtures import body_words, letter, letter_docx, letter_html, letter_pdf, letter_xml

from conftest import read_bytes

BUILDERS = {"pdf": letter_pdf, "xml": letter_xml, "html": letter_html, "docx": letter_docx}


def _words(text: str) -> list[str]:
    text = re.sub(r"-\n(?=[a-zë])", "", text)  # the PDF's line-end hyphens (plain words only)
    return re.sub(r"\[\d+\]", "", text.replace("\f", " ")).split()


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_every_format_carries_the_whole_body_in_order(fmt):
    words = _words(read_bytes(BUILDERS[fmt](), fmt).text)
    expected = body_words()
    start = words.index(expected[0])
    assert words[start : start + len(expected)] == expected


@pytest.mark.parametrize("fmt", sorted(BUILDERS))
def test_every_format_gives_the_same_footnotes(fmt):
    raw = read_bytes(BUILDERS[fmt](), fmt)
    assert [(n.mark, n.text) for n in raw.footnotes] == [
        (n["mark"], n["text"]) for n in letter()["footnotes"]
    ]


@pytest.mark.parametrize("fmt", ["pdf", "xml", "html"])
def test_formats_that_state_the_number_agree_on_it(fmt):
    assert read_bytes(BUILDERS[fmt](), fmt).metadata["number"] == letter()["number"]


@pytest.mark.parametrize(
    "encoding, newline",
    [("utf-8", "\r\n"), ("utf-8-sig", "\n"), ("utf-16", "\r\n"), ("cp1252", "\r")],
)
def test_text_saved_by_any_windows_tool_reads_the_same(tmp_path, encoding, newline):
    from kamerbrieven.pipeline import read

    seed = Path(__file__).parents[2] / "samples" / "002_ad9ccb4a6e4e1731.txt"
    text = seed.read_text(encoding="utf-8")
    copy = tmp_path / "brief.txt"
    copy.write_text(text, encoding=encoding, newline=newline)
    expected, got = read(seed), read(copy)
    assert (got.text, got.footnotes, got.date, got.number) == (
        expected.text,
        expected.footnotes,
        expected.date,
        expected.number,
    )
