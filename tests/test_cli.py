"""The kg command end to end, run as users run it (a subprocess), on articles written for the tests."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
EN = "Prime Minister Ada Obi dismissed Finance Minister Peter Okoye on Monday. Police arrested two protesters in Abuja."


def run(*args, stdin: str | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, input=stdin, timeout=600)


def command_names():
    return sorted(cli.commands)


@pytest.mark.parametrize("name", command_names())
def test_every_command_has_help_with_an_example(name):
    result = CliRunner().invoke(cli, [name, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and f"kg {name}" in result.output
    assert cli.commands[name].help, f"kg {name} has no description"


def test_top_level_help():
    result = run("--help")
    assert result.returncode == 0 and "Examples:" in result.stdout
    for name in command_names():
        assert name in result.stdout


def test_build_then_query(tmp_path):
    out = tmp_path / "out"
    result = run("build", EXAMPLES, "-o", out)
    assert result.returncode == 0, result.stderr
    assert "2 documents" in result.stdout and "triples" in result.stdout
    for name in ("triples.jsonl", "entities.jsonl", "articles.jsonl", "graph.ttl", "graph.kuzu"):
        assert (out / name).exists(), name
    triples = [json.loads(line) for line in (out / "triples.jsonl").read_text().splitlines()]
    assert triples
    assert {"doc_id", "subject", "predicate", "object", "evidence", "sentence_start", "sentence_end", "lang", "date", "confidence"} <= set(triples[0])
    dismissed = [t for t in triples if t["predicate"] == "dismissed"]
    assert dismissed, "both example articles report a dismissal"
    result = run("query", out, "MATCH (p:Person)-[r:DISMISSED]->(o) RETURN p.name, o.name ORDER BY p.name", "--format", "json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert sorted((r["p.name"], r["o.name"]) for r in rows) == sorted((t["subject"]["name"], t["object"]["name"]) for t in dismissed)
    csv_out = run("query", out, "MATCH (a:Article) RETURN a.id ORDER BY a.id", "--format", "csv")
    assert csv_out.stdout.splitlines()[0] == "a.id" and len(csv_out.stdout.splitlines()) == 3


def test_bad_inputs_fail_loudly_but_good_ones_are_built(tmp_path):
    bad = {
        "empty.txt": b"",
        "binary.txt": bytes(range(256)),
        "latin1.txt": "Le ministre a été reçu à Genève.".encode("latin-1"),
        "scripts.html": b"<html><script>var a = 1;</script></html>",
    }
    for name, content in bad.items():
        (tmp_path / name).write_bytes(content)
    (tmp_path / "feed.jsonl").write_text(json.dumps({"id": "ok1", "text": EN, "date": "2022-01-10"}) + "\n{broken\n")
    out = tmp_path / "out"
    result = run("build", *(tmp_path / n for n in bad), tmp_path / "feed.jsonl", tmp_path / "missing.txt", "-o", out)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("kg: error:")]
    assert len(errors) == 6, result.stderr
    for name in [*bad, "feed.jsonl:2", "missing.txt"]:
        assert any(name in line for line in errors), name
    articles = [json.loads(line) for line in (out / "articles.jsonl").read_text().splitlines()]
    assert [a["id"] for a in articles] == ["ok1"]
    assert not [p for p in out.iterdir() if p.name.startswith(".")], "no temporary files are left behind"


def test_nothing_readable_writes_nothing(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("build", tmp_path / "empty.txt", "-o", tmp_path / "out")
    assert result.returncode == 1 and "no article could be read" in result.stderr
    assert not (tmp_path / "out").exists()


def test_failed_rebuild_keeps_the_earlier_build(tmp_path):
    out = tmp_path / "out"
    assert run("build", EXAMPLES, "-o", out).returncode == 0
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    (tmp_path / "empty.txt").write_bytes(b"")
    assert run("build", tmp_path / "empty.txt", "-o", out).returncode == 1
    after = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file()}
    assert after == before


def test_stdin_and_extract_table(tmp_path):
    result = run("extract", "-", "--lang", "en", "--date", "2022-01-10", "--format", "table", stdin=EN)
    assert result.returncode == 0, result.stderr
    assert "dismissed" in result.stdout and "2022-01-10" in result.stdout


def test_query_without_build_is_one_line_error(tmp_path):
    result = run("query", tmp_path, "MATCH (n) RETURN n")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "kg build" in result.stderr


def test_huge_unpunctuated_article_does_not_stop_the_build(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text(("the minister said police arrested protesters in the city " * 30000).strip() + ".", encoding="utf-8")
    good = tmp_path / "good.txt"
    good.write_text(EN, encoding="utf-8")
    out = tmp_path / "out"
    result = run("build", huge, good, "-o", out, "--lang", "en")
    assert result.returncode == 0, result.stderr
    triples = [json.loads(line) for line in (out / "triples.jsonl").read_text().splitlines()]
    assert {t["doc_id"] for t in triples} == {"good"}
