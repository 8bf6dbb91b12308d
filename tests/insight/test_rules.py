"""The rules insight derives by: topics of a heading, what a promise is and how long it
can be kept, one name per council, which letter prepares and which reports, official
addresses and periods."""

from __future__ import annotations

import pytest

from kamerbrieven.errors import QueryError
from kamerbrieven.insight.addresses import official_address
from kamerbrieven.insight.meeting_rules import body_key, canonical_body, meeting_role
from kamerbrieven.insight.periods import bound, period
from kamerbrieven.insight.promises import delivers, keep_until, subject_key
from kamerbrieven.insight.topic_rules import heading_topics, topic_key


@pytest.mark.parametrize(
    ("heading", "topics", "closed"),
    [
        ("Oekraïne en Georgië", ("Oekraïne", "Georgië"), False),
        ("Rusland/Oekraïne", ("Rusland", "Oekraïne"), False),
        ("Oekraïne", ("Oekraïne",), False),
        ("INF-verdrag", ("INF-verdrag",), False),
        ("Westelijke Balkan: Servië en Kosovo", ("Westelijke Balkan",), True),
        ("Balkanlanden", ("Westelijke Balkan",), True),
        ("3.2 Afghanistan", ("Afghanistan",), False),
        ("Agendapunt: Venezuela", ("Venezuela",), False),
        ("Stand van zaken de collectieve verdediging", ("Collectieve verdediging",), False),
        ("trans-Atlantische betrekkingen", ("Trans-Atlantische betrekkingen",), False),
        ("NAVO", ("NAVO",), False),
        ("Nederland", (), False),
        ("Inleiding", (), False),
        ("Overige onderwerpen", (), False),
        ("Vraag 4", (), False),
        (None, (), False),
    ],
)
def test_a_heading_names_its_topics(heading: str | None, topics: tuple[str, ...], closed: bool):
    found = heading_topics(heading)
    assert (found.names, found.closed) == (topics, closed)


def test_a_topic_key_folds_case_accents_and_hyphens() -> None:
    assert topic_key("Oekraïne") == topic_key("OEKRAINE") == "oekraine"
    assert topic_key("INF-verdrag") == topic_key("INF verdrag")


@pytest.mark.parametrize(
    ("subject", "key"),
    [
        ("het Nederlandse nationale plan", "plan"),
        ("een plan van aanpak voor de regeldruk", "plan"),
        ("een aanvullende Artikel 100-brief", "artikel 100-brief"),
        ("een brief over de toetreding", None),  # a letter: what the citation decides
        ("hierover", None),
        (None, None),
    ],
)
def test_what_a_commitment_promises(subject: str | None, key: str | None) -> None:
    assert subject_key(subject) == key


def test_a_title_delivers_the_promised_thing_alone_or_as_the_end_of_a_compound() -> None:
    assert delivers("Nationaal actieplan NAVO-capaciteiten", "actieplan")
    assert delivers("Nationaal actieplan NAVO-capaciteiten", "plan")
    assert not delivers("Planning van de oefeningen", "plan")
    assert delivers("Artikel 100-brief missie in Irak", "artikel 100-brief")


def test_a_promise_can_be_kept_two_years_or_a_year_past_its_deadline() -> None:
    assert keep_until("2018-03-01", "2018-06-21") == "2020-03-01"
    assert keep_until("2018-03-01", "2021-01-01") == "2022-01-01"
    assert keep_until("2020-02-29", None) == "2022-02-28"
    assert keep_until(None, "2018-06-21") is None


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("NAVO-Raad", "NAVO-Raad"),
        ("Noord-Atlantische Raad", "NAVO-Raad"),
        ("NAVO-ministeriële", "NAVO-Raad"),
        ("NAVO-top", "NAVO-top"),
        ("Raad Buitenlandse Zaken (RBZ)", "Raad Buitenlandse Zaken"),
        ("Eurotop", "Europese Raad"),
        ("Ecofinraad", "Ecofinraad"),
        ("Transportraad", "Transportraad"),
    ],
)
def test_a_council_has_one_name_whichever_way_it_is_written(written: str, name: str) -> None:
    assert canonical_body(written) == name
    assert body_key(name) == body_key(canonical_body(name))


def test_the_letters_date_against_the_meeting_says_agenda_or_verslag() -> None:
    days = ("2019-01-21", "2019-01-21")
    assert meeting_role("brief", "2019-01-16", None, "", days) == "agenda"
    assert meeting_role("brief", "2019-01-25", None, "", days) == "verslag"
    # an agenda that also reports on the council before: by the date, a verslag of that one
    assert meeting_role("geannoteerde agenda", "2019-01-16", None, "", ("2018-12-10",) * 2) == (
        "verslag"
    )
    # on the day itself: by kind, title or opening
    assert meeting_role("brief", "2019-01-21", "Geannoteerde agenda RBZ", "", days) == "agenda"
    assert meeting_role("brief", "2019-01-21", None, "Tekst zonder aanwijzing.", days) == "other"


@pytest.mark.parametrize(
    ("document", "address"),
    [
        ("kst-28676-307", "https://zoek.officielebekendmakingen.nl/kst-28676-307.html"),
        ("ah-tk-20232024-2210", "https://zoek.officielebekendmakingen.nl/ah-tk-20232024-2210.html"),
        ("h-tk-20182019-32-7", "https://zoek.officielebekendmakingen.nl/h-tk-20182019-32-7.html"),
        ("stb-2018-123", "https://zoek.officielebekendmakingen.nl/stb-2018-123.html"),
        ("stcrt-2019-456", "https://zoek.officielebekendmakingen.nl/stcrt-2019-456.html"),
        ("com-2016-815", None),
        (None, None),
    ],
)
def test_the_official_address_of_each_kind_of_id(document: str | None, address: str | None):
    assert official_address(document) == address


def test_periods_as_users_write_them() -> None:
    assert period("2021") == ("2021-01-01", "2021-12-31")
    assert period("2018-03:2019-02") == ("2018-03-01", "2019-02-28")
    assert bound("2024-02", end=True) == "2024-02-29"
    for wrong in ("gisteren", "2019-13", "2019-02-30", "2020:2019"):
        with pytest.raises(QueryError):
            period(wrong)
