"""Ministries from functions as written in signatures and kind lines."""

import pytest

from kamerbrieven.nl.ministries import ministries_in, ministry_of


@pytest.mark.parametrize(
    ("function", "ministry"),
    [
        ("De Minister van Buitenlandse Zaken,", "Buitenlandse Zaken"),
        (
            "De minister voor Buitenlandse Handel en Ontwikkelingssamenwerking,",
            "Buitenlandse Zaken",
        ),
        ("De minister voor Medische Zorg,", "Volksgezondheid, Welzijn en Sport"),
        ("De Staatssecretaris van Justitie en Veiligheid,", "Justitie en Veiligheid"),
        ("De minister van Economische Zaken en Klimaat,", "Economische Zaken en Klimaat"),
        ("De Minister-President, Minister van Algemene Zaken,", "Algemene Zaken"),
        ("De minister van Volksgezondheid, Welzijn en Sport,", "Volksgezondheid, Welzijn en Sport"),
        (
            "De minister voor Volkshuisvesting en Ruimtelijke Ordening,",
            "Binnenlandse Zaken en Koninkrijksrelaties",
        ),
        (
            "De minister van Volkshuisvesting en Ruimtelijke Ordening,",
            "Volkshuisvesting en Ruimtelijke Ordening",
        ),
        ("DE MINISTER VAN FINANCIËN", "Financiën"),
        ("De Staatssecretaris van Verkeer en Waterstaat,", "Verkeer en Waterstaat"),
    ],
)
def test_function_maps_to_its_ministry(function, ministry):
    assert ministry_of(function) == ministry


def test_plural_kind_line_gives_every_ministry():
    assert ministries_in("BRIEF VAN DE MINISTERS VAN BUITENLANDSE ZAKEN EN VAN DEFENSIE") == [
        "Buitenlandse Zaken",
        "Defensie",
    ]


def test_member_of_parliament_is_no_ministry():
    assert ministry_of("Het lid Karabulut") is None
