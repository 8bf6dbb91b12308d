"""The bundled sample letters, read by the real pipeline: the two NATO letters' promises
are in the commitments register and both are on the Afghanistan timeline."""

from __future__ import annotations

from kamerbrieven.insight import Insight

NATO_2018 = "sha-d30d988a6492"  # 12 december 2018, NAR of 4 and 5 December
NATO_2021 = "sha-751b5cfb4500"  # undated verslag of the NAVO-Raad of 14 April 2021


def test_the_register_holds_the_nato_letters_promises(samples_insight: Insight) -> None:
    promises = {(c.letter_id, c.text) for c in samples_insight.commitments()}
    assert (
        NATO_2018,
        "Zoals eerder is gemeld zal het kabinet het Nederlandse nationale plan met uw Kamer delen.",
    ) in promises
    assert (NATO_2021, "De Kamer zal hierover op een later moment nader worden geïnformeerd.") in (
        promises
    )
    assert sum(1 for letter, _ in promises if letter in (NATO_2018, NATO_2021)) == 3


def test_the_afghanistan_timeline_holds_both_nato_letters(samples_insight: Insight) -> None:
    entries = samples_insight.timeline("Afghanistan").entries
    assert [(e.letter.letter_id, e.letter.date) for e in entries] == [
        (NATO_2018, "2018-12-12"),
        (NATO_2021, "2021-04-14"),  # undated: placed at its meeting's day
    ]
    assert [e.meeting.id if e.meeting else None for e in entries] == [
        "navo-raad-2018-12-04",
        "navo-raad-2021-04-14",
    ]
    assert all(e.positions for e in entries)
    assert any("besloten" in d.text for d in entries[0].decisions)


def test_the_nato_headings_become_the_issues_topics(samples_insight: Insight) -> None:
    topics = {t.topic: t.letters for t in samples_insight.topics()}
    assert topics["Oekraïne"] == 2  # "Oekraïne en Georgië" (2018) and "Oekraïne" (2021)
    assert topics["INF-verdrag"] == 1
    assert topics["Westelijke Balkan"] == 1
    assert not any(name.startswith(("Vraag", "Antwoord")) for name in topics)


def test_the_nato_letters_report_on_their_councils(samples_insight: Insight) -> None:
    meetings = {m.meeting.id: m for m in samples_insight.meetings()}
    assert [r.letter_id for r in meetings["navo-raad-2018-12-04"].verslag] == [NATO_2018]
    assert [r.letter_id for r in meetings["navo-raad-2021-04-14"].verslag] == [NATO_2021]
    detail = samples_insight.meeting("navo-raad-2018-12-05")
    assert [item.item for item in detail.items][:3] == [
        "Oekraïne en Georgië",
        "INF-verdrag",
        "Trans-Atlantische betrekkingen",
    ]


def test_a_sample_citation_missing_from_the_store_has_its_address(samples_insight: Insight) -> None:
    refs = samples_insight.refs("kst-33694-34").to_dict()
    assert refs["url"] == "https://zoek.officielebekendmakingen.nl/kst-33694-34.html"
    assert [c["letter_id"] for c in refs["cited_by"]] == [NATO_2018]
