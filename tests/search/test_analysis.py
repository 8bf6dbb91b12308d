"""Dutch analysis: the index and the query see the same tokens."""

from __future__ import annotations

from kamerbrieven.search.analysis import analyse, compound_parts, extra_tokens, fold, stem


def test_diacritics_and_case_are_folded_without_changing_length():
    assert fold("Oekraïne Coördinatie") == "oekraine coordinatie"


def test_singular_and_plural_share_a_stem():
    assert stem("bondgenoot") == stem("bondgenoten")
    assert stem("vergadering") == stem("vergaderingen")


def test_compound_is_split_on_a_linking_s():
    assert compound_parts("presidentsverkiezingen") == ("president", "verkiezingen")


def test_compound_parts_include_the_sub_compound():
    parts = compound_parts("wapenbeheersingsverplichtingen")
    assert "wapenbeheersing" in parts and "verplichtingen" in parts


def test_plain_words_are_not_split_into_suffixes():
    assert compound_parts("verslechtering") == ()
    assert compound_parts("mogelijkheden") == ()


def test_hyphenated_word_gives_pieces_in_the_body_and_the_joined_form_as_extra():
    assert analyse("wiskunde-onderwijs") == [stem("wiskunde"), stem("onderwijs")]
    assert stem("wiskundeonderwijs") in extra_tokens("wiskunde-onderwijs")
