"""Load a build (entities.jsonl, triples.jsonl, articles.jsonl) into a Neo4j server over Bolt; the only user of the driver.

Nodes are ``:Entity:<Class>`` keyed by ``id`` and ``:Article`` keyed by ``id``; each triple is one relationship
whose type is the upper-cased predicate, keyed by a hash of its provenance, so loading again changes nothing.
Labels and relationship types cannot be Cypher parameters: they are checked against the ontology's class and
relation names before they enter the query text. Every value travels as a parameter.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg import ontology
from kg.errors import InputError, KGError, OntologyError, StoreError, UsageError
from kg.records import Entity, Triple

ENTITIES = "entities.jsonl"
TRIPLES = "triples.jsonl"
ARTICLES = "articles.jsonl"
BATCH_SIZE = 10_000  # best of bench/bench_load.py (1k–20k tried)
FIRST_LOAD_BATCH = 20_000  # rows per transaction when CREATE goes into an empty database
WIPE_BATCH = 20_000
MENTIONS = "MENTIONS"
ARTICLE_FIELDS = ("id", "title", "url", "date", "lang", "source")
TRIPLE_PROPERTIES = ("doc_id", "evidence", "sentence_start", "sentence_end", "date", "confidence", "role", "verb", "lang")
_LABEL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_PREDICATE = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass
class LoadReport:
    """What one ``load`` wrote (distinct records sent, not rows changed) and which input records it skipped."""

    entities: int = 0
    articles: int = 0
    relationships: int = 0
    mentions: int = 0
    skipped: list[str] = field(default_factory=list)  # one line per bad record: "file:line: reason"
    seconds: float = 0.0
    phases: dict[str, float] = field(default_factory=dict)  # seconds spent writing entities, articles, ...
    first: bool = False  # the database was empty: nodes and relationships were created, not merged


def load(
    out_dir: str | Path,
    uri: str,
    user: str,
    password: str,
    database: str | None = None,
    wipe: bool = False,
    batch_size: int = BATCH_SIZE,
    progress: bool | None = False,
) -> LoadReport:
    """Merge the build in ``out_dir`` into the Neo4j database at ``uri``; loading twice changes nothing.

    Bad records (unreadable JSON, a class or predicate the ontology lacks, a triple naming an unknown
    entity) are skipped and listed in ``LoadReport.skipped``; everything else is loaded. ``wipe`` deletes
    every node of the database first. ``progress=None`` shows a bar on a terminal (a log line every 30 s elsewhere).

    >>> load("out", "bolt://127.0.0.1:7687", "neo4j", os.environ["NEO4J_PASSWORD"])  # doctest: +SKIP
    LoadReport(entities=41, articles=1, relationships=37, mentions=41, skipped=[], seconds=0.4)
    """
    if batch_size < 1:
        raise KGError(f"batch size must be at least 1, not {batch_size}")
    check_uri(uri)
    started = time.perf_counter()
    out = Path(out_dir)
    report = LoadReport()
    entities = _entity_rows(out, report.skipped)
    _add_scores(out, entities)
    triples = _triple_rows(out, {row["id"] for rows in entities.values() for row in rows}, report.skipped)
    articles = _article_rows(out, entities, triples, report.skipped)
    mentions = _mention_rows(entities, triples)

    from kg.progress import Progress

    total = len(articles) + sum(map(len, entities.values())) + sum(map(len, triples.values())) + len(mentions)
    with _driver(uri, user, password) as driver, driver.session(database=database) as session, \
            Progress("load", "row", progress, total=total) as shown:
        writer = _Writer(session, uri, shown)
        if wipe:
            writer.wipe()
        writer.write("CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE")
        writer.write("CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE")
        # Into an empty database nothing can match, so CREATE replaces MERGE (no lookups, no merge locks) and
        # transactions grow; once anything is there (another load, one cut off half-way) MERGE keeps loads idempotent.
        report.first = first = writer.count("RETURN NOT EXISTS { MATCH (:Entity) } AND NOT EXISTS { MATCH (:Article) }") is True
        size = max(batch_size, FIRST_LOAD_BATCH) if first else batch_size
        clock = time.perf_counter()
        writer.batched(_ARTICLE_CREATE if first else _ARTICLE_CYPHER, articles, size)
        report.articles = len(articles)
        clock = _lap(report, "articles", clock)
        for label, rows in entities.items():  # with the MENTIONS edges from their own docs
            writer.batched(_entity_create(label) if first else _entity_cypher(label), rows, size)
            report.entities += len(rows)
        clock = _lap(report, "entities", clock)
        for rel_type, rows in triples.items():
            writer.batched(_triple_cypher(rel_type, create=first), rows, size)
            report.relationships += len(rows)
        clock = _lap(report, "relationships", clock)
        writer.batched(_MENTION_CREATE if first else _MENTION_CYPHER, mentions, size)
        report.mentions = len(mentions) + sum(len(row["docs"]) for rows in entities.values() for row in rows)
        _lap(report, "mentions", clock)
    report.seconds = time.perf_counter() - started
    return report


def wipe(uri: str, user: str, password: str, database: str | None = None) -> None:
    """Delete every node and relationship of the database (constraints stay), in bounded transactions."""
    with _driver(uri, user, password) as driver, driver.session(database=database) as session:
        _Writer(session, uri).wipe()


def query(
    uri: str, user: str, password: str, cypher: str, params: dict | None = None, database: str | None = None
) -> tuple[list[str], list[list]]:
    """Run Cypher on a Neo4j server; returns column names and rows of plain Python values.

    Nodes come back as dicts of their properties plus ``_labels``, relationships plus ``_type``,
    paths as lists of those. The query runs in a write transaction with the driver's retries.

    >>> query("bolt://127.0.0.1:7687", "neo4j", "secret", "MATCH (e:Entity) RETURN count(e) AS n")  # doctest: +SKIP
    (['n'], [[41]])
    """
    def work(tx):
        result = tx.run(cypher, params or {})
        return list(result.keys()), [[_plain(value) for value in record.values()] for record in result]

    with _driver(uri, user, password) as driver, driver.session(database=database) as session:
        return _guarded(lambda: session.execute_write(work), uri)


# ---------- reading the build ----------


def _jsonl(path: Path, skipped: list[str]) -> Iterator[tuple[int, dict]]:
    """(line number, object) for each readable line of a JSONL file; a bad line goes to ``skipped``."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise InputError(str(path), f"cannot read: {error.strerror or error}") from error
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                data = json.loads(line)
            except json.JSONDecodeError as error:
                skipped.append(str(InputError(str(path), f"not JSON: {error.msg}", number)))
                continue
            if not isinstance(data, dict):
                skipped.append(str(InputError(str(path), "not a JSON object", number)))
                continue
            yield number, data


