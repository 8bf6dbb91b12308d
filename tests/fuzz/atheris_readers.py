"""Coverage-guided fuzzing of the readers and the steps after them with atheris (optional:
`pip install atheris`; not part of `make test`).

    .venv/bin/python tests/fuzz/atheris_readers.py -max_total_time=600   # libFuzzer flags

Each input's first byte picks the format (.txt, .pdf, .xml, .docx, .html), the rest is the
file; the real letters of tests/fuzz/hostile.py seed the corpus. Every input must give a
letter or one of the project's errors (KamerbrievenError); anything else is a crash that
atheris reports with the input that caused it (crash-* in the working directory).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def main() -> None:
    sys.path.insert(0, str(REPO))
    import atheris

    with atheris.instrument_imports(include=["kamerbrieven"]):
        from kamerbrieven.errors import KamerbrievenError
        from kamerbrieven.pipeline import read, warm_up
        from kamerbrieven.settings import Settings
    from tests.fuzz.hostile import SUFFIXES, seeds

    warm_up()
    scratch = Path(tempfile.mkdtemp(prefix="kamerbrieven-atheris-"))
    corpus = scratch / "corpus"
    corpus.mkdir()
    for number, seed in enumerate(seeds()):
        kind = SUFFIXES.index(Path(seed.name).suffix)
        (corpus / f"seed-{number}").write_bytes(bytes([kind]) + seed.data)
    settings = Settings(accept_other=True)

    def one_input(data: bytes) -> None:
        suffix = SUFFIXES[data[0] % len(SUFFIXES)] if data else ".txt"
        path = scratch / f"brief{suffix}"
        path.write_bytes(data[1:])
        try:
            read(path, settings)
        except KamerbrievenError:
            pass

    atheris.Setup([sys.argv[0], *sys.argv[1:], str(corpus)], one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
