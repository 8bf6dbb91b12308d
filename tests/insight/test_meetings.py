"""A geannoteerde agenda and the verslag of the same council, paired; per agenda item the
stated intention against the reported outcome."""

from __future__ import annotations

import pytest

from kamerbrieven.insight import Insight, InsightError

JANUARY = "raad-buitenlandse-zaken-2019-01-21"


def test_the_agenda_and_the_verslag_of_one_council_are_one_meeting(insight: Insight) -> None:
    meetings = {m.meeting.id: m for m in insight.meetings()}
    assert list(meetings) == [JANUARY, "raad-buitenlandse-zaken-2018-12-10"]
    january = meetings[JANUARY]
    assert [r.letter_id for r in january.agenda] == ["kst-21501-02-2000"]
    assert [r.letter_id for r in january.verslag] == ["kst-21501-02-2010"]
    assert january.meeting.body == "Raad Buitenlandse Zaken"
    # the agenda also reports on the council before: it is that one's verslag
    december = meetings["raad-buitenlandse-zaken-2018-12-10"]
    assert ([r.letter_id for r in december.verslag], december.agenda) == (["kst-21501-02-2000"], [])


def test_meetings_are_narrowed_by_date_and_body(insight: Insight) -> None:
    assert [m.meeting.id for m in insight.meetings(date_from="2019-01-01")] == [JANUARY]
    assert [m.meeting.id for m in insight.meetings(date_to="2018-12-31")] == [
        "raad-buitenlandse-zaken-2018-12-10"
    ]
    assert insight.meetings(body="NAVO-Raad") == []


def test_per_agenda_item_the_intention_beside_the_outcome(insight: Insight) -> None:
    detail = insight.meeting(JANUARY).to_dict()
    items = {item["item"]: item for item in detail["items"]}
    assert list(items) == ["Oekraïne", "Venezuela", "Westelijke Balkan", None]
    ukraine = items["Oekraïne"]
    assert [s["text"] for s in ukraine["intention"]] == [
        "Nederland zal aandringen op verlenging van de sancties tegen Rusland."
    ]
    # the verslag's heading is "Rusland/Oekraïne": it meets the item through the topic
    assert [s["kind"] for s in ukraine["outcome"]] == ["decision", "position"]
    assert items["Venezuela"]["outcome"][0]["text"] == "De Raad nam conclusies aan over Venezuela."
    assert items["Westelijke Balkan"]["outcome"] == []  # on the agenda, not in the verslag
    assert [s["text"] for s in items[None]["outcome"]] == [
        "De Raad sprak over de nucleaire afspraken met Iran."
    ]


def test_any_day_of_a_meeting_finds_it(insight: Insight) -> None:
    assert insight.meeting("raad-buitenlandse-zaken-2019-01-21").summary.meeting.id == JANUARY


def test_an_unknown_or_malformed_meeting_id_is_an_error(insight: Insight) -> None:
    with pytest.raises(InsightError, match="geen vergadering"):
        insight.meeting("raad-buitenlandse-zaken-2019-02-21")
    with pytest.raises(InsightError, match="geen vergadering-id"):
        insight.meeting("raad-buitenlandse-zaken")