def _entity_rows(out: Path, skipped: list[str]) -> dict[str, list[dict]]:
    """Entity rows grouped by their (checked) class label; the last line wins for a repeated id."""
    path = out / ENTITIES
    if not path.exists():
        raise InputError(str(path), f"no {ENTITIES}: is {out} a kg build folder ('kg build ... -o {out}')?")
    by_id: dict[str, tuple[str, dict]] = {}
    for number, data in _jsonl(path, skipped):
        try:
            entity = Entity.from_json(data)
            label = node_label(entity.type)
            if not isinstance(entity.id, str) or not entity.id:
                raise ValueError("empty id")
        except (KeyError, TypeError, ValueError, OntologyError) as error:
            skipped.append(str(InputError(str(path), _why(error), number)))
            continue
        pairs = {(a.text, a.lang): None for a in entity.aliases}  # ordered, without repeats
        by_id[entity.id] = (label, {
            "id": entity.id,
            "name": entity.name,
            "type": entity.type,
            "alias_pairs": [list(p) for p in pairs],
            "mentions": int(entity.mentions),
            "docs": list(dict.fromkeys(entity.docs)),
        })
    grouped: dict[str, list[dict]] = defaultdict(list)
    for label, row in by_id.values():
        grouped[label].append(row)
    return dict(grouped)


def _add_scores(out: Path, entities: dict[str, list[dict]]) -> None:
    """Give each entity row the graph scores `kg analyze --write` saved for this build (None when there are none)."""
    from kg.analyze import SCORE_FIELDS, read_analysis

    saved = read_analysis(out)
    for rows in entities.values():
        for row in rows:
            found = saved.get(row["id"], {})
            row.update({name: found.get(name) for name in SCORE_FIELDS})


