"""The query language parses to an AST, and malformed queries say what is wrong and where."""

from __future__ import annotations

import pytest

from kamerbrieven.errors import QueryError
from kamerbrieven.search.query import And, Filter, Not, Or, Phrase, Prefix, Word, parse_query


def test_words_side_by_side_must_all_match():
    assert parse_query("minister stikstof") == And((Word("minister"), Word("stikstof")))


def test_phrase_or_exclusion_prefix_and_group():
    node = parse_query('("Noord Atlantische Raad" OR NAR) -rusland verkiez*')
    assert node == And(
        (
            Or((Phrase("Noord Atlantische Raad"), Word("NAR"))),
            Not(Word("rusland")),
            Prefix("verkiez"),
        )
    )


def test_filters_keep_their_value_and_dates_become_iso():
    node = parse_query('ministerie:"Buitenlandse Zaken" van:2018 tot:2019-02 verwijst:kst-33694-34')
    assert node == And(
        (
            Filter("ministerie", "Buitenlandse Zaken"),
            Filter("van", "2018-01-01"),
            Filter("tot", "2019-02-28"),
            Filter("verwijst", "kst-33694-34"),
        )
    )


def test_hyphenated_word_is_one_word_not_an_exclusion():
    assert parse_query("wiskunde-onderwijs") == Word("wiskunde-onderwijs")


def test_lowercase_or_is_an_ordinary_word():
    assert parse_query("navo or nato") == And((Word("navo"), Word("or"), Word("nato")))


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ('"Noord Atlantische Raad', "aanhalingsteken op positie 1 wordt niet gesloten"),
        ("stikstof onderwerp:landbouw", "onbekend filter 'onderwerp:' op positie 10"),
        ("van:2018-13-01", "datum '2018-13-01' op positie 5 bestaat niet"),
        ("tot:gisteren", "ongeldige datum 'gisteren' op positie 5"),
        ("navo OR", "OR op positie 6 heeft niets rechts van zich"),
        ("OR navo", "OR op positie 1 heeft niets links van zich"),
        ("", "de zoekvraag is leeg"),
        ("   ", "de zoekvraag is leeg"),
        ("(navo OR nato", "'(' op positie 1 wordt niet gesloten"),
        ("navo)", "onverwachte ')' op positie 5"),
        ("dossier:", "filter 'dossier:' op positie 1 heeft geen waarde"),
        ("ve*", "begin 've*' op positie 1 is te kort"),
        ('stikstof ""', 'lege woordgroep "" op positie 10'),
    ],
)
def test_malformed_query_raises_query_error_naming_the_place(query, message):
    with pytest.raises(QueryError) as raised:
        parse_query(query)
    assert message in str(raised.value)


def test_unknown_filter_error_lists_the_known_filters():
    with pytest.raises(QueryError) as raised:
        parse_query("auteur:Blok")
    assert "persoon:" in raised.value.hint and "verwijst:" in raised.value.hint
