"""The ontology (``ontology/kg.ttl``) as Python data: classes, relations, labels, and checks on names.

The Turtle file is the single source of truth; it is parsed once per process with pyoxigraph (a few
milliseconds, no rdflib import at start-up) into plain dicts.

>>> "dismissed" in properties()
True
>>> KG.dismissed
'https://w3id.org/kg/ontology#dismissed'
>>> label("holds_role", "id")
'memegang jabatan'
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from kg.errors import OntologyError

NS = "https://w3id.org/kg/ontology#"
ONTOLOGY_IRI = "https://w3id.org/kg/ontology"
FILE = "kg.ttl"
SHAPES_FILE = "shapes.ttl"

_RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
_RDFS = "http://www.w3.org/2000/01/rdf-schema#"
_OWL = "http://www.w3.org/2002/07/owl#"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_PROPERTY_TYPES = {_OWL + "ObjectProperty", _OWL + "DatatypeProperty", _OWL + "AnnotationProperty", _RDF + "Property"}


@dataclass(slots=True)
class Term:
    """One class or property of the ontology, by local name; labels and synonyms keyed by language."""

    name: str
    kinds: set[str] = field(default_factory=set)  # full IRIs of its rdf:type values
    labels: dict[str, str] = field(default_factory=dict)
    alt_labels: dict[str, list[str]] = field(default_factory=dict)
    comment: str = ""
    domain: list[str] = field(default_factory=list)  # IRIs
    range: list[str] = field(default_factory=list)
    parents: list[str] = field(default_factory=list)  # rdfs:subClassOf / rdfs:subPropertyOf IRIs

    @property
    def iri(self) -> str:
        return NS + self.name


def text(name: str = FILE) -> str:
    """The Turtle text of a file in ``ontology/`` (``kg.ttl`` or ``shapes.ttl``)."""
    return resources.files("kg.ontology_files").joinpath(name).read_text(encoding="utf-8")


@cache
def _terms() -> dict[str, Term]:
    import pyoxigraph  # the ontology is parsed with pyoxigraph for start-up speed; rdflib stays in kg.rdf

    terms: dict[str, Term] = {}
    try:
        quads = list(pyoxigraph.parse(text(FILE).encode("utf-8"), pyoxigraph.RdfFormat.TURTLE))
    except SyntaxError as err:
        raise OntologyError(f"ontology/{FILE}: not valid Turtle: {err}") from err
    for quad in quads:
        subject = quad.subject
        if not isinstance(subject, pyoxigraph.NamedNode) or not subject.value.startswith(NS):
            continue
        term = terms.setdefault(subject.value[len(NS):], Term(subject.value[len(NS):]))
        p, o = quad.predicate.value, quad.object
        if p == _RDF + "type":
            term.kinds.add(o.value)
        elif p == _RDFS + "label" and isinstance(o, pyoxigraph.Literal):
            term.labels[o.language or ""] = o.value
        elif p == _SKOS + "altLabel" and isinstance(o, pyoxigraph.Literal):
            term.alt_labels.setdefault(o.language or "", []).append(o.value)
        elif p == _RDFS + "comment" and isinstance(o, pyoxigraph.Literal) and (o.language in (None, "en") or not term.comment):
            term.comment = o.value
        elif p == _RDFS + "domain":
            term.domain.append(o.value)
        elif p == _RDFS + "range":
            term.range.append(o.value)
        elif p in (_RDFS + "subClassOf", _RDFS + "subPropertyOf") and isinstance(o, pyoxigraph.NamedNode):
            term.parents.append(o.value)
    return terms


def term(name: str) -> Term:
    """The ontology term with local name ``name`` (a class or a property); OntologyError if none."""
    found = _terms().get(name)
    if found is None:
        raise OntologyError(_unknown("term", name, sorted(_terms())))
    return found


@cache
def classes() -> tuple[str, ...]:
    """Local names of the ontology's classes, e.g. ``('Agent', 'Article', 'Country', ...)``."""
    return tuple(sorted(n for n, t in _terms().items() if _OWL + "Class" in t.kinds))


@cache
def all_properties() -> tuple[str, ...]:
    """Local names of every property: relations plus provenance/annotation terms (confidence, role, ...)."""
    return tuple(sorted(n for n, t in _terms().items() if t.kinds & _PROPERTY_TYPES))


