"""kg build --engine spark on real PySpark (local[2]): the same triples and entities as the local engine."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, timeout=900)


def sorted_lines(path) -> list[str]:
    return sorted(path.read_text(encoding="utf-8").splitlines())


def test_spark_and_local_engines_give_the_same_triples_and_entities(corpus_dir, tmp_path):
    pytest.importorskip("pyspark", reason="needs PySpark (pip install -e '.[test]')")
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    local = run("build", corpus_dir, bad, "-o", tmp_path / "local", "--jobs", "1")
    spark = run("build", corpus_dir, bad, "-o", tmp_path / "spark", "--engine", "spark", "--master", "local[2]")
    for result in (local, spark):  # bad input: one line naming the file, the rest built, exit code 1
        assert result.returncode == 1, result.stderr[-2000:]
        assert [line for line in result.stderr.splitlines() if line.startswith("kg: error:")] == [f"kg: error: {bad}: empty file"]
    assert "(spark: " in spark.stdout
    for name in ("triples.jsonl", "entities.jsonl"):
        expected = sorted_lines(tmp_path / "local" / name)
        assert len(expected) > 100
        assert sorted_lines(tmp_path / "spark" / name) == expected, name
    assert (tmp_path / "spark" / "triples.jsonl").read_bytes() == (tmp_path / "local" / "triples.jsonl").read_bytes(), "same order too"


@pytest.mark.neo4j
def test_the_spark_connector_writes_the_graph_kg_load_writes(tmp_path, neo4j_empty):
    """kg load --engine spark (the Neo4j Connector for Apache Spark from Maven Central, on local[2]) gives every
    node, relationship and property that the Bolt loader gives, hostile names included."""
    pytest.importorskip("pyspark", reason="needs PySpark (pip install -e '.[test]')")
    from test_neo4j_csv import GRAPH_QUERIES, hostile_build

    from kg.load import load, query, wipe

    hostile_build(tmp_path / "out")
    uri, auth = neo4j_empty.bolt_uri, neo4j_empty.auth
    load(tmp_path / "out", uri, *auth)
    expected = {name: query(uri, *auth, cypher)[1] for name, cypher in GRAPH_QUERIES.items()}
    wipe(uri, *auth)
    result = subprocess.run([sys.executable, "-m", "kg", "load", str(tmp_path / "out"), "--uri", uri, "--user", auth[0],
                             "--engine", "spark", "--master", "local[2]"], capture_output=True, text=True, timeout=900,
                            env={**os.environ, "NEO4J_PASSWORD": auth[1]})
    assert result.returncode == 0, result.stderr[-3000:]
    got = {name: query(uri, *auth, cypher)[1] for name, cypher in GRAPH_QUERIES.items()}
    assert got == expected
