"""The detector: which layout reader reads a document, and the warning when it is unsure.
Each input is the top of a real document (named in a comment)."""

import importlib
import pkgutil

from kamerbrieven.parse import layouts, read_letter
from kamerbrieven.parse.layouts import LAYOUTS, WRAPPERS, read_header
from kamerbrieven.parse.layouts.base import top_lines
from kamerbrieven.parse.layouts.cues import Cues
from kamerbrieven.parse.layouts.detect import choose
from kamerbrieven.rules import RuleTable

from .conftest import DATA, raw_from_text

# kst-28676-307 (seed 002), after split_run_together
KAMERSTUK_TOP = [
    "Tweede Kamer der Staten-Generaal 2",
    "Vergaderjaar 2018–2019",
    "28 676 NAVO",
    "Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal",
    "Den Haag, 12 december 2018",
]
# vw-20050211-ek-nadere-mva-krw: a side column of labels over their values
LETTERHEAD_TOP = [
    "Contactpersoon",
    "-",
    "Datum",
    "11 februari 2005",
    "Ons kenmerk",
    "HDJZ/WAT 2005-54",
    "Doorkiesnummer",
    "-",
    "Bijlage(n)",
    "1",
    "Uw brief van",
    "24 december 2004",
    "Onderwerp",
    "Implementatiewet EG-kaderrichtlijn water (Kamerstukken I 28808, A)",
    "Geachte voorzitter,",
]


def _chosen(top):
    choice = choose(LAYOUTS, tuple(top))
    return choice.layout.name if choice.layout else None, choice.warning


def test_a_typeset_kamerstuk_is_read_as_one_without_a_warning():
    assert _chosen(KAMERSTUK_TOP) == ("kamerstuk", None)


def test_a_ministry_letterhead_is_read_as_one_without_a_warning():
    assert _chosen(LETTERHEAD_TOP) == ("letterhead", None)


def test_a_refinement_is_no_rival_of_the_kamerstuk_it_refines():
    # kst-29338-289: a committee report is a Kamerstuk with lines of its own
    top = [
        "29 338 Wetenschapsbudget",
        "Nr. 289 Verslag van een schriftelijk overleg",
        "Vastgesteld 16 januari 2024",
    ]
    assert _chosen(top) == ("committee", None)


def test_close_rivals_are_named_in_the_warning():
    # seed 002's number line over a ministry letter's labels
    top = [
        "Nr. 307 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN",
        "Datum 4 februari 2021",
        "Betreft Gereedstelling militairen",
    ]
    assert _chosen(top) == (
        "letterhead",
        "opmaak onzeker: ministeriebrief (Betreft, Datum) of Kamerstuk (Nr.)",
    )


def test_thin_evidence_is_read_with_the_best_layout_and_a_warning():
    # ez-beslisnota-20241030 (pypdf, its side column cleaned away): a note with only a
    # "Datum" label on top
    lines = [
        "Aan de Minister van Economische Zaken",
        "Doorgeleiding werkprogramma 2025 Adviescollege",
        "Toetsing Regeldruk (ATR) aan Staten-Generaal",
        "TER ONDERTEKENING",
        "",
        "Auteur",
        "Datum",
        "30 oktober 2024",
        "Bijlage(n) -3",
        "1. Werkprogramma 2025 ATR",
    ]
    header = read_header(lines)
    assert (header.layout, header.body_start) == ("letterhead", 1)
    assert header.warnings == ["opmaak onzeker: ministeriebrief (Datum), weinig kenmerken"]
    assert header.date == "2024-10-30"


def test_the_warning_reaches_the_record():
    text = (DATA / "ez-beslisnota-20241030-werkprogramma-atr-2025.pypdf.txt").read_text()
    letter = read_letter(raw_from_text(text))
    assert "opmaak onzeker: ministeriebrief (Datum), weinig kenmerken" in letter.warnings


def test_no_layout_at_all_is_read_plainly_and_without_a_warning():
    # rvs-advies-W18.23.00028-IV (pypdf): "AAN DE KONING", form dots, a dated reference
    lines = [
        "AAN DE KONING",
        ". . . . . . . . . . . . . . . . . . . .",
        "Intern gebruik",
        "No. W18.23.00028/IV 's-Gravenhage, 8 juni 2023",
        "Bij Kabinetsmissive van 15 februari 2023, no.2023000355, heeft Uwe Majesteit, op",
    ]
    header = read_header(lines)
    assert (header.layout, header.warnings, header.date) == (None, [], "2023-06-08")
    assert header.body_start == 0


def test_every_layout_module_is_registered_and_has_its_table():
    modules = {
        info.name
        for info in pkgutil.iter_modules(layouts.__path__)
        if isinstance(
            getattr(importlib.import_module(f"{layouts.__name__}.{info.name}"), "LINES", None),
            RuleTable,
        )
    }
    registered = {type(layout).__module__.rsplit(".", 1)[1] for layout in (*LAYOUTS, *WRAPPERS)}
    assert modules - {"shared"} == registered
    assert all(layout.cues.rows for layout in (*LAYOUTS, *WRAPPERS))


def test_the_cue_index_never_hides_a_match():
    """The rows a line is tried on (picked by the words their matches start with) hold
    every row that matches it, on every line of the parse test data."""
    index_for = Cues._start_index().rows_for
    for path in sorted(DATA.glob("*.txt")):
        for line in top_lines(path.read_text().splitlines(), 10_000):
            tried = {id(rule) for rule in index_for(line)}
            matching = {id(rule) for rule in Cues._every if rule.pattern.match(line)}
            assert matching <= tried, (path.name, line)
