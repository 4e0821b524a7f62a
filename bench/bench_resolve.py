"""Entity resolution speed: synthetic corpora of made-up names (full names, surnames, titles, acronyms, places).

Run: python bench/bench_resolve.py [--docs 200 1000 5000] [--per-doc 20]

Each article names a few people from a shared pool (full name first, then surname or title-only forms),
organisations with their acronyms, countries in English and Indonesian and groups, so every merge rule
runs. The table shows triples per second for a batch build and for adding 10% more articles to it.
"""

from __future__ import annotations

import argparse
import random
import time


FIRST = ["Aru", "Bela", "Cato", "Dara", "Edo", "Fila", "Gani", "Hira", "Ivo", "Jala", "Kemi", "Lino", "Mira", "Nodi", "Oki"]
LAST = ["Tarsov", "Wendel", "Okoro", "Pranata", "Lindqvist", "Moreau", "Haddad", "Kuznet", "Sato", "Varga", "Ilyas", "Brandt"]
ORGS = [("Union of Coastal Fishers", "UCF"), ("Komisi Pemantau Hutan", "KPH"), ("Northern Grain Board", "NGB")]
COUNTRIES = [("Russia", "Rusia"), ("Germany", "Jerman"), ("United States", "Amerika Serikat"), ("Japan", "Jepang")]
GROUPS = ["protesters", "pengunjuk rasa", "police", "security forces"]


def corpus(n_docs: int, per_doc: int, seed: int = 1):
    from kg.records import Node, Triple

    rng = random.Random(seed)
    out = []
    for d in range(n_docs):
        lang = "id" if d % 2 else "en"
        people = [(rng.choice(FIRST), rng.choice(LAST)) for _ in range(3)]
        org, acronym = rng.choice(ORGS)
        country = rng.choice(COUNTRIES)[d % 2]
        nodes = [Node(f"President {f} {s}" if i == 0 else f"{f} {s}", "Person", (f"{f} {s}",)) for i, (f, s) in enumerate(people)]
        nodes += [Node(s, "Person", (s,)) for _, s in people] + [Node("the president", "Person", ("the president",))]
        nodes += [Node(org, "Organization", (org,)), Node(acronym, "Organization", (acronym,)), Node(country, "Country", (country,))]
        nodes += [Node(g, "Group", (g,)) for g in rng.sample(GROUPS, 2)]
        for i in range(per_doc):
            s, o = nodes[i % len(nodes)], nodes[(i * 5 + 3) % len(nodes)]
            out.append(Triple(f"doc{d}", s, "met", o, "", 0, 0, lang))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, nargs="+", default=[200, 1000, 5000])
    parser.add_argument("--per-doc", type=int, default=20)
    args = parser.parse_args()
    from kg.resolve import resolve

    print(f"{'articles':>8} {'triples':>8} {'entities':>8} {'batch s':>8} {'triples/s':>10} {'+10% s':>8}")
    for n in args.docs:
        triples = corpus(n, args.per_doc)
        started = time.perf_counter()
        resolved, entities = resolve(triples)
        batch = time.perf_counter() - started
        extra = [t for t in corpus(n // 10 or 1, args.per_doc, seed=2)]
        extra = [t.__class__(**{**{f: getattr(t, f) for f in t.__slots__}, "doc_id": "new-" + t.doc_id}) for t in extra]
        started = time.perf_counter()
        resolve(resolved + extra, existing=entities)
        more = time.perf_counter() - started
        print(f"{n:>8} {len(triples):>8} {len(entities):>8} {batch:>8.2f} {len(triples) / batch:>10.0f} {more:>8.2f}")


if __name__ == "__main__":
    main()
