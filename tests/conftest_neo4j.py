"""The real Neo4j test server (scripts/neo4j_server.py): started once per test session, stopped at its end.

Registered from tests/conftest.py through ``pytest_plugins``. Tests skip only when java or mvn is missing
(on CI .ci/neo4j-setup.sh provides them, so there they run).
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PASSWORD = "kg-test-password"  # the test server's own throw-away password, not a secret


def server_tool():
    """scripts/neo4j_server.py as a module (test tooling lives outside the kg package)."""
    name = "kg_neo4j_server_tool"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / "neo4j_server.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
    return sys.modules[name]


def start_server(directory: Path, **options):
    """A started server on ``directory``, or a skip naming what is missing to build it."""
    tool = server_tool()
    reason = tool.missing_tools()
    if reason:
        pytest.skip(reason)
    return tool.start(directory, password=PASSWORD, **options)


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory):
    """A running Neo4j 5.26 on 127.0.0.1 (free ports, auth on): ``.bolt_uri``, ``.http_uri``, ``.auth``."""
    server = start_server(tmp_path_factory.mktemp("neo4j"))
    yield server
    server.stop()


@pytest.fixture
def neo4j_empty(neo4j_server):
    """The session server with its database emptied for this test."""
    from kg.load import wipe

    wipe(neo4j_server.bolt_uri, *neo4j_server.auth)
    return neo4j_server
