"""Mapping kg records to RDF, the exports (Turtle, TriG, N-Quads, N-Triples, JSON-LD, GraphML) and SHACL validation.

How a build maps to RDF
-----------------------
* An entity (``kg.records.Entity``) becomes the IRI ``https://w3id.org/kg/id/<id>``, its ID percent-escaped
  (every character outside ``A-Za-z0-9-._~`` as UTF-8 ``%XX``, and ``.``/``..`` escaped too so no IRI
  normaliser can collapse it), never pasted raw. It gets ``rdf:type kg:<Class>``, one ``rdfs:label`` in
  English (its canonical name) plus one per other language it was seen in (the alias in that language),
  ``skos:altLabel`` for the other aliases with their language tags, ``kg:mentions`` and ``kg:mentionedIn``.
* An article ``doc_id`` becomes ``https://w3id.org/kg/doc/<doc_id escaped>``, a ``kg:Article``
  (⊑ ``schema:NewsArticle``, ``prov:Entity``).
* A triple (``kg.records.Triple``) becomes the direct statement ``<subject> kg:<predicate> <object>``, so
  plain SPARQL and any RDF tool see the fact, **plus** a ``kg:Statement`` node (``rdf:Statement``
  reification, ``prov:Entity``) naming subject, predicate and object and carrying the provenance:
  ``prov:wasDerivedFrom`` the article, ``kg:evidence`` (the sentence, tagged with its language),
  ``kg:sentenceStart``/``kg:sentenceEnd`` (character offsets), ``kg:date`` (``xsd:date``),
  ``kg:confidence`` (``xsd:decimal`` in [0, 1]) and, for ``holds_role``, ``kg:role`` (for ``related``, ``kg:verb``). Its IRI
  ``https://w3id.org/kg/statement/<hash>`` is a hash of what the statement says and where, so rebuilding
  the same articles gives the same IRIs.
* Graphs: the direct statements and their statement nodes go into a **named graph per article**, named by
  the article's IRI; entities and article descriptions go into the default graph. TriG and N-Quads keep
  the graphs; Turtle and N-Triples hold the union.

Why named graphs plus reification and not RDF 1.2 triple terms: every RDF 1.1 tool reads it today
(rdflib — which kg uses for JSON-LD, SHACL and its Python API — Jena, GraphDB, Neo4j's n10s), nothing is
lost when a consumer flattens the graphs (the statement node still points at its article), one article's
claims can be loaded, replaced or dropped as a unit, and the same fact reported by two articles is one
direct triple in two graphs with two provenance nodes. Triple terms would need RDF 1.2 support
that rdflib and most stores do not have yet.

Writing: Turtle/TriG/N-Quads/N-Triples stream through pyoxigraph (records in, bytes out, memory bounded by
the number of distinct entities and articles, not by the output); JSON-LD goes through rdflib and GraphML
through networkx (:mod:`kg.network`), which both build the whole graph in memory.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import secrets
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, starmap
from pathlib import Path
from urllib.parse import quote, unquote

from kg import ontology
from kg.errors import InputError, KGError
from kg.records import Entity, Node, Triple

ID = "https://w3id.org/kg/id/"
DOC = "https://w3id.org/kg/doc/"
STATEMENT = "https://w3id.org/kg/statement/"
KG = ontology.NS

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
SH = "http://www.w3.org/ns/shacl#"
DCTERMS = "http://purl.org/dc/terms/"

PREFIXES = {
    "kg": KG,
    "kgid": ID,
    "doc": DOC,
    "st": STATEMENT,
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "skos": SKOS,
    "prov": PROV,
    "dcterms": DCTERMS,
}

FORMATS = ("ttl", "trig", "nq", "nt", "jsonld", "graphml")
EXTENSIONS = {"ttl": "ttl", "trig": "trig", "nq": "nq", "nt": "nt", "jsonld": "jsonld", "graphml": "graphml"}
_DATASET_FORMATS = {"trig", "nq"}
_LANG_TAG = re.compile(r"^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$")


# ---------- IRIs ----------


def _segment(value: str) -> str:
    escaped = quote(value, safe="")
    if escaped.strip(".") == "":  # "", "." and ".." would vanish under IRI dot-segment removal
        escaped = escaped.replace(".", "%2E")
    elif escaped.endswith("."):  # a Turtle/TriG prefixed name cannot end in "." (doc:abc. would end the statement)
        escaped = escaped[:-1] + "%2E"
    return escaped


def entity_iri(entity_id: str) -> str:
    """The IRI of an entity: its ID percent-escaped under ``https://w3id.org/kg/id/``.

    >>> entity_iri("Q1 <x> #y")
    'https://w3id.org/kg/id/Q1%20%3Cx%3E%20%23y'
    """
    if not entity_id:
        raise KGError("an entity needs a non-empty id to get an IRI")
    return ID + _segment(entity_id)


def entity_id(iri: str) -> str:
    """The entity ID back from an IRI made by :func:`entity_iri`."""
    if not iri.startswith(ID):
        raise KGError(f"not a kg entity IRI: {iri!r} (expected it to start with {ID})")
    return unquote(iri[len(ID):])


def article_iri(doc_id: str) -> str:
    """The IRI of an article (and of the named graph of its statements)."""
    return DOC + _segment(doc_id)


def node_id(node: Node) -> str:
    """The ID a triple's node is known by: the resolver's ID, else its class and name (an unresolved node)."""
    return node.id or f"{node.type}/{node.name}"


def statement_iri(triple: Triple) -> str:
    """A stable IRI for one extracted statement: a hash of what it says and where it was said."""
    key = "\x1f".join(
        (
            triple.doc_id,
            node_id(triple.subject),
            triple.predicate,
            node_id(triple.object),
            str(triple.sentence_start),
            str(triple.sentence_end),
            triple.role or "",
            triple.verb or "",
        )
    )
    return STATEMENT + hashlib.blake2b(key.encode("utf-8"), digest_size=12).hexdigest()


def _decimal(value: float) -> str:
    text = f"{value:.3f}".rstrip("0")
    return text + "0" if text.endswith(".") else text


def _lang(tag: str | None) -> str | None:
    return tag if tag and _LANG_TAG.match(tag) else None


# ---------- the mapping, written once for two term back-ends ----------


class _Terms:
    """The terms the mapping needs, made by one back-end (pyoxigraph for writing, rdflib for the Python API).

    Terms that repeat (vocabulary, entities, articles, predicates) are made once and cached; statement IRIs
    and per-sentence literals are not.
    """

    def __init__(self, named_node, literal, default_graph, lang_kw: str):
        self._named_node, self._literal, self._lang_kw = named_node, literal, lang_kw
        self.default = default_graph
        n = named_node
        self.TYPE, self.LABEL, self.ALT = n(RDF + "type"), n(RDFS + "label"), n(SKOS + "altLabel")
        self.SUBJECT, self.PREDICATE, self.OBJECT = n(RDF + "subject"), n(RDF + "predicate"), n(RDF + "object")
        self.DERIVED = n(PROV + "wasDerivedFrom")
        self.STATEMENT, self.ARTICLE = n(KG + "Statement"), n(KG + "Article")
        self.EVIDENCE, self.START, self.END = n(KG + "evidence"), n(KG + "sentenceStart"), n(KG + "sentenceEnd")
        self.CONFIDENCE, self.DATE, self.ROLE = n(KG + "confidence"), n(KG + "date"), n(KG + "role")
        self.VERB = n(KG + "verb")
        self.MENTIONS, self.MENTIONED_IN = n(KG + "mentions"), n(KG + "mentionedIn")
        self.ENTITY_ID, self.DOCUMENT_ID = n(KG + "entityId"), n(KG + "documentId")
        self.NON_NEG, self.DECIMAL, self.XDATE = n(XSD + "nonNegativeInteger"), n(XSD + "decimal"), n(XSD + "date")
        self.XDATETIME, self.ANY_URI = n(XSD + "dateTime"), n(XSD + "anyURI")
        self.TITLE, self.ISSUED, self.LANGUAGE, self.SOURCE = n(DCTERMS + "title"), n(DCTERMS + "issued"), n(DCTERMS + "language"), n(DCTERMS + "source")
        self._entities: dict[str, object] = {}
        self._articles: dict[str, object] = {}
        self._predicates: dict[str, object] = {}
        self._classes: dict[str, object] = {}
        self._last_text: tuple = (None, None, None)

    def entity(self, key: str):
        node = self._entities.get(key)
        if node is None:
            node = self._entities[key] = self._named_node(entity_iri(key))
        return node

    def article(self, doc_id: str):
        node = self._articles.get(doc_id)
        if node is None:
            node = self._articles[doc_id] = self._named_node(article_iri(doc_id))
        return node

    def predicate(self, name: str):
        node = self._predicates.get(name)
        if node is None:
            node = self._predicates[name] = self._named_node(KG + ontology.check_predicate(name))
        return node

    def cls(self, name: str):
        node = self._classes.get(name)
        if node is None:
            node = self._classes[name] = self._named_node(KG + ontology.check_class(name))
        return node

    def iri(self, value: str):
        return self._named_node(value)

    def text(self, value: str, lang: str | None = None):
        last = self._last_text
        if value == last[0] and lang == last[1]:  # the triples of one sentence share its evidence literal
            return last[2]
        literal = self._literal(value, **{self._lang_kw: lang}) if lang else self._literal(value)
        self._last_text = (value, lang, literal)
        return literal

    def typed(self, value: str, datatype):
        return self._literal(value, datatype=datatype)


def _oxigraph_terms() -> _Terms:
    import pyoxigraph as ox

    return _Terms(ox.NamedNode, ox.Literal, ox.DefaultGraph(), "language")


def _rdflib_terms() -> _Terms:
    from rdflib import Literal, URIRef
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    return _Terms(URIRef, Literal, DATASET_DEFAULT_GRAPH_ID, "lang")


def _entity_statements(t: _Terms, entity: Entity) -> list[tuple]:
    s, d = t.entity(entity.id), t.default
    rows = [
        (s, t.TYPE, t.cls(entity.type), d),
        (s, t.ENTITY_ID, t.text(entity.id), d),
        (s, t.LABEL, t.text(entity.name, "en"), d),
    ]
    by_lang: dict[str | None, list[str]] = {}
    for alias in entity.aliases:
        by_lang.setdefault(_lang(alias.lang), []).append(alias.text)
    for lang, texts in by_lang.items():
        if lang and lang != "en":
            # the label in a source language: the English name when that language uses it, else its first alias
            preferred = entity.name if entity.name in texts else texts[0]
            rows.append((s, t.LABEL, t.text(preferred, lang), d))
        else:
            preferred = entity.name if lang == "en" else None
        rows.extend((s, t.ALT, t.text(text, lang), d) for text in dict.fromkeys(texts) if text != preferred)
    rows.append((s, t.MENTIONS, t.typed(str(max(entity.mentions, 0)), t.NON_NEG), d))
    rows.extend((s, t.MENTIONED_IN, t.article(doc), d) for doc in entity.docs)
    return rows


def _node_statements(t: _Terms, node: Node, lang: str) -> list[tuple]:
    """A node no entity record describes: its class, its English name, its surface forms."""
    s, d = t.entity(node_id(node)), t.default
    rows = [(s, t.TYPE, t.cls(node.type), d), (s, t.LABEL, t.text(node.name, "en"), d)]
    tag = _lang(lang)
    rows.extend(
        (s, t.ALT, t.text(alias, tag), d) for alias in dict.fromkeys(node.aliases) if alias != node.name or (tag and tag != "en")
    )
    return rows


def _article_statements(t: _Terms, doc_id: str, record: dict | None = None) -> list[tuple]:
    """An article: its class and ID, and from its ``articles.jsonl`` record (if any) title, date, language, address."""
    a, d = t.article(doc_id), t.default
    rows = [(a, t.TYPE, t.ARTICLE, d), (a, t.DOCUMENT_ID, t.text(doc_id), d)]
    if record:
        lang = _lang(record.get("lang"))
        if record.get("title"):
            rows.append((a, t.TITLE, t.text(str(record["title"]), lang), d))
        if record.get("date"):
            day = str(record["date"])
            rows.append((a, t.ISSUED, t.typed(day, t.XDATETIME if "T" in day else t.XDATE), d))
        if lang:
            rows.append((a, t.LANGUAGE, t.text(lang), d))
        if record.get("url"):  # a literal, not an IRI: an address from the wild need not be a valid IRI
            rows.append((a, t.SOURCE, t.typed(str(record["url"]), t.ANY_URI), d))
    return rows


def _triple_statements(t: _Terms, triple: Triple) -> list[tuple]:
    g = t.article(triple.doc_id)
    s = t.entity(node_id(triple.subject))
    p = t.predicate(triple.predicate)
    o = t.entity(node_id(triple.object))
    st = t.iri(statement_iri(triple))
    rows = [
        (s, p, o, g),
        (st, t.TYPE, t.STATEMENT, g),
        (st, t.SUBJECT, s, g),
        (st, t.PREDICATE, p, g),
        (st, t.OBJECT, o, g),
        (st, t.DERIVED, g, g),
        (st, t.EVIDENCE, t.text(triple.evidence, _lang(triple.lang)), g),
        (st, t.START, t.typed(str(triple.sentence_start), t.NON_NEG), g),
        (st, t.END, t.typed(str(triple.sentence_end), t.NON_NEG), g),
        (st, t.CONFIDENCE, t.typed(_decimal(triple.confidence), t.DECIMAL), g),
    ]
    if triple.date:
        rows.append((st, t.DATE, t.typed(triple.date, t.XDATE), g))
    if triple.role:
        rows.append((st, t.ROLE, t.text(triple.role, "en"), g))
    if triple.verb:
        rows.append((st, t.VERB, t.text(triple.verb, "en"), g))
    return rows


def _statements(t: _Terms, triples: Iterable[Triple], entities: Iterable[Entity], articles: Iterable[dict] = ()) -> Iterator[list[tuple]]:
    """The RDF statements of a build as (s, p, o, graph) rows, a list per record, streaming over ``triples``.

    Entities are held in memory (they are few); the sets of entities and articles already described
    are the only state that grows.
    """
    described: set[str] = set()
    seen_articles: set[str] = set()
    for record in articles:
        if record.get("id") and record["id"] not in seen_articles:
            seen_articles.add(record["id"])
            yield _article_statements(t, record["id"], record)
    for entity in entities:
        if entity.id in described:
            continue
        described.add(entity.id)
        yield _entity_statements(t, entity)
        for doc in entity.docs:
            if doc not in seen_articles:
                seen_articles.add(doc)
                yield _article_statements(t, doc)
    for triple in triples:
        if triple.doc_id not in seen_articles:
            seen_articles.add(triple.doc_id)
            yield _article_statements(t, triple.doc_id)
        for node in (triple.subject, triple.object):
            key = node_id(node)
            if key not in described:
                described.add(key)
                yield _node_statements(t, node, triple.lang)
        yield _triple_statements(t, triple)


# ---------- Python API ----------


def graph(triples: Iterable[Triple], entities: Iterable[Entity] = (), articles: Iterable[dict] = ()):
    """The build as one ``rdflib.Graph`` (the union of the article graphs and the default graph).

    >>> from kg.records import Node, Triple
    >>> t = Triple("d1", Node("Ann Lee", "Person", id="ann"), "met", Node("Bo Ng", "Person", id="bo"), "Ann Lee met Bo Ng.", 0, 18, "en")
    >>> g = graph([t])
    >>> from rdflib import URIRef
    >>> (URIRef(entity_iri("ann")), URIRef(KG + "met"), URIRef(entity_iri("bo"))) in g
    True
    """
    from rdflib import Graph

    g = Graph()
    _bind(g)
    with _quiet_rdflib():
        for rows in _statements(_rdflib_terms(), triples, entities, articles):
            for s, p, o, _ in rows:
                g.add((s, p, o))
    return g


def dataset(triples: Iterable[Triple], entities: Iterable[Entity] = (), articles: Iterable[dict] = ()):
    """The build as an ``rdflib.Dataset``: one named graph per article, entities in the default graph."""
    from rdflib import Dataset

    ds = Dataset()
    _bind(ds)
    with _quiet_rdflib():
        for rows in _statements(_rdflib_terms(), triples, entities, articles):
            ds.addN(rows)
    return ds


@contextmanager
def _quiet_rdflib():
    """rdflib logs a traceback for every ill-formed typed literal (a bad date); SHACL reports those in plain words."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _bind(g) -> None:
    for prefix, ns in PREFIXES.items():
        g.bind(prefix, ns, override=True)


