"""What is no heading however short it is (issue 11): real lines of the letterhead dev set."""

from __future__ import annotations

import pytest

from kamerbrieven.parse.sections import is_heading


@pytest.mark.parametrize(
    "line",
    [
        "Donderdag 8 februari 2018",  # the day of a vergadering (h-tk-20172018-50-1)
        "8 februari 2018",
        "Antwoord van Minister Heinen (Financiën) (ontvangen 29 augustus 2024)",  # ah-tk-2367
        "Antwoord van Staatssecretaris Van Huffelen (Binnenlandse Zaken en Koninkrijksrelaties)",
    ],
)
def test_no_heading(line: str) -> None:
    assert not is_heading([line, "Het kabinet heeft besloten de regeling voort te zetten."], 0)


@pytest.mark.parametrize(
    "line", ["Vraag 1", "1.1 Blootstelling van platformmedewerkers", "Oekraïne", "Antwoord 2"]
)
def test_still_a_heading(line: str) -> None:
    assert is_heading([line, "Het kabinet heeft besloten de regeling voort te zetten."], 0)
