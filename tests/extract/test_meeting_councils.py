"""A council is a meeting when ministers meet in it (the EU configurations, the European
Council, NATO), not when it advises or governs (nl.councils); held to names the old
twelve-word blacklist never listed."""

from __future__ import annotations

import pytest

from kamerbrieven.extract.dates import find_dates
from kamerbrieven.extract.meetings import find_meetings, title_meetings
from kamerbrieven.nl.councils import MEETING_WORDS, NOT_MEETINGS


def _meetings(sentence: str) -> list[str]:
    found = find_meetings(sentence, [(0, len(sentence))], find_dates(sentence, None), [])
    return [m.body for m in found]


@pytest.mark.parametrize("council", ["Telecomraad", "Visserijraad", "Energieraad"])
def test_a_council_of_ministers_named_in_one_word_is_a_meeting(council):
    sentence = f"Hierbij ontvangt u het verslag van de {council} van 5 december 2023 in Brussel."
    assert _meetings(sentence) == [council]


@pytest.mark.parametrize("council", ["Mediaraad", "Sportraad", "Emancipatieraad", "Kiesraad"])
def test_an_advisory_council_is_no_meeting(council):
    sentence = f"Hierbij ontvangt u het advies van de {council} van 5 december 2023."
    assert _meetings(sentence) == []


def test_a_council_of_ministers_inside_an_advisory_councils_name_is_none():
    sentence = "Het advies van de Algemene Energieraad van 5 december 2009 is ontvangen."
    assert _meetings(sentence) == []


@pytest.mark.parametrize("council", sorted(NOT_MEETINGS))
def test_no_council_that_advises_or_governs_is_a_meeting(council):
    assert _meetings(f"Op 5 december 2023 sprak de {council} over het advies.") == []


@pytest.mark.parametrize("council", sorted(MEETING_WORDS))
def test_every_council_of_ministers_in_one_word_is_a_meeting(council):
    assert _meetings(f"Op 5 december 2023 sprak de {council} over het voorstel.") == [council]


def test_the_cabinet_in_a_title_is_no_meeting():
    title = "Besluitenlijst Ministerraad 4 augustus 2012"
    assert title_meetings(title, find_dates(title, None)) == []


def test_a_council_of_the_eu_in_a_title_is_still_a_meeting():
    title = "Geannoteerde agenda Raad Buitenlandse Zaken van 22 januari 2024"
    assert [m.body for m in title_meetings(title, find_dates(title, None))] == [
        "Raad Buitenlandse Zaken"
    ]