def write(
    triples: Iterable[Triple], entities: Iterable[Entity], path: str | os.PathLike, format: str, articles: Iterable[dict] = ()
) -> Path:
    """Write a build to ``path`` in ``format`` (one of :data:`FORMATS`), atomically: a temporary file is
    renamed into place only when everything was written, so a failure leaves no half-written file.
    ``articles`` are the article records of ``articles.jsonl`` (id, title, date, lang, url), optional.

    ttl, trig, nq and nt stream through pyoxigraph; jsonld (rdflib) and graphml (networkx) are built in memory.
    """
    if format not in FORMATS:
        raise KGError(f"unknown export format {format!r}; supported: {', '.join(FORMATS)}")
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    # created with mode 0666 less the umask, like every other file kg writes (mkstemp would make it 0600)
    handle = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | os.O_CLOEXEC, 0o666)
    try:
        with os.fdopen(handle, "wb") as out:
            if format == "jsonld":
                out.write(_jsonld(dataset(triples, entities, articles)))
            elif format == "graphml":
                from kg import network

                network.write_graphml(network.to_networkx(triples, entities), out)
            else:
                _write_oxigraph(triples, entities, articles, out, format)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path


def _jsonld(data) -> bytes:
    """JSON-LD of a dataset, with the default graph's nodes at the top level.

    rdflib wraps the default graph in a ``{"@graph": [...]}`` object without ``@id``, which other JSON-LD
    processors (pyoxigraph, the JSON-LD playground) read as a graph named by a blank node.
    """
    doc = json.loads(data.serialize(format="json-ld", context=dict(PREFIXES)))
    if isinstance(doc, dict) and isinstance(doc.get("@graph"), list):
        items = []
        for item in doc["@graph"]:
            if isinstance(item, dict) and "@graph" in item and "@id" not in item:
                items.extend(item["@graph"])
            else:
                items.append(item)
        doc["@graph"] = items
    return json.dumps(doc, ensure_ascii=False, indent=1).encode("utf-8")


