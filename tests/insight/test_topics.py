"""Topics, timelines and positions over the corpus made for it."""

from __future__ import annotations

import pytest

from kamerbrieven.insight import Insight, InsightError


def _topics(insight: Insight) -> dict[str, tuple[int, str | None, str | None]]:
    return {t.topic: (t.letters, t.first, t.last) for t in insight.topics()}


def test_country_headings_meet_under_the_country(insight: Insight) -> None:
    # "Oekraïne en Georgië" (2018), "Oekraïne" (agenda 2019), "Rusland/Oekraïne" (2019, 2021)
    assert _topics(insight)["Oekraïne"] == (4, "2018-03-01", "2021-06-01")
    assert _topics(insight)["Georgië"] == (1, "2018-03-01", "2018-03-01")
    assert "Oekraïne en Georgië" not in _topics(insight)


def test_a_treaty_and_a_region_are_topics_of_their_own(insight: Insight) -> None:
    topics = _topics(insight)
    assert topics["INF-verdrag"] == (1, "2018-03-01", "2018-03-01")
    # "Westelijke Balkan: Servië en Kosovo" is the region, whichever countries it names
    assert topics["Westelijke Balkan"] == (3, "2018-03-01", "2021-06-01")
    assert "Servië" not in topics and "Kosovo" not in topics


def test_generic_headings_and_the_speaker_are_no_topics(insight: Insight) -> None:
    topics = _topics(insight)
    assert not {"Vervolg", "Overige onderwerpen", "Nederland"} & set(topics)
    # countries statements name become topics (Iran under "Overige onderwerpen")
    assert topics["Iran"] == (1, "2019-01-25", "2019-01-25")


def test_a_statements_own_topics_count(insight: Insight) -> None:
    # kst-28676-320 names Afghanistan nowhere; its statement's `topics` does
    letters = [e.letter.letter_id for e in insight.timeline("Afghanistan").entries]
    assert letters == ["kst-28676-300", "kst-27925-700", "kst-28676-320"]


def test_topics_are_narrowed_by_date_and_name(insight: Insight) -> None:
    assert {t.topic for t in insight.topics(containing="oekra")} == {"Oekraïne"}
    recent = {t.topic: t.letters for t in insight.topics(date_from="2021-01-01")}
    assert recent["Oekraïne"] == 1 and "INF-verdrag" not in recent


def test_the_timeline_lists_letters_by_date_with_positions_and_decisions(insight: Insight) -> None:
    timeline = insight.timeline("oekraine")  # folded: accents and case do not matter
    assert timeline.topics == ["Oekraïne"]
    entries = [e.to_dict() for e in timeline.entries]
    assert [(e["letter_id"], e["date"]) for e in entries] == [
        ("kst-28676-300", "2018-03-01"),
        ("kst-21501-02-2000", "2019-01-16"),
        ("kst-21501-02-2010", "2019-01-25"),
        ("kst-28676-320", "2021-06-01"),
    ]
    verslag = entries[2]
    assert [d["text"] for d in verslag["decisions"]] == [
        "De Raad besloot de sancties tegen Rusland met zes maanden te verlengen."
    ]
    assert [p["text"] for p in verslag["positions"]] == ["Nederland verwelkomde dit besluit."]
    assert verslag["meeting"]["id"] == "raad-buitenlandse-zaken-2019-01-21"
    assert entries[0]["meeting"] is None
    # positions on other topics of the same letter are not on this timeline
    assert all("INF" not in p["text"] for e in entries for p in e["positions"])


def test_a_name_that_is_several_topics_gives_their_timelines_together(insight: Insight) -> None:
    timeline = insight.timeline("Oekraïne en Georgië")
    assert timeline.topics == ["Oekraïne", "Georgië"]
    assert len(timeline.entries) == 4  # Georgië's one letter is Oekraïne's too


def test_an_unknown_topic_names_the_nearest(insight: Insight) -> None:
    with pytest.raises(InsightError) as raised:
        insight.timeline("Oekraïnecrisis")
    assert "Oekraïne" in raised.value.hint


def test_positions_on_a_topic_within_a_period(insight: Insight) -> None:
    found = insight.positions(topic="Oekraïne", date_from="2018-01-01", date_to="2019-12-31")
    assert [(p.letter_id, p.actor, p.topic) for p in found] == [
        ("kst-28676-300", "Nederland", "Oekraïne"),
        ("kst-21501-02-2000", "Nederland", "Oekraïne"),
        ("kst-21501-02-2010", "Nederland", "Oekraïne"),
    ]
    assert list(found[1].to_dict())[:6] == [
        "letter_id",
        "date",
        "meeting",
        "actor",
        "topic",
        "text",
    ]
    assert found[1].to_dict()["meeting"]["id"] == "raad-buitenlandse-zaken-2019-01-21"


def test_positions_of_two_periods_side_by_side(insight: Insight) -> None:
    periods = insight.compare_positions("Oekraïne", ["2018:2019", "2021"])
    assert [(p.date_from, p.date_to, len(p.positions)) for p in periods] == [
        ("2018-01-01", "2019-12-31", 3),
        ("2021-01-01", "2021-12-31", 1),
    ]
    assert "troepenopbouw" in periods[1].positions[0].text


def test_positions_without_a_topic_are_every_position_in_the_period(insight: Insight) -> None:
    found = insight.positions(date_from="2021-01-01")
    assert [p.letter_id for p in found] == ["kst-28676-320"] * 3
    assert found[0].topic is not None
