"""Search benchmark: index throughput and query latency, against tantivy direct and FTS5.

    .venv/bin/python benchmarks/bench_search.py --sizes 10000 100000

For each size it generates letters (tests/synthetic.py, deterministic), builds a
SearchIndex and, over the same texts, an SQLite FTS5 table, then times 30 fixed queries:

- kamerbrieven: `SearchIndex.search` (parse, compile, top 10, exact total, facets, snippets)
- tantivy direct: the same compiled tantivy query, `searcher.search(q, 10, count=True)`
  only (no parsing, facets or snippets): the floor
- FTS5: MATCH with bm25 (title weighted), count, snippet() and GROUP BY facets in SQL

The figures go between the `<!-- bench_search:begin -->` and `<!-- bench_search:end -->`
markers of the "## Search" section of BENCHMARKS.md; everything else in the file,
including hand-written notes in that section, is kept.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

import tantivy

from kamerbrieven.search import SearchIndex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # the generator lives in tests/synthetic.py
from tests import synthetic as generate  # noqa: E402

BATCH = 1000
REPEATS = 7  # timed runs per query after one warm-up run (FTS5: 3)

# (query, FTS5 MATCH or None, SQL condition on the metadata table m, sort)
QUERIES: list[tuple[str, str | None, str, str]] = [
    ("minister", "minister", "", "score"),
    ("van Dijk", "van dijk", "", "score"),
    ("de stikstof", "de stikstof", "", "score"),
    ("minister stikstof", "minister stikstof", "", "score"),
    ("NAVO", "navo", "", "score"),
    ("NAVO", "navo", "", "date"),
    ("kabinet bondgenoten", "kabinet bondgenoten", "", "score"),
    ("Kertsj", "kertsj", "", "score"),
    ("xylofoonconcert", "xylofoonconcert", "", "score"),
    ("geleerdheden", "geleerdheden", "", "score"),
    ("verkiezingen", "verkiezingen", "", "score"),
    ("wapenbeheersing", "wapenbeheersing", "", "score"),
    ("wiskunde-onderwijs", '"wiskunde onderwijs"', "", "score"),
    ("stikstofuitstoot", "stikstofuitstoot", "", "score"),
    ("NAR", "nar", "", "score"),
    ('"Noord Atlantische Raad"', '"noord atlantische raad"', "", "score"),
    ('"Straat van Kertsj"', '"straat van kertsj"', "", "score"),
    ('"van groot belang"', '"van groot belang"', "", "score"),
    ("Oekraïne OR Georgië", "oekraine OR georgie", "", "score"),
    ("NAVO -Rusland", "navo NOT rusland", "", "score"),
    ("verkiez*", "verkiez*", "", "score"),
    ("energie*", "energie*", "", "score"),
    ("dossier:28676", None, "m.dossier = '28676'", "score"),
    ("stikstof van:2020-01-01", "stikstof", "m.day >= 20200101", "score"),
    ("land:Oekraine Rusland", "rusland", "m.countries LIKE '%|Oekraïne|%'", "score"),
    (
        'ministerie:"Buitenlandse Zaken" sanctiemaatregelen',
        "sanctiemaatregelen",
        "m.ministries LIKE '%|Buitenlandse Zaken|%'",
        "score",
    ),
    ("soort:motie", None, "m.kind = 'motie'", "date"),
    ("persoon:Omtzigt", None, "m.persons LIKE '%Omtzigt%'", "score"),
    ("verwijst:kst-28676-100", None, "m.cites LIKE '%|kst-28676-100|%'", "score"),
    ("(Rusland OR Oekraïne) tot:2015-12-31", "rusland OR oekraine", "m.day <= 20151231", "date"),
]


def build_index(path: Path, size: int) -> dict[str, float]:
    index = SearchIndex.open(path)
    seconds = generating = 0.0
    words = 0
    batch = []
    letters = generate.generate_letters(size)
    while True:
        start = time.perf_counter()
        letter = next(letters, None)
        generating += time.perf_counter() - start
        if letter is None:
            break
        words += len(letter.text.split())
        batch.append(letter)
        if len(batch) == BATCH:
            start = time.perf_counter()
            index.add(batch)
            seconds += time.perf_counter() - start
            batch = []
    start = time.perf_counter()
    index.add(batch)
    index.commit()
    index.close()
    seconds += time.perf_counter() - start
    return {"seconds": seconds, "mb": _size_mb(path), "generation_s": generating, "words": words}


def build_fts5(path: Path, size: int) -> tuple[sqlite3.Connection, dict[str, float]]:
    db = sqlite3.connect(path)
    db.executescript(
        """
        CREATE VIRTUAL TABLE t USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 2');
        CREATE TABLE m (rowid INTEGER PRIMARY KEY, id TEXT, dossier TEXT, kind TEXT,
                        day INTEGER, year TEXT, ministries TEXT, countries TEXT,
                        persons TEXT, cites TEXT);
        """
    )
    seconds = 0.0
    rows_t, rows_m = [], []
    for rowid, letter in enumerate(generate.generate_letters(size), start=1):
        rows_t.append((rowid, letter.title, letter.text))
        countries = {e.name for e in letter.entities if e.type == "country"}
        persons = [e.name for e in letter.entities if e.type == "person"]
        persons += [s.name for s in letter.signatories]
        rows_m.append(
            (
                rowid,
                letter.id,
                letter.dossier,
                letter.kind,
                int(letter.date.replace("-", "")),
                letter.date[:4],
                "|" + "|".join(letter.senders) + "|",
                "|" + "|".join(countries) + "|",
                "|".join(persons),
                "|" + "|".join(r.target_id or "" for r in letter.references) + "|",
            )
        )
        if len(rows_t) == BATCH:
            seconds += _insert(db, rows_t, rows_m)
            rows_t, rows_m = [], []
    seconds += _insert(db, rows_t, rows_m)
    return db, {"seconds": seconds, "mb": path.stat().st_size / 1e6}


def _insert(db: sqlite3.Connection, rows_t: list, rows_m: list) -> float:
    start = time.perf_counter()
    db.executemany("INSERT INTO t (rowid, title, text) VALUES (?, ?, ?)", rows_t)
    db.executemany("INSERT INTO m VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows_m)
    db.commit()
    return time.perf_counter() - start


def fts5_search(db: sqlite3.Connection, match: str | None, where: str, sort: str) -> int:
    """Count, top 10 with snippets and three facets, as an FTS5 application would."""
    if match is None:
        source, params = f"m WHERE {where}", []
        order = "m.day DESC"
        select = "m.id, substr((SELECT text FROM t WHERE t.rowid = m.rowid), 1, 200)"
    else:
        extra = f" AND {where}" if where else ""
        source, params = f"t JOIN m ON m.rowid = t.rowid WHERE t MATCH ?{extra}", [match]
        order = "m.day DESC" if sort == "date" else "bm25(t, 3.0, 1.0)"
        select = "m.id, snippet(t, 1, '<b>', '</b>', '…', 24)"
    total = db.execute(f"SELECT count(*) FROM {source}", params).fetchone()[0]
    db.execute(f"SELECT {select} FROM {source} ORDER BY {order} LIMIT 10", params).fetchall()
    for column in ("m.year", "m.dossier", "m.kind"):
        db.execute(
            f"SELECT {column}, count(*) FROM {source} GROUP BY 1 ORDER BY 2 DESC LIMIT 20", params
        ).fetchall()
    return total


def timed(function, repeats: int) -> list[float]:  # type: ignore[no-untyped-def]
    function()  # warm-up: caches, mmap
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return samples


def run_size(size: int, workdir: Path, with_fts5: bool) -> dict:
    index_path = workdir / f"index-{size}"
    shutil.rmtree(index_path, ignore_errors=True)
    built = build_index(index_path, size)
    index = SearchIndex.open(index_path)
    searcher = index._index.searcher()  # the floor uses tantivy itself, nothing of ours
    result: dict = {
        "size": size,
        "generation_s": built["generation_s"],
        "index": built,
        "queries": [],
    }
    fts = None
    if with_fts5:
        fts_path = workdir / f"fts5-{size}.sqlite"
        fts_path.unlink(missing_ok=True)
        fts, result["fts5"] = build_fts5(fts_path, size)
    for query, match, where, sort in QUERIES:
        compiled = index.compile(query)
        ours = timed(lambda q=query, s=sort: index.search(q, sort=s), REPEATS)
        by_date = sort == "date" or not compiled.scored

        def direct_call(c=compiled, by_date=by_date):  # type: ignore[no-untyped-def]
            if by_date:
                order = {"order_by_field": "day", "order": tantivy.Order.Desc}
                return searcher.search(c.query, 10, count=True, **order)
            return searcher.search(c.query, 10, count=True)

        direct = timed(direct_call, REPEATS)
        row = {
            "query": query,
            "sort": sort,
            "total": index.search(query, limit=0).total,
            "ours": ours,
            "direct": direct,
        }
        if fts is not None:
            row["fts5"] = timed(lambda m=match, w=where, s=sort: fts5_search(fts, m, w, s), 3)
            row["fts5_total"] = fts5_search(fts, match, where, sort)
        result["queries"].append(row)
        print(f"{size:>7} {query[:40]:<40} {statistics.median(ours):7.2f} ms", file=sys.stderr)
    return result


def percentile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(q / 100 * (len(ordered) - 1)))]


def _size_mb(path: Path) -> float:
    return sum(f.stat().st_size for f in path.rglob("*") if f.is_file()) / 1e6


def report(results: list[dict]) -> str:
    words = results[0]["index"]["words"] / results[0]["size"]
    lines = [
        (
            f"`benchmarks/bench_search.py`, {time.strftime('%Y-%m-%d')}, Python "
            f"{platform.python_version()}, {tantivy.__version__}, SQLite "
            f"{sqlite3.sqlite_version}, 2 shared cores. Letters from `tests/synthetic.py` "
            f"(~{words:.0f} words each; 21 themes over 15 ministries). Latency is per query "
            "end to end: kamerbrieven = parse + compile (cached per query string) + top 10 + "
            "exact total + exact facets (year, dossier, ministry, kind, country over all "
            "matches) + snippets; tantivy direct = the same compiled query, top 10 + count "
            "only; FTS5 = MATCH + bm25 + count + snippet() + 3 GROUP BY facets. "
            f"30 queries, {REPEATS} timed runs each (FTS5: 3) after a warm-up."
        ),
        "",
        "| letters | index build | letters/s | index MB | FTS5 build | FTS5 MB |",
        "| ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        fts = r.get("fts5", {})
        lines.append(
            f"| {r['size']:,} | {r['index']['seconds']:.1f} s | "
            f"{r['size'] / r['index']['seconds']:,.0f} | {r['index']['mb']:.0f} | "
            f"{fts.get('seconds', float('nan')):.1f} s | {fts.get('mb', float('nan')):.0f} |"
        )
    lines += [
        "",
        "Generating the letters (not counted above) runs at "
        + ", ".join(f"{r['size'] / r['generation_s']:,.0f} letters/s" for r in results[:1])
        + ".",
        "",
        "| letters | engine | p50 ms | p95 ms | p99 ms | p95 vs tantivy direct | FTS5 p95 / ours |",
        "| ---: | --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for r in results:
        pooled = {
            k: [s for q in r["queries"] for s in q.get(k, [])] for k in ("ours", "direct", "fts5")
        }
        direct95 = percentile(pooled["direct"], 95)
        ours95 = percentile(pooled["ours"], 95)
        for name, key in (
            ("kamerbrieven", "ours"),
            ("tantivy direct", "direct"),
            ("SQLite FTS5", "fts5"),
        ):
            samples = pooled[key]
            if not samples:
                continue
            p95 = percentile(samples, 95)
            lines.append(
                f"| {r['size']:,} | {name} | {percentile(samples, 50):.2f} | {p95:.2f} | "
                f"{percentile(samples, 99):.2f} | {p95 / direct95:.1f}x | "
                f"{p95 / ours95:.1f}x |"
            )
    last = results[-1]
    lines += [
        "",
        f"Per query at {last['size']:,} letters (median ms; totals are exact):",
        "",
        "| query | sort | hits | kamerbrieven | tantivy direct | ratio | FTS5 | FTS5 hits |",
        "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    for q in last["queries"]:
        ours, direct = statistics.median(q["ours"]), statistics.median(q["direct"])
        fts = f"{statistics.median(q['fts5']):.1f}" if "fts5" in q else "-"
        query = q["query"].replace("|", "\\|")
        lines.append(
            f"| `{query}` | {q['sort']} | {q['total']:,} | {ours:.2f} | {direct:.2f} | "
            f"{ours / direct:.1f}x | {fts} | {q.get('fts5_total', '-')} |"
        )
    return "\n".join(lines) + "\n"


BEGIN, END = "<!-- bench_search:begin -->", "<!-- bench_search:end -->"
NOTES = "Notes (written by hand; bench_search.py keeps this part): none yet.\n"


def write_section(figures: str, path: Path) -> None:
    """Put the figures between the markers of "## Search", keeping all other text.

    Without markers the figures go at the top of the section (or a new section at the
    end of the file, with a notes paragraph to fill in by hand).
    """
    text = path.read_text("utf-8") if path.exists() else "# Benchmarks\n"
    block = f"{BEGIN}\n{figures.strip()}\n{END}"
    begin, end = text.find(BEGIN), text.find(END)
    if 0 <= begin < end:
        text = text[:begin] + block + text[end + len(END) :]
    elif (start := text.find("## Search\n")) >= 0:
        head = start + len("## Search\n")
        text = text[:head] + "\n" + block + "\n" + text[head:]
    else:
        text = text.rstrip("\n") + f"\n\n## Search\n\n{block}\n\n{NOTES}"
    path.write_text(text, "utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000])
    parser.add_argument("--no-fts5", action="store_true")
    parser.add_argument("--out", type=Path, default=ROOT / "BENCHMARKS.md")
    parser.add_argument("--workdir", type=Path, default=None)
    args = parser.parse_args()
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="kb-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    results = [run_size(size, workdir, not args.no_fts5) for size in args.sizes]
    section = report(results)
    write_section(section, args.out)
    print(section)
    if args.workdir is None:
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
