"""The ``kg`` command: a thin layer that parses arguments, calls one library function, prints the result.

Errors from the library arrive as ``KGError``s and leave as one line on stderr and an exit code: 0 ok, 1 some
inputs failed (or a command found problems), 2 usage, 3 environment (disk full, read-only or forbidden
folder, out of memory, build folder locked). ``kg --debug`` shows the traceback instead.
"""

from __future__ import annotations

import csv
import json
import os
import sys

import click

from kg.errors import InputError, KGError, ResourceError

EXAMPLES = """
\b
Examples:
  kg build article.txt -o out           # triples, entities, Turtle, embedded graph
  kg query out "MATCH (p:Person)-[:DISMISSED]->(o) RETURN p.name, o.name"
  kg extract news/ --format table       # print triples only
  kg evaluate gold.jsonl --corpus corpus/
"""


class _Failures:
    """Collects input errors: each is printed at once as one line naming the file."""

    def __init__(self) -> None:
        self.count = 0

    def __call__(self, error: InputError) -> None:
        self.count += 1
        click.echo(f"kg: error: {error}", err=True)


def _byte_size(text: str) -> int:
    units = {"": 1, "K": 1 << 10, "M": 1 << 20, "G": 1 << 30}
    number, unit = text.strip().upper().removesuffix("B"), ""
    if number[-1:] in units:
        number, unit = number[:-1], number[-1]
    if not number.isdigit() or int(number) == 0:
        raise click.BadParameter(f"{text!r} is not a size; e.g. 200M, 2G or a number of bytes")
    return int(number) * units[unit]


def _inputs(f):
    from kg.read import MAX_BYTES

    f = click.option("--max-bytes", "max_bytes", metavar="SIZE", default=f"{MAX_BYTES >> 20}M", show_default=True, callback=lambda c, p, v: _byte_size(v),
                     help="Largest input file read (K, M, G suffixes); larger ones are reported and skipped.")(f)
    f = click.option("--date", metavar="YYYY-MM-DD", help="Article date for relative dates, when the input has none.")(f)
    f = click.option("--lang", metavar="CODE", help="Language of every input (en, id); detected when omitted.")(f)
    f = click.argument("paths", nargs=-1, required=True, metavar="PATH...")(f)
    return f


_debug = False


@click.group(epilog=EXAMPLES)
@click.version_option(package_name="kg")
@click.option("--debug", is_flag=True, help="Show the full traceback of an error instead of one line.")
def cli(debug) -> None:
    """kg turns news articles (Indonesian, English) into a knowledge graph."""
    global _debug
    _debug = debug


_ONTOLOGY_ONLY = click.option("--ontology-only", is_flag=True, help="Leave out generic 'related' links (a verb that maps to no ontology property).")
_MIN_CONFIDENCE = click.option("--min-confidence", type=click.FloatRange(0, 1), default=0.0, show_default=True,
                               help="Leave out triples less confident than this (the learned model's links carry its calibrated probability).")


@cli.command(epilog="""
\b
Examples:
  kg build ../shared/corpus/kazakhstan-2022-01-10.id.txt -o out
  kg build news/ feed.jsonl -o out --date 2022-01-10
  cat article.txt | kg build - -o out --lang en
  kg build archive/ -o out --jobs 8              # 8 worker processes
  kg build archive/ -o out --engine spark --master spark://head:7077
""")
@_inputs
@click.option("-o", "--out", required=True, metavar="OUT", help="Build folder; an existing build there is extended.")
@click.option("--fresh", is_flag=True, help="Ignore an earlier build in OUT and start over.")
@click.option("--progress/--no-progress", default=None, help="Progress bar (default: on a terminal).")
@click.option("--wait", type=click.FloatRange(min=0), default=600, show_default=True, metavar="SECONDS",
              help="How long to wait while another kg build writes OUT.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None, metavar="N",
              help="Worker processes for extraction (default: all cores); the output is the same for any N.")
@click.option("--engine", type=click.Choice(["local", "spark"]), default="local", show_default=True,
              help="Run extraction on this machine, or on Apache Spark (pip install pyspark; Java 17).")
