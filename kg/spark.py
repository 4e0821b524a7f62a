"""``kg build --engine spark``: extraction on Apache Spark (PySpark); the one module that imports pyspark.

The driver reads the inputs (bad input is reported exactly as by the local engine) and sends the articles to
the executors in chunks of partitions. Each partition runs :func:`kg.pipeline.extract_batch`, so an executor's
Python worker loads the language models once and keeps them for its next tasks (``spark.python.worker.reuse``).
Each chunk's results come back in input order (partitions are ordered; a chunk bounds the driver's memory), and
from there the build is the local one: triples spilled beside the build folder, entities resolved from their node shapes, files written
in one pass. Same corpus, same triples and entity IDs as ``--engine local``.

``master`` is any Spark master URL (``local[*]`` by default, ``spark://host:7077``, ``yarn``); on a cluster
kg and its models must be installed on the executors (``pip install kg``), as for any PySpark job.

:func:`load` writes a build into Neo4j from Spark with the Neo4j Connector for Apache Spark (resolved from Maven
Central at session start: :data:`CONNECTOR`): the same nodes, relationships, keys and properties as
:func:`kg.load.load`, merged on the same keys.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from itertools import islice

from kg.errors import KGError
from kg.records import Article

#: The Neo4j Connector for Apache Spark on Maven Central. Its newest release is built for Spark 3; kg's tests run
#: it on PySpark 4 (tests/test_spark.py) for the writes kg makes.
CONNECTOR = "org.neo4j:neo4j-connector-apache-spark_2.13:5.3.8_for_spark_3"
CHUNK_ARTICLES = 4_096  # articles sent to the cluster per Spark job (bounds the driver's memory)
ARTICLES_PER_PARTITION = 16


def extracted(articles: Iterable[Article], keep=None, master: str | None = None,
              partitions: int | None = None) -> Iterator:
    """:class:`kg.pipeline.Extracted` records of ``articles``, in input order, extracted on Spark executors."""
    from kg.pipeline import _paired

    session = _session(master)
    context = session.sparkContext
    try:
        parallelism = partitions or context.defaultParallelism
        iterator = iter(articles)
        while chunk := list(islice(iterator, CHUNK_ARTICLES)):
            slices = max(1, min(len(chunk), max(parallelism, len(chunk) // ARTICLES_PER_PARTITION)))
            rdd = context.parallelize(chunk, slices)
            results = rdd.mapPartitions(lambda part: _extract_partition(part, keep))
            yield from _paired(chunk, results.collect())  # one job over all partitions of the chunk, in order
    finally:
        session.stop()


def _extract_partition(articles: Iterable[Article], keep) -> Iterator[tuple]:
    """On an executor: the extraction results of one partition's articles (models cached in the worker)."""
    from kg.pipeline import KEEP_ALL, extract_batch

    yield from extract_batch(list(articles), keep or KEEP_ALL)


