"""A new extractor is one module and one line in the registry: its record field, its store
table and its rows follow from its declaration alone (docs/architecture.md)."""

from __future__ import annotations

import re
from dataclasses import dataclass

import pytest

from kamerbrieven import extract
from kamerbrieven.extract.registry import Extractor
from kamerbrieven.record import Letter, RecordField, Source
from kamerbrieven.store import open_store
from kamerbrieven.store import tables as store_tables


@dataclass(frozen=True)
class Amount:
    """What the example extractor finds: a sum of money as written, with its span."""

    text: str
    euros: int
    span: tuple[int, int]


def _amounts(letter: Letter, context: object) -> dict[str, list[Amount]]:
    found = re.finditer(r"€\s?(\d+) miljoen", letter.text)
    return {"amounts": [Amount(m.group(), int(m.group(1)) * 10**6, m.span()) for m in found]}


AMOUNTS = Extractor("amounts", (RecordField("amounts", Amount, "amounts"),), _amounts)


@pytest.fixture
def registered(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(extract, "EXTRACTORS", (*extract.EXTRACTORS, AMOUNTS))
    store_tables.record_tables.cache_clear()
    yield
    store_tables.record_tables.cache_clear()


def test_its_field_is_in_the_record_and_its_table_in_the_store(registered, tmp_path) -> None:
    text = "Het kabinet trekt € 25 miljoen uit, en later € 5 miljoen."
    letter = extract.extract_all(
        Letter("sha-000000000001", Source("x", "1" * 64, "text"), text=text)
    )
    assert [a.euros for a in letter.get("amounts")] == [25_000_000, 5_000_000]
    assert letter.to_dict()["amounts"][0] == {
        "text": "€ 25 miljoen",
        "euros": 25_000_000,
        "span": [18, 30],
    }
    with open_store(str(tmp_path / "kb.db")) as store:
        store.put(letter)
        rows = store._query("SELECT ord, text, euros, span_start, span_end FROM amounts")
        assert rows == [
            (0, "€ 25 miljoen", 25_000_000, 18, 30),
            (1, "€ 5 miljoen", 5_000_000, 45, 56),
        ]
        back = store.get(letter.id)
        assert back.to_dict()["amounts"] == letter.to_dict()["amounts"]