def _triple_rows(out: Path, known: set[str], skipped: list[str]) -> dict[str, list[dict]]:
    """Relationship rows grouped by their (checked) type, one per distinct triple key."""
    path = out / TRIPLES
    if not path.exists():
        raise InputError(str(path), f"no {TRIPLES}: is {out} a kg build folder?")
    by_key: dict[str, tuple[str, dict]] = {}
    for number, data in _jsonl(path, skipped):
        try:
            t = Triple.from_json(data)
            rel_type = relationship_type(t.predicate)
            for node in (t.subject, t.object):
                if node.id not in known:
                    raise ValueError(f"entity {node.id!r} ({node.name}) is not in {ENTITIES}")
        except (KeyError, TypeError, ValueError, OntologyError) as error:
            skipped.append(str(InputError(str(path), _why(error), number)))
            continue
        key = triple_key(t)
        by_key[key] = (rel_type, {"key": key, "s": t.subject.id, "o": t.object.id, **t.provenance()})
    grouped: dict[str, list[dict]] = defaultdict(list)
    for rel_type, row in by_key.values():
        grouped[rel_type].append(row)
    return dict(grouped)


def _article_rows(out: Path, entities: dict, triples: dict, skipped: list[str]) -> list[dict]:
    """Article rows from articles.jsonl, plus a bare one for any document a triple or entity names."""
    articles: dict[str, dict] = {}
    path = out / ARTICLES
    if path.exists():
        for number, data in _jsonl(path, skipped):
            if not isinstance(data.get("id"), str) or not data["id"]:
                skipped.append(str(InputError(str(path), "article without an 'id'", number)))
                continue
            articles[data["id"]] = {k: data[k] for k in ARTICLE_FIELDS if data.get(k) is not None}
    for rows in triples.values():
        for row in rows:
            articles.setdefault(row["doc_id"], {"id": row["doc_id"]})
    for rows in entities.values():
        for row in rows:
            for doc in row["docs"]:
                articles.setdefault(doc, {"id": doc})
    return [{"id": doc, "props": props} for doc, props in articles.items()]


def _mention_rows(entities: dict, triples: dict) -> list[dict]:
    """(article, entity) pairs from triples whose document the entity's own ``docs`` lack (usually none).

    The pairs from ``docs`` are written with the entity itself (see ``_entity_cypher``).
    """
    known = {(doc, row["id"]) for rows in entities.values() for row in rows for doc in row["docs"]}
    pairs: dict[tuple[str, str], None] = {}
    for rows in triples.values():
        for row in rows:
            for end in (row["s"], row["o"]):
                if (row["doc_id"], end) not in known:
                    pairs[(row["doc_id"], end)] = None
    return [{"a": doc, "e": entity} for doc, entity in pairs]


def triple_key(t: Triple) -> str:
    """The identity of a triple in the graph: a hash of its document, predicate, ends, offsets, role and verb."""
    parts = [t.doc_id, t.predicate, t.subject.id, t.object.id, str(t.sentence_start), str(t.sentence_end), t.role or ""]
    if t.verb:
        parts.append(t.verb)
    return hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()


def node_label(type_: str) -> str:
    """The Neo4j label of an entity class, checked against the ontology: ``Person`` → ``Person``."""
    if not isinstance(type_, str) or not _LABEL.match(type_) or type_ in ("Article", "Entity", "Statement"):
        raise OntologyError(f"entity type {type_!r} is not an ontology class usable as a label")
    return ontology.check_class(type_)


def relationship_type(predicate: str) -> str:
    """The relationship type of an ontology relation: ``dismissed`` → ``DISMISSED``."""
    if not isinstance(predicate, str) or not _PREDICATE.match(predicate):
        raise OntologyError(f"predicate {predicate!r} is not a lower_snake_case ontology relation name")
    return ontology.check_predicate(predicate).upper()


def _lap(report: LoadReport, phase: str, since: float) -> float:
    now = time.perf_counter()
    report.phases[phase] = now - since
    return now


def _why(error: Exception) -> str:
    if isinstance(error, KeyError):
        return f"missing field {error.args[0]!r}"
    return str(error)


# ---------- Cypher: only checked labels and types are put into the text ----------