def load(out_dir, uri: str, user: str, password: str, database: str | None = None, master: str | None = None,
         batch_size: int = 5_000):
    """Write the build in ``out_dir`` into Neo4j through the Spark connector; returns a :class:`kg.load.LoadReport`.

    The rows are :func:`kg.load.load`'s (the same checks; bad records skipped and listed), the writes are the
    connector's: nodes merged on ``id`` (``:Entity:<Class>``, ``:Article``), relationships merged on ``key``
    between their nodes, MENTIONS merged per pair. Properties are set to the build's values (kg load adds new
    aliases and documents to what a node already has; a build folder already holds them all).
    """
    import time
    from pathlib import Path

    from kg import load as bolt

    started = time.perf_counter()
    bolt.check_uri(uri)
    out = Path(out_dir)
    report = bolt.LoadReport()
    entities = bolt._entity_rows(out, report.skipped)
    bolt._add_scores(out, entities)
    triples = bolt._triple_rows(out, {row["id"] for rows in entities.values() for row in rows}, report.skipped)
    articles = bolt._article_rows(out, entities, triples, report.skipped)
    mentions = bolt._mention_rows(entities, triples)
    mentions += [{"a": doc, "e": row["id"]} for rows in entities.values() for row in rows for doc in row["docs"]]
    with bolt._driver(uri, user, password) as driver, driver.session(database=database) as session:
        writer = bolt._Writer(session, uri)
        writer.write("CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE")
        writer.write("CREATE CONSTRAINT kg_article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE")

    spark = _session(master, packages=CONNECTOR)
    options = {"url": uri, "batch.size": str(batch_size), **({"database": database} if database else {}),
               **({"authentication.type": "basic", "authentication.basic.username": user, "authentication.basic.password": password}
                  if password else {"authentication.type": "none"})}
    try:
        from pyspark.sql import types as T

        text, texts = T.StringType(), T.ArrayType(T.StringType())
        article_schema = T.StructType([T.StructField(k, text) for k in bolt.ARTICLE_FIELDS])
        _write(spark.createDataFrame([tuple(a["props"].get(k) for k in bolt.ARTICLE_FIELDS) for a in articles], article_schema),
               options, labels=":Article", **{"node.keys": "id"})
        report.articles = len(articles)
        entity_schema = T.StructType([
            T.StructField("id", text), T.StructField("name", text), T.StructField("type", text),
            T.StructField("aliases", texts), T.StructField("alias_langs", texts), T.StructField("docs", texts),
            T.StructField("mentions", T.LongType()), T.StructField("degree", T.LongType()), T.StructField("pagerank", T.DoubleType()),
            T.StructField("betweenness", T.DoubleType()), T.StructField("community", T.LongType()), T.StructField("component", T.LongType())])
        for label, rows in entities.items():  # label: a checked ontology class
            data = [(r["id"], r["name"], r["type"], [p[0] for p in r["alias_pairs"]], [p[1] for p in r["alias_pairs"]], r["docs"],
                     r["mentions"], r["degree"], r["pagerank"], r["betweenness"], r["community"], r["component"]) for r in rows]
            _write(spark.createDataFrame(data, entity_schema), options, labels=f":Entity:{label}", **{"node.keys": "id"})
            report.entities += len(rows)
        kinds = {"sentence_start": T.LongType(), "sentence_end": T.LongType(), "confidence": T.DoubleType()}
        rel_schema = T.StructType([T.StructField("s", text), T.StructField("o", text), T.StructField("key", text),
                                   *(T.StructField(name, kinds.get(name, text)) for name in bolt.TRIPLE_PROPERTIES)])
        for rel_type, rows in triples.items():  # rel_type: a checked ontology relation, upper-cased
            data = [(r["s"], r["o"], r["key"], *(r[name] for name in bolt.TRIPLE_PROPERTIES)) for r in rows]
            _write(spark.createDataFrame(data, rel_schema), options, relationship=rel_type,
                   **_ends(":Entity", "s", ":Entity", "o"), **{"relationship.keys": "key",
                   "relationship.properties": ",".join(("key", *bolt.TRIPLE_PROPERTIES))})
            report.relationships += len(rows)
        pairs = sorted({(m["a"], m["e"]) for m in mentions})
        if pairs:
            _write(spark.createDataFrame(pairs, T.StructType([T.StructField("a", text), T.StructField("e", text)])), options,
                   relationship=bolt.MENTIONS, **_ends(":Article", "a", ":Entity", "e"))
        report.mentions = len(pairs)
    except Exception as error:
        if isinstance(error, KGError):
            raise
        first = next((line for line in str(error).splitlines() if line.strip()), type(error).__name__)
        raise KGError(f"the Neo4j Connector for Apache Spark could not write to {uri}: {first}") from None
    finally:
        spark.stop()
    report.seconds = time.perf_counter() - started
    return report


def _ends(source_labels: str, source_column: str, target_labels: str, target_column: str) -> dict:
    return {"relationship.save.strategy": "keys",
            "relationship.source.labels": source_labels, "relationship.source.save.mode": "Match",
            "relationship.source.node.keys": f"{source_column}:id",
            "relationship.target.labels": target_labels, "relationship.target.save.mode": "Match",
            "relationship.target.node.keys": f"{target_column}:id"}


def _write(frame, options: dict, **more) -> None:
    """One DataFrame into Neo4j through the connector; "Overwrite" is its MERGE."""
    writer = frame.write.format("org.neo4j.spark.DataSource").mode("Overwrite")
    for key, value in {**options, **more}.items():
        writer = writer.option(key, value)
    writer.save()


def _session(master: str | None, packages: str | None = None):
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise KGError("--engine spark needs PySpark: pip install pyspark (and Java 17)") from None
    # local executors run this interpreter, so they import the same kg
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    try:
        builder = SparkSession.builder
        if packages:
            builder = builder.config("spark.jars.packages", packages)
        session = (builder.master(master or "local[*]").appName("kg")
                .config("spark.ui.enabled", "false")
                .config("spark.python.worker.reuse", "true")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.driver.memory", os.environ.get("KG_SPARK_DRIVER_MEMORY", "1g"))
                .getOrCreate())
    except Exception as error:  # Java missing, a master that cannot be reached: one line, not a JVM trace
        first = next((line for line in str(error).splitlines() if line.strip()), type(error).__name__)
        raise KGError(f"Spark could not start (master {master or 'local[*]'}): {first}") from None
    session.sparkContext.setLogLevel("ERROR")
    return session
