"""Indonesian extraction speed: sentences per second on one core, and start-up time to the first triple.

Run: python bench/bench_extract_id.py [--ud DIR] [--limit N] [--repeat R]

Sentences come from the UD Indonesian treebanks (``../shared/data/ud-indonesian/*.conllu``, read at bench time,
the ``# text =`` lines) when present, else from templates of made-up news sentences. Articles of 20 sentences
are built from them so that segmentation, pronouns and dates run as they do on real news.
Start-up is measured in a fresh interpreter: import kg.extract_id and extract one short article.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import time
from pathlib import Path

DEFAULT_UD = Path(__file__).resolve().parents[2] / "shared" / "data" / "ud-indonesian"

PEOPLE = ["Presiden Rusia Vladimir Putin", "Menlu AS Antony Blinken", "Gubernur Jawa Barat Ridwan Kamil", "Budi Santoso",
          "Ketua KPU Hasyim Asy'ari", "Perdana Menteri Malaysia Anwar Ibrahim", "Dia", "Kapolri Listyo Sigit"]
OBJECTS = ["pihak berwenang", "para pengunjuk rasa", "Ukraina", "Tiongkok", "Partai Demokrat", "tiga tersangka",
           "Kementerian Pertahanan Rusia", "warga sipil", "Organisasi Kesehatan Dunia (WHO)", "Jakarta"]
VERBS = ["menangkap", "memecat", "mendesak", "bertemu dengan", "mengecam", "mengunjungi", "menuduh", "mendukung",
         "memperingatkan", "menyerang", "tidak menemui", "akan mengunjungi"]
TAILS = ["pada Senin (10/1/2022).", "Kamis lalu.", "di Jakarta.", "untuk membahas krisis itu.", "atas tuduhan korupsi.", "."]


def ud_sentences(folder: Path, limit: int) -> list[str]:
    out = []
    for path in sorted(folder.glob("*.conllu")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("# text = "):
                out.append(line[9:].strip())
                if len(out) >= limit:
                    return out
    return out


def template_sentences(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    return [f"{rng.choice(PEOPLE)} {rng.choice(VERBS)} {rng.choice(OBJECTS)} {rng.choice(TAILS)}".replace(" .", ".") for _ in range(n)]


def articles(texts: list[str], per_article: int = 20):
    from kg.records import Article

    out = []
    for k in range(0, len(texts), per_article):
        body = "\n".join(texts[k : k + per_article])
        out.append(Article(id=f"b{k}", text=body, lang="id", date="2022-01-10"))
    return out


def startup_seconds() -> float:
    code = (
        "import time; t = time.perf_counter();"
        "from kg.records import Article; from kg.extract_id import triples;"
        "triples(Article('s', 'Presiden Rusia Vladimir Putin memecat Sergei Ivanov pada Senin.', 'id', '2022-01-10'));"
        "print(time.perf_counter() - t)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return float(result.stdout.strip())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--ud", type=Path, default=DEFAULT_UD, help="folder of UD Indonesian .conllu files")
    parser.add_argument("--limit", type=int, default=5000, help="sentences to read (at least 1,000)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the best is reported")
    args = parser.parse_args()

    starts = sorted(startup_seconds() for _ in range(3))
    print(f"start-up (import + first article, fresh interpreter): median {starts[1]:.3f} s")

    from kg.extract_id import triples
    from kg.segment import sentences

    for label, texts in (("UD Indonesian treebank text", ud_sentences(args.ud, args.limit) if args.ud.is_dir() else []),
                         ("templated news sentences", template_sentences(max(args.limit, 1000)))):
        if not texts:
            print(f"{label}: skipped (no treebank at {args.ud})")
            continue
        docs = articles(texts)
        n_sent = sum(len(sentences(a.text, "id")) for a in docs)
        times = []
        n_triples = 0
        for _ in range(args.repeat):
            t = time.perf_counter()
            n_triples = sum(len(triples(a)) for a in docs)
            times.append(time.perf_counter() - t)
        first, best = times[0], min(times)
        print(f"{label}: {n_sent} sentences in {len(docs)} articles, {n_triples} triples; "
              f"first run (cold word caches) {n_sent / first:,.0f} sentences/s, best of {args.repeat} {n_sent / best:,.0f} sentences/s")


if __name__ == "__main__":
    main()
