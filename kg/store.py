"""The embedded graph store: a Kùzu database inside the build folder, queried with Cypher, no server.

Node tables are ontology class names (plus ``Article``), relationship tables the upper-cased predicates,
so ``MATCH (p:Person)-[:DISMISSED]->(o) RETURN p.name, o.name`` runs unchanged here and on Neo4j.
The store is always written whole into a temporary file and renamed into place, never updated in place.
"""

from __future__ import annotations

import errno
import os
import re
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from kg import ontology
from kg.errors import OntologyError, ResourceError, StoreError
from kg.records import Entity, Triple

STORE_NAME = "graph.kuzu"
_LABEL = re.compile(r"^[A-Z][A-Za-z0-9]*$")
_PREDICATE = re.compile(r"^[a-z][a-z0-9_]*$")

_NODE_COLUMNS = "id STRING, name STRING, type STRING, aliases STRING[], alias_langs STRING[], mentions INT64, docs STRING[], PRIMARY KEY(id)"
# Graph scores from `kg analyze --write` (kg.analyze); null in a store written by `kg build`.
_SCORE_COLUMNS = {"degree": "INT64", "pagerank": "DOUBLE", "betweenness": "DOUBLE", "community": "INT64", "component": "INT64"}
_EDGE_COLUMNS = "doc_id STRING, evidence STRING, sentence_start INT64, sentence_end INT64, lang STRING, date STRING, confidence DOUBLE, role STRING, verb STRING"
_ARTICLE_COLUMNS = ("id", "title", "url", "date", "lang", "source")


def relationship_type(predicate: str) -> str:
    """The relationship type of an ontology property: ``dismissed`` → ``DISMISSED``.

    Labels and types cannot be Cypher parameters, so only names the ontology defines reach query text.
    """
    try:
        if not _PREDICATE.match(predicate):
            raise OntologyError(f"predicate {predicate!r} is not a lower_snake_case property name")
        ontology.check_predicate(predicate)
    except OntologyError as error:
        raise StoreError(str(error)) from None
    return predicate.upper()


def node_label(type_: str) -> str:
    """The node label of an entity type: the ontology class name itself (never ``Article``)."""
    try:
        if not _LABEL.match(type_) or type_ == "Article":
            raise OntologyError(f"entity type {type_!r} is not an entity class name")
        ontology.check_class(type_)
    except OntologyError as error:
        raise StoreError(str(error)) from None
    return type_


def write_store(path: Path, triples: Iterable[Triple], entities: Iterable[Entity], articles: Iterable[dict],
                scores: dict[str, dict] | None = None) -> None:
    """Write the whole graph to a new Kùzu database at ``path`` (replacing any old one atomically).

    ``triples`` are read once, as a stream: each relationship table is spooled to a Parquet file beside the
    store (a bounded buffer in memory) and bulk-copied from there, so memory does not grow with the triples.
    ``scores`` (entity ID → ``degree``, ``pagerank``, ``betweenness``, ``community``, ``component``, as
    :func:`kg.analyze.analyze` computes them) fill the node properties of those names; they are null without.
    """
    import kuzu

    path = Path(path)
    entities, articles = list(entities), list(articles)
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    spool = path.with_name(f".{path.name}.spool{os.getpid()}")
    _remove(tmp)
    _remove(spool)
    spool.mkdir()
    try:
        label_of = {e.id: node_label(e.type) for e in entities}
        edges, mentions, data = _spool_edges(triples, label_of, spool)
        tables = len({e.type for e in entities}) + len({rel for rel, _, _ in edges}) + 2
        _check_space(path.parent, tables, data + sum(len(e.name) + 100 for e in entities))
        db = _open(tmp)
        conn = kuzu.Connection(db)
        try:
            _load(conn, edges, mentions, entities, articles, scores or {})
            conn.execute("CHECKPOINT")
        except RuntimeError as error:
            raise StoreError(f"{path}: the embedded store refused the graph: {error}") from error
        finally:
            conn.close()
            db.close()
    except BaseException:
        _remove(tmp)
        raise
    finally:
        _remove(spool)
    _remove(path)
    os.replace(tmp, path)


