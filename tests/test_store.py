"""The embedded Kùzu store: every triple and entity arrives exactly once; queries are plain Cypher."""

from __future__ import annotations

import random

import pytest

from kg.errors import StoreError
from kg.records import Alias, Entity, Node, Triple
from kg.store import query, write_store

TYPES = ["Person", "Organization", "Country", "Group", "Location"]
PREDICATES = ["dismissed", "met", "urged", "holds_role", "located_in", "accused"]


def corpus(n_entities: int, n_triples: int, seed: int = 7):
    rng = random.Random(seed)
    entities = [
        Entity(id=f"{TYPES[i % 5].lower()}/e{i}", name=f"Entity {i} O'Hara \"x\"", type=TYPES[i % 5], aliases=(Alias(f"E{i}", "en"), Alias(f"É{i}", "id")), mentions=0, docs=("d1",))
        for i in range(n_entities)
    ]
    triples = []
    for k in range(n_triples):
        s, o = rng.sample(entities, 2)  # entities repeat across many triples
        triples.append(
            Triple(
                doc_id=f"doc{k % 13}",
                subject=Node(s.name, s.type, (), s.id),
                predicate=rng.choice(PREDICATES),
                object=Node(o.name, o.type, (), o.id),
                evidence=f"Sentence {k}.",
                sentence_start=k,
                sentence_end=k + 10,
                lang="en",
                date="2022-01-10",
                confidence=0.8,
                role="president" if k % 7 == 0 else None,
            )
        )
    articles = [{"id": f"doc{i}", "title": None, "url": None, "date": "2022-01-10", "lang": "en", "source": f"doc{i}.txt"} for i in range(13)]
    return triples, entities, articles


def test_every_triple_and_entity_arrives_exactly_once(tmp_path):
    triples, entities, articles = corpus(60, 3000)
    write_store(tmp_path / "graph.kuzu", triples, entities, articles)
    _, rows = query(tmp_path, "MATCH (n) WHERE label(n) <> 'Article' RETURN count(n)")
    assert rows == [[60]]
    _, rows = query(tmp_path, "MATCH ()-[r]->() WHERE label(r) <> 'MENTIONS' RETURN count(r)")
    assert rows == [[3000]]
    for predicate in PREDICATES:
        _, rows = query(tmp_path, f"MATCH ()-[r:{predicate.upper()}]->() RETURN count(r)")
        assert rows == [[sum(t.predicate == predicate for t in triples)]]
    _, rows = query(tmp_path, "MATCH (a:Article) RETURN count(a)")
    assert rows == [[13]]
    expected_mentions = {(t.doc_id, n.id) for t in triples for n in (t.subject, t.object)}
    _, rows = query(tmp_path, "MATCH (:Article)-[m:MENTIONS]->() RETURN count(m)")
    assert rows == [[len(expected_mentions)]]


def test_rewrite_replaces_whole_store(tmp_path):
    triples, entities, articles = corpus(10, 50)
    write_store(tmp_path / "graph.kuzu", triples, entities, articles)
    write_store(tmp_path / "graph.kuzu", triples[:5], entities, articles)
    _, rows = query(tmp_path, "MATCH ()-[r]->() WHERE label(r) <> 'MENTIONS' RETURN count(r)")
    assert rows == [[5]]
    assert [p.name for p in tmp_path.iterdir()] == ["graph.kuzu"]


def test_names_round_trip_and_parameters(tmp_path):
    hostile = "x'}) DETACH DELETE n //"
    a = Entity("person/a", hostile, "Person", (Alias(hostile, "en"),), 1, ("d",))
    b = Entity("person/b", "Karim Massimov", "Person", (), 1, ("d",))
    t = Triple("d", Node(hostile, "Person", (), "person/a"), "dismissed", Node(b.name, "Person", (), b.id), "E.", 0, 2, "en")
    write_store(tmp_path / "graph.kuzu", [t], [a, b], [{"id": "d"}])
    cols, rows = query(tmp_path, "MATCH (p:Person)-[:DISMISSED]->(o) RETURN p.name, o.name")
    assert cols == ["p.name", "o.name"] and rows == [[hostile, "Karim Massimov"]]
    _, rows = query(tmp_path, "MATCH (p {name: $name}) RETURN p.id", {"name": hostile})
    assert rows == [["person/a"]]
    _, rows = query(tmp_path, "MATCH (n) RETURN count(n)")
    assert rows == [[3]]


@pytest.mark.parametrize("bad_type, bad_predicate", [("Person) DETACH DELETE (n", "met"), ("Person", "met]->() DELETE r //")])
def test_labels_from_data_are_checked(tmp_path, bad_type, bad_predicate):
    a = Entity("x/a", "A", bad_type)
    b = Entity("x/b", "B", "Person")
    t = Triple("d", Node("A", bad_type, (), "x/a"), bad_predicate, Node("B", "Person", (), "x/b"), "E.", 0, 2, "en")
    with pytest.raises(StoreError):
        write_store(tmp_path / "graph.kuzu", [t], [a, b], [])
    assert not (tmp_path / "graph.kuzu").exists()


def test_query_errors_are_kg_errors(tmp_path):
    with pytest.raises(StoreError, match="no embedded store"):
        query(tmp_path, "MATCH (n) RETURN n")
    triples, entities, articles = corpus(5, 5)
    write_store(tmp_path / "graph.kuzu", triples, entities, articles)
    with pytest.raises(StoreError, match="query failed"):
        query(tmp_path, "MATCH (n RETURN n")


def test_a_stream_of_triples_spooled_in_small_pieces_into_a_folder_with_quotes(tmp_path, monkeypatch):
    """Triples arrive as a generator and go through Parquet files a few rows at a time; the folder's name has
    the characters a Cypher string literal must escape."""
    import kg.store

    monkeypatch.setattr(kg.store, "_SPOOL_ROWS", 7)
    triples, entities, articles = corpus(40, 500)
    folder = tmp_path / "o'neil \\ \"news\""
    folder.mkdir()
    write_store(folder / "graph.kuzu", (t for t in triples), entities, articles)
    _, rows = query(folder, "MATCH ()-[r]->() WHERE label(r) <> 'MENTIONS' RETURN count(r)")
    assert rows == [[500]]
    _, rows = query(folder, "MATCH ()-[r:DISMISSED]->() RETURN r.sentence_start ORDER BY r.sentence_start")
    assert [r[0] for r in rows] == sorted(t.sentence_start for t in triples if t.predicate == "dismissed")
    assert sorted(p.name for p in folder.iterdir()) == ["graph.kuzu"], "the spool folder is removed"
