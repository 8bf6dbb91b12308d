"""Every text a user looks for is searched (issue 11.10): the title, the dossier's title
and the footnotes, not only the body. Letters written for the test, their dossier titles as
the Kamer names them."""

from __future__ import annotations

from kamerbrieven.record import Footnote, Letter, Source


def _letter(letter_id: str, text: str, **fields) -> Letter:  # type: ignore[no-untyped-def]
    return Letter(
        id=letter_id, source=Source(f"{letter_id}.txt", "0" * 64, "text"), text=text, **fields
    )


LETTERS = [
    _letter(
        "kst-21501-02-2001",
        "Hierbij ontvangt u het verslag van de bijeenkomst van 12 december.",
        dossier="21501-02",
        dossier_title="Raad Algemene Zaken en Raad Buitenlandse Zaken",
        kind="brief",
    ),
    _letter(
        "kst-36200-V-12",
        "Met deze brief informeer ik u over de uitgaven aan ontwikkelingshulp.",
        dossier="36200-V",
        dossier_title="Vaststelling van de begrotingsstaten van het Ministerie van "
        "Buitenlandse Zaken (V) voor het jaar 2023",
        kind="brief",
    ),
    _letter(
        "kst-27925-900",
        "Het kabinet verwijst naar het eerdere onderzoek[1] en neemt de aanbevelingen over.",
        dossier="27925",
        dossier_title="Bestrijding internationaal terrorisme",
        footnotes=(Footnote("1", "Rapport van de Adviesraad Internationale Vraagstukken, 2019."),),
        kind="brief",
    ),
    _letter(
        "kst-99999-1",
        "Een brief over iets anders: de zorg in de regio.",
        title="Zorg in de regio",
        kind="brief",
    ),
]


def _found(empty_index, query: str) -> list[str]:  # type: ignore[no-untyped-def]
    empty_index.add(LETTERS)
    empty_index.commit()
    return [hit.id for hit in empty_index.search(query).hits]


def test_the_dossier_title_is_searched_as_a_phrase(empty_index) -> None:
    assert _found(empty_index, '"Raad Algemene Zaken"') == ["kst-21501-02-2001"]


def test_a_word_inside_a_compound_of_the_dossier_title(empty_index) -> None:
    assert _found(empty_index, "begroting") == ["kst-36200-V-12"]


def test_the_dossier_title_and_a_footnote(empty_index) -> None:
    assert _found(empty_index, "terrorisme") == ["kst-27925-900"]
    assert _found(empty_index, '"Adviesraad Internationale Vraagstukken"') == ["kst-27925-900"]


def test_the_title_is_searched(empty_index) -> None:
    assert _found(empty_index, "regio") == ["kst-99999-1"]
