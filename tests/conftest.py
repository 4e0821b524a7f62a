"""Shared fixtures: the real articles and gold files beside the checkout (../shared), skipped when absent."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
pytest_plugins = ["conftest_neo4j"]  # the real Neo4j test server fixture (neo4j_server)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared (real third-party articles and gold triples); tests needing it skip without it."""
    if not (SHARED / "corpus").is_dir():
        pytest.skip(f"needs the shared corpus at {SHARED} (real articles are not kept in the repo)")
    return SHARED


@pytest.fixture(scope="session")
def corpus_dir(shared_dir: Path) -> Path:
    return shared_dir / "corpus"


@pytest.fixture(scope="session")
def eval_dir(shared_dir: Path) -> Path:
    return shared_dir / "eval"


@pytest.fixture(scope="session")
def seed_article(corpus_dir: Path):
    """The first shared article (Indonesian, with its web boilerplate) as a kg Article."""
    from kg.records import Article

    path = corpus_dir / "kazakhstan-2022-01-10.id.txt"
    return Article(id="kazakhstan-2022-01-10", text=path.read_text(encoding="utf-8"), lang="id", date="2022-01-10", source=str(path))

@pytest.fixture
def rules_only(monkeypatch):
    """Switch the learned relation step off, so a test checks what the hand rules alone read."""
    from kg import relate

    monkeypatch.setattr(relate, "ENABLED", False)


# tests/fuzz/ holds long-running scripts (python tests/fuzz/fuzz_build.py --examples 5000), not tests
collect_ignore_glob = ["fuzz/*"]


CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"


def headless_chromium(prefix: str):
    """A headless Chromium driven by Selenium, with its own throw-away profile and the performance log on
    (for tests that check the page made no network request); yields the driver, then quits and cleans up.
    Skips when Chromium, chromedriver or selenium is missing."""
    import shutil
    import tempfile

    for path in (CHROMIUM, CHROMEDRIVER):
        if not Path(path).exists():
            pytest.skip(f"needs {path} (apt-get install chromium chromium-driver; .ci/neo4j-setup.sh does it)")
    webdriver = pytest.importorskip("selenium.webdriver", reason="needs selenium (pip install -e '.[test]')")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix=prefix)
    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--window-size=1400,1000", f"--user-data-dir={profile}"):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    yield driver
    driver.quit()
    shutil.rmtree(profile, ignore_errors=True)
