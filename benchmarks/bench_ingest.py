"""Ingest benchmark: files -> records -> SQLite store + search index, end to end.

    .venv/bin/python benchmarks/bench_ingest.py --files 2000

Builds a folder of real documents in every format (the sample letters and the test
corpus: text as PDF tools left it, official PDF, XML, docx), each copied many times under
another dossier number so that every copy is a new letter, then measures with wall-clock time:
parse only (read + clean + parse + extract, one process), `ingest` into a fresh SQLite
store and its index with one worker and with one per core, and a second `ingest` of the
same folder (nothing changed). Writes the "## Ingest" section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import io
import os
import platform
import re
import resource
import shutil
import tempfile
import time
import zipfile
import zlib
from pathlib import Path

import pypdfium2 as pdfium
from report import ROOT, replace_section

from kamerbrieven.knowledge_base import open_knowledge_base
from kamerbrieven.pipeline import Failure, read_or_failure
from kamerbrieven.settings import Settings

TEMPLATES = [
    ROOT / "samples" / "002_ad9ccb4a6e4e1731.txt",
    ROOT / "samples" / "000_50034ceebe6a1b15.txt",
    ROOT / "samples" / "kst-29515-496.pdf",
    ROOT / "samples" / "kst-21501-02-3173.xml",
    ROOT / "samples" / "kst-28676-512.xml",
    ROOT / "tests" / "data" / "corpus" / "kst-36450-3.pdf",
    ROOT / "tests" / "data" / "corpus" / "ah-tk-20232024-2210.pdf",
    ROOT / "tests" / "data" / "corpus" / "kst-36682-10.docx",
]


# Each copy becomes another Kamerstuk: its dossier number is rewritten wherever the text
# holds it ("28 676" and "28676"), so every copy is a new letter with its own id, as in a
# real corpus, not a new version of the same one (which would replace the last).
FIRST_DOSSIER = 40000


def _written(dossier: int) -> tuple[bytes, bytes]:
    return f"{dossier // 1000} {dossier % 1000:03d}".encode(), str(dossier).encode()


def _renumber(data: bytes, old: int, new: int) -> bytes:
    for before, after in zip(_written(old), _written(new), strict=True):
        data = data.replace(before, after)
    return data


def _renumber_pdf(data: bytes, old: int, new: int) -> bytes:
    """Rewrite the number inside the compressed page streams, then let pdfium write a
    clean file (new stream lengths and cross-reference table)."""

    def stream(m: re.Match[bytes]) -> bytes:
        head, body = m.group(1), m.group(2)
        if b"FlateDecode" not in head:
            return m.group(0)
        try:
            plain = zlib.decompress(body)
        except zlib.error:
            return m.group(0)
        changed = _renumber(plain, old, new)
        if changed == plain:
            return m.group(0)
        packed = zlib.compress(changed)
        head = re.sub(rb"/Length\s+\d+(?:\s+\d+\s+R)?", b"/Length %d" % len(packed), head)
        return head + b"stream\n" + packed + b"\nendstream"

    patched = re.sub(
        rb"(<<(?:(?!>>\s*stream).)*?>>\s*)stream\r?\n(.*?)\r?\nendstream", stream, data, flags=re.S
    )
    document = pdfium.PdfDocument(patched)
    out = io.BytesIO()
    document.save(out)
    document.close()
    return out.getvalue()


def variant(template: Path, dossier: int | None, n: int) -> bytes:
    """The template as another Kamerstuk: dossier `dossier` renumbered to a new one. A
    letter without a dossier (its id comes from its content hash) gets a line of its own."""
    data = template.read_bytes()
    if dossier is None:
        return data + f"\n\nKenmerk {n}\n".encode()
    new = FIRST_DOSSIER + n
    if template.suffix == ".pdf":
        return _renumber_pdf(data, dossier, new)
    if template.suffix == ".docx":
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w") as dst:
            for item in src.infolist():
                dst.writestr(item, _renumber(src.read(item.filename), dossier, new))
            dst.comment = f"variant {n}".encode()
        return out.getvalue()
    return _renumber(data, dossier, new) + (b"" if template.suffix == ".xml" else b"\n")


def template_dossiers() -> dict[Path, int | None]:
    """The main dossier number (``28676`` of ``28676-II``) of each template, as read."""
    found: dict[Path, int | None] = {}
    for template in TEMPLATES:
        letter = read_or_failure(template)
        if isinstance(letter, Failure):
            raise SystemExit(f"{template}: {letter.reason}")
        digits = re.match(r"\d+", letter.dossier or "")
        found[template] = int(digits.group()) if digits else None
    return found


def build_folder(folder: Path, files: int) -> dict[str, int]:
    counts: dict[str, int] = {}
    dossiers = template_dossiers()
    for n in range(files):
        template = TEMPLATES[n % len(TEMPLATES)]
        data = variant(template, dossiers[template], n)
        (folder / f"{n:06d}-{template.name}").write_bytes(data)
        counts[template.suffix] = counts.get(template.suffix, 0) + 1
    return counts


def timed(label: str, action) -> tuple[float, object]:
    started = time.perf_counter()
    result = action()
    seconds = time.perf_counter() - started
    print(f"{label}: {seconds:.2f} s")
    return seconds, result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--write", action=argparse.BooleanOptionalAction, default=True)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="kb-ingest-bench-"))
    try:
        folder = work / "brieven"
        folder.mkdir()
        counts = build_folder(folder, args.files)
        paths = sorted(folder.iterdir())
        sample = paths[: min(len(paths), 400)]
        parse_s, results = timed("parse only", lambda: [read_or_failure(p) for p in sample])
        failures = [r for r in results if isinstance(r, Failure)]
        rows = []
        for workers in (1, os.cpu_count() or 1):
            db = work / f"kb-{workers}.db"
            settings = Settings(workers=workers)
            with open_knowledge_base(str(db), settings=settings) as kb:
                seconds, report = timed(
                    f"ingest, {workers} worker(s)", lambda: kb.ingest([str(folder)])
                )
                again, _ = timed("ingest again (unchanged)", lambda: kb.ingest([str(folder)]))
            if report.added != report.files - len(report.failures):
                raise SystemExit(f"copies collided: {report.added} letters of {report.files} files")
            size = sum(f.stat().st_size for f in work.glob(f"kb-{workers}.db*") if f.is_file())
            index = sum(
                f.stat().st_size
                for f in (work / f"kb-{workers}.db.index").rglob("*")
                if f.is_file()
            )
            rows.append((workers, seconds, report, again, size, index))
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    finally:
        shutil.rmtree(work, ignore_errors=True)

    mix = ", ".join(f"{n} {suffix}" for suffix, n in sorted(counts.items()))
    lines = [
        f"`benchmarks/bench_ingest.py --files {args.files}`, {time.strftime('%Y-%m-%d')}, "
        f"Python {platform.python_version()}, {os.cpu_count()} cores. Input: {args.files} files "
        f"({mix}) made from the sample letters and the test corpus, each copy a new letter "
        "(another dossier number or content hash). "
        "Wall-clock time, end to end (read, clean, parse, extract, store in SQLite, index).",
        "",
        "| step | files | seconds | files/s |",
        "| --- | ---: | ---: | ---: |",
        f"| parse only (1 process) | {len(sample)} | {parse_s:.2f} "
        f"| {len(sample) / parse_s:,.0f} |",
    ]
    for workers, seconds, report, again, _size, _index in rows:
        lines.append(
            f"| ingest, {workers} worker(s) | {report.files} | {seconds:.2f} | "
            f"{report.files / seconds:,.0f} |"
        )
        lines.append(
            f"| ingest again, nothing changed | {report.files} | {again:.2f} | "
            f"{report.files / again:,.0f} |"
        )
    workers, seconds, report, again, size, index = rows[-1]
    lines += [
        "",
        f"Store {size / 2**20:.1f} MB + index {index / 2**20:.1f} MB for {report.added} letters; "
        f"{len(failures)} of the parsed files refused; peak memory {peak_mb:.0f} MB.",
    ]
    print("\n".join(lines))
    if args.write:
        replace_section("Ingest", "\n".join(lines))


if __name__ == "__main__":
    main()
