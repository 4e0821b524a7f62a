"""neo4j-admin import files: hostile text survives the CSV, the real import tool reads them, and the imported
database is the graph `kg load` writes over Bolt."""

from __future__ import annotations

import csv

import pytest

from kg.errors import KGError
from kg.neo4j_csv import ARRAY_DELIMITER, import_arguments, write_csv
from kg.pipeline import write_build
from kg.records import Alias, Entity, Node, Triple

HOSTILE = ['Ann "Quote" O\'Neil', "Comma, Inc.", "Line\nbreak\r\nand more", "semi;colon;s", "  spaced  ", "back\\slash\\",
           "tab\there", "émoji 🎉 and 中文", "pipe|and`tick`", "\"\"", "MATCH (n) DETACH DELETE n //"]


def hostile_build(folder):
    """A small build whose names, aliases, ids and sentences carry every character a CSV can trip on."""
    entities = []
    for i, text in enumerate(HOSTILE):
        entities.append(Entity(id=f"person/{i}-{text}", name=text, type="Person" if i % 2 else "Organization",
                               aliases=(Alias(text, "en"), Alias(f"{text};alias", "id")), mentions=i + 1, docs=(f"doc,{i % 3}",)))
    # (an entity with no alias at all would differ: a CSV cannot hold an empty list, so the import leaves the
    # property unset where kg load writes []; kg's resolver gives every entity at least one alias)
    entities.append(Entity(id="country/plain", name="Plain", type="Country", aliases=(Alias("Plain", "en"),), mentions=1, docs=("doc,0",)))
    triples = []
    for i, (s, o) in enumerate(zip(entities, entities[1:])):
        triples.append(Triple(doc_id=f"doc,{i % 3}", subject=Node(s.name, s.type, (s.name,), s.id), predicate=["met", "urged", "holds_role"][i % 3],
                              object=Node(o.name, o.type, (), o.id), evidence=f"{s.name} said \"{o.name}\",\nthen left;", sentence_start=i,
                              sentence_end=i + 40, lang="en", date="2024-03-01" if i % 2 else None, confidence=0.125 * (i % 8),
                              role="president" if i % 3 == 2 else None))
    articles = [{"id": f"doc,{i}", "title": f"Title \"{i}\", with\nnewline", "url": None, "date": "2024-03-01", "lang": "en", "source": f"{i};.txt"}
                for i in range(3)]
    write_build(folder, triples, entities, articles)
    return triples, entities, articles


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    return rows[0], rows[1:]


def test_hostile_values_round_trip_through_the_csv(tmp_path):
    triples, entities, articles = hostile_build(tmp_path / "out")
    report = write_csv(tmp_path / "out", tmp_path / "csv")
    assert (report.entities, report.articles, report.relationships, report.skipped) == (len(entities), 3, len(triples), [])
    header, rows = read_csv(tmp_path / "csv" / "entities.csv")
    assert header[0] == "id:ID(Entity)" and header[-1] == ":LABEL"
    by_id = {row[0]: dict(zip(header, row)) for row in rows}
    for e in entities:
        row = by_id[e.id]
        assert row["name"] == e.name
        assert row["aliases:string[]"].split(ARRAY_DELIMITER) == ([a.text for a in e.aliases] or [""])
        assert row[":LABEL"].split(ARRAY_DELIMITER) == ["Entity", e.type]
    header, rows = read_csv(tmp_path / "csv" / "relationships.csv")
    assert sorted(row[header.index("evidence")] for row in rows) == sorted(t.evidence for t in triples)
    assert {row[header.index(":TYPE")] for row in rows} == {"MET", "URGED", "HOLDS_ROLE"}
    assert (tmp_path / "csv" / "neo4j-admin.args").read_text().count("--nodes=") == 2


def test_the_array_delimiter_inside_a_value_is_an_error_not_a_split(tmp_path):
    bad = Entity(id="person/x", name="X", type="Person", aliases=(Alias("a\x1fb", "en"),), mentions=1, docs=("d",))
    write_build(tmp_path / "out", [], [bad], [{"id": "d"}])
    with pytest.raises(KGError, match="U\\+001F"):
        write_csv(tmp_path / "out", tmp_path / "csv")


GRAPH_QUERIES = {
    "nodes": "MATCH (n) RETURN labels(n) AS labels, properties(n) AS props ORDER BY n.id, labels",
    "relationships": "MATCH (a)-[r]->(b) RETURN a.id, type(r), b.id, properties(r) AS props ORDER BY a.id, type(r), b.id, r.key",
    "answer": "MATCH (p:Person)-[r:MET|URGED]->(o) WHERE o.name CONTAINS ',' OR p.name CONTAINS '\"' RETURN p.name, type(r), o.name, r.evidence ORDER BY p.name",
}


@pytest.mark.neo4j
def test_the_real_import_tool_gives_the_graph_kg_load_gives(tmp_path, neo4j_empty):
    from conftest_neo4j import server_tool, start_server

    from kg.load import load, query

    hostile_build(tmp_path / "out")
    report = write_csv(tmp_path / "out", tmp_path / "csv")
    home = tmp_path / "imported"
    tool = server_tool()
    done = tool.admin([*import_arguments(tmp_path / "csv"), "--report-file", str(home / "import.report")], home, heap="512m", timeout=600)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    assert f"{report.relationships + report.mentions} relationships" in done.stdout

    loaded = load(tmp_path / "out", neo4j_empty.bolt_uri, *neo4j_empty.auth)
    assert loaded.first and loaded.relationships == report.relationships
    expected = {name: query(neo4j_empty.bolt_uri, *neo4j_empty.auth, cypher)[1] for name, cypher in GRAPH_QUERIES.items()}
    assert expected["answer"] and len(expected["nodes"]) == report.entities + report.articles

    server = start_server(home, heap="512m")
    try:
        got = {name: query(server.bolt_uri, *server.auth, cypher)[1] for name, cypher in GRAPH_QUERIES.items()}
        assert got == expected
        again = load(tmp_path / "out", server.bolt_uri, *server.auth)  # incremental from here: nothing changes
        assert not again.first
        assert query(server.bolt_uri, *server.auth, GRAPH_QUERIES["relationships"])[1] == expected["relationships"]
    finally:
        server.stop()


def test_a_relationship_given_twice_is_written_once_with_its_last_values(tmp_path):
    triples, entities, articles = hostile_build(tmp_path / "out")
    from dataclasses import replace

    again = replace(triples[0], confidence=0.99)
    with open(tmp_path / "out" / "triples.jsonl", "a", encoding="utf-8") as handle:
        import json

        handle.write(json.dumps(again.to_json()) + "\n")
    report = write_csv(tmp_path / "out", tmp_path / "csv")
    header, rows = read_csv(tmp_path / "csv" / "relationships.csv")
    assert report.relationships == len(rows) == len(triples)
    first = [row for row in rows if row[header.index("evidence")] == triples[0].evidence]
    assert [row[header.index("confidence:double")] for row in first] == ["0.99"]
