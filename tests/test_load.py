"""kg.load against a real Neo4j 5.26 (the session server of tests/conftest_neo4j.py): no mock driver."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

from kg.errors import StoreError
from kg.load import load, query, wipe
from kg.records import Alias, Entity, Node, Triple

pytestmark = pytest.mark.neo4j

INJECTION = "x'}) DETACH DELETE n //"


def person(id_, name):
    return Node(name=name, type="Person", id=id_)


TOKAYEV = Node(name="Kassym-Jomart Tokayev", type="Person", id="kg:person/tokayev")
MASSIMOV = Node(name="Karim Massimov", type="Person", id="kg:person/massimov")
KAZAKHSTAN = Node(name="Kazakhstan", type="Country", id="kg:country/kz")
CSTO = Node(name="Collective Security Treaty Organization", type="Organization", id="kg:org/csto")
ALMATY = Node(name="Almaty", type="Location", id="kg:location/almaty")
PROTESTERS = Node(name="protesters", type="Group", id="kg:group/protesters")
ODD = Node(name=INJECTION, type="Organization", id="kg:org/odd")

# Sentences written for these tests (not taken from any article).
SENTENCES = [
    (TOKAYEV, "dismissed", MASSIMOV, "On Wednesday the president removed the security chief from his post.", None),
    (TOKAYEV, "holds_role", KAZAKHSTAN, "The president of the republic spoke on television.", "president"),
    (CSTO, "deployed", ALMATY, "The alliance moved several hundred soldiers into the largest city.", None),
    (TOKAYEV, "blamed", PROTESTERS, "He said the crowds had been trained abroad.", None),
    (ODD, "accused", TOKAYEV, "A group with a strange name made claims against the leader.", None),
]


def triples_of(doc_id: str, sentences=SENTENCES) -> list[Triple]:
    out, offset = [], 0
    for subject, predicate, obj, text, role in sentences:
        out.append(Triple(doc_id=doc_id, subject=subject, predicate=predicate, object=obj, evidence=text,
                          sentence_start=offset, sentence_end=offset + len(text), lang="en",
                          date="2022-01-05", confidence=0.8, role=role))
        offset += len(text) + 1
    return out


def entities_of(triples: list[Triple], extra_aliases: dict | None = None) -> list[Entity]:
    seen: dict[str, Entity] = {}
    for t in triples:
        for node in (t.subject, t.object):
            old = seen.get(node.id)
            docs = tuple(dict.fromkeys((old.docs if old else ()) + (t.doc_id,)))
            aliases = tuple((extra_aliases or {}).get(node.id, ()))
            seen[node.id] = Entity(id=node.id, name=node.name, type=node.type, aliases=aliases,
                                   mentions=(old.mentions if old else 0) + 1, docs=docs)
    return list(seen.values())


def write_build(folder: Path, triples: list[Triple], entities: list[Entity], articles: list[dict] | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    with open(folder / "triples.jsonl", "w", encoding="utf-8") as f:
        for t in triples:
            f.write(json.dumps(t.to_json(), ensure_ascii=False) + "\n")
    with open(folder / "entities.jsonl", "w", encoding="utf-8") as f:
        for e in entities:
            f.write(json.dumps(e.to_json(), ensure_ascii=False) + "\n")
    if articles is not None:
        with open(folder / "articles.jsonl", "w", encoding="utf-8") as f:
            for a in articles:
                f.write(json.dumps(a, ensure_ascii=False) + "\n")
    return folder


@pytest.fixture
def small_build(tmp_path) -> Path:
    triples = triples_of("kz-2022-01-05")
    aliases = {TOKAYEV.id: (Alias("Tokayev", "en"), Alias("Tokayev", "id"))}
    return write_build(tmp_path / "small", triples, entities_of(triples, aliases),
                       [{"id": "kz-2022-01-05", "title": "Unrest in Kazakhstan", "url": "https://example.org/kz",
                         "date": "2022-01-05", "lang": "en", "source": "kz.txt"}])


def lines(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def run(server, cypher, **params):
    return query(server.bolt_uri, *server.auth, cypher, params)[1]


def counts(server) -> dict:
    """Everything that must not change on a reload: nodes per label set, relationships per type."""
    nodes = run(server, "MATCH (n) RETURN labels(n) AS l, count(*) AS c")
    rels = run(server, "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c")
    return {"nodes": sorted((sorted(l), c) for l, c in nodes), "rels": sorted(map(tuple, rels))}


def load_into(server, build, **options):
    return load(build, server.bolt_uri, *server.auth, **options)


def test_dismissed_query_returns_the_object(neo4j_empty, small_build):
    load_into(neo4j_empty, small_build)
    rows = run(neo4j_empty, "MATCH (a {name:'Kassym-Jomart Tokayev'})-[:DISMISSED]->(b) RETURN b.name")
    assert rows == [["Karim Massimov"]]


def test_counts_in_neo4j_equal_counts_in_the_files(neo4j_empty, small_build):
    report = load_into(neo4j_empty, small_build)
    entities, triples = lines(small_build / "entities.jsonl"), lines(small_build / "triples.jsonl")
    assert report.skipped == []
    assert run(neo4j_empty, "MATCH (e:Entity) RETURN count(e)") == [[len(entities)]]
    assert run(neo4j_empty, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)") == [[len(triples)]]
    by_type = dict(map(tuple, run(neo4j_empty, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN type(r), count(r)")))
    assert by_type == {p.upper(): n for p, n in Counter(t["predicate"] for t in triples).items()}
    labels = dict(map(tuple, run(neo4j_empty, "MATCH (e:Entity) RETURN e.id, [l IN labels(e) WHERE l <> 'Entity'][0]")))
    assert labels == {e["id"]: e["type"] for e in entities}
    assert run(neo4j_empty, "MATCH (a:Article) RETURN a.id, a.title") == [["kz-2022-01-05", "Unrest in Kazakhstan"]]
    assert run(neo4j_empty, "MATCH (:Article)-[m:MENTIONS]->(:Entity) RETURN count(m)") == [[len(entities)]]


def test_relationship_carries_its_provenance(neo4j_empty, small_build):
    load_into(neo4j_empty, small_build)
    [[props]] = run(neo4j_empty, "MATCH (:Person)-[r:HOLDS_ROLE]->(:Country) RETURN properties(r)")
    expected = next(t for t in lines(small_build / "triples.jsonl") if t["predicate"] == "holds_role")
    for name in ("doc_id", "evidence", "sentence_start", "sentence_end", "date", "confidence", "role", "lang"):
        assert props[name] == expected[name], name
    [[aliases, langs]] = run(neo4j_empty, "MATCH (e:Entity {id: $id}) RETURN e.aliases, e.alias_langs", id=TOKAYEV.id)
    assert list(zip(aliases, langs)) == [("Tokayev", "en"), ("Tokayev", "id")]


def test_loading_three_times_leaves_the_same_counts(neo4j_empty, small_build):
    load_into(neo4j_empty, small_build)
    first = counts(neo4j_empty)
    props = run(neo4j_empty, "MATCH (e:Entity) RETURN e.id, properties(e) ORDER BY e.id")
    for _ in range(2):
        load_into(neo4j_empty, small_build)
    assert counts(neo4j_empty) == first
    assert run(neo4j_empty, "MATCH (e:Entity) RETURN e.id, properties(e) ORDER BY e.id") == props


def test_injection_name_round_trips_and_deletes_nothing(neo4j_empty, small_build):
    load_into(neo4j_empty, small_build)
    assert run(neo4j_empty, "MATCH (e:Entity {id: $id}) RETURN e.name", id=ODD.id) == [[INJECTION]]
    assert run(neo4j_empty, "MATCH (e:Entity {name: $name})-[:ACCUSED]->(t) RETURN t.name", name=INJECTION) == [
        ["Kassym-Jomart Tokayev"]
    ]
    assert run(neo4j_empty, "MATCH (e:Entity) RETURN count(e)") == [[len(lines(small_build / "entities.jsonl"))]]


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ('{"id": "a", "name": "A", "type": "Spaceship", "aliases": [], "mentions": 1, "docs": []}', "unknown class 'Spaceship'"),
        ('{"id": "a", "name": "A", "type": "Person`) DETACH DELETE n //", "mentions": 1}', "not an ontology class"),
        ('{"id": "a", "name": "A", "type": "Article"}', "not an ontology class"),
        ('{"name": "A", "type": "Person"}', "missing field 'id'"),
        ("{not json", "not JSON"),
    ],
)
def test_bad_entity_lines_are_skipped_and_named(neo4j_empty, small_build, line, reason):
    path = small_build / "entities.jsonl"
    good = len(lines(path))
    path.write_text(path.read_text(encoding="utf-8") + line + "\n", encoding="utf-8")
    report = load_into(neo4j_empty, small_build)
    assert len(report.skipped) == 1
    assert report.skipped[0].startswith(f"{path}:{good + 1}: ") and reason in report.skipped[0]
    assert run(neo4j_empty, "MATCH (e:Entity) RETURN count(e)") == [[good]]


@pytest.mark.parametrize(
    ("predicate", "reason"),
    [("was_bored_by", "unknown predicate 'was_bored_by'"), ("DISMISSED]->() DETACH DELETE n //", "not a lower_snake_case")],
)
def test_bad_predicates_are_skipped_and_named(neo4j_empty, small_build, predicate, reason):
    path = small_build / "triples.jsonl"
    bad = dict(lines(path)[0], predicate=predicate)
    path.write_text(path.read_text(encoding="utf-8") + json.dumps(bad) + "\n", encoding="utf-8")
    report = load_into(neo4j_empty, small_build)
    assert [s.split(": ", 1)[0] for s in report.skipped] == [f"{path}:{len(SENTENCES) + 1}"]
    assert reason in report.skipped[0]
    assert run(neo4j_empty, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)") == [[len(SENTENCES)]]


def test_triple_naming_an_unknown_entity_is_skipped(neo4j_empty, small_build):
    path = small_build / "triples.jsonl"
    stray = dict(lines(path)[0], object={"id": "kg:person/nobody", "name": "Nobody", "type": "Person"})
    path.write_text(path.read_text(encoding="utf-8") + json.dumps(stray) + "\n", encoding="utf-8")
    report = load_into(neo4j_empty, small_build)
    assert len(report.skipped) == 1 and "'kg:person/nobody'" in report.skipped[0]
    assert run(neo4j_empty, "MATCH (e {id: 'kg:person/nobody'}) RETURN count(e)") == [[0]]


def test_second_corpus_merges_entities_by_id(neo4j_empty, tmp_path, small_build):
    load_into(neo4j_empty, small_build)
    later = triples_of("kz-2022-01-07", [(TOKAYEV, "appointed", person("kg:person/smailov", "Alikhan Smailov"),
                                          "The leader named a new prime minister.", None)])
    entities = entities_of(later, {TOKAYEV.id: (Alias("Tokaev", "ru"), Alias("Tokayev", "en"))})
    load_into(neo4j_empty, write_build(tmp_path / "later", later, entities))
    assert run(neo4j_empty, "MATCH (e:Entity) RETURN count(e)") == [[len(lines(small_build / "entities.jsonl")) + 1]]
    [[docs, aliases, mentions]] = run(neo4j_empty, "MATCH (e:Entity {id: $id}) RETURN e.docs, e.aliases, e.mentions", id=TOKAYEV.id)
    assert docs == ["kz-2022-01-05", "kz-2022-01-07"]
    assert aliases == ["Tokayev", "Tokayev", "Tokaev"]  # (text, lang) pairs: Tokayev/en, Tokayev/id, Tokaev/ru
    assert mentions == 4 + 1
    assert run(neo4j_empty, "MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $id}) RETURN a.id ORDER BY a.id", id=TOKAYEV.id) == [
        ["kz-2022-01-05"], ["kz-2022-01-07"]
    ]


def test_changed_type_moves_the_label(neo4j_empty, small_build):
    load_into(neo4j_empty, small_build)
    path = small_build / "entities.jsonl"
    rows = [dict(e, type="Organization") if e["id"] == PROTESTERS.id else e for e in lines(path)]
    path.write_text("".join(json.dumps(e) + "\n" for e in rows), encoding="utf-8")
    load_into(neo4j_empty, small_build)
    assert run(neo4j_empty, "MATCH (e:Entity {id: $id}) RETURN labels(e)", id=PROTESTERS.id) == [[["Entity", "Organization"]]]


def test_wipe_starts_over(neo4j_empty, small_build, tmp_path):
    load_into(neo4j_empty, small_build)
    other = triples_of("other-doc", [(CSTO, "deployed", KAZAKHSTAN, "Troops of the bloc arrived.", None)])
    build = write_build(tmp_path / "other", other, entities_of(other))
    load_into(neo4j_empty, build)
    assert run(neo4j_empty, "MATCH (e:Entity) RETURN count(e)")[0][0] > 2
    load_into(neo4j_empty, build, wipe=True)
    assert counts(neo4j_empty) == {
        "nodes": [(["Article"], 1), (["Country", "Entity"], 1), (["Entity", "Organization"], 1)],
        "rels": [("DEPLOYED", 1), ("MENTIONS", 2)],
    }


def test_query_returns_nodes_and_relationships_as_dicts(neo4j_empty, small_build):
    load_into(neo4j_empty, small_build)
    columns, rows = query(neo4j_empty.bolt_uri, *neo4j_empty.auth,
                          "MATCH p = (a:Person)-[r:DISMISSED]->(b) RETURN a, r, p")
    assert columns == ["a", "r", "p"]
    [[a, r, p]] = rows
    assert a["_labels"] == ["Entity", "Person"] and a["name"] == "Kassym-Jomart Tokayev"
    assert r["_type"] == "DISMISSED" and r["doc_id"] == "kz-2022-01-05"
    assert [item.get("name", item.get("_type")) for item in p] == ["Kassym-Jomart Tokayev", "DISMISSED", "Karim Massimov"]


def test_query_with_bad_cypher_raises_store_error(neo4j_server):
    with pytest.raises(StoreError, match="refused the query"):
        query(neo4j_server.bolt_uri, *neo4j_server.auth, "MATCH (n RETURN n")


def test_wrong_password_raises_store_error(neo4j_server):
    with pytest.raises(StoreError, match="refused the login.*NEO4J_PASSWORD"):
        query(neo4j_server.bolt_uri, neo4j_server.user, "not-the-password", "RETURN 1")


def test_unreachable_server_fails_fast(tmp_path, small_build):
    started = time.monotonic()
    with pytest.raises(StoreError, match="cannot reach Neo4j at bolt://127.0.0.1:1"):
        load(small_build, "bolt://127.0.0.1:1", "neo4j", "x")
    assert time.monotonic() - started < 20


def test_missing_build_files_name_the_file(tmp_path):
    from kg.errors import InputError

    with pytest.raises(InputError, match="entities.jsonl"):
        load(tmp_path, "bolt://127.0.0.1:1", "neo4j", "x")


def big_build(folder: Path, relationships: int) -> Path:
    """Many made-up triples among a few hundred entities in a few dozen documents."""
    names = [person(f"kg:person/p{i}", f"Person {i}") for i in range(300)]
    triples = []
    for n in range(relationships):
        s, o = names[n % 300], names[(n * 7 + 1) % 300]
        text = f"Person {n % 300} met Person {(n * 7 + 1) % 300} in meeting number {n}."
        triples.append(Triple(doc_id=f"doc-{n % 40}", subject=s, predicate=("met", "criticized", "praised")[n % 3],
                              object=o, evidence=text, sentence_start=n * 100, sentence_end=n * 100 + len(text),
                              lang="en", confidence=0.6))
    return write_build(folder, triples, entities_of(triples))


def test_kill_during_load_then_restart_and_reload_gives_exact_counts(tmp_path):
    from conftest_neo4j import start_server

    build = big_build(tmp_path / "big", 6000)
    expected = len(lines(build / "triples.jsonl"))
    server = start_server(tmp_path / "crash")
    seen_before_kill: list[int] = []
    errors: list[BaseException] = []

    def kill_after_first_batches():
        try:
            deadline = time.monotonic() + 120
            while time.monotonic() < deadline:
                n = run(server, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)")[0][0]
                if n >= 100:
                    seen_before_kill.append(n)
                    server.kill()  # SIGKILL: no shutdown, no checkpoint
                    return
                time.sleep(0.02)
        except BaseException as error:  # noqa: BLE001 - reported by the main thread
            errors.append(error)

    killer = threading.Thread(target=kill_after_first_batches)
    killer.start()
    try:
        with pytest.raises(StoreError):
            load(build, server.bolt_uri, *server.auth, batch_size=20)
    finally:
        killer.join()
        assert not errors, errors
    assert seen_before_kill and 100 <= seen_before_kill[0] < expected  # killed in the middle

    restarted = start_server(tmp_path / "crash", bolt_port=server.bolt_port, http_port=server.http_port)
    try:
        surviving = run(restarted, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r)")[0][0]
        assert seen_before_kill[0] <= surviving < expected  # committed batches survived the crash
        load(build, restarted.bolt_uri, *restarted.auth, batch_size=500)
        assert run(restarted, "MATCH ()-[r]->() WHERE type(r) <> 'MENTIONS' RETURN count(r), count(DISTINCT r.key)") == [
            [expected, expected]
        ]
        assert run(restarted, "MATCH (e:Entity) RETURN count(e), count(DISTINCT e.id)") == [
            [len(lines(build / "entities.jsonl"))] * 2
        ]
    finally:
        restarted.stop()


def test_wipe_function_empties_the_database(neo4j_empty, small_build):
    load_into(neo4j_empty, small_build)
    wipe(neo4j_empty.bolt_uri, *neo4j_empty.auth)
    assert run(neo4j_empty, "MATCH (n) RETURN count(n)") == [[0]]


def test_cli_load_then_query_with_uri(neo4j_empty, small_build, monkeypatch):
    from click.testing import CliRunner

    from kg.cli import cli

    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_empty.password)
    runner = CliRunner()
    loaded = runner.invoke(cli, ["load", str(small_build), "--uri", neo4j_empty.bolt_uri])
    assert loaded.exit_code == 0, loaded.output
    assert f"{len(SENTENCES)} relationships" in loaded.output
    asked = runner.invoke(cli, ["query", "--uri", neo4j_empty.bolt_uri, "--format", "json",
                                "MATCH (a {name:'Kassym-Jomart Tokayev'})-[:DISMISSED]->(b) RETURN b.name"])
    assert asked.exit_code == 0, asked.output
    assert [json.loads(line) for line in asked.output.splitlines()] == [{"b.name": "Karim Massimov"}]


def test_cli_load_reports_skipped_records_and_fails(neo4j_empty, small_build, monkeypatch):
    from click.testing import CliRunner

    from kg.cli import cli

    path = small_build / "triples.jsonl"
    path.write_text(path.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    monkeypatch.setenv("NEO4J_PASSWORD", neo4j_empty.password)
    result = CliRunner().invoke(cli, ["load", str(small_build), "--uri", neo4j_empty.bolt_uri])
    assert result.exit_code == 1
    assert f"kg: error: {path}:{len(SENTENCES) + 1}: not JSON" in result.output
    assert run(neo4j_empty, "MATCH ()-[r:DISMISSED]->() RETURN count(r)") == [[1]]


def test_cli_has_no_password_flag():
    from click.testing import CliRunner

    from kg.cli import cli

    for command in ("load", "query"):
        help_text = CliRunner().invoke(cli, [command, "--help"]).output
        assert "NEO4J_PASSWORD" in help_text and "--password" not in help_text


def test_only_the_loader_imports_the_neo4j_driver():
    package = Path(__file__).resolve().parents[1] / "kg"
    importers = sorted(p.relative_to(package).as_posix() for p in package.rglob("*.py")
                       if any(line.strip().startswith(("import neo4j", "from neo4j"))
                              for line in p.read_text(encoding="utf-8").splitlines()))
    assert importers == ["load.py"]


def test_mentions_come_from_triples_when_entity_docs_lack_the_article(neo4j_empty, tmp_path):
    triples = triples_of("doc-a")
    entities = [Entity(id=e.id, name=e.name, type=e.type, mentions=e.mentions, docs=()) for e in entities_of(triples)]
    report = load_into(neo4j_empty, write_build(tmp_path / "nodocs", triples, entities))
    assert report.mentions == len(entities)
    assert run(neo4j_empty, "MATCH (:Article {id: 'doc-a'})-[m:MENTIONS]->(:Entity) RETURN count(m)") == [[len(entities)]]


def test_docker_compose_runs_neo4j_5_26_with_apoc_for_users():
    yaml = pytest.importorskip("yaml", reason="needs PyYAML to read docker-compose.yml")
    compose = yaml.safe_load((Path(__file__).resolve().parents[1] / "docker-compose.yml").read_text(encoding="utf-8"))
    neo4j = compose["services"]["neo4j"]
    assert neo4j["image"] == "neo4j:5.26-community"
    assert {p.split(":")[0] for p in neo4j["ports"]} == {"7474", "7687"}
    assert neo4j["environment"]["NEO4J_AUTH"].startswith("neo4j/${NEO4J_PASSWORD")
    assert "apoc" in json.loads(neo4j["environment"]["NEO4J_PLUGINS"])
    assert any(v.endswith(":/data") for v in neo4j["volumes"])
    assert "cypher-shell" in " ".join(neo4j["healthcheck"]["test"])
