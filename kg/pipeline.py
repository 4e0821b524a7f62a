"""The one place the stages meet: read → detect → segment → extract → resolve → ontology → export / store.

``build`` writes a build folder: ``triples.jsonl``, ``entities.jsonl``, ``articles.jsonl``, ``graph.ttl``
and the embedded store ``graph.kuzu``. The whole folder is written beside ``OUT`` and switched in atomically,
under a lock (:mod:`kg.folder`), so a reader sees the old build or the new one and two writers never lose each
other's articles. A build folder that already holds a build is extended: new articles are resolved against its
entities (whose IDs never change); an article read again replaces its earlier triples.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from kg import extract, folder, segment
from kg.errors import InputError, KGError, ResourceError
from kg.read import MAX_BYTES, read_articles
from kg.records import Article, Entity, Triple

TRIPLES = "triples.jsonl"
ENTITIES = "entities.jsonl"
ARTICLES = "articles.jsonl"
TURTLE = "graph.ttl"
STORE = "graph.kuzu"


@dataclass(frozen=True, slots=True)
class Summary:
    documents: int
    sentences: int
    entities: int
    triples: int
    seconds: float
    failed: int = 0


def extract_articles(
    articles: Iterable[Article], on_error: Callable[[InputError], None] | None = None, ontology_only: bool = False
) -> list[Triple]:
    """Triples of articles (language set), with entities resolved within the batch.

    ``ontology_only=True`` leaves out the generic ``related`` links (verbs that map to no ontology property).

    >>> from kg.records import Article
    >>> ts = extract_articles([Article("a", "Presiden Rusia Vladimir Putin memecat Menteri Pertahanan.", lang="id")])  # doctest: +SKIP
    """
    from kg.resolve import resolve

    triples: list[Triple] = []
    for article in articles:
        triples.extend(_extract_one(article, on_error, ontology_only))
    resolved, _ = resolve(triples)
    return resolved


def extract_paths(
    paths: Iterable[str | Path],
    lang: str | None = None,
    date: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    ontology_only: bool = False,
    max_bytes: int = MAX_BYTES,
) -> list[Triple]:
    """Triples of the articles in files, folders or "-" (what ``kg extract`` prints)."""
    articles = read_articles(paths, lang=lang, date=date, on_error=on_error or _raise, max_bytes=max_bytes)
    return extract_articles(articles, on_error, ontology_only)


def build(
    paths: Iterable[str | Path],
    out: str | Path,
    lang: str | None = None,
    date: str | None = None,
    on_error: Callable[[InputError], None] | None = None,
    progress: bool | None = None,
    fresh: bool = False,
    ontology_only: bool = False,
    max_bytes: int = MAX_BYTES,
    wait: float = folder.LOCK_WAIT,
    on_wait: Callable[[int | None], None] | None = None,
) -> Summary:
    """Read, extract, resolve and write a build folder (see the module docstring); returns counts.

    ``progress=None`` shows a progress bar only on a terminal. ``fresh=True`` ignores an earlier build in ``out``.
    ``ontology_only=True`` leaves out the generic ``related`` links.
    ``max_bytes`` caps each input file. A second writer of the same folder waits up to ``wait`` seconds for the
    first (``on_wait(pid)`` is called once when it starts waiting). A full disk, a read-only folder or too
    little memory raise :class:`~kg.errors.ResourceError`, and the previous build stays as it was.
    """
    from tqdm import tqdm

    started = time.perf_counter()
    out = folder.target(out)
    folder.check(out, _owned)
    errors: list[InputError] = []

    def report(error: InputError) -> None:
        errors.append(error)
        if on_error:
            on_error(error)

    new_articles: dict[str, dict] = {}
    new_triples: list[Triple] = []
    sentences = 0
    articles_read = read_articles(paths, lang=lang, date=date, on_error=report, max_bytes=max_bytes)
    for article in tqdm(articles_read, desc="articles", unit="doc", disable=None if progress is None else not progress, leave=False):
        sentences += len(segment.sentences(article.text, article.lang))
        new_triples.extend(_extract_one(article, report, ontology_only))
        new_articles[article.id] = _article_json(article)
    if not new_articles:
        raise KGError("no article could be read" + (f" ({len(errors)} input error(s))" if errors else ""))
    folder.pause("extract")
    try:
        # the slow part (extraction) runs unlocked; reading the previous build, resolving and switching the
        # new one in are one critical section, so a concurrent writer's articles are never lost
        with folder.locked(out, wait, on_wait):
            folder.pause("locked")
            folder.check(out, _owned)
            folder.clean(out)
            triples, entities, articles = _merge(out, new_triples, new_articles, fresh)
            with folder.staged(out, keep=lambda name: not _owned(name)) as staging:
                write_build(staging, triples, entities, articles)
    except OSError as error:
        raise ResourceError(f"{out}: cannot write the build: {folder.os_reason(error)}; the previous build is unchanged") from error
    except MemoryError:
        raise ResourceError(f"{out}: out of memory while writing the build; the previous build is unchanged") from None
    return Summary(
        documents=len(new_articles),
        sentences=sentences,
        entities=len(entities),
        triples=len(triples),
        seconds=time.perf_counter() - started,
        failed=len(errors),
    )


def _merge(out: Path, new_triples: list[Triple], new_articles: dict[str, dict], fresh: bool) -> tuple[list[Triple], list[Entity], list[dict]]:
    """The new articles' triples resolved against the build in ``out`` (unless ``fresh``), with its other articles."""
    from kg.resolve import resolve

    old_triples, old_entities, old_articles = ([], [], {}) if fresh else _previous_build(out)
    kept = [t for t in old_triples if t.doc_id not in new_articles]
    triples, entities = resolve(kept + new_triples, existing=old_entities)
    return triples, entities, list({**old_articles, **new_articles}.values())


def write_build(out: Path, triples: list[Triple], entities: list[Entity], articles: list[dict]) -> None:
    """Write every file of a build folder, each atomically (``build`` calls it on a new folder it then switches in)."""
    from kg import rdf, store

    out.mkdir(parents=True, exist_ok=True)
    folder.pause(TRIPLES)
    _write_jsonl(out / TRIPLES, (t.to_json() for t in triples))
    folder.pause(ENTITIES)
    _write_jsonl(out / ENTITIES, (e.to_json() for e in entities))
    folder.pause(ARTICLES)
    _write_jsonl(out / ARTICLES, articles)
    folder.pause(TURTLE)
    rdf.write(triples, entities, out / TURTLE, "ttl", articles)
    folder.pause(STORE)
    store.write_store(out / STORE, triples, entities, articles)


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


def _previous_build(out: Path) -> tuple[list[Triple], list[Entity], dict[str, dict]]:
    if not (out / TRIPLES).exists():
        return [], [], {}
    triples, entities, articles = read_build(out)
    return triples, entities, {a["id"]: a for a in articles}


def _extract_one(article: Article, on_error, ontology_only: bool = False) -> list[Triple]:
    try:
        found = extract.triples(article)
        return [t for t in found if t.predicate != "related"] if ontology_only else found
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


def _write_jsonl(path: Path, records: Iterable[dict]) -> None:
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        with open(tmp, "w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _raise(error: InputError) -> None:
    raise error
