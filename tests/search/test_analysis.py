"""Dutch analysis: the index and the query see the same tokens."""

from __future__ import annotations

from kamerbrieven.search.analysis import (
    analyse,
    compound_parts,
    extra_tokens,
    fold,
    plain_acronym_token,
    stem,
)


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


def test_sub_compounds_at_either_end_are_parts_too():
    parts = compound_parts("ontwikkelingssamenwerkingsbeleid")
    assert {"ontwikkelingssamenwerking", "samenwerkingsbeleid", "beleid"} <= set(parts)
    assert "stikstofdepositie" in compound_parts("stikstofdepositiebeleid")


def test_sub_compound_chains_do_not_cut_a_word_in_two():
    parts = compound_parts("ontwikkelingssamenwerkingsbeleid")
    assert "ontwikkelingssamen" not in parts and "werkingsbeleid" not in parts


def test_acronym_has_a_plain_token_unless_that_is_a_dutch_word():
    assert plain_acronym_token("NAVO") == stem("Navo")
    assert plain_acronym_token("NAR") is None  # `nar`, and the stem of `naar`
    assert plain_acronym_token("navo") is None
