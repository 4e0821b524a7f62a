"""Graph analysis of a build with networkx: centrality, communities, components, an entity's ego network and timeline.

Scores are computed on the undirected entity graph (an edge per connected pair, weighted by how many triples
join them): who dismissed whom says nothing about who matters in the story. ``kg analyze --write`` keeps the
scores in ``analysis.json`` beside the build and in the embedded store; ``kg load`` carries them to Neo4j.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

from kg.errors import KGError
from kg.records import Entity, Triple

ANALYSIS = "analysis.json"
SEED = 42  # Louvain and sampled betweenness are randomised: a fixed seed gives the same answer every run
EXACT_BETWEENNESS = 2_000  # above this many nodes betweenness is estimated from a sample of sources
BETWEENNESS_SAMPLE = 300
SCORE_FIELDS = ("degree", "pagerank", "betweenness", "community", "component")


@dataclass(frozen=True, slots=True)
class Score:
    """One entity's place in the graph.

    ``degree`` counts distinct neighbours; ``pagerank`` and ``betweenness`` are networkx's (normalised);
    ``community`` (Louvain) and ``component`` number groups from 0, largest first.
    """

    id: str
    name: str
    type: str
    degree: int
    pagerank: float
    betweenness: float | None  # None when not computed (kg view skips it on big graphs)
    community: int
    component: int

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "degree": self.degree,
                "pagerank": round(self.pagerank, 6),
                "betweenness": None if self.betweenness is None else round(self.betweenness, 6),
                "community": self.community, "component": self.component}


@dataclass(frozen=True, slots=True)
class Event:
    """One triple seen from an entity's timeline."""

    date: str | None
    subject: str
    predicate: str
    object: str
    role: str | None
    doc_id: str
    evidence: str
    confidence: float

    def to_json(self) -> dict:
        return {"date": self.date, "subject": self.subject, "predicate": self.predicate, "object": self.object,
                "role": self.role, "doc_id": self.doc_id, "evidence": self.evidence, "confidence": self.confidence}


@dataclass(frozen=True, slots=True)
class Neighbour:
    """An entity one step from the ego, with the relations between them (``→`` out of the ego, ``←`` into it)."""

    id: str
    name: str
    type: str
    relations: tuple[str, ...]

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "relations": list(self.relations)}


@dataclass(frozen=True, slots=True)
class Ego:
    """An entity, its neighbours and its timeline (its triples, dated first in date order, then undated)."""

    entity: Entity
    score: Score
    neighbours: tuple[Neighbour, ...]
    timeline: tuple[Event, ...]

    def to_json(self) -> dict:
        return {"entity": self.entity.to_json(), "score": self.score.to_json(),
                "neighbours": [n.to_json() for n in self.neighbours], "timeline": [e.to_json() for e in self.timeline]}


@dataclass(frozen=True, slots=True)
class Analysis:
    """Scores of every entity (most central first, by PageRank), communities and connected components (entity IDs)."""

    scores: tuple[Score, ...]
    communities: tuple[tuple[str, ...], ...]
    components: tuple[tuple[str, ...], ...]
    ego: Ego | None = None
    written: Path | None = None  # the analysis file, with --write

    def to_json(self, top: int | None = None) -> dict:
        data = {"entities": [s.to_json() for s in self.scores[:top]],
                "communities": [list(c) for c in self.communities],
                "components": [list(c) for c in self.components]}
        if self.ego is not None:
            data["ego"] = self.ego.to_json()
        return data


def entity_graph(triples: Iterable[Triple], entities: Iterable[Entity] = ()) -> nx.Graph:
    """The undirected entity graph: a node per entity (``name``, ``type``), an edge per connected pair.

    ``weight`` counts the triples between the pair; self-loops are left out.

    >>> from kg.records import Node, Triple
    >>> a, b = Node("Ann Lee", "Person", id="ann"), Node("Bo Ng", "Person", id="bo")
    >>> g = entity_graph([Triple("d", a, "met", b, "", 0, 0, "en"), Triple("d", b, "urged", a, "", 0, 0, "en")])
    >>> g["ann"]["bo"]["weight"]
    2
    """
    g = nx.Graph()
    for e in entities:
        g.add_node(e.id, name=e.name, type=e.type)
    for t in triples:
        for node in (t.subject, t.object):
            if node.id not in g:
                g.add_node(node.id, name=node.name, type=node.type)
        if t.subject.id == t.object.id:
            continue
        if g.has_edge(t.subject.id, t.object.id):
            g[t.subject.id][t.object.id]["weight"] += 1
        else:
            g.add_edge(t.subject.id, t.object.id, weight=1)
    return g


