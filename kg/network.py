"""The build as a networkx graph (for analysis, and GraphML for Gephi and yEd).

Nodes are entity IDs with ``name``, ``type``, ``aliases`` (a JSON list, since GraphML has no list type),
``mentions``; edges carry the predicate, its English label and the triple's provenance. Attributes that
are None are left out (GraphML cannot hold them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO

import networkx as nx

from kg import ontology
from kg.records import Entity, Node, Triple
from kg.rdf import node_id, statement_iri


def to_networkx(triples: Iterable[Triple], entities: Iterable[Entity] = ()) -> nx.MultiDiGraph:
    """A directed multigraph: one node per entity, one edge per triple keyed by its statement hash.

    >>> from kg.records import Node, Triple
    >>> t = Triple("d1", Node("Ann Lee", "Person", id="ann"), "met", Node("Bo Ng", "Person", id="bo"), "Ann Lee met Bo Ng.", 0, 18, "en")
    >>> g = to_networkx([t])
    >>> [(u, v, d["predicate"]) for u, v, d in g.edges(data=True)]
    [('ann', 'bo', 'met')]
    """
    g = nx.MultiDiGraph()
    for entity in entities:
        g.add_node(
            entity.id,
            name=entity.name,
            type=entity.type,
            aliases=json.dumps([a.text for a in entity.aliases], ensure_ascii=False),
            mentions=entity.mentions,
        )
    for triple in triples:
        ontology.check_predicate(triple.predicate)
        for node in (triple.subject, triple.object):
            _add_node(g, node)
        attrs = {
            "predicate": triple.predicate,
            "label": ontology.label(triple.predicate, "en"),
            "doc_id": triple.doc_id,
            "evidence": triple.evidence,
            "sentence_start": triple.sentence_start,
            "sentence_end": triple.sentence_end,
            "lang": triple.lang,
            "confidence": float(triple.confidence),
            "date": triple.date,
            "role": triple.role,
        }
        key = statement_iri(triple).rsplit("/", 1)[1]
        g.add_edge(node_id(triple.subject), node_id(triple.object), key=key, **{k: v for k, v in attrs.items() if v is not None})
    return g


def _add_node(g: nx.MultiDiGraph, node: Node) -> None:
    key = node_id(node)
    if key not in g:
        g.add_node(key, name=node.name, type=node.type, aliases=json.dumps(list(node.aliases), ensure_ascii=False), mentions=0)


def write_graphml(g: nx.MultiDiGraph, out: IO[bytes] | str) -> None:
    """Write ``g`` as GraphML (what Gephi and yEd open)."""
    nx.write_graphml(g, out, encoding="utf-8")


def read_graphml(source: IO[bytes] | str) -> nx.MultiDiGraph:
    """A GraphML file written by :func:`write_graphml` back as a multigraph with typed attributes."""
    return nx.read_graphml(source, force_multigraph=True)
