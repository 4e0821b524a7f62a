"""kg build --engine spark on real PySpark (local[2]): the same triples and entities as the local engine."""

from __future__ import annotations

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
    assert "(spark," in spark.stdout
    for name in ("triples.jsonl", "entities.jsonl"):
        expected = sorted_lines(tmp_path / "local" / name)
        assert len(expected) > 100
        assert sorted_lines(tmp_path / "spark" / name) == expected, name
    assert (tmp_path / "spark" / "triples.jsonl").read_bytes() == (tmp_path / "local" / "triples.jsonl").read_bytes(), "same order too"