def _write_oxigraph(triples, entities, articles, out, format: str) -> None:
    import pyoxigraph as ox

    fmt = {"ttl": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "nq": ox.RdfFormat.N_QUADS, "nt": ox.RdfFormat.N_TRIPLES}[format]
    rows = chain.from_iterable(_statements(_oxigraph_terms(), triples, entities, articles))
    if format in _DATASET_FORMATS:
        records = starmap(ox.Quad, rows)
    else:
        make = ox.Triple
        records = (make(s, p, o) for s, p, o, _ in rows)
    prefixes = PREFIXES if format in ("ttl", "trig") else None
    ox.serialize(records, out, fmt, prefixes=prefixes)


# ---------- reading a build directory ----------


def read_entities(path: str | os.PathLike) -> list[Entity]:
    """The entities of ``entities.jsonl``; InputError naming file and line for a bad record."""
    return list(_read_jsonl(Path(path), Entity.from_json))


def read_triples(path: str | os.PathLike) -> Iterator[Triple]:
    """The triples of ``triples.jsonl``, one at a time; InputError naming file and line for a bad record."""
    return _read_jsonl(Path(path), Triple.from_json)


def _read_jsonl(path: Path, make) -> Iterator:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as err:
        raise InputError(str(path), f"cannot read: {err.strerror or err}") from err
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                yield make(json.loads(line))
            except (ValueError, KeyError, TypeError, AttributeError) as err:
                what = f"missing field {err}" if isinstance(err, KeyError) else str(err)
                raise InputError(str(path), f"not a valid record: {what}", line=number) from err


