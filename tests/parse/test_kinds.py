"""The record's kind (issue 11.2): what a user filters on. Real subject and kind lines."""

from __future__ import annotations

import pytest

from kamerbrieven.parse.kind import guess_kind


@pytest.mark.parametrize(
    ("subject", "kind"),
    [
        # a letter asking for more time answers nothing yet
        ("Verzoek om uitstel beantwoording Kamervragen over de stikstofdepositie", "brief"),
        ("Uitstelbrief op kamervragen van Leijten over de gehandicapteninstelling", "brief"),
        ("Beantwoording Kamervragen over de politiehonden", "antwoorden kamervragen"),
        # a minister's report of a council is a letter; the annotated agenda stays that
        ("Verslag van de Raad Buitenlandse Zaken van 20 maart 2023", "brief"),
        ("Geannoteerde agenda Raad Buitenlandse Zaken van 20 maart 2023", "geannoteerde agenda"),
    ],
)
def test_a_ministry_letter_takes_its_kind_from_its_subject(subject: str, kind: str) -> None:
    assert guess_kind(None, subject, None, "voorzitter", True, on_paper=True) == kind


@pytest.mark.parametrize(
    "kind_line",
    [
        "VERSLAG VAN EEN ALGEMEEN OVERLEG",
        "VERSLAG VAN EEN SCHRIFTELIJK OVERLEG",
        "VERSLAG VAN EEN COMMISSIEDEBAT",
        "VERSLAG VAN EEN NOTAOVERLEG",
    ],
)
def test_a_committee_report_of_its_meeting_with_a_minister(kind_line: str) -> None:
    assert guess_kind(kind_line, None, None, None, False) == "verslag algemeen overleg"


def test_a_committee_report_on_a_bill_stays_a_verslag() -> None:
    assert guess_kind("VERSLAG", None, None, None, False) == "verslag"
