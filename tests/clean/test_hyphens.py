"""Line-end hyphens: rejoin hyphenated words, keep real hyphens (lines from seed letter 002)."""

import pytest

from kamerbrieven.clean.hyphens import join_lines, keeps_hyphen


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            "Hierna volgde een werksessie over de trans-Atlantische betrek-",
            "kingen, het",
            "betrekkingen,",
        ),
        ("Het incident betekent een verdere verslech-", "tering van de", "verslechtering"),
        (
            "een situatie waarin alleen de VS zich houdt aan wapenbeheersingsver-",
            "plichtingen is niet houdbaar.",
            "wapenbeheersingsverplichtingen",
        ),
        ("weerbaarheid in partner-", "landen. Bondgenoten", "partnerlanden."),
        ("de relatie tussen de NAVO en Bosnië-", "Herzegovina en de", "Bosnië-Herzegovina"),
        ("Het historische staakt-het-", "vuren dat plaatsvond", "staakt-het-vuren"),
        (
            "Nederland verzorgt zowel Train, Advice and Assist (TAA)-",
            "activiteiten ten behoeve",
            "(TAA)-activiteiten",
        ),
        ("politie-eenheden via een Duits-", "Nederlands Special Operations", "Duits-Nederlands"),
        (
            "de Afghaanse regering aanzienlijke stappen te zetten heeft om de presidents-",
            "verkiezingen die",
            "presidentsverkiezingen",
        ),
    ],
)
def test_split_word_is_rejoined_or_keeps_its_real_hyphen(first, second, expected):
    assert expected in join_lines(first, second).split()


def test_acronym_before_hyphen_keeps_it():
    assert join_lines("De", "NAVO-") == "De NAVO-"
    assert join_lines("waren eensgezind de NAVO-", "bondgenoten") == (
        "waren eensgezind de NAVO-bondgenoten"
    )


def test_elided_compound_keeps_hyphen_and_space():
    # kst-29515-496: "de regeldrukeffecten van wet- en regelgeving"
    assert join_lines("de regeldrukeffecten van wet-", "en regelgeving.") == (
        "de regeldrukeffecten van wet- en regelgeving."
    )


def test_vowel_clash_keeps_hyphen_when_lexicon_is_silent():
    assert keeps_hyphen("zee", "egelkolonies") is True
    assert keeps_hyphen("terughou", "dendheid") is False


def test_split_left_inside_a_line_is_rejoined_but_a_writers_hyphen_stays():
    # ah-tk-20222023-3649 (extractor dropped the line break, kept the hyphen); seed 002
    from kamerbrieven.clean.hyphens import rejoin_inline_splits

    line = "waaronder de emissiefacto-ren per huisvestings-systeem zoals vastgesteld"
    assert rejoin_inline_splits(line) == (
        "waaronder de emissiefactoren per huisvestingssysteem zoals vastgesteld"
    )
    kept = "investeringen voor defensie-capaciteiten en de-escalatie, wet- en regelgeving"
    assert rejoin_inline_splits(kept) == kept