@click.option("--master", metavar="URL", help="Spark master with --engine spark (default local[*]; e.g. spark://host:7077).")
@_ONTOLOGY_ONLY
@_MIN_CONFIDENCE
def build(paths, lang, date, max_bytes, out, fresh, progress, wait, jobs, engine, master, ontology_only, min_confidence) -> None:
    """Build triples.jsonl, entities.jsonl, graph.ttl and an embedded graph store in OUT.

    PATH is a .txt, .html/.htm or .jsonl file (one article a line: id, text, optional lang, date, url,
    title), a .json file (one such record or a list), a folder (read recursively) or - for standard input.
    The new build is written beside OUT and switched in whole; one build at a time writes OUT. Articles
    stream through in batches (memory stays flat); --jobs N extracts in N worker processes, --engine spark on
    a Spark cluster, with the same output.
    """
    from kg.pipeline import Keep, default_jobs
    from kg.pipeline import build as build_graph

    if master and engine != "spark":
        raise click.UsageError("--master goes with --engine spark")
    failures = _Failures()
    summary = build_graph(paths, out, lang=lang, date=date, on_error=failures, progress=progress, fresh=fresh,
                          keep=Keep(ontology_only, min_confidence), max_bytes=max_bytes, wait=wait, on_wait=lambda pid: click.echo(
                              f"kg: {out} is being built by another kg process{f' ({pid})' if pid else ''}; waiting up to {wait:g} s", err=True),
                          jobs=jobs or default_jobs(), engine=engine, master=master)
    click.echo(
        f"{summary.documents} documents, {summary.sentences} sentences, {summary.entities} entities, "
        f"{summary.triples} triples in {summary.seconds:.2f} s → {out}"
        + (f" ({failures.count} input(s) failed)" if failures.count else "")
    )
    rate = summary.sentences / summary.stages["extract"] if summary.stages.get("extract") else 0
    engine_text = ("spark: " if engine == "spark" else "") + f"{summary.workers} process{'es' if summary.workers > 1 else ''}"
    click.echo("  " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in summary.stages.items())
               + f" ({engine_text}, {rate:.0f} sentences/s)")
    if failures.count:
        sys.exit(1)


@cli.command(epilog="""
\b
Examples:
  kg extract article.txt
  kg extract news/ --format table --lang id --date 2022-01-10
""")
@_inputs
@click.option("--format", "fmt", type=click.Choice(["jsonl", "table"]), default="jsonl", show_default=True)
@_ONTOLOGY_ONLY
@_MIN_CONFIDENCE
def extract(paths, lang, date, max_bytes, fmt, ontology_only, min_confidence) -> None:
    """Print the triples of the inputs without building anything."""
    from kg.pipeline import Keep, extract_paths

    failures = _Failures()
    triples = extract_paths(paths, lang=lang, date=date, on_error=failures, keep=Keep(ontology_only, min_confidence), max_bytes=max_bytes)
    if fmt == "jsonl":
        for t in triples:
            click.echo(json.dumps(t.to_json(), ensure_ascii=False))
    else:
        rows = [[t.doc_id, t.subject.name, t.predicate + (f" ({t.role or t.verb})" if t.role or t.verb else ""), t.object.name, t.date or ""] for t in triples]
        _table(["doc", "subject", "predicate", "object", "date"], rows)
    if failures.count:
        sys.exit(1)