def read_articles(path: str | os.PathLike) -> list[dict]:
    """The article records of ``articles.jsonl`` (id, title, date, lang, url, source)."""
    return list(_read_jsonl(Path(path), _article_record))


def _article_record(data) -> dict:
    if not isinstance(data, dict) or not isinstance(data.get("id"), str):
        raise ValueError("an article record needs a string 'id'")
    return data


def _build(out_dir: str | os.PathLike) -> tuple[Iterator[Triple], list[Entity], list[dict]]:
    """The triples (streamed), entities and article records of a build folder."""
    out_dir = Path(out_dir)
    triples_path = out_dir / "triples.jsonl"
    if not triples_path.is_file():
        raise InputError(str(triples_path), "no triples file; run `kg build` first")
    entities_path, articles_path = out_dir / "entities.jsonl", out_dir / "articles.jsonl"
    entities = read_entities(entities_path) if entities_path.is_file() else []
    articles = read_articles(articles_path) if articles_path.is_file() else []
    return read_triples(triples_path), entities, articles


def export(out_dir: str | os.PathLike, format: str = "ttl", path: str | os.PathLike | None = None) -> Path:
    """Export the build in ``out_dir`` (``triples.jsonl``, ``entities.jsonl``, ``articles.jsonl``) as ``format``.

    Writes ``out_dir/graph.<ext>`` unless ``path`` is given, and returns the path written.
    """
    if format not in FORMATS:
        raise KGError(f"unknown export format {format!r}; supported: {', '.join(FORMATS)}")
    triples, entities, articles = _build(out_dir)
    target = Path(path) if path is not None else Path(out_dir) / f"graph.{EXTENSIONS[format]}"
    return write(triples, entities, target, format, articles)


