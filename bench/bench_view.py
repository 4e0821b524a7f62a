"""Graph page speed: a build-like graph (stories of entities, a few cross-story links, dated evidence) drawn by
``kg view``'s page in headless Chromium.

Reports the seconds ``kg view`` takes to write the page, the page's size, the time from navigation to the first
drawn frame (``window.kgView.readyAt``, the page's own clock), the time to apply a filter and redraw, the time of
one full frame (every edge drawn), and the median time from a mouse-wheel zoom step to its frame (vis-network
hides the edges of a big graph while zooming or dragging).

Run: python bench/bench_view.py [--nodes 5000] [--edges 20000] [--keep graph.html]
Needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver) and selenium.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import tempfile
import time
from pathlib import Path

from kg.records import Alias, Entity, Node, Triple
from kg.view import view

TYPES = ["Person", "Organization", "Country", "Group", "Location", "Event"]
PREDICATES = ["dismissed", "met", "urged", "holds_role", "located_in", "accused", "arrested", "visited", "blamed"]


def synthetic_build(folder: Path, n_nodes: int, n_edges: int, story_size: int = 50) -> Path:
    """Write triples.jsonl, entities.jsonl and articles.jsonl of a synthetic news graph into ``folder``."""
    rng = random.Random(7)
    entities = [Entity(f"{TYPES[i % len(TYPES)].lower()}/e{i}", f"Entity {i} {rng.choice(['Aliyev', 'Obi', 'Tan', 'Lee'])}",
                       TYPES[i % len(TYPES)], (Alias(f"E{i}", "en"), Alias(f"Entitas {i}", "id")), rng.randint(1, 9), (f"d{i // story_size}",))
               for i in range(n_nodes)]
    stories = [entities[i:i + story_size] for i in range(0, n_nodes, story_size)]
    triples = []
    for k in range(n_edges):
        story = rng.randrange(len(stories))
        members = stories[story]
        # A few hubs per story (power-law-ish), and 3 % of links reach into another story.
        s = members[min(int(rng.paretovariate(1.2)) - 1, len(members) - 1)]
        o = rng.choice(stories[rng.randrange(len(stories))] if rng.random() < 0.03 else members)
        if o is s:
            o = members[(members.index(s) + 1) % len(members)]
        day = 1 + (story * 7 + k % 5) % 365
        date = time.strftime("%Y-%m-%d", time.gmtime(1640995200 + day * 86400))
        text = f"Officials said {s.name} and {o.name} met in the capital on day {day} of the year, sentence {k}."
        triples.append(Triple(f"d{story}", Node(s.name, s.type, (), s.id), rng.choice(PREDICATES), Node(o.name, o.type, (), o.id),
                              text, 0, len(text), "en", date if k % 10 else None, round(rng.uniform(0.5, 0.9), 2)))
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in (("triples.jsonl", [t.to_json() for t in triples]), ("entities.jsonl", [e.to_json() for e in entities]),
                       ("articles.jsonl", [{"id": f"d{i}", "title": f"Story {i}", "date": "2022-01-01", "lang": "en"} for i in range(len(stories))])):
        with open(folder / name, "w", encoding="utf-8") as f:
            for row in rows:
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return folder


def chromium():
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", f"--user-data-dir={tempfile.mkdtemp()}"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)


def measure(page: Path, timeout: float = 120) -> dict:
    driver = chromium()
    try:
        started = time.perf_counter()
        driver.get(page.resolve().as_uri())
        while not driver.execute_script("return !!(window.kgView && window.kgView.ready)"):
            if time.perf_counter() - started > timeout:
                raise TimeoutError(f"the page did not draw within {timeout} s")
            time.sleep(0.05)
        wall = time.perf_counter() - started
        ready = driver.execute_script("return window.kgView.readyAt") / 1000
        shown = driver.execute_script("return window.kgView.shown()")
        filtered = driver.execute_async_script("""
            const done = arguments[arguments.length - 1], v = window.kgView, t0 = performance.now();
            v.network.once('afterDrawing', () => done((performance.now() - t0) / 1000));
            v.setFilter({predicates: ['met', 'dismissed', 'urged']});""")
        driver.execute_script("window.kgView.setFilter({predicates: window.kgView.data.edges.map(e => e.predicate)})")
        full_frame = driver.execute_async_script("""
            const done = arguments[arguments.length - 1], net = window.kgView.network, times = [];
            const one = () => { const t0 = performance.now();
              net.once('afterDrawing', () => { times.push(performance.now() - t0);
                if (times.length < 5) one(); else done(times.sort((a, b) => a - b)[2] / 1000); });
              net.redraw(); };
            one();""")
        # Wheel zoom as a user does it (vis-network hides the edges of a big graph while zooming): the time from
        # each wheel event to the frame drawn for it, ten zoom steps in a row.
        zoom = driver.execute_async_script("""
            const done = arguments[arguments.length - 1], net = window.kgView.network, times = [];
            const canvas = document.querySelector('#graph canvas'), box = canvas.getBoundingClientRect();
            const step = () => { const t0 = performance.now();
              net.once('afterDrawing', () => { times.push(performance.now() - t0);
                if (times.length < 10) setTimeout(step, 20); else done(times.sort((a, b) => a - b)[5] / 1000); });
              canvas.dispatchEvent(new WheelEvent('wheel', {deltaY: -100, clientX: box.left + box.width / 2,
                                                            clientY: box.top + box.height / 2, bubbles: true, cancelable: true})); };
            step();""")
        return {"to_first_frame_s": round(ready, 2), "wall_s": round(wall, 2), "filter_redraw_s": round(filtered, 2),
                "full_frame_s": round(full_frame, 3), "zoom_frame_s": round(zoom, 3),
                "edges_drawn": shown["edges"], "nodes_drawn": shown["nodes"]}
    finally:
        driver.quit()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=5_000)
    parser.add_argument("--edges", type=int, default=20_000)
    parser.add_argument("--keep", metavar="FILE", help="Also copy the page here.")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        build = synthetic_build(Path(tmp) / "build", args.nodes, args.edges)
        started = time.perf_counter()
        page = view(build, Path(tmp) / "graph.html")
        written = time.perf_counter() - started
        if args.keep:
            shutil.copy(page, args.keep)
        result = {"nodes": args.nodes, "triples": args.edges, "kg_view_s": round(written, 2),
                  "page_mb": round(page.stat().st_size / 1e6, 1), **measure(page)}
    print(json.dumps(result))


if __name__ == "__main__":
    main()
