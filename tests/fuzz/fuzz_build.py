"""Fuzz kg's pipeline: hostile inputs through read → segment → extract → resolve → RDF, counting failures.

    python tests/fuzz/fuzz_build.py --examples 5000 [--seed 1] [--english 0.1]

Each example is a random input file (.txt, .jsonl, .json or .html; random bytes, broken or ill-typed JSON, long
runs of dots, letters or spaces, control characters, lone surrogates, U+2028, words kg knows) read with
``kg.read.read_articles``. A failure is: an exception that is not a ``KGError`` anywhere in the pipeline, a
sentence or evidence whose offsets do not cut it back out of the article (``text[start:end]``), or RDF (Turtle,
TriG, N-Triples) that rdflib or pyoxigraph cannot parse back, or that the two parsers read differently. The
last line is ``fuzz: inputs=N failures=F ...``; the exit code is 1 when F > 0. Not collected by pytest (no
``test_`` prefix); the suite runs the same properties with a bounded number of examples.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from kg import extract, rdf, segment  # noqa: E402
from kg.errors import KGError  # noqa: E402
from kg.read import read_articles  # noqa: E402
from kg.resolve import resolve  # noqa: E402

WORDS = {
    "id": "Presiden Menteri memecat menangkap mengunjungi mengkritik bertemu Jakarta Bandung Polisi Gubernur pada hari Senin "
          "Ani Wijaya Budi Santoso Dr. Kamis lalu kemarin demonstran di dan yang Indonesia Rusia AS PBB ASEAN".split(),
    "en": "President Minister dismissed arrested visited criticised met London Paris Police Governor on Monday "
          "Ada Obi Peter Okoye Mr. last Thursday protesters in and the U.S. United Nations Russia".split(),
}
NASTY = [".", "...", "…", "!", "?", " ", "\n", "\t", "\r\n", '"', "“", "”", "(", ")", "(ant)", "—", "-", "/", "#", "<", ">", "&",
         "\u2028", "\u2029", "\x85", "\x00", "\x07", "\x1b", "\ufeff", "\ufffe", "\u200f", "\u0301", "😀", "\U0010ffff",
         "A.", "J.P.", "U.S.", "10.30", "2022-01-10", "JAKARTA, KOMPAS.com — ", "{", "}", "[", "]", ":", "\\", "'"]


TEMPLATES = {
    "id": ["Presiden {a} memecat Menteri {b} pada hari Senin.", "Polisi menangkap {a} di {p}.", "Gubernur {a} mengunjungi {p} kemarin.",
           "Menteri {a} mengkritik Presiden {b}.", "{a} bertemu {b} di {p} pada Kamis lalu."],
    "en": ["President {a} dismissed Minister {b} on Monday.", "Police arrested {a} in {p}.", "Governor {a} visited {p} yesterday.",
           "Minister {a} criticised President {b}.", "{a} met {b} in {p} last Thursday."],
}


def random_name(rng: random.Random) -> str:
    """A capitalised name, sometimes with hostile characters in it."""
    words = []
    for _ in range(rng.randint(1, 3)):
        word = "".join(rng.choice("abcdefghijklmnopqrstuvwxyzéüñ") for _ in range(rng.randint(2, 8)))
        if rng.random() < 0.3:
            word += rng.choice(NASTY)
        words.append(word[:1].upper() + word[1:])
    return " ".join(words)


def template_text(rng: random.Random, lang: str) -> str:
    sentences = [rng.choice(TEMPLATES[lang]).format(a=random_name(rng), b=random_name(rng), p=random_name(rng)) for _ in range(rng.randint(1, 6))]
    return rng.choice([" ", "\n", "\n\n", "  "]).join(sentences)


def random_text(rng: random.Random, lang: str) -> str:
    kind = rng.random()
    if kind > 0.5:
        return template_text(rng, lang)
    if kind < 0.05:  # one long pathological run
        return rng.choice(["A", "x", "a."]) + rng.choice([".", "x", " ", "A. ", "Dr. ", '"']) * rng.randint(1000, 20000) + " End."
    if kind < 0.10:  # arbitrary code points, surrogates included
        return "".join(chr(rng.randint(0, 0x10FFFF)) for _ in range(rng.randint(0, 60)))
    parts = []
    for _ in range(rng.randint(1, 60)):
        parts.append(rng.choice(WORDS[lang]) if rng.random() < 0.75 else rng.choice(NASTY))
        parts.append(" " if rng.random() < 0.8 else rng.choice(NASTY))
    return "".join(parts)


def random_value(rng: random.Random, lang: str):
    return rng.choice([
        None, 5, 20220110, 1.5, True, [], {}, {"a": 1}, "", "yesterday", "2022-02-30", "2022-01-10", "2022-01-10T08:30:00Z",
        random_text(rng, lang)[:40], "\udfff", "a\x00b",
    ])


def random_record(rng: random.Random, lang: str):
    if rng.random() < 0.05:
        return rng.choice([[], "text", 7, None, [1, 2]])
    record = {"id": rng.choice([random_text(rng, lang)[:20] or "x", "story.", "a/b#c", "..", " ", 12, True, None]),
              "text": random_text(rng, lang) if rng.random() < 0.95 else random_value(rng, lang)}
    for field in ("lang", "date", "url", "title"):
        if rng.random() < 0.5:
            record[field] = rng.choice([lang, "xx", None, 3]) if field == "lang" else random_value(rng, lang)
    return record


def random_file(rng: random.Random, folder: Path, n: int, lang: str) -> Path:
    kind = rng.choice(["txt", "txt", "jsonl", "jsonl", "json", "html", "bytes"])
    name = rng.choice([f"f{n}", f"f{n}-2022-01-10", f"f{n}.", f"f {n} ü"])
    if kind == "bytes":
        path = folder / f"{name}.txt"
        path.write_bytes(rng.randbytes(rng.randint(0, 300)))
    elif kind == "txt":
        path = folder / f"{name}.txt"
        path.write_bytes(random_text(rng, lang).encode("utf-8", "surrogatepass"))
    elif kind == "html":
        path = folder / f"{name}.html"
        body = "".join(f"<p>{random_text(rng, lang)}</p>" for _ in range(rng.randint(0, 4)))
        path.write_bytes(f"<html><head><title>{random_text(rng, lang)[:30]}</title></head><body><article>{body}</article></body></html>".encode("utf-8", "surrogatepass"))
    elif kind == "json":
        path = folder / f"{name}.json"
        value = random_record(rng, lang) if rng.random() < 0.5 else [random_record(rng, lang) for _ in range(rng.randint(0, 3))]
        path.write_text(json.dumps(value) if rng.random() < 0.9 else json.dumps(value)[:-1], encoding="utf-8")
    else:
        path = folder / f"{name}.jsonl"
        lines = [json.dumps(random_record(rng, lang), ensure_ascii=rng.random() < 0.5) for _ in range(rng.randint(1, 4))]
        if rng.random() < 0.2:
            lines.insert(rng.randint(0, len(lines)), rng.choice(["{broken", "[" * 5000, "1" * 5000, "", "null"]))
        path.write_bytes("\n".join(lines).encode("utf-8", "surrogatepass"))
    return path


def check_rdf(triples, entities, articles, folder: Path) -> None:
    """Turtle, TriG and N-Triples of the batch parse with rdflib and pyoxigraph, and both read the same."""
    import pyoxigraph as ox
    from rdflib import Dataset, Graph
    from rdflib.compare import isomorphic

    formats = {"ttl": ("turtle", ox.RdfFormat.TURTLE), "nt": ("nt", ox.RdfFormat.N_TRIPLES), "trig": ("trig", ox.RdfFormat.TRIG)}
    expected = rdf.graph(triples, entities, articles)
    parsed = {}
    for fmt, (rdflib_name, ox_format) in formats.items():
        path = rdf.write(triples, entities, folder / f"kg.{fmt}", fmt, articles)
        if fmt == "trig":
            Dataset().parse(path, format=rdflib_name)
        else:
            g = Graph().parse(path, format=rdflib_name)
            if not isomorphic(g, expected):
                raise AssertionError(f"{fmt}: rdflib reads back a different graph")
        parsed[fmt] = {str(ox.Triple(q.subject, q.predicate, q.object)) for q in ox.parse(path=str(path), format=ox_format)}
    if not parsed["ttl"] == parsed["nt"] == parsed["trig"]:
        raise AssertionError("pyoxigraph reads Turtle, N-Triples and TriG differently")


def one_batch(rng: random.Random, size: int, english: float, root: Path, failures: list[str], counts: dict) -> None:
    folder = Path(tempfile.mkdtemp(dir=root))
    lang_of = {}
    paths = []
    for n in range(size):
        lang = "en" if rng.random() < english else "id"
        path = random_file(rng, folder, n, lang)
        paths.append(path)
        lang_of[path.stem] = lang
    stage = "read"
    try:
        errors = []
        articles = list(read_articles(paths, on_error=errors.append, lang=rng.choice([None, "id", "en"]) if rng.random() < 0.3 else "id"))
        counts["input errors"] += len(errors)
        triples = []
        for article in articles:
            stage = f"segment {article.source}"
            for s in segment.sentences(article.text, article.lang):
                if article.text[s.start : s.end] != s.text:
                    raise AssertionError(f"sentence offsets {s.start}:{s.end} do not cut out {s.text!r}")
            stage = f"extract {article.source}"
            try:
                found = extract.triples(article)
            except KGError:
                counts["extract errors"] += 1
                continue
            for t in found:
                if article.text[t.sentence_start : t.sentence_end] != t.evidence:
                    raise AssertionError(f"evidence offsets {t.sentence_start}:{t.sentence_end} do not cut out {t.evidence!r}")
            triples.extend(found)
        counts["articles"] += len(articles)
        counts["triples"] += len(triples)
        stage = "resolve"
        resolved, entities = resolve(triples)
        stage = "rdf"
        records = [{"id": a.id, "lang": a.lang, "date": a.date, "title": a.title, "url": a.url} for a in articles]
        check_rdf(resolved, entities, records, folder)
    except KGError:
        counts["kg errors"] += 1
    except Exception as error:  # noqa: BLE001 - counting them is the point
        detail = "".join(traceback.format_exception_only(type(error), error)).strip().splitlines()[0][:300]
        failures.append(f"{stage}: {detail} (inputs kept in {folder})")
        return
    for p in folder.iterdir():
        p.unlink()
    folder.rmdir()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--examples", type=int, default=500, help="number of input files (default 500)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--batch", type=int, default=10, help="inputs read, extracted and written as RDF together")
    parser.add_argument("--english", type=float, default=0.1, help="share of English inputs (spaCy is slower)")
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    failures: list[str] = []
    counts = dict.fromkeys(["articles", "triples", "input errors", "extract errors", "kg errors"], 0)
    started = time.perf_counter()
    root = Path(tempfile.mkdtemp(prefix="kg-fuzz-"))
    done = 0
    while done < args.examples:
        size = min(args.batch, args.examples - done)
        one_batch(rng, size, args.english, root, failures, counts)
        done += size
    for failure in failures:
        print(failure)
    summary = " ".join(f"{k.replace(' ', '_')}={v}" for k, v in counts.items())
    print(f"fuzz: inputs={done} failures={len(failures)} {summary} seconds={time.perf_counter() - started:.0f}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