# ---------- SHACL ----------


def validate(out_dir: str | os.PathLike) -> list[str]:
    """The SHACL violations (``ontology/shapes.ttl``) of the build in ``out_dir``, in plain words; [] if it conforms."""
    triples, entities, articles = _build(out_dir)
    return violations(graph(triples, entities, articles))


def violations(data) -> list[str]:
    """The SHACL violations of an rdflib graph built by :func:`graph`, one plain sentence each."""
    import pyshacl
    from rdflib import Graph, URIRef

    shapes = Graph().parse(data=ontology.text(ontology.SHAPES_FILE), format="turtle")
    onto = Graph().parse(data=ontology.text(ontology.FILE), format="turtle")
    conforms, results, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=onto, inference="none", allow_warnings=True)
    if conforms:
        return []
    messages = []
    for result in results.subjects(URIRef(RDF + "type"), URIRef(SH + "ValidationResult")):
        focus = results.value(result, URIRef(SH + "focusNode"))
        message = results.value(result, URIRef(SH + "resultMessage"))
        value = results.value(result, URIRef(SH + "value"))
        path = results.value(result, URIRef(SH + "resultPath"))
        text = f"{_describe(data, focus)}: {message}"
        if value is not None and str(value) != str(focus):
            text += f" (found {_show(value)})"
        elif path is not None and message is not None and _short(path) not in str(message):
            text += f" (property {_short(path)})"
        messages.append(text)
    return sorted(set(messages))


