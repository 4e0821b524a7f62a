// kg's graph page: draws the build embedded in #kg-data with vis-network, with search, filters and evidence.
// Every name and sentence enters the document through textContent, never as HTML.
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("kg-data").textContent);
  const $ = (id) => document.getElementById(id);

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) node.textContent = String(text);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.dir = "auto"; // right-to-left names read right
    return node;
  }
  const fold = (s) => String(s).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[-‐_]/g, " ");

  const nodeById = new Map(data.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(data.edges.map((e) => [e.id, e]));
  const articleById = new Map(data.articles.map((a) => [a.id, a]));
  const edgesOf = new Map();
  for (const e of data.edges) {
    for (const end of new Set([e.from, e.to])) {
      if (!edgesOf.has(end)) edgesOf.set(end, []);
      edgesOf.get(end).push(e);
    }
  }
  const dates = [...new Set(data.edges.flatMap((e) => e.ev.map((v) => v.date).filter(Boolean)))].sort();
  const predicates = [...new Set(data.edges.map((e) => e.predicate))].sort();
  const big = data.fixed;

  // ---------- filters ----------
  const state = {
    classes: new Set(Object.keys(data.classes)), predicates: new Set(predicates),
    article: "", from: 0, to: Math.max(dates.length - 1, 0), undated: true,
  };
  const edgeFiltered = () => state.predicates.size < predicates.length || state.article !== "" ||
    !state.undated || state.from > 0 || state.to < dates.length - 1;

  function evidenceShown(v) {
    if (state.article && v.doc !== state.article) return false;
    if (!v.date) return state.undated;
    return !dates.length || (v.date >= dates[state.from] && v.date <= dates[state.to]);
  }
  let shownEdges = new Set(), shownNodes = new Set();
  function recompute() {
    shownEdges = new Set();
    const ends = new Set();
    for (const e of data.edges) {
      if (!state.predicates.has(e.predicate)) continue;
      if (!state.classes.has(nodeById.get(e.from).type) || !state.classes.has(nodeById.get(e.to).type)) continue;
      if (!e.ev.some(evidenceShown)) continue;
      shownEdges.add(e.id);
      ends.add(e.from); ends.add(e.to);
    }
    const filtered = edgeFiltered();
    shownNodes = new Set(data.nodes.filter((n) => state.classes.has(n.type) && (!filtered || ends.has(n.id))).map((n) => n.id));
  }
  recompute();

  // ---------- the network ----------
  // A big graph labels only its most central nodes (measuring 5,000 labels each frame costs most of the frame
  // time); any node gets its label back when it is selected.
  const labelled = new Set(big ? [...data.nodes].sort((a, b) => b.pagerank - a.pagerank).slice(0, 200).map((n) => n.id)
                               : data.nodes.map((n) => n.id));
  const nodes = new vis.DataSet(data.nodes.map((n) => {
    const c = data.classes[n.type] || { color: "#A5ABB6", border: "#9AA1AC" };
    const item = {
      id: n.id, label: labelled.has(n.id) ? n.name : undefined, size: n.size, shape: "dot",
      color: { background: c.color, border: c.border, highlight: { background: c.color, border: "#222" },
               hover: { background: c.color, border: "#222" } },
    };
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  }));
  const edges = new vis.DataSet(data.edges.map((e) => ({
    id: e.id, from: e.from, to: e.to, label: big ? undefined : e.label,
    width: 1 + Math.log2(e.ev.length),
  })));
  const nodeView = new vis.DataView(nodes, { filter: (n) => shownNodes.has(n.id) });
  const edgeView = new vis.DataView(edges, { filter: (e) => shownEdges.has(e.id) });
  const options = {
    layout: { improvedLayout: !big, randomSeed: 7 },
    physics: big ? false : { solver: "forceAtlas2Based", forceAtlas2Based: { springLength: 120 },
                             stabilization: { iterations: 400, fit: true } },
    nodes: { font: { size: 13, color: "#222", strokeWidth: 3, strokeColor: "#fff" }, borderWidth: big ? 1 : 2 },
    edges: {
      arrows: { to: { enabled: true, scaleFactor: 0.5 } }, smooth: big ? false : { type: "continuous" },
      color: { color: "#A5ABB6", highlight: "#333", hover: "#555" },
      font: { size: 10, color: "#555", strokeWidth: 3, strokeColor: "#fff", align: "middle" },
    },
    interaction: { hover: !big, hideEdgesOnDrag: big, hideEdgesOnZoom: big, tooltipDelay: 200, multiselect: false },
  };
  const network = new vis.Network($("graph"), { nodes: nodeView, edges: edgeView }, options);

  const api = {
    ready: false, drawn: 0, network, data,
    selectNode, selectEdge, search,
    edgeIds: (predicate) => data.edges.filter((e) => !predicate || e.predicate === predicate).map((e) => e.id),
    shown: () => ({ nodes: nodeView.length, edges: edgeView.length }),
    setFilter,
  };
  window.kgView = api;
  network.on("afterDrawing", () => { api.drawn += 1; });
  function markReady() {
    network.once("afterDrawing", () => { api.readyAt = performance.now(); api.ready = true; document.body.dataset.ready = "1"; });
    network.redraw();
  }
  if (!data.nodes.length) $("details").replaceChildren(el("p", "This build has no entities to draw.", "muted"));
  if (big || !data.nodes.length) markReady();  // no physics to wait for
  else network.once("stabilizationIterationsDone", () => { network.setOptions({ physics: false }); markReady(); });

  network.on("click", (params) => {
    if (params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges.length) showEdge(params.edges[0]);
  });

  // ---------- details ----------
  const details = $("details");
  function articleLine(docId) {
    const a = articleById.get(docId);
    const line = el("div", null, "muted");
    line.append(el("span", a && a.title ? a.title : docId));
    if (a && a.title) line.append(el("span", " (" + docId + ")"));
    if (a && a.url) line.append(el("div", a.url));
    return line;
  }
  function evidenceItem(v, heading) {
    const item = el("div", null, "item");
    if (heading) item.append(el("div", heading));
    const quote = el("blockquote", v.evidence);
    quote.lang = v.lang || "";
    item.append(quote);
    const facts = el("dl");
    const add = (k, val) => { facts.append(el("dt", k), el("dd", val)); };
    add("date", v.date || "undated");
    add("confidence", Number(v.confidence).toFixed(2));
    if (v.role) add("role", v.role);
    item.append(facts, articleLine(v.doc));
    return item;
  }
  function showEdge(id) {
    const e = edgeById.get(id);
    if (!e) return false;
    const s = nodeById.get(e.from), o = nodeById.get(e.to);
    details.replaceChildren();
    details.dataset.kind = "edge";
    details.dataset.id = id;
    details.append(el("h2", s.name + " –" + e.label + "→ " + o.name));
    details.append(el("div", e.ev.length === 1 ? "1 sentence says so" : e.ev.length + " sentences say so", "muted"));
    for (const v of e.ev) details.append(evidenceItem(v));
    return true;
  }
  function showNode(id) {
    const n = nodeById.get(id);
    if (!n) return false;
    details.replaceChildren();
    details.dataset.kind = "node";
    details.dataset.id = id;
    const c = data.classes[n.type] || {};
    const head = el("h2");
    const swatch = el("span", null, "swatch");
    swatch.style.background = c.color || "#A5ABB6";
    swatch.style.borderColor = c.border || "#9AA1AC";
    head.append(swatch, el("span", n.name, "name"));
    details.append(head);
    const facts = el("dl");
    const add = (k, val) => { facts.append(el("dt", k), el("dd", val)); };
    add("class", n.type);
    add("id", n.id);
    add("mentions", n.mentions);
    add("degree", n.degree);
    add("PageRank", Number(n.pagerank).toFixed(4));
    if (n.betweenness !== null) add("betweenness", Number(n.betweenness).toFixed(4));
    add("community", n.community);
    details.append(facts);
    details.append(el("h3", "Aliases"));
    const aliases = el("ul", null, "plain aliases");
    for (const [text, lang] of n.aliases) aliases.append(el("li", text + " (" + lang + ")"));
    if (!n.aliases.length) aliases.append(el("li", "none", "muted"));
    details.append(aliases);
    details.append(el("h3", "Timeline"));
    const events = [];
    for (const e of edgesOf.get(id) || []) {
      for (const v of e.ev) events.push([v, e]);
    }
    events.sort((a, b) => (a[0].date || "\uffff").localeCompare(b[0].date || "\uffff"));
    const timeline = el("div", null, "timeline");
    for (const [v, e] of events) {
      const role = v.role ? " (" + v.role + ")" : "";
      timeline.append(evidenceItem(v, (v.date || "undated") + ": " + nodeById.get(e.from).name + " –" + e.label + role + "→ " + nodeById.get(e.to).name));
    }
    if (!events.length) timeline.append(el("p", "no relations", "muted"));
    details.append(timeline);
    return true;
  }
  function selectNode(id) {
    if (!nodeById.has(id)) return false;
    if (shownNodes.has(id)) {
      if (!labelled.has(id)) { labelled.add(id); nodes.update({ id, label: nodeById.get(id).name }); }
      network.selectNodes([id]);
      network.focus(id, { scale: Math.max(network.getScale(), 1), animation: false });
    }
    return showNode(id);
  }
  function selectEdge(id) {
    if (!edgeById.has(id)) return false;
    if (shownEdges.has(id)) network.selectEdges([id]);
    return showEdge(id);
  }

  // ---------- search ----------
  const input = $("search"), results = $("results");
  function search(query) {
    const q = fold(query).trim();
    if (!q) return [];
    const found = [];
    for (const n of data.nodes) {
      let via = null;
      if (fold(n.name).includes(q)) via = "";
      else {
        const alias = n.aliases.find(([text]) => fold(text).includes(q));
        if (alias) via = alias[0];
      }
      if (via !== null) found.push({ id: n.id, via, exact: fold(n.name) === q || (via && fold(via) === q), pagerank: n.pagerank });
    }
    found.sort((a, b) => (b.exact - a.exact) || (b.pagerank - a.pagerank));
    return found.slice(0, 30);
  }
  function showResults() {
    results.replaceChildren();
    for (const r of search(input.value)) {
      const n = nodeById.get(r.id);
      const li = el("li");
      li.dataset.id = r.id;
      li.append(el("span", n.name, "name"), el("span", " · " + n.type, "muted"));
      if (r.via) li.append(el("span", " · alias " + r.via, "muted"));
      li.addEventListener("click", () => { selectNode(r.id); results.replaceChildren(); });
      results.append(li);
    }
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", (ev) => {
    if (ev.key === "Enter" && results.firstChild) { selectNode(results.firstChild.dataset.id); results.replaceChildren(); }
    if (ev.key === "Escape") results.replaceChildren();
  });

  // ---------- filter controls ----------
  function refresh() {
    recompute();
    nodeView.refresh();
    edgeView.refresh();
    $("status").textContent = nodeView.length + " of " + data.nodes.length + " nodes, " +
      edgeView.length + " of " + data.edges.length + " relations";
  }
  function setFilter(change) {
    for (const key of ["article", "undated", "from", "to"]) if (key in change) state[key] = change[key];
    if (change.classes) state.classes = new Set(change.classes);
    if (change.predicates) state.predicates = new Set(change.predicates);
    $("article").value = state.article;
    $("undated").checked = state.undated;
    $("date-from").value = String(state.from);
    $("date-to").value = String(state.to);
    dateLabels();
    refresh();
    return api.shown();
  }
  function checkbox(container, value, text, set, colour) {
    const label = el("label");
    const box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = value;
    box.addEventListener("change", () => { if (box.checked) set().add(value); else set().delete(value); refresh(); });
    label.append(box);
    if (colour) {
      const swatch = el("span", null, "swatch");
      swatch.style.background = colour.color;
      swatch.style.borderColor = colour.border;
      label.append(swatch);
    }
    label.append(el("span", text));
    container.append(label);
  }
  const countBy = (items, key) => items.reduce((m, x) => m.set(key(x), (m.get(key(x)) || 0) + 1), new Map());
  const perClass = countBy(data.nodes, (n) => n.type);
  for (const [c, colour] of Object.entries(data.classes)) checkbox($("classes"), c, c + " (" + (perClass.get(c) || 0) + ")", () => state.classes, colour);
  const perPredicate = countBy(data.edges, (e) => e.predicate);
  const labelOf = new Map(data.edges.map((e) => [e.predicate, e.label]));
  for (const p of predicates) checkbox($("predicates"), p, labelOf.get(p) + " (" + perPredicate.get(p) + ")", () => state.predicates);
  for (const a of data.articles) {
    const option = el("option", (a.date ? a.date + " · " : "") + (a.title || a.id));
    option.value = a.id;
    $("article").append(option);
  }
  $("article").addEventListener("change", (ev) => { state.article = ev.target.value; refresh(); });
  const from = $("date-from"), to = $("date-to");
  for (const slider of [from, to]) slider.max = String(Math.max(dates.length - 1, 0));
  to.value = String(Math.max(dates.length - 1, 0));
  function dateLabels() {
    $("date-from-label").textContent = dates[state.from] || "–";
    $("date-to-label").textContent = dates[state.to] || "–";
  }
  from.addEventListener("input", () => { state.from = Math.min(Number(from.value), state.to); from.value = state.from; dateLabels(); refresh(); });
  to.addEventListener("input", () => { state.to = Math.max(Number(to.value), state.from); to.value = state.to; dateLabels(); refresh(); });
  $("undated").addEventListener("change", (ev) => { state.undated = ev.target.checked; refresh(); });
  $("title").textContent = data.title || "kg graph";
  document.title = data.title || "kg graph";
  dateLabels();
  refresh();
})();
