"""``kg build --engine spark``: extraction on Apache Spark (PySpark); the one module that imports pyspark.

The driver reads the inputs (bad input is reported exactly as by the local engine) and sends the articles to
the executors in chunks of partitions. Each partition runs :func:`kg.pipeline.extract_batch`, so an executor's
Python worker loads the language models once and keeps them for its next tasks (``spark.python.worker.reuse``).
Each chunk's results come back in input order (partitions are ordered; a chunk bounds the driver's memory), and
from there the build is the local one: triples spilled beside the build folder, entities resolved from their node shapes, files written
in one pass. Same corpus, same triples and entity IDs as ``--engine local``.

``master`` is any Spark master URL (``local[*]`` by default, ``spark://host:7077``, ``yarn``); on a cluster
kg and its models must be installed on the executors (``pip install kg``), as for any PySpark job.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator
from itertools import islice

from kg.errors import KGError
from kg.records import Article

CHUNK_ARTICLES = 4_096  # articles sent to the cluster per Spark job (bounds the driver's memory)
ARTICLES_PER_PARTITION = 16


def extracted(articles: Iterable[Article], ontology_only: bool = False, master: str | None = None,
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
            results = rdd.mapPartitions(lambda part: _extract_partition(part, ontology_only))
            yield from _paired(chunk, results.collect())  # one job over all partitions of the chunk, in order
    finally:
        session.stop()


def _extract_partition(articles: Iterable[Article], ontology_only: bool) -> Iterator[tuple]:
    """On an executor: the extraction results of one partition's articles (models cached in the worker)."""
    from kg.pipeline import extract_batch

    yield from extract_batch(list(articles), ontology_only)


def _session(master: str | None):
    try:
        from pyspark.sql import SparkSession
    except ImportError:
        raise KGError("--engine spark needs PySpark: pip install pyspark (and Java 17)") from None
    # local executors run this interpreter, so they import the same kg
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    try:
        session = (SparkSession.builder.master(master or "local[*]").appName("kg build")
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