@cache
def properties() -> tuple[str, ...]:
    """Local names of the relations, the predicates extractors may emit: object properties between entities.

    Provenance terms (``evidence``, ``confidence``, ``mentionedIn`` ...) describe statements and articles
    and are not relations; :func:`all_properties` lists them too.
    """
    meta = {NS + "Statement", NS + "Article"}
    return tuple(
        sorted(
            n
            for n, t in _terms().items()
            if _OWL + "ObjectProperty" in t.kinds and not (set(t.domain) & meta) and not (set(t.range) & meta)
        )
    )


def label(name: str, lang: str = "en") -> str:
    """The ``rdfs:label`` of a class or property in ``lang``; falls back to English, then to the name."""
    labels = term(name).labels
    return labels.get(lang) or labels.get("en") or name


def labels(name: str) -> dict[str, str]:
    """Every ``rdfs:label`` of a term keyed by language tag, e.g. ``{'en': 'dismissed', 'id': 'memecat'}``."""
    return dict(term(name).labels)


def alt_labels(name: str, lang: str | None = None) -> list[str]:
    """The ``skos:altLabel`` synonyms of a term, in one language or (``lang=None``) all of them."""
    alts = term(name).alt_labels
    if lang is not None:
        return list(alts.get(lang, ()))
    return [a for values in alts.values() for a in values]


@cache
def superclasses(name: str) -> tuple[str, ...]:
    """The kg classes ``name`` is a subclass of (itself included, transitively), e.g. Person → Agent, Entity."""
    seen: list[str] = []
    todo = [name]
    while todo:
        current = todo.pop()
        if current in seen:
            continue
        seen.append(current)
        todo.extend(p[len(NS):] for p in term(current).parents if p.startswith(NS))
    return tuple(seen)


def admits(prop: str, subject: str, obj: str) -> bool:
    """Whether property ``prop``'s domain and range admit a ``subject`` and an ``obj`` of these classes (a side the
    ontology leaves open admits any class): a place visits nothing, a company lies in no country."""
    t = term(prop)

    def fits(iris: list[str], cls: str) -> bool:
        names = {iri[len(NS):] for iri in iris if iri.startswith(NS)}
        return not names or bool(names & set(superclasses(cls)))

    return fits(t.domain, subject) and fits(t.range, obj)


def check_predicate(name: str) -> str:
    """``name`` if it is a relation of the ontology, else OntologyError saying what is accepted.

    >>> check_predicate("dismissed")
    'dismissed'
    >>> check_predicate("dismised")  # doctest: +ELLIPSIS
    Traceback (most recent call last):
      ...
    kg.errors.OntologyError: unknown predicate 'dismised' (did you mean 'dismissed', ...?); ontology/kg.ttl defines ...
    """
    if name not in _relation_set():
        raise OntologyError(_unknown("predicate", name, properties()))
    return name


def check_class(name: str) -> str:
    """``name`` if it is a class of the ontology, else OntologyError listing the classes."""
    if name not in _class_set():
        raise OntologyError(_unknown("class", name, classes()))
    return name


@cache
def _relation_set() -> frozenset[str]:
    return frozenset(properties())


@cache
def _class_set() -> frozenset[str]:
    return frozenset(classes())


def _unknown(kind: str, name: str, known: tuple[str, ...] | list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    hint = f" (did you mean {', '.join(repr(c) for c in close)}?)" if close else ""
    shown = ", ".join(known[:12]) + (f", ... ({len(known)} in all)" if len(known) > 12 else "")
    return f"unknown {kind} {name!r}{hint}; ontology/{FILE} defines {shown}"


class Namespace:
    """IRIs of the ontology's terms by attribute or item; a misspelt name raises OntologyError.

    Works like rdflib's ``DefinedNamespace`` with ``_fail = True`` but returns plain ``str`` IRIs
    (kg.rdf wraps them for rdflib or pyoxigraph).

    >>> KG.Person
    'https://w3id.org/kg/ontology#Person'
    >>> KG["held_call_with"]
    'https://w3id.org/kg/ontology#held_call_with'
    """

    __slots__ = ()

    def __getattr__(self, name: str) -> str:
        if name.startswith("__"):
            raise AttributeError(name)
        return self[name]

    def __getitem__(self, name: str) -> str:
        return term(name).iri

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and name in _terms()

    def __iter__(self):
        return iter(sorted(_terms()))

    def __repr__(self) -> str:
        return f"Namespace({NS!r})"

    def __str__(self) -> str:
        return NS


KG = Namespace()
