"""A build as the CSV files ``neo4j-admin database import full`` reads: the bulk path into an empty Neo4j.

The graph is the one ``kg load`` writes (same labels, relationship types, keys and properties; see
:mod:`kg.load`), so a database imported from these files and one loaded over Bolt answer the same Cypher,
and ``kg load`` can go on from an imported database incrementally. Files, each with its header line:

* ``entities.csv``: ``id:ID(Entity)``, name, type, aliases, alias_langs, docs (arrays), mentions, the
  ``kg analyze --write`` scores, and ``:LABEL`` (``Entity`` plus the class);
* ``articles.csv``: ``id:ID(Article)``, title, url, date, lang, source, ``:LABEL`` (``Article``);
* ``relationships.csv``: ``:START_ID(Entity)``, ``:END_ID(Entity)``, ``:TYPE`` (the upper-cased predicate),
  the provenance key and properties;
* ``mentions.csv``: ``:START_ID(Article)``, ``:END_ID(Entity)``, ``:TYPE`` (``MENTIONS``);
* ``neo4j-admin.args``: the import options, for ``neo4j-admin database import full @neo4j-admin.args neo4j``
  run in this folder (or see :func:`import_arguments`).

Every string is quoted (a quote doubled), so commas, quotes and line breaks in names and sentences survive
(files with a line break in a value are named in ``--multiline-fields``; the others parse faster without). Array elements are joined by U+001F, which kg's reader
never lets into a text; an element containing it is an error, not a silent split. An absent value is an empty,
unquoted field (no property), as ``kg load`` leaves a null property unset. One difference: a CSV cannot hold an
empty list, so an entity with no alias at all (kg's resolver never makes one) has no ``aliases`` property after
the import, where ``kg load`` writes ``[]``.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError, KGError, OntologyError
from kg.progress import Progress
from kg.records import Triple

ARRAY_DELIMITER = "\x1f"
ENTITIES_CSV, ARTICLES_CSV, RELATIONSHIPS_CSV, MENTIONS_CSV, ARGS_FILE = (
    "entities.csv", "articles.csv", "relationships.csv", "mentions.csv", "neo4j-admin.args")
_SCORES = (("degree", "long"), ("pagerank", "double"), ("betweenness", "double"), ("community", "long"), ("component", "long"))
_ENTITY_HEADER = ["id:ID(Entity)", "name", "type", "aliases:string[]", "alias_langs:string[]", "docs:string[]", "mentions:long",
                  *(f"{name}:{kind}" for name, kind in _SCORES), ":LABEL"]
_ARTICLE_FIELDS = ("title", "url", "date", "lang", "source")
_ARTICLE_HEADER = ["id:ID(Article)", *_ARTICLE_FIELDS, ":LABEL"]
_REL_HEADER = [":START_ID(Entity)", ":END_ID(Entity)", ":TYPE", "key", "doc_id", "evidence", "sentence_start:long",
               "sentence_end:long", "date", "confidence:double", "role", "verb", "lang"]
_MENTION_HEADER = [":START_ID(Article)", ":END_ID(Entity)", ":TYPE"]


@dataclass
class ExportReport:
    """What :func:`write_csv` wrote, and the input records it skipped (as ``kg load`` would)."""

    folder: Path
    entities: int = 0
    articles: int = 0
    relationships: int = 0
    mentions: int = 0
    skipped: list[str] = field(default_factory=list)


def write_csv(out_dir: str | os.PathLike, folder: str | os.PathLike | None = None, progress: bool | None = False) -> ExportReport:
    """Write the neo4j-admin import files of the build in ``out_dir`` into ``folder`` (default ``OUT/neo4j-import``).

    Triples stream from ``triples.jsonl`` in one pass (two when a relationship key is given twice: the second
    keeps the last line, as ``kg load`` does); entities, article records and (article, entity) pairs are held
    in memory. ``progress=None`` shows a bar on a terminal (a log line every 30 s elsewhere).

    >>> write_csv("out")  # doctest: +SKIP
    ExportReport(folder=PosixPath('out/neo4j-import'), entities=41, articles=1, relationships=37, mentions=41, skipped=[])
    """
    from kg import load

    out = Path(out_dir)
    target = Path(folder) if folder is not None else out / "neo4j-import"
    target.mkdir(parents=True, exist_ok=True)
    report = ExportReport(target)
    entities = load._entity_rows(out, report.skipped)
    load._add_scores(out, entities)
    labels = {row["id"]: label for label, rows in entities.items() for row in rows}

    multiline: list[str] = []  # files with a line break inside a value
    with _Writer(target / ENTITIES_CSV, _ENTITY_HEADER, multiline) as csv:
        for label, rows in entities.items():
            for row in rows:
                csv.row([row["id"], row["name"], row["type"], [p[0] for p in row["alias_pairs"]], [p[1] for p in row["alias_pairs"]],
                         row["docs"], row["mentions"], *(row.get(name) for name, _ in _SCORES), ["Entity", label]],
                        where=f"entity {row['id']!r}")
                report.entities += 1
    mentions: dict[tuple[str, str], None] = {(doc, row["id"]): None for rows in entities.values() for row in rows for doc in row["docs"]}
    docs: dict[str, None] = {}
    winners = None  # relationship key → the line that wins, when a key is given twice (kg load keeps the last)
    while True:
        seen: dict[bytes, int] = {}
        twice = False
        with _Writer(target / RELATIONSHIPS_CSV, _REL_HEADER, multiline) as csv, Progress("export", "triple", progress) as shown:
            for number, t, key in _triples(out, labels, report.skipped if winners is None else []):
                if winners is not None and winners[key] != number:
                    continue
                if key in seen:
                    twice = True
                seen[key] = number
                csv.row([t.subject.id, t.object.id, _type(t.predicate), key.hex(), t.doc_id, t.evidence, t.sentence_start,
                         t.sentence_end, t.date, float(t.confidence), t.role, t.verb, t.lang], where=f"triple on line {number}")
                docs.setdefault(t.doc_id, None)
                shown.update(1)
                for end in (t.subject.id, t.object.id):
                    mentions.setdefault((t.doc_id, end), None)
        if not twice:
            break
        winners = seen  # rare: write the file again, keeping only the last line of each key
    report.relationships = len(seen)
    articles = _articles(out, entities, docs, report.skipped)
    with _Writer(target / ARTICLES_CSV, _ARTICLE_HEADER, multiline) as csv:
        for doc, props in articles.items():
            csv.row([doc, *(props.get(name) for name in _ARTICLE_FIELDS), ["Article"]], where=f"article {doc!r}")
            report.articles += 1
    with _Writer(target / MENTIONS_CSV, _MENTION_HEADER, multiline) as csv:
        for doc, entity in mentions:
            csv.row([doc, entity, load.MENTIONS], where="")
            report.mentions += 1
    (target / ARGS_FILE).write_text("\n".join(import_options(Path("."), multiline)) + "\n", encoding="utf-8")
    return report


def import_options(folder: Path, multiline: Iterable[str] = ()) -> list[str]:
    """The options of ``neo4j-admin database import full`` for the files in ``folder`` (the database name goes last).

    Only the files named in ``multiline`` (a line break inside a value) are parsed as multi-line, since that
    parsing is slower.
    """
    options = [
        f"--nodes={folder / ENTITIES_CSV}",
        f"--nodes={folder / ARTICLES_CSV}",
        f"--relationships={folder / RELATIONSHIPS_CSV}",
        f"--relationships={folder / MENTIONS_CSV}",
        "--delimiter=,",
        "--array-delimiter=U+001F",
        "--trim-strings=false",
        "--id-type=string",
    ]
    if multiline:
        options += ["--multiline-fields-format=v2", "--multiline-fields=" + ",".join(str(folder / name) for name in multiline)]
    return options


def import_arguments(folder: str | os.PathLike, database: str = "neo4j") -> list[str]:
    """The whole command line after ``neo4j-admin`` for the files :func:`write_csv` wrote into ``folder``:
    ``database import full [options] DATABASE``, with absolute paths (the options come from its args file).

    >>> import_arguments("/data/csv")[:4]  # doctest: +SKIP
    ['database', 'import', 'full', '--nodes=/data/csv/entities.csv']
    """
    folder = Path(folder).resolve()
    path = folder / ARGS_FILE
    if not path.is_file():
        raise InputError(str(path), "no import options here; write the files first with: kg export OUT --format neo4j-admin")
    options = []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith(("--nodes=", "--relationships=", "--multiline-fields=")):
            name, _, value = line.partition("=")
            line = name + "=" + ",".join(str(folder / part) for part in value.split(","))
        if line:
            options.append(line)
    return ["database", "import", "full", *options, database]


def _triples(out: Path, labels: dict[str, str], skipped: list[str]) -> Iterable[tuple[int, Triple, bytes]]:
    """(line, triple, key digest) for each loadable line of ``triples.jsonl``, checked as ``kg load`` checks them."""
    from kg import load

    path = out / load.TRIPLES
    if not path.exists():
        raise InputError(str(path), f"no {load.TRIPLES}: is {out} a kg build folder?")
    for number, data in load._jsonl(path, skipped):
        try:
            t = Triple.from_json(data)
            _type(t.predicate)
            for node in (t.subject, t.object):
                if node.id not in labels:
                    raise ValueError(f"entity {node.id!r} ({node.name}) is not in {load.ENTITIES}")
        except (KeyError, TypeError, ValueError, OntologyError) as error:
            skipped.append(str(InputError(str(path), load._why(error), number)))
            continue
        yield number, t, bytes.fromhex(load.triple_key(t))


def _articles(out: Path, entities: dict, docs: dict[str, None], skipped: list[str]) -> dict[str, dict]:
    """Article properties by id from articles.jsonl, plus a bare article for any document a triple or entity names."""
    from kg import load

    articles: dict[str, dict] = {}
    path = out / load.ARTICLES
    if path.exists():
        for number, data in load._jsonl(path, skipped):
            if not isinstance(data.get("id"), str) or not data["id"]:
                skipped.append(str(InputError(str(path), "article without an 'id'", number)))
                continue
            articles[data["id"]] = {k: data[k] for k in load.ARTICLE_FIELDS if data.get(k) is not None}
    for doc in docs:
        articles.setdefault(doc, {})
    for rows in entities.values():
        for row in rows:
            for doc in row["docs"]:
                articles.setdefault(doc, {})
    return articles


class _Writer:
    """One CSV file written atomically (a temporary file renamed into place), header first."""

    def __init__(self, path: Path, header: list[str], multiline: list[str]):
        self.path = path
        self.tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        self.header = header
        self.multiline = multiline  # the file's name is added when a value holds a line break

    def __enter__(self) -> _Writer:
        self.handle = open(self.tmp, "w", encoding="utf-8", newline="")
        self.handle.write(",".join(self.header) + "\n")
        return self

    def row(self, values: list, where: str) -> None:
        line = ",".join(_field(v, where) for v in values)
        if ("\n" in line or "\r" in line) and self.path.name not in self.multiline:
            self.multiline.append(self.path.name)
        self.handle.write(line + "\n")

    def __exit__(self, kind, *exc) -> None:
        self.handle.close()
        if kind is None:
            os.replace(self.tmp, self.path)
        else:
            self.tmp.unlink(missing_ok=True)


_TYPES: dict[str, str] = {}


def _type(predicate: str) -> str:
    """The (checked) relationship type of a predicate, checked once per predicate."""
    from kg import load

    if predicate not in _TYPES:
        _TYPES[predicate] = load.relationship_type(predicate)
    return _TYPES[predicate]


def _field(value, where: str) -> str:
    """One CSV field for neo4j-admin: None empty (no property), strings quoted, arrays joined by U+001F.

    >>> _field('say "hi", then\\nleave', ""), _field(None, ""), _field(3, ""), _field(["a;b", "c"], "")
    ('"say ""hi"", then\\nleave"', '', '3', '"a;b\\x1fc"')
    """
    if type(value) is str:
        return '"' + value.replace('"', '""') + '"'
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, (list, tuple)):
        for item in value:
            if ARRAY_DELIMITER in str(item):
                raise KGError(f"{where}: the value {str(item)!r} holds U+001F, the array delimiter of the import files")
        value = ARRAY_DELIMITER.join(str(v) for v in value)
    return '"' + str(value).replace('"', '""') + '"'
