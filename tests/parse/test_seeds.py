"""The two reference letters read as their hand-written gold readings say."""

import json
import re
from pathlib import Path

import pytest

from kamerbrieven.parse import read_letter

from .conftest import raw_from_text

# the one copy of the seeds and their gold readings
SEED_DIR = Path(__file__).resolve().parents[1] / "golden" / "seeds"

SEEDS = ["000_50034ceebe6a1b15", "002_ad9ccb4a6e4e1731"]


def _read(seed):
    text = (SEED_DIR / f"{seed}.txt").read_text(encoding="utf-8")
    gold = json.loads((SEED_DIR / f"{seed}.gold.json").read_text(encoding="utf-8"))
    return read_letter(raw_from_text(text, f"{seed}.txt")), gold


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_metadata_matches_gold(seed):
    letter, gold = _read(seed)
    assert letter.kind == gold["kind"]
    assert letter.number == gold["number"]
    assert letter.date == gold["date"]
    assert letter.dossier == gold["dossier"]
    assert letter.addressee == gold["addressee"]
    assert list(letter.senders) == gold["senders"]
    assert [(s.name, s.function) for s in letter.signatories] == [
        (s["name"], s["function"]) for s in gold["signatories"]
    ]


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_headings_and_footnotes_match_gold(seed):
    letter, gold = _read(seed)
    assert [s.heading for s in letter.sections if s.heading] == gold["headings"]
    assert [(f.mark, f.text) for f in letter.footnotes] == [
        (f["mark"], f["text"]) for f in gold["footnotes"]
    ]


@pytest.mark.parametrize("seed", SEEDS)
def test_every_split_word_is_rejoined_as_the_gold_says(seed):
    letter, gold = _read(seed)
    for case in gold["dehyphenation"]:
        left, right = case["broken"].split("|")
        assert case["expected"] in letter.text
        assert not re.search(re.escape(left) + r"\s+" + re.escape(right), letter.text)
        if case["expected"] != left + right:
            assert left + right not in letter.text


def test_seed_002_footnotes_leave_the_sentence_whole():
    letter, _ = _read("002_ad9ccb4a6e4e1731")
    assert ("leveren om de Taliban aan de onderhandelingstafel te krijgen.") in letter.text
    assert "Raadpleegbaar" not in letter.text
    assert "(zie bijlage bij dit verslag)[1]." in letter.text
    assert "Tallinn criterium[2]:" in letter.text


def test_seed_002_header_lines_are_not_body_text():
    letter, _ = _read("002_ad9ccb4a6e4e1731")
    assert letter.text.startswith("Hierbij informeer ik u over de bijeenkomst")
    assert "Den Haag, 12 december 2018" not in letter.text


def test_seed_000_without_header_warns_about_the_date():
    letter, _ = _read("000_50034ceebe6a1b15")
    assert "geen datum gevonden" in letter.warnings
    assert letter.text.startswith("Geachte voorzitter,")
    assert letter.id.startswith("sha-")


@pytest.mark.parametrize("seed", SEEDS)
def test_sections_point_into_text_and_do_not_overlap(seed):
    letter, _ = _read(seed)
    previous_end = 0
    for section in letter.sections:
        assert previous_end <= section.start <= section.end <= len(letter.text)
        if section.heading:
            assert letter.text[section.start :].startswith(section.heading)
        previous_end = section.end
    # the signature stays at the end of the text, after the last section
    assert letter.text.endswith(letter.signatories[-1].name)
    assert letter.sections[-1].end < letter.text.rindex(letter.signatories[-1].name)
