"""kg.analyze: centrality, communities, components, ego network and timeline, on real and on hand-written builds."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from kg.analyze import analyze, build_fingerprint, ego, entity_graph, find_entity, read_analysis, scores
from kg.errors import KGError
from kg.records import Alias, Entity, Node, Triple

# Two short stories written for these tests: nobody in one appears in the other.
STORIES = {
    "harbour-2023-05-02.en.txt": (
        "Mayor Lina Marsh dismissed harbour chief Tom Reyes on Tuesday.\n"
        "Lina Marsh accused Tom Reyes of hiding the accounts.\n"
        "Tom Reyes blamed Lina Marsh for the delays.\n"
        "Auditor Sam Ito criticized Tom Reyes over the missing money.\n"
        "Lina Marsh praised Sam Ito for the report.\n"
    ),
    "mine-2023-06-10.en.txt": (
        "Governor Ravi Chand met mining minister Ola Berg on Friday.\n"
        "Ravi Chand urged Ola Berg to close the mine.\n"
        "Ola Berg criticized Ravi Chand over the plan.\n"
        "Union leader Mia Kowal met Ola Berg on Saturday.\n"
        "Mia Kowal urged Ravi Chand to protect the workers.\n"
    ),
}


@pytest.fixture(scope="module")
def seed_build(corpus_dir, tmp_path_factory) -> Path:
    """The Indonesian seed article built as users build it."""
    from kg.pipeline import build

    out = tmp_path_factory.mktemp("seed") / "out"
    build([corpus_dir / "kazakhstan-2022-01-10.id.txt"], out, progress=False)
    return out


@pytest.fixture(scope="module")
def two_stories(tmp_path_factory) -> Path:
    from kg.pipeline import build

    folder = tmp_path_factory.mktemp("stories")
    for name, text in STORIES.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder / "out"
    build([folder], out, progress=False)
    return out


def run(*args) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kg", *map(str, args)], capture_output=True, text=True, timeout=600)


def test_seed_build_lists_tokayev_among_the_three_most_central(seed_build):
    result = analyze(seed_build)
    top3 = [s.name for s in result.scores[:3]]
    assert "Kassym-Jomart Tokayev" in top3, top3
    ranks = [s.pagerank for s in result.scores]
    assert ranks == sorted(ranks, reverse=True)
    assert abs(sum(ranks) - 1) < 1e-6  # PageRank is a distribution over every entity


def test_cli_top_three_on_the_seed_build(seed_build):
    done = run("analyze", seed_build, "--top", "3", "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert [r["rank"] for r in rows] == ["1", "2", "3"]
    assert "Kassym-Jomart Tokayev" in {r["name"] for r in rows}


def test_two_disjoint_stories_are_two_communities_and_two_components(two_stories):
    result = analyze(two_stories)
    from kg.pipeline import read_build

    entities = {e.id: e for e in read_build(two_stories)[1]}
    assert len(result.components) == 2
    assert len(result.communities) == 2, result.communities
    for group in result.communities:  # each community is one story
        assert len({doc for i in group for doc in entities[i].docs}) == 1, group
    names = [{entities[i].name for i in group} for group in result.communities]
    assert {"Lina Marsh", "Tom Reyes", "Sam Ito"} in names and {"Ravi Chand", "Ola Berg", "Mia Kowal"} in names


def test_cli_json_has_scores_communities_and_components(two_stories):
    done = run("analyze", two_stories, "--format", "json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert len(data["communities"]) == 2 and len(data["components"]) == 2
    assert {"id", "name", "degree", "pagerank", "betweenness", "community", "component"} <= set(data["entities"][0])


def test_entity_by_indonesian_alias_gives_neighbours_and_dated_timeline(seed_build):
    result = analyze(seed_build, entity="presiden tokayev")  # an alias seen only in the Indonesian text
    assert result.ego.entity.name == "Kassym-Jomart Tokayev"
    neighbours = {n.name: n.relations for n in result.ego.neighbours}
    assert "→ dismissed" in neighbours["Karim Massimov"]
    dates = [e.date for e in result.ego.timeline]
    assert dates == sorted(dates) and dates  # the seed article dates every relation
    dismissal = next(e for e in result.ego.timeline if e.predicate == "dismissed")
    assert "Massimov" in dismissal.evidence and dismissal.date == "2022-01-06"


def test_cli_entity_table_shows_the_evidence(seed_build):
    done = run("analyze", seed_build, "--entity", "Tokayev")
    assert done.returncode == 0, done.stderr
    assert "Kassym-Jomart Tokayev –dismissed→ Karim Massimov" in done.stdout
    assert "memecat Massimov" in done.stdout


def test_cli_entity_csv_is_the_timeline(two_stories):
    done = run("analyze", two_stories, "--entity", "ola berg", "--format", "csv")
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(io.StringIO(done.stdout)))
    assert len(rows) == 4 and all("Ola Berg" in (r["subject"], r["object"]) for r in rows)
    assert [r["date"] for r in rows] == sorted(r["date"] for r in rows) and rows[0]["evidence"].startswith("Governor Ravi Chand met")


def test_cli_unknown_entity_is_one_line_and_exit_1(seed_build):
    done = run("analyze", seed_build, "--entity", "Nobody Atall")
    assert done.returncode == 1
    assert done.stderr.startswith("kg: error: no entity named 'Nobody Atall'") and done.stderr.count("\n") == 1


def person(id_, name, aliases=()):
    return Entity(id_, name, "Person", tuple(Alias(a, "id") for a in aliases), 1, ("d",))


@pytest.mark.parametrize(
    "name, expected",
    [
        ("Ann Lee", "p/ann"),            # the name
        ("ANN LÉE", "p/ann"),           # case and accents ignored
        ("Ibu Ann", "p/ann"),           # an alias
        ("Lee", "p/ann"),               # exact alias beats Ann Leeds' partial match
        ("Leeds", "p/leeds"),
        ("p/bo", "p/bo"),               # the ID
    ],
)
def test_find_entity(name, expected):
    people = [person("p/ann", "Ann Lee", ["Ibu Ann", "Lee"]), person("p/leeds", "Ann Leeds"), person("p/bo", "Bo Ng")]
    assert find_entity(people, name).id == expected


@pytest.mark.parametrize("name, message", [("Ann", "names 2 entities"), ("Zed", "no entity named"), ("--", "no entity can be called")])
def test_find_entity_refuses_what_it_cannot_pick(name, message):
    with pytest.raises(KGError, match=message):
        find_entity([person("p/ann", "Ann Lee"), person("p/leeds", "Ann Leeds")], name)


def triple(s, p, o, date=None, doc="d"):
    return Triple(doc, Node(s, "Person", id=f"p/{s}"), p, Node(o, "Person", id=f"p/{o}"), f"{s} {p} {o}.", 0, 5, "en", date)


def test_timeline_puts_dated_events_in_order_and_undated_last():
    ts = [triple("a", "met", "b", None), triple("c", "urged", "a", "2022-03-01"), triple("a", "met", "c", "2021-12-31"),
          triple("b", "met", "c", "2020-01-01")]  # not about a
    g = entity_graph(ts)
    ranked, _, _ = scores(g)
    me = Entity("p/a", "a", "Person")
    result = ego(ts, [me], me, next(s for s in ranked if s.id == "p/a"))
    assert [e.date for e in result.timeline] == ["2021-12-31", "2022-03-01", None]
    assert {n.id: n.relations for n in result.neighbours} == {"p/b": ("→ met",), "p/c": ("← urged", "→ met")}


def test_entity_graph_weights_pairs_and_drops_self_loops():
    g = entity_graph([triple("a", "met", "b"), triple("b", "urged", "a"), triple("a", "met", "a")])
    assert g.number_of_edges() == 1 and g["p/a"]["p/b"]["weight"] == 2


def test_star_centre_is_most_central_by_every_score():
    ts = [triple("hub", "met", x) for x in "vwxyz"] + [triple("v", "met", "w")]
    ranked, communities, components = scores(entity_graph(ts))
    assert ranked[0].id == "p/hub"
    assert ranked[0].degree == 5 and ranked[0].betweenness == max(s.betweenness for s in ranked)
    assert len(components) == 1


def test_write_puts_scores_in_the_store_and_analysis_file(two_stories, tmp_path):
    import shutil

    from kg.store import query

    out = tmp_path / "out"
    shutil.copytree(two_stories, out)
    result = analyze(out, write=True)
    saved = read_analysis(out)
    assert set(saved) == {s.id for s in result.scores}
    columns, rows = query(out, "MATCH (p:Person) RETURN p.id, p.pagerank, p.degree, p.community, p.component")
    assert len(rows) == len(result.scores)
    for id_, pagerank, degree, community, component in rows:
        assert pagerank == pytest.approx(saved[id_]["pagerank"]) and degree == saved[id_]["degree"]
        assert community == saved[id_]["community"] and component == saved[id_]["component"]
    # The stored triples survive the rewrite.
    assert query(out, "MATCH ()-[r]->() WHERE label(r) <> 'MENTIONS' RETURN count(r)")[1] == [[10]]


def test_saved_scores_are_ignored_once_the_build_changes(two_stories, tmp_path):
    import shutil

    out = tmp_path / "out"
    shutil.copytree(two_stories, out)
    analyze(out, write=True)
    stamp = build_fingerprint(out)
    assert read_analysis(out)
    with open(out / "triples.jsonl", "a", encoding="utf-8") as f:
        f.write("\n")
    assert build_fingerprint(out) != stamp and read_analysis(out) == {}


def test_a_store_without_analysis_has_null_scores(two_stories):
    from kg.store import query

    rows = query(two_stories, "MATCH (p:Person) RETURN p.pagerank, p.community")[1]
    assert rows and all(r == [None, None] for r in rows)


@pytest.mark.neo4j
def test_load_carries_the_written_scores_to_neo4j(neo4j_empty, two_stories, tmp_path):
    import shutil

    from kg.load import load, query

    out = tmp_path / "out"
    shutil.copytree(two_stories, out)
    analyze(out, write=True)
    saved = read_analysis(out)
    load(out, neo4j_empty.bolt_uri, *neo4j_empty.auth)
    rows = query(neo4j_empty.bolt_uri, *neo4j_empty.auth, "MATCH (e:Entity) RETURN e.id, e.pagerank, e.community")[1]
    assert {r[0]: (pytest.approx(r[1]), r[2]) for r in rows} == {k: (v["pagerank"], v["community"]) for k, v in saved.items()}
