"""The one place the stages meet: read → detect → segment → extract → resolve → ontology → export / store.

``build`` writes a build folder: ``triples.jsonl``, ``entities.jsonl``, ``articles.jsonl``, ``graph.ttl``
and the embedded store ``graph.kuzu``. The whole folder is written beside ``OUT`` and switched in atomically,
under a lock (:mod:`kg.folder`), so a reader sees the old build or the new one and two writers never lose each
other's articles. A build folder that already holds a build is extended: new articles are resolved against its
entities (whose IDs never change); an article read again replaces its earlier triples.

A build streams, so memory stays flat as the corpus grows: articles are extracted in batches (in worker
processes with ``jobs``, or on Apache Spark through :mod:`kg.spark`) and their triples spilled to disk as they
come; resolution keeps only the distinct node shapes (:class:`kg.resolve.Resolver`); the files are then
written in one pass over the spilled triples.
"""

from __future__ import annotations

import json
import os
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from itertools import chain, islice
from pathlib import Path

from kg import extract, folder, segment
from kg.errors import InputError, KGError, ResourceError, UsageError
from kg.progress import Progress
from kg.read import MAX_BYTES, read_articles
from kg.records import Article, Entity, Triple

TRIPLES = "triples.jsonl"
ENTITIES = "entities.jsonl"
ARTICLES = "articles.jsonl"
TURTLE = "graph.ttl"
STORE = "graph.kuzu"


BATCH_CHARS = 8_000  # characters of article text per task sent to a worker process
BATCH_ARTICLES = 32


@dataclass(frozen=True, slots=True)
class Summary:
    documents: int
    sentences: int
    entities: int
    triples: int
    seconds: float
    failed: int = 0
    stages: dict = field(default_factory=dict)  # seconds per step: extract, resolve, write
    workers: int = 1  # processes that extracted (worker processes, Spark's Python workers, or this one)


@dataclass(frozen=True, slots=True)
class Extracted:
    """What extraction made of one article: its (unresolved) triples, its errors, its number of sentences."""

    article: Article
    triples: list[Triple]
    errors: list[InputError]
    sentences: int
    worker: int  # the process that extracted it


def default_jobs() -> int:
    """The cores this process may run on (what ``kg build`` uses unless told ``--jobs``)."""
    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


@dataclass(frozen=True, slots=True)
class Keep:
    """Which extracted triples a run keeps: ``ontology_only`` leaves out the generic ``related`` links (verbs
    that map to no ontology property), ``min_confidence`` the triples less confident than it (the learned
    relation model's links carry its calibrated probability). Picklable, so worker processes and Spark
    executors filter before anything is spilled.

    >>> Keep(ontology_only=True, min_confidence=0.5)
    Keep(ontology_only=True, min_confidence=0.5)
    """

    ontology_only: bool = False
    min_confidence: float = 0.0

    def __call__(self, triples: list[Triple]) -> list[Triple]:
        return [t for t in triples
                if t.confidence >= self.min_confidence and not (self.ontology_only and t.predicate == "related")]


KEEP_ALL = Keep()


def extracted(articles: Iterable[Article], jobs: int = 1, keep: Keep = KEEP_ALL) -> Iterator[Extracted]:
    """Extract ``articles`` (language set) one by one, in input order, in ``jobs`` worker processes.

    Each worker loads the language models once; articles travel in batches of about ``BATCH_CHARS``
    characters, at most ``2 * jobs`` batches in flight, so memory does not grow with the input. The output
    is the same, in the same order, for any ``jobs``; an input that fits in one batch runs in this process.
    """
    if jobs < 1:
        raise UsageError(f"jobs must be at least 1, not {jobs}")
    batches = _batches(articles)
    first = list(islice(batches, 2))
    if jobs == 1 or len(first) < 2:
        for batch in chain(first, batches):
            yield from _paired(batch, extract_batch(batch, keep))
        return
    import multiprocessing

    # spawn, not fork: the parent may hold threads (progress bars, the driver) and the children need nothing of it.
    # One math thread per worker: the workers are the parallelism, and idle BLAS/OpenMP threads spinning in every
    # worker cost more system time than they save (measured: 12.7 s against 3.5 s of 36 s CPU at 4x the corpus).
    with _environment({name: "1" for name in _THREAD_VARIABLES}):
        pool = multiprocessing.get_context("spawn").Pool(jobs, initializer=_worker_start, initargs=(os.getpid(),))
    with pool:
        pending: deque = deque()
        for batch in chain(first, batches):
            pending.append((batch, pool.apply_async(extract_batch, (batch, keep))))
            if len(pending) >= 2 * jobs:
                batch, result = pending.popleft()
                yield from _paired(batch, result.get())
        while pending:
            batch, result = pending.popleft()
            yield from _paired(batch, result.get())


