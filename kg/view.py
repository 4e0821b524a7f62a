"""The standalone graph page: one HTML file, opened by double-click with no network, drawing a build with vis-network.

vis-network's JS and CSS come at run time from the installed ``pyvis`` wheel (which ships them) and are
inlined, with kg's own page (``view.html``, ``view.js``) and the graph as JSON in a
``<script type="application/json">`` block. Names and sentences reach the page only through that block, and
the page code puts them into the document as text (``textContent``), never as HTML.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
import re
from collections import defaultdict
from importlib import resources
from pathlib import Path

from kg import ontology
from kg.errors import KGError
from kg.records import Entity, Triple

VIS_VERSION = "9.1.2"  # the newer of the two vis-network builds inside pyvis 0.3.2
FIXED_LAYOUT_FROM = 250  # nodes; from here positions are computed in Python and physics stays off
STYLE_FILE = "style.grass"
_SLOTS = re.compile(r"/\*@KG_(CSP|VIS_CSS|VIS_JS|DATA|APP)@\*/")


def grass_colours(text: str | None = None) -> dict[str, dict[str, str]]:
    """Node colours of a GraSS style sheet (``ontology/style.grass`` by default): class → color, border-color.

    >>> grass_colours()["Person"]["color"]
    '#4C8EDA'
    """
    text = ontology.text(STYLE_FILE) if text is None else text
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    colours: dict[str, dict[str, str]] = {}
    # A body may hold braces inside quotes (caption: '{name}').
    rule = r"""(node(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*\{((?:'[^']*'|"[^"]*"|[^{}'"])*)\}"""
    for selector, body in re.findall(rule, text):
        props = {}
        for decl in body.split(";"):
            name, sep, value = decl.partition(":")
            if sep and name.strip() in ("color", "border-color"):
                props[name.strip()] = value.strip()
        colours[selector.removeprefix("node").removeprefix(".") or "*"] = props
    return colours


def vis_files() -> tuple[str, str]:
    """vis-network's JS and CSS as shipped inside the installed pyvis wheel; KGError when pyvis is missing."""
    try:
        import pyvis
    except ImportError:
        raise KGError("kg view needs the pyvis package (it ships vis-network): pip install pyvis==0.3.2") from None
    folder = Path(pyvis.__file__).parent / "lib" / f"vis-{VIS_VERSION}"
    try:
        js = (folder / "vis-network.min.js").read_text(encoding="utf-8")
        css = (folder / "vis-network.css").read_text(encoding="utf-8")
    except OSError as error:
        raise KGError(f"vis-network {VIS_VERSION} not found in the pyvis package at {folder}: {error}") from None
    for name, code in (("vis-network.min.js", js), ("vis-network.css", css)):
        # Inlined text must not end its <script>/<style> element early.
        if re.search(r"</(script|style)|<!--", code, re.I):
            raise KGError(f"{folder / name} cannot be inlined: it contains an HTML end tag or comment")
    return js, css


def page_data(triples: list[Triple], entities: list[Entity], articles: list[dict]) -> dict:
    """What the page draws, as plain JSON-ready data: nodes with scores and colours, one edge per
    (subject, predicate, object) with every sentence that said it, articles and the class colours.
    """
    from kg.analyze import entity_graph, layout, scores

    g = entity_graph(triples, entities)
    fixed = g.number_of_nodes() >= FIXED_LAYOUT_FROM
    ranked, communities, _ = scores(g, betweenness=not fixed)  # sampled betweenness of 5,000 nodes takes ~10 s
    by_id = {s.id: s for s in ranked}
    top = max((s.pagerank for s in ranked), default=1.0) or 1.0
    positions = layout(g, communities) if fixed else {}
    known = {e.id: e for e in entities}
    nodes = []
    for n in g:
        e = known.get(n)
        s = by_id[n]
        node = {
            "id": n, "name": s.name, "type": s.type,
            "aliases": [[a.text, a.lang] for a in e.aliases] if e else [],
            "mentions": e.mentions if e else 0, "docs": list(e.docs) if e else [],
            "degree": s.degree, "pagerank": round(s.pagerank, 6), "betweenness": None if s.betweenness is None else round(s.betweenness, 6),
            "community": s.community, "size": round(8 + 32 * (s.pagerank / top) ** 0.5, 1),
        }
        if fixed:
            node["x"], node["y"] = positions[n]
        nodes.append(node)
    grouped: dict[tuple[str, str, str], list[Triple]] = defaultdict(list)
    for t in triples:
        grouped[(t.subject.id, t.predicate, t.object.id)].append(t)
    edges = []
    for n, ((s, p, o), said) in enumerate(grouped.items()):
        said.sort(key=lambda t: (t.date is None, t.date or "", t.doc_id, t.sentence_start))
        edges.append({
            "id": f"e{n}", "from": s, "to": o, "predicate": p, "label": ontology.label(p, "en"),
            "ev": [{"doc": t.doc_id, "date": t.date, "confidence": round(float(t.confidence), 3),
                    "evidence": t.evidence, "role": t.role, "lang": t.lang} for t in said],
        })
    colours = grass_colours()
    classes = {}
    for c in sorted({node["type"] for node in nodes}):
        rule = colours.get(c) or colours.get("*", {})
        classes[c] = {"color": rule.get("color", "#A5ABB6"), "border": rule.get("border-color", "#9AA1AC")}
    return {
        "nodes": nodes, "edges": edges, "classes": classes, "fixed": fixed,
        "articles": [{k: a.get(k) for k in ("id", "title", "date", "url", "lang")} for a in articles],
    }


def script_json(data: object) -> str:
    """JSON safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` escaped, so no name can close the element.

    >>> script_json({"name": "</script><b>"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003cb\\\\u003e"}'
    """
    text = json.dumps(data, ensure_ascii=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render(data: dict, title: str = "kg graph") -> str:
    """The whole page as one string: vis-network, kg's page code and the data, nothing fetched."""
    js, css = vis_files()
    page = resources.files("kg").joinpath("view.html").read_text(encoding="utf-8")
    app = resources.files("kg").joinpath("view.js").read_text(encoding="utf-8")
    # The page may run exactly its two scripts (by hash) and fetch nothing: no script an attacker's text could
    # smuggle in would run, and no request could leave even if one did.
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(code.encode()).digest()).decode()}'" for code in (js, app))
    csp = f"default-src 'none'; script-src {hashes}; style-src 'unsafe-inline'; img-src data:"
    parts = {"CSP": csp, "VIS_CSS": css, "VIS_JS": js, "DATA": script_json({**data, "title": title}), "APP": app}
    # One pass: text put into a slot is never searched for further slots.
    return _SLOTS.sub(lambda m: parts[m.group(1)], page)


def view(out_dir: str | Path, output: str | Path | None = None) -> Path:
    """Write the build in ``out_dir`` as one self-contained interactive HTML page; returns its path.

    The default output is ``OUT/graph.html``.

    >>> view("out", "graph.html")  # doctest: +SKIP
    PosixPath('graph.html')
    """
    from kg.pipeline import read_build

    triples, entities, articles = read_build(out_dir)
    path = Path(output) if output else Path(out_dir) / "graph.html"
    html = render(page_data(triples, entities, articles), title=f"kg: {Path(out_dir).name}")
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        tmp.write_text(html, encoding="utf-8")
        os.replace(tmp, path)
    except OSError as error:
        tmp.unlink(missing_ok=True)
        raise KGError(f"cannot write {path}: {error.strerror or error}") from None
    return path
