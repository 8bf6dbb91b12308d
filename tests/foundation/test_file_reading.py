"""Finding files, telling their format, and refusing bad ones with a reason."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamerbrieven.errors import UnreadableFile, UnsupportedFormat
from kamerbrieven.ingest import detect_format, find_files, read_file
from kamerbrieven.ingest.text import decode_text, looks_binary

REPO = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    ("name", "head", "expected"),
    [
        ("brief.pdf", b"%PDF-1.4\n", "pdf"),
        ("zonder-extensie", b"%PDF-1.7\n", "pdf"),
        ("kst.xml", b'\xef\xbb\xbf<?xml version="1.0"?><officiele-publicatie/>', "xml"),
        ("pagina.html", b"<!DOCTYPE html><html><body>x</body></html>", "html"),
        ("pagina.xml", b"<html><body>x</body></html>", "html"),
        ("brief.txt", b"Geachte voorzitter,", "text"),
        ("brief", b"Geachte voorzitter,", "text"),
    ],
)
def test_format_is_told_by_content_before_suffix(name, head, expected):
    assert detect_format(Path(name), head) == expected


def test_old_word_files_are_refused_with_a_way_out():
    with pytest.raises(UnsupportedFormat) as refused:
        detect_format(Path("motie.doc"), b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    assert ".docx" in refused.value.hint


def test_a_pdf_suffix_on_something_else_is_unreadable():
    with pytest.raises(UnreadableFile, match="geen geldig PDF"):
        detect_format(Path("brief.pdf"), b"hallo")


def test_unknown_suffixes_are_refused_by_name():
    with pytest.raises(UnsupportedFormat, match=r"\.jpg"):
        detect_format(Path("foto.jpg"), b"\xff\xd8\xff\xe0")


def test_cp1252_and_latin1_text_are_decoded():
    assert decode_text("Oekraïne – Rusland".encode("cp1252")) == ("Oekraïne – Rusland", "cp1252")
    assert decode_text(b"Oekra\xefne \x81") == ("Oekraïne \x81", "latin-1")
    assert decode_text("\ufeffGeachte".encode("utf-8"))[0] == "Geachte"


def test_binary_content_is_recognised():
    assert looks_binary(bytes(range(256)))
    assert not looks_binary(b"Den Haag, 12 december 2018\n\fNr. 307\n")


def test_unreadable_inputs_each_have_their_reason(tmp_path: Path):
    empty = tmp_path / "leeg.txt"
    empty.write_bytes(b"")
    big = tmp_path / "groot.txt"
    big.write_bytes(b"a" * 2000)
    cases = {
        tmp_path / "weg.txt": "bestaat niet",
        tmp_path: "is een map",
        empty: "leeg bestand",
        big: "te groot",
    }
    for path, reason in cases.items():
        with pytest.raises(UnreadableFile, match=reason):
            read_file(path, max_bytes=1000)


def test_text_files_keep_their_sha256_and_path(tmp_path: Path):
    letter = tmp_path / "brief.txt"
    letter.write_text("Geachte voorzitter,\n\nHierbij.\n", encoding="utf-8")
    raw = read_file(letter)
    assert raw.source.path == str(letter)
    assert raw.source.format == "text"
    assert len(raw.source.sha256) == 64
    assert raw.layout == "lines"


def test_folders_are_walked_recursively_in_order_and_companions_skipped(tmp_path: Path):
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b/2.txt", "a.txt", "kst-1-2.xml", "kst-1-2.metadata.xml", ".git/x.txt"):
        (tmp_path / name).write_text("x")
    found = [p.relative_to(tmp_path).as_posix() for p in find_files([str(tmp_path)])]
    assert found == ["a.txt", "b/2.txt", "kst-1-2.xml"]


def test_globs_and_named_files_keep_the_order_given(tmp_path: Path):
    for name in ("1.txt", "2.txt", "3.pdf"):
        (tmp_path / name).write_text("x")
    found = list(
        find_files([str(tmp_path / "3.pdf"), str(tmp_path / "*.txt"), str(tmp_path / "1.txt")])
    )
    assert [p.name for p in found] == ["3.pdf", "1.txt", "2.txt"]


def test_a_named_metadata_file_is_not_skipped(tmp_path: Path):
    companion = tmp_path / "kst-1-2.metadata.xml"
    companion.write_text("<x/>")
    assert list(find_files([str(companion)])) == [companion]
