"""The one place the stages meet: read → detect → segment → extract → resolve → ontology → export / store.

``build`` writes a build folder: ``triples.jsonl``, ``entities.jsonl``, ``articles.jsonl``, ``graph.ttl``
and the embedded store ``graph.kuzu``; every file is written beside its final name and renamed into place,
so a crash never leaves a half-written file. A build folder that already holds a build is extended:
new articles are resolved against its entities (whose IDs never change); an article read again replaces
its earlier triples.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

from kg import extract, segment
from kg.errors import InputError, KGError
from kg.read import read_articles
from kg.records import Article, Entity, Triple

TRIPLES = "triples.jsonl"
ENTITIES = "entities.jsonl"
ARTICLES = "articles.jsonl"
TURTLE = "graph.ttl"


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
) -> list[Triple]:
    """Triples of the articles in files, folders or "-" (what ``kg extract`` prints)."""
    articles = read_articles(paths, lang=lang, date=date, on_error=on_error or _raise)
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
) -> Summary:
    """Read, extract, resolve and write a build folder (see the module docstring); returns counts.

    ``progress=None`` shows a progress bar only on a terminal. ``fresh=True`` ignores an earlier build in ``out``.
    ``ontology_only=True`` leaves out the generic ``related`` links.
    """
    from tqdm import tqdm

    from kg.resolve import resolve

    started = time.perf_counter()
    out = Path(out)
    errors: list[InputError] = []

    def report(error: InputError) -> None:
        errors.append(error)
        if on_error:
            on_error(error)

    old_triples, old_entities, old_articles = ([], [], {}) if fresh else _previous_build(out)
    new_articles: dict[str, dict] = {}
    new_triples: list[Triple] = []
    sentences = 0
    for article in tqdm(read_articles(paths, lang=lang, date=date, on_error=report), desc="articles", unit="doc", disable=None if progress is None else not progress, leave=False):
        sentences += len(segment.sentences(article.text, article.lang))
        new_triples.extend(_extract_one(article, report, ontology_only))
        new_articles[article.id] = _article_json(article)
    if not new_articles:
        raise KGError("no article could be read" + (f" ({len(errors)} input error(s))" if errors else ""))
    kept = [t for t in old_triples if t.doc_id not in new_articles]
    triples, entities = resolve(kept + new_triples, existing=old_entities)
    articles = {**old_articles, **new_articles}
    write_build(out, triples, entities, list(articles.values()))
    return Summary(
        documents=len(new_articles),
        sentences=sentences,
        entities=len(entities),
        triples=len(triples),
        seconds=time.perf_counter() - started,
        failed=len(errors),
    )


def write_build(out: Path, triples: list[Triple], entities: list[Entity], articles: list[dict]) -> None:
    """Write every file of a build folder, each atomically."""
    from kg import rdf, store

    out.mkdir(parents=True, exist_ok=True)
    _write_jsonl(out / TRIPLES, (t.to_json() for t in triples))
    _write_jsonl(out / ENTITIES, (e.to_json() for e in entities))
    _write_jsonl(out / ARTICLES, articles)
    rdf.write(triples, entities, out / TURTLE, "ttl", articles)
    store.write_store(out / store.STORE_NAME, triples, entities, articles)


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
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()


def _raise(error: InputError) -> None:
    raise error