@cli.command(epilog="""
\b
Examples:
  kg query out "MATCH (p:Person)-[:DISMISSED]->(o) RETURN p.name, o.name"
  kg query out "MATCH (p:Person) RETURN p.name, p.mentions ORDER BY p.mentions DESC" --format json
  NEO4J_PASSWORD=... kg query --uri bolt://localhost:7687 "MATCH (e:Entity) RETURN e.name LIMIT 5"
""")
@click.argument("out", metavar="[OUT]")
@click.argument("cypher", required=False)
@click.option("--uri", metavar="URI", help="Query this Neo4j server (password from NEO4J_PASSWORD) instead of OUT's embedded store.")
@click.option("--user", default="neo4j", show_default=True, help="Neo4j user (with --uri).")
@click.option("--database", metavar="NAME", help="Neo4j database (with --uri; default: the server's default).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
def query(out, cypher, uri, user, database, fmt) -> None:
    """Run a Cypher query on the embedded graph store of a build folder, or on a Neo4j server with --uri.

    With --uri give only the query: kg query --uri bolt://localhost:7687 "MATCH ...".
    """
    if uri:
        if cypher is not None:
            raise click.UsageError("with --uri give only the query, not a build folder")
        from kg.load import query as run_query

        columns, rows = run_query(uri, user, os.environ.get("NEO4J_PASSWORD", ""), out, database=database)
    else:
        if cypher is None:
            raise click.UsageError("give a build folder and a query (or --uri URI and a query)")
        from kg.store import query as run_query

        columns, rows = run_query(out, cypher)
    _print_rows(columns, rows, fmt)


@cli.command(epilog="""
\b
Examples:
  export NEO4J_PASSWORD=...            # never a flag; empty for a server without auth
  kg load out --uri bolt://localhost:7687
  kg load out --uri neo4j://db.example:7687 --user kg --database news --wipe
  kg load out --uri bolt://localhost:7687 --engine spark --master spark://head:7077
""")
@click.argument("out", metavar="OUT")
@click.option("--uri", default="bolt://localhost:7687", show_default=True, help="Bolt URI of the Neo4j server.")
@click.option("--user", default="neo4j", show_default=True, help="Neo4j user; the password comes from NEO4J_PASSWORD.")
@click.option("--database", metavar="NAME", help="Database to load into (default: the server's default).")
@click.option("--wipe", is_flag=True, help="Delete everything in the database first.")
@click.option("--batch-size", type=click.IntRange(min=1), default=10_000, show_default=True, help="Rows per transaction.")
@click.option("--engine", type=click.Choice(["bolt", "spark"]), default="bolt", show_default=True,
              help="Write with kg's own Bolt loader, or from Spark with the Neo4j Connector for Apache Spark.")
@click.option("--master", metavar="URL", help="Spark master with --engine spark (default local[*]).")
def load(out, uri, user, database, wipe, batch_size, engine, master) -> None:
    """Load a build folder (entities, triples, articles) into Neo4j; loading again changes nothing.

    Entities become :Entity:<Class> nodes, triples relationships named after their predicate with their
    provenance, articles :Article nodes with MENTIONS edges. Bad records are reported and skipped.
    """
    from kg.load import load as load_build

    if engine == "spark":
        from kg.load import wipe as wipe_database
        from kg.spark import load as load_with_spark

        if wipe:
            wipe_database(uri, user, os.environ.get("NEO4J_PASSWORD", ""), database=database)
        report = load_with_spark(out, uri, user, os.environ.get("NEO4J_PASSWORD", ""), database=database, master=master)
    else:
        if master:
            raise click.UsageError("--master goes with --engine spark")
        report = load_build(out, uri, user, os.environ.get("NEO4J_PASSWORD", ""), database=database, wipe=wipe,
                            batch_size=batch_size, progress=None)
    for problem in report.skipped:
        click.echo(f"kg: error: {problem}", err=True)
    click.echo(
        f"{report.entities} entities, {report.articles} articles, {report.relationships} relationships, "
        f"{report.mentions} mentions → {uri} in {report.seconds:.2f} s"
        + (f" ({len(report.skipped)} record(s) skipped)" if report.skipped else "")
    )
    if report.phases:
        click.echo("  " + ", ".join(f"{name} {seconds:.2f} s" for name, seconds in report.phases.items())
                   + (" (empty database: created)" if report.first else ""))
    if report.skipped:
        sys.exit(1)


@cli.command(epilog="""
\b
Examples:
  kg entities out
  kg entities out --type Person --search masimov
  kg entities out --type Country --format json
""")
@click.argument("out", metavar="OUT")
@click.option("--type", "type_", metavar="CLASS", help="Only entities of this ontology class (Person, Organization, Country, ...).")
@click.option("--search", metavar="NAME", help="Only entities whose name or an alias contains NAME (case, accents and spelling variants ignored).")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def entities(out, type_, search, fmt) -> None:
    """List the entities of a build folder with their aliases and mention counts, most mentioned first."""
    from kg.resolve import entities as list_entities

    found = list_entities(out, type=type_, search=search)
    if fmt == "json":
        for e in found:
            click.echo(json.dumps(e.to_json(), ensure_ascii=False))
        return
    rows = [[e.id, e.type, e.name, e.mentions, len(e.docs), "; ".join(dict.fromkeys(f"{a.text} ({a.lang})" for a in e.aliases))] for e in found]
    _table(["id", "type", "name", "mentions", "docs", "aliases"], rows)


@cli.command(epilog="""
\b
Examples:
  kg evaluate ../shared/eval/kazakhstan-2022-01-10.gold.jsonl
  kg evaluate gold.jsonl --corpus articles/ -v
""")
@click.argument("gold", metavar="GOLD.jsonl")
@click.option("--corpus", metavar="DIR", help="Folder with the articles named in the gold 'source' fields (default: ../corpus beside GOLD).")
@click.option("-v", "--verbose", is_flag=True, help="List missed gold triples and false positives.")
def evaluate(gold, corpus, verbose) -> None:
    """Score extraction against gold triples: precision, recall and F1 per document and overall."""
    from kg.evaluate import evaluate as score

    report = score(gold, corpus)
    rows = [[d.doc_id, d.gold, d.extracted, d.matched, f"{d.precision:.2f}", f"{d.recall:.2f}", f"{d.f1:.2f}"] for d in report.docs]
    _table(["document", "gold", "extracted", "matched", "P", "R", "F1"], rows)
    if verbose:
        for d in report.docs:
            for g in d.misses:
                click.echo(f"  miss  {d.doc_id}: {g['subject']} –{g['relation']}→ {g['object']}")
            for t in d.false_positives:
                role = f" ({t.role or t.verb})" if t.role or t.verb else ""
                click.echo(f"  extra {d.doc_id}: {t.subject.name} –{t.predicate}{role}→ {t.object.name}")
    click.echo(f"overall: P={report.precision:.3f} R={report.recall:.3f} F1={report.f1:.3f} ({report.matched} matched)")


@cli.command(epilog="""
\b
Examples:
  kg export out --format ttl              # out/graph.ttl
  kg export out --format trig             # one named graph per article
  kg export out --format graphml -o kg.graphml   # for Gephi or yEd
  kg export out --format neo4j-admin -o csv/     # then: neo4j-admin database import full @csv/neo4j-admin.args neo4j
""")
@click.argument("out", metavar="OUT")
@click.option("--format", "fmt", type=click.Choice(["ttl", "trig", "nq", "nt", "jsonld", "graphml", "neo4j-admin"]), default="ttl", show_default=True,
              help="Turtle, TriG, N-Quads, N-Triples, JSON-LD, GraphML, or the CSV files of neo4j-admin's bulk import.")
@click.option("-o", "--output", metavar="FILE", help="Where to write (default: OUT/graph.<format>; for neo4j-admin a folder, default OUT/neo4j-import).")
def export(out, fmt, output) -> None:
    """Export a build folder as RDF (with per-article provenance), GraphML, or CSV files for neo4j-admin import.

    The neo4j-admin files hold the graph kg load writes (same labels, types, keys, properties) for
    'neo4j-admin database import full' into an empty database; kg load then goes on incrementally.
    """
    if fmt == "neo4j-admin":
        from kg.neo4j_csv import import_arguments, write_csv

        report = write_csv(out, output, progress=None)
        for problem in report.skipped:
            click.echo(f"kg: error: {problem}", err=True)
        click.echo(f"wrote {report.folder}: {report.entities} entities, {report.articles} articles, "
                   f"{report.relationships} relationships, {report.mentions} mentions")
        click.echo("import into an empty database (Neo4j stopped) with:\n  neo4j-admin " + " ".join(import_arguments(report.folder)))
        if report.skipped:
            sys.exit(1)
        return
    from kg.rdf import export as export_build

    click.echo(f"wrote {export_build(out, fmt, output)}")


@cli.command(epilog="""
\b
Examples:
  kg validate out
""")
@click.argument("out", metavar="OUT")
def validate(out) -> None:
    """Check a build folder's RDF against the SHACL shapes (ontology/shapes.ttl); list what is wrong, in plain words."""
    from kg.rdf import validate as validate_build

    problems = validate_build(out)
    for problem in problems:
        click.echo(problem)
    if problems:
        click.echo(f"{len(problems)} problem(s)", err=True)
        sys.exit(1)
    click.echo("conforms to ontology/shapes.ttl")


@cli.command(epilog="""
\b
Examples:
  kg analyze out                          # the 10 most central entities, communities, components
  kg analyze out --top 0 --format csv     # every entity's scores
  kg analyze out --entity Tokayev         # his neighbours and timeline, with evidence
  kg analyze out --write                  # keep the scores in the store (and for kg load)
""")
@click.argument("out", metavar="OUT")
@click.option("--entity", metavar="NAME", help="Show this entity's ego network and timeline (its name or an alias, in any language).")
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True, help="How many entities to list (0: all).")
@click.option("--format", "fmt", type=click.Choice(["table", "json", "csv"]), default="table", show_default=True)
@click.option("--write", is_flag=True, help="Store the scores as node properties in OUT's embedded store and OUT/analysis.json (kg load carries them to Neo4j).")
def analyze(out, entity, top, fmt, write) -> None:
    """Centrality (degree, PageRank, betweenness), communities (Louvain) and components of a build; an entity's ego network and timeline."""
    from kg.analyze import analyze as analyze_build

    result = analyze_build(out, entity=entity, write=write)
    shown = list(result.scores[: top or None])
    if fmt == "json":
        click.echo(json.dumps(result.to_json(top or None), ensure_ascii=False, indent=1))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        if result.ego is not None:
            columns = ["date", "subject", "predicate", "role", "object", "doc_id", "confidence", "evidence"]
            writer.writerow(columns)
            writer.writerows([[getattr(e, c) for c in columns] for e in result.ego.timeline])
        else:
            columns = ["rank", "id", "name", "type", "degree", "pagerank", "betweenness", "community", "component"]
            writer.writerow(columns)
            writer.writerows([[n, *list(s.to_json().values())] for n, s in enumerate(shown, 1)])
    elif result.ego is not None:
        ego = result.ego
        rank = result.scores.index(ego.score) + 1
        click.echo(f"{ego.entity.name} ({ego.entity.id}), rank {rank} of {len(result.scores)} by PageRank, "
                   f"community {ego.score.community}, aliases: {', '.join(dict.fromkeys(f'{a.text} ({a.lang})' for a in ego.entity.aliases)) or '-'}")
        click.echo("")
        _table(["neighbour", "type", "relations"], [[n.name, n.type, ", ".join(n.relations)] for n in ego.neighbours])
        click.echo("")
        _table(["date", "relation", "doc", "conf", "evidence"],
               [[e.date or "?", f"{e.subject} –{e.predicate}{f' ({e.role})' if e.role else ''}→ {e.object}", e.doc_id,
                 f"{e.confidence:.2f}", e.evidence] for e in ego.timeline])
    else:
        _table(["rank", "name", "type", "degree", "pagerank", "betweenness", "community", "component"],
               [[n, s.name, s.type, s.degree, f"{s.pagerank:.4f}", "" if s.betweenness is None else f"{s.betweenness:.4f}", s.community, s.component]
                for n, s in enumerate(shown, 1)])
        names = {s.id: s.name for s in result.scores}
        rank_of = {s.id: n for n, s in enumerate(result.scores)}
        click.echo("")
        click.echo(f"{len(result.communities)} communities (Louvain), {len(result.components)} connected components")
        for n, group in enumerate(result.communities):
            members = sorted(group, key=rank_of.__getitem__)
            more = f" and {len(group) - 5} more" if len(group) > 5 else ""
            click.echo(f"  community {n}: {', '.join(names[i] for i in members[:5])}{more}")
    if result.written:
        click.echo(f"scores written to {result.written} and {out}/graph.kuzu", err=True)


