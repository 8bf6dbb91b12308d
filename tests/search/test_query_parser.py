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
        ('"Noord Atlantische Raad', 'unclosed quote: the " at position 1'),
        ("stikstof onderwerp:landbouw", "unknown filter 'onderwerp:' at position 10"),
        ("van:2018-13-01", "bad date '2018-13-01' at position 5"),
        ("tot:gisteren", "bad date 'gisteren' at position 5"),
        ("navo OR", "dangling OR at position 6"),
        ("OR navo", "dangling OR at position 1"),
        ("", "the query is empty"),
        ("   ", "the query is empty"),
        ("(navo OR nato", "unclosed '(' at position 1"),
        ("navo)", "unexpected ')' at position 5"),
        ("dossier:", "filter 'dossier:' at position 1 has no value"),
        ("ve*", "prefix 've*' at position 1 is too short"),
        ('stikstof ""', 'empty phrase "" at position 10'),
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
