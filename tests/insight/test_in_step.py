"""The insight tables follow the store: letters added in any order, replaced or deleted,
and a change of the rules, give the same answers as a store built at once."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest
from tests.insight.corpus import corpus

from kamerbrieven.insight import Insight, RegisterFilter, schema
from kamerbrieven.store import open_store

TODAY = RegisterFilter(today=date(2019, 6, 1))


# The register of the corpus (tests/insight/corpus.py) on 1 June 2019: per promise (by
# its last word) its status and the letters that keep it.
EXPECTED = {
    "wapenbeheersing.": ("open", ()),
    "trustfondsen.": ("open", ()),
    "missie.": ("kept", ("kst-27925-700",)),
    "toetreding.": ("overdue", ()),
    "toesturen.": ("kept", ("kst-28676-305", "kst-28676-310")),
}


def _register(insight: Insight) -> dict[str, tuple[str, tuple[str, ...]]]:
    return {
        c.text.split()[-1]: (c.status, tuple(e.letter_id for e in c.evidence))
        for c in insight.commitments(TODAY)
    }


def test_the_corpus_built_at_once_gives_the_known_register(insight: Insight) -> None:
    assert _register(insight) == EXPECTED


@pytest.mark.parametrize("order", ["reversed", "interleaved"])
def test_letters_added_one_by_one_in_any_order_give_the_same_register(
    db_url: str, order: str
) -> None:
    """A promise is found kept whether its fulfilling letter came before or after it."""
    letters = corpus()
    if order == "reversed":
        letters.reverse()
    else:
        letters = letters[1::2] + letters[::2]
    with open_store(db_url) as store:
        insight = Insight(store)
        for letter in letters:
            store.put(letter)
            insight.sync()
        assert _register(insight) == EXPECTED


def test_deleting_the_fulfilling_letter_opens_the_promise_again(db_url: str) -> None:
    with open_store(db_url) as store:
        for letter in corpus():
            store.put(letter)
        insight = Insight(store)
        before = {c.text: c.status for c in insight.commitments(TODAY)}
        assert store.delete("kst-27925-700")
        after = {c.text: c.status for c in insight.commitments(TODAY)}
    changed = {text for text in before if before[text] != after[text]}
    assert [(before[t], after[t]) for t in changed] == [("kept", "open")]
    assert "evaluatie" in changed.pop()


def test_a_replaced_letter_is_derived_again(db_url: str) -> None:
    letters = {letter.id: letter for letter in corpus()}
    with open_store(db_url) as store:
        for letter in letters.values():
            store.put(letter)
        insight = Insight(store)
        assert "Georgië" in {t.topic for t in insight.topics()}
        # the same file read again with Georgia gone from the heading
        old = letters["kst-28676-300"]
        sections = tuple(
            dataclasses.replace(s, heading="Oekraïne") if s.heading == "Oekraïne en Georgië" else s
            for s in old.sections
        )
        text = old.text.replace("Oekraïne en Georgië", "Oekraïne           ")
        source = dataclasses.replace(old.source, sha256="0" * 64)
        store.put(dataclasses.replace(old, sections=sections, text=text, source=source))
        topics = {t.topic: t.letters for t in insight.topics()}
    assert topics["Georgië"] == 1  # still named by the decision on it
    assert topics["Oekraïne"] == 4


def test_a_changed_signature_derives_every_letter_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(str(tmp_path / "kb.db")) as store:
        for letter in corpus():
            store.put(letter)
        insight = Insight(store)
        assert insight.sync() == len(corpus())
        assert insight.sync() == 0  # in step: nothing to do
        expected = _register(insight)
        monkeypatch.setattr(schema, "DERIVATION_VERSION", "changed")
        assert insight.sync() == len(corpus())
        assert _register(insight) == expected


def test_a_sync_that_was_stopped_goes_on_where_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kamerbrieven.insight import sync

    with open_store(str(tmp_path / "kb.db")) as store:
        for letter in corpus():
            store.put(letter)
        insight = Insight(store)
        monkeypatch.setattr(sync, "BATCH", 3)
        calls = []

        def stop_after_one_batch(done: int, total: int) -> None:
            calls.append(done)
            if done:
                raise KeyboardInterrupt

        insight.on_progress = stop_after_one_batch
        with pytest.raises(KeyboardInterrupt):
            insight.sync()
        insight.on_progress = None
        assert insight.sync() == len(corpus()) - 3
        assert _register(insight) == EXPECTED