def scores(g: nx.Graph, betweenness: bool = True) -> tuple[list[Score], list[list[str]], list[list[str]]]:
    """Scores of every node of an entity graph, most central first; and its communities and components.

    Louvain runs with a fixed seed; betweenness is exact up to ``EXACT_BETWEENNESS`` nodes, else estimated
    from ``BETWEENNESS_SAMPLE`` sources (also seeded); ``betweenness=False`` leaves it out (None).
    """
    if g.number_of_nodes() == 0:
        return [], [], []
    pagerank = nx.pagerank(g, weight="weight") if g.number_of_edges() else {n: 1 / len(g) for n in g}
    sample = None if len(g) <= EXACT_BETWEENNESS else BETWEENNESS_SAMPLE
    between = nx.betweenness_centrality(g, k=sample, seed=SEED if sample else None) if betweenness else {}
    communities = _ordered(nx.community.louvain_communities(g, weight="weight", seed=SEED))
    components = _ordered(nx.connected_components(g))
    community_of = {n: i for i, group in enumerate(communities) for n in group}
    component_of = {n: i for i, group in enumerate(components) for n in group}
    result = [
        Score(n, g.nodes[n].get("name", n), g.nodes[n].get("type", ""), g.degree(n), pagerank[n], between.get(n),
              community_of[n], component_of[n])
        for n in g
    ]
    result.sort(key=lambda s: (-s.pagerank, -s.degree, s.id))
    return result, communities, components


def _ordered(groups: Iterable[Iterable[str]]) -> list[list[str]]:
    """Groups as sorted ID lists, largest first (ties by first ID), so numbering is stable across runs."""
    return sorted((sorted(group) for group in groups), key=lambda group: (-len(group), group[0]))


def find_entity(entities: Iterable[Entity], name: str) -> Entity:
    """The entity called ``name`` (its name or an alias, in any language; case, accents and spelling ignored).

    An exact match wins over a partial one; two equally good matches are an error naming both.
    """
    from kg.resolve import name_key

    want = name_key(name)
    if not want:
        raise KGError(f"no entity can be called {name!r}")
    exact, partial = [], []
    for e in entities:
        keys = {name_key(text) for text in (e.name, e.id, *(a.text for a in e.aliases))}
        if want in keys:
            exact.append(e)
        elif any(want in key for key in keys):
            partial.append(e)
    found = exact or partial
    if not found:
        raise KGError(f"no entity named {name!r}; list them with: kg entities OUT --search {name!r}")
    if len(found) > 1:
        shown = ", ".join(f"{e.name} ({e.id})" for e in found[:8])
        raise KGError(f"{name!r} names {len(found)} entities: {shown}; give a longer name or the ID")
    return found[0]


def ego(triples: list[Triple], entities: list[Entity], entity: Entity, score: Score) -> Ego:
    """The entity's neighbours (with the relations that join them) and its timeline."""
    relations: dict[str, dict[str, None]] = defaultdict(dict)
    others: dict[str, tuple[str, str]] = {}
    events = []
    for t in triples:
        if entity.id not in (t.subject.id, t.object.id):
            continue
        label = t.predicate + (f" ({t.role or t.verb})" if t.role or t.verb else "")
        if t.subject.id == entity.id and t.object.id != entity.id:
            relations[t.object.id][f"→ {label}"] = None
            others[t.object.id] = (t.object.name, t.object.type)
        elif t.object.id == entity.id and t.subject.id != entity.id:
            relations[t.subject.id][f"← {label}"] = None
            others[t.subject.id] = (t.subject.name, t.subject.type)
        events.append(Event(t.date, t.subject.name, t.predicate, t.object.name, t.role, t.doc_id, t.evidence,
                            float(t.confidence)))
    names = {e.id: (e.name, e.type) for e in entities}
    neighbours = [Neighbour(n, *names.get(n, others[n]), tuple(sorted(rels))) for n, rels in relations.items()]
    neighbours.sort(key=lambda n: (-len(n.relations), n.name))
    events.sort(key=lambda e: (e.date is None, e.date or "", e.doc_id, e.subject, e.predicate, e.object))
    return Ego(entity, score, tuple(neighbours), tuple(events))