_THREAD_VARIABLES = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")


@contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """These environment variables (unless the user set them) while processes are started, then as before."""
    added = {name: value for name, value in values.items() if name not in os.environ}
    os.environ.update(added)
    try:
        yield
    finally:
        for name in added:
            os.environ.pop(name, None)


def _batches(articles: Iterable[Article]) -> Iterator[list[Article]]:
    batch: list[Article] = []
    size = 0
    for article in articles:
        batch.append(article)
        size += len(article.text)
        if size >= BATCH_CHARS or len(batch) >= BATCH_ARTICLES:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _worker_start(parent: int) -> None:
    """In a worker: end when the parent is gone (a build killed with SIGKILL must not leave workers behind;
    they also hold the task queue open, so they would never see it close)."""
    import threading

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="kg-parent-watch", daemon=True).start()


def extract_batch(articles: list[Article], keep: Keep = KEEP_ALL) -> list[tuple[list[Triple], list[tuple], int, int]]:
    """Per article: its triples, its errors as ``(source, reason, line)`` (picklable), its sentence count and
    the extracting process's id.

    What a worker process (or a Spark executor) runs; the language models load once per process.
    """
    out = []
    for article in articles:
        errors: list[InputError] = []
        sentences = len(segment.sentences(article.text, article.lang))
        found = _extract_one(article, errors.append, keep)
        out.append((found, [(e.source, e.reason, e.line) for e in errors], sentences, os.getpid()))
    return out


def _paired(batch: list[Article], results) -> Iterator[Extracted]:
    for article, (found, errors, sentences, worker) in zip(batch, results):
        yield Extracted(article, found, [InputError(*e) for e in errors], sentences, worker)


def extract_articles(
    articles: Iterable[Article], on_error: Callable[[InputError], None] | None = None, keep: Keep = KEEP_ALL
) -> list[Triple]:
    """Triples of articles (language set), with entities resolved within the batch.

    ``keep`` chooses the triples kept (all by default; see :class:`Keep`).

    >>> from kg.records import Article
    >>> ts = extract_articles([Article("a", "Presiden Rusia Vladimir Putin memecat Menteri Pertahanan.", lang="id")])  # doctest: +SKIP
    """
    from kg.resolve import resolve

    triples: list[Triple] = []
    for article in articles:
        triples.extend(_extract_one(article, on_error, keep))
    resolved, _ = resolve(triples)
    return resolved


def extract_paths(
    paths: Iterable[str | Path],
    lang: str | None = None,
    date: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    keep: Keep = KEEP_ALL,
    max_bytes: int = MAX_BYTES,
) -> list[Triple]:
    """Triples of the articles in files, folders or "-" (what ``kg extract`` prints)."""
    articles = read_articles(paths, lang=lang, date=date, on_error=on_error or _raise, max_bytes=max_bytes)
    return extract_articles(articles, on_error, keep)


ENGINES = ("local", "spark")


