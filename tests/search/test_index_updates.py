"""Adding, replacing, deleting and clearing letters; reopening keeps what was committed."""

from __future__ import annotations

from tests.search.search_corpus import hand_letters

from kamerbrieven.search import SearchIndex


def _by_id(letter_id):
    return next(letter for letter in hand_letters() if letter.id == letter_id)


def test_adding_a_letter_twice_replaces_it(empty_index):
    letter = _by_id("hand-moldavie")
    empty_index.add([letter])
    empty_index.commit()
    empty_index.add([letter.replace(text="De graanexport uit Oekraïne.", title="Graanexport")])
    empty_index.commit()
    assert len(empty_index) == 1
    assert empty_index.search("presidentsverkiezingen").total == 0
    assert empty_index.search("graanexport").total == 1


def test_delete_removes_only_that_letter(empty_index):
    empty_index.add(hand_letters())
    empty_index.commit()
    before = len(empty_index)
    empty_index.delete(["hand-moldavie", "no-such-letter"])
    empty_index.commit()
    assert len(empty_index) == before - 1
    assert empty_index.search("Moldavië").total == 0


def test_changes_are_invisible_until_commit(empty_index):
    empty_index.add([_by_id("hand-moldavie")])
    assert empty_index.search("Moldavië").total == 0
    empty_index.commit()
    assert empty_index.search("Moldavië").total == 1


def test_clear_empties_the_index(empty_index):
    empty_index.add(hand_letters())
    empty_index.commit()
    empty_index.clear()
    assert len(empty_index) == 0
    assert empty_index.search("NAVO").total == 0


def test_reopened_index_keeps_letters_and_learned_acronyms(tmp_path):
    path = tmp_path / "index"
    with SearchIndex.open(path) as index:
        index.add(hand_letters())
        index.commit()
    reopened = SearchIndex.open(path)
    assert len(reopened) == len(hand_letters())
    ids = {hit.id for hit in reopened.search("NAR", limit=50).hits}
    assert "hand-nar-lang" in ids  # expansion learned from kst-28676-307


def test_a_second_handle_sees_commits_of_the_first(tmp_path):
    path = tmp_path / "index"
    writer = SearchIndex.open(path)
    reader = SearchIndex.open(path)
    assert reader.search("Moldavië").total == 0
    writer.add([_by_id("hand-moldavie")])
    writer.commit()
    result = reader.search("Moldavië")
    assert result.total == 1 and result.facets["kind"] == [("brief", 1)]
    writer.add(hand_letters())
    writer.commit()
    everything = reader.search("-xylofoon")  # every letter: facets from the cached counts
    assert everything.total == len(hand_letters())
    writer.delete(["hand-moldavie"])
    writer.commit()
    assert reader.search("-xylofoon").total == len(hand_letters()) - 1
    assert sum(n for _, n in reader.search("-xylofoon").facets["kind"]) == len(hand_letters()) - 1
    writer.close()
