"""Export speed and peak memory: synthetic builds of 100k and 1M triples written as Turtle (and other formats).

Run: python bench/bench_export.py [--sizes 100000 1000000] [--formats ttl nq]

Each kg triple becomes 11-12 RDF triples (the fact plus its provenance), so the table shows both kg triples/s
and RDF triples/s. Triples are generated lazily, as `kg export` reads them from triples.jsonl, so peak memory
shows whether the writer holds the output (it should not). Peak memory is the process's maximum resident set
size (resource.getrusage), measured in a fresh child process per run.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PREDICATES = ("met", "dismissed", "appointed", "holds_role", "criticized", "visited", "sent", "urged")
TYPES = ("Person", "Organization", "Country", "Location", "Group")


def synthetic(n: int, n_entities: int = 20_000):
    """n triples over n_entities entities, 8 triples per sentence, 40 sentences per article."""
    from kg.records import Alias, Entity, Node, Triple

    entities = [
        Entity(f"e{i}", f"Entity {i} “quoted” <x>", TYPES[i % len(TYPES)], (Alias(f"Entitas {i}", "id"),), mentions=i % 50, docs=(f"doc{i % 997}",))
        for i in range(n_entities)
    ]

    def triples():
        for i in range(n):
            s, o = entities[(i * 7) % n_entities], entities[(i * 13 + 1) % n_entities]
            sentence = i // 8
            yield Triple(
                doc_id=f"doc{sentence // 40}",
                subject=Node(s.name, s.type, id=s.id),
                predicate=PREDICATES[i % len(PREDICATES)],
                object=Node(o.name, o.type, id=o.id),
                evidence=f"Kalimat nomor {sentence} tentang {s.name} dan {o.name}.",
                sentence_start=sentence * 100,
                sentence_end=sentence * 100 + 90,
                lang="id",
                date="2022-01-10",
                confidence=0.5 + (i % 5) / 10,
                role="president" if PREDICATES[i % len(PREDICATES)] == "holds_role" else None,
            )

    return triples(), entities


def run_one(n: int, fmt: str) -> None:
    """Child process: write n synthetic triples as fmt, print 'seconds rdf_triples peak_mb bytes'.

    ``fmt`` "export-ttl" times `kg export` proper: the triples are first written to a build folder
    (triples.jsonl, entities.jsonl; not timed), then read, mapped and written as Turtle.
    """
    import json

    from kg import rdf

    triples, entities = synthetic(n)
    with tempfile.TemporaryDirectory() as tmp:
        if fmt.startswith("export-"):
            fmt = fmt.removeprefix("export-")
            with open(Path(tmp) / "triples.jsonl", "w", encoding="utf-8") as out:
                out.writelines(json.dumps(t.to_json(), ensure_ascii=False) + "\n" for t in triples)
            with open(Path(tmp) / "entities.jsonl", "w", encoding="utf-8") as out:
                out.writelines(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in entities)
            path = Path(tmp) / f"graph.{fmt}"
            start = time.perf_counter()
            rdf.export(tmp, fmt, path)
        else:
            path = Path(tmp) / f"kg.{fmt}"
            start = time.perf_counter()
            rdf.write(triples, entities, path, fmt)
        seconds = time.perf_counter() - start
        size = path.stat().st_size
        lines = sum(1 for _ in path.open("rb")) if fmt in ("nt", "nq") else 0
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{seconds:.3f} {lines} {peak_mb:.1f} {size}")


def baseline_mb() -> float:
    """Peak RSS of a child that only imports kg.rdf and builds the synthetic entities (the floor)."""
    code = "import resource, sys; sys.path.insert(0, %r); import bench_export as b; from kg import rdf; import pyoxigraph; b.synthetic(1); print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)"
    out = subprocess.run([sys.executable, "-c", code % str(Path(__file__).parent)], capture_output=True, text=True, check=True)
    return float(out.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--formats", nargs="+", default=["ttl", "nq"], help="ttl trig nq nt jsonld graphml, or export-ttl (from JSONL files)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        run_one(int(args.child[0]), args.child[1])
        return
    print(f"baseline peak RSS (imports + 20k entities): {baseline_mb():.0f} MB")
    print(f"{'format':10} {'kg triples':>10} {'RDF triples':>11} {'seconds':>8} {'kg triples/s':>12} {'RDF triples/s':>13} {'peak MB':>8} {'output MB':>9}")
    for fmt in args.formats:
        for n in args.sizes:
            out = subprocess.run([sys.executable, __file__, "--child", str(n), fmt], capture_output=True, text=True, check=True)
            seconds, lines, peak, size = out.stdout.split()
            seconds, lines = float(seconds), int(lines)
            if fmt == "graphml":
                count, rate = "-", "-"
            else:  # counted for nt/nq; for other formats the same build's N-Triples count, estimated
                rdf_triples = lines or round(n * 11.125 + 20_000 * 6)
                count, rate = f"{rdf_triples:,}", f"{rdf_triples / seconds:,.0f}"
            print(f"{fmt:10} {n:>10,} {count:>11} {seconds:>8.2f} {n / seconds:>12,.0f} {rate:>13} {float(peak):>8.0f} {int(size) / 1e6:>9.1f}")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    main()