def build(
    paths: Iterable[str | Path],
    out: str | Path,
    lang: str | None = None,
    date: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    progress: bool | None = None,
    fresh: bool = False,
    keep: Keep = KEEP_ALL,
    max_bytes: int = MAX_BYTES,
    wait: float = folder.LOCK_WAIT,
    on_wait: Callable[[int | None], None] | None = None,
    jobs: int = 1,
    engine: str = "local",
    master: str | None = None,
) -> Summary:
    """Read, extract, resolve and write a build folder (see the module docstring); returns counts.

    The build streams: articles are extracted in batches (``jobs`` worker processes, or Spark executors with
    ``engine="spark"`` on ``master``, default ``local[*]``) and their triples spilled to disk beside ``out``;
    resolution keeps only the distinct node shapes in memory and a second pass over the spilled triples
    writes every file. The output is the same for any ``jobs`` and either engine.

    ``progress=None`` shows a progress bar on a terminal (a log line every 30 s elsewhere). ``fresh=True``
    ignores an earlier build in ``out``. ``keep`` chooses the triples kept (all by default; see :class:`Keep`).
    ``max_bytes`` caps each input file. A second writer of the same folder waits up to ``wait`` seconds for the
    first (``on_wait(pid)`` is called once when it starts waiting). A full disk, a read-only folder or too
    little memory raise :class:`~kg.errors.ResourceError`, and the previous build stays as it was.
    """
    if engine not in ENGINES:
        raise UsageError(f"unknown engine {engine!r}; supported: {', '.join(ENGINES)}")
    started = time.perf_counter()
    out = folder.target(out)
    folder.check(out, _owned)
    errors: list[InputError] = []
    stages: dict[str, float] = {}

    def report(error: InputError) -> None:
        errors.append(error)
        if on_error:
            on_error(error)

    try:
        with folder.spill(out) as spill:
            raw = spill / TRIPLES
            articles_read = read_articles(paths, lang=lang, date=date, on_error=report, max_bytes=max_bytes)
            if engine == "spark":
                from kg import spark

                stream = spark.extracted(articles_read, keep=keep, master=master)
            else:
                stream = extracted(articles_read, jobs, keep)
            with Progress("extract", "doc", progress) as shown:
                new_articles, sentences, workers = _spill(stream, raw, report, shown)
            stages["extract"] = time.perf_counter() - started
            if not new_articles:
                raise KGError("no article could be read" + (f" ({len(errors)} input error(s))" if errors else ""))
            folder.pause("extract")
            # the slow part (extraction) runs unlocked; reading the previous build, resolving and switching the
            # new one in are one critical section, so a concurrent writer's articles are never lost
            with folder.locked(out, wait, on_wait):
                folder.pause("locked")
                folder.check(out, _owned)
                folder.clean(out)
                clock = time.perf_counter()
                resolved, entities, articles = _merge(out, raw, new_articles, fresh)
                stages["resolve"] = time.perf_counter() - clock
                clock = time.perf_counter()
                with folder.staged(out, keep=lambda name: not _owned(name)) as staging:
                    triples = write_build(staging, resolved, entities, articles, progress)
                stages["write"] = time.perf_counter() - clock
    except OSError as error:
        raise ResourceError(f"{out}: cannot write the build: {folder.os_reason(error)}; the previous build is unchanged") from error
    except MemoryError:
        raise ResourceError(f"{out}: out of memory while writing the build; the previous build is unchanged") from None
    return Summary(
        documents=len(new_articles),
        sentences=sentences,
        entities=len(entities),
        triples=triples,
        seconds=time.perf_counter() - started,
        failed=len(errors),
        stages=stages,
        workers=workers,
    )


def _spill(stream: Iterable[Extracted], raw: Path, report: Callable[[InputError], None], shown: Progress) -> tuple[dict[str, dict], int, int]:
    """Write the extracted triples to ``raw`` as they come; return the article records, the sentence count and
    the number of processes that extracted."""
    new_articles: dict[str, dict] = {}
    sentences = 0
    workers: set[int] = set()
    with open(raw, "w", encoding="utf-8") as handle:
        for n, item in enumerate(stream):
            if n == 1:
                handle.flush()
                folder.pause("spill")  # half-way: some articles extracted and spilled, the rest not yet
            for error in item.errors:
                report(error)
            for t in item.triples:
                handle.write(json.dumps(t.to_json(), ensure_ascii=False) + "\n")
            sentences += item.sentences
            workers.add(item.worker)
            new_articles[item.article.id] = _article_json(item.article)
            shown.update(1, sentences=item.sentences, triples=len(item.triples))
    return new_articles, sentences, len(workers)


def _merge(out: Path, raw: Path, new_articles: dict[str, dict], fresh: bool) -> tuple[Iterator[Triple], list[Entity], list[dict]]:
    """The new articles' triples (spilled in ``raw``) resolved against the build in ``out`` (unless ``fresh``),
    with its other articles: a stream of resolved triples (a second pass over the files), all entities, all
    article records. The previous build's triples are read from its files, never held in memory."""
    from kg.resolve import Resolver

    old_entities, old_articles = ([], {}) if fresh else _previous_build(out)

    def triples() -> Iterator[Triple]:
        if not fresh and (out / TRIPLES).exists():
            from kg import rdf

            yield from (t for t in rdf.read_triples(out / TRIPLES) if t.doc_id not in new_articles)
        yield from _read_raw(raw)

    resolver = Resolver(old_entities)
    for t in triples():
        resolver.add(t)
    entities = resolver.finish()
    return _distinct(resolver.resolved(t) for t in triples()), entities, list({**old_articles, **new_articles}.values())


