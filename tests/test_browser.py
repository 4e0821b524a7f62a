"""Neo4j Browser, served by the test server from the neo4j-browser jar, shows a loaded kg graph.

Headless Chromium (Debian's chromium + chromium-driver) logs in, applies ontology/style.grass with
``:style``, runs a query and saves a screenshot with the drawn nodes (tests/artifacts/ or $KG_ARTIFACTS).
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

from kg.load import load
from conftest import headless_chromium
from test_load import small_build  # noqa: F401 - the fixture is shared with the loader tests

ROOT = Path(__file__).resolve().parents[1]
STYLE = ROOT / "ontology" / "style.grass"
QUERY = "MATCH p = (a:Person)-[r]->(b:Entity) RETURN p"

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]


def grass_rules(text: str) -> dict[str, dict[str, str]]:
    """Parse GraSS (Neo4j Browser's graph style sheet): selector → {property: value}; ValueError if malformed."""
    text = re.sub(r"/\*.*?\*/", "", text, flags=re.S)
    rules: dict[str, dict[str, str]] = {}
    pos = 0
    # A body may hold braces only inside quotes: caption: '{name}'.
    rule = re.compile(r"""\s*(node|relationship)(\.[A-Za-z_][A-Za-z0-9_]*)?\s*\{((?:'[^']*'|"[^"]*"|[^{}'"])*)\}""", re.S)
    while text[pos:].strip():
        match = rule.match(text, pos)
        if not match:
            raise ValueError(f"GraSS syntax error near: {text[pos:pos + 40].strip()!r}")
        selector = match.group(1) + (match.group(2) or "")
        if selector in rules:
            raise ValueError(f"GraSS selector {selector} defined twice")
        props = {}
        for decl in filter(str.strip, match.group(3).split(";")):
            name, sep, value = decl.partition(":")
            if not sep or not re.fullmatch(r"[a-z-]+", name.strip()) or not value.strip():
                raise ValueError(f"GraSS declaration {decl.strip()!r} in {selector} is not 'name: value'")
            props[name.strip()] = value.strip()
        rules[selector] = props
        pos = match.end()
    return rules


def test_style_file_is_grass_with_a_colour_and_name_caption_per_class():
    from kg import ontology

    rules = grass_rules(STYLE.read_text(encoding="utf-8"))
    labels = [c for c in ontology.classes() if c != "Statement"]
    for label in labels:
        rule = rules[f"node.{label}"]
        assert re.fullmatch(r"#[0-9A-F]{6}", rule["color"]), label
        assert rule["caption"] == ("'{title}'" if label == "Article" else "'{name}'"), label
    concrete = [c for c in labels if c not in ("Entity", "Agent", "Place", "Product")]
    colours = [rules[f"node.{c}"]["color"] for c in concrete]
    assert len(set(colours)) == len(colours), "each concrete class has its own colour"
    assert rules["relationship"]["caption"] == "'<type>'"


@pytest.mark.parametrize(
    "bad",
    ["node.Person { color #FFFFFF; }", "node.Person { color: #FFFFFF; ", "nodes.Person { color: #FFFFFF; }"],
)
def test_grass_parser_rejects_malformed_rules(bad):
    with pytest.raises(ValueError):
        grass_rules(bad)


@pytest.fixture(scope="module")
def chrome():
    yield from headless_chromium("kg-chromium-")


def wait_for(predicate, timeout: float, what: str):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.25)
    raise AssertionError(f"Neo4j Browser: timed out waiting for {what}")


def login(driver, password: str) -> None:
    """Fill the password into the connect form (user and address come from the URL) and connect.

    The form can re-render while the Browser probes the server, which may drop typed text; so the
    attempt is repeated until the Browser says it is connected.
    """
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.common.by import By

    for _ in range(4):
        field = wait_for(lambda: driver.find_elements(By.CSS_SELECTOR, '[data-testid="password"]'), 60, "the login form")
        time.sleep(1)
        try:
            field[0].clear()
            field[0].send_keys(password)
            driver.find_element(By.CSS_SELECTOR, '[data-testid="connect"]').click()
            wait_for(lambda: "You are connected as user" in driver.page_source, 20, "the connection")
            return
        except (AssertionError, WebDriverException):  # not yet, or a stale element after a re-render
            continue
    raise AssertionError("Neo4j Browser did not connect after 4 attempts")


def run_in_editor(driver, text: str) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.common.keys import Keys

    editor = driver.find_element(By.CSS_SELECTOR, '[data-testid="activeEditor"] textarea')
    editor.send_keys(Keys.CONTROL, "a")
    editor.send_keys(Keys.DELETE)
    editor.send_keys(text)
    driver.find_element(By.CSS_SELECTOR, '[data-testid="editor-Run"]').click()