@cli.command(epilog="""
\b
Examples:
  kg view out                             # out/graph.html
  kg view out -o graph.html               # open it with a double-click; it needs no network
""")
@click.argument("out", metavar="OUT")
@click.option("-o", "--output", metavar="FILE", help="Where to write the page (default: OUT/graph.html).")
def view(out, output) -> None:
    """Write the build as one self-contained interactive HTML page: search, filters, evidence on every relation."""
    from kg.view import view as write_page

    click.echo(f"wrote {write_page(out, output)}")


def _print_rows(columns: list[str], rows: list[list], fmt: str) -> None:
    if fmt == "json":
        for row in rows:
            click.echo(json.dumps(dict(zip(columns, row)), ensure_ascii=False, default=str))
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        writer.writerows(rows)
    else:
        _table(columns, [["" if v is None else str(v) for v in row] for row in rows])


def _table(columns: list[str], rows: list[list]) -> None:
    cells = [[str(c) for c in columns]] + [[str(v) for v in row] for row in rows]
    widths = [max(len(r[i]) for r in cells) for i in range(len(columns))]
    for n, row in enumerate(cells):
        click.echo("  ".join(v.ljust(w) for v, w in zip(row, widths)).rstrip())
        if n == 0:
            click.echo("  ".join("-" * w for w in widths))


def main() -> None:
    """Entry point: run the CLI, turning errors into one line and an exit code (see the module docstring)."""
    try:
        try:
            cli(standalone_mode=False)
        except (OSError, MemoryError) as error:
            if isinstance(error, BrokenPipeError) or _debug:
                raise
            raise ResourceError(_environment(error)) from error
    except click.exceptions.Exit as done:
        sys.exit(done.exit_code)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except click.exceptions.Abort:
        click.echo("kg: aborted", err=True)
        sys.exit(130)
    except KGError as error:
        if _debug:
            raise
        click.echo(f"kg: error: {' '.join(str(error).split())}", err=True)
        sys.exit(error.exit_code)
    except BrokenPipeError:
        sys.exit(0)


def _environment(error: BaseException) -> str:
    if isinstance(error, MemoryError):
        return "out of memory; give kg smaller inputs (--max-bytes) or more memory"
    from kg.folder import os_reason

    return os_reason(error)


if __name__ == "__main__":
    main()
