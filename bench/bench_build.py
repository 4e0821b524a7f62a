"""Whole-pipeline speed: `kg build` on many articles (read → extract → resolve → JSONL, Turtle, Kùzu).

Run: python bench/bench_build.py [--copies N]

Articles are the shared corpus (../shared/corpus, read at bench time) plus kg's own examples/, repeated N times
under distinct ids in one JSONL input, so resolution and the store see repeated entities as in a real feed.
Prints documents/s, sentences/s and triples/s for the build, and the time of each output stage.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from pathlib import Path

from kg import pipeline, rdf, store
from kg.read import read_articles
from kg.resolve import resolve

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, default=20)
    args = parser.parse_args()
    sources = [ROOT / "examples", ROOT.parent / "shared" / "corpus"]
    base = list(read_articles([p for p in sources if p.exists()]))
    with tempfile.TemporaryDirectory() as tmp:
        feed = Path(tmp) / "feed.jsonl"
        with open(feed, "w", encoding="utf-8") as handle:
            for k in range(args.copies):
                for a in base:
                    handle.write(json.dumps({"id": f"{a.id}-{k}", "text": a.text, "lang": a.lang, "date": a.date}) + "\n")
        out = Path(tmp) / "out"
        started = time.perf_counter()
        summary = pipeline.build([feed], out, progress=False)
        total = time.perf_counter() - started
        triples, entities, articles = pipeline.read_build(out)
        stages = {}
        t0 = time.perf_counter()
        resolve(triples)
        stages["resolve"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        rdf.write(triples, entities, Path(tmp) / "g.ttl", "ttl", articles)
        stages["turtle"] = time.perf_counter() - t0
        t0 = time.perf_counter()
        store.write_store(Path(tmp) / "g.kuzu", triples, entities, articles)
        stages["kuzu store"] = time.perf_counter() - t0
    print(f"{summary.documents} documents, {summary.sentences} sentences, {summary.triples} triples, {summary.entities} entities")
    print(f"build: {total:.2f} s = {summary.documents / total:.1f} docs/s, {summary.sentences / total:.0f} sentences/s, {summary.triples / total:.0f} triples/s")
    for name, seconds in stages.items():
        print(f"  {name:<11} {seconds:6.2f} s")


if __name__ == "__main__":
    main()
