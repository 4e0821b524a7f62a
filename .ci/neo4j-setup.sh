#!/usr/bin/env bash
# What the Neo4j tests need on a fresh Debian machine (run as root; called by .ci/run):
# Java 17 + Maven (normally present already), Chromium + chromedriver for the Browser test, and Neo4j
# 5.26 itself: Maven resolves its jars from Maven Central into ~/.m2 and compiles neo4j-server/, so the
# test session only starts it (scripts/neo4j_server.py tries `mvn -o` first).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
command -v java >/dev/null || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null || need+=(maven)
command -v chromium >/dev/null || need+=(chromium)
command -v chromedriver >/dev/null || need+=(chromium-driver)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

java -version 2>&1 | head -1
python3 scripts/neo4j_server.py build
