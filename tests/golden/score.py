#!/usr/bin/env python3
"""Score `kamerbrieven parse --format json` against hand-written gold readings.

(Copied unchanged from the shared tools, ../shared/tools/score.py, so the tests that run it
work in a clone without ../shared.)

Usage (from the project root):
    python3 ../shared/tools/score.py --gold ../shared/seeds
    python3 ../shared/tools/score.py --gold DIR_OR_JSONL --docs DOCS_DIR \
        --cmd ".venv/bin/kamerbrieven parse --format json" --min references=0.95

Gold is either a folder of `*.gold.json` files (each naming its letter in "file",
beside it) or a `gold.jsonl` file with one object a line whose "file" (or else "<id>.txt") names
a document in `<docs>`. Field names follow ../docs/record.md; see ../seeds/README.md.
Prints one line per metric and a last line `score: <mean F1 over metrics>`.
Exits 1 when a --min threshold is not met, 2 when the command fails outright.
"""
import argparse
import json
import re
import shlex
import subprocess
import sys
import unicodedata
from pathlib import Path


def norm(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFKC", str(s)).lower()
    return re.sub(r"\s+", " ", s).strip()


def fold(s):
    s = unicodedata.normalize("NFKD", norm(s) or "")
    return "".join(c for c in s if c.isalnum())


def tokens(s):
    s = re.sub(r"\[\d+\]|(?<=[a-z\)])\d(?=[\s.,:;])", " ", norm(s) or "")
    return set(re.findall(r"\w+", s))


def similar(a, b, threshold=0.7):
    ta, tb = tokens(a), tokens(b)
    if not ta or not tb:
        return False
    return len(ta & tb) / len(ta | tb) >= threshold


class F1:
    def __init__(self):
        self.tp = self.fp = self.fn = 0

    def add(self, gold, pred, match=lambda g, p: g == p):
        pred = list(pred)
        used = set()
        for g in gold:
            hit = next((i for i, p in enumerate(pred) if i not in used and match(g, p)), None)
            if hit is None:
                self.fn += 1
            else:
                used.add(hit)
                self.tp += 1
        self.fp += len(pred) - len(used)

    def value(self):
        p = self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0
        r = self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0
        return 0.0 if p + r == 0 else 2 * p * r / (p + r), p, r


def load_gold(gold, docs):
    gold = Path(gold)
    items = []
    if gold.is_dir():
        for g in sorted(gold.glob("*.gold.json")):
            obj = json.loads(g.read_text(encoding="utf-8"))
            items.append((gold / obj["file"], obj))
    else:
        base = Path(docs) if docs else gold.parent / "docs"
        for line in gold.read_text(encoding="utf-8").splitlines():
            if line.strip():
                obj = json.loads(line)
                items.append((base / obj.get("file", f"{obj['id']}.txt"), obj))
    return items


def run_parser(cmd, paths):
    args = shlex.split(cmd) + [str(p) for p in paths]
    proc = subprocess.run(args, capture_output=True, text=True, timeout=900)
    records = []
    for line in proc.stdout.splitlines():
        line = line.strip()
        if line.startswith("{"):
            try:
                records.append(json.loads(line))
            except json.JSONDecodeError:
                pass
    if not records and proc.stdout.strip().startswith("{"):
        records = [json.loads(proc.stdout)]
    return proc, records


def ref_key(r):
    if r.get("dossier") and r.get("number") is not None and r.get("type") in (
            "kamerstuk", "motie", "amendement", None):
        return ("ks", fold(r["dossier"]), str(r["number"]))
    return ("raw", fold(r.get("raw", "")))


def ref_match(g, p):
    kg, kp = ref_key(g), ref_key(p)
    if kg[0] == "ks" or kp[0] == "ks":
        return kg == kp
    return bool(kg[1]) and bool(kp[1]) and (kg[1] in kp[1] or kp[1] in kg[1])


def entity_names(rec, kind):
    return [e.get("name") or e.get("text") for e in rec.get("entities", []) if e.get("type") == kind]


def headings(rec):
    return [s.get("heading") for s in rec.get("sections", []) if s.get("heading")]


def statements(rec, kind):
    return [s.get("text", "") for s in rec.get("statements", []) if s.get("kind") == kind]


def person_match(g, p):
    g_last = fold(str(g).split()[-1]) if g else ""
    return bool(g_last) and g_last in fold(p)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", required=True)
    ap.add_argument("--docs")
    ap.add_argument("--cmd", default=".venv/bin/kamerbrieven parse --format json")
    ap.add_argument("--min", action="append", default=[], help="metric=threshold")
    ap.add_argument("--verbose", action="store_true")
    a = ap.parse_args()

    items = load_gold(a.gold, a.docs)
    proc, records = run_parser(a.cmd, [p for p, _ in items])
    if len(records) != len(items):
        print(f"parser gave {len(records)} records for {len(items)} files (exit {proc.returncode})")
        print(proc.stderr[-2000:])
        by_path = {}
    else:
        by_path = None
    if by_path is not None:
        for r in records:
            by_path[str((r.get("source") or {}).get("path", ""))] = r

    scalars = {k: [0, 0] for k in ("kind", "dossier", "number", "date", "title")}
    m = {k: F1() for k in ("senders", "signatories", "headings", "references", "meetings",
                           "positions", "decisions", "commitments", "countries", "persons",
                           "acronyms", "footnotes", "dates")}
    dehyph = [0, 0]
    missing = 0
    for i, (path, g) in enumerate(items):
        if by_path is None:
            rec = records[i]
        else:
            rec = by_path.get(str(path)) or next(
                (r for k, r in by_path.items() if k.endswith(path.name)), None)
        if rec is None:
            missing += 1
            rec = {}
        for k in scalars:
            if k not in g:
                continue
            gv, pv = g.get(k), rec.get(k)
            if gv is None and pv is None:
                continue
            scalars[k][1] += 1
            if k == "title":
                scalars[k][0] += int(gv is not None and pv is not None and similar(gv, pv, 0.8))
            else:
                scalars[k][0] += int(norm(gv) == norm(pv))
        if "senders" in g:
            m["senders"].add([fold(x) for x in g["senders"]],
                             [fold(x) for x in rec.get("senders", [])],
                             lambda x, y: x in y or y in x)
        if "signatories" in g:
            m["signatories"].add([s["name"] for s in g["signatories"]],
                                 [s.get("name", "") for s in rec.get("signatories", [])],
                                 lambda x, y: fold(x) == fold(y))
        if "headings" in g:
            m["headings"].add([norm(h) for h in g["headings"]], [norm(h) for h in headings(rec)])
        if "references" in g:
            m["references"].add(g["references"], rec.get("references", []), ref_match)
        if "meetings" in g:
            m["meetings"].add(g["meetings"], rec.get("meetings", []),
                              lambda x, y: bool(x.get("dates")) and x["dates"][:1] == (y.get("dates") or [])[:1])
        if not g.get("partial"):
            for kind, key in (("positions", "nl_positions"), ("decisions", "decisions"),
                              ("commitments", "commitments")):
                if key in g:
                    m[kind].add(g[key], statements(rec, kind[:-1]), similar)
        if "countries" in g:
            m["countries"].add([fold(c) for c in g["countries"]],
                               sorted({fold(c) for c in entity_names(rec, "country")}))
        if "persons" in g:
            m["persons"].add([p["name"] for p in g["persons"]],
                             sorted(set(entity_names(rec, "person"))), person_match)
        if "acronyms" in g:
            m["acronyms"].add([(a_["short"], fold(a_["long"])) for a_ in g["acronyms"]],
                              [(x.get("short"), fold(x.get("long"))) for x in rec.get("acronyms", [])])
        if "footnotes" in g:
            m["footnotes"].add(g["footnotes"], rec.get("footnotes", []),
                               lambda x, y: str(x["mark"]) == str(y.get("mark")) and similar(x["text"], y.get("text", ""), 0.8))
        if "dates" in g:
            m["dates"].add([d["date"] for d in g["dates"]],
                           [d.get("date") for d in rec.get("dates", [])])
        text = rec.get("text", "") or ""
        for d in g.get("dehyphenation", []):
            dehyph[1] += 1
            left, right = d["broken"].split("|")
            # an expected form with a space keeps the break ("wet- en regelgeving")
            still_split = " " not in d["expected"] and re.search(re.escape(left) + r"\s+" + re.escape(right), text)
            wrong_hyphen = d["expected"] != left + right and (left + right) in text
            ok = d["expected"] in text and not still_split and not wrong_hyphen
            dehyph[0] += int(ok)
            if a.verbose and not ok:
                print(f"  dehyphenation miss in {path.name}: {d['broken']} -> {d['expected']}")
        if a.verbose:
            print(f"{path.name}: {rec.get('id')} refs={len(rec.get('references', []))} "
                  f"statements={len(rec.get('statements', []))}")

    results = {}
    print(f"documents: {len(items)}, without a record: {missing}")
    for k, (ok, n) in scalars.items():
        if n:
            results[k] = ok / n
            print(f"{k:12s} accuracy {ok}/{n} = {ok / n:.3f}")
    for k, f in m.items():
        if f.tp + f.fp + f.fn:
            v, p, r = f.value()
            results[k] = v
            print(f"{k:12s} F1 {v:.3f}  (P {p:.3f} R {r:.3f}; tp {f.tp} fp {f.fp} fn {f.fn})")
    if dehyph[1]:
        results["dehyphenation"] = dehyph[0] / dehyph[1]
        print(f"dehyphenation {dehyph[0]}/{dehyph[1]}")
    failed = []
    for spec in a.min:
        name, _, thr = spec.partition("=")
        if results.get(name, 0.0) < float(thr):
            failed.append(f"{name} {results.get(name, 0.0):.3f} < {thr}")
    score = sum(results.values()) / len(results) if results else 0.0
    if failed:
        print("below threshold: " + "; ".join(failed))
    print(f"score: {score:.3f}")
    if not records:
        sys.exit(2)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
