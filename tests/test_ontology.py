"""The ontology is the single source of truth: every predicate the language data names is defined there,
and every term is documented in English and Indonesian."""

from __future__ import annotations

import json
import re
from importlib import resources

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from kg import ontology
from kg.errors import OntologyError
from kg.ontology import KG

LANG_ROOT = resources.files("kg.lang")

# Where the language files name predicates. A value is a predicate name (``^name`` = inverted), or a dict
# whose "p" / "predicate" / "predicates" / "by_type" fields hold them; None marks a look-alike, not a verb.
# In verbs*.json and relations*.json every dict section counts; list sections only when named here.
LIST_SECTIONS = {"symmetric"}  # verbs.json: lists of predicate names
FIRST_ITEM_SECTIONS = {("nouns", "relations")}  # nouns.json relations: noun -> [predicate, direction]
PREDICATE_KEYS = {"p", "predicate", "predicates", "by_type"}
_NAME = re.compile(r"^\^?[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [value.removeprefix("^")]
    if isinstance(value, list):
        return [n for item in value for n in _names(item)]
    if isinstance(value, dict):
        return [n for key, item in value.items() if key in PREDICATE_KEYS or key[:1].isupper() for n in _names(item)]
    return []


def _keyed(data, found: list[str]) -> None:
    """Values under keys named predicate/predicates anywhere in any language file."""
    if isinstance(data, dict):
        for key, value in data.items():
            if key in ("predicate", "predicates"):
                found.extend(_names(value))
            else:
                _keyed(value, found)
    elif isinstance(data, list):
        for item in data:
            _keyed(item, found)


def language_predicates() -> list[tuple[str, str]]:
    """(file, predicate) for every predicate named in kg/lang/*/*.json."""
    found: list[tuple[str, str]] = []
    for lang_dir in sorted(p for p in LANG_ROOT.iterdir() if p.is_dir() and not p.name.startswith("_")):
        for path in sorted(p for p in lang_dir.iterdir() if p.name.endswith(".json")):
            data = json.loads(path.read_text(encoding="utf-8"))
            where = f"{lang_dir.name}/{path.name}"
            names: list[str] = []
            _keyed(data, names)
            stem = path.name[: -len(".json")]
            if isinstance(data, dict) and (stem.startswith("verbs") or stem.startswith("relations")):
                for section, value in data.items():
                    if section.startswith("_"):
                        continue
                    if isinstance(value, dict):
                        for entry in value.values():
                            names.extend(_names(entry))
                    elif section in LIST_SECTIONS:
                        names.extend(_names(value))
            if isinstance(data, dict):
                for file_stem, section in FIRST_ITEM_SECTIONS:
                    if stem == file_stem and isinstance(data.get(section), dict):
                        names.extend(_names(v[0]) for v in data[section].values() if v)
                        names[:] = [n for item in names for n in (item if isinstance(item, list) else [item])]
            found.extend((where, n) for n in dict.fromkeys(names))
    return found


PREDICATES = language_predicates()


def test_language_data_names_predicates():
    # the scan itself must find the lexicons; an empty scan would make the next test pass vacuously
    files = {f for f, _ in PREDICATES}
    assert any(f.endswith("verbs.json") for f in files), f"no predicates found in kg/lang/*/verbs.json; scanned {files}"
    assert len({n for _, n in PREDICATES}) >= 20


@pytest.mark.parametrize(("where", "name"), PREDICATES, ids=[f"{w}:{n}" for w, n in PREDICATES])
def test_language_predicate_is_an_ontology_relation(where, name):
    assert _NAME.match(name), f"{where}: {name!r} is not a lower_snake_case predicate name"
    assert name in ontology.properties(), f"{where} names {name!r}, which ontology/kg.ttl does not define as a relation"


ALL_PROPERTIES = ontology.all_properties()
CLASSES = ontology.classes()


@pytest.mark.parametrize("name", ALL_PROPERTIES + CLASSES)
def test_term_has_english_and_indonesian_label_and_comment(name):
    labels = ontology.labels(name)
    assert labels.get("en"), f"{name} lacks an English rdfs:label"
    assert labels.get("id"), f"{name} lacks an Indonesian rdfs:label"
    assert ontology.term(name).comment, f"{name} lacks an rdfs:comment"


@pytest.mark.parametrize("name", ALL_PROPERTIES + CLASSES)
def test_term_has_synonyms(name):
    assert ontology.alt_labels(name), f"{name} has no skos:altLabel synonym"


@pytest.mark.parametrize("name", ALL_PROPERTIES)
def test_property_has_domain_and_range(name):
    term = ontology.term(name)
    assert term.domain, f"{name} has no rdfs:domain"
    assert term.range, f"{name} has no rdfs:range"


@pytest.mark.parametrize("name", ontology.properties())
def test_relation_links_entity_classes(name):
    term = ontology.term(name)
    for iri in term.domain + term.range:
        assert iri.startswith(ontology.NS), f"{name}: domain/range {iri} is not a kg class"
        assert "Entity" in ontology.superclasses(iri[len(ontology.NS):]), f"{name}: {iri} is not a kind of kg:Entity"


def test_ontology_is_owl2_with_version_iri():
    g = Graph().parse(data=ontology.text(), format="turtle")
    onto = URIRef(ontology.ONTOLOGY_IRI)
    assert (onto, RDF.type, OWL.Ontology) in g
    version = g.value(onto, OWL.versionIRI)
    assert version is not None and str(version).startswith(ontology.ONTOLOGY_IRI + "/")


def test_rdflib_and_pyoxigraph_read_the_same_terms():
    g = Graph().parse(data=ontology.text(), format="turtle")
    object_properties = {str(s)[len(ontology.NS):] for s in g.subjects(RDF.type, OWL.ObjectProperty) if str(s).startswith(ontology.NS)}
    assert set(ontology.properties()) <= object_properties
    classes = {str(s)[len(ontology.NS):] for s in g.subjects(RDF.type, OWL.Class) if str(s).startswith(ontology.NS)}
    assert set(ontology.classes()) == classes


ALLOWED_EXTERNAL = ("https://schema.org/", "http://xmlns.com/foaf/0.1/", "http://www.w3.org/ns/prov#", "http://purl.org/dc/terms/", str(RDF))


def test_alignments_point_only_to_known_vocabularies():
    g = Graph().parse(data=ontology.text(), format="turtle")
    for predicate in (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.equivalentProperty, OWL.inverseOf):
        for s, o in g.subject_objects(predicate):
            if not str(o).startswith(ontology.NS):
                assert str(o).startswith(ALLOWED_EXTERNAL), f"{s} {predicate} {o}: unexpected vocabulary"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Person", ("Person", "Agent", "Entity")),
        ("Country", ("Country", "Agent", "Place", "Entity")),
        ("Location", ("Location", "Place", "Entity")),
    ],
)
def test_superclasses(name, expected):
    assert set(ontology.superclasses(name)) == set(expected)