_SPOOL_ROWS = 20_000  # relationship rows buffered in memory before they go to their Parquet files


def _spool_edges(triples: Iterable[Triple], label_of: dict[str, str], spool: Path):
    """Write each (type, source label, target label) group of relationships to its own Parquet file.

    Returns the files by group, the (article, entity) pairs by entity label (for MENTIONS) and the bytes of
    data seen (for the free-space check).
    """
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = pa.schema([("from", pa.string()), ("to", pa.string()), *_edge_types().items()])
    writers: dict[tuple[str, str, str], pq.ParquetWriter] = {}
    files: dict[tuple[str, str, str], Path] = {}
    buffers: dict[tuple[str, str, str], list[Triple]] = defaultdict(list)
    mentions: dict[str, set[tuple[str, str]]] = defaultdict(set)
    buffered = data = 0

    def flush() -> None:
        for group, rows in buffers.items():
            if group not in writers:
                files[group] = spool / f"{len(files)}.parquet"
                writers[group] = pq.ParquetWriter(files[group], schema)
            columns = {"from": [t.subject.id for t in rows], "to": [t.object.id for t in rows]}
            provenance = [t.provenance() for t in rows]
            for name in schema.names[2:]:
                columns[name] = [row[name] for row in provenance]
            writers[group].write_table(pa.table(columns, schema=schema))
        buffers.clear()

    try:
        for t in triples:
            for node in (t.subject, t.object):
                if node.id not in label_of:
                    raise StoreError(f"triple in {t.doc_id} names entity {node.id!r}, which is not in the entity list")
                mentions[label_of[node.id]].add((t.doc_id, node.id))
            buffers[(relationship_type(t.predicate), label_of[t.subject.id], label_of[t.object.id])].append(t)
            data += len(t.evidence) + 200
            buffered += 1
            if buffered >= _SPOOL_ROWS:
                flush()
                buffered = 0
        flush()
    finally:
        for writer in writers.values():
            writer.close()
    return files, mentions, data


# Kùzu (0.11.3) spins forever when the disk fills up under it, so the free space is checked first. A store
# takes about 4-10 MB plus 0.4 MB per node or relationship table, plus its data (measured; doubled here).
_BASE_BYTES = 6 << 20
_TABLE_BYTES = 1 << 19


def _check_space(folder: Path, tables: int, data: int) -> None:
    needed = _BASE_BYTES + _TABLE_BYTES * tables + 4 * data
    vfs = os.statvfs(folder)
    free = vfs.f_bavail * vfs.f_frsize
    if free < needed:
        raise OSError(errno.ENOSPC, f"No space left on device: the embedded store needs about {needed / 2**20:.0f} MB, {free / 2**20:.0f} MB free", str(folder))


def _open(path: Path, read_only: bool = False):
    """A Kùzu database; its refusals (memory map failed, no space, permission) as kg errors."""
    import kuzu

    try:
        return kuzu.Database(str(path), read_only=read_only)
    except RuntimeError as error:
        message = " ".join(str(error).split())
        if any(word in message.lower() for word in ("mmap", "memory", "space", "permission", "read-only")):
            raise ResourceError(f"{path}: the embedded store could not open: {message}") from None
        raise StoreError(f"{path}: the embedded store could not open: {message}") from None


def query(out_dir: str | Path, cypher: str, params: dict | None = None) -> tuple[list[str], list[list]]:
    """Run Cypher on a build's embedded store; returns column names and rows.

    >>> query("out", "MATCH (p:Person)-[:DISMISSED]->(o) RETURN p.name, o.name")  # doctest: +SKIP
    (['p.name', 'o.name'], [['Kassym-Jomart Tokayev', 'Karim Massimov']])
    """
    import kuzu

    path = Path(out_dir) / STORE_NAME
    if not path.exists():
        raise StoreError(f"{out_dir}: no embedded store ({STORE_NAME}); run 'kg build ... -o {out_dir}' first")
    db = _open(path, read_only=True)
    conn = kuzu.Connection(db)
    try:
        result = conn.execute(cypher, params or {})
        columns = result.get_column_names()
        rows = []
        while result.has_next():
            rows.append(result.get_next())
        return columns, rows
    except RuntimeError as error:
        raise StoreError(f"query failed: {str(error).strip()}") from None
    finally:
        conn.close()
        db.close()