def test_browser_draws_the_loaded_graph(neo4j_empty, small_build, chrome, tmp_path):  # noqa: F811
    from selenium.webdriver.common.by import By

    server = neo4j_empty
    load(small_build, server.bolt_uri, *server.auth)
    host_port = server.bolt_uri.removeprefix("bolt://")
    chrome.get(f"{server.http_uri}/browser/?dbms=bolt://{server.user}@{host_port}")

    artifacts = Path(os.environ.get("KG_ARTIFACTS", ROOT / "tests" / "artifacts"))
    artifacts.mkdir(parents=True, exist_ok=True)
    try:
        login(chrome, server.password)
    except AssertionError:
        chrome.save_screenshot(str(artifacts / "neo4j-browser-login-failed.png"))
        raise

    style = re.sub(r"/\*.*?\*/", "", STYLE.read_text(encoding="utf-8"), flags=re.S)
    run_in_editor(chrome, ":style " + " ".join(style.split()))
    time.sleep(1)
    run_in_editor(chrome, QUERY)
    nodes = wait_for(lambda: chrome.find_elements(By.CSS_SELECTOR, "svg g.node"), 60, "drawn nodes")
    time.sleep(2)  # let the force layout settle before the picture
    shot = artifacts / "neo4j-browser.png"
    chrome.save_screenshot(str(shot))

    assert "Displaying 4 nodes, 3 relationships" in chrome.page_source  # Tokayev and the three he points at
    drawn = [(" ".join(n.text.split()), n.find_element(By.CSS_SELECTOR, "circle.b-outline").get_attribute("fill").lower()) for n in nodes]
    colours = {label: rule["color"].lower() for label, rule in
               ((sel.removeprefix("node."), r) for sel, r in grass_rules(STYLE.read_text(encoding="utf-8")).items())}
    # The Browser cuts a caption to what fits in the circle, in pixels of whatever font the machine has, so a
    # caption is matched as a prefix of the name (an ellipsis marks the cut), never as the full text.
    expected = {"Kassym-Jomart Tokayev": "Person", "Karim Massimov": "Person", "Kazakhstan": "Country", "protesters": "Group"}
    for name, label in expected.items():
        fills = [fill for caption, fill in drawn if caption_shows(caption, name)]
        assert fills, f"{name} not drawn: {[c for c, _ in drawn]} (screenshot: {shot})"
        assert colours[label] in fills, f"{name} not in the {label} colour of style.grass"
    types = {" ".join(r.text.split()) for r in chrome.find_elements(By.CSS_SELECTOR, "svg g.relationship")}
    assert types == {"DISMISSED", "HOLDS_ROLE", "BLAMED"}
    assert shot.stat().st_size > 10_000


def caption_shows(caption: str, name: str) -> bool:
    """Whether a drawn caption is ``name`` or its start cut with an ellipsis (at least two characters of it).

    >>> caption_shows("Kassym-Jo…", "Kassym-Jomart Tokayev"), caption_shows("Karim Massimov", "Karim Massimov")
    (True, True)
    >>> caption_shows("Kazakh…", "Karim Massimov"), caption_shows("K", "Kazakhstan")
    (False, False)
    """
    if caption == name:
        return True
    cut = caption.rstrip("…").rstrip(".").rstrip()
    return caption != cut and len(cut) >= 2 and " ".join(name.split()).startswith(cut)


@pytest.mark.parametrize(
    "caption, name, shown",
    [("Karim Massimov", "Karim Massimov", True), ("Karim Mas…", "Karim Massimov", True), ("Ka…", "Kazakhstan", True),
     ("Karim Massimov", "Kazakhstan", False), ("Kazakhstan", "Kazakh", False), ("K…", "Kazakhstan", False)],
)
def test_captions_match_names_however_wide_the_font(caption, name, shown):
    assert caption_shows(caption, name) is shown


def guide_queries() -> list[str]:
    text = (ROOT / "ontology" / "browser-guide.cypher").read_text(encoding="utf-8")
    body = "\n".join(line for line in text.splitlines() if not line.lstrip().startswith("//"))
    return [q.strip() for q in body.split(";") if q.strip()]


def test_browser_guide_queries_all_answer_on_a_loaded_graph(neo4j_empty, small_build):  # noqa: F811
    from kg.load import query

    load(small_build, neo4j_empty.bolt_uri, *neo4j_empty.auth)
    queries = guide_queries()
    assert len(queries) >= 5
    for cypher in queries:
        columns, rows = query(neo4j_empty.bolt_uri, *neo4j_empty.auth, cypher)
        assert rows, f"no rows from the guide query:\n{cypher}"