def _distinct(triples: Iterable[Triple]) -> Iterator[Triple]:
    """The resolved triples without repeats: two triples that named one entity by two names ("Civic Party's" and
    "Civic Party") are one fact once resolution has merged the names, kept once per sentence, with the higher
    confidence. An article's triples come together, so only one article's are held at a time."""
    article: dict[tuple, Triple] = {}
    doc = None
    for t in triples:
        if t.doc_id != doc:
            yield from article.values()
            article, doc = {}, t.doc_id
        key = (t.subject.id, t.predicate, t.object.id, t.sentence_start, t.sentence_end, t.role, t.verb)
        kept = article.get(key)
        if kept is None or t.confidence > kept.confidence:
            article[key] = t  # a key met again keeps its first place in the article
    yield from article.values()


def _read_raw(path: Path) -> Iterator[Triple]:
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            yield Triple.from_json(json.loads(line))


def write_build(out: Path, triples: Iterable[Triple], entities: list[Entity], articles: list[dict],
                progress: bool | None = False) -> int:
    """Write every file of a build folder, each atomically (``build`` calls it on a new folder it then switches in).

    ``triples`` is read once, as a stream, into ``triples.jsonl``; Turtle and the store read that file back.
    Returns the number of triples.
    """
    from kg import rdf, store

    out.mkdir(parents=True, exist_ok=True)
    folder.pause(TRIPLES)
    with Progress("write", "triple", progress) as shown:
        count = _write_jsonl(out / TRIPLES, (t.to_json() for t in _counted(triples, shown)))
    folder.pause(ENTITIES)
    _write_jsonl(out / ENTITIES, (e.to_json() for e in entities))
    folder.pause(ARTICLES)
    _write_jsonl(out / ARTICLES, articles)
    folder.pause(TURTLE)
    rdf.write(rdf.read_triples(out / TRIPLES), entities, out / TURTLE, "ttl", articles)
    folder.pause(STORE)
    store.write_store(out / STORE, rdf.read_triples(out / TRIPLES), entities, articles)
    return count


def _counted(items: Iterable, shown: Progress) -> Iterator:
    for item in items:
        shown.update(1)
        yield item


def _owned(name: str) -> bool:
    """Whether a file in a build folder is one kg writes (the rest, exports for instance, is carried over)."""
    return name in (TRIPLES, ENTITIES, ARTICLES, TURTLE, STORE) or name.startswith(STORE + ".")


def read_build(out: str | Path) -> tuple[list[Triple], list[Entity], list[dict]]:
    """The triples, entities and article records of a build folder."""
    from kg import rdf

    out = Path(out)
    if not (out / TRIPLES).exists():
        raise KGError(f"{out}: not a kg build folder (no {TRIPLES}); run 'kg build ... -o {out}' first")
    return (
        list(rdf.read_triples(out / TRIPLES)),
        rdf.read_entities(out / ENTITIES),
        rdf.read_articles(out / ARTICLES) if (out / ARTICLES).exists() else [],
    )


def _previous_build(out: Path) -> tuple[list[Entity], dict[str, dict]]:
    """The entities and article records of the build in ``out`` (its triples are streamed by ``_merge``)."""
    from kg import rdf

    if not (out / TRIPLES).exists():
        return [], {}
    entities = rdf.read_entities(out / ENTITIES)
    articles = rdf.read_articles(out / ARTICLES) if (out / ARTICLES).exists() else []
    return entities, {a["id"]: a for a in articles}


def _extract_one(article: Article, on_error, keep: Keep = KEEP_ALL) -> list[Triple]:
    try:
        return keep(extract.triples(article))
    except KGError as error:
        if on_error is None:
            raise
        on_error(InputError(article.source or article.id, str(error)))
    except (ValueError, MemoryError, RecursionError) as error:
        # an article that breaks the extractor must not cost the rest of the batch; it is reported, and the
        # exit code says something failed
        if on_error is None:
            raise
        on_error(InputError(article.source or article.id, f"extraction failed: {type(error).__name__}: {str(error).splitlines()[0][:200]}"))
    return []


def _article_json(article: Article) -> dict:
    record = asdict(article)
    del record["text"]
    return record


def _write_jsonl(path: Path, records: Iterable[dict]) -> int:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    count = 0
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
                count += 1
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return count


def _raise(error: InputError) -> None:
    raise error
