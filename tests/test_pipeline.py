"""The whole path on real articles from ../shared: seed checks, evaluation, corpus-wide builds."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from pathlib import Path

from kg.pipeline import build, extract_articles, read_build
from kg.resolve import resolve


@pytest.fixture(scope="module")
def seed_triples(seed_article):
    return extract_articles([seed_article])


def find(triples, subject, predicate, obj):
    return [t for t in triples if t.predicate == predicate and subject in t.subject.name and obj in t.object.name]


def test_seed_tokayev_dismissed_massimov(seed_article, seed_triples):
    found = find(seed_triples, "Tokayev", "dismissed", "Massimov")
    assert found, [f"{t.subject.name} {t.predicate} {t.object.name}" for t in seed_triples]
    t = found[0]
    assert t.subject.name == "Kassym-Jomart Tokayev" and t.object.name == "Karim Massimov"
    assert (t.subject.type, t.object.type) == ("Person", "Person")
    assert seed_article.text[t.sentence_start : t.sentence_end] == t.evidence
    assert "memecat Massimov" in t.evidence
    assert t.date == "2022-01-06"  # "Kamis lalu" before Monday 2022-01-10
    assert t.lang == "id"


def test_seed_blinken_urged_authorities(seed_article, seed_triples):
    found = find(seed_triples, "Blinken", "urged", "authorities")
    assert found
    t = found[0]
    assert t.subject.name == "Antony Blinken"  # the text spells him Anthony
    assert seed_article.text[t.sentence_start : t.sentence_end] == t.evidence and "mendesak" in t.evidence


def test_seed_boilerplate_yields_nothing(seed_article, seed_triples):
    tail = seed_article.text.index("RELATED ARTICLES")
    assert all(t.sentence_end <= tail for t in seed_triples)


def test_evaluate_seed_prints_scores(eval_dir, corpus_dir):
    result = subprocess.run(
        [sys.executable, "-m", "kg", "evaluate", str(eval_dir / "kazakhstan-2022-01-10.gold.jsonl"), "--corpus", str(corpus_dir)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last.startswith("overall: P=") and "R=" in last and "F1=" in last


@pytest.fixture(scope="module")
def corpus_build(corpus_dir, tmp_path_factory):
    out = tmp_path_factory.mktemp("corpus") / "out"
    summary = build([corpus_dir], out, progress=False)
    return out, summary


def test_corpus_build_counts_match_files(corpus_build, corpus_dir):
    out, summary = corpus_build
    triples, entities, articles = read_build(out)
    assert summary.documents == len(articles) == len(list(corpus_dir.glob("*.txt")))
    assert summary.triples == len(triples) and summary.entities == len(entities)
    ids = {e.id for e in entities}
    assert len(ids) == len(entities)
    assert {t.subject.id for t in triples} | {t.object.id for t in triples} <= ids


@pytest.mark.parametrize(
    "name, type_, words",
    [
        ("Kassym-Jomart Tokayev", "Person", {"tokayev"}),
        ("Karim Massimov", "Person", {"massimov", "masimov"}),
        ("Antony Blinken", "Person", {"blinken"}),
        ("Russia", "Country", {"russia", "rusia"}),
        ("Kazakhstan", "Country", {"kazakhstan"}),
        ("Collective Security Treaty Organization", "Organization", {"csto"}),
    ],
)
def test_corpus_build_one_node_per_entity(corpus_build, name, type_, words):
    """Every entity of the type whose name or an alias has one of the words is the same single node."""
    out, _ = corpus_build
    _, entities, _ = read_build(out)
    same = [
        e for e in entities
        if e.type == type_ and any(words & set(text.lower().replace("-", " ").split()) for text in [e.name, *(a.text for a in e.aliases)])
    ]
    assert [e.name for e in same] == [name], [e.to_json() for e in same]


def test_build_twice_gives_identical_ids(corpus_dir, corpus_build, tmp_path):
    out, _ = corpus_build
    again = tmp_path / "again"
    build([corpus_dir], again, progress=False)
    assert (out / "entities.jsonl").read_text() == (again / "entities.jsonl").read_text()
    assert (out / "triples.jsonl").read_text() == (again / "triples.jsonl").read_text()


def test_incremental_equals_batch(corpus_dir, corpus_build, tmp_path):
    out, _ = corpus_build
    files = sorted(corpus_dir.glob("*.txt"))
    inc = tmp_path / "inc"
    build(files[:4], inc, progress=False)
    first_ids = {json.loads(line)["id"] for line in (inc / "entities.jsonl").read_text().splitlines()}
    build(files[4:], inc, progress=False)
    _, batch_entities, _ = read_build(out)
    _, inc_entities, _ = read_build(inc)
    assert first_ids <= {e.id for e in inc_entities}, "adding articles renamed existing entities"
    assert sorted((e.id, e.name, e.type) for e in inc_entities) == sorted((e.id, e.name, e.type) for e in batch_entities)


@pytest.mark.neo4j
def test_seed_build_in_real_neo4j(seed_article, tmp_path, neo4j_empty):
    """The seed article's build, loaded into the real server, answers the issue's query; counts match the files."""
    from kg.load import load, query
    from kg.pipeline import write_build

    triples, entities = resolve(extract_articles([seed_article]))
    out = tmp_path / "seed"
    write_build(out, triples, entities, [{"id": seed_article.id, "title": None, "url": None, "date": seed_article.date, "lang": "id", "source": seed_article.source}])
    uri, auth = neo4j_empty.bolt_uri, neo4j_empty.auth
    load(out, uri, *auth)
    _, rows = query(uri, *auth, "MATCH (a {name: 'Kassym-Jomart Tokayev'})-[:DISMISSED]->(b) RETURN b.name")
    assert rows == [["Karim Massimov"]]
    _, rows = query(uri, *auth, "MATCH (e:Entity) RETURN count(e)")
    assert rows == [[len(entities)]]
    _, rows = query(uri, *auth, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)")
    assert rows == [[len(triples)]]
    load(out, uri, *auth)  # loading again changes nothing
    _, rows = query(uri, *auth, "MATCH (:Entity)-[r]->(:Entity) RETURN count(r)")
    assert rows == [[len(triples)]]


# ---------- streaming build and worker processes (issue 13): the repository's own articles, no ../shared ----------

REPO = Path(__file__).resolve().parents[1]
OWN_CORPUS = [REPO / "examples", REPO / "eval" / "heldout" / "corpus"]
BUILD_FILES = ("triples.jsonl", "entities.jsonl", "articles.jsonl", "graph.ttl")


def test_two_worker_processes_write_the_same_bytes_as_one(tmp_path, monkeypatch):
    import os

    from kg import pipeline
    from kg.read import read_articles

    monkeypatch.setattr(pipeline, "BATCH_CHARS", 2_000)  # a dozen batches: the pool really runs
    workers = {item.worker for item in pipeline.extracted(read_articles(OWN_CORPUS), jobs=2)}
    assert workers and os.getpid() not in workers, "extraction ran in this process, not in workers"
    one = build(OWN_CORPUS, tmp_path / "one", progress=False, jobs=1)
    two = build(OWN_CORPUS, tmp_path / "two", progress=False, jobs=2)
    assert one.triples == two.triples > 50 and one.sentences == two.sentences
    for name in BUILD_FILES:
        assert (tmp_path / "one" / name).read_bytes() == (tmp_path / "two" / name).read_bytes(), name


def test_streamed_build_equals_resolving_everything_in_memory(tmp_path):
    """The two-pass build (spilled triples, Resolver keeping node shapes) gives what resolve() on the whole list gives."""
    from kg.read import read_articles

    build(OWN_CORPUS, tmp_path / "out", progress=False)
    articles = list(read_articles(OWN_CORPUS))
    expected_triples, expected_entities = resolve([t for a in articles for t in extract_articles_raw(a)])
    triples, entities, _ = read_build(tmp_path / "out")
    assert [t.to_json() for t in triples] == [t.to_json() for t in expected_triples]
    assert [e.to_json() for e in entities] == [e.to_json() for e in expected_entities]


def extract_articles_raw(article):
    from kg.extract import triples

    return triples(article)


def test_triples_that_resolution_made_one_are_written_once_with_the_higher_confidence():
    from kg import pipeline
    from kg.records import Node, Triple

    party, person, seat = Node("Karanga Party", "Organization", (), "organization/karanga-party"), \
        Node("Lena Ruiz", "Person", (), "person/lena-ruiz"), Node("Dellow", "Location", (), "location/dellow")

    def fact(doc, obj, confidence, start=0):
        return Triple(doc, person, "member_of" if obj is party else "represents", obj, "...", start, 40, "en",
                      confidence=confidence)

    stream = [fact("a", party, 0.6), fact("a", seat, 0.7), fact("a", party, 0.8), fact("a", party, 0.5, start=41),
              fact("b", party, 0.6)]
    kept = list(pipeline._distinct(iter(stream)))
    assert [(t.doc_id, t.object.name, t.confidence, t.sentence_start) for t in kept] == [
        ("a", "Karanga Party", 0.8, 0), ("a", "Dellow", 0.7, 0), ("a", "Karanga Party", 0.5, 41), ("b", "Karanga Party", 0.6, 0)]
