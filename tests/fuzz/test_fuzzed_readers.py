"""Property tests: whatever bytes a file holds, in whatever format, reading it through the
whole pipeline gives a letter or a Dutch refusal, never an uncaught exception.

Inputs: random bytes under every suffix and behind every format's signature, random
Unicode text in the encodings users' files come in, and real letters of every format
truncated and mutated (bytes flipped, inserted, deleted, repeated). A few dozen of each
by default; KAMERBRIEVEN_LONG_TESTS=1 tries thousands (and every real letter as a seed).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from tests.fuzz.hostile import (
    MARKUP,
    SUFFIXES,
    examples,
    letter_lines,
    mutate,
    pdf_of_runs,
    read_or_refuse,
    scans,
    seeds,
    sprinkle,
    with_part_replaced,
)

from kamerbrieven.errors import KamerbrievenError
from kamerbrieven.record import Letter
from kamerbrieven.store.rows import EXTRA_ITEM_TYPES


def fuzz(default: int, long: int) -> settings:
    """`default` inputs, or `long` in the long run; no deadline (a PDF takes a second; the
    per-file time limit is tested in tests/cli/test_file_limits.py)."""
    return settings(
        max_examples=examples(default, long),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# Each format's first bytes: random bytes behind them reach that format's reader.
SIGNATURES = {
    ".pdf": b"%PDF-1.7\n",
    ".docx": b"PK\x03\x04word/",
    ".xml": b'<?xml version="1.0"?><officiele-publicatie>',
    ".html": b"<!DOCTYPE html><html><body><p>",
    ".txt": b"Tweede Kamer der Staten-Generaal\n",
}

edits = st.lists(
    st.tuples(
        st.sampled_from(["truncate", "flip", "insert", "delete", "repeat"]),
        st.floats(min_value=0.0, max_value=1.0),  # where, as a share of the file's length
        st.binary(max_size=64),
    ),
    min_size=1,
    max_size=12,
)


def _held_to_the_contract(result: Letter | KamerbrievenError) -> None:
    """A letter read from garbage is still a valid record: it reads back from its JSON, and
    every span and section points inside its text."""
    if isinstance(result, KamerbrievenError):
        event(f"geweigerd: {str(result).split(':')[0][:60]}")
        return
    event("gelezen")
    record = json.loads(json.dumps(result.to_dict(), ensure_ascii=False))
    assert Letter.from_dict(record, EXTRA_ITEM_TYPES).to_dict() == record
    length = len(result.text)
    for start, end in _spans(record):
        assert 0 <= start <= end <= length, (start, end, length)


def _spans(value: object) -> list[tuple[int, int]]:
    """Every (start, end) in a record: items' `span`, sections' `start`/`end`."""
    found: list[tuple[int, int]] = []
    if isinstance(value, dict):
        if isinstance(value.get("span"), list):
            found.append(tuple(value["span"]))
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            found.append((value["start"], value["end"]))
        for inner in value.values():
            found += _spans(inner)
    elif isinstance(value, list):
        for inner in value:
            found += _spans(inner)
    return found


@fuzz(60, 3000)
@given(data=st.binary(max_size=4096), suffix=st.sampled_from((*SUFFIXES, ".htm", "", ".bin")))
def test_random_bytes_under_any_name_are_read_or_refused(fuzz_folder: Path, data, suffix):
    _held_to_the_contract(read_or_refuse(fuzz_folder, f"brief{suffix}", data))


@fuzz(60, 3000)
@given(suffix=st.sampled_from(sorted(SIGNATURES)), tail=st.binary(max_size=4096))
def test_random_bytes_behind_a_format_signature_are_read_or_refused(
    fuzz_folder: Path, suffix, tail
):
    _held_to_the_contract(read_or_refuse(fuzz_folder, f"brief{suffix}", SIGNATURES[suffix] + tail))


@fuzz(40, 2000)
@given(
    text=st.text(max_size=5000),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1"]),
)
def test_random_unicode_text_is_read_or_refused(fuzz_folder: Path, text, encoding):
    data = text.encode(encoding, errors="replace")
    _held_to_the_contract(read_or_refuse(fuzz_folder, "brief.txt", data))


@fuzz(40, 2000)
@given(seed=st.sampled_from(seeds()), cut=st.floats(min_value=0.0, max_value=1.0))
def test_truncated_real_letters_are_read_or_refused(fuzz_folder: Path, seed, cut):
    data = seed.data[: int(len(seed.data) * cut)]
    _held_to_the_contract(read_or_refuse(fuzz_folder, seed.name, data))


@fuzz(60, 4000)
@given(seed=st.sampled_from(seeds()), changes=edits)
def test_mutated_real_letters_are_read_or_refused(fuzz_folder: Path, seed, changes):
    _held_to_the_contract(read_or_refuse(fuzz_folder, seed.name, mutate(seed.data, changes)))


@fuzz(4, 60)
@given(
    seed=st.sampled_from(scans()),
    changes=st.lists(
        st.tuples(st.just("flip"), st.floats(0.05, 0.95), st.binary(min_size=1, max_size=1)),
        min_size=1,
        max_size=40,
    ),
)
def test_mutated_scans_go_through_ocr_or_are_refused(fuzz_folder: Path, seed, changes):
    _held_to_the_contract(read_or_refuse(fuzz_folder, seed.name, mutate(seed.data, changes)))


# Pieces that keep Word's XML well formed wherever they go between two tags.
WORD_PIECES = (
    "<w:p/>",
    "<w:r><w:t>x</w:t></w:r>",
    '<w:r><w:footnoteReference w:id="99"/></w:r>',
    "<w:tab/>",
    "<w:br/>",
    "&amp;",
    "&#8232;",
    "<![CDATA[ ]]>",
    "<!-- -->",
    "Nr. 307",
    "Datum 12 december 2018",
)


@fuzz(30, 2000)
@given(
    seed=st.sampled_from([s for s in seeds() if s.name.endswith(".docx")]),
    changes=st.lists(
        st.tuples(
            st.floats(min_value=0.02, max_value=0.98),  # inside the root element
            st.one_of(
                st.sampled_from(WORD_PIECES),
                # any text XML allows (no control characters), escaped
                st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=20).map(
                    html.escape
                ),
            ),
        ),
        min_size=1,
        max_size=8,
    ),
)
def test_word_files_with_pieces_put_into_their_xml_are_read_or_refused(
    fuzz_folder: Path, seed, changes
):
    def change(xml: bytes) -> bytes:
        return sprinkle(xml.decode("utf-8"), changes, between_tags=True).encode("utf-8")

    data = with_part_replaced(seed.data, "word/document.xml", change)
    _held_to_the_contract(read_or_refuse(fuzz_folder, seed.name, data))


@fuzz(40, 3000)
@given(
    seed=st.sampled_from([s for s in seeds() if s.name.endswith((".xml", ".html", ".txt"))]),
    changes=st.lists(
        st.tuples(
            st.floats(min_value=0.0, max_value=1.0),
            st.one_of(st.sampled_from(MARKUP), st.text(max_size=20)),
        ),
        min_size=1,
        max_size=20,
    ),
)
def test_markup_and_text_letters_with_pieces_put_in_are_read_or_refused(
    fuzz_folder: Path, seed, changes
):
    text = sprinkle(seed.data.decode("utf-8", "replace"), changes)
    _held_to_the_contract(read_or_refuse(fuzz_folder, seed.name, text.encode("utf-8")))


runs = st.tuples(
    st.floats(min_value=-100, max_value=700),
    st.floats(min_value=-100, max_value=900),
    st.sampled_from([0.1, 1.0, 4.0, 6.5, 8.0, 10.0, 10.0, 10.0, 12.0, 24.0, 200.0]),
    st.sampled_from([0, 0, 0, 90, 180, 270, 45, -3]),
    st.one_of(st.sampled_from(letter_lines()), st.text(max_size=60)),
)


@fuzz(25, 1500)
@given(lines=st.lists(runs, min_size=1, max_size=60))
def test_pdfs_of_text_at_any_place_size_and_angle_are_read_or_refused(fuzz_folder: Path, lines):
    _held_to_the_contract(read_or_refuse(fuzz_folder, "brief.pdf", pdf_of_runs(lines)))
