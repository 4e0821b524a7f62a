"""Relationships per second into a real Neo4j 5.26: ``kg.load.load`` over Bolt per batch size, and the bulk path
(``kg export --format neo4j-admin`` files read by the real ``neo4j-admin database import full``).

    python bench/bench_load.py                                   # starts its own server (scripts/neo4j_server.py)
    python bench/bench_load.py --batch-sizes 1000,5000,20000 --relationships 100000
    NEO4J_PASSWORD=... python bench/bench_load.py --uri bolt://127.0.0.1:7687   # a server of yours: it is WIPED
    python bench/bench_load.py --bulk 1000000 --batch-sizes ""   # only the bulk path, 1M relationships

The bulk path writes a synthetic build of ``--bulk`` relationships, exports it (timed), imports it with the
import tool into a new database (timed), then starts a server on that database and counts what arrived.

For each batch size the database is wiped (not timed), then a synthetic build (entities, articles and
relationships with evidence sentences, like ``kg build`` writes) is loaded once into the empty database
("first load": kg load CREATEs, in transactions of at least 20,000 rows) and once more on top ("reload", every
MERGE finds its match), after one untimed warm-up pass. Two rates: relationships divided by the whole ``load`` time (reading the files, entities, articles
and MENTIONS edges inside the clock), and relationships divided by the relationship phase alone.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from kg import ontology  # noqa: E402
from kg.load import load, query, wipe  # noqa: E402

CLASSES = ["Person", "Organization", "Country", "Location", "Group", "Event"]
WORDS = "minister president council troops border talks agreement capital protest election court ministry".split()


def synthetic_build(folder: Path, relationships: int, entities: int, articles: int, seed: int = 7) -> None:
    """Write entities.jsonl, triples.jsonl and articles.jsonl with made-up names and sentences."""
    rng = random.Random(seed)
    predicates = [p for p in ontology.properties()][:20]
    docs = [f"doc-{i:05d}" for i in range(articles)]
    with open(folder / "articles.jsonl", "w", encoding="utf-8") as f:
        for doc in docs:
            f.write(json.dumps({"id": doc, "title": f"Report {doc}", "url": f"https://example.org/{doc}",
                                "date": "2024-03-01", "lang": "en", "source": f"{doc}.txt"}) + "\n")
    types = [CLASSES[i % len(CLASSES)] for i in range(entities)]
    entity_docs: dict[int, set[str]] = {i: set() for i in range(entities)}
    with open(folder / "triples.jsonl", "w", encoding="utf-8") as f:
        for n in range(relationships):
            s, o = rng.randrange(entities), rng.randrange(entities)
            doc = docs[n % articles]
            entity_docs[s].add(doc)
            entity_docs[o].add(doc)
            sentence = " ".join(rng.choice(WORDS) for _ in range(18)).capitalize() + "."
            start = rng.randrange(5000)
            f.write(json.dumps({
                "doc_id": doc,
                "subject": {"id": f"ent-{s}", "name": f"Entity {s}", "type": types[s]},
                "predicate": predicates[n % len(predicates)],
                "object": {"id": f"ent-{o}", "name": f"Entity {o}", "type": types[o]},
                "evidence": sentence, "sentence_start": start, "sentence_end": start + len(sentence),
                "lang": "en", "date": "2024-03-01", "confidence": 0.7, "role": None,
            }) + "\n")
    with open(folder / "entities.jsonl", "w", encoding="utf-8") as f:
        for i in range(entities):
            f.write(json.dumps({"id": f"ent-{i}", "name": f"Entity {i}", "type": types[i],
                                "aliases": [{"text": f"E{i}", "lang": "en"}], "mentions": len(entity_docs[i]),
                                "docs": sorted(entity_docs[i])}) + "\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--uri", help="an existing server (WIPED for each batch size); default: start one")
    parser.add_argument("--user", default="neo4j")
    parser.add_argument("--relationships", type=int, default=100_000)
    parser.add_argument("--entities", type=int, default=20_000)
    parser.add_argument("--articles", type=int, default=2_000)
    parser.add_argument("--batch-sizes", default="1000,2000,5000,10000,20000")
    parser.add_argument("--heap", default="2g", help="heap of the server this script starts")
    parser.add_argument("--page-cache", default="256m", help="page cache of the server this script starts")
    parser.add_argument("--bulk", type=int, default=0, metavar="N", help="also time the neo4j-admin path with N relationships (e.g. 1000000)")
    args = parser.parse_args()
    sizes = [int(s) for s in args.batch_sizes.split(",") if s.strip()]
    if args.bulk:
        bulk(args.bulk, max(args.entities, args.bulk // 5), max(args.articles, args.bulk // 50), args.heap)
    if not sizes:
        return 0

    server = None
    if args.uri:
        uri, password = args.uri, os.environ.get("NEO4J_PASSWORD", "")
    else:
        import neo4j_server

        server = neo4j_server.start(tempfile.mkdtemp(prefix="kg-bench-neo4j-"), heap=args.heap,
                                    page_cache=args.page_cache)
        uri, password = server.bolt_uri, ""
    try:
        with tempfile.TemporaryDirectory(prefix="kg-bench-build-") as tmp:
            folder = Path(tmp)
            synthetic_build(folder, args.relationships, args.entities, args.articles)
            print(f"{args.relationships} relationships, {args.entities} entities, {args.articles} articles "
                  f"over Bolt into {uri}")
            print(f"{'batch':>7} | {'first load s':>12} {'rel/s':>8} {'rel/s*':>8} | {'reload s':>9} {'rel/s':>8} {'rel/s*':>8}")
            # "first load": into the emptied database, where kg load CREATEs; "reload": every MERGE finds its match
            # One untimed pass first: a fresh JVM compiles and the server plans each query once.
            load(folder, uri, args.user, password, wipe=True, batch_size=sizes[0])
            for size in sizes:
                wipe(uri, args.user, password)
                first = load(folder, uri, args.user, password, batch_size=size)
                again = load(folder, uri, args.user, password, batch_size=size)
                count = query(uri, args.user, password, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)")[1][0][0]
                if count != first.relationships:
                    raise SystemExit(f"expected {first.relationships} relationships in Neo4j, found {count}")
                print(f"{size:>7} | {first.seconds:>12.2f} {first.relationships / first.seconds:>8.0f} "
                      f"{first.relationships / first.phases['relationships']:>8.0f} | "
                      f"{again.seconds:>9.2f} {again.relationships / again.seconds:>8.0f} "
                      f"{again.relationships / again.phases['relationships']:>8.0f}", flush=True)
            print("rel/s = relationships / whole load (entities, articles, MENTIONS included); "
                  "rel/s* = relationships / the relationship phase alone")
    finally:
        if server is not None:
            server.stop()
    return 0


def bulk(relationships: int, entities: int, articles: int, heap: str) -> None:
    """Export a synthetic build as neo4j-admin files, import them with the real tool, count them in a server."""
    import time

    import neo4j_server

    from kg.neo4j_csv import import_arguments, write_csv

    with tempfile.TemporaryDirectory(prefix="kg-bench-bulk-") as tmp:
        folder = Path(tmp) / "build"
        folder.mkdir()
        synthetic_build(folder, relationships, entities, articles)
        started = time.perf_counter()
        report = write_csv(folder, Path(tmp) / "csv")
        export_s = time.perf_counter() - started
        home = Path(tmp) / "neo4j"
        started = time.perf_counter()
        done = neo4j_server.admin([*import_arguments(Path(tmp) / "csv"), "--report-file", str(home / "import.report")], home, heap=heap)
        import_s = time.perf_counter() - started
        if done.returncode != 0:
            raise SystemExit(f"neo4j-admin import failed: {done.stdout[-2000:]} {done.stderr[-2000:]}")
        server = neo4j_server.start(home, heap=heap)
        try:
            count = query(server.bolt_uri, "neo4j", "", "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)")[1][0][0]
        finally:
            server.stop()
        if count != report.relationships:
            raise SystemExit(f"expected {report.relationships} relationships after the import, found {count}")
        total = report.relationships + report.mentions
        done_in = re.search(r"IMPORT DONE in (?:(\d+)m )?(\d+)s (\d+)ms", done.stdout)
        tool_s = int(done_in.group(1) or 0) * 60 + int(done_in.group(2)) + int(done_in.group(3)) / 1000 if done_in else import_s
        print(f"bulk: {report.relationships} relationships (+{report.mentions} MENTIONS), {report.entities} entities, "
              f"{report.articles} articles: export {export_s:.1f} s ({report.relationships / export_s:,.0f} relationships/s); "
              f"neo4j-admin import {import_s:.1f} s with the JVM start, {tool_s:.1f} s by its own clock: "
              f"{report.relationships / import_s:,.0f} kg relationships/s ({total / import_s:,.0f}/s counting MENTIONS; "
              f"{total / tool_s:,.0f}/s by the tool's clock); counted {count} in Neo4j", flush=True)


if __name__ == "__main__":
    sys.exit(main())