def _entity_cypher(label: str) -> str:
    others = [c for c in ontology.classes() if c not in (label, "Article", "Entity", "Statement") and _LABEL.match(c)]
    # The old class label goes only when the type changed (REMOVE on every row doubled the cost).
    relabel = (f"FOREACH (_ IN CASE WHEN e.type IS NOT NULL AND e.type <> row.type THEN [1] ELSE [] END | "
               f"REMOVE e:{':'.join(others)}) ") if others else ""
    return (
        "UNWIND $rows AS row "
        "MERGE (e:Entity {id: row.id}) "
        f"{relabel}"
        "WITH e, row, [d IN row.docs WHERE NOT d IN coalesce(e.docs, [])] AS new_docs, "
        "     [i IN range(0, size(coalesce(e.aliases, [])) - 1) | [e.aliases[i], e.alias_langs[i]]] AS old_pairs "
        "WITH e, row, new_docs, [p IN row.alias_pairs WHERE NOT p IN old_pairs] AS new_pairs "
        f"SET e:{label}, e.name = row.name, e.type = row.type, "
        "    e.aliases = coalesce(e.aliases, []) + [p IN new_pairs | p[0]], "
        "    e.alias_langs = coalesce(e.alias_langs, []) + [p IN new_pairs | p[1]], "
        "    e.docs = coalesce(e.docs, []) + new_docs, "
        # Scores from `kg analyze --write` on this build; none saved removes stale ones.
        "    e.degree = row.degree, e.pagerank = row.pagerank, e.betweenness = row.betweenness, "
        "    e.community = row.community, e.component = row.component, "
        # Mentions add up over new documents; a reload of known documents keeps the larger count.
        "    e.mentions = CASE WHEN e.mentions IS NULL THEN row.mentions "
        "                      WHEN size(new_docs) > 0 THEN e.mentions + row.mentions "
        "                      WHEN row.mentions > e.mentions THEN row.mentions ELSE e.mentions END "
        # Articles are written first, so each of the entity's documents has its node.
        "WITH e, row UNWIND row.docs AS doc "
        "MATCH (a:Article {id: doc}) "
        f"MERGE (a)-[:{MENTIONS}]->(e)"
    )


def _triple_cypher(rel_type: str, create: bool = False) -> str:
    # MERGE locks both ends, so two loads cannot create the same key twice; a key-uniqueness
    # constraint per type was measured ~40 % slower and adds nothing to that. Into an empty database
    # the rows (one per key) are simply created.
    write = f"CREATE (s)-[r:{rel_type}]->(o) SET r.key = row.key, " if create else f"MERGE (s)-[r:{rel_type} {{key: row.key}}]->(o) SET "
    return (
        "UNWIND $rows AS row "
        "MATCH (s:Entity {id: row.s}) MATCH (o:Entity {id: row.o}) "
        f"{write}"
        # Named properties, not `SET r += map`: a map could overwrite `key`, which forces an Eager plan.
        f"{', '.join(f'r.{name} = row.{name}' for name in TRIPLE_PROPERTIES)}"
    )


def _entity_create(label: str) -> str:
    """Entities into an empty database: the properties ``_entity_cypher`` ends with, without reading any back."""
    return (
        "UNWIND $rows AS row "
        f"CREATE (e:Entity:{label} {{id: row.id, name: row.name, type: row.type, "
        "aliases: [p IN row.alias_pairs | p[0]], alias_langs: [p IN row.alias_pairs | p[1]], docs: row.docs, "
        "mentions: row.mentions, degree: row.degree, pagerank: row.pagerank, betweenness: row.betweenness, "
        "community: row.community, component: row.component}) "
        "WITH e, row UNWIND row.docs AS doc "
        "MATCH (a:Article {id: doc}) "
        f"CREATE (a)-[:{MENTIONS}]->(e)"
    )


_ARTICLE_CYPHER = "UNWIND $rows AS row MERGE (a:Article {id: row.id}) SET a += row.props"
_ARTICLE_CREATE = "UNWIND $rows AS row CREATE (a:Article) SET a += row.props, a.id = row.id"
_MENTION_CREATE = (
    "UNWIND $rows AS row "
    "MATCH (a:Article {id: row.a}) MATCH (e:Entity {id: row.e}) "
    f"CREATE (a)-[:{MENTIONS}]->(e)"
)
_MENTION_CYPHER = (
    "UNWIND $rows AS row "
    "MATCH (a:Article {id: row.a}) MATCH (e:Entity {id: row.e}) "
    f"MERGE (a)-[:{MENTIONS}]->(e)"
)