def _short(term) -> str:
    value = str(term)
    for prefix, ns in PREFIXES.items():
        if value.startswith(ns):
            return f"{prefix}:{value[len(ns):]}"
    return f"<{value}>"


def _show(term) -> str:
    from rdflib import Literal

    if isinstance(term, Literal):
        return repr(str(term)) + (f"@{term.language}" if term.language else "") + (f" as {_short(term.datatype)}" if term.datatype else "")
    return _describe(None, term)


def _describe(data, node) -> str:
    """A node as a reader knows it: entity ID, article ID, or the statement and where it came from."""
    from rdflib import URIRef

    value = str(node)
    if value.startswith(ID):
        return f"entity {entity_id(value)!r}"
    if value.startswith(DOC):
        return f"article {unquote(value[len(DOC):])!r}"
    if value.startswith(STATEMENT) and data is not None:
        pred = data.value(node, URIRef(RDF + "predicate"))
        doc = data.value(node, URIRef(PROV + "wasDerivedFrom"))
        start = data.value(node, URIRef(KG + "sentenceStart"))
        subject = data.value(node, URIRef(RDF + "subject"))
        where = f" in article {unquote(str(doc)[len(DOC):])!r}" if doc is not None and str(doc).startswith(DOC) else ""
        at = f" at offset {start}" if start is not None else ""
        obj = data.value(node, URIRef(RDF + "object"))
        what = "".join(
            f" {part}"
            for part in (
                _name(subject),
                str(pred)[len(KG):] if pred is not None and str(pred).startswith(KG) else None,
                _name(obj),
            )
            if part
        )
        return f"statement{what}{where}{at}"
    return _short(node)


def _name(node) -> str | None:
    return repr(entity_id(str(node))) if node is not None and str(node).startswith(ID) else None
