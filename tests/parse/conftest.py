import hashlib
from pathlib import Path

import pytest

from kamerbrieven.ingest.base import RawDocument
from kamerbrieven.record import Source

DATA = Path(__file__).parent / "data"
CORPUS = Path(__file__).parents[1] / "data" / "corpus"


def raw_from_text(
    text: str, name: str = "letter.txt", layout: str = "lines", **kwargs
) -> RawDocument:
    sha = hashlib.sha256(text.encode()).hexdigest()
    return RawDocument(Source(name, sha, "text"), text, layout, **kwargs)


@pytest.fixture
def raw_file():
    def load(name: str) -> RawDocument:
        return raw_from_text((DATA / name).read_text(encoding="utf-8"), name)

    return load


@pytest.fixture
def corpus_letter():
    """A document of tests/data/corpus read the whole way, as `kamerbrieven parse` does."""
    from kamerbrieven.pipeline import read

    return lambda name: read(CORPUS / name)