def analyze(out_dir: str | Path, entity: str | None = None, write: bool = False) -> Analysis:
    """Centrality, communities and components of the build in ``out_dir``; with ``entity``, its ego network too.

    ``write=True`` stores the scores in ``OUT/analysis.json`` and rewrites the embedded store with them as node
    properties (``degree``, ``pagerank``, ``betweenness``, ``community``, ``component``).

    >>> analyze("out").scores[0].name  # doctest: +SKIP
    'Kassym-Jomart Tokayev'
    """
    if write:  # read and rewrite under the build lock, so a concurrent kg build is never overwritten with older data
        from kg import folder

        with folder.locked(folder.target(out_dir)):
            return _analyze(out_dir, entity, write)
    return _analyze(out_dir, entity, write)


def _analyze(out_dir: str | Path, entity: str | None, write: bool) -> Analysis:
    from kg.pipeline import read_build

    triples, entities, articles = read_build(out_dir)
    ranked, communities, components = scores(entity_graph(triples, entities))
    found = None
    if entity is not None:
        target = find_entity(entities, entity)
        found = ego(triples, entities, target, next(s for s in ranked if s.id == target.id))
    written = None
    if write:
        written = write_analysis(out_dir, ranked)
        from kg import store

        store.write_store(Path(out_dir) / store.STORE_NAME, triples, entities, articles,
                          scores={s.id: s.to_json() for s in ranked})
    return Analysis(tuple(ranked), tuple(map(tuple, communities)), tuple(map(tuple, components)), found, written)


def build_fingerprint(out_dir: str | Path) -> str:
    """A hash of the build's triples and entities: scores saved for one build are never read for another."""
    digest = hashlib.sha1()
    for name in ("triples.jsonl", "entities.jsonl"):
        path = Path(out_dir) / name
        digest.update(path.read_bytes() if path.exists() else b"")
        digest.update(b"\0")
    return digest.hexdigest()


def write_analysis(out_dir: str | Path, ranked: Iterable[Score]) -> Path:
    """Write ``OUT/analysis.json``: the scores of each entity, stamped with the build they belong to."""
    path = Path(out_dir) / ANALYSIS
    data = {"build": build_fingerprint(out_dir), "scores": {s.id: {k: v for k, v in s.to_json().items() if k in SCORE_FIELDS}
                                                          for s in ranked}}
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, path)
    return path


def read_analysis(out_dir: str | Path) -> dict[str, dict]:
    """The saved scores of a build (entity ID → scores), or {} when none were saved or the build changed since."""
    path = Path(out_dir) / ANALYSIS
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise KGError(f"{path}: not a kg analysis file ({error})") from None
    if not isinstance(data, dict) or data.get("build") != build_fingerprint(out_dir):
        return {}
    return {k: v for k, v in data.get("scores", {}).items() if isinstance(v, dict)}


def layout(g: nx.Graph, communities: list[list[str]] | None = None) -> dict[str, tuple[float, float]]:
    """Positions for drawing a big graph without physics in the browser: communities packed on a spiral.

    Each community is laid out by networkx's spring layout (up to 400 nodes; bigger ones on a sunflower
    spiral) in a disc whose area grows with its size. Deterministic, and linear in the number of communities.
    """
    if communities is None:
        communities = _ordered(nx.community.louvain_communities(g, weight="weight", seed=SEED))
    positions: dict[str, tuple[float, float]] = {}
    golden = math.pi * (3 - math.sqrt(5))
    area = 0.0  # sum of the squared radii of the discs placed so far
    for k, group in enumerate(communities):
        radius = 30 * math.sqrt(len(group)) + 20
        if len(group) == 1:
            local = {group[0]: (0.0, 0.0)}
        elif len(group) <= 400:
            local = nx.spring_layout(g.subgraph(group), seed=SEED, iterations=60)
        else:
            local = {n: (math.sqrt((i + 0.5) / len(group)) * math.cos(i * golden),
                         math.sqrt((i + 0.5) / len(group)) * math.sin(i * golden)) for i, n in enumerate(group)}
        # Phyllotaxis: the k-th disc goes at the golden angle, as far out as the area already used (largest first).
        distance = 0.0 if k == 0 else math.sqrt(area) * 1.15 + radius
        cx, cy = distance * math.cos(k * golden), distance * math.sin(k * golden)
        area += (radius + 15) ** 2
        for n, (x, y) in local.items():
            positions[n] = (round(cx + float(x) * radius, 1), round(cy + float(y) * radius, 1))
    return positions
