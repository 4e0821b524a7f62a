"""English extraction speed (spaCy en_core_web_sm): sentences per second on one core, with nlp.pipe batching, and on 2 processes.

Run: python bench/bench_extract_en.py [--sentences N] [--repeat R] [--corpus DIR]

Sentences are made-up English news sentences built from templates (names, titles, clauses of the kinds the
extractor reads, 15-40 words), plus the ``*.en.txt`` articles of ``--corpus`` when given. They are grouped into
articles of 20 sentences so segmentation, coreference and dates run as on real news. Reported:

1. per article  - ``extract_en.triples(article)`` one article at a time (one ``nlp.pipe`` call per article);
2. batched      - ``extract_en.triples_of_articles``: all sentences through one ``nlp.pipe`` stream (batch 256),
                  with the parse/extraction split measured separately;
3. 2 processes  - the per-article run split over a pool of 2 worker processes;
and the parse/extraction split of the batched run.
"""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import random
import time
from pathlib import Path

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")  # one core means one BLAS thread too

PEOPLE = ["Kenyan President William Ruto", "U.S. Secretary of State Marco Rubio", "Brazilian Foreign Minister Mauro Vieira",
          "Omar Haddad, chief executive of Nordwind Logistics,", "Police", "The prime minister", "She", "He",
          "Ines Duarte, the former head of the Central Electoral Commission,", "Riot police", "Human Rights Watch",
          "The European Union", "Siemens", "Japanese Prime Minister Taro Aso", "Rebels"]
VERBS = ["dismissed", "met with", "urged", "arrested", "criticized", "did not meet", "will try to visit", "clashed with",
         "accused", "called on", "praised", "was replaced by", "agreed to acquire", "plans to sanction", "told"]
OBJECTS = ["the authorities", "protesters", "Ugandan President Yoweri Museveni", "Tomas Herczeg", "the Kenyan government",
           "Varian Medical", "security forces", "Germany", "Chinese Defence Minister Dong Jun", "the opposition leader",
           "Lagos, the country's biggest city,", "the National Anti-Corruption Bureau (NABU)"]
TAILS = ["on Monday.", "last Thursday, according to a statement published by the ministry.",
         "in Geneva on Jan. 5, officials said.", "after weeks of protests over rising fuel prices in the capital.",
         "to respect the rights of those detained during the unrest, the statement said.", "."]
LEADS = ["", "Earlier, ", "On Friday, ", "In a televised address, ", "Despite the criticism, "]


def template_sentences(n: int, seed: int = 11) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        s = f"{rng.choice(LEADS)}{rng.choice(PEOPLE)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}"
        s = s.replace(" .", ".").replace(",,", ",")
        out.append(s[0].upper() + s[1:])
    return out


def corpus_sentences(folder: Path | None) -> list[str]:
    if folder is None or not folder.is_dir():
        return []
    from kg.segment import sentences

    return [s.text for p in sorted(folder.glob("*.en.txt")) for s in sentences(p.read_text(encoding="utf-8"), "en")]


def articles(texts: list[str], per_article: int = 20):
    from kg.records import Article

    return [Article(id=f"b{k}", text="\n".join(texts[k : k + per_article]), lang="en", date="2024-03-15")
            for k in range(0, len(texts), per_article)]


def _work(batch) -> int:
    from kg.extract_en import triples

    return sum(len(triples(a)) for a in batch)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sentences", type=int, default=2000, help="template sentences (at least 1,000)")
    parser.add_argument("--repeat", type=int, default=2, help="timed runs; the best is reported")
    parser.add_argument("--corpus", type=Path, default=None, help="folder of *.en.txt articles to add")
    args = parser.parse_args()

    from kg import extract_en
    from kg.segment import sentences

    t0 = time.perf_counter()
    extract_en.nlp()
    print(f"model load: {time.perf_counter() - t0:.2f} s")
    texts = template_sentences(max(args.sentences, 1000)) + corpus_sentences(args.corpus)
    docs_in = articles(texts)
    segmented = [(a, sentences(a.text, "en")) for a in docs_in]
    n = sum(len(s) for _, s in segmented)
    words = sum(len(t.split()) for t in texts)
    print(f"{n} sentences in {len(docs_in)} articles, {words / len(texts):.1f} words a sentence")
    extract_en.triples(docs_in[0])  # warm-up

    runs = [_timed(lambda: _work(docs_in)) for _ in range(args.repeat)]
    wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
    print(f"1. per article, 1 process:  {n / wall:8.0f} sentences/s wall, {n / cpu:.0f} per CPU-second")

    nlp = extract_en.nlp()
    parse_times, extract_times = [], []
    cpu_times = []
    for _ in range(args.repeat):
        c = time.process_time()
        t = time.perf_counter()
        flat = [s.text for _, sents in segmented for s in sents]
        parsed = list(nlp.pipe(flat, batch_size=256))
        parse_times.append(time.perf_counter() - t)
        t = time.perf_counter()
        k = 0
        for article, sents in segmented:
            extract_en.triples_from_docs(article, sents, parsed[k : k + len(sents)])
            k += len(sents)
        extract_times.append(time.perf_counter() - t)
        cpu_times.append(time.process_time() - c)
    p, e = min(parse_times), min(extract_times)
    runs = [_timed(lambda: sum(len(t) for _, t in extract_en.triples_of_articles(docs_in))) for _ in range(args.repeat)]
    print(f"2. triples_of_articles (one nlp.pipe stream, batch 256): {n / min(r[0] for r in runs):.0f} sentences/s wall, "
          f"{n / min(r[1] for r in runs):.0f} per CPU-second  (of which parse {n / p:.0f}/s, extraction {n / e:.0f}/s)")

    chunks = [docs_in[i::2] for i in range(2)]
    with mp.get_context("fork").Pool(2) as pool:
        pool.map(_work, [c[:1] for c in chunks])  # load the model in each worker
        best2 = min(_timed(lambda: pool.map(_work, chunks))[0] for _ in range(args.repeat))
    print(f"3. per article, 2 processes:{n / best2:8.0f} sentences/s wall")
    print(f"load average while measuring: {os.getloadavg()[0]:.1f} (CPU-second rates are the one-core figure on a busy machine)")


def _timed(fn) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process)."""
    t, c = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - t, time.process_time() - c


if __name__ == "__main__":
    main()
