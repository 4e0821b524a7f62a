"""Embedded store speed: writing a synthetic build (entities and triples with provenance) into Kùzu.

Run: python bench/bench_store.py [--triples N] [--entities M]
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

from kg.records import Alias, Entity, Node, Triple
from kg.store import query, write_store

TYPES = ["Person", "Organization", "Country", "Group", "Location"]
PREDICATES = ["dismissed", "met", "urged", "holds_role", "located_in", "accused", "arrested", "visited"]


def synthetic(n_entities: int, n_triples: int, n_docs: int = 2000):
    rng = random.Random(1)
    entities = [Entity(f"{TYPES[i % 5].lower()}/e{i}", f"Entity {i}", TYPES[i % 5], (Alias(f"E{i}", "en"),), 1, ("d0",)) for i in range(n_entities)]
    triples = []
    for k in range(n_triples):
        s, o = rng.sample(entities, 2)
        text = f"Entity {s.id} did something to entity {o.id} on Monday, officials said."
        triples.append(Triple(f"d{k % n_docs}", Node(s.name, s.type, (), s.id), rng.choice(PREDICATES), Node(o.name, o.type, (), o.id), text, 0, len(text), "en", "2022-01-10", 0.7))
    articles = [{"id": f"d{i}", "title": None, "url": None, "date": "2022-01-10", "lang": "en", "source": None} for i in range(n_docs)]
    return triples, entities, articles


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=100_000)
    parser.add_argument("--entities", type=int, default=20_000)
    args = parser.parse_args()
    triples, entities, articles = synthetic(args.entities, args.triples)
    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        write_store(Path(tmp) / "graph.kuzu", triples, entities, articles)
        seconds = time.perf_counter() - started
        _, rows = query(tmp, "MATCH ()-[r]->() WHERE label(r) <> 'MENTIONS' RETURN count(r)")
    assert rows == [[len(triples)]]
    print(f"{len(triples):,} triples, {len(entities):,} entities, {len(articles):,} articles → Kùzu in {seconds:.2f} s ({len(triples) / seconds:,.0f} triples/s)")


if __name__ == "__main__":
    main()
