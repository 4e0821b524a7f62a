"""RDF mapping and exports: round trips in every format, hostile names, provenance, SHACL."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pyoxigraph
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, SKOS, Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg import network, rdf
from kg.errors import InputError, KGError, OntologyError
from kg.records import Alias, Entity, Node, Triple

KG = rdf.KG
PROV = rdf.PROV


def person(id_, name):
    return Node(name, "Person", id=id_)


ADA = Entity("ada", "Ada Sulaiman", "Person", (Alias("Menteri Ada", "id"), Alias("Ada", "id"), Alias("Minister Ada", "en")), 4, ("a1", "a2"))
RAVEN = Entity("raven", "Republic of Raven", "Country", (Alias("Republik Raven", "id"),), 3, ("a1",))
BORU = Entity("boru", "Boru Tamsin", "Person", (), 1, ("a1",))
ENTITIES = [ADA, RAVEN, BORU]
ARTICLES = [
    {"id": "a1", "lang": "id", "date": "2031-03-03", "title": "Menteri Ada memecat Boru", "url": "https://news.example/a1?x=1&y=<2>", "source": "a1.txt"},
    {"id": "a2", "lang": "en", "date": "2031-03-04T08:30:00", "title": None, "url": None, "source": "a2.txt"},
]

TRIPLES = [
    Triple("a1", person("ada", "Ada Sulaiman"), "holds_role", Node("Republic of Raven", "Country", id="raven"),
           "Menteri Ada dari Republik Raven berbicara pada Senin.", 0, 53, "id", "2031-03-03", 0.9, "foreign minister"),
    Triple("a1", person("ada", "Ada Sulaiman"), "dismissed", person("boru", "Boru Tamsin"),
           "Ada memecat Boru pada hari yang sama.", 54, 91, "id", "2031-03-03", 1.0),
    Triple("a1", person("boru", "Boru Tamsin"), "met", Node("Lake Council", "Organization", ("Dewan Danau",)),
           "Boru bertemu Dewan Danau.", 92, 116, "id", None, 0.25),
    # the same fact reported by a second article, in English
    Triple("a2", person("ada", "Ada Sulaiman"), "dismissed", person("boru", "Boru Tamsin"),
           "Ada Sulaiman fired Boru Tamsin on Monday.", 10, 51, "en", "2031-03-03", 0.0),
    # a verb that maps to no ontology property: the generic link keeps the verb
    Triple("a2", person("boru", "Boru Tamsin"), "related", person("ada", "Ada Sulaiman"),
           "Boru Tamsin outbid Ada Sulaiman.", 52, 83, "en", "2031-03-04", 0.45, verb="outbid"),
]


def U(iri: str) -> URIRef:
    return URIRef(iri)


def graphs_of(ds: Dataset) -> dict:
    """Named graphs (and the default graph) of a dataset by name, empty ones left out."""
    out = {}
    for g in ds.graphs():
        if len(g):
            key = DATASET_DEFAULT_GRAPH_ID if g.identifier in (DATASET_DEFAULT_GRAPH_ID, None) else g.identifier
            out[key] = g
    return out


def assert_same_dataset(expected: Dataset, got: Dataset) -> None:
    want, have = graphs_of(expected), graphs_of(got)
    assert set(have) == set(want)
    for name, g in want.items():
        assert isomorphic(g, have[name]), f"graph {name} differs"


def parse_back(path: Path, fmt: str):
    if fmt in ("ttl", "nt"):
        return Graph().parse(path, format={"ttl": "turtle", "nt": "nt"}[fmt])
    ds = Dataset()
    ds.parse(path, format={"trig": "trig", "nq": "nquads", "jsonld": "json-ld"}[fmt])
    return ds


def assert_round_trip(triples, entities, tmp_path: Path, fmt: str, articles=()) -> None:
    path = rdf.write(iter(triples), entities, tmp_path / f"kg.{fmt}", fmt, articles)  # a one-pass iterator, as export streams
    if fmt == "graphml":
        got = network.read_graphml(str(path))
        want = network.to_networkx(triples, entities)
        assert sorted(got.nodes(data=True)) == sorted(want.nodes(data=True))
        assert sorted(got.edges(keys=True, data=True), key=repr) == sorted(want.edges(keys=True, data=True), key=repr)
        assert nx.is_isomorphic(got, want, node_match=dict.__eq__, edge_match=lambda a, b: a == b)
    elif fmt in ("ttl", "nt"):
        assert isomorphic(parse_back(path, fmt), rdf.graph(triples, entities, articles))
    else:
        assert_same_dataset(rdf.dataset(triples, entities, articles), parse_back(path, fmt))


@pytest.mark.parametrize("fmt", rdf.FORMATS)
def test_round_trip(tmp_path, fmt):
    assert_round_trip(TRIPLES, ENTITIES, tmp_path, fmt, ARTICLES)


OXFORMATS = {"ttl": pyoxigraph.RdfFormat.TURTLE, "nt": pyoxigraph.RdfFormat.N_TRIPLES, "trig": pyoxigraph.RdfFormat.TRIG,
             "nq": pyoxigraph.RdfFormat.N_QUADS, "jsonld": pyoxigraph.RdfFormat.JSON_LD}


def oxigraph_quads(path: Path, fmt: str) -> set[str]:
    return {str(q) for q in pyoxigraph.parse(path=str(path), format=OXFORMATS[fmt])}


@pytest.mark.parametrize(("fmt", "reference"), [("ttl", "nt"), ("trig", "nq"), ("jsonld", "nq")])
def test_a_second_parser_reads_the_same_data(tmp_path, fmt, reference):
    # pyoxigraph as an independent reader: JSON-LD (written by rdflib) must put entities in the default graph
    # exactly as N-Quads does, and Turtle/TriG must say what N-Triples/N-Quads say
    got = oxigraph_quads(rdf.write(TRIPLES, ENTITIES, tmp_path / f"kg.{fmt}", fmt, ARTICLES), fmt)
    want = oxigraph_quads(rdf.write(TRIPLES, ENTITIES, tmp_path / f"kg.{reference}", reference, ARTICLES), reference)
    assert got == want and len(want) > 50


# ---------- the mapping ----------


def test_direct_statement_and_provenance():
    g = rdf.graph(TRIPLES, ENTITIES)
    ada, boru = U(rdf.entity_iri("ada")), U(rdf.entity_iri("boru"))
    assert (ada, U(KG + "dismissed"), boru) in g
    statements = sorted(g.subjects(RDF.predicate, U(KG + "dismissed")))
    assert len(statements) == 2  # one fact, two articles, two provenance records
    by_article = {str(g.value(s, U(PROV + "wasDerivedFrom"))): s for s in statements}
    st = by_article[rdf.article_iri("a1")]
    assert g.value(st, RDF.subject) == ada and g.value(st, RDF.object) == boru
    assert g.value(st, U(KG + "evidence")) == Literal("Ada memecat Boru pada hari yang sama.", lang="id")
    assert g.value(st, U(KG + "sentenceStart")).toPython() == 54
    assert g.value(st, U(KG + "sentenceEnd")).toPython() == 91
    assert str(g.value(st, U(KG + "date"))) == "2031-03-03"
    assert float(g.value(st, U(KG + "confidence"))) == 1.0
    role_st = next(g.subjects(RDF.predicate, U(KG + "holds_role")))
    assert g.value(role_st, U(KG + "role")) == Literal("foreign minister", lang="en")
    no_date = next(g.subjects(RDF.predicate, U(KG + "met")))
    assert g.value(no_date, U(KG + "date")) is None
    generic = next(g.subjects(RDF.predicate, U(KG + "related")))
    assert g.value(generic, U(KG + "verb")) == Literal("outbid", lang="en")
    assert g.value(role_st, U(KG + "verb")) is None


def test_named_graph_per_article():
    ds = rdf.dataset(TRIPLES, ENTITIES)
    graphs = graphs_of(ds)
    a1, a2 = U(rdf.article_iri("a1")), U(rdf.article_iri("a2"))
    assert set(graphs) == {DATASET_DEFAULT_GRAPH_ID, a1, a2}
    fact = (U(rdf.entity_iri("ada")), U(KG + "dismissed"), U(rdf.entity_iri("boru")))
    assert fact in graphs[a1] and fact in graphs[a2]
    assert fact not in graphs[DATASET_DEFAULT_GRAPH_ID]
    assert (U(rdf.entity_iri("ada")), RDF.type, U(KG + "Person")) in graphs[DATASET_DEFAULT_GRAPH_ID]
    assert (a1, RDF.type, U(KG + "Article")) in graphs[DATASET_DEFAULT_GRAPH_ID]


def test_entity_labels_and_aliases():
    g = rdf.graph(TRIPLES, ENTITIES)
    ada = U(rdf.entity_iri("ada"))
    assert set(g.objects(ada, RDFS.label)) == {Literal("Ada Sulaiman", lang="en"), Literal("Menteri Ada", lang="id")}
    assert set(g.objects(ada, SKOS.altLabel)) == {Literal("Ada", lang="id"), Literal("Minister Ada", lang="en")}
    assert set(g.objects(ada, U(KG + "mentionedIn"))) == {U(rdf.article_iri("a1")), U(rdf.article_iri("a2"))}
    assert g.value(ada, U(KG + "mentions")).toPython() == 4
    # a node no entity record describes still gets its class, English name and surface form
    council = U(rdf.entity_iri("Organization/Lake Council"))
    assert (council, RDF.type, U(KG + "Organization")) in g
    assert g.value(council, RDFS.label) == Literal("Lake Council", lang="en")
    assert (council, SKOS.altLabel, Literal("Dewan Danau", lang="id")) in g


def test_article_metadata():
    g = rdf.graph(TRIPLES, ENTITIES, ARTICLES)
    a1, a2 = U(rdf.article_iri("a1")), U(rdf.article_iri("a2"))
    dc = "http://purl.org/dc/terms/"
    assert g.value(a1, U(dc + "title")) == Literal("Menteri Ada memecat Boru", lang="id")
    assert str(g.value(a1, U(dc + "issued"))) == "2031-03-03"
    assert str(g.value(a2, U(dc + "issued"))) == "2031-03-04T08:30:00"
    assert str(g.value(a1, U(dc + "source"))) == "https://news.example/a1?x=1&y=<2>"
    assert g.value(a2, U(dc + "title")) is None
    assert rdf.violations(g) == []


def test_statement_iris_are_stable_and_distinct():
    again = [rdf.statement_iri(t) for t in TRIPLES]
    assert again == [rdf.statement_iri(t) for t in TRIPLES]
    assert len(set(again)) == len(TRIPLES)


@pytest.mark.parametrize(
    ("make", "error", "words"),
    [
        (lambda: rdf.graph([Triple("d", person("a", "A"), "dismised", person("b", "B"), "x", 0, 1, "en")]), OntologyError, "did you mean 'dismissed'"),
        (lambda: rdf.graph([], [Entity("e", "E", "Persn")]), OntologyError, "unknown class 'Persn'"),
        (lambda: rdf.entity_iri(""), KGError, "non-empty id"),
    ],
)
def test_mapping_rejects_what_the_ontology_lacks(make, error, words):
    with pytest.raises(error, match=words):
        make()


# ---------- hostile names ----------

HOSTILE = [
    'say "hi"',
    "<script>alert(1)</script>",
    "a name with spaces",
    "two\nlines",
    "#fragment",
    "Қасым-Жомарт Тоқаев",
    "北京市",
    "محمد بن سلمان",
    "x'}) DETACH DELETE n //",
    "..",
    ".",
    "100% sure?a=b&c=d",
    "back\\slash and tab\t",
    "emoji 🙂",
    "ends with space ",
]


@pytest.mark.parametrize("name", HOSTILE, ids=[repr(n) for n in HOSTILE])
def test_hostile_ids_give_valid_iris(name):
    iri = rdf.entity_iri(name)
    pyoxigraph.NamedNode(iri)  # raises on an invalid IRI
    assert all(c not in iri for c in ' <>"{}|\\^`\n\t#') and iri.count("/") == rdf.ID.count("/")
    assert not iri.endswith(("/.", "/.."))
    assert rdf.entity_id(iri) == name
    assert rdf.article_iri(name).startswith(rdf.DOC) and "/" not in rdf.article_iri(name)[len(rdf.DOC):]


def hostile_build():
    entities = [Entity(name, name, "Person", (Alias(name + " (id)", "id"),), 1, (name,)) for name in HOSTILE]
    triples = [
        Triple(HOSTILE[i], Node(a, "Person", (a,), id=a), "met", Node(b, "Person", id=b), f"{a} met {b}.", 0, len(a) + len(b) + 6, "en",
               "2031-01-01", 0.5, role=a)
        for i, (a, b) in enumerate(zip(HOSTILE, HOSTILE[1:] + HOSTILE[:1]))
    ]
    return triples, entities


@pytest.mark.parametrize("fmt", rdf.FORMATS)
def test_hostile_names_round_trip(tmp_path, fmt):
    triples, entities = hostile_build()
    assert_round_trip(triples, entities, tmp_path, fmt)


def test_hostile_names_parse_back_intact(tmp_path):
    triples, entities = hostile_build()
    g = Graph().parse(rdf.write(triples, entities, tmp_path / "kg.ttl", "ttl"), format="turtle")
    for name in HOSTILE:
        node = U(rdf.entity_iri(name))
        assert set(g.objects(node, RDFS.label)) == {Literal(name, lang="en"), Literal(name + " (id)", lang="id")}
    evidences = {str(o) for o in g.objects(None, U(KG + "evidence"))}
    assert evidences == {t.evidence for t in triples}


# ---------- writing ----------


def test_write_is_atomic(tmp_path):
    target = tmp_path / "kg.ttl"
    target.write_text("old", encoding="utf-8")
    bad = TRIPLES + [Triple("a9", person("ada", "Ada"), "no_such_relation", person("boru", "Boru"), "x", 0, 1, "en")]
    for fmt in ("ttl", "jsonld", "graphml"):
        with pytest.raises(OntologyError):
            rdf.write(iter(bad), ENTITIES, target, fmt)
    assert target.read_text(encoding="utf-8") == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kg.ttl"]


def test_write_rejects_unknown_format(tmp_path):
    with pytest.raises(KGError, match="unknown export format 'rdfxml'; supported: ttl, trig"):
        rdf.write(TRIPLES, ENTITIES, tmp_path / "x", "rdfxml")


def write_build(out: Path, triples=TRIPLES, entities=ENTITIES, articles=ARTICLES) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    (out / "articles.jsonl").write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in articles), encoding="utf-8")
    (out / "triples.jsonl").write_text("".join(json.dumps(t.to_json(), ensure_ascii=False) + "\n" for t in triples), encoding="utf-8")
    (out / "entities.jsonl").write_text("".join(json.dumps(e.to_json(), ensure_ascii=False) + "\n" for e in entities), encoding="utf-8")
    return out


@pytest.mark.parametrize("fmt", rdf.FORMATS)
def test_export_reads_the_build_directory(tmp_path, fmt):
    out = write_build(tmp_path / "out")
    path = rdf.export(out, fmt)
    assert path == out / f"graph.{fmt}"
    if fmt == "graphml":
        assert network.read_graphml(str(path)).number_of_edges() == len(TRIPLES)
    elif fmt in ("ttl", "nt"):
        assert isomorphic(parse_back(path, fmt), rdf.graph(TRIPLES, ENTITIES, ARTICLES))
    else:
        assert_same_dataset(rdf.dataset(TRIPLES, ENTITIES, ARTICLES), parse_back(path, fmt))


def test_export_to_a_chosen_path(tmp_path):
    out = write_build(tmp_path / "out")
    target = tmp_path / "elsewhere" / "graph.nt"
    assert rdf.export(out, "nt", target) == target and target.stat().st_size > 0


def test_export_names_the_bad_line(tmp_path):
    out = write_build(tmp_path / "out")
    with (out / "triples.jsonl").open("a", encoding="utf-8") as handle:
        handle.write('{"doc_id": "a3", "subject": \n')
    with pytest.raises(InputError) as err:
        rdf.export(out, "ttl")
    assert str(err.value).startswith(f"{out / 'triples.jsonl'}:{len(TRIPLES) + 1}: ")
    assert not (out / "graph.ttl").exists()


def test_export_without_a_build(tmp_path):
    with pytest.raises(InputError, match="triples.jsonl: no triples file"):
        rdf.export(tmp_path, "ttl")


# ---------- SHACL ----------


def test_built_graph_conforms():
    assert rdf.violations(rdf.graph(TRIPLES, ENTITIES)) == []


def test_hostile_build_conforms():
    assert rdf.violations(rdf.graph(*hostile_build())) == []


def test_validate_a_build_directory(tmp_path):
    assert rdf.validate(write_build(tmp_path / "good")) == []
    bad = [Triple("a1", person("ada", "Ada Sulaiman"), "met", person("boru", "Boru Tamsin"), "Ada met Boru.", 0, 13, "en", "2031-03-03", 1.7)]
    problems = rdf.validate(write_build(tmp_path / "bad", bad))
    assert problems == ["statement 'ada' met 'boru' in article 'a1' at offset 0: a statement needs one confidence, a decimal from 0 to 1 (found '1.7' as xsd:decimal)"]


def _triple(**changes) -> Triple:
    base = dict(doc_id="a1", subject=person("ada", "Ada Sulaiman"), predicate="met", object=person("boru", "Boru Tamsin"),
                evidence="Ada met Boru.", sentence_start=0, sentence_end=13, lang="en", date="2031-03-03", confidence=0.5)
    return Triple(**{**base, **changes})


@pytest.mark.parametrize(
    ("triple", "words"),
    [
        (_triple(confidence=1.5), "confidence, a decimal from 0 to 1 (found '1.5'"),
        (_triple(confidence=-0.1), "confidence, a decimal from 0 to 1 (found '-0.1'"),
        (_triple(sentence_start=20, sentence_end=13), "start offset must be smaller than its end offset"),
        (_triple(sentence_start=13, sentence_end=13), "start offset must be smaller than its end offset"),
        (_triple(sentence_start=-4), "sentence start offset, a non-negative integer (found '-4'"),
        (_triple(date="2031-02-30"), "valid xsd:date (YYYY-MM-DD) (found '2031-02-30'"),
        (_triple(date="last Monday"), "valid xsd:date"),
        (_triple(evidence=""), "exactly one evidence sentence"),
    ],
)
def test_violations_are_plain_words(triple, words):
    problems = rdf.violations(rdf.graph([triple], ENTITIES))
    assert len(problems) == 1, problems
    assert problems[0].startswith("statement 'ada' met 'boru' in article 'a1'")
    assert words in problems[0]
    assert "shacl#" not in problems[0] and "http" not in problems[0]


@pytest.mark.parametrize(
    ("edit", "words"),
    [
        (lambda g, e: g.remove((e, RDFS.label, Literal("Ada Sulaiman", lang="en"))), "entity 'ada': needs exactly one English name"),
        (lambda g, e: g.add((e, RDFS.label, Literal("Ada S.", lang="en"))), "entity 'ada': needs exactly one English name"),
        (lambda g, e: g.remove((e, RDF.type, None)), "entity 'ada': has no kg entity class"),
        (lambda g, e: g.set((e, RDF.type, U(KG + "Statement"))), "entity 'ada': has no kg entity class"),
    ],
)
def test_entity_violations(edit, words):
    g = rdf.graph(TRIPLES, ENTITIES)
    edit(g, U(rdf.entity_iri("ada")))
    problems = rdf.violations(g)
    assert any(p.startswith(words) for p in problems), problems


def test_article_with_a_bad_date_is_reported(tmp_path):
    out = write_build(tmp_path / "out", articles=[{"id": "a1", "date": "yesterday"}])
    assert rdf.validate(out) == ["article 'a1': an article has at most one publication date, a valid xsd:date or xsd:dateTime (found 'yesterday' as xsd:date)"]


def test_statement_without_its_fact_is_reported():
    g = rdf.graph(TRIPLES[:1], ENTITIES)
    g.remove((U(rdf.entity_iri("ada")), U(KG + "holds_role"), U(rdf.entity_iri("raven"))))
    assert rdf.violations(g) == [
        "statement 'ada' holds_role 'raven' in article 'a1' at offset 0: the fact this statement describes is missing from the graph"
    ]


# ---------- real builds ----------


def test_seed_article_build_conforms_and_round_trips(tmp_path, corpus_dir):
    from kg.pipeline import build

    out = tmp_path / "seed"
    summary = build([corpus_dir / "kazakhstan-2022-01-10.id.txt"], out, date="2022-01-10", progress=False)
    assert summary.triples > 0
    assert rdf.validate(out) == []
    triples = list(rdf.read_triples(out / "triples.jsonl"))
    entities, articles = rdf.read_entities(out / "entities.jsonl"), rdf.read_articles(out / "articles.jsonl")
    assert_round_trip(triples, entities, tmp_path, "trig", articles)
    g = Graph().parse(rdf.export(out, "ttl"), format="turtle")
    assert set(g.subjects(RDF.type, U(KG + "Statement"))) == {U(rdf.statement_iri(t)) for t in triples}


# ---------- any id or name parses back, with rdflib and with pyoxigraph (issue 12) ----------


@pytest.mark.parametrize("doc_id", ["story.", "a.b.", "...x.", "-lead", ".hidden", "x%2E", "ends with space ", "café.ID"])
def test_article_ids_with_dots_give_parseable_turtle_and_trig(tmp_path, doc_id):
    triples = [Triple(doc_id, person("ada.", "Ada."), "dismissed", person("boru", "Boru"), "Ada fired Boru.", 0, 15, "en")]
    articles = [{"id": doc_id, "lang": "en"}]
    for fmt in ("ttl", "trig"):
        assert_round_trip(triples, [], tmp_path, fmt, articles)
        assert oxigraph_quads(tmp_path / f"kg.{fmt}", fmt)
    assert rdf.entity_id(rdf.entity_iri("ada.")) == "ada."


_ids = st.text(min_size=1, max_size=12)
_names = st.text(max_size=12)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(doc_id=_ids, subject_id=_ids, object_id=_ids, name=_names, alias=_names, evidence=st.text(max_size=30), title=_names)
def test_any_id_or_name_round_trips_through_both_parsers(tmp_path, doc_id, subject_id, object_id, name, alias, evidence, title):
    from kg.read import clean

    doc_id, subject_id, object_id, name, alias, evidence, title = map(clean, (doc_id, subject_id, object_id, name, alias, evidence, title))
    entity = Entity(subject_id, name, "Person", (Alias(alias, "id"),), 1, (doc_id,))
    triples = [Triple(doc_id, Node(name, "Person", (alias,), id=subject_id), "met", Node(name, "Organization", id=object_id),
                      evidence, 0, len(evidence), "en", "2024-05-06", 0.5)]
    articles = [{"id": doc_id, "lang": "id", "title": title, "date": "2024-05-06"}]
    for fmt in ("ttl", "trig", "nt", "nq"):
        assert_round_trip(triples, [entity], tmp_path, fmt, articles)
    for fmt, reference in (("ttl", "nt"), ("trig", "nq")):
        assert oxigraph_quads(tmp_path / f"kg.{fmt}", fmt) == oxigraph_quads(tmp_path / f"kg.{reference}", reference)
