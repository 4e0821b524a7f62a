"""Extraction quality on the real development gold (../shared/eval), per language and per gold set.

Run: python bench/bench_quality.py [--eval ../shared/eval] [--gold news-dev2 news-dev] [--ablation] [--relations]

Every gold document's article is extracted with kg's defaults and scored as ``kg evaluate`` scores it
(micro-averaged). The last line is machine-readable and covers the first set named by ``--gold``
(news-dev2, real text no rule was written for; news-dev is printed beside it):
``quality: en_f1=… en_p=… en_r=… id_f1=… id_p=… id_r=…``.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_EVAL = ROOT.parent / "shared" / "eval"


def f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval", type=Path, default=DEFAULT_EVAL, help="the folder of gold files (default ../shared/eval)")
    parser.add_argument("--gold", nargs="+", default=["news-dev2", "news-dev"], help="gold set names (files NAME.gold.jsonl)")
    parser.add_argument("--relations", action="store_true", help="also list the gold relations most often missed")
    parser.add_argument("--ablation", action="store_true", help="first score the rules alone (the shared relation step off)")
    args = parser.parse_args()
    from kg import relate

    if args.ablation:
        relate.ENABLED = False
        print("== rules only (kg/relate.py off) ==")
        score(args)
        relate.ENABLED, relate.LEARNED = True, False
        print("== rules + verb links (learned pair model off) ==")
        score(args)
        relate.LEARNED = True
        print("== rules + verb links + learned pair model (default) ==")
    score(args)


def score(args) -> None:
    from kg.evaluate import evaluate

    totals: dict[str, Counter] = {}
    missed: Counter = Counter()
    started = time.time()
    print(f"{'set':12} {'lang':4} {'gold':>5} {'found':>6} {'match':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for name in args.gold:
        path = args.eval / f"{name}.gold.jsonl"
        if not path.exists():
            sys.exit(f"bench_quality: {path}: no such gold file")
        langs = {d["id"]: d.get("lang") for d in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if d}
        report = evaluate(path, args.eval.parent / "corpus")
        per: dict[str, Counter] = {}
        for doc in report.docs:
            c = per.setdefault(langs[doc.doc_id], Counter())
            c.update(gold=doc.gold, extracted=doc.extracted, matched=doc.matched)
            missed.update(g["relation"] for g in doc.misses)
        for lang, c in sorted(per.items()):
            if name == args.gold[0]:
                totals.setdefault(lang, Counter()).update(c)
            p = c["matched"] / c["extracted"] if c["extracted"] else 0.0
            r = c["matched"] / c["gold"] if c["gold"] else 0.0
            print(f"{name:12} {lang:4} {c['gold']:5} {c['extracted']:6} {c['matched']:6} {p:6.3f} {r:6.3f} {f1(p, r):6.3f}")
    if args.relations:
        print("most missed gold relations:", ", ".join(f"{k} {v}" for k, v in missed.most_common(15)))
    print(f"({time.time() - started:.0f} s)")
    parts = []
    for lang in ("en", "id"):
        c = totals.get(lang, Counter())
        p = c["matched"] / c["extracted"] if c["extracted"] else 0.0
        r = c["matched"] / c["gold"] if c["gold"] else 0.0
        parts.append(f"{lang}_f1={f1(p, r):.3f} {lang}_p={p:.3f} {lang}_r={r:.3f}")
    print("quality: " + " ".join(parts))


if __name__ == "__main__":
    main()