@pytest.mark.parametrize(
    ("prop", "subject", "obj", "expected"),
    [
        ("visited", "Person", "Location", True),
        ("visited", "Country", "Country", True),  # a country is an agent
        ("visited", "Location", "Location", False),  # a place visits nothing
        ("located_in", "Location", "Country", True),
        ("located_in", "Organization", "Country", False),  # a body is based_in, not located_in
    ],
)
def test_admits_reads_domain_and_range_through_superclasses(prop, subject, obj, expected):
    assert ontology.admits(prop, subject, obj) is expected


def test_provenance_terms_are_not_relations():
    for name in ("confidence", "evidence", "sentenceStart", "sentenceEnd", "date", "role", "mentions", "mentionedIn"):
        assert name in ontology.all_properties()
        assert name not in ontology.properties()


@pytest.mark.parametrize(
    ("name", "hint"),
    [
        ("dismised", "did you mean 'dismissed'"),
        ("held_call", "held_call_with"),
        ("Dismissed", "dismissed"),
        ("confidence", "unknown predicate 'confidence'"),  # a provenance term is not a relation
        ("", "unknown predicate ''"),
    ],
)
def test_check_predicate_rejects_with_a_helpful_message(name, hint):
    with pytest.raises(OntologyError) as err:
        ontology.check_predicate(name)
    assert hint in str(err.value)
    assert "ontology/kg.ttl" in str(err.value)


def test_check_predicate_and_class_accept_known_names():
    assert ontology.check_predicate("held_call_with") == "held_call_with"
    assert ontology.check_class("Organization") == "Organization"
    with pytest.raises(OntologyError, match="unknown class 'Organisation'.*did you mean 'Organization'"):
        ontology.check_class("Organisation")


def test_namespace_fails_on_unknown_terms():
    assert KG.dismissed == ontology.NS + "dismissed"
    assert KG["Person"] == ontology.NS + "Person"
    assert "Person" in KG and "Persn" not in KG
    with pytest.raises(OntologyError, match="Persn.*did you mean 'Person'"):
        KG.Persn
    with pytest.raises(OntologyError):
        KG["no such term"]


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("dismissed", "en", "dismissed"),
        ("dismissed", "id", "memecat"),
        ("Person", "id", "orang"),
        ("Person", "fr", "person"),  # falls back to English
    ],
)
def test_label(name, lang, expected):
    assert ontology.label(name, lang) == expected


def test_alt_labels_by_language():
    assert "fired" in ontology.alt_labels("dismissed", "en")
    assert "mencopot" in ontology.alt_labels("dismissed", "id")
    assert set(ontology.alt_labels("dismissed")) >= {"fired", "mencopot"}
