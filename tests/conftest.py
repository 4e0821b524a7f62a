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

# tests/fuzz/ holds long-running scripts (python tests/fuzz/fuzz_build.py --examples 5000), not tests
collect_ignore_glob = ["fuzz/*"]