# ---------- the driver ----------


URI_SCHEMES = ("bolt", "bolt+s", "bolt+ssc", "neo4j", "neo4j+s", "neo4j+ssc")


def check_uri(uri: str) -> str:
    """``uri`` if its scheme is one the Neo4j driver speaks, else UsageError (an http:// address, a typo).

    >>> check_uri("bolt://localhost:7687")
    'bolt://localhost:7687'
    """
    scheme = uri.partition("://")[0].lower() if "://" in uri else ""
    if scheme not in URI_SCHEMES:
        raise UsageError(f"bad Neo4j URI {uri!r}: the scheme must be one of {', '.join(s + '://' for s in URI_SCHEMES)} (e.g. bolt://localhost:7687)")
    return uri


def _driver(uri: str, user: str, password: str):
    check_uri(uri)
    import neo4j

    try:
        driver = neo4j.GraphDatabase.driver(uri, auth=(user, password))
    except (ValueError, neo4j.exceptions.DriverError) as error:
        raise StoreError(f"cannot use Neo4j URI {uri!r}: {error}") from None
    try:
        # Fails at once on a wrong address or password (the retries of a write would take a minute).
        _guarded(driver.verify_connectivity, uri)
    except StoreError:
        driver.close()
        raise
    return driver


def _guarded(call, uri: str = "the server"):
    import neo4j.exceptions as ne

    try:
        return call()
    except ne.AuthError as error:
        raise StoreError(f"Neo4j at {uri} refused the login: {error.message}; set NEO4J_PASSWORD (and --user)") from None
    except ne.ServiceUnavailable as error:
        raise StoreError(f"cannot reach Neo4j at {uri}: {' '.join(str(error).split())}") from None
    except ne.Neo4jError as error:
        raise StoreError(f"Neo4j refused the query: {error.message or error}") from None
    except ne.DriverError as error:
        raise StoreError(f"Neo4j driver error: {error}") from None


class _Writer:
    """A session on one server: write transactions (retried by the driver) whose errors name the server."""

    def __init__(self, session, uri: str, shown=None):
        self.session, self.uri, self.shown = session, uri, shown

    def write(self, cypher: str, **params) -> None:
        _guarded(lambda: self.session.execute_write(_run, cypher, params), self.uri)

    def count(self, cypher: str, **params) -> int:
        return _guarded(lambda: self.session.execute_write(_count, cypher, params), self.uri)

    def batched(self, cypher: str, rows: list[dict], batch_size: int) -> None:
        """One write transaction per batch of rows, bound to ``$rows``."""
        for start in range(0, len(rows), batch_size):
            batch = rows[start : start + batch_size]
            self.write(cypher, rows=batch)
            if self.shown is not None:
                self.shown.update(len(batch))

    def wipe(self) -> None:
        """Delete every relationship, then every node, in bounded transactions (a dense node's edges go first)."""
        for cypher in ("MATCH ()-[r]->() WITH r LIMIT $limit DELETE r RETURN count(*)",
                       "MATCH (n) WITH n LIMIT $limit DETACH DELETE n RETURN count(*)"):
            while self.count(cypher, limit=WIPE_BATCH):
                pass


def _run(tx, cypher: str, params: dict) -> None:
    tx.run(cypher, params).consume()


def _count(tx, cypher: str, params: dict) -> int:
    return tx.run(cypher, params).single(strict=True)[0]


def _plain(value):
    """A driver value as plain Python: nodes and relationships as property dicts, temporal values as ISO text."""
    from neo4j.graph import Node, Path as GraphPath, Relationship

    if isinstance(value, Node):
        return {"_labels": sorted(value.labels), **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, Relationship):
        return {"_type": value.type, **{k: _plain(v) for k, v in value.items()}}
    if isinstance(value, GraphPath):
        items = [value.nodes[0]]
        for rel, node in zip(value.relationships, value.nodes[1:]):
            items += [rel, node]
        return [_plain(item) for item in items]
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    return value
