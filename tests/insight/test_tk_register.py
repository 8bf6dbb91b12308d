"""The Tweede Kamer's register of commitments joined with the promises read from letters:
an entry a letter of the same ministry states too is one commitment, the others stand on
their own; on both backends, over the insight corpus (tests/insight/corpus.py)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from tests.insight.conftest import BACKENDS, _location
from tests.insight.corpus import corpus

from kamerbrieven.insight import Insight, RegisterFilter
from kamerbrieven.insight.tk_register import same_promise
from kamerbrieven.store import Store, open_store
from kamerbrieven.sync.facts import DocumentFacts
from kamerbrieven.sync.state import SyncedDocument, SyncState
from kamerbrieven.sync.toezeggingen import Toezegging, ToezeggingRegister

JUNE_2019 = date(2019, 6, 1)
BZ = "Buitenlandse Zaken"
REGISTER = [
    # the plan kst-28676-300 promises, promised in a debate a week before
    Toezegging("a", "TZ201802-001", "De minister stuurt de Kamer voor de zomer het nationale "
               "actieplan.", ministry=BZ, status="Openstaand", made_on="2018-02-20"),
    # the Balkan letter no letter keeps; the register says a letter of 2018 did
    Toezegging("b", "TZ201802-002", "De minister stuurt de Kamer voor 1 oktober 2018 een brief "
               "over de toetreding.", ministry=BZ, status="Voldaan", made_on="2018-02-21",
               fulfilled_by="2018D40000", fulfilled_on="2018-09-30"),
    # the arms-control promise's words, but another ministry's: not the same promise
    Toezegging("c", "TZ201903-003", "De minister informeert de Kamer voor het einde van 2019 "
               "over de wapenbeheersing.", ministry="Defensie", status="Openstaand",
               made_on="2019-03-01", deadline="2019-12-31"),
    # no letter states it; its deadline has passed in June 2019
    Toezegging("d", "TZ201903-004", "De minister stuurt de Kamer een brief over de visserij.",
               ministry="Landbouw, Natuur en Voedselkwaliteit", status="Openstaand",
               made_on="2019-03-05", deadline="2019-04-01"),
]  # fmt: skip


@pytest.fixture(scope="module", params=BACKENDS)
def with_register(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Store]:
    store = open_store(_location(request, tmp_path_factory, "register"))
    for letter in corpus():
        store.put(letter)
    register = ToezeggingRegister(store)
    for item in REGISTER:
        register.put(item)
    # the letter the register names as keeping the Balkan promise, as a sync stores it
    facts = DocumentFacts("doc-1", "v1", "kst-28676-305", "2018D40000")
    SyncState(store).put_document(
        SyncedDocument("tk", "doc-1", "v1", "ok", facts, (), "kst-28676-305")
    )
    yield store
    store.close()


def _register(store: Store, **filters: object) -> list[dict[str, object]]:
    found = Insight(store).commitments(RegisterFilter(today=JUNE_2019, **filters))  # type: ignore[arg-type]
    return [c.to_dict() for c in found]


def _number(commitment: dict[str, object]) -> object:
    register = commitment["register"]
    return register["number"] if isinstance(register, dict) else None


def test_an_entry_a_letter_states_too_is_one_commitment(with_register: Store) -> None:
    found = _register(with_register)
    plan = [c for c in found if "actieplan" in str(c["text"])]
    assert len(plan) == 1  # not once from the letter and once from the register
    assert plan[0]["letter_id"] == "kst-28676-300" and _number(plan[0]) == "TZ201802-001"
    assert plan[0]["status"] == "kept"  # the letters keep it, whatever the register says


def test_the_register_keeping_a_promise_makes_it_kept_with_its_letter(with_register: Store) -> None:
    (balkan,) = [c for c in _register(with_register) if "toetreding" in str(c["text"])]
    assert balkan["letter_id"] == "kst-28676-300" and _number(balkan) == "TZ201802-002"
    assert balkan["status"] == "kept"  # overdue by the letters alone (tests/insight/test_register)
    evidence = balkan["evidence"]
    assert isinstance(evidence, list)
    assert {"letter_id": "kst-28676-305", "date": "2018-09-30", "title": None,
            "reasons": ["register"], "topic": None} in evidence  # fmt: skip


def test_entries_no_letter_states_stand_on_their_own(with_register: Store) -> None:
    found = _register(with_register)
    alone = {_number(c): c for c in found if c["letter_id"] is None}
    assert set(alone) == {"TZ201903-003", "TZ201903-004"}  # Defensie's is not BZ's promise
    assert alone["TZ201903-004"]["status"] == "overdue"
    assert alone["TZ201903-003"]["status"] == "open"
    assert alone["TZ201903-004"]["deadline"] == {"text": None, "not_after": "2019-04-01"}
    dates = [c["date"] for c in found if c["date"]]
    assert dates == sorted(dates, reverse=True)


def test_filters_and_counts_hold_for_the_register_too(with_register: Store) -> None:
    insight = Insight(with_register)
    overdue = _register(with_register, status="overdue")
    assert "TZ201903-004" in [_number(c) for c in overdue]
    assert all(c["status"] == "overdue" for c in overdue)
    assert [_number(c) for c in _register(with_register, ministry="LNV")] == ["TZ201903-004"]
    assert all(c["letter_id"] for c in _register(with_register, dossier="28676"))
    every = _register(with_register)
    counts = insight.commitment_counts(RegisterFilter(today=JUNE_2019))
    assert counts == {s: sum(c["status"] == s for c in every) for s in ("kept", "open", "overdue")}


@pytest.mark.parametrize(
    ("said", "registered", "same"),
    [
        ("Ik zal uw Kamer voor 1 juli informeren over de hervorming van de arbeidsmarkt.",
         "De minister informeert de Kamer voor 1 juli over de hervorming van de arbeidsmarkt.",
         True),
        ("Wij sturen uw Kamer in het voorjaar de evaluatie van de Wet open overheid.",
         "De minister zendt de Kamer in het voorjaar de evaluatie van de Woo.", True),
        ("Ik zal uw Kamer voor 1 juli informeren over de hervorming van de arbeidsmarkt.",
         "De minister informeert de Kamer voor 1 juli over de stikstofaanpak.", False),
        ("De staatssecretaris stuurt de Kamer een brief over de toeslagen.", "", False),
    ],
)  # fmt: skip
def test_same_promise_on_wordings_it_was_not_written_from(
    said: str, registered: str, same: bool
) -> None:
    assert same_promise(said, registered) is same