def _edge_types() -> dict:
    import pyarrow as pa

    return {
        "doc_id": pa.string(), "evidence": pa.string(), "sentence_start": pa.int64(), "sentence_end": pa.int64(),
        "lang": pa.string(), "date": pa.string(), "confidence": pa.float64(), "role": pa.string(),
        "verb": pa.string(),
    }


def _load(conn, edges: dict[tuple[str, str, str], Path], mentions: dict[str, set[tuple[str, str]]],
          entities: list[Entity], articles: list[dict], scores: dict[str, dict]) -> None:
    """Create the schema the graph needs, then bulk-copy each table (COPY ... FROM Arrow tables and Parquet files)."""
    import pyarrow as pa

    by_label: dict[str, list[Entity]] = defaultdict(list)
    for e in entities:
        by_label[node_label(e.type)].append(e)
    for label, group in by_label.items():
        score_columns = "".join(f", {name} {kind}" for name, kind in _SCORE_COLUMNS.items())
        conn.execute(f"CREATE NODE TABLE `{label}`({_NODE_COLUMNS.replace(', PRIMARY KEY', score_columns + ', PRIMARY KEY')})")
        nodes = pa.table(  # noqa: F841 - COPY reads the local variable by name
            {
                "id": [e.id for e in group],
                "name": [e.name for e in group],
                "type": [e.type for e in group],
                "aliases": pa.array([[a.text for a in e.aliases] for e in group], pa.list_(pa.string())),
                "alias_langs": pa.array([[a.lang for a in e.aliases] for e in group], pa.list_(pa.string())),
                "mentions": pa.array([e.mentions for e in group], pa.int64()),
                "docs": pa.array([list(e.docs) for e in group], pa.list_(pa.string())),
                **{name: pa.array([scores.get(e.id, {}).get(name) for e in group], pa.int64() if kind == "INT64" else pa.float64())
                   for name, kind in _SCORE_COLUMNS.items()},
            }
        )
        conn.execute(f"COPY `{label}` FROM nodes")
    conn.execute("CREATE NODE TABLE Article(id STRING, title STRING, url STRING, date STRING, lang STRING, source STRING, PRIMARY KEY(id))")
    if articles:
        docs = pa.table({k: pa.array([a.get(k) for a in articles], pa.string()) for k in _ARTICLE_COLUMNS})  # noqa: F841
        conn.execute("COPY Article FROM docs")

    pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for rel, src, dst in edges:
        pairs[rel].add((src, dst))
    for rel, ends in pairs.items():
        spec = ", ".join(f"FROM `{s}` TO `{d}`" for s, d in sorted(ends))
        conn.execute(f"CREATE REL TABLE `{rel}`({spec}, {_EDGE_COLUMNS})")
    for (rel, src, dst), file in edges.items():
        # labels and type are checked names; the path (in the user's folder) is escaped as a string literal
        conn.execute(f"COPY `{rel}` FROM {_literal(str(file))} (from='{src}', to='{dst}')")
    if mentions:
        known = {a["id"] for a in articles}
        spec = ", ".join(f"FROM Article TO `{label}`" for label in sorted(mentions))
        conn.execute(f"CREATE REL TABLE MENTIONS({spec})")
        for label, found in mentions.items():
            kept = sorted(link for link in found if link[0] in known)
            if kept:
                links = pa.table({"from": [d for d, _ in kept], "to": [e for _, e in kept]})  # noqa: F841
                conn.execute(f"COPY MENTIONS FROM links (from='Article', to='{label}')")


def _literal(text: str) -> str:
    r"""A Cypher string literal for Kùzu: backslashes and quotes escaped.

    >>> print(_literal("/tmp/o'neil\\x"))
    '/tmp/o\'neil\\x'
    """
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _remove(path: Path) -> None:
    for p in (path, path.with_name(path.name + ".wal")):
        if p.is_dir():
            import shutil

            shutil.rmtree(p)
        elif p.exists():
            p.unlink()
