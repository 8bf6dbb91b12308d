"""How users coming from other tools write queries: OpenTK's AND / NOT / NEAR in capitals,
abbreviations and plurals in filters, a dossier and its sub-dossiers, a person by initials
or first name; and values that mean nothing are refused with the values there are."""

from __future__ import annotations

import pytest

from kamerbrieven.errors import QueryError
from kamerbrieven.record import Letter


def ids(index, query: str) -> set[str]:
    result = index.search(query, limit=1000)
    assert result.total == len(result.hits)
    return {hit.id for hit in result.hits}


def test_not_in_capitals_excludes_like_minus(index) -> None:
    assert ids(index, "NAVO NOT Rusland") == ids(index, "NAVO -Rusland")
    assert ids(index, "NAVO NOT Rusland")  # not empty
    assert ids(index, "NAVO AND Rusland") == ids(index, "NAVO Rusland")


def test_near_finds_words_close_together_in_either_order(index, corpus: list[Letter]) -> None:
    near = ids(index, "NEAR(kinderopvangtoeslag hersteld)")
    assert "hand-toeslag-titel" in near  # "De kinderopvangtoeslag wordt ... hersteld"
    assert "hand-toeslag-tekst" not in near  # both words? no: "hersteld" is not there
    assert ids(index, "NEAR(hersteld kinderopvangtoeslag)") == near
    # within 2 words: "kinderopvangtoeslag wordt aan gedupeerde ouders hersteld" is 4 apart
    assert "hand-toeslag-titel" not in ids(index, "NEAR(kinderopvangtoeslag hersteld, 2)")


@pytest.mark.parametrize(
    ("written", "meant"),
    [
        ("soort:moties", "soort:motie"),
        ("soort:brieven", "soort:brief"),
        ("ministerie:BZ", 'ministerie:"Buitenlandse Zaken"'),
        ("ministerie:OCW", 'ministerie:"Onderwijs, Cultuur en Wetenschap"'),
        ("land:VS", 'land:"Verenigde Staten"'),
        ("land:oekraine", "land:Oekraïne"),
    ],
)
def test_filters_take_the_usual_abbreviations_and_plurals(index, written, meant) -> None:
    assert ids(index, written) == ids(index, meant)
    assert ids(index, written)


def test_a_dossier_finds_its_sub_dossiers(index, corpus: list[Letter]) -> None:
    subs = {letter.dossier for letter in corpus if letter.dossier and "-" in letter.dossier}
    main = sorted(subs)[0].split("-")[0]
    expected = {
        letter.id for letter in corpus if letter.dossier and letter.dossier.split("-")[0] == main
    }
    assert ids(index, f"dossier:{main}") == expected
    assert ids(index, f"dossier:{sorted(subs)[0]}") < expected or len(expected) == 1


@pytest.mark.parametrize("who", ['"S.A. Blok"', '"Stef Blok"', "Blok", '"stef blok"'])
def test_a_person_is_found_by_initials_or_first_name(index, who) -> None:
    found = ids(index, f"persoon:{who}")
    assert {"sha-50034ceebe6a", "kst-28676-307"} <= found


def test_another_initial_is_another_person(index) -> None:
    assert ids(index, 'persoon:"P. Blok"') == set()


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("tot:2019-99", "geen maand 99"),
        ("tot:2024-13", "geen maand 13"),
        ("soort:brievenbus", "brief, geannoteerde agenda"),
        ("ministerie:XYZ", "EZK"),
        ("land:Atlantis", "land:Oekraïne"),
        ("NEAR(stikstof)", "2 tot 4 woorden"),
    ],
)
def test_a_value_that_means_nothing_is_refused_with_what_there_is(index, query, says) -> None:
    with pytest.raises(QueryError) as error:
        index.search(query)
    assert says in str(error.value) + " " + error.value.hint
